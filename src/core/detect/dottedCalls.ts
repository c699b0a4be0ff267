/** One call of a dotted name: where the name starts, the text up to and with `(`, the name as written. */
export interface DottedCall {
  index: number;
  0: string;
  1: string;
}

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const WHITESPACE = /\s/;
/** `\s` as patterns read it; ASCII answered without one. */
function isSpace(code: string, at: number): boolean {
  if (at < 0) return false;
  const c = code.charCodeAt(at);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(code.charAt(at));
}

/**
 * Calls of dotted names (`client.chat.completions.create(`, `a ?. b(`), the same matches in the same
 * order as `(?<![\w$.)\]])((?:[A-Za-z_$][\w$]*)(?:\s*\??\.\s*[A-Za-z_$][\w$]*)+)\s*\(` with the `g`
 * flag. That pattern is tried at every offset of a file; this reads each name back from a `(`,
 * which a string search finds.
 */
export function* dottedCalls(code: string): Generator<DottedCall> {
  for (let open = code.indexOf('('); open >= 0; open = code.indexOf('(', open + 1)) {
    // the segments' starts, right to left
    const starts: number[] = [];
    let end = open - 1;
    while (isSpace(code, end)) end--;
    let chainEnd = -1;
    for (;;) {
      let start = end;
      while (start >= 0 && isWordCode(code.charCodeAt(start))) start--;
      start++;
      // a segment is a whole name that does not start with a digit
      if (start > end || isDigitCode(code.charCodeAt(start))) break;
      if (chainEnd < 0) chainEnd = end + 1;
      starts.push(start);
      // the connector before it: blanks, `.` or `?.`, blanks
      let at = start - 1;
      while (isSpace(code, at)) at--;
      if (code.charAt(at) !== '.') break;
      at--;
      if (code.charAt(at) === '?') at--;
      while (isSpace(code, at)) at--;
      end = at;
    }
    if (starts.length < 2) continue;
    // the leftmost segment start that the pattern's look-behind allows, with a dot still after it
    for (let i = starts.length - 1; i >= 1; i--) {
      const index = starts[i] as number;
      const before = index > 0 ? code.charAt(index - 1) : '';
      if (before !== '' && /[\w$.)\]]/.test(before)) continue;
      yield { index, 0: code.slice(index, open + 1), 1: code.slice(index, chainEnd) };
      break;
    }
  }
}
