import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { escapeRe } from './escapeRe';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** The request functions `@azure/openai/api` exports (src/api/index.ts), and their names before 1.0.0-beta.9. */
const AZURE_MODULAR_FUNCTIONS = ['getAudioTranscription', 'getAudioTranslation', 'getCompletions', 'getChatCompletions', 'streamChatCompletions', 'streamCompletions', 'getImageGenerations', 'getEmbeddings', 'listChatCompletions', 'listCompletions'];

/**
 * Whether a bare name is a parameter of the function around `at` (`function f(getEmbeddings) { return getEmbeddings(1) }`): a
 * parameter list naming it within the 2,000 characters before.
 */
function shadowed(code: string, name: string, at: number, patterns: Map<string, RegExp>): boolean {
  if (name.includes('.')) return false;
  let pattern = patterns.get(name);
  if (!pattern) patterns.set(name, (pattern = new RegExp(String.raw`\([^()]{0,300}(?<![\w$.])${escapeRe(name)}(?![\w$])[^()]{0,300}\)[ \t]*(?::[^{=]{0,200})?(?:=>|\{)`)));
  return pattern.test(code.slice(Math.max(0, at - 2000), at));
}

/**
 * `import { createOpenAI, getChatCompletions as chat } from "@azure/openai/api"`, or the same names required or imported
 * dynamically (`const { getEmbeddings } = await import("@azure/openai/api")`): [1] or [3] the names.
 */
const MODULAR_IMPORT = /\bimport\s*\{([^}]{0,2000})\}\s*from\s*(["'])@azure\/openai\/api\2|\b(?:const|let|var)\s*\{([^}]{0,2000})\}\s*=\s*(?:require|await\s+import)\s*\(\s*(["'])@azure\/openai\/api\4\s*\)/g;

/** The module as a namespace: `import * as azure from "@azure/openai/api"`, `const azure = await import("@azure/openai/api")` or `require(…)`: [1] or [3] its name. */
const MODULAR_NAMESPACE = /\bimport\s*\*\s*as\s+([A-Za-z_$][\w$]*)\s+from\s*(["'])@azure\/openai\/api\2|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:require|await\s+import)\s*\(\s*(["'])@azure\/openai\/api\4\s*\)/g;

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
      const parts = /^\s*([A-Za-z_$][\w$]*)(?:\s*(?:as|:)\s*([A-Za-z_$][\w$]*))?\s*$/.exec(spec);
      if (parts && lookupSdkMethod('node_azure', [parts[1] ?? ''])) functions.set(parts[2] ?? parts[1] ?? '', parts[1] ?? '');
    }
  }
  // (or the module as a namespace, then `azure.getChatCompletions(…)`)
  for (const m of text.matchAll(MODULAR_NAMESPACE)) {
    for (const name of AZURE_MODULAR_FUNCTIONS) functions.set(`${m[1] ?? m[3] ?? ''}.${name}`, name);
  }
  if (functions.size === 0) return [];
  const code = lexed.code;
  const names = [...functions.keys()].map((n) => escapeRe(n).replace(/\\\./g, '[ \\t]*\\.[ \\t]*')).join('|');
  const destination = { provider: 'azure' as const, detail: '@azure/openai/api: the context createOpenAI(endpoint, credential) gives, an Azure OpenAI resource' };
  const sites: CallSite[] = [];
  const parameterPatterns = new Map<string, RegExp>();
  // (a call, not a definition of that name nor another object's method)
  for (const m of code.matchAll(new RegExp(String.raw`(?<![\w$.]|\bfunction\s{1,20})(${names})[ \t]*\(`, 'g'))) {
    const local = (m[1] ?? '').replace(/\s/g, '');
    const method = lookupSdkMethod('node_azure', [functions.get(local) ?? '']);
    if (!method) continue;
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    // (a method, an interface's member or a parameter of that name is declared, not called: `getEmbeddings(input: string[]): …;`,
    // `async getChatCompletions(messages) { … }`; its brackets are followed by a type or a body)
    const close = matchingBracket(code, open, 4000);
    if (close < 0 || /^[ \t\n]*[:{]/.test(code.slice(close, close + 40)) || shadowed(code, local, start, parameterPatterns)) continue;
    // (a namespace's call is named by the function after the dot: `azure.getChatCompletions`)
    const name = local.includes('.') ? (functions.get(local) ?? local) : local;
    sites.push(typedSdkSite(src, code, language, 'sdk-node', { start, nameStart: start + (m[1] ?? '').lastIndexOf(name), name, label: `${local}(…)`, open }, method, destination));
  }
  return sites;
}
