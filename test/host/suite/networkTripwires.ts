/**
 * Makes every network entry point of the extension host throw before any test runs, so a suite
 * that passes proves the extension needs none of them. `net` is left alone: the extension host
 * talks to the workbench over it.
 */
export function installNetworkTripwires(log: (line: string) => void): string[] {
  const patched: string[] = [];
  const trip = (name: string) =>
    function blocked(): never {
      throw new Error(`network disabled by the OpenAI Privacy Lens test suite: ${name} was called`);
    };
  const g = globalThis as Record<string, unknown>;
  for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']) {
    if (name in g) {
      g[name] = trip(name);
      patched.push(name);
    }
  }
  const nodeRequire = typeof require === 'function' && typeof process !== 'undefined' && process.versions?.node ? require : undefined;
  if (nodeRequire) {
    for (const [module, fns] of [['http', ['request', 'get']], ['https', ['request', 'get']], ['http2', ['connect']], ['tls', ['connect']], ['dgram', ['createSocket']]] as const) {
      const m = nodeRequire(module) as Record<string, unknown>;
      for (const fn of fns) {
        m[fn] = trip(`${module}.${fn}`);
        patched.push(`${module}.${fn}`);
      }
    }
  }
  log(`[network] patched to throw: ${patched.join(', ')}`);
  return patched;
}
