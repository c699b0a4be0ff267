import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CallSite, EndpointPolicy } from '../../../src/core/model';
import { DEFAULT_PROFILE } from '../../../src/core/model';
import { renderCallSiteHover } from '../../../src/core/present/hoverMarkdown';

const site: CallSite = {
  kind: 'sdk-python',
  language: 'python',
  method: 'client.responses.create',
  httpMethod: 'POST',
  endpoint: '/v1/responses',
  provider: 'openai',
  range: { start: { line: 3, character: 4 }, end: { line: 3, character: 27 } },
  flags: {
    store: 'omitted',
    background: 'true',
    previousResponseId: true,
    conversation: false,
    stream: 'omitted',
    imageInput: true,
    fileInput: false,
    audioInput: false,
    tools: ['web_search'],
    webSearchOffline: false,
    expiresAfter: false,
  },
};

const row: EndpointPolicy = {
  path: '/v1/responses',
  listedInNewest: true,
  training: 'No',
  abuseMonitoringRetention: '30 days',
  applicationStateRetention: 'None, see below for exceptions',
  zdrEligible: 'with_conditions',
  zdrText: 'Yes, see below for limitations',
  footnotes: ['Under ZDR store is always treated as false.'],
  sources: ['S1_newest_official'],
  asOf: '2026-10',
  history: [],
};

describe('call-site hover', () => {
  const md = renderCallSiteHover({
    site,
    verdicts: [{ ruleId: 'OPL004', severity: 'warning', message: 'store omitted <b>keeps</b> the response' }],
    policy: row,
    profile: { ...DEFAULT_PROFILE, retention: 'zero-data-retention' },
    policyAsOf: '2026-10',
    sources: [{ id: 'S1', title: 'Data controls', url: 'https://developers.openai.com/api/docs/guides/your-data', asOf: '2026-10' }],
    topicId: 'application-state',
  });

  it('opens with the endpoint, destination and verdict under the profile', () => {
    const firstLines = md.split('\n').slice(0, 4).join('\n');
    assert.match(firstLines, /`POST \/v1\/responses`/);
    assert.match(firstLines, /OpenAI/);
    assert.match(md, /OPL004/);
    assert.match(md, /Zero Data Retention/);
  });

  it('shows the retention table from the policy row', () => {
    assert.match(md, /\| No \| 30 days \| None, see below for exceptions \| Yes, with conditions \|/);
  });

  it('explains what the call arguments change', () => {
    assert.match(md, /`store` omitted/);
    assert.match(md, /`background: true`/);
    assert.match(md, /previous_response_id/);
    assert.match(md, /Image input/);
    assert.match(md, /web_search/);
  });

  it('escapes messages and links to the topic and the sources', () => {
    assert.ok(!md.includes('<b>'), 'markup in a message is escaped');
    assert.match(md, /command:openaiPrivacyLens\.openDetail\?/);
    assert.match(md, /\(https:\/\/developers\.openai\.com\/api\/docs\/guides\/your-data\)/);
    assert.match(md, /Policy as of 2026-10/);
  });

  it('says "not stated" rather than "not retained" when no row exists', () => {
    const unknown = renderCallSiteHover({ site: { ...site, endpoint: '/v1/containers' }, verdicts: [], policy: undefined, profile: DEFAULT_PROFILE, policyAsOf: '2026-10', sources: [] });
    assert.match(unknown, /do not state retention/);
    assert.ok(!/not retained\b(?!")/.test(unknown.replace('"not retained"', '')));
  });

  it('explains that OpenAI policy does not apply to another provider', () => {
    const other = renderCallSiteHover({ site: { ...site, provider: 'other', providerDetail: 'localhost:11434' }, verdicts: [], policy: row, profile: DEFAULT_PROFILE, policyAsOf: '2026-10', sources: [] });
    assert.match(other, /OpenAI's policy does not apply/);
    assert.ok(!other.includes('| Training |'), 'no OpenAI table for another provider');
  });
});
