import type { CallSite } from '../model';
import { detectBodyShapedRequests } from './bodyShapedRequests';
import { detectRealtimeHeaderSockets, detectRealtimeSdpOffers } from './realtimeHeaderSockets';
import { detectCurlCalls, detectEmbeddedCurlCalls, detectHttpCalls, detectHttpFileRequests, detectHttpieCalls } from './httpCalls';
import { makesDeferredCalls, withDeferredCallsMade } from './deferredCalls';
import { detectDotnetSdkCalls } from './dotnetSdk';
import { detectBetalgoCalls } from './betalgoSdk';
import { detectOpenAICppCalls } from './openaiCppSdk';
import { detectOkGoDoItCalls } from './okGoDoItSdk';
import { detectRubySdkCalls } from './rubySdk';
import { detectPhpClassSdkCalls } from './phpClassSdks';
import { detectOpenAIUnityCalls } from './openaiUnitySdk';
import { detectWhetstoneCalls } from './whetstoneSdk';
import { detectChatGptSwiftCalls } from './chatGptSwiftSdk';
import { detectEasyGithDevCalls } from './phpEasyGithDevSdk';
import { detectPhpSdkCalls } from './phpSdk';
import { detectRustSdkCalls } from './rustSdk';
import { detectChatgptCrateCalls, detectOpenAICrateCalls, detectOpenAIApiRustCalls, detectOpenAIApiStreamCalls } from './rustOpenAICrate';
import { detectOpenAIRustCalls } from './openaiRustCrate';
import { detectAzureModularCalls } from './azureModularApi';
import { detectArgvCurlCalls } from './argvCurl';
import { detectDartChatGptSdkCalls } from './dartChatGptSdk';
import { detectDartOpenaiApiCalls } from './dartOpenaiApiSdk';
import { detectDartOpenaiDartCalls } from './dartOpenaiDartSdk';
import { detectDartSdkCalls } from './dartSdk';
import { detectJavaSdkCalls } from './javaSdk';
import { detectKotlinSdkCalls } from './kotlinSdk';
import { detectTheokanningCalls } from './theokanningSdk';
import { detectOpenai4jCalls } from './openai4jSdk';
import { detectUnfbxCalls } from './unfbxSdk';
import { detectPlexptCalls } from './plexptSdk';
import { detectAzureBetaCalls } from './azureBetaSdk';
import { detectAzureJavaCalls } from './azureJavaSdk';
import { detectOpenAIDotnetCalls } from './openaiDotnetSdk';
import { detectOpenAIHelperCalls } from './openAIHelperCalls';
import { detectRetrofitCalls } from './retrofit';
import { detectElixirSdkCalls } from './elixirSdk';
import { detectSwiftSdkCalls } from './swiftSdk';
import { detectOpenAISwiftCalls } from './openAISwiftSdk';
import { detectROpenaiPackageCalls } from './rOpenaiPackage';
import { detectJuliaOpenaiCalls } from './juliaOpenaiPackage';
import type { DetectLanguage } from './languages';
import { byScriptContent, JS_LANGUAGES, languageForFile, mayMentionOpenAI, RAW_HTTP_LANGUAGES, URL_ONLY_LANGUAGES } from './languages';
import { lex, releaseBracketIndexes } from './lexer';
import type { StringLiteral } from './lexer';
import { firstStartingFrom, lastBefore } from './sorted';
import { withPathNamesFilled } from './pathNames';
import { detectOpenAICliCalls } from './openaiCli';
import { detectPowerShellRequests } from './powershell';
import { detectSasRequests } from './sas';
import { detectClojureRequests } from './clojure';
import { detectLiteralUrlRequests } from './literalUrlRequests';
import { isTableLanguage, lexByTable } from './tableLexer';
import { ciShellBlocks, makefileRecipes, razorCodeBlocks, shellEmbeddedScripts, scriptBlocks } from './scriptBlocks';
import type { ProjectIndex } from './projectIndex';
import { detectSdkCalls } from './sdkCalls';
import { sourceText, withUnixLineEnds } from './sourceText';

