import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OrgProfile, Severity } from '../core/model';
import { DEFAULT_PROFILE, SEVERITY_RANK } from '../core/model';
import { PREFILTER_TERMS } from '../core/detect/detectFile';
import { languageForFile } from '../core/detect/languages';
import { mergeProfiles, parseProfile } from '../core/profile/parseProfile';
import type { ReportFormat } from '../core/report/renderReport';
import { renderReport, TOOL_VERSION } from '../core/report/renderReport';
import type { ScanResult } from '../core/scan/scanDocuments';
import { scanDocuments, topVerdict } from '../core/scan/scanDocuments';
import { runPolicyCommand } from './policyCommand';
import { SourceFileReader } from '../node/walk';
import { readSourceFiles } from './readPool';

const PROFILE_FILE = '.openai-privacy.yaml';

const USAGE = `Usage:
  openai-privacy-lens scan [paths…] [--format text|json|sarif|markdown] [--profile FILE]
                           [--fail-on error|warning|info|none] [--output FILE] [--max-file-size BYTES]
  openai-privacy-lens policy [--format text|json|markdown] [--endpoint PATH]
  openai-privacy-lens --help | --version

A file is analysed with its project (the nearest folder above it holding .git or
.openai-privacy.yaml), and only its own call sites are listed.
Makes no network requests. Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or I/O error.
`;


export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  /** The CLI bundle, to start reader threads from on large trees; without it files are read on this thread. */
  workerScript?: string;
}

/** Runs the CLI in-process (tests call this); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    io.out(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (command === 'policy') return runPolicyCommand(rest, io.out, io.err);
  if (command === 'scan') return runScan(rest, io);
  io.err(`openai-privacy-lens: unknown command ${command}\n${USAGE}`);
  return 2;
}

async function runScan(args: string[], io: CliIo): Promise<number> {
  const paths: string[] = [];
  let format: ReportFormat = 'text';
  let profileFile: string | undefined;
  let failOn: Severity | 'none' = 'error';
  let output: string | undefined;
  let maxFileSize = 1024 * 1024;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = (): string => args[++i] ?? '';
    if (a === '--format') {
      const f = value();
      if (!['text', 'json', 'sarif', 'markdown'].includes(f)) return usage(io, `--format must be text, json, sarif or markdown (got "${f}")`);
      format = f as ReportFormat;
    } else if (a === '--profile') profileFile = value();
    else if (a === '--fail-on') {
      const f = value();
      if (!['error', 'warning', 'info', 'none'].includes(f)) return usage(io, `--fail-on must be error, warning, info or none (got "${f}")`);
      failOn = f as Severity | 'none';
    } else if (a === '--output') output = value();
    else if (a === '--max-file-size') {
      maxFileSize = Number(value());
      if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) return usage(io, '--max-file-size takes a positive number of bytes');
    } else if (a.startsWith('-')) return usage(io, `unknown option ${a}`);
    else paths.push(a);
  }
  if (paths.length === 0) paths.push(defaultScanRoot(io.cwd));
  const combined: ScanResult = { findings: [], problems: [], filesScanned: 0, filesMatched: 0, cancelled: false };
  let profile: OrgProfile = DEFAULT_PROFILE;
  const units = scanUnits(paths.map((p) => path.resolve(io.cwd, p)));
  if (typeof units === 'string') {
    io.err(`openai-privacy-lens: ${units} does not exist\n`);
    return 2;
  }
  for (const { folder, only } of units) {
    const loaded = await loadProfile(profileFile ? path.resolve(io.cwd, profileFile) : path.join(folder, PROFILE_FILE), profileFile !== undefined, io);
    if (loaded === undefined) return 2;
    profile = loaded;
    // (with files named, only what is said of them: the rest of their project is context)
    const onSkip = (rel: string, reason: string): void => {
      if (only === undefined || only.has(rel)) io.err(`skipped ${rel}: ${reason}\n`);
    };
    const walked = readSourceFiles(folder, { maxFileSize, onSkip, prefilterTerms: PREFILTER_TERMS }, io.workerScript);
    // the files the prefilter passed over are read again only for a function a candidate may call
    const whole = new SourceFileReader(folder, { maxFileSize, onSkip: () => undefined });
    const files = only ? withNamedFiles(walked, only, new SourceFileReader(folder, { maxFileSize, onSkip }), onSkip) : walked;
    const result = await scanDocuments(files, { profile, readOtherFile: (rel) => whole.read(rel)?.text });
    // a folder's files are named relative to it unless several are scanned; a named file as from here
    const prefix = units.length > 1 ? `${path.relative(io.cwd, folder).split(path.sep).join('/') || '.'}/` : '';
    const named = (file: string): string => (only ? path.relative(io.cwd, path.join(folder, file)).split(path.sep).join('/') : `${prefix}${file}`);
    const kept = (file: string): boolean => only === undefined || only.has(file);
    for (const f of result.findings) if (kept(f.file)) combined.findings.push({ ...f, file: named(f.file) });
    for (const p of result.problems) if (kept(p.path)) io.err(`${named(p.path)}: ${p.message}\n`);
    combined.problems.push(...result.problems.filter((p) => kept(p.path)).map((p) => ({ ...p, path: named(p.path) })));
    combined.filesScanned += only ? only.size : result.filesScanned;
    combined.filesMatched += only ? new Set(result.findings.filter((f) => kept(f.file)).map((f) => f.file)).size : result.filesMatched;
  }
  const report = renderReport(format, combined, profile);
  if (output) await writeFile(path.resolve(io.cwd, output), report);
  else io.out(report);
  if (failOn === 'none') return 0;
  const failing = combined.findings.some((f) => {
    const top = topVerdict(f);
    return top !== undefined && SEVERITY_RANK[top.severity] <= SEVERITY_RANK[failOn as Severity];
  });
  return failing ? 1 : 0;
}

/**
 * The folders to scan. A file named on the command line is analysed with its project (the nearest
 * folder above it holding `.git` or a profile, else its own folder), whose clients and senders it may use, and
 * only its own call sites are listed; files of one project share one scan. Returns the first path
 * that does not exist instead.
 */
