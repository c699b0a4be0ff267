import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

/** Each site as `<callee line>:<column> <call range's first line>-<last line> <verb> <endpoint>`, lines 1-based. */
const ranges = (text: string, fileName: string): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => {
    const call = s.callRange ?? s.range;
    return `${s.range.start.line + 1}:${s.range.start.character} ${call.start.line + 1}-${call.end.line + 1} ${s.httpMethod} ${s.endpoint}`;
  });

// Held-out corpus 532: a Laravel `Http::withOptions(…)->withHeaders(…)->post(…)` request was labelled where its chain starts and
// read five lines on, at `->post(`. The call is the whole chain; its verb is still what the hover and the diagnostic attach to.
describe('a request made at the end of a call chain', () => {
  it("the call's range starts at the chain's head (PHP, JavaScript, Python), its callee stays the verb", () => {
    const php = [
      '<?php',
      '$response = Http::withOptions([\'verify\' => false])',
      "    ->withHeaders(['Authorization' => 'Bearer ' . $key])",
      "    ->post('https://api.openai.com/v1/chat/completions', [",
      "        'model' => 'gpt-4o-mini',",
      '    ]);',
      '',
    ].join('\n');
    assert.deepEqual(ranges(php, 'app/Http/Controllers/Ask.php'), ['4:6 2-6 POST /v1/chat/completions']);
    const js = ['const r = await axios', '  .create({ timeout: 5000 })', '  .post("https://api.openai.com/v1/embeddings", body);', ''].join('\n');
    assert.deepEqual(ranges(js, 'embed.js'), ['3:3 1-3 POST /v1/embeddings']);
    const py = ['r = (', '    requests.Session()', '    .post("https://api.openai.com/v1/chat/completions", json=body)', ')', ''].join('\n');
    assert.deepEqual(ranges(py, 'ask.py'), ['3:5 2-3 POST /v1/chat/completions']);
  });

  it('a call after no chain keeps its own start, also right after another statement', () => {
    const js = ['prepare(body);', 'await axios.post("https://api.openai.com/v1/embeddings", body);', ''].join('\n');
    assert.deepEqual(ranges(js, 'embed.js'), ['2:6 2-2 POST /v1/embeddings']);
    const php = ['<?php', 'log($x);', "$r = Http::post('https://api.openai.com/v1/chat/completions', $body);", ''].join('\n');
    assert.deepEqual(ranges(php, 'a.php'), ['3:11 3-3 POST /v1/chat/completions']);
  });
});
