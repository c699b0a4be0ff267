// `npm run bench`: scan time of a generated tree and of a real one (the project's node_modules)
// against ripgrep over the same files in the same run (a ratio, not a timed assertion), per-file
// analysis time of 2,000-line files, peak memory, and the inputs that once made patterns quadratic.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { walkSourceFiles } from '../src/node/walk';
import { detectCallSites, PREFILTER_TERMS } from '../src/core/detect/detectFile';
import { SOURCE_EXTENSIONS } from '../src/core/detect/languages';
import { DEFAULT_PROFILE } from '../src/core/model';
import { scanDocuments } from '../src/core/scan/scanDocuments';
import { charactersAnalysed, runHostileInputs } from '../test/unit/fuzz/hostileInputs';

const repo = path.resolve(__dirname, '../..');
const tree = path.join(repo, '.bench', 'tree');
const realTree = path.join(repo, 'node_modules');
const FILES = Number(process.env.BENCH_FILES ?? 50_000);
const corpus = path.join(repo, 'test', 'fixtures', 'corpus');

function generateTree(): void {
  // the marker names the tree's layout: a tree from an older layout is made anew (v2: all four samples, not two)
  const marker = path.join(tree, `.generated-v2-${FILES}`);
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
    const sample = i % 50 === 0 ? samples[(i / 50) % samples.length] : plain[i % plain.length];
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

// the files the walker lists, by extension (scripts known by their `#!` line only are left out of both)
const GLOB = `*.{${SOURCE_EXTENSIONS.join(',')}}`;
// The folders the walker leaves out, the size limit, and .gitignore outside git repositories too.
const RG_SAME_RULES = ['--no-require-git', '--no-ignore-parent', '--hidden', '--max-filesize', '1M', '-g', '!{.git,node_modules,vendor,dist,build,.venv,venv,__pycache__,site-packages,.next,target,.tox,.mypy_cache,.gradle,Pods,.dart_tool,.build}'];

/**
 * CPU time (user + system, ms) of this process's finished children so far, from /proc (Linux; undefined
 * elsewhere): the difference across one run is that child's CPU time, all its threads together.
 */
function childrenCpuMs(): number | undefined {
  try {
    // fields after the command name; cutime and cstime are the 16th and 17th of the whole line
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * CLOCK_TICK_MS : undefined;
  } catch {
    return undefined;
  }
}
/** Linux's USER_HZ is 100 on every architecture Node supports. */
const CLOCK_TICK_MS = 10;

function timeProcess(command: string, args: string[], runs: number, cpu?: number[]): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = childrenCpuMs();
    const t0 = performance.now();
    try {
      execFileSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    } catch (error) {
      // ripgrep exits 1 when nothing matches, the CLI when findings reach --fail-on: both fine here
      if ((error as { status?: number }).status === undefined || (error as { status?: number }).status === 2) throw error;
    }
    times.push(performance.now() - t0);
    const c1 = childrenCpuMs();
    if (cpu && c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
  }
  return times;
}

/** The CLI as a user runs it (process start, walk, analysis, JSON report) against ripgrep on the same files. */
function compareWithRipgrep(label: string, root: string, rg: string): void {
  const cli = path.join(repo, 'dist', 'cli.js');
  const rgArgs = ['--count-matches', '--fixed-strings', ...PREFILTER_TERMS.flatMap((term) => ['-e', term]), '-g', GLOB, ...RG_SAME_RULES, root];
  const cliArgs = [cli, 'scan', root, '--format', 'json', '--output', '/dev/null', '--fail-on', 'none'];
  // warm the file-system cache first, so neither side pays for cold reads
  timeProcess(rg, rgArgs, 1);
  timeProcess(process.execPath, cliArgs, 1);
  // the floor: a Node process that lists, reads and prefilters the same files as the CLI, no analysis
  const walkArgs = [path.join(__dirname, 'walkOnly.js'), root];
  timeProcess(process.execPath, walkArgs, 1);
  // interleaved, so a busy moment of the machine falls on all three alike
  const rgTimes: number[] = [];
  const cliTimes: number[] = [];
  const walkTimes: number[] = [];
  const rgCpu: number[] = [];
  const cliCpu: number[] = [];
  const walkCpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    rgTimes.push(...timeProcess(rg, rgArgs, 1, rgCpu));
    cliTimes.push(...timeProcess(process.execPath, cliArgs, 1, cliCpu));
    walkTimes.push(...timeProcess(process.execPath, walkArgs, 1, walkCpu));
  }
  const [rgMs, cliMs, walkMs] = [rgTimes, cliTimes, walkTimes].map((t) => percentile(t, 50)) as [number, number, number];
  console.log(`${label}: ripgrep ${rgMs.toFixed(0)} ms, openai-privacy-lens scan (CLI process, JSON report) ${cliMs.toFixed(0)} ms → ratio ${(cliMs / rgMs).toFixed(2)}× ripgrep (medians of 5 warm runs)`);
  console.log(`${label}: floor, a Node process that only lists, reads and prefilters the same files (no analysis) ${walkMs.toFixed(0)} ms → ${(walkMs / rgMs).toFixed(2)}× ripgrep; analysis and report add ${(cliMs - walkMs).toFixed(0)} ms`);
  // Both sides use every core: the CPU each spends says how far apart they are whatever the machine's load.
  if (rgCpu.length > 0) {
    const [rgC, cliC, walkC] = [rgCpu, cliCpu, walkCpu].map((t) => percentile(t, 50)) as [number, number, number];
    console.log(`${label}: CPU time (user + system, all threads; medians): ripgrep ${rgC.toFixed(0)} ms, CLI ${cliC.toFixed(0)} ms (${(cliC / rgC).toFixed(2)}×), floor ${walkC.toFixed(0)} ms (${(walkC / rgC).toFixed(2)}×)`);
  }
}

