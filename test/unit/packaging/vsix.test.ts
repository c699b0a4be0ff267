import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '../../..');
const vsix = path.join(root, 'dist/openai-privacy-lens.vsix');

/** File names in a zip, read from its central directory. */
export function zipEntries(buffer: Buffer): string[] {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'zip end-of-central-directory record');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(offset), 0x02014b50, 'central directory entry');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extra = buffer.readUInt16LE(offset + 30);
    const comment = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/LICENSE(\.txt)?$/i,
  /^extension\/dist\/(extension\.(node|browser)|scan-worker)\.js$/,
  /^extension\/media\/[\w.-]+\.(svg|png)$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/schemas\/[\w.-]+\.schema\.json$/,
];

describe('the packaged .vsix', () => {
  it('holds only the bundles, the manifest, docs, media, grammar and schemas', (t) => {
    if (!existsSync(vsix)) {
      t.skip('dist/openai-privacy-lens.vsix is not built; `npm test` packages it before the unit tests');
      return;
    }
    const names = zipEntries(readFileSync(vsix));
    const unexpected = names.filter((n) => !ALLOWED.some((re) => re.test(n)));
    assert.deepEqual(unexpected, [], 'no sources, tests, maps or node_modules');
    for (const needed of ['extension/package.json', 'extension/dist/extension.node.js', 'extension/dist/scan-worker.js', 'extension/dist/extension.browser.js', 'extension/media/activity-bar.svg']) {
      assert.ok(names.includes(needed), `${needed} is packaged`);
    }
  });

  it('the reader itself rejects what is not a zip (the check can fail)', () => {
    assert.throws(() => zipEntries(Buffer.from('not a zip at all')));
  });
});
