// The plain-data shapes every part of the core exchanges. No behaviour lives here.

/** Where the request really goes. `other` = an OpenAI-compatible API of another vendor or a local server. */
export type Provider = 'openai' | 'azure' | 'other' | 'unknown';

/** How the call is made. */
export type CallKind =
  | 'sdk-python'
  | 'sdk-python-legacy'
  | 'sdk-node'
  | 'sdk-node-legacy'
  | 'sdk-go'
  | 'sdk-java'
  | 'sdk-dotnet'
  | 'sdk-ruby'
  | 'sdk-php'
  | 'sdk-rust'
  | 'sdk-dart'
  | 'sdk-swift'
  | 'sdk-kotlin'
  | 'sdk-elixir'
  | 'sdk-cpp'
  | 'sdk-r'
  | 'sdk-julia'
  | 'http'
  | 'curl'
  // HTTPie's and xh's commands (`http POST https://…`)
  | 'httpie';

/** Languages the detectors read (VS Code language ids where one exists). */
export type SourceLanguage =
  | 'python'
  | 'javascript'
  | 'typescript'
  | 'javascriptreact'
  | 'typescriptreact'
  | 'go'
  | 'shellscript'
  | 'http'
  // read for raw HTTP requests and the SDKs each has a reader for (src/core/detect/*Sdk.ts)
  | 'java'
  | 'kotlin'
  | 'csharp'
  | 'rust'
  | 'swift'
  | 'dart'
  | 'scala'
  | 'php'
  | 'ruby'
  | 'elixir'
  // R scripts and packages: raw HTTP (httr, httr2, curl)
  | 'r'
  // Lua (Neovim plugins): raw HTTP (plenary.curl) and curl run with its arguments
  | 'lua'
  // Groovy (Jenkins shared libraries, Grails, scripts): raw HTTP, as Java's, and curl run from `sh` steps
  | 'groovy'
  // Julia: raw HTTP (HTTP.jl's `HTTP.post(url, headers, body)`)
  | 'julia'
  // GDScript (Godot): raw HTTP through an HTTPRequest node (`http_request.request(url, headers, HTTPClient.METHOD_POST, body)`)
  | 'gdscript'
  // C and C++: raw HTTP (libcurl's `curl_easy_setopt(curl, CURLOPT_URL, …)`, cpr's `cpr::Post(cpr::Url{…})`)
  | 'c'
  | 'cpp'
  | 'powershell'
  // SAS programs' PROC HTTP and DS2 HTTP requests (also in notebooks with a SAS kernel)
  | 'sas'
  // Clojure (and babashka scripts): raw HTTP through a namespaced client's verbs (`(http/post url opts)`)
  | 'clojure'
  // pages and components whose `<script>` blocks are read as JavaScript/TypeScript
  | 'html'
  | 'vue'
  | 'svelte'
  // CI workflows and other YAML whose `run:`/`script:`/`command:` values are read as shell (curl)
  | 'yaml'
  // Makefiles, whose recipes are read as shell (curl, HTTPie)
  | 'makefile'
  // Razor components and pages whose `@code`/`@functions` blocks are read as C#
  | 'razor'
  // read by the API URLs they write in full (src/core/detect/literalUrlRequests.ts)
  | 'haskell'
  | 'fsharp'
  | 'perl'
  | 'scheme'
  | 'racket'
  | 'elisp'
  | 'ahk'
  | 'pascal'
  | 'vb'
  | 'objective-c'
  | 'objective-cpp'
  | 'nim'
  | 'zig'
  | 'ocaml';

/** 0-based line and UTF-16 column, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Tri-state for an argument the policy depends on: set literally, absent, or computed at run time. */
export type ArgumentValue = 'true' | 'false' | 'omitted' | 'dynamic';

export type ToolKind =
  | 'file_search'
  | 'code_interpreter'
  | 'web_search'
  | 'computer_use'
  | 'mcp'
  | 'image_generation'
  | 'shell'
  | 'function';

/** What this call's own arguments change about retention. */
export interface CallFlags {
  store: ArgumentValue;
  background: ArgumentValue;
  previousResponseId: boolean;
  conversation: boolean;
  stream: ArgumentValue;
  imageInput: boolean;
  fileInput: boolean;
  audioInput: boolean;
  tools: ToolKind[];
  /** `external_web_access: false` on a web_search tool (cache-only mode). */
  webSearchOffline: boolean;
  /** files.create with `expires_after`. */
  expiresAfter: boolean;
}

