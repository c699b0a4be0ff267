import * as assert from './assert';
import * as vscode from 'vscode';
import { lensApi } from './lensHelpers';
import type { SliceProfiler } from './sliceProfile';
import { startSliceProfiler } from './sliceProfile';

/** Frames from this bundle are the extension's own code in a sampled stack. */
const OUR_BUNDLE = 'extension.node.js';

type Define = (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;

interface Slice {
  start: number;
  end: number;
  phase: string;
  /** Of the slice, time this thread was ready to run but waited for a core (Linux only). */
  waitedMs?: number;
  /** Of the slice, time this thread ran on a core (Linux only). */
  ranMs?: number;
}

/**
 * Linux's per-thread scheduler counters: nanoseconds run on a core, nanoseconds spent runnable
 * but waiting for one. On 2 cores a slice can be long because the thread was not running at all.
 */
function schedStat(): { ranNs: number; waitedNs: number } | undefined {
  try {
    // this suite is bundled for the web host too, where there is no `fs` to import
    const fs = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule?.('node:fs') as { readFileSync(path: string, encoding: 'utf8'): string } | undefined;
    if (!fs) return undefined;
    const [ran, waited] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return ran !== undefined && waited !== undefined ? { ranNs: ran, waitedNs: waited } : undefined;
  } catch {
    return undefined;
  }
}

interface LoopReport {
  longestMs: number;
  /**
   * The most CPU time this thread used between two ticks (Linux only): an upper bound on the
   * longest synchronous task, which a slice's wall time overstates when the thread waited for a core.
   */
  longestRanMs?: number;
  ticks: number;
  long: Slice[];
}

/** Watches the extension host's event loop: the longest gap between 5 ms ticks is the longest synchronous slice. */
function watchEventLoop(phase: () => string): { stop(): LoopReport } {
  const interval = 5;
  let ticks = 0;
  let last = performance.now();
  let longest = 0;
  const long: Slice[] = [];
  let sched = schedStat();
  let longestRan: number | undefined;
  const timer = setInterval(() => {
    const now = performance.now();
    const nowSched = schedStat();
    ticks++;
    const slice = now - last - interval;
    const used = sched && nowSched ? { waitedMs: (nowSched.waitedNs - sched.waitedNs) / 1e6, ranMs: (nowSched.ranNs - sched.ranNs) / 1e6 } : undefined;
    if (used) longestRan = Math.max(longestRan ?? 0, used.ranMs);
    if (slice > longest) longest = slice;
    if (slice > 50) long.push({ start: last + interval, end: now, phase: phase(), ...used });
    last = now;
    sched = nowSched;
  }, interval);
  return {
    stop: () => {
      clearInterval(timer);
      return { longestMs: longest, ...(longestRan !== undefined ? { longestRanMs: longestRan } : {}), ticks, long };
    },
  };
}

/** Garbage-collection pauses, on the same clock as the slices (`performance.now()`). */
interface GcPause {
  start: number;
  end: number;
  kind: string;
}

// perf_hooks.constants.NODE_PERFORMANCE_GC_*: which collector paused the thread
const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weak callbacks' };

function watchGc(): { stop(): GcPause[] } {
  const pauses: GcPause[] = [];
  // The global PerformanceObserver (Node 16+) reports 'gc' entries in the Node extension host.
  const observer = new globalThis.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration, kind: GC_KINDS[kind] ?? `kind ${kind}` });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: () => {
      observer.disconnect();
      return pauses;
    },
  };
}

/**
 * A long slice can be the collector's pause rather than our code: the part of each slice not
 * covered by a garbage-collection pause is what the extension (or another one in the host) ran.
 */
