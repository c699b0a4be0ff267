import type { SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { TableLanguage } from './tableLexer';

export type DetectLanguage = SourceLanguage | 'notebook';

const BY_EXTENSION: Record<string, DetectLanguage> = {
  py: 'python',
  pyi: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  // Google Apps Script (`UrlFetchApp.fetch(url, options)`)
  gs: 'javascript',
  jsx: 'javascriptreact',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  go: 'go',
  sh: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  // fish's curl commands read as other shells' (its `set name value` is not read: such a base URL stays unknown)
  fish: 'shellscript',
  http: 'http',
  rest: 'http',
  // (Hurl's request files write their requests as `.http` files do: `POST https://…`)
  hurl: 'http',
  ipynb: 'notebook',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  cs: 'csharp',
  rs: 'rust',
  swift: 'swift',
  dart: 'dart',
  scala: 'scala',
  php: 'php',
  rb: 'ruby',
  // (Rake tasks: `lib/tasks/*.rake`)
  rake: 'ruby',
  r: 'r',
  lua: 'lua',
  gd: 'gdscript',
  groovy: 'groovy',
  // (a pipeline named for its job: `deploy.jenkinsfile`)
  jenkinsfile: 'groovy',
  jl: 'julia',
  c: 'c',
  // (a header may be C's or C++'s: VS Code calls it C++)
  h: 'cpp',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  hxx: 'cpp',
  // (Arduino sketches: C++)
  ino: 'cpp',
  ex: 'elixir',
  exs: 'elixir',
  ps1: 'powershell',
  psm1: 'powershell',
  sas: 'sas',
  // (babashka's scripts are Clojure too)
  clj: 'clojure',
  cljs: 'clojure',
  cljc: 'clojure',
  bb: 'clojure',
  // (their `<script>` blocks: a page's browser code, a component's)
  html: 'html',
  htm: 'html',
  vue: 'vue',
  svelte: 'svelte',
  // (the shell of their CI steps: `run: |` … `curl https://api.openai.com/v1/…`)
  yml: 'yaml',
  yaml: 'yaml',
  // (Make's included files; a `Makefile` is known by its name)
  mk: 'makefile',
  // (the C# of their `@code { … }` blocks: a Blazor component's requests)
  razor: 'razor',
  cshtml: 'razor',
  // (read by the API URLs they write: see URL_ONLY_LANGUAGES)
  hs: 'haskell',
  fs: 'fsharp',
  fsx: 'fsharp',
  pl: 'perl',
  pm: 'perl',
  scm: 'scheme',
  ss: 'scheme',
  rkt: 'racket',
  el: 'elisp',
  ahk: 'ahk',
  ah2: 'ahk',
  pas: 'pascal',
  dpr: 'pascal',
  lpr: 'pascal',
  vb: 'vb',
  vbs: 'vb',
  bas: 'vb',
  // (MATLAB's `.m` too: its `webwrite('https://…')` reads the same)
  m: 'objective-c',
  mm: 'objective-cpp',
  nim: 'nim',
  // (NimScript: a project's build tasks, written in Nim)
  nims: 'nim',
  zig: 'zig',
  ml: 'ocaml',
};

/** JavaScript and TypeScript, with or without JSX: the languages read as one family. */
export const JS_LANGUAGES: ReadonlySet<SourceLanguage> = new Set<SourceLanguage>(['javascript', 'typescript', 'javascriptreact', 'typescriptreact']);

/** Languages read for raw HTTP requests and by their own SDK readers (not by the Python/JS/Go SDK detector), with the lexer that reads each (Dart's strings are JavaScript's). */
export const RAW_HTTP_LANGUAGES: ReadonlyMap<SourceLanguage, 'c' | 'hash' | 'js' | 'lua' | 'python' | 'groovy'> = new Map([
  ['java', 'c'],
  ['kotlin', 'c'],
  ['csharp', 'c'],
  ['rust', 'c'],
  ['swift', 'c'],
  ['dart', 'js'],
  ['scala', 'c'],
  ['php', 'hash'],
  ['ruby', 'hash'],
  ['elixir', 'hash'],
  ['r', 'hash'],
  ['lua', 'lua'],
  // (GDScript's and Julia's `#` comments and quoted strings, triple-quoted too, as Python's: no here-documents, no `//` comments;
  // Julia's `#= … =#` comments are blanked before, see detectFile)
  ['gdscript', 'python'],
  ['julia', 'python'],
  // (Groovy's: `//` and block comments, single- and double-quoted strings, triple-quoted too)
  ['groovy', 'groovy'],
  ['c', 'c'],
  ['cpp', 'c'],
]);

/**
 * Languages read only by the API URLs they write in full (src/core/detect/literalUrlRequests.ts), with the lexer that
 * reads each: Haskell's, F#'s, Pascal's, Nim's, Zig's and OCaml's strings and comments by their tables (tableLexer.ts),
 * Objective-C's `"…"` and `@"…"` as Groovy's (a `.m` file with no `#import` is MATLAB's, by its table), Perl's by its own,
 * the Lisps' `;` and `#| … |#` comments as Clojure's, AutoHotkey's and Visual Basic's by their own.
 */
export const URL_ONLY_LANGUAGES: ReadonlyMap<SourceLanguage, 'perl' | 'lisp' | 'groovy' | 'ahk' | 'vb' | TableLanguage> = new Map([
  ['haskell', 'haskell'],
  ['fsharp', 'fsharp'],
  ['perl', 'perl'],
  ['scheme', 'lisp'],
  ['racket', 'lisp'],
  ['elisp', 'lisp'],
  ['ahk', 'ahk'],
  ['pascal', 'pascal'],
  ['vb', 'vb'],
  ['objective-c', 'groovy'],
  ['objective-cpp', 'groovy'],
  ['nim', 'nim'],
  ['zig', 'zig'],
  ['ocaml', 'ocaml'],
]);

/** BY_EXTENSION as a Map: an extension such as `constructor` names no language. */
const LANGUAGE_BY_EXTENSION: ReadonlyMap<string, DetectLanguage> = new Map(Object.entries(BY_EXTENSION));

/** The file name extensions the detectors read. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/**
 * Editor language ids other extensions give files the detectors read as one of their languages (the Hurl extension's `hurl`,
 * the GitHub Actions extension's `github-actions-workflow`, the C# extension's `aspnetcorerazor`).
 */
export const EDITOR_LANGUAGE_ALIASES: ReadonlyMap<string, SourceLanguage> = new Map([
  ['hurl', 'http'],
  ['github-actions-workflow', 'yaml'],
  ['aspnetcorerazor', 'razor'],
  // (AutoHotkey v2's and other extensions' ids, Delphi's)
  ['ahk2', 'ahk'],
  ['autohotkey', 'ahk'],
  ['objectpascal', 'pascal'],
  ['emacs-lisp', 'elisp'],
]);

/** The editor's language ids of the documents the detectors read (notebook cells come as one of them). */
export const EDITOR_LANGUAGES: readonly SourceLanguage[] = [...new Set(Object.values(BY_EXTENSION))].filter((l): l is SourceLanguage => l !== 'notebook');

export function languageForFileName(fileName: string): DetectLanguage | undefined {
  // (called for every path a scan lists: a slice, not a pattern tried at each character)
  const dot = fileName.lastIndexOf('.');
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  // (a name without an extension: a Jenkins pipeline, `Jenkinsfile`, is Groovy)
  if (dot <= slash) return LANGUAGE_BY_NAME.get(fileName.slice(slash + 1).toLowerCase());
  return LANGUAGE_BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase());
}

