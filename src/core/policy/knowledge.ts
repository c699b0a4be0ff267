import type { EndpointPolicy, EndpointPolicyVersion, PolicySource, ZdrEligibility } from '../model';
import endpointsData from './endpoints.yaml';
import sourcesData from './sources.yaml';
import topicsData from './topics.yaml';

/** A claim of a sidebar topic, as written in topics.yaml. */
export interface Claim {
  id: string;
  text: string;
  full: string;
  sources: string[];
  asOf: string;
  history: Array<{ text: string; source: string; asOf: string }>;
  disagreement?: string;
  endpoints: string[];
}

export interface Topic {
  id: string;
  title: string;
  icon?: string;
  summary: string;
  /** Table rows the topic concerns; `*` = every OpenAI call. */
  endpoints: string[];
  claims: Claim[];
}

type Raw = Record<string, unknown>;

function str(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`policy data: ${what} must be a string`);
  return value;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

const ZDR_VALUES: ZdrEligibility[] = ['yes', 'with_conditions', 'no', 'not_stated'];

function toEndpoint(raw: Raw): EndpointPolicy {
  const path = str(raw.path, 'endpoint path');
  const zdr = str(raw.zdr_eligible, `${path} zdr_eligible`) as ZdrEligibility;
  if (!ZDR_VALUES.includes(zdr)) throw new Error(`policy data: ${path} has unknown zdr_eligible ${zdr}`);
  const history = (Array.isArray(raw.history) ? (raw.history as Raw[]) : []).map(
    (h): EndpointPolicyVersion => ({
      source: str(h.source, `${path} history source`),
      asOf: str(h.as_of, `${path} history as_of`),
      training: str(h.training, `${path} history training`),
      abuseMonitoringRetention: str(h.abuse_monitoring_retention, `${path} history abuse`),
      applicationStateRetention: str(h.application_state_retention, `${path} history app state`),
      zdr: str(h.zdr, `${path} history zdr`),
    }),
  );
  return {
    path,
    listedInNewest: raw.listed_in_newest === true,
    training: str(raw.training, `${path} training`),
    abuseMonitoringRetention: str(raw.abuse_monitoring_retention, `${path} abuse_monitoring_retention`),
    applicationStateRetention: str(raw.application_state_retention, `${path} application_state_retention`),
    zdrEligible: zdr,
    zdrText: str(raw.zdr_text, `${path} zdr_text`),
    ...(typeof raw.baa_note === 'string' ? { baaNote: raw.baa_note } : {}),
    footnotes: strings(raw.footnotes),
    ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
    sources: strings(raw.sources),
    asOf: str(raw.as_of, `${path} as_of`),
    history,
  };
}

function toClaim(raw: Raw, topicId: string): Claim {
  const id = str(raw.id, `${topicId} claim id`);
  return {
    id,
    text: str(raw.text, `${topicId}/${id} text`),
    full: str(raw.full, `${topicId}/${id} full`),
    sources: strings(raw.sources),
    asOf: str(raw.as_of, `${topicId}/${id} as_of`),
    history: (Array.isArray(raw.history) ? (raw.history as Raw[]) : []).map((h) => ({
      text: str(h.text, `${topicId}/${id} history text`),
      source: str(h.source, `${topicId}/${id} history source`),
      asOf: str(h.as_of, `${topicId}/${id} history as_of`),
    })),
    ...(typeof raw.disagreement === 'string' ? { disagreement: raw.disagreement } : {}),
    endpoints: strings(raw.endpoints),
  };
}

function toTopic(raw: Raw): Topic {
  const id = str(raw.id, 'topic id');
  return {
    id,
    title: str(raw.title, `${id} title`),
    ...(typeof raw.icon === 'string' ? { icon: raw.icon } : {}),
    summary: str(raw.summary, `${id} summary`),
    endpoints: strings(raw.endpoints),
    claims: (Array.isArray(raw.claims) ? (raw.claims as Raw[]) : []).map((c) => toClaim(c, id)),
  };
}

let endpoints: EndpointPolicy[] | undefined;
let topics: Topic[] | undefined;
let sources: Map<string, PolicySource> | undefined;

/** Every row, newest table first-class; parsed once, on first use. */
export function listEndpointPolicies(): EndpointPolicy[] {
  endpoints ??= ((endpointsData as Raw).endpoints as Raw[]).map(toEndpoint);
  return endpoints;
}

export function listTopics(): Topic[] {
  topics ??= ((topicsData as Raw).topics as Raw[]).map(toTopic);
  return topics;
}

export function findTopic(id: string): Topic | undefined {
  return listTopics().find((t) => t.id === id);
}

function sourceMap(): Map<string, PolicySource> {
  if (!sources) {
    sources = new Map();
    for (const [id, raw] of Object.entries((sourcesData as Raw).sources as Record<string, Raw>)) {
      sources.set(id, {
        id,
        title: str(raw.title, `${id} title`),
        url: typeof raw.url === 'string' ? raw.url : '',
        asOf: str(raw.as_of, `${id} as_of`),
        ...(typeof raw.date_note === 'string' ? { dateNote: raw.date_note } : {}),
      });
    }
  }
  return sources;
}

export function getSource(id: string): PolicySource | undefined {
  return sourceMap().get(id);
}

export function listSources(): PolicySource[] {
  return [...sourceMap().values()];
}

/** The date of the newest source the endpoint table rests on. */
export function policyAsOf(): string {
  return getSource('S1_newest_official')?.asOf ?? 'unknown';
}

/** Topics that concern a table row (topics marked `*` concern every row). */
export function topicsForEndpoint(rowPath: string): Topic[] {
  return listTopics().filter((t) => t.endpoints.includes(rowPath) || t.claims.some((c) => c.endpoints.includes(rowPath)));
}
