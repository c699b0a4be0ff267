import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import { lex, matchingBracket } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import { sourceText } from './sourceText';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';


/** Accessors, then the method: `->threads()->messages()->create(`, read as `threads.messages.create`. */
const CHAIN = '((?:[ \\t\\n]*->[ \\t]*[a-zA-Z]\\w*[ \\t]*\\([ \\t]*\\))*)[ \\t\\n]*->[ \\t]*([a-zA-Z]\\w*)[ \\t]*\\(';

/**
 * The PHP client openai-php/client: `$client->chat()->create([…])` on a client made by
 * `OpenAI::client($key)` or `OpenAI::factory()->…->make()` (where `withBaseUri(…)` says the data goes),
 * or handed in (a property or parameter typed `Client` from `OpenAI\Client`); and the Laravel facade
 * `OpenAI::chat()->create([…])` (openai-php/laravel), whose base is the app's `config/openai.php`.
 * Only in files that name the package: other SDKs share the shapes (`$anthropic->messages()->create(…)`).
 */
export function detectPhpSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectFactory?: (qualified: string) => SdkDestination | undefined): CallSite[] {
  const text = src.noComments;
  // (PHP's method names know no case: `\OpenAI::Client($key)` is the same call)
  // (or a client a class of the project makes: `$client = ClientFactory::get();`)
  if (!/\bOpenAI(?:::(?:[Cc]lient|[Ff]actory)\b|\\(?:Client|Contracts\\ClientContract|Laravel\\Facades\\OpenAI)\b)/.test(text) && !(projectFactory && /=[ \t]*\\?[A-Z][\w\\]*[ \t]*::[ \t]*[A-Za-z_]\w*[ \t]*\(/.test(text))) return [];
  const code = lexed.code;
  const sites: CallSite[] = [];
  // (`receiver` as written before the accessors: `$client->`, `OpenAI::`)
  const push = (start: number, receiver: string, chain: string, name: string, nameStart: number, open: number, client: SdkDestination): void => {
    const accessors = [...chain.matchAll(/([a-zA-Z]\w*)[ \t]*\(/g)].map((a) => a[1] ?? '');
    const method = lookupSdkMethod('php', [...accessors, name]);
    if (method && method.http !== 'MULTI') sites.push(typedSdkSite(src, code, language, 'sdk-php', { start, nameStart, name, label: `${receiver}${[...accessors.map((a) => `${a}()`), name].join('->')}`, open }, method, client));
  };
  const { clients, assignments } = phpClients(code, text, projectFactory);
  // `$client->chat()->create(`, `$this->openai->responses()->create(`
  for (const m of code.matchAll(new RegExp(`(\\$(?:this[ \\t]*->[ \\t]*)?[A-Za-z_]\\w*)${CHAIN}`, 'g'))) {
    const holder = holderName(m[1] ?? '');
    const start = m.index ?? 0;
    // (a variable two methods set to two clients: the one set last before this call)
    const list = assignments.get(holder);
    const client = (list ? list[lastBefore(list, start)]?.client : undefined) ?? clients.get(holder);
    if (client) push(start, `${holder}->`, m[2] ?? '', m[3] ?? '', start + m[0].lastIndexOf(m[3] ?? ''), start + m[0].length - 1, client);
  }
  // `OpenAI::client($key)->chat()->create(`: made and called in one expression
  for (const m of code.matchAll(/(?<![\w\\])\\?(?:OpenAI\\)?OpenAI[ \t]*::[ \t]*[Cc]lient[ \t]*\(/g)) {
    const close = matchingBracket(code, (m.index ?? 0) + m[0].length - 1, 2000);
    const chained = close < 0 ? null : new RegExp(`^${CHAIN}`).exec(code.slice(close, close + 400));
    if (chained) push(m.index ?? 0, 'OpenAI::client()->', chained[1] ?? '', chained[2] ?? '', close + chained[0].lastIndexOf(chained[2] ?? ''), close + chained[0].length - 1, { provider: 'openai', detail: 'api.openai.com, the default of OpenAI::client()' });
  }
  // the Laravel facade: `OpenAI::chat()->create(`, also imported under another name (not in a test that swaps it for
  // its fake first: `OpenAI::fake([…])` answers every call of the file)
  // (PHP's class names know no case either: `Openai::chat()` is the facade `use …\Facades\OpenAI;` imports)
  const facades = facadeNames(text).map(caseless).filter((name) => !new RegExp(`(?<![\\w\\\\$>])${name}[ \\t]*::[ \\t]*fake[ \\t]*\\(`).test(code));
  if (facades.length > 0) {
    const facade = { provider: 'openai' as const, detail: "api.openai.com, the default of openai-php/laravel's facade unless the app's config/openai.php sets base_uri" };
    for (const m of code.matchAll(new RegExp(`(?<![\\w\\\\$>])(${facades.join('|')})[ \\t]*::[ \\t]*([a-zA-Z]\\w*)[ \\t]*\\([ \\t]*\\)${CHAIN}`, 'g'))) {
      const start = m.index ?? 0;
      push(start, `${m[1] ?? ''}::`, `${m[2] ?? ''}()${m[3] ?? ''}`, m[4] ?? '', start + m[0].lastIndexOf(m[4] ?? ''), start + m[0].length - 1, facade);
    }
  }
  return sites;
}

/** A variable or property as the file's clients are kept by: `$client`, `$this->client` (however spaced). */
function holderName(written: string): string {
  return written.replace(/^\$this[ \t]*->[ \t]*/, '$this->');
}

/** A pattern for a PHP name written in any case (`OpenAI` → `[oO][pP]…`). */
function caseless(name: string): string {
  return name.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** The names the Laravel facade goes by in this file: `use OpenAI\Laravel\Facades\OpenAI;` (or `as X`). */
function facadeNames(text: string): string[] {
  const used = /^[ \t]*use[ \t]+\\?OpenAI\\Laravel\\Facades\\OpenAI(?:[ \t]+as[ \t]+(\w+))?[ \t]*;/m.exec(text);
  return used ? [used[1] ?? 'OpenAI'] : [];
}

/**
 * The file's clients by the variable or property holding them (`$client`, `$this->client`): made by
 * `OpenAI::client(…)` or the factory, or typed `Client` of `OpenAI\Client` (handed in).
 */
function phpClients(code: string, text: string, projectFactory?: (qualified: string) => SdkDestination | undefined): { clients: Map<string, SdkDestination>; assignments: Map<string, Array<{ at: number; client: SdkDestination }>> } {
  const clients = new Map<string, SdkDestination>();
  // every line that sets one, by holder, in the file's order
  const assignments = new Map<string, Array<{ at: number; client: SdkDestination }>>();
  const assigned = (holder: string, at: number, client: SdkDestination): void => {
    const list = assignments.get(holder) ?? [];
    list.push({ at, client });
    assignments.set(holder, list);
  };
  // (also made only on a condition: `$this->client = !empty($apiKey) ? OpenAI::client($apiKey) : null;`)
  for (const m of code.matchAll(/(\$(?:this[ \t]*->[ \t]*)?[A-Za-z_]\w*)[ \t]*=[ \t]*(?:[^;?\n]{1,200}?\?(?![?:])[ \t]*)?\\?(?:OpenAI\\)?OpenAI[ \t]*::[ \t]*([Cc]lient|[Ff]actory)\b/g)) {
    const start = m.index ?? 0;
    const end = text.indexOf(';', start);
    const statement = text.slice(start, end < 0 ? Math.min(text.length, start + 2000) : end);
    const client: SdkDestination = m[2]?.toLowerCase() === 'client' ? { provider: 'openai', detail: 'api.openai.com, the default of OpenAI::client()' } : factoryClient(statement);
    clients.set(holderName(m[1] ?? ''), client);
    assigned(holderName(m[1] ?? ''), start, client);
  }
  // what a method of the class returns: `private static function client(): Client { return OpenAI::client($key); }`, also a
  // variable it makes first (`$client = \\OpenAI::factory()->…->make(); return $client;`), taken as
  // `$client = self::client($model)`, `$this->client = $this->makeClient()`
  const methods = clientMethods(code, text);
  for (const m of methods.size > 0 ? code.matchAll(/(\$(?:this[ \t]*->[ \t]*)?[A-Za-z_]\w*)[ \t]*=[ \t]*(?:self|static|\$this)[ \t]*(?:::|->)[ \t]*([A-Za-z_]\w*)[ \t]*\(/g) : []) {
    const client = methods.get(m[2] ?? '');
    const holder = holderName(m[1] ?? '');
    if (client && !clients.has(holder)) clients.set(holder, client);
    if (client) assigned(holder, m.index ?? 0, client);
  }
  // made by a class of the project: `$client = ClientFactory::get();` (`use App\OpenAI\ClientFactory;`), by the class's short name
  for (const m of projectFactory ? code.matchAll(/(\$(?:this[ \t]*->[ \t]*)?[A-Za-z_]\w*)[ \t]*=[ \t]*\\?(?:[A-Za-z_]\w*\\)*([A-Z]\w*)[ \t]*::[ \t]*([A-Za-z_]\w*)[ \t]*\(/g) : []) {
    const made = projectFactory?.(`${m[2] ?? ''}::${m[3] ?? ''}`);
    if (!made) continue;
    const holder = holderName(m[1] ?? '');
    const client = { ...made, detail: `${made.detail} (made by ${m[2] ?? ''}::${m[3] ?? ''}() in another file of the project)` };
    if (!clients.has(holder)) clients.set(holder, client);
    assigned(holder, m.index ?? 0, client);
  }
  // handed in: `private Client $client`, `public function __construct(private readonly Client $openai)`, `(Client $client)`
  // (or typed by the package's interface: `use OpenAI\Contracts\ClientContract as OpenAIClient;`)
  const typeNames = [...text.matchAll(/^[ \t]*use[ \t]+\\?OpenAI\\(Client|Contracts\\ClientContract)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;/gm)];
  const types = [...typeNames.map((t) => t[2] ?? (t[1] === 'Client' ? 'Client' : 'ClientContract')), '\\\\OpenAI\\\\Client', 'OpenAI\\\\Client', '\\\\OpenAI\\\\Contracts\\\\ClientContract'];
  for (const m of code.matchAll(new RegExp(`(?<![\\w\\\\])(?:${types.map((t) => (t.includes('\\') ? t : escapeRe(t))).join('|')})[ \\t]+\\$([A-Za-z_]\\w*)`, 'g'))) {
    const name = m[1] ?? '';
    const handedIn = { provider: 'unknown' as const, detail: `$${name}: an openai-php client handed in; its base URI is set where it is made` };
    if (!clients.has(`$${name}`)) clients.set(`$${name}`, handedIn);
    // (a promoted constructor parameter, or one assigned to a property of the same name)
    if (!clients.has(`$this->${name}`)) clients.set(`$this->${name}`, handedIn);
  }
  for (const list of assignments.values()) list.sort((a, b) => a.at - b.at);
  return { clients, assignments };
}

/**
 * The file's methods that return a client: the client a `return` hands back is one `OpenAI::client(…)` or the
 * factory makes there, or a variable set so in the method (every `return` of it saying the same).
 */
function clientMethods(code: string, text: string): Map<string, SdkDestination> {
  const methods = new Map<string, SdkDestination>();
  for (const m of code.matchAll(/\bfunction[ \t]+([A-Za-z_]\w*)[ \t]*\([^)]*\)\s*(?::[ \t]*\??[\w\\]+\s*)?\{/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    // (a factory method is short: a bounded read keeps nested functions from reading each other's bodies again and again)
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const body = text.slice(open, close);
    const returned = [...body.matchAll(/\breturn[ \t]+([^;]+);/g)].map((r) => (r[1] ?? '').trim());
    if (returned.length === 0) continue;
    const destinations = returned.map((value): SdkDestination | undefined => {
      if (/^\\?(?:OpenAI\\)?OpenAI[ \t]*::[ \t]*[Cc]lient\b/.test(value)) return { provider: 'openai', detail: 'api.openai.com, the default of OpenAI::client()' };
      if (/^\\?(?:OpenAI\\)?OpenAI[ \t]*::[ \t]*[Ff]actory\b/.test(value)) return factoryClient(value);
      // a variable the method sets to a client (`$client = \OpenAI::factory()…->make();`)
      if (!/^\$[A-Za-z_]\w*$/.test(value)) return undefined;
      const set = new RegExp(`${escapeRe(value)}[ \\t]*=[ \\t]*\\\\?(?:OpenAI\\\\)?OpenAI[ \\t]*::[ \\t]*(client|factory)\\b[^;]*`).exec(body);
      if (!set) return undefined;
      return set[1] === 'client' ? { provider: 'openai', detail: 'api.openai.com, the default of OpenAI::client()' } : factoryClient(set[0]);
    });
    const first = destinations[0];
    if (first && destinations.every((d) => d && d.provider === first.provider && d.detail === first.detail)) methods.set(m[1] ?? '', first);
  }
  return methods;
}

/** Where `OpenAI::factory()->…->make()` sends data: its `withBaseUri(…)`, else api.openai.com. */
function factoryClient(statement: string): SdkDestination {
  const base = /->[ \t]*withBaseUri[ \t]*\([ \t]*([^)]*)\)/.exec(statement)?.[1]?.trim();
  return base === undefined ? { provider: 'openai', detail: 'api.openai.com, the default of OpenAI::factory() with no base URI' } : baseDestination(base, 'base URI');
}

/**
 * For the project index: what each method of the file's one class returns when that is an openai-php client
 * (`ClientFactory::get` → api.openai.com), by `Class::method`. A file of several classes says nothing (whose method is whose).
 */
export function phpClassClientMethods(text: string): Map<string, SdkDestination> {
  const found = new Map<string, SdkDestination>();
  const lexed = lex(text, 'hash');
  const noComments = sourceText(text, lexed).noComments;
  const classes = [...lexed.code.matchAll(/^[ \t]*(?:(?:final|abstract|readonly)[ \t]+)*class[ \t]+([A-Za-z_]\w*)/gm)];
  if (classes.length !== 1) return found;
  for (const [method, client] of clientMethods(lexed.code, noComments)) found.set(`${classes[0]?.[1] ?? ''}::${method}`, client);
  return found;
}
