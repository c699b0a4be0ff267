import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsScopes } from '../../../src/core/detect/jsScopes';
import { lex } from '../../../src/core/detect/lexer';

// The functions a JavaScript/TypeScript file declares, as the detector reads them to give a name
// the client its own function binds (see clientShapes' corpus-26 case for the detector's use).
const scopesOf = (text: string): { code: string; scopes: JsScopes } => {
  const code = lex(text, 'js').code;
  return { code, scopes: new JsScopes(code) };
};
const at = (code: string, needle: string, nth = 0): number => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = code.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} is in the code`);
  return i;
};

describe('JavaScript function scopes', () => {
  it('finds declarations, methods and arrows with their parameters and types', () => {
    const { code, scopes } = scopesOf(
      [
        'export async function complete(messages: Msg[], openai: OpenAI): Promise<{ text: string }> {',
        '  return openai.chat.completions.create({ model: "m", messages });',
        '}',
        'class Bot {',
        '  constructor(private readonly ai: AzureOpenAI, { client, model: chosen = "m" }: Options) {}',
        '  async ask(q: string) { return this.ai.responses.create({ input: q }); }',
        '}',
        'const embed = async (openai: OpenAI, input: string) => openai.embeddings.create({ input });',
        'const one = c => c.models.list();',
        '',
      ].join('\n'),
    );
    const inside = (needle: string, nth = 0) => scopes.chain(at(code, needle, nth))[0];
    assert.deepEqual([...(inside('openai.chat')?.params ?? [])], [['messages', 'Msg[]'], ['openai', 'OpenAI']]);
    assert.equal(inside('openai.chat')?.localName, undefined, 'an exported function may be called from anywhere');
    // a constructor's parameter properties, destructured names with their local aliases
    assert.deepEqual([...(inside('{}')?.params.keys() ?? [])], ['ai', 'client', 'chosen']);
    assert.deepEqual(inside('{}')?.positions, ['ai', undefined]);
    assert.deepEqual([...(inside('this.ai')?.params.keys() ?? [])], ['q']);
    assert.equal(inside('openai.embeddings')?.localName, 'embed');
    assert.deepEqual([...(inside('c.models')?.params.keys() ?? [])], ['c']);
    assert.equal(scopes.chain(at(code, 'class Bot')).length, 0, 'module level');
  });

  it('nests functions, innermost first, and tells which one declares a name', () => {
    const { code, scopes } = scopesOf(
      [
        'function outer() {',
        '  const openai = new OpenAI();',
        '  return items.map((item) => {',
        '    return openai.files.create({ file: item });',
        '  });',
        '}',
        'function sibling() {',
        '  return openai.models.list();',
        '}',
        '',
      ].join('\n'),
    );
    const chain = scopes.chain(at(code, 'openai.files'));
    assert.equal(chain.length, 2);
    assert.deepEqual([...(chain[0]?.params.keys() ?? [])], ['item']);
    assert.equal(chain[1]?.localName, 'outer');
    assert.equal(scopes.declares(chain[1] as NonNullable<(typeof chain)[1]>, 'openai'), true);
    assert.equal(scopes.declares(chain[0] as NonNullable<(typeof chain)[0]>, 'openai'), false, 'the arrow only reads it');
    const sibling = scopes.chain(at(code, 'openai.models'))[0];
    assert.equal(sibling?.localName, 'sibling');
    assert.equal(scopes.declares(sibling as NonNullable<typeof sibling>, 'openai'), false);
  });

  it('leaves out bodies that never close, and is not fooled by return types or control statements', () => {
    const { code, scopes } = scopesOf(['function broken(openai) {', '  if (x) { y(); }', '  for (const a of b) { z(a); }', 'const typed = (a): Promise<Record<string, number>> => a;', ''].join('\n'));
    assert.equal(scopes.chain(at(code, 'y()')).length, 0, 'an unclosed body is no function: nothing after it is inside');
    const typed = scopes.chain(at(code, '=> a') + 3)[0];
    assert.deepEqual([...(typed?.params.keys() ?? [])], ['a'], 'the last word of a return type is no parameter');
    assert.ok(scopes.functions.every((f) => !['if', 'for'].includes(f.localName ?? '')));
  });
});