function scanUnits(roots: string[]): Array<{ folder: string; only?: Set<string> }> | string {
  const units: Array<{ folder: string; only?: Set<string> }> = [];
  for (const root of roots) {
    if (!existsSync(root)) return root;
    if (!statSync(root).isFile()) {
      units.push({ folder: root });
      continue;
    }
    const folder = projectFolder(path.dirname(root));
    const rel = path.relative(folder, root).split(path.sep).join('/');
    const unit = units.find((u) => u.folder === folder && u.only);
    if (unit) unit.only?.add(rel);
    else units.push({ folder, only: new Set([rel]) });
  }
  // a file inside a folder also named is that folder's already
  return units.filter((u) => !u.only || !units.some((other) => !other.only && [...(u.only ?? [])].every((rel) => isInside(other.folder, path.join(u.folder, rel)))));
}

function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * The walk's files, then each named file it passed over (a folder .gitignore'd or vendored, an
 * extension it does not read): named on the command line, it is read all the same, or said why not.
 */
async function* withNamedFiles(walked: AsyncIterable<{ path: string; text: string }>, named: ReadonlySet<string>, reader: SourceFileReader, onSkip: (rel: string, reason: string) => void): AsyncGenerator<{ path: string; text: string }> {
  const seen = new Set<string>();
  for await (const doc of walked) {
    if (named.has(doc.path)) seen.add(doc.path);
    yield doc;
  }
  for (const rel of named) {
    if (seen.has(rel)) continue;
    const doc = reader.read(rel);
    if (doc && !languageForFile(rel, doc.text)) onSkip(rel, 'not a kind of file the scanner reads');
    else if (doc) yield doc;
  }
}

function projectFolder(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git')) || existsSync(path.join(dir, PROFILE_FILE))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/** Inside this repository the sample workspace is the default, elsewhere the current folder. */
function defaultScanRoot(cwd: string): string {
  const sample = path.join(cwd, 'sample-workspace');
  return existsSync(path.join(cwd, 'package.json')) && existsSync(sample) ? sample : cwd;
}

async function loadProfile(file: string, required: boolean, io: CliIo): Promise<OrgProfile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (required) {
      io.err(`openai-privacy-lens: cannot read profile ${file}\n`);
      return undefined;
    }
    return DEFAULT_PROFILE;
  }
  const { declared, problems } = parseProfile(text);
  for (const p of problems) io.err(`${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message}\n`);
  return mergeProfiles(declared, {});
}

function usage(io: CliIo, message: string): number {
  io.err(`openai-privacy-lens: ${message}\n${USAGE}`);
  return 2;
}
