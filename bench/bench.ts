// `npm run bench`: scan time of a generated tree against ripgrep over the same files in the same
// run (a ratio, not a timed assertion), per-file analysis time of 2,000-line files, peak memory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { walkSourceFiles } from '../src/cli/walk';
import { detectCallSites } from '../src/core/detect/detectFile';
import { DEFAULT_PROFILE } from '../src/core/model';
import { scanDocuments } from '../src/core/scan/scanDocuments';

const root = path.resolve(__dirname, '../..');
const tree = path.join(root, '.bench', 'tree');
const FILES = Number(process.env.BENCH_FILES ?? 50_000);
const corpus = path.join(root, 'test', 'fixtures', 'corpus');

function generateTree(): void {
  const marker = path.join(tree, `.generated-${FILES}`);
  if (existsSync(marker)) return;
  rmSync(tree, { recursive: true, force: true });
  const samples = ['py_v1_clients.py', 'node_v4.ts', 'go_official.go', 'py_http.py'].map((f) => ({ ext: path.extname(f), text: readFileSync(path.join(corpus, f), 'utf8') }));
  const plain = [
    { ext: '.py', text: 'import json\n\n\ndef handler(event):\n    data = json.loads(event["body"])\n    return {"statusCode": 200, "body": json.dumps(data)}\n'.repeat(8) },
    { ext: '.ts', text: 'export function add(a: number, b: number): number {\n  return a + b;\n}\n'.repeat(20) },
    { ext: '.go', text: 'package util\n\nfunc Max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n'.repeat(6) },
  ];
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(tree, `pkg${i % 200}`, `mod${Math.floor(i / 200) % 50}`);
    mkdirSync(dir, { recursive: true });
    // one file in fifty talks to OpenAI, as in a real monorepo
    const sample = i % 50 === 0 ? samples[i % samples.length] : plain[i % plain.length];
    if (sample) writeFileSync(path.join(dir, `f${i}${sample.ext}`), sample.text);
  }
  writeFileSync(marker, '');
}

function ensureRipgrep(): string {
  try {
    execFileSync('rg', ['--version'], { stdio: 'ignore' });
  } catch {
    console.log('installing ripgrep from Debian for the baseline…');
    execFileSync('apt-get', ['install', '-y', '-qq', 'ripgrep'], { stdio: 'inherit' });
  }
  return 'rg';
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  generateTree();
  const rg = ensureRipgrep();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  // the same prefilter terms, the same file types, the same ignore rules
  const rgArgs = ['--count-matches', '-e', 'openai', '-e', 'OpenAI', '-e', '/v1/', '-g', '*.{py,pyi,js,mjs,cjs,jsx,ts,mts,cts,tsx,go,sh,bash,zsh,http,rest,ipynb}', tree];
  // warm the file-system cache first, so neither side pays for cold reads
  execFileSync(rg, rgArgs, { stdio: ['ignore', 'ignore', 'ignore'] });
  const rgRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    execFileSync(rg, rgArgs, { stdio: ['ignore', 'ignore', 'ignore'] });
    rgRuns.push(performance.now() - t0);
  }
  const rgMs = percentile(rgRuns, 50);
  const t1 = performance.now();
  const result = await scanDocuments(walkSourceFiles(tree, { maxFileSize: 1 << 20, onSkip: () => undefined }), { profile: DEFAULT_PROFILE });
  const scanMs = performance.now() - t1;
  clearInterval(sampler);
  console.log(`tree: ${result.filesScanned} files, ${result.filesMatched} with OpenAI calls, ${result.findings.length} call sites`);
  console.log(`ripgrep (same terms, same files, median of 3 warm runs): ${rgMs.toFixed(0)} ms`);
  console.log(`openai-privacy-lens scan:         ${scanMs.toFixed(0)} ms  → ratio ${(scanMs / rgMs).toFixed(2)}× ripgrep`);
  console.log(`peak RSS during the scan: ${(peak / 1024 / 1024).toFixed(0)} MiB`);
  for (const [name, fileName] of [['py_v1_clients.py', 'big.py'], ['node_v4.ts', 'big.ts']] as const) {
    const unit = readFileSync(path.join(corpus, name), 'utf8');
    const lines = unit.split('\n').length;
    const text = unit.repeat(Math.ceil(2000 / lines)).split('\n').slice(0, 2000).join('\n');
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const s = performance.now();
      detectCallSites(text, { fileName });
      times.push(performance.now() - s);
    }
    console.log(`re-analyse a 2,000-line ${path.extname(fileName)} file dense with calls (${detectCallSites(text, { fileName }).sites.length} sites): median ${percentile(times.slice(10), 50).toFixed(2)} ms, p95 ${percentile(times.slice(10), 95).toFixed(2)} ms (60 runs, first 10 discarded)`);
  }
}

/** A typical module: 2,000 lines of ordinary code with a client and a handful of calls. */
function typicalModule(): string {
  const lines = ['from openai import OpenAI', 'client = OpenAI()', ''];
  for (let i = 0; lines.length < 2000; i++) {
    lines.push(`def handler_${i}(event, context):`, `    items = [x for x in event.get("items", []) if x.get("id") != ${i}]`, `    total = sum(x["price"] * x.get("qty", 1) for x in items)`);
    lines.push(i % 40 === 0 ? '    return client.responses.create(model="gpt-5", input=str(total), store=False)' : '    return {"total": total, "count": len(items)}', '');
  }
  return lines.slice(0, 2000).join('\n');
}

function typicalFileTiming(): void {
  const text = typicalModule();
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = performance.now();
    detectCallSites(text, { fileName: 'typical.py' });
    times.push(performance.now() - s);
  }
  console.log(`re-analyse a typical 2,000-line .py module (${detectCallSites(text, { fileName: 'typical.py' }).sites.length} sites): median ${percentile(times.slice(10), 50).toFixed(2)} ms, p95 ${percentile(times.slice(10), 95).toFixed(2)} ms`);
}

void main().then(typicalFileTiming);
