import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { runCli } from '../../../src/cli/main';

// The official SARIF 2.1.0 (rtm.5) JSON schema, as shipped in Microsoft's @microsoft/jest-sarif package.
const root = path.resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

describe('SARIF output against the official SARIF 2.1.0 schema', () => {
  const validate = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

  it('the scan of the fixture workspace is valid SARIF', async () => {
    let out = '';
    await runCli(['scan', path.join(root, 'test/host/workspace'), '--format', 'sarif', '--fail-on', 'none'], { out: (s) => (out += s), err: () => undefined, cwd: root });
    const ok = validate(JSON.parse(out));
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  });

  it('the schema rejects a broken log (the check can fail)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [{ level: 'fatal', message: {} }] }] }), false);
  });
});
