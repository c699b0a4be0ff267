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

/** The client's handler getters, each named for the resource its methods reach (`$client->File()->list()`). */
const HANDLERS = 'Audio|Chat|Completion|Edit|Embedding|File|FineTune|Image|Model|Moderation';

/**
 * The PHP client EasyGithDev/PHPOpenAI: a handler taken from an `OpenAIClient` (`$client->Chat()`,
 * `(new OpenAIClient($key))->File()`) and one of its methods called, on the handler's chain
 * (`->Image()->addCurlParam('timeout', 30)->createEdit(…)`) or on a variable holding it (`$handler->delete($id)`).
 * Only in files that name the package (`use EasyGithDev\PHPOpenAI\OpenAIClient;`): other classes are called
 * OpenAIClient too.
 */
export function detectEasyGithDevCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\bEasyGithDev\\PHPOpenAI\b/.test(text) || !/\bOpenAIClient\b/.test(text)) return [];
  const code = lexed.code;
  const built = fileDestination(code, text);
  // the file's clients: built here (`$client = new OpenAIClient($key)`, `$this->client = …`) or handed in (`OpenAIClient $client`)
  const clients = new Map<string, SdkDestination>();
  for (const m of code.matchAll(/\$(?:this[ \t]*->[ \t]*)?([A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]+\\?(?:EasyGithDev\\PHPOpenAI\\)?OpenAIClient[ \t]*\(/g)) clients.set(m[1] ?? '', built);
  for (const m of code.matchAll(/\bOpenAIClient[ \t]+\$([A-Za-z_]\w*)/g)) if (!clients.has(m[1] ?? '')) clients.set(m[1] ?? '', { provider: 'unknown', detail: `$${m[1] ?? ''}: a PHPOpenAI client handed in; its route is set where it is made` });
  const sites: CallSite[] = [];
  const push = (sent: NonNullable<ReturnType<typeof chainedRequest>>, label: string, destination: SdkDestination): void => {
    sites.push(typedSdkSite(src, code, language, 'sdk-php', { start: sent.start, nameStart: sent.start, name: sent.name, label, open: sent.open }, sent.method, destination));
  };
  const handlers = new Map<string, { at: number; resource: string; destination: SdkDestination }>();
  // a handler taken from a client at `at` (the getter ends at `getterEnd`); the first of its chain's methods the
  // library maps is the request, else the variable it is kept in (`$handler = $client->File();`) is read below
  const taken = (at: number, getterEnd: number, resource: string, destination: SdkDestination): void => {
    const sent = chainedRequest(code, getterEnd, resource);
    if (sent) {
      push(sent, `${resource}()->${sent.name}`, destination);
      return;
    }
    const holder = /\$([A-Za-z_]\w*)[ \t]*=[ \t]*$/.exec(code.slice(Math.max(0, at - 80), at))?.[1];
    if (holder) handlers.set(holder, { at, resource, destination });
  };
  const getter = new RegExp(`^[ \\t\\n]*->[ \\t]*(${HANDLERS})[ \\t]*\\([ \\t]*\\)`);
  // `(new OpenAIClient($key))->File()`
  for (const m of code.matchAll(/\([ \t\n]*new[ \t]+\\?(?:EasyGithDev\\PHPOpenAI\\)?OpenAIClient[ \t]*\(/g)) {
    const close = matchingBracket(code, m.index ?? 0, 2000);
    const got = close < 0 ? null : getter.exec(code.slice(close, close + 200));
    if (got) taken(m.index ?? 0, close + got[0].length, got[1] ?? '', built);
  }
  // `$client->Chat()`, `$this->client->Chat()`
  if (clients.size > 0) {
    const holders = [...clients.keys()].map(escapeRe).join('|');
    for (const m of code.matchAll(new RegExp(`\\$(?:this[ \\t]*->[ \\t]*)?(${holders})\\b(?=[ \\t\\n]*->)`, 'g'))) {
      const from = (m.index ?? 0) + m[0].length;
      const got = getter.exec(code.slice(from, from + 200));
      if (got) taken(m.index ?? 0, from + got[0].length, got[1] ?? '', clients.get(m[1] ?? '') ?? built);
    }
  }
  // each handler variable's uses after it is given the handler, up to the next function (another function's `$files` is its own),
  // read in one pass
  if (handlers.size > 0) {
    const names = [...handlers.keys()].map(escapeRe).join('|');
    const functions = [...code.matchAll(/\bfunction\b/g)].map((f) => ({ at: f.index ?? 0 }));
    for (const m of code.matchAll(new RegExp(`\\$(${names})\\b(?=[ \\t\\n]*->)`, 'g'))) {
      const holder = m[1] ?? '';
      const handler = handlers.get(holder);
      const at = m.index ?? 0;
      if (!handler || at < handler.at || (functions[lastBefore(functions, at)]?.at ?? -1) > handler.at) continue;
      const sent = chainedRequest(code, at + m[0].length, handler.resource);
      if (sent) push(sent, `$${holder}->${sent.name}`, handler.destination);
    }
  }
  return sites;
}

/** The first method of the chain from `from` (`->addCurlParam(…)->create(…)`) the library maps for `resource`, read over at most eight links. */
function chainedRequest(code: string, from: number, resource: string): { name: string; start: number; open: number; method: NonNullable<ReturnType<typeof lookupSdkMethod>> } | undefined {
  let at = from;
  for (let links = 0; links < 8; links++) {
    const link = /^[ \t\n]*->[ \t]*([A-Za-z_]\w*)[ \t]*\(/.exec(code.slice(at, at + 400));
    if (!link) return undefined;
    const name = link[1] ?? '';
    const open = at + link[0].length - 1;
    const method = lookupSdkMethod('php_easygithdev', [resource, name]);
    if (method) return { name, start: at + link[0].indexOf(name), open, method };
    const close = matchingBracket(code, open);
    if (close < 0) return undefined;
    at = close;
  }
  return undefined;
}

/**
 * Where the file's clients send: api.openai.com, the default `OpenAIRoute` origin, unless the file gives a route another
 * origin (`new OpenAIRoute('http://…')`) or URL (`->setApiUrl('…')`).
 */
function fileDestination(code: string, text: string): SdkDestination {
  const moved = /\bnew[ \t]+\\?(?:EasyGithDev\\PHPOpenAI\\)?OpenAIRoute[ \t]*\((?![ \t]*\))|->[ \t]*setApiUrl[ \t]*\(/.exec(code);
  if (!moved) return { provider: 'openai', detail: 'api.openai.com, the default route of PHPOpenAI unless an OpenAIRoute gives another' };
  // (a file that builds more clients than one and routes some of them elsewhere: which goes where is not read here)
  if ((code.match(/\bnew[ \t]+\\?(?:EasyGithDev\\PHPOpenAI\\)?OpenAIClient[ \t]*\(/g)?.length ?? 0) > 1) return { provider: 'unknown', detail: 'PHPOpenAI clients of this file, some given another route (OpenAIRoute or setApiUrl); which one a call uses is not read' };
  const open = moved.index + moved[0].lastIndexOf('(');
  const close = matchingBracket(code, open, 1000);
  const first = close < 0 ? '' : (text.slice(open + 1, close - 1).split(',')[0] ?? '');
  return baseDestination(first.replace(/^[ \t\n]*\w+[ \t]*:(?!:)/, ''), moved[0].includes('setApiUrl') ? 'setApiUrl' : 'OpenAIRoute origin');
}
