import * as assert from './assert';
import * as vscode from 'vscode';
import { lensApi } from './lensHelpers';

type Define = (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;

/** Watches the extension host's event loop: the longest gap between 5 ms ticks is the longest synchronous slice. */
function watchEventLoop(phase: () => string): { stop(): { longestMs: number; over50: number; where: string; ticks: number } } {
  const interval = 5;
  let ticks = 0;
  let last = performance.now();
  let longest = 0;
  let over50 = 0;
  const where: string[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    ticks++;
    const slice = now - last - interval;
    if (slice > longest) longest = slice;
    if (slice > 50) {
      over50++;
      where.push(`${slice.toFixed(0)} ms ${phase()}`);
    }
    last = now;
  }, interval);
  return {
    stop: () => {
      clearInterval(timer);
      return { longestMs: longest, over50, where: where.join('; '), ticks };
    },
  };
}

/** Garbage-collection pauses while a scan runs: a long slice with a long pause inside is the collector's. */
function watchGc(): { stop(): { longestMs: number; over50: number } } {
  const pauses: number[] = [];
  // The global PerformanceObserver (Node 16+) reports 'gc' entries in the Node extension host.
  const observer = new globalThis.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: () => {
      observer.disconnect();
      return { longestMs: Math.max(0, ...pauses), over50: pauses.filter((p) => p > 50).length };
    },
  };
}

function memoryMiB(): { rss: number; heap: number } {
  const m = process.memoryUsage();
  return { rss: m.rss / 1048576, heap: m.heapUsed / 1048576 };
}

/**
 * `npm run bench` (scripts/hosts/run-suite.mjs scale): a generated workspace of 100,000 files in
 * the Node extension host. Figures are printed, not asserted as timings; what is asserted is what
 * must hold whatever the machine: the scan completes, reports progress, and a cancel stops it.
 */
export function defineScaleTests(test: Define): void {
  test('baseline: the idle extension host for 5 s, before any scan', async () => {
    const loop = watchEventLoop(() => 'idle');
    const gc = watchGc();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const slices = loop.stop();
    const pauses = gc.stop();
    console.log(`[scale] idle baseline: longest slice ${slices.longestMs.toFixed(0)} ms, longest garbage-collection pause ${pauses.longestMs.toFixed(0)} ms`);
    // 5 s of 5 ms ticks is about 1,000; far fewer means the host was busy and the baseline is void
    assert.ok(slices.ticks > 500, `${slices.ticks} ticks of the 5 ms timer in 5 s`);
  }, 30_000);

  test('a full scan of the large workspace: time, progress, longest slice, memory', async () => {
    const api = await lensApi();
    const before = memoryMiB();
    let progressEvents = 0;
    let peakRss = before.rss;
    let phase = 'listing files';
    const sub = api.testing.onScanProgress((p) => {
      progressEvents++;
      phase = p.done < p.total ? `reading (file ${p.done} of ${p.total})` : 'analysing and publishing';
      if (p.done % 1000 === 0) peakRss = Math.max(peakRss, memoryMiB().rss);
    });
    const loop = watchEventLoop(() => phase);
    const gc = watchGc();
    const started = performance.now();
    const outcome = await api.testing.runScan({ silent: true });
    phase = 'after the scan returned';
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ms = performance.now() - started - 1000;
    const slices = loop.stop();
    const pauses = gc.stop();
    sub.dispose();
    const after = memoryMiB();
    assert.ok(!outcome.summary.cancelled);
    assert.ok(outcome.summary.filesScanned >= 99_000, `${outcome.summary.filesScanned} files scanned`);
    assert.ok(progressEvents >= outcome.summary.filesScanned, 'progress for every file');
    console.log(`[scale] full scan: ${outcome.summary.filesScanned} files, ${outcome.findings.length} call sites in ${(ms / 1000).toFixed(1)} s`);
    console.log(`[scale] longest synchronous slice on the extension host during the scan and 1 s after: ${slices.longestMs.toFixed(0)} ms (${slices.over50} slices over 50 ms${slices.over50 ? `: ${slices.where}` : ''})`);
    console.log(`[scale] garbage collection: longest pause ${pauses.longestMs.toFixed(0)} ms, ${pauses.over50} pauses over 50 ms`);
    console.log(`[scale] memory: RSS ${before.rss.toFixed(0)} → peak ${Math.max(peakRss, after.rss).toFixed(0)} → ${after.rss.toFixed(0)} MiB, heap ${before.heap.toFixed(0)} → ${after.heap.toFixed(0)} MiB`);
  }, 1_500_000);

  for (const at of [100, 50_000]) {
    test(`cancel at file ${at}: how long until the scan stops`, async () => {
      const api = await lensApi();
      let cancelledAt = 0;
      const sub = api.testing.onScanProgress((p) => {
        if (cancelledAt === 0 && p.done >= at) {
          cancelledAt = performance.now();
          // what the notification's Cancel button and the status-bar item run
          void vscode.commands.executeCommand('openaiPrivacyLens.cancelScan');
        }
      });
      const loop = watchEventLoop(() => (cancelledAt ? 'after the cancel' : 'before the cancel'));
      const outcome = await api.testing.runScan({ silent: true });
      const latency = performance.now() - cancelledAt;
      const slices = loop.stop();
      sub.dispose();
      assert.ok(cancelledAt > 0, 'the scan reached the cancel point');
      assert.ok(outcome.summary.cancelled, 'the scan stopped');
      console.log(`[scale] cancel at file ${at}: scan returned ${latency.toFixed(0)} ms after the cancel command; longest slice ${slices.longestMs.toFixed(0)} ms`);
    }, 1_500_000);
  }

  test('cancel while the files are being listed', async () => {
    const api = await lensApi();
    const running = api.testing.runScan({ silent: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const t0 = performance.now();
    await vscode.commands.executeCommand('openaiPrivacyLens.cancelScan');
    const outcome = await running;
    console.log(`[scale] cancel 20 ms after the start (listing files): returned ${(performance.now() - t0).toFixed(0)} ms after the cancel command`);
    assert.ok(outcome.summary.cancelled);
  }, 600_000);
}
