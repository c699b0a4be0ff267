/**
 * Where each word (a run of `\w`) of a text starts, for questions asked of one text about many names.
 * A search of the whole text per name is quadratic in a file of thousands of configured clients
 * (40,000 `axios.create({ baseURL: cfgN })` lines took minutes); reading every word costs about as much as
 * a few dozen such searches, so the index is built only once a text has been asked about that many names.
 */
const NAMES_BEFORE_INDEXING = 24;

interface Asked {
  readonly text: string;
  names: number;
  starts?: Map<string, number[]>;
}

/** The last few texts asked about: one file's analysis alternates between its text and copies (comments blanked). */
const recent: Asked[] = [];

/** The index for a text asked about many names, or undefined while a search of the whole text is the cheaper answer. */
export function wordStartsOnceAskedOften(text: string): ReadonlyMap<string, readonly number[]> | undefined {
  let asked = recent.find((a) => a.text === text);
  if (!asked) {
    asked = { text, names: 0 };
    recent.unshift(asked);
    recent.length = Math.min(recent.length, 4);
  }
  if (asked.starts) return asked.starts;
  if (++asked.names <= NAMES_BEFORE_INDEXING) return undefined;
  asked.starts = wordStarts(text);
  return asked.starts;
}

export function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const word of text.matchAll(/\w+/g)) {
    const at = starts.get(word[0]);
    if (at) at.push(word.index);
    else starts.set(word[0], [word.index]);
  }
  return starts;
}

/**
 * How many matches a sticky pattern that starts with the name has at the name's starts, counted as a
 * global search would (a match inside an earlier one is not counted).
 */
export function countAtStarts(text: string, starts: readonly number[], sticky: RegExp): number {
  let count = 0;
  let readTo = 0;
  for (const at of starts) {
    if (at < readTo) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    count++;
    readTo = at + m[0].length;
  }
  return count;
}

/**
 * A pattern's matches found by reading only the lines that hold one of a name's starts, as one search of
 * the whole text would find them. The pattern must match within one line (but for a template literal
 * it opens there) and be neither global nor sticky; `at` is the match's offset in the text.
 */
export function matchesOnLinesOf(text: string, starts: readonly number[], pattern: RegExp): { at: number; m: RegExpExecArray }[] {
  const found: { at: number; m: RegExpExecArray }[] = [];
  let readTo = 0;
  let lastLine = -1;
  for (const start of starts) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // (a line after a match's template literal is part of that match, as in a global search)
    if (lineStart === lastLine || lineStart < readTo) continue;
    lastLine = lineStart;
    const lineEnd = endOfLine(text, lineStart);
    const tick = text.slice(lineStart, lineEnd).includes('`') ? text.indexOf('`', lineEnd) : -1;
    const m = pattern.exec(text.slice(lineStart, tick < 0 ? lineEnd : endOfLine(text, tick)));
    if (!m || m.index >= lineEnd - lineStart) continue;
    found.push({ at: lineStart + m.index, m });
    readTo = lineStart + m.index + m[0].length;
  }
  return found;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}
