import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// The injection grammar runs in the real TextMate engine, injected into a tiny host grammar
// that has strings and comments (as every language grammar VS Code ships does).
const root = path.resolve(__dirname, '../../..');
const INJECTION = 'openai-privacy-lens.injection';
const HOST = 'source.fixture';

const hostGrammar = {
  scopeName: HOST,
  patterns: [
    { begin: '"', end: '"', name: 'string.quoted.double.fixture' },
    { begin: "'", end: "'", name: 'string.quoted.single.fixture' },
    // Like python's and JavaScript's grammars: line comments are begin/end regions, which injections enter.
    { begin: '#', end: '$', name: 'comment.line.number-sign.fixture' },
    { begin: '//', end: '$', name: 'comment.line.double-slash.fixture' },
  ],
};

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = await readFile(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const injection = JSON.parse(await readFile(path.join(root, 'syntaxes/openai-privacy-lens.injection.tmLanguage.json'), 'utf8')) as textmate.IRawGrammar;
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === HOST) return textmate.parseRawGrammar(JSON.stringify(hostGrammar), 'fixture.json');
      if (scope === INJECTION) return textmate.parseRawGrammar(JSON.stringify(injection), 'injection.json');
      return null;
    },
    getInjections: (scope) => (scope === HOST ? [INJECTION] : undefined),
  });
  const loaded = await registry.loadGrammar(HOST);
  assert.ok(loaded, 'host grammar loads');
  grammar = loaded;
});

function scopesOf(line: string, fragment: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const at = line.indexOf(fragment);
  assert.ok(at >= 0, `fixture contains ${fragment}`);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token, `a token covers ${fragment}`);
  return token.scopes;
}

describe('TextMate injection grammar', () => {
  it('marks an OpenAI endpoint URL inside a string', () => {
    const scopes = scopesOf('url = "https://api.openai.com/v1/chat/completions"', 'api.openai.com');
    assert.ok(scopes.includes('markup.underline.link.endpoint.openai-privacy-lens'), scopes.join(' '));
  });

  it('marks a regional and an Azure OpenAI host', () => {
    assert.ok(scopesOf('u = "https://eu.api.openai.com/v1/responses"', 'eu.api').includes('markup.underline.link.endpoint.openai-privacy-lens'));
    assert.ok(scopesOf("u = 'https://contoso.openai.azure.com/openai/deployments/gpt/chat/completions'", 'contoso').includes('markup.underline.link.endpoint.openai-privacy-lens'));
  });

  it('marks a bare endpoint path in a string', () => {
    const scopes = scopesOf('{"url": "/v1/files"}', '/v1/files');
    assert.ok(scopes.includes('entity.name.tag.endpoint.openai-privacy-lens'), scopes.join(' '));
  });

  it('marks the parts of a suppression comment', () => {
    const line = '# openai-privacy-ignore OPL003: deleted by the nightly job until=2027-01-31';
    assert.ok(scopesOf(line, 'openai-privacy-ignore').includes('keyword.other.suppression.openai-privacy-lens'));
    assert.ok(scopesOf(line, 'OPL003').includes('constant.other.rule-id.openai-privacy-lens'));
    assert.ok(scopesOf(line, 'deleted by').includes('string.unquoted.reason.openai-privacy-lens'));
    assert.ok(scopesOf(line, 'until=').includes('constant.other.expiry.openai-privacy-lens'));
  });

  it('leaves other hosts and code outside strings alone', () => {
    const other = scopesOf('u = "https://api.example.com/v1/chat/completions"', 'api.example.com');
    assert.ok(!other.some((s) => s.includes('openai-privacy-lens')), other.join(' '));
    const code = scopesOf('openai_privacy_ignore = 1', 'openai_privacy_ignore');
    assert.ok(!code.some((s) => s.includes('openai-privacy-lens')), code.join(' '));
  });
});
