import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeProfiles, parseProfile } from '../../../src/core/profile/parseProfile';

describe('team profile', () => {
  it('reads a valid profile', () => {
    const { profile, problems } = parseProfile('retention: zero-data-retention\nbaa: true\nproviders: [openai, azure]\ndata_residency: eu\nsuppressions:\n  - {path: "a/**", rule: OPL003, reason: "nightly cleanup", expires: 2027-01-01}\n');
    assert.deepEqual(problems, []);
    assert.equal(profile.retention, 'zero-data-retention');
    assert.equal(profile.baaSigned, true);
    assert.deepEqual(profile.providers, ['openai', 'azure']);
    assert.equal(profile.suppressions[0]?.expires, '2027-01-01');
  });

  it('reports a wrong value with its line and keeps the valid keys', () => {
    const { profile, problems } = parseProfile('baa: true\nretention: forever\n');
    assert.equal(profile.retention, 'default');
    assert.equal(profile.baaSigned, true);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.range.start.line, 1);
    assert.match(problems[0]?.message ?? '', /retention must be one of/);
  });

  it('reports wrong types, unknown keys and duplicate keys', () => {
    assert.match(parseProfile('baa: "yes"\n').problems[0]?.message ?? '', /baa/);
    assert.match(parseProfile('retension: default\n').problems[0]?.message ?? '', /Unknown key "retension"/);
    assert.ok(parseProfile('baa: true\nbaa: false\n').problems.length > 0);
    assert.match(parseProfile('- a\n- b\n').problems[0]?.message ?? '', /mapping/);
  });

  it('refuses an alias bomb quickly, without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const started = Date.now();
    const { profile, problems } = parseProfile(bomb);
    assert.ok(Date.now() - started < 2000, 'returns promptly');
    assert.equal(profile.retention, 'default');
    assert.ok(problems.length > 0);
  });

  it('refuses a 10 MB file before parsing it', () => {
    const { problems } = parseProfile(`suppressions:\n${'  - {path: x, rule: OPL003, reason: abc}\n'.repeat(260_000)}`);
    assert.match(problems[0]?.message ?? '', /above the .* limit/);
  });

  it('lets the file win over settings, and settings fill the gaps', () => {
    const { declared } = parseProfile('retention: modified-abuse-monitoring\n');
    const merged = mergeProfiles(declared, { retention: 'default', baaSigned: true });
    assert.equal(merged.retention, 'modified-abuse-monitoring');
    assert.equal(merged.baaSigned, true);
  });
});
