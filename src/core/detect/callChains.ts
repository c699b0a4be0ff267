import { matchingBracket, matchingOpen } from './lexer';

/** A call of a chain: the method's name and its argument brackets in the lexed code. */
export interface ChainedCall {
  name: string;
  open: number;
  close: number;
}

/** A link of a call chain that ends right before a callee: `…)->`, `…)?->`, `…)\n    .`, `…)?.` ([0] from the link's `)`). */
const CHAIN_LINK_BEFORE = /\)\s*(?:\??->|\??\.)\s*$/;
/** The callee before a link's `(`: `Http::withOptions`, `$this->http->withHeaders`, `client.with_options` ([0] all of it). */
const LINK_CALLEE_BEFORE = /(?:[$A-Za-z_\\][\w$\\]*\s*(?:::|\??->|\??\.)\s*)*[$A-Za-z_][\w$]*\s*$/;

/** Words that may stand before a bracket without calling it. */
const KEYWORD_BEFORE_BRACKET = /^(?:return|await|yield|new|throw|echo|print|typeof|void|delete|in|of|case|else|do|then|and|or|not|if|elif|elseif|while|for|switch|match|when|unless|until)$/;

/**
 * Where the call chain whose callee starts at `at` starts: over each `name(…)` link before it, to the chain's head
 * (`Http::withOptions([…])` of `Http::withOptions([…])->withHeaders([…])->post(url, body)`, `axios.create({…})` of
 * `axios.create({…}).post(url, body)`); `at` itself when no link ends right before it. At most 20 links.
 */
export function chainHead(code: string, at: number): number {
  let head = at;
  for (let links = 0; links < 20; links++) {
    const before = code.slice(Math.max(0, head - 200), head);
    const link = CHAIN_LINK_BEFORE.exec(before);
    const open = link ? matchingOpen(code, head - before.length + link.index, 4000) : -1;
    const callee = open > 0 ? LINK_CALLEE_BEFORE.exec(code.slice(Math.max(0, open - 200), open)) : null;
    if (!callee || callee[0].trim() === '') break;
    // (a keyword before a bracket is no call: `return (await getClient()).post(…)` starts at its bracket)
    if (KEYWORD_BEFORE_BRACKET.test(callee[0].trim())) return open;
    head = open - callee[0].length;
  }
  return head;
}

/**
 * The object a chain of calls starts from, for a call written after one: `o.httpClient` for the `Post` of
 * `o.httpClient.R().SetContext(ctx).SetBody(body).Post(…)`, with where that object's name starts.
 * Undefined when no call comes before it, or when the chain is a test client's.
 */
export function chainedReceiver(code: string, calleeStart: number): { receiver: string; start: number } | undefined {
  let at = calleeStart;
  for (let hop = 0; hop < 12; hop++) {
    const dot = /\)\s*\.\s*$/.exec(code.slice(Math.max(0, at - 40), at));
    if (!dot) return undefined;
    const open = matchingOpen(code, at - dot[0].length, 4000);
    const name = open < 0 ? null : /((?:[A-Za-z_$][\w$]*\s*\.\s*)*[A-Za-z_$][\w$]*)\s*$/.exec(code.slice(Math.max(0, open - 200), open));
    if (!name?.[1]) return undefined;
    const parts = name[1].replace(/\s/g, '').split('.');
    // (a test client calling the app under test: `chai.request(app).post(…)`, `supertest(app).post(…)`, RestAssured's
    // `given()…when().post(…)`, Fastify's `app.inject().post(…)`, Spring's `webTestClient.post()`, `mockMvc`)
    if (/^(?:request|agent|supertest|test_?client|given|when|inject)$/i.test(parts[parts.length - 1] ?? '')) return undefined;
    if (parts.length > 1) return /test|mock/i.test(parts[0] ?? '') ? undefined : { receiver: parts.slice(0, -1).join('.'), start: open - name[0].length };
    at = open - name[0].length;
  }
  return undefined;
}

/**
 * The calls chained after an object's name that ends at `at`: for `o.httpClient` in
 * `o.httpClient.R().SetBody(b).Post("/audio/transcriptions")`, `R`, `SetBody` and `Post`. At most twelve.
 */
export function callsChainedAfter(code: string, at: number): ChainedCall[] {
  const calls: ChainedCall[] = [];
  for (let hop = 0; hop < 12; hop++) {
    const next = /^\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/.exec(code.slice(at, at + 200));
    if (!next?.[1]) break;
    const open = at + next[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) break;
    calls.push({ name: next[1], open, close });
    at = close;
  }
  return calls;
}
