import type { CallSite, SourceLanguage } from '../model';
import { matchingBracket } from './lexer';
import type { Lexed } from './lexer';
import { lookupSdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** The request methods of openai-rust's `Client` (longest first: `create_chat_stream` before `create_chat`). */
const METHODS = 'list_models|create_chat_stream|create_chat|create_completion|create_edit|create_embeddings|create_image';
const CLIENT_CALL = new RegExp(String.raw`(?<![\w.])((?:self[ \t]*\.[ \t]*)?([A-Za-z_]\w*))[ \t\n]*\.[ \t\n]*(${METHODS})[ \t]*\(`, 'g');
/** The request method called on a client built in the same expression, right after `new(…)`'s arguments. */
const CHAINED_METHOD = new RegExp(String.raw`^[ \t\n]*\.[ \t\n]*(${METHODS})[ \t]*\(`);
/** Where the crate sends data: its base is fixed. */
const FIXED_BASE = { provider: 'openai' as const, detail: "api.openai.com, openai-rust's fixed base (its Client has no setting for another host)" };

/**
 * The Rust crate openai-rust (LevitatingBusinessMan/openai-rust, `openai_rust` in code): `client.create_chat(args)`,
 * `client.list_models()`, the request methods of its `Client`, on a name the file types or builds as one in the call's own
 * function (a parameter `client: &openai_rust::Client`, `let client = openai_rust::Client::new(key)`), or on `self.name` where a
 * struct field is typed so; `Client` alone where `use openai_rust::Client` brings it in. The crate's base is fixed, so every
 * call goes to api.openai.com, wherever the client was built.
 */
export function detectOpenAIRustCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  if (!src.noComments.includes('openai_rust')) return [];
  const code = lexed.code;
  const type = clientType(code);
  const sites = chainedCalls(src, code, language, type);
  const clients = clientDeclarations(code, type);
  if (clients.length === 0) return sites;
  const functions = [...code.matchAll(/\bfn[ \t]+[A-Za-z_]\w*/g)].map((f) => ({ at: f.index ?? 0 }));
  const fields = new Set(clients.filter((c) => c.field).map((c) => c.name));
  // (each name's parameters and bindings in source order)
  const locals = new Map<string, Array<{ at: number }>>();
  for (const c of clients) {
    if (c.field) continue;
    const list = locals.get(c.name) ?? [];
    list.push({ at: c.at });
    locals.set(c.name, list);
  }
  for (const m of code.matchAll(CLIENT_CALL)) {
    const start = m.index ?? 0;
    const name = m[3] ?? '';
    const receiver = m[2] ?? '';
    // (`self.api` on a field so typed; a bare name declared so in the call's own function, before it)
    const own = functions[lastBefore(functions, start)]?.at ?? -1;
    const list = locals.get(receiver);
    const typed = /^self\b/.test(m[1] ?? '') ? fields.has(receiver) : list !== undefined && (list[lastBefore(list, start)]?.at ?? -1) > own;
    if (!typed) continue;
    const method = lookupSdkMethod('rust_openai_rust', ['Client', name]);
    if (!method) continue;
    sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${(m[1] ?? '').replace(/\s/g, '')}.${name}`, open: start + m[0].length - 1 }, method, FIXED_BASE));
  }
  // (in any order: detectInSource sorts every site)
  return sites;
}

/**
 * The crate's client type as the file may write it: `openai_rust::Client` always; `Client` alone where a `use` brings it in
 * (`use openai_rust::Client;`, `use openai_rust::{Client, chat};`), and the alias of `use openai_rust::Client as OpenAI;`.
 */
function clientType(code: string): string {
  const names = [String.raw`openai_rust[ \t]*::[ \t]*Client`];
  for (const u of code.matchAll(/\buse[ \t]+openai_rust[ \t]*::[ \t]*(?:Client\b(?:[ \t]+as[ \t]+([A-Za-z_]\w*))?|\{([^}]{0,500})\})/g)) {
    const listed = u[2] === undefined ? undefined : /(?<![\w:])Client\b(?:[ \t\n]+as[ \t\n]+([A-Za-z_]\w*))?/.exec(u[2]);
    if (u[2] !== undefined && !listed) continue;
    const alias = u[1] ?? listed?.[1];
    names.push(alias ?? 'Client');
  }
  return `(?:${[...new Set(names)].join('|')})`;
}

/** A request on a client built in the same expression: `openai_rust::Client::new(&key).create_chat(args)`. */
function chainedCalls(src: SourceText, code: string, language: SourceLanguage, type: string): CallSite[] {
  const sites: CallSite[] = [];
  const built = new RegExp(String.raw`(?<![\w:])${type}[ \t]*::[ \t]*new(?:_with_client)?[ \t]*\(`, 'g');
  for (const m of code.matchAll(built)) {
    const start = m.index ?? 0;
    // (`after` is just past the bracket closing `new`'s arguments)
    const after = matchingBracket(code, start + m[0].length - 1);
    if (after < 0) continue;
    const call = CHAINED_METHOD.exec(code.slice(after, after + 200));
    const name = call?.[1];
    if (!call || !name) continue;
    const method = lookupSdkMethod('rust_openai_rust', ['Client', name]);
    if (!method) continue;
    const nameStart = after + call[0].lastIndexOf(name);
    sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart, name, label: `${code.slice(start, start + m[0].length - 1).replace(/\s/g, '')}(…).${name}`, open: after + call[0].length - 1 }, method, FIXED_BASE));
  }
  return sites;
}

/**
 * Where the file declares the crate's `Client`: parameters, fields and `let` bindings typed as one (also behind `&`, `Arc<…>`,
 * `Mutex<…>`, `Option<…>`) or given `openai_rust::Client::new(…)`; a field is a declaration inside a `struct`'s braces, or
 * one a struct literal gives a new client (`Self { api: Client::new(&key) }`: its declared type may be a generic or alias).
 */
function clientDeclarations(code: string, type: string): Array<{ name: string; at: number; field: boolean }> {
  const wrapper = String.raw`(?:(?:Arc|Rc|Box|Mutex|RwLock|Option|RefCell)[ \t]*<[ \t]*&?[ \t]*)*`;
  const declared = new RegExp(
    String.raw`(?<![\w:])([A-Za-z_]\w*)[ \t]*:[ \t]*&?[ \t]*(?:mut[ \t]+)?${wrapper}${type}\b(?![ \t]*::)|\blet[ \t]+(?:mut[ \t]+)?([A-Za-z_]\w*)[^=;]{0,80}=[ \t]*${type}[ \t]*::[ \t]*new(?:_with_client)?[ \t]*\(`,
    'g',
  );
  // (each struct's braces, in source order: a declaration's is the last opened before it)
  const structs = [...code.matchAll(/\bstruct[ \t]+[A-Za-z_]\w*[^{;]{0,200}\{/g)].map((m) => ({ at: (m.index ?? 0) + m[0].length - 1, close: code.indexOf('}', (m.index ?? 0) + m[0].length) }));
  const typed = [...code.matchAll(declared)].map((m) => {
    const at = m.index ?? 0;
    const struct = structs[lastBefore(structs, at)];
    return { name: m[1] ?? m[2] ?? '', at, field: m[1] !== undefined && struct !== undefined && at < struct.close };
  });
  const literal = new RegExp(String.raw`[{,][ \t\n]*([A-Za-z_]\w*)[ \t]*:[ \t]*${type}[ \t]*::[ \t]*new(?:_with_client)?[ \t]*\(`, 'g');
  const given = [...code.matchAll(literal)].map((m) => ({ name: m[1] ?? '', at: m.index ?? 0, field: true }));
  return given.length === 0 ? typed : [...typed, ...given].sort((a, b) => a.at - b.at);
}
