import type { CallSite, SourceLanguage } from '../model';
import { matchingBracket, splitTopLevel } from './lexer';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod, lookupSdkOverload } from './sdkMap';
import type { ProjectIndex } from './projectIndex';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * Elixir's two OpenAI clients (the file's raising variants, `create!`, already read as their plain names):
 * openai_ex's `Chat.Completions.create(openai, request)` (also piped, `openai |> Chat.Completions.create(req)`,
 * and written in full, `OpenaiEx.Chat.Completions.create(…)`) in files that name `OpenaiEx`; and mgallo/openai.ex's
 * `OpenAI.chat_completion(model: …, messages: …)`, unless the file or the project names a module of its own `OpenAI`;
 * and dvcrn/ex_openai's generated `ExOpenAI.Chat.create_chat_completion(messages, model)` (or `Chat.…` under `alias ExOpenAI.Chat`).
 */
export function detectElixirSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, project?: Pick<ProjectIndex, 'definesElixirModule' | 'elixirOpenAIUrl'>): CallSite[] {
  const code = lexed.code;
  const sites: CallSite[] = [];
  if (/\bOpenaiEx\b/.test(code)) {
    const destination = openaiExDestination(src.noComments, code);
    // (a module written without `OpenaiEx.` is the package's only where the file aliases it from there: `alias OpenaiEx.Chat`,
    // not an app's `alias MyApp.Repo.Model`)
    const aliased = new Set<string>();
    for (const a of code.matchAll(/\balias[ \t]+OpenaiEx[ \t]*\.[ \t]*(?:([A-Z]\w*)|\{([^{}]{1,400})\})/g)) {
      if (a[1]) aliased.add(a[1]);
      for (const part of (a[2] ?? '').split(',')) aliased.add(part.trim().split(/[ \t]*\.[ \t]*/)[0] ?? '');
    }
    for (const m of code.matchAll(/(?<![\w.])(OpenaiEx[ \t]*\.[ \t]*)?((?:[A-Z]\w*[ \t]*\.[ \t]*)+)([a-z_]\w*)[ \t]*\(/g)) {
      const modules = (m[2] ?? '').replace(/[\s.]+$/, '').split(/[ \t]*\.[ \t]*/);
      if (!m[1] && !aliased.has(modules[0] ?? '')) continue;
      const name = m[3] ?? '';
      // (`Beta.Threads.Runs` and the like: the map keeps the module path after `OpenaiEx.`)
      const method = lookupSdkMethod('elixir_openai_ex', [...modules, name]);
      if (!method) continue;
      const start = m.index ?? 0;
      sites.push(typedSdkSite(src, code, language, 'sdk-elixir', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${modules.join('.')}.${name}`, open: start + m[0].length - 1 }, method, destination));
    }
  }
  if (/\bExOpenAI\b/.test(code)) sites.push(...exOpenAICalls(src, code, language));
  // (an app's own `MyApp.OpenAI` aliased here, a module `OpenAI` defined here (nested, it is aliased so) or in another file
  // of the project, is the app's, not the package's; a module defined under a longer name, `defmodule MyApp.Embeddings.OpenAI`,
  // aliases nothing: its own `OpenAI.embeddings(…)` is the package's)
  // (unless it aliases itself: `defmodule MyApp.OpenAI do alias __MODULE__`)
  const ownAlias = /\balias[ \t]+__MODULE__\b/.test(code) && /\bdefmodule[ \t]+(?:[A-Z]\w*\.)*OpenAI\b(?![ \t]*\.)/.test(code);
  if (/(?<![\w.])OpenAI[ \t]*\.[ \t]*[a-z]/.test(code) && !ownAlias && !/\balias[ \t]+(?:[A-Z]\w*\.)*OpenAI\b(?![ \t]*\.)|\bdefmodule[ \t]+OpenAI\b(?![ \t]*\.)/.test(code) && !project?.definesElixirModule('OpenAI')) {
    // (the project's configuration may set another base: `config :openai, api_url: System.get_env("…")` in config/runtime.exs)
    const configured = project?.elixirOpenAIUrl();
    const destination: SdkDestination =
      configured === undefined
        ? { provider: 'openai', detail: 'api.openai.com, the default of the openai package unless `config :openai, api_url:` sets another' }
        : configured === ''
          ? { provider: 'unknown', detail: 'the api_url the project configures for the openai package (`config :openai, api_url:`), read at run time' }
          : baseDestination(`"${configured}"`, 'api_url', 'set by `config :openai, api_url:`');
    for (const m of code.matchAll(/(?<![\w.])OpenAI[ \t]*\.[ \t]*([a-z_]\w*)[ \t]*\(/g)) {
      const name = m[1] ?? '';
      const start = m.index ?? 0;
      const open = start + m[0].length - 1;
      const method = lookupSdkMethod('elixir_openai', [name]) ?? overloadAt(code, open, name);
      if (!method) continue;
      sites.push(typedSdkSite(src, code, language, 'sdk-elixir', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `OpenAI.${name}`, open }, method, destination));
    }
  }
  return sites;
}

/**
 * ex_openai's calls: `ExOpenAI.Chat.create_chat_completion(…)`, or through an alias (`alias ExOpenAI.Chat`,
 * `alias ExOpenAI.{Chat, Embeddings}`, `alias ExOpenAI.Chat, as: AIChat`). Where each goes: a `base_url:` the call
 * itself passes, else api.openai.com, the library's default unless `config :ex_openai, base_url:` sets another.
 */
function exOpenAICalls(src: SourceText, code: string, language: SourceLanguage): CallSite[] {
  const aliases = new Map<string, string>();
  for (const m of code.matchAll(/\balias[ \t]+ExOpenAI[ \t]*\.[ \t]*(?:([A-Z]\w*)(?![ \t]*\.)(?:[ \t]*,[ \t]*as:[ \t]*([A-Z]\w*))?|\{([^{}]{1,400})\})/g)) {
    if (m[1]) aliases.set(m[2] ?? m[1], m[1]);
    for (const part of (m[3] ?? '').split(',')) if (/^[ \t\n]*[A-Z]\w*[ \t\n]*$/.test(part)) aliases.set(part.trim(), part.trim());
  }
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w.])(?:(ExOpenAI)[ \t]*\.[ \t]*)?([A-Z]\w*)[ \t]*\.[ \t]*([a-z_]\w*)[ \t]*\(/g)) {
    const module = m[1] ? m[2] : aliases.get(m[2] ?? '');
    const name = m[3] ?? '';
    const method = module ? lookupSdkMethod('elixir_ex_openai', [module, name]) : undefined;
    if (!module || !method) continue;
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const base = close < 0 ? undefined : /\bbase_url:[ \t]*([^,)\]\n]+)/.exec(src.noComments.slice(open, close))?.[1];
    const destination: SdkDestination = base !== undefined ? baseDestination(base, 'base_url:') : { provider: 'openai', detail: 'api.openai.com, the default of ex_openai unless `config :ex_openai, base_url:` sets another' };
    sites.push(typedSdkSite(src, code, language, 'sdk-elixir', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `ExOpenAI.${module}.${name}`, open }, method, destination));
  }
  return sites;
}

/** mgallo/openai.ex's overloads by their arguments: a string is an id, a keyword list the parameters, `%OpenAI.Config{}` a configuration. */
function overloadAt(code: string, open: number, name: string): ReturnType<typeof lookupSdkMethod> {
  const close = matchingBracket(code, open, 4000);
  if (close < 0) return undefined;
  const inside = code.slice(open + 1, close - 1).trim();
  // (a keyword list's brackets may be left out at the end of a call: `OpenAI.completions(model: "x", prompt: p)`)
  const args = inside === '' ? [] : splitTopLevel(inside).map((a) => a.trim());
  const firstKeyword = args.findIndex((a) => /^[a-z_]\w*:[ \t]/.test(a));
  const merged = firstKeyword < 0 ? args : [...args.slice(0, firstKeyword), args.slice(firstKeyword).join(', ')];
  const types = merged.map((a) => (/^"/.test(a) ? 'String' : /^\[|^[a-z_]\w*:[ \t]/.test(a) ? 'Keyword' : /^%(?:OpenAI\.)?Config\b/.test(a) ? 'Config' : undefined));
  return lookupSdkOverload('elixir_openai', name, types);
}

/** openai_ex's base: `OpenaiEx._for_azure(…)` is Azure OpenAI's; `with_base_url(…)` names it; else api.openai.com when the file makes the client with `OpenaiEx.new`, else it was handed in. */
function openaiExDestination(text: string, code: string): SdkDestination {
  if (/\b_for_azure\b/.test(code)) return { provider: 'azure', detail: 'OpenaiEx._for_azure(…): an Azure OpenAI deployment' };
  const base = /\bwith_base_url[ \t]*\((?:[^,()]*,)?[ \t]*([^,)\n]+)\)/.exec(text)?.[1];
  if (base !== undefined) return baseDestination(base, 'OpenaiEx.with_base_url');
  if (/\bOpenaiEx[ \t]*\.[ \t]*new\b/.test(code)) return { provider: 'openai', detail: 'api.openai.com, the default base of openai_ex' };
  return { provider: 'unknown', detail: 'an OpenaiEx client from elsewhere; its base URL is set where it is made' };
}
