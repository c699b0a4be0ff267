import type { Range } from '../model';
import type { Lexed } from './lexer';
import { blank, lineStarts, positionAt } from './lexer';

/** One file's text with comments blanked, and offset → position conversion. */
export interface SourceText {
  text: string;
  /** The text with comments replaced by spaces (strings intact), same offsets. */
  readonly noComments: string;
  range(start: number, end: number): Range;
}

/** Both views are built on first use: most files that pass the prefilter never need them. */
export function sourceText(text: string, lexed: Lexed): SourceText {
  let noComments: string | undefined;
  let starts: number[] | undefined;
  return {
    text,
    get noComments(): string {
      noComments ??= withoutComments(text, lexed);
      return noComments;
    },
    range: (start, end) => {
      starts ??= lineStarts(text);
      return { start: positionAt(starts, start), end: positionAt(starts, end) };
    },
  };
}

function withoutComments(text: string, lexed: Lexed): string {
  if (lexed.comments.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const c of lexed.comments) {
    parts.push(text.slice(last, c.start), blank(text.slice(c.start, c.end)));
    last = c.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Windows line ends read as the detector's patterns expect: a `\r` before each `\n` would defeat
 * every line-end and indentation pattern, so it is read as a space (offsets, lines and columns stay).
 */
export function withUnixLineEnds(text: string): string {
  // (an old Mac file ends its lines with a lone `\r`, which editors count as a line break too)
  return text.includes('\r') ? text.replace(/\r\n?/g, (end) => (end.length === 2 ? ' \n' : '\n')) : text;
}
