import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../src/cli/main';

const root = path.resolve(__dirname, '../../..');
const workspace = path.join(root, 'test/host/workspace');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), cwd: root });
  return { code, out, err };
}

describe('CLI', () => {
  it('scan --format json lists every call site with the verdict under the folder profile', async () => {
    const { code, out } = await cli(['scan', workspace, '--format', 'json']);
    assert.equal(code, 1, 'errors under the ZDR profile fail the run');
    const json = JSON.parse(out) as { version: number; findings: Array<Record<string, unknown>> };
    assert.equal(json.version, 1);
    assert.equal(json.findings.length, 32);
    // curl in a GitHub Actions workflow's step, and a Blazor page's `@code` block
    const newKinds = json.findings.filter((f) => String(f.file).endsWith('.yml') || String(f.file).endsWith('.razor')).map((f) => `${String(f.file)}:${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.provider)} ${String(f.kind)}`);
    assert.deepEqual(newKinds, ['.github/workflows/nightly-digest.yml:15 POST /v1/chat/completions openai curl', 'web/Summary.razor:14 POST /v1/responses openai http']);
    // a SAS program's PROC HTTP request
    assert.deepEqual(json.findings.filter((f) => f.file === 'scripts/usage_report.sas').map((f) => `${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.provider)} ${String(f.kind)}`), ['12 POST /v1/chat/completions openai http']);
    // the Ruby gem's and the PHP client's calls, in their kinds
    const sdks = json.findings.filter((f) => String(f.file).startsWith('gems/')).map((f) => `${String(f.file)}:${String(f.line)} ${String(f.kind)} ${String(f.endpoint)} ${String(f.provider)}`);
    assert.deepEqual(sdks, ['gems/InvoiceSummary.php:9 sdk-php /v1/chat/completions openai', 'gems/reply_drafter.rb:10 sdk-ruby /v1/chat/completions openai']);
    // a request sent by a function of another file of the Go package, a file with no OpenAI term in it
    const relayed = json.findings.filter((f) => String(f.file).startsWith('relay/')).map((f) => `${String(f.file)}:${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.provider)}`);
    assert.deepEqual(relayed, ['relay/check.go:8 POST /v1/moderations openai']);
    // raw HTTP in Java, a language whose SDK is not analysed
    const java = json.findings.filter((f) => f.file === 'jvm/TicketSummarizer.java').map((f) => `${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.provider)} ${String(f.kind)}`);
    assert.deepEqual(java, ['15 POST /v1/chat/completions openai http']);
    // a Spring `@Value` field whose URL the module's application.yml sets
    const spring = json.findings.filter((f) => String(f.file).startsWith('support-api/')).map((f) => `${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.provider)}`);
    assert.deepEqual(spring, ['26 POST /v1/chat/completions openai']);
    // a module that never names OpenAI, calling the Azure client and the local-server factory app/llm.py builds
    const imported = json.findings.filter((f) => f.file === 'app/summarize.py').map((f) => `${String(f.endpoint)} ${String(f.provider)}`);
    assert.deepEqual(imported, ['/v1/chat/completions azure', '/v1/chat/completions other']);
    const upload = json.findings.find((f) => f.file === 'app/assistant.py' && f.endpoint === '/v1/files');
    assert.deepEqual([upload?.line, upload?.column, upload?.provider, upload?.kind, upload?.rule, upload?.severity], [17, 17, 'openai', 'sdk-python', 'OPL001', 'error']);
    const cell = json.findings.find((f) => f.file === 'notebooks/explore.ipynb');
    assert.deepEqual([cell?.cell, cell?.line], [2, 1]);
    assert.ok(!json.findings.some((f) => String(f.file).startsWith('ignored/')), '.gitignore honoured');
    const safe = json.findings.find((f) => f.endpoint === '/v1/moderations');
    assert.equal(safe?.rule, null, 'safe call sites are listed too');
  });

  it('scan reads a shell or Python script without an extension by its #! line', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'lens-cli-script-'));
    try {
      mkdirSync(path.join(folder, 'bin'));
      writeFileSync(path.join(folder, 'bin', 'ask-gpt'), '#!/bin/bash\nset -e\ncurl -s https://api.openai.com/v1/files -H "Authorization: Bearer $OPENAI_API_KEY" -F purpose=batch -F file=@"$1"\n');
      writeFileSync(path.join(folder, 'bin', 'notes'), 'curl https://api.openai.com/v1/files is what the script calls\n');
      writeFileSync(path.join(folder, 'bin', 'prepare-commit-msg'), '#!/usr/bin/env python3\nfrom openai import OpenAI\nclient = OpenAI()\nprint(client.responses.create(model="gpt-4o-mini", input="diff").output_text)\n');
      const { out } = await cli(['scan', folder, '--format', 'json', '--fail-on', 'none']);
      const found = (JSON.parse(out) as { findings: Array<Record<string, unknown>> }).findings.map((f) => `${String(f.file)}:${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.kind)}`);
      assert.deepEqual(found.sort(), ['bin/ask-gpt:3 POST /v1/files curl', 'bin/prepare-commit-msg:4 client.responses.create /v1/responses sdk-python'], 'the scripts are read; a text file without a #! line is not');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('scan reads a Jenkins pipeline (`Jenkinsfile`, no extension) as Groovy: curl in its `sh` steps', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'lens-cli-jenkins-'));
    try {
      writeFileSync(path.join(folder, 'Jenkinsfile'), "pipeline {\n  agent any\n  stages {\n    stage('summary') {\n      steps {\n        sh '''\n          curl -s https://api.openai.com/v1/chat/completions -d @prompt.json\n        '''\n      }\n    }\n  }\n}\n");
      const { out } = await cli(['scan', folder, '--format', 'json', '--fail-on', 'none']);
      const found = (JSON.parse(out) as { findings: Array<Record<string, unknown>> }).findings.map((f) => `${String(f.file)}:${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.kind)}`);
      assert.deepEqual(found, ['Jenkinsfile:7 POST /v1/chat/completions curl']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('scan reads Makefiles by name (`Makefile`, `GNUmakefile`, `*.mk`): the requests their recipes send', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'lens-cli-make-'));
    try {
      const recipe = 'BASE := https://api.openai.com/v1\n\nmodels:\n\t@http GET $(BASE)/models "Authorization:Bearer $$OPENAI_API_KEY"\n';
      writeFileSync(path.join(folder, 'Makefile'), recipe);
      writeFileSync(path.join(folder, 'GNUmakefile'), recipe.replace('http GET', 'curl -s'));
      writeFileSync(path.join(folder, 'api.mk'), recipe);
      const { out } = await cli(['scan', folder, '--format', 'json', '--fail-on', 'none']);
      const found = (JSON.parse(out) as { findings: Array<Record<string, unknown>> }).findings.map((f) => `${String(f.file)}:${String(f.line)} ${String(f.method)} ${String(f.endpoint)} ${String(f.kind)}`);
      assert.deepEqual(found.sort(), ['GNUmakefile:4 GET /v1/models curl', 'Makefile:4 GET /v1/models httpie', 'api.mk:4 GET /v1/models httpie']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('scan of a file lists only its call sites, analysed with its project (clients it imports, the project profile)', async () => {
    const named = path.relative(root, path.join(workspace, 'app/summarize.py'));
    const { code, out } = await cli(['scan', named, path.join(workspace, 'relay/check.go'), '--format', 'json', '--fail-on', 'none']);
    assert.equal(code, 0);
    const json = JSON.parse(out) as { files_scanned: number; profile: { retention: string }; findings: Array<Record<string, unknown>> };
    const found = json.findings.map((f) => `${String(f.file)}:${String(f.line)} ${String(f.endpoint)} ${String(f.provider)}`);
    const relay = path.relative(root, path.join(workspace, 'relay/check.go'));
    assert.deepEqual(found.sort(), [`${named}:13 /v1/chat/completions other`, `${named}:5 /v1/chat/completions azure`, `${relay}:8 /v1/moderations openai`].sort(), 'the clients app/llm.py builds are followed; no other file is listed');
    const local = json.findings.find((f) => f.line === 13);
    assert.equal(local?.message, "Data goes to localhost:11434 (built by get_local_client()), not OpenAI: OpenAI's policy does not apply.");
    assert.equal(json.files_scanned, 2);
    assert.equal(json.profile.retention, 'zero-data-retention', 'the profile of the folder holding .openai-privacy.yaml');
    const missing = await cli(['scan', path.join(workspace, 'app/nope.py')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.py does not exist/);
  });

  it('a named file is scanned even where the walk would not go, said why when it cannot be; a file inside a folder also named is listed once', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'lens-cli-named-'));
    try {
      mkdirSync(path.join(folder, '.git'));
      mkdirSync(path.join(folder, 'build'));
      mkdirSync(path.join(folder, 'app'));
      writeFileSync(path.join(folder, '.gitignore'), 'build/\n');
      writeFileSync(path.join(folder, 'build', 'gen.py'), 'from openai import OpenAI\nOpenAI().files.create(file=f, purpose="batch")\n');
      writeFileSync(path.join(folder, 'app', 'a.py'), 'from openai import OpenAI\nOpenAI().models.list()\n');
      writeFileSync(path.join(folder, 'README.md'), 'openai notes\n');
      let out = '';
      let err = '';
      const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), cwd: folder };
      await runCli(['scan', 'build/gen.py', 'README.md', '--format', 'json', '--fail-on', 'none'], io);
      const ignored = (JSON.parse(out) as { findings: Array<Record<string, unknown>> }).findings.map((f) => `${String(f.file)}:${String(f.line)} ${String(f.endpoint)}`);
      assert.deepEqual(ignored, ['build/gen.py:2 /v1/files'], 'a .gitignored file named on the command line is read');
      assert.match(err, /skipped README\.md: not a kind of file the scanner reads/);
      out = '';
      err = '';
      await runCli(['scan', '.', 'app/a.py', '--format', 'json', '--fail-on', 'none'], io);
      const both = (JSON.parse(out) as { files_scanned: number; findings: Array<Record<string, unknown>> });
      assert.deepEqual(both.findings.map((f) => String(f.file)), ['app/a.py']);
      assert.equal(both.files_scanned, 1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('scan --format text ends with a summary whose counts read right for one and for many', async () => {
    const one = await cli(['scan', path.join(workspace, 'relay/check.go'), '--format', 'text', '--fail-on', 'none']);
    assert.match(one.out, /\n1 call site in 1 of 1 file · 0 errors, 0 warnings, 0 info · /);
    const many = await cli(['scan', workspace, '--format', 'text', '--fail-on', 'none']);
    assert.match(many.out, /\n32 call sites in \d+ of \d+ files · \d+ errors?, \d+ warnings?, \d+ info · /);
  });

  it('scan --format sarif writes SARIF 2.1.0 with rules and suppressions', async () => {
    const { out } = await cli(['scan', workspace, '--format', 'sarif', '--fail-on', 'none']);
    const sarif = JSON.parse(out) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification: string }> }> }> };
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.ok(run && run.tool.driver.rules.length >= 15);
    assert.ok(run.tool.driver.rules.every((r) => /^OPL\d{3}$/.test(r.id) && r.helpUri.startsWith('https://')));
    const suppressed = run.results.filter((r) => r.suppressions);
    assert.ok(suppressed.some((r) => r.suppressions?.[0]?.kind === 'inSource' && /retention job/.test(r.suppressions[0].justification)));
    assert.ok(suppressed.some((r) => r.suppressions?.[0]?.kind === 'external'));
  });

  it('scan --format markdown writes the review table', async () => {
    const { out, code } = await cli(['scan', workspace, '--format', 'markdown', '--fail-on', 'none']);
    assert.equal(code, 0);
    assert.match(out, /^# OpenAI API data review/);
    assert.match(out, /\| `\/v1\/files` \| openai \| 5 \| No \| 30 days \| Until deleted\* \| No \|/);
    assert.match(out, /## Suppressions/);
  });

  it('policy --endpoint prints one row; bad flags exit 2', async () => {
    const one = await cli(['policy', '--endpoint', '/v1/files', '--format', 'json']);
    const json = JSON.parse(one.out) as { endpoints: Array<{ path: string; zdr_eligible: string; application_state_retention: string }> };
    assert.deepEqual(json.endpoints.map((e) => [e.path, e.zdr_eligible, e.application_state_retention]), [['/v1/files', 'no', 'Until deleted*']]);
    assert.equal((await cli(['scan', '--format', 'xml'])).code, 2);
    assert.equal((await cli(['bogus'])).code, 2);
  });
});