function describeSlices(loop: LoopReport, gc: GcPause[], profiler?: SliceProfiler): string {
  const overlap = (s: Slice, p: GcPause): number => Math.max(0, Math.min(s.end, p.end) - Math.max(s.start, p.start));
  const rows = loop.long.map((s) => {
    const inside = gc.filter((p) => overlap(s, p) > 0);
    return { ms: s.end - s.start, gc: inside.reduce((sum, p) => sum + overlap(s, p), 0), kinds: [...new Set(inside.map((p) => p.kind))].join('+'), phase: s.phase, waited: s.waitedMs, ran: s.ranMs };
  });
  const longestNet = Math.max(0, ...rows.map((r) => r.ms - r.gc));
  const longestRunning = Math.max(0, ...rows.map((r) => r.ms - (r.waited ?? 0)));
  const list = rows
    .map((r, i) => {
      const slice = loop.long[i];
      const ran = profiler && slice ? `; sampled: ${profiler.describe(slice.start, slice.end)}` : '';
      const waited = r.waited !== undefined ? `; ran ${(r.ran ?? 0).toFixed(0)} ms, waited ${r.waited.toFixed(0)} ms for a core` : '';
      return `${r.ms.toFixed(0)} ms ${r.phase}${r.gc > 0 ? ` (${r.gc.toFixed(0)} ms of it garbage collection: ${r.kinds})` : ''}${waited}${ran}`;
    })
    .join('; ');
  const longestGc = Math.max(0, ...gc.map((p) => p.end - p.start));
  const oursMax = profiler ? Math.max(0, ...loop.long.map((sl) => profiler.oursMs(sl.start, sl.end))) : undefined;
  return (
    `longest ${loop.longestMs.toFixed(0)} ms, ${rows.length} over 50 ms${rows.length ? `: ${list}` : ''}; ` +
    (loop.longestRanMs !== undefined ? `most CPU time the thread used between two 5 ms ticks ${loop.longestRanMs.toFixed(0)} ms; ` : '') +
    `longest over-50 slice net of collector pauses ${longestNet.toFixed(0)} ms; ` +
    (rows.some((r) => r.waited !== undefined) ? `longest over-50 slice net of waiting for a core ${longestRunning.toFixed(0)} ms; ` : '') +
    (oursMax !== undefined ? `our code's largest share of any over-50 slice ${oursMax.toFixed(0)} ms; ` : '') +
    `garbage collection: longest pause ${longestGc.toFixed(0)} ms, ${gc.filter((p) => p.end - p.start > 50).length} pauses over 50 ms`
  );
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
  const idle = (when: string) => async (): Promise<void> => {
    const profiling = await startSliceProfiler(OUR_BUNDLE);
    const loop = watchEventLoop(() => 'idle');
    const gc = watchGc();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const slices = loop.stop();
    console.log(`[scale] idle host ${when}, 5 s: slices ${describeSlices(slices, gc.stop(), await profiling.stop())}`);
    // 5 s of 5 ms ticks is about 1,000; far fewer means the host was busy and the baseline is void
    assert.ok(slices.ticks > 500, `${slices.ticks} ticks of the 5 ms timer in 5 s`);
  };

  test('baseline: the idle extension host for 5 s, before any scan', idle('before any scan'), 30_000);

  test('a full scan of the large workspace: time, progress, longest slice, memory', async () => {
    const api = await lensApi();
    const before = memoryMiB();
    let progressEvents = 0;
    let peakRss = before.rss;
    let phase = 'listing files';
    let lastDone = 0;
    const sub = api.testing.onScanProgress((p) => {
      progressEvents++;
      lastDone = p.done;
      phase = p.phase ?? (p.done < p.total ? `reading (file ${p.done} of ${p.total})` : 'read all files');
      // rss() alone: memoryUsage() walks the heap's spaces, too slow to call on every progress event
      peakRss = Math.max(peakRss, process.memoryUsage.rss() / 1048576);
    });
    const profiling = await startSliceProfiler(OUR_BUNDLE);
    const loop = watchEventLoop(() => phase);
    const gc = watchGc();
    const started = performance.now();
    const outcome = await api.testing.runScan({ silent: true });
    phase = 'after the scan returned';
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ms = performance.now() - started - 1000;
    const slices = loop.stop();
    const pauses = gc.stop();
    const profiler = await profiling.stop();
    sub.dispose();
    const after = memoryMiB();
    assert.ok(!outcome.summary.cancelled);
    assert.ok(outcome.summary.filesScanned >= 99_000, `${outcome.summary.filesScanned} files scanned`);
    // the scan thread reports progress every 100 files or 50 ms: many events, the last one counting every file
    assert.ok(progressEvents >= 20, `${progressEvents} progress events`);
    assert.strictEqual(lastDone, outcome.summary.filesScanned, 'the last progress counts every file read');
    console.log(`[scale] full scan: ${outcome.summary.filesScanned} files, ${outcome.findings.length} call sites in ${(ms / 1000).toFixed(1)} s`);
    console.log(`[scale] synchronous slices on the extension host during the scan and 1 s after: ${describeSlices(slices, pauses, profiler)}`);
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
      const profiling = await startSliceProfiler(OUR_BUNDLE);
      const loop = watchEventLoop(() => (cancelledAt ? 'after the cancel' : 'before the cancel'));
      const gc = watchGc();
      const outcome = await api.testing.runScan({ silent: true });
      const latency = performance.now() - cancelledAt;
      const slices = loop.stop();
      const pauses = gc.stop();
      const profiler = await profiling.stop();
      sub.dispose();
      assert.ok(cancelledAt > 0, 'the scan reached the cancel point');
      assert.ok(outcome.summary.cancelled, 'the scan stopped');
      console.log(`[scale] cancel at file ${at}: scan returned ${latency.toFixed(0)} ms after the cancel command; slices ${describeSlices(slices, pauses, profiler)}`);
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

  test('baseline: the idle extension host for 5 s, holding the last scan\'s findings', idle('after the scans'), 30_000);
}
