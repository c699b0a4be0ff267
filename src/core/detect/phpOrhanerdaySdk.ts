import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The PHP client orhanerday/open-ai: `$open_ai->chat([…])`, `$this->openAi->embeddings([…])` on an `OpenAi`
 * built here (`new OpenAi($key)`) or handed in (a property or parameter typed `OpenAi`). Only in files that
 * name the package (`use Orhanerday\OpenAi\OpenAi;`): other classes are called OpenAi too.
 */
export function detectOrhanerdayCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\bOrhanerday\\OpenAi\b/.test(text)) return [];
  const code = lexed.code;
  const holders = new Set<string>();
  // built: `$open_ai = new OpenAi($key);`, `$this->client = new OpenAi(env('OPENAI_API_KEY'));`
  for (const m of code.matchAll(/(\$(?:this[ \t]*->[ \t]*)?[A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]+\\?(?:Orhanerday\\OpenAi\\)?OpenAi[ \t]*\(/g)) holders.add(holderName(m[1] ?? ''));
  // handed in: `private OpenAi $openAi;`, `function __construct(OpenAi $client)`
  for (const m of code.matchAll(/\bOpenAi[ \t]+\$([A-Za-z_]\w*)/g)) holders.add(m[1] ?? '');
  if (holders.size === 0) return [];
  const sites: CallSite[] = [];
  const names = [...holders].map(escapeRe).join('|');
  for (const m of code.matchAll(new RegExp(`\\$(?:this[ \\t]*->[ \\t]*)?(${names})[ \\t]*->[ \\t]*([a-zA-Z]\\w*)[ \\t]*\\(`, 'g'))) {
    const name = m[2] ?? '';
    const method = lookupSdkMethod('php_orhanerday', [name]);
    if (!method) continue;
    const start = m.index ?? 0;
    const holder = m[1] ?? '';
    sites.push(typedSdkSite(src, code, language, 'sdk-php', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `$${holder}->${name}`, open: start + m[0].length - 1 }, method, destination(text, holder)));
  }
  return sites;
}

/** `$this->client` and `$client` are read as one holder, `client` (a class keeps what its methods build). */
function holderName(written: string): string {
  return written.replace(/^\$(?:this[ \t]*->[ \t]*)?/, '');
}

/** Where a holder's calls go: the origin `setBaseURL`/`setCustomURL` gives it in this file, else api.openai.com. */
function destination(text: string, holder: string): SdkDestination {
  const set = [...text.matchAll(new RegExp(`\\$(?:this[ \\t]*->[ \\t]*)?${escapeRe(holder)}[ \\t]*->[ \\t]*set(?:Base|Custom)URL[ \\t]*\\(([^;\\n]*)\\)[ \\t]*;`, 'g'))].map((m) => (m[1] ?? '').trim());
  if (set.length === 0) return { provider: 'openai', detail: 'api.openai.com, the default of orhanerday/open-ai unless setBaseURL sets another' };
  const distinct = [...new Set(set)];
  if (distinct.length > 1) return { provider: 'unknown', detail: `setBaseURL is given ${distinct.length} origins in this file; which one holds is decided at run time` };
  return baseDestination(distinct[0] ?? '', 'setBaseURL');
}
