import type { Provider } from '../model';
import { classifyHost } from '../policy/hosts';

/** Where an SDK client sends data, as its reader reports it. */
export interface SdkDestination {
  provider: Provider;
  detail: string;
}

/**
 * The host of a base URL written as a literal in an SDK's setting (`"https://api.groq.com/openai/v1"`,
 * Rust's `&"…"`, C#'s `@"…"`, a host without its scheme, `'api.groq.com/openai/v1'`), or undefined for
 * anything read at run time: a name, a call, a string whose host is filled in (`"https://#{host}/v1"`).
 */
export function literalHost(expression: string): string | undefined {
  // (a scheme written is followed by the host: `"http://#{ENV.fetch("HOST")}:11434/v1"` has none, not the host `http:`)
  return /^[&$@]{0,2}["'](?:https?:\/\/|(?!https?:\/\/))([^/"'#${}\s]+)[^"'\n]*["']/.exec(expression.trim())?.[1];
}

/**
 * The destination a client's base setting names: the host of a literal (with `where` the setting
 * came from, when it is worth saying), else `setting` read at run time.
 */
export function baseDestination(expression: string, setting: string, where?: string): SdkDestination {
  const host = literalHost(expression);
  const from = where === undefined ? '' : ` (${where})`;
  if (!host) return { provider: 'unknown', detail: `${setting} ${expression.trim().slice(0, 80)}${from}, decided at run time` };
  return { provider: classifyHost(host).provider, detail: `${host}${from}` };
}

/**
 * The destination the base settings a file writes name (`host: "…"` of each `Configuration(…)`): one value
 * decides (see `baseDestination`); several different ones are a run-time choice; none leave it to the caller.
 */
export function settingsDestination(values: readonly string[], setting: string): SdkDestination | undefined {
  const distinct = [...new Set(values.map((v) => v.trim()))];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return baseDestination(distinct[0] ?? '', setting);
  return { provider: 'unknown', detail: `${setting}s ${distinct.join(', ').slice(0, 80)}, chosen at run time` };
}

/**
 * The destination the base settings a file writes name, by their hosts: all literals of one host decide it (two
 * spellings of one base are one destination); any other value, or a second host, leaves it to the run (`setting` and
 * the first value say which).
 */
export function literalHostsDestination(values: readonly string[], setting: string): SdkDestination {
  const hosts = new Set(values.map((v) => literalHost(v) ?? ''));
  const host = hosts.size === 1 ? [...hosts][0] : '';
  if (!host) return { provider: 'unknown', detail: `${setting} ${values[0]?.slice(0, 80) ?? ''}, decided at run time` };
  return { provider: classifyHost(host).provider, detail: host };
}

/** A Java SDK builder's chain as `text` writes it, from `from` to its `.build()` (found in `code`, strings blanked), else over the next 2000 characters. */
export function builderChain(code: string, text: string, from: number): string {
  const end = code.indexOf('.build()', from);
  return text.slice(from, end < 0 ? Math.min(text.length, from + 2000) : end);
}

/** Where a Java SDK builder's `apiHost(…)` sends (Grt1228's and PlexPt's chatgpt-java): blank or none, api.openai.com; a literal or a constant of the file naming a host, that host; else decided at run time. */
export function apiHostDestination(chain: string, text: string, library: string): SdkDestination {
  const written = /\.\s*apiHost\s*\(\s*([^()]*)\)/.exec(chain)?.[1]?.trim();
  const constant = written !== undefined && /^[A-Za-z_]\w*$/.test(written) ? new RegExp(`\\b${written}\\s*=\\s*("[^"\\n]*")\\s*;`).exec(text)?.[1] : undefined;
  const value = constant ?? written;
  if (value === undefined || /^"\s*"$/.test(value)) return { provider: 'openai', detail: `api.openai.com, the default apiHost of ${library}` };
  return baseDestination(value, 'apiHost');
}
