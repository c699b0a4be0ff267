// The extension's one doorway into the core: every core call the VS Code layer makes goes through here.
import type { CallSite, EndpointPolicy, Finding, OrgProfile, PolicySource, SourceLanguage } from '../core/model';
import type { DetailPage } from '../core/present/detailHtml';
import type { ClaimView, TopicView } from '../core/present/detailPages';
import { claimDetailPage, endpointDetailPage, endpointTablePage, ruleDetailPage, topicDetailPage } from '../core/present/detailPages';
import { ProjectIndex } from '../core/detect/projectIndex';
import type { ProjectIndexData } from '../core/detect/projectIndex';
import { findEndpointPolicy } from '../core/policy/endpointLookup';
import { getSource, listEndpointPolicies, listSources, listTopics, policyAsOf, topicsForEndpoint } from '../core/policy/knowledge';
import type { Claim, Topic } from '../core/policy/knowledge';
import { renderReport as renderCoreReport } from '../core/report/renderReport';
import type { ReportFormat } from '../core/report/renderReport';
import { findRule, listRules } from '../core/rules/catalogue';
import { analyzeText as analyzeCoreText, scanDocuments } from '../core/scan/scanDocuments';
import type { ScanPhase, ScanResult } from '../core/scan/scanDocuments';
import profileSchemaJson from '../../schemas/openai-privacy.schema.json';
import type { DetailTarget } from './commandIds';
import type { ScanSummary, WorkspaceFinding } from './findingsStore';

export type { ClaimView, TopicView } from '../core/present/detailPages';
export type { ProjectIndex } from '../core/detect/projectIndex';
export { mergeProfiles, parseProfile, profileFromSettings } from '../core/profile/parseProfile';
export { listEndpointPolicies, policyAsOf } from '../core/policy/knowledge';

export function profileSchema(): unknown {
  return profileSchemaJson;
}

export function analyzeText(
  text: string,
  options: { fileName: string; relativePath: string; language?: SourceLanguage; profile: OrgProfile; otherSites: CallSite[]; project?: ProjectIndex },
): { findings: Finding[]; problems: string[] } {
  return analyzeCoreText(text, options);
}

/** An index of just these files (the modules one file imports), for analysing it before any scan. */
export function projectIndexOf(files: Iterable<{ path: string; text: string }>): ProjectIndex {
  const index = new ProjectIndex();
  for (const f of files) {
    try {
      index.addFile(f.path, f.text);
    } catch {
      // as in a scan, one odd module must not stop the index of the others
    }
  }
  return index;
}

/** A scan thread's project index, as the editor's analyses use it. */
export function projectIndexFrom(data: ProjectIndexData): ProjectIndex {
  return new ProjectIndex(data);
}

export function scanTexts(
  docs: AsyncIterable<{ path: string; text: string }>,
  options: { profile: OrgProfile; signal: { readonly aborted: boolean }; onProgress: (done: number) => void; onPhase: (phase: ScanPhase, candidates: number) => void; readOtherFile: (path: string) => Promise<string | undefined> },
): Promise<ScanResult> {
  return scanDocuments(docs, options);
}

export function renderReport(format: ReportFormat, findings: WorkspaceFinding[], profile: OrgProfile, summary: ScanSummary | undefined): string {
  const plain: Finding[] = findings.map(({ file, site, verdicts }) => ({ file, site, verdicts }));
  return renderCoreReport(format, { findings: plain, problems: summary?.skipped.map((s) => ({ path: s.path, message: s.reason })) ?? [], filesScanned: summary?.filesScanned ?? 0, filesMatched: summary?.filesMatched ?? 0, cancelled: false }, profile);
}

export function policyForEndpoint(endpoint: string): EndpointPolicy | undefined {
  return findEndpointPolicy(endpoint);
}

function resolveSources(ids: string[]): PolicySource[] {
  return ids.map((id) => getSource(id)).filter((s): s is PolicySource => s !== undefined);
}

export function sourcesForPolicy(policy: EndpointPolicy | undefined): PolicySource[] {
  return policy ? resolveSources(policy.sources) : [];
}

