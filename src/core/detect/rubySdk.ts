import type { CallSite, SourceLanguage } from '../model';
import { inConditionalBranch } from './branches';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import type { ProjectIndex } from './projectIndex';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';


/**
 * A Ruby name a client is kept in (`client`, `@client`, `@@client`, `$client`, a class's `self.client`), without its sigil; never a
 * link inside a chain (`a . b`): starting there was quadratic.
 */
const HOLDER = '(?<![\\w.:@$])(?<!\\.\\s{0,40})(?:self[ \\t]*\\.[ \\t]*)?[@$]{0,2}([a-z_]\\w*)';
/** `OpenAI::Client.new`, also written from the top level (`::OpenAI::Client.new`) or in Sorbet's `T.let(…, OpenAI::Client)`. */
const CONSTRUCTOR = '(?:T\\.(?:let|cast|must)\\([ \\t]*)?(?:::)?OpenAI::Client\\s*\\.\\s*new\\b';

/**
 * Ruby's two OpenAI SDKs, whose clients are both `OpenAI::Client.new(…)`: the official gem `openai`
 * (`client.chat.completions.create(messages: …)`) and the community gem ruby-openai
 * (`client.chat(parameters: {…})`, `client.files.upload(parameters: …)`). A call's accessor chain is
 * looked up in the official SDK's map, then in the community gem's; where both have it, they send
 * the same request. Only in files that name `OpenAI::Client`: other gems share the shapes
 * (`Anthropic::Client.new.messages(parameters: …)`).
 */
