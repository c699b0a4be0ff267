import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import { baseDestination, literalHostsDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { fixedClientSites, typedSdkSite } from './typedSdkSite';

/** The crate's request types by the module that defines them (a `use openai::chat::*` brings in its module's). */
const TYPES_BY_MODULE: Record<string, readonly string[]> = {
  chat: ['ChatCompletion', 'ChatCompletionDelta'],
  completions: ['Completion'],
  edits: ['Edit'],
  embeddings: ['Embedding', 'Embeddings'],
  files: ['File', 'Files'],
  models: ['Model'],
  moderations: ['Moderation'],
};
/** The builders of those requests, by the request type (`ChatCompletionBuilder::default()…create()` sends a `ChatCompletion`). */
const BUILDERS: Record<string, string> = { ChatCompletionBuilder: 'ChatCompletion', CompletionBuilder: 'Completion', EditBuilder: 'Edit', ModerationBuilder: 'Moderation', FileUploadBuilder: 'File' };
const TYPE_NAMES = [...Object.values(TYPES_BY_MODULE).flat(), ...Object.keys(BUILDERS)].join('|');
/** `ChatCompletion::create(…)`, `openai::embeddings::Embeddings::create(…)`, `File::delete(…)`, `ChatCompletionBuilder::default()`: a type's own function. */
const TYPE_CALL = new RegExp(String.raw`(?<![\w:])((?:openai[ \t]*::[ \t]*(?:[a-z_]+[ \t]*::[ \t]*)?)?(${TYPE_NAMES}))[ \t]*::[ \t]*([a-z_]\w*)[ \t]*\(`, 'g');
/** The longest a builder's chain is read for its `.create()` (setters may take long arguments). */
const CHAIN_WINDOW = 3000;

/**
 * The Rust crate `openai` (rellfy/openai, formerly valentinegb/openai): requests sent by the types it exports,
 * `ChatCompletion::builder("gpt-4o", messages).create().await`, `Embeddings::create(model, input, user)`,
 * `File::delete(id, credentials)`. Only in a file that brings those types in from the crate (`use openai::chat::…`,
 * or written out as `openai::chat::ChatCompletion`) and declares no module of its own named `openai`.
 */
export function detectOpenAICrateCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\bopenai[ \t]*::/.test(text) || /\bmod[ \t]+openai\b/.test(text) || /\basync_openai\b/.test(text)) return [];
  const imported = importedTypes(text);
  const code = lexed.code;
  const destination = crateDestination(text);
  const sites: CallSite[] = [];
  for (const m of code.matchAll(TYPE_CALL)) {
    const written = m[2] ?? '';
    const function_ = m[3] ?? '';
    // (a type the file names only in its own right, a struct `File` of its own, is not the crate's)
    if (!imported.has(written) && !/^openai\b/.test(m[1] ?? '')) continue;
    const builder = BUILDERS[written];
    const type = builder ?? written;
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    // (a builder's chain from the request type's `builder(…)` or the builder's own `default()`, `create_empty()`)
    if (builder !== undefined ? function_ === 'default' || function_ === 'create_empty' : function_ === 'builder') {
      const end = builderCreate(code, open);
      if (!end) continue;
      const method = lookupSdkMethod('rust_openai_crate', [type, end.name]);
      if (method) sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: end.at, name: end.name, label: `${written}::${function_}(…).${end.name}`, open: end.open }, method, destination));
      continue;
    }
    const method = lookupSdkMethod('rust_openai_crate', [type, function_]);
    if (method) sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: start + m[0].lastIndexOf(function_), name: function_, label: `${type}::${function_}`, open }, method, destination));
  }
  return sites;
}

