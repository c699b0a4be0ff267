import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE } from '../../../src/core/model';
import type { OrgProfile } from '../../../src/core/model';
import { analyzeText } from '../../../src/core/scan/scanDocuments';

const source = [
  'from openai import OpenAI',
  'client = OpenAI()',
  '# openai-privacy-ignore OPL003: deleted by the nightly retention job',
  'report = client.files.create(file=open("r.jsonl", "rb"), purpose="batch")',
  'other = client.files.create(file=open("o.jsonl", "rb"), purpose="batch")',
].join('\n');

function verdictsAt(profile: OrgProfile, line: number): Array<{ ruleId: string; suppressed: boolean }> {
  const { findings } = analyzeText(source, { fileName: 'jobs/upload.py', relativePath: 'jobs/upload.py', profile, otherSites: [], today: '2026-11-25' });
  const finding = findings.find((f) => f.site.range.start.line === line);
  assert.ok(finding, `a finding on line ${line + 1}`);
  return finding.verdicts.map((v) => ({ ruleId: v.ruleId, suppressed: v.suppression !== undefined && !v.suppression.expired }));
}

describe('suppressions in trusted and untrusted workspaces', () => {
  const profile: OrgProfile = { ...DEFAULT_PROFILE, suppressions: [{ path: 'jobs/**', rule: 'OPL003', reason: 'cleanup job', author: 'a@example.com' }] };

  it('a trusted workspace applies inline and profile suppressions', () => {
    assert.ok(verdictsAt(profile, 3).some((v) => v.ruleId === 'OPL003' && v.suppressed), 'inline');
    assert.ok(verdictsAt(profile, 4).some((v) => v.ruleId === 'OPL003' && v.suppressed), 'profile');
  });

  it('an untrusted workspace applies none, so the repository cannot hide its own findings', () => {
    const untrusted: OrgProfile = { ...profile, applySuppressions: false };
    for (const line of [3, 4]) {
      const verdicts = verdictsAt(untrusted, line);
      assert.ok(verdicts.some((v) => v.ruleId === 'OPL003'), `OPL003 on line ${line + 1}`);
      assert.ok(verdicts.every((v) => !v.suppressed), `nothing suppressed on line ${line + 1}`);
    }
  });
});
