import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';

const fixtures = path.resolve(__dirname, '../../../test/fixtures');

/** Every file under `root`, by its path from there (as a scan names them). */
function filesUnder(root: string): Array<{ path: string; text: string }> {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') }));
}

/**
 * Small projects of files: the host tests' workspaces and the detector's corpus (ours, in every checkout), and the held-out
 * corpora from 420 on whose public files this checkout holds (restored from the mirror; git leaves them out).
 */
function corpora(): Array<{ name: string; files: Array<{ path: string; text: string }> }> {
  const ours = ['test/host/workspace', 'test/host/workspace-second', 'test/fixtures/corpus'].map((dir) => ({ name: dir, files: filesUnder(path.join(fixtures, '../..', dir)) }));
  const heldOut = readdirSync(fixtures)
    .filter((d) => /^heldout\d+$/.test(d) && Number(d.slice('heldout'.length)) >= 420 && existsSync(path.join(fixtures, d, 'files')))
    .sort()
    .map((name) => ({ name, files: filesUnder(path.join(fixtures, name, 'files')) }));
  return [...ours, ...heldOut];
}

/** An index's data with maps and sets in a fixed order and empty entries left out: equal for two indexes that answer alike. */
function canonical(value: unknown): unknown {
  // (a map or set that holds nothing, once its own empty entries are left out, is no entry)
  const entries = (pairs: Array<[unknown, unknown]>): Array<[unknown, unknown]> => pairs.map(([k, v]): [unknown, unknown] => [k, canonical(v)]).filter(([, v]) => !(Array.isArray(v) && v.length === 0) && v !== undefined);
  const sorted = <T>(items: T[]): T[] => items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value instanceof Map) return sorted(entries([...value]));
  if (value instanceof Set) return sorted([...value].map(canonical));
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') return Object.fromEntries(entries(Object.entries(value)).sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
  return value;
}

function indexOf(files: ReadonlyArray<{ path: string; text: string }>): ProjectIndex {
  const index = new ProjectIndex();
  for (const f of files) index.addFile(f.path, f.text);
  return index;
}

function sitesWith(index: ProjectIndex, files: ReadonlyArray<{ path: string; text: string }>): string[] {
  return files.map((f) => JSON.stringify(detectCallSites(f.text, { fileName: f.path, project: index }).sites));
}

