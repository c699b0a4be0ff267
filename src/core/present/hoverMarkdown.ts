import type { CallSite, EndpointPolicy, OrgProfile, PolicySource, Severity, Verdict } from '../model';
import { describeCallArguments } from './flags';
import { codeSpan, commandUri, escapeMarkdown } from './markdown';

export interface HoverInput {
  site: CallSite;
  verdicts: Verdict[];
  policy: EndpointPolicy | undefined;
  profile: OrgProfile;
  policyAsOf: string;
  sources: PolicySource[];
  /** Sidebar topic the endpoint belongs to, for the "open topic" link. */
  topicId?: string;
}

const SEVERITY_ICON: Record<Severity, string> = {
  error: '$(error)',
  warning: '$(warning)',
  info: '$(info)',
  hint: '$(lightbulb)',
};

const PROFILE_LABEL: Record<OrgProfile['retention'], string> = {
  default: 'default retention',
  'modified-abuse-monitoring': 'Modified Abuse Monitoring',
  'zero-data-retention': 'Zero Data Retention',
};

const ZDR_LABEL: Record<EndpointPolicy['zdrEligible'], string> = {
  yes: 'Yes',
  with_conditions: 'Yes, with conditions',
  no: 'No',
  not_stated: 'Not stated',
};

/**
 * The hover for one call site: compact verdict and retention table first, then what the call's
 * own arguments change, the destination, footnotes and sources. Trusted only for our command links.
 */
export function renderCallSiteHover(input: HoverInput): string {
  const { site, verdicts, policy, profile } = input;
  const out: string[] = [];
  out.push(`**OpenAI Privacy Lens** · ${codeSpan(`${site.httpMethod} ${site.endpoint}`)} · ${escapeMarkdown(destinationLabel(site))}`);
  out.push('');
  const active = verdicts.filter((v) => !v.suppression || v.suppression.expired);
  const suppressed = verdicts.filter((v) => v.suppression && !v.suppression.expired);
  if (active.length === 0) {
    out.push(`$(pass) No concerns under your profile (${PROFILE_LABEL[profile.retention]}${profile.baaSigned ? ', BAA signed' : ''}).`);
  } else {
    for (const v of active) {
      out.push(`${SEVERITY_ICON[v.severity]} **${escapeMarkdown(v.ruleId)}** ${escapeMarkdown(v.message)}  `);
    }
    out.push(`*Verdict under your profile: ${PROFILE_LABEL[profile.retention]}${profile.baaSigned ? ', BAA signed' : ', no BAA'}.*`);
  }
  for (const v of suppressed) {
    out.push(`$(mute) ${escapeMarkdown(v.ruleId)} suppressed: ${escapeMarkdown(v.suppression?.reason ?? '')}  `);
  }
  out.push('');
  if (site.provider === 'openai' || site.provider === 'unknown') {
    if (policy) {
      out.push('| Training | Abuse monitoring | Application state | ZDR eligible |');
      out.push('|---|---|---|---|');
      out.push(`| ${cell(policy.training)} | ${cell(policy.abuseMonitoringRetention)} | ${cell(policy.applicationStateRetention)} | ${cell(ZDR_LABEL[policy.zdrEligible])} |`);
      out.push('');
      if (policy.baaNote) out.push(`BAA: ${escapeMarkdown(policy.baaNote)}`);
      if (!policy.listedInNewest) out.push(`$(history) ${escapeMarkdown(policy.note ?? 'The newest policy table does not list this endpoint.')}`);
    } else {
      out.push(`$(question) The policy sources do not state retention for ${codeSpan(site.endpoint)}; treat it as unknown, not as "not retained".`);
    }
  }
  const args = describeCallArguments(site);
  if (args.length > 0) {
    out.push('');
    out.push('**This call**');
    for (const line of args) out.push(`- ${line}`);
  }
  out.push('');
  out.push(destinationExplanation(site));
  out.push('');
  out.push('---');
  if (policy && policy.footnotes.length > 0) {
    out.push('**Footnotes**');
    for (const f of policy.footnotes.slice(0, 5)) out.push(`- ${escapeMarkdown(f)}`);
    if (policy.footnotes.length > 5) out.push(`- … ${policy.footnotes.length - 5} more in the endpoint detail`);
    out.push('');
  }
  const links: string[] = [];
  if (input.topicId) links.push(`[$(book) Open topic](${commandUri('openaiPrivacyLens.openDetail', { kind: 'topic', id: input.topicId })})`);
  if (policy) links.push(`[$(table) Endpoint detail](${commandUri('openaiPrivacyLens.openDetail', { kind: 'endpoint', id: policy.path })})`);
  for (const source of input.sources.slice(0, 3)) {
    links.push(`[${escapeMarkdown(source.id)} (${escapeMarkdown(source.asOf)})](${source.url})`);
  }
  links.push(`Policy as of ${escapeMarkdown(input.policyAsOf)}`);
  out.push(links.join(' · '));
  return out.join('\n');
}

function cell(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, ' ');
}

export function destinationLabel(site: CallSite): string {
  switch (site.provider) {
    case 'openai': {
      // the title names the host only; the details line below says how it was decided
      const host = site.providerDetail?.split(' ')[0];
      return host && host !== 'api.openai.com' ? `OpenAI (${host})` : 'OpenAI';
    }
    case 'azure':
      return 'Azure OpenAI';
    case 'other':
      return `Not OpenAI${site.providerDetail ? ` (${site.providerDetail})` : ''}`;
    case 'unknown':
      return 'Destination decided at run time';
  }
}

function destinationExplanation(site: CallSite): string {
  switch (site.provider) {
    case 'openai':
      return `$(globe) Sent to OpenAI${site.providerDetail ? ` (${escapeMarkdown(site.providerDetail)})` : ''}: the OpenAI data-controls table above applies.`;
    case 'azure':
      return '$(azure) Sent to Azure OpenAI: Microsoft\'s terms apply, not OpenAI\'s table. Stateful features (Responses, Assistants threads, stored completions, files, vector stores, fine-tuning, batch) are stored in your Azure resource\'s geography until you delete them.';
    case 'other':
      return `$(debug-disconnect) Sent to another provider${site.providerDetail ? ` (${escapeMarkdown(site.providerDetail)})` : ''} through an OpenAI-compatible API: OpenAI's policy does not apply; that provider's terms do.`;
    case 'unknown':
      return `$(question) The base URL is decided at run time${site.providerDetail ? ` (${escapeMarkdown(site.providerDetail)})` : ''}: the OpenAI table applies only if it points to OpenAI.`;
  }
}
