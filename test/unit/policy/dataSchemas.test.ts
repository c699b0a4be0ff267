import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';

// The knowledge files are data: each is validated against its JSON schema, read with `yaml`.
const root = path.resolve(__dirname, '../../..');
const FILES: Array<[string, string]> = [
  ['src/core/policy/endpoints.yaml', 'schemas/data/endpoints.schema.json'],
  ['src/core/policy/topics.yaml', 'schemas/data/topics.schema.json'],
  ['src/core/rules/rules.yaml', 'schemas/data/rules.schema.json'],
  ['src/core/detect/compatible-hosts.yaml', 'schemas/data/compatible-hosts.schema.json'],
  ['src/core/detect/sdk-methods.yaml', 'schemas/data/sdk-methods.schema.json'],
  ['src/core/detect/openai-cli.yaml', 'schemas/data/openai-cli.schema.json'],
];

describe('knowledge files match their schemas', () => {
  for (const [file, schemaFile] of FILES) {
    it(file, () => {
      const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(root, schemaFile), 'utf8')) as object);
      const ok = validate(parse(readFileSync(path.join(root, file), 'utf8')));
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    });
  }

  it('a broken row fails the endpoint schema (the check can fail)', () => {
    const validate = new Ajv().compile(JSON.parse(readFileSync(path.join(root, 'schemas/data/endpoints.schema.json'), 'utf8')) as object);
    assert.equal(validate({ schema_version: 1, endpoints: [{ path: '/v1/files', zdr_eligible: 'maybe' }] }), false);
  });

  it('an SDK method without its /v1 path, or with a verb the SDKs do not send, fails the SDK map schema', () => {
    const validate = new Ajv().compile(JSON.parse(readFileSync(path.join(root, 'schemas/data/sdk-methods.schema.json'), 'utf8')) as object);
    const map = parse(readFileSync(path.join(root, 'src/core/detect/sdk-methods.yaml'), 'utf8')) as Record<string, unknown>;
    assert.equal(validate(map), true);
    assert.equal(validate({ ...map, dotnet: { note: 'a family whose method lost its version', methods: [{ m: 'ChatClient.CompleteChat', http: 'POST', path: '/chat/completions' }] } }), false);
    assert.equal(validate({ ...map, python: [{ m: 'chat.completions.create', http: 'PUT', path: '/v1/chat/completions' }] }), false);
  });
});
