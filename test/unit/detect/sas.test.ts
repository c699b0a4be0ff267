import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName = 'llm.sas'): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => `${s.cell === undefined ? '' : `cell ${s.cell} `}${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

// Held-out corpus 222 had SAS programs and SAS-kernel notebooks calling the API through PROC HTTP.
describe('SAS requests', () => {
  it('PROC HTTP: the URL, METHOD= (GET by default, POST with IN=), macro variables set by %let', () => {
    const sas = [
      '%let api = https://api.openai.com/v1;',
      '/* proc http url="https://api.openai.com/v1/files"; run; */',
      'filename resp temp;',
      'proc http url = "https://api.openai.com/v1/chat/completions"',
      '          method = "POST"',
      '          in = payload out = resp;',
      '  headers "Authorization" = "Bearer &api_key.";',
      'run;',
      'proc http url="&api./models" out=resp; run;',
      'proc http',
      '    url="https://api.openai.com/v1/embeddings"',
      '    in=payload out=resp;',
      'run;',
      'proc http url="https://example.com/v1/chat/completions;x" method="POST"; run;',
      'proc http url="&host./v1/responses" method="POST" in=p; run;',
    ].join('\n');
    assert.deepEqual(found(sas), ['4 POST /v1/chat/completions openai', '9 GET /v1/models openai', '11 POST /v1/embeddings openai', '15 POST /v1/responses unknown']);
  });

  it("DS2's HTTP package names the verb in the method it calls", () => {
    const ds2 = "proc ds2;\ndata _null_;\n  dcl package http h();\n  method init();\n    h.createPostMethod('https://api.openai.com/v1/chat/completions');\n    h.executeMethod();\n  end;\nenddata;\nrun;\nquit;\n";
    assert.deepEqual(found(ds2), ['5 POST /v1/chat/completions openai']);
  });

  it('in a notebook with a SAS kernel, by cell', () => {
    const notebook = JSON.stringify({
      metadata: { kernelspec: { display_name: 'SAS', language: 'sas', name: 'sas' } },
      cells: [
        { cell_type: 'markdown', source: ['# Calling OpenAI from SAS'] },
        { cell_type: 'code', source: ['filename resp temp;\n', 'proc http url="https://api.openai.com/v1/chat/completions" method="POST" in=body out=resp;\n', 'run;'] },
      ],
    });
    assert.deepEqual(found(notebook, 'api.ipynb'), ['cell 1 2 POST /v1/chat/completions openai']);
  });
});
