import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { DEFAULT_PROFILE } from '../../../src/core/model';
import { scanDocuments } from '../../../src/core/scan/scanDocuments';
import { senderFilesFor } from '../../../src/core/scan/senderFiles';
import { mayMentionOpenAI } from '../../../src/core/detect/detectFile';

// Small projects where the request is sent by a function another file defines; that file names no
// OpenAI term, so the prefilter passes it over and the scan has to read it again.
const project: Record<string, string> = {
  // a Go package: the URL in one file, the function that posts it in another (utils.go)
  'cmd/bot/main.go': [
    'package main',
    '',
    'const chatURL = "https://api.openai.com/v1/chat/completions"',
    '',
    'func ask(prompt string) ([]byte, error) {',
    '\tbody := buildBody(prompt)',
    '\treturn doPostRequest(chatURL, body, apiKey())',
    '}',
    '',
  ].join('\n'),
  'cmd/bot/utils.go': [
    'package main',
    '',
    'import (',
    '\t"bytes"',
    '\t"io"',
    '\t"net/http"',
    ')',
    '',
    'func doPostRequest(url string, body []byte, auth string) ([]byte, error) {',
    '\treq, err := http.NewRequest("POST", url, bytes.NewReader(body))',
    '\tif err != nil {',
    '\t\treturn nil, err',
    '\t}',
    '\treq.Header.Set("Authorization", "Bearer "+auth)',
    '\tresp, err := http.DefaultClient.Do(req)',
    '\tif err != nil {',
    '\t\treturn nil, err',
    '\t}',
    '\tdefer resp.Body.Close()',
    '\treturn io.ReadAll(resp.Body)',
    '}',
    '',
  ].join('\n'),
  // another package with a function of the same name that only logs: not this package's
  'cmd/other/main.go': 'package main\n\nconst u = "https://api.openai.com/v1/embeddings"\n\nfunc run() { doPostRequest(u, nil, "") }\n',
  'cmd/other/log.go': 'package main\n\nimport "log"\n\nfunc doPostRequest(url string, body []byte, auth string) { log.Println(url) }\n',
  // a Python module imported by name
  'app/embed.py': [
    'from .http_utils import execute, describe',
    '',
    'OPENAI_EMBEDDINGS = "https://api.openai.com/v1/embeddings"',
    '',
    'def embed(texts):',
    '    describe(OPENAI_EMBEDDINGS)',
    '    return execute({"input": texts, "model": "text-embedding-3-small"}, "POST", OPENAI_EMBEDDINGS)',
    '',
  ].join('\n'),
  'app/http_utils.py': [
    'import requests',
    '',
    'def execute(param, verb, target_url):',
    '    response = requests.request(verb, target_url, json=param, timeout=30)',
    '    response.raise_for_status()',
    '    return response.json()',
    '',
    'def describe(url):',
    '    print("calling", url)',
    '',
  ].join('\n'),
  // a TypeScript module imported by path
  'web/src/summarize.ts': [
    "import { postJson } from '../lib/http';",
    '',
    'export async function summarize(text: string) {',
    "  return postJson('https://openrouter.ai/api/v1/chat/completions', { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: text }] });",
    '}',
    '',
  ].join('\n'),
  'web/lib/http.ts': "export async function postJson(url: string, body: unknown) {\n  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });\n  return res.json();\n}\n",
  // unrelated files of the project
  'app/unrelated.py': 'def execute(a, b, c):\n    return requests.post(c)\n',
  'web/lib/format.ts': 'export const pad = (s: string) => s.padStart(4);\n',
};

const docs = (): Array<{ path: string; text: string }> => Object.entries(project).map(([path, text]) => ({ path, text: mayMentionOpenAI(text) ? text : '' }));

