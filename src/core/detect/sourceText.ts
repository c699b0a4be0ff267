import type { Range } from '../model';
import type { Lexed } from './lexer';
import { lineStarts, positionAt } from './lexer';

/** One file's text with comments blanked, and offset → position conversion. */
export interface SourceText {
  text: string;
  /** The text with comments replaced by spaces (strings intact), same offsets. */
  noComments: string;
  range(start: number, end: number): Range;
}

export function sourceText(text: string, lexed: Lexed): SourceText {
  let noComments = text;
  if (lexed.comments.length > 0) {
    const parts: string[] = [];
    let last = 0;
    for (const c of lexed.comments) {
      parts.push(text.slice(last, c.start), text.slice(c.start, c.end).replace(/[^\n]/g, ' '));
      last = c.end;
    }
    parts.push(text.slice(last));
    noComments = parts.join('');
  }
  const starts = lineStarts(text);
  return {
    text,
    noComments,
    range: (start, end) => ({ start: positionAt(starts, start), end: positionAt(starts, end) }),
  };
}
