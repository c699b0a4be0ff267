import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readSourceFiles } from '../../../src/cli/readPool';
import { walkSourceFiles } from '../../../src/node/walk';
import { PREFILTER_TERMS } from '../../../src/core/detect/detectFile';

// Large trees are read by worker threads (dist/cli-reader.js); they must yield exactly what the
// single-threaded walk yields, skips included.
const workerScript = path.resolve(__dirname, '../../../dist/cli-reader.js');
const root = mkdtempSync(path.join(os.tmpdir(), 'lens-pool-'));
const FILES = 10_500;
for (let i = 0; i < FILES; i++) {
  const dir = path.join(root, `pkg${i % 50}`);
  if (i < 50) mkdirSync(dir, { recursive: true });
  const text = i % 100 === 0 ? `from openai import OpenAI\nclient = OpenAI()\nclient.files.create(file=f, purpose="batch")  # ${i}\n` : `def f_${i}():\n    return ${i}\n`;
  writeFileSync(path.join(dir, `m${i}.py`), text);
}
writeFileSync(path.join(root, 'pkg0', 'blob.py'), Buffer.from([0x6f, 0x70, 0x65, 0x6e, 0x61, 0x69, 0, 1, 2]));
writeFileSync(path.join(root, 'pkg1', 'huge.py'), `# openai\n${'x = 1\n'.repeat(5_000)}`);

describe('parallel reading of a large tree', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  it('yields the same documents and skips as the single-threaded walk', async () => {
    assert.ok(existsSync(workerScript), `${workerScript} exists (npm run build makes it)`);
    const options = (skips: Map<string, string>) => ({ maxFileSize: 20_000, prefilterTerms: PREFILTER_TERMS, onSkip: (rel: string, reason: string) => skips.set(rel, reason) });
    const serialSkips = new Map<string, string>();
    const serial = new Map([...walkSourceFiles(root, options(serialSkips))].map((d) => [d.path, d.text]));
    const parallelSkips = new Map<string, string>();
    const parallel = new Map<string, string>();
    for await (const d of readSourceFiles(root, options(parallelSkips), workerScript)) parallel.set(d.path, d.text);
    assert.strictEqual(serial.size, FILES, 'every readable file once');
    assert.deepStrictEqual([...parallel.keys()].sort(), [...serial.keys()].sort());
    for (const [p, text] of serial) assert.strictEqual(parallel.get(p), text, p);
    assert.strictEqual([...serial.values()].filter((t) => t.length > 0).length, FILES / 100, 'only files with a prefilter term are decoded');
    assert.deepStrictEqual([...parallelSkips].sort(), [...serialSkips].sort());
    assert.match(parallelSkips.get('pkg0/blob.py') ?? '', /binary/);
    assert.match(parallelSkips.get('pkg1/huge.py') ?? '', /above the 20000-byte limit/);
  });
});
