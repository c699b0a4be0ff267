import type { CallSite } from '../model';
import { buildSite, targetOrRuntimeBase } from './httpCalls';
import type { Lexed, StringLiteral } from './lexer';
import { matchingBracket } from './lexer';
import type { SourceText } from './sourceText';

/** A namespaced HTTP verb call: clj-http's and babashka's `(http/post url opts)`, hato's, http-kit's `(client/get url)` ([1] the callee, [2] the verb). */
const VERB_CALL = /\(\s*((?:[A-Za-z][\w.-]*)\/(post|get|put|patch|delete|request))(?=[\s)])/g;
/** `(def name "…")`, `(def ^:private name (str …))`, `(defonce name …)`: a var's value form ([1] the name). */
const DEF = /\(\s*def(?:once)?\s+(?:\^(?::[\w-]+|\{[^{}]{0,200}\})\s+)*([\w*+!?<>=.-]+)\s+(?=["(A-Za-z])/g;
/** `(defn name "doc" [params] …)` ([1] the name, [2] the first parameter vector's contents). */
const DEFN = /\(\s*defn-?\s+([\w*+!?<>=.-]+)\s+(?:"\s*"\s+)?(?:\{[^{}]{0,200}\}\s+)?\(?\s*\[([^\]\n]{0,200})\]/g;
/** A symbol as Clojure writes one (no namespace). */
const SYMBOL = /^[A-Za-z*+!?<>=_-][\w*+!?<>=.-]*$/;
/** Forms read past before a helper's call is given up on. */
const MAX_ARGUMENTS = 12;

interface Form {
  start: number;
  end: number;
}

/**
 * Clojure's requests (`.clj`, `.cljs`, `.cljc`, babashka's `.bb`): a namespaced HTTP client's verb called with a URL
 * (`(http/post "https://api.openai.com/v1/chat/completions" {…})`, `(client/post url …)`), its `request` given a map
 * (`{:method :post :url url}`), and a function of the file handing its parameter on to one of those, at each call
 * that names the URL (`(openai-post "https://…/chat/completions" body)`). A URL is a string, a var the file `def`s
 * (or a `let` binds) to one, or `(str base "/chat/completions")` over those. Forms in a `(comment …)` block or after
 * `#_` are not run, and not read.
 */
export function detectClojureRequests(src: SourceText, lexed: Lexed): CallSite[] {
  const code = lexed.code;
  if (!/\/(?:post|get|put|patch|delete|request)\b/.test(code)) return [];
  const strings = new Map(lexed.strings.map((s) => [s.start, s]));
  const skipped = unreadForms(code);
  const values = boundValues(code, strings);
  const valueOf = (form: Form): string | undefined => formValue(code, form, strings, values, 0);
  const sites: CallSite[] = [];
  // a function of the file handing its parameter on as a request's URL: by name, the parameter's position and the verb
  const helpers = new Map<string, { position: number; verb: string }>();
  for (const m of code.matchAll(DEFN)) {
    const open = m.index ?? 0;
    const close = matchingBracket(code, open);
    if (close < 0) continue;
    const params = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    for (const call of verbCalls(code, open, close)) {
      const first = readForms(code, call.argumentsAt, call.close - 1, 1)[0];
      const position = first ? params.indexOf(code.slice(first.start, first.end)) : -1;
      if (position < 0 || call.verb === 'REQUEST') continue;
      // (a function sending with two verbs, `(api :get url)` choosing one, says neither: left)
      const before = helpers.get(m[1] ?? '');
      helpers.set(m[1] ?? '', before && (before.verb !== call.verb || before.position !== position) ? { position: -1, verb: '' } : { position, verb: call.verb });
    }
  }
  const push = (call: { callee: string; start: number; open: number; close: number }, url: string | undefined, verb: string): void => {
    const target = url === undefined ? undefined : targetOrRuntimeBase(url, (name) => name);
    if (target) sites.push(buildSite(src, 'clojure', call, target.url, target.destination, src.noComments.slice(call.open, call.close), verb));
  };
  for (const call of verbCalls(code, 0, code.length)) {
    if (skipped(call.start)) continue;
    const site = { callee: call.callee, start: call.start + 1, open: call.start, close: call.close };
    if (call.verb !== 'REQUEST') {
      const first = readForms(code, call.argumentsAt, call.close - 1, 1)[0];
      push(site, first ? valueOf(first) : undefined, call.verb);
      continue;
    }
    // `(http/request {:method :post :url url …})`
    // (or a name a `let` or `def` binds to the map: `(let [request {:url url :method :post}] (http/request request))`)
    const given = readForms(code, call.argumentsAt, call.close - 1, 1)[0];
    const written = given ? code.slice(given.start, given.end) : '';
    const map = given && code[given.start] !== '{' && SYMBOL.test(written) ? (boundAt(values, written, given.start) ?? undefined) : given;
    if (!map || code[map.start] !== '{') continue;
    const entries = readForms(code, map.start + 1, map.end - 1, 40);
    const entry = (...keys: string[]): Form | undefined => {
      const at = entries.findIndex((f, k) => k % 2 === 0 && keys.includes(code.slice(f.start, f.end)));
      return at < 0 ? undefined : entries[at + 1];
    };
    // (clj-http's `:url` and `:request-method`, babashka's `:uri` and `:method`)
    const urlForm = entry(':url', ':uri');
    const methodForm = entry(':method', ':request-method');
    const method = methodForm ? /^:?(get|post|put|patch|delete)$/i.exec(strings.get(methodForm.start)?.value ?? code.slice(methodForm.start, methodForm.end).trim())?.[1] : undefined;
    if (urlForm) push(site, valueOf(urlForm), (method ?? 'get').toUpperCase());
  }
  // the file's helpers, at each call naming the URL
  if (helpers.size > 0) {
    const names = [...helpers.keys()].map((name) => name.replace(/[*+!?<>=.-]/g, '\\$&')).join('|');
    for (const m of code.matchAll(new RegExp(`\\(\\s*(${names})(?=[\\s)])`, 'g'))) {
      const start = m.index ?? 0;
      const helper = helpers.get(m[1] ?? '');
      const close = matchingBracket(code, start);
      if (!helper || helper.position < 0 || close < 0 || skipped(start)) continue;
      const argument = readForms(code, start + m[0].length, close - 1, helper.position + 1)[helper.position];
      push({ callee: m[1] ?? '', start: start + 1, open: start, close }, argument ? valueOf(argument) : undefined, helper.verb);
    }
  }
  return sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The namespaced verb calls between `from` and `to`: where each opens, its callee, verb, where its arguments start and its close. */
function* verbCalls(code: string, from: number, to: number): Generator<{ start: number; callee: string; verb: string; argumentsAt: number; close: number }> {
  // (matched within the stretch only: a search from each function's start to the file's end was quadratic)
  const stretch = from === 0 && to >= code.length ? code : code.slice(from, to);
  for (const m of stretch.matchAll(VERB_CALL)) {
    const start = from + (m.index ?? 0);
    const close = matchingBracket(code, start);
    if (close < 0 || close > to) continue;
    yield { start, callee: m[1] ?? '', verb: (m[2] ?? '').toUpperCase(), argumentsAt: start + m[0].length, close };
  }
}

/**
 * The forms between `from` and `to` (exclusive), up to `limit`: a bracketed form, a string, or an atom (a symbol, keyword, number).
 * A reader macro's `#`, `'`, `@` or `^meta` is read with the form it marks.
 */
function readForms(code: string, from: number, to: number, limit = MAX_ARGUMENTS): Form[] {
  const forms: Form[] = [];
  let i = from;
  while (i < to && forms.length < limit) {
    const c = code[i] ?? '';
    if (/[\s,]/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && /[#'@`~^]/.test(code[i] ?? '')) i++;
    const open = code[i] ?? '';
    if (open === '(' || open === '[' || open === '{') {
      const close = matchingBracket(code, i);
      if (close < 0 || close > to + 1) break;
      i = close;
    } else if (open === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0 || close >= to) break;
      i = close + 1;
    } else {
      while (i < to && !/[\s,()[\]{}"]/.test(code[i] ?? '')) i++;
      if (i === start) i++;
    }
    forms.push({ start, end: i });
  }
  return forms;
}

/** Where a `(comment …)` block or a form after `#_` lies: asked for each call's offset. */
function unreadForms(code: string): (at: number) => boolean {
  const spans: Form[] = [];
  for (const m of code.matchAll(/\(\s*comment(?=[\s)])|#_\s*(?=[(\[{])/g)) {
    const open = m[0].startsWith('#') ? (m.index ?? 0) + m[0].length : (m.index ?? 0);
    const close = matchingBracket(code, open);
    if (close > 0) spans.push({ start: open, end: close });
  }
  // (merged, in order, and searched by halves: a file of many blocks and calls stays fast)
  spans.sort((a, b) => a.start - b.start);
  const merged: Form[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return (at) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = merged[mid] as Form;
      if (at < span.start) high = mid - 1;
      else if (at >= span.end) low = mid + 1;
      else return true;
    }
    return false;
  };
}

/** What names hold: each var the file `def`s (a name given two values holds none), and each `let` binding with the form it holds in. */
interface Bindings {
  defs: Map<string, Form | null>;
  lets: Array<{ name: string; value: Form; within: Form }>;
}

function boundValues(code: string, strings: ReadonlyMap<number, StringLiteral>): Bindings {
  const defs = new Map<string, Form | null>();
  for (const m of code.matchAll(DEF)) {
    const at = (m.index ?? 0) + m[0].length;
    const form = readForms(code, at, code.length, 1)[0];
    const name = m[1] ?? '';
    const before = defs.get(name);
    if (form) defs.set(name, before === undefined || (before !== null && code.slice(before.start, before.end) === code.slice(form.start, form.end) && strings.get(before.start)?.value === strings.get(form.start)?.value) ? form : null);
  }
  const lets: Bindings['lets'] = [];
  for (const m of code.matchAll(/\(\s*(?:let|when-let|if-let|binding|loop)\s*\[/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    const formClose = matchingBracket(code, m.index ?? 0);
    if (close < 0 || formClose < 0) continue;
    const pairs = readForms(code, open + 1, close - 1, 80);
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const name = pairs[k];
      const value = pairs[k + 1];
      // (a binding holds from its value on, to its `let`'s end)
      if (name && value && SYMBOL.test(code.slice(name.start, name.end))) lets.push({ name: code.slice(name.start, name.end), value, within: { start: value.end, end: formClose } });
    }
  }
  return { defs, lets };
}

/** The form a name holds at `at`: the innermost `let` binding around it, else the file's `def`. */
function boundAt(bindings: Bindings, name: string, at: number): Form | null | undefined {
  let found: Bindings['lets'][number] | undefined;
  for (const binding of bindings.lets) if (binding.name === name && at >= binding.within.start && at < binding.within.end && (!found || binding.within.start > found.within.start)) found = binding;
  return found ? found.value : bindings.defs.get(name);
}

/** A form's string value: a string, a bound name's (followed a few deep), or `(str …)` of such parts, an unknown name as `${name}`. */
function formValue(code: string, form: Form, strings: ReadonlyMap<number, StringLiteral>, values: Bindings, depth: number): string | undefined {
  if (depth > 4) return undefined;
  const literal = strings.get(form.start);
  if (literal) return literal.value;
  const written = code.slice(form.start, form.end);
  if (SYMBOL.test(written)) {
    const bound = boundAt(values, written, form.start);
    // (a name bound to what the file cannot read, `(System/getenv "BASE")`, is a value set at run time)
    return (bound ? formValue(code, bound, strings, values, depth + 1) : undefined) ?? `\${${written}}`;
  }
  const str = /^\(\s*str(?=[\s)])/.exec(written);
  if (!str) return undefined;
  const parts = readForms(code, form.start + str[0].length, form.end - 1, 20);
  let joined = '';
  for (const part of parts) {
    const value = formValue(code, part, strings, values, depth + 1);
    if (value === undefined) return undefined;
    joined += value;
  }
  return joined;
}
