import type { CallSite } from '../model';
import { buildSite, targetOrRuntimeBase } from './httpCalls';
import type { Destination } from './httpCalls';
import type { Lexed, StringLiteral } from './lexer';
import { matchingBracket } from './lexer';
import type { SourceText } from './sourceText';

/**
 * SAS's requests: `proc http url="https://api.openai.com/v1/chat/completions" method="POST" in=payload …;`
 * (GET when no METHOD= is given, POST when IN= sends a body, as SAS documents PROC HTTP's default),
 * and the DS2 HTTP package's `h.createPostMethod('https://…')`. A URL may hold macro variables
 * (`"&base./chat/completions"`), read from the file's `%let base = …;` when it sets one literal URL.
 */
export function detectSasRequests(src: SourceText, lexed: Lexed): CallSite[] {
  const code = lexed.code;
  if (!/\bproc[ \t\r\n]+http\b|\bcreate(?:Get|Post|Put|Patch|Delete)Method\b/i.test(code)) return [];
  const byStart = new Map(lexed.strings.map((s) => [s.start, s]));
  const macros = macroValues(src.noComments);
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/\bproc[ \t\r\n]+http\b/gi)) {
    const start = m.index ?? 0;
    // the statement runs to its `;` (strings are blanked in the code, so a `;` inside one does not end it)
    const semicolon = code.indexOf(';', start);
    const end = semicolon < 0 ? Math.min(code.length, start + 4000) : semicolon;
    const statement = code.slice(start, end);
    const url = /\burl[ \t\r\n]*=[ \t\r\n]*/i.exec(statement);
    if (!url) continue;
    const valueAt = start + url.index + url[0].length;
    const target = sasUrl(byStart.get(valueAt), code.slice(valueAt, valueAt + 200), macros);
    if (!target) continue;
    const methodOption = /\bmethod[ \t\r\n]*=[ \t\r\n]*/i.exec(statement);
    const methodAt = methodOption ? start + methodOption.index + methodOption[0].length : -1;
    const method = (methodOption ? (byStart.get(methodAt)?.value ?? /^\w+/.exec(code.slice(methodAt))?.[0] ?? '') : /\bin[ \t\r\n]*=/i.test(statement) ? 'POST' : 'GET').toUpperCase();
    const verb = /^(?:GET|POST|PUT|PATCH|DELETE)$/.test(method) ? method : 'GET';
    // the site is `proc http`, or the `url=` option when the statement names its URL on a later line
    const urlStart = start + url.index;
    const sameLine = !code.slice(start, urlStart).includes('\n');
    const site = sameLine ? { callee: 'proc http', start } : { callee: 'url', start: urlStart };
    sites.push(buildSite(src, 'sas', { ...site, open: urlStart, close: end }, target.url, target.destination, src.noComments.slice(start, end), verb));
  }
  for (const m of code.matchAll(/\b((?:[A-Za-z_]\w*\.)?create(Get|Post|Put|Patch|Delete)Method)[ \t]*\(/gi)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const argument = /^[ \t\r\n]*/.exec(code.slice(open + 1))?.[0].length ?? 0;
    const target = sasUrl(byStart.get(open + 1 + argument), code.slice(open + 1 + argument, open + 200), macros);
    if (!target) continue;
    sites.push(buildSite(src, 'sas', { callee: m[1] ?? '', start: m.index ?? 0, open, close: close < 0 ? open + 1 : close }, target.url, target.destination, '', (m[2] ?? 'GET').toUpperCase()));
  }
  return sites;
}

/** `%let name = value;` of the file, by lower-case name; a name set to two values is left out. */
function macroValues(text: string): Map<string, string> {
  const values = new Map<string, string | null>();
  for (const m of text.matchAll(/%let[ \t]+(\w+)[ \t]*=[ \t]*([^;\n]*);/gi)) {
    const name = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    values.set(name, values.has(name) && values.get(name) !== value ? null : value);
  }
  return new Map([...values].filter((e): e is [string, string] => e[1] !== null));
}

/** The URL a literal (or a macro variable alone: `url=&chat_url`) names, its macro variables filled in when the file sets them. */
function sasUrl(literal: StringLiteral | undefined, after: string, macros: Map<string, string>): { url: string; destination: Destination } | undefined {
  const written = literal?.value ?? /^&\w+\.?/.exec(after)?.[0];
  if (written === undefined) return undefined;
  const filled = written.replace(/&(\w+)\.?/g, (_, name: string) => macros.get(name.toLowerCase()) ?? `\${${name}}`);
  return targetOrRuntimeBase(filled, (name) => `&${name}`);
}
