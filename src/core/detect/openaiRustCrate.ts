import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** The request methods of openai-rust's `Client` (longest first: `create_chat_stream` before `create_chat`). */
const CLIENT_CALL = /(?<![\w.])((?:self[ \t]*\.[ \t]*)?([A-Za-z_]\w*))[ \t\n]*\.[ \t\n]*(list_models|create_chat_stream|create_chat|create_completion|create_edit|create_embeddings|create_image)[ \t]*\(/g;

/**
 * The Rust crate openai-rust (LevitatingBusinessMan/openai-rust, `openai_rust` in code): `client.create_chat(args)`,
 * `client.list_models()`, the request methods of its `Client`, on a name the file types or builds as one (a parameter or
 * field `client: &openai_rust::Client`, `let client = openai_rust::Client::new(key)`; `Client` alone where `use openai_rust::Client`
 * brings it in). The crate's base is fixed, so every call goes to api.openai.com, wherever the client was built.
 */
export function detectOpenAIRustCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('openai_rust')) return [];
  const code = lexed.code;
  const receivers = clientNames(code, text);
  if (receivers.size === 0) return [];
  const destination = { provider: 'openai' as const, detail: "api.openai.com, openai-rust's fixed base (its Client has no setting for another host)" };
  const sites: CallSite[] = [];
  for (const m of code.matchAll(CLIENT_CALL)) {
    const name = m[3] ?? '';
    if (!receivers.has(m[2] ?? '')) continue;
    const method = lookupSdkMethod('rust_openai_rust', ['Client', name]);
    if (!method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${(m[1] ?? '').replace(/\s/g, '')}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/** The names (parameters, fields, `let` bindings) the file gives the crate's `Client`, by its type or by its constructor. */
function clientNames(code: string, text: string): Set<string> {
  // (`Client` alone is the crate's only where a `use` brings it in: `use openai_rust::Client;`, `use openai_rust::{Client, chat};`)
  const type = /\buse[ \t]+openai_rust[ \t]*::[ \t]*(?:Client\b|\{[^}]*\bClient\b)/.test(text) ? String.raw`(?:openai_rust[ \t]*::[ \t]*)?Client` : String.raw`openai_rust[ \t]*::[ \t]*Client`;
  const declared = new RegExp(
    String.raw`(?<![\w:])([A-Za-z_]\w*)[ \t]*:[ \t]*&?[ \t]*(?:mut[ \t]+)?(?:(?:Arc|Rc|Box)[ \t]*<[ \t]*)?${type}\b(?![ \t]*::)|\blet[ \t]+(?:mut[ \t]+)?([A-Za-z_]\w*)[^=;]{0,80}=[ \t]*${type}[ \t]*::[ \t]*new(?:_with_client)?[ \t]*\(`,
    'g',
  );
  return new Set([...code.matchAll(declared)].map((m) => m[1] ?? m[2] ?? ''));
}
