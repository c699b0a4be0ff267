import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { GitignoreSet } from '../core/files/gitignoreSet';
import { languageForFileName, mayBeExtensionlessScript, opensWithScriptShebang, termsPattern } from '../core/detect/languages';

// (also Gradle's, CocoaPods', Dart's and SwiftPM's tool folders; .NET's obj holds only generated code, so it is read)
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'vendor', 'dist', 'build', '.venv', 'venv', '__pycache__', 'site-packages', '.next', 'target', '.tox', '.mypy_cache', '.gradle', 'Pods', '.dart_tool', '.build']);
const BINARY_PROBE = 8192;
/** Bytes read first from an extensionless file, for its `#!` line. */
const SHEBANG_PROBE = 256;

export interface WalkOptions {
  maxFileSize: number;
  /** What the size limit is called where the user sets it (a CLI flag, an editor setting), for skip messages. */
  maxFileSizeName?: string;
  onSkip(relativePath: string, reason: string): void;
  /** Paths left out besides vendored folders and .gitignore (editor excludes); folders are asked as `dir/`. */
  isExcluded?(relativePath: string): boolean;
  /**
   * Terms a file must contain to be worth decoding (searched in its raw bytes). Files without any
   * come with empty text: no detector can find a call in them, and decoding is most of the cost.
   */
  prefilterTerms?: readonly string[];
}

/**
 * Yields the readable source files under `root` that the detectors understand, honouring
 * .gitignore files, skipping vendored folders, binaries, oversized files and symlink loops.
 * Synchronous reads: for tens of thousands of small files they are several times faster than
 * promise-based ones, and the CLI has nothing else to do meanwhile.
 */
export function* walkSourceFiles(root: string, options: WalkOptions): Generator<{ path: string; text: string }> {
  const reader = new SourceFileReader(root, options);
  for (const rel of listSourceFiles(root, options)) {
    const doc = reader.read(rel);
    if (doc) yield doc;
  }
}

/**
 * The relative paths (`/` separators, name order) of the source files a scan reads under `root`,
 * with the extensionless files that may be shell scripts: the reader keeps those with a shell's `#!` line.
 */
export function* listSourceFiles(root: string, options: Pick<WalkOptions, 'onSkip' | 'isExcluded'>): Generator<string> {
  for (const entry of listSourceEntries(root, options)) if (entry !== undefined) yield entry;
}

/**
 * The same listing, with an `undefined` after each folder: a caller on an editor's thread can yield
 * between folders even where a tree holds thousands of folders and few source files.
 */
