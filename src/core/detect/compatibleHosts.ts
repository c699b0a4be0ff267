import data from './compatible-hosts.yaml';

interface CompatibleHost {
  host: string;
  base: string;
}

let bases: Map<string, Set<string>> | undefined;

/**
 * Whether `segments` (a URL's path, split) start with the base of the OpenAI-compatible API another
 * provider serves on `host` (OpenRouter's `/api/v1`), up to `end` (exclusive); `end` 0 asks for a base at the host's root (`/`).
 */
export function isCompatibleBase(host: string, segments: readonly string[], end: number): boolean {
  if (!bases) {
    bases = new Map();
    for (const h of (data as { hosts: CompatibleHost[] }).hosts) bases.set(h.host, (bases.get(h.host) ?? new Set()).add(h.base));
  }
  return bases.get(host.replace(/:\d+$/, ''))?.has(`/${segments.slice(0, end).join('/')}`) === true;
}
