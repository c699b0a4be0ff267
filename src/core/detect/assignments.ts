/** One `name = callee(` assignment: where the name starts, the whole text up to `(`, the name, the callee. */
export interface CallAssignment {
  index: number;
  0: string;
  1: string;
  2: string;
}

// a name and its annotation longer than this are not looked for (the annotation alone is at most 200)
const WINDOW = 400;
const patterns = new Map<string, RegExp>();
function cached(source: string, flags: string): RegExp {
  let re = patterns.get(flags + source);
  if (!re) patterns.set(flags + source, (re = new RegExp(source, flags)));
  return re;
}

/**
 * Python's `name = callee(` and `name: Annotation = callee(` in blanked code, the same matches in
 * the same order as `(?<!\w)(NAME)[ \t]*(?::[^=\n]{0,200})?=[ \t]*CALLEE[ \t]*\(` with the `g`
 * flag. That pattern is tried at every offset of a file; this looks only at each `=`, which a
 * string search finds, and reads the name back from there: several times faster on long files.
 * `name` and `callee` are pattern sources; `callee` holds one capturing group.
 */
export function* callAssignments(code: string, name: string, callee: string): Generator<CallAssignment> {
  const left = cached(`(?<!\\w)(${name})[ \\t]*(?::[^=\\n]{0,200})?$`, '');
  const right = cached(`=[ \\t]*${callee}[ \\t]*\\(`, 'y');
  let lastEnd = 0;
  // the start of the `=`'s line, followed forward as the `=`s go (looked for back from each, it was quadratic on a long line)
  let lineStart = 0;
  let nextBreak = code.indexOf('\n');
  for (let eq = code.indexOf('='); eq >= 0; eq = code.indexOf('=', eq + 1)) {
    right.lastIndex = eq;
    const r = right.exec(code);
    if (!r) continue;
    // the name is on the `=`'s line, after the previous match
    while (nextBreak >= 0 && nextBreak < eq) {
      lineStart = nextBreak + 1;
      nextBreak = code.indexOf('\n', lineStart);
    }
    const from = Math.max(lineStart, lastEnd, eq - WINDOW);
    const l = left.exec(code.slice(from, eq));
    if (!l) continue;
    // a name cut by the window's edge goes on further left
    if (l.index === 0 && from === eq - WINDOW && from > lineStart && from > lastEnd && /\w/.test(code.charAt(from - 1))) continue;
    const index = from + l.index;
    const end = eq + r[0].length;
    yield { index, 0: code.slice(index, end), 1: l[1] ?? '', 2: r[1] ?? '' };
    lastEnd = end;
    eq = end - 1;
  }
}
