/**
 * Splits source text into code, strings and comments without a full parser, in one linear pass.
 * The result keeps every offset: `code` has comments and string contents blanked (quotes kept),
 * `strings` lists each literal with its decoded-enough value, so detectors can match call shapes
 * on `code` and read literal arguments from `strings`.
 */
/**
 * `c`: `//` and block comments, `"…"`, `"""…"""` and C#'s verbatim `@"…"` strings, `'…'` only as a
 * character literal (Java, Kotlin, C#, Rust, Swift, Scala: Rust's lifetimes `'a` open nothing);
 * `hash`: `//`, block and `#` comments (not PHP's `#[attributes]`), Ruby's `=begin`/`=end`,
 * `"…"`, `'…'` and here-document strings (PHP's `<<<EOT`, Ruby's `<<~EOT`);
 * `powershell`: `#` and `<# … #>` comments, `"…"` (backtick escapes, `""`), `'…'` (`''`), both
 * across lines, and here-strings (`@"` … `"@`, `@'` … `'@`);
 * `perl`: as `hash` but no `//` or block comments (`//` is Perl's defined-or), `$#array` and `m#…#` no comment, POD
 * (`=pod` … `=cut`) and what follows `__END__` or `__DATA__` comments;
 * `lisp` (Clojure, Scheme, Racket, Emacs Lisp): `;` and `#| … |#` comments, `"…"` strings across lines, `\x` character
 * literals; `'` quotes a form;
 * `groovy`: `//` and block comments, `"…"` and `'…'` strings, and their triple-quoted forms across lines;
 * `ahk` (AutoHotkey): `;` comments after a blank or at a line's start, block comments, `"…"` and `'…'` strings on one
 * line, a backquote escaping the next character (a backslash is text);
 * `vb` (Visual Basic, VBA, VBScript): `'` comments, `"…"` strings on one line, `""` a quote inside one.
 */
export type LexLanguage = 'python' | 'js' | 'go' | 'shell' | 'c' | 'hash' | 'perl' | 'powershell' | 'lua' | 'lisp' | 'groovy' | 'ahk' | 'vb';

export interface StringLiteral {
  /** Offset of the opening quote. */
  start: number;
  /** Offset just past the closing quote. */
  end: number;
  /** Contents between the quotes, escapes left as written. */
  value: string;
  /** Python f-strings and JS template literals: `{expr}` / `${expr}` parts stay in `value`. */
  interpolated: boolean;
}

export interface Lexed {
  code: string;
  strings: StringLiteral[];
  /** [start, end) of every comment, for suppression comments. */
  comments: Array<{ start: number; end: number }>;
}

/** Spaces in place of every character but line breaks, so offsets and line numbers survive. */
export function blank(text: string): string {
  if (!text.includes('\n')) return spaces(text.length);
  return text
    .split('\n')
    .map((line) => spaces(line.length))
    .join('\n');
}

/** Runs of spaces up to this length are made once: most strings and comments are short. */
const SHORT_BLANKS: string[] = Array.from({ length: 129 }, (_, n) => ' '.repeat(n));

function spaces(length: number): string {
  return SHORT_BLANKS[length] ?? ' '.repeat(length);
}

