import type { EndpointPolicy } from '../core/model';
import { findEndpointPolicy } from '../core/policy/endpointLookup';
import { getSource, listEndpointPolicies, policyAsOf } from '../core/policy/knowledge';

const ZDR: Record<EndpointPolicy['zdrEligible'], string> = { yes: 'yes', with_conditions: 'with conditions', no: 'no', not_stated: 'not stated' };

/** `openai-privacy-lens policy [--format text|json|markdown] [--endpoint PATH]`. Returns the exit code. */
export function runPolicyCommand(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  let format = 'text';
  let endpoint: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] ?? '';
    else if (a === '--endpoint') endpoint = args[++i];
    else {
      err(`openai-privacy-lens policy: unknown argument ${a}\n`);
      return 2;
    }
  }
  if (!['text', 'json', 'markdown'].includes(format)) {
    err(`openai-privacy-lens policy: --format must be text, json or markdown\n`);
    return 2;
  }
  let rows = listEndpointPolicies();
  if (endpoint !== undefined) {
    const row = findEndpointPolicy(endpoint);
    if (!row) {
      err(`openai-privacy-lens policy: no policy row matches ${endpoint}; its retention is not stated by any source\n`);
      return 1;
    }
    rows = [row];
  }
  if (format === 'json') {
    out(`${JSON.stringify({
      version: 1,
      as_of: policyAsOf(),
      endpoints: rows.map((r) => ({
        path: r.path,
        listed_in_newest: r.listedInNewest,
        zdr_eligible: r.zdrEligible,
        zdr_text: r.zdrText,
        abuse_monitoring_retention: r.abuseMonitoringRetention,
        application_state_retention: r.applicationStateRetention,
        training: r.training,
        sources: r.sources.map((id) => ({ id, url: getSource(id)?.url ?? '', as_of: getSource(id)?.asOf ?? '' })),
        as_of: r.asOf,
        footnotes: r.footnotes,
        history: r.history,
      })),
    }, null, 2)}\n`);
    return 0;
  }
  if (format === 'markdown') {
    const lines = [`# OpenAI data controls per endpoint (as of ${policyAsOf()})`, '', '| Endpoint | Training | Abuse monitoring | Application state | ZDR eligible | As of |', '|---|---|---|---|---|---|'];
    for (const r of rows) lines.push(`| \`${r.path}\`${r.listedInNewest ? '' : ' (not in newest table)'} | ${r.training} | ${r.abuseMonitoringRetention} | ${r.applicationStateRetention} | ${ZDR[r.zdrEligible]} | ${r.asOf} |`);
    const ids = [...new Set(rows.flatMap((r) => r.sources))];
    lines.push('', '## Sources', '', ...ids.map((id) => `- ${id}: ${getSource(id)?.title ?? id} — ${getSource(id)?.url ?? ''} (as of ${getSource(id)?.asOf ?? '?'})`));
    out(`${lines.join('\n')}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.path.length)) + 2;
  const lines = [`${'Endpoint'.padEnd(width)}${'ZDR'.padEnd(17)}${'Abuse logs'.padEnd(16)}Application state`];
  for (const r of rows) lines.push(`${r.path.padEnd(width)}${ZDR[r.zdrEligible].padEnd(17)}${r.abuseMonitoringRetention.padEnd(16)}${r.applicationStateRetention}${r.listedInNewest ? '' : '  (not in newest table)'}`);
  if (rows.length === 1 && rows[0]) {
    const r = rows[0];
    lines.push('', `Training: ${r.training}`, `As of: ${r.asOf} (${r.sources.join(', ')})`);
    for (const f of r.footnotes) lines.push(`  - ${f}`);
    for (const h of r.history) lines.push(`  ${h.source} (${h.asOf}): training ${h.training}; abuse ${h.abuseMonitoringRetention}; app state ${h.applicationStateRetention}; ZDR ${h.zdr}`);
  } else lines.push('', `Policy as of ${policyAsOf()}. "not stated" means no source gives a value; it never means "not retained".`);
  out(`${lines.join('\n')}\n`);
  return 0;
}