describe('ProjectIndex: a file read again or removed', () => {
  it("answers as an index of the files' last texts: each corpus's files first read with another file's text, then with their own", () => {
    let compared = 0;
    // (the index's data compared for every corpus; the sites, slower to find, for every fourth)
    for (const [n, { name, files }] of corpora().entries()) {
      const fresh = indexOf(files);
      const edited = new ProjectIndex();
      files.forEach((f, i) => edited.addFile(f.path, files[(i + 1) % files.length]?.text ?? ''));
      for (const f of files) edited.addFile(f.path, f.text);
      assert.deepEqual(canonical(edited.data()), canonical(fresh.data()), name);
      if (n % 4 === 0) assert.deepEqual(sitesWith(edited, files), sitesWith(fresh, files), name);
      // (and handed to another thread, then edited there)
      const handed = new ProjectIndex(structuredClone(indexOf(files.map((f, i) => ({ path: f.path, text: files[(i + 1) % files.length]?.text ?? '' }))).data()));
      for (const f of files) handed.addFile(f.path, f.text);
      assert.deepEqual(canonical(handed.data()), canonical(fresh.data()), name);
      compared += files.length;
    }
    // (our own projects alone hold some fifty files)
    assert.ok(compared >= 50, `${compared} files compared`);
  });

  it('answers as an index that never read the files removed', () => {
    for (const [n, { name, files }] of corpora().entries()) {
      const kept = files.filter((_, i) => i % 2 === 0);
      const index = new ProjectIndex();
      files.forEach((f, i) => index.addFile(f.path, files[(i + 1) % files.length]?.text ?? ''));
      files.forEach((f, i) => (i % 2 === 0 ? index.addFile(f.path, f.text) : index.removeFile(f.path)));
      const fresh = indexOf(kept);
      assert.deepEqual(canonical(index.data()), canonical(fresh.data()), name);
      if (n % 4 === 1) assert.deepEqual(sitesWith(index, kept), sitesWith(fresh, kept), name);
    }
  });

  it("follows an edited factory's destination, a removed module's client and a Go package's URL constant to their files' new texts", () => {
    const index = new ProjectIndex();
    const factory = (base: string): string => `from openai import OpenAI\n\ndef make_client():\n    return OpenAI(base_url="${base}")\n`;
    const user = 'from app.factory import make_client\n\nclient = make_client()\nclient.chat.completions.create(model="m", messages=[])\n';
    index.addFile('app/factory.py', factory('https://api.openai.com/v1'));
    index.addFile('app/chat.py', user);
    const provider = (): string | undefined => detectCallSites(user, { fileName: 'app/chat.py', project: index }).sites[0]?.provider;
    assert.equal(provider(), 'openai');
    // (before, the earlier text's factory stayed beside the new one: "defined more than once", unknown)
    index.addFile('app/factory.py', factory('https://myres.openai.azure.com/openai/v1'));
    assert.equal(provider(), 'azure');
    index.removeFile('app/factory.py');
    assert.notEqual(provider(), 'azure');
    // Go: a package's URL constant, edited, then its file removed
    const consts = (url: string): string => `package llm\n\nconst baseURL = "${url}"\n`;
    const client = 'package llm\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc ask() {\n\tc := openai.NewClient(option.WithBaseURL(baseURL))\n\tc.Chat.Completions.New(ctx, p)\n}\n';
    index.addFile('llm/consts.go', consts('https://openrouter.ai/api/v1'));
    index.addFile('llm/client.go', client);
    const goProvider = (): string | undefined => detectCallSites(client, { fileName: 'llm/client.go', project: index }).sites[0]?.provider;
    assert.equal(goProvider(), 'other');
    index.addFile('llm/consts.go', consts('https://api.openai.com/v1'));
    assert.equal(goProvider(), 'openai');
    index.removeFile('llm/consts.go');
    assert.equal(goProvider(), 'unknown');
  });

  it('found in review: files sharing a folder key, a Spring configuration removed, a file read in full and then for its senders only', () => {
    // two default exports under one folder key (`src/lib/openai`): removing one leaves the other's
    const index = new ProjectIndex();
    index.addFile('apps/web/src/lib/openai.ts', 'import OpenAI from "openai";\nexport default new OpenAI();\n');
    index.addFile('apps/api/src/lib/openai.ts', 'import OpenAI from "openai";\nexport default new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\n');
    index.removeFile('apps/web/src/lib/openai.ts');
    assert.equal(index.defaultClientAt('src/lib/openai')?.provider, 'other');
    // a Spring Boot configuration file is among the files a folder's removal takes
    index.addSpringConfig('svc/src/main/resources/application.properties', 'openai.url=https://api.openai.com/v1\n');
    assert.deepEqual(index.filesAt('svc'), ['svc/src/main/resources/application.properties']);
    for (const file of index.filesAt('svc')) index.removeFile(file);
    assert.equal(index.springProperty('svc/src/main/java/App.java', 'openai.url'), undefined);
    // a file saved without its OpenAI client is read as a scan reads it, for its senders only: its factory goes
    index.addFile('app/factory.py', 'from openai import AzureOpenAI\n\ndef make_client():\n    return AzureOpenAI(azure_endpoint="https://x.openai.azure.com")\n');
    assert.equal(index.factory('make_client')?.provider, 'azure');
    index.updateFile('app/factory.py', 'import requests\n\ndef make_client():\n    return requests.Session()\n');
    assert.equal(index.factory('make_client'), undefined);
    assert.equal(index.hasModule('app.factory'), false);
  });
});