const NEXT_SPECIAL: Record<LexLanguage, RegExp> = {
  python: /["'#]/g,
  js: /["'`/]/g,
  go: /["'`/]/g,
  shell: /["'#<\n]/g,
  c: /["'/]/g,
  hash: /["'/#<\n]/g,
  perl: /["'#<\n]/g,
  powershell: /["'#<]/g,
  lua: /["'\-[]/g,
  // (Clojure: `"` strings, `;` comments, `\x` character literals; `'` quotes a form and opens no string)
  lisp: /[";\\#]/g,
  groovy: /["'/]/g,
  ahk: /["'/;]/g,
  vb: /["']/g,
};

/** Python's string prefix letters (`f`, `rb`, `Rf`, …), compared as codes: a test per string was measurable. */
function isStringPrefix(c: number): boolean {
  const lower = c | 32;
  return lower === 114 /* r */ || lower === 98 /* b */ || lower === 102 /* f */ || lower === 117 /* u */;
}

function isSpecial(c: number, language: LexLanguage): boolean {
  if (language === 'lisp') return c === 34 || c === 59 || c === 92 || c === 35;
  if (c === 34 || c === 39) return true;
  if (language === 'python') return c === 35;
  if (language === 'shell') return c === 35 || c === 60 || c === 10;
  if (language === 'c') return c === 47;
  if (language === 'hash') return c === 47 || c === 35 || c === 60 || c === 10;
  if (language === 'perl') return c === 35 || c === 60 || c === 10;
  if (language === 'powershell') return c === 35 || c === 60;
  if (language === 'lua') return c === 45 || c === 91;
  if (language === 'ahk') return c === 59 || c === 47;
  if (language === 'vb') return false;
  return c === 96 || c === 47;
}

/**
 * `rust`: Rust's reading of the C-like syntax: a plain `"…"` may go on over lines (`.post(" \n https://…")`), within the
 * bounded stretch PHP's and Ruby's get (one that does not close there ends at its line, as elsewhere); raw strings
 * `r#"…"#`; block comments that nest.
 */
export function lex(text: string, language: LexLanguage, options?: { rust?: boolean }): Lexed {
  const lineBreaking = options?.rust === true;
  const out: string[] = [];
  const strings: StringLiteral[] = [];
  const comments: Array<{ start: number; end: number }> = [];
  const n = text.length;
  let i = 0;
  let last = 0;
  const flushCode = (to: number): void => {
    if (to > last) out.push(text.slice(last, to));
    last = to;
  };
  // Shell here-documents (`<<EOF`, `<<-'EOF'`) start after the line that opens them; their bodies
  // are text, not code, so an apostrophe in one must not open a string.
  // (PHP's and Ruby's may close on an indented line, followed by code: `    EOT;`)
  const heredocs: Array<{ delimiter: string; stripTabs: boolean; quoted: boolean; indented?: boolean }> = [];
  // shell: where the last command substitution that did not close stopped being read
  let substitutionScannedTo = 0;
  // Only quotes, comment starts (and, in shell, `<` and line breaks for here-documents) change
  // state: the pattern jumps over the plain code between them instead of testing each character.
  const next = NEXT_SPECIAL[language];
  // (a Perl file that starts with its documentation)
  if (language === 'perl' && perlDocumentationEnd(text, 0) > 0) {
    i = last = perlDocumentationEnd(text, 0);
    comments.push({ start: 0, end: i });
    out.push(blank(text.slice(0, i)));
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpecial(c, language)) {
      next.lastIndex = i + 1;
      i = next.exec(text)?.index ?? n;
      continue;
    }
    if (language === 'shell' && c === 60 /* < */ && text.charCodeAt(i + 1) === 60 && text.charCodeAt(i + 2) !== 60 && (i === 0 || text.charCodeAt(i - 1) !== 60)) {
      const m = /^<<(-?)[ \t]*(["']?)([A-Za-z_][\w-]*)\2/.exec(text.slice(i, i + 80));
      if (m) {
        heredocs.push({ delimiter: m[3] ?? '', stripTabs: m[1] === '-', quoted: (m[2] ?? '') !== '' });
        i += m[0].length;
        continue;
      }
    }
    if ((language === 'hash' || language === 'perl') && c === 60 && text.charCodeAt(i + 1) === 60) {
      const m = /^<<(?:<[ \t]*|[~-]?)(["']?)([A-Za-z_]\w*)\1/.exec(text.slice(i, i + 80));
      // Ruby's `a << B` is a shift, not a here-document: its word comes right after the `<<`
      if (m && (text.charCodeAt(i + 2) === 60 || /[~\-"'A-Z_]/.test(text[i + 2] ?? ''))) {
        heredocs.push({ delimiter: m[2] ?? '', stripTabs: false, quoted: (m[1] ?? '') === "'", indented: true });
        i += m[0].length;
        continue;
      }
      i++;
      continue;
    }
    // Ruby's block comments: `=begin` … `=end`, each at a line's start
    if (language === 'hash' && c === 10 && heredocs.length === 0 && text.startsWith('=begin', i + 1)) {
      const close = text.indexOf('\n=end', i + 1);
      const lineEnd = close < 0 ? -1 : text.indexOf('\n', close + 1);
      const end = close < 0 ? n : lineEnd < 0 ? n : lineEnd;
      flushCode(i + 1);
      comments.push({ start: i + 1, end });
      out.push(blank(text.slice(i + 1, end)));
      i = last = end;
      continue;
    }
    // Perl's documentation (`=pod`, `=head1` … `=cut`, each at a line's start) and the data after `__END__` or `__DATA__`
    if (language === 'perl' && c === 10 && heredocs.length === 0) {
      const start = i + 1;
      const end = perlDocumentationEnd(text, start);
      if (end > start) {
        flushCode(start);
        comments.push({ start, end });
        out.push(blank(text.slice(start, end)));
        i = last = end;
        continue;
      }
    }
    if (c === 10 && heredocs.length > 0) {
      flushCode(i + 1);
      let at = i + 1;
      const pending = heredocs.splice(0);
      pending.forEach((doc, index) => {
        // the body runs to the line that holds only the delimiter (or to the end of the text)
        let bodyEnd = n;
        let after = n;
        for (let lineStart = at; lineStart < n; ) {
          const nl = text.indexOf('\n', lineStart);
          const lineEnd = nl < 0 ? n : nl;
          const line = text.slice(lineStart, lineEnd);
          // (a CRLF file's line ends read as a blank before the break: `PYTHON_SCRIPT \n`)
          if ((doc.stripTabs ? line.replace(/^\t+/, '') : line).replace(/ $/, '') === doc.delimiter) {
            bodyEnd = lineStart;
            after = lineEnd;
            break;
          }
          const indent = doc.indented ? /^[ \t]*/.exec(line)?.[0].length ?? 0 : 0;
          if (doc.indented && line.startsWith(doc.delimiter, indent) && !/\w/.test(line[indent + doc.delimiter.length] ?? '')) {
            bodyEnd = lineStart;
            after = lineStart + indent + doc.delimiter.length;
            break;
          }
          if (nl < 0) break;
          lineStart = nl + 1;
        }
        strings.push({ start: at, end: bodyEnd, value: text.slice(at, bodyEnd), interpolated: !doc.quoted });
        out.push(blank(text.slice(at, bodyEnd)), text.slice(bodyEnd, after));
        at = after;
        if (index < pending.length - 1 && text.charCodeAt(at) === 10) {
          out.push('\n');
          at++;
        }
      });
      i = last = at;
      continue;
    }
    if (language === 'powershell') {
      const end = powerShellToken(text, i);
      if (end === undefined) {
        i++;
        continue;
      }
      flushCode(i);
      if (c === 34 || c === 39) {
        // a here-string's body starts on the line after `@"`; its value is that body
        const here = text.charCodeAt(i - 1) === 64 /* @ */ && /^["'][ \t]*\r?\n/.test(text.slice(i, i + 4));
        const quoteEnd = here ? end - 2 : end - 1;
        const valueStart = here ? text.indexOf('\n', i) + 1 : i + 1;
        const terminated = here ? text.startsWith(c === 34 ? '"@' : "'@", quoteEnd) : text.charCodeAt(quoteEnd) === c && quoteEnd > i;
        const valueEnd = terminated ? (here ? Math.max(valueStart, text.lastIndexOf('\n', quoteEnd)) : quoteEnd) : end;
        strings.push({ start: i, end, value: text.slice(valueStart, valueEnd), interpolated: c === 34 });
        out.push(text.slice(i, valueStart), blank(text.slice(valueStart, valueEnd)), text.slice(valueEnd, end));
      } else {
        comments.push({ start: i, end });
        out.push(blank(text.slice(i, end)));
      }
      i = last = end;
      continue;
    }
    // Lua: `--` comments, `--[[ … ]]` block comments and `[[ … ]]` long strings (`[==[ … ]==]` with as many `=`)
    if (language === 'lua' && (c === 45 || c === 91)) {
      const dashes = c === 45 && text.charCodeAt(i + 1) === 45;
      const open = /^\[(=*)\[/.exec(text.slice(dashes ? i + 2 : i, (dashes ? i + 2 : i) + 40));
      if (!dashes && !open) {
        i++;
        continue;
      }
      flushCode(i);
      const bodyStart = (dashes ? i + 2 : i) + (open ? open[0].length : 0);
      const closeAt = open ? text.indexOf(`]${open[1] ?? ''}]`, bodyStart) : -1;
      const lineEnd = text.indexOf('\n', i);
      const end = open ? (closeAt < 0 ? n : closeAt + (open[1] ?? '').length + 2) : lineEnd < 0 ? n : lineEnd;
      if (dashes) {
        comments.push({ start: i, end });
        out.push(blank(text.slice(i, end)));
      } else {
        const valueEnd = closeAt < 0 ? n : closeAt;
        strings.push({ start: i, end, value: text.slice(bodyStart, valueEnd), interpolated: false });
        out.push(text.slice(i, bodyStart), blank(text.slice(bodyStart, valueEnd)), text.slice(valueEnd, end));
      }
      i = last = end;
      continue;
    }
    // Clojure: a `;` comment runs to the line's end; a character literal (`\"`, `\;`) is no quote nor comment; Scheme's and
    // Racket's `#| … |#` comments (Clojure's `#"…"` and `#{…}` are a string and a set)
    if (language === 'lisp' && c === 35) {
      if (text.charCodeAt(i + 1) !== 124 /* | */) {
        i++;
        continue;
      }
      flushCode(i);
      const close = text.indexOf('|#', i + 2);
      const end = close < 0 ? n : close + 2;
      comments.push({ start: i, end });
      out.push(blank(text.slice(i, end)));
      i = last = end;
      continue;
    }
    if (language === 'lisp' && c !== 34) {
      // (blanked: `\)` is no bracket)
      if (c === 92) {
        flushCode(i);
        const end = Math.min(n, i + 2);
        out.push(blank(text.slice(i, end)));
        i = last = end;
        continue;
      }
      flushCode(i);
      const lineEnd = text.indexOf('\n', i);
      const end = lineEnd < 0 ? n : lineEnd;
      comments.push({ start: i, end });
      out.push(blank(text.slice(i, end)));
      i = last = end;
      continue;
    }
    // comments
    const slashes = language === 'js' || language === 'go' || language === 'c' || language === 'hash' || language === 'groovy' || language === 'ahk';
    // (PHP's `// comment` follows a blank or starts a line; Ruby's `%r{https?://}` is no comment)
    const hashComment = (language === 'hash' && c === 35 && text.charCodeAt(i + 1) !== 91) /* #[ is a PHP attribute */ || (language === 'perl' && c === 35 && !PERL_NO_COMMENT_BEFORE.test(text.slice(Math.max(0, i - 40), i)));
    const slashComment = c === 47 && text.charCodeAt(i + 1) === 47 && slashes && language !== 'ahk' && (language !== 'hash' || i === 0 || /\s/.test(text[i - 1] ?? ' '));
    // a Markdown fence left in a JavaScript file (```` ``` ```` at a line's start, pasted from a chat answer) is no
    // template literal: read as a comment, it no longer hides the rest of the file
    const markdownFence = c === 96 && language === 'js' && text.startsWith('```', i) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 40), i));
    // (Visual Basic's `'` comments; AutoHotkey's `;` after a blank or at a line's start, `x;y` being no comment)
    const lineComment = (language === 'vb' && c === 39) || (language === 'ahk' && c === 59 && (i === 0 || /\s/.test(text[i - 1] ?? '')));
    if ((c === 35 /* # */ && (language === 'python' || (language === 'shell' && (i === 0 || /\s/.test(text[i - 1] ?? ' '))))) || hashComment || slashComment || markdownFence || lineComment) {
      flushCode(i);
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      comments.push({ start: i, end });
      out.push(blank(text.slice(i, end)));
      i = last = end;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */ && slashes) {
      flushCode(i);
      // (Rust's block comments nest, `/* see /* this */ too */`: a quote after the inner close is still prose)
      let end = lineBreaking ? nestedCommentEnd(text, i) : text.indexOf('*/', i + 2);
      end = end < 0 ? n : end + 2;
      comments.push({ start: i, end });
      out.push(blank(text.slice(i, end)));
      i = last = end;
      continue;
    }
    // JavaScript's regular expression literals: their body is no code (a backtick in `/`(.+)`/g`
    // must not open a template that runs on through the file)
    if (c === 47 && language === 'js') {
      const close = regexLiteralClose(text, i);
      if (close > 0) {
        flushCode(i + 1);
        out.push(blank(text.slice(i + 1, close)));
        last = close;
        i = close + 1;
        continue;
      }
    }
    // strings
    if (c === 39 && language === 'c' && !/^'(?:[^'\\\n]|\\[^\n]{1,9}?)'/.test(text.slice(i, i + 12))) {
      i++;
      continue;
    }
    // C++'s raw strings: `R"(…)"`, `R"json(…)json"`, no escapes, lines may break (a JSON body's quotes inside)
    if (c === 34 && language === 'c' && text.charCodeAt(i - 1) === 82 /* R */ && /(?:^|[^\w$])(?:u8|[uUL])?R$/.test(text.slice(Math.max(0, i - 4), i))) {
      const open = /^"([^()\\\s"]{0,16})\(/.exec(text.slice(i, i + 19));
      if (open) {
        const valueStart = i + open[0].length;
        const close = text.indexOf(`)${open[1] ?? ''}"`, valueStart);
        const valueEnd = close < 0 ? n : close;
        const end = close < 0 ? n : close + (open[1]?.length ?? 0) + 2;
        flushCode(i);
        strings.push({ start: i, end, value: text.slice(valueStart, valueEnd), interpolated: false });
        out.push('"', blank(text.slice(i + 1, close < 0 ? end : end - 1)), close < 0 ? '' : '"');
        i = last = end;
        continue;
      }
    }
    // Rust's raw strings: `r"…"`, `r#"{"model": "…"}"#` (as many `#` to close as to open), no escapes, lines may break
    if (c === 34 && lineBreaking && (text.charCodeAt(i - 1) === 114 /* r */ || text.charCodeAt(i - 1) === 35) /* # */) {
      const open = /(?:^|[^\w$])b?r(#{0,8})$/.exec(text.slice(Math.max(0, i - 12), i));
      if (open) {
        const closer = `"${open[1] ?? ''}`;
        const close = text.indexOf(closer, i + 1);
        const end = close < 0 ? n : close + closer.length;
        flushCode(i);
        strings.push({ start: i, end, value: text.slice(i + 1, close < 0 ? n : close), interpolated: false });
        out.push('"', blank(text.slice(i + 1, close < 0 ? n : close)), close < 0 ? '' : '"', blank(text.slice(close < 0 ? n : close + 1, end)));
        i = last = end;
        continue;
      }
    }
    // C#'s verbatim strings: no escapes, `""` is a quote, lines may break
    if (c === 34 && language === 'c' && text.charCodeAt(i - 1) === 64 /* @ */) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          j = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          j = q + 2;
          continue;
        }
        j = q;
        break;
      }
      flushCode(i);
      const end = Math.min(n, j + 1);
      strings.push({ start: i, end, value: text.slice(i + 1, j), interpolated: false });
      out.push('"', blank(text.slice(i + 1, j)), j < n ? '"' : '');
      i = last = end;
      continue;
    }
    if (c === 34 /* " */ || c === 39 /* ' */ || (c === 96 /* ` */ && (language === 'js' || language === 'go'))) {
      let prefixStart = i;
      let interpolated = c === 96 && language === 'js';
      // Go's backquoted strings are raw; a JavaScript template literal escapes its backquotes (`\``) like any string
      let raw = c === 96 && language === 'go';
      if (language === 'python') {
        // string prefixes such as f, rb, Rf directly before the quote
        let p = i;
        while (p > 0 && isStringPrefix(text.charCodeAt(p - 1)) && p > i - 2) p--;
        if (p < i && (p === 0 || !/[\w]/.test(text[p - 1] ?? ''))) {
          const prefix = text.slice(p, i).toLowerCase();
          interpolated = prefix.includes('f');
          raw = prefix.includes('r');
          prefixStart = p;
        }
      }
      if ((language === 'shell' && c === 39) || language === 'ahk' || language === 'vb') raw = true;
      const triple = (language === 'python' || language === 'groovy' || (language === 'c' && c === 34)) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      // C#'s interpolated strings: `$"{cfg["Endpoint"]}/…"`, a hole may hold quotes; `{{` is a brace
      // (not its raw `$$"""…"""` strings, whose single braces are text: an unbalanced one would run on)
      const csharpHoles = language === 'c' && c === 34 && !triple && text.charCodeAt(i - 1) === 36 /* $ */;
      if (csharpHoles) interpolated = true;
      const quoteLength = triple ? 3 : 1;
      const quote = text.slice(i, i + quoteLength);
      let j = i + quoteLength;
      let depth = 0;
      let firstNewline: number | undefined;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */ && !raw) {
          j += 2;
          continue;
        }
        if (d === 92 && raw && language === 'python') {
          j += 2;
          continue;
        }
        // (Visual Basic doubles a quote inside a string: `"{""model"": ""gpt-4o""}"`)
        if (d === 34 && language === 'vb' && text.charCodeAt(j + 1) === 34) {
          j += 2;
          continue;
        }
        // (AutoHotkey escapes with a backquote: `"He said \`"hi\`""`)
        if (d === 96 && language === 'ahk') {
          j += 2;
          continue;
        }
        // a shell command substitution in double quotes has quoting of its own: `"$(curl -d "$BODY" …)"`
        // (after one that never closes, none is looked for again within the stretch it scanned:
        // many would be quadratic)
        if (language === 'shell' && c === 34 && d === 36 && text.charCodeAt(j + 1) === 40 && j >= substitutionScannedTo) {
          const close = shellSubstitutionEnd(text, j + 1);
          if (close > 0) {
            j = close + 1;
            continue;
          }
          substitutionScannedTo = j + 1 + SUBSTITUTION_SPAN;
        }
        if (interpolated && language === 'js' && d === 36 && text.charCodeAt(j + 1) === 123) {
          depth++;
          j += 2;
          continue;
        }
        // Python 3.12's f-strings may reuse their quote inside a replacement field: `f'{base.rstrip('/')}/chat/completions'`
        // (a doubled `{{` is a brace)
        if (interpolated && language === 'python' && d === 123) {
          if (depth === 0 && text.charCodeAt(j + 1) === 123) j += 2;
          else {
            depth++;
            j++;
          }
          continue;
        }
        // (a string inside a replacement field is the expression's, its braces and quotes none of the f-string's: `{'{'}`, `{x['k']}`)
        if (interpolated && language === 'python' && depth > 0 && (d === 34 || d === 39)) {
          const close = text.indexOf(String.fromCharCode(d), j + 1);
          const lineEnd = text.indexOf('\n', j + 1);
          if (close > 0 && (lineEnd < 0 || close < lineEnd)) {
            j = close + 1;
            continue;
          }
        }
        if (csharpHoles && d === 123) {
          if (depth === 0 && text.charCodeAt(j + 1) === 123) j += 2;
          else {
            depth++;
            j++;
          }
          continue;
        }
        if (depth > 0 && d === 125) {
          depth--;
          j++;
          continue;
        }
        // the quote's first character, compared as a code: a call per character was the lexer's hot spot
        if (depth === 0 && d === c && (!triple || (text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === c))) break;
        // (Clojure's strings break lines as they please: a prompt over several)
        if (d === 10 && !triple && c !== 96 && language !== 'shell' && language !== 'lisp') {
          // PHP's and Ruby's strings may break lines (a JSON body in `CURLOPT_POSTFIELDS => '{…}'`): within
          // a bounded stretch, so that an apostrophe in a PHP file's HTML does not swallow the code after it
          // (only a string that starts where code puts a value: after `=`, `=>`, `(`, `,`, `.` or `[`, a double-quoted one
          // also after a ternary's `?` or a `return` (not after `:`, which also closes a Ruby prompt's last line); an
          // apostrophe after a letter is prose)
          if (!(lineBreaking && c === 34) && ((language !== 'hash' && language !== 'perl') || !(c === 34 ? /(?:[=>(,.[?]|\breturn)[ \t]*$/ : /[=>(,.[][ \t]*$/).test(text.slice(Math.max(0, i - 40), i)))) break; // unterminated single-line string
          firstNewline ??= j;
          if (j - i > MULTILINE_STRING_SPAN) {
            j = firstNewline;
            break;
          }
        }
        j++;
      }
      if (firstNewline !== undefined && !text.startsWith(quote, j)) j = firstNewline;
      const terminated = text.startsWith(quote, j);
      const end = Math.min(n, terminated ? j + quoteLength : j);
      const innerEnd = terminated ? end - quoteLength : end;
      flushCode(i);
      const value = text.slice(i + quoteLength, innerEnd);
      strings.push({ start: prefixStart, end, value, interpolated });
      out.push(quote, blank(value), terminated ? quote : '');
      i = last = end;
      continue;
    }
    i++;
  }
  flushCode(n);
  return { code: out.join(''), strings, comments };
}

/** Where Perl's documentation (`=head1` … `=cut`) or data (after `__END__`, `__DATA__`) that starts a line at `start` ends; `start` for none. */
function perlDocumentationEnd(text: string, start: number): number {
  if (!/^(?:=[A-Za-z]|__(?:END|DATA)__\b)/.test(text.slice(start, start + 9))) return start;
  const close = text[start] === '=' ? text.indexOf('\n=cut', start) : -1;
  const lineEnd = close < 0 ? -1 : text.indexOf('\n', close + 1);
  return close < 0 || lineEnd < 0 ? text.length : lineEnd;
}

/** A `#` that opens no Perl comment: `$#array`, `$#{…}`, a quote-like operator's delimiter (`m#^https?://#`, `qw#a b#`). */
const PERL_NO_COMMENT_BEFORE = /(?:\$|(?<![\w$@%])(?:m|s|q[qwr]?|tr|y)[ \t]*)$/;

/** How far a PHP or Ruby string may run over lines before it is read as unterminated at its first line's end. */
const MULTILINE_STRING_SPAN = 4000;

/** Where the closer of the block comment opened at `open` starts, counting the comments nested in it (Rust's): -1 when none closes it. */
function nestedCommentEnd(text: string, open: number): number {
  let depth = 1;
  let at = open + 2;
  // (each next opener and closer searched once from where the last was: linear in the comment's length)
  let nextOpen = text.indexOf('/*', at);
  for (;;) {
    const close = text.indexOf('*/', at);
    if (close < 0) return -1;
    while (nextOpen >= 0 && nextOpen < at) nextOpen = text.indexOf('/*', at);
    if (nextOpen >= 0 && nextOpen < close) {
      depth++;
      at = nextOpen + 2;
      continue;
    }
    if (--depth === 0) return close;
    at = close + 2;
  }
}

/** Line starts of a text, for offset → position conversion. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf finds the next newline far faster than a loop over every character
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - (starts[lo] ?? 0) };
}

/** Longest argument list read for one call; found by fuzzing unbalanced files. */
export const MAX_BRACKET_SPAN = 20_000;

/** The `(` that the `)` at `close` closes in blanked code, searching back at most `maxLength` characters; -1 when it is another bracket or none. */
export function matchingOpen(code: string, close: number, maxLength = 2000): number {
  let depth = 0;
  for (let i = close; i >= 0 && close - i < maxLength; i--) {
    const c = code.charCodeAt(i);
    if (c === 41 || c === 93 || c === 125) depth++;
    else if (c === 40 || c === 91 || c === 123) {
      depth--;
      if (depth === 0) return c === 40 ? i : -1;
    }
  }
  return -1;
}

/** Offset just past the bracket that closes the one at `open` in blanked code, or -1. */
export function matchingBracket(code: string, open: number, maxLength = MAX_BRACKET_SPAN): number {
  const indexed = bracketIndexFor(code);
  if (indexed && isOpener(code.charCodeAt(open))) {
    const close = indexed[open] ?? -1;
    return close > 0 && close - 1 < open + maxLength ? close : -1;
  }
  // closing character codes expected, innermost last: `)` 41, `]` 93, `}` 125
  const stack: number[] = [];
  // Unbalanced code would otherwise make every call scan to the end of the file (quadratic time).
  const end = Math.min(code.length, open + maxLength);
  let i = open;
  for (; i < end; i++) {
    const c = code.charCodeAt(i);
    if (c === 40) stack.push(41);
    else if (c === 91) stack.push(93);
    else if (c === 123) stack.push(125);
    else if (c === 41 || c === 93 || c === 125) {
      if (stack.pop() !== c) break;
      if (stack.length === 0) return spend(code, i - open, i + 1);
    }
  }
  return spend(code, i - open, -1);
}

const isOpener = (c: number): boolean => c === 40 || c === 91 || c === 123;

/*
 * Unclosed calls (a file cut short, thousands of `client.post("…",` in a row) make every read of a
 * call scan MAX_BRACKET_SPAN characters, and a file's rules read each call several times. Once the
 * scans of texts of one length add up to a few times that length, one pass finds every bracket's
 * closer of the text read then, and later reads of that text look it up. Texts are told apart by
 * their length and a few sampled characters before their whole content is compared (the lexed code
 * and the comment-free text of one file have one length and often a long common start). The lexed
 * code and the comment-free text of one file can both be kept; `releaseBracketIndexes` lets them go.
 */
const INDEXED_TEXTS = 2;
const indexedTexts: Array<{ text: string; closes: Int32Array }> = [];
/** Characters scanned per text length, for the last few lengths read (callers alternate between texts of a file). */
const spentByLength = new Map<number, number>();
const COUNTED_LENGTHS = 8;

/** Drops the kept indexes and counts (a file's analysis is done). */
export function releaseBracketIndexes(): void {
  indexedTexts.length = 0;
  spentByLength.clear();
}

function bracketIndexFor(code: string): Int32Array | undefined {
  for (const entry of indexedTexts) if (sameText(entry.text, code)) return entry.closes;
  return undefined;
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const step = Math.max(1, Math.floor(a.length / 16));
  for (let i = a.length - 1; i >= 0; i -= step) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return a === b;
}

function spend(code: string, characters: number, result: number): number {
  const spent = (spentByLength.get(code.length) ?? 0) + characters;
  if (spent > 4 * code.length + 100_000) {
    spentByLength.delete(code.length);
    indexedTexts.unshift({ text: code, closes: bracketCloses(code) });
    indexedTexts.length = Math.min(indexedTexts.length, INDEXED_TEXTS);
    return result;
  }
  if (!spentByLength.has(code.length) && spentByLength.size >= COUNTED_LENGTHS) spentByLength.delete(spentByLength.keys().next().value as number);
  spentByLength.set(code.length, spent);
  return result;
}

/**
 * For each opening bracket, the offset just past its closer, or -1: what matchingBracket finds
 * from it with no length bound. A closer of the wrong kind ends every bracket still open (a scan
 * from any of them meets it before its own closer).
 */
function bracketCloses(code: string): Int32Array {
  const closes = new Int32Array(code.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (isOpener(c)) open.push(i);
    else if (c === 41 || c === 93 || c === 125) {
      if (open.length === 0) continue;
      const top = open[open.length - 1] as number;
      if (code.charCodeAt(top) === (c === 41 ? 40 : c - 2)) {
        open.pop();
        closes[top] = i + 1;
      } else open.length = 0;
    }
  }
  return closes;
}

/** A list's items (a call's arguments, a def's parameters) split at its own commas, not those inside brackets. */
export function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 0) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts;
}

/** The innermost bracket still open at `offset` in blanked code, looked for back to `from` over balanced brackets; -1 when none. */
export function openBracketBefore(code: string, offset: number, from: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= from; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** splitTopLevel's items of `code` between `from` and `to`, as offsets into `code`, blanks trimmed and empty items left out. */
export function splitTopLevelRanges(code: string, from: number, to: number): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let at = from;
  for (const part of splitTopLevel(code.slice(from, to))) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed !== '') ranges.push({ start: at + lead, end: at + lead + trimmed.length });
    at += part.length + 1;
  }
  return ranges;
}

/**
 * Where a `def` body ends: the next non-blank line indented no deeper than the `def`, searched
 * from the end of its parameter list (black puts a long signature's `) -> T:` at the `def`'s indent).
 */
/** Words after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

/**
 * The offset of the closing `/` of a regular expression literal that opens at `open`, or -1 when
 * the `/` there is a division (read from what precedes it) or nothing closes it on its line.
 */
function regexLiteralClose(text: string, open: number): number {
  let p = open - 1;
  while (p >= 0 && /\s/.test(text.charAt(p))) p--;
  const before = p < 0 ? '' : text.charAt(p);
  if (/[\w$]/.test(before)) {
    let w = p;
    while (w >= 0 && /[\w$]/.test(text.charAt(w))) w--;
    if (!BEFORE_REGEX_WORDS.has(text.slice(w + 1, p + 1))) return -1;
  } else if (before !== '' && !'(,=:[!&|?{};+-*%<>~^'.includes(before)) return -1;
  let inClass = false;
  // bounded: a long minified line of `(/[` must not be scanned to its end from every slash
  for (let j = open + 1, stop = Math.min(text.length, open + 2000); j < stop; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 10 || ch === 13) return -1;
    if (ch === 92 /* \ */) j++;
    else if (ch === 91 /* [ */) inClass = true;
    else if (ch === 93 /* ] */) inClass = false;
    else if (ch === 47 /* / */ && !inClass) return j === open + 1 ? -1 : j;
  }
  return -1;
}

/** The pattern of a line indented at most `indent`, one per indent (a file asks for the same few thousands of times). */
const lineAtMostIndented = new Map<number, RegExp>();

export function pythonBlockEnd(code: string, paramsOpen: number, indent: number): number {
  let next = lineAtMostIndented.get(indent);
  if (!next) lineAtMostIndented.set(indent, (next = new RegExp(`\\n[ \\t]{0,${indent}}(?=[^ \\t\\n])`, 'g')));
  // bounded: an unclosed parameter list must not cost a 20,000-character scan per `def`
  // (a header with no brackets, `class Base:`, `if ready:`, ends on its own line: a bracket further on is another statement's)
  const opens = code.charCodeAt(paramsOpen);
  const paramsClose = opens === 40 || opens === 91 || opens === 123 ? matchingBracket(code, paramsOpen, 2000) : -1;
  const firstLineEnd = code.indexOf('\n', paramsClose < 0 ? paramsOpen : paramsClose);
  if (firstLineEnd < 0) return code.length;
  next.lastIndex = firstLineEnd;
  // a line that closes a bracket at the margin (`)` ending a call spread over lines) continues a
  // statement, whatever its indent, and so does one that closes a string written flush left (a prompt's closing `"""`,
  // a dict's keys inside its braces): only a line that starts something new ends the block
  for (let m = next.exec(code); m; m = next.exec(code)) {
    const first = code.charCodeAt(m.index + m[0].length);
    if (first !== 41 && first !== 93 && first !== 125 && first !== 34 && first !== 39) return m.index;
  }
  return code.length;
}

/**
 * PowerShell: where the comment or string starting at `i` ends, or undefined when nothing starts
 * there (`<` that opens no `<#`, `#` inside a word). Strings may span lines; an unterminated one
 * runs to the end of the text, as PowerShell reads it.
 */
function powerShellToken(text: string, i: number): number | undefined {
  const c = text.charCodeAt(i);
  const n = text.length;
  if (c === 60 /* < */) {
    if (text.charCodeAt(i + 1) !== 35) return undefined;
    const close = text.indexOf('#>', i + 2);
    return close < 0 ? n : close + 2;
  }
  if (c === 35 /* # */) {
    // `#` starts a comment where a token may start (`a#b` is one word)
    if (i > 0 && !/[\s;|({}]/.test(text[i - 1] ?? ' ')) return undefined;
    const nl = text.indexOf('\n', i);
    return nl < 0 ? n : nl;
  }
  // here-strings: `@"` or `@'` ending its line, closed by `"@` / `'@` at a line start
  if (text.charCodeAt(i - 1) === 64 /* @ */ && /^["'][ \t]*\r?\n/.test(text.slice(i, i + 4))) {
    const closer = new RegExp(`\\n[ \\t]*${c === 34 ? '"' : "'"}@`, 'g');
    closer.lastIndex = i;
    const m = closer.exec(text);
    return m ? m.index + m[0].length : n;
  }
  for (let j = i + 1; j < n; j++) {
    const d = text.charCodeAt(j);
    // a backtick escapes the next character in double quotes
    if (d === 96 && c === 34) {
      j++;
      continue;
    }
    // a subexpression in double quotes may hold quotes of its own: `"$($a.Replace("x", "y"))"`
    if (d === 36 && c === 34 && text.charCodeAt(j + 1) === 40) {
      let depth = 0;
      let k = j + 1;
      for (; k < n && k < j + 2000; k++) {
        const e = text.charCodeAt(k);
        if (e === 40) depth++;
        else if (e === 41 && --depth === 0) break;
      }
      j = k;
      continue;
    }
    if (d === c) {
      // a doubled quote is one quote character
      if (text.charCodeAt(j + 1) === c) {
        j++;
        continue;
      }
      return j + 1;
    }
  }
  return n;
}

/**
 * Shell: the `)` closing the command substitution whose `(` is at `open`, skipping quoted text and
 * nested substitutions inside it; -1 when it does not close within SUBSTITUTION_SPAN characters.
 */
function shellSubstitutionEnd(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + SUBSTITUTION_SPAN);
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i;
    else if (c === 39 /* ' */) {
      const q = text.indexOf("'", i + 1);
      if (q < 0 || q >= end) return -1;
      i = q;
    } else if (c === 34 /* " */) {
      // a nested double-quoted string, itself maybe holding substitutions
      let k = i + 1;
      for (; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d === 92) k++;
        else if (d === 36 && text.charCodeAt(k + 1) === 40) {
          const inner = shellSubstitutionEnd(text, k + 1);
          if (inner < 0) return -1;
          k = inner;
        } else if (d === 34) break;
      }
      if (k >= end) return -1;
      i = k;
    }
  }
  return -1;
}

/** Longest command substitution read inside a double-quoted shell string. */
const SUBSTITUTION_SPAN = 20_000;
