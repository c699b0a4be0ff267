import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { scriptBlocks } from '../../../src/core/detect/scriptBlocks';

const found = (text: string, fileName: string): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1}:${s.range.start.character} ${s.httpMethod} ${s.endpoint} ${s.provider} ${s.language}`);

// Pages and components carry their browser code in `<script>` blocks (found by held-out corpus 104:
// a workshop's pages calling api.openai.com with fetch).
describe('HTML pages and Vue/Svelte components', () => {
  it("reads a page's inline scripts at their own lines and columns, and nothing outside them", () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><body>',
      '<p>Calls fetch("https://api.openai.com/v1/models") in the text, which is no code</p>',
      '<script src="app.js"></script>',
      '<script>',
      '  const r = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body });',
      '</script>',
      '<script type="application/json">{"url": "https://api.openai.com/v1/files"}</script>',
      '<script type="module">  fetch("https://api.openai.com/v1/images/generations", { method: "POST" })</script>',
      '</body></html>',
    ].join('\n');
    assert.deepEqual(found(page, 'step3.html'), ['6:18 POST /v1/chat/completions openai javascript', '9:24 POST /v1/images/generations openai javascript']);
    assert.deepEqual(found(page.replace(/<script[\s\S]*?<\/script>/g, ''), 'page.htm'), []);
  });

  it('reads a Vue single-file component in TypeScript and a Svelte component through the SDK', () => {
    const vue = "<template>\n  <button @click=\"ask\">Ask</button>\n</template>\n<script setup lang=\"ts\">\nimport OpenAI from 'openai';\nconst client = new OpenAI({ baseURL: 'http://localhost:11434/v1', dangerouslyAllowBrowser: true });\nasync function ask(): Promise<void> {\n  await client.chat.completions.create({ model: 'llama3', messages: [] });\n}\n</script>\n";
    assert.deepEqual(found(vue, 'Chat.vue'), ['8:8 POST /v1/chat/completions other typescript']);
    const svelte = "<script>\n  import OpenAI from 'openai';\n  const openai = new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });\n  const e = openai.embeddings.create({ model: 'text-embedding-3-small', input });\n</script>\n<h1>{title}</h1>\n";
    assert.deepEqual(found(svelte, 'Search.svelte'), ['4:12 POST /v1/embeddings openai javascript']);
  });

  it('keeps every position and takes an unclosed block to the end', () => {
    const text = '<div>\r\n<script>let a = 1;</script>\n<script>let b';
    const view = scriptBlocks(text);
    assert.equal(view?.text.length, text.length);
    assert.deepEqual(view?.text.split('\n').length, text.split('\n').length);
    assert.ok(view?.text.endsWith('let b'));
    assert.equal(scriptBlocks('<p>no script</p>'), undefined);
    // (hostile pages, with thousands of unclosed tags, are in the fuzz suite's linear-time regressions)
  });

  it('found in a review: comments, textareas, data and template blocks, indented blocks of a component and data- attributes', () => {
    const call = 'fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: b })';
    assert.deepEqual(found(`<!--\n<script>\n${call};\n</script>\n-->\n`, 'a.html'), []);
    assert.deepEqual(found(`<script type="application/json">\n{"snippet": "<script>${call}<\\/script>"}\n</script>\n`, 'b.html'), []);
    assert.deepEqual(found(`<script type="text/x-template"><pre>Example: <script>${call}</script></pre>\n`, 'c.html'), []);
    assert.deepEqual(found(`<textarea><script>${call}</script></textarea>\n`, 'd.html'), []);
    assert.deepEqual(found(`<template><p>Hi</p></template>\n<docs>\n  Usage:\n  <script>${call}</script>\n</docs>\n`, 'E.vue'), []);
    assert.deepEqual(found(`<script data-type="inline">${call}</script>\n`, 'f.html'), ['1:27 POST /v1/chat/completions openai javascript']);
  });
});

// A CI step may call the API with curl (found by held-out corpus 293: a GitHub Actions workflow posting a pull request's diff to
// chat completions in a `run: |` step).
describe('YAML: the shell of CI steps', () => {
  it("reads GitHub Actions' `run:` steps (block and inline), GitLab's `script:` lists and CircleCI's `command:` at their own lines", () => {
    const workflow = [
      'name: Review',
      'on: [pull_request]',
      'jobs:',
      '  review:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - name: Ask curl https://api.openai.com/v1/models for nothing',
      '        run: |',
      '          echo "asking"',
      '          curl -sS https://api.openai.com/v1/chat/completions \\',
      '            -H "Authorization: Bearer $OPENAI_API_KEY" \\',
      '            -d @request.json > response.json',
      '      - run: curl -s https://api.openai.com/v1/models',
      '      - name: Done',
      '        run: cat response.json',
    ].join('\n');
    assert.deepEqual(found(workflow, '.github/workflows/review.yml'), ['10:10 POST /v1/chat/completions openai shellscript', '13:13 GET /v1/models openai shellscript']);
    const gitlab = 'review:\n  image: curlimages/curl\n  script:\n  - echo start\n  - "curl -X POST https://api.openai.com/v1/moderations -d @input.json"\n  after_script:\n    - curl http://localhost:11434/v1/chat/completions -d @x.json\n';
    assert.deepEqual(found(gitlab, '.gitlab-ci.yml'), ['5:5 POST /v1/moderations openai shellscript', '7:6 POST /v1/chat/completions other shellscript']);
    const circle = 'jobs:\n  build:\n    steps:\n      - run:\n          name: Embed\n          command: |\n            curl https://api.openai.com/v1/embeddings -d \'{"input":"x"}\'\n';
    assert.deepEqual(found(circle, '.circleci/config.yaml'), ['7:12 POST /v1/embeddings openai shellscript']);
  });

  it('reads nothing else of a YAML file: an OpenAPI example, a description, a step name, an Ansible variable', () => {
    const openapi = [
      'paths:',
      '  /chat/completions:',
      '    post:',
      '      description: "Run `curl https://api.openai.com/v1/chat/completions -d @x.json` to try it"',
      '      x-code-samples:',
      '        - lang: curl',
      '          source: |',
      '            curl https://api.openai.com/v1/chat/completions \\',
      '              -d \'{"model": "gpt-4o"}\'',
    ].join('\n');
    assert.deepEqual(found(openapi, 'openapi.yaml'), []);
    assert.deepEqual(found('vars:\n  openai_url: https://api.openai.com/v1/chat/completions\n', 'group_vars/all.yml'), []);
    // (a block ends at the first line no deeper than its key: the next key's value is no shell)
    const after = 'steps:\n  - run: |\n      echo hi\n  - name: x\n    with:\n      prompt: curl https://api.openai.com/v1/completions -d x\n';
    assert.deepEqual(found(after, 'ci.yml'), []);
    // (…also the step's own keys after a `- run: |` two columns right of its dash, and a CircleCI `- run:` mapping's siblings)
    const sameStep = 'jobs:\n  a:\n    steps:\n      - run: |\n          echo hi\n        env:\n          X: curl https://api.openai.com/v1/models\n';
    assert.deepEqual(found(sameStep, 'ci.yml'), []);
    const circle = 'steps:\n  - run:\n      name: Test curl https://api.openai.com/v1/models for nothing\n      command: echo hi\n  - uses: x\n    with:\n      prompt: curl https://api.openai.com/v1/completions -d x\n';
    assert.deepEqual(found(circle, '.circleci/config.yml'), []);
    // (a YAML file with no CI keys: an FAQ's `run:` is prose)
    assert.deepEqual(found('faq:\n  run: "Use curl https://api.openai.com/v1/chat/completions -d @x.json to test"\n', 'faq.yml'), []);
    // (a comment after a value is no part of the command; the same line without it is read)
    assert.deepEqual(found('steps:\n  - run: curl https://api.openai.com/v1/models # list curl -d x\n', 'c.yml'), ['2:9 GET /v1/models openai shellscript']);
  });
});

// A Blazor component may call the API from its `@code` block (found by held-out corpus 298: a page posting to the Responses API
// on its injected HttpClient).
describe('Razor components and pages: the C# of their code blocks', () => {
  it('reads `@code` and `@functions` blocks at their own lines, and nothing of the markup', () => {
    const razor = [
      '@page "/chat"',
      '@inject HttpClient Client',
      '<p>Post to https://api.openai.com/v1/chat/completions, the docs say; don\'t</p>',
      '@code',
      '{',
      '    private async Task Ask(HttpContent body)',
      '    {',
      '        var text = "}";',
      '        var r = await Client.PostAsync("https://api.openai.com/v1/responses", body);',
      '    }',
      '}',
      '<button @onclick="Ask">Ask</button>',
      '@functions { Task<HttpResponseMessage> M(HttpContent b) => Client.PostAsync("http://localhost:11434/v1/chat/completions", b); }',
    ].join('\n');
    assert.deepEqual(found(razor, 'Pages/Chat.razor'), ['9:22 POST /v1/responses openai csharp', '13:59 POST /v1/chat/completions other csharp']);
    assert.deepEqual(found(razor.replace(/@code[\s\S]*/, ''), 'Pages/Chat.cshtml'), []);
  });
});
