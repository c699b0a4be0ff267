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

/**
 * The lines that enclose the one holding `at`, innermost first, as offsets of `text`, read by indentation (each less indented
 * than the last) over at most `maxLines` lines above it, up to the function or class that holds it (`def`, `class`, `function`),
 * included. Read it with strings blanked: a string's lines at the margin are no lines of the code.
 */
export function* enclosingLines(text: string, at: number, maxLines = 300): Generator<{ start: number; end: number }> {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let indent = lineIndent(text, at);
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < maxLines && indent > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const lineEnd = end;
    end = start - 1;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    // (a line that starts with a string's quote ends a string of lines, or is one: no statement that encloses)
    if (line.trim() === '' || own >= indent || /^[ \t]*["'`]/.test(line)) continue;
    indent = own;
    yield { start, end: lineEnd };
    if (/^[ \t]*(?:async[ \t]+)?(?:def|class|function)\b/.test(line)) return;
  }
}
