/**
 * A small in-host test runner: sequential tests with a timeout each, printed as they finish, and
 * a closing `host-<name>: N passed, N failed, N skipped` line the CI reads.
 */
export interface HostTest {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
}

export class HostSuite {
  private readonly tests: HostTest[] = [];

  constructor(private readonly label: string) {}

  test = (name: string, fn: () => Promise<void>, timeoutMs = 60_000): void => {
    this.tests.push({ name, fn, timeoutMs });
  };

  /** Asks the runner outside the browser to save a picture of the workbench (see scripts/hosts/browser.mjs). */
  screenshot = async (name: string): Promise<void> => {
    console.log(`[[screenshot:${name}]]`);
    // The runner answers asynchronously and the extension host cannot hear it: give it time.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };

  async run(): Promise<void> {
    let passed = 0;
    let failed = 0;
    const started = Date.now();
    for (const t of this.tests) {
      const t0 = Date.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          t.fn(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs);
          }),
        ]);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${t.name} (${Date.now() - t0} ms)\n    ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n    ') : String(error)}`);
      } finally {
        if (timer) clearTimeout(timer);
      }
    }
    console.log(`[${this.label}] ${this.tests.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`${this.label}: ${passed} passed, ${failed} failed, 0 skipped`);
    if (failed > 0 || passed === 0) throw new Error(`${failed} in-host test(s) failed`);
  }
}
