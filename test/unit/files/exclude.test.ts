import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytesMayMentionOpenAI, mayMentionOpenAI, termsPattern } from '../../../src/core/detect/languages';
import { excludeMatcher } from '../../../src/core/suppress/glob';

describe('exclude globs as files.exclude means them', () => {
  const excluded = excludeMatcher(['generated/**', '**/node_modules/**', '**/.git', 'docs/*.py', '**/*.{min,bundle}.js', 'build/']);

  it('matches paths under a folder glob', () => {
    assert.ok(excluded('generated/gen_0001.py'));
    assert.ok(excluded('generated/deep/er/x.ts'));
    assert.ok(!excluded('src/generated.py'), 'a file named like the folder is not inside it');
    assert.ok(!excluded('app/generated/x.py'), 'a root-relative glob does not match deeper folders');
  });

  it('treats a glob that names a folder as covering its contents', () => {
    assert.ok(excluded('.git/hooks/pre-commit.sh'));
    assert.ok(excluded('pkg/.git/config.sh'));
    assert.ok(excluded('build/out.js'), 'a trailing slash names the folder');
  });

  it('keeps single-segment stars within one folder and expands braces', () => {
    assert.ok(excluded('docs/example.py'));
    assert.ok(!excluded('docs/api/example.py'));
    assert.ok(excluded('web/vendor/app.min.js'));
    assert.ok(excluded('app.bundle.js'));
    assert.ok(!excluded('app.js'));
  });

  it('matches nothing without globs, and ignores blank ones', () => {
    assert.ok(!excludeMatcher([])('a.py'));
    assert.ok(!excludeMatcher(['', '  '])('a.py'));
  });
});

describe('the byte-level prefilter agrees with the text one', () => {
  const cases = ['', 'import json', 'from openai import OpenAI', 'const c = new OpenAI()', 'curl https://x/v1/files', 'openaI', '/v1', 'café openai', '🙂/v1/', 'assistants.list', 'assistantsX', 'images_generate', 'gpt-4o', 'gpt4o', 'ÿpenai'];
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      assert.strictEqual(bytesMayMentionOpenAI(new TextEncoder().encode(text)), mayMentionOpenAI(text));
    });
  }
});

describe('the prefilter pattern', () => {
  it('reads its terms literally: a dot or a slash is that character, not a pattern', () => {
    assert.equal(mayMentionOpenAI('client.beta.assistants.list()'), true);
    assert.equal(mayMentionOpenAI('the assistantsX table'), false);
    assert.equal(mayMentionOpenAI('images_generate(x)'), false);
    assert.equal(mayMentionOpenAI('GET /v2/users'), false);
    assert.equal(termsPattern(['a.b', '(x)', '[y]', 'z+']).test('a-b ( x ) y zz'), false);
    assert.equal(termsPattern(['a.b', '(x)', '[y]', 'z+']).test('call (x) here'), true);
    // (no terms, no match: found in review, an empty pattern matched everything)
    assert.equal(termsPattern([]).test('anything'), false);
  });

  it('finds an ASCII term in UTF-8 bytes read as Latin-1, and none inside another character\'s bytes', () => {
    // (`ÿ` is 0xC3 0xBF in UTF-8: the bytes of `penai` after it are still `penai`, and the text says so too)
    assert.equal(bytesMayMentionOpenAI(new TextEncoder().encode('ÿpenai')), true);
    assert.equal(bytesMayMentionOpenAI(new TextEncoder().encode('日本語のテキスト')), false);
  });
});
