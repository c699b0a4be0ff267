import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import { buildSite, urlTarget, WEBSOCKET_FUNCTIONS } from './httpCalls';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import { countBelow } from './sorted';
import type { SourceText } from './sourceText';

/** How far before a socket's opening its headers may be built (the function around it, roughly). */
const HEADERS_WINDOW = 1500;
/** How many of the headers before a socket are asked whether they are its own. */
const NEAREST_HEADERS = 4;
/** The Realtime API's beta header, as a key and value (`"OpenAI-Beta": "realtime=v1"`, `SetRequestHeader("OpenAI-Beta", "realtime=v1")`) or one string (`"OpenAI-Beta: realtime=v1"`). */
const BETA_HEADER = /["']OpenAI-Beta["'][^\n]{0,40}?["']realtime=v1["']|["']OpenAI-Beta:[ \t]*realtime=v1["']/gi;
/** A declaration of a function of that name, not a call: `async def connect(self):`, `public async Task ConnectAsync(Uri uri, …)`. */
const DECLARED_BEFORE = /(?:\b(?:def|func|function|fun)[ \t]+|\b(?:public|private|protected|internal|static|async|override|virtual)\b[^=;(\n]*[ \t])$/;

/**
 * WebSockets opened with the Realtime API's beta header to a URL decided at run time: the header given in the call
 * (`new WebSocket(url, { headers: { "OpenAI-Beta": "realtime=v1" } })`), in a name the call is handed (Go's
 * `websocket.DefaultDialer.Dial(u.String(), headers)` after `headers := http.Header{…}`), or set on the socket itself (C#'s
 * `ws.Options.SetRequestHeader("OpenAI-Beta", "realtime=v1")` before `ws.ConnectAsync(uri, ct)`). The header is the Realtime
 * API's own (Azure OpenAI's realtime takes it too), so the session is that API's; where it goes only the run decides.
 * A socket to a literal URL is left to the URL detectors, and so is one they found.
 */
export function detectRealtimeHeaderSockets(src: SourceText, lexed: Lexed, language: SourceLanguage, found: readonly CallSite[]): CallSite[] {
  const text = src.noComments;
  if (!text.includes('realtime=v1') || !/openai-beta/i.test(text)) return [];
  const headers = [...text.matchAll(BETA_HEADER)].map((m) => m.index);
  if (headers.length === 0) return [];
  const code = lexed.code;
  // (Python's websockets imported by name: `from websockets.asyncio.client import connect`)
  const bareConnect = language === 'python' && /^[ \t]*from[ \t]+websockets(?:\.[\w.]+)?[ \t]+import[ \t]+[^\n]*\bconnect\b/m.test(text);
  const taken = new Set(found.map((s) => s.range.start.line));
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w$]|[\w$]\.)((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)[ \t]*\(/g)) {
    const callee = m[1] ?? '';
    if (!WEBSOCKET_FUNCTIONS.test(callee) && !(bareConnect && callee === 'connect')) continue;
    const start = m.index ?? 0;
    const lineStart = code.lastIndexOf('\n', start - 1) + 1;
    if (DECLARED_BEFORE.test(code.slice(Math.max(lineStart, start - 200), start))) continue;
    const open = start + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0) continue;
    const args = splitTopLevel(text.slice(open + 1, close - 1)).map((a) => a.trim());
    // (a literal URL was the URL detectors' to judge)
    if (/^(?:[rbuRBU]{0,2}|@)?["'`][^"'`{}$]*["'`]$/.test(args[0] ?? '')) continue;
    if (!sendsBetaHeader(text, headers, callee, args, start, open, close)) continue;
    const line = src.range(start, start + callee.length).start.line;
    if (taken.has(line)) continue;
    taken.add(line);
    const target = (args[0] ?? '').replace(/\s+/g, ' ').slice(0, 80) || 'a URL';
    const dest = { provider: 'unknown' as const, host: `${target} (decided at run time; the socket sends the Realtime API's OpenAI-Beta header)` };
    sites.push(buildSite(src, language, { callee, start, open, close }, 'wss://runtime.invalid/v1/realtime', dest, text.slice(open, close), 'WEBSOCKET'));
  }
  return sites;
}

/** Whether the header goes to this socket: inside the call, in a value a name it is handed holds, or set on its receiver. */
function sendsBetaHeader(text: string, headers: readonly number[], callee: string, args: readonly string[], start: number, open: number, close: number): boolean {
  const receiver = callee.includes('.') ? callee.slice(0, callee.lastIndexOf('.')) : undefined;
  const setOnReceiver = receiver === undefined ? undefined : new RegExp(`^[ \\t]*(?:await[ \\t]+)?${escapeRe(receiver)}\\.`);
  const handed = new Set(args.slice(1).flatMap((a) => a.match(/(?:self\.|this\.)?[A-Za-z_$][\w$]*/g) ?? []));
  // (the nearest few headers before the call's end, in the window: found by a binary search, the file may hold thousands)
  const last = countBelow(headers, close) - 1;
  for (let i = last; i >= 0 && i > last - NEAREST_HEADERS && (headers[i] ?? 0) > start - HEADERS_WINDOW; i--) {
    const at = headers[i] ?? 0;
    if (at > open) return true;
    // the name whose value holds the header (`headers := http.Header{`, `self.headers = {`), or the object it is set on
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (setOnReceiver?.test(text.slice(lineStart, at))) return true;
    const holder = [...text.slice(Math.max(0, at - 400), at).matchAll(/(?<![\w$.])((?:self\.|this\.)?[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,60})?:?=(?![=>])/g)].pop()?.[1];
    if (holder !== undefined && handed.has(holder)) return true;
  }
  return false;
}

/** A WebRTC offer's content type in a request's options: `'Content-Type': 'application/sdp'`. */
const SDP_CONTENT_TYPE = /["']Content-Type["'][ \t]*[:,=][ \t]*["']application\/sdp["']/i;

/**
 * A browser's WebRTC offer posted to a URL decided at run time whose expression names the Realtime API
 * (`fetch(`${config.realtimeApiUrl}?model=${model}`, { method: 'POST', body: offer.sdp, headers: { 'Content-Type':
 * 'application/sdp' } })`): the Realtime API's WebRTC call, its destination the run's (or the host the expression writes, when
 * it is OpenAI's or Azure's). Other WebRTC signalling (WHIP's ingest, a media server) names no realtime API or writes its own
 * host, and a literal URL is left to the URL detectors, as is a call they found.
 */
export function detectRealtimeSdpOffers(src: SourceText, lexed: Lexed, language: SourceLanguage, found: readonly CallSite[]): CallSite[] {
  const text = src.noComments;
  if (!text.includes('application/sdp') || !SDP_CONTENT_TYPE.test(text)) return [];
  const taken = new Set(found.map((s) => s.range.start.line));
  const sites: CallSite[] = [];
  for (const m of lexed.code.matchAll(/(?<![\w$.])(fetch|axios\.post)[ \t]*\(/g)) {
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    const close = matchingBracket(lexed.code, open);
    if (close < 0) continue;
    const args = splitTopLevel(text.slice(open + 1, close - 1)).map((a) => a.trim());
    const url = args[0] ?? '';
    // (a literal URL was the URL detectors' to judge)
    if (/^["'`][^"'`{}$]*["'`]$/.test(url)) continue;
    if (!/realtime/i.test(url) || !SDP_CONTENT_TYPE.test(args.slice(1).join(','))) continue;
    const line = src.range(start, start).start.line;
    if (taken.has(line)) continue;
    // (a host the expression writes is judged: a media server's is no realtime API of ours, an Azure OpenAI resource's, its
    // name a placeholder, is Azure's)
    const host = /^[`"']([a-z][a-z0-9+.-]*:\/\/[^/`"'\s?#]+)/i.exec(url)?.[1];
    const judged = host === undefined ? undefined : urlTarget(`${host.replace(/\$\{[^}]*\}/g, 'region')}/v1/realtime`);
    if (host !== undefined && judged === undefined) continue;
    taken.add(line);
    const dest = judged?.destination ?? { provider: 'unknown' as const, host: `${url.replace(/\s+/g, ' ').slice(0, 80)} (decided at run time; a WebRTC offer to the Realtime API)` };
    sites.push(buildSite(src, language, { callee: m[1] ?? 'fetch', start, open, close }, judged?.url ?? 'https://runtime.invalid/v1/realtime', dest, text.slice(open, close), 'POST'));
  }
  return sites;
}