export function* listSourceEntries(root: string, options: Pick<WalkOptions, 'onSkip' | 'isExcluded'>): Generator<string | undefined> {
  const gitignore = new GitignoreSet();
  // Real paths of the folders visited. Only symbolic links need a realpath() call: a plain
  // subfolder's real path is its parent's plus its name, and plain folders cannot form loops.
  const seen = new Set<string>();
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch (error) {
    options.onSkip('.', `cannot be read: ${(error as Error).message}`);
    return;
  }
  const stack: Array<{ dir: string; real: string }> = [{ dir: '', real: rootReal }];
  seen.add(rootReal);
  while (stack.length > 0) {
    const { dir, real } = stack.pop() ?? { dir: '', real: rootReal };
    const abs = path.join(root, dir);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      options.onSkip(dir || '.', `cannot be read: ${(error as Error).message}`);
      continue;
    }
    const ignoreFile = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (ignoreFile) {
      try {
        gitignore.add(dir, readFileSync(path.join(abs, '.gitignore'), 'utf8'));
      } catch {
        // an unreadable .gitignore only means fewer exclusions
      }
    }
    const subdirs: Array<{ dir: string; real: string }> = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = `${real}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        try {
          const info = statSync(path.join(abs, entry.name));
          isDir = info.isDirectory();
          isFile = info.isFile();
          if (isDir) target = realpathSync(path.join(abs, entry.name));
        } catch {
          options.onSkip(rel, 'broken symbolic link');
          continue;
        }
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || gitignore.ignores(`${rel}/`) || gitignore.ignores(rel) || options.isExcluded?.(`${rel}/`)) continue;
        if (seen.has(target)) {
          options.onSkip(rel, 'symlink loop or repeated folder');
          continue;
        }
        seen.add(target);
        subdirs.push({ dir: rel, real: target });
      } else if ((languageForFileName(entry.name) || mayBeExtensionlessScript(entry.name)) && !gitignore.ignores(rel) && !options.isExcluded?.(rel)) {
        // A FIFO or device named like a source file would block the read forever.
        if (isFile) yield rel;
        else options.onSkip(rel, 'not a regular file (FIFO, socket or device)');
      }
    }
    // depth-first in name order: push in reverse so the first name comes off the stack first
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as { dir: string; real: string });
    yield undefined;
  }
}

/** Reads source files one by one into a reused buffer; says why it skips a file instead of throwing. */
export class SourceFileReader {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private readonly terms: RegExp | undefined;
  private buffer: Buffer;

  constructor(
    private readonly root: string,
    private readonly options: WalkOptions,
  ) {
    this.terms = options.prefilterTerms ? termsPattern(options.prefilterTerms) : undefined;
    this.buffer = Buffer.allocUnsafe(Math.min(256 * 1024, options.maxFileSize + 1));
  }

  /** The file's text, empty text when it has none of the prefilter terms, undefined when skipped. */
  read(rel: string): { path: string; text: string } | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(path.join(this.root, rel), 'r');
      // Read up to one byte past the limit instead of asking for the size first: one system call
      // fewer per file, and a file that fills the buffer is over the limit.
      let length = 0;
      // an extensionless file is a source file only when it is a shell script (`bin/ask-gpt`): its
      // first line says so, and the rest of a binary or a data file is never read
      let ended = false;
      if (mayBeExtensionlessScript(path.basename(rel))) {
        const probe = Math.min(SHEBANG_PROBE, this.buffer.length);
        length = readSync(fd, this.buffer, 0, probe, null);
        if (!opensWithScriptShebang(this.buffer.subarray(0, length))) return undefined;
        ended = length < probe;
      }
      while (!ended) {
        if (length === this.buffer.length) {
          if (this.buffer.length > this.options.maxFileSize) break;
          const grown = Buffer.allocUnsafe(Math.min(this.buffer.length * 4, this.options.maxFileSize + 1));
          this.buffer.copy(grown, 0, 0, length);
          this.buffer = grown;
        }
        const wanted = this.buffer.length - length;
        const n = readSync(fd, this.buffer, length, wanted, null);
        length += n;
        // A short read of a regular file means its end: no extra read() just to be told so.
        if (n < wanted) break;
      }
      if (length > this.options.maxFileSize) {
        const size = fstatSync(fd).size;
        const limit = this.options.maxFileSizeName ? `${this.options.maxFileSizeName} (${this.options.maxFileSize})` : `the ${this.options.maxFileSize}-byte limit`;
        this.options.onSkip(rel, `${size} bytes is above ${limit}`);
        return undefined;
      }
      const bytes = this.buffer.subarray(0, length);
      if (bytes.subarray(0, BINARY_PROBE).includes(0)) {
        this.options.onSkip(rel, 'binary file (NUL byte)');
        return undefined;
      }
      // (the bytes copied as Latin-1, one character each, for the terms, which are ASCII: one pass of one pattern, and no
      // UTF-8 decoding of the files that have none)
      if (this.terms && !this.terms.test(bytes.toString('latin1'))) return { path: rel, text: '' };
      return { path: rel, text: this.decoder.decode(bytes) };
    } catch (error) {
      this.options.onSkip(rel, `cannot be read: ${(error as Error).message}`);
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
