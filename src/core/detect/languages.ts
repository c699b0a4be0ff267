import type { SourceLanguage } from '../model';

export type DetectLanguage = SourceLanguage | 'notebook';

const BY_EXTENSION: Record<string, DetectLanguage> = {
  py: 'python',
  pyi: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascriptreact',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  go: 'go',
  sh: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  http: 'http',
  rest: 'http',
  ipynb: 'notebook',
};

export function languageForFileName(fileName: string): DetectLanguage | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** Cheap prefilter: files without any of these strings cannot hold an OpenAI call. */
export const PREFILTER_TERMS: readonly string[] = ['openai', 'OpenAI', '/v1/'];

export function mayMentionOpenAI(text: string): boolean {
  return PREFILTER_TERMS.some((term) => text.includes(term));
}
