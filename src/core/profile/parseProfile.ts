import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { OrgProfile, Range } from '../model';
import { DEFAULT_PROFILE } from '../model';
import schema from '../../../schemas/openai-privacy.schema.json';

export interface ProfileProblem {
  message: string;
  severity: 'error' | 'warning';
  range: Range;
}

/** Profiles are small; anything larger is refused before parsing. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/**
 * Parses `.openai-privacy.yaml`. Never throws and never hangs: oversized files and alias bombs are
 * refused with a message; each invalid key falls back to its default while valid keys are kept.
 */
export function parseProfile(text: string): { profile: OrgProfile; problems: ProfileProblem[]; declared: Partial<OrgProfile> } {
  if (text.length > MAX_PROFILE_BYTES) {
    return { profile: DEFAULT_PROFILE, declared: {}, problems: [{ message: `The profile is ${text.length} characters, above the ${MAX_PROFILE_BYTES} limit; using defaults.`, severity: 'error', range: START }] };
  }
  const lineCounter = new LineCounter();
  const problems: ProfileProblem[] = [];
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { profile: DEFAULT_PROFILE, declared: {}, problems: [{ message: `The profile could not be read: ${String(error)}`, severity: 'error', range: START }] };
  }
  const rangeOf = (offsets: [number, number] | undefined): Range => {
    if (!offsets) return START;
    const a = lineCounter.linePos(offsets[0]);
    const b = lineCounter.linePos(Math.max(offsets[0] + 1, offsets[1]));
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  };
  for (const e of doc.errors) problems.push({ message: `YAML: ${e.message.split('\n')[0]}`, severity: 'error', range: rangeOf([e.pos[0], e.pos[1]]) });
  for (const w of doc.warnings) problems.push({ message: `YAML: ${w.message.split('\n')[0]}`, severity: 'warning', range: rangeOf([w.pos[0], w.pos[1]]) });
  if (doc.errors.length > 0) return { profile: DEFAULT_PROFILE, declared: {}, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { profile: DEFAULT_PROFILE, declared: {}, problems: [...problems, { message: `The profile could not be read: ${error instanceof Error ? error.message : String(error)}`, severity: 'error', range: START }] };
  }
  if (data === null || data === undefined) return { profile: DEFAULT_PROFILE, declared: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { profile: DEFAULT_PROFILE, declared: {}, problems: [...problems, { message: 'The profile must be a mapping of keys such as `retention:` and `baa:`.', severity: 'error', range: rangeOf(doc.contents?.range ? [doc.contents.range[0], doc.contents.range[1]] : undefined) }] };
  }
  const record = data as Record<string, unknown>;
  const broken = new Set<string>();
  for (const error of validate(record)) {
    const segments = error.instancePath.split('/').filter(Boolean);
    const key = segments[0] ?? (error.params as { additionalProperty?: string }).additionalProperty ?? '';
    broken.add(key);
    const node = nodeAt(doc, segments, (error.params as { additionalProperty?: string }).additionalProperty);
    const what = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'profile';
    const message = error.keyword === 'enum'
      ? `${what} must be one of: ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')}`
      : error.keyword === 'additionalProperties'
        ? `Unknown key "${(error.params as { additionalProperty?: string }).additionalProperty}"`
        : `${what} ${error.message ?? 'is invalid'}`;
    problems.push({ message: `${message}; using the default for ${key || 'this key'}.`, severity: 'error', range: rangeOf(node?.range ? [node.range[0], node.range[1]] : undefined) });
  }
  const ok = (key: string): boolean => key in record && !broken.has(key);
  const profile: OrgProfile = {
    retention: ok('retention') ? (record.retention as OrgProfile['retention']) : DEFAULT_PROFILE.retention,
    baaSigned: ok('baa') ? record.baa === true : DEFAULT_PROFILE.baaSigned,
    ...(ok('data_residency') ? { dataResidency: String(record.data_residency) } : {}),
    providers: ok('providers') ? (record.providers as OrgProfile['providers']) : DEFAULT_PROFILE.providers,
    ...(ok('policy_reviewed') ? { reviewedPolicyAsOf: String(record.policy_reviewed) } : {}),
    suppressions: ok('suppressions')
      ? (record.suppressions as Array<Record<string, unknown>>).map((s) => ({
          path: String(s.path),
          rule: String(s.rule),
          reason: String(s.reason),
          ...(typeof s.author === 'string' ? { author: s.author } : {}),
          ...(s.expires !== undefined ? { expires: String(s.expires) } : {}),
        }))
      : [],
  };
  const declared: Partial<OrgProfile> = { suppressions: profile.suppressions };
  if (ok('retention')) declared.retention = profile.retention;
  if (ok('baa')) declared.baaSigned = profile.baaSigned;
  if (profile.dataResidency) declared.dataResidency = profile.dataResidency;
  if (ok('providers')) declared.providers = profile.providers;
  if (profile.reviewedPolicyAsOf) declared.reviewedPolicyAsOf = profile.reviewedPolicyAsOf;
  return { profile, problems, declared };
}

function nodeAt(doc: Document, segments: string[], extraKey: string | undefined): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === segment);
      node = pair?.value ?? pair?.key;
    } else if (isSeq(node)) node = node.items[Number(segment)];
    else return undefined;
  }
  if (extraKey && isMap(node)) {
    const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === extraKey);
    return (pair?.key as YamlNode | undefined) ?? (node as YamlNode);
  }
  return node as YamlNode | undefined;
}

/** Profile values from VS Code settings (only those the user set). */
export function profileFromSettings(settings: Record<string, unknown>): Partial<OrgProfile> {
  const out: Partial<OrgProfile> = {};
  const r = settings.retention;
  if (r === 'default' || r === 'modified-abuse-monitoring' || r === 'zero-data-retention') out.retention = r;
  if (typeof settings.baaSigned === 'boolean') out.baaSigned = settings.baaSigned;
  if (typeof settings.dataResidency === 'string' && settings.dataResidency) out.dataResidency = settings.dataResidency;
  if (Array.isArray(settings.providers)) out.providers = settings.providers.filter((p): p is 'openai' | 'azure' => p === 'openai' || p === 'azure');
  return out;
}

/** The file wins over settings: it is what the team reviewed and committed. Settings fill the gaps. */
export function mergeProfiles(fileProfile: Partial<OrgProfile> | undefined, settings: Partial<OrgProfile>): OrgProfile {
  return { ...DEFAULT_PROFILE, ...settings, ...(fileProfile ?? {}) };
}
