import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, renderDetailHtml } from '../../../src/core/present/detailHtml';

const HOSTILE = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>', "javascript:alert('4')", '`${alert(5)}`'];

describe('detail page HTML', () => {
  const html = renderDetailHtml(
    {
      title: HOSTILE[0] ?? '',
      subtitle: HOSTILE[1],
      notices: [HOSTILE[2] ?? ''],
      sections: [{ heading: HOSTILE[3] ?? '', paragraphs: HOSTILE, bullets: HOSTILE, table: { head: HOSTILE, rows: [HOSTILE] } }],
      sources: [
        { id: 'S1', title: HOSTILE[0] ?? '', url: "javascript:alert('x')", asOf: '2026-10' },
        { id: 'S2', title: 'Data controls', url: 'https://developers.openai.com/api/docs/guides/your-data', asOf: '2026-10' },
      ],
    },
    { cspSource: 'vscode-webview://abc', nonce: 'n0nce' },
  );

  it('keeps every hostile string as text', () => {
    assert.ok(!/<img|<svg|<script/i.test(html), 'no element from data');
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
    assert.ok(html.includes('&#60;/script&#62;&#60;script&#62;alert(2)&#60;/script&#62;'));
  });

  it('links only https sources', () => {
    assert.ok(!html.includes('href="javascript:'), 'javascript: URL not linked');
    assert.ok(html.includes('href="https://developers.openai.com/api/docs/guides/your-data"'));
  });

  it('declares a strict Content-Security-Policy with no script source', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src &#39;none&#39;/);
    assert.match(csp, /script-src &#39;none&#39;/);
    assert.match(csp, /style-src &#39;nonce-n0nce&#39;/);
    assert.ok(!/https?:/.test(csp), 'no remote source allowed');
    assert.equal((html.match(/<style nonce="n0nce">/g) ?? []).length, 1);
  });

  it('escapes the five HTML-significant characters and backticks', () => {
    assert.equal(escapeHtml(`<>&"'\``), '&#60;&#62;&#38;&#34;&#39;&#96;');
  });

  it('takes every colour from the theme, so pages read in light, dark and high-contrast themes', () => {
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const declarations = [...style.matchAll(/(color|background|border[\w-]*)\s*:\s*([^;}]+)/g)].map((m) => `${m[1]}: ${(m[2] ?? '').trim()}`);
    assert.ok(declarations.length >= 5, `colour declarations found (${declarations.length})`);
    for (const d of declarations) {
      assert.doesNotMatch(d, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black|gray|grey|red|blue|green)\b/i, `${d} uses a fixed colour`);
      if (/^(?:color|background)/.test(d)) assert.match(d, /var\(--vscode-[\w-]+|transparent|none|inherit/, `${d} comes from the theme`);
    }
  });
});
