import type { CallSite } from '../model';
import { buildSite, runtimeHostPath, urlTarget } from './httpCalls';
import type { Destination } from './httpCalls';
import type { Lexed, StringLiteral } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';

/**
 * PowerShell's requests: `Invoke-RestMethod` / `Invoke-WebRequest` (and `irm` / `iwr`) with `-Uri`
 * (or the first positional argument, or a splatted `@params` table) and `-Method` (GET when none
 * is given, as PowerShell sends), .NET's `[System.Net.Http.HttpRequestMessage]::new(method, uri)`, and an
 * HttpClient's own verbs (`$httpClient.PostAsync("https://…", $content)`), and `curl` with curl's flags or a cmdlet's.
 * The URL is a literal, a variable assigned one (`$uri = "https://api.openai.com/v1/responses"`),
 * or a literal built on a variable (`"$baseUrl/chat/completions"`, whose host is then decided at run time).
 */
export function detectPowerShellRequests(src: SourceText, lexed: Lexed): CallSite[] {
  const code = lexed.code;
  if (!/Invoke-(?:RestMethod|WebRequest)|\b(?:irm|iwr|curl)\b|HttpRequestMessage|\.(?:Post|Get|Put|Patch|Delete|GetString)Async\b/i.test(code)) return [];
  const byStart = new Map(lexed.strings.map((s) => [s.start, s]));
  const values = new VariableValues(code, byStart);
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w$-])(Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(?![\w-])/gi)) {
    const start = m.index ?? 0;
    const offset = start + m[0].length;
    const end = commandEnd(code, offset);
    const args = code.slice(offset, end);
    const parameters = readParameters(args, offset);
    const splat = /(?:^|\s)@(\w+)/.exec(args)?.[1];
    const table = splat ? values.table(splat, start) : undefined;
    const uri = parameters.get('uri') ?? parameters.get('') ?? table?.get('uri');
    if (!uri) continue;
    const target = resolveUrl(uri.text, uri.at, byStart, values, start);
    if (!target) continue;
    const methodArgument = parameters.get('method') ?? table?.get('method');
    // `-Method Post`, `-Method "POST"` (a string's text is blanked in the code: its lexed value)
    // (or a variable holding one: `$method = "POST"` … `-Method $method`)
    const methodVariable = methodArgument ? /^\$(\w+)$/.exec(methodArgument.text)?.[1] : undefined;
    const method = (methodArgument ? (/^["']/.test(methodArgument.text) ? byStart.get(methodArgument.at)?.value : methodVariable ? values.literalBefore(methodVariable, start) : methodArgument.text) ?? '' : 'GET').toUpperCase();
    // the body is often a table built above (`$body = @{ model = …; store = $false } | ConvertTo-Json`)
    const body = /^\$(\w+)$/.exec((parameters.get('body') ?? table?.get('body'))?.text.trim() ?? '')?.[1];
    const bodyValue = body ? values.before(body, start) : undefined;
    const bodyText = bodyValue ? src.noComments.slice(bodyValue.valueAt, bodyValue.valueAt + bodyValue.value.length) : '';
    const verb = /^(?:GET|POST|PUT|PATCH|DELETE)$/.test(method) ? method : 'GET';
    sites.push(buildSite(src, 'powershell', { callee: m[0], start, open: offset, close: end }, target.url, target.destination, asFlagText(`${src.noComments.slice(offset, end)}\n${bodyText}`), verb));
  }
  // `curl` (curl.exe, as PowerShell 7 and Windows run it) with curl's own flags: `curl https://… -H "…" -d $body`, the verb `-X`'s or
  // POST with data; written with a cmdlet's parameters (`curl -Uri … -Method Post`), Windows PowerShell's alias of Invoke-WebRequest
  // (a `curl` word among a command's arguments is one of them: read once, as part of that command)
  let commandUntil = -1;
  for (const m of code.matchAll(/(?<![\w$-])curl(?:\.exe)?(?![\w.-])/gi)) {
    const start = m.index ?? 0;
    if (start < commandUntil) continue;
    const offset = start + m[0].length;
    const end = commandEnd(code, offset);
    commandUntil = end;
    // (a quoted value is one token: its contents are blanked in the code, its quotes kept)
    const written = [...code.slice(offset, end).matchAll(/"[^"]*"|'[^']*'|[^\s`]+/g)].map((t) => ({ text: t[0], at: offset + (t.index ?? 0) }));
    const cmdlet = written.some((t) => /^-(?:Uri|Method|Body|Headers|ContentType|OutFile)$/i.test(t.text));
    const tokens = cmdlet ? written : written.flatMap(curlShortOptions);
    let url: { text: string; at: number } | undefined;
    let verb: string | undefined;
    let data = false;
    let query = false;
    // a value's text: a string's (from the lexer), a variable's literal, or the word itself
    const valueOf = (token: { text: string; at: number } | undefined): string => {
      const variable = token ? /^\$(\w+)$/.exec(token.text)?.[1] : undefined;
      return (token ? (byStart.get(token.at)?.value ?? (variable ? values.literalBefore(variable, start) : undefined) ?? token.text) : '').toUpperCase();
    };
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]?.text ?? '';
      if (cmdlet) {
        if (/^-Uri$/i.test(word)) url = tokens[i + 1];
        else if (/^-Method$/i.test(word)) verb = valueOf(tokens[i + 1]);
        else if (!url && !word.startsWith('-') && i === 0) url = tokens[i];
        continue;
      }
      if (/^(?:-X|--request)$/.test(word)) verb = valueOf(tokens[i + 1]);
      else if (/^(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|-F|--form(?:-string)?|--json|-T|--upload-file)$/.test(word)) data = true;
      else if (/^(?:-G|--get)$/.test(word)) query = true;
      if (/^--url$/.test(word)) {
        url = tokens[i + 1];
        i++;
        continue;
      }
      // (curl's options that take a value; others are switches: `-s`, `--no-progress-meter`, `--fail-with-body`)
      if (CURL_VALUE_SHORT.test(word) || /^--(?:request|data(?:-raw|-binary|-urlencode|-ascii)?|form(?:-string)?|json|header|output|user(?:-agent)?|referer|max-time|connect-timeout|cookie(?:-jar)?|proxy|retry(?:-delay|-max-time)?|upload-file|config|cert|key|cacert|range|write-out|variable|expect100-timeout|limit-rate|resolve|interface|dns-servers|oauth2-bearer|aws-sigv4)$/.test(word)) {
        i++;
        continue;
      }
      if (!word.startsWith('-') && url === undefined) url = tokens[i];
    }
    // (an unquoted URL is a bare word: its text as written)
    const target = url ? (/^https?:\/\//.test(url.text) ? urlTarget(url.text) : resolveUrl(url.text, url.at, byStart, values, start)) : undefined;
    if (!target) continue;
    // (`-G` sends the data in the query of a GET)
    const method = verb !== undefined && /^(?:GET|POST|PUT|PATCH|DELETE)$/.test(verb) ? verb : data && !query ? 'POST' : 'GET';
    sites.push(buildSite(src, 'powershell', { callee: m[0], start, open: offset, close: end }, target.url, target.destination, asFlagText(src.noComments.slice(offset, end)), method));
  }
  for (const m of code.matchAll(/HttpRequestMessage\]?::new[ \t]*\(|New-Object[ \t]+(?:System\.Net\.Http\.)?HttpRequestMessage[ \t]*\(/gi)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const parts = splitTopLevel(code.slice(open + 1, close - 1));
    const verb = /HttpMethod\]?::(Get|Post|Put|Patch|Delete)\b/i.exec(parts[0] ?? '')?.[1];
    const uriPart = parts[1] ?? '';
    const uriAt = open + 1 + (parts[0]?.length ?? 0) + 1;
    const trimmed = uriPart.trimStart();
    const target = resolveUrl(trimmed.trimEnd(), uriAt + (uriPart.length - trimmed.length), byStart, values, m.index ?? 0);
    if (!verb || !target) continue;
    // the site starts at the type's bracket: `[System.Net.Http.HttpRequestMessage]::new(`
    const at = m.index ?? 0;
    const bracket = /\[(?:System\.Net\.Http\.)?$/.exec(code.slice(Math.max(0, at - 40), at));
    const start = bracket ? at - bracket[0].length : at;
    sites.push(buildSite(src, 'powershell', { callee: code.slice(start, open).trim(), start, open, close }, target.url, target.destination, asFlagText(src.noComments.slice(open, close)), verb.toUpperCase()));
  }
  for (const m of code.matchAll(/\$(?:\w+:)?\w+(?:\.\w+)*\.(Post|Get|Put|Patch|Delete|GetString)Async[ \t]*\(/gi)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const uriPart = splitTopLevel(code.slice(open + 1, close - 1))[0] ?? '';
    const trimmed = uriPart.trimStart();
    const target = resolveUrl(trimmed.trimEnd(), open + 1 + (uriPart.length - trimmed.length), byStart, values, m.index ?? 0);
    if (!target) continue;
    const verb = (m[1] ?? '').toUpperCase() === 'GETSTRING' ? 'GET' : (m[1] ?? '').toUpperCase();
    sites.push(buildSite(src, 'powershell', { callee: code.slice(m.index ?? 0, open).trim(), start: m.index ?? 0, open, close }, target.url, target.destination, asFlagText(src.noComments.slice(open, close)), verb));
  }
  return sites;
}

/** PowerShell's `$true`/`$false`/`$null` as the argument readers know them (`store = $false`). */
function asFlagText(text: string): string {
  return text.replace(/\$(true|false|null)\b/gi, (_, word: string) => word.toLowerCase());
}

/** Where a command's arguments end: the line's end outside brackets, unless a backtick continues it; `;` or `|` end it too. */
function commandEnd(code: string, from: number): number {
  let depth = 0;
  const limit = Math.min(code.length, from + 20_000);
  for (let i = from; i < limit; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && --depth < 0) return i;
    else if (depth === 0 && (c === 59 || c === 124)) return i;
    else if (depth === 0 && c === 10) {
      // a line ending in a backtick goes on
      let k = i - 1;
      while (k >= from && (code.charCodeAt(k) === 32 || code.charCodeAt(k) === 9 || code.charCodeAt(k) === 13)) k--;
      if (code.charCodeAt(k) !== 96) return i;
    }
  }
  return limit;
}

interface Argument {
  text: string;
  /** Offset of the value in the script. */
  at: number;
}

/** `-Name value` and `-Name:value` pairs by lower-case name; the first positional value under ''. `args` starts at `base` in the script. */
function readParameters(args: string, base: number): Map<string, Argument> {
  const found = new Map<string, Argument>();
  const token = /[ \t`\r\n]*(-[A-Za-z]\w*(?::)?|@\{|\(|"[^"]*"|'[^']*'|[^\s]+)/gy;
  let pending: string | undefined;
  for (let m = token.exec(args); m; m = token.exec(args)) {
    const word = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].length - word.length;
    let value = word;
    // a bracketed value runs to its bracket (`@{ … }`, `( … )`)
    if (word === '@{' || word === '(') {
      const close = matchingBracket(args, at + word.length - 1, 10_000);
      value = args.slice(at, close < 0 ? args.length : close);
      token.lastIndex = at + value.length;
    }
    // a splatted table (`@params`) is read by the caller
    if (word.startsWith('@') && word !== '@{') continue;
    if (/^-[A-Za-z]\w*:?$/.test(word)) {
      pending = word.replace(/^-|:$/g, '').toLowerCase();
      // a switch (`-UseBasicParsing`) takes no value: the next token tells
      continue;
    }
    const name = pending ?? (found.has('') ? undefined : '');
    pending = undefined;
    if (name !== undefined && !found.has(name)) found.set(name, { text: value, at: base + at });
  }
  return found;
}

/** `$name = …` assignments of the script, in source order, and `$name = @{ … }` tables. */
class VariableValues {
  private readonly assignments = new Map<string, Array<{ at: number; value: string; valueAt: number }>>();

  constructor(
    code: string,
    private readonly strings: Map<number, StringLiteral>,
  ) {
    for (const m of code.matchAll(/(?:^|[;\n{(])[ \t]*\[?[\w.[\]]*\]?[ \t]*\$(?:script:|global:|local:)?(\w+)[ \t]*=(?!=)[ \t]*/gi)) {
      const name = (m[1] ?? '').toLowerCase();
      const valueAt = (m.index ?? 0) + m[0].length;
      const lineEnd = code.indexOf('\n', valueAt);
      let value = code.slice(valueAt, lineEnd < 0 ? code.length : lineEnd);
      if (value.startsWith('@{')) {
        const close = matchingBracket(code, valueAt + 1, 10_000);
        value = code.slice(valueAt, close < 0 ? valueAt + value.length : close);
      }
      const list = this.assignments.get(name) ?? [];
      list.push({ at: m.index ?? 0, value, valueAt });
      this.assignments.set(name, list);
    }
  }

  /** The last assignment of `$name` before `offset` (a script's variables are set above their use). */
  before(name: string, offset: number): { value: string; valueAt: number } | undefined {
    const list = this.assignments.get(name.toLowerCase());
    const index = list ? lastBefore(list, offset) : -1;
    return index < 0 ? undefined : list?.[index];
  }

  /** The string `$name` was last given before `offset`, when it was given one literal (`$uri = "https://…"`). */
  literalBefore(name: string, offset: number): string | undefined {
    const assigned = this.before(name, offset);
    if (!assigned) return undefined;
    const lead = assigned.value.length - assigned.value.trimStart().length;
    const literal = this.strings.get(assigned.valueAt + lead);
    // the whole value, not a string inside a call (`$uri = Get-Uri "…"`)
    return literal && literal.end - assigned.valueAt - lead >= assigned.value.trim().length ? literal.value : undefined;
  }

  /** A splatted table's entries (`Uri = "…"`, `Method = "Post"`) by lower-case key. */
  table(name: string, offset: number): Map<string, Argument> | undefined {
    const assigned = this.before(name, offset);
    if (!assigned?.value.startsWith('@{')) return undefined;
    const entries = new Map<string, Argument>();
    const body = assigned.value.slice(2);
    // (a quoted key, `"URI" = $uri`, is blanked in the code: its lexed value names it; only the table's own entries, not a
    // nested table's, `Body = @{ "method" = "GET" }`, whose depth is counted along)
    let depth = 0;
    let counted = 0;
    for (const m of body.matchAll(/(?:^|[;\n{])[ \t]*(?:(["'])[^"'\n]*\1|(\w+))[ \t]*=[ \t]*([^;\n]+)/g)) {
      const keyOffset = (m.index ?? 0) + m[0].search(/["'\w]/);
      for (; counted < keyOffset; counted++) {
        const c = body.charCodeAt(counted);
        if (c === 123) depth++;
        else if (c === 125) depth--;
      }
      if (depth !== 0) continue;
      const raw = m[3] ?? '';
      const keyAt = assigned.valueAt + 2 + (m.index ?? 0) + m[0].search(/["'\w]/);
      const key = m[2] ?? this.strings.get(keyAt)?.value ?? '';
      // the value's offset in the script, so a literal's lexed value is found by it
      const valueAt = assigned.valueAt + 2 + (m.index ?? 0) + m[0].length - raw.length + (raw.length - raw.trimStart().length);
      entries.set(key.toLowerCase(), { text: raw.trim(), at: valueAt });
    }
    return entries;
  }
}

/**
 * The request's URL from the argument's text: a string literal (its value from the lexer), a
 * variable holding one (followed through at most three assignments), else nothing.
 */
function resolveUrl(text: string, at: number | undefined, strings: Map<number, StringLiteral>, values: VariableValues, useAt: number, depth = 0): { url: string; destination: Destination } | undefined {
  if (depth > 3) return undefined;
  const literal = at !== undefined && /^["']/.test(text) ? strings.get(at) : undefined;
  if (literal) return literalTarget(literal.value, values, useAt, depth);
  const variable = /^\$(?:script:|global:|local:)?(\w+)$/i.exec(text.trim())?.[1];
  if (!variable) return undefined;
  const assigned = values.before(variable, useAt);
  if (!assigned) return undefined;
  const inner = values.literalBefore(variable, useAt);
  if (inner !== undefined) return literalTarget(inner, values, assigned.valueAt, depth + 1);
  return resolveUrl(assigned.value.trim(), undefined, strings, values, assigned.valueAt, depth + 1);
}

/** A literal URL, maybe built on a variable: `"$base/chat/completions"` (the variable's own literal when it has one). */
function literalTarget(value: string, values: VariableValues, at: number, depth: number): { url: string; destination: Destination } | undefined {
  // PowerShell's `$name`, `${name}` and `$($expr)` placeholders, read as JavaScript's `${…}`
  const written = value.replace(/\$\((?:[^()]|\([^()]*\))*\)|\$\{[^}]*\}|\$(?:script:|global:|env:)?\w+/g, (p) => {
    // (a base tidied of its slashes or blanks in place is that base: `"$($BaseUrl.TrimEnd('/'))/chat/completions"`; a trim of other
    // characters, `TrimEnd('/v1')`, takes a set of them off, which is no base's known value)
    // (its arguments each a slash or a blank, quoted, maybe cast: `TrimEnd([char]'/')`, `TrimEnd('/', ' ')`)
    const trimmed = p.startsWith('$(') ? /^\$\(\s*(\$?[\w:]+)(?:\.Trim(?:End|Start)?\(\s*(?:(?:\[char\]\s*)?(?:'[/ ]*'|"[/ ]*")\s*(?:,\s*(?:\[char\]\s*)?(?:'[/ ]*'|"[/ ]*")\s*)*)?\))+\s*\)$/i.exec(p)?.[1] : undefined;
    const inner = trimmed ?? (p.startsWith('$(') ? p.slice(2, -1).trim() : p.startsWith('${') ? p.slice(2, -1) : p.slice(1));
    return `\${${inner.replace(/^\$/, '')}}`;
  });
  const direct = urlTarget(written);
  if (direct) return direct;
  // (a base written to end with its slash runs on into the path: `"$($endpoint)chat/completions"`)
  const base = /^\$\{([\w:]+)\}(\/[^\s?#]*|(?=openai\/deployments\/)|(?=[a-z][\w-]*(?:\/|$)))/.exec(written);
  if (!base) return undefined;
  const path = (base[2] ?? '').startsWith('/') ? (base[2] ?? '') : `/${written.slice(base[0].length)}`;
  const name = (base[1] ?? '').replace(/^(?:script|global|local):/i, '');
  if (depth < 3 && !name.startsWith('env:')) {
    const literal = values.literalBefore(name, at);
    if (literal !== undefined && /^https?:\/\//i.test(literal)) return urlTarget(`${literal.replace(/\/+$/, '')}${path}`);
  }
  const v1Path = runtimeHostPath(path, /openai/i.test(name), false, /openai/i.test(name));
  if (!v1Path) return undefined;
  const azure = /\/openai\/deployments\//.test(path);
  return { url: `https://runtime.invalid${v1Path}`, destination: { provider: azure ? 'azure' : 'unknown', host: `$${name} (${azure ? 'an Azure OpenAI deployment URL, ' : ''}host decided at run time)` } };
}

/** curl's one-letter options that take a value. */
const CURL_VALUE_LETTERS = 'XdFHoAeumbcTrxEK';
const CURL_VALUE_SHORT = new RegExp(`^-[${CURL_VALUE_LETTERS}]$`);

/**
 * A token of curl's with one-letter options run together, as curl reads it: each a switch until one that takes a value, whose value
 * is the rest of the cluster or, at its end, the next token (`-sX GET` is `-s -X GET`, `-XPOST` is `-X POST`, `-fsSL` four switches).
 * A word spelling a PowerShell parameter (`-Verbose`, `-PassThru`) is no cluster.
 */
function curlShortOptions(token: { text: string; at: number }): Array<{ text: string; at: number }> {
  if (!/^-[A-Za-z]{2,}$/.test(token.text) || /^-[A-Z][a-z]{2,}/.test(token.text)) return [token];
  const split: Array<{ text: string; at: number }> = [];
  for (let i = 1; i < token.text.length; i++) {
    const letter = token.text[i] ?? '';
    split.push({ text: `-${letter}`, at: token.at + i - 1 });
    if (!CURL_VALUE_LETTERS.includes(letter)) continue;
    if (i + 1 < token.text.length) split.push({ text: token.text.slice(i + 1), at: token.at + i + 1 });
    break;
  }
  return split;
}
