import type { EndpointPolicy } from '../model';
import { listEndpointPolicies } from './knowledge';

/**
 * Finds the table row for an endpoint written any way code writes it: `/v1/chat/completions`,
 * `/chat/completions`, a full URL on api.openai.com or a regional host, an Azure deployment path,
 * a legacy `/engines/{id}/…` path, or a concrete path with ids (`/v1/threads/thread_abc/runs`).
 * The longest row whose literal segments prefix the path wins, as in the SDK map's `table_row`.
 */
// Scans ask about the same few dozen endpoints thousands of times; the table never changes at run time.
const lookupCache = new Map<string, EndpointPolicy | undefined>();
const LOOKUP_CACHE_LIMIT = 10_000;

export function findEndpointPolicy(pathOrUrl: string): EndpointPolicy | undefined {
  if (lookupCache.has(pathOrUrl)) return lookupCache.get(pathOrUrl);
  const found = findUncached(pathOrUrl);
  if (lookupCache.size >= LOOKUP_CACHE_LIMIT) lookupCache.clear();
  lookupCache.set(pathOrUrl, found);
  return found;
}

function findUncached(pathOrUrl: string): EndpointPolicy | undefined {
  const segments = normalisePath(pathOrUrl);
  if (segments.length === 0) return undefined;
  let best: EndpointPolicy | undefined;
  let bestLength = 0;
  for (const row of listEndpointPolicies()) {
    const rowSegments = row.path.split('/').filter(Boolean).slice(1); // drop "v1"
    if (rowSegments.length <= bestLength || !matchesRow(segments, rowSegments)) continue;
    best = row;
    bestLength = rowSegments.length;
  }
  return best;
}

/** Literal segments of the path after `/v1` (or after an Azure deployment or legacy engine prefix). */
export function normalisePath(pathOrUrl: string): string[] {
  let path = pathOrUrl.trim();
  const scheme = /^[a-z]+:\/\/[^/]+/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  path = path.split(/[?#]/)[0] ?? '';
  let segments = path.split('/').filter(Boolean);
  const deployment = segments.indexOf('deployments');
  // a gateway in front of Azure OpenAI adds its own prefix: `/ai/openai/deployments/{name}/…`
  if (deployment > 1 && segments[deployment - 1] === 'openai') segments = segments.slice(deployment - 1);
  if (segments[0] === 'openai' && segments[1] === 'deployments') segments = segments.slice(3);
  // (Azure's realtime sessions are `/openai/realtimeapi/sessions`, its ephemeral key for WebRTC: OpenAI's `/v1/realtime/sessions`)
  else if (segments[0] === 'openai' && segments[1] === 'realtimeapi') segments = ['realtime', ...segments.slice(2)];
  else if (segments[0] === 'openai') segments = segments.slice(1);
  if (segments[0] === 'v1') segments = segments.slice(1);
  if (segments[0] === 'engines' && segments.length >= 3) segments = segments.slice(2);
  return segments;
}

/** Row segments must appear in order, skipping id-like segments of the path between them. */
function matchesRow(path: string[], row: string[]): boolean {
  let i = 0;
  for (const want of row) {
    if (path[i] === want) {
      i++;
      continue;
    }
    // one id segment (e.g. thread_abc or {thread_id}) may stand between two literal segments
    if (i > 0 && path[i + 1] === want && isIdSegment(path[i] ?? '')) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

function isIdSegment(segment: string): boolean {
  return /^\{.*\}$/.test(segment) || /[_-]|\d/.test(segment) || segment.length > 20;
}