/** Files known by their whole name (lower case), not an extension. */
const LANGUAGE_BY_NAME: ReadonlyMap<string, DetectLanguage> = new Map([
  ['jenkinsfile', 'groovy'],
  ['makefile', 'makefile'],
  ['gnumakefile', 'makefile'],
]);

/** A shell's `#!` line: `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/zsh -e`. */
const SHELL_SHEBANG = /^#![^\n]*\b(?:ba|z|da|k)?sh\b/;
/** Python's: `#!/usr/bin/env python3`, `#!/usr/bin/python` (git hooks and bin/ scripts are often written so). */
const PYTHON_SHEBANG = /^#![^\n]*\bpython[\d.]*\b/;

/** Whether raw bytes open with a shell's or Python's `#!` line (for a file without an extension). */
export function opensWithScriptShebang(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return false;
  // `#!` lines are ASCII: each byte as one character is enough
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return SHELL_SHEBANG.test(head) || PYTHON_SHEBANG.test(head);
}

/** A line that calls PowerShell's web cmdlets, maybe kept in a variable (`$r = Invoke-RestMethod -Uri …`). */
const POWERSHELL_WEB_CMDLET = /^[ \t]*(?:\$[A-Za-z_][\w:]*[ \t]*=[ \t]*)?Invoke-(?:RestMethod|WebRequest)\b/m;
/** A variable assigned as PowerShell writes it (`$body = @{`; a POSIX shell writes `body=`). */
const POWERSHELL_ASSIGNMENT = /^[ \t]*\$[A-Za-z_][\w:]*[ \t]*=/m;
/** What only a POSIX shell writes: a here-document, `export NAME=`, the ends of its blocks. */
const POSIX_SHELL_MARK = /<<-?[ \t]*["']?\w|^[ \t]*(?:export[ \t]+\w+=|fi\b|done\b|esac\b|then\b)/m;

/**
 * The language a script runs in when its content says otherwise than its name: a Python script named `.sh`
 * (`scripts/gpt.sh` opening `#!/usr/bin/env python`) runs as Python, whatever the editor calls it; and one with no shell's
 * `#!` line written in PowerShell (`$headers = @{ … }`, `Invoke-RestMethod -Uri …`, nothing only a POSIX shell writes), as PowerShell.
 */
export function byScriptContent<L extends DetectLanguage | undefined>(language: L, text: string): L | 'python' | 'powershell' {
  if (language !== 'shellscript') return language;
  if (PYTHON_SHEBANG.test(text)) return 'python';
  return !SHELL_SHEBANG.test(text) && POWERSHELL_WEB_CMDLET.test(text) && POWERSHELL_ASSIGNMENT.test(text) && !POSIX_SHELL_MARK.test(text) ? 'powershell' : language;
}

/** By the name, or for a script without an extension (`bin/gpt`, `.git/hooks/prepare-commit-msg`) by its `#!` line. */
export function languageForFile(fileName: string, text: string): DetectLanguage | undefined {
  if (/\.[A-Za-z0-9]+$/.test(fileName)) return byScriptContent(languageForFileName(fileName), text);
  const named = languageForFileName(fileName);
  if (named) return named;
  // (`#!/usr/bin/env python3` names `env`, not a shell: Python is tried first)
  if (PYTHON_SHEBANG.test(text)) return 'python';
  return SHELL_SHEBANG.test(text) ? 'shellscript' : undefined;
}

// Extensionless names that are documents or build files, never scripts: a scan need not open them.
const NEVER_SCRIPTS = new Set(['license', 'licence', 'copying', 'notice', 'patents', 'readme', 'authors', 'contributors', 'maintainers', 'owners', 'codeowners', 'changelog', 'changes', 'history', 'news', 'todo', 'version', 'makefile', 'gnumakefile', 'dockerfile', 'containerfile', 'procfile', 'gemfile', 'rakefile', 'podfile', 'brewfile', 'vagrantfile', 'jenkinsfile', 'justfile', 'caddyfile', 'pipfile', 'cartfile', 'fastfile', 'appfile', 'berksfile', 'guardfile', 'capfile', 'dangerfile', 'tiltfile']);

/**
 * Whether a file named so may be a shell or Python script without an extension (`bin/ask-gpt`): a name
 * with no dot at all that is not a known document or build file. Its `#!` line decides.
 */
export function mayBeExtensionlessScript(fileName: string): boolean {
  return !fileName.includes('.') && !NEVER_SCRIPTS.has(fileName.toLowerCase());
}

/**
 * Cheap prefilter: files without any of these strings cannot hold an OpenAI call. Besides the
 * names and the API's path prefix, the SDK's most used resources: a module that calls a client
 * imported from another module of the project (`from app.llm import client` …
 * `client.chat.completions.create(…)`) need not name OpenAI at all. The name in any of its usual
 * casings (`openai`, `OpenAI`, `openAiUrl`, `OpenAi`): a Go file using `openAiUrl` from another file
 * of its package names it no other way; go-openai's earlier name, go-gpt3 (also PullRequestInc's
 * library of that name), and ayush6624/go-chatgpt name it not at all. A
 * fine-tuning helper handed the client (`client.fine_tuning.jobs.create(…)`) names only `fine_tuning`.
 * A module named `open_ai` (`from src.open_ai import client`) names it with an underscore. An
 * environment variable names it in capitals (`process.env.AZURE_OPENAI_ENDPOINT`, the whole URL).
 * A request to a URL set at run time may name only its model (`gpt-4o-mini`) or read only the
 * Responses API's `output_text`. The image and audio resources too (`client.images.generate(…)` on a client from
 * `config.py`, `${BASE}/images/generations`, `/audio/transcriptions`): held-out corpora 213 and 216 had files naming nothing else;
 * and the Assistants API's, the models list, moderations and vector stores (held-out corpus 218: five scripts calling
 * `client.beta.assistants.create(…)`, `client.models.list()` on a client from `config/oai.py`); and image edits and
 * variations (held-out corpus 260: `cliente.images.create_variation(…)` on a client from the project's `utils`); and the Rust crate
 * chatgpt_rs's import (held-out corpus 298: `use chatgpt::{prelude::{ChatGPT as ChatGPTClient, …}}` named nothing else); and
 * OpenRouter's name, for a request to a URL read at run time from `OPENROUTER_BASE_URL` in a file naming nothing else (held-out
 * corpus 420: `requests.post(BASE_URL, json=payload)` with a chat body, read through `choices`); and the C# package Whetstone.ChatGPT's
 * namespace (a `ChatGPTClient` asked `CreateChatCompletionAsync(request)` with a model named by its constants need name nothing else); and the
 * Swift package ChatGPTSwift's import (held-out corpus 502: `api.sendMessageStream(text:)` on a `ChatGPTAPI` named nothing else); and
 * ChatGPT's name in any of its casings (held-out corpus 508: two Spring services posting a `ChatGPTRequest` to `@Value("${chatgpt.url}")`
 * named nothing else); and DeepSeek's name, the OpenAI-compatible provider most named in 2025–2026's code (held-out corpus 549: five
 * `requests.post(Config.API_URL, json=data)` with a chat body, read through `choices`, in files naming DeepSeek alone). Each term
 * costs the prefilter a pass over the bytes (the six of corpus 218 about 4% of the scan's CPU time on the bench's generated tree):
 * a term holding another is left out, ChatGPT's name standing for go-chatgpt's, chatgpt_rs's `use chatgpt`, `Whetstone.ChatGPT` and
 * `import ChatGPTSwift`.
 */
export const PREFILTER_TERMS: readonly string[] = ['penai', 'penAI', 'penAi', 'pen_ai', 'PENAI', '/v1/', 'completions', 'embeddings', 'responses.create', 'fine_tuning', 'go-gpt3', 'gpt-', 'output_text', 'images.generate', 'images.edit', 'images.create_variation', 'images.createVariation', 'generations', 'transcriptions', 'audio.speech', 'audio.translations', 'assistants.', 'beta.threads', 'models.list', 'moderations', 'vector_stores', 'vectorStores', 'penrouter', 'penRouter', 'PENROUTER', 'hatGPT', 'hatGpt', 'chatgpt', 'CHATGPT', 'eepSeek', 'eepseek', 'EEPSEEK'];

/**
 * One pattern of alternatives for a list of terms: a single pass over a file instead of one per term
 * (28 passes of `includes` over the bench's 50,000 generated files cost 4× this one).
 */
export function termsPattern(terms: readonly string[]): RegExp {
  // (no terms match nothing, as no search would: an empty pattern would match everything)
  return terms.length === 0 ? /(?!)/ : new RegExp(terms.map(escapeRe).join('|'));
}

const PREFILTER_PATTERN = termsPattern(PREFILTER_TERMS);

export function mayMentionOpenAI(text: string): boolean {
  return PREFILTER_PATTERN.test(text);
}

/**
 * Each byte as one character: the terms are ASCII, and no byte of a UTF-8 sequence for another character is. (The WHATWG
 * `latin1` label is windows-1252, whose bytes 0x80–0x9F map to other characters; none maps to an ASCII one.)
 */
const BYTES_AS_TEXT = new TextDecoder('latin1');

/** The same test on raw UTF-8 bytes, so a scan can skip decoding the files that cannot matter: most of a large workspace. */
export function bytesMayMentionOpenAI(bytes: Uint8Array): boolean {
  return PREFILTER_PATTERN.test(BYTES_AS_TEXT.decode(bytes));
}
