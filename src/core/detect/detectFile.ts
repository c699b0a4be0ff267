import type { CallSite } from '../model';
import { detectBodyShapedRequests } from './bodyShapedRequests';
import { detectCurlCalls, detectEmbeddedCurlCalls, detectHttpCalls, detectHttpFileRequests } from './httpCalls';
import type { DetectLanguage } from './languages';
import { languageForFile, mayMentionOpenAI } from './languages';
import { lex } from './lexer';
import type { ProjectIndex } from './projectIndex';
import { detectSdkCalls } from './sdkCalls';
import { sourceText, withUnixLineEnds } from './sourceText';

export type { DetectLanguage } from './languages';
export { languageForFileName, mayMentionOpenAI, PREFILTER_TERMS } from './languages';

export interface DetectOptions {
  fileName: string;
  language?: DetectLanguage;
  project?: ProjectIndex;
}

export interface DetectResult {
  sites: CallSite[];
  /** Why a file could not be read as expected (e.g. broken notebook JSON). Never thrown. */
  problems: string[];
}

/** Every OpenAI call site in one file, in source order. Never throws: bad input yields problems. */
export function detectCallSites(text: string, options: DetectOptions): DetectResult {
  const language = options.language ?? languageForFile(options.fileName, text);
  if (!language || (language !== 'notebook' && !mayMentionOpenAI(text))) return { sites: [], problems: [] };
  // A byte-order mark would hide the first line's import from line-anchored patterns; a space keeps offsets.
  const source = withUnixLineEnds(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  try {
    if (language === 'notebook') return detectInNotebook(source, options);
    return { sites: detectInSource(source, language, options.project, options.fileName), problems: [] };
  } catch (error) {
    return { sites: [], problems: [`analysis failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function detectInSource(text: string, language: Exclude<DetectLanguage, 'notebook'>, project: ProjectIndex | undefined, fileName?: string): CallSite[] {
  if (language === 'http') {
    const lexed = lex(text, 'shell');
    return detectHttpFileRequests(sourceText(text, { ...lexed, comments: [] }));
  }
  const lexed = lex(text, language === 'python' ? 'python' : language === 'go' ? 'go' : language === 'shellscript' ? 'shell' : 'js');
  const src = sourceText(text, lexed);
  if (language === 'shellscript') return detectCurlCalls(src, lexed);
  const sites = [...detectSdkCalls(src, lexed, language, project, fileName), ...detectHttpCalls(src, lexed, language, project, fileName)];
  if (text.includes('curl')) sites.push(...detectEmbeddedCurlCalls(src, lexed, language));
  sites.push(...detectBodyShapedRequests(src, lexed, language, sites));
  return sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Code cells of a Jupyter notebook, each analysed as Python; positions are cell-relative. */
function detectInNotebook(text: string, options: DetectOptions): DetectResult {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch (error) {
    return { sites: [], problems: [`notebook JSON is invalid: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const cells = (notebook as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return { sites: [], problems: ['notebook has no "cells" list'] };
  const language = ((notebook as { metadata?: { language_info?: { name?: string }; kernelspec?: { language?: string } } }).metadata?.language_info?.name ?? 'python').toLowerCase();
  if (language !== 'python') return { sites: [], problems: [`notebook kernel language "${language}" is not analysed`] };
  const sites: CallSite[] = [];
  // Clients defined in earlier cells are visible in later ones, as in the kernel: analyse the
  // cells joined, then map each site back to its cell.
  const parts: Array<{ cell: number; start: number; lines: number }> = [];
  const chunks: string[] = [];
  let line = 0;
  cells.forEach((cell: unknown, index: number) => {
    const c = cell as { cell_type?: unknown; source?: unknown };
    if (c.cell_type !== 'code') return;
    const source = Array.isArray(c.source) ? c.source.map((s) => String(s)).join('') : typeof c.source === 'string' ? c.source : '';
    const body = source.split('\n').map((l) => (/^\s*[%!]/.test(l) ? '' : l)).join('\n'); // magics and shell escapes
    parts.push({ cell: index, start: line, lines: body.split('\n').length });
    chunks.push(body);
    line += body.split('\n').length;
  });
  const joined = chunks.join('\n');
  for (const site of detectInSource(joined, 'python', options.project, options.fileName)) {
    const part = parts.find((p) => site.range.start.line >= p.start && site.range.start.line < p.start + p.lines);
    if (!part) continue;
    const shift = (r: CallSite['range']): CallSite['range'] => ({ start: { line: r.start.line - part.start, character: r.start.character }, end: { line: r.end.line - part.start, character: r.end.character } });
    sites.push({ ...site, cell: part.cell, range: shift(site.range), ...(site.callRange ? { callRange: shift(site.callRange) } : {}) });
  }
  return { sites, problems: [] };
}
