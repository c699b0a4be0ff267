import type { Lexed, StringLiteral } from './lexer';
import { blank } from './lexer';
import { escapeRe } from './escapeRe';

/**
 * The strings and comments of a language the URL-only reader reads, as a table (Haskell, F#, Pascal and Delphi, MATLAB,
 * Nim, Zig, OCaml): enough to tell an API URL in a string from one in a comment, without a lexer of their own each.
 */
interface Syntax {
  /** Line comments' openers: `--`, `//`, `%`. */
  lineComments: readonly string[];
  /** Block comments' openers and closers: `{-` `-}`, `(*` `*)`, `{` `}`. */
  blockComments: ReadonlyArray<readonly [string, string]>;
  /** Strings: `"…"` with backslash escapes, Pascal's `'…'` with a doubled quote inside, F#'s `"""…"""` over lines. */
  strings: ReadonlyArray<{ open: string; close: string; escape: 'backslash' | 'doubled' | 'none'; overLines: boolean }>;
  /** Whether block comments nest (Haskell's `{- {- -} -}`, F#'s `(* (* *) *)`). */
  nestedBlocks?: boolean;
  /** Whether a block comment's opener and closer stand alone on their lines (MATLAB's `%{`, `%}`). */
  aloneOnLine?: boolean;
  /** Whether the opener at `at` opens here (a Haskell prime `x'` or a MATLAB transpose `a'` opens no string). */
  opensAt?(text: string, at: number, opener: string): boolean;
}

/** A character literal (`'x'`, `'\n'`) after no name: Haskell's `x'` and F#'s `'a` type variables are names. */
const CHARACTER = /^'(?:[^'\\\n]|\\[^'\n]{1,8})'/;
const isCharacterLiteral = (text: string, at: number): boolean => !/[\w']/.test(text[at - 1] ?? '') && CHARACTER.test(text.slice(at, at + 12));
/** opensAt for a language whose only doubtful opener is `'`: it opens a character literal only (Nim's `1'u8`, OCaml's `'a` are none). */
const quoteOpensCharacter = (text: string, at: number, opener: string): boolean => opener !== "'" || isCharacterLiteral(text, at);
/** A Haskell operator's characters: `-->` and `|--` are operators, not comments. */
const HASKELL_SYMBOL = /[!#$%&*+./<=>?@\\^|~:-]/;

export type TableLanguage = 'haskell' | 'fsharp' | 'pascal' | 'matlab' | 'nim' | 'zig' | 'ocaml';

const SYNTAX: Record<TableLanguage, Syntax> = {
  haskell: {
    lineComments: ['--'],
    blockComments: [['{-', '-}']],
    nestedBlocks: true,
    strings: [
      { open: '"', close: '"', escape: 'backslash', overLines: false },
      { open: "'", close: "'", escape: 'backslash', overLines: false },
    ],
    opensAt: (text, at, opener) => {
      if (opener === "'") return isCharacterLiteral(text, at);
      if (opener !== '--') return true;
      let end = at + 2;
      while (text[end] === '-') end++;
      return !HASKELL_SYMBOL.test(text[end] ?? ' ') && !HASKELL_SYMBOL.test(text[at - 1] ?? ' ');
    },
  },
  fsharp: {
    lineComments: ['//'],
    blockComments: [['(*', '*)']],
    nestedBlocks: true,
    strings: [
      { open: '"""', close: '"""', escape: 'none', overLines: true },
      { open: '@"', close: '"', escape: 'doubled', overLines: true },
      { open: '"', close: '"', escape: 'backslash', overLines: true },
      { open: "'", close: "'", escape: 'backslash', overLines: false },
    ],
    // (`(*)` is the multiplication operator)
    opensAt: (text, at, opener) => (opener === "'" ? isCharacterLiteral(text, at) : opener !== '(*' || text[at + 2] !== ')'),
  },
  pascal: {
    lineComments: ['//'],
    blockComments: [
      ['(*', '*)'],
      ['{', '}'],
    ],
    strings: [{ open: "'", close: "'", escape: 'doubled', overLines: false }],
  },
  matlab: {
    // (`...` continues a line: what follows it is a comment)
    lineComments: ['%', '...'],
    blockComments: [['%{', '%}']],
    aloneOnLine: true,
    strings: [
      { open: "'", close: "'", escape: 'doubled', overLines: false },
      { open: '"', close: '"', escape: 'doubled', overLines: false },
    ],
    // (`a'`, `x(1)'`, `b.'` transpose: a quote right after a value opens no string)
    opensAt: (text, at, opener) => (opener === '%{' ? aloneOnLine(text, at, 2) : opener !== "'" || !/[\w)\]}'.]/.test(text[at - 1] ?? ' ')),
  },
  nim: {
    // (`##[ … ]##` documents, `#[ … ]#` comments out, both nest)
    lineComments: ['#'],
    blockComments: [
      ['##[', ']##'],
      ['#[', ']#'],
    ],
    nestedBlocks: true,
    strings: [
      { open: '"""', close: '"""', escape: 'none', overLines: true },
      { open: '"', close: '"', escape: 'backslash', overLines: false },
      { open: "'", close: "'", escape: 'backslash', overLines: false },
    ],
    // (`1'u8` is a typed number, no character)
    opensAt: quoteOpensCharacter,
  },
  zig: {
    lineComments: ['//'],
    blockComments: [],
    strings: [
      // (a multiline string: each of its lines opens with `\\` and runs to the line's end)
      { open: '\\\\', close: '\n', escape: 'none', overLines: false },
      { open: '"', close: '"', escape: 'backslash', overLines: false },
      { open: "'", close: "'", escape: 'backslash', overLines: false },
    ],
    opensAt: quoteOpensCharacter,
  },
  ocaml: {
    lineComments: [],
    blockComments: [['(*', '*)']],
    nestedBlocks: true,
    strings: [
      // (a quoted string, `{|…|}`: no escapes, over lines)
      { open: '{|', close: '|}', escape: 'none', overLines: true },
      { open: '"', close: '"', escape: 'backslash', overLines: true },
      { open: "'", close: "'", escape: 'backslash', overLines: false },
    ],
    // (`'a` is a type variable, no character)
    opensAt: quoteOpensCharacter,
  },
};

/** Whether a language's strings and comments are read by a table here. */
export function isTableLanguage(language: string): language is TableLanguage {
  return Object.hasOwn(SYNTAX, language);
}

/** Whether the `length` characters at `at` stand alone on their line, but for blanks. */
function aloneOnLine(text: string, at: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  return /^[ \t]*$/.test(text.slice(Math.max(lineStart, at - 200), at)) && /^[ \t\r]*$/.test(text.slice(at + length, lineEnd < 0 ? Math.min(text.length, at + 200) : Math.min(lineEnd, at + 200)));
}

/** Where the block comment whose body starts at `from` closes (the closer's offset), -1 when it does not; nested ones counted. */
function blockClose(text: string, from: number, open: string, close: string, nested: boolean, alone: boolean): number {
  let depth = 1;
  // (the next opener and closer, each searched for once from where the last was: many openers before one closer stay linear)
  let openAt = nested ? text.indexOf(open, from) : -1;
  let closeAt = text.indexOf(close, from);
  while (closeAt >= 0) {
    if (openAt >= 0 && openAt < closeAt) {
      depth++;
      openAt = text.indexOf(open, openAt + open.length);
      continue;
    }
    const found = closeAt;
    closeAt = text.indexOf(close, found + close.length);
    if (alone && !aloneOnLine(text, found, close.length)) continue;
    if (--depth === 0) return found;
  }
  return -1;
}

/** Each table's openers as one pattern, longest first (`"""` before `"`, `%{` before `%`). */
const OPENERS = new Map<TableLanguage, RegExp>();
function openersOf(language: TableLanguage): RegExp {
  let pattern = OPENERS.get(language);
  if (!pattern) {
    const syntax = SYNTAX[language];
    const all = [...syntax.lineComments, ...syntax.blockComments.map(([open]) => open), ...syntax.strings.map((s) => s.open)];
    pattern = new RegExp(all.sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'g');
    OPENERS.set(language, pattern);
  }
  return pattern;
}

/** Where a string that opens at `from` (past its opener) closes: the closer's offset, or where an unclosed one stops. */
function stringClose(text: string, from: number, form: Syntax['strings'][number]): { close: number; closed: boolean } {
  const first = form.close.charCodeAt(0);
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92 /* \ */ && form.escape === 'backslash') {
      j++;
      continue;
    }
    if (c === 10 && !form.overLines) return { close: j, closed: false };
    if (c !== first || !text.startsWith(form.close, j)) continue;
    if (form.escape === 'doubled' && text.startsWith(form.close, j + form.close.length)) {
      j += form.close.length * 2 - 1;
      continue;
    }
    return { close: j, closed: true };
  }
  return { close: text.length, closed: false };
}

