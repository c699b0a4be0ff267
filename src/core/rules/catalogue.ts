import type { OrgProfile, RetentionControl, Severity } from '../model';
import rulesData from './rules.yaml';

export interface Rule {
  id: string;
  name: string;
  title: string;
  severity: Record<RetentionControl, Severity | 'off'>;
  /** Severity when the profile says a BAA is signed (overrides `severity`). */
  baaSigned?: Severity | 'off';
  /** OPL012: severity when the profile does not list the provider. */
  notInProfile?: Severity;
  rationale: string;
  fix: string;
  sources: string[];
}

let rules: Rule[] | undefined;

export function listRules(): Rule[] {
  rules ??= ((rulesData as { rules: Array<Record<string, unknown>> }).rules).map((r) => ({
    id: String(r.id),
    name: String(r.name),
    title: String(r.title),
    severity: r.severity as Rule['severity'],
    ...(r.baa_signed ? { baaSigned: r.baa_signed as Severity | 'off' } : {}),
    ...(r.not_in_profile ? { notInProfile: r.not_in_profile as Severity } : {}),
    rationale: String(r.rationale),
    fix: String(r.fix),
    sources: Array.isArray(r.sources) ? r.sources.map(String) : [],
  }));
  return rules;
}

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return listRules().find((r) => r.id === key.toUpperCase() || r.name === key.toLowerCase());
}

/** The rule's severity under a profile; undefined when the rule is off for it. */
export function severityFor(rule: Rule, profile: OrgProfile): Severity | undefined {
  const value = profile.baaSigned && rule.baaSigned ? rule.baaSigned : rule.severity[profile.retention];
  return value === 'off' ? undefined : value;
}