export function detectRubySdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, project?: ProjectIndex): CallSite[] {
  const text = src.noComments;
  const code = lexed.code;
  // (or, in a file that names none, the clients another file of the project builds and hands its classes)
  const named = /OpenAI::Client\b/.test(text);
  // (a file that only requires the gem calls a client handed in: `def self.send_image_variation(open_ai_client, …)`)
  const usesGem = named || /\brequire[ \t(]*["']openai["']/.test(text);
  // (or a file naming neither, whose methods are handed a client named for OpenAI and call it with ruby-openai's `parameters:`:
  // `def ask(bot, event, openai_client)` … `openai_client.responses.create(parameters: {…})`; the gem is required elsewhere)
  const handedByName = !usesGem && OPENAI_NAMED_CALL_WITH_PARAMETERS.test(code);
  if (!usesGem && !handedByName && !project?.hasRubyHandedClients() && !project?.hasRubyClassClients()) return [];
  const configured = configuredBase(text) ?? project?.rubyOpenAIBase();
  const clients = named ? rubyClients(code, text, configured) : new Map<string, SdkDestination>();
  if (project?.hasRubyHandedClients()) for (const [name, client] of clientsHandedIn(code, project, configured)) if (!clients.has(name)) clients.set(name, client);
  // (a client another file's class method builds: `client = OpenaiClient.client`)
  if (project?.hasRubyClassClients()) {
    for (const m of code.matchAll(new RegExp(`${HOLDER}[ \\t]*(?:\\|\\|=|=)[ \\t]*([A-Z][\\w:]*)\\.([a-z_]\\w*)[ \\t]*(?:\\(\\))?[ \\t]*$`, 'gm'))) {
      const statement = project.rubyClassClient(`${(m[2] ?? '').split('::').pop() ?? ''}.${m[3] ?? ''}`);
      if (statement && !clients.has(m[1] ?? '')) clients.set(m[1] ?? '', builtClient(statement, configured));
    }
  }
  // constants keeping a client: this file's, or another file's (a Rails initializer's `OpenAIClient = OpenAI::Client.new(…)`)
  const constants = new Map<string, SdkDestination>();
  if (named) for (const [key, statement] of rubyConstantClients(code, text)) constants.set(key.slice(2), builtClient(statement, configured));
  if (project?.hasRubyClassClients()) {
    for (const m of code.matchAll(/(?<![\w:.@$])([A-Z]\w*)[ \t]*\.[ \t]*[a-z_]/g)) {
      const name = m[1] ?? '';
      if (constants.has(name)) continue;
      const statement = project.rubyClassClient(`::${name}`);
      if (statement) constants.set(name, builtClient(statement, configured));
    }
  }
  if (clients.size === 0 && constants.size === 0 && !usesGem && !handedByName) return [];
  const sites: CallSite[] = [];
  const push = (start: number, nameStart: number, chain: string[], label: string, open: number, client: SdkDestination): void => {
    const method = lookupRubyMethod(chain);
    if (!method || method.http === 'MULTI') return;
    const name = chain[chain.length - 1] ?? '';
    sites.push(typedSdkSite(src, code, language, 'sdk-ruby', { start, nameStart, name, label, open, ...(open < 0 ? { close: argumentsWithoutBrackets(code, nameStart + name.length) } : {}) }, method, client));
  };
  // `client.chat(`, `@client.files.upload(`, `client.chat parameters: {…}` and `client.threads.create` (no parentheses)
  const call = new RegExp(`${HOLDER}((?:\\s*\\.\\s*[a-z_]\\w*){1,8})(?:\\s*\\(|[ \\t]+(?=[a-z_]\\w*:[ \\t])|(?=[ \\t]*(?:$|[;)\\]},#[])))`, 'gm');
  for (const m of code.matchAll(call)) {
    const receiver = m[1] ?? '';
    // (a name this file never binds is a client handed in only when it says so: `openai_cache`, `gpt_helper` are the app's)
    const client = clients.get(receiver) ?? ((usesGem && /^(?:open_?ai(?:_api)?(?:_client)?|open_api_client|client|ai_client|llm_client)$/.test(receiver)) || (handedByName && OPENAI_CLIENT_NAME.test(receiver)) ? { provider: 'unknown' as const, detail: `${receiver}: an OpenAI::Client from elsewhere; its uri_base is set where it is built` } : undefined);
    if (!client) continue;
    const chain = chainNames(m[2] ?? '');
    // (with no arguments at all, one accessor is the official gem's resource, `chat = client.chat`, not the community gem's call)
    if (!m[0].endsWith('(') && !/[ \t]$/.test(m[0]) && chain.length < 2) continue;
    const start = m.index ?? 0;
    const name = chain[chain.length - 1] ?? '';
    push(start, start + m[0].lastIndexOf(name), chain, `${receiver}.${chain.join('.')}`, m[0].endsWith('(') ? start + m[0].length - 1 : -1, client);
  }
  // `OpenAIClient.chat(parameters: …)` on a constant
  if (constants.size > 0) {
    const names = [...constants.keys()].map(escapeRe).join('|');
    for (const m of code.matchAll(new RegExp(`(?<![\\w.:@$])(${names})((?:\\s*\\.\\s*[a-z_]\\w*){1,8})(?:\\s*\\(|[ \\t]+(?=[a-z_]\\w*:[ \\t]))`, 'g'))) {
      const chain = chainNames(m[2] ?? '');
      const start = m.index ?? 0;
      const name = chain[chain.length - 1] ?? '';
      push(start, start + m[0].lastIndexOf(name), chain, `${m[1] ?? ''}.${chain.join('.')}`, m[0].endsWith('(') ? start + m[0].length - 1 : -1, constants.get(m[1] ?? '') ?? { provider: 'unknown', detail: '' });
    }
  }
  // `OpenAI::Client.new(access_token: key).chat(parameters: …)`: built and called in one expression
  for (const m of code.matchAll(new RegExp(CONSTRUCTOR, 'g'))) {
    const from = m.index ?? 0;
    const afterArgs = argumentsEnd(code, from + m[0].length);
    // (or called without brackets: `OpenAI::Client.new(access_token: key).models.list`)
    // (over lines too: `OpenAI::Client.new(api_key: key)` then `.chat` `.completions` `.create(…)`, one a line)
    const chained = /^((?:\s*\.\s*[a-z_]\w*)+)[ \t]*(?:(\()|(?![\w.]))/.exec(code.slice(afterArgs, afterArgs + 200));
    if (!chained) continue;
    const chain = chainNames(chained[1] ?? '');
    // (one name without brackets is a resource, the official gem's `OpenAI::Client.new.chat`, or a call missing its arguments)
    if (!chained[2] && chain.length < 2) continue;
    const name = chain[chain.length - 1] ?? '';
    const nameStart = afterArgs + chained[0].lastIndexOf(name);
    push(from, nameStart, chain, `OpenAI::Client.new.${chain.join('.')}`, chained[2] ? afterArgs + chained[0].length - 1 : -1, builtClient(text.slice(from, afterArgs), configured));
  }
  return sites;
}

/** A name only an OpenAI client is kept in (not `client`, `ai_client`: another gem's may be). */
const OPENAI_CLIENT_NAME = /^open_?ai(?:_api)?_client$/;
/** Such a client called with ruby-openai's `parameters:` hash: `openai_client.chat(parameters: {`, `@openai_client.images.generate(\n parameters: …`. */
const OPENAI_NAMED_CALL_WITH_PARAMETERS = /(?<![\w.:$])@{0,2}open_?ai(?:_api)?_client(?:[ \t]*\.[ \t]*[a-z_]\w*){1,4}[ \t]*\(?\s*parameters:/;

/** The names of an accessor chain as written (`.files .upload`, over lines too): `['files', 'upload']`. */
function chainNames(chain: string): string[] {
  return [...chain.matchAll(/[a-z_]\w*/g)].map((a) => a[0]);
}

/** Where the arguments of a call written without brackets end: its line's end, or the bracket closing one its line leaves open (`parameters: {` … `}`). */
function argumentsWithoutBrackets(code: string, from: number): number {
  const lineEnd = code.indexOf('\n', from);
  const line = code.slice(from, lineEnd < 0 ? code.length : lineEnd);
  const open = /[{[(][^{}[\]()]*$/.exec(line);
  const close = open ? matchingBracket(code, from + open.index) : -1;
  return close > 0 ? close : lineEnd < 0 ? code.length : lineEnd;
}

function lookupRubyMethod(chain: string[]): SdkMethod | undefined {
  return lookupSdkMethod('ruby', chain) ?? lookupSdkMethod('ruby_community', chain);
}

/** The offset just after the arguments of the call whose name ends at `at` (itself when it has none in parentheses). */
function argumentsEnd(code: string, at: number): number {
  const open = /^[ \t]*\(/.exec(code.slice(at, at + 40));
  const close = open ? matchingBracket(code, at + open[0].length - 1, 4000) : -1;
  return close < 0 ? at : close;
}

/**
 * The file's clients by the name they are kept in: `client = OpenAI::Client.new(…)`, `@client ||=
 * OpenAI::Client.new`, a method whose body builds one (`def client` … `OpenAI::Client.new(…)`), a
 * parameter defaulting to one (`def initialize(client: OpenAI::Client.new)`).
 */
function rubyClients(code: string, text: string, configured: string | undefined): Map<string, SdkDestination> {
  return new Map([...rubyClientStatements(code, text)].map(([name, statement]) => [name, builtClient(statement, configured)]));
}

/** The same clients, each with the statement that builds it (`OpenAI::Client.new(uri_base: …)`), read for its base later. */
function rubyClientStatements(code: string, text: string): Map<string, string> {
  const clients = new Map<string, string>();
  const assigned = new RegExp(`${HOLDER}[ \\t]*(?:\\|\\|=|=|:)[ \\t]*${CONSTRUCTOR}`, 'g');
  for (const m of code.matchAll(assigned)) {
    const from = (m.index ?? 0) + m[0].length;
    clients.set(m[1] ?? '', text.slice(m.index ?? 0, argumentsEnd(code, from)));
  }
  // `@client =` an `if` (or `case`) whose branches each build a client with the default base (`OpenAI::Client.new(access_token: t)`,
  // `OpenAI::Client.new(log_errors: true)`): that client; branches naming a base or an API type are left to be told apart
  for (const m of code.includes('if') || code.includes('case') ? code.matchAll(new RegExp(`${HOLDER}[ \\t]*(?:\\|\\|=|=)[ \\t]*(\\n[ \\t]*)?(?:if|unless|case)\\b`, 'g')) : []) {
    const name = m[1] ?? '';
    const from = (m.index ?? 0) + m[0].length;
    // (its `end` at the `if`'s indent on a line of its own, else, `@x = if …` on one line, at the assignment line's)
    const indent = m[2] !== undefined ? m[2].slice(1) : (/^[ \t]*/.exec(code.slice(code.lastIndexOf('\n', m.index ?? 0) + 1))?.[0] ?? '');
    const end = new RegExp(`\\n${indent}end\\b`).exec(code.slice(from, from + 2000));
    const block = end ? text.slice(from, from + end.index) : '';
    if (clients.has(name) || !new RegExp(CONSTRUCTOR).test(block) || /\b(?:uri_base|api_type|base_url):/.test(block)) continue;
    clients.set(name, block);
  }
  // `def openai_client` whose first statement builds the client (memoised or not)
  for (const m of code.matchAll(new RegExp(`^[ \\t]*def[ \\t]+(?:self\\.)?([a-z_]\\w*)[ \\t]*(?:\\(\\))?[ \\t]*\\n[ \\t]*(?:@\\w+[ \\t]*\\|\\|=[ \\t]*)?${CONSTRUCTOR}`, 'gm'))) {
    const name = m[1] ?? '';
    if (clients.has(name)) continue;
    const from = (m.index ?? 0) + m[0].length;
    clients.set(name, text.slice(m.index ?? 0, argumentsEnd(code, from)));
  }
  // `def openai_client` that looks a setting up first and then returns the client it builds (`return` or not)
  const defs = code.includes('def') ? [...code.matchAll(/^([ \t]*)def[ \t]+(?:self\.)?([a-z_]\w*)[ \t]*(?:\([^()\n]*\))?[ \t]*\n/gm)] : [];
  for (const m of defs) {
    const name = m[2] ?? '';
    if (clients.has(name)) continue;
    const built = methodBuiltClient(code, text, m[1] ?? '', (m.index ?? 0) + m[0].length, '(?:return[ \\t]+)?');
    if (built) clients.set(name, built.statement);
  }
  if (clients.size === 0) return clients;
  // what the file's methods hand on: `def create_chat_client` whose last statement is `create_azure_client(MODEL)`, and a
  // local given one's result, `client = create_azure_client(deployment)` (a method's name with its arguments, or bare)
  const building = new Set(clients.keys());
  for (const m of defs) {
    const name = m[2] ?? '';
    if (clients.has(name)) continue;
    const body = methodBody(code, m[1] ?? '', (m.index ?? 0) + m[0].length);
    const last = body === undefined ? undefined : /(?:^|\n)[ \t]*(?:return[ \t]+)?([a-z_]\w*)[ \t]*(?:\([^()\n]*\))?[ \t]*\n?$/.exec(body.trimEnd())?.[1];
    const statement = last !== undefined && building.has(last) ? clients.get(last) : undefined;
    if (statement !== undefined) clients.set(name, statement);
  }
  for (const m of code.matchAll(new RegExp(`${HOLDER}[ \\t]*(?:\\|\\|=|=)[ \\t]*([a-z_]\\w*)[ \\t]*(?:\\([^()\\n]*\\))?[ \\t]*$`, 'gm'))) {
    const statement = clients.get(m[2] ?? '');
    if (statement !== undefined && m[1] !== m[2] && !clients.has(m[1] ?? '')) clients.set(m[1] ?? '', statement);
  }
  return clients;
}

/** A method's body, from `bodyStart` to the `end` at its `def`'s indent (within 4,000 characters), or undefined without one. */
function methodBody(code: string, indent: string, bodyStart: number): string | undefined {
  const end = new RegExp(`^${indent}end\\b`, 'm').exec(code.slice(bodyStart, bodyStart + 4000));
  return end ? code.slice(bodyStart, bodyStart + end.index) : undefined;
}

/**
 * The last statement of a method's body (from `bodyStart` to the `end` at its `def`'s indent, within 4,000 characters) that
 * builds a client, `prefix` allowed before the constructor: the statement, and where its arguments end.
 */
function methodBuiltClient(code: string, text: string, indent: string, bodyStart: number, prefix: string): { statement: string; argsEnd: number } | undefined {
  const body = methodBody(code, indent, bodyStart) ?? '';
  const built = [...body.matchAll(new RegExp(`^[ \\t]+${prefix}${CONSTRUCTOR}`, 'gm'))].pop();
  if (!built) return undefined;
  const argsEnd = argumentsEnd(code, bodyStart + (built.index ?? 0) + built[0].length);
  return { statement: text.slice(bodyStart + (built.index ?? 0), argsEnd), argsEnd };
}

/**
 * The class methods of a file that build and return a client (`class OpenaiClient; def self.client; OpenAI::Client.new(…)`),
 * by `Class.method`, each with the statement that builds it: another file's `client = OpenaiClient.client` holds that client.
 */
/** The top-level constants a file keeps a client in (`OpenAIClient = OpenAI::Client.new(…)`), keyed `::OpenAIClient`, with the statement that builds each. */
export function rubyConstantClients(code: string, text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of code.matchAll(new RegExp(`^[ \\t]*([A-Z]\\w*)[ \\t]*(?:\\|\\|=|=)[ \\t]*${CONSTRUCTOR}`, 'gm'))) found.set(`::${m[1] ?? ''}`, text.slice(m.index ?? 0, argumentsEnd(code, (m.index ?? 0) + m[0].length)));
  return found;
}

export function rubyClassClientMethods(code: string, text: string): Map<string, string> {
  const methods = new Map<string, string>();
  if (!code.includes('def self.')) return methods;
  // (a module's too, the singleton idiom: `module OpenaiClient; def self.client`; by its last name, `Ai::OpenaiClient` as `OpenaiClient`)
  const classes = [...code.matchAll(/^[ \t]*(?:class|module)[ \t]+([A-Z][\w:]*)/gm)].map((m) => ({ at: m.index ?? 0, name: (m[1] ?? '').split('::').pop() ?? '' }));
  for (const m of code.matchAll(/^([ \t]*)def[ \t]+self\.([a-z_]\w*)[ \t]*(?:\([^()\n]*\))?[ \t]*\n/gm)) {
    const owner = classes[lastBefore(classes, m.index ?? 0)];
    if (!owner) continue;
    const built = methodBuiltClient(code, text, m[1] ?? '', (m.index ?? 0) + m[0].length, '(?:return[ \\t]+|@\\w+[ \\t]*\\|\\|=[ \\t]*)?');
    // (the client itself, not something asked of it: `OpenAI::Client.new(…).models` returns a list)
    if (!built || /^[ \t]*\./.test(code.slice(built.argsEnd, built.argsEnd + 40))) continue;
    methods.set(`${owner.name}.${m[2] ?? ''}`, built.statement);
  }
  return methods;
}

/** What one `Foo.new(…)` of a file hands a class of the project: a client the file builds, at a position or keyword. */
export interface RubyHandedClient {
  position?: number;
  keyword?: string;
  /** The modules the class was named through (`Providers::OpenAI::Chat` → Providers, OpenAI): the class's file must declare them. */
  within: string[];
  /** The statement that builds the client (`OpenAI::Client.new(…)`), read with the project's `OpenAI.configure`. */
  built: string;
}

/**
 * The clients a file builds and hands to classes (`RubyOpenAI::File.new(client, model)` → `File`, position 0), by
 * the class's last name: a service object that keeps the client it is given (`def initialize(client, model)`).
 */
export function rubyHandedClients(code: string, text: string): Map<string, RubyHandedClient[]> {
  const handed = new Map<string, RubyHandedClient[]>();
  const statements = rubyClientStatements(code, text);
  if (statements.size === 0) return handed;
  for (const m of code.matchAll(/(?<![\w:])((?:[A-Z]\w*::)*)([A-Z]\w*)[ \t]*\.[ \t]*new[ \t]*\(/g)) {
    if (/OpenAI::Client[ \t]*\.[ \t]*new/.test(m[0])) continue;
    const within = (m[1] ?? '').split('::').filter(Boolean);
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    if (close < 0) continue;
    splitTopLevel(code.slice(open + 1, close - 1)).forEach((argument, position) => {
      const keyed = /^[ \t\n]*(?:([a-z_]\w*):[ \t]*)?[@$]{0,2}([a-z_]\w*)[ \t\n]*$/.exec(argument);
      const built = keyed ? statements.get(keyed[2] ?? '') : undefined;
      if (!keyed || built === undefined) return;
      const list = handed.get(m[2] ?? '') ?? [];
      list.push(keyed[1] !== undefined ? { keyword: keyed[1], built, within } : { position, built, within });
      handed.set(m[2] ?? '', list);
    });
  }
  return handed;
}

/**
 * The clients the project hands this file's classes, by the instance variable (or reader) each keeps: `@client = client`
 * in `def initialize(client, model)` of a class another file makes as `Foo.new(client, …)`.
 */
function clientsHandedIn(code: string, project: ProjectIndex, configured: string | undefined): Map<string, SdkDestination> {
  const kept = new Map<string, SdkDestination>();
  // the modules and classes the file declares, for a class named through them (`Providers::OpenAI::Chat`)
  const declared = new Set([...code.matchAll(/^[ \t]*(?:module|class)[ \t]+((?:[A-Z]\w*::)*[A-Z]\w*)/gm)].flatMap((d) => (d[1] ?? '').split('::')));
  let examined = 0;
  for (const cls of code.matchAll(/^([ \t]*)class[ \t]+((?:[A-Z]\w*::)*)([A-Z]\w*)\b[^\n]*\n/gm)) {
    // (a class written on one line, `class Report < Base; end`, has no body to read: the next class's is not its own)
    if (/;[ \t]*end\b/.test(cls[0])) continue;
    const own = (cls[2] ?? '').split('::').filter(Boolean);
    const handed = project.rubyHandedClients(cls[3] ?? '').filter((h) => h.within.every((name) => declared.has(name) || own.includes(name)));
    // (a file of many classes of a handed name is read for the first few: each read is bounded, their number too)
    if (handed.length === 0 || ++examined > 20) continue;
    const bodyStart = (cls.index ?? 0) + cls[0].length;
    // (within a bounded stretch: many classes of one name must not read the file once each to its end)
    const stretch = code.slice(bodyStart, bodyStart + 100_000);
    const end = new RegExp(`^${cls[1] ?? ''}end\\b`, 'm').exec(stretch);
    const body = end ? stretch.slice(0, end.index) : stretch;
    const init = /^[ \t]*def[ \t]+initialize[ \t]*\(([^()]*)\)/m.exec(body);
    if (!init) continue;
    splitTopLevel(init[1] ?? '').forEach((parameter, position) => {
      const param = /^[ \t\n]*([a-z_]\w*)(:?)/.exec(parameter);
      if (!param) return;
      const name = param[1] ?? '';
      const given = handed.filter((h) => (param[2] === ':' ? h.keyword === name : h.position === position));
      if (given.length === 0) return;
      const destinations = given.map((h) => builtClient(h.built, configured));
      const first = destinations[0] as SdkDestination;
      const destination = destinations.every((d) => d.provider === first.provider) ? first : { provider: 'unknown' as const, detail: `${cls[3] ?? ''} is given clients built in more than one way in the project` };
      for (const ivar of body.matchAll(new RegExp(`@([a-z_]\\w*)[ \\t]*=[ \\t]*${name}\\b(?![ \\t]*[.(\\[])`, 'g'))) kept.set(ivar[1] ?? '', destination);
    });
  }
  return kept;
}

/**
 * Where a client built by this statement sends data: its own `uri_base:` (ruby-openai) or
 * `base_url:` (the official gem), else what `OpenAI.configure` set, else api.openai.com.
 */
function builtClient(statement: string, configured: string | undefined): SdkDestination {
  if (/\bapi_type:[ \t]*(?::azure\b|["']azure["'])/.test(statement)) return { provider: 'azure', detail: 'an OpenAI::Client built with api_type: :azure' };
  const base = /\b(?:uri_base|base_url):[ \t]*([^,\n)]+)/.exec(statement)?.[1]?.trim();
  if (base !== undefined) return fromBase(base, 'OpenAI::Client.new');
  if (configured !== undefined) return configured === '' ? { provider: 'unknown', detail: 'OpenAI.configure sets uri_base at run time, or files of the project set it differently' } : fromBase(configured, 'OpenAI.configure');
  return { provider: 'openai', detail: 'api.openai.com, the default of an OpenAI::Client built with no uri_base or base_url (unless OpenAI.configure or the environment sets one)' };
}

function fromBase(value: string, where: string): SdkDestination {
  return /^:azure$/.test(value) ? { provider: 'azure', detail: `api_type :azure (${where})` } : baseDestination(value, 'uri_base', where);
}

/**
 * What `OpenAI.configure do |config| … end` in this file sets as the gem's base: the `uri_base`
 * expression (`:azure` when it sets `api_type` to Azure), or undefined when the file configures none.
 */
export function configuredBase(raw: string): string | undefined {
  // (a block commented out configures nothing)
  const text = raw.includes('#') ? raw.replace(/^[ \t]*#.*$/gm, '') : raw;
  const block = /OpenAI\.configure[ \t]*(?:do|\{)[ \t]*\|[ \t]*(\w+)[ \t]*\|/.exec(text);
  if (!block) return undefined;
  const name = escapeRe(block[1] ?? 'config');
  const body = text.slice(block.index, block.index + 3000);
  const set = new RegExp(`\\b${name}\\.api_type[ \\t]*=[ \\t]*(?::azure\\b|["']azure["'])`).test(body) ? ':azure' : new RegExp(`\\b${name}\\.uri_base[ \\t]*=[ \\t]*([^\\n]+)`).exec(body)?.[1]?.trim();
  // (set only on a condition, `if user_setting.azure_openai_service?`: the base is chosen at run time)
  return set !== undefined && inConditionalBranch(text, block.index) ? '' : set;
}
