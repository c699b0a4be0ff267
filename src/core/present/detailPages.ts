import type { EndpointPolicy, PolicySource } from '../model';
import type { DetailPage } from './detailHtml';

/** A claim as the sidebar and detail pages show it: sources resolved, history and disagreement kept. */
export interface ClaimView {
  id: string;
  text: string;
  fullText: string;
  asOf: string;
  sources: PolicySource[];
  history: Array<{ text: string; source: string; asOf: string }>;
  disagreement?: string;
  endpoints: string[];
}

export interface TopicView {
  id: string;
  title: string;
  summary: string;
  icon?: string;
  claims: ClaimView[];
  endpoints: string[];
}

const ZDR_WORDS: Record<EndpointPolicy['zdrEligible'], string> = {
  yes: 'Yes',
  with_conditions: 'Yes, with conditions',
  no: 'No',
  not_stated: 'Not stated',
};

function sourceEntries(sources: PolicySource[]): DetailPage['sources'] {
  return sources.map((s) => ({ id: s.id, title: s.title, url: s.url, asOf: s.asOf, ...(s.dateNote ? { note: s.dateNote } : {}) }));
}

function dedupe(sources: PolicySource[]): PolicySource[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}

export function topicDetailPage(topic: TopicView): DetailPage {
  const disagreements = topic.claims.filter((c) => c.disagreement);
  return {
    title: topic.title,
    subtitle: topic.summary,
    notices: disagreements.length > 0 ? [`Sources disagree on ${disagreements.length} point(s) below; each is shown with its date.`] : [],
    sections: topic.claims.map((c) => claimSection(c)),
    sources: sourceEntries(dedupe(topic.claims.flatMap((c) => c.sources))),
  };
}

export function claimDetailPage(topic: TopicView, claim: ClaimView): DetailPage {
  return {
    title: claim.text,
    subtitle: `${topic.title} · as of ${claim.asOf}`,
    notices: claim.disagreement ? [`Sources disagree: ${claim.disagreement}`] : [],
    sections: [claimSection(claim)],
    sources: sourceEntries(claim.sources),
  };
}

function claimSection(claim: ClaimView): DetailPage['sections'][number] {
  const bullets: string[] = [];
  for (const h of claim.history) bullets.push(`Earlier (${h.source}, ${h.asOf}): ${h.text}`);
  if (claim.disagreement) bullets.push(`Sources disagree: ${claim.disagreement}`);
  if (claim.endpoints.length > 0) bullets.push(`Endpoints: ${claim.endpoints.join(', ')}`);
  return {
    heading: claim.text,
    paragraphs: [claim.fullText, `Sources: ${claim.sources.map((s) => `${s.id} (${s.asOf})`).join(', ')}`],
    bullets,
  };
}

export function endpointDetailPage(row: EndpointPolicy, sources: PolicySource[]): DetailPage {
  const history = row.history.map((h) => [h.source, h.asOf, h.training, h.abuseMonitoringRetention, h.applicationStateRetention, h.zdr]);
  return {
    title: row.path,
    subtitle: `OpenAI data controls, as of ${row.asOf}${row.listedInNewest ? '' : ' — not in the newest table'}`,
    notices: row.listedInNewest ? [] : [row.note ?? 'The newest version of the table does not list this endpoint.'],
    sections: [
      {
        heading: 'Newest table',
        table: {
          head: ['Data used for training', 'Abuse monitoring retention', 'Application state retention', 'ZDR eligible'],
          rows: [[row.training, row.abuseMonitoringRetention, row.applicationStateRetention, `${ZDR_WORDS[row.zdrEligible]} (“${row.zdrText}”)`]],
        },
        ...(row.baaNote ? { paragraphs: [`BAA: ${row.baaNote}`] } : {}),
      },
      ...(row.footnotes.length > 0 ? [{ heading: 'Footnotes and exceptions', bullets: row.footnotes }] : []),
      ...(row.note && row.listedInNewest ? [{ heading: 'Note', paragraphs: [row.note] }] : []),
      ...(history.length > 0
        ? [{ heading: 'History across versions of the table', table: { head: ['Source', 'As of', 'Training', 'Abuse monitoring', 'Application state', 'ZDR'], rows: history } }]
        : []),
    ],
    sources: sourceEntries(sources),
  };
}

export function endpointTablePage(rows: EndpointPolicy[], asOf: string, sources: PolicySource[]): DetailPage {
  return {
    title: 'Per-endpoint data controls',
    subtitle: `Newest table as of ${asOf}; rows only older versions list are marked.`,
    notices: [],
    sections: [
      {
        heading: 'Endpoints',
        table: {
          head: ['Endpoint', 'Training', 'Abuse monitoring', 'Application state', 'ZDR eligible', 'As of'],
          rows: rows.map((r) => [
            r.listedInNewest ? r.path : `${r.path} (not in newest table)`,
            r.training,
            r.abuseMonitoringRetention,
            r.applicationStateRetention,
            ZDR_WORDS[r.zdrEligible],
            r.asOf,
          ]),
        },
      },
    ],
    sources: sourceEntries(sources),
  };
}

export interface RuleView {
  id: string;
  title: string;
  rationale: string;
  fix: string;
  severities: Record<string, string>;
  sources: PolicySource[];
}

export function ruleDetailPage(rule: RuleView): DetailPage {
  return {
    title: `${rule.id}: ${rule.title}`,
    notices: [],
    sections: [
      { heading: 'Why', paragraphs: [rule.rationale] },
      { heading: 'Fix', paragraphs: [rule.fix] },
      { heading: 'Severity by profile', table: { head: ['Profile', 'Severity'], rows: Object.entries(rule.severities) } },
    ],
    sources: sourceEntries(rule.sources),
  };
}
