import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dottedCalls } from '../../../src/core/detect/dottedCalls';

// dottedCalls must find exactly what the forward pattern it replaces finds, in the same order.
const forward = (code: string): string[] => [...code.matchAll(/(?<![\w$.)\]])((?:[A-Za-z_$][\w$]*)(?:\s*\??\.\s*[A-Za-z_$][\w$]*)+)\s*\(/g)].map((m) => `${m.index}|${m[0]}|${m[1]}`);
const viaBrackets = (code: string): string[] => [...dottedCalls(code)].map((m) => `${m.index}|${m[0]}|${m[1]}`);

describe('dottedCalls', () => {
  it('finds calls of dotted names, with blanks and optional chaining, not of plain names or call results', () => {
    const code = 'client.chat.completions.create(\nprint(x)\nfoo().bar.baz(\nfoo() . bar . baz(\na ?. b(\n$x.y_1(\nobj[0].m(\nx.9y(\nthis.client\n  .chat\n  .create (';
    assert.deepEqual(
      viaBrackets(code).map((m) => m.split('|')[2]),
      ['client.chat.completions.create', 'bar . baz', 'a ?. b', '$x.y_1', 'this.client\n  .chat\n  .create'],
    );
    assert.deepEqual(viaBrackets(code), forward(code));
  });

  it('agrees with the forward pattern on random code', () => {
    const token = fc.constantFrom('a', 'b1', '9', '$', '_', ' ', '\n', '\t', '.', '?', '?.', '(', ')', ']', '[', ',', 'é', '\u00a0');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const code = tokens.join('');
        assert.deepEqual(viaBrackets(code), forward(code));
      }),
      { numRuns: 5000, seed: 20261203 },
    );
  });
});
