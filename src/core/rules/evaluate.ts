import type { CallSite, EndpointPolicy, OrgProfile, Verdict } from '../model';
import { findEndpointPolicy } from '../policy/endpointLookup';
import type { Rule } from './catalogue';
import { findRule, severityFor } from './catalogue';

/** Rows whose objects stay until deleted; creating one without ever deleting it is OPL003. */
export const KEPT_UNTIL_DELETED = new Set([
  '/v1/files', '/v1/uploads', '/v1/vector_stores', '/v1/assistants', '/v1/threads', '/v1/conversations', '/v1/conversations/items',
  '/v1/fine_tuning/jobs', '/v1/batches', '/v1/evals', '/v1/chatkit/threads', '/v1/audio/voices', '/v1/agents',
]);

/** What the whole workspace does, which single call sites cannot tell: e.g. whether anything deletes files. */
export interface WorkspaceFacts {
  /** Kept-until-deleted resources with a delete call (or DELETE request) somewhere. */
  deleted: Set<string>;
}

export interface RuleContext {
  profile: OrgProfile;
  facts: WorkspaceFacts;
}

/** The resource row a create or delete call acts on: `/v1/files/{file_id}` → `/v1/files`. */
function resourceOf(endpoint: string): string {
  const literal = endpoint.split('/').filter((s) => s && !s.startsWith('{'));
  return `/${literal.join('/')}`;
}

export function buildWorkspaceFacts(sites: Iterable<CallSite>): WorkspaceFacts {
  const deleted = new Set<string>();
  for (const site of sites) {
    if (site.httpMethod !== 'DELETE') continue;
    const resource = resourceOf(site.endpoint);
    deleted.add(resource);
    // deleting an upload's file or an expiring file counts for uploads too
    if (resource === '/v1/files') deleted.add('/v1/uploads');
  }
  return { deleted };
}

function isCreate(site: CallSite): boolean {
  if (site.httpMethod !== 'POST' && site.httpMethod !== 'MULTI') return false;
  return !site.endpoint.split('/').some((s) => s.startsWith('{')) || /\/items$|\/messages$/.test(site.endpoint);
}

/** Every rule's verdict on one call site under the team's profile; safe sites get none. */
export function evaluateCallSite(site: CallSite, ctx: RuleContext): Verdict[] {
  const verdicts: Verdict[] = [];
  const add = (ruleId: string, message: string, severityOverride?: Verdict['severity']): void => {
    const rule = findRule(ruleId) as Rule;
    const severity = severityOverride ?? severityFor(rule, ctx.profile);
    if (severity) verdicts.push({ ruleId, severity, message });
  };
  const { profile } = ctx;
  if (site.provider === 'other') {
    add('OPL011', `Data goes to ${site.providerDetail ?? 'another provider'}, not OpenAI: OpenAI's policy does not apply.`);
    return verdicts;
  }
  if (site.provider === 'azure') {
    const listed = profile.providers.includes('azure');
    add('OPL012', listed ? 'Azure OpenAI: Microsoft\'s data terms apply, not OpenAI\'s table.' : 'Azure OpenAI is not among the providers in your profile: Microsoft\'s data terms apply here.', listed ? undefined : 'warning');
    return verdicts;
  }
  if (site.provider === 'unknown') add('OPL013', `The destination is decided at run time (${site.providerDetail ?? 'base URL not visible'}).`);
  const policy: EndpointPolicy | undefined = findEndpointPolicy(site.endpoint);
  const zdr = profile.retention === 'zero-data-retention';
  if (!policy || policy.zdrEligible === 'not_stated') {
    add('OPL014', `No policy source states retention for ${site.endpoint}; treat it as unknown, not as "not retained".`);
  } else if (!policy.listedInNewest) {
    add('OPL015', `${policy.path} is not in the newest policy table (${policy.note ?? 'older versions only'}).`);
  } else if (policy.zdrEligible === 'no') {
    add('OPL001', `${policy.path} is not ZDR eligible (application state: ${policy.applicationStateRetention}); your profile declares Zero Data Retention.`);
  } else if (policy.zdrEligible === 'with_conditions' && zdr) {
    add('OPL002', `${policy.path} is ZDR eligible with conditions; see its footnotes for what is still kept.`);
  }
  const resource = policy ? policy.path : resourceOf(site.endpoint);
  if (KEPT_UNTIL_DELETED.has(resource) && isCreate(site) && !(resource === '/v1/files' && site.flags.expiresAfter) && !ctx.facts.deleted.has(resource)) {
    add('OPL003', `${resource} keeps data until deleted, and nothing in this workspace deletes it.`);
  }
  if (site.endpoint === '/v1/responses' && isCreate(site) && (site.flags.store === 'true' || site.flags.store === 'omitted')) {
    add('OPL004', zdr
      ? `store ${site.flags.store === 'true' ? 'is true' : 'is omitted'}: outside ZDR this keeps the response 30 days; under your ZDR profile it is treated as false.`
      : `store ${site.flags.store === 'true' ? 'is true' : 'is omitted'}: the Responses API keeps this response as application state for 30 days.`);
  }
  if (site.endpoint === '/v1/chat/completions' && site.flags.store === 'true') {
    add('OPL004', zdr ? 'store: true asks OpenAI to keep the completion; under your ZDR profile it is treated as false.' : 'store: true keeps the completion as a stored completion.');
  }
  if (site.flags.previousResponseId || site.flags.conversation) {
    add('OPL005', `${site.flags.previousResponseId ? 'previous_response_id' : 'conversation'} refers to state OpenAI stored earlier${zdr ? '; under ZDR store is forced to false, so that state is not kept' : ''}.`);
  }
  if (site.flags.background === 'true') add('OPL006', 'background: true stores response data on disk for about 10 minutes for polling (older guides: not ZDR compatible).');
  if (site.flags.imageInput || site.flags.fileInput) add('OPL007', `${site.flags.imageInput ? 'Image' : 'File'} input: flagged inputs are kept for CSAM review even under ZDR or MAM.`);
  if (site.flags.tools.includes('code_interpreter') || site.flags.tools.includes('shell') || resourceOf(site.endpoint).startsWith('/v1/containers')) {
    add('OPL008', 'A hosted container keeps temporary state until it expires or is deleted.');
  }
  if (site.flags.tools.includes('web_search') && !site.flags.webSearchOffline) add('OPL009', 'Live web search is not HIPAA eligible and not covered by your BAA.');
  if (site.flags.tools.includes('mcp')) add('OPL010', 'Data sent to a remote MCP server follows that server\'s own retention.');
  return verdicts;
}
