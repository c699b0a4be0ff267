import type { SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { JsFunction } from './jsScopes';
import { matchingBracket, pythonBlockEnd, splitTopLevel } from './lexer';

/**
 * A function of the file that sends an HTTP request to a URL its caller hands it
 * (`async function fetchStream(url, init) { … fetch(url, init) … }`, `def _post(self, url, payload): requests.post(url, …)`).
 * The collectors' rule, and the reader's, puts such a request at the caller: that is where the URL is named.
 */
export interface LocalSender {
  /** Where the definition starts and its body ends (a call inside it is no caller). */
  start: number;
  end: number;
  /** The parameters, in order (Python's `self` left out), and those that reach the request's URL. */
  params: string[];
  urlParams: Set<number>;
  /** The verb the request inside names, when it names one (`requests.post`, `method: "POST"`). */
  verb?: string;
}

type IsHttpCall = (callee: string) => boolean;
type VerbOf = (callee: string, args: string) => string | undefined;

const NOT_A_NAME = /^(?:if|for|while|switch|catch|function|return|typeof|await|new|super|constructor)$/;

/** The languages whose functions `localSenders` reads. */
export const HELPER_LANGUAGES = new Set<SourceLanguage>(['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'go']);

/**
 * The file's own functions that send a request to a URL they are given. JavaScript/TypeScript (its
 * functions as `JsScopes` reads them), Python and Go.
 */
export function localSenders(code: string, language: SourceLanguage, isHttpCall: IsHttpCall, verbOf: VerbOf, jsFunctions: () => readonly JsFunction[]): Map<string, LocalSender> {
  const found = new Map<string, LocalSender>();
  const add = (name: string, start: number, params: string[], bodyStart: number, end: number): void => {
    if (NOT_A_NAME.test(name) || found.has(name) || end <= bodyStart) return;
    const sender = requestInBody(code, bodyStart, end, params, language, isHttpCall, verbOf);
    if (sender) found.set(name, { start, end, params, ...sender });
  };
  const paramsOf = (paramsOpen: number, dropSelf: boolean): string[] | undefined => {
    const paramsClose = matchingBracket(code, paramsOpen, 2000);
    if (paramsClose < 0) return undefined;
    return splitTopLevel(code.slice(paramsOpen + 1, paramsClose - 1))
      .map((p) => /^[ \t\n]*(?:\*{1,2})?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '')
      .filter((p, i) => !(dropSelf && i === 0 && (p === 'self' || p === 'cls')));
  };
  if (language === 'python') {
    for (const m of code.matchAll(/^([ \t]*)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const params = paramsOf(open, true);
      if (params) add(m[2] ?? '', m.index ?? 0, params, open, pythonBlockEnd(code, open, (m[1] ?? '').length));
    }
  } else if (language === 'go') {
    for (const m of code.matchAll(/\bfunc[ \t]+(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)[ \t]*\(/g)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const params = paramsOf(open, false);
      const body = params ? goBody(code, open) : undefined;
      if (params && body) add(m[1] ?? '', m.index ?? 0, params, body.start, body.end);
    }
  } else {
    for (const fn of jsFunctions()) if (fn.name) add(fn.name, fn.start, fn.positions.map((p) => p ?? ''), fn.bodyStart, fn.end);
  }
  return found;
}

/** A Go function's body: the `{ … }` after its parameters and return types. */
function goBody(code: string, paramsOpen: number): { start: number; end: number } | undefined {
  const paramsClose = matchingBracket(code, paramsOpen, 2000);
  if (paramsClose < 0) return undefined;
  const brace = /^[^{};\n]{0,200}\{/.exec(code.slice(paramsClose, paramsClose + 220));
  if (!brace) return undefined;
  const open = paramsClose + brace[0].length - 1;
  const close = matchingBracket(code, open);
  return close < 0 ? undefined : { start: open, end: close };
}

/** The request the body sends to one of the parameters: which parameters reach its URL, and its verb. */
function requestInBody(code: string, start: number, end: number, params: string[], language: SourceLanguage, isHttpCall: IsHttpCall, verbOf: VerbOf): { urlParams: Set<number>; verb?: string } | undefined {
  if (params.length === 0) return undefined;
  const body = code.slice(start, end);
  for (const m of body.matchAll(/(?<![\w$]|[\w$]\.)((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)[ \t]*\(/g)) {
    const callee = m[1] ?? '';
    if (!isHttpCall(callee)) continue;
    const open = start + (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const argsText = code.slice(open, close);
    const args = splitTopLevel(argsText.slice(1, -1)).map((a) => a.trim());
    // the URL: Go's `NewRequest(method, url, body)` second (third with a context), else the first, or `url=`/`url:`
    const goRequest = /(?:^|\.)NewRequest(WithContext)?$/.exec(callee);
    const urlArg = language === 'go' && goRequest ? args[goRequest[1] ? 2 : 1] : (args.find((a) => /^url[ \t]*[=:]/.test(a))?.replace(/^url[ \t]*[=:][ \t]*/, '') ?? args[0]);
    if (!urlArg) continue;
    const urlParams = new Set<number>();
    params.forEach((p, i) => {
      if (p && new RegExp(`(?<![\\w$.])${p.replace(/\$/g, '\\$')}(?![\\w$])`).test(urlArg)) urlParams.add(i);
    });
    if (urlParams.size > 0) return { urlParams, verb: verbOf(callee, argsText) };
  }
  return undefined;
}

interface Call {
  callee: string;
  start: number;
  open: number;
  close: number;
}

/**
 * The calls of the file's own senders that hand them a URL: a literal found handed to a call
 * (`handedOver`), or a variable holding one (`variableUrl` reads it at the call), at a parameter the
 * helper's request takes its URL from, by position or by keyword (`url="…"`).
 */
export function helperCalls<D>(
  code: string,
  helpers: ReadonlyMap<string, LocalSender>,
  handedOver: ReadonlyArray<{ call: Call; at: number; url: string; dest: D }>,
  variableUrl: (name: string, at: number) => { url: string; dest: D } | undefined,
): Array<{ call: Call; url: string; dest: D; helper: LocalSender }> {
  if (helpers.size === 0) return [];
  const found: Array<{ call: Call; url: string; dest: D; helper: LocalSender }> = [];
  const helperFor = (call: { callee: string; start: number }): LocalSender | undefined => {
    if (!/^(?:(?:this|self)\.)?[A-Za-z_$][\w$]*$/.test(call.callee)) return undefined;
    const helper = helpers.get(call.callee.replace(/^(?:this|self)\./, ''));
    // (a call inside the helper itself passes its own parameter on)
    return helper && (call.start < helper.start || call.start >= helper.end) ? helper : undefined;
  };
  for (const { call, at, url, dest } of handedOver) {
    const helper = helperFor(call);
    if (helper && handsUrl(code, call, at, helper)) found.push({ call, url, dest, helper });
  }
  const names = [...helpers.keys()].map((n) => escapeRe(n)).join('|');
  for (const m of code.matchAll(new RegExp(`(?<![\\w$]|[\\w$]\\.)((?:this\\.|self\\.)?(?:${names}))[ \\t]*\\(`, 'g'))) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    const call = { callee: m[1] ?? '', start: m.index ?? 0, open, close: close < 0 ? open + 1 : close };
    const helper = close < 0 ? undefined : helperFor(call);
    if (!helper) continue;
    const args = splitTopLevel(code.slice(open + 1, close - 1)).map((a) => a.trim());
    for (const index of helper.urlParams) {
      const param = helper.params[index] ?? '';
      const keyword = args.find((a) => a.startsWith(`${param}=`))?.slice(param.length + 1).trim();
      const name = keyword ?? (args[index] !== undefined && !/^\w+[ \t]*=(?!=)/.test(args[index] ?? '') ? args[index] : undefined);
      const target = name && /^(?:self\.|this\.)?[A-Za-z_$][\w$]*$/.test(name) ? variableUrl(name, call.start) : undefined;
      if (!target) continue;
      found.push({ call, url: target.url, dest: target.dest, helper });
      break;
    }
  }
  return found;
}

/** Whether the literal at `at` is the argument of `call` that the helper sends to: by position, or by keyword (`url="…"`). */
function handsUrl(code: string, call: { open: number }, at: number, helper: LocalSender): boolean {
  const before = splitTopLevel(code.slice(call.open + 1, at));
  const keyword = /^[ \t\n]*([A-Za-z_]\w*)[ \t]*=[ \t]*[rfbu]{0,2}$/.exec(before[before.length - 1] ?? '')?.[1];
  if (keyword !== undefined) return helper.urlParams.has(helper.params.indexOf(keyword));
  return helper.urlParams.has(before.length - 1);
}
