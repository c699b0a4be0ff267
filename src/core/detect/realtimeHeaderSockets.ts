import type { CallSite, SourceLanguage } from '../model';
import { buildSite, WEBSOCKET_FUNCTIONS } from './httpCalls';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import type { SourceText } from './sourceText';

/** How far before a socket's opening its headers may be built (the function around it, roughly). */
const HEADERS_WINDOW = 1500;

/**
 * WebSockets opened with the Realtime API's beta header, `"OpenAI-Beta": "realtime=v1"`, to a URL decided at run time:
 * Go's `websocket.DefaultDialer.Dial(u.String(), headers)`, Python's `await connect(f"{self.uri}?model={m}",
 * additional_headers={…})`, `new WebSocket(url, { headers })`. The header is the Realtime API's own (Azure OpenAI's
 * realtime takes it too), so the session is that API's; where it goes only the run decides. Sockets already found
 * by their URL are left alone.
 */
export function detectRealtimeHeaderSockets(src: SourceText, lexed: Lexed, language: SourceLanguage, found: readonly CallSite[]): CallSite[] {
  const text = src.noComments;
  if (!text.includes('realtime=v1') || !/openai-beta/i.test(text)) return [];
  const headers = [...text.matchAll(/["']OpenAI-Beta["'][^\n]{0,40}?["']realtime=v1["']/gi)].map((m) => m.index ?? 0);
  if (headers.length === 0) return [];
  const code = lexed.code;
  // (Python's websockets imported by name: `from websockets.asyncio.client import connect`)
  const bareConnect = language === 'python' && /^[ \t]*from[ \t]+websockets(?:\.[\w.]+)?[ \t]+import[ \t]+[^\n]*\bconnect\b/m.test(text);
  const taken = new Set(found.map((s) => s.range.start.line));
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w$]|[\w$]\.)(?:new[ \t]+)?((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)[ \t]*\(/g)) {
    const callee = m[1] ?? '';
    if (!WEBSOCKET_FUNCTIONS.test(callee) && !(bareConnect && callee === 'connect')) continue;
    const start = (m.index ?? 0) + m[0].indexOf(callee);
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0) continue;
    // the header given in the call, or built shortly before it
    if (!headers.some((h) => h < close && h > start - HEADERS_WINDOW)) continue;
    const line = src.range(start, start + callee.length).start.line;
    if (taken.has(line)) continue;
    taken.add(line);
    const target = splitTopLevel(text.slice(open + 1, close - 1))[0]?.trim() ?? '';
    const dest = { provider: 'unknown' as const, host: `${target.slice(0, 80) || 'a URL'} (decided at run time; the socket sends the Realtime API's OpenAI-Beta header)` };
    sites.push(buildSite(src, language, { callee, start, open, close }, 'wss://runtime.invalid/v1/realtime', dest, text.slice(open, close), 'WEBSOCKET'));
  }
  return sites;
}