/** The crate's types the file's `use openai::…` declarations bring in (by name, or all of a module's with `*`). */
function importedTypes(text: string): Set<string> {
  const types = new Set<string>();
  // (a name another `use` brings in explicitly shadows the glob's: `use openai::files::*; use std::fs::File;`)
  const elsewhere = [...text.matchAll(/\buse[ \t]+(?!openai\b)([^;]{0,600});/g)].map((m) => m[1] ?? '').join(' ');
  for (const m of text.matchAll(/\buse[ \t]+openai[ \t]*::([^;]{0,600});/g)) {
    const tree = m[1] ?? '';
    for (const [module, names] of Object.entries(TYPES_BY_MODULE)) {
      const glob = new RegExp(String.raw`\b${module}[ \t]*::[ \t]*\*`).test(tree);
      const brought = (name: string): boolean => new RegExp(String.raw`\b${name}\b`).test(tree) || (glob && !new RegExp(String.raw`\b${name}\b`).test(elsewhere));
      for (const name of names) {
        if (brought(name)) types.add(name);
        const builder = Object.keys(BUILDERS).find((b) => BUILDERS[b] === name);
        if (builder && brought(builder)) types.add(builder);
      }
    }
  }
  return types;
}

/** The `.create()` or `.create_stream()` that ends the builder chain whose `builder(` bracket is at `open`. */
function builderCreate(code: string, open: number): { name: string; at: number; open: number } | undefined {
  let close = matchingBracket(code, open, CHAIN_WINDOW);
  const limit = open + CHAIN_WINDOW;
  while (close > 0 && close < limit) {
    const next = /^[ \t\n]*\.[ \t\n]*([a-z_]\w*)[ \t]*\(/.exec(code.slice(close, close + 200));
    if (!next) return undefined;
    const name = next[1] ?? '';
    const at = close + next[0].lastIndexOf(name);
    const bracket = close + next[0].length - 1;
    if (name === 'create' || name === 'create_stream') return { name, at, open: bracket };
    close = matchingBracket(code, bracket, CHAIN_WINDOW);
  }
  return undefined;
}

/**
 * Where the crate sends data, read from the file: the base `set_base_url(…)` or `Credentials::new(key, base)` sets
 * (an empty one keeps the default), else the crate's default, api.openai.com.
 */
function crateDestination(text: string): SdkDestination {
  const bases = [...text.matchAll(/\bset_base_url[ \t]*\([ \t]*([^)]*)\)|\bCredentials[ \t]*::[ \t]*new[ \t]*\([^,()]*(?:\([^()]*\)[^,()]*)*,[ \t]*([^)]*)\)/g)]
    .map((m) => (m[1] ?? m[2] ?? '').trim().replace(/\.(?:to_string|to_owned|into)\(\)$/, ''))
    .filter((base) => !/^"\s*"$|^String::new\(\)$/.test(base));
  if (bases.length === 0) return { provider: 'openai', detail: 'api.openai.com, the default base of the openai crate (its OPENAI_BASE_URL variable may set another)' };
  return literalHostsDestination(bases, 'base URL');
}

/** chatgpt_rs's request methods, on a client or on a conversation it makes. */
const CHATGPT_METHODS = /^(?:send_message|send_message_streaming|send_history|send_history_streaming|send_message_functions|send_message_functions_baked|send_history_functions|send_role_message|send_role_message_streaming)$/;

/**
 * The Rust crate chatgpt_rs (imported as `chatgpt`): `client.send_message("…")` on a `ChatGPT::new(key)` of the file (or a field typed
 * `ChatGPT`), and on the conversations it makes (`client.new_conversation()`, `client.restore_conversation_json(…)`), each a POST to
 * its configuration's `api_url` (chat completions at api.openai.com unless `.api_url(…)` sets another).
 */
