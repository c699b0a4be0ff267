import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { classifyHost } from '../../../src/core/policy/hosts';
import { findEndpointPolicy } from '../../../src/core/policy/endpointLookup';
import { getSource, listEndpointPolicies, listSources, listTopics } from '../../../src/core/policy/knowledge';
import { listRules } from '../../../src/core/rules/catalogue';

const root = path.resolve(__dirname, '../../..');
const upstreamCopy = path.join(root, 'test/fixtures/upstream/openai-data-controls.yaml');
const shared = path.resolve(root, '../shared/policy/openai-data-controls.yaml');

interface UpstreamRow {
  path: string;
  training_default?: string;
  abuse_monitoring_retention?: string;
  application_state_retention?: string;
  zdr_eligible?: string;
  listed_in_newest?: boolean;
  listed_in_any_copy?: boolean;
}

describe('policy data against the compiled source table', () => {
  const upstream = (parse(readFileSync(upstreamCopy, 'utf8')) as { endpoints: UpstreamRow[] }).endpoints;

  it('has the same endpoints as the source table', () => {
    assert.deepEqual(listEndpointPolicies().map((r) => r.path).sort(), upstream.map((r) => r.path).sort());
  });

  for (const row of upstream.filter((r) => r.zdr_eligible !== undefined)) {
    it(`${row.path}: same training, retention and ZDR values`, () => {
      const ours = listEndpointPolicies().find((r) => r.path === row.path);
      assert.ok(ours);
      assert.equal(ours.training, row.training_default);
      assert.equal(ours.abuseMonitoringRetention, row.abuse_monitoring_retention);
      assert.equal(ours.applicationStateRetention, row.application_state_retention);
      assert.equal(ours.zdrEligible, row.zdr_eligible);
      assert.equal(ours.listedInNewest, row.listed_in_newest !== false);
    });
  }

  it('rows no copy lists say "not stated", never "None"', () => {
    for (const row of upstream.filter((r) => r.listed_in_any_copy === false)) {
      const ours = listEndpointPolicies().find((r) => r.path === row.path);
      assert.equal(ours?.zdrEligible, 'not_stated', row.path);
      assert.equal(ours?.applicationStateRetention, 'not stated', row.path);
      assert.equal(ours?.abuseMonitoringRetention, 'not stated', row.path);
    }
  });

  it('the vendored copy is byte-identical to ../shared/policy when it is present', (t) => {
    if (!existsSync(shared)) {
      t.skip('../shared/policy is not beside this checkout');
      return;
    }
    assert.equal(readFileSync(upstreamCopy, 'utf8'), readFileSync(shared, 'utf8'));
  });
});

describe('knowledge base integrity', () => {
  it('every cited source exists and has a date; claims cite at least one source with a URL', () => {
    const ids = new Set(listSources().map((s) => s.id));
    for (const row of listEndpointPolicies()) for (const s of [...row.sources, ...row.history.map((h) => h.source)]) assert.ok(ids.has(s), `${row.path} cites ${s}`);
    for (const topic of listTopics()) {
      assert.ok(topic.claims.length > 0, `${topic.id} has claims`);
      for (const claim of topic.claims) {
        assert.ok(claim.sources.length > 0, `${topic.id}/${claim.id} has sources`);
        for (const s of claim.sources) assert.ok(ids.has(s), `${topic.id}/${claim.id} cites ${s}`);
        assert.ok(claim.sources.some((s) => /^https:\/\//.test(getSource(s)?.url ?? '')), `${topic.id}/${claim.id} has a source with a URL`);
        assert.match(claim.asOf, /^\d{4}(-\d{2}){0,2}$/);
        for (const h of claim.history) assert.ok(ids.has(h.source), `${topic.id}/${claim.id} history cites ${h.source}`);
      }
    }
    for (const rule of listRules()) for (const s of rule.sources) assert.ok(ids.has(s), `${rule.id} cites ${s}`);
  });

  it('has the thirteen sidebar topics in order', () => {
    assert.deepEqual(listTopics().map((t) => t.id), ['training', 'abuse-monitoring', 'application-state', 'zdr-mam', 'endpoints', 'baa-hipaa', 'data-residency', 'compliance', 'encryption-access', 'fine-tuning', 'kept-until-deleted', 'chatgpt-vs-api', 'azure-openai']);
  });

  it('topic endpoints name real rows', () => {
    const rows = new Set(listEndpointPolicies().map((r) => r.path));
    for (const t of listTopics()) for (const e of [...t.endpoints, ...t.claims.flatMap((c) => c.endpoints)]) assert.ok(e === '*' || rows.has(e), `${t.id}: ${e}`);
  });
});

describe('endpoint lookup', () => {
  const cases: Array<[string, string | undefined]> = [
    ['/v1/chat/completions', '/v1/chat/completions'],
    ['/chat/completions', '/v1/chat/completions'],
    ['https://eu.api.openai.com/v1/responses?x=1', '/v1/responses'],
    ['v1/threads/thread_abc/runs/run_1/steps', '/v1/threads/runs/steps'],
    ['/v1/threads/{thread_id}/messages', '/v1/threads/messages'],
    ['https://r.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2024-10-21', '/v1/chat/completions'],
    ['/v1/engines/davinci/embeddings', '/v1/embeddings'],
    ['/v1/files/file-abc/content', '/v1/files'],
    ['/v1/vector_stores/vs_1/files', '/v1/vector_stores'],
    ['/v1/nothing/here', undefined],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected ?? 'no row'}`, () => assert.equal(findEndpointPolicy(input)?.path, expected));
});

describe('hosts', () => {
  it('classifies OpenAI, regional, Azure and other hosts', () => {
    assert.deepEqual(classifyHost('api.openai.com'), { provider: 'openai' });
    assert.deepEqual(classifyHost('eu.api.openai.com'), { provider: 'openai', region: 'eu' });
    assert.equal(classifyHost('contoso.openai.azure.com').provider, 'azure');
    assert.equal(classifyHost('localhost:11434').provider, 'other');
    assert.equal(classifyHost('api.openai.com.evil.example').provider, 'other');
  });
});
