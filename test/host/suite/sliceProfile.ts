// Node extension host only (the scale run): samples the host's main thread with the V8 CPU
// profiler, so each long synchronous slice can be attributed to the functions that ran in it.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface InspectorSession {
  connect(): void;
  disconnect(): void;
  post(method: string, params: object, callback: (error: Error | null, result: { profile?: CpuProfile }) => void): void;
}

export interface SliceProfiler {
  /**
   * What ran between two `performance.now()` times: the top functions by samples, e.g.
   * `collectFindings 30 ms (ours)`, then the time by owner (ours, the collector, each other
   * extension by folder name, the host itself).
   */
  describe(start: number, end: number): string;
  /** Milliseconds sampled in our own bundle's code (or code it called) between two times. */
  oursMs(start: number, end: number): number;
}

function post(session: InspectorSession, method: string, params: object = {}): Promise<{ profile?: CpuProfile }> {
  return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Starts sampling every 250 µs; `stop()` returns a profiler that reads the samples. */
export async function startSliceProfiler(ourBundle: string): Promise<{ stop(): Promise<SliceProfiler> }> {
  const inspector = (await import('node:inspector')) as unknown as { Session: new () => InspectorSession };
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 250 });
  await post(session, 'Profiler.start');
  return {
    async stop() {
      const { profile } = await post(session, 'Profiler.stop');
      session.disconnect();
      if (!profile) throw new Error('the profiler returned no profile');
      return readProfile(profile, ourBundle);
    },
  };
}

function readProfile(profile: CpuProfile, ourBundle: string): SliceProfiler {
  // V8 stamps samples with the monotonic clock in microseconds; performance.now() counts from the
  // process's time origin on the same clock.
  const offsetMs = Number(process.hrtime.bigint() / 1000n) / 1000 - performance.now();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) {
    t += delta;
    times.push(t / 1000 - offsetMs);
  }
  /** The sampled function, and who it ran for: our bundle's innermost frame, or another extension. */
  const labels = new Map<number, { text: string; owner: string }>();
  const label = (id: number): { text: string; owner: string } => {
    const known = labels.get(id);
    if (known) return known;
    const node = byId.get(id);
    const own = (f: ProfileNode['callFrame']): string => `${f.functionName || '(anonymous)'}`;
    let result: { text: string; owner: string };
    if (!node) result = { text: '?', owner: 'host' };
    else if (node.callFrame.functionName === '(garbage collector)') result = { text: own(node.callFrame), owner: 'collector' };
    else if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') result = { text: own(node.callFrame), owner: 'host' };
    else {
      let ours: ProfileNode | undefined;
      let extension: string | undefined;
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (!n) break;
        if (n.callFrame.url.includes(ourBundle)) {
          ours = n;
          break;
        }
        // the innermost frame inside an extension's folder names who asked for this work
        extension ??= /\/extensions\/([^/]+)\//.exec(n.callFrame.url)?.[1];
      }
      if (ours) result = { text: ours === node ? `${own(node.callFrame)} (ours)` : `${own(node.callFrame)} in ${own(ours.callFrame)} (ours)`, owner: 'ours' };
      else if (extension) result = { text: `${own(node.callFrame)} (${extension})`, owner: extension };
      else result = { text: own(node.callFrame), owner: 'host' };
    }
    labels.set(id, result);
    return result;
  };
  const tally = (start: number, end: number, key: (l: { text: string; owner: string }) => string): Map<string, number> => {
    const ms = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const at = times[i] ?? 0;
      const prev = i > 0 ? (times[i - 1] ?? at) : at;
      if (at <= start || prev >= end) continue;
      const k = key(label(profile.samples[i] ?? 0));
      ms.set(k, (ms.get(k) ?? 0) + (Math.min(at, end) - Math.max(prev, start)));
    }
    return ms;
  };
  const top = (ms: Map<string, number>, n: number): string =>
    [...ms]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(', ');
  return {
    describe(start, end) {
      return `${top(tally(start, end, (l) => l.text), 4)} [by owner: ${top(tally(start, end, (l) => l.owner), 6)}]`;
    },
    oursMs(start, end) {
      return tally(start, end, (l) => l.owner).get('ours') ?? 0;
    },
  };
}
