import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** `import { createOpenAI, getChatCompletions as chat } from "@azure/openai/api"`, or the same names required: [1] or [2] the names. */
const MODULAR_IMPORT = /\bimport\s*\{([^}]{0,2000})\}\s*from\s*(["'])@azure\/openai\/api\2|\b(?:const|let|var)\s*\{([^}]{0,2000})\}\s*=\s*require\s*\(\s*(["'])@azure\/openai\/api\4\s*\)/g;

/**
 * The modular API of Azure OpenAI's JavaScript package, `@azure/openai/api` (1.0.0-beta): request functions imported by name and
 * called with the context `createOpenAI(endpoint, credential)` gives, `getChatCompletions(context, deployment, messages)`,
 * `listChatCompletions(context, messages, deployment)`. The context is an Azure OpenAI resource's, wherever it is made.
 */
export function detectAzureModularCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('@azure/openai/api')) return [];
  const functions = new Map<string, string>();
  for (const m of text.matchAll(MODULAR_IMPORT)) {
    for (const spec of (m[1] ?? m[3] ?? '').split(',')) {
      // (`name as local` in an import, `name: local` in a require's pattern)
      const parts = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s*(?:as|:)\s*([A-Za-z_$][\w$]*))?\s*$/.exec(spec);
      if (parts && !spec.trimStart().startsWith('type ') && lookupSdkMethod('node_azure', [parts[1] ?? ''])) functions.set(parts[2] ?? parts[1] ?? '', parts[1] ?? '');
    }
  }
  if (functions.size === 0) return [];
  const code = lexed.code;
  const names = [...functions.keys()].map((n) => n.replace(/\$/g, '\\$')).join('|');
  const destination = { provider: 'azure' as const, detail: '@azure/openai/api: the context createOpenAI(endpoint, credential) gives, an Azure OpenAI resource' };
  const sites: CallSite[] = [];
  // (a call, not a definition of that name nor another object's method)
  for (const m of code.matchAll(new RegExp(String.raw`(?<![\w$.]|\bfunction\s{1,20})(${names})[ \t]*\(`, 'g'))) {
    const local = m[1] ?? '';
    const method = lookupSdkMethod('node_azure', [functions.get(local) ?? '']);
    if (!method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-node', { start, nameStart: start, name: local, label: `${local}(…)`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}
