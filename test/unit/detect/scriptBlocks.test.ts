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