export function detectChatgptCrateCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\buse[ \t]+chatgpt[ \t]*::/.test(text)) return [];
  const code = lexed.code;
  const clients = new Set<string>();
  for (const m of code.matchAll(/\blet[ \t]+(?:mut[ \t]+)?([a-z_]\w*)[ \t]*(?::[^=;]{0,80})?=[ \t]*ChatGPT[ \t]*::[ \t]*new\w*[ \t]*\(/g)) clients.add(m[1] ?? '');
  for (const m of code.matchAll(/\b([a-z_]\w*)[ \t]*:[ \t]*(?:&[ \t]*(?:mut[ \t]+)?)?ChatGPT\b/g)) clients.add(m[1] ?? '');
  // (the crate's 0.x versions drove ChatGPT's web app with a session token: the client's `refresh_token()`, a conversation handed
  // the client, `conversation.send_message(&client, text)`; no request of the API)
  const names = [...clients].join('|');
  if (names !== '' && new RegExp(`(?<![\\w.])(?:${names})\\s*\\.\\s*refresh_token\\s*\\(|\\bsend_message(?:_streaming)?\\s*\\(\\s*&\\s*(?:${names})\\s*,`).test(code)) return [];
  const conversations = new Set<string>();
  for (const m of code.matchAll(/\blet[ \t]+(?:mut[ \t]+)?([a-z_]\w*)[ \t]*(?::[^=;]{0,80})?=[ \t]*(?:self[ \t]*\.[ \t]*)?([a-z_]\w*)\s*\.\s*(?:new_conversation\w*|restore_conversation_\w+)\b/g)) {
    if (clients.has(m[2] ?? '')) conversations.add(m[1] ?? '');
  }
  for (const m of code.matchAll(/\b([a-z_]\w*)[ \t]*:[ \t]*(?:&[ \t]*(?:mut[ \t]+)?)?Conversation\b/g)) conversations.add(m[1] ?? '');
  // (or conversations kept in a collection: `HashMap<UserId, Conversation>`)
  const collected = /<[^<>;]{0,80}\bConversation\s*>/.test(code);
  if (clients.size === 0 && conversations.size === 0 && !collected) return [];
  const destination = chatgptDestination(text);
  const sites: CallSite[] = [];
  // (rustfmt may break the chain after `self`: `self\n    .conversation\n    .send_message_streaming(request)`)
  for (const m of code.matchAll(/(?<![\w.])(?:self\s*\.\s*)?([a-z_]\w*)\s*\.\s*([a-z_]\w*)[ \t]*\(/g)) {
    const receiver = m[1] ?? '';
    const name = m[2] ?? '';
    const type = clients.has(receiver) ? 'ChatGPT' : conversations.has(receiver) ? 'Conversation' : undefined;
    if (!type || !CHATGPT_METHODS.test(name)) continue;
    const method = lookupSdkMethod('rust_chatgpt_crate', [type, name]);
    if (!method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  // a conversation taken out of a collection of them, the send chained on (`state.conversations.entry(id)
  // .or_insert_with(new_conversation).send_message(text).await?`): named where the chain starts
  if (collected) {
    // (the chain passes through a name declared as the collection: `bot.send_message(…)` is a Telegram bot's)
    const holders = new Set([...code.matchAll(/\b([a-z_]\w*)\s*:\s*[\w:]*<[^<>;]{0,80}\bConversation\s*>/g)].map((h) => h[1] ?? ''));
    const holderRe = holders.size > 0 ? new RegExp(`(?<![\\w])(?:${[...holders].join('|')})\\b`) : undefined;
    // (the lines already reported, kept in a set)
    const taken = new Set(sites.map((site) => site.range.start.line));
    for (const m of code.matchAll(/\)\s*\.\s*(send_message|send_role_message|send_message_functions)[ \t]*\(/g)) {
      const name = m[1] ?? '';
      const at = m.index ?? 0;
      const method = lookupSdkMethod('rust_chatgpt_crate', ['Conversation', name]);
      const start = expressionStart(code, at + 1);
      if (!method || !holderRe?.test(code.slice(start, at))) continue;
      const line = src.range(start, start).start.line;
      if (taken.has(line)) continue;
      taken.add(line);
      sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: at + m[0].lastIndexOf(name), name, label: `Conversation.${name}`, open: at + m[0].length - 1 }, method, destination));
    }
  }
  return sites;
}