/** The most specific topic for an endpoint's row (a topic that lists it, not a `*` topic). */
export function topicIdForEndpoint(endpoint: string): string | undefined {
  const row = findEndpointPolicy(endpoint);
  if (!row) return undefined;
  return topicsForEndpoint(row.path).find((t) => !t.endpoints.includes('*'))?.id ?? 'endpoints';
}

function toClaimView(claim: Claim): ClaimView {
  return {
    id: claim.id,
    text: claim.text,
    fullText: claim.full,
    asOf: claim.asOf,
    sources: resolveSources(claim.sources),
    history: claim.history,
    ...(claim.disagreement ? { disagreement: claim.disagreement } : {}),
    endpoints: claim.endpoints,
  };
}

function toTopicView(topic: Topic): TopicView {
  return { id: topic.id, title: topic.title, summary: topic.summary, ...(topic.icon ? { icon: topic.icon } : {}), claims: topic.claims.map(toClaimView), endpoints: topic.endpoints };
}

let topicViews: TopicView[] | undefined;

export function listTopicViews(): TopicView[] {
  topicViews ??= listTopics().map(toTopicView);
  return topicViews;
}

/** Call sites a topic concerns: by its endpoint rows, by provider for Azure, every OpenAI call for `*`. */
export function sitesConcerningTopic(topic: TopicView, findings: WorkspaceFinding[]): WorkspaceFinding[] {
  if (topic.id === 'azure-openai') return findings.filter((f) => f.site.provider === 'azure');
  const rows = new Set([...topic.endpoints, ...topic.claims.flatMap((c) => c.endpoints)]);
  if (rows.size === 0) return [];
  const all = rows.has('*');
  return findings.filter((f) => {
    if (f.site.provider !== 'openai' && f.site.provider !== 'unknown') return false;
    if (all) return true;
    const row = findEndpointPolicy(f.site.endpoint);
    return row !== undefined && rows.has(row.path);
  });
}

export function detailPageFor(target: DetailTarget): DetailPage | undefined {
  switch (target.kind) {
    case 'topic': {
      const topic = listTopicViews().find((t) => t.id === target.id);
      return topic ? topicDetailPage(topic) : undefined;
    }
    case 'claim': {
      const [topicId, claimId] = target.id.split('/');
      const topic = listTopicViews().find((t) => t.id === topicId);
      const claim = topic?.claims.find((c) => c.id === claimId);
      return topic && claim ? claimDetailPage(topic, claim) : undefined;
    }
    case 'endpoint': {
      const row = listEndpointPolicies().find((r) => r.path === target.id) ?? findEndpointPolicy(target.id);
      return row ? endpointDetailPage(row, resolveSources(row.sources)) : undefined;
    }
    case 'table':
      return endpointTablePage(listEndpointPolicies(), policyAsOf(), resolveSources(['S1_newest_official', 'S2_2026_en_copy', 'S3_2025_12_copy', 'S4_2025_mid_copy', 'S5_2024_models_page_copy', 'S6_2023_models_page_copy']));
    case 'rule': {
      const rule = findRule(target.id);
      return rule
        ? ruleDetailPage({ id: rule.id, title: rule.title, rationale: rule.rationale, fix: rule.fix, severities: { ...rule.severity, ...(rule.baaSigned ? { 'BAA signed': rule.baaSigned } : {}) }, sources: resolveSources(rule.sources) })
        : undefined;
    }
  }
}

export { listRules, listSources };
export { excludeMatcher } from '../core/suppress/glob';
export { importedModuleNames } from '../core/detect/imports';
export { injectsSpringValues, springConfigPaths } from '../core/detect/springConfig';
export { bytesMayMentionOpenAI, EDITOR_LANGUAGE_ALIASES, EDITOR_LANGUAGES, languageForFileName, mayBeExtensionlessScript, opensWithScriptShebang, SOURCE_EXTENSIONS as EDITOR_FILE_EXTENSIONS } from '../core/detect/languages';