/** The text's code (comments and string contents blanked, every offset kept), its strings and its comments, read by the table. */
export function lexByTable(text: string, language: TableLanguage): Lexed {
  const syntax = SYNTAX[language];
  const openers = openersOf(language);
  const out: string[] = [];
  const strings: StringLiteral[] = [];
  const comments: Array<{ start: number; end: number }> = [];
  let last = 0;
  openers.lastIndex = 0;
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const at = m.index;
    let opener = m[0];
    if (syntax.opensAt && !syntax.opensAt(text, at, opener)) {
      // (an opener that does not open here may start a shorter one that does: MATLAB's `%{` within a line is a `%` comment)
      const rejected = opener;
      const shorter = syntax.lineComments.find((o) => o.length < rejected.length && rejected.startsWith(o));
      if (shorter === undefined) {
        // (past the whole run of the opener's character: a rejected `--` in a line of 20,000 dashes is not tried again at each)
        let next = at + 1;
        while (next < text.length && text[next] === rejected[0]) next++;
        openers.lastIndex = rejected.length > 1 ? next : at + 1;
        continue;
      }
      opener = shorter;
    }
    const block = syntax.blockComments.find(([open]) => open === opener);
    const form = syntax.strings.find((s) => s.open === opener);
    out.push(text.slice(last, at));
    let end: number;
    if (syntax.lineComments.includes(opener) || block || !form) {
      const close = block ? blockClose(text, at + opener.length, block[0], block[1], syntax.nestedBlocks === true, syntax.aloneOnLine === true) : text.indexOf('\n', at);
      end = close < 0 ? text.length : close + (block ? block[1].length : 0);
      comments.push({ start: at, end });
      out.push(blank(text.slice(at, end)));
    } else {
      const { close, closed } = stringClose(text, at + opener.length, form);
      end = closed ? close + form.close.length : close;
      strings.push({ start: at, end, value: text.slice(at + opener.length, close), interpolated: false });
      out.push(opener, blank(text.slice(at + opener.length, close)), closed ? form.close : '');
    }
    last = end;
    openers.lastIndex = Math.max(end, at + 1);
  }
  out.push(text.slice(last));
  return { code: out.join(''), strings, comments };
}