async function main(): Promise<void> {
  generateTree();
  const rg = ensureRipgrep();
  if (!existsSync(path.join(repo, 'dist', 'cli.js'))) execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const inProcess: number[] = [];
  let result: Awaited<ReturnType<typeof scanDocuments>> | undefined;
  for (let i = 0; i < 3; i++) {
    const t1 = performance.now();
    result = await scanDocuments(walkSourceFiles(tree, { maxFileSize: 1 << 20, onSkip: () => undefined, prefilterTerms: PREFILTER_TERMS }), { profile: DEFAULT_PROFILE });
    inProcess.push(performance.now() - t1);
  }
  clearInterval(sampler);
  console.log(`generated tree: ${result?.filesScanned ?? 0} files, ${result?.filesMatched ?? 0} with OpenAI calls, ${result?.findings.length ?? 0} call sites`);
  console.log(`in-process scan on one thread (walk + analysis, no report): median ${percentile(inProcess, 50).toFixed(0)} ms of 3; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB`);
  compareWithRipgrep('generated tree (50,000 files)', tree, rg);
  // A real tree nobody wrote for this benchmark: this project's own installed dependencies.
  compareWithRipgrep(`real tree (${path.relative(repo, realTree)}: the project's dependencies)`, realTree, rg);
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

function typicalFileTiming(): number {
  const text = typicalModule();
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = performance.now();
    detectCallSites(text, { fileName: 'typical.py' });
    times.push(performance.now() - s);
  }
  const median = percentile(times.slice(10), 50);
  console.log(`re-analyse a typical 2,000-line .py module (${detectCallSites(text, { fileName: 'typical.py' }).sites.length} sites): median ${median.toFixed(2)} ms, p95 ${percentile(times.slice(10), 95).toFixed(2)} ms`);
  return (median / text.length) * 100_000;
}

/**
 * The inputs that once made a pattern quadratic or worse (the fuzz test runs them for their results), each timed and rated
 * per 100 KB against the typical module's rate in this process: a pattern gone quadratic again shows as a case hundreds of
 * times slower than ordinary code. Cases that only index a file (nothing handed to the detector) show their time alone.
 */
function hostileInputTiming(typicalPerHundredKb: number): void {
  const rated: Array<{ name: string; ms: number; chars: number; ratio: number }> = [];
  let totalMs = 0;
  runHostileInputs((name, run) => {
    const chars0 = charactersAnalysed();
    const t0 = performance.now();
    const result = run();
    const ms = performance.now() - t0;
    const chars = charactersAnalysed() - chars0;
    totalMs += ms;
    rated.push({ name, ms, chars, ratio: chars > 0 ? (ms / chars) * 100_000 / typicalPerHundredKb : Number.NaN });
    return result;
  }, readFileSync(path.join(corpus, 'node_cjs_legacy.js'), 'utf8'));
  const ratios = rated.filter((r) => !Number.isNaN(r.ratio)).map((r) => r.ratio);
  console.log(`inputs that once made patterns quadratic (${rated.length} cases): ${totalMs.toFixed(0)} ms in all; per 100 KB against the typical module, median ${percentile(ratios, 50).toFixed(1)}×, p95 ${percentile(ratios, 95).toFixed(1)}×`);
  for (const r of [...rated].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
    console.log(`  slowest: ${r.ms.toFixed(0)} ms, ${(r.chars / 1000).toFixed(0)} KB${Number.isNaN(r.ratio) ? '' : `, ${r.ratio.toFixed(1)}× the typical rate`}: ${r.name}`);
  }
}

void main().then(() => hostileInputTiming(typicalFileTiming()));
