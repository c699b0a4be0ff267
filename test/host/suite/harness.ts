/**
 * A small in-host test runner: sequential tests with a timeout each, printed as they finish, and
 * a closing `host-<name>: N passed, N failed, N skipped` line the CI reads.
 */
export interface HostTest {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
}

/** Thrown by a test that cannot run in this host; reported as skipped with its reason, never as passed. */
export class SkipTest extends Error {}

export class HostSuite {
  private readonly tests: HostTest[] = [];

  constructor(private readonly label: string) {}

  test = (name: string, fn: () => Promise<void>, timeoutMs = 60_000): void => {
    this.tests.push({ name, fn, timeoutMs });
  };

  /**
   * Asks the runner outside the browser to save a picture of the workbench (see
   * scripts/hosts/browser.mjs), once `waitForText` shows when given: a view draws after the
   * command that opens it has returned.
   */
  screenshot = async (name: string, waitForText?: string): Promise<void> => {
    console.log(`[[screenshot:${name}${waitForText ? `|${waitForText}` : ''}]]`);
    // The runner answers asynchronously and the extension host cannot hear it: give it time.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };

  async run(): Promise<void> {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const started = Date.now();
    // PRIVACY_LENS_ONLY=<regex> when building the suite runs only the matching tests (a developer's shortcut).
    const only = process.env.PRIVACY_LENS_ONLY;
    const selected = only ? this.tests.filter((t) => new RegExp(only, 'i').test(t.name)) : this.tests;
    for (const t of selected) {
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
        if (error instanceof SkipTest) {
          skipped++;
          console.log(`  - ${t.name} (skipped: ${error.message})`);
          continue;
        }
        failed++;
        console.log(`  ✗ ${t.name} (${Date.now() - t0} ms)\n    ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n    ') : String(error)}`);
      } finally {
        if (timer) clearTimeout(timer);
      }
    }
    console.log(`[${this.label}] ${selected.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    if (failed > 0 || passed === 0) throw new Error(`${failed} in-host test(s) failed`);
  }
}
