import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchingBracket } from '../../../src/core/detect/lexer';

// What matchingBracket answers by scanning from `open`, written plainly: the index it builds for a
// heavily read text must give exactly this.
function scanned(code: string, open: number, maxLength: number): number {
  const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < Math.min(code.length, open + maxLength); i++) {
    const ch = code.charAt(i);
    const closer = closers[ch];
    if (closer) stack.push(closer);
    else if (')]}'.includes(ch)) {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

const bracketText = fc.stringMatching(/^[()[\]{}a ]{0,300}$/);

describe('matchingBracket', () => {
  it('finds the closer of nested brackets of each kind, and -1 for a wrong kind, an unclosed one or one past the bound', () => {
    assert.equal(matchingBracket('f(a[1], {b: (c)})', 1), 17);
    assert.equal(matchingBracket('f(a[1)]', 1), -1);
    assert.equal(matchingBracket('f(a, b', 1), -1);
    assert.equal(matchingBracket(`f(${'x'.repeat(50)})`, 1, 20), -1);
  });

  it('answers alike before and after a text has been read often enough to be indexed', () => {
    fc.assert(
      fc.property(bracketText, fc.integer({ min: 1, max: 400 }), (body, maxLength) => {
        // padding of unclosed calls makes the reads below spend enough to index the text
        const code = `${body}${'call('.repeat(400)}`;
        const expected = [...code].map((_, i) => scanned(code, i, maxLength));
        for (let pass = 0; pass < 3; pass++) {
          for (let i = 0; i < code.length; i++) if (matchingBracket(code, i, maxLength) !== expected[i]) return false;
          for (let i = body.length; i < code.length; i += 5) matchingBracket(code, i);
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
