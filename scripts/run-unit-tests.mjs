// Runs a bundled test suite (`out/unit` by default, or the folder under out/ named by the first
// argument) with node's built-in runner and ends with the `N passed, N failed` line our CI reads
// (node's own summary uses `# pass N`).
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const suite = process.argv[2] ?? 'unit';
const dir = path.resolve(import.meta.dirname, '../out', suite);
const files = (await readdir(dir, { recursive: true }))
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => path.join(dir, f));

let passed = 0;
let failed = 0;
let skipped = 0;
const stream = run({ files, concurrency: true });
stream.on('test:pass', (e) => { if (e.details.type !== 'suite') { if (e.skip || e.todo) skipped++; else passed++; } });
stream.on('test:fail', (e) => { if (e.details.type !== 'suite') failed++; });
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
report.on('end', () => {
  console.log(`${suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