/** An Objective-C file's marks (MATLAB's `.m` files write none): `#import`, `#include`, `@interface`, `@implementation`. */
const OBJECTIVE_C_MARK = /^[ \t]*(?:#[ \t]*(?:import|include)\b|@(?:interface|implementation|protocol|end)\b)/m;

export type { DetectLanguage } from './languages';
export { languageForFileName, mayMentionOpenAI, PREFILTER_TERMS } from './languages';

export interface DetectOptions {
  fileName: string;
  language?: DetectLanguage;
  project?: ProjectIndex;
}

export interface DetectResult {
  sites: CallSite[];
  /** Why a file could not be read as expected (e.g. broken notebook JSON). Never thrown. */
  problems: string[];
}

/** Every OpenAI call site in one file, in source order. Never throws: bad input yields problems. */
export function detectCallSites(text: string, options: DetectOptions): DetectResult {
  const language = options.language ? byScriptContent(options.language, text) : languageForFile(options.fileName, text);
  // (a Go file that names no OpenAI term but reads its package's URL constant is read too, and so is a JVM file calling a
  // service interface of the project: `client.ask(request)`)
  if (!language || (language !== 'notebook' && !mayMentionOpenAI(text) && !options.project?.usesPackageUrl(text, options.fileName) && !options.project?.callsDeclaredService(text, options.fileName))) return { sites: [], problems: [] };
  // A byte-order mark would hide the first line's import from line-anchored patterns; a space keeps offsets.
  const source = withUnixLineEnds(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  try {
    if (language === 'notebook') return detectInNotebook(source, options);
    return { sites: detectInSource(source, language, options.project, options.fileName), problems: [] };
  } catch (error) {
    return { sites: [], problems: [`analysis failed: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    // (a long file's bracket index is not kept for the next file)
    releaseBracketIndexes();
  }
}

function detectInSource(text: string, language: Exclude<DetectLanguage, 'notebook'>, project: ProjectIndex | undefined, fileName?: string): CallSite[] {
  if (language === 'html' || language === 'vue' || language === 'svelte') {
    const script = scriptBlocks(text, language !== 'html');
    return script ? detectInSource(script.text, script.language, project, fileName) : [];
  }
  if (language === 'razor') {
    const csharp = razorCodeBlocks(text);
    return csharp ? detectInSource(csharp, 'csharp', project, fileName) : [];
  }
  if (language === 'yaml') {
    const shell = ciShellBlocks(text);
    return shell ? detectInSource(shell, 'shellscript', project, fileName) : [];
  }
  if (language === 'makefile') {
    const shell = makefileRecipes(text);
    return shell ? detectInSource(shell, 'shellscript', project, fileName) : [];
  }
  if (language === 'http') {
    const lexed = lex(text, 'shell');
    return detectHttpFileRequests(sourceText(text, { ...lexed, comments: [] }));
  }
  if (language === 'powershell') {
    const lexed = lex(text, 'powershell');
    return detectPowerShellRequests(sourceText(text, lexed), lexed).sort(bySourcePosition);
  }
  if (language === 'sas') {
    // (SAS's strings are `"…"` and `'…'`, its comments `/* … */`: the lexer of the `#`-comment languages reads them)
    const lexed = lex(text, 'hash');
    return detectSasRequests(sourceText(text, lexed), lexed).sort(bySourcePosition);
  }
  if (language === 'clojure') {
    const lexed = lex(text, 'lisp');
    return detectClojureRequests(sourceText(text, lexed), lexed);
  }
  const urlsOnly = URL_ONLY_LANGUAGES.get(language);
  if (urlsOnly) {
    // (MATLAB's `.m` files are Objective-C's by their extension: one that imports nothing is MATLAB's)
    const lexer = language === 'objective-c' && !OBJECTIVE_C_MARK.test(text) ? 'matlab' : urlsOnly;
    const lexed = isTableLanguage(lexer) ? lexByTable(text, lexer) : lex(text, lexer);
    return detectLiteralUrlRequests(sourceText(text, lexed), lexed, language);
  }
  const rawOnly = RAW_HTTP_LANGUAGES.get(language);
  // (Julia's `#= … =#` comments: blanked, lines kept, before the Python-like lexer reads the rest)
  if (language === 'julia' && text.includes('#=')) text = withoutJuliaBlockComments(text);
  const lexed = lex(text, rawOnly ?? (language === 'python' ? 'python' : language === 'go' ? 'go' : language === 'shellscript' ? 'shell' : 'js'), language === 'rust' ? { rust: true } : undefined);
  // Ruby's `"#{base}/files/#{id}"` and Swift's `"\(base)/files"` read as JavaScript's `${…}` placeholders
  // (and Elixir's `"#{base}/chat/completions"`)
  if (language === 'ruby' || language === 'swift' || language === 'elixir') lexed.strings = lexed.strings.map((s) => ({ ...s, value: language === 'swift' ? s.value.replace(/\\\(([^()\n]{0,200})\)/g, '${$1}') : s.value.replace(/#\{/g, '${') }));
  // R's glue strings read with the names they fill in that the file sets to a string just before: `task <- "chat/completions"`,
  // `glue::glue("https://api.openai.com/v1/{task}")` (same offsets: only the values change)
  if (language === 'r' && text.includes('glue')) lexed.strings = withGlueValues(lexed.strings, lexed.code, text);
  // a path a name holds, filled into a template or f-string that joins it to a base: `const apiPath = '/v1/chat/completions'`, then
  // `${base}${apiPath}` (f"{endpoint}{path}" in Python) reads as `${base}/v1/chat/completions` (same offsets: only the values change)
  if (language === 'python' || language === 'javascript' || language === 'typescript' || language === 'javascriptreact' || language === 'typescriptreact') lexed.strings = withPathNamesFilled(lexed.strings, lexed.code, text, language === 'python');
  // Elixir's raising variants read as the calls they wrap: `Req.post!(url, …)` as `Req.post (url, …)` (same offsets)
  if (language === 'elixir') lexed.code = lexed.code.replace(/(?<=\w)!(?=[ \t]*\()/g, ' ');
  // Python's explicit line joining (a backslash at the line's end) reads as one line: `url = base + "/openai/deployments/" +`, a
  // backslash, then the rest on the next (same offsets)
  // (a CRLF file's `\r` is read as a blank before the break)
  if (language === 'python' && /\\[\r ]?\n/.test(lexed.code)) lexed.code = lexed.code.replace(/\\[\r ]?\n/g, (joined) => ' '.repeat(joined.length));
  // Python's calls run on another thread read as the calls they run: `asyncio.to_thread(requests.post, url, …)`,
  // `loop.run_in_executor(None, client.embeddings.create, …)` as `requests.post(url, …)` (same offsets)
  if (language === 'python' && makesDeferredCalls(lexed.code)) ({ code: lexed.code, text } = withDeferredCallsMade(lexed.code, text));
  // TypeScript's cast around a receiver reads as the receiver: `(client as any).responses.create(…)` (same offsets)
  // (and a cast class a client is made from: `new (OpenAI as any)({ baseURL })`)
  if ((language === 'typescript' || language === 'typescriptreact') && lexed.code.includes(' as ')) lexed.code = lexed.code.replace(CAST_RECEIVER, (cast, open: string, name: string) => `${' '.repeat(open.length)}${name}${' '.repeat(cast.length - open.length - name.length)}`).replace(CAST_CONSTRUCTOR, (cast, blanks: string, open: string, name: string) => `new${blanks}${' '.repeat(open.length)}${name}${' '.repeat(cast.length - 3 - blanks.length - open.length - name.length)}`);
  const src = sourceText(text, lexed);
  if (language === 'shellscript') {
    // Python or Node fed a here-document by the script (`python3 - <<'EOF'`) is read in its own language
    const embedded = text.includes('<<') || text.includes(' -c') || text.includes(' -e') ? shellEmbeddedScripts(text).flatMap((script) => detectInSource(script.text, script.language, project, fileName)) : [];
    return [...detectCurlCalls(src, lexed), ...detectHttpieCalls(src, lexed), ...detectOpenAICliCalls(src, lexed), ...embedded].sort(bySourcePosition);
  }
  // the raw-HTTP-only languages: their requests read as JavaScript's are (URL literals, variables holding them, the calls that send them)
  const sites = rawOnly ? detectHttpCalls(src, lexed, language, project, fileName) : [...detectSdkCalls(src, lexed, language, project, fileName), ...detectHttpCalls(src, lexed, language, project, fileName)];
  // the modular API of Azure OpenAI's JavaScript package, `@azure/openai/api`
  if (JS_LANGUAGES.has(language)) sites.push(...detectAzureModularCalls(src, lexed, language));
  // the official Java SDK, in Java and Kotlin
  if (language === 'java' || language === 'kotlin') sites.push(...detectJavaSdkCalls(src, lexed, language, project?.communityBuild('openaijava')));
  // TheoKanning/openai-java, ralscha/openai4j, Grt1228/chatgpt-java and PlexPt/chatgpt-java, in Java and Kotlin
  if (language === 'java' || language === 'kotlin') sites.push(...detectTheokanningCalls(src, lexed, language, project?.communityBuild('theokanning')), ...detectOpenai4jCalls(src, lexed, language), ...detectUnfbxCalls(src, lexed, language), ...detectPlexptCalls(src, lexed, language));
  // Azure's own Java client, azure-ai-openai 1.0 beta, in Java and Kotlin
  if (language === 'java' || language === 'kotlin') sites.push(...detectAzureJavaCalls(src, lexed, language, project?.communityBuild('azurejava')));
  // Retrofit services (Android, Java and Kotlin) and other declarative clients (Micronaut, OpenFeign, Spring's HTTP interfaces,
  // Groovy too), their interfaces maybe in other files of the project
  if (language === 'java' || language === 'kotlin' || language === 'groovy') sites.push(...detectRetrofitCalls(src, lexed, language, project?.retrofitServices()));
  // aallam/openai-kotlin
  if (language === 'kotlin') sites.push(...detectKotlinSdkCalls(src, lexed, language, project?.communityBuild('openaikotlin')));
  // MacPaw/OpenAI and adamrushy/OpenAISwift in Swift
  if (language === 'swift') sites.push(...detectSwiftSdkCalls(src, lexed, language), ...detectOpenAISwiftCalls(src, lexed, language, project?.communityBuild('openaiswift')), ...detectChatGptSwiftCalls(src, lexed, language));
  // the official .NET SDK, the community Betalgo.OpenAI, OpenAI-DotNet, OkGoDoIt's OpenAI_API and the Unity package OpenAI-Unity, and
  // Azure.AI.OpenAI's 1.0 betas, in C#
  if (language === 'csharp') sites.push(...detectDotnetSdkCalls(src, lexed, language, project?.communityBuild('dotnet')), ...detectBetalgoCalls(src, lexed, language), ...detectAzureBetaCalls(src, lexed, language), ...detectOpenAIDotnetCalls(src, lexed, language), ...detectOkGoDoItCalls(src, lexed, language, project?.communityBuild('okgodoit')), ...detectOpenAIUnityCalls(src, lexed, language), ...detectWhetstoneCalls(src, lexed, language));
  // Ruby's official SDK and the ruby-openai gem
  if (language === 'ruby') sites.push(...detectRubySdkCalls(src, lexed, language, project));
  // PHP's openai-php client and its Laravel facade, orhanerday/open-ai and gzdsx/openai
  if (language === 'php') sites.push(...detectPhpSdkCalls(src, lexed, language, project?.hasPhpClientFactories() ? (qualified) => project.phpClientFactory(qualified) : undefined), ...detectPhpClassSdkCalls(src, lexed, language), ...detectEasyGithDevCalls(src, lexed, language));
  // the C++ library openai-cpp
  if (language === 'cpp') sites.push(...detectOpenAICppCalls(src, lexed, language));
  // Rust's async-openai, openai, chatgpt_rs and openai_api_rust crates
  if (language === 'rust') sites.push(...detectRustSdkCalls(src, lexed, language), ...detectOpenAICrateCalls(src, lexed, language), ...detectChatgptCrateCalls(src, lexed, language), ...detectOpenAIApiRustCalls(src, lexed, language), ...detectOpenAIRustCalls(src, lexed, language), ...detectOpenAIApiStreamCalls(src, lexed, language));
  // Elixir's openai_ex and openai packages
  if (language === 'elixir') sites.push(...detectElixirSdkCalls(src, lexed, language, project));
  // R's openai package
  if (language === 'r') sites.push(...detectROpenaiPackageCalls(src, lexed, language));
  // Julia's OpenAI.jl package
  if (language === 'julia') sites.push(...detectJuliaOpenaiCalls(src, lexed, language));
  // Dart's dart_openai and openai_api packages
  if (language === 'dart') sites.push(...detectDartSdkCalls(src, lexed, language), ...detectDartOpenaiApiCalls(src, lexed, language), ...detectDartOpenaiDartCalls(src, lexed, language), ...detectDartChatGptSdkCalls(src, lexed, language));
  // curl run from a shell line in a string, or started with its arguments listed
  if (text.includes('curl')) sites.push(...detectEmbeddedCurlCalls(src, lexed, language), ...detectArgvCurlCalls(src, lexed, language, sites));
  // (and PHP's posts, which read no other way when the URL is a setting read whole; C#'s `PostAsync(url, …)` and a helper handed RestSharp's `Method.Post`;
  // Rust's `ureq::post(&args.endpoint).send_json(&body)`)
  if (!rawOnly || language === 'php' || language === 'csharp' || language === 'gdscript' || language === 'java' || language === 'kotlin' || language === 'rust') sites.push(...detectBodyShapedRequests(src, lexed, language, sites));
  // a helper of a class named for OpenAI handed a path and a verb, its class maybe unread (`openAIRestTemplate.makeRequest("/models", …, HttpMethod.GET)`)
  if (language === 'java' || language === 'kotlin' || language === 'csharp') sites.push(...detectOpenAIHelperCalls(src, lexed, language, sites));
  // WebSockets to a run-time URL, told by the Realtime API's beta header they send
  sites.push(...detectRealtimeHeaderSockets(src, lexed, language, sites));
  // and WebRTC offers to a run-time URL naming the Realtime API (browsers' JavaScript)
  if (JS_LANGUAGES.has(language)) sites.push(...detectRealtimeSdpOffers(src, lexed, language, sites));
  return sites.sort(bySourcePosition);
}

/** R: each `glue("…{name}…")` string with the names the code sets to a literal before it (the last such assignment) filled in. */
function withGlueValues(strings: StringLiteral[], code: string, text: string): StringLiteral[] {
  // each name's assignments in source order, read once for the file
  let assignments: Map<string, Array<{ at: number; value: string }>> | undefined;
  const valueBefore = (name: string, offset: number): string | undefined => {
    if (!assignments) {
      assignments = new Map();
      // (statements only, at a line's start or after `;` or `{`: not a comment's, nor a call's named argument `list(task = "x")`)
      for (const m of text.matchAll(/(?:^|[;{])[ \t]*([A-Za-z_.][\w.]*)[ \t]*(?:<-|=)[ \t]*["']([^"'\n{}]*)["']/gm)) {
        const list = assignments.get(m[1] ?? '') ?? [];
        list.push({ at: m.index ?? 0, value: m[2] ?? '' });
        assignments.set(m[1] ?? '', list);
      }
    }
    const list = assignments.get(name);
    return list ? list[lastBefore(list, offset)]?.value : undefined;
  };
  return strings.map((s) => {
    if (!s.value.includes('{') || !/glue[ \t]*\([ \t]*$/.test(code.slice(Math.max(0, s.start - 40), s.start))) return s;
    const value = s.value.replace(/\{([A-Za-z_.][\w.]*)\}/g, (hole, name: string) => valueBefore(name, s.start) ?? hole);
    return value === s.value ? s : { ...s, value };
  });
}

/** A name cast in brackets before a member: `(client as any).`, `(this.api as OpenAI).` ([1] the bracket and blanks, [2] the name). */
const CAST_RECEIVER = /(\([ \t]*)((?:this\.)?[A-Za-z_$][\w$]*)[ \t]+as[ \t]+(?:any|unknown|[A-Z][\w$.]*(?:<[^<>()\n]{0,80}>)?)[ \t]*\)(?=[ \t]*\??\.)/g;

/**
 * A class cast in brackets after `new`, before its arguments: `new (OpenAI as any)(` ([1] the blanks after `new`, [2] the bracket
 * and blanks, [3] the name). Matched forward from `new`: a lookbehind over the blanks before it walked back over every run of
 * blanked comment or string (a 200 KB comment took 79 s).
 */
const CAST_CONSTRUCTOR = /\bnew([ \t]+)(\([ \t]*)([A-Za-z_$][\w$.]*)[ \t]+as[ \t]+(?:any|unknown|[A-Z][\w$.]*(?:<[^<>()\n]{0,80}>)?)[ \t]*\)(?=[ \t]*\()/g;

/** Julia's `#= … =#` comments as blanks (line breaks kept), read left to right: one pass, nesting not followed. */
function withoutJuliaBlockComments(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let open = text.indexOf('#=', from); open >= 0; open = text.indexOf('#=', from)) {
    const close = text.indexOf('=#', open + 2);
    const end = close < 0 ? text.length : close + 2;
    parts.push(text.slice(from, open), text.slice(open, end).replace(/[^\n]/g, ' '));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** IPython's `%env NAME=value` as the Python it stands for (`os.environ["NAME"] = "value"`); any other magic, nothing. */
function envMagic(line: string): string {
  const set = /^\s*%env[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*([^\s"'\\]+)\s*$/.exec(line);
  return set ? `os.environ["${set[1] ?? ''}"] = "${set[2] ?? ''}"` : '';
}

function bySourcePosition(a: CallSite, b: CallSite): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** Notebook kernel and cell language names, as kernels and Polyglot Notebooks write them, to the language read. */
const NOTEBOOK_LANGUAGES: Record<string, Exclude<DetectLanguage, 'notebook'>> = {
  python: 'python',
  python3: 'python',
  'c#': 'csharp',
  csharp: 'csharp',
  javascript: 'javascript',
  typescript: 'typescript',
  go: 'go',
  java: 'java',
  kotlin: 'kotlin',
  scala: 'scala',
  // (xeus-cling's kernels)
  'c++': 'cpp',
  'c++17': 'cpp',
  rust: 'rust',
  ruby: 'ruby',
  php: 'php',
  bash: 'shellscript',
  powershell: 'powershell',
  pwsh: 'powershell',
  sas: 'sas',
  // (Polyglot Notebooks' F# cells, IHaskell's)
  fsharp: 'fsharp',
  'f#': 'fsharp',
  haskell: 'haskell',
};

interface NotebookCell {
  cell_type?: unknown;
  source?: unknown;
  metadata?: { polyglot_notebook?: { kernelName?: string }; dotnet_interactive?: { language?: string } };
}

/** The cell magics that run the cell in a shell (Colab's `%%shell` too); any other (`%%writefile`, `%%html`) runs no escapes. */
const SHELL_CELL_MAGIC = /^\s*%%(?:bash|sh|shell|script[ \t]+(?:bash|sh))[ \t]*$/;
/** A shell escape, kept or not (`!curl …`, `!!ls`, `out = !curl …`), and what follows it. */
const SHELL_ESCAPE = /^(\s*(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?)!{1,2}(?!=)/;

/**
 * The shell a Python cell runs, on the cell's own lines (every other line left empty): its `!` escapes, each with the lines a
 * trailing backslash continues it on (none inside a triple-quoted string), or the whole cell after a `%%bash` line; undefined
 * when it runs none.
 */
function shellOfCell(source: string): string | undefined {
  if (!source.includes('!') && !source.includes('%%')) return undefined;
  const lines = source.split('\n');
  if (SHELL_CELL_MAGIC.test(lines[0] ?? '')) return ['', ...lines.slice(1)].join('\n');
  if (/^\s*%%/.test(lines[0] ?? '')) return undefined;
  let continued = false;
  let any = false;
  // (the triple quote a string is open with, if one is)
  let open: string | undefined;
  const shell = lines.map((line) => {
    const escape = open === undefined && !continued ? SHELL_ESCAPE.exec(line) : null;
    const kept = escape ? `${' '.repeat(escape[0].length)}${line.slice(escape[0].length)}` : continued ? line : '';
    if (escape) any = true;
    continued = (escape !== null || continued) && /\\\r?$/.test(line);
    if (!escape && !continued) for (const quote of line.match(/"""|\'\'\'/g) ?? []) if (open === undefined || open === quote) open = open === undefined ? quote : undefined;
    return kept;
  });
  return any ? shell.join('\n') : undefined;
}

/**
 * Code cells of a Jupyter notebook, in the kernel's language (a Polyglot Notebook's cells may each
 * name their own); positions are cell-relative.
 */
function detectInNotebook(text: string, options: DetectOptions): DetectResult {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch (error) {
    return { sites: [], problems: [`notebook JSON is invalid: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const cells = (notebook as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return { sites: [], problems: ['notebook has no "cells" list'] };
  const metadata = (notebook as { metadata?: { language_info?: { name?: unknown }; kernelspec?: { language?: unknown } } }).metadata;
  // the kernel says what runs the cells (a .NET kernel's notebook may still carry `language_info: python`);
  // a kernel language read by no detector leaves the word to language_info (`"Python 3"`, `""`)
  const named = [metadata?.kernelspec?.language, metadata?.language_info?.name].filter((l): l is string => typeof l === 'string' && l.trim() !== '').map((l) => l.trim().toLowerCase());
  const kernel = named.find((l) => Object.hasOwn(NOTEBOOK_LANGUAGES, l)) ?? (named.some((l) => l.startsWith('python')) ? 'python' : (named[0] ?? 'python'));
  // Clients and URLs defined in earlier cells are visible in later ones, as in the kernel: the
  // cells of each language are analysed joined, then each site is mapped back to its cell.
  const groups = new Map<Exclude<DetectLanguage, 'notebook'>, { parts: Array<{ cell: number; start: number; lines: number }>; chunks: string[]; line: number }>();
  const unread = new Set<string>();
  const shellCells: Array<{ cell: number; text: string }> = [];
  cells.forEach((cell: unknown, index: number) => {
    const c = cell as NotebookCell;
    if (c.cell_type !== 'code') return;
    const named = String(c.metadata?.polyglot_notebook?.kernelName ?? c.metadata?.dotnet_interactive?.language ?? kernel).toLowerCase();
    const language = Object.hasOwn(NOTEBOOK_LANGUAGES, named) ? NOTEBOOK_LANGUAGES[named] : undefined;
    if (!language) {
      unread.add(named);
      return;
    }
    const group = groups.get(language) ?? { parts: [], chunks: [], line: 0 };
    groups.set(language, group);
    const source = Array.isArray(c.source) ? c.source.map((s) => String(s)).join('') : typeof c.source === 'string' ? c.source : '';
    // IPython magics and shell escapes are no Python (but `%env NAME=value` sets what the SDK reads: written as Python)
    const body = language === 'python' ? source.split('\n').map((l) => (/^\s*[%!]/.test(l) ? envMagic(l) : l)).join('\n') : source;
    const lines = body.split('\n').length;
    group.parts.push({ cell: index, start: group.line, lines });
    group.chunks.push(body);
    group.line += lines;
    // (a Python cell's shell escapes and `%%bash` cells are the shell's, `!curl https://api.openai.com/v1/models`, `!openai api
    // fine_tunes.create …`: each cell read alone, as each escape runs in a shell of its own)
    const shell = language === 'python' ? shellOfCell(source) : undefined;
    if (shell !== undefined) shellCells.push({ cell: index, text: shell });
  });
  if (groups.size === 0 && unread.size > 0) return { sites: [], problems: [`notebook kernel language "${[...unread].join('", "')}" is not analysed`] };
  const sites: CallSite[] = [];
  for (const [language, { parts, chunks }] of groups) {
    for (const site of detectInSource(chunks.join('\n'), language, options.project, options.fileName)) {
      // (the last cell starting at or before the site's line: a binary search, the cells being in order)
      const part = parts[firstStartingFrom(parts, site.range.start.line + 1) - 1];
      if (!part || site.range.start.line >= part.start + part.lines) continue;
      const shift = (r: CallSite['range']): CallSite['range'] => ({ start: { line: r.start.line - part.start, character: r.start.character }, end: { line: r.end.line - part.start, character: r.end.character } });
      sites.push({ ...site, cell: part.cell, range: shift(site.range), ...(site.callRange ? { callRange: shift(site.callRange) } : {}) });
    }
  }
  for (const { cell, text } of shellCells) for (const site of detectInSource(text, 'shellscript', options.project, options.fileName)) sites.push({ ...site, cell });
  sites.sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || bySourcePosition(a, b));
  return { sites, problems: [] };
}
