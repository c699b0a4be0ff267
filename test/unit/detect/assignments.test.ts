import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { callAssignments } from '../../../src/core/detect/assignments';

// callAssignments must find exactly what the forward pattern it replaces finds, in the same order.
const NAME = '(?:self\\.|cls\\.)?[A-Za-z_]\\w*';
const CALLEE = '(?:await[ \\t]+)?((?:self\\.|cls\\.)?[A-Za-z_][\\w.]*)';
const forward = (code: string): string[] =>
  [...code.matchAll(new RegExp(`(?<!\\w)(${NAME})[ \\t]*(?::[^=\\n]{0,200})?=[ \\t]*${CALLEE}[ \\t]*\\(`, 'g'))].map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}`);
const viaEquals = (code: string): string[] => [...callAssignments(code, NAME, CALLEE)].map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}`);

describe('callAssignments', () => {
  it('finds assignments of calls, annotated ones, walrus and keyword arguments, not comparisons', () => {
    const code = ['client = OpenAI(', 'x: Dict[str, int] = make(', 'if (c := build(', 'f(client=AsyncOpenAI(', 'if a == b(', 'a != b(', 'a += b(', 'self.c = await self._make(', 'a = b = OpenAI('].join('\n');
    assert.deepEqual(
      viaEquals(code).map((m) => m.split('|').slice(2).join('|')),
      ['client|OpenAI', 'x|make', 'c|build', 'client|AsyncOpenAI', 'self.c|self._make', 'b|OpenAI'],
    );
    assert.deepEqual(viaEquals(code), forward(code));
  });

  it('agrees with the forward pattern on random code', () => {
    const token = fc.constantFrom('a', 'self.', 'x1', ' ', '\t', '\n', '=', '==', ':', '(', ')', ',', '.', 'await ', 'OpenAI', '[', ']', '!', '"', 'é');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const code = tokens.join('');
        assert.deepEqual(viaEquals(code), forward(code));
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });

  it('stays linear on a long line of `=` signs', () => {
    const code = `x${' = f(a'.repeat(20_000)}`;
    const started = performance.now();
    const found = viaEquals(code).length;
    assert.ok(found > 0);
    assert.ok(performance.now() - started < 5_000, 'took more than five seconds');
  });
});
