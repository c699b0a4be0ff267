import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** A PHP client that is one class whose methods each send one request (see `PHP_CLASS_SDKS`). */
interface PhpClassSdk {
  map: 'php_orhanerday' | 'php_gzdsx' | 'php_diversen';
  /** The package's name for its class, which files that use it write: other classes have the class's name too. */
  packageMark: RegExp;
  /** The class, and its namespace as a `new` may write it before the class (regular-expression source). */
  className: string;
  namespace: string;
  /** The package, as the hover names it. */
  packageName: string;
  /** The methods that move the client to another origin (`setBaseURL`), if it has any. */
  moves?: RegExp;
  defaultDestination: SdkDestination;
}

/**
 * orhanerday/open-ai: `$open_ai->chat([…])`, `$this->openAi->embeddings([…])` on an `OpenAi` (`use Orhanerday\OpenAi\OpenAi;`);
 * gzdsx/openai: `$client->chatCompletions($config)` on an `OpenAiClient` (`use OpenAi\OpenAiClient;`), whose base is fixed;
 * diversen/tiny-gpt-client: `$openai_api->getChatCompletions($params)` on an `OpenAiApi` (`use Diversen\GPT\OpenAiApi;`), fixed too.
 */
const PHP_CLASS_SDKS: readonly PhpClassSdk[] = [
  {
    map: 'php_orhanerday',
    packageMark: /\bOrhanerday\\OpenAi\b/,
    className: 'OpenAi',
    namespace: String.raw`Orhanerday\\OpenAi\\`,
    packageName: 'orhanerday/open-ai',
    moves: /\$(?:this[ \t]*->[ \t]*)?([A-Za-z_]\w*)[ \t]*->[ \t]*set(?:Base|Custom)URL[ \t]*\(/g,
    defaultDestination: { provider: 'openai', detail: 'api.openai.com, the default of orhanerday/open-ai unless setBaseURL sets another' },
  },
  {
    map: 'php_gzdsx',
    // (the package's own namespace, not an app's `App\Services\OpenAi\OpenAiClient`)
    packageMark: /(?<![\w\\])OpenAi\\OpenAiClient\b/,
    className: 'OpenAiClient',
    namespace: String.raw`OpenAi\\`,
    packageName: 'gzdsx/openai',
    defaultDestination: { provider: 'openai', detail: 'api.openai.com, the fixed base of gzdsx/openai' },
  },
  {
    map: 'php_diversen',
    packageMark: /\bDiversen\\GPT\\OpenAiApi\b/,
    className: 'OpenAiApi',
    namespace: String.raw`Diversen\\GPT\\`,
    packageName: 'diversen/tiny-gpt-client',
    defaultDestination: { provider: 'openai', detail: 'api.openai.com, the fixed base of diversen/tiny-gpt-client' },
  },
];

/** The calls of the PHP clients that are one class: built here (`new OpenAi($key)`) or handed in (a property or parameter typed so). */
export function detectPhpClassSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  return PHP_CLASS_SDKS.flatMap((sdk) => (sdk.packageMark.test(src.noComments) ? classSdkCalls(src, lexed, language, sdk) : []));
}

function classSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, sdk: PhpClassSdk): CallSite[] {
  const text = src.noComments;
  const code = lexed.code;
  // every line that gives a holder its client, in the file's order: built here (`$open_ai = new OpenAi($key);`,
  // `$this->client = new OpenAi(…)`), handed in (`private OpenAi $openAi;`, `__construct(OpenAi $client)`), or
  // moved (`$open_ai->setBaseURL("…")`); `$this->client` and `$client` are read as one holder
  const events = new Map<string, HolderEvent[]>();
  const add = (holder: string, event: HolderEvent): void => {
    const list = events.get(holder) ?? [];
    list.push(event);
    events.set(holder, list);
  };
  for (const m of code.matchAll(new RegExp(String.raw`(\$(?:this[ \t]*->[ \t]*)?[A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]+\\?(?:${sdk.namespace})?${sdk.className}[ \t]*\(`, 'g'))) add(holderName(m[1] ?? ''), { at: m.index ?? 0, kind: 'built', destination: sdk.defaultDestination });
  for (const m of code.matchAll(new RegExp(String.raw`\b${sdk.className}[ \t]+\$([A-Za-z_]\w*)`, 'g'))) add(m[1] ?? '', { at: m.index ?? 0, kind: 'handed', destination: { provider: 'unknown', detail: `$${m[1] ?? ''}: a ${sdk.packageName} client handed in; its base URL is set where it is made` } });
  // a method typed to hand out the client, `protected function getOpenAI(): OpenAi { … return $this->openAi; }`: its calls
  // are read as the holder it returns (`$this->getOpenAI()->completion([…])`, chained over lines)
  const getters = classGetters(code, sdk);
  if (events.size === 0 && getters.size === 0) return [];
  for (const m of sdk.moves ? code.matchAll(sdk.moves) : []) {
    if (!events.has(m[1] ?? '')) continue;
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 1000);
    add(m[1] ?? '', { at: m.index ?? 0, kind: 'moved', destination: baseDestination(close < 0 ? '' : text.slice(open + 1, close - 1), 'setBaseURL') });
  }
  for (const list of events.values()) list.sort((a, b) => a.at - b.at);
  const sites: CallSite[] = [];
  const names = [...events.keys()].map(escapeRe).join('|');
  for (const m of events.size === 0 ? [] : code.matchAll(new RegExp(`\\$(?:this[ \\t]*->[ \\t]*)?(${names})[ \\t]*->[ \\t]*([a-zA-Z]\\w*)[ \\t]*\\(`, 'g'))) {
    const name = m[2] ?? '';
    const method = lookupSdkMethod(sdk.map, [name]);
    if (!method) continue;
    const start = m.index ?? 0;
    const holder = m[1] ?? '';
    sites.push(typedSdkSite(src, code, language, 'sdk-php', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `$${holder}->${name}`, open: start + m[0].length - 1 }, method, destinationAt(events.get(holder) ?? [], start, sdk.defaultDestination)));
  }
  if (getters.size === 0) return sites;
  const getterNames = [...getters.keys()].map(escapeRe).join('|');
  for (const m of code.matchAll(new RegExp(String.raw`(?:\$this|self|static)\s*(?:->|::)\s*(${getterNames})\s*\(\s*\)\s*->\s*([a-zA-Z]\w*)[ \t]*\(`, 'g'))) {
    const name = m[2] ?? '';
    const method = lookupSdkMethod(sdk.map, [name]);
    if (!method) continue;
    const start = m.index ?? 0;
    const holder = getters.get(m[1] ?? '');
    const destination = holder === undefined ? sdk.defaultDestination : destinationAt(events.get(holder) ?? [], start, sdk.defaultDestination);
    sites.push(typedSdkSite(src, code, language, 'sdk-php', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${m[1] ?? ''}()->${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/**
 * The class's methods whose return type is the SDK's class, by name: the holder each returns (`return $this->openAi;`),
 * or undefined when it builds the client in place (`return new OpenAi($key);`, the package's default destination).
 */
function classGetters(code: string, sdk: PhpClassSdk): Map<string, string | undefined> {
  const getters = new Map<string, string | undefined>();
  const declared = new RegExp(String.raw`\bfunction[ \t]+([A-Za-z_]\w*)[ \t]*\([^()]{0,200}\)[ \t]*:[ \t]*\??[ \t]*\\?(?:${sdk.namespace})?${sdk.className}\b[^{;]{0,40}\{`, 'g');
  for (const m of code.matchAll(declared)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 5000);
    const body = close < 0 ? '' : code.slice(open, close);
    const returned = /\breturn[ \t]+\$(?:this[ \t]*->[ \t]*)?([A-Za-z_]\w*)[ \t]*;/.exec(body)?.[1];
    if (returned !== undefined || new RegExp(String.raw`\breturn[ \t]+new[ \t]+\\?(?:${sdk.namespace})?${sdk.className}[ \t]*\(`).test(body)) getters.set(m[1] ?? '', returned);
  }
  return getters;
}

interface HolderEvent {
  at: number;
  kind: 'built' | 'handed' | 'moved';
  destination: SdkDestination;
}

/** `$this->client` and `$client` are read as one holder, `client` (a class keeps what its methods build). */
function holderName(written: string): string {
  return written.replace(/^\$(?:this[ \t]*->[ \t]*)?/, '');
}

/**
 * Where a call at `at` goes: the client last built or handed in before it (else the file's first: a property a later
 * method sets), then the last `setBaseURL` between that and the call.
 */
function destinationAt(events: readonly HolderEvent[], at: number, fallback: SdkDestination): SdkDestination {
  // (the last event before the call; then back to the client it moves, a few hundred events at most)
  const last = lastBefore(events, at);
  let moved: SdkDestination | undefined;
  for (let i = last; i >= 0 && last - i < 300; i--) {
    const event = events[i];
    if (event?.kind === 'moved') moved ??= event.destination;
    else if (event) return moved ?? event.destination;
  }
  // (nothing made before the call: a property a later method sets, then what moves it before the call)
  return moved ?? events.find((e) => e.kind !== 'moved')?.destination ?? fallback;
}
