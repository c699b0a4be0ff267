import type { ArgumentValue, CallFlags, ToolKind } from '../model';

/** The flags of a call with no arguments worth noting. */
export function emptyFlags(): CallFlags {
  return {
    store: 'omitted',
    background: 'omitted',
    previousResponseId: false,
    conversation: false,
    stream: 'omitted',
    imageInput: false,
    fileInput: false,
    audioInput: false,
    tools: [],
    webSearchOffline: false,
    expiresAfter: false,
  };
}

/**
 * Reads what a call's own arguments change from its argument text (comments already blanked).
 * Works for Python keywords (`store=True`), JS/Go object fields (`store: true`, `Store: openai.Bool(true)`)
 * and JSON bodies (`"store": true`).
 */
export function readCallFlags(args: string): CallFlags {
  const flags = emptyFlags();
  flags.store = argumentValue(args, 'store');
  flags.background = argumentValue(args, 'background');
  flags.stream = argumentValue(args, 'stream');
  flags.previousResponseId = hasArgument(args, 'previous_response_id') || hasArgument(args, 'previousResponseId') || hasArgument(args, 'PreviousResponseID');
  flags.conversation = hasArgument(args, 'conversation') || hasArgument(args, 'Conversation');
  flags.imageInput = /\binput_image\b|\bimage_url\b|\bInputImage\b|["']image["']\s*[:,]|\bcomputer_use/i.test(args);
  flags.fileInput = /\binput_file\b|\bfile_id\b|\bfile_data\b|\bInputFile\b/.test(args);
  flags.audioInput = /\binput_audio\b|\bInputAudio\b/.test(args);
  flags.expiresAfter = /\bexpires_after\b|\bexpiresAfter\b|\bExpiresAfter\b/.test(args);
  if (/\btools\b|\bTools\b/.test(args)) flags.tools = TOOL_PATTERNS.filter(([, re]) => re.test(args)).map(([kind]) => kind);
  flags.webSearchOffline = /external_web_access["']?\s*[:=]\s*(false|False)\b/.test(args);
  return flags;
}

const TOOL_PATTERNS: ReadonlyArray<readonly [ToolKind, RegExp]> = [
  ['file_search', /file_search|FileSearch/],
  ['code_interpreter', /code_interpreter|CodeInterpreter/],
  ['web_search', /web_search|WebSearch/],
  ['computer_use', /computer_use|computer-use|ComputerUse/],
  ['mcp', /["']mcp["']|\bMcp\b|type\s*[:=]\s*["']mcp/],
  ['image_generation', /image_generation|ImageGeneration/],
  ['shell', /["']shell["']|local_shell/],
  ['function', /["']function["']|\bfunction_call\b/],
];

function keyPattern(name: string): string {
  return `(?:["']${name}["']|\\b${name}\\b)\\s*(?:=>|[:=])\\s*`;
}

/** Compiled once per argument name: a scan reads the same dozen names at every call site. */
const patterns = new Map<string, { present: RegExp; value: RegExp }>();

function patternsFor(name: string): { present: RegExp; value: RegExp } {
  let p = patterns.get(name);
  if (!p) {
    p = { present: new RegExp(`${keyPattern(name)}(?!\\s*(?:None|null|undefined|nil)\\b)`), value: new RegExp(`${keyPattern(name)}([^,)}\\n]*)`) };
    patterns.set(name, p);
  }
  return p;
}

// Most calls name none of these arguments: a plain substring test rules them out before any pattern runs.
function hasArgument(args: string, name: string): boolean {
  return args.includes(name) && patternsFor(name).present.test(args);
}

/** `store` and Go's `Store`. */
const variants = new Map<string, readonly string[]>();

function variantsOf(name: string): readonly string[] {
  let found = variants.get(name);
  if (!found) variants.set(name, (found = [name, `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`]));
  return found;
}

function argumentValue(args: string, name: string): ArgumentValue {
  for (const v of variantsOf(name)) {
    if (!args.includes(v)) continue;
    const m = patternsFor(v).value.exec(args);
    if (!m) continue;
    const value = (m[1] ?? '').trim();
    // (R writes them in capitals: `store = FALSE`)
    if (/^(True|true|TRUE|openai\.Bool\(\s*true\s*\)|param\.NewOpt\(\s*true\s*\))/.test(value)) return 'true';
    if (/^(False|false|FALSE|openai\.Bool\(\s*false\s*\)|param\.NewOpt\(\s*false\s*\))/.test(value)) return 'false';
    if (/^(None|null|undefined|nil)\b/.test(value)) return 'omitted';
    return 'dynamic';
  }
  // `store` passed through `**kwargs` or a spread object cannot be read statically
  if (/\*\*\w|\.\.\.\w/.test(args)) return 'dynamic';
  return 'omitted';
}