/** Where the expression holding the offset `at` starts: back over balanced brackets to the `=`, `;`, `,`, brace or open bracket before it. */
function expressionStart(code: string, at: number): number {
  let depth = 0;
  let i = at;
  for (; i > 0 && at - i < 2000; i--) {
    const c = code[i - 1];
    if (c === ')' || c === ']') depth++;
    else if ((c === '(' || c === '[') && depth > 0) depth--;
    else if (depth === 0 && (c === '=' || c === ';' || c === '{' || c === '}' || c === '(' || c === '[' || c === ',')) break;
  }
  while (i < at && /\s/.test(code[i] ?? '')) i++;
  return i;
}

/** Where chatgpt_rs sends: the `api_url` a configuration sets, else its default, api.openai.com. */
function chatgptDestination(text: string): SdkDestination {
  const set = [...text.matchAll(/\.api_url\s*\(\s*([^)]*)\)/g)].map((m) => (m[1] ?? '').trim());
  // (a configuration handed in, `ChatGPT::new_with_config(key, config)` with no configuration built here, may set another)
  if (set.length === 0 && /\bnew_with_config\b/.test(text) && !/\bModelConfiguration(?:Builder)?[ \t]*(?:::|\{)/.test(text)) return { provider: 'unknown', detail: 'the ModelConfiguration handed in sets api_url (api.openai.com unless it says another)' };
  if (set.length === 0) return { provider: 'openai', detail: 'api.openai.com, the default api_url of chatgpt_rs' };
  // (a `Url::parse("…")` is read as its literal)
  return literalHostsDestination(set.map((v) => v.replace(/^[\w:]+::(?:from_str|parse)\(\s*/, '')), 'api_url');
}

/** openai_api_rust's request methods (its traits' methods on `OpenAI`; `image_build_send_data_from_body` sends nothing). */
const OPENAI_API_RUST_CALL = /\.[ \t\n]*(chat_completion_create|completion_create|embeddings_create|image_create|image_edit|image_variation|audio_transcription_create|audio_translation_create|models_list|models_retrieve)[ \t]*\(/g;

/**
 * The Rust crate openai_api_rust (openai-rs/openai-api): `openai.chat_completion_create(&body)`, `openai.models_list()`,
 * methods its traits give `OpenAI`, in a file that brings the crate in. Each joins its path to the `api_url` that
 * `OpenAI::new(auth, api_url)` was given: read where the receiver's nearest `let` above builds it here; a client
 * from anywhere else (a parameter, a field, a global behind a lock) is sent where that one was built.
 */
export function detectOpenAIApiRustCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('openai_api_rust') || !/\buse[ \t]+openai_api_rust\b|\bopenai_api_rust[ \t]*::/.test(text)) return [];
  const code = lexed.code;
  const sites: CallSite[] = [];
  let bindings: Map<string, Array<{ at: number; destination: SdkDestination | undefined }>> | undefined;
  let functions: Array<{ at: number }> | undefined;
  for (const m of code.matchAll(OPENAI_API_RUST_CALL)) {
    const name = m[1] ?? '';
    const method = lookupSdkMethod('rust_openai_api_rust', ['OpenAI', name]);
    if (!method) continue;
    const dot = m.index ?? 0;
    // the receiver: a name (`openai`, `self.openai`), maybe through `.clone()`, `.lock().unwrap()` and the like
    const receiver = /(?<![\w.])((?:self[ \t]*\.[ \t]*)?[A-Za-z_]\w*)(?:[ \t\n]*\.[ \t\n]*[a-z_]\w*[ \t]*\([ \t]*\)[ \t]*\??)*[ \t\n]*$/.exec(code.slice(Math.max(0, dot - 200), dot));
    if (!receiver) continue;
    const start = dot - receiver[0].length;
    const holder = (receiver[1] ?? '').replace(/\s/g, '');
    bindings ??= letBindings(code, text);
    functions ??= [...code.matchAll(/\bfn[ \t]+[A-Za-z_]\w*/g)].map((f) => ({ at: f.index ?? 0 }));
    sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: dot + m[0].indexOf(name), name, label: `${holder}.${name}`, open: dot + m[0].length - 1 }, method, openAIApiRustDestination(functions, bindings, holder, start)));
  }
  return sites;
}

