import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { literalHostsDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { isSdkResource, lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';


/**
 * The Rust crate async-openai: `client.chat().create(request)`, `client.threads().messages(&id).create(…)`,
 * on a `Client::new()` or `Client::with_config(…)` of the file, or a struct field holding one
 * (`self.client`). Only in files that use the crate: other Rust APIs share the shape.
 */
export function detectRustSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\basync_openai\b/.test(text)) return [];
  const code = lexed.code;
  // the crate's client type, also as the file renames it: `use async_openai::{types::CreateEditRequest, Client as OpenAiClient};`
  const renamed = [...text.matchAll(/\buse[ \t]+async_openai[ \t]*::[^;]{0,400};/g)].flatMap((u) => [...u[0].matchAll(/\bClient[ \t]+as[ \t]+([A-Z]\w*)/g)].map((a) => a[1] ?? ''));
  // (and as a type alias names it: `pub type OpenAIClient = Client<OpenAIConfig>;`)
  const named = ['Client', ...renamed];
  const aliases = [...text.matchAll(new RegExp(String.raw`\btype[ \t]+([A-Z]\w*)[ \t]*=[ \t]*(?:async_openai[ \t]*::[ \t]*)?(?:${named.join('|')})[ \t]*<`, 'g'))].map((a) => a[1] ?? '');
  const client = renamed.length + aliases.length > 0 ? `(?:${[...named, ...aliases].join('|')})` : 'Client';
  const destination = fileDestination(text, client);
  // names bound to a client (`let client = Client::new()`), and fields typed or set as one (`client: Client<OpenAIConfig>`)
  const holders = new Set<string>();
  for (const m of code.matchAll(new RegExp(String.raw`\blet[ \t]+(?:mut[ \t]+)?([a-z_]\w*)[ \t]*(?::[^=;]{0,80})?=[ \t]*(?:async_openai[ \t]*::[ \t]*)?${client}[ \t]*::[ \t]*(?:new|with_config|build)\b`, 'g'))) holders.add(m[1] ?? '');
  for (const m of code.matchAll(new RegExp(String.raw`\b([a-z_]\w*)[ \t]*:[ \t]*(?:&[ \t]*(?:mut[ \t]+)?)?(?:async_openai[ \t]*::[ \t]*)?${client}[ \t]*(?:<|[,)\n}])`, 'g'))) holders.add(m[1] ?? '');
  // what a function of the file returns: `fn init_gpt_client() -> Result<Client<OpenAIConfig>, …>`, taken as `let client = init_gpt_client()?;`
  const factories = new Set([...code.matchAll(new RegExp(String.raw`\bfn[ \t]+([a-z_]\w*)[ \t]*\([^)]*\)[ \t]*->[ \t]*(?:Result[ \t]*<[ \t]*|Option[ \t]*<[ \t]*)?(?:async_openai[ \t]*::[ \t]*)?${client}\b`, 'g'))].map((f) => f[1] ?? ''));
  for (const m of factories.size > 0 ? code.matchAll(/\blet[ \t]+(?:mut[ \t]+)?([a-z_]\w*)[ \t]*(?::[^=;]{0,80})?=[ \t]*(?:self[ \t]*\.[ \t]*|Self[ \t]*::[ \t]*)?([a-z_]\w*)[ \t]*\(/g) : []) if (factories.has(m[2] ?? '')) holders.add(m[1] ?? '');
  const resources = resourceBindings(code, holders);
  const sites: CallSite[] = [];
  // a receiver, then accessors (some take an id: `messages(&thread_id)`), then the method
  // (or a resource the file keeps in a binding, then maybe more accessors: `files.delete(id)`, `stores.files(&id).list()`)
  const call = /(?<![\w.])((?:[a-z_]\w*\s*\.\s*)?[a-z_]\w*)((?:[ \t\n]*\.[ \t]*[a-z_]\w*[ \t]*\([^()]{0,200}\))*)[ \t\n]*\.[ \t]*([a-z_]\w*)[ \t]*\(/g;
  for (const m of code.matchAll(call)) {
    // (a field through `self` or another binding: `self.client`, `s.openai`)
    const receiver = (m[1] ?? '').replace(/^\w+\s*\.\s*/, '');
    const resource = receiver === m[1] ? bindingAt(resources, receiver, m.index ?? 0, code) : undefined;
    // (a name the file binds to no client counts only when it names OpenAI: `ollama_client`, `http_client` are others')
    if (!resource && (m[2] === '' || (!holders.has(receiver) && !/openai/i.test(receiver)))) continue;
    const accessors = [...(resource ?? []), ...[...(m[2] ?? '').matchAll(/\.[ \t]*([a-z_]\w*)[ \t]*\(/g)].map((a) => a[1] ?? '')];
    const name = m[3] ?? '';
    const method = lookupSdkMethod('rust', [...accessors, name]);
    if (!method || method.http === 'MULTI') continue;
    const start = m.index ?? 0;
    const written = [...(m[2] ?? '').matchAll(/\.[ \t]*([a-z_]\w*)[ \t]*\(/g)].map((a) => a[1] ?? '');
    const label = `${(m[1] ?? '').replace(/\s+/g, '')}.${[...written.map((a) => `${a}()`), name].join('.')}`;
    sites.push(typedSdkSite(src, code, language, 'sdk-rust', { start, nameStart: start + m[0].lastIndexOf(name), name, label, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/**
 * Resources the file keeps in a `let` (`let files = client.files();`, `let store_files = stores.files(store);`), by name, each
 * binding with where it is made: the accessors it stands for. Rebinding one with options (`let x = x.query(&q).unwrap();`) keeps it.
 */
function resourceBindings(code: string, holders: ReadonlySet<string>): Map<string, Array<{ at: number; members: string[] }>> {
  const resources = new Map<string, Array<{ at: number; members: string[] }>>();
  if (holders.size === 0) return resources;
  for (const m of code.matchAll(/\blet[ \t]+(?:mut[ \t]+)?([a-z_]\w*)[ \t]*(?::[^=;]{0,80})?=[ \t\n]*([a-z_]\w*)((?:[ \t\n]*\.[ \t]*[a-z_]\w*[ \t]*\([^()]{0,200}\))+)[ \t\n]*;/g)) {
    const at = m.index ?? 0;
    const from = m[2] ?? '';
    const root = bindingAt(resources, from, at, code) ?? (holders.has(from) ? [] : undefined);
    if (!root) continue;
    const members = [...root, ...[...(m[3] ?? '').matchAll(/\.[ \t]*([a-z_]\w*)[ \t]*\(/g)].map((a) => a[1] ?? '').filter((a) => !REQUEST_OPTIONS.has(a))];
    if (isSdkResource('rust', members)) resources.set(m[1] ?? '', [...(resources.get(m[1] ?? '') ?? []), { at, members }]);
  }
  return resources;
}

/** The resource a name is bound to at `at`: its last binding before, in the same function (no `fn` between). */
function bindingAt(resources: ReadonlyMap<string, Array<{ at: number; members: string[] }>>, name: string, at: number, code: string): string[] | undefined {
  const binding = resources.get(name)?.filter((b) => b.at < at).pop();
  return binding && !/\bfn[ \t]/.test(code.slice(binding.at, at)) ? binding.members : undefined;
}

/** What a resource's options and a result's unwrapping add, which leave it the same resource. */
const REQUEST_OPTIONS = new Set(['query', 'header', 'headers', 'unwrap', 'expect', 'clone']);

/**
 * Where the file's clients send data, read from the file as a whole: an `AzureConfig` is Azure OpenAI;
 * `with_api_base("…")` names the host (two different ones, or one set at run time, leave it open); else
 * the crate's default, api.openai.com, when the file builds the client (`client`: a pattern of the client type's names in the file).
 */
function fileDestination(text: string, client: string): SdkDestination {
  if (/\bAzureConfig\b/.test(text)) return /\bOpenAIConfig\b/.test(text) ? { provider: 'unknown', detail: 'an async-openai client with an AzureConfig or an OpenAIConfig, chosen at run time' } : { provider: 'azure', detail: 'an async-openai client with an AzureConfig' };
  const bases = [...text.matchAll(/\.with_api_base[ \t]*\([ \t]*([^)]*)\)/g)].map((m) => (m[1] ?? '').trim());
  // (a file that builds no client calls one handed to it: where that one sends data is decided where it is built)
  // (the crate's own `Client`, not `reqwest::Client::new()`)
  const buildsClient = new RegExp(String.raw`(?<![\w:])${client}[ \t]*::[ \t]*(?:new|with_config|build)\b`).test(text.replace(/\basync_openai[ \t]*::[ \t]*Client\b/g, 'Client'));
  if (bases.length === 0 && !buildsClient) return { provider: 'unknown', detail: 'an async-openai Client from elsewhere; its config decides where data goes' };
  if (bases.length === 0) return { provider: 'openai', detail: 'api.openai.com, the default of an async-openai Client with no api_base' };
  return literalHostsDestination(bases, 'api_base');
}
