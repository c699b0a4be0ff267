import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The Dart package dart_openai: `OpenAI.instance.chat.create(…)`, also through a name holding the
 * instance (`final openai = OpenAI.instance;`). Only in files that import the package.
 */
export function detectDartSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/package:dart_openai\//.test(text)) return [];
  const code = lexed.code;
  const destination = configuredBase(text);
  const holders = ['OpenAI\\s*\\.\\s*instance', ...[...code.matchAll(/\b(?:final|var|const|late)?[ \t]*(?:OpenAI[ \t]+)?([a-z_]\w*)[ \t]*=[ \t]*OpenAI\s*\.\s*instance\b/g)].map((m) => m[1] ?? '')];
  const sites: CallSite[] = [];
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])(${holders.join('|')})\\s*\\.\\s*([a-z]\\w*)\\s*\\.\\s*([a-zA-Z]\\w*)\\s*\\(`, 'g'))) {
    const method = lookupSdkMethod('dart', [m[2] ?? '', m[3] ?? '']);
    if (!method || method.http === 'MULTI') continue;
    const start = m.index ?? 0;
    const name = m[3] ?? '';
    const receiver = (m[1] ?? '').replace(/\s+/g, '');
    sites.push(typedSdkSite(src, code, language, 'sdk-dart', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${m[2] ?? ''}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/** Where the package sends data: `OpenAI.baseUrl = "…"` in the file names it, else api.openai.com (the app may set it in another file). */
function configuredBase(text: string): SdkDestination {
  const set = /\bOpenAI\s*\.\s*baseUrl\s*=\s*([^;\n]+)/.exec(text)?.[1]?.trim();
  if (set === undefined) return { provider: 'openai', detail: 'api.openai.com, the default of dart_openai unless the app sets OpenAI.baseUrl' };
  return baseDestination(set, 'OpenAI.baseUrl');
}
