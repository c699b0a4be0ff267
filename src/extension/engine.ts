// PROVISIONAL adapter: replaced by the real core calls as the core modules land (this session).
import type { CallSite, EndpointPolicy, Finding, OrgProfile, PolicySource, SourceLanguage } from '../core/model';
import { DEFAULT_PROFILE } from '../core/model';
import type { DetailPage } from '../core/present/detailHtml';
import type { DetailTarget } from './commandIds';
import type { ScanSummary, WorkspaceFinding } from './findingsStore';

import type { TopicView } from '../core/present/detailPages';
export type { ClaimView, TopicView } from '../core/present/detailPages';

export interface ProfileProblem {
  message: string;
  severity: 'error' | 'warning';
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export function parseProfile(_text: string): { profile: OrgProfile; problems: ProfileProblem[] } {
  return { profile: DEFAULT_PROFILE, problems: [] };
}
export function profileFromSettings(_settings: Record<string, unknown>): Partial<OrgProfile> {
  return {};
}
export function mergeProfiles(file: OrgProfile | undefined, settings: Partial<OrgProfile>): OrgProfile {
  return { ...DEFAULT_PROFILE, ...settings, ...(file ?? {}) };
}
export function profileSchema(): unknown {
  return { properties: {} };
}

export function analyzeText(
  _text: string,
  _options: { fileName: string; relativePath: string; language?: SourceLanguage; profile: OrgProfile; otherSites: CallSite[] },
): { findings: Finding[]; problems: string[] } {
  return { findings: [], problems: [] };
}

export async function scanTexts(
  docs: AsyncIterable<{ path: string; text: string }>,
  options: { profile: OrgProfile; signal: { readonly aborted: boolean }; onProgress: () => void },
): Promise<{ findings: Finding[]; problems: Array<{ path: string; message: string }>; filesScanned: number; filesMatched: number }> {
  let filesScanned = 0;
  for await (const _doc of docs) {
    if (options.signal.aborted) break;
    filesScanned++;
    options.onProgress();
  }
  return { findings: [], problems: [], filesScanned, filesMatched: 0 };
}

export function renderReport(format: 'sarif' | 'json' | 'markdown', findings: WorkspaceFinding[], _profile: OrgProfile, _summary: ScanSummary | undefined): string {
  return format === 'markdown' ? `# Report\n\n${findings.length} call sites\n` : JSON.stringify({ version: 1, findings: [] });
}

export function policyForEndpoint(_endpoint: string): EndpointPolicy | undefined {
  return undefined;
}
export function listEndpointPolicies(): EndpointPolicy[] {
  return [];
}
export function sourcesForPolicy(_policy: EndpointPolicy | undefined): PolicySource[] {
  return [];
}
export function policyAsOf(): string {
  return '2026-10';
}
export function topicIdForEndpoint(_endpoint: string): string | undefined {
  return undefined;
}
export function listTopicViews(): TopicView[] {
  return [];
}
export function sitesConcerningTopic(_topic: TopicView, _findings: WorkspaceFinding[]): WorkspaceFinding[] {
  return [];
}
export function detailPageFor(_target: DetailTarget): DetailPage | undefined {
  return undefined;
}
