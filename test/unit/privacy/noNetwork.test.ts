import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

// The extension and the CLI make no network requests. The bundles are what users run, so the
// check reads them (built by `npm test` before the unit tests) rather than the sources.
const root = path.resolve(__dirname, '../../..');
const BUNDLES = ['dist/extension.node.js', 'dist/scan-worker.js', 'dist/extension.browser.js', 'dist/cli.js', 'dist/cli-reader.js'];

const FORBIDDEN: Array<[string, RegExp]> = [
  ['require("http")', /require\(\s*["'](?:node:)?http["']\s*\)/],
  ['require("https")', /require\(\s*["'](?:node:)?https["']\s*\)/],
  ['require("net")', /require\(\s*["'](?:node:)?net["']\s*\)/],
  ['require("tls")', /require\(\s*["'](?:node:)?tls["']\s*\)/],
  ['require("dgram")', /require\(\s*["'](?:node:)?dgram["']\s*\)/],
  ['require("http2")', /require\(\s*["'](?:node:)?http2["']\s*\)/],
  ['fetch(', /(?<![\w$.])fetch\s*\(/],
  // (constructed or called: the detector names it in its patterns, to recognise it in users' code)
  ['XMLHttpRequest', /\bnew\s+XMLHttpRequest\b|\bXMLHttpRequest\s*\(/],
  ['WebSocket', /\bnew\s+WebSocket\b|\bWebSocket\s*\(/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bnew\s+EventSource\b/],
];

describe('no network in the shipped bundles', () => {
  for (const bundle of BUNDLES) {
    it(`${bundle} opens no connection`, (t) => {
      const file = path.join(root, bundle);
      if (!existsSync(file)) {
        t.skip(`${bundle} is not built; run \`node scripts/build.mjs\` first`);
        return;
      }
      const code = readFileSync(file, 'utf8');
      assert.ok(code.length > 1000, `${bundle} has content`);
      const hits = FORBIDDEN.filter(([, re]) => re.test(code)).map(([name]) => name);
      assert.deepEqual(hits, [], `${bundle} uses ${hits.join(', ')}`);
    });
  }

  it('the detector itself finds a fetch call (the check can fail)', () => {
    const sample = 'async function f(){ const r = await fetch("https://x"); }';
    assert.ok(FORBIDDEN.some(([, re]) => re.test(sample)));
  });

  it('it finds an XMLHttpRequest made, not a pattern that names one', () => {
    const xhr = FORBIDDEN.find(([name]) => name === 'XMLHttpRequest')?.[1];
    assert.ok(xhr?.test('const x = new XMLHttpRequest(); x.open("GET", u);'));
    assert.equal(xhr?.test("if (code.includes('XMLHttpRequest')) names = /=\\s*new\\s+XMLHttpRequest\\b/g;"), false);
  });
});
