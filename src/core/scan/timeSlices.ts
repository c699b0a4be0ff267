/** Longest stretch of synchronous work before a long loop yields, so an editor host stays responsive. */
export const SLICE_MS = 15;

/**
 * Cuts a long loop into slices of at most `ms` of synchronous work:
 * `if (slices.due()) await slices.next();` at the end of each step.
 */
export class TimeSlices {
  private start = Date.now();

  constructor(private readonly ms = SLICE_MS) {}

  due(): boolean {
    return Date.now() - this.start > this.ms;
  }

  /** Lets timers and I/O run (a macrotask, not a microtask), then starts a new slice. */
  async next(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.start = Date.now();
  }
}
