import { perText } from './perText';
import { lastBefore } from './sorted';

/** How far the line holding `at` is indented. */
export function lineIndent(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
}

/**
 * Whether the line holding `at` sits in a branch: the nearest line above it (of the 40 before) that is less indented
 * opens an `if`/`else`/`elif`/`elsif`/`unless` (a `} else` too) or a `case`/`when`. Read by indentation, the way
 * Python, Ruby and JavaScript code is written, not by brackets.
 */
export function inConditionalBranch(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = lineIndent(text, at);
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 40; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (line.trim() === '' || own >= indent) continue;
    return /^[ \t]*(?:\}[ \t]*)?(?:if|else|elif|elsif|unless|case|when)\b/.test(line);
  }
  return false;
}

/** A statement line of the outline: where it starts and ends, how far it is indented, and the line that encloses it (-1 for none). */
interface OutlineLine {
  at: number;
  end: number;
  indent: number;
  parent: number;
}

/**
 * The file's statement lines (not blank, not starting with a string's quote: a line at the margin that ends a string of lines,
 * or is one, encloses nothing), each with the nearest line above it that is less indented: built in one pass with a stack.
 */
function outline(text: string): OutlineLine[] {
  const lines: OutlineLine[] = [];
  const open: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const indent = /^[ \t]*/.exec(text.slice(start, Math.min(end, start + 200)))?.[0].length ?? 0;
    const first = text[start + indent];
    // (a line of only white space, any kind of it, is no statement)
    if (start + indent < end && first !== '"' && first !== "'" && first !== '`' && text.slice(start, end).trim() !== '') {
      while (open.length > 0 && (lines[open[open.length - 1] ?? 0]?.indent ?? 0) >= indent) open.pop();
      lines.push({ at: start, end, indent, parent: open[open.length - 1] ?? -1 });
      open.push(lines.length - 1);
    }
    start = end + 1;
  }
  return lines;
}

// the outline of the file read last: a file's call sites ask one after another
const outlines = perText<OutlineLine[]>();

/**
 * The lines that enclose the one holding `at`, innermost first, as offsets of `text`, read by indentation (each less indented
 * than the last), up to the function or class that holds it (`def`, `class`, `function`), included. Read it with strings
 * blanked: a string's lines at the margin are no lines of the code. The file's outline is built once, so a call deep in a
 * long branch reads the branch however far above it is.
 */
export function* enclosingLines(text: string, at: number): Generator<{ start: number; end: number }> {
  const lines = outlines(text, '', () => outline(text));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = lineIndent(text, at);
  if (indent === 0) return;
  // the nearest statement line above, then up its chain of enclosing lines to the first less indented than this one
  let index = lastBefore(lines, lineStart);
  while (index >= 0 && (lines[index]?.indent ?? 0) >= indent) index = lines[index]?.parent ?? -1;
  for (; index >= 0; index = lines[index]?.parent ?? -1) {
    const line = lines[index];
    if (!line) return;
    yield { start: line.at, end: line.end };
    if (line.indent === 0 || /^[ \t]*(?:async[ \t]+)?(?:def|class|function)\b/.test(text.slice(line.at, line.end))) return;
  }
}
