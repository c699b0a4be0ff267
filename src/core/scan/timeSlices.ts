/**
 * Longest stretch of synchronous work before a long loop yields, so an editor host stays responsive.
 * Well under the 50 ms a user notices: the collector can pause 30-40 ms inside one of our slices
 * while a scan holds its findings (measured in the 100,000-file run), and the two add up.
 */
export const SLICE_MS = 8;

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
    await new Promise<void>(yieldToEventLoop);
    this.start = Date.now();
  }
}

/**
 * setImmediate where there is one (Node: the CLI, the extension host, the scan thread): it lets
 * I/O and timers run like setTimeout(0) without the timer's 1 ms floor, which made a CLI scan sit
 * idle for a tenth of its time. A web worker has only setTimeout.
 */
const yieldToEventLoop: (resolve: () => void) => void = typeof setImmediate === 'function' ? (resolve) => setImmediate(resolve) : (resolve) => setTimeout(resolve, 0);
