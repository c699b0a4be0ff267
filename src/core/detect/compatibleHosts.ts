import data from './compatible-hosts.yaml';

interface CompatibleHost {
  host: string;
  base: string;
}

let bases: Map<string, string> | undefined;

/**
 * Whether `segments` (a URL's path, split) start with the base of the OpenAI-compatible API another
 * provider serves on `host` (OpenRouter's `/api/v1`), up to `end` (exclusive).
 */
export function isCompatibleBase(host: string, segments: readonly string[], end: number): boolean {
  bases ??= new Map((data as { hosts: CompatibleHost[] }).hosts.map((h) => [h.host, h.base]));
  const base = bases.get(host.replace(/:\d+$/, ''));
  return base !== undefined && `/${segments.slice(0, end).join('/')}` === base;
}
