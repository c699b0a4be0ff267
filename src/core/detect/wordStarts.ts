import { countBelow } from './sorted';

/**
 * Where each word (a run of `\w`) of a text starts, for questions asked of one text about many names.
 * A search of the whole text per name is quadratic in a file of thousands of configured clients
 * (40,000 `axios.create({ baseURL: cfgN })` lines took minutes); reading every word costs about as much as
 * a few dozen such searches, so the index is built only once a text has been asked about that many names.
 */
const NAMES_BEFORE_INDEXING = 24;

export interface WordIndex {
  /** Each word's starts, in order. */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** Where the line holding `at` ends (its `\n`, or the text's end), found without reading the line. */
  lineEnd(at: number): number;
}

interface Asked {
  readonly text: string;
  /** Questions asked of the text so far (a few a name: its assignments, whether it is a parameter, …). */
  names: number;
  index?: WordIndex;
}

/** The last few texts asked about: one file's analysis may ask of its text and of copies (comments blanked). */
const TEXTS_KEPT = 4;
const recent: Asked[] = [];

/** The index for a text asked about many names, or undefined while a search of the whole text is the cheaper answer. */
export function wordIndexOnceAskedOften(text: string): WordIndex | undefined {
  let asked = recent.find((a) => a.text === text);
  if (!asked) {
    asked = { text, names: 0 };
    recent.unshift(asked);
    recent.length = Math.min(recent.length, TEXTS_KEPT);
  }
  if (asked.index) return asked.index;
  if (++asked.names <= NAMES_BEFORE_INDEXING) return undefined;
  asked.index = wordIndex(text);
  return asked.index;
}

function wordIndex(text: string): WordIndex {
  const words = new Map<string, number[]>();
  for (const word of text.matchAll(/\w+/g)) {
    const at = words.get(word[0]);
    if (at) at.push(word.index);
    else words.set(word[0], [word.index]);
  }
  // (a long line asked about at many places is read once: each search back for its start was the line's length)
  let newlines: number[] | undefined;
  const lineEnd = (at: number): number => {
    newlines ??= [...text.matchAll(/\n/g)].map((m) => m.index);
    return newlines[countBelow(newlines, at)] ?? text.length;
  };
  return { words, lineEnd };
}

/**
 * A sticky pattern's matches at the given offsets (where a name starts), as a global search for the pattern with what
 * comes before the name as part of the match would find them: one a line, the first; `lineEnd` is where that line ends
 * (or, for a match that runs on, the line it ends on).
 */
export function matchesAt(text: string, index: WordIndex, offsets: readonly number[], sticky: RegExp): { at: number; m: RegExpExecArray; lineEnd: number }[] {
  const found: { at: number; m: RegExpExecArray; lineEnd: number }[] = [];
  let readTo = 0;
  for (const at of offsets) {
    if (at < readTo || at < 0) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    const lineEnd = index.lineEnd(at + m[0].length);
    found.push({ at, m, lineEnd });
    readTo = lineEnd;
  }
  return found;
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
