import type { Finding, OrgProfile, Severity } from '../model';
import { findEndpointPolicy } from '../policy/endpointLookup';
import { getSource, policyAsOf } from '../policy/knowledge';
import { listRules } from '../rules/catalogue';
import type { ScanResult } from '../scan/scanDocuments';
import { topVerdict } from '../scan/scanDocuments';

export type ReportFormat = 'json' | 'sarif' | 'markdown' | 'text';

export const TOOL_VERSION = '0.1.0';
const HELP_BASE = 'https://github.com/openai-privacy-lens/openai-privacy-lens#';

export function renderReport(format: ReportFormat, result: ScanResult, profile: OrgProfile): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJson(result, profile), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(result), null, 2)}\n`;
    case 'markdown':
      return toMarkdown(result, profile);
    case 'text':
      return toText(result, profile);
  }
}

function position(f: Finding): { line: number; column: number; cell?: number } {
  return { line: f.site.range.start.line + 1, column: f.site.range.start.character + 1, ...(f.site.cell !== undefined ? { cell: f.site.cell } : {}) };
}

/** One entry per call site, safe ones included: the output is an inventory. */
export function toJson(result: ScanResult, profile: OrgProfile): unknown {
  return {
    version: 1,
    tool: { name: 'openai-privacy-lens', version: TOOL_VERSION, policy_as_of: policyAsOf() },
    profile: { retention: profile.retention, baa: profile.baaSigned, providers: profile.providers, ...(profile.dataResidency ? { data_residency: profile.dataResidency } : {}) },
    files_scanned: result.filesScanned,
    findings: result.findings.map((f) => {
      const top = topVerdict(f);
      return {
        file: f.file,
        ...position(f),
        endpoint: f.site.endpoint,
        method: f.site.method,
        http_method: f.site.httpMethod,
        provider: f.site.provider,
        ...(f.site.providerDetail ? { provider_detail: f.site.providerDetail } : {}),
        kind: f.site.kind,
        flags: f.site.flags,
        rule: top?.ruleId ?? null,
        severity: top?.severity ?? null,
        message: top?.message ?? null,
        suppressed: f.verdicts.some((v) => v.suppression && !v.suppression.expired),
        verdicts: f.verdicts,
      };
    }),
    problems: result.problems,
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 with the rule catalogue as metadata and suppressions with their justification. */
export function toSarif(result: ScanResult): unknown {
  const rules = listRules();
  const results = result.findings.flatMap((f) =>
    f.verdicts.map((v) => ({
      ruleId: v.ruleId,
      ruleIndex: rules.findIndex((r) => r.id === v.ruleId),
      level: SARIF_LEVEL[v.severity],
      message: { text: v.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file) },
            region: { startLine: f.site.range.start.line + 1, startColumn: f.site.range.start.character + 1, endLine: f.site.range.end.line + 1, endColumn: f.site.range.end.character + 1 },
          },
          ...(f.site.cell !== undefined ? { message: { text: `notebook cell ${f.site.cell}` } } : {}),
        },
      ],
      properties: { endpoint: f.site.endpoint, provider: f.site.provider, kind: f.site.kind, ...(f.site.cell !== undefined ? { cell: f.site.cell } : {}) },
      ...(v.suppression && !v.suppression.expired
        ? { suppressions: [{ kind: v.suppression.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: v.suppression.reason }] }
        : {}),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'OpenAI Privacy Lens',
            version: TOOL_VERSION,
            informationUri: 'https://github.com/openai-privacy-lens/openai-privacy-lens',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.title },
              fullDescription: { text: r.rationale },
              help: { text: r.fix },
              helpUri: `${HELP_BASE}${r.id.toLowerCase()}`,
              defaultConfiguration: { level: SARIF_LEVEL[(r.severity.default === 'off' ? r.severity['zero-data-retention'] === 'off' ? 'info' : r.severity['zero-data-retention'] : r.severity.default) as Severity] },
              properties: { severityByProfile: r.severity, sources: r.sources.map((id) => getSource(id)?.url).filter(Boolean) },
            })),
          },
        },
        results,
      },
    ],
  };
}

const PROFILE_NAME: Record<OrgProfile['retention'], string> = { default: 'default retention', 'modified-abuse-monitoring': 'Modified Abuse Monitoring', 'zero-data-retention': 'Zero Data Retention' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The table a security review asks for: endpoints, destinations, retention under the profile, then findings. */
export function toMarkdown(result: ScanResult, profile: OrgProfile): string {
  const lines: string[] = [];
  lines.push('# OpenAI API data review', '');
  lines.push(`Profile: **${PROFILE_NAME[profile.retention]}**, BAA ${profile.baaSigned ? 'signed' : 'not signed'}, providers: ${profile.providers.join(', ')}. Policy data as of ${policyAsOf()}. ${result.filesScanned} files scanned, ${result.findings.length} call sites.`, '');
  lines.push('## Endpoints used', '');
  lines.push('| Endpoint | Destination | Call sites | Training | Abuse monitoring | Application state | ZDR eligible |');
  lines.push('|---|---|---|---|---|---|---|');
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = `${f.site.endpoint}\u0000${f.site.provider}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, list] of [...groups].sort()) {
    const [endpoint = '', provider = ''] = key.split('\u0000');
    const row = provider === 'openai' || provider === 'unknown' ? findEndpointPolicy(endpoint) : undefined;
    const na = provider === 'azure' ? "Microsoft's terms" : provider === 'other' ? 'not OpenAI' : 'not stated';
    lines.push(`| \`${cell(endpoint)}\` | ${provider} | ${list.length} | ${cell(row?.training ?? na)} | ${cell(row?.abuseMonitoringRetention ?? na)} | ${cell(row?.applicationStateRetention ?? na)} | ${cell(row ? row.zdrText : na)} |`);
  }
  lines.push('', '## Findings', '');
  const active = result.findings.filter((f) => topVerdict(f));
  if (active.length === 0) lines.push('No findings under this profile.');
  else {
    lines.push('| Severity | Rule | Location | Message |', '|---|---|---|---|');
    for (const f of active) {
      const top = topVerdict(f);
      if (!top) continue;
      const where = `${f.file}:${f.site.range.start.line + 1}${f.site.cell !== undefined ? ` (cell ${f.site.cell})` : ''}`;
      lines.push(`| ${top.severity} | ${top.ruleId} | \`${cell(where)}\` | ${cell(top.message)} |`);
    }
  }
  const suppressed = result.findings.flatMap((f) => f.verdicts.filter((v) => v.suppression).map((v) => ({ f, v })));
  if (suppressed.length > 0) {
    lines.push('', '## Suppressions', '', '| Rule | Location | Reason | Expires | Status |', '|---|---|---|---|---|');
    for (const { f, v } of suppressed) lines.push(`| ${v.ruleId} | \`${cell(`${f.file}:${f.site.range.start.line + 1}`)}\` | ${cell(v.suppression?.reason ?? '')} | ${v.suppression?.expires ?? '—'} | ${v.suppression?.expired ? 'expired' : 'active'} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** `1 call site`, `2 call sites`, `0 errors`. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function toText(result: ScanResult, profile: OrgProfile): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    const top = topVerdict(f);
    const where = `${f.file}:${f.site.range.start.line + 1}:${f.site.range.start.character + 1}${f.site.cell !== undefined ? ` (cell ${f.site.cell})` : ''}`;
    lines.push(`${where}  ${f.site.httpMethod} ${f.site.endpoint}  [${f.site.provider}]${top ? `  ${top.severity} ${top.ruleId}: ${top.message}` : '  ok'}`);
  }
  const count = (s: Severity): number => result.findings.filter((f) => topVerdict(f)?.severity === s).length;
  lines.push('', `${counted(result.findings.length, 'call site')} in ${result.filesMatched} of ${counted(result.filesScanned, 'file')} · ${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}, ${count('info')} info · profile: ${profile.retention}${profile.baaSigned ? ', BAA' : ''} · policy as of ${policyAsOf()}`);
  return `${lines.join('\n')}\n`;
}