/** One place in the code that calls an OpenAI API endpoint. */
export interface CallSite {
  kind: CallKind;
  language: SourceLanguage;
  /** What the code calls, as written with the root normalised: `client.chat.completions.create`, `openai.ChatCompletion.create`, `POST`. */
  method: string;
  /** HTTP verb, upper case; `WEBSOCKET` for socket helpers; `MULTI` for helpers that send several requests. */
  httpMethod: string;
  /** Path template with `/v1`, as in the policy table: `/v1/threads/{thread_id}/runs`. */
  endpoint: string;
  /** Further endpoints a helper reaches (e.g. `upload_and_poll` → /v1/files and /v1/vector_stores). */
  alsoEndpoints?: string[];
  provider: Provider;
  /** Host or reason behind `provider`, e.g. `eu.api.openai.com`, `localhost:11434`, `AzureOpenAI client`. */
  providerDetail?: string;
  /** The callee expression (what a hover attaches to). */
  range: Range;
  /** The whole call including its arguments, when known. */
  callRange?: Range;
  /** For notebooks: 0-based index among all cells; `range` is then relative to the cell. */
  cell?: number;
  flags: CallFlags;
  /** Identifier the result is assigned to, when evident (`f = client.files.create(...)` → `f`). */
  assignedTo?: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Most severe first; every list, sort and `--fail-on` threshold uses this one order. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export type RetentionControl = 'default' | 'modified-abuse-monitoring' | 'zero-data-retention';

/** The team's own agreements with OpenAI, from `.openai-privacy.yaml` or settings. */
export interface OrgProfile {
  retention: RetentionControl;
  baaSigned: boolean;
  /** OpenAI data-residency region (`us`, `eu`, …) or undefined for none/global. */
  dataResidency?: string;
  providers: Array<'openai' | 'azure'>;
  /** The policy as-of date the team reviewed (YYYY-MM-DD). */
  reviewedPolicyAsOf?: string;
  suppressions: ProfileSuppression[];
  /** False in an untrusted workspace: suppressions (file or inline comments) are listed nowhere and change nothing. */
  applySuppressions?: boolean;
}

export interface ProfileSuppression {
  /** Glob relative to the workspace folder. */
  path: string;
  rule: string;
  reason: string;
  author?: string;
  /** YYYY-MM-DD; after this day the suppression no longer applies. */
  expires?: string;
}

export const DEFAULT_PROFILE: OrgProfile = {
  retention: 'default',
  baaSigned: false,
  providers: ['openai'],
  suppressions: [],
};

// ---------------------------------------------------------------------------
// Policy knowledge (src/core/policy)

/** ZDR eligibility as the table states it; `not_stated` where no source has a row. */
export type ZdrEligibility = 'yes' | 'with_conditions' | 'no' | 'not_stated';

/** A source document the knowledge base cites. */
export interface PolicySource {
  id: string;
  title: string;
  url: string;
  /** The date the source states or is dated by (YYYY-MM-DD or YYYY-MM), with how it was dated in `dateNote`. */
  asOf: string;
  dateNote?: string;
}

/** One row of a table version: the cells as the source words them. */
export interface EndpointPolicyVersion {
  source: string;
  asOf: string;
  training: string;
  abuseMonitoringRetention: string;
  applicationStateRetention: string;
  zdr: string;
}

/** One endpoint of OpenAI's data-controls table, newest version first-class, older versions as history. */
export interface EndpointPolicy {
  /** Row path as the table writes it: `/v1/threads/runs`. */
  path: string;
  /** False for rows only older copies list (e.g. /v1/edits) and for paths no copy lists. */
  listedInNewest: boolean;
  /** Cells verbatim from the newest source that lists the row; the literal `not stated` where none does. */
  training: string;
  abuseMonitoringRetention: string;
  applicationStateRetention: string;
  zdrEligible: ZdrEligibility;
  /** The table's own wording of the ZDR cell, e.g. `Yes, see below for limitations`. */
  zdrText: string;
  baaNote?: string;
  footnotes: string[];
  note?: string;
  sources: string[];
  asOf: string;
  history: EndpointPolicyVersion[];
}

// ---------------------------------------------------------------------------
// Findings (src/core/rules, src/core/scan)

export interface Suppression {
  kind: 'inline' | 'profile';
  reason: string;
  author?: string;
  expires?: string;
  /** True when `expires` lies in the past: the finding is reported again. */
  expired: boolean;
}

/** The verdict of one rule on one call site. */
export interface Verdict {
  ruleId: string;
  severity: Severity;
  message: string;
  suppression?: Suppression;
}

/** One call site with every verdict on it. Safe call sites have an empty `verdicts` list. */
export interface Finding {
  /** Path relative to the scanned folder, `/` separators. */
  file: string;
  site: CallSite;
  verdicts: Verdict[];
}