describe('requests sent through a function another file of the project defines', () => {
  it('picks the other files of a candidate Go package and the modules a candidate imports, not the rest', () => {
    const all = docs();
    const candidates = all.filter((d) => d.text !== '');
    const others = all.filter((d) => d.text === '').map((d) => d.path);
    assert.deepEqual(senderFilesFor(candidates, others), { files: ['app/http_utils.py', 'cmd/bot/utils.go', 'cmd/other/log.go', 'web/lib/http.ts'], leftOut: [] });
  });

  it('says which files a cap left unread, and does not spend a Go package\'s quota on its `_test.go` files', () => {
    const candidates = [{ path: 'gen/api/client.go', text: 'package api\n// openai\n' }];
    const others = [...Array.from({ length: 60 }, (_, i) => `gen/api/model_${String(i).padStart(2, '0')}.go`), 'gen/api/a_test.go'];
    const { files, leftOut } = senderFilesFor(candidates, others);
    assert.equal(files.length, 50);
    assert.ok(!files.includes('gen/api/a_test.go'));
    assert.deepEqual(leftOut.map((p) => p.path), ['gen/api']);
    assert.match(leftOut[0]?.message ?? '', /^10 more files of this Go package were not read/);
  });

  it('finds the call in the file that names the URL, with the verb the function sends', async () => {
    const read: string[] = [];
    const result = await scanDocuments(docs(), { profile: DEFAULT_PROFILE, today: '2026-12-03', readOtherFile: (path) => (read.push(path), project[path]) });
    const sites = result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.method} ${f.site.endpoint} ${f.site.provider}`).sort();
    assert.deepEqual(sites, ['app/embed.py:7 POST /v1/embeddings openai', 'cmd/bot/main.go:7 POST /v1/chat/completions openai', 'web/src/summarize.ts:4 POST /v1/chat/completions other']);
    // only the files that may define such a function were read again
    assert.deepEqual(read, ['app/http_utils.py', 'cmd/bot/utils.go', 'cmd/other/log.go', 'web/lib/http.ts']);
  });

  it('finds only the helper named for sending a request when the scan cannot read the other files', async () => {
    const result = await scanDocuments(docs(), { profile: DEFAULT_PROFILE, today: '2026-12-03' });
    // `postJson(url, body)` says by its name what it does; `execute` and `doPostRequest` are read where they are defined
    assert.deepEqual(result.findings.map((f) => f.file), ['web/src/summarize.ts']);
  });

  it('follows the same functions in the editor, from an index of the imported modules', () => {
    const index = new ProjectIndex();
    index.addFile('app/http_utils.py', project['app/http_utils.py'] ?? '');
    index.addFile('cmd/bot/utils.go', project['cmd/bot/utils.go'] ?? '');
    const python = detectCallSites(project['app/embed.py'] ?? '', { fileName: 'app/embed.py', project: index }).sites;
    assert.deepEqual(python.map((s) => [s.range.start.line + 1, s.method, s.endpoint]), [[7, 'POST', '/v1/embeddings']]);
    const go = detectCallSites(project['cmd/bot/main.go'] ?? '', { fileName: 'cmd/bot/main.go', project: index }).sites;
    assert.deepEqual(go.map((s) => [s.range.start.line + 1, s.method, s.endpoint]), [[7, 'POST', '/v1/chat/completions']]);
    // the index travels to the editor as plain data (a scan thread posts it)
    const copy = new ProjectIndex(structuredClone(index.data()));
    assert.equal(detectCallSites(project['app/embed.py'] ?? '', { fileName: 'app/embed.py', project: copy }).sites.length, 1);
  });

  it('found in review: a `)` at the start of an arrow\'s look-back window ends the search (it looped forever); a class\'s own `self.request(url, body)` takes its URL first', () => {
    const index = new ProjectIndex();
    index.addRequestSenders('lib/h.ts', ')async=> fetch(x)');
    index.addFile('lib/o.ts', `// openai\n${' '.repeat(300)})async=>`);
    const py = 'import requests\nCHAT_URL = "https://api.openai.com/v1/chat/completions"\nclass Api:\n    def request(self, url, body):\n        return requests.post(url, json=body)\n    def send(self, url, body):\n        return self.request(url, body)\n    def ask(self, body):\n        return self.send(CHAT_URL, body)\n';
    assert.deepEqual(detectCallSites(py, { fileName: 'client.py' }).sites.map((s) => s.range.start.line + 1), [9]);
  });

  it('does not take a function of the same name from a module the file does not import', () => {
    const index = new ProjectIndex();
    index.addFile('app/unrelated.py', project['app/unrelated.py'] ?? '');
    const text = 'from .http_utils import execute\n\nURL = "https://api.openai.com/v1/embeddings"\n\ndef go():\n    return execute({}, "POST", URL)\n';
    assert.deepEqual(detectCallSites(text, { fileName: 'app/embed.py', project: index }).sites, []);
  });

  it('found in review: a module is told apart by its folder; a Go method is no plain function; a parameter escaped into the URL or put in its query is no URL', () => {
    // `tools/store.py` sends; `backend.store`, which the file imports, is another module of the same name
    const index = new ProjectIndex();
    index.addFile('tools/store.py', 'import requests\n\ndef save(url, body):\n    return requests.post(url, json=body)\n');
    const py = (module: string): string => `from ${module} import save\n\nURL = "https://api.openai.com/v1/embeddings"\n\ndef run():\n    return save(URL, {})\n`;
    assert.deepEqual(detectCallSites(py('backend.store'), { fileName: 'backend/app.py', project: index }).sites, []);
    assert.deepEqual(detectCallSites(py('.store'), { fileName: 'backend/app.py', project: index }).sites, []);
    // the same import from a file beside it, and a module named without its folder, still find it
    assert.deepEqual(detectCallSites(py('tools.store'), { fileName: 'tools/app.py', project: index }).sites.map((s) => s.range.start.line + 1), [6]);
    assert.deepEqual(detectCallSites(py('.store'), { fileName: 'tools/app.py', project: index }).sites.map((s) => s.range.start.line + 1), [6]);
    assert.deepEqual(detectCallSites(py('store'), { fileName: 'backend/app.py', project: index }).sites.map((s) => s.range.start.line + 1), [6]);
    // a top-level file of the folder scanned answers for the package's import of it
    const top = new ProjectIndex();
    top.addFile('store.py', 'import requests\n\ndef save(url, body):\n    return requests.post(url, json=body)\n');
    assert.deepEqual(detectCallSites(py('app.store'), { fileName: 'app.py', project: top }).sites.map((s) => s.range.start.line + 1), [6]);

    // a Go method `send` of one file is not the package's plain function `send` another file calls
    const goIndex = new ProjectIndex();
    goIndex.addRequestSenders('svc/client.go', 'package svc\n\nimport "net/http"\n\nfunc (c *Client) send(url string) (*http.Response, error) {\n\treturn http.Post(url, "application/json", nil)\n}\n');
    const caller = 'package svc\n\nconst chatURL = "https://api.openai.com/v1/chat/completions"\n\nfunc run() { send(chatURL) }\n';
    assert.deepEqual(detectCallSites(caller, { fileName: 'svc/run.go', project: goIndex }).sites, []);
    goIndex.addRequestSenders('svc/plain.go', 'package svc\n\nimport "net/http"\n\nfunc send(url string) (*http.Response, error) {\n\treturn http.Post(url, "application/json", nil)\n}\n');
    assert.deepEqual(detectCallSites(caller, { fileName: 'svc/run.go', project: goIndex }).sites.map((s) => [s.range.start.line + 1, s.method]), [[5, 'POST']]);

    // the file's own function of the imported name, which sends nothing, shadows the import
    const shadowed = `${py('tools.store')}\ndef save(url, body):\n    print(url, body)\n`;
    assert.deepEqual(detectCallSites(shadowed, { fileName: 'tools/app.py', project: index }).sites, []);

    // a parameter that is only escaped into the URL, or a query value, is not where the request goes
    const escaped = [
      'package relay',
      '',
      'import (',
      '\t"net/http"',
      '\t"net/url"',
      ')',
      '',
      'const metricsBase = "https://metrics.example.com/track?target="',
      'const chatURL = "https://api.openai.com/v1/chat/completions"',
      '',
      'func track(upstream string) { http.Get(metricsBase + url.QueryEscape(upstream)) }',
      '',
      'func run() { track(chatURL) }',
      '',
    ].join('\n');
    assert.deepEqual(detectCallSites(escaped, { fileName: 'relay/m.go' }).sites, []);
    const query = 'import requests\n\nCHAT = "https://api.openai.com/v1/chat/completions"\n\ndef log_call(target):\n    requests.get("https://stats.example.com/hit?u=" + target)\n\nlog_call(CHAT)\n';
    assert.deepEqual(detectCallSites(query, { fileName: 'stats.py' }).sites, []);
    // while a parameter that starts the URL still is
    const starts = 'import requests\n\nCHAT = "https://api.openai.com/v1/chat/completions"\n\ndef send(target, q):\n    requests.get(target + "?q=" + q)\n\nsend(CHAT, "x")\n';
    assert.deepEqual(detectCallSites(starts, { fileName: 'send.py' }).sites.map((s) => s.range.start.line + 1), [8]);
  });

  it('found in review of the folder, shadowing and URL-parameter rules: aliases, class methods, inner names, format strings, whole-URL escapes, a PHP object\'s method', () => {
    const lines = (text: string, fileName: string, project?: ProjectIndex): number[] => detectCallSites(text, { fileName, ...(project ? { project } : {}) }).sites.map((s) => s.range.start.line + 1);
    // a JavaScript import through a path alias or a package names folders mapped elsewhere: by the module's name
    const js = new ProjectIndex();
    js.addFile('src/utils/http.ts', 'export async function postJson(url: string, body: unknown) {\n  return fetch(url, { method: "POST", body: JSON.stringify(body) });\n}\n');
    const ts = (mod: string): string => `import { postJson } from '${mod}';\nconst URL = "https://api.openai.com/v1/embeddings";\nexport async function run() {\n  return postJson(URL, {});\n}\n`;
    for (const mod of ['@utils/http', '#utils/http', '@/utils/http', '../utils/http']) assert.deepEqual(lines(ts(mod), 'src/pages/page.ts', js), [4], mod);
    // a class's method, or another function's local, of the imported name does not shadow it
    const py = new ProjectIndex();
    py.addFile('app/http_utils.py', 'import requests\n\ndef post_json(url, body):\n    return requests.post(url, json=body)\n');
    const method = 'from app.http_utils import post_json\n\nOPENAI_CHAT = "https://api.openai.com/v1/chat/completions"\n\nclass Assistant:\n    def post_json(self, body):\n        return post_json(OPENAI_CHAT, body)\n';
    assert.deepEqual(lines(method, 'app/assistant.py', py), [7]);
    const inner = "import { postJson } from '../utils/http';\nconst CHAT = 'https://api.openai.com/v1/chat/completions';\nexport function helper() {\n  const postJson = 1;\n  return postJson;\n}\nexport async function run(body: unknown) {\n  return postJson(CHAT, body);\n}\n";
    assert.deepEqual(lines(inner, 'src/app/run.ts', js), [8]);
    // a format string's template is another argument: its `?limit=` is no query around the URL parameter
    assert.deepEqual(lines('import requests\n\ndef list_page(url, limit):\n    return requests.get("{}?limit={}".format(url, limit))\n\nlist_page("https://api.openai.com/v1/files", 10)\n', 'files.py'), [6]);
    assert.deepEqual(lines('package p\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc page(url string, limit int) { http.Get(fmt.Sprintf("%s?limit=%d", url, limit)) }\n\nfunc run() { page("https://api.openai.com/v1/files", 10) }\n', 'p.go'), [10]);
    // an escape around the whole URL leaves it the URL (and `unquote` is no `quote`)
    assert.deepEqual(lines('import requests\nfrom urllib.parse import quote, unquote\n\ndef send(url, body):\n    return requests.post(quote(url, safe=":/"), json=body)\n\ndef again(url, body):\n    return requests.post(unquote(url), json=body)\n\nsend("https://api.openai.com/v1/embeddings", {})\nagain("https://api.openai.com/v1/embeddings", {})\n', 'q.py'), [10, 11]);
    // a caller's `$client->send(CHAT_URL, …)` through the file's own sender class
    const php = '<?php\nclass ApiClient {\n    function send($url, $data) {\n        $ch = curl_init($url);\n        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($data));\n        return curl_exec($ch);\n    }\n}\nconst CHAT_URL = "https://api.openai.com/v1/chat/completions";\n$client = new ApiClient();\n$client->send(CHAT_URL, []);\n';
    assert.deepEqual(lines(php, 'api.php'), [11]);
  });

  it('reads a file\'s senders only when asked, in the order the files were added, again after a later file, and gives them all in data()', () => {
    const index = new ProjectIndex();
    const first = 'package main\n\nimport "net/http"\n\nfunc post(url string) { http.NewRequest("POST", url, nil) }\n';
    const second = 'package main\n\nimport "net/http"\n\nfunc post(body string, url string) { http.NewRequest("PUT", url, nil) }\nfunc fetch(url string) { http.NewRequest("GET", url, nil) }\n';
    index.addRequestSenders('cmd/bot/a.go', first);
    assert.deepEqual([...(index.goSenders('cmd/bot:main') ?? new Map()).keys()], ['post']);
    // a file added after the package was asked for is read too; the first file's `post` still wins
    index.addRequestSenders('cmd/bot/b.go', second);
    const senders = index.goSenders('cmd/bot:main');
    assert.deepEqual([...(senders ?? new Map()).keys()].sort(), ['fetch', 'post']);
    assert.deepEqual(senders?.get('post')?.params, ['url']);
    // what another thread is given holds every file's senders, none left unread
    index.addRequestSenders('web/app.py', 'import json\n\ndef post_json(url, body):\n    return json.dumps(body)\n');
    // (a file that may send but defines no sender stays, as one of its key's files: Go's imports count a package's keys)
    index.addRequestSenders('x/api/client.go', 'package api\n\nimport "net/http"\n\nfunc ping() { http.Get("https://example.com") }\n');
    const data = index.data();
    assert.deepEqual([...data.senders.keys()], ['cmd/bot/a.go', 'cmd/bot/b.go', 'x/api/client.go']);
    assert.deepEqual([...data.senders.values()].map((s) => [s.key, s.text, [...(s.found?.keys() ?? [])].sort()]), [['cmd/bot:main', undefined, ['post']], ['cmd/bot:main', undefined, ['fetch', 'post']], ['x/api:api', undefined, []]]);
    const handed = new ProjectIndex(data);
    assert.deepEqual([...(handed.goSenders('cmd/bot:main') ?? new Map()).keys()].sort(), ['fetch', 'post']);
    // a file read again replaces its senders, there and in the index handed over; one that sends nothing more takes its away
    handed.addRequestSenders('cmd/bot/b.go', 'package main\n\nimport "net/http"\n\nfunc upload(url string) { http.NewRequest("PUT", url, nil) }\n');
    assert.deepEqual([...(handed.goSenders('cmd/bot:main') ?? new Map()).keys()].sort(), ['post', 'upload']);
    handed.addRequestSenders('cmd/bot/a.go', 'package main\n');
    assert.deepEqual([...(handed.goSenders('cmd/bot:main') ?? new Map()).keys()], ['upload']);
  });

  it("Python: a client a package's __init__.py hands on (naming no OpenAI term, read again by the scan), and a module that imports it from another; a JavaScript config module's axios instance", async () => {
    const files: Record<string, string> = {
      'app/llm/__init__.py': 'from .client import client\n',
      'app/llm/client.py': 'from openai import OpenAI\nclient = OpenAI(base_url="http://localhost:11434/v1")\n',
      'app/main.py': 'from app.llm import client\n\nclient.chat.completions.create(model="llama3", messages=[])\n',
      'backend/embeddings/openai_client.py': 'from openai import AsyncAzureOpenAI\nclient = AsyncAzureOpenAI(api_key=k, api_version="2024-02-01", azure_endpoint=e)\n',
      'backend/embeddings/service.py': 'from backend.embeddings.openai_client import client\n\nasync def embed(t):\n    return await client.embeddings.create(model="d", input=t)\n',
      'backend/search.py': 'from backend.embeddings.service import client\n\nasync def knn(t):\n    return await client.embeddings.create(model="d", input=t)\n',
      // (a JavaScript config module naming no OpenAI term, exporting an axios instance with its base)
      'config/openrouter.js': "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://openrouter.ai/api/v1' });\nmodule.exports = api;\n",
      'controllers/suggest.js': "const api = require('../config/openrouter');\nexports.suggest = () => api.post('/chat/completions', { model: 'openai/gpt-4o', messages: [] });\n",
    };
    assert.equal(mayMentionOpenAI(files['app/llm/__init__.py'] ?? ''), false, 'the package file names no OpenAI term');
    const docs = Object.entries(files).map(([path, text]) => ({ path, text }));
    const result = await scanDocuments(docs, { profile: DEFAULT_PROFILE, readOtherFile: (path) => files[path] });
    const providers = result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.provider}`).sort();
    assert.deepEqual(providers, ['app/main.py:3 other', 'backend/embeddings/service.py:4 azure', 'backend/search.py:4 azure', 'controllers/suggest.js:2 other']);
    // (without reading the package file again, nothing says app.llm's client is an OpenAI client)
    const alone = await scanDocuments(docs, { profile: DEFAULT_PROFILE });
    assert.deepEqual(alone.findings.filter((f) => f.file === 'app/main.py').map((f) => f.site.provider), []);
  });

  it("follows a folder's index that hands a module's names on (`export * from './ai.service'`), though it names no OpenAI term", async () => {
    const files: Record<string, string> = {
      // (NestJS: a service whose member keeps the client, injected by type from the folder's index)
      'src/ai/ai.service.ts': "import OpenAI from 'openai';\n@Injectable()\nexport class AiService {\n  provider = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\n}\n",
      'src/ai/index.ts': "export * from './ai.service';\nexport * from './ai.model';\n",
      'src/threads/threads.service.ts': "import { AiService } from '../ai';\n@Injectable()\nexport class ThreadsService {\n  constructor(private readonly aiService: AiService) {}\n  list(id: string) { return this.aiService.provider.beta.threads.messages.list(id); }\n}\n",
      // (a client exported from a module, handed on by name by another folder's index)
      'src/lib/llm.ts': "import OpenAI from 'openai';\nexport const llm = new OpenAI({ baseURL: 'http://localhost:11434/v1' });\n",
      'src/lib/index.ts': "export { llm as client } from './llm';\n",
      'src/chat.ts': "import { client } from './lib';\nexport const ask = () => client.chat.completions.create({ model: 'llama3', messages: [] });\n",
    };
    assert.equal(mayMentionOpenAI(files['src/ai/index.ts'] ?? ''), false, 'the index names no OpenAI term');
    const docs = Object.entries(files).map(([path, text]) => ({ path, text: mayMentionOpenAI(text) ? text : '' }));
    const result = await scanDocuments(docs, { profile: DEFAULT_PROFILE, readOtherFile: (path) => files[path] });
    const found = result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.endpoint} ${f.site.provider}`).sort();
    assert.deepEqual(found, ['src/chat.ts:2 /v1/chat/completions other', 'src/threads/threads.service.ts:5 /v1/threads/{thread_id}/messages other']);
    // (found by the review: `export *` of another class's module, first, hands on no member of this class; a client exported by
    // name through `export *` is followed)
    const other: Record<string, string> = { ...files, 'src/ai/embeddings.service.ts': "import OpenAI from 'openai';\nexport class EmbeddingsService {\n  provider = new OpenAI({ baseURL: 'https://api.deepseek.com/v1' });\n}\n", 'src/ai/index.ts': "export * from './embeddings.service';\nexport * from './ai.service';\n", 'src/ai/ai.service.ts': "import OpenAI from 'openai';\nexport class AiService {\n  provider = makeProvider();\n}\n", 'src/lib/index.ts': "export * from './llm';\n", 'src/chat.ts': "import { llm } from './lib';\nexport const ask = () => llm.chat.completions.create({ model: 'llama3', messages: [] });\n" };
    const otherDocs = Object.entries(other).map(([path, text]) => ({ path, text: mayMentionOpenAI(text) ? text : '' }));
    const again = await scanDocuments(otherDocs, { profile: DEFAULT_PROFILE, readOtherFile: (path) => other[path] });
    assert.deepEqual(again.findings.filter((f) => !f.file.startsWith('src/ai/')).map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.provider}`).sort(), ['src/chat.ts:2 other']);
    // (without the indexes read again, neither client is known: no call is read as the SDK's)
    const alone = await scanDocuments(docs, { profile: DEFAULT_PROFILE });
    assert.deepEqual(alone.findings.map((f) => f.file), []);
  });

  it("analyses a Go file that names no OpenAI term but sends to its package's URL constant, declared in another file", async () => {
    const files: Record<string, string> = {
      'internal/llm/openrouter.go': 'package llm\n\nconst routerChatURL = "https://openrouter.ai/api/v1/chat/completions"\n\nfunc Chat(ctx context.Context, body []byte) {\n\treq, _ := http.NewRequestWithContext(ctx, "POST", routerChatURL, bytes.NewReader(body))\n\t_ = req\n}\n',
      'internal/llm/stream.go': 'package llm\n\nfunc Stream(ctx context.Context, body []byte) {\n\treq, _ := http.NewRequestWithContext(ctx, "POST", routerChatURL, bytes.NewReader(body))\n\t_ = req\n}\n',
      'internal/llm/util.go': 'package llm\n\nfunc Max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n',
      // (another package's variable of the same name is its own)
      'cmd/probe/main.go': 'package main\n\nvar routerChatURL = os.Getenv("PROBE_URL")\n\nfunc main() {\n\treq, _ := http.NewRequest("GET", routerChatURL, nil)\n\t_ = req\n}\n',
    };
    assert.equal(mayMentionOpenAI(files['internal/llm/stream.go'] ?? ''), false, 'the stream file names no OpenAI term');
    // as the CLI reads them: the prefilter's passed-over files come with no text
    const docs = Object.entries(files).map(([path, text]) => ({ path, text: mayMentionOpenAI(text) ? text : '' }));
    const result = await scanDocuments(docs, { profile: DEFAULT_PROFILE, readOtherFile: (path) => files[path] });
    assert.deepEqual(result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.endpoint} ${f.site.provider}`).sort(), ['internal/llm/openrouter.go:6 /v1/chat/completions other', 'internal/llm/stream.go:4 /v1/chat/completions other']);
    const alone = await scanDocuments(docs, { profile: DEFAULT_PROFILE });
    assert.deepEqual(alone.findings.map((f) => f.file), ['internal/llm/openrouter.go']);
  });

  it('analyses a PHP script that names no OpenAI term but sends to the URL a script it requires assigns', async () => {
    const files: Record<string, string> = {
      'web/config.php': '<?php\n$apiurl = "https://openrouter.ai/api/v1/chat/completions";\n$model = "gpt-4o-mini";\n',
      'web/chat.php': '<?php\nrequire("config.php");\n$curl = curl_init($apiurl);\ncurl_setopt($curl, CURLOPT_POST, true);\n$data = curl_exec($curl);\n',
      'web/image.php': '<?php\nrequire_once __DIR__ . "/config.php";\nfunction send($body) {\n  $curl = curl_init($apiurl);\n  return curl_exec($curl);\n}\n',
      // (a script assigning its own `$apiurl` sends there)
      'web/probe.php': '<?php\nrequire "config.php";\n$apiurl = getenv("PROBE_URL");\n$curl = curl_init($apiurl);\n',
      'web/footer.php': '<?php\necho "<footer></footer>";\n',
    };
    assert.equal(mayMentionOpenAI(files['web/chat.php'] ?? ''), false, 'the chat script names no OpenAI term');
    const docs = Object.entries(files).map(([path, text]) => ({ path, text: mayMentionOpenAI(text) ? text : '' }));
    const result = await scanDocuments(docs, { profile: DEFAULT_PROFILE, readOtherFile: (path) => files[path] });
    // (image.php's function sees none of the script's variables)
    assert.deepEqual(result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.httpMethod} ${f.site.endpoint} ${f.site.provider}`), ['web/chat.php:3 POST /v1/chat/completions other']);
    assert.deepEqual(senderFilesFor(Object.entries(files).filter(([, t]) => mayMentionOpenAI(t)).map(([path, text]) => ({ path, text })), ['web/chat.php', 'lib/chat.php']).files, ['web/chat.php']);
  });

  it("analyses a Kotlin file that names no OpenAI term but sends to its package's top-level URL constant, declared in another file", async () => {
    const files: Record<string, string> = {
      'src/main/kotlin/Constants.kt': 'const val API_URL = "https://api.deepseek.com/chat/completions"\nconst val DEFAULT_MODEL = "deepseek-chat"\n',
      'src/main/kotlin/ChatApiClient.kt': 'import okhttp3.Request\n\nclass ChatApiClient {\n    fun send(body: RequestBody) = Request.Builder()\n        .url(API_URL)\n        .post(body)\n        .build()\n}\n',
      'src/main/kotlin/Main.kt': 'fun main() {\n    println(DEFAULT_MODEL)\n}\n',
    };
    assert.equal(mayMentionOpenAI(files['src/main/kotlin/ChatApiClient.kt'] ?? ''), false, 'the client file names no OpenAI term');
    const docs = Object.entries(files).map(([path, text]) => ({ path, text: mayMentionOpenAI(text) ? text : '' }));
    const result = await scanDocuments(docs, { profile: DEFAULT_PROFILE, readOtherFile: (path) => files[path] });
    assert.deepEqual(result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.httpMethod} ${f.site.endpoint} ${f.site.provider}`), ['src/main/kotlin/ChatApiClient.kt:5 POST /v1/chat/completions other']);
  });
});