/** openai-api-stream-rs sends to a literal URL of OpenAI's: every client goes there. */
const API_STREAM_BASE: SdkDestination = { provider: 'openai', detail: 'api.openai.com, the fixed URL of the crate openai-api-stream-rs' };

/**
 * The Rust crate openai-api-stream-rs: `openai_stream.gpt_stream(input)` on an `OpenAIStream`, in a file that brings the crate in
 * (`use openai_api_stream_rs::OpenAIStream;`): a streamed chat completion. The receiver is a name given one (`let s =
 * OpenAIStream::new(key)`) or typed so (a field or parameter `s: OpenAIStream`); an app's own `gpt_stream` is its own.
 */
export function detectOpenAIApiStreamCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  if (!src.noComments.includes('openai_api_stream_rs')) return [];
  const holders = /\b([a-z_]\w*)[ \t]*(?::[ \t]*&?(?:mut[ \t]+)?(?:openai_api_stream_rs::)?OpenAIStream\b|=[ \t]*(?:openai_api_stream_rs::)?OpenAIStream[ \t]*::[ \t]*new[ \t]*\()/g;
  return fixedClientSites(src, lexed.code, language, 'sdk-rust', holders, (names) => String.raw`(?<![\w.])(?:self[ \t]*\.[ \t]*)?(${names})[ \t\n]*\.[ \t]*(gpt_stream)[ \t]*\(`, 'rust_openai_api_stream', API_STREAM_BASE);
}

/** Each name's `let` bindings in source order, with where the `OpenAI::new(auth, api_url)` it is given sends (undefined for any other value). */
function letBindings(code: string, text: string): Map<string, Array<{ at: number; destination: SdkDestination | undefined }>> {
  const found = new Map<string, Array<{ at: number; destination: SdkDestination | undefined }>>();
  for (const m of code.matchAll(/\blet[ \t]+(?:mut[ \t]+)?([A-Za-z_]\w*)\b[^=;]{0,120}=(?!=)[ \t\n]*/g)) {
    const value = (m.index ?? 0) + m[0].length;
    const built = /^(?:openai_api_rust[ \t]*::[ \t]*)?OpenAI[ \t]*::[ \t]*new[ \t]*\(/.exec(code.slice(value, value + 200));
    let destination: SdkDestination | undefined;
    if (built) {
      const open = value + built[0].length - 1;
      const close = matchingBracket(code, open, 2000);
      const base = close < 0 ? undefined : splitTopLevel(text.slice(open + 1, close - 1))[1]?.trim().replace(/^&/, '').replace(/\.(?:to_string|to_owned|as_str)\(\)$/, '');
      if (base) destination = baseDestination(base, 'api_url');
    }
    const list = found.get(m[1] ?? '') ?? [];
    list.push({ at: m.index ?? 0, destination });
    found.set(m[1] ?? '', list);
  }
  return found;
}

/**
 * Where the `OpenAI` a name holds sends: the `api_url` its nearest `let` above in the same function gives `OpenAI::new(…)`; a
 * parameter of that function, a field, or a value from anywhere else is sent where that one was built.
 */
function openAIApiRustDestination(functions: ReadonlyArray<{ at: number }>, bindings: ReadonlyMap<string, ReadonlyArray<{ at: number; destination: SdkDestination | undefined }>>, holder: string, before: number): SdkDestination {
  const elsewhere: SdkDestination = { provider: 'unknown', detail: `${holder}: an openai_api_rust OpenAI built elsewhere; its api_url is set there` };
  const list = holder.startsWith('self.') ? undefined : bindings.get(holder);
  const last = list?.[lastBefore(list, before)];
  if (!last?.destination) return elsewhere;
  // (only one of the call's own function: no `fn` starts between the `let` and the call)
  const fn = functions[lastBefore(functions, before)];
  return fn === undefined || fn.at < last.at ? last.destination : elsewhere;
}
