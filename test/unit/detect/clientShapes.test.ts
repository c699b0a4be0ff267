import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites, mayMentionOpenAI } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// Shapes found missing on public code (held-out corpus 3 and a fuzz fixture); each is asserted
// exactly here, because one more label in the large corpus barely moves its recall.
const found = siteLines;
/**
 * A site's provider, and for a client the project's own callers all hand, which provider those hand: the site stays unknown
 * (another caller may hand another), its detail says `hands one for OpenAI (…)`, read here as `unknown (handed openai)`.
 */
const HANDED = new Map([['OpenAI', 'openai'], ['Azure OpenAI', 'azure'], ['another provider', 'other']]);
const providerOf = (site: { provider: string; providerDetail?: string }): string => {
  const handed = /hands one for (OpenAI|Azure OpenAI|another provider) \(/.exec(site.providerDetail ?? '')?.[1];
  return handed === undefined ? site.provider : `${site.provider} (handed ${HANDED.get(handed) ?? handed})`;
};
/** The same, with the project index a scan would hand the file. */
const sitesIn = (text: string, fileName: string, project?: ProjectIndex): string[] => detectCallSites(text, { fileName, ...(project ? { project } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

describe('client shapes', () => {
  it('a client built and used in one expression (Python)', () => {
    const py = 'import openai\nfrom openai import OpenAI, AzureOpenAI\nOpenAI().files.create(file=f, purpose="batch")\nopenai.OpenAI(base_url="http://localhost:11434/v1").models.list()\nAzureOpenAI(\n    azure_endpoint="https://x.openai.azure.com",\n).embeddings.create(input="a", model="m")\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/files openai', '4 GET /v1/models other', '5 POST /v1/embeddings azure']);
  });

  it('a client built and used in one expression (TypeScript), and not another SDK of the same shape', () => {
    const ts = 'import OpenAI from "openai";\nimport Groq from "groq-sdk";\nawait new OpenAI().files.create({ file, purpose: "batch" });\nawait new OpenAI({ baseURL: "https://api.groq.com/openai/v1" }).chat.completions.create({ model: "x", messages: [] });\nawait new Groq().chat.completions.create({ model: "x", messages: [] });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['3 POST /v1/files openai', '4 POST /v1/chat/completions other']);
  });

  it('a client kept on another object\'s attribute', () => {
    const py = 'from openai import AsyncAzureOpenAI\nbp.openai_client = AsyncAzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])\nawait bp.openai_client.chat.completions.create(model="m", messages=[])\nawait bp.other.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/chat/completions azure']);
  });

  it('fetch whose options are built elsewhere takes the endpoint\'s POST; a GET-only endpoint stays GET', () => {
    const ts = 'const base = "https://api.openai.com";\nawait fetch(`${base}/v1/chat/completions`, init);\nawait fetch(`${base}/v1/models`, init);\nawait fetch(`${base}/v1/chat/completions`);\n';
    assert.deepEqual(found(ts, 'a.ts'), ['2 POST /v1/chat/completions openai', '3 GET /v1/models openai', '4 GET /v1/chat/completions openai']);
  });

  it('a local name reused in several functions means what each function assigned', () => {
    const py = [
      'import openai',
      'from groq import Groq',
      'class Model:',
      '    def get_client(self, key):',
      '        kwargs = {"api_key": key}',
      '        if self.api_base:',
      '            kwargs["base_url"] = self.api_base',
      '        return openai.OpenAI(**kwargs)',
      '',
      '    def embed(self, text):',
      '        client = openai.OpenAI(api_key=self.key)',
      '        return client.embeddings.create(input=text, model="m")',
      '',
      '    def chat(self, key):',
      '        client = self.get_client(key)',
      '        return client.chat.completions.create(model="m", messages=[])',
      '',
      '    def other(self):',
      '        client = Groq()',
      '        return client.chat.completions.create(model="m", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['12 POST /v1/embeddings openai', '16 POST /v1/chat/completions unknown']);
  });

  it('a base URL read from the environment with an OpenAI default is decided at run time', () => {
    const py = 'import openai\nopenai.api_base = get_config("OPENAI_API_BASE", "https://api.openai.com/v1")\nopenai.ChatCompletion.create(model="m", messages=[])\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/chat/completions unknown']);
    const ts = 'import OpenAI from "openai";\nconst openai = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL || "https://api.openai.com/v1" });\nawait openai.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['3 POST /v1/chat/completions unknown']);
    const detail = detectCallSites(ts, { fileName: 'a.ts' }).sites[0]?.providerDetail ?? '';
    assert.match(detail, /default api\.openai\.com/);
  });

  it('Azure OpenAI endpoints by their shape: `…/openai/v1/` and AZURE_OPENAI_ENDPOINT', () => {
    const py = 'from openai import AsyncOpenAI\nclient = AsyncOpenAI(base_url=f"{endpoint.rstrip(\'/\')}/openai/v1/", api_key=token)\nawait client.responses.create(model="m", input="hi")\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/responses azure']);
    const js = 'const { OpenAI } = require("openai");\nconst openai = new OpenAI({ baseURL: format(process.env.AZURE_OPENAI_ENDPOINT) });\nawait openai.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(js, 'a.js'), ['3 POST /v1/chat/completions azure']);
  });

  it('openai-go options built in a multi-line slice with a base URL held in a variable', () => {
    const go = [
      'package p',
      'import (',
      '\t"github.com/openai/openai-go"',
      '\t"github.com/openai/openai-go/option"',
      ')',
      'func New(token string) {',
      '\tbaseURL := "https://api.githubcopilot.com"',
      '\topts := []option.RequestOption{',
      '\t\toption.WithBaseURL(baseURL),',
      '\t\toption.WithAPIKey(token),',
      '\t}',
      '\tclient := openai.NewClient(opts...)',
      '\tclient.Chat.Completions.New(ctx, params)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'a.go'), ['13 POST /v1/chat/completions other']);
  });

  it('a subclass of the legacy OpenAIApi calls through super', () => {
    const ts = 'import { OpenAIApi, Configuration } from "openai";\nexport class Wrapper extends OpenAIApi {\n  createCompletion(req: unknown) {\n    return super.createCompletion(req, { adapter });\n  }\n}\n';
    assert.deepEqual(found(ts, 'a_v3.ts'), ['4 POST /v1/completions openai']);
  });

  it('a raw WebSocket to the Realtime API', () => {
    const ts = 'import WebSocket from "ws";\nconst conn = new WebSocket(\n  "wss://api.openai.com/v1/realtime?model=gpt-realtime",\n  { headers },\n);\nconst other = new WebSocket("wss://example.com/v1/realtime");\n';
    const sites = detectCallSites(ts, { fileName: 'a.ts' }).sites;
    assert.deepEqual(sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`), ['2 WEBSOCKET /v1/realtime openai']);
  });

  it('raw HTTP to a host chosen at run time: an Azure deployment path, and an endpoint path after a base URL', () => {
    const py = [
      'import requests',
      'r = requests.post(f"{base_endpoint}/openai/deployments/{model}/chat/completions?api-version={v}", json=body)',
      'r = requests.post(f"{openai_endpoint}/chat/completions", json=body)',
      'r = requests.post(f"{host}/files", json=body)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['2 POST /v1/chat/completions azure', '3 POST /v1/chat/completions unknown']);
  });

  it('a base URL held in a module constant; a typed client parameter is the caller\'s', () => {
    const py = 'from openai import OpenAI\nbase_url = "http://127.0.0.1:8000/v1/"\nclient = OpenAI(api_key="EMPTY", base_url=base_url)\nclient.models.list()\n\ndef embed(c: OpenAI):\n    return c.embeddings.create(input="a", model="m")\n';
    assert.deepEqual(found(py, 'a.py'), ['4 GET /v1/models other', '7 POST /v1/embeddings unknown']);
  });

  it('a name kept for one resource of a client (`self.runs = self.client.beta.threads.runs`)', () => {
    const py = [
      'import openai',
      'class Agent:',
      '    def __init__(self):',
      '        self.client = openai.OpenAI()',
      '        self.runs = self.client.beta.threads.runs',
      '        self.threads = self.client.beta.threads',
      '    def go(self, tid, rid):',
      '        self.threads.retrieve(tid)',
      '        return self.runs.steps.list(thread_id=tid, run_id=rid)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['8 GET /v1/threads/{thread_id} openai', '9 GET /v1/threads/{thread_id}/runs/{run_id}/steps openai']);
    const ts = 'import OpenAI from "openai";\nconst openai = new OpenAI();\nconst files = openai.files;\nawait files.del("file-1");\nconst other = something.files;\nawait other.del("x");\n';
    assert.deepEqual(found(ts, 'a.ts'), ['4 DELETE /v1/files/{file_id} openai']);
  });

  it('a client built by a method of another file of the project, and moved by `client.base_url = …`', () => {
    const config = [
      'import os',
      'from openai import OpenAI',
      'class Config:',
      '    def initialize_openai(self):',
      '        client = OpenAI(api_key=self.key)',
      '        client.base_url = os.getenv("OPENAI_API_BASE_URL", client.base_url)',
      '        return client',
      '    def initialize_qwen(self):',
      '        client = OpenAI(api_key=self.qwen_key, base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")',
      '        return client',
      '',
    ].join('\n');
    const apis = 'from app.config import Config\nconfig = Config()\n\ndef ask_openai(m):\n    client = config.initialize_openai()\n    return client.chat.completions.create(model="m", messages=m)\n\ndef ask_qwen(m):\n    client = config.initialize_qwen()\n    return client.chat.completions.create(model="m", messages=m)\n';
    const project = new ProjectIndex();
    project.addFile('app/config.py', config);
    project.addFile('app/apis.py', apis);
    const sites = detectCallSites(apis, { fileName: 'app/apis.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['6 /v1/chat/completions unknown', '10 /v1/chat/completions other']);
  });

  it('raw HTTP and curl to a run-time host: `config.url + "/v1/…"` and `$AZURE_OPENAI_ENDPOINT/openai/deployments/…`', () => {
    const ts = 'const res = await fetch(config.url + "/v1/embeddings", { method: "POST", body });\nconst x = await fetch(config.url + "/api/pull", { method: "POST" });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['1 POST /v1/embeddings unknown']);
    const sh = '#!/bin/sh\ncurl "$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=2024-10-21" -H "api-key: $KEY" -d @body.json\n';
    assert.deepEqual(found(sh, 'a.sh'), ['2 POST /v1/chat/completions azure']);
  });

  it('Go: a struct field built as a client in another file of the package', () => {
    const clients = 'package main\nimport openai "github.com/sashabaranov/go-openai"\ntype clients struct {\n\tai openai.Client\n}\nfunc newClients(key string) clients {\n\treturn clients{ai: *openai.NewClient(key)}\n}\n';
    const calls = 'package main\nimport openai "github.com/sashabaranov/go-openai"\nfunc (c *clients) ask(ctx context.Context, req openai.ChatCompletionRequest) {\n\tc.ai.CreateChatCompletion(ctx, req)\n\tc.cache.Get(ctx, "k")\n}\n';
    const project = new ProjectIndex();
    project.addFile('clients.go', clients);
    project.addFile('calls.go', calls);
    const sites = detectCallSites(calls, { fileName: 'calls.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['4 /v1/chat/completions openai']);
    assert.deepEqual(detectCallSites(calls, { fileName: 'calls.go' }).sites, []);
  });

  it('Go: a struct field built in another file, read through a receiver of the same name (`func (client *Client) …`)', () => {
    const build = 'package llm\nimport "github.com/sashabaranov/go-openai"\ntype Client struct {\n\tclient *openai.Client\n}\nfunc New(key string) *Client {\n\treturn &Client{\n\t\tclient: openai.NewClient(key),\n\t}\n}\n';
    const calls = 'package llm\nimport "github.com/sashabaranov/go-openai"\nfunc (client *Client) Ask(ctx context.Context, req openai.ChatCompletionRequest) {\n\tclient.client.CreateChatCompletion(ctx, req)\n}\n';
    const project = new ProjectIndex();
    project.addFile('llm/client.go', build);
    project.addFile('llm/ask.go', calls);
    const sites = detectCallSites(calls, { fileName: 'llm/ask.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['4 /v1/chat/completions openai']);
    // a field of another type declared in this file is that one
    const own = calls.replace('func (client', 'type Wrapper struct {\n\tclient *anthropic.Client\n}\nfunc (client');
    assert.deepEqual(detectCallSites(own, { fileName: 'llm/ask.go', project }).sites.map((x) => x.provider), ['unknown']);
  });

  it('a factory that returns another file\'s factory, with a black-style multi-line signature', () => {
    const utils = [
      'from openai import OpenAI',
      'from openai.lib.azure import AzureOpenAI',
      'def build_openai_client(',
      '    *,',
      '    api_type: str,',
      '    api_base: str,',
      ') -> OpenAI:',
      '    if api_type == "azure":',
      '        return AzureOpenAI(azure_endpoint=api_base)',
      '    return OpenAI(base_url=api_base)',
      '',
    ].join('\n');
    const ops = 'from app.openai_utils import build_openai_client\n\ndef create_openai_client(context):\n    return build_openai_client(api_type=context["type"], api_base=context["base"])\n';
    const images = 'from app.openai_ops import create_openai_client\n\ndef draw(context, prompt):\n    client = create_openai_client(context)\n    return client.images.generate(prompt=prompt)\n';
    const project = new ProjectIndex();
    for (const [name, text] of [['app/openai_utils.py', utils], ['app/openai_ops.py', ops], ['app/image_ops.py', images]] as const) project.addFile(name, text);
    const sites = detectCallSites(images, { fileName: 'app/image_ops.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['5 /v1/images/generations unknown']);
  });

  it('raw HTTP to another provider\'s OpenAI-compatible endpoint; other paths on other hosts stay out', () => {
    const sh = '#!/bin/sh\ncurl -X POST "https://models.github.ai/inference/chat/completions" -d @body.json\ncurl https://api.anthropic.com/v1/models\ncurl https://api.github.com/repos/o/r/issues\n';
    assert.deepEqual(found(sh, 'a.sh'), ['2 POST /v1/chat/completions other']);
    const ts = 'await fetch("http://localhost:8000/v1/embeddings", { method: "POST", body });\nawait fetch("https://api.anthropic.com/v1/messages", { method: "POST", body });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['1 POST /v1/embeddings other']);
  });

  it('a path on a run-time or other host names an endpoint only when fixed or after /v1 (`/models/{id}` is Hugging Face\'s too)', () => {
    const py = [
      'import requests',
      'task_url = f"{model_server}/models/{model_id}"',
      'requests.post(task_url, json=data)',
      'requests.post("https://api-inference.huggingface.co/models/gpt2", json=data)',
      'requests.post(f"{model_server}/v1/models/{model_id}")',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['5 POST /v1/models/{model} unknown']);
  });

  it('Go: a receiver named `this`; and EventSource streams', () => {
    const go = 'package p\nimport (\n\t"github.com/openai/openai-go/v3"\n)\ntype C struct{ client openai.Client }\nfunc (this *C) Ask(ctx context.Context) {\n\tthis.client.Responses.New(ctx, params)\n}\n';
    assert.deepEqual(found(go, 'a.go'), ['7 POST /v1/responses unknown']);
    const ts = 'const source = new EventSource("https://api.openai.com/v1/chat/completions", { method: "POST", payload });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['1 POST /v1/chat/completions openai']);
  });

  it('review: a file\'s own function is not another file\'s factory; a later definition is seen by the per-function cache', () => {
    const project = new ProjectIndex();
    project.addFile('llm/openai_provider.py', 'from openai import OpenAI\ndef get_client():\n    return OpenAI()\n');
    const anthropic = '# openai\nimport anthropic\ndef get_client():\n    return anthropic.Anthropic()\n\ndef list_models():\n    client = get_client()\n    return client.models.list()\n';
    project.addFile('llm/anthropic_provider.py', anthropic);
    assert.deepEqual(detectCallSites(anthropic, { fileName: 'llm/anthropic_provider.py', project }).sites, []);
    const py = [
      'from openai import OpenAI, AzureOpenAI',
      'from groq import Groq',
      'def a():',
      '    client = OpenAI()',
      '    return client',
      'def b():',
      '    client = AzureOpenAI(azure_endpoint="https://x.openai.azure.com")',
      '    return client',
      'def c():',
      '    client = Groq()',
      '    return client.chat.completions.create(model="llama3")',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), []);
  });

  it('review: a factory cycle across files with many returns stays fast and decides nothing', () => {
    const project = new ProjectIndex();
    project.addFile('a.py', `import openai\ndef get_client():\n${'    if x: return make_openai_client()\n'.repeat(30)}`);
    project.addFile('b.py', `import openai\ndef make_openai_client():\n${'    if x: return get_client()\n'.repeat(30)}`);
    const t0 = performance.now();
    const sites = detectCallSites('import openai\nclient = get_client()\nclient.models.list()\n', { fileName: 'c.py', project }).sites;
    assert.ok(performance.now() - t0 < 2000, 'a cycle of forwarding factories is followed once');
    // the cycle builds no client we can follow: a client-like name from a plain function, in a file
    // that uses the SDK, is a client someone else built (unknown destination)
    assert.deepEqual(sites.map((x) => x.provider), ['unknown']);
  });

  it('review: `client.base_url ==` is a comparison and a docstring example is not an assignment; a black-style keyword argument is not a second constant', () => {
    const py = 'from openai import OpenAI\n"""Set client.base_url = "http://localhost:8080/v1" to use a local server."""\nclient = OpenAI()\nif client.base_url == "http://localhost:1234/v1":\n    pass\nclient.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(py, 'a.py'), ['6 POST /v1/chat/completions openai']);
    const black = 'from openai import OpenAI\nbase_url = "http://localhost:11434/v1"\nclient = OpenAI(\n    base_url=base_url,\n    api_key="ollama",\n)\nclient.models.list()\n';
    assert.deepEqual(found(black, 'b.py'), ['7 GET /v1/models other']);
  });

  it('a function annotated to return a client (`-> "OpenAI"`) whose body returns one kept in a dict', () => {
    const py = [
      'from openai import OpenAI, AzureOpenAI',
      'clients: dict[str, "OpenAI"] = {}',
      'def init(provider):',
      '    clients[provider] = OpenAI(base_url=url_for(provider))',
      'def get_client(provider: str) -> "OpenAI":',
      '    return clients[provider]',
      'def get_azure() -> AzureOpenAI:',
      '    return clients["azure"]',
      'def ask(provider, m):',
      '    client = get_client(provider)',
      '    return client.chat.completions.create(model="m", messages=m)',
      'def ask_azure(m):',
      '    client = get_azure()',
      '    return client.embeddings.create(model="m", input=m)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['11 POST /v1/chat/completions unknown', '14 POST /v1/embeddings azure']);
  });

  it('Go: a URL built with fmt.Sprintf into a variable that each function sets again, sent with http.NewRequestWithContext', () => {
    const go = [
      'package openai',
      'import ("fmt"; "net/http")',
      'func (c *Client) Complete(ctx context.Context) error {',
      '\turl := fmt.Sprintf("%s/v1/completions", c.config.BaseURL)',
      '\treq, err := http.NewRequestWithContext(ctx, "POST", url, body)',
      '\treturn err',
      '}',
      'func (c *Client) Speak(ctx context.Context) error {',
      '\turl := fmt.Sprintf("%s/v1/audio/speech", c.config.BaseURL)',
      '\treq, err := http.NewRequest("POST", url, body)',
      '\t_, _ = http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/v1/embeddings", c.config.BaseURL), body)',
      '\tother := fmt.Sprintf("%s/health", c.config.BaseURL)',
      '\t_, _ = http.NewRequest("GET", other, nil)',
      '\treturn err',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'client.go'), ['5 POST /v1/completions unknown', '10 POST /v1/audio/speech unknown', '11 POST /v1/embeddings unknown']);
    const py = 'import requests\nurl = "%s/v1/embeddings" % BASE\nrequests.post(url, json=body)\nother = "{}/v1/moderations".format(base)\nrequests.post(other, json=body)\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/embeddings unknown', '5 POST /v1/moderations unknown']);
  });

  it('an HTTP client made with a base URL (axios.create, httpx.Client) and paths posted to it', () => {
    const js = [
      "import axios from 'axios';",
      'const api = axios.create({ baseURL: config.OPENAI_BASE_URL, timeout: 5000 });',
      "const fixed = axios.create({ baseURL: 'https://api.openai.com' });",
      'const plain = axios.create({ timeout: 1 });',
      "await api.post('/v1/chat/completions', { model, messages });",
      "await fixed.post('/v1/embeddings', { model, input });",
      "await plain.post('/v1/embeddings', { model, input });",
      "await api.get('/health');",
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'a.js'), ['5 POST /v1/chat/completions unknown', '6 POST /v1/embeddings openai']);
    const py = 'import httpx\nasync_client = httpx.AsyncClient(base_url=settings.url)\nawait async_client.post("/v1/responses", json=body)\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/responses unknown']);
  });

  it('a URL kept on self, and a client kept as a class attribute', () => {
    const py = [
      'import requests',
      'from openai import OpenAI',
      'class OpenRouter:',
      '    def __init__(self):',
      '        self._api_url = "https://openrouter.ai/api/v1/chat/completions"',
      '    def query(self, payload):',
      '        return requests.post(self._api_url, json=payload)',
      'class Runner:',
      '    client = OpenAI(base_url="https://api.deepseek.com")',
      '',
      '    def run(self, m):',
      '        Runner.client.chat.completions.create(model="m", messages=m)',
      '        return self.client.embeddings.create(model="m", input=m)',
      'def helper(client):',
      '    client = make()',
      '    return client.files.list()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['7 POST /v1/chat/completions other', '12 POST /v1/chat/completions other', '13 POST /v1/embeddings other']);
  });

  it('clients wrapped by Instructor, LangSmith or Langfuse keep the wrapped client\'s destination; requests.patch is not a wrapper', () => {
    const py = [
      'import instructor',
      'import openai',
      'from openai import OpenAI, AzureOpenAI',
      'from langsmith.wrappers import wrap_openai',
      'client = instructor.from_openai(OpenAI())',
      'local = instructor.patch(OpenAI(base_url="http://localhost:11434/v1"))',
      'traced = wrap_openai(openai.Client())',
      'az = AzureOpenAI(azure_endpoint="https://x.openai.azure.com")',
      'wrapped_az = instructor.from_openai(az)',
      'r = requests.patch(url, json=body)',
      'def f():',
      '    client.chat.completions.create(model="m", response_model=User, messages=[])',
      '    local.chat.completions.create(model="m", messages=[])',
      '    traced.embeddings.create(model="m", input="x")',
      '    wrapped_az.chat.completions.create(model="m", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['12 POST /v1/chat/completions openai', '13 POST /v1/chat/completions other', '14 POST /v1/embeddings openai', '15 POST /v1/chat/completions azure']);
    const ts = [
      'import OpenAI from "openai";',
      'import { wrapOpenAI } from "langsmith/wrappers";',
      'import { observeOpenAI } from "langfuse";',
      'import Instructor from "@instructor-ai/instructor";',
      'const openai = wrapOpenAI(new OpenAI());',
      'const observed = observeOpenAI(new OpenAI({ baseURL: "https://openrouter.ai/api/v1" }), { generationName: "x" });',
      'const oai = new OpenAI({ apiKey });',
      'const client = Instructor({ client: oai, mode: "FUNCTIONS" });',
      'await openai.chat.completions.create({ model, messages });',
      'await observed.chat.completions.create({ model, messages });',
      'await client.chat.completions.create({ model, messages, response_model: { schema } });',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'a.ts'), ['9 POST /v1/chat/completions openai', '10 POST /v1/chat/completions other', '11 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 277: a factory returning a wrapped client, here and imported; a folder index that exports a module\'s default again', () => {
    const utils = [
      'import instructor',
      'from openai import AzureOpenAI, OpenAI',
      'def azure_client():',
      '    return instructor.patch(AzureOpenAI(',
      '        azure_endpoint=env_var("AZURE_OPENAI_API_URL"),',
      '        api_version="2024-02-01",',
      '    ))',
      'def openai_client():',
      '    client = OpenAI(api_key=env_var("OPENAI_API_KEY"))',
      '    return instructor.from_openai(client)',
      'def ask(m):',
      '    return azure_client().chat.completions.create(model="m", messages=m)',
      '',
    ].join('\n');
    assert.deepEqual(found(utils, 'utils/llm_utils.py'), ['12 POST /v1/chat/completions azure']);
    const stage = 'from utils.llm_utils import azure_client, openai_client\nazureClient = azure_client()\nopenaiClient = openai_client()\ndef run(m):\n    azureClient.chat.completions.create(model="m", messages=m)\n    openaiClient.chat.completions.create(model="m", messages=m)\n';
    const project = new ProjectIndex();
    project.addFile('utils/llm_utils.py', utils);
    project.addFile('docs_qa/stage.py', stage);
    assert.deepEqual(
      detectCallSites(stage, { fileName: 'docs_qa/stage.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`),
      ['5 /v1/chat/completions azure', '6 /v1/chat/completions openai'],
    );
    // a legacy v3 client a module exports as its default, handed on by the folder's index
    const client = 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey: KEY }));\nexport default openai;\n';
    const index = "export { default as db } from './db.js';\nexport { default as openai } from './openai.js';\n";
    const route = "import { openai } from '../../services/index.js';\nexport async function draw(prompt) {\n  const r = await openai.createImage({ prompt, n: 1 });\n  return r.data.data[0].url;\n}\n";
    const web = new ProjectIndex();
    web.addFile('src/services/openai.js', client);
    web.addFile('src/services/index.js', index);
    web.addFile('src/routes/versus/index.jsx', route);
    assert.deepEqual(
      detectCallSites(route, { fileName: 'src/routes/versus/index.jsx', project: web }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`),
      ['3 /v1/images/generations openai'],
    );
    // (found by held-out corpus 317) a client a folder's index builds, imported by the folder's name
    const ai = new ProjectIndex();
    ai.addFile('src/lib/ai/index.ts', 'import OpenAI from "openai";\nexport const openai = new OpenAI({ apiKey: process.env.GROQ_KEY, baseURL: "https://api.groq.com/openai/v1" });\n');
    const fill = "'use server';\nimport { openai } from '@/lib/ai';\nexport default async function fill(m: string) {\n  return openai.chat.completions.create({ model: 'llama-3.1-8b-instant', messages: [] });\n}\n";
    assert.deepEqual(detectCallSites(fill, { fileName: 'src/components/fill.ts', project: ai }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['4 /v1/chat/completions other']);
    // (found in review) the index added again without that export hands it on no more
    web.addFile('src/services/index.js', "export { default as db } from './db.js';\n");
    assert.deepEqual(detectCallSites(route, { fileName: 'src/routes/versus/index.jsx', project: web }).sites.map((x) => x.provider), ['unknown']);
  });

  it('found by held-out corpus 279: a client made from a cast class (`new (OpenAI as any)({ … })`); a Rake task read as Ruby', () => {
    const ts = "import OpenAI from 'openai';\nexport async function review(code: string) {\n  const openai = new (OpenAI as any)({ baseURL: 'https://openrouter.ai/api/v1', apiKey: process.env.OPENROUTER_API_KEY });\n  return openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: code }] });\n}\n";
    assert.deepEqual(found(ts, 'AnalysisService.ts'), ['4 POST /v1/chat/completions other']);
    const rake = 'namespace :openai do\n  task :embed => :environment do\n    openai = OpenAI::Client.new(access_token: ENV["OPENAI_KEY"])\n    openai.embeddings(parameters: { model: "text-embedding-3-small", input: "x" })\n  end\nend\n';
    assert.deepEqual(found(rake, 'lib/tasks/openai.rake'), ['4 POST /v1/embeddings openai']);
  });

  it('found by held-out corpus 284: a client cached on a named alias of the global (Next.js); Azure OpenAI\'s v1 API on a run-time host; an HTTParty path constant', () => {
    const js = 'import OpenAI from "openai";\nconst globalForOpenAI = globalThis;\nexport function getOpenAI() {\n  if (!globalForOpenAI.openai) {\n    globalForOpenAI.openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  }\n  return globalForOpenAI.openai;\n}\nexport const tip = () => getOpenAI().chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(js, 'src/lib/openai.js'), ['9 POST /v1/chat/completions openai']);
    // (review) returns of other values before it do not use up the first twenty
    const many = `import OpenAI from "openai";\nexport function getClient(r) {\n${Array.from({ length: 21 }, (_, i) => `  if (r.c${i}) return r.v${i};\n`).join('')}  if (!globalThis.oa) globalThis.oa = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\n  return globalThis.oa;\n}\nexport const ask = () => getClient({}).chat.completions.create({ model: "m", messages: [] });\n`;
    assert.deepEqual(found(many, 'client.js').map((x) => x.replace(/^\d+ /, '')), ['POST /v1/chat/completions other']);
    const ts = 'export class AzureResponses {\n  async send(body: string) {\n    const url = `${this.azureEndpoint}/openai/v1/responses`;\n    return fetch(url, { method: "POST", body });\n  }\n}\n';
    assert.deepEqual(found(ts, 'azureResponseAPI.ts'), ['4 POST /v1/responses azure']);
    const rb = 'class OpenaiIntegration\n  include HTTParty\n  base_uri "https://api.openai.com"\n  COMPLETIONS_ROUTE = "/v1/chat/completions"\n  def complete(body)\n    self.class.post(\n      COMPLETIONS_ROUTE,\n      body: body.to_json\n    )\n  end\nend\n';
    assert.deepEqual(found(rb, 'openai_integration.rb'), ['6 POST /v1/chat/completions openai']);
  });

  it('URLs kept in constants in another module of the project, imported by name', () => {
    const constants = 'export const MODEL = "gpt-realtime";\nexport const CALLS_URL = "https://api.openai.com/v1/realtime/calls";\nexport const SECRETS_URL =\n  "https://api.openai.com/v1/realtime/client_secrets";\nexport const DOCS_URL = "https://platform.openai.com/docs";\nfunction f() {\n  const LOCAL_URL = "https://api.openai.com/v1/files";\n}\n';
    // (a file must still mention OpenAI somewhere: the scan's prefilter reads no other file)
    const route = 'import { MODEL, SECRETS_URL as SECRETS, DOCS_URL, LOCAL_URL } from "@/lib/constants";\n// an ephemeral key for the OpenAI Realtime API\nexport async function GET() {\n  const r = await fetch(SECRETS, { method: "POST", body: JSON.stringify({ model: MODEL }) });\n  await fetch(DOCS_URL);\n  await fetch(LOCAL_URL);\n}\n';
    const py = 'import requests\nfrom app.settings import CHAT_URL\n# Azure OpenAI deployment\nrequests.post(CHAT_URL, json=body)\n';
    const project = new ProjectIndex();
    project.addFile('lib/constants.ts', constants);
    project.addFile('app/api/session/route.ts', route);
    project.addFile('app/settings.py', 'OPENAI_KEY = os.environ["KEY"]\nCHAT_URL = "https://myres.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21"\n');
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites(route, 'app/api/session/route.ts'), ['4 POST /v1/realtime/client_secrets openai']);
    assert.deepEqual(sites(py, 'app/chat.py'), ['4 POST /v1/chat/completions azure']);
    // without the project the imported names mean nothing
    assert.deepEqual(found(route, 'route.ts'), []);
  });

  it('corpus 10: a parameter shadows the module client; options built elsewhere; self.x per class', () => {
    const py = [
      'from openai import OpenAI',
      'from groq import Groq',
      'client = OpenAI()',
      'def run_chatgpt(prompt, client):',
      '    return client.chat.completions.create(model="m", messages=[prompt])',
      'def local():',
      '    return client.embeddings.create(model="m", input="x")',
      'class OpenAIClient:',
      '    def __init__(self):',
      '        self.client = OpenAI(base_url="https://api.deepseek.com")',
      '    def ask(self, m):',
      '        return self.client.chat.completions.create(model="m", messages=m)',
      'class GroqClient:',
      '    def __init__(self):',
      '        self.client = Groq()',
      '    def ask(self, m):',
      '        return self.client.chat.completions.create(model="m", messages=m)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['5 POST /v1/chat/completions unknown', '7 POST /v1/embeddings openai', '12 POST /v1/chat/completions other']);
    const js = 'const { OpenAI } = require("openai");\nasync function speak(node) {\n  const openai = new OpenAI(node.clientParams);\n  return openai.audio.speech.create({ model, input });\n}\nconst fixed = new OpenAI(options);\nfixed.models.list();\n';
    assert.deepEqual(found(js, 'a.js'), ['4 POST /v1/audio/speech unknown', '7 GET /v1/models unknown']);
  });

  it('corpus 10: .http requests to a {{variable}} host, and URLs joined from a base', () => {
    const http = '@endpoint = {{$dotenv AZURE_OPENAI_ENDPOINT}}\n\nPOST {{endpoint}}/openai/deployments/chat/chat/completions?api-version=2024-10-21\nContent-Type: application/json\n\n{}\n\n###\nGET {{endpoint}}/health\n';
    assert.deepEqual(found(http, 'a.http'), ['3 POST /v1/chat/completions azure']);
    const go = 'package ai\nimport ("net/http"; "net/url")\nfunc Ask(host string) {\n\tu, err := url.JoinPath(host, "/v1/chat/completions")\n\treq, err := http.NewRequest("POST", u, body)\n}\n';
    assert.deepEqual(found(go, 'a.go'), ['5 POST /v1/chat/completions unknown']);
    const py = 'import requests\nfrom urllib.parse import urljoin\nrequests.post(urljoin(settings.base, "/v1/embeddings"), json=b)\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/embeddings unknown']);
  });

  it('corpus 11: a factory result used at once, tidied and gateway-prefixed bases, a plain JS reassignment', () => {
    const py = [
      'from openai import AsyncAzureOpenAI as AzureClient',
      'import httpx',
      'import requests',
      'class Chat:',
      '    def get_client(self) -> AzureClient:',
      '        if self.client:',
      '            return self.client',
      '        self.client = AzureClient(azure_endpoint=self.endpoint)',
      '        return self.client',
      '    async def ask(self, p):',
      '        return await self.get_client().responses.create(**p)',
      'async def proxy(body, openai_base_url):',
      '    async with httpx.AsyncClient() as client:',
      '        r = await client.post(f"{openai_base_url.rstrip(\'/\')}/chat/completions", json=body)',
      '        async with client.stream("POST", f"{openai_base_url}/chat/completions", json=body) as s:',
      '            pass',
      'url = f"{gateway_url}/{api_path}/openai/deployments/{models[0][\'name\']}/chat/completions?api-version={v}"',
      'requests.post(url, json=body)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['11 POST /v1/responses azure', '14 POST /v1/chat/completions unknown', '15 POST /v1/chat/completions unknown', '18 POST /v1/chat/completions azure']);
    const js = 'const OpenAI = require("openai");\nlet openai;\nif (key) {\n  openai = new OpenAI({ apiKey: key });\n}\nawait openai.responses.create(req);\n';
    assert.deepEqual(found(js, 'a.js'), ['6 POST /v1/responses openai']);
  });

  it('corpus 11: curl to a URL held whole in a script variable; a Go websocket dial to the Realtime API', () => {
    const sh = '#!/bin/bash\nTIMEOUT=30\nGPT_URL="${ENDPOINT}openai/deployments/gpt/chat/completions?api-version=2025-04-01-preview"\ncall() {\n  curl -sS --max-time "$TIMEOUT" -X POST "$GPT_URL" -H "api-key: $KEY" --data-binary @"$1"\n}\n';
    assert.deepEqual(found(sh, 'a.sh'), ['5 POST /v1/chat/completions azure']);
    const go = 'package rt\nimport "github.com/gorilla/websocket"\nconst realtimeURL = "wss://api.openai.com/v1/realtime?model=gpt-realtime"\nfunc dial(ctx context.Context, h http.Header) {\n\tconn, _, err := websocket.DefaultDialer.DialContext(ctx, realtimeURL, h)\n}\n';
    assert.deepEqual(found(go, 'a.go'), ['5 WEBSOCKET /v1/realtime openai']);
  });

  it('review: instance bases on other hosts, self/this attributes, cleared URL variables, closures and class attributes', () => {
    const stripe = 'import axios from "axios";\n// not openai\nconst stripe = axios.create({ baseURL: "https://api.stripe.com" });\nawait stripe.post("/v1/files", form);\nconst ollama = axios.create({ baseURL: "http://localhost:11434" });\nawait ollama.post("/v1/chat/completions", b);\n';
    assert.deepEqual(found(stripe, 'a.js'), ['6 POST /v1/chat/completions other']);
    const httpx = 'import httpx\nclass A:\n    def __init__(self):\n        self.http = httpx.Client(base_url="https://api.openai.com/v1")\n    def go(self):\n        self.http.post("/chat/completions", json=b)\n';
    assert.deepEqual(found(httpx, 'a.py'), ['6 POST /v1/chat/completions openai']);
    // (the verb first, httpx's `stream("POST", path)` and `request("GET", path)`, also over lines)
    // (the verb is no path: `/v1/GET` was read before)
    const streamed = 'import httpx\nasync def chat(base_url, payload):\n    client = httpx.AsyncClient(base_url=base_url)\n    async with client.stream(\n        "POST",\n        "/chat/completions",\n        json=payload,\n    ) as resp:\n        pass\n    models = await client.request("GET", "/models")\n    other = await client.request("GET", "/health")\n';
    assert.deepEqual(found(streamed, 's.py'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(streamed.replace('base_url=base_url', 'base_url="https://api.openai.com/v1"').replace('"/health"', '"/files"'), 's.py'), ['4 POST /v1/chat/completions openai', '10 GET /v1/models openai', '11 GET /v1/files openai']);
    // (found in review: httpx takes the verb in lower case too)
    assert.deepEqual(found('import httpx\nclient = httpx.Client(base_url="https://api.openai.com/v1")\nclient.request("patch", "/chat/completions")\n', 'l.py'), ['3 PATCH /v1/chat/completions openai']);
    const attribute = 'class A { constructor() { this.endpoint = "https://api.openai.com/v1/chat/completions"; }\n go() { return fetch(this.endpoint, { method: "POST" }); } }\nfunction download(endpoint) { return fetch(endpoint); }\nconst u = new URL("/v1/embeddings", BASE);\nawait fetch(u, { method: "POST" });\n';
    assert.deepEqual(found(attribute, 'a.js'), ['2 POST /v1/chat/completions openai', '5 POST /v1/embeddings unknown']);
    const cleared = 'import requests\nurl = "https://api.openai.com/v1/models"\nrequests.get(url)\nurl = "https://example.com/data.json"\nrequests.get(url)\n';
    assert.deepEqual(found(cleared, 'a.py'), ['3 GET /v1/models openai']);
    const closure = 'from openai import OpenAI\nclient = OpenAI()\ndef outer(client):\n    def inner():\n        return client.models.list()\n    return inner\n';
    assert.deepEqual(found(closure, 'a.py'), ['5 GET /v1/models unknown']);
    const classes = 'from openai import OpenAI\nclass Runner:\n    client = OpenAI(base_url="http://localhost:11434/v1")\n    def run(self):\n        return self.client.models.list()\nclass Other:\n    def __init__(self):\n        self.client = OpenAI()\n    def go(self):\n        return self.client.models.list()\n';
    assert.deepEqual(found(classes, 'a.py'), ['5 GET /v1/models other', '10 GET /v1/models openai']);
    const project = new ProjectIndex();
    project.addFile('app/clients.py', 'from openai import OpenAI\nclient = OpenAI(base_url="http://localhost:11434/v1")\n');
    const imported = '# OpenAI via app.clients\nfrom app.clients import client\ndef ask(p, client):\n    return client.chat.completions.create(model="m", messages=p)\ndef other(p):\n    return client.chat.completions.create(model="m", messages=p)\n';
    assert.deepEqual(detectCallSites(imported, { fileName: 'app/x.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['4 unknown', '6 other']);
  });

  it('review: black-wrapped URL constants and urljoin without a leading slash', () => {
    const py = 'import requests\nfrom urllib.parse import urljoin\nCHAT_URL = (\n    "https://api.openai.com/v1/chat/completions"\n)\nrequests.post(CHAT_URL, json=b)\nrequests.post(urljoin(settings.base, "v1/embeddings"), json=b)\nrows = [\n    "https://api.openai.com/v1/models",\n]\nrequests.get(rows)\n';
    assert.deepEqual(found(py, 'a.py'), ['6 POST /v1/chat/completions openai', '7 POST /v1/embeddings unknown']);
    const project = new ProjectIndex();
    project.addFile('app/settings.py', '# OpenAI endpoints\nCHAT_URL = (\n    "https://api.openai.com/v1/chat/completions"\n)\n');
    assert.equal(project.urlConstant('app.settings', 'CHAT_URL'), 'https://api.openai.com/v1/chat/completions');
  });

  it('a URL constant of a config module that names no client is read by the module importing it', () => {
    const project = new ProjectIndex();
    project.addFile('config.py', 'import os\nLM_URL = "http://localhost:1234/v1/chat/completions"\n');
    const llm = 'import requests\nfrom config import LM_URL\n\ndef ask(messages):\n    return requests.post(LM_URL, json={"model": "gpt-4o", "messages": messages})\n';
    assert.deepEqual(detectCallSites(llm, { fileName: 'llm.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`), ['5 POST /v1/chat/completions other']);
  });

  it('corpus 12: Go base URL constants, configs built elsewhere, clients set through options, a receiver named like a client', () => {
    const community = [
      'package model',
      'import "github.com/sashabaranov/go-openai"',
      'func (p *DeepSeek) Query() {',
      '\tconst BaseUrl = "https://api.deepseek.com/v1"',
      '\tconfig := openai.DefaultConfig(p.key)',
      '\tconfig.BaseURL = BaseUrl',
      '\tclient := openai.NewClientWithConfig(config)',
      '\tclient.CreateChatCompletionStream(ctx, req)',
      '}',
      'func suggest(model Model) {',
      '\tcfg, err := provider.GenOpenAIConfig(model)',
      '\tc := openai.NewClientWithConfig(cfg)',
      '\tc.CreateChatCompletion(ctx, req)',
      '\tlit := openai.NewClientWithConfig(openai.ClientConfig{BaseURL: "https://api.groq.com/openai/v1"})',
      '\tlit.CreateEmbeddings(ctx, req)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(community, 'a.go'), ['8 POST /v1/chat/completions other', '13 POST /v1/chat/completions unknown', '15 POST /v1/embeddings other']);
    const official = [
      'package llm',
      'import "github.com/openai/openai-go/v2"',
      'type Model struct {',
      '\tclient openai.Client',
      '}',
      'func WithClient(client openai.Client) Option {',
      '\treturn func(m *Model) {',
      '\t\tm.client = client',
      '\t}',
      '}',
      'func New() *Model {',
      '\treturn &Model{client: openai.NewClient()}',
      '}',
      'func (m *Model) Generate() {',
      '\tm.client.Responses.New(ctx, params)',
      '}',
      'type Wrapper struct {',
      '\tapi openai.Client',
      '}',
      'func newWrapper(base string) *Wrapper {',
      '\tc := openai.NewClient(option.WithBaseURL(base))',
      '\treturn &Wrapper{api: c}',
      '}',
      'func (c *Wrapper) Send() {',
      '\tc.api.Chat.Completions.New(ctx, params)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(official, 'b.go'), ['15 POST /v1/responses unknown', '25 POST /v1/chat/completions unknown']);
  });

  it('corpus 12: CommonJS declarators after the first, `self = this`, a client from a context getter', () => {
    const js = "const config = require('./config.json'),\n    { Configuration, OpenAIApi } = require('openai'),\n    api = new OpenAIApi(new Configuration({ apiKey: config.key }));\nawait api\n    .createCompletion({ model: 'm', prompt: 'p' });\n";
    assert.deepEqual(found(js, 'a.js'), ['4 POST /v1/completions openai']);
    const ts = [
      'import OpenAI from "openai";',
      'import Groq from "groq-sdk";',
      'class Chat {',
      '  private client: OpenAI;',
      '  constructor() { this.client = new OpenAI({ apiKey: "k" }); }',
      '  stream() {',
      '    const self = this;',
      '    return async function* () { yield self.client.chat.completions.create({ model: "m", messages: [] }); };',
      '  }',
      '}',
      'export function* Completion({ getContext }) {',
      '  const openai = getContext(clientContext)();',
      '  yield openai.completions.create({ model: "m", prompt: "p" });',
      '  const groq_client = new Groq();',
      '  yield groq_client.chat.completions.create({ model: "m", messages: [] });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'a.ts'), ['8 POST /v1/chat/completions openai', '13 POST /v1/completions unknown']);
  });

  it('corpus 12: legacy routing per call and from the environment; httpx to a class attribute URL', () => {
    const legacy = [
      'import openai',
      'def ask(**kwargs):',
      '    cfg = get_apiconfig(kwargs["model"])',
      '    cfg.update({"api_base": cfg.pop("azure_endpoint")})',
      '    return openai.ChatCompletion.create(**cfg)',
      'def image():',
      '    return openai.Image.create(prompt="p", api_type="azure", api_version="2023-06-01-preview")',
      '',
    ].join('\n');
    assert.deepEqual(found(legacy, 'a.py'), ['5 POST /v1/chat/completions unknown', '7 POST /v1/images/generations azure']);
    const fromEnv = 'import openai\nif openai.api_type == "azure":\n    MODELS = load_deployments()\nopenai.ChatCompletion.create(model="m", messages=[])\n';
    assert.deepEqual(found(fromEnv, 'b.py'), ['4 POST /v1/chat/completions unknown']);
    const httpx = [
      'from httpx import Client',
      'class Session(BaseModel):',
      '    api_url: HttpUrl = "https://api.openai.com/v1/chat/completions"',
      '    def gen(self, client: Client):',
      '        return client.post(str(self.api_url), json=data)',
      '    def stream(self, client: Client):',
      '        with client.stream("POST", str(self.api_url), json=data) as r:',
      '            yield r',
      '    def other(self, client: Client):',
      '        url = "https://api.openai.com/v1/models"',
      '        return client.get(self.url)',
      '',
    ].join('\n');
    assert.deepEqual(found(httpx, 'c.py'), ['5 POST /v1/chat/completions openai', '7 POST /v1/chat/completions openai']);
  });

  it('review of the corpus-12 rules: other libraries\' clients, options and parameters per function, literal routing, classes apart', () => {
    // a client-like name from another library's function is that library's
    assert.deepEqual(found('import docker\nfrom openai import OpenAI\nclient = docker.from_env()\nclient.containers.list()\n', 'a.py'), []);
    assert.deepEqual(found('import OpenAI from "openai";\nimport { createClient } from "@supabase/supabase-js";\nconst client = createClient(url, key);\nawait client.files.list();\n', 'a.ts'), []);
    // JS `self` without `const self = this` may be a worker's global scope
    assert.deepEqual(found('import OpenAI from "openai";\nclass Bot {\n  constructor() { this.client = new OpenAI({ baseURL: "https://myco.openai.azure.com/openai" }); }\n}\nself.client = await clients.get(id);\nself.client.files.list();\n', 'sw.ts'), ['6 GET /v1/files unknown']);
    const go = [
      'package svc',
      'import (',
      '\topenai "github.com/sashabaranov/go-openai"',
      '\t"github.com/gin-gonic/gin"',
      ')',
      'func WithClient(c *openai.Client) Option {',
      '\treturn func(s *Svc) {',
      '\t\ts.client = c',
      '\t}',
      '}',
      'func Ask(key, endpoint string) {',
      '\tcfg := openai.DefaultAzureConfig(key, endpoint)',
      '\tclient := openai.NewClientWithConfig(cfg)',
      '\tclient.CreateChatCompletion(ctx, req)',
      '}',
      'func (h *Handler) Bind(c *gin.Context) {',
      '\th.store = c',
      '}',
      'func (h *Handler) Run() {',
      '\th.store.CreateFile(ctx, req)',
      '\tinline := openai.NewClientWithConfig(openai.DefaultConfig(token))',
      '\tinline.CreateEmbeddings(ctx, req)',
      '}',
      'func typed() {',
      '\tvar config openai.ClientConfig = openai.DefaultConfig("k")',
      '\ta := openai.NewClientWithConfig(config)',
      '\ta.CreateImage(ctx, req)',
      '\tcfg2 := openai.ClientConfig{}',
      '\tcfg2.BaseURL = "https://api.deepseek.com/v1"',
      '\tb := openai.NewClientWithConfig(cfg2)',
      '\tb.CreateChatCompletion(ctx, req)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'svc.go'), ['14 POST /v1/chat/completions azure', '22 POST /v1/embeddings openai', '27 POST /v1/images/generations openai', '31 POST /v1/chat/completions other']);
    const legacy = 'import openai\nopenai.api_type = "open_ai"\nif openai.api_type == "azure":\n    raise ValueError()\nopenai.ChatCompletion.create(model="m", messages=m, api_type="open_ai", api_base="https://api.openai.com/v1")\nopenai.ChatCompletion.create(model="m", messages=m, api_type="open_ai")\nopenai.ChatCompletion.create(model="m", messages=m, api_type=cfg.kind)\n';
    assert.deepEqual(found(legacy, 'l.py'), ['5 POST /v1/chat/completions openai', '6 POST /v1/chat/completions openai', '7 POST /v1/chat/completions unknown']);
    const classes = 'import requests\nclass OpenAIBackend:\n    api_url = "https://api.openai.com/v1/chat/completions"\n    def ask(self, p):\n        return requests.post(self.api_url, json=p)\nclass OllamaBackend:\n    api_url = "http://localhost:11434/api/chat"\n    def ask(self, p):\n        return requests.post(self.api_url, json=p)\n';
    assert.deepEqual(found(classes, 'c.py'), ['5 POST /v1/chat/completions openai']);
  });

  it('corpus 13: paths under a whole endpoint URL, URL variables copied and shadowed, default-only bases, go-openai interfaces, gateways and .http placeholders', () => {
    const go = [
      'package bot',
      'import "net/http"',
      'var ResponsesEndpoint = "https://api.openai.com/v1/responses"',
      'func call(ctx context.Context, endpoint string) {',
      '\tif endpoint == "" {',
      '\t\tendpoint = ResponsesEndpoint',
      '\t}',
      '\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, body)',
      '}',
      'func cancel(ctx context.Context, id string) {',
      '\turl := fmt.Sprintf("%s/%s/cancel", ResponsesEndpoint, id)',
      '\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)',
      '}',
      'func (o *client) Embed(ctx context.Context) {',
      '\turl := o.url',
      '\tif url == "" {',
      '\t\turl = "https://api.openai.com"',
      '\t}',
      '\turl = url + "/v1/embeddings"',
      '\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, body)',
      '}',
      '',
    ].join('\n');
    // (line 8: `endpoint` is the caller's, the constant only its default when empty: unknown, as the labelling rule
    // has it since corpus 13 was written and corpora 163 and 178 label it)
    assert.deepEqual(found(go, 'bot.go'), ['8 POST /v1/responses unknown', '12 POST /v1/responses/{response_id}/cancel openai', '20 POST /v1/embeddings unknown']);
    const shadowed = 'import aiohttp\nclass Api:\n    URL = "https://api.openai.com/v1/completions"\n    async def complete(self):\n        url = self.URL\n        return await self.send(url=url)\n    async def send(self, *, url: str):\n        async with aiohttp.ClientSession() as session:\n            return await session.post(url, json={})\n';
    // (the parameter inside `send` is not the class's URL; the caller that hands it over is where the request is named)
    assert.deepEqual(found(shadowed, 'api.py'), ['6 POST /v1/completions openai']);
    const iface = 'package bot\nimport openai "github.com/sashabaranov/go-openai"\ntype ChatCompleter interface {\n\tCreateChatCompletion(context.Context, openai.ChatCompletionRequest) (openai.ChatCompletionResponse, error)\n}\nfunc Ask(ctx context.Context, client ChatCompleter) {\n\tclient.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(iface, 'iface.go'), ['7 POST /v1/chat/completions unknown']);
    const http = '@gateway = "https://my-apim.azure-api.net/openai/deployments"\n\n###\nPOST {{gateway}}/chat/chat/completions?api-version=2024-06-01\n\n###\nPOST https://{{$dotenv AZURE_OPENAI_SERVICE}}.openai.azure.com/openai/v1/responses\n';
    assert.deepEqual(found(http, 'calls.http'), ['4 POST /v1/chat/completions azure', '7 POST /v1/responses azure']);
    assert.deepEqual(found('import requests\nrequests.post("https://my-apim.azure-api.net/ai/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01", json=b)\nrequests.post("https://example.com/openai/deployments", json=b)\n', 'gw.py'), ['2 POST /v1/chat/completions azure']);
    // (Azure's own operations with no OpenAI counterpart: a file imported from blob storage, Sora's video jobs)
    assert.deepEqual(found('import requests\nrequests.post("https://x.openai.azure.com/openai/files/import?api-version=2024-07-01", json=p)\nrequests.post(f"{endpoint}openai/files/import?api-version={v}", json=p)\nrequests.post(f"{endpoint}/openai/deployments/sora/videos/generations?api-version={v}", json=p)\nrequests.post("https://x.openai.azure.com/openai/files?api-version=2024-07-01", files=f)\n', 'aoai.py'), ['5 POST /v1/files azure']);
    assert.deepEqual(found("const endpoint = 'https://contoso.openai.azure.com';\nawait fetch(`${endpoint}/openai/files/import?api-version=2024-10-21`, { method: 'POST', body: '{}' });\n", 'az.ts'), []);
    // (GitHub Models' host answers Azure's path shape too: GitHub's service)
    assert.deepEqual(found("const endpoint = 'https://models.inference.ai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-15-preview';\nawait fetch(endpoint, { method: 'POST' });\n", 'gh.js'), ['2 POST /v1/chat/completions other']);
  });

  it('corpus 14: a client passed in or built here, another instance\'s client attribute, a URL plus a query, a base named for OpenAI, branch-set URLs not copied', () => {
    const py = [
      'import openai',
      'class Moderator:',
      '    _client: openai.AsyncOpenAI',
      '    def __init__(self, options, client=None):',
      '        self._client = (',
      '            client',
      '            if client is not None',
      '            else openai.AsyncOpenAI(api_key=options.api_key)',
      '        )',
      '    async def review(self, text):',
      '        return await self._client.moderations.create(input=text)',
      'class TTS:',
      '    def __init__(self, client=None):',
      '        self._client = client or openai.AsyncClient()',
      'class Stream:',
      '    def __init__(self, tts: TTS):',
      '        self._tts: TTS = tts',
      '    async def run(self):',
      '        return self._tts._client.audio.speech.create(input="hi", model="m", voice="v")',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'mod.py'), ['11 POST /v1/moderations unknown', '19 POST /v1/audio/speech unknown']);
    const ts = [
      'const baseUrl = "https://api.openai.com/v1/realtime";',
      'await fetch(`${baseUrl}?model=${model}`, { method: "POST", body: offer.sdp });',
      'await axios.post(`${this.openAIBaseUrl}/embeddings`, { input });',
      'await axios.post(`${this.apiBase}/embeddings`, { input });',
      'if (chat) this.completionsUrl = "https://api.openai.com/v1/chat/completions";',
      'else this.completionsUrl = "https://api.openai.com/v1/completions";',
      'const url = this.completionsUrl;',
      'await fetch(url, opts);',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'client.ts'), ['2 POST /v1/realtime openai', '3 POST /v1/embeddings unknown']);
  });

  it('a subclass in another file that builds the base class\'s client attribute its own way', () => {
    const base = 'from openai import OpenAI\nclass OpenAIClient:\n    def setup(self):\n        self.client = OpenAI()\n    def call(self, p):\n        return self.client.chat.completions.create(**p)\nclass Other:\n    def setup(self):\n        self.client = OpenAI()\n    def call(self):\n        return self.client.models.list()\n';
    const sub = 'from openai import AzureOpenAI\nfrom .openai_client import OpenAIClient\nclass AzureClient(OpenAIClient):\n    def setup(self):\n        self.client = AzureOpenAI(azure_endpoint=ENDPOINT)\n';
    const project = new ProjectIndex();
    project.addFile('openai_client.py', base);
    project.addFile('azure_client.py', sub);
    const sites = detectCallSites(base, { fileName: 'openai_client.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`);
    assert.deepEqual(sites, ['6 unknown', '11 openai']);
    assert.deepEqual(detectCallSites(base, { fileName: 'openai_client.py' }).sites.map((x) => x.provider), ['openai', 'openai'], 'without the project the subclass is not in view');
  });

  it('a base URL kept in another module of the project: a config object\'s property or a constant', () => {
    const project = new ProjectIndex();
    project.addFile('app/config.ts', '// OpenAI-compatible endpoints\nexport const config = {\n  useOllama: false,\n  nonOllamaBaseURL: "https://api.groq.com/openai/v1",\n};\n');
    project.addFile('app/settings.py', '# OpenAI\nBASE_URL = "http://localhost:11434/v1"\n');
    const ts = 'import OpenAI from "openai";\nimport { config } from "./config";\nconst client = new OpenAI({ baseURL: config.nonOllamaBaseURL });\nawait client.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(detectCallSites(ts, { fileName: 'app/chat.ts', project }).sites.map((x) => x.provider), ['other']);
    const py = 'from openai import OpenAI\nfrom app.settings import BASE_URL\nclient = OpenAI(base_url=BASE_URL)\nclient.models.list()\n';
    assert.deepEqual(detectCallSites(py, { fileName: 'app/main.py', project }).sites.map((x) => x.provider), ['other']);
    assert.deepEqual(detectCallSites(ts, { fileName: 'app/chat.ts' }).sites.map((x) => x.provider), ['unknown'], 'without the project the config is not in view');
  });

  it('openai<1.0: api_type passed at run time beats a deployment_id; api_type set by a subclass of the file\'s bot', () => {
    const perCall = 'import openai\nopenai.ChatCompletion.create(model="m", messages=m, api_type=context.get("OPENAI_API_TYPE"), deployment_id=context.get("DEPLOYMENT"))\nopenai.ChatCompletion.create(model="m", messages=m, deployment_id="gpt4")\n';
    assert.deepEqual(found(perCall, 'a.py'), ['2 POST /v1/chat/completions unknown', '3 POST /v1/chat/completions azure']);
    const subclass = 'import openai\nclass Bot:\n    def reply(self, m):\n        return openai.ChatCompletion.create(messages=m, **self.args)\nclass AzureBot(Bot):\n    def __init__(self):\n        openai.api_type = "azure"\n';
    assert.deepEqual(found(subclass, 'b.py'), ['4 POST /v1/chat/completions unknown']);
    const setup = 'import openai\nclass Client:\n    def __init__(self):\n        openai.api_type = "azure"\n    def ask(self, m):\n        return openai.ChatCompletion.create(engine="d", messages=m)\n';
    assert.deepEqual(found(setup, 'c.py'), ['6 POST /v1/chat/completions azure']);
  });

  it('corpus 15: openai-go services, a go-openai client in a field of an interface type, a base variable set two ways, same-named factory methods in two classes', () => {
    const services = [
      'package llm',
      'import (',
      '\t"github.com/openai/openai-go/v2"',
      '\t"github.com/openai/openai-go/v2/option"',
      ')',
      'type Client struct {',
      '\tChatService openai.ChatService',
      '}',
      'func NewAzure(resource, deployment string) *Client {',
      '\tvar azureURL string',
      '\tif resource != "" {',
      '\t\tazureURL = fmt.Sprintf("https://%s.openai.azure.com/openai/deployments/%s", resource, deployment)',
      '\t}',
      '\treturn &Client{ChatService: openai.NewChatService(option.WithBaseURL(azureURL))}',
      '}',
      'func (c *Client) Ask(ctx context.Context) {',
      '\tc.ChatService.Completions.New(ctx, req)',
      '}',
      'func grok() openai.Client {',
      '\tendpoint := "https://api.x.ai/v1"',
      '\tif custom := os.Getenv("GROK_ENDPOINT"); custom != "" {',
      '\t\tendpoint = custom',
      '\t}',
      '\tg := openai.NewClient(option.WithBaseURL(endpoint))',
      '\tg.Chat.Completions.New(ctx, req)',
      '\treturn g',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(services, 'svc.go'), ['17 POST /v1/chat/completions azure', '25 POST /v1/chat/completions unknown']);
    const field = 'package spam\nimport "github.com/sashabaranov/go-openai"\ntype checker struct {\n\tclient openAIClient\n}\nfunc (o *checker) check(ctx context.Context) {\n\to.client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{})\n\to.store.CreateFile(ctx, req)\n}\n';
    assert.deepEqual(found(field, 'spam.go'), ['7 POST /v1/chat/completions unknown']);
    const py = [
      'from openai import OpenAI, AzureOpenAI',
      'class Service:',
      '    @staticmethod',
      '    def get_openai_client(api_type, base):',
      '        if api_type == "openai":',
      '            client = OpenAI(base_url=base)',
      '        else:',
      '            client = AzureOpenAI(azure_endpoint=base)',
      '        return client',
      '    def __init__(self, cfg):',
      '        self.client = Service.get_openai_client(cfg["type"], cfg["base"])',
      '    def ask(self):',
      '        return self.client.chat.completions.create(model="m", messages=[])',
      'class Operator:',
      '    def get_openai_client(self):',
      '        client = AzureOpenAI(azure_endpoint=ENDPOINT)',
      '        return client',
      '    def __init__(self):',
      '        self.client = self.get_openai_client()',
      '    def ask(self):',
      '        return self.client.responses.create(model="m", input="hi")',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'svc.py'), ['13 POST /v1/chat/completions unknown', '21 POST /v1/responses azure']);
  });

  it('Go http.NewRequest with its method in a variable takes the endpoint\'s verb', () => {
    const go = 'package relay\nimport "net/http"\nfunc relay(c *Ctx, base string) {\n\turl := fmt.Sprintf("%s/openai/deployments/%s/audio/speech?api-version=%s", base, model, version)\n\treq, _ := http.NewRequest(c.Request.Method, url, body)\n}\n';
    assert.deepEqual(found(go, 'relay.go'), ['5 POST /v1/audio/speech azure']);
  });

  it('Node https.request with its host and path in an options object', () => {
    const js = 'const https = require("https");\n// OpenAI\nconst req = https.request({\n  hostname: "api.openai.com",\n  path: "/v1/chat/completions",\n  method: "POST",\n});\nhttps.request({ host: "example.com", path: "/v1/chat/completions" });\nhttp.request({ hostname: "localhost", port: 11434, path: "/api/chat" });\n';
    assert.deepEqual(found(js, 'req.js'), ['3 POST /v1/chat/completions openai', '8 GET /v1/chat/completions other']);
  });

  it('second review: parameters shadow only inside their function, keyword defaults are no reassignment, storage interfaces, other objects\' clients, object-qualified config URLs, subclass-only settings, module functions over methods, local proxies', () => {
    assert.deepEqual(found('import requests\nurl = "https://api.openai.com/v1/chat/completions"\ndef log(url):\n    print(url)\nr = requests.post(url, json={})\n', 'a.py'), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(found('const url = "https://api.openai.com/v1/chat/completions";\nfunction log(url) { console.log(url); }\nasync function ask() { return fetch(url, { method: "POST" }); }\n', 'a.js'), ['3 POST /v1/chat/completions openai']);
    assert.deepEqual(found('import requests\nurl = "https://api.openai.com/v1/models"\nrequests.get(url)\ndef download(url):\n    target = url\n    return requests.get(target)\n', 'b.py'), ['3 GET /v1/models openai']);
    assert.deepEqual(found('import requests\nbase_url = "https://api.openai.com/v1"\nr = requests.post(f"{base_url}/chat/completions", json={})\ndef other(x, base_url=None):\n    pass\n', 'c.py'), ['3 POST /v1/chat/completions openai']);
    assert.deepEqual(found('package main\nimport openai "github.com/sashabaranov/go-openai"\ntype Storage interface { GetFile(ctx context.Context, id string) ([]byte, error) }\nvar _ openai.Client\nfunc load(ctx context.Context, client Storage, id string) { client.GetFile(ctx, id) }\n', 'a.go'), []);
    assert.deepEqual(found('from openai import OpenAI\nclass Bot:\n    def __init__(self, groq_wrapper):\n        self.client = OpenAI()\n        self.groq = groq_wrapper\n    def ask(self):\n        return self.groq.client.chat.completions.create(model="llama3", messages=[])\n', 'd.py'), []);
    assert.deepEqual(found('from openai import OpenAI\nclient = None if OFFLINE else OpenAI()\nclient.chat.completions.create(model="m", messages=[])\n', 'e.py'), ['3 POST /v1/chat/completions openai']);
    const project = new ProjectIndex();
    project.addFile('src/config.ts', 'export const openai = { baseURL: "https://api.openai.com/v1" };\nexport const ollama = { baseURL: "http://localhost:11434/v1" };\n');
    const main = 'import OpenAI from "openai";\nimport { openai } from "./config";\nconst client = new OpenAI({ baseURL: openai.baseURL });\nawait client.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(detectCallSites(main, { fileName: 'src/main.ts', project }).sites.map((x) => x.provider), ['openai']);
    const subclassOnly = 'import openai\nclass Base:\n    pass\nclass AzureBot(Base):\n    def __init__(self):\n        openai.api_type = "azure"\n    def ask(self):\n        return openai.ChatCompletion.create(engine="gpt", messages=[])\nclass Plain(Base):\n    def ask(self):\n        return openai.ChatCompletion.create(model="gpt", messages=[])\n';
    assert.deepEqual(found(subclassOnly, 'f.py'), ['8 POST /v1/chat/completions azure', '11 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('from openai import OpenAI, AzureOpenAI\ndef get_client():\n    return OpenAI()\nclass AzureService:\n    def get_client(self):\n        return AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="v")\nclient = get_client()\nclient.chat.completions.create(model="m", messages=[])\n', 'g.py'), ['8 POST /v1/chat/completions openai']);
    assert.deepEqual(found('const http = require("http");\nconst https = require("https");\nhttp.request({ port: 11434, path: "/v1/chat/completions", method: "POST" });\nhttps.get({ hostname: "api.openai.com", path: "/v1/models" });\n', 'h.js'), ['4 GET /v1/models openai']);
    assert.deepEqual(found('import requests\nrequests.post("http://localhost:4000/openai/deployments/gpt-4/chat/completions", json={})\n', 'i.py'), ['2 POST /v1/chat/completions unknown']);
  });

  it('corpus 16: a base from a method plus a path, single segments where the file defaults to OpenAI, a client set by branch, a shorthand baseURL', () => {
    const agixt = 'import requests\nclass Provider:\n    def __init__(self, uri: str = "https://api.openai.com/v1"):\n        self.uri = uri\n    def _get_base_url(self):\n        return self.uri.rstrip("/")\n    def chat(self):\n        api_url = self._get_base_url() + "/chat/completions"\n        return requests.post(api_url, json={})\n    def embed(self):\n        api_url = self._get_base_url() + "/embeddings"\n        return requests.post(api_url, json={})\n    def models(self, url):\n        return requests.get(f"{url}/models")\n';
    assert.deepEqual(found(agixt, 'a.py'), ['9 POST /v1/chat/completions unknown', '12 POST /v1/embeddings unknown', '14 GET /v1/models unknown']);
    // without an OpenAI default in the file one segment could be any server's
    assert.deepEqual(found('import requests\ndef models(url):\n    requests.post(f"{url}/embeddings")\n    return requests.get(f"{url}/models")\n', 'b.py'), []);
    const branches = 'import os\nfrom openai import OpenAI, AzureOpenAI\ndef call(messages):\n    if os.environ["USE_OPENAI"] == "1":\n        client = OpenAI()\n        r = client.chat.completions.create(model="m", messages=messages)\n    else:\n        client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="v")\n        r = client.chat.completions.create(model="m", messages=messages)\n    client.embeddings.create(model="e", input="x")\n    return r\n';
    assert.deepEqual(found(branches, 'c.py'), ['6 POST /v1/chat/completions openai', '9 POST /v1/chat/completions azure', '10 POST /v1/embeddings unknown']);
    // a factory whose branches both return the same name: which client comes back is decided at run time
    const factory = 'from openai import OpenAI, AzureOpenAI\ndef get_client(kind):\n    if kind == "openai":\n        client = OpenAI()\n    else:\n        client = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="v")\n    return client\nc = get_client("x")\nc.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(factory, 'd.py'), ['9 POST /v1/chat/completions unknown']);
    const shorthand = 'import { OpenAI } from "openai";\nexport class Api {\n  constructor(config) {\n    const { baseURL } = this.base(config);\n    this.openai = new OpenAI({ apiKey: config.apiKey, baseURL });\n  }\n  async chat(body) {\n    return this.openai.chat.completions.create(body);\n  }\n}\n';
    assert.deepEqual(found(shorthand, 'e.ts'), ['8 POST /v1/chat/completions unknown']);
  });

  it('corpus 16: across files of one project, a client handed out by an arrow, an axios instance with a literal base, an openai-go client field', () => {
    const project = new ProjectIndex();
    project.addFile('app/utils.js', 'const { OpenAI } = require("openai");\nconst openai = new OpenAI();\nmodule.exports = {\n  getOpenAIClient: () => openai,\n  getName: () => name,\n};\n');
    project.addFile('src/lib/openaiAxios.ts', 'import axios from "axios";\nexport const openaiAxios = axios.create({\n  baseURL: "https://api.openai.com/v1/",\n});\nexport const internal = axios.create({ baseURL: "https://intranet.example.com/api/" });\n');
    project.addFile('models/openai.go', 'package models\nimport (\n\t"github.com/openai/openai-go/v3"\n\t"github.com/openai/openai-go/v3/option"\n)\ntype OpenAIModel struct {\n\tClient openai.Client\n}\nfunc New(base string) *OpenAIModel {\n\treturn &OpenAIModel{Client: openai.NewClient(option.WithBaseURL(base))}\n}\n');
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`);
    const consumer = 'const { getOpenAIClient, getName } = require("./utils");\nconst openaiClient = getOpenAIClient();\nconst other = getName();\nawait openaiClient.embeddings.create({ model: "m", input: "x" });\nawait other.embeddings.create({ model: "m", input: "x" });\n';
    assert.deepEqual(sites(consumer, 'app/search.js'), ['4 POST /v1/embeddings openai']);
    const axiosUser = 'import { openaiAxios, internal } from "@/lib/openaiAxios.js";\nexport const create = () => openaiAxios.post("responses", { model: "m" });\nexport const get = (id: string) => openaiAxios.get(`responses/${id}`);\nexport const users = () => internal.get("users");\nexport const inner = () => internal.post("responses", {});\n';
    assert.deepEqual(sites(axiosUser, 'src/clients/openai.ts'), ['2 POST /v1/responses openai', '3 GET /v1/responses/{response_id} openai']);
    const goUser = 'package models\nimport (\n\t"context"\n\t"github.com/openai/openai-go/v3/responses"\n)\nfunc run(ctx context.Context, m *OpenAIModel, p responses.ResponseNewParams) {\n\tm.Client.Responses.New(ctx, p)\n\tm.Client.Chat.Completions.NewStreaming(ctx, q)\n}\n';
    assert.deepEqual(sites(goUser, 'models/responses.go'), ['7 POST /v1/responses unknown', '8 POST /v1/chat/completions unknown']);
  });

  it('openai-go: a client-like field built elsewhere, and a type embedding the client', () => {
    const field = 'package dmr\nimport (\n\t"context"\n\t"github.com/openai/openai-go/v3"\n)\nfunc (c *Client) Embed(ctx context.Context) {\n\tc.client.Embeddings.New(ctx, openai.EmbeddingNewParams{})\n\tc.store.Files.New(ctx, p)\n}\n';
    assert.deepEqual(found(field, 'embed.go'), ['7 POST /v1/embeddings unknown']);
    // without the SDK imported, the same chain is any library's
    assert.deepEqual(found(field.replace('"github.com/openai/openai-go/v3"', '"example.com/embed"'), 'other.go'), []);
    const embedded = 'package ai\nimport (\n\t"context"\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\ntype Client struct {\n\t*openai.Client\n}\nfunc New(key string) *Client {\n\tc := openai.NewClient(option.WithAPIKey(key))\n\treturn &Client{Client: &c}\n}\nfunc (c *Client) Ask(ctx context.Context) {\n\tc.Chat.Completions.NewStreaming(ctx, body)\n}\n';
    assert.deepEqual(found(embedded, 'ai.go'), ['15 POST /v1/chat/completions openai']);
  });

  it('a URL given as the default of a lookup is no GET; it counts where the lookup\'s value goes', () => {
    const py = 'import requests\ndef run(kwargs):\n    r = requests.post(\n        kwargs.get("api_base", "http://127.0.0.1:8000/chat/completions"),\n        json={},\n    )\n    url = os.environ.get("CHAT_URL", "https://api.openai.com/v1/chat/completions")\n    requests.post(url, json={})\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/chat/completions unknown', '8 POST /v1/chat/completions unknown']);
  });

  it('review of the corpus-16 rules: module names read later, loops, other branches and locals, functions of the same name, other packages, other hosts, parameters', () => {
    // a function reads the module's client when it runs: after the script may have replaced it
    const cli = 'import os\nfrom openai import OpenAI, AzureOpenAI\nclient = OpenAI()\ndef ask(q):\n    return client.chat.completions.create(model="m", messages=[])\nif __name__ == "__main__":\n    if os.environ.get("AZURE"):\n        client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="v")\n    print(ask("hi"))\n';
    assert.deepEqual(found(cli, 'cli.py'), ['5 POST /v1/chat/completions unknown']);
    // a retry loop rebuilds the client after the call: the next pass may use either
    const loop = 'import os\nfrom openai import OpenAI, AzureOpenAI\ndef retry(msgs):\n    client = OpenAI()\n    for attempt in range(3):\n        try:\n            return client.chat.completions.create(model="m", messages=msgs)\n        except Exception:\n            client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="v")\n';
    assert.deepEqual(found(loop, 'loop.py'), ['7 POST /v1/chat/completions unknown']);
    // a factory that may return another SDK's client; a local of the module client's name
    const js = 'import OpenAI from "openai";\nimport Groq from "groq-sdk";\nconst openai = new OpenAI();\nconst groq = new Groq();\nexport function getClient(p) {\n  if (p === "groq") return groq;\n  return openai;\n}\nexport function getGroq() {\n  const openai = new Groq();\n  return openai;\n}\nconst a = getClient(x);\na.chat.completions.create({ model: "m", messages: [] });\nconst b = getGroq();\nb.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(js, 'llm.ts'), ['14 POST /v1/chat/completions unknown']);
    const project = new ProjectIndex();
    project.addFile('app/openai-adapter.ts', 'import OpenAI from "openai";\nexport function getClient() {\n  return new OpenAI();\n}\n');
    project.addFile('app/legacy.js', 'const { Configuration, OpenAIApi } = require("openai");\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.KEY }));\nmodule.exports = { getLegacy: () => openai };\n');
    project.addFile('src/openai/api.ts', 'import axios from "axios";\nexport const api = axios.create({ baseURL: "https://api.openai.com/v1/" });\n');
    project.addFile('models/openai.go', 'package models\nimport "github.com/openai/openai-go/v3"\ntype OpenAIModel struct {\n\tClient openai.Client\n}\n');
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`);
    // a function of that name imported from elsewhere, or defined here, is not the project's factory
    assert.deepEqual(sites('// Sync Drive documents into the OpenAI vector store\nimport { getClient } from "./drive";\nconst drive = getClient(auth);\ndrive.files.create({ requestBody: {} });\n', 'app/sync.ts'), []);
    assert.deepEqual(sites('// the OpenAI one is in ./openai-adapter\nimport Anthropic from "@anthropic-ai/sdk";\nfunction getClient() { return new Anthropic(); }\nconst client = getClient();\nclient.models.list();\n', 'app/anthropic.ts'), []);
    assert.deepEqual(sites('const { getLegacy } = require("./legacy");\nconst openai = getLegacy();\nopenai.createChatCompletion({ model: "m", messages: [] });\n', 'app/route.js'), ['3 POST /v1/chat/completions openai']);
    // `../backend/api` is another module than src/openai/api.ts
    assert.deepEqual(sites('import { api } from "../backend/api";\napi.post("files", f);\napi.get("models");\n', 'src/pages/threads.ts'), []);
    assert.deepEqual(sites('import { api } from "../openai/api";\napi.post("files", f);\n', 'src/pages/upload.ts'), ['2 POST /v1/files openai']);
    // a field declared here as another SDK's, or another package's field of that name
    const anthropicGo = 'package models\nimport (\n\t"github.com/anthropics/anthropic-sdk-go"\n\t"github.com/openai/openai-go/v3/packages/param"\n)\ntype AnthropicModel struct {\n\tClient anthropic.Client\n}\nfunc (m *AnthropicModel) L(ctx context.Context) {\n\tm.Client.Models.List(ctx, p)\n}\n';
    assert.deepEqual(sites(anthropicGo, 'models/anthropic.go'), []);
    assert.deepEqual(sites('package other\nimport "github.com/openai/openai-go/v3/shared"\nfunc (s *Svc) Ask() {\n\ts.Client.Chat.Completions.New(ctx, p)\n}\n', 'other/svc.go'), []);
    // another provider's literal base is that provider's, not a run-time host; a parameter shorthand is the caller's
    const hosts = 'import requests\nOPENAI_BASE = "https://api.openai.com/v1"\nANTHROPIC_BASE = "https://api.anthropic.com/v1"\nMISTRAL_BASE = "https://api.mistral.ai/v1"\nrequests.get(f"{ANTHROPIC_BASE}/models")\nrequests.post(f"{MISTRAL_BASE}/embeddings", json={})\n';
    assert.deepEqual(found(hosts, 'hosts.py'), ['6 POST /v1/embeddings other']);
    const shorthand = 'import OpenAI from "openai";\nconst baseURL = "https://api.groq.com/openai/v1";\nexport function make({ apiKey, baseURL }) {\n  const c = new OpenAI({ apiKey, baseURL });\n  return c.chat.completions.create({ model: "m", messages: [] });\n}\n';
    assert.deepEqual(found(shorthand, 'make.ts'), ['5 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('import requests\nclass P:\n    def chat(self):\n        return requests.post(f"{self._get_base_url()}/chat/completions", json={})\n    def embed(self):\n        url = self._get_base_url().rstrip("/") + "/audio/speech"\n        return requests.post(url, json={})\n', 'm.py'), ['4 POST /v1/chat/completions unknown', '7 POST /v1/audio/speech unknown']);
  });

  it('corpus 17: clients named for OpenAI handed to files that import no SDK, openai-go services and low-level requests, options from the caller, go-openai API types, exported shell bases', () => {
    assert.deepEqual(found('export async function checkStatus(openai, batchId) {\n  return openai.batches.retrieve(batchId);\n}\nexport async function other(client, id) {\n  return client.batches.retrieve(id);\n}\n', 'status.mjs'), ['2 GET /v1/batches/{batch_id} unknown']);
    assert.deepEqual(found('class Bot:\n    def __init__(self, client_openai):\n        self.client_openai = client_openai\n    def ask(self, m):\n        return self.client_openai.chat.completions.create(model="gpt-4o", messages=m)\n', 'bot.py'), ['5 POST /v1/chat/completions unknown']);
    const services = 'package wingman\nimport "github.com/openai/openai-go/v3"\ntype Embedder struct {\n\tembeddings openai.EmbeddingService\n\tspeech openai.AudioSpeechService\n}\nfunc New(cfg *Config) *Embedder {\n\treturn &Embedder{embeddings: openai.NewEmbeddingService(cfg.Options()...), speech: openai.NewAudioSpeechService(cfg.Options()...)}\n}\nfunc (e *Embedder) Embed(ctx context.Context) {\n\te.embeddings.New(ctx, params)\n\te.speech.New(ctx, p)\n}\n';
    assert.deepEqual(found(services, 'embedder.go'), ['11 POST /v1/embeddings unknown', '12 POST /v1/audio/speech unknown']);
    const passedIn = 'package ai\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\ntype C struct{ client *openai.Client }\nfunc New(key string, opts ...option.RequestOption) *C {\n\topts = append(opts, option.WithAPIKey(key))\n\tc := openai.NewClient(opts...)\n\treturn &C{client: &c}\n}\nfunc (c *C) Ask(ctx context.Context) {\n\tc.client.Chat.Completions.New(ctx, p)\n}\n';
    assert.deepEqual(found(passedIn, 'c.go'), ['13 POST /v1/chat/completions unknown']);
    const project = new ProjectIndex();
    project.addFile('bot/main.go', 'package main\nimport (\n\t"github.com/openai/openai-go/v3"\n\t"github.com/openai/openai-go/v3/option"\n)\nvar apiClient openai.Client\nfunc main() {\n\tapiClient = openai.NewClient(option.WithAPIKey(key))\n}\n');
    const handler = 'package main\nimport (\n\t"github.com/openai/openai-go/v3"\n)\nfunc edit(ctx context.Context) {\n\tvar res openai.ImagesResponse\n\tapiClient.Post(ctx, "images/edits", body, &res)\n\tapiClient.Post(ctx, "not/an/endpoint", body, &res)\n}\n';
    assert.deepEqual(detectCallSites(handler, { fileName: 'bot/cmdhandler.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`), ['7 POST /v1/images/edits openai']);
    assert.deepEqual(found('from openai import AsyncOpenAI\nclient = AsyncOpenAI()\nasync def accept(call_id):\n    await client.post(f"/realtime/calls/{call_id}/accept", body={}, cast_to=dict)\n', 'sip.py'), ['4 POST /v1/realtime/calls/{call_id}/accept openai']);
    const apiType = 'package main\nimport "github.com/sashabaranov/go-openai"\nfunc transcribe(url string, key string) {\n\tconfig := openai.DefaultAzureConfig(key, url)\n\tconfig.APIType = "OPEN_AI"\n\tclient := openai.NewClientWithConfig(config)\n\tclient.CreateTranscription(ctx, req)\n}\n';
    assert.deepEqual(found(apiType, 't.go'), ['7 POST /v1/audio/transcriptions unknown']);
    assert.deepEqual(found('#!/bin/bash\nexport ENDPOINT_URL=http://localhost:8000/v1\ncurl $ENDPOINT_URL/chat/completions -d "{}"\n', 'start.sh'), ['3 POST /v1/chat/completions other']);
  });

  it('mocked responses in tests are no requests: msw handlers, responses, respx, aioresponses, nock', () => {
    const msw = 'import { http, HttpResponse } from "msw";\nconst OPENAI_BASE = "https://api.openai.com/v1";\nserver.use(http.post(`${OPENAI_BASE}/responses`, () => HttpResponse.json({})));\nserver.use(http.get(`${OPENAI_BASE}/responses/resp_1`, () => HttpResponse.json({})));\nawait fetch(`${OPENAI_BASE}/responses`, { method: "POST" });\n';
    assert.deepEqual(found(msw, 'openai.test.ts'), ['5 POST /v1/responses openai']);
    const py = 'import responses\nimport respx\nimport requests\nfrom aioresponses import aioresponses\nresponses.post("https://api.openai.com/v1/chat/completions", json={})\nrespx.post("https://api.openai.com/v1/embeddings").mock(return_value=None)\nwith aioresponses() as m:\n    m.post("https://api.openai.com/v1/files", payload={})\nrequests.post("https://api.openai.com/v1/moderations", json={})\n';
    assert.deepEqual(found(py, 'test_api.py'), ['9 POST /v1/moderations openai']);
    // without msw, `http.get` is Node's own request
    assert.deepEqual(found('import http from "node:https";\nhttp.get("https://api.openai.com/v1/models", (res) => {});\n', 'a.ts'), ['2 GET /v1/models openai']);
  });

  it('review of the corpus-17 rules: low-level verbs on other clients, whole paths only, Go locals and folders, run-time shell bases, other APIs\' own resources, test doubles', () => {
    const proxy = 'import httpx\nfrom openai import OpenAI\nclient = OpenAI()\ndef summarize(t):\n    return client.chat.completions.create(model="m", messages=[])\nasync def forward(payload):\n    async with httpx.AsyncClient(base_url="http://vllm:8000/v1") as client:\n        r = await client.post("/chat/completions", json=payload)\n';
    assert.deepEqual(found(proxy, 'proxy.py'), ['5 POST /v1/chat/completions openai']);
    const axiosTs = 'import OpenAI from "openai";\nimport axios from "axios";\nconst client = new OpenAI();\nexport async function viaOllama(body) {\n  const client = axios.create({ baseURL: "http://localhost:11434/v1" });\n  return client.post("/chat/completions", body);\n}\n';
    assert.deepEqual(found(axiosTs, 'ollama.ts'), ['6 POST /v1/chat/completions other']);
    const rest = 'package llm\nimport (\n\t"github.com/openai/openai-go"\n)\ntype OpenAIProvider struct {\n\tclient openai.Client\n}\ntype OllamaProvider struct {\n\tclient *restClient\n}\nfunc (p *OllamaProvider) Chat(ctx context.Context, body any) error {\n\treturn p.client.Post(ctx, "chat/completions", body, &out)\n}\n';
    assert.deepEqual(found(rest, 'providers.go'), []);
    assert.deepEqual(found('from openai import OpenAI\nclient = OpenAI()\nclient.delete("/files/" + file_id, cast_to=dict)\nclient.get(f"/models/{m}", cast_to=dict)\nclient.put("/chat/completions", cast_to=dict)\n', 'low.py'), ['4 GET /v1/models/{model} openai']);
    const project = new ProjectIndex();
    project.addFile('cmd/azurebot/main.go', 'package main\nimport "github.com/sashabaranov/go-openai"\nvar client *openai.Client\nfunc main() {\n\tclient = openai.NewClientWithConfig(openai.DefaultAzureConfig(key, "https://x.openai.azure.com"))\n}\n');
    project.addFile('app/main.go', 'package main\nimport "github.com/openai/openai-go/v3"\nvar client openai.Client\nfunc main() {\n\tclient = openai.NewClient()\n}\n');
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`);
    // another folder's `package main` is another package; a local of that name is the file's own
    assert.deepEqual(sites('package main\nimport "github.com/sashabaranov/go-openai"\nfunc ask(ctx context.Context, client Chatter) {\n\tclient.CreateChatCompletion(ctx, openai.ChatCompletionRequest{})\n}\n', 'cmd/cli/main.go'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(sites('package main\nimport (\n\t"github.com/anthropics/anthropic-sdk-go"\n\t"github.com/openai/openai-go/v3/shared"\n)\nfunc listClaude(ctx context.Context) {\n\tclient := anthropic.NewClient()\n\tclient.Models.List(ctx, anthropic.ModelListParams{})\n}\n', 'app/claude.go'), []);
    assert.deepEqual(sites('package main\nimport "github.com/openai/openai-go/v3/shared"\nfunc run(ctx context.Context) {\n\tclient.Models.List(ctx)\n}\n', 'app/run.go'), ['4 GET /v1/models openai']);
    // a shell base set to two hosts is decided at run time; another API's own resources are not OpenAI's
    assert.deepEqual(found('#!/bin/bash\nBASE=http://localhost:8000/v1\ncurl $BASE/chat/completions -d @r.json\nBASE=https://api.openai.com/v1\ncurl $BASE/chat/completions -d @r.json\n', 'b.sh'), ['3 POST /v1/chat/completions unknown', '5 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('#!/bin/bash\n# openai-compatible uploads\nexport STRIPE_API=https://api.stripe.com/v1\ncurl https://api.stripe.com/v1/files/file_123 -u "$K:"\ncurl $STRIPE_API/files/file_123\ncurl https://api.groq.com/openai/v1/chat/completions -d "{}"\n', 's.sh'), ['6 POST /v1/chat/completions other']);
    // options from a local slice are this function's own; `==` compares
    const localOpts = 'package c\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc New(key string) {\n\tvar opts []option.RequestOption\n\topts = append(opts, option.WithAPIKey(key))\n\tclient := openai.NewClient(opts...)\n\tclient.Chat.Completions.New(ctx, p)\n}\n';
    assert.deepEqual(found(localOpts, 'c.go'), ['10 POST /v1/chat/completions openai']);
    assert.deepEqual(found('package e\nimport "github.com/sashabaranov/go-openai"\nfunc f(key, endpoint string) {\n\tconfig := openai.DefaultAzureConfig(key, endpoint)\n\tif config.APIType == openai.APITypeOpenAI {\n\t\tlog.Print("x")\n\t}\n\tclient := openai.NewClientWithConfig(config)\n\tclient.CreateChatCompletion(ctx, req)\n}\n', 'e.go'), ['9 POST /v1/chat/completions azure']);
    // test doubles and wrappers named for OpenAI are no clients
    assert.deepEqual(found('def test_ask(mock_openai):\n    mock_openai.chat.completions.create(model="m", messages=[])\n', 'test_ask.py'), []);
    assert.deepEqual(found('from langchain_openai import ChatOpenAI\nclass Agent:\n    def __init__(self, openai):\n        self.openai = openai\n    def models(self):\n        return self.openai.models.list()\n', 'agent.py'), []);
  });

  it('corpus 18: a go-openai client built and used in one expression, the go-openai methods checked against its source, openai<1.0 embeddings_utils helpers', () => {
    const probe = 'package p\nimport (\n\t"context"\n\topenai "github.com/sashabaranov/go-openai"\n)\nfunc Probe(ctx context.Context, baseURL, apiKey string) {\n\tcfg := openai.DefaultConfig(apiKey)\n\tcfg.BaseURL = baseURL\n\tresp, err := openai.NewClientWithConfig(cfg).ListModels(ctx)\n\tc := openai.NewClient(apiKey)\n\tc.RetrieveRun(ctx, threadID, runID)\n\topenai.NewClient(apiKey).CreateResponse(ctx, req)\n}\n';
    assert.deepEqual(found(probe, 'probe.go'), ['9 GET /v1/models unknown', '11 GET /v1/threads/{thread_id}/runs/{run_id} openai', '12 POST /v1/responses openai']);
    const legacy = 'import openai\nfrom openai.embeddings_utils import get_embedding, cosine_similarity\nfrom openai import embeddings_utils\ne = get_embedding("hi", engine="text-embedding-ada-002")\nf = embeddings_utils.get_embeddings(["a"], engine="e")\ns = cosine_similarity(e, e)\n';
    assert.deepEqual(found(legacy, 'legacy.py'), ['4 POST /v1/embeddings openai', '5 POST /v1/embeddings openai']);
    // a file's own function of that name is not the helper
    assert.deepEqual(found('import openai\nfrom openai.embeddings_utils import get_embedding\ndef get_embedding(t):\n    return [0.0]\nget_embedding("x")\n', 'own.py'), []);
  });
  it('corpus 19: openai-go pagers, a client per Go function, a base URL built from a variable, options held in a field, parameter defaults, a URL chosen by a conditional', () => {
    const go = [
      'package e2e',
      'import (',
      '\t"fmt"',
      '\t"github.com/openai/openai-go"',
      '\t"github.com/openai/openai-go/option"',
      ')',
      'func TestGateway(t *testing.T) {',
      '\taddr := fmt.Sprintf("http://localhost:%d", port)',
      '\tt.Run("models", func(t *testing.T) {',
      '\t\tclient := openai.NewClient(option.WithBaseURL(addr + "/v1/"))',
      '\t\tit := client.Models.ListAutoPaging(t.Context())',
      '\t\tclient.Files.ListAutoPaging(t.Context(), q)',
      '\t})',
      '}',
      'func helper(t *testing.T, addr, model string) {',
      '\tclient := openai.NewClient(option.WithBaseURL(addr + "/v1/"))',
      '\tclient.Embeddings.New(t.Context(), p)',
      '}',
      'func other(ctx context.Context) {',
      '\tclient := openai.NewClient()',
      '\tclient.Models.NoSuchAutoPaging(ctx)',
      '\tclient.Chat.Completions.New(ctx, p)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'gw_test.go'), ['11 GET /v1/models other', '12 GET /v1/files other', '17 POST /v1/embeddings unknown', '22 POST /v1/chat/completions openai']);
    // `NewClient(o.Opts...)`: options a struct field holds may carry a base URL, whatever this file adds
    const field = 'package compat\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc (o *Plugin) Init() {\n\tclient := openai.NewClient(o.Opts...)\n\tclient.Embeddings.New(ctx, p)\n}\n';
    assert.deepEqual(found(field, 'compat.go'), ['8 POST /v1/embeddings unknown']);
    const withBase = field.replace('\tclient := openai', '\to.Opts = append(o.Opts, option.WithBaseURL("https://api.groq.com/openai/v1"))\n\tclient := openai');
    assert.deepEqual(found(withBase, 'compat.go'), ['9 POST /v1/embeddings other']);
    // a parameter's default is the caller's to change; an assignment is not
    const sampler = 'from openai import OpenAI\nclass Sampler:\n    def __init__(\n        self,\n        base_url: str = "http://localhost:8000/v1",\n    ):\n        self.client = OpenAI(base_url=base_url)\n    def run(self):\n        return self.client.responses.create(model="m", input="x")\n';
    assert.deepEqual(found(sampler, 'sampler.py'), ['9 POST /v1/responses unknown']);
    assert.deepEqual(found('from openai import OpenAI\nbase_url = "http://localhost:8000/v1"\nclient = OpenAI(base_url=base_url)\nclient.models.list()\n', 'a.py'), ['4 GET /v1/models other']);
    const ts = 'import OpenAI from "openai";\nexport function make(\n  baseURL = "http://localhost:1234/v1",\n) {\n  const client = new OpenAI({ baseURL });\n  return client.models.list();\n}\n';
    assert.deepEqual(found(ts, 'a.ts'), ['6 GET /v1/models unknown']);
    // a URL chosen by a conditional: both branches local, or one of them OpenAI's
    const both = 'import requests\nURL = ("http://localhost:8081/v1/responses" if small\n       else "http://localhost:8000/v1/responses")\nrequests.post(URL, json={})\n';
    assert.deepEqual(found(both, 'chat.py'), ['4 POST /v1/responses other']);
    assert.deepEqual(found(both.replace('http://localhost:8000', 'https://api.openai.com'), 'chat.py'), ['4 POST /v1/responses unknown']);
  });
  it('review of the corpus-19 rules: a Go client rebuilt in a branch, signatures over lines and with interface{}, keyed option literals, constants plus a path, brackets in a default, if statements after a URL', () => {
    const header = 'package main\nimport (\n\t"context"\n\t"os"\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\n';
    // a client rebuilt in an `if` of the same function: a run-time choice (also for go-openai)
    const branch = header + 'func main() {\n\tclient := openai.NewClient()\n\tif os.Getenv("USE_GROQ") != "" {\n\t\tclient = openai.NewClient(option.WithBaseURL("https://api.groq.com/openai/v1/"))\n\t}\n\tclient.Chat.Completions.New(context.TODO(), p)\n}\n';
    assert.deepEqual(found(branch, 'main.go'), ['13 POST /v1/chat/completions unknown']);
    const community = 'package main\nimport (\n\t"context"\n\t"os"\n\topenai "github.com/sashabaranov/go-openai"\n)\nfunc main() {\n\tclient := openai.NewClient(os.Getenv("OPENAI_API_KEY"))\n\tif endpoint := os.Getenv("AZURE_OPENAI_ENDPOINT"); endpoint != "" {\n\t\tclient = openai.NewClientWithConfig(openai.DefaultAzureConfig(os.Getenv("K"), endpoint))\n\t}\n\tclient.CreateChatCompletion(context.TODO(), req)\n}\n';
    assert.deepEqual(found(community, 'main.go'), ['12 POST /v1/chat/completions unknown']);
    // a parameter, whatever another function assigns to the same name
    const proxy = 'func start() string {\n\taddr := "https://api.groq.com/openai"\n\treturn addr\n}\n';
    const multiLine = header + proxy + 'func helper(\n\tctx context.Context,\n\taddr string,\n) {\n\tclient := openai.NewClient(option.WithBaseURL(addr + "/v1/"))\n\tclient.Embeddings.New(ctx, p)\n}\n';
    assert.deepEqual(found(multiLine, 'h.go'), ['17 POST /v1/embeddings unknown']);
    const afterInterface = header + proxy + 'func helper(ctx context.Context, meta map[string]interface{}, addr string) {\n\tclient := openai.NewClient(option.WithBaseURL(addr + "/v1/"))\n\tclient.Embeddings.New(ctx, p)\n}\n';
    assert.deepEqual(found(afterInterface, 'h.go'), ['14 POST /v1/embeddings unknown']);
    // the same constant read in a function that does not take it as a parameter
    const constant = header + 'func main() {\n\taddr := "https://api.groq.com/openai"\n\tclient := openai.NewClient(option.WithBaseURL(addr + "/v1/"))\n\tclient.Chat.Completions.New(context.TODO(), p)\n}\n';
    assert.deepEqual(found(constant, 'main.go'), ['11 POST /v1/chat/completions other']);
    // a struct's option field filled by a literal in this file
    const keyed = header + 'type Config struct {\n\tOpts []option.RequestOption\n}\nfunc main() {\n\tcfg := Config{Opts: []option.RequestOption{option.WithAPIKey(os.Getenv("K"))}}\n\tclient := openai.NewClient(cfg.Opts...)\n\tclient.Chat.Completions.New(context.TODO(), p)\n}\n';
    assert.deepEqual(found(keyed, 'main.go'), ['14 POST /v1/chat/completions openai']);
    // a bracket inside a default's string does not hold the signature open
    const brackets = 'import os\nfrom openai import OpenAI\ndef strip_wrapping(text, openers="(["):\n    return text.lstrip(openers)\nBASE_URL = "https://api.groq.com/openai/v1"\nclient = OpenAI(base_url=BASE_URL)\nclient.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(brackets, 'a.py'), ['7 POST /v1/chat/completions other']);
    // an `if` statement after a URL's assignment is no conditional expression (Python, and JavaScript without semicolons)
    const statement = 'import requests\ndef ask(payload, stream=False):\n    url = "https://api.openai.com/v1/chat/completions"\n    if stream: return requests.post(url, json=payload, stream=True)\n    else: return requests.post(url, json=payload)\n';
    assert.deepEqual(found(statement, 'a.py'), ['4 POST /v1/chat/completions openai', '5 POST /v1/chat/completions openai']);
    const js = 'const url = "https://api.openai.com/v1/chat/completions"\nif (stream) return fetch(url, init)\nelse return fetch(url, init)\n';
    assert.deepEqual(found(js, 'a.js'), ['2 POST /v1/chat/completions openai', '3 POST /v1/chat/completions openai']);
  });

  it('curl run from code: a command string handed to a shell runner, not one in a docstring or a message; /v1/models on a local server', () => {
    const py = [
      'import os, subprocess',
      'def test_api():',
      '    """Try: curl https://api.openai.com/v1/models"""',
      '    print("curl https://api.openai.com/v1/models")',
      '    run_cmd("curl http://localhost:8000/v1/models")',
      '    run_cmd(',
      '        """',
      'curl http://localhost:8000/v1/chat/completions \\',
      '  -H "Content-Type: application/json" \\',
      '  -d \'{"model": "m", "messages": []}\'',
      '"""',
      '    )',
      '    os.system("curl https://api.openai.com/v1/embeddings -d x")',
      '    subprocess.run(["curl", "https://api.openai.com/v1/models"])',
      '    run_cmd("echo curl https://api.openai.com/v1/models")',
      '',
    ].join('\n');
    // (and since held-out corpus 277, curl started with its arguments listed, line 14: see otherLanguages.test.ts)
    assert.deepEqual(found(py, 'test_api.py'), ['5 GET /v1/models other', '8 POST /v1/chat/completions other', '13 POST /v1/embeddings openai', '14 GET /v1/models openai']);
    const ts = 'import { execSync } from "node:child_process";\nexecSync(`curl https://api.openai.com/v1/files -F purpose=batch -F file=@a.jsonl`);\nconsole.log(`curl https://api.openai.com/v1/files`);\n';
    assert.deepEqual(found(ts, 'a.ts'), ['2 POST /v1/files openai']);
    // `/v1/models` is every API's listing on a public host (Anthropic's too), the OpenAI-compatible one on a local server
    assert.deepEqual(found('curl http://localhost:11434/v1/models\ncurl https://api.anthropic.com/v1/models\n', 'a.sh'), ['1 GET /v1/models other']);
  });
  it('corpus 20: curl in a shell script\'s strings that run, ports and hosts filled in at run time, a go-openai base URL set twice, a Go package constant of another file, a parameter typed as an Azure client', () => {
    const sh = [
      'result="$(curl -s https://api.openai.com/v1/models -H "Authorization: Bearer $K")"',
      'echo "try: curl https://api.openai.com/v1/models"',
      'USAGE="curl https://api.openai.com/v1/models"',
      'exec_color "timeout 25 bash -c \'until curl -s -f http://localhost:8085/v1/models; do sleep 2; done\'"',
      'bash -c "curl https://api.openai.com/v1/embeddings -d @body.json"',
      'log_info "curl https://api.openai.com/v1/files"',
      'cat <<EOF',
      'curl https://api.openai.com/v1/files',
      'EOF',
      '',
    ].join('\n');
    assert.deepEqual(found(sh, 'demo.sh'), ['1 GET /v1/models openai', '4 GET /v1/models other', '5 POST /v1/embeddings openai']);
    // a port filled in leaves the host known; a host filled in does not; a host set once in the file is read
    const py = [
      'import os',
      'from openai import OpenAI',
      'local = OpenAI(base_url="http://localhost:{}/v1".format(os.getenv("API_PORT", 8000)))',
      'local.models.list()',
      'hosted = OpenAI(base_url="http://{}/v1".format(os.environ["HOST"]))',
      'hosted.models.list()',
      'if __name__ == "__main__":',
      '    host: str = "127.0.0.1"',
      '    port: int = 8000',
      '    client = OpenAI(base_url=f"http://{host}:{port}/v1")',
      '    client.models.list()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'a.py'), ['4 GET /v1/models other', '6 GET /v1/models unknown', '11 GET /v1/models other']);
    const go = 'package e2e\nimport (\n\t"fmt"\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc TestA(t *testing.T) {\n\tclient := openai.NewClient(option.WithBaseURL(fmt.Sprintf("http://%s", ip)))\n\tclient.Chat.Completions.New(ctx, p)\n}\n';
    assert.deepEqual(found(go, 'a_test.go'), ['9 POST /v1/chat/completions unknown']);
    // a go-openai config given a literal base URL, then the caller's when it has one
    const deepseek = 'package ai\nimport (\n\tdeepseek "github.com/sashabaranov/go-openai"\n)\nconst defaultBaseURL = "https://api.deepseek.com/v1"\nfunc (c *Client) Configure(cfg Config) {\n\tconfig := deepseek.DefaultConfig(cfg.Token)\n\tconfig.BaseURL = defaultBaseURL\n\tif cfg.BaseURL != "" {\n\t\tconfig.BaseURL = cfg.BaseURL\n\t}\n\tc.client = deepseek.NewClientWithConfig(config)\n}\nfunc (c *Client) Ask(ctx context.Context) {\n\tc.client.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(deepseek, 'deepseek.go'), ['15 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(deepseek.replace('\tif cfg.BaseURL != "" {\n\t\tconfig.BaseURL = cfg.BaseURL\n\t}\n', ''), 'deepseek.go'), ['12 POST /v1/chat/completions other']);
    // a Go package constant declared in another file of the same folder and package
    const utils = 'package tests\nconst (\n\tmodel   = "m"\n\tbaseURL = "http://localhost/v1"\n)\n';
    const test = 'package tests\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc TestRanks(t *testing.T) {\n\tc := openai.NewClient(option.WithBaseURL(baseURL))\n\tc.Chat.Completions.New(ctx, p)\n}\n';
    const project = new ProjectIndex();
    project.addFile('sim/tests/utils_test.go', utils);
    project.addFile('sim/tests/ranks_test.go', test);
    project.addFile('other/tests/utils_test.go', utils.replace('http://localhost/v1', 'https://api.openai.com/v1'));
    const sites = detectCallSites(test, { fileName: 'sim/tests/ranks_test.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['8 /v1/chat/completions other']);
    assert.deepEqual(found(test, 'ranks_test.go'), ['8 POST /v1/chat/completions unknown']);
    // a parameter typed as an Azure client sends to Azure, whichever client the caller passes
    const azure = 'from openai import AzureOpenAI, OpenAI\ndef embed(text: str, client: AzureOpenAI):\n    return client.embeddings.create(model="m", input=text)\ndef chat(client: OpenAI):\n    return client.chat.completions.create(model="m", messages=[])\nclient = AzureOpenAI(azure_endpoint="https://x.openai.azure.com")\n';
    assert.deepEqual(found(azure, 'rag.py'), ['3 POST /v1/embeddings azure', '5 POST /v1/chat/completions unknown']);
  });
  it('an SDK method handed to a wrapper that calls it: thread and async bridges, partial, retry helpers; not one handed to an inspection', () => {
    const py = [
      'import asyncio',
      'from functools import partial',
      'from asgiref.sync import sync_to_async',
      'from openai import OpenAI',
      'import openai',
      'client = OpenAI()',
      'async def run(f):',
      '    r = await sync_to_async(client.audio.translations.create)(model="whisper-1", file=f)',
      '    s = await asyncio.to_thread(client.chat.completions.create, model="m", messages=[], store=True)',
      '    e = await loop.run_in_executor(None, partial(openai.Embedding.create, input="x", engine="e"))',
      '    hasattr(client.chat.completions.create, "x")',
      '    mocker.patch.object(client.chat.completions, "create")',
      '    register(client.chat.completions.create)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'run.py'), ['8 POST /v1/audio/translations openai', '9 POST /v1/chat/completions openai', '10 POST /v1/embeddings openai']);
    const flags = detectCallSites(py, { fileName: 'run.py' }).sites.find((x) => x.range.start.line === 8)?.flags;
    assert.equal(flags?.store, 'true');
  });
  it('microsoft/autogen: a client handed in as `self._client`, typed as a union of the SDK classes, and retyped with cast()', () => {
    const py = [
      'from typing import Any, Union, cast',
      'from openai import AsyncAzureOpenAI, AsyncOpenAI',
      'class Agent:',
      '    def __init__(self, client: AsyncOpenAI | AsyncAzureOpenAI):',
      '        self._client = client',
      '    async def embed(self, aoai: Optional[AsyncAzureOpenAI] = None):',
      '        await self._client.beta.assistants.retrieve("a")',
      '        client = cast(Any, self._client)',
      '        await client.responses.create(model="m", input="x")',
      '        await aoai.embeddings.create(model="m", input="x")',
      '        self._client.beta.threads.messages.list = AsyncMock()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'agent.py'), ['7 GET /v1/assistants/{assistant_id} unknown', '9 POST /v1/responses unknown', '10 POST /v1/embeddings azure']);
  });
  it('review of the corpus-20 rules: strings a shell prints or stores, escaped substitutions, runners in code that are no shells, URL ends in shell, hosts that are parameters, local /api/v1/models, Go configs per function', () => {
    const sh = [
      '>&2 echo "curl https://api.openai.com/v1/chat/completions -d x"',
      'echo "Use \\`curl https://api.openai.com/v1/models\\` to check your key"',
      'echo "Docs: \\$(curl https://api.openai.com/v1/chat/completions -d @req.json)"',
      'export HINT="curl https://api.openai.com/v1/models"',
      'print_step "curl https://api.openai.com/v1/chat/completions -d x"',
      'git commit -m "curl https://api.openai.com/v1/chat/completions -d x"',
      'body=$(jq -n --arg cmd "curl https://api.openai.com/v1/chat/completions" \'{cmd: $cmd}\')',
      'docker exec app sh -c "curl -s https://api.openai.com/v1/models"',
      'curl https://<your-resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=2024-02-01 -d x',
      'curl https://api.openai.com/v1/<endpoint> -d x',
      'curl https://api.openai.com/v1/models>models.json',
      'out=`curl -s https://api.openai.com/v1/files`',
      'curl "https://api.openai.com/v1/files/`cat id`" -X DELETE',
      'curl "http://localhost:$PORT/v1/models"',
      'curl http://localhost:3000/api/v1/models',
      '',
    ].join('\n');
    assert.deepEqual(found(sh, 'a.sh'), [
      '8 GET /v1/models openai',
      '9 POST /v1/chat/completions azure',
      '11 GET /v1/models openai',
      '12 GET /v1/files openai',
      '13 DELETE /v1/files/{file_id} openai',
      '14 GET /v1/models other',
    ]);
    // a long line of runs and a string of many `curl` words stay linear (asserted on size, not time: see the fuzz test)
    assert.equal(found('x=1; ' + 'run "curl https://api.openai.com/v1/models"; '.repeat(200) + '\n', 'b.sh').length, 200);
    const ts = 'const m = /curl (\\S+)/.exec("curl https://api.openai.com/v1/embeddings -d x");\ndb.exec("curl https://api.openai.com/v1/embeddings -d x");\n';
    assert.deepEqual(found(ts, 'a.ts'), []);
    const py = 'from unittest.mock import call\nimport os\nassert m.call_args_list == [call("curl https://api.openai.com/v1/models")]\nos.system("curl -s http://localhost:11434/v1/models")\nos.system("curl -s https://api.openai.com/v1/models")\nrequests.get(f"http://localhost:{port}/v1/models")\n';
    assert.deepEqual(found(py, 'a.py'), ['4 GET /v1/models other', '5 GET /v1/models openai', '6 GET /v1/models other']);
    // a host name that is a parameter or a loop variable somewhere is not the file's constant there
    const param = 'from openai import OpenAI\nhost = "127.0.0.1"\ndef remote(host: str, port: int):\n    c = OpenAI(base_url=f"http://{host}:{port}/v1")\n    return c.models.list()\n';
    assert.deepEqual(found(param, 'a.py'), ['5 GET /v1/models unknown']);
    const loop = 'from openai import OpenAI\nhost = "127.0.0.1"\nfor host in ["api.openai.com", "api.groq.com"]:\n    OpenAI(base_url=f"https://{host}/v1").models.list()\n';
    assert.deepEqual(found(loop, 'a.py'), ['4 GET /v1/models unknown']);
    // go-openai configs: one per function, a tidy-up of the value, a setting only in a branch
    const go = (body: string): string => `package main\nimport (\n\t"context"\n\t"strings"\n\topenai "github.com/sashabaranov/go-openai"\n)\n${body}`;
    const perFunction = go('func a(k string) {\n\tconfig := openai.DefaultConfig(k)\n\tconfig.BaseURL = "https://api.openai.com/v1"\n\tc := openai.NewClientWithConfig(config)\n\tc.CreateChatCompletion(context.Background(), req)\n}\nfunc b(k string) {\n\tconfig := openai.DefaultConfig(k)\n\tconfig.BaseURL = "http://localhost:8080/v1"\n\tc := openai.NewClientWithConfig(config)\n\tc.CreateChatCompletion(context.Background(), req)\n}\n');
    assert.deepEqual(found(perFunction, 'a.go'), ['11 POST /v1/chat/completions openai', '17 POST /v1/chat/completions other']);
    const tidy = go('func a(k string) {\n\tconfig := openai.DefaultConfig(k)\n\tconfig.BaseURL = "https://api.deepseek.com/v1"\n\tconfig.BaseURL = strings.TrimSuffix(config.BaseURL, "/")\n\tc := openai.NewClientWithConfig(config)\n\tc.CreateChatCompletion(context.Background(), req)\n}\n');
    assert.deepEqual(found(tidy, 'a.go'), ['12 POST /v1/chat/completions other']);
    const branch = go('func a(k string, useProxy bool) {\n\tconfig := openai.DefaultConfig(k)\n\tif useProxy {\n\t\tconfig.BaseURL = "https://proxy.example.com/v1"\n\t}\n\tc := openai.NewClientWithConfig(config)\n\tc.CreateChatCompletion(context.Background(), req)\n}\n');
    assert.deepEqual(found(branch, 'a.go'), ['13 POST /v1/chat/completions unknown']);
    // openai-go: a `:=` in a block closed before the call declared another variable
    const shadow = 'package main\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc shadow() {\n\tclient := openai.NewClient()\n\tif debug {\n\t\tclient := openai.NewClient(option.WithBaseURL("http://localhost:8080/v1"))\n\t\tclient.Models.List(ctx)\n\t}\n\tclient.Chat.Completions.New(ctx, p)\n}\n';
    assert.deepEqual(found(shadow, 'a.go'), ['10 GET /v1/models other', '12 POST /v1/chat/completions openai']);
    // a package variable that an init() or a flag sets is no constant
    const config = 'package llm\nimport "os"\nvar baseURL = "http://localhost:11434/v1"\nfunc init() {\n\tif v := os.Getenv("OPENAI_BASE_URL"); v != "" {\n\t\tbaseURL = v\n\t}\n}\n';
    const client = 'package llm\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\nfunc ask() {\n\tc := openai.NewClient(option.WithBaseURL(baseURL))\n\tc.Chat.Completions.New(ctx, p)\n}\n';
    const project = new ProjectIndex();
    project.addFile('llm/config.go', config);
    project.addFile('llm/client.go', client);
    assert.deepEqual(detectCallSites(client, { fileName: 'llm/client.go', project }).sites.map((x) => x.provider), ['unknown']);
  });
  it('corpus 21: Azure AI Foundry project clients, a folder index re-exporting a factory, the module kept on self, .http variables ending in a slash, Obsidian requestUrl, another function\'s URL variable, clients returned as members, Windows line ends, v4 ignores basePath', () => {
    const services = 'import { AIProjectClient } from "@azure/ai-projects";\nimport { DefaultAzureCredential } from "@azure/identity";\nconst project = new AIProjectClient(process.env.AI_PROJECT_ENDPOINT, new DefaultAzureCredential());\nexport const getOpenAIClient = () => project.getOpenAIClient();\nexport async function getAzureClient() {\n  return await project.getAzureOpenAIClient({ apiVersion: "2024-10-21" });\n}\n';
    const provider = 'import { getOpenAIClient, getAzureClient } from "../../services";\nexport class ApiProvider {\n  async list(id: string) {\n    const client = await getOpenAIClient();\n    return client.conversations.retrieve(id);\n  }\n  async embed() {\n    const azure = await getAzureClient();\n    return azure.embeddings.create({ model: "m", input: "x" });\n  }\n}\n';
    const project = new ProjectIndex();
    project.addFile('server/services/azureAI.ts', services);
    project.addFile('server/providers/api/ApiProvider.ts', provider);
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites(provider, 'server/providers/api/ApiProvider.ts'), ['5 /v1/conversations/{conversation_id} azure', '9 /v1/embeddings azure']);
    const py = 'from azure.ai.projects import AIProjectClient\nproject_client = AIProjectClient(endpoint=e, credential=c)\nclient = project_client.get_openai_client()\nclient.responses.create(model="m", input="x")\n';
    assert.deepEqual(found(py, 'agent.py'), ['4 POST /v1/responses azure']);
    // openai<1.0 kept on an attribute: `self.llm = openai`
    const legacy = 'import openai\nclass GPT:\n    def __init__(self):\n        self.llm = openai\n    def ask(self, m):\n        return self.llm.ChatCompletion.create(model="gpt-4", messages=m)\n';
    assert.deepEqual(found(legacy, 'gpt.py'), ['6 POST /v1/chat/completions openai']);
    const http = '@endpoint = {{$dotenv AZURE_OPENAI_ENDPOINT}}\nPOST {{endpoint}}openai/deployments/gpt/chat/completions?api-version=2024-02-01\napi-key: {{key}}\n';
    assert.deepEqual(found(http, 'apim.http'), ['2 POST /v1/chat/completions azure']);
    const obsidian = 'import { requestUrl } from "obsidian";\n// openai\nexport async function ask(s: Settings) {\n  return requestUrl({\n    url: s.baseUrl + "/chat/completions",\n    method: "POST",\n    body: JSON.stringify(b),\n  });\n}\n';
    assert.deepEqual(found(obsidian, 'main.ts'), ['4 POST /v1/chat/completions unknown']);
    // a function's own `const url`, assigned after another function's call, is not what that call sends to
    const locals = '// openai\nasync function ollama(base: string) {\n  const url = base + "/api/chat";\n  return fetch(url, { method: "POST" });\n}\nasync function openai(base: string) {\n  const url = base + "/chat/completions";\n  return fetch(url, { method: "POST" });\n}\n';
    assert.deepEqual(found(locals, 'chat.ts'), ['8 POST /v1/chat/completions unknown']);
    // clients handed out as members of what a function returns
    const utilsTs = 'import { AzureOpenAI } from "openai";\nexport function getClients(): { aiClient: AzureOpenAI | null; db: Db | null } {\n  let aiClient: AzureOpenAI | null = null;\n  aiClient = new AzureOpenAI({ endpoint: e, apiVersion: v });\n  return { aiClient, db };\n}\n';
    const queryTs = 'import { getClients } from "../utils.js";\nconst { aiClient, db } = getClients();\nawait aiClient.embeddings.create({ model: "m", input: ["q"] });\n';
    const utilsPy = 'from openai import AzureOpenAI\ndef get_clients():\n    ai_client = AzureOpenAI(azure_endpoint=e, api_version=v)\n    return {"ai_client": ai_client, "db_client": None}\n';
    const searchPy = 'from utils import get_clients\nclients = get_clients()\nai_client = clients["ai_client"]\nai_client.embeddings.create(model="m", input=["q"])\n';
    const members = new ProjectIndex();
    members.addFile('ts/src/utils.ts', utilsTs);
    members.addFile('ts/src/other/query.ts', queryTs);
    members.addFile('py/src/utils.py', utilsPy);
    members.addFile('py/src/search.py', searchPy);
    assert.deepEqual(detectCallSites(queryTs, { fileName: 'ts/src/other/query.ts', project: members }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['3 azure']);
    assert.deepEqual(detectCallSites(searchPy, { fileName: 'py/src/search.py', project: members }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['4 azure']);
    // Windows line ends: a factory's body runs past its blank lines
    const crlf = 'from openai import AzureOpenAI\r\n\r\ndef make():\r\n    """Build it."""\r\n\r\n    client = AzureOpenAI(azure_endpoint=e, api_version=v)\r\n\r\n    return client\r\n\r\nc = make()\r\nc.models.list()\r\n';
    assert.deepEqual(found(crlf, 'crlf.py'), ['11 GET /v1/models azure']);
    // `basePath` is an option of the legacy Configuration only
    const v4 = 'import { OpenAI } from "openai";\nconst openai = new OpenAI({ apiKey: k, basePath: process.env.OPENAI_API_BASE });\nawait openai.models.list();\n';
    assert.deepEqual(found(v4, 'v4.js'), ['3 GET /v1/models openai']);
    const v3 = 'const { Configuration, OpenAIApi } = require("openai");\nconst api = new OpenAIApi(new Configuration({ apiKey: k, basePath: process.env.OPENAI_API_BASE }));\napi.listModels();\n';
    assert.deepEqual(found(v3, 'v3.js'), ['3 GET /v1/models unknown']);
  });
  it('review of the corpus-21 rules: function heads end at their own body, module globals set in a block, dict holders per function, annotations per parameter, casts, Foundry only on a project client, wrappers as the direct caller', () => {
    const clients = 'import OpenAI, { AzureOpenAI } from "openai";\nconst groq = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\nconst azure = new AzureOpenAI({ endpoint: "https://x.openai.azure.com", apiVersion: "2024-10-21" });\nexport function getGroq(): OpenAI {\n  return groq;\n}\nexport function getAzure(): AzureOpenAI {\n  return azure;\n}\nasync function ask() {\n  const c = getAzure();\n  return c.models.list();\n}\n';
    assert.deepEqual(found(clients, 'clients.ts'), ['12 GET /v1/models azure']);
    // a module's global, assigned under `if __name__ == "__main__":` or with `var` in a block, is what a function reads
    const main = 'import requests\ndef ask(p):\n    return requests.post(url, json=p)\nif __name__ == "__main__":\n    url = "https://api.openai.com/v1/chat/completions"\n    ask({})\n';
    assert.deepEqual(found(main, 'main.py'), ['3 POST /v1/chat/completions openai']);
    assert.deepEqual(found('function ask(p) {\n  return fetch(API_URL, { method: "POST", body: p });\n}\nif (process.env.X) {\n  var API_URL = "https://api.openai.com/v1/chat/completions";\n}\n', 'a.js'), ['2 POST /v1/chat/completions openai']);
    // two factories of dicts of clients, each read in its own function
    const dicts = 'from openai import OpenAI, AzureOpenAI\ndef get_clients():\n    ai_client = OpenAI(base_url="https://api.groq.com/openai/v1")\n    return {"ai_client": ai_client}\ndef get_azure_clients():\n    ai_client = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="v")\n    return {"ai_client": ai_client}\ndef a():\n    clients = get_azure_clients()\n    ai_client = clients["ai_client"]\n    return ai_client.models.list()\ndef b():\n    clients = get_clients()\n    ai_client = clients["ai_client"]\n    return ai_client.models.list()\n';
    assert.deepEqual(found(dicts, 'dicts.py'), ['11 GET /v1/models azure', '15 GET /v1/models other']);
    // one parameter's annotation is not the next one's
    const params = 'from openai import AzureOpenAI, OpenAI\nclass S:\n    def __init__(self, azure_client: AzureOpenAI, openai_client: OpenAI) -> None:\n        self.azure_client = azure_client\n    def run(self):\n        return self.azure_client.models.list()\n';
    assert.deepEqual(found(params, 's.py'), ['6 GET /v1/models azure']);
    // cast() of a value this file does not know: a client built elsewhere, not the module's
    const casts = 'from typing import Any, cast\nfrom openai import AzureOpenAI, OpenAI\nclient = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="v")\ndef f(other: Any):\n    client = cast(OpenAI, other)\n    return client.models.list()\nclass A:\n    def __init__(self, client: OpenAI):\n        self._client = client\n    def g(self):\n        c = cast(Any, self._client)\n        return c.models.list()\n';
    assert.deepEqual(found(casts, 'casts.py'), ['6 GET /v1/models unknown', '12 GET /v1/models unknown']);
    // a function named like Foundry's, on something other than a project client, is that module's own
    const foundry = 'from azure.ai.projects import AIProjectClient\nfrom services import settings\nclient = settings.get_openai_client()\nclient.models.list()\nwith AIProjectClient(endpoint=e, credential=c) as project:\n    with project.get_openai_client() as oc:\n        oc.models.list()\n';
    // (the module's own `settings.get_openai_client()` is no Foundry project's: a client named for OpenAI, destination unknown)
    assert.deepEqual(found(foundry, 'main.py'), ['4 GET /v1/models unknown', '7 GET /v1/models azure']);
    // the wrapper is the call that holds the method directly
    const wrappers = 'import asyncio\nfrom functools import partial\nfrom openai import OpenAI\nclient = OpenAI()\nasync def b(loop):\n    await loop.run_in_executor(get_pool(), client.embeddings.create)\n    await asyncio.to_thread(fn, dict(a=1), client.chat.completions.create)\ndef d():\n    register(partial(foo), client.chat.completions.create)\n';
    assert.deepEqual(found(wrappers, 'w.py'), ['6 POST /v1/embeddings openai', '7 POST /v1/chat/completions openai']);
  });
  it('corpus 22: a URL whose host is filled in after the scheme, Lunary\'s monitorOpenAI, a legacy client from the project\'s own openai module', () => {
    const k6 = 'import http from "k6/http";\nconst host = __ENV.HOST;\nexport default function run() {\n  http.post(`http://${host}/v1/chat/completions`, payload);\n  http.get(`http://${host}/health`);\n}\n';
    assert.deepEqual(found(k6, 'load.js'), ['4 POST /v1/chat/completions unknown']);
    const py = 'import requests\ndef chat(host, port, data):\n    url = f"http://{host}:{port}/v1/chat/completions"\n    return requests.post(url, json=data)\n';
    assert.deepEqual(found(py, 'chat.py'), ['4 POST /v1/chat/completions unknown']);
    const lunary = 'import OpenAI from "openai";\nimport { monitorOpenAI } from "lunary/openai";\nconst openai = monitorOpenAI(new OpenAI());\nawait openai.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(lunary, 'filter.ts'), ['4 POST /v1/chat/completions openai']);
    const legacy = 'import { openai } from "@/lib/openai";\nexport async function ask(messages) {\n  return openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });\n}\n';
    const sites = detectCallSites(legacy, { fileName: 'ask.ts' }).sites.map((x) => `${x.range.start.line + 1} ${x.kind} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['3 sdk-node-legacy /v1/chat/completions unknown']);
  });
  it('review of the corpus-22 rules: a host constant in a URL template, functions whose signature or string closes at the margin, dict holders at module level, Foundry projects from a function, cast of a call, readonly members, a project module that builds no client', () => {
    assert.deepEqual(found('const OPENAI_HOST = "api.openai.com";\nawait fetch(`https://${OPENAI_HOST}/v1/chat/completions`, { method: "POST" });\n', 'a.ts'), ['2 POST /v1/chat/completions openai']);
    assert.deepEqual(found('const ANTHROPIC_HOST = "api.anthropic.com";\n// openai\nawait fetch(`https://${ANTHROPIC_HOST}/v1/models`);\n', 'b.ts'), []);
    const black = 'import requests\ndef post_to_slack(url, text):\n    return requests.post(url, json={"text": text})\ndef ask(\n    prompt: str,\n) -> str:\n    url = "https://api.openai.com/v1/chat/completions"\n    return requests.post(url, json={"prompt": prompt})\n';
    assert.deepEqual(found(black, 'a.py'), ['8 POST /v1/chat/completions openai']);
    const holder = 'from clients import get_clients\nclients = get_clients()\ndef ask():\n    ai_client = clients["ai_client"]\n    return ai_client.embeddings.create(model="m", input="x")\n';
    const utils = 'from openai import OpenAI\ndef get_clients():\n    ai_client = OpenAI(base_url="https://api.groq.com/openai/v1")\n    return {"ai_client": ai_client}\n';
    const project = new ProjectIndex();
    project.addFile('app/clients.py', utils);
    project.addFile('app/main.py', holder);
    assert.deepEqual(detectCallSites(holder, { fileName: 'app/main.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['5 other']);
    const foundry = 'from azure.ai.projects import AIProjectClient\ndef get_project_client() -> AIProjectClient:\n    return AIProjectClient(endpoint=e, credential=c)\nproject = get_project_client()\nclient = project.get_openai_client()\nclient.models.list()\n';
    assert.deepEqual(found(foundry, 'f.py'), ['6 GET /v1/models azure']);
    const cast = 'from typing import cast\nfrom openai import AsyncOpenAI\nasync def ask(request):\n    client = cast(AsyncOpenAI, request.app.state.clients["openai"])\n    return await client.models.list()\n';
    assert.deepEqual(found(cast, 'c.py'), ['5 GET /v1/models unknown']);
    const readonly = 'import OpenAI from "openai";\nexport function getClients(): { readonly aiClient: OpenAI } {\n  const aiClient = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\n  return { aiClient };\n}\nconst { aiClient } = getClients();\nawait aiClient.models.list();\n';
    assert.deepEqual(found(readonly, 'r.ts'), ['7 GET /v1/models other']);
    // `import { openai } from "./lib/openai"` where that module, in view, exports helpers and builds no client
    const helpers = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const openai = {\n  createChatCompletion: (body) => client.chat.completions.create(body),\n};\n';
    const ask = 'import { openai } from "./lib/openai";\nexport const ask = (b) => openai.createChatCompletion(b);\n';
    const helpersProject = new ProjectIndex();
    helpersProject.addFile('src/lib/openai.ts', helpers);
    helpersProject.addFile('src/ask.ts', ask);
    assert.deepEqual(detectCallSites(ask, { fileName: 'src/ask.ts', project: helpersProject }).sites, []);
    assert.equal(detectCallSites(ask, { fileName: 'src/ask.ts' }).sites.length, 1);
  });
  it('corpus 23: .http requests to another provider or a local server', () => {
    const http = 'POST https://models.inference.ai.azure.com/chat/completions\nContent-Type: application/json\n\n{}\n\n###\nPOST http://localhost:11434/v1/chat/completions\n\n###\nGET https://api.github.com/v1/files\n';
    assert.deepEqual(found(http, 'requests.http'), ['1 POST /v1/chat/completions other', '7 POST /v1/chat/completions other']);
  });
  it('vercel/ai: an Azure host serving another API (Anthropic on Azure AI Foundry) is no OpenAI call; an OpenAI path on it is', () => {
    const ts = 'const infoUrl = `https://${resourceName}.services.ai.azure.com/anthropic/v1/files/${file}`;\nawait fetch(infoUrl, { method: "GET" });\nconst chat = `https://${resourceName}.services.ai.azure.com/openai/v1/chat/completions`;\nawait fetch(chat, { method: "POST" });\n';
    assert.deepEqual(found(ts, 'route.ts'), ['4 POST /v1/chat/completions azure']);
  });
  it('corpus 24: an Azure client pointed at a literal server of another kind (a local emulator) sends its data there', () => {
    const py = 'from openai import AzureOpenAI\nopenai = AzureOpenAI(\n    azure_endpoint="http://localhost:4041",\n    api_key="123456",\n    api_version="2024-02-01",\n)\nopenai.chat.completions.create(model="m", messages=[])\nazure = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="v")\nazure.models.list()\n';
    assert.deepEqual(found(py, 'emulator.py'), ['7 POST /v1/chat/completions other', '9 GET /v1/models azure']);
    const js = 'import { AzureOpenAI } from "openai";\nconst openai = new AzureOpenAI({ endpoint: "http://localhost:4041", apiKey: "x", apiVersion: "2024-02-01" });\nawait openai.embeddings.create({ model: "m", input: "x" });\n';
    assert.deepEqual(found(js, 'emulator.js'), ['3 POST /v1/embeddings other']);
  });
  it('corpus 25: a URL whose base is an expression in brackets, tidied in place', () => {
    const py = [
      'import httpx',
      'async def ask(base_url=None):',
      '    url = (base_url or settings.openai_base_url).rstrip("/") + "/v1/chat/completions"',
      '    async with httpx.AsyncClient(timeout=120.0) as client:',
      '        async with client.stream(',
      '            "POST", url, json=payload',
      '        ) as resp:',
      '            pass',
      'async def decide():',
      '    url = (settings.openai_base_url).rstrip("/") + "/v1/embeddings"',
      '    async with httpx.AsyncClient(timeout=10.0) as client:',
      '        return await client.post(url, json=payload)',
      'def other(a, b):',
      '    return requests.post(join(a, b) + "/v1/chat/completions")',
      '',
    ].join('\n');
    // a call's arguments in brackets (`join(a, b)`) are no base: only a bracketed expression is
    assert.deepEqual(found(py, 'llm.py'), ['5 POST /v1/chat/completions unknown', '12 POST /v1/embeddings unknown']);
  });

  it('corpus 22: a client handed to a class, in a file that gets its clients from a factory of the project', () => {
    const config = 'from openai import OpenAI\ndef get_openai_client():\n    return OpenAI(api_key=settings.KEY)\n';
    const builder = [
      'from shared.openai_config import get_openai_client',
      'class AgentBuilder:',
      '    def __init__(self, client):',
      '        self.client = client',
      '    def existing(self):',
      '        return self.client.beta.assistants.list(limit=100)',
      'if __name__ == "__main__":',
      '    client = get_openai_client()',
      '    AgentBuilder(client=client).existing()',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('shared/openai_config.py', config);
    project.addFile('agents/builder.py', builder);
    const sites = (text: string, fileName: string, index?: ProjectIndex) => detectCallSites(text, { fileName, ...(index ? { project: index } : {}) }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`);
    // (the project builds its clients only with the default base URL: the one handed in is one of those)
    assert.deepEqual(sites(builder, 'agents/builder.py', project), ['6 GET /v1/assistants openai']);
    // without the factory's module, its name says the client is OpenAI's (where it sends data is the factory's business)
    assert.deepEqual(sites(builder, 'agents/builder.py'), ['6 GET /v1/assistants unknown']);
    // nor when the project's factory builds another SDK's client
    const groq = new ProjectIndex();
    groq.addFile('shared/openai_config.py', 'from groq import Groq\ndef get_openai_client():\n    return Groq()\n');
    assert.deepEqual(sites(builder, 'agents/builder.py', groq), []);
  });
  it('corpus 11: a client taken from another object\'s attribute named for an OpenAI client (settings, app state)', () => {
    const py = [
      'from config import settings',
      'client = settings.openai_client',
      'def reply(msgs):',
      '    return client.chat.completions.create(model="m", messages=msgs)',
      'class Bot:',
      '    def __init__(self, app):',
      '        self.client = app.state.async_openai_client',
      '        self.groq = app.state.groq_client',
      '    async def go(self):',
      '        await self.client.embeddings.create(model="m", input="x")',
      '        await self.groq.chat.completions.create(model="m", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'bot.py'), ['4 POST /v1/chat/completions unknown', '10 POST /v1/embeddings unknown']);
  });
  it('corpus 26: JavaScript client names per function: a parameter is the caller\'s client, a const is its function\'s, a function only this file calls gets what its calls hand it', () => {
    const ts = [
      'import OpenAI from "openai";',
      'const shared = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });',
      'export async function settings(key: string) {',
      '  let openai = null;',
      '  if (key) {',
      '    openai = new OpenAI({ apiKey: key });',
      '  }',
      '  return { openai };',
      '}',
      'export async function complete(messages: any[], openai: OpenAI) {',
      '  return openai.chat.completions.create({ model: "m", messages });',
      '}',
      'export const embed = async (openai: OpenAI, input: string) => openai.embeddings.create({ model: "m", input });',
      'async function local() {',
      '  const openai = new OpenAI({ baseURL: "http://localhost:11434/v1" });',
      '  await transcribe(openai, file);',
      '  return openai.models.list();',
      '}',
      'async function transcribe(openai: OpenAI, file: File, retries = 3): Promise<unknown> {',
      '  if (retries > 0) return transcribe(openai, file, retries - 1);',
      '  return openai.audio.transcriptions.create({ model: "m", file });',
      '}',
      'const moderate = (text: string) => shared.moderations.create({ input: text });',
      'function retry(openai, messages) {',
      '  return openai.chat.completions.create({ model: "m", messages });',
      '}',
      'export function run(openai: OpenAI) {',
      '  return retry(openai, []);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'scopes.ts'), [
      '11 POST /v1/chat/completions unknown',
      '13 POST /v1/embeddings unknown',
      '17 GET /v1/models other',
      // every call of transcribe() in the file hands it local()'s client (the recursive one its own)
      '21 POST /v1/audio/transcriptions other',
      '23 POST /v1/moderations other',
      // retry() is called only with run()'s parameter, which callers elsewhere decide
      '25 POST /v1/chat/completions unknown',
    ]);
  });
  it('corpus 26: a client read off an object passed in, at an attribute a class of this file keeps a client in', () => {
    const py = [
      'from openai import AzureOpenAI',
      'def make_api_call(vlm, message):',
      '    return vlm.client.chat.completions.create(model=vlm.model_id, messages=message)',
      'def other(vlm):',
      '    vlm = Groq()',
      '    return vlm.client.chat.completions.create(model="m", messages=[])',
      'def third(vlm):',
      '    return vlm.session.chat.completions.create(model="m", messages=[])',
      'class VLM:',
      '    def __init__(self):',
      '        self.client = AzureOpenAI(azure_endpoint=os.getenv("AZURE_OPENAI_ENDPOINT"))',
      'vlm = VLM()',
      '',
    ].join('\n');
    // the parameter is the caller's object, whatever the module-level `vlm` holds; a name assigned
    // anew in its function, or an attribute no class here keeps a client in, is not read
    assert.deepEqual(found(py, 'vlm.py'), ['3 POST /v1/chat/completions unknown']);
  });
  it('corpus 27: a class body goes on past a bracket closed at the margin; a legacy api_type set under a module-level if holds only there', () => {
    const py = [
      'from openai import AzureOpenAI, OpenAI',
      'class OpenAIClients:',
      '    def __init__(self, key):',
      '        self.client = OpenAI(api_key=key)',
      '    def chat(self, m):',
      '        return self.client.chat.completions.create(model="m", messages=m)',
      'class AzureClients:',
      '    def __init__(self, endpoint):',
      '        self.client  = AzureOpenAI(',
      '                azure_endpoint = endpoint,',
      ')',
      '        self.model = "m"',
      '    def chat(self, m):',
      '        return self.client.chat.completions.create(model=self.model, messages=m)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'clients.py'), ['6 POST /v1/chat/completions openai', '14 POST /v1/chat/completions azure']);
    const legacy = [
      'import openai, os',
      'if os.getenv("OPENAI_API_BASE"):',
      '    openai.api_base = os.getenv("OPENAI_API_BASE")',
      '    if "azure" in os.getenv("OPENAI_API_BASE"):',
      '        openai.api_type = "azure"',
      '        openai.Model.list()',
      'def review(diff):',
      '    return openai.ChatCompletion.create(engine="gpt", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(found(legacy, 'review.py'), ['6 GET /v1/models azure', '8 POST /v1/chat/completions unknown']);
    // set inside a function (its signature closed at the margin), the setting is that function's business: Azure, as before
    const inFunction = 'import openai\ndef setup(\n    azure,\n):\n    if azure:\n        openai.api_type = "azure"\ndef ask():\n    return openai.ChatCompletion.create(engine="gpt", messages=[])\n';
    assert.deepEqual(found(inFunction, 'setup.py'), ['8 POST /v1/chat/completions azure']);
  });
  it('corpus 27: a URL given in an options object (written in the call or held in a variable); an Azure endpoint setting that ends in a slash', () => {
    const ts = [
      'import { requestUrl, request } from "obsidian";',
      'export async function a(settings: any) {',
      '  const url = `${settings.apiUrl.replace(/\\/+$/, "")}/v1/chat/completions`;',
      '  await requestUrl({ url, method: "POST" });',
      '  const apiUrl = "https://openrouter.ai/api/v1/chat/completions";',
      '  const requestParam: RequestParam = {',
      '    url: apiUrl,',
      '    method: "POST",',
      '  };',
      '  await request(requestParam);',
      '  const other = { url: "https://example.com/data.json" };',
      '  await request(other);',
      '  await axios.post(`${config.ENDPOINT}openai/deployments/${config.DEPLOYMENT}/chat/completions?api-version=2024-02-01`, { messages });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'plugin.ts'), ['4 POST /v1/chat/completions unknown', '10 POST /v1/chat/completions other', '13 POST /v1/chat/completions azure']);
  });
  it('corpus 29: a client-like name imported from a project module that builds no client there; a legacy client typed as a parameter; OpenPipe\'s drop-in client', () => {
    const globals = 'from g4f.client import Client\nfrom openai import OpenAI\nG4F_CLIENT = Client()\nOPENAI_CLIENT = OpenAI(api_key="")\n';
    const common = 'from app.globals import G4F_CLIENT, OPENAI_CLIENT\ndef g4f(args):\n    return G4F_CLIENT.chat.completions.create(**args)\ndef speech(text):\n    return OPENAI_CLIENT.audio.speech.create(model="tts-1", voice="alloy", input=text)\n';
    const project = new ProjectIndex();
    project.addFile('app/globals.py', globals);
    project.addFile('app/common.py', common);
    assert.deepEqual(detectCallSites(common, { fileName: 'app/common.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['5 /v1/audio/speech openai']);
    const edge = 'import { OpenAIApi, Configuration } from "openai-edge";\nexport async function search(query: string, openai: OpenAIApi) {\n  return openai.createEmbedding({ model: "m", input: query });\n}\nclass Engine {\n  private openai: OpenAIApi;\n  constructor() {\n    this.openai = new OpenAIApi(new Configuration({ apiKey: "k" }));\n  }\n  run() {\n    return this.openai.createModeration({ input: "x" });\n  }\n}\n';
    assert.deepEqual(found(edge, 'search.ts'), ['3 POST /v1/embeddings unknown', '11 POST /v1/moderations openai']);
    const pipe = 'import OpenAI from "openpipe/openai";\nconst openai = new OpenAI({ apiKey: key, openpipe: { apiKey: pipeKey } });\nawait openai.chat.completions.create({ model: "gpt-4o", messages });\n';
    assert.deepEqual(found(pipe, 'next.ts'), ['3 POST /v1/chat/completions openai']);
  });
  it('raw POSTs to a URL decided at run time with no path in the code, known by their chat-completions body and a response read through choices', () => {
    const py = [
      'import os, requests  # talks to an OpenAI-compatible server',
      'class Bot:',
      '    def __init__(self):',
      '        self.endpoint_url = os.environ["LLM_URL"]',
      '    def ask(self, prompt):',
      '        payload = {"model": "gpt-4o", "messages": [{"role": "user", "content": prompt}]}',
      '        r = requests.post(self.endpoint_url, json=payload, timeout=30)',
      '        return r.json()["choices"][0]["message"]["content"]',
      '    def caption(self, image):',
      '        return requests.post(self.endpoint_url, json={"inputs": image}).json()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'bot.py'), ['7 POST /v1/chat/completions unknown']);
    const ts = [
      'import { requestUrl } from "obsidian"; // an OpenAI-compatible local server',
      'export async function local(apiBaseUrl: string, model: string, text: string) {',
      '  const res = await requestUrl({ url: apiBaseUrl, method: "POST", body: JSON.stringify({ model, messages: [{ role: "user", content: text }] }) });',
      '  return res.json.choices[0].message.content;',
      '}',
      'export async function ollama(base: string, model: string, messages: unknown[]) {',
      '  const url = base + "/api/chat";',
      '  return fetch(url, { method: "POST", body: JSON.stringify({ model, messages }) });',
      '}',
      '',
    ].join('\n');
    // Ollama's own chat API takes the same body: its URL, built here from a path, says which API it is
    assert.deepEqual(found(ts, 'llm.ts'), ['3 POST /v1/chat/completions unknown']);
    const go = [
      'package openai',
      'import ("bytes"; "encoding/json"; "net/http"; "os")',
      'func Send(prompt string) (*http.Response, error) {',
      '\tapiURL := os.Getenv("OPENAI_API_URL")',
      '\trequest := ChatRequest{Model: "gpt-4o", Messages: []Message{{Role: "user", Content: prompt}}}',
      '\treqBody, _ := json.Marshal(request)',
      '\treq, _ := http.NewRequest("POST", apiURL, bytes.NewBuffer(reqBody))',
      '\treturn http.DefaultClient.Do(req)',
      '}',
      'type ChatResponse struct { Choices []Choice `json:"choices"` }',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'service.go'), ['7 POST /v1/chat/completions unknown']);
    // without a response read through `choices`, a chat-shaped body is any chat API's (Anthropic's, Ollama's)
    assert.deepEqual(found(py.replace('r.json()["choices"][0]["message"]["content"]', 'r.json()["content"][0]["text"]'), 'bot.py'), []);
    // PHP: a Guzzle client's or Laravel's post to a URL read whole from a setting or held in a variable
    const php = [
      '<?php',
      'class ChatGPTService {',
      '    public function send($message) {',
      "        $response = $this->client->post(env('OPENAI_API_URL'), [",
      "            'headers' => ['Authorization' => 'Bearer ' . env('OPENAI_API_KEY')],",
      "            'json' => ['model' => 'gpt-3.5-turbo', 'messages' => [['role' => 'user', 'content' => $message]]],",
      '        ]);',
      "        $payload = ['model' => $this->model, 'messages' => $history];",
      '        $again = Http::withToken($key)->post($this->apiUrl, $payload);',
      "        $other = $this->client->post($this->searchUrl, ['json' => ['query' => $message]]);",
      "        return json_decode($response->getBody(), true)['choices'][0]['message']['content'];",
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(php, 'ChatGPTService.php'), ['4 POST /v1/chat/completions unknown', '9 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(php.replace("['choices']", "['content']"), 'ClaudeService.php'), []);
    // (found in review: an answer passed on, `$d = json_decode($result)` or `result.choices[0]…`, is no chat request)
    const forwarded = "<?php\nuse Orhanerday\\OpenAi\\OpenAi;\n$open_ai = new OpenAi($k);\n$result = $open_ai->chat(['model' => 'gpt-4o', 'messages' => $m]);\n$d = json_decode($result);\n$this->http->post($this->webhookUrl, ['json' => ['text' => $d->choices[0]->message->content]]);\n";
    assert.deepEqual(found(forwarded, 'hook.php'), ['4 POST /v1/chat/completions openai']);
    assert.deepEqual(found('import requests\nfrom openai import OpenAI\nclient = OpenAI()\ndef run(prompt, webhook):\n    result = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])\n    requests.post(webhook, json={"text": result.choices[0].message.content})\n', 'hook.py'), ['5 POST /v1/chat/completions openai']);
  });
  it('raw POSTs to a run-time URL: a body a function of the file builds, Go\'s `Choices` field, a file whose only OpenAI term is a model name', () => {
    const go = [
      'package main',
      'import ("bytes"; "encoding/json"; "net/http"; "strings")',
      'type ChatRequest struct { Model string; Messages []Message }',
      'type ChatResponse struct { Choices []Choice }',
      'func newChatRequest(q string) *ChatRequest {',
      '\treturn &ChatRequest{',
      '\t\tModel:    settings.Model,',
      '\t\tMessages: []Message{{Role: "user", Content: q}},',
      '\t}',
      '}',
      'func newPing() *Ping {',
      '\treturn &Ping{Model: settings.Model}',
      '}',
      'func send(q string) (*http.Response, error) {',
      '\tchatRequest := newChatRequest(q)',
      '\treqBytes, _ := json.Marshal(chatRequest)',
      '\treqBody := strings.NewReader(string(reqBytes))',
      '\treq, _ := http.NewRequest(http.MethodPost, settings.URL_API, reqBody) // gpt-4o-mini',
      '\treturn http.DefaultClient.Do(req)',
      '}',
      'func ping() (*http.Response, error) {',
      '\tbody, _ := json.Marshal(newPing())',
      '\treq, _ := http.NewRequest(http.MethodPost, settings.URL_API, bytes.NewBuffer(body))',
      '\treturn http.DefaultClient.Do(req)',
      '}',
      '',
    ].join('\n');
    // three names back from the request to the function that builds the body; a builder of another body is not one
    assert.deepEqual(found(go, 'gpt.go'), ['18 POST /v1/chat/completions unknown']);
    const py = [
      'import requests',
      'from app import settings',
      '',
      'def build_payload(prompt: str) -> dict:',
      '    system = "You are terse."',
      '    return {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}]}',
      '',
      'def build_ping():',
      '    return {"model": "gpt-4o-mini"}',
      '',
      'def ask(prompt):',
      '    payload = build_payload(prompt)',
      '    r = requests.post(settings.CHAT_URL, json=payload)',
      '    return r.json()["choices"][0]["message"]["content"]',
      '',
      'def ping():',
      '    payload = build_ping()',
      '    messages = []',
      '    return requests.post(settings.CHAT_URL, json=payload).json()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'ask.py'), ['13 POST /v1/chat/completions unknown']);
    // with no OpenAI term at all, the file is not read (the prefilter's own terms)
    assert.deepEqual(found(py.replaceAll('gpt-4o-mini', 'llama3'), 'ask.py'), []);
    // a URL held in an attribute read from a setting named for Azure OpenAI: a deployment's, whose body names no model
    const azure = [
      'import os, requests',
      'class AzureClient:',
      '    def __init__(self):',
      '        self.endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")',
      '        self.other = os.getenv("SUMMARY_URL")',
      '    def chat(self, messages):',
      '        data = {"messages": messages, "max_tokens": 100}',
      '        r = requests.post(self.endpoint, headers={"api-key": self.key}, json=data)',
      '        s = requests.post(self.other, json=data)',
      '        return r.json()["choices"][0]["message"]["content"]',
      '',
    ].join('\n');
    assert.deepEqual(found(azure, 'azure_client.py'), ['8 POST /v1/chat/completions azure']);
  });
  it('a project\'s fetch wrapper named for what it does (`fetchWithTimeout`, `fetchWithRetry`) sends as fetch does', () => {
    const ts = [
      'import { fetchWithTimeout, fetchWithRetry } from "./http";',
      'export async function ask(prompt: string) {',
      '  const res = await fetchWithTimeout("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4o-mini", messages: [] }) }, 30000);',
      '  await fetchWithRetry("https://api.openai.com/v1/models");',
      '  await fetchWithStyle("https://api.openai.com/v1/files");',
      '  return res.json();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'openai.ts'), ['3 POST /v1/chat/completions openai', '4 GET /v1/models openai']);
  });
  it('an arrow function whose body is the client it builds is a factory (`const createClient = () => new OpenAI({ … })`)', () => {
    const js = [
      "import OpenAI from 'openai'",
      'const createClient = () =>',
      '  new OpenAI({',
      "    apiKey: process.env['OPENAI_API_KEY']",
      '  })',
      'const local = async (key) => new OpenAI({ apiKey: key, baseURL: "http://localhost:11434/v1" });',
      'const notAClient = () => new Map();',
      'export const prompt = async (text) => {',
      "  const response = await createClient().chat.completions.create({ messages: [{ role: 'user', content: text }], model: 'gpt-4o' })",
      '  const c = await local(k)',
      '  const second = await c.embeddings.create({ input: text, model: "nomic" })',
      '  notAClient().get("x")',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'openai.js'), ['9 POST /v1/chat/completions openai', '11 POST /v1/embeddings other']);
  });
  it('corpus 135: a Go function that joins a base and an API path gives that URL where a request is built with it; a chat-shaped request in another API\'s function is that API\'s', () => {
    const go = [
      'package llm',
      'import ("bytes"; "context"; "encoding/json"; "net/http"; "strings")',
      'func chatCompletionsURL(baseURL string) string {',
      '\tbaseURL = strings.TrimRight(baseURL, "/")',
      '\tif strings.HasSuffix(baseURL, "/v1") {',
      '\t\treturn baseURL + "/chat/completions"',
      '\t}',
      '\treturn baseURL + "/v1/chat/completions"',
      '}',
      'func (c *Client) Complete(ctx context.Context, body []byte) (*http.Response, error) {',
      '\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, chatCompletionsURL(c.cfg.BaseURL), bytes.NewReader(body))',
      '\treturn c.httpClient.Do(req)',
      '}',
      'type anthropicLLM struct{ baseURL string }',
      'func (p *anthropicLLM) Complete(ctx context.Context, user string) (*http.Response, error) {',
      '\tpayload := map[string]any{"model": p.model, "messages": []map[string]string{{"role": "user", "content": user}}}',
      '\tbody, _ := json.Marshal(payload)',
      '\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.baseURL, bytes.NewReader(body))',
      '\treq.Header.Set("anthropic-version", "2023-06-01")',
      '\treturn http.DefaultClient.Do(req)',
      '}',
      'type chatResponse struct { Choices []struct{ Text string } `json:"choices"` }',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'llm.go'), ['11 POST /v1/chat/completions unknown']);
    // the same request with neither the name nor the header is a chat completion to a run-time URL
    const plain = go.replace('anthropicLLM) Complete', 'compatLLM) Complete').replace('\treq.Header.Set("anthropic-version", "2023-06-01")\n', '');
    assert.deepEqual(found(plain, 'llm.go'), ['11 POST /v1/chat/completions unknown', '18 POST /v1/chat/completions unknown']);
    // a Go function's own `url :=` is no value of another function's `url` declared before it
    const closures = [
      'package llm',
      'import ("net/http"; "os"; "strings")',
      'func send(message string) {',
      '\tpollinations := func() {',
      '\t\turl := "https://text.pollinations.ai/openai"',
      '\t\treq, _ := http.NewRequest("POST", url, strings.NewReader(message))',
      '\t\thttp.DefaultClient.Do(req)',
      '\t}',
      '\trouter := func() {',
      '\t\tbaseURL := os.Getenv("OPENROUTER_BASE_URL")',
      '\t\turl := baseURL + "/chat/completions"',
      '\t\treq, _ := http.NewRequest("POST", url, strings.NewReader(message))',
      '\t\thttp.DefaultClient.Do(req)',
      '\t}',
      '\tpollinations(); router()',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(closures, 'llm.go'), ['12 POST /v1/chat/completions unknown']);
  });
  it('a Python method that returns an API URL, defined by two classes, is each class\'s own (`self._url()`)', () => {
    const py = [
      'import httpx',
      'class OpenAICompatAdapter:',
      '    def _url(self) -> str:',
      '        base = (self.model.base_url or "https://api.openai.com/v1").rstrip("/")',
      '        return f"{base}/chat/completions"',
      '    def chat(self, payload):',
      '        resp = httpx.post(self._url(), json=payload)',
      '        with httpx.stream("POST", self._url(), json=payload) as r:',
      '            return r',
      'class AnthropicAdapter:',
      '    def _url(self) -> str:',
      '        base = (self.model.base_url or "https://api.anthropic.com").rstrip("/")',
      '        return f"{base}/v1/messages"',
      '    def chat(self, payload):',
      '        return httpx.post(self._url(), json=payload)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'adapters.py'), ['7 POST /v1/chat/completions unknown', '8 POST /v1/chat/completions unknown']);
  });
  it('corpus 134: a go-chatgpt client a factory of the file builds with its defaults; an axios instance whose base is the whole endpoint, posted to with an empty path', () => {
    const go = [
      'package gpt',
      'import (\n\t"context"\n\t"os"\n\t"github.com/ayush6624/go-chatgpt"\n)',
      'func GetClient() (*chatgpt.Client, error) {',
      '\treturn chatgpt.NewClient(os.Getenv("OPENAI_KEY"))',
      '}',
      'func Ask(q string) {',
      '\tc, _ := GetClient()',
      '\tc.Send(context.Background(), &chatgpt.ChatCompletionRequest{Model: chatgpt.GPT35Turbo})',
      '\tconn := Dial()',
      '\tconn.Send(q)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'gpt.go'), ['12 POST /v1/chat/completions openai']);
    // a factory that sets a base URL leaves the destination to the run
    const configured = go.replace('return chatgpt.NewClient(os.Getenv("OPENAI_KEY"))', 'return chatgpt.NewClientWithConfig(&chatgpt.Config{APIKey: k, BaseURL: os.Getenv("BASE")})');
    assert.deepEqual(found(configured, 'gpt.go'), ['12 POST /v1/chat/completions unknown']);
    const js = [
      "import axios from 'axios';",
      'export async function quiz() {',
      "  const API_URL = 'https://api.openai.com/v1/chat/completions';",
      "  const chatGPT = axios.create({ baseURL: API_URL, headers: { 'Content-Type': 'application/json' } });",
      "  return chatGPT.post('', { model: 'gpt-4', messages: [] });",
      '}',
      'export async function verse() {',
      "  const API_URL = 'https://api.openai.com/v1/chat/completions';",
      "  const chatGPT = axios.create({ baseURL: API_URL });",
      "  return chatGPT.post('', { model: 'gpt-4', messages: [] });",
      '}',
      "const site = axios.create({ baseURL: 'https://example.com/api' });",
      "site.post('', {});",
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'chatgpt.js'), ['5 POST /v1/chat/completions openai', '10 POST /v1/chat/completions openai']);
  });
  it('corpus 115: one segment (`/embeddings`) on a configured client that also posts `/chat/completions`, not on another client', () => {
    const py = [
      'import httpx',
      'def _make_client() -> httpx.AsyncClient:',
      '    return httpx.AsyncClient(base_url=config.OPENROUTER_BASE_URL)',
      'async def chat(payload):',
      '    async with _make_client() as client:',
      '        return await client.post("/chat/completions", json=payload)',
      'async def embed(inputs):',
      '    async with _make_client() as client:',
      '        return await client.post("/embeddings", json={"model": "m", "input": inputs})',
      'async def search(q):',
      '    return await search_api.post("/embeddings", json={"q": q})',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'openrouter.py'), ['6 POST /v1/chat/completions unknown', '9 POST /v1/embeddings unknown']);
    assert.deepEqual(found(py.replace('"/chat/completions"', '"/chat/history"'), 'openrouter.py'), []);
  });
  it('corpus 134: a Go struct literal\'s keyed field given a URL constant or literal, read through a receiver (`c.BaseURL`)', () => {
    const go = [
      'package openai',
      'import (\n\t"bytes"\n\t"net/http"\n)',
      'const chatURL = "https://api.openai.com/v1/chat/completions"',
      'type Client struct { BaseURL string; URL string }',
      'func New() *Client {',
      '\treturn &Client{BaseURL: chatURL, URL: "https://api.openai.com/v1/embeddings"}',
      '}',
      'func (c *Client) Chat(body []byte) {',
      '\treq, _ := http.NewRequest(http.MethodPost, c.BaseURL, bytes.NewReader(body))',
      '\thttp.DefaultClient.Do(req)',
      '}',
      'func (c *Client) Embed(body []byte) {',
      '\treq, _ := http.NewRequest(http.MethodPost, c.URL, bytes.NewReader(body))',
      '\thttp.DefaultClient.Do(req)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'client.go'), ['12 POST /v1/chat/completions openai', '16 POST /v1/embeddings openai']);
    // a field given two URLs in the file (a table of providers) is a run-time choice
    const two = go.replace('return &Client{BaseURL: chatURL,', 'if local {\n\t\treturn &Client{BaseURL: otherURL}\n\t}\n\treturn &Client{BaseURL: chatURL,').replace('const chatURL', 'const otherURL = "http://localhost:11434/v1/chat/completions"\nconst chatURL');
    assert.deepEqual(found(two, 'client.go'), ['20 POST /v1/embeddings openai']);
  });
  it('corpora 118 and 136: the openai package\'s command-line tool in a shell script (1.x and 0.x subcommands, its base and API-type options); not in quotes, here-documents or comments', () => {
    const sh = [
      '#!/bin/bash',
      '# openai api completions.create -m x',
      "echo 'openai api chat.completions.create -m gpt-4o'",
      'usage() {',
      '  cat <<EOF',
      'openai api chat.completions.create -m gpt-4o -g user hi',
      'EOF',
      '}',
      'R=$(openai api chat.completions.create -m gpt-4o-mini -g user "$1")',
      'openai -b http://localhost:8000/v1 api completions.create -m llama -p "$1"',
      'openai -t azure --azure-endpoint https://x.openai.azure.com api chat.completions.create -m dep -g user hi',
      'X="$(openai api images.generate -p "a cat")"',
      'completion="$(',
      '  openai api chat_completions.create \\',
      "    --model 'gpt-3.5-turbo' \\",
      '    --message user "$prompt")"',
      'openai api tools.unknown',
      '',
    ].join('\n');
    assert.deepEqual(found(sh, 'ask.sh'), [
      '9 POST /v1/chat/completions openai',
      '10 POST /v1/completions other',
      '11 POST /v1/chat/completions azure',
      '12 POST /v1/images/generations openai',
      '14 POST /v1/chat/completions openai',
    ]);
    const kinds = detectCallSites(sh, { fileName: 'ask.sh' }).sites.map((site) => `${site.kind} ${site.method}`);
    assert.deepEqual(kinds.slice(-1), ['sdk-python-legacy openai api chat_completions.create']);
    // a base URL the script exports decides where the tool sends
    assert.deepEqual(found('export OPENAI_BASE_URL="$GATEWAY"\nopenai api models.list\n', 'models.sh'), ['2 GET /v1/models unknown']);
  });
  it('corpus 136: the Azure SDK for Go (azopenai): Azure OpenAI clients, and one built for OpenAI\'s endpoint', () => {
    const go = [
      'package gpt',
      'import (',
      '\t"context"',
      '\t"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"',
      '\t"github.com/Azure/azure-sdk-for-go/sdk/azcore"',
      ')',
      'var client *azopenai.Client',
      'func initClient(endpoint string, key azcore.KeyCredential) {',
      '\tclient, _ = azopenai.NewClientWithKeyCredential(endpoint, key, nil)',
      '\t_, _ = client.GetChatCompletions(context.TODO(), azopenai.ChatCompletionsOptions{}, nil)',
      '}',
      'func embed(key azcore.KeyCredential) {',
      '\toai, _ := azopenai.NewClientForOpenAI("https://api.openai.com/v1", key, nil)',
      '\toai.GetEmbeddings(context.TODO(), azopenai.EmbeddingsOptions{}, nil)',
      '\tclient.GetImageGenerations(context.TODO(), azopenai.ImageGenerationOptions{}, nil)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'gpt.go'), ['10 POST /v1/chat/completions azure', '14 POST /v1/embeddings openai', '15 POST /v1/images/generations azure']);
  });
  it('found in a review of the eleventh session: string pieces read once, another API known by its function\'s own name or its request\'s header, a webhook carrying an answer, Go fields by their type, branches returning other paths, factories with another branch, an empty path\'s verb', () => {
    const cases: Array<[string, string, string[]]> = [
      ["15_azure.py", "import os, requests\nENDPOINT = os.environ[\"AZURE_OPENAI_ENDPOINT\"]\ndef ask(p):\n    r = requests.post(\n        f\"{ENDPOINT}/openai/deployments/{DEPLOYMENT}/chat/completions\"\n        f\"?api-version={API_VERSION}\",\n        headers={\"api-key\": KEY},\n        json={\"messages\": p},\n    )\n    return r.json()[\"choices\"][0]\n", ["4 POST /v1/chat/completions azure"]],
      ["22_retsplit.py", "import requests\n\ndef chat_url():\n    return (\"https://myres.openai.azure.com/openai/deployments/gpt4/chat/completions\"\n            \"?api-version=2024-02-01\")\n\ndef ask(p):\n    return requests.post(chat_url(), json={\"messages\": p})\n", ["8 POST /v1/chat/completions azure"]],
      ["17_webhook.py", "import os, requests\nOPENAI_URL = \"https://api.openai.com/v1/chat/completions\"\nSLACK_WEBHOOK_URL = os.environ[\"SLACK_WEBHOOK_URL\"]\n\ndef ask(messages):\n    return requests.post(OPENAI_URL, json={\"model\": \"gpt-4o\", \"messages\": messages}).json()\n\ndef notify(text):\n    answer = ask([{\"role\": \"user\", \"content\": text}])\n    requests.post(SLACK_WEBHOOK_URL, json=answer)\n    return answer[\"choices\"][0][\"message\"][\"content\"]\n", ["6 POST /v1/chat/completions openai"]],
      ["18_webhook.js", "const OPENAI_URL = \"https://api.openai.com/v1/chat/completions\";\nasync function complete(messages) {\n  return fetch(OPENAI_URL, { method: \"POST\", body: JSON.stringify({ model: \"gpt-4o\", messages }) });\n}\nexport async function relay(messages) {\n  const result = complete(messages);\n  await fetch(process.env.LOG_URL, { method: \"POST\", body: JSON.stringify(result) });\n  return (await result).choices;\n}\n", ["3 POST /v1/chat/completions openai"]],
      ["26_gofield4.go", "package main\n\nimport (\"bytes\"; \"net/http\")\n\ntype Config struct{ URL string; Key string }\ntype Page struct{ URL string; Title string }\n\nfunc main() {\n\tcfg := Config{URL: \"https://api.openai.com/v1/chat/completions\", Key: \"k\"}\n\tpages := []Page{}\n\tfor _, page := range pages {\n\t\tresp, _ := http.Get(page.URL)\n\t\t_ = resp\n\t}\n\treq, _ := http.NewRequest(\"POST\", cfg.URL, bytes.NewReader(nil))\n\thttp.DefaultClient.Do(req)\n}\n", ["15 POST /v1/chat/completions openai"]],
      ["21_gofield2.go", "package llm\n\nimport (\"bytes\"; \"net/http\"; \"os\")\n\ntype Client struct{ URL string }\n\nfunc NewOpenAI() *Client { return &Client{URL: \"https://api.openai.com/v1/chat/completions\"} }\n\nfunc FromEnv() *Client { return &Client{URL: os.Getenv(\"LLM_URL\")} }\n\nfunc (c *Client) Chat(body []byte) {\n\treq, _ := http.NewRequest(\"POST\", c.URL, bytes.NewReader(body))\n\thttp.DefaultClient.Do(req)\n}\n", []],
      ["01_multi.py", "import requests, os\n\nclass Router:\n    def __init__(self):\n        self.url = os.getenv(\"LLM_URL\")\n        self.anthropic_url = os.getenv(\"ANTHROPIC_URL\")\n\n    def chat(self, provider, messages):\n        if provider == \"openai\":\n            r = requests.post(self.url, json={\"model\": \"gpt-4o\", \"messages\": messages})\n            return r.json()[\"choices\"][0][\"message\"][\"content\"]\n        r = requests.post(self.anthropic_url, headers={\"anthropic-version\": \"2023-06-01\"}, json={\"model\": \"claude-3\", \"messages\": messages})\n        return r.json()[\"content\"][0][\"text\"]\n", ["10 POST /v1/chat/completions unknown"]],
      ["02c_param.py", "# OpenAI-compatible\nimport requests, os\n\ndef chat(url, messages, model=\"gpt-4o\", fallback_to_claude=False):\n    r = requests.post(url, json={\"model\": model, \"messages\": messages})\n    return r.json()[\"choices\"][0][\"message\"][\"content\"]\n", ["5 POST /v1/chat/completions unknown"]],
      ["03c_arrow.js", "// OpenAI-compatible\nasync function askClaude(prompt) {\n  const res = await fetch(process.env.CLAUDE_URL, { method: 'POST', body: JSON.stringify({ model: 'claude', messages: [] }) });\n  return res.json();\n}\nconst askGpt = async (prompt) => {\n  const res = await fetch(process.env.LLM_URL, { method: 'POST', body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] }) });\n  const data = await res.json();\n  return data.choices[0].message.content;\n};\n", ["7 POST /v1/chat/completions unknown"]],
      ["08_switch.py", "import requests\n\ndef endpoint_for(provider, base):\n    if provider == \"anthropic\":\n        return base + \"/v1/messages\"\n    if provider == \"ollama\":\n        return base + \"/api/chat\"\n    return base + \"/chat/completions\"\n\ndef send(provider, base, body):\n    return requests.post(endpoint_for(provider, base), json=body)\n", []],
      ["08_switch.go", "package llm\n\nimport (\"bytes\"; \"net/http\")\n\nfunc endpointFor(provider, base string) string {\n\tswitch provider {\n\tcase \"anthropic\":\n\t\treturn base + \"/v1/messages\"\n\tcase \"ollama\":\n\t\treturn base + \"/api/chat\"\n\t}\n\treturn base + \"/chat/completions\"\n}\n\nfunc Send(provider, base string, body []byte) {\n\treq, _ := http.NewRequest(http.MethodPost, endpointFor(provider, base), bytes.NewReader(body))\n\thttp.DefaultClient.Do(req)\n}\n", []],
      ["23_gofactory.go", "package ai\n\nimport (\n\t\"context\"\n\t\"os\"\n\n\topenai \"github.com/sashabaranov/go-openai\"\n)\n\nvar azureClient *openai.Client\n\nfunc init() {\n\tcfg := openai.DefaultAzureConfig(os.Getenv(\"AZURE_KEY\"), os.Getenv(\"AZURE_ENDPOINT\"))\n\tazureClient = openai.NewClientWithConfig(cfg)\n}\n\nfunc NewAIClient() *openai.Client {\n\tif os.Getenv(\"USE_AZURE\") != \"\" {\n\t\treturn azureClient\n\t}\n\treturn openai.NewClient(os.Getenv(\"OPENAI_API_KEY\"))\n}\n\nfunc Ask(q string) {\n\tai := NewAIClient()\n\tai.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: openai.GPT4o})\n}\n", ["26 POST /v1/chat/completions unknown"]],
      ["09_axios.js", "import axios from 'axios';\nconst openai = axios.create({ baseURL: 'https://api.openai.com/v1' });\nexport const a = () => openai.get('');\nexport const b = () => openai.post('', { model: 'gpt-4o' });\nconst groq = axios.create({ baseURL: 'https://api.groq.com/openai/v1/chat/completions' });\nexport const c = () => groq.post('', { model: 'llama', messages: [] });\nconst local = axios.create({ baseURL: 'http://localhost:11434/v1/chat/completions' });\nexport const d = () => local.post('', { model: 'llama', messages: [] });\nconst anth = axios.create({ baseURL: 'https://api.anthropic.com/v1/messages' });\nexport const e = () => anth.post('', { model: 'claude', messages: [] });\nconst files = axios.create({ baseURL: 'https://api.openai.com/v1/files' });\nexport const f = () => files.get('');\nexport const g = () => files.delete('');\nconst chat = axios.create({ baseURL: 'https://api.openai.com/v1/chat/completions' });\nexport const h = () => chat.get('', { params: {} });\nexport const i = () => chat.request('');\n", ["6 POST /v1/chat/completions other", "8 POST /v1/chat/completions other", "12 GET /v1/files openai", "15 GET /v1/chat/completions openai", "16 GET /v1/chat/completions openai"]],
    ];
    for (const [file, text, expected] of cases) assert.deepEqual(found(text, file), expected, file);
  });
  it('corpus 137: a URL assigned in a callback\'s body is no argument of the call the callback is handed to', () => {
    const js = [
      "chrome.storage.sync.get(['apiKey'], result => {",
      "  const endpoint = 'https://api.openai.com/v1/chat/completions'",
      "  fetch(endpoint, { method: 'POST', body: JSON.stringify({ model: 'gpt-4o-mini', messages: [] }) })",
      '})',
      "load('config', function (cfg) {",
      "  const url = 'https://api.openai.com/v1/embeddings'",
      "  return axios.post(url, { input: 'x', model: 'm' })",
      '})',
      "axios.post('https://api.openai.com/v1/moderations', { input: 'x' })",
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'service-worker.js'), ['3 POST /v1/chat/completions openai', '7 POST /v1/embeddings openai', '9 POST /v1/moderations openai']);
  });
  it('corpus 138: a base URL given one of two values by a condition is a run-time choice, unless both point the same way', () => {
    const py = 'from openai import OpenAI\nclient = OpenAI(api_key=k, base_url="https://api.deepseek.com/v1" if provider == "deepseek" else None)\nclient.audio.transcriptions.create(model="whisper-1", file=f)\nlocal = OpenAI(base_url="http://localhost:8000/v1" if gpu else "http://localhost:8001/v1")\nlocal.models.list()\n';
    assert.deepEqual(found(py, 'transcriber.py'), ['3 POST /v1/audio/transcriptions unknown', '5 GET /v1/models other']);
    const ts = 'import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: k, baseURL: useGroq ? "https://api.groq.com/openai/v1" : undefined });\nawait client.chat.completions.create({ model: "m", messages: [] });\nconst eu = new OpenAI({ baseURL: process.env.BASE ?? "https://eu.api.openai.com/v1" });\n';
    assert.deepEqual(found(ts, 'llm.ts'), ['3 POST /v1/chat/completions unknown']);
    // (the URL's own colon is no branch separator)
    assert.match(detectCallSites(ts, { fileName: 'llm.ts' }).sites[0]?.providerDetail ?? '', /^api\.groq\.com or api\.openai\.com/);
  });
  it('corpus 140: a Responses API request to a run-time URL, known by its input and model and an answer read through output_text; not an embeddings request', () => {
    const ts = [
      'export async function check(params: { model: string; prompt: string }) {',
      '  const endpoint = env.gptEndpoint;',
      '  const res = await fetch(endpoint, { method: "POST", body: JSON.stringify({ model: params.model, input: params.prompt, max_output_tokens: 800 }) });',
      '  const json = await res.json();',
      '  return json.output.find((p: { type: string }) => p.type === "output_text")?.text;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'gpt.impl.ts'), ['3 POST /v1/responses unknown']);
    // (a file the prefilter lets through by its model name)
    const embed = `// text-embedding via gpt-4o-mini's gateway\n${ts.replace('p.type === "output_text"', 'p.type === "vector"').replace('json.output.find', 'json.data.find')}`;
    assert.deepEqual(found(embed, 'gpt.impl.ts'), []);
  });
  it('corpus 139: curl to a base on another host that has a path of its own (`$API_BASE/v1/chat/completions`, `API_BASE="http://192.168.0.1:8080/api"`)', () => {
    const sh = '#!/bin/bash\nAPI_BASE="http://192.168.0.1:8080/api"\nmodels=$(curl -s "$API_BASE/v1/models")\nresponse=$(curl -s "$API_BASE/v1/chat/completions" -d @- <<EOF\n{"model":"m","messages":[]}\nEOF\n)\nSITE="https://example.com/api"\ncurl -s "$SITE/v1/users"\n';
    // the app's own `/api/v1/models` could be any API's; the inference endpoint is plainly OpenAI's shape
    assert.deepEqual(found(sh, 'llm.sh'), ['4 POST /v1/chat/completions other']);
  });
  it('Python string pieces side by side are one literal, also across lines in brackets, not across statements', () => {
    const py = [
      'import os, requests',
      'def ask(payload):',
      '    azure_endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]',
      '    url = (',
      '        f"{azure_endpoint}/openai/deployments/{deployment}"',
      '        f"/chat/completions?api-version={api_version}"',
      '    )',
      '    requests.post(url, json=payload)',
      '    same_line = "https://api.openai.com" "/v1/embeddings"',
      '    requests.post(same_line, json=payload)',
      '    apart = "https://api.openai.com"',
      '    "/v1/files"',
      '    requests.post(apart, json=payload)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'ask.py'), ['8 POST /v1/chat/completions azure', '10 POST /v1/embeddings openai']);
  });
  it('corpus 30: Deno\'s names for the SDK, options passed through a cast, a client cast to a structural type, openai<1.0 resources imported by name, go-gpt3', () => {
    const ts = [
      'import OpenAI from "@openai/openai";',
      'function getClient(baseUrl?: string): OpenAI {',
      '  const cfg: Record<string, unknown> = { apiKey: Deno.env.get("OPENAI_API_KEY") };',
      '  if (baseUrl) cfg.baseURL = baseUrl;',
      '  return new OpenAI(cfg as { apiKey: string; baseURL?: string });',
      '}',
      'export async function structured(baseUrl?: string) {',
      '  const client = getClient(baseUrl);',
      '  const clientAny = client as unknown as { responses?: { create: Function } };',
      '  return clientAny.responses.create({ model: "m", input: "x" });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'structured.ts'), ['10 POST /v1/responses unknown']);
    assert.deepEqual(found('import OpenAI from "npm:openai@4.52.0";\nconst openai = new OpenAI();\nawait openai.embeddings.create({ model: "m", input: "x" });\n', 'edge.ts'), ['3 POST /v1/embeddings openai']);
    const py0 = 'from openai import ChatCompletion, Model as M\nChatCompletion.create(model="gpt-3.5-turbo", messages=[])\nM.list()\nfrom openai.error import RateLimitError\n';
    assert.deepEqual(found(py0, 'legacy.py'), ['2 POST /v1/chat/completions openai', '3 GET /v1/models openai']);
    const go = 'package gpt\nimport (\n\t"context"\n\tgogpt "github.com/sashabaranov/go-gpt3"\n)\n// OpenAI completions\nfunc Ask(c *gogpt.Client, p string) {\n\tc.CreateCompletion(context.Background(), gogpt.CompletionRequest{Prompt: p})\n}\n';
    assert.deepEqual(found(go, 'gpt.go'), ['8 POST /v1/completions unknown']);
  });
  it('corpus 26: a script without an extension, a whole URL in a variable from the environment with a quoted default, another $VAR/path on the same command', () => {
    const sh = [
      '#!/usr/bin/env bash',
      'declare API_KEY="$OPENAI_API_KEY"',
      'declare ENDPOINT="${OPENAI_API_ENDPOINT:-"https://api.openai.com/v1/chat/completions"}"',
      'fetch_response() {',
      '\tcurl -sN "$ENDPOINT" \\',
      '\t\t-H "Authorization: Bearer $API_KEY" \\',
      '\t\t--data-binary @- <"$TEMPDIR/payload"',
      '}',
      'A="${OPENAI_API_ENDPOINT:-https://api.openai.com/v1/embeddings}"',
      'curl -s "$A" -d @body.json',
      '',
    ].join('\n');
    assert.deepEqual(found(sh, 'bin/gpt'), ['5 POST /v1/chat/completions unknown', '10 POST /v1/embeddings unknown']);
    // a file named for another language is that language, whatever its first line
    assert.deepEqual(found(sh, 'notes.txt'), []);
  });
  it('corpus 31: a URL whose base is read from the environment inside the f-string', () => {
    const py = [
      'import os, requests',
      'payload = {"messages": [{"role": "user", "content": "hi"}]}',
      'GPT4V_ENDPOINT = f"{os.getenv(\'AZURE_OPENAI_ENDPOINT\')}openai/deployments/{os.getenv(\'DEPLOYMENT\')}/chat/completions?api-version=2024-02-01"',
      'response = requests.post(GPT4V_ENDPOINT, headers={"api-key": "k"}, json=payload)',
      'r = requests.post(f"{os.environ[\'OPENAI_BASE\']}/v1/embeddings", json={})',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'vision.py'), ['4 POST /v1/chat/completions azure', '5 POST /v1/embeddings unknown']);
  });
  it('corpus 31: a client handed to a function, in a file that imports no SDK and names no other provider', () => {
    const py = [
      'import streamlit as st',
      '',
      'def get_chat_completion(client, deployment_name, messages):',
      '    response = client.chat.completions.create(model=deployment_name, messages=messages)',
      '    return response.choices[0].message.content',
      '',
      'def describe(llm_client, image_url):',
      '    return llm_client.responses.create(model="m", input=image_url)',
      '',
      'def other(items):',
      '    return client.chat.completions.create(model="m", messages=items)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'chat.py'), ['4 POST /v1/chat/completions unknown', '8 POST /v1/responses unknown']);
    // a file that names another provider with the same SDK shape may be handed its client
    assert.deepEqual(found(py.replace('import streamlit as st', 'PROVIDER = "groq"'), 'chat.py'), []);
    // (in a comment it names nothing)
    assert.equal(found(py.replace('import streamlit as st', '# compare with Groq some day'), 'chat.py').length, 2);
    assert.deepEqual(found(`import groq\n${py}`, 'chat.py'), []);
    // a name that is no client, or a resource of no OpenAI shape
    assert.deepEqual(found('def run(provider, msgs):\n    return provider.chat.completions.create(messages=msgs)\n', 'run.py'), []);
    assert.deepEqual(found('def run(client, q):\n    return client.search.query(q)\n', 'run.py'), []);
  });
  it('corpus 6: a request\'s options object with a literal url, held in a variable and handed to the call', () => {
    const js = [
      "const axios = require('axios');",
      'const params = {',
      "  method: 'post',",
      "  url: 'https://api.openai.com/v1/files',",
      '  data: form,',
      '};',
      'axios(params).then((r) => console.log(r.data));',
      "const opts = { method: 'DELETE', url: 'https://api.openai.com/v1/files/file-1' };",
      'await axios(opts);',
      "await axios.get('/health', opts);",
      "const cfg = { url: 'https://api.openai.com/v1/models' };",
      'console.log(cfg);',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'upload.js'), ['7 POST /v1/files openai', '9 DELETE /v1/files/{file_id} openai']);
  });
  it('corpora 33 and 34: tracing wrappers, a client kept from a parameter typed for OpenAI, go-gpt3 named nowhere else, a URL built by concatenation', () => {
    const ts = "import { OpenAI } from 'openai';\nimport { tracedOpenAI } from 'mlflow-openai';\nconst openai = new OpenAI({ apiKey: 'k' });\nconst wrapped = tracedOpenAI(openai);\nawait wrapped.embeddings.create({ model: 'm', input: 'x' });\n";
    assert.deepEqual(found(ts, 'traced.test.ts'), ['5 POST /v1/embeddings openai']);
    const py = 'from .types import OpenAIClientTypes\n\nclass EmbeddingsLLM:\n    def __init__(self, client: OpenAIClientTypes, configuration):\n        self.client = client\n\n    async def run(self, input):\n        return await self.client.embeddings.create(input=input, model="m")\n';
    assert.deepEqual(found(py, 'embeddings_llm.py'), ['8 POST /v1/embeddings unknown']);
    // (a client kept from a parameter typed otherwise is not ours to claim)
    assert.deepEqual(found(py.replace(/OpenAIClientTypes/g, 'ClientTypes'), 'embeddings_llm.py'), []);
    const go = 'package main\nimport (\n\t"context"\n\tgogpt "github.com/sashabaranov/go-gpt3"\n)\nfunc send(c *gogpt.Client, t string) {\n\tc.CreateCompletion(context.Background(), gogpt.CompletionRequest{Prompt: t})\n}\n';
    assert.deepEqual(found(go, 'app.go'), ['7 POST /v1/completions unknown']);
    const js = 'await fetch("https://api.openai.com/v1/threads/" + tid + "/messages", { method: "POST", body });\nawait fetch("https://api.openai.com/v1/files/" + id + "/content");\nawait fetch("https://api.openai.com/v1/files/" + id, { method: "DELETE" });\nawait fetch("https://api.openai.com/v1/audio/" + kind, { method: "POST" });\n';
    assert.deepEqual(found(js, 'concat.js'), ['1 POST /v1/threads/{thread_id}/messages openai', '2 GET /v1/files/{file_id}/content openai', '3 DELETE /v1/files/{file_id} openai', '4 POST /v1/audio openai']);
  });
  it('corpus 33: Go net/http to a URL variable another file of the package declares (openAiUrl: the name in camel case)', () => {
    const project = new ProjectIndex();
    const vars = 'package main\n\nimport "os"\n\nvar (\n\topenAiToken = os.Getenv("OPENAI_TOKEN")\n\topenAiUrl   = "https://api.openai.com/v1/chat/completions"\n)\n';
    const gpt = 'package main\n\nimport (\n\t"bytes"\n\t"net/http"\n)\n\nfunc send(b []byte) {\n\treq, _ := http.NewRequest("POST", openAiUrl, bytes.NewBuffer(b))\n\thttp.DefaultClient.Do(req)\n}\n';
    project.addFile('cmd/vars.go', vars);
    project.addFile('cmd/gpt.go', gpt);
    assert.deepEqual(detectCallSites(gpt, { fileName: 'cmd/gpt.go', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['9 POST /v1/chat/completions openai']);
    // another package's variable of that name is not this one
    assert.deepEqual(detectCallSites(gpt, { fileName: 'other/gpt.go', project }).sites, []);
  });
  it('corpus 36: the SDK imported from a CDN URL (Deno)', () => {
    const ts = 'import OpenAI from "https://deno.land/x/openai@v4.53.2/mod.ts";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(ts, 'index.ts'), ['3 POST /v1/chat/completions openai']);
    assert.deepEqual(found(ts.replace('https://deno.land/x/openai@v4.53.2/mod.ts', 'https://esm.sh/openai@4'), 'index.ts'), ['3 POST /v1/chat/completions openai']);
  });
  it('found in second review: a TypeScript return type with an arrow, a bracketed operand, a Go name the file declares itself', () => {
    const ts = 'let url = "https://api.openai.com/v1/chat/completions";\nfunction makeSender(url: string): (body: string) => Promise<Response> {\n  const x = 1;\n  return (body) => fetch(url, { method: "POST", body });\n}\n';
    assert.deepEqual(found(ts, 't1.ts'), []);
    assert.deepEqual(found('fetch("https://api.openai.com/v1/files/" + (id), { method: "DELETE" });\n', 'b.js'), ['1 DELETE /v1/files/{file_id} openai']);
    const project = new ProjectIndex();
    project.addFile('svc/vars.go', 'package svc\nvar openAiUrl = "https://api.openai.com/v1/chat/completions"\n');
    const go = 'package svc\nimport "net/http"\nfunc local(body io.Reader) {\n\topenAiUrl := "https://example.com/proxy"\n\treq, _ := http.NewRequest("POST", openAiUrl, body)\n}\n';
    project.addFile('svc/a.go', go);
    assert.deepEqual(detectCallSites(go, { fileName: 'svc/a.go', project }).sites, []);
    const nb = (language: string): string => JSON.stringify({ metadata: { kernelspec: { language }, language_info: { name: 'python' } }, cells: [{ cell_type: 'code', source: ['import openai\n', 'openai.models.list()\n'] }] });
    for (const language of ['constructor', '__proto__']) assert.equal(detectCallSites(nb(language), { fileName: 'n.ipynb' }).sites.length, 1, language);
  });
  it('a generic call names its type between the name and the bracket (TypeScript, C#); PHP_EOL is no path parameter', () => {
    const ts = 'const r = await axios.get<Model[]>("https://api.openai.com/v1/models");\nconst u = "https://api.openai.com/v1/embeddings";\nawait axios.post<Resp>(u, body);\nconst z = a < b;\n';
    assert.deepEqual(found(ts, 'api.ts'), ['1 GET /v1/models openai', '3 POST /v1/embeddings openai']);
    assert.deepEqual(found('var m = await http.GetFromJsonAsync<Model>("https://api.openai.com/v1/models");\n', 'g.cs'), ['1 GET /v1/models openai']);
    assert.deepEqual(found("<?php\n$r = $client->request('GET', 'https://api.openai.com/v1/models/' . PHP_EOL);\n", 'c.php'), ['2 GET /v1/models openai']);
  });
  it('a client handed in, in a file that imports no SDK: JS parameters and constructor-kept attributes; a client carried on an object passed in (corpus 28)', () => {
    const ts = [
      'export async function summarize(client: any, text: string) {',
      "  return client.chat.completions.create({ model: 'gpt-4o', messages: [] });",
      '}',
      'export class Embedder {',
      '  constructor(private readonly client: Client) {}',
      "  embed(input: string) { return this.client.embeddings.create({ model: 'm', input }); }",
      '}',
      'class Asker {',
      '  constructor(client) { this.client = client; }',
      "  ask(input) { return this.client.responses.create({ model: 'gpt-5', input }); }",
      '}',
      'export async function viaDeps(deps: Deps) {',
      "  return deps.client.chat.completions.create({ model: 'gpt-4o', messages: [] });",
      '}',
      'function local() {',
      '  const client = makeIt();',
      "  return client.chat.completions.create({ model: 'x', messages: [] });",
      '}',
      'const shared = { client: makeIt() };',
      "export const notHandedIn = () => shared.client.chat.completions.create({ model: 'x', messages: [] });",
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'summarize.ts'), ['2 POST /v1/chat/completions unknown', '6 POST /v1/embeddings unknown', '10 POST /v1/responses unknown', '13 POST /v1/chat/completions unknown']);
    const py = 'from .deps import Deps\n\ndef summarize(deps: Deps, text):\n    return deps.client.chat.completions.create(model="gpt-4o", messages=[])\n\nholder = make()\nholder.client.chat.completions.create(model="x", messages=[])\n';
    assert.deepEqual(found(py, 'summarize.py'), ['4 POST /v1/chat/completions unknown']);
    // a file that names another provider with the same SDK shape may be handed that provider's client
    assert.deepEqual(found(`${ts}// the Groq client from ./groq\n`.replace('// the Groq client from ./groq', "const PROVIDER = 'groq';"), 'groq.ts'), []);
  });
  it('a variable holding only an API path, appended to a base (corpus 24: go-chatgpt)', () => {
    const go = [
      'package chatgpt',
      '',
      'func (c *Client) Send(ctx context.Context, body io.Reader) error {',
      '\tendpoint := "/chat/completions"',
      '\treq, err := http.NewRequest("POST", c.config.BaseURL+endpoint, body)',
      '\treturn err',
      '}',
      '',
      'func (c *Client) Health() error {',
      '\tp := "/healthz"',
      '\treq, err := http.NewRequest("GET", c.BaseURL+p, nil)',
      '\treturn err',
      '}',
      '',
      'func (c *Client) Either(chat bool) error {',
      '\troute := "/chat/completions"',
      '\tif !chat {',
      '\t\troute = "/completions"',
      '\t}',
      '\treq, err := http.NewRequest("POST", c.BaseURL+route, nil)',
      '\treturn err',
      '}',
      '',
    ].join('\n');
    // (a name given two paths is left out: which one is sent is decided at run time)
    assert.deepEqual(found(go, 'chat.go'), ['5 POST /v1/chat/completions unknown']);
    const ts = "const BASE = 'https://api.openai.com/v1';\nconst MODERATIONS = '/moderations';\nexport const check = (input: string) => fetch(BASE + MODERATIONS, { method: 'POST', body: JSON.stringify({ input }) });\n";
    assert.deepEqual(found(ts, 'check.ts'), ['3 POST /v1/moderations openai']);
  });
  it('a client from a function named for OpenAI that neither the file nor the project defines (corpus 30: createOpenAIClient)', () => {
    const legacy = "import type { ChatCompletionRequestMessage } from 'openai';\nimport { createOpenAIClient } from '../../openai-client';\nexport async function fetchChat(params: Params, messages: ChatCompletionRequestMessage[]) {\n  const client = createOpenAIClient({ ...params });\n  return client.createChatCompletion({ model: 'gpt-3.5-turbo', messages });\n}\n";
    const sites = detectCallSites(legacy, { fileName: 'fetch.ts' }).sites;
    assert.deepEqual(sites.map((x) => `${x.range.start.line + 1} ${x.kind} ${x.endpoint} ${x.provider}`), ['5 sdk-node-legacy /v1/chat/completions unknown']);
    assert.match(sites[0]?.providerDetail ?? '', /built by createOpenAIClient\(\) from \.\.\/\.\.\/openai-client, which this file does not define/);
    const v4 = "import { getAzureOpenAIClient } from '@/lib/openai';\nexport async function ask(q: string) {\n  const openai = getAzureOpenAIClient();\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [] });\n}\n";
    assert.deepEqual(found(v4, 'ask.ts'), ['4 POST /v1/chat/completions azure']);
    const py = 'from app.llm import get_openai_client\n\ndef ask(q):\n    client = get_openai_client()\n    return client.chat.completions.create(model="gpt-4o", messages=[])\n';
    assert.deepEqual(found(py, 'ask.py'), ['5 POST /v1/chat/completions unknown']);
    // not a wrapper handed a client (it says where), not a package's own object, not a class
    const wrapped = 'from opik.integrations.openai import track_openai\nfrom openai import OpenAI\nclient = track_openai(OpenAI(base_url="http://localhost:11434/v1"))\nclient.chat.completions.create(model="llama3", messages=[])\n';
    assert.deepEqual(found(wrapped, 'w.py'), ['4 POST /v1/chat/completions other']);
    const aiSdk = "import { createOpenAI } from '@ai-sdk/openai';\nconst client = createOpenAI({ baseURL: process.env.BASE });\nawait client.embeddings.create({ model: 'm', input: 'x' });\n";
    assert.deepEqual(found(aiSdk, 'p.ts'), []);
    const cls = 'from .models import OpenAIChatModel\nllm_client = OpenAIChatModel()\nllm_client.chat.completions.create(model="x", messages=[])\n';
    assert.deepEqual(found(cls, 'c.py'), []);
  });
  it('corpora 37–39: clients handed in to fine-tuning helpers, from modules named for OpenAI, on an attribute named for OpenAI, made only with a key, typed by a getter; openai in an import list', () => {
    const tuning = 'from typing import Callable\n\ndef create_tuning_job(client: Callable, path: str):\n    out = client.files.create(file=open(path, "rb"), purpose="fine-tune")\n    return client.fine_tuning.jobs.create(training_file=out.id, model="gpt-4o-mini")\n';
    assert.deepEqual(found(tuning, 'skllm/clients/openai/tuning.py'), ['4 POST /v1/files unknown', '5 POST /v1/fine_tuning/jobs unknown']);
    // resources other SDKs share need the file or its path to name OpenAI (found in review: a Mistral helper)
    assert.deepEqual(found(tuning, 'tuning.py'), []);
    // a function of a module named for OpenAI, and a client-like name imported from one
    const helpers = 'from openai import OpenAI\nfrom skllm.clients.openai.credentials import set_credentials\n\ndef ask(key, messages):\n    client = set_credentials(key)\n    return client.chat.completions.create(model="m", messages=messages)\n';
    assert.deepEqual(found(helpers, 'completion.py'), ['6 POST /v1/chat/completions unknown']);
    // the same in a scan, whose project index has read the file (found in a real VS Code trial: the call went after a scan)
    for (const [text, fileName] of [[helpers, 'app/completion.py'], ["import { getOpenAIClient } from '@/lib/ai';\nconst openai = getOpenAIClient();\nopenai.files.list();\n", 'app/list.ts']] as const) {
      const project = new ProjectIndex();
      project.addFile(fileName, text);
      const withIndex = detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
      assert.deepEqual(withIndex, detectCallSites(text, { fileName }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`));
      assert.equal(withIndex.length, 1, fileName);
    }
    const imported = 'from backend.tests.client_tests.openai import client\n\ndef test_embed():\n    client.embeddings.create(model="m", input="x")\n';
    assert.deepEqual(found(imported, 'test_embed.py'), ['4 POST /v1/embeddings unknown']);
    // not an application package that is itself named so (`pyqt_openai.globals`), nor a name that says another provider
    assert.deepEqual(found('from pyqt_openai.globals import DB_CLIENT\nDB_CLIENT.embeddings.create(model="m", input="x")\n', 'a.py'), []);
    assert.deepEqual(found('from app.openai.globals import G4F_CLIENT\nG4F_CLIENT.images.generate(prompt="x")\n', 'b.py'), []);
    const wrapper = 'from swirl.openai.openai import OpenAIClient\n\nclass GenAI:\n    def search(self):\n        client = OpenAIClient(key=self.key)\n        return client.openai_client.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(wrapper, 'gen_ai.py'), ['6 POST /v1/chat/completions unknown']);
    const keyed = "import OpenAI from 'openai';\nexport async function POST(req: Request) {\n  const { apiKey, apiBaseUrl } = await req.json();\n  const openai = apiKey ? new OpenAI({ apiKey, ...(apiBaseUrl && { baseURL: apiBaseUrl }) }) : null;\n  if (!openai) return new Response('no key', { status: 400 });\n  return Response.json(await openai.images.generate({ model: 'gpt-image-1', prompt: 'x' }));\n}\n";
    assert.deepEqual(found(keyed, 'route.ts'), ['6 POST /v1/images/generations unknown']);
    // the other branch makes another client: which one is used is decided at run time, not read as the first
    const either = "import OpenAI, { AzureOpenAI } from 'openai';\nconst c = useAzure ? new AzureOpenAI({ endpoint: 'https://x.openai.azure.com', apiVersion: 'v' }) : new OpenAI();\nc.models.list();\n";
    assert.ok(!found(either, 'e.ts').includes('3 GET /v1/models azure'));
    const getter = "import OpenAI, { AzureOpenAI } from 'openai';\nexport class Pool {\n  clients: AzureOpenAI[] = [];\n  get client(): AzureOpenAI {\n    return this.clients[this.clients.length - 1];\n  }\n  async run(args: OpenAI.ChatCompletionCreateParams) {\n    const client = this.client;\n    return client.chat.completions.create(args);\n  }\n}\n";
    assert.deepEqual(found(getter, 'pool.ts'), ['9 POST /v1/chat/completions azure']);
    const list = 'import discord_bot.utilities as utilities, openai, json\nopenai.ChatCompletion.create(model="gpt-4", messages=[])\n';
    assert.deepEqual(found(list, 'handler.py'), ['2 POST /v1/chat/completions openai']);
  });
  it('corpora 37 and 38: a base URL attribute set once, a base URL name that is also a parameter, a host under a literal domain set after construction', () => {
    const perplexity = "const OpenAI = require('openai');\nclass ApiClientPerplexity {\n  constructor(apiKey) {\n    this.baseURL = 'https://api.perplexity.ai';\n    this.openai = new OpenAI({ baseURL: this.baseURL, apiKey });\n  }\n  send(model, messages) {\n    return this.openai.chat.completions.create({ model, messages });\n  }\n}\n";
    assert.deepEqual(found(perplexity, 'perplexity.js'), ['8 POST /v1/chat/completions other']);
    const parameter = 'from openai import OpenAI\n\nclass Summarizer:\n    def __init__(self, api_key, api_endpoint):\n        self.client = OpenAI(api_key=api_key, base_url=api_endpoint)\n\n    def run(self, messages):\n        return self.client.chat.completions.create(model="m", messages=messages)\n\nif __name__ == "__main__":\n    api_endpoint = "https://api.deepseek.com"\n    Summarizer("k", api_endpoint).run([])\n';
    assert.deepEqual(found(parameter, 'summary.py'), ['8 POST /v1/chat/completions unknown']);
    const modal = 'from openai import OpenAI\nclient = OpenAI(api_key=key)\nclient.base_url = (\n    f"https://{prefix}--{app_name}-serve.modal.run/v1"\n)\nclient.models.list()\n';
    assert.deepEqual(found(modal, 'client.py'), ['6 GET /v1/models other']);
    // a placeholder in the last labels leaves the host open; so does a single-label suffix
    assert.deepEqual(found('from openai import OpenAI\nclient = OpenAI(base_url=f"https://api.{domain}/v1")\nclient.models.list()\n', 'd.py'), ['3 GET /v1/models unknown']);
  });
  it('corpora 40–42: prose naming another provider, default imports from a module named for OpenAI, class fields, SDK namespace types, clients handed in through options, branches with loops, dict entries', () => {
    // a docstring comparing providers, and a word like "Inference", say nothing of the client handed in
    const batch = 'from typing import Any\n\ndef upload(client: Any, buf):\n  """Unlike Gemini\'s batch mode, OpenAI keeps batch files."""\n  if not buf:\n    raise exceptions.InferenceRuntimeError("empty")\n  return client.files.create(file=buf, purpose="batch")\n';
    assert.deepEqual(found(batch, 'batch.py'), ['7 POST /v1/files unknown']);
    assert.deepEqual(found('def ask(client, q):\n  return client.chat.completions.create(model="llama-3", messages=[])\n', 'groq_like.py'), []);
    const service = "import openai from '../openai.lib';\nexport class ChatService {\n  private readonly chat = openai.chat;\n  ask(messages: any[]) {\n    return this.chat.completions.create({ model: 'gpt-4o', messages });\n  }\n}\n";
    assert.deepEqual(found(service, 'chat.service.ts'), ['5 POST /v1/chat/completions unknown']);
    // (only the v4 SDK's resources: a project's own class may copy v3's method names)
    assert.deepEqual(found("import openai from '@/shared/node/openai';\nexport const post = (body: any) => openai.createChatCompletion(body);\n", 'route.ts'), []);
    const agent = "import OpenAI from 'openai';\nexport class Agent {\n  private client: OpenAI;\n  constructor(options: { client?: OpenAI; apiKey?: string }) {\n    if (options.client) {\n      this.client = options.client;\n    } else {\n      this.client = new OpenAI({ apiKey: options.apiKey });\n    }\n  }\n  private async *stream(options: OpenAI.Chat.ChatCompletionCreateParams) {\n    yield await this.client.chat.completions.create({ ...options, stream: true });\n  }\n}\n";
    assert.deepEqual(found(agent, 'agent.ts'), ['12 POST /v1/chat/completions unknown']);
    const field = "import OpenAI from 'openai';\nexport class LLM {\n  openai = new OpenAI({\n    apiKey: KEY,\n  });\n  ask() { return this.openai.chat.completions.create({ model: 'm', messages: [] }); }\n}\n";
    assert.deepEqual(found(field, 'llm.ts'), ['6 POST /v1/chat/completions openai']);
    const branches = 'from openai import OpenAI, AzureOpenAI\ndef answer(kind, q):\n    if kind == "azure":\n        client = AzureOpenAI(api_key=k, api_version=v, azure_endpoint=e)\n        try:\n            stream = client.chat.completions.create(model="m", messages=q, stream=True)\n            for event in stream:\n                print(event)\n        except Exception:\n            pass\n    elif kind == "openai":\n        client = OpenAI(api_key=k)\n        return client.chat.completions.create(model="m", messages=q)\n';
    assert.deepEqual(found(branches, 'stream.py'), ['6 POST /v1/chat/completions azure', '13 POST /v1/chat/completions openai']);
    // but a loop that also runs the later assignment still leaves the choice to run time
    const loop = 'from openai import OpenAI, AzureOpenAI\ndef f(items):\n    client = AzureOpenAI(api_key=k, api_version=v, azure_endpoint=e)\n    for item in items:\n        client.models.list()\n        client = OpenAI()\n';
    assert.ok(!found(loop, 'loop.py').includes('5 GET /v1/models azure'));
    const dict = 'from openai import AsyncOpenAI\nMODELS = {\n    "chat": {"qwen": {"base_url": "http://192.168.20.59:7891/v1"}, "glm": {"base_url": "http://localhost:7860/v1"}},\n}\nasync def chat(model, messages):\n    client = AsyncOpenAI(api_key="x", base_url=MODELS["chat"][model]["base_url"])\n    return await client.chat.completions.create(model=model, messages=messages)\n';
    assert.deepEqual(found(dict, 'proxy.py'), ['7 POST /v1/chat/completions other']);
    // one entry on OpenAI's host makes the choice a run-time one
    assert.deepEqual(found(dict.replace('http://localhost:7860/v1', 'https://api.openai.com/v1'), 'proxy2.py'), ['7 POST /v1/chat/completions unknown']);
  });
  it('corpus 43: a word that contains a provider name is no provider ("coherence"); a function of an application module named openai imported by name', () => {
    const bon = 'def best_of_n(client, messages, n=3):\n    """Rate for relevance and coherence."""\n    rating = "Consider coherence and helpfulness."\n    return client.chat.completions.create(model="m", messages=messages, n=n)\n';
    assert.deepEqual(found(bon, 'bon.py'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('import cohere\ndef ask(client, q):\n    return client.chat.completions.create(model="command-r", messages=q)\n', 'c.py'), []);
    const statgpt = 'from statgpt.utils import openai\n\nasync def produce(ctx, kwargs):\n    client = openai.get_async_client(api_key=ctx.api_key)\n    return await client.chat.completions.create(**kwargs, stream=True)\n';
    assert.deepEqual(found(statgpt, 'producer.py'), ['5 POST /v1/chat/completions unknown']);
    const project = new ProjectIndex();
    project.addFile('statgpt/chains/producer.py', statgpt);
    assert.deepEqual(detectCallSites(statgpt, { fileName: 'statgpt/chains/producer.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['5 unknown']);
  });
  it('corpus 43: an abstract factory method named for OpenAI, filled in by subclasses elsewhere', () => {
    const base = 'from abc import ABC, abstractmethod\n\nclass TextTranslator(ABC):\n    def __init__(self):\n        self.client = self.get_openai_client()\n\n    @abstractmethod\n    def get_openai_client(self):\n        """Create the client."""\n        pass\n\n    def translate(self, text):\n        return self.client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])\n';
    assert.deepEqual(found(base, 'translator.py'), ['13 POST /v1/chat/completions unknown']);
    // a method of that name with a body of its own that builds something else is that something
    assert.deepEqual(found(base.replace('        pass\n', '        return make_session()\n'), 'other.py'), []);
  });
  it('found in review of the third session\'s rules: hosts under OpenAI and Azure domains, class fields and reassignments, another class\'s attribute, paths reassigned, factories the index knows, other SDKs\' shared resources, mocks, dict entries read at run time', () => {
    assert.deepEqual(found('import OpenAI from "openai";\nconst c = new OpenAI({ baseURL: `https://${region}.api.openai.com/v1` });\nc.models.list();\n', 'r.ts'), ['3 GET /v1/models unknown']);
    assert.deepEqual(found('from openai import OpenAI\nc = OpenAI(base_url=f"https://{apim}.azure-api.net/openai/v1/")\nc.models.list()\n', 'r.py'), ['3 GET /v1/models azure']);
    // a module variable reassigned in a function is no class field of another class
    assert.deepEqual(found('import OpenAI from "openai";\nlet openai;\nfunction init(){\n  openai = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\n}\nclass Other {\n  constructor(o){ this.openai = o; }\n  run(){ return this.openai.chat.completions.create({model:"m",messages:[]}); }\n}\n', 'a.ts'), ['8 POST /v1/chat/completions unknown']);
    // another class\'s `this.client = deps.redis` leaves this class\'s client alone
    assert.deepEqual(found('import OpenAI from "openai";\nclass A {\n  constructor(){ this.client = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" }); }\n  run(){ return this.client.chat.completions.create({model:"m",messages:[]}); }\n}\nclass B {\n  constructor(deps){ this.client = deps.redis; }\n}\n', 'b.js'), ['4 POST /v1/chat/completions other']);
    assert.deepEqual(found('package x\nfunc (c *C) Send(kind string) error {\n\tendpoint := "/chat/completions"\n\tif kind == "anthropic" {\n\t\tendpoint = c.AnthropicPath\n\t}\n\treq, err := http.NewRequest("POST", c.BaseURL+endpoint, nil)\n\treturn err\n}\n', 'c.go'), []);
    const project = new ProjectIndex();
    project.addFile('pkg/helpers.py', 'from groq import Groq\ndef get_openai_client():\n    return Groq()\n');
    const main = 'from pkg import helpers\nclient = helpers.get_openai_client()\nclient.chat.completions.create(model="m", messages=[])\n';
    project.addFile('pkg/main.py', main);
    assert.deepEqual(detectCallSites(main, { fileName: 'pkg/main.py', project }).sites, []);
    assert.deepEqual(found('def start_job(client, file_id, model):\n    return client.fine_tuning.jobs.create(model=model, training_files=[{"file_id": file_id}])\n', 'mistral_ft.py'), []);
    assert.deepEqual(found('PROMPT = "Compare with OpenAI"\ndef submit(client, model, src):\n    return client.batches.create(model=model, src=src)\n', 'g.py'), []);
    assert.deepEqual(found('// openai files\nexport async function listFiles(client) { return client.files.list(); }\n', 'f.js'), []);
    assert.deepEqual(found('import { vi } from "vitest";\nfunction setup(client){ return client.chat.completions.create({model:"m",messages:[]}); }\nconst c = { chat: { completions: { create: vi.fn() } } };\n', 'x.test.ts'), []);
    assert.deepEqual(found('from tests.fixtures.openai_mock import client\nclient.chat.completions.create(model="m", messages=[])\n', 't.py'), []);
    assert.deepEqual(found('import os\nfrom openai import OpenAI\nMODELS = {"local": {"base_url": "http://localhost:8000/v1"}, "prod": {"base_url": os.environ["OPENAI_BASE_URL"]}}\nclient = OpenAI(base_url=MODELS[name]["base_url"])\nclient.models.list()\n', 'd.py'), ['5 GET /v1/models unknown']);
  });

  it('corpus 48: a URL variable given a run-time host with a path outside the API holds no API URL', () => {
    const text = [
      'async function ask(settings: S) {',
      '  const url = `${settings.url}/v1/chat/completions`;',
      "  return fetch(url, { method: 'POST', body: JSON.stringify({ model: 'm', messages: [] }) });",
      '}',
      'async function ping(settings: S) {',
      '  const url = `${settings.url}/health`;',
      '  return fetch(url, { headers });',
      '}',
    ].join('\n');
    assert.deepEqual(found(text, 'a.ts'), ['3 POST /v1/chat/completions unknown']);
  });

  it('corpus 48: Azure OpenAI v1 paths on a run-time host named for Azure', () => {
    const text = (host: string): string => `import requests\nurl = f"https://{${host}}/openai/v1/chat/completions"\nr = requests.post(url, json={})\n`;
    assert.deepEqual(found(text('_AZURE_HOST'), 'a.py'), ['3 POST /v1/chat/completions azure']);
    // Groq serves the same paths: a host not named for Azure stays unknown
    assert.deepEqual(found(text('HOST'), 'a.py'), ['3 POST /v1/chat/completions unknown']);
  });

  it('corpus 46: a base URL that ends in a slash, joined without one', () => {
    const text = (base: string): string => `// speech from the OpenAI API\nconst url = \`\${${base}}audio/speech\`\nfetch(url, { method: 'POST', body })\n`;
    assert.deepEqual(found(text('baseURL.value'), 'a.ts'), ['3 POST /v1/audio/speech unknown']);
    // a name that says nothing of a URL is not read as a base
    assert.deepEqual(found(text('user'), 'a.ts'), []);
  });

  it('corpus 46: an instance of an openai<1.0 resource class', () => {
    const text = 'import openai\ncompletion = openai.Completion()\ndef ask(q):\n    return completion.create(engine="davinci", prompt=q)\n';
    assert.deepEqual(found(text, 'a.py'), ['4 POST /v1/completions openai']);
    // any other class's instance is nothing of ours
    assert.deepEqual(found('import openai\ncompletion = Completion()\ncompletion.create(prompt="q")\n', 'b.py'), []);
  });

  it('corpus 46: a client that a module of the project builds and exports as its default', () => {
    const project = new ProjectIndex();
    project.addFile('openai.ts', 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\nexport default openai;\n');
    const route = "import openai from '@/openai';\nexport async function POST() {\n  return openai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [] });\n}\n";
    project.addFile('app/api/route.ts', route);
    const sites = detectCallSites(route, { fileName: 'app/api/route.ts', project }).sites.map((x) => `${x.range.start.line + 1} ${x.kind} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['3 sdk-node-legacy /v1/chat/completions openai']);
  });

  it("corpus 46: another provider's model listing under its OpenAI-compatible /openai/v1/", () => {
    assert.deepEqual(found("const r = await fetch('https://api.groq.com/openai/v1/models', { headers });\n", 'a.js'), ['1 GET /v1/models other']);
    // a public API's own `/v1/models` (Anthropic's) is not an OpenAI-compatible listing
    assert.deepEqual(found("// openai\nconst r = await fetch('https://api.anthropic.com/v1/models', { headers });\n", 'b.js'), []);
  });

  it('corpus 46: a key handed to the Node client where its options go', () => {
    const text = (init: string): string => `const OpenAI = require("openai");\nconst apiKey = ${init};\nconst openai = new OpenAI(apiKey);\nopenai.models.list();\n`;
    assert.deepEqual(found(text('process.env.OPENAI_API_KEY'), 'a.js'), ['4 GET /v1/models openai']);
    // options built where we cannot see may set the base URL
    assert.deepEqual(found(text('loadOptions()'), 'a.js'), ['4 GET /v1/models unknown']);
  });

  it('corpus 50: a regular expression literal holding backticks does not open a template', () => {
    const text = "import OpenAI from 'openai';\nconst fmt = (s: string) => s.replace(/`([^`]+)`/g, '`$1`');\nconst half = total / 2;\nconst openai = new OpenAI();\nexport const go = () => openai.chat.completions.create({ model: 'm', messages: [] });\n";
    assert.deepEqual(found(text, 'a.ts'), ['5 POST /v1/chat/completions openai']);
    // a call written inside a regular expression is no call
    assert.deepEqual(found("import OpenAI from 'openai';\nconst openai = new OpenAI();\nconst re = /openai.files.create(/;\n", 'b.ts'), []);
  });

  it("corpus 50: another file's factory called and used in one expression, from a module whose name starts with openai", () => {
    const project = new ProjectIndex();
    project.addFile('src/openai_client_handler.py', 'from openai import OpenAI\n_client = None\ndef get_openai_client():\n    global _client\n    if _client is None:\n        _client = OpenAI()\n    return _client\n');
    const caller = 'from openai_client_handler import get_openai_client\ndef ask(q):\n    return get_openai_client().chat.completions.create(model="m", messages=[])\n';
    project.addFile('src/chat.py', caller);
    const sites = detectCallSites(caller, { fileName: 'src/chat.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites, ['3 /v1/chat/completions openai']);
  });

  it("corpus 49: a thread's messages on a client handed to a TypeScript class that imports no SDK", () => {
    const text = "import { OpenAiClient } from '@config/plugins';\nexport class Messages {\n  constructor(private readonly client: OpenAiClient) {}\n  list(threadId: string) {\n    return this.client.beta.threads.messages.list(threadId);\n  }\n}\n";
    assert.deepEqual(found(text, 'a.ts'), ['5 GET /v1/threads/{thread_id}/messages unknown']);
  });

  it('the legacy openai module handed in as a parameter or kept on an attribute; not an undefined name, not g4f', () => {
    const handed = 'def get_completion(openai, prompt):\n    return openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[])\n';
    assert.deepEqual(found(handed, 'functions.py'), ['2 POST /v1/chat/completions unknown']);
    const kept = [
      'import os',
      'class Cards:',
      '    def __init__(self, openai_session):',
      '        self.openai_session = openai_session',
      '    def text(self, p):',
      '        return self.openai_session.Completion.create(model="text-davinci-003", prompt=p)',
      '    def image(self, p):',
      '        return self.openai_session.Image.create(prompt=p, n=1)',
      'class App:',
      '    def describe(self):',
      '        return self.cards.openai_session.Completion.create(prompt="x")',
    ].join('\n');
    assert.deepEqual(found(kept, 'cards.py'), ['6 POST /v1/completions unknown', '8 POST /v1/images/generations unknown', '11 POST /v1/completions unknown']);
    // `openai` never imported nor received: a NameError at run time, not a request
    const undefinedName = 'from openai import OpenAI\nclass GPT:\n    def image(self, prompt):\n        return openai.Image.create(prompt=prompt)\n';
    assert.deepEqual(found(undefinedName, 'gpt.py'), []);
    const g4f = 'import g4f\ndef ask(g4f_client, p):\n    return g4f_client.ChatCompletion.create(model="gpt-4", messages=[])\n';
    assert.deepEqual(found(g4f, 'free.py'), []);
  });

  it('fetch options written as JSON (`"method": "POST"`) give the verb', () => {
    const js = 'const r = await fetch("https://api.openai.com/v1/completions", {\n  "method": "POST",\n  "headers": { "Content-Type": "application/json" },\n});\nconst s = await fetch("https://api.openai.com/v1/embeddings", { "body": JSON.stringify(x) });\n';
    assert.deepEqual(found(js, 'a.js'), ['1 POST /v1/completions openai', '5 POST /v1/embeddings openai']);
  });

  it('a TypeScript class field holding the URL is read as `this.field`; another class\'s field of that name holds its own', () => {
    const ts = [
      'export class ModerationService {',
      "  apiURL = 'https://api.openai.com/v1/moderations';",
      '  private readonly chatUrl: string = "https://api.openai.com/v1/chat/completions";',
      '  constructor(private http: HttpClient) {}',
      '  check(input: string) {',
      '    return this.http.post<any>(this.apiURL, JSON.stringify({ input }), this.options);',
      '  }',
      '  chat(messages: unknown[]) {',
      '    return this.http.post(this.chatUrl, { model: "gpt-4o", messages });',
      '  }',
      '}',
      'class CatalogService {',
      "  apiURL = 'https://example.com/data.json';",
      '  load() {',
      '    return this.http.post(this.apiURL, {});',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(found(ts, 'moderation.service.ts'), ['6 POST /v1/moderations openai', '9 POST /v1/chat/completions openai']);
  });

  it('a Go package variable declared with its type holds its URL; Kotlin\'s `const val` still reads as a constant', () => {
    const go = 'package services\n\nimport "net/http"\n\nvar OPENAI_CHAT_COMPLETION_URL string = "https://api.openai.com/v1/chat/completions"\n\nfunc send(body io.Reader) (*http.Response, error) {\n\treq, err := http.NewRequest("POST", OPENAI_CHAT_COMPLETION_URL, body)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn http.DefaultClient.Do(req)\n}\n';
    assert.deepEqual(found(go, 'services.go'), ['8 POST /v1/chat/completions openai']);
    const kt = 'object OpenAIService {\n    private const val URL_BASE = "https://api.openai.com/v1"\n    suspend fun chat() = httpClient.post("$URL_BASE/chat/completions") { setBody(req) }\n}\n';
    assert.deepEqual(found(kt, 'OpenAIService.kt'), ['3 POST /v1/chat/completions openai']);
  });

  it('a client imported through SvelteKit\'s `$lib/` or a `#` subpath import from a module named for OpenAI', () => {
    const svelte = "import { json } from '@sveltejs/kit';\nimport { openai } from '$lib/util/openai.js';\nexport const POST = async ({ request }) => json(await openai.chat.completions.create(await request.json()));\n";
    assert.deepEqual(found(svelte, 'src/routes/chat/+server.ts'), ['3 POST /v1/chat/completions unknown']);
    const subpath = "import openai from '#lib/openai';\nawait openai.embeddings.create({ model: 'm', input: 'x' });\n";
    assert.deepEqual(found(subpath, 'a.js'), ['2 POST /v1/embeddings unknown']);
    // (Nuxt's root alias, `~~/`: the module the project index read says where the client goes)
    const nuxt = 'import { openai } from "~~/server/utils/openai"\nexport default defineEventHandler(async () => openai.chat.completions.create({ model: "gpt-4.1", messages: [] }))\n';
    assert.deepEqual(found(nuxt, 'server/api/seo.post.ts'), ['2 POST /v1/chat/completions unknown']);
    const project = new ProjectIndex();
    project.addFile('server/utils/openai.ts', "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: useRuntimeConfig().aiApi })\n");
    assert.deepEqual(detectCallSites(nuxt, { fileName: 'server/api/seo.post.ts', project }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['2 openai']);
  });

  it('the SDK loaded with a dynamic import from CommonJS; not a name bound to LangChain\'s class', () => {
    const cjs = 'async function loadOpenAI() {\n  const mod = await import("openai");\n  return mod.default || mod.OpenAI || mod;\n}\nasync function summarize(text) {\n  const OpenAI = await loadOpenAI();\n  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  return client.responses.create({ model: "gpt-4o-mini", input: text });\n}\n';
    assert.deepEqual(found(cjs, 'summarizer.js'), ['8 POST /v1/responses openai']);
    const langchain = 'const { OpenAI } = require("@langchain/openai");\nconst sdk = () => import("openai");\nconst llm = new OpenAI({ temperature: 0 });\nawait llm.completions.create({ prompt: "x" });\n';
    assert.deepEqual(found(langchain, 'chain.js'), []);
  });

  it('a client from a module named `open_ai`, and the legacy module a project module re-exports', () => {
    const underscored = 'from src.open_ai import PromptRefiner, client\nfiles = client.files.create(file=open("t.jsonl", "rb"), purpose="fine-tune")\n';
    assert.deepEqual(found(underscored, 'notebook_helpers.py'), ['2 POST /v1/files unknown']);
    const reexported = 'import config\nfrom component.openai import openai\ndef chat(messages):\n    openai.api_key = config.KEY\n    return openai.ChatCompletion.create(model="gpt-4", messages=messages)\n';
    assert.deepEqual(found(reexported, 'completion.py'), ['5 POST /v1/chat/completions unknown']);
  });

  it('the module-level api_type set through a constant of the file', () => {
    const py = "import openai\nOPENAI_API_TYPE = 'azure'\nopenai.azure_endpoint = ''\nopenai.api_type = OPENAI_API_TYPE\nresult = openai.chat.completions.create(model='dev-gpt-35-turbo', messages=[])\n";
    assert.deepEqual(found(py, 'app.py'), ['5 POST /v1/chat/completions azure']);
    const other = "import openai\nAPI_TYPE = 'open_ai'\nopenai.api_type = API_TYPE\nresult = openai.chat.completions.create(model='gpt-4o', messages=[])\n";
    assert.deepEqual(found(other, 'app.py'), ['4 POST /v1/chat/completions openai']);
  });

  it('a client whose base_url is set again from a run-time value; a curl in a quoted substitution with quotes of its own', () => {
    const py = [
      'from openai import AsyncOpenAI',
      'class Bot:',
      '    def __init__(self):',
      '        self.openai_client = AsyncOpenAI(api_key=KEY)',
      '    async def reply(self, settings, text):',
      "        self.openai_client.base_url = settings['base_url']",
      '        return await self.openai_client.chat.completions.create(model="gpt-4o", messages=[])',
    ].join('\n');
    assert.deepEqual(found(py, 'chat.py'), ['7 POST /v1/chat/completions unknown']);
    const sh = 'RESP="$(curl -sS https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -d "$PAYLOAD" || true)"\necho "$RESP"\n';
    assert.deepEqual(found(sh, 'hook.sh'), ['1 POST /v1/chat/completions openai']);
  });

  it('Python http.client: the connection names the host, each request the verb and path', () => {
    const py = [
      'import http.client, json',
      'conn = http.client.HTTPSConnection("api.openai.com")',
      'conn.request("POST", "/v1/chat/completions", json.dumps(payload), headers)',
      'res = conn.getresponse()',
      'local = http.client.HTTPConnection("localhost:11434")',
      'local.request("POST", "/v1/chat/completions", body)',
      'conn.request("GET", "/health")',
      'other = http.client.HTTPSConnection("example.com")',
      'other.request("POST", "/v1/files", body)',
    ].join('\n');
    assert.deepEqual(found(py, 'experiment.py'), ['3 POST /v1/chat/completions openai', '6 POST /v1/chat/completions other']);
  });

  it('Go: a struct field set to an API URL in one method, read through another method\'s receiver', () => {
    const go = [
      'package chatgpt',
      'import "github.com/go-resty/resty/v2"',
      'type ChatGPT struct { ChatUrl string; ImageUrl string }',
      'func (c *ChatGPT) InitApi() {',
      '\tc.ChatUrl = "https://api.openai.com/v1/chat/completions"',
      '\tc.ImageUrl = "https://api.openai.com/v1/images/generations"',
      '}',
      'func (g *ChatGPT) Talk(body ChatRequest) (*resty.Response, error) {',
      '\treturn resty.New().R().SetBody(body).',
      '\t\tPost(g.ChatUrl)',
      '}',
      'func (g *ChatGPT) Image(body io.Reader) (*http.Request, error) {',
      '\treturn http.NewRequest("POST", g.ImageUrl, body)',
      '}',
      'func (g *ChatGPT) Other() { resty.New().R().Get(g.HomePage) }',
    ].join('\n');
    assert.deepEqual(found(go, 'chat.go'), ['10 POST /v1/chat/completions openai', '13 POST /v1/images/generations openai']);
  });

  it('CommonJS `const { default: OpenAI } = require("openai")`, and WordPress\'s wp_remote_post/wp_remote_get', () => {
    const cjs = 'const { default: OpenAI } = require("openai");\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nclient.chat.completions.create({ model: "gpt-4o", messages });\n';
    assert.deepEqual(found(cjs, 'chatBot.js'), ['3 POST /v1/chat/completions openai']);
    const php = "<?php\n$response = wp_remote_post('https://api.openai.com/v1/chat/completions', ['headers' => $headers, 'body' => wp_json_encode($data)]);\n$models = wp_remote_get('https://api.openai.com/v1/models', ['headers' => $headers]);\n";
    assert.deepEqual(found(php, 'chatgpt-clone.php'), ['2 POST /v1/chat/completions openai', '3 GET /v1/models openai']);
  });

  it('Assistants calls, and chat completions sent with `messages`, on an untyped client kept from a constructor parameter, in a file that imports no SDK', () => {
    const py = [
      'class ThreadManager:',
      '    def __init__(self, client, assistant_id):',
      '        self.client = client',
      '    def create_thread(self):',
      '        return self.client.beta.threads.create().id',
      '    def ask(self, text):',
      '        return self.client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])',
    ].join('\n');
    // (the chat completion too: the client the class calls the Assistants API on is OpenAI's; not in a file of two classes)
    assert.deepEqual(found(py, 'thread_manager.py'), ['5 POST /v1/threads unknown', '7 POST /v1/chat/completions unknown']);
    // (in a file of two classes each handed a client, the chat completion is read as every OpenAI-shaped SDK's request, sent with
    // `messages`: the thirty-second session's change, after held-out 391 and 365; a chat call without them stays unread)
    const two = `${py}\nclass Other:\n    def __init__(self, client):\n        self.client = client\n`;
    assert.deepEqual(found(two, 'thread_manager.py'), ['5 POST /v1/threads unknown', '7 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(two.replace('messages=[{"role": "user", "content": text}]', '**self.options'), 'thread_manager.py'), ['5 POST /v1/threads unknown']);
    // (nor in a file naming another provider whose SDK has that shape)
    assert.deepEqual(found(`PROVIDER = "groq"\n${py.replace(/\s+def create_thread[\s\S]*?\.id\n/, '\n')}`, 'manager.py'), []);
  });

  it('a URL that writes the legacy engine-scoped path keeps it (the policy table reads the endpoint after the engine)', () => {
    const js = 'const res = await fetch("https://api.openai.com/v1/engines/text-curie-001/completions", { method: "POST", body });\n';
    assert.deepEqual(found(js, 'prompt.js'), ['1 POST /v1/engines/{engine_id}/completions openai']);
    const py = 'import openai\nopenai.Completion.create(engine="davinci", prompt="x")\n';
    assert.deepEqual(found(py, 'legacy.py'), ['2 POST /v1/completions openai']);
  });

  it('an OpenAI path sent by a client whose base URL is set elsewhere; not a route a server registers, nor a test client', () => {
    const py = [
      'async def complete(client, data):',
      '    r = await client.post("/v1/chat/completions", json=data)',
      '    async with client.stream(',
      '        "POST",',
      '        "/v1/chat/completions",',
      '        json=data,',
      '    ) as response:',
      '        pass',
      '    await client.get("/v1/models")',
      '    await client.post("/v1/files", files=f)',
    ].join('\n');
    assert.deepEqual(found(py, 'service.py'), ['2 POST /v1/chat/completions unknown', '3 POST /v1/chat/completions unknown']);
    const locust = 'from locust import HttpUser, task\nclass Chat(HttpUser):\n    @task\n    def chat(self):\n        self.client.request("POST", "/v1/chat/completions", json=payload)\n';
    assert.deepEqual(found(locust, 'locustfile.py'), ['5 POST /v1/chat/completions unknown']);
    const ts = 'import http from "../request";\nexport const edit = (form: FormData) => http.post(`/v1/images/edits`, form);\n';
    assert.deepEqual(found(ts, 'images.ts'), ['2 POST /v1/images/edits unknown']);
    const cs = 'var request = new RestRequest("/chat/completions", Method.Post);\nrequest.AddJsonBody(body);\nvar response = await _client.ExecuteAsync(request);\n';
    assert.deepEqual(found(cs, 'OpenAiHandler.cs'), ['1 POST /v1/chat/completions unknown']);
    const servers = [
      'app.post("/v1/chat/completions", async (req, res) => res.json(await forward(req.body)));',
      'router.post("/v1/chat/completions", chatCompletions);',
      'chatRouter.post("/v1/embeddings", embed);',
    ].join('\n');
    assert.deepEqual(found(servers, 'server.js'), []);
    assert.deepEqual(found('from fastapi import FastAPI\napp = FastAPI()\n@app.post("/v1/chat/completions")\nasync def chat(body: dict):\n    return body\n', 'main.py'), []);
    assert.deepEqual(found('from fastapi.testclient import TestClient\nclient = TestClient(app)\ndef test_chat():\n    assert client.post("/v1/chat/completions", json={}).status_code == 200\n', 'test_main.py'), []);
    assert.deepEqual(found('package main\nfunc routes(r *gin.Engine) {\n\tr.POST("/v1/chat/completions", handleChat)\n\tapi.Post("/v1/chat/completions", handleChat)\n}\n', 'routes.go'), []);
  });

  it('Python http.client: a connection with a literal host says where its request goes, once', () => {
    const py = 'import http.client\nconn = http.client.HTTPSConnection("api.openai.com")\nconn.request("POST", "/v1/chat/completions", payload, headers)\n';
    assert.deepEqual(found(py, 'vision.py'), ['3 POST /v1/chat/completions openai']);
  });

  it('model listings under the base of another provider\'s OpenAI-compatible API (compatible-hosts.yaml); not another public API\'s own', () => {
    const py = 'import requests\nAPI_BASE = "https://openrouter.ai/api/v1"\nmodels = requests.get(f"{API_BASE}/models", headers=h).json()\nnim = requests.get("https://integrate.api.nvidia.com/v1/models")\nown = requests.get("https://openrouter.ai/api/v2/models")\nclaude = requests.get("https://api.anthropic.com/v1/models")\n';
    assert.deepEqual(found(py, 'openrouter.py'), ['3 GET /v1/models other', '4 GET /v1/models other']);
  });

  it('PHP reads a class constant through its class; REST Client sends cURL commands; a value read from an answer is no request body', () => {
    const php = "<?php\nclass Client {\n    const API_ENDPOINT = 'https://api.openai.com/v1/chat/completions';\n    public function chat() {\n        $ch = curl_init(self::API_ENDPOINT);\n        curl_setopt($ch, CURLOPT_POST, true);\n    }\n}\n";
    assert.deepEqual(found(php, 'Client.php'), ['5 POST /v1/chat/completions openai']);
    const http = [
      '### chat',
      'curl -i -X POST {{base}}/openai/deployments/{{deployment}}/chat/completions?api-version=2024-02-01 \\',
      '-H "api-key: {{key}}" \\',
      "-d '{\"messages\": []}'",
      '### models',
      'curl https://api.openai.com/v1/models -H "Authorization: Bearer {{key}}"',
      '### health',
      'curl -d x https://example.com/v1/things',
    ].join('\n');
    assert.deepEqual(found(http, 'requests.http'), ['2 POST /v1/chat/completions azure', '6 GET /v1/models openai']);
    const py = [
      'import openai, requests',
      'def run(self):',
      '    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": self.prompt}])',
      '    answer = response.choices[0].message.content',
      '    requests.post(self.callback_url, json={"result": [answer]})',
    ].join('\n');
    assert.deepEqual(found(py, 'tasks.py'), ['3 POST /v1/chat/completions openai']);
  });

  it('a base set at run time with a default in place (`{base or "https://…"}`, `${BASE ?? "…"}`); SDK paths the policy table does not list', () => {
    const py = 'import aiohttp\nasync def send(self, provider, payload):\n    url = f"{provider.base_url or \'https://api.openai.com\'}/v1/chat/completions"\n    async with self._session.post(url, json=payload) as r:\n        pass\n';
    assert.deepEqual(found(py, 'providers.py'), ['4 POST /v1/chat/completions unknown']);
    const ts = "const res = await fetch(`${process.env.CHATKIT_API_BASE ?? 'https://api.openai.com'}/v1/chatkit/sessions`, { method: 'POST' });\n";
    assert.deepEqual(found(ts, 'route.ts'), ['1 POST /v1/chatkit/sessions unknown']);
    const stability = 'import os, requests\napi_host = os.getenv("API_HOST", "https://api.stability.ai")\nurl = f"{api_host}/v1/engines/list"\nrequests.get(url)\n';
    assert.deepEqual(found(stability, 'engines.py'), []);
  });

  it('a function of the file that sends the URL it is handed: the request is reported at each caller, by position or keyword; not a helper that sends nothing', () => {
    const ts = "async function fetchStream(url: string, init: RequestInit) {\n  const res = await fetch(url, init);\n  return res.body;\n}\nexport const chat = (messages) => fetchStream('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages }) });\n";
    assert.deepEqual(found(ts, 'chat.ts'), ['5 POST /v1/chat/completions openai']);
    const js = 'const DAVINCI = "https://api.openai.com/v1/engines/davinci/completions";\nasync function submitRequest(params, apiUrl, apiKey) {\n  const r = await fetch(apiUrl, { method: "POST", body: JSON.stringify(params) });\n  return r.json();\n}\nexport function a(p, k) { return submitRequest(p, DAVINCI, k); }\nexport function b(p, k) { return submitRequest(DAVINCI, p, k); }\n';
    assert.deepEqual(found(js, 'gpt3.js'), ['6 POST /v1/engines/{engine_id}/completions openai']);
    const py = 'import requests\nIMAGES = "https://api.openai.com/v1/images/generations"\nclass Bot:\n    def _post(self, url, payload):\n        return requests.post(url, json=payload)\n    def draw(self, p):\n        return self._post(IMAGES, {"prompt": p})\n    def draw2(self, p):\n        return self._post(url="https://api.openai.com/v1/images/generations", payload=p)\n';
    assert.deepEqual(found(py, 'bot.py'), ['7 POST /v1/images/generations openai', '9 POST /v1/images/generations openai']);
    const go = 'package main\nfunc post(url string, body io.Reader) (*http.Response, error) {\n\treq, _ := http.NewRequest("POST", url, body)\n\treturn http.DefaultClient.Do(req)\n}\nfunc main() { post("https://api.openai.com/v1/embeddings", nil) }\n';
    assert.deepEqual(found(go, 'main.go'), ['6 POST /v1/embeddings openai']);
    assert.deepEqual(found('function log(url) { console.log(url); }\nlog("https://api.openai.com/v1/chat/completions");\n', 'log.js'), []);
  });

  it('found by held-out corpus 316: a Go generic function that sends the URL it is handed, in this file or another of the package', () => {
    const helper = 'package openai\n\nfunc httpRequest[Req, Resp any](ctx context.Context, url string, in *Req) (*Resp, error) {\n\tr, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(nil))\n\t_, err := http.DefaultClient.Do(r.WithContext(ctx))\n\treturn nil, err\n}\n';
    const callers = 'package openai\n\nfunc Chat(ctx context.Context, in *ChatRequest) {\n\tchatEndpoint := "https://api.openai.com/v1/chat/completions"\n\tresp, err := httpRequest[ChatRequest, ChatResponse](ctx, chatEndpoint, in)\n\t_, _ = httpRequest[*CompletionRequest, []byte](ctx, "https://api.openai.com/v1/completions", in)\n}\n';
    assert.deepEqual(found(helper + callers.replace('package openai\n', ''), 'openai.go'), ['11 POST /v1/chat/completions openai', '12 POST /v1/completions openai']);
    const project = new ProjectIndex();
    project.addRequestSenders('internal/openai/http.go', helper);
    project.addFile('internal/openai/openai.go', callers);
    assert.deepEqual(detectCallSites(callers, { fileName: 'internal/openai/openai.go', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['5 POST /v1/chat/completions openai', '6 POST /v1/completions openai']);
    // (a map or slice indexed by a constant is no generic call: `handlers[KEY](url)`)
    assert.deepEqual(found('package main\nfunc main() {\n\thandlers[KEY]("https://api.openai.com/v1/models")\n}\n', 'main.go'), []);
  });

  it('PHP: a handle given its URL as an option from a variable', () => {
    const php = "<?php\n$endpoint = 'https://api.openai.com/v1/chat/completions';\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, $endpoint);\ncurl_setopt($ch, CURLOPT_POST, 1);\n$other = 'https://example.com/x';\ncurl_setopt($ch, CURLOPT_URL, $other);\n";
    assert.deepEqual(found(php, 'chat.php'), ['4 POST /v1/chat/completions openai']);
  });

  it('PHP: the verb set all at once with curl_setopt_array', () => {
    const php = "<?php\n$ch = curl_init('https://api.openai.com/v1/chat/completions');\ncurl_setopt_array($ch, [\n    CURLOPT_HTTPHEADER => ['Content-Type: application/json'],\n    CURLOPT_POST => true,\n    CURLOPT_POSTFIELDS => json_encode($body),\n]);\n$m = curl_init('https://api.openai.com/v1/models');\ncurl_setopt_array($m, [CURLOPT_RETURNTRANSFER => true]);\n";
    assert.deepEqual(found(php, 'stream.php'), ['2 POST /v1/chat/completions openai', '8 GET /v1/models openai']);
  });

  it('the official Java SDK in Java and Kotlin: a client built here or handed in; not another Java API of the same shape', () => {
    const java = 'import com.openai.client.OpenAIClient;\nimport com.openai.client.okhttp.OpenAIOkHttpClient;\npublic class App {\n  public static void main(String[] a) {\n    OpenAIClient client = OpenAIOkHttpClient.fromEnv();\n    client.chat().completions().create(params);\n    client.async().responses().create(p);\n    client.files().delete(id);\n  }\n}\n';
    assert.deepEqual(found(java, 'App.java'), ['6 POST /v1/chat/completions openai', '7 POST /v1/responses openai', '8 DELETE /v1/files/{file_id} openai']);
    const kotlin = 'import com.openai.client.OpenAIClient\nclass Svc(private val openAIClient: OpenAIClient) {\n  fun ask() = openAIClient.chat().completions().create(params)\n}\nval local = OpenAIOkHttpClient.builder().apiKey(k).baseUrl("http://localhost:11434/v1").build()\nfun m() = local.models().list()\nval azure = OpenAIOkHttpClient.builder().baseUrl(endpoint).credential(AzureApiKeyCredential.create(key)).build()\nfun e() = azure.embeddings().create(p)\n';
    assert.deepEqual(found(kotlin, 'Svc.kt'), ['3 POST /v1/chat/completions unknown', '6 GET /v1/models other', '8 POST /v1/embeddings azure']);
    assert.deepEqual(found('import com.google.api.services.drive.Drive;\nclass D { void up(Drive drive) { drive.files().create(meta, content).execute(); } }\n', 'Drive.java'), []);
    assert.deepEqual(found('import com.openai.client.OpenAIClient;\nclass D { void up(Drive drive) { drive.files().create(meta, content).execute(); } }\n', 'Mixed.java'), []);
  });

  it('PHP strings that break lines (a JSON body in curl_setopt_array), within a bounded stretch; rxjs fromFetch', () => {
    const php = "<?php\n$curl = curl_init();\ncurl_setopt_array($curl, array(\n  CURLOPT_URL => 'https://api.openai.com/v1/completions',\n  CURLOPT_CUSTOMREQUEST => 'POST',\n  CURLOPT_POSTFIELDS =>'{\n\"model\": \"gpt-3.5-turbo-instruct\",\n\"prompt\": '.$topic.'\n}',\n));\n$r = curl_exec($curl);\n";
    assert.deepEqual(found(php, 'open.php'), ['3 POST /v1/completions openai']);
    // an apostrophe in a PHP file's HTML never closes: the code after it is still read
    const html = `<p>Don't wait</p>\n${'<p>filler</p>\n'.repeat(400)}<?php\n$ch = curl_init('https://api.openai.com/v1/models');\n`;
    assert.deepEqual(found(html, 'page.php'), [`${403} GET /v1/models openai`]);
    const prose = "<p>Don't wait</p>\n<?php\n$ch = curl_init('https://api.openai.com/v1/models');\n";
    assert.deepEqual(found(prose, 'short.php'), ['3 GET /v1/models openai']);
    const ts = "import { fromFetch } from 'rxjs/fetch';\nexport const token$ = fromFetch('https://api.openai.com/v1/realtime/client_secrets', { method: 'POST', body });\n";
    assert.deepEqual(found(ts, 'token.ts'), ['2 POST /v1/realtime/client_secrets openai']);
  });

  it('Java: a builder held in a variable gets its verb later in its function, past blocks at its depth; Deno axiod; Apps Script UrlFetchApp', () => {
    const java = 'class A {\n  String f(boolean hd) {\n    HttpRequest.Builder requestBuilder = HttpRequest.newBuilder()\n        .uri(URI.create("https://api.openai.com/v1/images/generations"))\n        .header("Content-Type", "application/json");\n    if (hd) {\n      params.put("quality", "hd");\n    }\n    try {\n      HttpRequest request = requestBuilder\n          .POST(HttpRequest.BodyPublishers.ofString(body))\n          .build();\n    } catch (Exception e) {}\n  }\n  void g() {\n    HttpRequest.Builder b = HttpRequest.newBuilder()\n        .uri(URI.create("https://api.openai.com/v1/models"));\n  }\n  void h(HttpRequest.Builder b) { b.POST(x); }\n}\n';
    assert.deepEqual(found(java, 'A.java'), ['4 POST /v1/images/generations openai', '17 GET /v1/models openai']);
    const deno = "import axiod from 'https://deno.land/x/axiod/mod.ts';\nconst r = await axiod({ url: 'https://api.openai.com/v1/images/generations', method: 'POST', data: body });\n";
    assert.deepEqual(found(deno, 'image.ts'), ['2 POST /v1/images/generations openai']);
    const gs = "function ask(text) {\n  const options = { method: 'post', headers: h, payload: JSON.stringify(body) };\n  return UrlFetchApp.fetch('https://api.openai.com/v1/chat/completions', options);\n}\n";
    assert.deepEqual(found(gs, 'bot.gs'), ['3 POST /v1/chat/completions openai']);
  });

  it('the legacy module re-exported under an alias by a project module, configured as that module configures it', () => {
    const project = new ProjectIndex();
    project.addFile('python/openai_client.py', 'import openai as openai_client\nopenai_client.api_key = env.OPENAI_API_KEY\n');
    project.addFile('python/azure_client.py', 'import openai as az\naz.api_type = "azure"\naz.api_base = "https://x.openai.azure.com/"\n');
    const main = 'from openai_client import openai_client\nfrom azure_client import az\nr = openai_client.ChatCompletion.create(model="gpt-3.5-turbo", messages=m)\ne = az.Embedding.create(engine="ada", input="x")\n';
    const sites = detectCallSites(main, { fileName: 'python/main.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider} ${x.kind}`);
    assert.deepEqual(sites, ['3 /v1/chat/completions openai sdk-python-legacy', '4 /v1/embeddings azure sdk-python-legacy']);
  });

  it('curl: a quoted body that breaks lines keeps the command going, and a URL inside the data sent is not the target', () => {
    const sh = "#!/bin/bash\nresponse=$(curl -s \\\n  -H \"Authorization: Bearer $k\" \\\n  -d '{\n    \"model\": \"gpt-4o\",\n    \"stream\": true,\n    \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\", \"image_url\": {\"url\": \"https://example.com/cat.png\"}}]}]\n  }' \\\n  \"https://api.openai.com/v1/chat/completions\")\necho \"$response\"\n";
    const sites = detectCallSites(sh, { fileName: 'ask.sh' }).sites;
    assert.deepEqual(sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider} stream=${x.flags.stream} image=${x.flags.imageInput}`), ['2 POST /v1/chat/completions openai stream=true image=true']);
  });

  it('Node https.request with its host and path in an options object held in a variable', () => {
    const js = "const https = require('https');\nconst options = {\n  hostname: 'api.deepseek.com',\n  path: '/v1/chat/completions',\n  method: 'POST',\n};\nconst req = https.request(options, (res) => {});\nconst other = { hostname: 'api.openai.com.evil.example', path: '/status' };\nhttps.request(other);\n";
    assert.deepEqual(found(js, 'chat.js'), ['7 POST /v1/chat/completions other']);
  });

  it('an SDK method handed to a wrapper on a line of its own (black-formatted)', () => {
    const py = 'import asyncio\nfrom openai import OpenAI\noai_client = OpenAI()\nasync def ask(p):\n    response = await asyncio.to_thread(\n        oai_client.responses.create, model="gpt-5-nano", input=p\n    )\n';
    assert.deepEqual(found(py, 'app.py'), ['6 POST /v1/responses openai']);
    // (a class's own private bridge, `self._run_sync(self.client.beta.threads.create, …)`)
    const bridged = 'import asyncio\nfrom functools import partial\nfrom openai import OpenAI\nclass Service:\n    def __init__(self):\n        self.client = OpenAI()\n    async def _run_sync(self, func, *args, **kwargs):\n        return await asyncio.get_event_loop().run_in_executor(None, partial(func, *args, **kwargs))\n    async def thread(self):\n        return await self._run_sync(\n            self.client.beta.threads.create,\n            messages=[],\n        )\n';
    assert.deepEqual(found(bridged, 'service.py'), ['11 POST /v1/threads openai']);
  });

  it("C#'s `const string` field holding the URL; a legacy v3 client from a local factory", () => {
    const cs = 'public class T {\n    private const string OpenRouterApiUrl = "https://openrouter.ai/api/v1/chat/completions";\n    public async Task Run() {\n        var m = new HttpRequestMessage(HttpMethod.Post, OpenRouterApiUrl)\n        {\n            Content = content\n        };\n    }\n}\n';
    assert.deepEqual(found(cs, 'T.cs'), ['4 POST /v1/chat/completions other']);
    const go = 'package x\nconst chatURL string = "https://api.openai.com/v1/chat/completions"\nfunc f() { http.NewRequest("POST", chatURL, nil) }\n';
    assert.deepEqual(found(go, 'x.go'), ['3 POST /v1/chat/completions openai']);
    const ts = 'import { Configuration, OpenAIApi } from "openai";\nexport const a = async () => {\n  const openai = makeOpenAIClient();\n  await openai.createModeration({ input: "x" });\n};\nconst makeOpenAIClient = () => {\n  return new OpenAIApi(new Configuration({ apiKey, basePath: "http://localhost:8080/v1" }));\n};\n';
    assert.deepEqual(found(ts, 'convex.ts'), ['4 POST /v1/moderations other']);
  });

  it('browser requests: XMLHttpRequest (also xhr2) and jQuery $.ajax; the API version filled in where v1 stands', () => {
    const js = 'const xhr = new XMLHttpRequest();\nxhr.open("POST", "https://api.openai.com/v1/chat/completions");\nxhr.send(body);\nconst win = window.open("https://api.openai.com/v1/chat/completions");\n';
    assert.deepEqual(found(js, 'a.js'), ['2 POST /v1/chat/completions openai']);
    const jq = 'const API_ENDPOINT = "https://api.openai.com/v1/images/generations";\n$.ajax({\n  url: API_ENDPOINT,\n  type: "POST",\n  data: JSON.stringify(body),\n});\n$.ajax({ url: "https://api.openai.com/v1/models" });\n';
    assert.deepEqual(found(jq, 'b.js'), ['2 POST /v1/images/generations openai', '7 GET /v1/models openai']);
    const xhr2 = "const XMLHttpRequest = require('xhr2');\nconst openaiUrl = `https://api.openai.com/${process.env.OPENAI_VERSION}/chat/completions`;\nconst req = new XMLHttpRequest();\nreq.open('POST', openaiUrl);\n";
    assert.deepEqual(found(xhr2, 'c.js'), ['4 POST /v1/chat/completions openai']);
  });

  it('a Markdown fence left in a JavaScript file does not hide the code after it; a template literal of backticks still is one', () => {
    const js = "const axios = require('axios');\n```\nconst r = await axios.post('https://api.openai.com/v1/responses', { model: 'gpt-5', input });\n```\n";
    assert.deepEqual(found(js, 'server.js'), ['3 POST /v1/responses openai']);
    const tpl = "const s = `\n```\n${await fetch('https://api.openai.com/v1/models')}`;\n";
    assert.deepEqual(found(tpl, 'doc.js'), ['3 GET /v1/models openai']);
  });

  it('a legacy v3 client taken from another module, handed in, or global: found when the call is read as v3 answers (`.data.choices`); a wrapper of the same names is not', () => {
    const imported = 'import { openai } from "../../config/index.js";\nexport async function ask(text) {\n  const response = await openai.createCompletion({ model: "text-davinci-003", prompt: text });\n  return response.data.choices[0].text;\n}\n';
    assert.deepEqual(found(imported, 'services/ask.js'), ['3 POST /v1/completions unknown']);
    const handedIn = 'async function transcribe(filename, openai) {\n  const response = await openai.createTranscription(fs.createReadStream(filename), "whisper-1");\n  return response.data.text;\n}\n';
    assert.deepEqual(found(handedIn, 'audio.js'), ['2 POST /v1/audio/transcriptions unknown']);
    const global = 'import { Configuration, OpenAIApi } from "openai"\nconst reply = async (t) => {\n  const r = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages: [t] })\n  return r.data.choices[0].message\n}\n';
    assert.deepEqual(found(global, 'gpt.js'), ['3 POST /v1/chat/completions unknown']);
    // the project's own wrapper, answering its own way, and a mock
    const wrapper = 'import openai from "./openai-wrapper";\nconst reply = await openai.createChatCompletion(messages);\nconsole.log(reply.content);\nconst r = await mockOpenai.createChatCompletion({});\nr.data.choices;\n';
    assert.deepEqual(found(wrapper, 'chat.js'), []);
  });

  it('a client a project module exports with `module.exports =`, taken with require', () => {
    const project = new ProjectIndex();
    project.addFile('node/config/openaiConfig.js', 'const { Configuration, OpenAIApi } = require("openai");\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.KEY }));\nmodule.exports = openai;\n');
    const main = 'const openai = require("../config/openaiConfig");\nconst answer = async (q) => {\n  const c = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages: [q] });\n};\n';
    const sites = detectCallSites(main, { fileName: 'node/controllers/ai.js', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider} ${x.kind}`);
    assert.deepEqual(sites, ['3 /v1/chat/completions openai sdk-node-legacy']);
  });

  it("PHP: a URL in a class property (typed or not) read as `$this->name`; a subclass of the v4 client calls its own resources", () => {
    const php = "<?php\nclass Quiz {\n    private string $apiUrl = 'https://api.groq.com/openai/v1/chat/completions';\n    protected $endpoint = 'https://api.openai.com/v1/embeddings';\n    public function ask() {\n        $r = Http::withHeaders(['Authorization' => 'Bearer x'])->timeout(60)->post($this->apiUrl, ['model' => 'm']);\n        $e = Http::post($this->endpoint, []);\n        $apiUrl = 'https://example.com/notify';\n        $n = Http::post($this->other, []);\n    }\n}\n";
    assert.deepEqual(found(php, 'Quiz.php'), ['6 POST /v1/chat/completions other', '7 POST /v1/embeddings openai']);
    const ts = "import OpenAI from 'openai'\nexport class User extends OpenAI {\n  constructor() {\n    super()\n  }\n  async ask(p) {\n    const stream = this.beta.chat.completions.stream(p)\n    const r = await this.embeddings.create(p)\n    this.history.push(p)\n  }\n}\n";
    assert.deepEqual(found(ts, 'user.ts'), ['7 POST /v1/chat/completions openai', '8 POST /v1/embeddings openai']);
  });

  it('the official .NET SDK: clients from OpenAIClient (and its options), from AzureOpenAIClient, built directly or handed in; Azure.AI.OpenAI 1.0 beta calls are not its methods (their own reader finds them)', () => {
    const cs = 'using OpenAI;\nusing OpenAI.Chat;\nusing Azure.AI.OpenAI;\nChatClient direct = new(model: "gpt-4o", apiKey: key);\nChatCompletion c = direct.CompleteChat("hi");\nvar options = new OpenAIClientOptions { Endpoint = new Uri("https://api.groq.com/openai/v1") };\nvar groq = new OpenAIClient(new ApiKeyCredential(k), options);\nawait groq.GetEmbeddingClient("m").GenerateEmbeddingAsync("x");\nAzureOpenAIClient azure = new(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential(k));\nvar images = azure.GetImageClient("dall-e-3");\nawait images.GenerateImageAsync("a cat");\nclass S {\n    private readonly AudioClient _audio;\n    async Task F() { await _audio.TranscribeAudioAsync(path); _audio.Dispose(); }\n}\n';
    assert.deepEqual(found(cs, 'Program.cs'), ['5 POST /v1/chat/completions openai', '8 POST /v1/embeddings other', '11 POST /v1/images/generations azure', '14 POST /v1/audio/transcriptions unknown']);
    const v1 = 'using Azure;\nusing Azure.AI.OpenAI;\nclass T {\n    private OpenAIClient _client;\n    async Task F() {\n        _client = new OpenAIClient(new Uri("https://x.openai.azure.com/"), new AzureKeyCredential(k));\n        var r = await _client.GetCompletionsAsync(options);\n    }\n}\n';
    assert.deepEqual(found(v1, 'T.cs'), ['7 POST /v1/completions azure']);
    const noSdk = 'class ChatClient { public void CompleteChat(string s) {} }\nclass U { ChatClient c = new ChatClient(); void F() { c.CompleteChat("x"); } }\n';
    assert.deepEqual(found(noSdk, 'U.cs'), []);
  });

  it('Python: a plain client imported from a module not in view, or never set in the file, calling an OpenAI resource; not where the module is in view or another provider is named', () => {
    const imported = 'from app.modules.llm.client import classifier_client\nasync def classify(text):\n    r = await classifier_client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])\n    return r.choices[0].message.content\n';
    assert.deepEqual(found(imported, 'intent.py'), ['3 POST /v1/chat/completions unknown']);
    const unset = 'def fix(text):\n    response = client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": text}])\n    return response.choices[0].message.content\n';
    assert.deepEqual(found(unset, 'post_process.py'), ['2 POST /v1/chat/completions unknown']);
    const unpacked = 'def test_tools(self):\n    client, model_name = self._get_client()\n    client.chat.completions.create(model=model_name, messages=[])\n';
    assert.deepEqual(found(unpacked, 'test_tools.py'), []);
    const groq = 'from app.llm import client\n# served by Groq\nr = client.chat.completions.create(model="llama3-70b", messages=m)\n';
    assert.deepEqual(found(groq, 'groq_chat.py'), []);
    const project = new ProjectIndex();
    project.addFile('app/modules/llm/client.py', 'from groq import Groq\nclassifier_client = Groq()\n');
    assert.deepEqual(detectCallSites(imported, { fileName: 'app/intent.py', project }).sites, []);
  });

  it('legacy Python through `from x import *`; a resource made in place; a Node client taken by a destructured require; a go-openai client from an application factory', () => {
    const star = 'from telegram import *\nfrom models.openai import StatusEnum\ndef chat(m):\n    c = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=m)\n';
    assert.deepEqual(found(star, 'commands.py'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('from utils import *\nopenai = Wrapper()\nopenai.ChatCompletion.create(model="m", messages=m)\n', 'w.py'), []);
    const inPlace = 'import openai\nopenai.api_type = "azure"\nr = openai.Embedding().create(input="x", deployment_id="ada")\ne = thing.Embedding().create(x)\n';
    assert.deepEqual(found(inPlace, 'embed.py'), ['3 POST /v1/embeddings azure']);
    const project = new ProjectIndex();
    project.addFile('bot/index.js', "const OpenAI = require('openai');\nconst openai = new OpenAI({ apiKey: process.env.KEY });\nmodule.exports = { client, openai };\n");
    const command = "const { generateResponse, openai } = require('../index.js');\nasync function speak(text) {\n  const mp3 = await openai.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: text });\n}\n";
    assert.deepEqual(detectCallSites(command, { fileName: 'bot/commands/tts.js', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['3 /v1/audio/speech openai']);
    const go = 'package api\nimport (\n\t"github.com/sashabaranov/go-openai"\n\tserv "app/src/package/openai"\n)\nfunc Chat(c *gin.Context) {\n\tai, err := aiServ.NewClient()\n\tresp, err := ai.CreateChatCompletionStream(c, openai.ChatCompletionRequest{})\n\tdb, err := store.NewClient()\n\tdb.CreateImage(x)\n}\n';
    assert.deepEqual(found(go, 'chat.go'), ['8 POST /v1/chat/completions unknown']);
  });

  it("a blank before require's parenthesis; PHP's sprintf building the URL; fish scripts' curl", () => {
    const js = "const OpenAI = require ('openai');\nconst openai = new OpenAI ({ apiKey: process.env.KEY });\nopenai.models.list();\n";
    assert.deepEqual(found(js, 'utils/openai.js'), ['3 GET /v1/models openai']);
    const php = "<?php\n$r = $this->http->request('GET', \\sprintf('https://api.openai.com/v1/conversations/%s/items', $id));\n";
    assert.deepEqual(found(php, 'Responder.php'), ['2 GET /v1/conversations/{conversation_id}/items openai']);
    const fish = 'set base_url http://ask.lan:8013\necho $payload | curl -s -d @- "$base_url/v1/chat/completions"\n';
    assert.deepEqual(found(fish, 'gen.fish'), ['2 POST /v1/chat/completions unknown']);
  });

  it('an escaped backquote in a template literal does not end it; websocket-client; v3 classes destructured from the default import; a client named for OpenAI from a module named otherwise; a run-time host with Azure\'s path and api-version', () => {
    const tpl = "const PROMPT = `Use fences (e.g., \\`\\`\\`typescript).`;\nconst r = await fetch('https://api.groq.com/openai/v1/chat/completions', { method: 'POST' });\n";
    assert.deepEqual(found(tpl, 'groq.service.ts'), ['2 POST /v1/chat/completions other']);
    const ws = 'import websocket\nurl = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"\nws = websocket.WebSocketApp(url,\n    header={"Authorization": "Bearer x"})\n';
    assert.deepEqual(found(ws, 'rt.py'), ['3 WEBSOCKET /v1/realtime openai']);
    const v3 = "import openai from 'openai'\nconst { Configuration, OpenAIApi } = openai\nconst api = new OpenAIApi(new Configuration({ apiKey }))\nawait api.createCompletion({ model: 'text-davinci-003', prompt })\n";
    assert.deepEqual(found(v3, 'completion.ts'), ['4 POST /v1/completions openai']);
    const misspelt = "import openaiClient from './shared/openapi-client';\nconst c = await openaiClient.chat.completions.create({ model: 'gpt-4o', messages });\n";
    assert.deepEqual(found(misspelt, 'chat.ts'), ['2 POST /v1/chat/completions unknown']);
    const php = '<?php\n$url = "https://{$this->resource}/openai/threads?api-version={$this->v}";\n$r = Http::withHeaders([])->post($url, []);\n$o = Http::post("https://{$this->host}/api/threads", []);\n';
    assert.deepEqual(found(php, 'Svc.php'), ['3 POST /v1/threads azure']);
    const destructured = 'class Chat {\n  constructor (openai) {\n    this.openai = openai;\n  }\n  send (messages) {\n    this.openai.createChatCompletion({ model: "gpt-4", messages }).then((res) => {\n      const { data = {} } = res;\n      const { choices = [] } = data;\n      return choices[0].message;\n    });\n  }\n}\n';
    assert.deepEqual(found(destructured, 'base.js'), ['6 POST /v1/chat/completions unknown']);
  });

  it("the default export's classes as members (`new openai.OpenAI(…)`); a v3 answer destructured where it is awaited; a Go base in a struct literal's keyed field", () => {
    const esm = "import openai from 'openai';\nconst client = new openai.OpenAI({ apiKey: process.env.KEY });\nconst e = await client.embeddings.create({ model: 'text-embedding-3-small', input });\n";
    assert.deepEqual(found(esm, 'movies.js'), ['3 POST /v1/embeddings openai']);
    const nest = "@Injectable()\nexport class ChatService {\n  constructor(private readonly openaiService: OpenaiService) {}\n  async send(message) {\n    const { data } = await this.openaiService.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [message] });\n    return data;\n  }\n}\n";
    assert.deepEqual(found(nest, 'chat.service.ts'), ['5 POST /v1/chat/completions unknown']);
    const go = 'package openai\ntype Client struct {\n\tBaseURL string\n}\nfunc NewClient() *Client {\n\treturn &Client{\n\t\tBaseURL: "https://api.openai.com/v1",\n\t}\n}\nfunc (c *Client) Embed() {\n\treq, _ := http.NewRequest("POST", c.BaseURL+"/embeddings", body)\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['11 POST /v1/embeddings openai']);
  });

  it('found in a review of this session: .NET options set after their initialiser or passed by name, unknown options, own classes, an Azure gateway; Go bases from a table of providers; a v3 call whose answer is not read; static PHP properties', () => {
    const H = 'using OpenAI;\nusing OpenAI.Chat;\n';
    assert.deepEqual(found(H + 'var options = new OpenAIClientOptions();\noptions.Endpoint = new Uri("http://localhost:11434/v1");\nvar root = new OpenAIClient(cred, options);\nroot.GetChatClient("m").CompleteChat("x");\n', 'A.cs'), ['6 POST /v1/chat/completions other']);
    assert.deepEqual(found(H + 'var o2 = new OpenAIClientOptions { Endpoint = new Uri("http://localhost:8080/v1") };\nChatClient c = new(model: "m", credential: cr, options: o2);\nc.CompleteChat("x");\n', 'B.cs'), ['5 POST /v1/chat/completions other']);
    assert.deepEqual(found(H + 'var root = new OpenAIClient(cred, clientOptions);\nroot.GetChatClient("m").CompleteChat("x");\n', 'C.cs'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(H + 'MyChatClient mine = new();\nmine.CompleteChat("x");\nvar c = newChatClient("m");\nc.CompleteChat("x");\n', 'D.cs'), []);
    assert.deepEqual(found('using Azure.AI.OpenAI;\nvar az = new AzureOpenAIClient(new Uri("https://contoso-apim.azure-api.net/"), k);\naz.GetChatClient("d").CompleteChat("x");\n', 'E.cs'), ['3 POST /v1/chat/completions azure']);
    const generic = detectCallSites('using OpenAI.Responses;\nResponsesClient r = new("m", key);\nr.CreateResponse<CreateResponse>(x);\n', { fileName: 'F.cs' }).sites;
    assert.deepEqual(generic.map((x) => [x.range.start.character, x.range.end.character]), [[2, 16]]);
    const table = 'package x\nvar providers = []P{{Name: "openai", BaseURL: "https://api.openai.com/v1"}, {Name: "ollama", BaseURL: "http://localhost:11434/v1"}}\nfunc f(p P) { http.NewRequest("POST", p.BaseURL+"/chat/completions", nil) }\n';
    assert.deepEqual(found(table, 'p.go'), ['3 POST /v1/chat/completions unknown']);
    assert.deepEqual(found("import openaiHelper from './helper';\nasync function f() {\n  await openaiHelper.listModels();\n  const user = await axios.get('/me');\n  setUser(user.data.id);\n}\n", 'h.js'), []);
    assert.deepEqual(found("<?php\nclass A {\n  private static $url = 'https://api.openai.com/v1/models';\n  function f() { Http::get($this->url); }\n}\n", 'A.php'), []);
  });
  it('found by held-out corpora 99, 101 and 102: a body named `body` or `data`; one path segment in a Go package named for OpenAI; urllib bodies by position; an Azure deployment between two literals; a shell path variable; a joining helper', () => {
    const body = 'package llm\n// Client talks to an OpenAI-compatible server.\nfunc (c *Client) Generate(ctx context.Context, prompt string) {\n\tbody, _ := json.Marshal(map[string]any{\n\t\t"model": c.model,\n\t\t"messages": []map[string]string{{"role": "user", "content": prompt}},\n\t})\n\treq, _ := http.NewRequestWithContext(ctx, "POST", c.baseURL, bytes.NewReader(body))\n\tvar out struct{ Choices []choice `json:"choices"` }\n}\n';
    assert.deepEqual(found(body, 'client.go'), ['8 POST /v1/chat/completions unknown']);
    const responses = 'package openai\nfunc (c *Client) Ask(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/responses", nil)\n}\n';
    assert.deepEqual(found(responses, 'client.go'), ['3 POST /v1/responses unknown']);
    // elsewhere one segment is too little to say OpenAI
    assert.deepEqual(found(responses.replace('package openai', 'package feedback'), 'client.go'), []);
    const urllib = 'import urllib.request\nreq = urllib.request.Request(\n    "https://api.openai.com/v1/chat/completions",\n    body,\n    {"Content-Type": "application/json"},\n)\nget = urllib.request.Request("https://api.openai.com/v1/models", None, headers)\n';
    assert.deepEqual(found(urllib, 'llm.py'), ['2 POST /v1/chat/completions openai', '7 GET /v1/models openai']);
    const azure = 'import requests\nendpoint_url = RESOURCE_ENDPOINT+"/openai/deployments/"+deployment_name+"/chat/completions?api-version="+api_version\nr = requests.post(endpoint_url, headers=headers, json=payload)\n';
    assert.deepEqual(found(azure, 'ai.py'), ['3 POST /v1/chat/completions azure']);
    const sh = '#!/bin/bash\nSUB_PATH=/v1/chat/completions\nLLM_URL=$CUSTOM_URL$SUB_PATH\ncurl -X POST $LLM_URL -d \'{"model": "gpt-4o"}\'\n';
    assert.deepEqual(found(sh, 'ask.sh'), ['4 POST /v1/chat/completions unknown']);
    const join = 'package solver\nfunc (o *OpenAI) Solve(body []byte) {\n\tapiURL := buildURL(o.baseURL, "/v1/chat/completions")\n\treq, _ := http.NewRequest("POST", apiURL, bytes.NewReader(body))\n}\n';
    assert.deepEqual(found(join, 'openai.go'), ['4 POST /v1/chat/completions unknown']);
  });
  it("found by held-out corpora 103 and 104: Kotlin, Java and PHP functions of the file that send the URL they are given, also through another such function; the verb from the caller's chain", () => {
    const kt = 'class OpenRouterClient(private val http: OkHttpClient) {\n    fun models(key: String) = http.newCall(baseRequest(MODELS_URL, key).get().build()).execute()\n    fun chat(key: String, payload: String) {\n        val request = baseRequest(CHAT_URL, key)\n            .post(payload.toRequestBody(JSON))\n            .build()\n    }\n    private fun baseRequest(url: String, key: String): Request.Builder =\n        Request.Builder()\n            .url(url)\n            .header("Authorization", "Bearer $key")\n\n    companion object {\n        const val MODELS_URL = "https://openrouter.ai/api/v1/models"\n        const val CHAT_URL = "https://openrouter.ai/api/v1/chat/completions"\n    }\n}\n';
    assert.deepEqual(found(kt, 'OpenRouterClient.kt'), ['2 GET /v1/models other', '4 POST /v1/chat/completions other']);
    const java = 'public class Chat {\n  public static String call(String apiKey, String endpoint, String json) throws IOException {\n    Request request = new Request.Builder()\n        .url(endpoint)\n        .method("POST", RequestBody.create(json, JSON))\n        .build();\n    return client.newCall(request).execute().body().string();\n  }\n  void run() {\n    String r = call(key, "https://api.openai.com/v1/chat/completions", body);\n  }\n}\n';
    assert.deepEqual(found(java, 'Chat.java'), ['10 POST /v1/chat/completions openai']);
    const php = '<?php\nfunction send_with_token($url, $data, $token) {\n  $ch = curl_init($url);\n  curl_setopt($ch, CURLOPT_POSTFIELDS, $data);\n  return curl_exec($ch);\n}\nfunction send_json(string $url, $message, $token) {\n  return send_with_token($url, json_encode($message), $token);\n}\n$r = send_json("https://api.openai.com/v1/images/generations", $m, $key);\n';
    assert.deepEqual(found(php, 'bot.php'), ['10 POST /v1/images/generations openai']);
  });

  it('found by held-out corpus 105: a here-document ends at its delimiter in a CRLF script; a Go body built as map[string]interface{}{…}', () => {
    const sh = "#!/bin/bash\r\npython3 << 'PY'\r\nprint('it''s')\r\nPY\r\nr=$(curl -s -X POST \\\r\n    https://api.openai.com/v1/chat/completions \\\r\n    -d '{}')\r\n";
    assert.deepEqual(found(sh, 'check.sh'), ['5 POST /v1/chat/completions openai']);
    const go = 'package providers\n// OpenAI-compatible provider\nfunc (p *P) Ask(q string) (string, error) {\n\trequest := map[string]interface{}{\n\t\t"model": p.config.Model,\n\t\t"messages": []map[string]string{{"role": "user", "content": q}},\n\t}\n\tjsonData, _ := json.Marshal(request)\n\treq, _ := http.NewRequest("POST", p.config.APIURL, bytes.NewBuffer(jsonData))\n\tchoices := response["choices"]\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['9 POST /v1/chat/completions unknown']);
  });
  it("found in a review of this session's rules: a Kotlin expression body ends at the next declaration; requests' and httpx's Request take the URL second; a one-line Go composite literal", () => {
    const kt = 'import okhttp3.*\n\nfun label(url: String) = "Link: $url"\nfun fetch(url: String) = Request.Builder().url(url).build()\n\nfun main() {\n    println(label("https://api.openai.com/v1/chat/completions"))\n}\n';
    assert.deepEqual(found(kt, 'Main.kt'), []);
    const py = 'import requests, httpx\nb = httpx.Request(METHOD, "https://api.openai.com/v1/models")\nc = requests.Request(method, "https://api.openai.com/v1/models", headers=h)\n';
    assert.deepEqual(found(py, 'prep.py').map((x) => x.split(' ')[1]), ['GET', 'GET']);
    const go = 'package ai\n// talks to an OpenAI-compatible server\nfunc (c *C) Ask(msgs []M) {\n\tbody := map[string]any{"model": "gpt-4o", "messages": msgs}\n\tdata, _ := json.Marshal(body)\n\treq, _ := http.NewRequest("POST", c.url, bytes.NewReader(data))\n\t_ = resp["choices"]\n}\n';
    assert.deepEqual(found(go, 'ai.go'), ['6 POST /v1/chat/completions unknown']);
  });
  it('found by held-out corpus 107: a chat POST to an Azure OpenAI deployment URL named so, whose body has no model', () => {
    const js = "import axios from 'axios';\nexport default async function handler(req, res) {\n  const { messages } = req.body;\n  const r = await axios.post(\n    process.env.AZURE_OPENAI_ENDPOINT,\n    { messages, temperature: 0.2 },\n    { headers: { 'api-key': process.env.AZURE_OPENAI_KEY } },\n  );\n  res.json({ message: r.data.choices[0].message.content });\n}\n";
    assert.deepEqual(found(js, 'openai.js'), ['4 POST /v1/chat/completions azure']);
    // another name, and no model in the body: no request of ours to tell
    assert.deepEqual(found(js.replace(/AZURE_OPENAI_ENDPOINT/g, 'CHAT_ENDPOINT'), 'openai.js'), []);
  });
  it('found by held-out corpora 109 and 111: a Go struct field typed as the client in one file and built in main.go; a parameter of that type is the caller\'s', () => {
    const magic = 'package main\nimport "github.com/sashabaranov/go-openai"\ntype magic struct {\n\tKey       string `envconfig:"KEY"`\n\tOpenAICli *openai.Client\n}\nfunc (h magic) transcribe(ctx context.Context) {\n\th.OpenAICli.CreateTranscription(ctx, openai.AudioRequest{})\n}\nfunc ask(ctx context.Context, client *openai.Client) {\n\tclient.CreateChatCompletion(ctx, openai.ChatCompletionRequest{})\n}\n';
    const main = 'package main\nimport "github.com/sashabaranov/go-openai"\nfunc main() {\n\tm := magic{\n\t\tKey:       cfg.Key,\n\t\tOpenAICli: openai.NewClient(key),\n\t}\n\tm.transcribe(context.Background())\n}\n';
    for (const order of [[['main.go', main], ['magic.go', magic]], [['magic.go', magic], ['main.go', main]]] as const) {
      const project = new ProjectIndex();
      for (const [name, text] of order) project.addFile(name, text);
      const sites = detectCallSites(magic, { fileName: 'magic.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
      // (the parameter is the caller's; in a project that builds go-openai clients only with NewClient(key), one of those)
      assert.deepEqual(sites, ['8 /v1/audio/transcriptions openai', '11 /v1/chat/completions openai']);
    }
  });
  it('found by held-out corpus 109: `new OpenAI(process.env.OPENAI_API_KEY)` passes a key, not options', () => {
    const js = "const OpenAI = require('openai');\nconst openai = new OpenAI(process.env.OPENAI_API_KEY);\nconst r = await openai.chat.completions.create({ model: 'gpt-4o', messages });\n";
    assert.deepEqual(found(js, 'summarize.js'), ['3 POST /v1/chat/completions openai']);
    assert.deepEqual(found(js.replace('process.env.OPENAI_API_KEY', 'this.options'), 'summarize.js'), ['3 POST /v1/chat/completions unknown']);
  });
  it('found by held-out corpus 112: a function of the file that returns one API URL; a method two classes define is each class\'s own', () => {
    const ts = "export class Client {\n  async ask(messages: unknown[]) {\n    const response = await fetch(chatCompletionsUrl(this.config.baseUrl), { method: 'POST', body: JSON.stringify({ messages }) });\n  }\n}\n// an OpenAI-compatible server\nexport function chatCompletionsUrl(baseUrl: string): string {\n  const trimmed = baseUrl.replace(/\\/+$/, '');\n  if (trimmed.endsWith('/v1')) return `${trimmed}/chat/completions`;\n  return `${trimmed}/v1/chat/completions`;\n}\n";
    assert.deepEqual(found(ts, 'openai.ts'), ['3 POST /v1/chat/completions unknown']);
    const py = 'import httpx\nclass OpenAICompat:\n    def _url(self):\n        return f"{self.base}/chat/completions"\n    def post(self, p):\n        return httpx.post(self._url(), json=p)\nclass Anthropic:\n    def _url(self):\n        return f"{self.base}/v1/messages"\n    def post(self, p):\n        return httpx.post(self._url(), json=p)\n';
    assert.deepEqual(found(py, 'adapters.py'), ['6 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(py.replace(/class Anthropic:[\s\S]*$/, ''), 'adapters.py'), ['6 POST /v1/chat/completions unknown']);
    // a plain function of that name, defined twice (in two branches), is still left alone
    assert.deepEqual(found('import httpx\nif A:\n    def url():\n        return f"{B}/chat/completions"\nelse:\n    def url():\n        return f"{B}/embeddings"\nhttpx.post(url(), json=p)\n', 'pick.py'), []);
  });

  it('found by held-out corpus 117: a fetch the caller may inject (`this.fetchImpl = options.fetch ?? fetch`) sends as fetch does', () => {
    const ts = "export class ChatClient {\n  private readonly fetchImpl: typeof fetch;\n  constructor(private options: { endpoint: string; fetch?: typeof fetch }) {\n    this.fetchImpl = options.fetch ?? fetch;\n  }\n  async complete(messages: unknown[]) {\n    const res = await this.fetchImpl(this.url(), { method: 'POST', body: JSON.stringify({ model: 'gpt-4o-mini', messages }) });\n    return (await res.json()).choices[0];\n  }\n  private url(): string {\n    const trimmed = this.options.endpoint.replace(/\\/+$/, '');\n    if (trimmed.endsWith('/chat/completions')) return trimmed;\n    return `${trimmed}/chat/completions`;\n  }\n}\n";
    assert.deepEqual(found(ts, 'openai-client.ts'), ['7 POST /v1/chat/completions unknown']);
    const direct = "const customFetch = globalThis.fetch;\nexport const ask = (prompt: string) => customFetch('https://api.openai.com/v1/responses', { method: 'POST', body: JSON.stringify({ model: 'gpt-5', input: prompt }) });\n";
    assert.deepEqual(found(direct, 'ask.ts'), ['2 POST /v1/responses openai']);
  });

  it('found by held-out corpus 116: a Rust URL built with `format!` on a base constant, sent by a reqwest chain', () => {
    const rs = 'const BASE_URL: &str = "https://api.openai.com/v1";\n\npub async fn completion(engine: &str, body: String) -> reqwest::Result<String> {\n    let url = format!("{}/engines/{}/completions", BASE_URL, engine);\n    let client = reqwest::Client::new();\n    client\n        .post(url)\n        .body(body)\n        .send()\n        .await?\n        .text()\n        .await\n}\n';
    assert.deepEqual(found(rs, 'openai.rs'), ['7 POST /v1/engines/{engine_id}/completions openai']);
    // another macro around the URL is no request: `println!` prints it
    assert.deepEqual(found('fn main() {\n    println!("{}/chat/completions", "https://api.openai.com/v1");\n}\n', 'main.rs'), []);
  });

  it('found by held-out corpus 120: a Go method that sends to the URL its caller hands it (`c.audioRequest(ctx, apiBase+"/audio/transcriptions", …)`), two methods deep; the request inside it is the callers\'', () => {
    const go = [
      'package main',
      '',
      'const apiBase = "https://api.openai.com/v1"',
      '',
      'func (c *Client) Transcribe(ctx context.Context, pcm []byte) (string, error) {',
      '\treturn c.audioRequest(ctx, apiBase+"/audio/transcriptions", pcm)',
      '}',
      '',
      'func (c *Client) audioRequest(ctx context.Context, url string, pcm []byte) (string, error) {',
      '\tdata, err := c.doWithRetry(ctx, url, "multipart/form-data", pcm)',
      '\treturn string(data), err',
      '}',
      '',
      'func (c *Client) Translate(ctx context.Context, text string) (string, error) {',
      '\tbody, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "messages": []any{text}})',
      '\tdata, err := c.doWithRetry(ctx, apiBase+"/chat/completions", "application/json", body)',
      '\tvar out struct{ Choices []any `json:"choices"` }',
      '\treturn fmt.Sprint(out), err',
      '}',
      '',
      'func (c *Client) doWithRetry(ctx context.Context, url, contentType string, body []byte) ([]byte, error) {',
      '\treq, _ := http.NewRequestWithContext(ctx, "POST", url, bytes.NewReader(body))',
      '\tresp, err := c.http.Do(req)',
      '\tif err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '\treturn io.ReadAll(resp.Body)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'openai.go'), ['6 POST /v1/audio/transcriptions openai', '16 POST /v1/chat/completions openai']);
    // a plain function call of the method's name is not the method
    assert.deepEqual(found(go.replace('return c.audioRequest(', 'return audioRequest('), 'openai.go'), ['16 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpora 115, 117, 121 and 122: PullRequestInc/go-gpt3 clients, its default engine-scoped completions, a base URL set by its option', () => {
    const go = [
      'package main',
      '',
      'import (',
      '\t"context"',
      '',
      '\t"github.com/PullRequestInc/go-gpt3"',
      ')',
      '',
      'func ask(ctx context.Context, key, q string) {',
      '\tclient := gpt3.NewClient(key)',
      '\tclient.ChatCompletion(ctx, gpt3.ChatCompletionRequest{Messages: nil})',
      '\tclient.CompletionStreamWithEngine(ctx, gpt3.TextDavinci003Engine, gpt3.CompletionRequest{Prompt: []string{q}}, nil)',
      '\tclient.Embeddings(ctx, gpt3.EmbeddingsRequest{Input: []string{q}})',
      '\tlocal := gpt3.NewClient(key, gpt3.WithBaseURL("http://localhost:8080/v1"))',
      '\tlocal.Moderation(ctx, gpt3.ModerationRequest{Input: q})',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'main.go'), [
      '11 POST /v1/chat/completions openai',
      '12 POST /v1/engines/{engine_id}/completions openai',
      '13 POST /v1/embeddings openai',
      '15 POST /v1/moderations other',
    ]);
    // a method go-openai has and go-gpt3 has not is no call of it; nor is anything without the import
    assert.deepEqual(found(go.replace('client.Embeddings(', 'client.CreateEmbeddingz('), 'main.go').length, 3);
    assert.deepEqual(found(go.replace('"github.com/PullRequestInc/go-gpt3"', '"example.com/gpt3"'), 'main.go'), []);
  });

  it('found by held-out corpora 122 and 123: a Go base tidied by strings.TrimRight; a go-openai client in a camel-case field; a run-time POST whose URL constant names another path', () => {
    const go = 'package llm\n\nimport (\n\t"bytes"\n\t"net/http"\n\t"strings"\n)\n\nfunc callLLM(cfg LLMConfig, body []byte) {\n\turl := strings.TrimRight(cfg.BaseURL, "/") + "/v1/chat/completions"\n\treq, _ := http.NewRequest("POST", url, bytes.NewReader(body))\n\thttp.DefaultClient.Do(req)\n}\n';
    assert.deepEqual(found(go, 'llm.go'), ['11 POST /v1/chat/completions unknown']);
    const field = 'package bot\n\nimport (\n\t"context"\n\n\t"github.com/sashabaranov/go-openai"\n)\n\nfunc makeRequest(ctx context.Context, req openai.ChatCompletionRequest, s *Skippy) (openai.ChatCompletionResponse, error) {\n\treturn s.AIClient.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(field, 'ai.go'), ['10 POST /v1/chat/completions unknown']);
    // without the go-openai import the same call is some other library's
    assert.deepEqual(found(field.replace('"github.com/sashabaranov/go-openai"', '"example.com/llm"').replace(/openai\./g, 'llm.'), 'ai.go'), []);
    const py = [
      'import os, httpx',
      'GATEWAY_URL = os.getenv("GATEWAY_URL", "http://localhost:8400")',
      '_EMBED_URL = f"{GATEWAY_URL}/api/embeddings"',
      ...Array.from({ length: 120 }, (_, i) => `# ${'filler line to put the constant far above the call '.repeat(1)}${i}`),
      'def embed(http, items):',
      '    payload = {"model": "e5", "messages": [{"role": "user", "content": items}]}',
      '    resp = http.post(_EMBED_URL, json=payload)',
      '    return resp.json()["data"][0]["embedding"]',
      'def chat(http, q):',
      '    return http.post(os.environ["LLM_URL"], json={"model": "m", "messages": [q]}).json()["choices"][0]',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'gateway.py'), ['129 POST /v1/chat/completions unknown']);
  });

  it('found in review of the body-shaped rules: multi-line string bodies, a request whose caller is not reported, another function\'s local URL, an Ollama client field', () => {
    // a body written as a multi-line string (a template, a triple-quoted string)
    const js = '// an OpenAI-compatible server\nexport async function ask(endpoint, model, text) {\n  const body = `{\n    "model": "${model}",\n    "messages": [{ "role": "user", "content": "${text}" }]\n  }`;\n  const res = await fetch(endpoint, { method: "POST", body });\n  return (await res.json()).choices[0];\n}\n';
    assert.deepEqual(found(js, 'ask.js'), ['7 POST /v1/chat/completions unknown']);
    // a sender whose only caller hands it a run-time URL keeps its request: nothing is reported at the caller
    const py = '# OpenAI-compatible gateway\nimport os\nimport requests\n\nMODEL = "gpt-4o-mini"\n\n\ndef _chat(url, messages):\n    r = requests.post(url, json={"model": MODEL, "messages": messages}, timeout=30)\n    return r.json()["choices"][0]["message"]["content"]\n\n\ndef summarize(text):\n    return _chat(os.environ["LLM_API_URL"], [{"role": "user", "content": text}])\n';
    assert.deepEqual(found(py, 'gw.py'), ['9 POST /v1/chat/completions unknown']);
    // another function's local `url` far above is not the URL a later function is handed
    const far = ['import requests  # an OpenAI-compatible server', 'def health():', '    url = "http://localhost:8080/healthz"', '    return requests.get(url)', ...Array.from({ length: 120 }, (_, i) => `# padding line ${i} to put the other function's local far above`), 'def chat_completion(url, messages):', '    r = requests.post(url, json={"model": "m", "messages": messages})', '    return r.json()["choices"][0]', ''].join('\n');
    assert.deepEqual(found(far, 'chat.py'), ['126 POST /v1/chat/completions unknown']);
    // a field typed as another library's client, in a file that also imports go-openai
    const go = 'package emb\n\nimport (\n\t"context"\n\n\tollama "github.com/ollama/ollama/api"\n\t"github.com/sashabaranov/go-openai"\n)\n\ntype Embedder struct {\n\tOllamaClient *ollama.Client\n\tAIClient     *openai.Client\n}\n\nfunc (e *Embedder) Embed(ctx context.Context, text string) {\n\te.OllamaClient.Embeddings(ctx, &ollama.EmbeddingRequest{Prompt: text})\n}\n';
    assert.deepEqual(found(go, 'emb.go'), []);
  });

  it('found by held-out corpora 124-126: curl last in a command substitution, an SDK method handed to executor.submit, a base read from a setting with a default inside an f-string', () => {
    const sh = 'setup() {\n    ENDPOINT="https://api.openai.com/v1/chat/completions"\n}\nask() {\n    RESPONSE=$(curl -s -X POST -d "{}" $ENDPOINT)\n}\n';
    assert.deepEqual(found(sh, 'ask.sh'), ['5 POST /v1/chat/completions openai']);
    const py = 'from concurrent.futures import ThreadPoolExecutor\nfrom openai import OpenAI\n\nclient = OpenAI()\n\nwith ThreadPoolExecutor() as executor:\n    future = executor.submit(\n        client.chat.completions.create,\n        model="gpt-4o-mini",\n        messages=[{"role": "user", "content": "hi"}],\n    )\n';
    assert.deepEqual(found(py, 'pool.py'), ['8 POST /v1/chat/completions openai']);
    const cfg = 'import json, urllib.request\n\ndef chat(config, body):\n    req = urllib.request.Request(\n        f"{config.get(\'api_base\', \'https://api.deepseek.com/v1\')}/chat/completions",\n        data=json.dumps(body).encode(),\n        method="POST",\n    )\n    return urllib.request.urlopen(req)\n';
    assert.deepEqual(found(cfg, 'deepseek.py'), ['4 POST /v1/chat/completions unknown']);
  });

  it('found in the second review: project interfaces and provider-named fields stay go-openai clients, a go-gpt3 field from another file, Spring builders over lines and typed Kotlin properties, query placeholders after a written scheme, settings read by key', () => {
    const goHead = 'package svc\n\nimport (\n\t"context"\n\n\t"example.com/app/internal/llm"\n\t"github.com/sashabaranov/go-openai"\n)\n\n';
    assert.deepEqual(found(`${goHead}type Service struct {\n\taiClient llm.ChatClient\n}\n\nfunc (s *Service) Ask(ctx context.Context) {\n\ts.aiClient.CreateChatCompletion(ctx, openai.ChatCompletionRequest{})\n}\n`, 'svc.go'), ['15 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(`${goHead}func Ask(ctx context.Context, s *Service) {\n\ts.GroqClient.CreateChatCompletion(ctx, openai.ChatCompletionRequest{})\n}\n`, 'svc.go'), ['11 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('package bot\n\nimport (\n\t"context"\n\n\t"github.com/PullRequestInc/go-gpt3"\n)\n\nfunc (b *Bot) Ask(ctx context.Context) {\n\tb.gptClient.ChatCompletion(ctx, gpt3.ChatCompletionRequest{})\n}\n', 'bot.go'), ['10 POST /v1/chat/completions unknown']);
    const java = 'public class Chat {\n    private final WebClient webClient;\n    public Chat(WebClient.Builder builder) {\n        this.webClient = builder\n            .baseUrl("https://api.openai.com/v1")\n            .build();\n    }\n    public String ask(Object body) {\n        return webClient.post()\n            .uri("/chat/completions")\n            .bodyValue(body).retrieve().bodyToMono(String.class).block();\n    }\n}\n';
    assert.deepEqual(found(java, 'Chat.java'), ['9 POST /v1/chat/completions openai']);
    const kt = 'class Chat {\n    private val webClient: WebClient = WebClient.create("https://api.openai.com/v1")\n    fun ask(body: Any) = webClient.post().uri("/embeddings").bodyValue(body).retrieve()\n}\n';
    assert.deepEqual(found(kt, 'Chat.kt'), ['3 POST /v1/embeddings openai']);
    // a caller's URL put in the query of a URL the template writes itself is no request to it
    assert.deepEqual(found('import requests\n\ndef archive(url):\n    return requests.get("https://web.archive.org/save?url={}".format(url))\n\narchive("https://api.openai.com/v1/models")\n', 'archive.py'), []);
    assert.deepEqual(found('import requests\n\ndef chat(body):\n    return requests.post(f"{os.getenv(\'OPENAI_BASE_URL\', \'https://api.openai.com/v1\')}/chat/completions", json=body)\n', 'env.py'), ['4 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpora 121 and 128: ayush6624/go-chatgpt clients (Send, SimpleSend), a base URL set in its Config, a client field another file builds', () => {
    const head = 'package bot\n\nimport (\n\t"context"\n\n\t"github.com/ayush6624/go-chatgpt"\n)\n\n';
    const local = `${head}func ask(ctx context.Context, key string) {\n\tclient, _ := chatgpt.NewClient(key)\n\tclient.Send(ctx, &chatgpt.ChatCompletionRequest{Model: chatgpt.GPT35Turbo})\n\tclient.SimpleSend(ctx, "hi")\n\tlocal, _ := chatgpt.NewClientWithConfig(&chatgpt.Config{BaseURL: "http://localhost:8080/v1", APIKey: key})\n\tlocal.SimpleSend(ctx, "hi")\n}\n`;
    assert.deepEqual(found(local, 'bot.go'), ['11 POST /v1/chat/completions openai', '12 POST /v1/chat/completions openai', '14 POST /v1/chat/completions other']);
    const field = `${head}type chatgptClient struct {\n\tclient *chatgpt.Client\n}\n\nfunc (c *chatgptClient) recommend(ctx context.Context, q string) {\n\tc.client.SimpleSend(ctx, q)\n}\n`;
    assert.deepEqual(found(field, 'feed.go'), ['14 POST /v1/chat/completions unknown']);
    // go-openai's method names are no go-chatgpt calls, nor go-chatgpt's without its import
    assert.deepEqual(found(local.replace('client.SimpleSend(ctx, "hi")', 'client.CreateChatCompletion(ctx, nil)'), 'bot.go').length, 2);
    assert.deepEqual(found(local.replace('"github.com/ayush6624/go-chatgpt"', '"example.com/chatgpt"'), 'bot.go'), []);
  });

  it('found by held-out corpus 131: a client a CommonJS module of the project exports, required under a client-like name', () => {
    const js = "const openai = require('../../config/openai');\n\nasync function translate(text) {\n  return openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });\n}\n";
    assert.deepEqual(found(js, 'routes/v1/translations.js'), ['4 POST /v1/chat/completions unknown']);
    // a required module named for something else, under a name that says nothing of OpenAI, is not one
    assert.deepEqual(found(js.replace(/const openai = require\('..\/..\/config\/openai'\)/, "const db = require('../../config/db')").replace('openai.chat', 'db.chat'), 'routes/v1/translations.js'), []);
  });

  it('found by held-out corpus 141: an openai-go service handed out by a method of the wrapper (`c.Responses().New(…)`, `svc := c.Responses()`)', () => {
    const go = [
      'package llm',
      '',
      'import (',
      '\t"github.com/openai/openai-go"',
      '\t"github.com/openai/openai-go/option"',
      '\t"github.com/openai/openai-go/responses"',
      ')',
      '',
      'type Client struct {',
      '\tsdk openai.Client',
      '}',
      '',
      'func New(key string) *Client {',
      '\treturn &Client{sdk: openai.NewClient(option.WithAPIKey(key))}',
      '}',
      '',
      'func (c *Client) Responses() *responses.ResponseService {',
      '\treturn &c.sdk.Responses',
      '}',
      '',
      'func (c *Client) Ask(ctx context.Context, p responses.ResponseNewParams) {',
      '\tstream := c.Responses().NewStreaming(ctx, p)',
      '\tsvc := c.Responses()',
      '\tsvc.New(ctx, p)',
      '\tc.Responses().InputItems.List(ctx, "resp_1", nil)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'client.go'), ['22 POST /v1/responses openai', '24 POST /v1/responses openai', '25 GET /v1/responses/{response_id}/input_items openai']);
    // built from options the caller passes: the caller decides where it sends
    assert.deepEqual(found(go.replace('func New(key string) *Client {\n\treturn &Client{sdk: openai.NewClient(option.WithAPIKey(key))}', 'func New(opts ...option.RequestOption) *Client {\n\treturn &Client{sdk: openai.NewClient(opts...)}'), 'client.go'), ['22 POST /v1/responses unknown', '24 POST /v1/responses unknown', '25 GET /v1/responses/{response_id}/input_items unknown']);
    // a getter returning some other package's service is no OpenAI service
    assert.deepEqual(found(go.replace('*responses.ResponseService', '*storage.ResponseService').replace('\t"github.com/openai/openai-go/responses"\n', ''), 'client.go'), []);
  });

  it('openai<1.0 engines made in place with their id (`openai.Engine("davinci").generate(…)`), as the SDK map writes them', () => {
    const py = 'import openai\nout = openai.Engine(id="davinci").generate(prompt="x")\nemb = openai.Engine("text-similarity").embeddings(input=["a"])\nengines = openai.Engine.list()\n';
    assert.deepEqual(found(py, 'legacy.py'), ['2 POST /v1/engines/{id}/generate openai', '3 POST /v1/engines/{id}/embeddings openai', '4 GET /v1/engines openai']);
    // an engine's other attributes send nothing here, and another module's Engine is not openai's
    assert.deepEqual(found('import openai\nname = openai.Engine("davinci").owner(x)\n', 'legacy.py'), []);
    assert.deepEqual(found('import sqlalchemy\nsqlalchemy.Engine("x").generate(y)\n', 'db.py'), []);
  });

  it('found by held-out corpus 141: a Python script named `.sh` is read as Python by its #! line, also where the editor calls it shell', () => {
    const script = '#!/usr/bin/env python\nimport requests\nENDPOINT = "https://res.openai.azure.com/openai/deployments/gpt4/chat/completions?api-version=2024-02-01"\nr = requests.post(ENDPOINT, json={"messages": []})\n';
    assert.deepEqual(found(script, 'scripts/gpt.sh'), ['4 POST /v1/chat/completions azure']);
    assert.deepEqual(detectCallSites(script, { fileName: 'scripts/gpt.sh', language: 'shellscript' }).sites.map((s) => `${s.range.start.line + 1} ${s.kind}`), ['4 http']);
    // a shell script stays shell: its curl is read as curl
    assert.deepEqual(detectCallSites('#!/bin/bash\ncurl https://api.openai.com/v1/models -H "Authorization: Bearer $KEY"\n', { fileName: 'm.sh' }).sites.map((s) => `${s.range.start.line + 1} ${s.kind}`), ['2 curl']);
  });

  it('a helper that puts its own base before the path its caller hands it (`_post("/chat/completions", …)`), in Python, TypeScript and Go', () => {
    const py = [
      'import os, requests',
      'BASE = "https://api.openai.com/v1"',
      '',
      'def _post(path, payload):',
      '    r = requests.post(f"{BASE}{path}", json=payload)',
      '    return r.json()',
      '',
      'def _get(path):',
      '    url = BASE + path',
      '    return requests.get(url).json()',
      '',
      'def chat(msgs):',
      '    return _post("/chat/completions", {"model": "gpt-4o", "messages": msgs})',
      '',
      'def files():',
      '    return _get("files")',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'api.py'), ['13 POST /v1/chat/completions openai', '16 GET /v1/files openai']);
    // a base on a host set at run time: OpenAI's path, host unknown; another API's base and path: nothing
    assert.deepEqual(found(py.replace('BASE = "https://api.openai.com/v1"', 'BASE = os.environ["LLM_BASE_URL"]'), 'api.py'), ['13 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(py.replace('"https://api.openai.com/v1"', '"https://api.github.com"').replace('"/chat/completions"', '"/user/repos"').replace('"files"', '"gists"'), 'gh.py'), []);
    const ts = [
      'export class Api {',
      '  constructor(private key: string) {}',
      '  private base = "https://my-res.openai.azure.com/openai/v1";',
      '  private async req(p: string, init?: RequestInit) {',
      '    return fetch(`${this.base}${p}`, init);',
      '  }',
      '  moderate(text: string) {',
      '    return this.req("/moderations", { method: "POST", body: JSON.stringify({ input: text }) });',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'api.ts'), ['8 POST /v1/moderations azure']);
    const go = [
      'package llm',
      '',
      'const baseURL = "https://api.openai.com/v1"',
      '',
      'func (c *Client) do(method, path string, body []byte) (*http.Response, error) {',
      '\treq, err := http.NewRequest(method, fmt.Sprintf("%s%s", baseURL, path), bytes.NewReader(body))',
      '\tif err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '\treturn c.http.Do(req)',
      '}',
      '',
      'func (c *Client) Ask(body []byte) {',
      '\tc.do("POST", "/chat/completions", body)',
      '\tc.do("GET", "/models", nil)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'client.go'), ['14 POST /v1/chat/completions openai', '15 GET /v1/models openai']);
  });

  it('found by held-out corpus 144: a parameter that defaults to the file\'s client (`injectedOpenai = openai`) is a client the caller may replace', () => {
    const js = 'import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function moderate(text, injectedLog = log, injectedOpenai = openai) {\n  return injectedOpenai.moderations.create({ input: text });\n}\n';
    assert.deepEqual(found(js, 'moderate.mjs'), ['4 POST /v1/moderations unknown']);
    // a parameter defaulting to something else is no client
    assert.deepEqual(found(js.replace('injectedOpenai = openai', 'injectedOpenai = fakeModerator'), 'moderate.mjs'), []);
  });

  it('found by held-out corpus 142: a script\'s helper takes its client from every call of it in the file (`upload_file(client, …)` under `client = OpenAI()`)', () => {
    const py = [
      'import os',
      'from openai import OpenAI, AzureOpenAI',
      '',
      'def upload_file(client, path):',
      '    return client.files.create(file=open(path, "rb"), purpose="batch")',
      '',
      'if __name__ == "__main__":',
      '    client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))',
      '    upload_file(client, "requests.jsonl")',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'batch.py'), ['5 POST /v1/files openai']);
    // by keyword too; and clients built two ways, or none handed in this file, leave it to the caller
    assert.deepEqual(found(py.replace('upload_file(client, "requests.jsonl")', 'upload_file(path="r.jsonl", client=client)'), 'batch.py'), ['5 POST /v1/files openai']);
    assert.deepEqual(found(`${py}    upload_file(AzureOpenAI(azure_endpoint=e), "x")\n    other = AzureOpenAI(azure_endpoint=e)\n    upload_file(other, "y")\n`, 'batch.py'), ['5 POST /v1/files unknown']);
    assert.deepEqual(found(py.replace('    upload_file(client, "requests.jsonl")\n', ''), 'batch.py'), ['5 POST /v1/files unknown']);
  });

  it('found by held-out corpus 144: a project\'s own request helper named so (`doRequest`, `doStream`, `send_request`) sends the OpenAI URL it is handed, even when defined in a file not in view', () => {
    const go = 'package ai\n\nfunc (p *Provider) Ask(ctx context.Context, body any) error {\n\treturn doRequest(ctx, "POST", p.baseURL()+"/chat/completions", body, p.headers(), &out)\n}\n\nfunc (p *Provider) Stream(body any) {\n\tresp, err := doStream(context.Background(), p.baseURL()+"/chat/completions", body, p.headers())\n\t_ = resp\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['4 POST /v1/chat/completions unknown', '8 POST /v1/chat/completions unknown']);
    const py = 'API = "https://api.openai.com/v1"\nr = send_request(f"{API}/embeddings", {"input": "x"})\n';
    assert.deepEqual(found(py, 'emb.py'), ['2 POST /v1/embeddings openai']);
    // (found by held-out corpus 145: `postJSON(ctx, o.HTTP, "openai", o.BaseURL+"/chat/completions", …)`; also `post_json`, `httpPost`, `callAPI`)
    assert.deepEqual(found('package ai\n\nfunc (o *OpenAI) Ask(ctx context.Context) {\n\tdata, err := postJSON(ctx, o.HTTP, "openai", o.BaseURL+"/chat/completions", headers, body)\n}\n', 'openai.go'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('URL = "https://api.openai.com/v1/moderations"\npost_json(URL, {"input": "x"})\nhttpPost(URL, {})\ncallAPI(URL, {})\n', 'm.py'), ['2 POST /v1/moderations openai', '3 POST /v1/moderations openai', '4 POST /v1/moderations openai']);
    // a helper handed some other URL sends nothing of ours
    assert.deepEqual(found('r = send_request("https://example.com/api/items", {})\n', 'x.py'), []);
  });

  it('found by held-out corpora 142 and 144: a URL function returning adjacent pieces in brackets; a struct literal given a client built here; a go-openai config declared with var', () => {
    const py = [
      'import httpx',
      'class Chat:',
      '    def _chat_completions_url(self) -> str:',
      '        return (',
      '            f"{self.endpoint}/openai/deployments/{self.deployment}"',
      '            f"/chat/completions?api-version={self.api_version}"',
      '        )',
      '    def complete(self, payload):',
      '        with httpx.Client() as client:',
      '            return client.post(self._chat_completions_url(), json=payload)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'azure.py'), ['10 POST /v1/chat/completions azure']);
    const go = 'package ai\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\n\ntype Provider struct {\n\tclient openai.Client\n}\n\nfunc New(key string) *Provider {\n\tc := openai.NewClient(option.WithAPIKey(key))\n\treturn &Provider{client: c}\n}\n\nfunc (p *Provider) Ask(ctx context.Context, params openai.ChatCompletionNewParams) {\n\tp.client.Chat.Completions.New(ctx, params)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['18 POST /v1/chat/completions openai']);
    // built with a base URL of a local server, the field sends there
    assert.deepEqual(found(go.replace('option.WithAPIKey(key)', 'option.WithBaseURL("http://localhost:11434/v1")'), 'openai.go'), ['18 POST /v1/chat/completions other']);
    const gpt3 = 'package gpt\n\nimport gogpt "github.com/sashabaranov/go-gpt3"\n\nfunc Ask(key string) {\n\tvar config = gogpt.DefaultConfig(key)\n\tvar client = gogpt.NewClientWithConfig(config)\n\tclient.CreateChatCompletionStream(ctx, req)\n}\n';
    assert.deepEqual(found(gpt3, 'gpt.go'), ['8 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 144: Azure OpenAI\'s own JavaScript client (@azure/openai 1.0.0-beta `OpenAIClient`): Azure with an endpoint and credential, OpenAI with an OpenAI key', () => {
    const js = [
      'const { OpenAIClient, AzureKeyCredential } = require("@azure/openai");',
      'const client = new OpenAIClient(process.env.AZURE_OPENAI_ENDPOINT, new AzureKeyCredential(process.env.AZURE_OPENAI_KEY));',
      'async function tag(text) {',
      '  const result = await client.getChatCompletions("gpt-35", [{ role: "user", content: text }]);',
      '  const events = await client.streamChatCompletions("gpt-35", [{ role: "user", content: text }]);',
      '  return client.getEmbeddings("ada", [text]);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'tag.js'), ['4 POST /v1/chat/completions azure', '5 POST /v1/chat/completions azure', '6 POST /v1/embeddings azure']);
    const ts = 'import { OpenAIClient as Client, OpenAIKeyCredential } from "@azure/openai";\nconst oc = new Client(new OpenAIKeyCredential(key));\nexport const img = () => oc.getImages("dall-e-3", "a cat");\nexport const tx = (f: Uint8Array) => new Client("https://x.openai.azure.com", cred).getAudioTranscription("whisper", f);\n';
    assert.deepEqual(found(ts, 'img.ts'), ['3 POST /v1/images/generations openai', '4 POST /v1/audio/transcriptions azure']);
    // the openai package's client has no such methods, and another package's OpenAIClient is not Azure's
    assert.deepEqual(found('import OpenAI from "openai";\nconst c = new OpenAI();\nc.getChatCompletions("x", []);\n', 'a.ts'), []);
    assert.deepEqual(found(js.replace('@azure/openai', '@acme/openai-client'), 'tag.js'), []);
  });

  it('found by held-out corpus 136: a run-time base the file also puts before /chat/completions makes `/embeddings` on it an OpenAI endpoint', () => {
    const go = 'package ai\n\nfunc (p *Provider) Chat(ctx context.Context, body []byte) {\n\treq, _ := http.NewRequestWithContext(ctx, "POST", p.baseURL+"/chat/completions", bytes.NewReader(body))\n\t_ = req\n}\n\nfunc (p *Provider) Embed(ctx context.Context, body []byte) {\n\treq, _ := http.NewRequestWithContext(ctx, "POST", p.baseURL+"/embeddings", bytes.NewReader(body))\n\t_ = req\n}\n';
    assert.deepEqual(found(go, 'provider.go'), ['4 POST /v1/chat/completions unknown', '9 POST /v1/embeddings unknown']);
    // alone, `/embeddings` on some base could be any API's
    assert.deepEqual(found(go.replace('p.baseURL+"/chat/completions"', 'p.baseURL+"/health"'), 'provider.go'), []);
  });

  it('found by held-out corpus 148: a Go client\'s method value handed to a function that calls it (`request(ctx, c.openai.CreateCompletion, r)`)', () => {
    const go = 'package slack\n\nimport "github.com/sashabaranov/go-openai"\n\ntype Client struct {\n\topenai *openai.Client\n}\n\nfunc New(token string) *Client {\n\treturn &Client{openai: openai.NewClient(token)}\n}\n\nfunc (c *Client) Ask(ctx context.Context, r openai.ChatCompletionRequest) {\n\tresp, err := request(ctx, c.openai.CreateChatCompletion, r)\n\t_, _ = resp, err\n}\n\nfunc request[U, V any](ctx context.Context, f func(context.Context, U) (V, error), r U) (V, error) {\n\treturn f(ctx, r)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['14 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 149: a factory that caches its client per key (`let c = clients.get(k); if (!c) { c = new OpenAI(…); clients.set(k, c) } return c`), read per function beside a typed parameter of the same name', () => {
    const ts = [
      "import OpenAI from 'openai';",
      'const clients = new Map<string, OpenAI>();',
      'function getClient(apiKey: string): OpenAI {',
      '  let c = clients.get(apiKey);',
      '  if (!c) {',
      '    c = new OpenAI({ apiKey });',
      '    clients.set(apiKey, c);',
      '  }',
      '  return c;',
      '}',
      'async function chatCompletion(client: OpenAI, system: string) {',
      "  return client.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: system }] });",
      '}',
      'export async function parse(apiKey: string) {',
      '  const client = getClient(apiKey);',
      "  await client.audio.transcriptions.create({ model: 'whisper-1', file: f });",
      "  return chatCompletion(client, 'x');",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'openai.ts'), ['12 POST /v1/chat/completions openai', '16 POST /v1/audio/transcriptions openai']);
    // a local given something else too is no client made here
    assert.deepEqual(found(ts.replace('    clients.set(apiKey, c);\n', ''), 'openai.ts'), ['11 POST /v1/chat/completions unknown', '15 POST /v1/audio/transcriptions unknown']);
  });

  it('review of the twelfth session: request helpers, curl wrappers, here-documents, shell hosts, Go fields and method values, @azure/openai with a key variable', () => {
    // a function of this file named like a request helper says itself what it does
    assert.deepEqual(found('// gpt-4o\nfunction doRequest(url) { return 1; }\ndoRequest("http://localhost:8080/v1/chat/completions");\nfunction makeStream(src) { return Readable.from(src); }\nmakeStream("https://cdn.example.com/v1/embeddings");\n', 'h.js'), []);
    // a curl wrapper is a command, not a variable, nor a function of the script that runs no curl; one curl command counts once
    const sh = 'curl_response=$(curl -s https://api.openai.com/v1/chat/completions -d x)\ncurl_url="https://api.openai.com/v1/models"\ndeploy_curl() { echo "would run: curl $*"; }\ndeploy_curl -X POST "https://api.openai.com/v1/files"\ncurl $curl_opts https://api.openai.com/v1/models\n';
    assert.deepEqual(found(sh, 'c.sh'), ['1 POST /v1/chat/completions openai', '5 GET /v1/models openai']);
    // a here-document is read as the interpreter's only when it is the command; not a commented line, not `ssh node`
    assert.deepEqual(found('ssh node <<EOF\nfetch("https://api.openai.com/v1/models")\nEOF\n# python3 - <<EOF\nimport openai\nopenai.Model.list()\nEOF\n', 's.sh'), []);
    // shell hosts: an IPv4 address and a port the script sets; a host from the environment with a default
    assert.deepEqual(found("HOST=127.0.0.1\nPORT=8080\ncurl http://$HOST:$PORT/v1/chat/completions -d '{}'\ncurl \"https://${H2:-api.openai.com}/v1/chat/completions\" -d x\n", 'h.sh'), ['3 POST /v1/chat/completions other', '4 POST /v1/chat/completions unknown']);
    // Go: another type's field of the same name, set from a parameter, is no OpenAI base
    const go = 'package llm\ntype OpenAI struct{ baseURL string }\ntype Ollama struct{ baseURL string }\nfunc NewOpenAI() *OpenAI { return &OpenAI{baseURL: "https://api.openai.com/v1"} }\nfunc NewOllama(u string) *Ollama { return &Ollama{baseURL: u} }\nfunc (o *Ollama) post(path string, body any) (*http.Response, error) {\n\treturn http.Post(o.baseURL+path, "application/json", nil)\n}\nfunc (o *Ollama) Chat() { o.post("/chat/completions", body) }\n';
    assert.deepEqual(found(go, 'llm.go'), ['9 POST /v1/chat/completions unknown']);
    // Go: a field given an Azure and an OpenAI client in two literals is a run-time choice
    const agent = 'package agent\nimport "github.com/sashabaranov/go-openai"\ntype Agent struct{ llm *openai.Client }\nfunc build(key, endpoint string) {\n\toc := openai.NewClient(key)\n\tac := openai.NewClientWithConfig(openai.DefaultAzureConfig(key, endpoint))\n\ta := &Agent{llm: ac}\n\tb := &Agent{llm: oc}\n\t_, _ = a, b\n}\nfunc (ag *Agent) run() { ag.llm.CreateChatCompletion(ctx, req) }\n';
    assert.deepEqual(found(agent, 'agent.go'), ['11 POST /v1/chat/completions unknown']);
    // Go: a method value printed or reflected on is no call
    assert.deepEqual(found('package x\nimport "github.com/openai/openai-go"\nfunc f() {\n\tclient := openai.NewClient()\n\tfmt.Println(reflect.TypeOf(client.Models.List))\n}\n', 'x.go'), []);
    // @azure/openai: an OpenAI key held in a variable, then options: api.openai.com
    assert.deepEqual(found('import { OpenAIClient, OpenAIKeyCredential } from "@azure/openai";\nconst cred = new OpenAIKeyCredential(process.env.OPENAI_API_KEY!);\nconst client = new OpenAIClient(cred, { retryOptions: { maxRetries: 3 } });\nawait client.getChatCompletions("gpt-4", messages);\n', 'a.ts'), ['4 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 155: a self-hosted server\'s `/v1/models` in a .http file that also sends it chat completions; alone, any API\'s', () => {
    const http = '@host = https://model.example.run\n\n### Models\nGET {{host}}/v1/models\n\n### Chat\nPOST {{host}}/v1/chat/completions\nContent-Type: application/json\n\n{"model": "qwen"}\n';
    assert.deepEqual(found(http, 'llm.http'), ['4 GET /v1/models other', '7 POST /v1/chat/completions other']);
    // a listing on a host the file sends nothing else to could be Anthropic's or any API's
    const alone = '@host = https://model.example.run\nGET {{host}}/v1/models\n\n###\nPOST https://other.example.org/v1/chat/completions\n';
    assert.deepEqual(found(alone, 'llm.http'), ['5 POST /v1/chat/completions other']);
  });

  it('found by held-out corpus 154: a format string\'s later placeholders filled by the file\'s constants (`fmt.Sprintf("%s/%s/%s", URL, VERSION, COMPLETION)`)', () => {
    const go = 'package openai\n\ntype path string\n\nconst (\n\tURL     = "https://api.openai.com"\n\tVERSION = "v1"\n)\n\nconst (\n\tCOMPLETION path = "completions"\n)\n\nfunc (o *OpenAI) Complete(id string) {\n\tu := fmt.Sprintf("%s/%s/%s", URL, VERSION, COMPLETION)\n\treq, _ := http.NewRequest("POST", u, nil)\n\tg := fmt.Sprintf("%s/%s/files/%s", URL, VERSION, id)\n\treq2, _ := http.NewRequest("GET", g, nil)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['16 POST /v1/completions openai', '18 GET /v1/files/{file_id} openai']);
  });

  it('found by held-out corpus 152: a format string\'s later placeholder filled by a literal (`fmt.Sprintf("%s/%s", c.config.baseURL, "v1/chat/completions")`)', () => {
    const go = 'package openai\n\nfunc New() *Client {\n\treturn &Client{config: Config{baseURL: "https://api.openai.com"}}\n}\n\nfunc (c *Client) Chat() {\n\treq, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/%s", c.config.baseURL, "v1/chat/completions"), nil)\n\t_ = req\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['8 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 153: a URL literal that is the default of a value read at run time (`process.env.URL || "https://api.openai.com/…"`, Python\'s `or`), also with the assignment broken after its `=`', () => {
    const js = "const TRANSCRIPTIONS_URL =\n  process.env.OPENAI_TRANSCRIPTIONS_URL || 'https://api.openai.com/v1/audio/transcriptions';\nconst CHAT_URL = process.env.OPENAI_CHAT_URL ?? 'https://api.openai.com/v1/chat/completions';\nasync function go(form, body) {\n  await fetch(TRANSCRIPTIONS_URL, { method: 'POST', body: form });\n  await fetch(CHAT_URL, { method: 'POST', body });\n  await fetch(process.env.MODERATION_URL || 'https://api.openai.com/v1/moderations', { method: 'POST', body });\n}\n";
    assert.deepEqual(found(js, 'openai.js'), ['5 POST /v1/audio/transcriptions unknown', '6 POST /v1/chat/completions unknown', '7 POST /v1/moderations unknown']);
    const py = 'import os, requests\nURL = os.getenv("EMBED_URL") or "https://api.openai.com/v1/embeddings"\nrequests.post(URL, json={"input": "x"})\n';
    assert.deepEqual(found(py, 'e.py'), ['3 POST /v1/embeddings unknown']);
    // a literal the file sends in place, beside an unrelated `||`, stays OpenAI's
    const plain = "const ok = a || b;\nawait fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body });\n";
    assert.deepEqual(found(plain, 'p.js'), ['2 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 152: a client\'s base built from a URL the file sets once (`ollama_api_endpoint + "/v1"`, `f"{HOST}/v1"`, `${BASE}/v1`); not from a parameter of that name', () => {
    const py = 'from openai import OpenAI\nollama_api_endpoint = "http://localhost:11434"\nclient = OpenAI(\n    base_url = ollama_api_endpoint + "/v1",\n    api_key="unused",\n)\nclient.chat.completions.create(model="m", messages=[])\nc2 = OpenAI(base_url=f"{ollama_api_endpoint}/v1")\nc2.embeddings.create(model="m", input="x")\n';
    assert.deepEqual(found(py, 'a.py'), ['7 POST /v1/chat/completions other', '9 POST /v1/embeddings other']);
    const ts = 'import OpenAI from "openai";\nconst BASE = "https://openrouter.ai/api";\nconst client = new OpenAI({ baseURL: `${BASE}/v1`, apiKey: k });\nawait client.chat.completions.create({ model: "m", messages });\nfunction make(root: string) {\n  const c = new OpenAI({ baseURL: root + "/v1" });\n  return c.embeddings.create({ model: "m", input: "x" });\n}\n';
    assert.deepEqual(found(ts, 'a.ts'), ['4 POST /v1/chat/completions other', '7 POST /v1/embeddings unknown']);
  });

  it('found by held-out corpus 155: a base whose name says so joined to a path without its slash (`c.baseurl+"chat/completions"`); Ruby\'s Faraday built with `url:` a literal set once', () => {
    const go = 'package openai\n\nfunc (c *Client) Chat(ctx context.Context) {\n\t_, err := ezhttp.Post(ctx, c.baseurl+"chat/completions", ezhttp.SendJSON(req))\n\t_ = c.name+"chat/completions"\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['4 POST /v1/chat/completions unknown']);
    const rb = 'class OpenaiService\n  def initialize(message)\n    @url = "https://api.openai.com"\n  end\n\n  def advice\n    conn = Faraday.new(url: @url)\n    response = conn.post("/v1/chat/completions", body, headers)\n  end\nend\n';
    assert.deepEqual(found(rb, 'openai_service.rb'), ['8 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 152: a JavaScript URL chosen by a condition (`const url = p === "groq" ? "https://api.groq.com/…" : "https://api.openai.com/…"`): unknown when the branches point different ways', () => {
    const ts = "const baseUrl =\n  provider === 'groq'\n    ? 'https://api.groq.com/openai/v1/audio/transcriptions'\n    : 'https://api.openai.com/v1/audio/transcriptions'\nawait fetch(baseUrl, { method: 'POST', body: form })\nconst local = dev ? 'http://localhost:11434/v1/chat/completions' : 'http://localhost:8080/v1/chat/completions';\nawait fetch(local, { method: 'POST', body });\nconst same = prod ? 'https://api.openai.com/v1/embeddings' : 'https://api.openai.com/v1/embeddings';\nawait fetch(same, { method: 'POST', body });\nconst fallback = a ?? 'https://api.openai.com/v1/moderations';\n";
    assert.deepEqual(found(ts, 'route.ts'), ['5 POST /v1/audio/transcriptions unknown', '7 POST /v1/chat/completions other', '9 POST /v1/embeddings openai']);
  });

  it('found by held-out corpus 156: a go-openai config handed to functional options, one of which sets its BaseURL from its parameter, is the caller\'s to point', () => {
    const go = 'package ai\n\nimport openai "github.com/sashabaranov/go-openai"\n\ntype Option func(*openai.ClientConfig)\n\nfunc WithBaseURL(url string) Option {\n\treturn func(c *openai.ClientConfig) { c.BaseURL = url }\n}\n\nfunc Ask(ctx context.Context, key string, opts ...Option) {\n\tcfg := openai.DefaultConfig(key)\n\tfor _, o := range opts {\n\t\to(&cfg)\n\t}\n\tc := openai.NewClientWithConfig(cfg)\n\tc.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['17 POST /v1/chat/completions unknown']);
    // options that set something else leave the default base
    const other = go.replace('c.BaseURL = url', 'c.OrgID = url');
    assert.deepEqual(found(other, 'openai.go'), ['17 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 157: a Go function that returns the client the file builds (`func Client() *openai.Client { …; return client }`), called in a chain (`Client().Chat.Completions.New(…)`)', () => {
    const go = 'package openai\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\n\nvar client openai.Client\n\nfunc Client() *openai.Client {\n\tclientOnce.Do(initClient)\n\treturn &client\n}\n\nfunc initClient() {\n\tclient = openai.NewClient(option.WithAPIKey(key))\n}\n\nfunc ask(p string) {\n\tchat, err := Client().Chat.Completions.New(\n\t\tcontext.Background(),\n\t\tparams,\n\t)\n\t_, _ = chat, err\n}\n';
    assert.deepEqual(found(go, 'caller.go'), ['20 POST /v1/chat/completions openai']);
    // one that returns a client built elsewhere: the call, its base unknown here
    const handed = 'package openai\n\nimport "github.com/openai/openai-go"\n\nfunc Client() *openai.Client {\n\treturn shared.Get()\n}\n\nfunc ask() {\n\tClient().Chat.Completions.New(ctx, params)\n}\n';
    assert.deepEqual(found(handed, 'caller.go'), ['10 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 159: Dart\'s `http.Request("POST", uri)` on a URL variable; PHP\'s Guzzle client built with a base_uri, its paths sent with post or request', () => {
    const dart = "class S {\n  static const String _baseUrl = 'https://api.openai.com/v1';\n  Future<void> a() async {\n    final uri = Uri.parse('$_baseUrl/chat/completions');\n    final request = http.Request('POST', uri)\n      ..body = jsonEncode(b);\n    final response = await _client.send(request);\n  }\n}\n";
    assert.deepEqual(found(dart, 'openai_service.dart'), ['5 POST /v1/chat/completions openai']);
    const php = "<?php\nclass OpenAIService {\n    private $client;\n    public function __construct() {\n        $this->client = new Client([\n            'base_uri' => config('services.openai.base_url'),\n        ]);\n    }\n    public function ask($b) {\n        return $this->client->post('chat/completions', ['json' => $b]);\n    }\n    public function users() {\n        return $this->client->get('users/me');\n    }\n}\n";
    assert.deepEqual(found(php, 'OpenAIService.php'), ['10 POST /v1/chat/completions unknown']);
    const literal = "<?php\n$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://api.openai.com/v1/']);\n$r = $client->request('POST', 'embeddings', ['json' => $b]);\n$stripe = new \\GuzzleHttp\\Client(['base_uri' => 'https://api.stripe.com/v1/']);\n$stripe->post('files', ['multipart' => $m]);\n";
    assert.deepEqual(found(literal, 'embed.php'), ['3 POST /v1/embeddings openai']);
  });

  it('found by held-out corpus 160: a Go struct literal\'s unexported field given a URL (`&Client{endpoint: "https://api.openai.com/…"}`); an HTTParty class\'s base_uri with a path of its own', () => {
    const go = 'package openai\n\ntype Client struct {\n\tendpoint string\n}\n\nfunc NewClient() *Client {\n\treturn &Client{\n\t\tendpoint: "https://api.openai.com/v1/chat/completions",\n\t}\n}\n\nfunc (c *Client) fetch() {\n\tok := true\n\treq, _ := http.NewRequest("POST", c.endpoint, body)\n\t_, _ = ok, req\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['15 POST /v1/chat/completions openai']);
    const rb = "class OpenaiService\n  include HTTParty\n  base_uri 'https://api.openai.com/v1/images'\n\n  def generate(prompt)\n    self.class.post('/generations', headers: headers, body: body.to_json)\n  end\nend\n";
    assert.deepEqual(found(rb, 'openai_service.rb'), ['6 POST /v1/images/generations openai']);
    const github = "class GithubService\n  include HTTParty\n  base_uri 'https://api.github.com'\n  def repos\n    self.class.get('/user/repos')\n    self.class.get('/models')\n  end\nend\n";
    assert.deepEqual(found(github, 'github_service.rb'), []);
    const ts = "const api = axios.create({ baseURL: 'https://api.openai.com/v1/audio' });\nawait api.post('/transcriptions', form);\n";
    assert.deepEqual(found(ts, 'a.ts'), ['2 POST /v1/audio/transcriptions openai']);
  });

  it('found by held-out corpus 161: a Go field given a local built one way or another (`{oc: oc}` after an if/else); a format verb in a URL\'s path is a parameter', () => {
    const go = 'package ai\n\nimport openai "github.com/sashabaranov/go-openai"\n\nfunc newProvider(apiKey, baseURL string) *Provider {\n\tvar oc *openai.Client\n\tif baseURL != "" {\n\t\tcfg := openai.DefaultConfig(apiKey)\n\t\tcfg.BaseURL = baseURL\n\t\toc = openai.NewClientWithConfig(cfg)\n\t} else {\n\t\toc = openai.NewClient(apiKey)\n\t}\n\treturn &Provider{oc: oc}\n}\n\nfunc (p *Provider) Ask() {\n\tp.oc.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['18 POST /v1/chat/completions unknown']);
    const http = 'package billing\n\nfunc users(orgId string) {\n\turl := fmt.Sprintf("https://api.openai.com/v1/files/%s/content", orgId)\n\treq, _ := http.NewRequest(http.MethodGet, url, nil)\n\t_ = req\n}\n';
    assert.deepEqual(found(http, 'client.go'), ['5 GET /v1/files/{file_id}/content openai']);
  });

  it('review of the thirteenth session: ternaries without semicolons and in the second branch, a path chosen by a switch, a base reassigned, options not applied, getters, memoised clients, two classes\' clients, details as written', () => {
    // JavaScript without semicolons: the nearest assignment, not a `const` two lines up; the OpenAI URL in the second branch
    const noSemicolons = 'const healthUrl = process.env.HEALTH_URL\nconst url = useGroq ? "https://api.groq.com/openai/v1/chat/completions" : "https://api.openai.com/v1/chat/completions"\nexport async function GET() {\n  const ok = await fetch(healthUrl, { method: "GET" })\n  const res = await fetch(url, { method: "POST", body: "{}" })\n}\n';
    assert.deepEqual(found(noSemicolons, 'route.js'), ['5 POST /v1/chat/completions unknown']);
    assert.deepEqual(found('const url = process.env.MOCK ? "http://localhost:3001/mock" : "https://api.openai.com/v1/chat/completions";\nawait fetch(url, { method: "POST" });\n', 'm.js'), ['2 POST /v1/chat/completions unknown']);
    // a path variable given one value per `case`: no fixed endpoint
    assert.deepEqual(found('package llm\n\nfunc (c *Client) do(kind string) {\n\tvar path string\n\tswitch kind {\n\tcase "chat":\n\t\tpath = "chat/completions"\n\tcase "embed":\n\t\tpath = "embeddings"\n\t}\n\turl := fmt.Sprintf("%s/%s", c.baseURL, path)\n\treq, _ := http.NewRequest("POST", url, nil)\n\t_ = req\n}\n', 'llm.go'), []);
    // a base reassigned on an `if` line is a run-time choice
    assert.deepEqual(found('import OpenAI from "openai";\nlet BASE = "https://api.openai.com";\nif (process.env.LOCAL) BASE = "http://localhost:11434";\nconst client = new OpenAI({ baseURL: `${BASE}/v1` });\nawait client.chat.completions.create({ model: "m", messages: [] });\n', 'k.ts'), ['5 POST /v1/chat/completions unknown']);
    // a config handed to a function that is no option of a list keeps its base
    assert.deepEqual(found('package ai\n\nimport openai "github.com/sashabaranov/go-openai"\n\nfunc WithBaseURL(u string) Option { return func(c *openai.ClientConfig) { c.BaseURL = u } }\n\nfunc Ask(ctx context.Context, key string) {\n\tcfg := openai.DefaultAzureConfig(key, "https://x.openai.azure.com")\n\tlogConfig(&cfg)\n\tc := openai.NewClientWithConfig(cfg)\n\tc.CreateChatCompletion(ctx, req)\n}\n', 'g.go'), ['11 POST /v1/chat/completions azure']);
    // a getter with a block before its return, of a package variable given a client built in init
    assert.deepEqual(found('package ai\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\n\nvar client *openai.Client\n\nfunc init() {\n\tc := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1"))\n\tclient = &c\n}\n\nfunc Client() *openai.Client {\n\tif client == nil {\n\t\tpanic("no client")\n\t}\n\treturn client\n}\n\nfunc Ask(ctx context.Context) {\n\tClient().Chat.Completions.New(ctx, params)\n}\n', 'g.go'), ['23 POST /v1/chat/completions other']);
    // memoised clients: Ruby's `@conn ||= Faraday.new(…)`, JavaScript's `client ||= new OpenAI(…)`
    assert.deepEqual(found('class ChatService\n  BASE_URL = "https://api.openai.com"\n  def conn\n    @conn ||= Faraday.new(url: BASE_URL)\n  end\n  def chat(m)\n    conn.post("/v1/chat/completions", { messages: m })\n  end\nend\n', 'chat.rb'), ['7 POST /v1/chat/completions openai']);
    assert.deepEqual(found('const OpenAI = require("openai");\nlet client;\nasync function ask(m) {\n  client ||= new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  return client.chat.completions.create({ model: "m", messages: m });\n}\n', 'ask.js'), ['5 POST /v1/chat/completions openai']);
    // two classes keeping their clients under one name, for two providers: neither base is claimed
    assert.deepEqual(found("<?php\nclass A {\n    public function __construct() { $this->client = new Client(['base_uri' => 'https://api.openai.com/v1/']); }\n    public function chat() { return $this->client->post('chat/completions', ['json' => []]); }\n}\nclass B {\n    public function __construct() { $this->client = new Client(['base_uri' => 'https://api.mistral.ai/v1/']); }\n    public function chat() { return $this->client->post('chat/completions', ['json' => []]); }\n}\n", 'ab.php').filter((l) => / openai$/.test(l)), []);
    // the detail names the variable as written, also with the default on its own line
    const py = 'import os, requests\nEMB_URL = (\n    os.environ.get("EMB_URL")\n    or "https://api.openai.com/v1/embeddings"\n)\nrequests.post(EMB_URL, json={})\n';
    assert.deepEqual(detectCallSites(py, { fileName: 'e.py' }).sites.map((s) => `${s.range.start.line + 1} ${s.provider} ${s.providerDetail ?? ''}`), ['6 unknown api.openai.com (the default of os.environ.get("EMB_URL"); the value is read at run time)']);
    // Groq's chat under /openai/v1 says nothing of a listing at the host's root
    assert.deepEqual(found('### chat\nPOST https://api.groq.com/openai/v1/chat/completions\n\n{}\n\n### models\nGET https://api.groq.com/v1/models\n', 'g.http'), ['2 POST /v1/chat/completions other']);
  });

  it('found by held-out corpora 163 and 164: a call\'s result as the value a literal defaults (`Deno.env.get("X") || "https://…"`); a request helper named with a suffix (`sendRequestWithBodyType`); `if url is None: url = "…"`; a Go wrapper\'s receiver calling its own method named as go-openai\'s', () => {
    assert.deepEqual(found('const OPENAI_IMG_URL = Deno.env.get("OPENAI_IMG_URL") || "https://api.openai.com/v1/images/generations";\nconst r = await fetch(OPENAI_IMG_URL, { method: "POST", body });\n', 'ai.ts'), ['2 POST /v1/images/generations unknown']);
    assert.deepEqual(found('package openai\n\nfunc (gpt *ChatGPT) Completions(msg []Messages) {\n\terr := gpt.sendRequestWithBodyType(gpt.ApiUrl+"/v1/chat/completions", "POST", jsonBody, requestBody, &resp)\n\t_ = err\n}\n', 'gpt3.go'), ['4 POST /v1/chat/completions unknown']);
    const py = 'import requests\n\nclass Chat:\n    def __init__(self, url=None):\n        if url is None:\n            url = "https://api.openai.com/v1/chat/completions"\n        self.url = url\n\n    def ask(self, data):\n        return requests.post(self.url, json=data)\n';
    assert.deepEqual(found(py, 'chat.py'), ['10 POST /v1/chat/completions unknown']);
    const go = 'package openai\n\nimport "github.com/sashabaranov/go-openai"\n\ntype realClientImpl struct{ clients []*openai.Client }\n\nfunc (client *realClientImpl) CreateChatCompletionStream(ctx context.Context, r openai.ChatCompletionRequest) (*openai.ChatCompletionStream, error) {\n\treturn nil, nil\n}\n\nfunc (client *realClientImpl) ChatStream(ctx context.Context, r openai.ChatCompletionRequest) {\n\tstream, err := client.CreateChatCompletionStream(ctx, r)\n\t_, _ = stream, err\n}\n';
    assert.deepEqual(found(go, 'openai.go'), []);
  });

  it('found by held-out corpus 164: a URL variable as the fallback of the caller\'s value (`fetch(params?.apiUrl ?? OPENAI_CHAT_URL, …)`) is sent there or elsewhere', () => {
    const ts = 'const CHAT_URL = "https://api.openai.com/v1/chat/completions";\nexport async function chat(params, body) {\n  await fetch(params?.apiUrl ?? CHAT_URL, { method: "POST", body });\n  await fetch(CHAT_URL, { method: "POST", body });\n  const ok = a || b;\n}\n';
    assert.deepEqual(found(ts, 'ai.ts'), ['3 POST /v1/chat/completions unknown', '4 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 164: URLs kept as members of a constants object or class, in the file or imported (`OpenAIEndpoints.CHAT_COMPLETIONS`)', () => {
    const project = new ProjectIndex();
    project.addFile('src/constants/openai.ts', "export const OpenAIAPI = 'https://api.openai.com/v1';\nexport const OpenAIEndpoints = {\n  CHAT_COMPLETIONS: `${OpenAIAPI}/chat/completions`,\n  EMBEDDINGS: `${OpenAIAPI}/embeddings`,\n} as const;\nexport const LOCAL = { CHAT: 'http://localhost:11434/v1/chat/completions' };\n");
    assert.equal(project.urlConstant('@/constants/openai', 'OpenAIEndpoints.EMBEDDINGS', 'src/utils/x.ts'), 'https://api.openai.com/v1/embeddings');
    const ts = "import { OpenAIEndpoints, LOCAL } from '@/constants/openai';\nexport async function go(o) {\n  const api_url = OpenAIEndpoints.CHAT_COMPLETIONS;\n  await fetch(api_url, o);\n  await fetch(OpenAIEndpoints.EMBEDDINGS, o);\n  await fetch(LOCAL.CHAT, o);\n  await fetch(OpenAIEndpoints.MISSING, o);\n}\n";
    assert.deepEqual(detectCallSites(ts, { fileName: 'src/utils/x.ts', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['4 POST /v1/chat/completions openai', '5 POST /v1/embeddings openai', '6 POST /v1/chat/completions other']);
    // the same object in the file; a call's options object is not a constants object
    assert.deepEqual(found('const ENDPOINTS = {\n  chat: "https://api.openai.com/v1/chat/completions",\n};\nexport async function go(o: RequestInit) {\n  await fetch(ENDPOINTS.chat, o);\n  const u = ENDPOINTS.chat;\n  await fetch(u, o);\n}\n', 'a.ts'), ['5 POST /v1/chat/completions openai', '7 POST /v1/chat/completions openai']);
    // a Python class's attribute read through the class
    assert.deepEqual(found('import requests\n\nclass Endpoints:\n    CHAT = "https://api.openai.com/v1/chat/completions"\n\nclass Other:\n    CHAT = "http://localhost:8000/v1/chat/completions"\n\ndef ask(p):\n    requests.post(Endpoints.CHAT, json=p)\n    requests.post(Other.CHAT, json=p)\n', 'b.py'), ['10 POST /v1/chat/completions openai', '11 POST /v1/chat/completions other']);
  });

  it('found by held-out corpus 166: a Go struct field given a URL constant in one constructor and the caller\'s value in another', () => {
    const go = 'package gpt\n\nconst DefaultUrl = "https://api.openai.com/v1/chat/completions"\n\ntype Client struct {\n\turl string\n}\n\nfunc NewClient() *Client {\n\treturn &Client{url: DefaultUrl}\n}\n\nfunc NewClientCustomUrl(url string) *Client {\n\treturn &Client{url: url}\n}\n\nfunc (c *Client) Send(body io.Reader) {\n\treq, _ := http.NewRequest("POST", c.url, body)\n\thttp.DefaultClient.Do(req)\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['18 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(go.replace('&Client{url: url}', '&Client{url: DefaultUrl}'), 'client.go'), ['18 POST /v1/chat/completions openai']);
    // another literal that is no API URL keeps it unanswered
    assert.deepEqual(found(go.replace('&Client{url: url}', '&Client{url: "https://example.com/health"}'), 'client.go'), []);
  });

  it('found by held-out corpus 167: a client built where it is exported (`module.exports = new OpenAI(…)`, `export default new OpenAI(…)`)', () => {
    const project = new ProjectIndex();
    project.addFile('config/openai.js', 'const OpenAI = require("openai");\nmodule.exports = new OpenAI({\n  apiKey: process.env["OPENAI_API_KEY"],\n});\n');
    project.addFile('src/lib/ai.ts', 'import OpenAI from "openai";\nexport default new OpenAI({ baseURL: "http://localhost:11434/v1" });\n');
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`);
    assert.deepEqual(sites("const openai = require('../config/openai');\nexports.make = async () => openai.beta.assistants.create({ model: 'm' });\n", 'controllers/index.js'), ['2 /v1/assistants openai']);
    assert.deepEqual(sites('import ai from "./lib/ai";\nexport const go = () => ai.chat.completions.create({ model: "m", messages: [] });\n', 'src/use.ts'), ['2 /v1/chat/completions other']);
  });

  it('found by held-out corpus 168: a Go URL formatted onto a base the file also formats chat onto; a formatted URL that is no endpoint clears its variable; a client read through its imported Python module', () => {
    const go = 'package speed\n\ntype OpenAIClient struct {\n\tapiEndpoint string\n}\n\nfunc (c *OpenAIClient) Chat() {\n\trequestURL := fmt.Sprintf("%s/chat/completions", c.apiEndpoint)\n\treq, err := http.NewRequest("POST", requestURL, nil)\n}\n\nfunc (c *OpenAIClient) Models() {\n\trequestURL := fmt.Sprintf("%s/models", c.apiEndpoint)\n\treq, err := http.NewRequest("GET", requestURL, nil)\n}\n\nfunc (c *OpenAIClient) Health() {\n\trequestURL := fmt.Sprintf("%s/health", c.apiEndpoint)\n\treq, err := http.NewRequest("GET", requestURL, nil)\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['9 POST /v1/chat/completions unknown', '14 GET /v1/models unknown']);
    const project = new ProjectIndex();
    project.addFile('azure_client.py', 'from openai import AzureOpenAI\n\nclient = None\n\ndef init_azure_client(key, endpoint):\n    global client\n    client = AzureOpenAI(api_key=key, azure_endpoint=endpoint, api_version="2025-01-01-preview")\n');
    project.addFile('app/llm.py', 'from openai import OpenAI\nclient = OpenAI(base_url="http://localhost:11434/v1")\n');
    const sites = (text: string): string[] => detectCallSites(text, { fileName: 'rag.py', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`);
    assert.deepEqual(sites('import azure_client\nimport app.llm as llm\nfrom app import llm as l2\nazure_client.client.chat.completions.create(model="m", messages=[])\nllm.client.models.list()\nl2.client.models.list()\nazure_client.other.chat.completions.create()\n'), ['4 /v1/chat/completions azure', '5 /v1/models other', '6 /v1/models other']);
  });

  it('found by held-out corpus 169: a Python client handed in, else built by a factory another module defines (`client or default_openai_client()`)', () => {
    const project = new ProjectIndex();
    project.addFile('core/openai_client.py', 'def default_openai_client():\n    from openai import OpenAI\n\n    return OpenAI()\n');
    const py = 'from core.openai_client import default_openai_client\n\nclass Embedder:\n    def __init__(self, model, client=None):\n        self._client = client or default_openai_client()\n\n    def embed(self, texts):\n        return self._client.embeddings.create(model=self._model, input=texts)\n';
    const sites = detectCallSites(py, { fileName: 'core/embedder.py', project }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['8 /v1/embeddings unknown']);
    assert.match(sites[0]?.providerDetail ?? '', /^client passed in, else a client built by default_openai_client\(\) \(api\.openai\.com/);
    assert.deepEqual(detectCallSites(py.replace('client or default_openai_client()', 'default_openai_client()'), { fileName: 'core/embedder.py', project }).sites.map((s) => s.provider), ['openai']);
  });

  it('found by held-out corpus 169: C# requests with a relative path on an HttpClient whose BaseAddress the file sets', () => {
    const cs = 'public class OpenAIService\n{\n    private readonly HttpClient _http;\n    public OpenAIService()\n    {\n        _http = new HttpClient\n        {\n            BaseAddress = new Uri("https://api.openai.com/"),\n        };\n    }\n    public async Task<string> Ask(string json)\n    {\n        using var httpRequest = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions");\n        var response = await _http.SendAsync(httpRequest);\n        var r2 = await _http.PostAsync("v1/embeddings", new StringContent(json));\n        return "";\n    }\n}\n';
    assert.deepEqual(found(cs, 'OpenAIService.cs'), ['13 POST /v1/chat/completions openai', '15 POST /v1/embeddings openai']);
    // a base with a path: a relative path goes under it, a rooted one replaces it
    const local = 'class A {\n  void M() {\n    client.BaseAddress = new Uri("http://localhost:1234/v1/");\n    client.PostAsync("chat/completions", c);\n    client.PostAsync("/v1/embeddings", c);\n  }\n}\n';
    assert.deepEqual(found(local, 'a.cs'), ['4 POST /v1/chat/completions other', '5 POST /v1/embeddings other']);
  });

  it('found by held-out corpus 172: a URL as a parameter\'s default is the caller\'s choice; a method\'s attribute is not another class\'s; an Azure deployment URL formatted without its slash', () => {
    const py = 'import httpx, requests\nURL = "https://api.openai.com/v1/chat/completions"\n\nclass OpenAIClient:\n    def __init__(self, url: str = URL, timeout: int = 5):\n        self.url = url\n\n    async def send(self, messages):\n        async with httpx.AsyncClient() as client:\n            response = await client.post(\n                self.url,\n                json=messages,\n            )\n\nclass B:\n    def __init__(self, url="https://api.openai.com/v1/embeddings"):\n        self.url = url\n\n    def send(self, x):\n        return requests.post(self.url, json=x)\n';
    assert.deepEqual(found(py, 'client.py'), ['10 POST /v1/chat/completions unknown', '20 POST /v1/embeddings unknown']);
    const azure = 'import requests\napi_base = cfg("AZURE_OPENAI_API_ENDPOINT")\nurl = "{}openai/deployments/{}/chat/completions?api-version={}".format(api_base, deployment_id, api_version)\nresponse = requests.post(url, headers=headers, json=body)\n';
    assert.deepEqual(found(azure, 'chat.py'), ['4 POST /v1/chat/completions azure']);
  });

  it('found by held-out corpus 169: a Go base URL constant another file of the package declares, joined to a path', () => {
    const project = new ProjectIndex();
    project.addFile('openai/openai.go', 'package openai\n\nconst ApiUrl = "https://api.openai.com/v1"\n');
    const go = 'package openai\n\nfunc (c *Client) Chat(body io.Reader) {\n\treq, err := http.NewRequest("POST", ApiUrl+"/chat/completions", body)\n\t_ = err\n\thttp.DefaultClient.Do(req)\n}\n';
    project.addFile('openai/chat.go', go);
    assert.deepEqual(detectCallSites(go, { fileName: 'openai/chat.go', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['4 /v1/chat/completions openai']);
    // a file that declares the name itself is its own
    const own = go.replace('func (c *Client)', 'var ApiUrl = os.Getenv("API_URL")\n\nfunc (c *Client)');
    assert.deepEqual(detectCallSites(own, { fileName: 'openai/chat.go', project }).sites.map((s) => s.provider), ['unknown']);
  });

  it('found by held-out corpus 170: an openai-go service built or typed from its own package (`responses.NewResponseService(opts...)`, a field `service responses.ResponseService`)', () => {
    const go = 'package ai\n\nimport (\n\t"github.com/openai/openai-go/option"\n\t"github.com/openai/openai-go/responses"\n)\n\ntype ResponsesClient struct {\n\tservice responses.ResponseService\n}\n\nfunc NewResponsesClient(base string) *ResponsesClient {\n\treturn &ResponsesClient{service: responses.NewResponseService(option.WithBaseURL(base))}\n}\n\nfunc (c *ResponsesClient) Create(ctx context.Context, params responses.ResponseNewParams) {\n\t_, err := c.service.New(ctx, params)\n\tstream := c.service.NewStreaming(ctx, params)\n\tsvc := responses.NewResponseService()\n\tsvc.New(ctx, params)\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['17 POST /v1/responses unknown', '18 POST /v1/responses unknown', '20 POST /v1/responses openai']);
  });

  it('found by held-out corpus 173: a Python or Node program given in place over several lines in a shell script (`python3 -c "…"`)', () => {
    const sh = '#!/bin/bash\necho "testing"\npython3 -c "\nimport openai\nclient = openai.OpenAI()\nr = client.chat.completions.create(model=\'m\', messages=[])\nprint(\\"ok\\")\n"\nnode -e \'\nconst OpenAI = require("openai");\nnew OpenAI().models.list();\n\'\npython3 -c "print(1)"\npython3 -c "$SCRIPT"\n';
    assert.deepEqual(found(sh, 'test.sh'), ['6 POST /v1/chat/completions openai', '11 GET /v1/models openai']);
    // a program never closed is no program; a here-document's body is read as its own
    assert.deepEqual(found('python3 -c "\nimport openai\nopenai.OpenAI().models.list()\n', 'open.sh'), []);
    assert.deepEqual(found("python3 - <<'EOF'\nimport openai\nos.system('python3 -c \"x\"')\nopenai.OpenAI().models.list()\nEOF\n", 'h.sh'), ['4 GET /v1/models openai']);
  });

  it('found by held-out corpus 175: a client-like name with an instance suffix (`clientInstance`) passed in', () => {
    const js = 'import OpenAI from "openai";\nexport async function createResponse(clientInstance, params) {\n  return await clientInstance.responses.create(params);\n}\nexport const other = (groqInstance, p) => groqInstance.chat.completions.create(p);\n';
    assert.deepEqual(found(js, 'openai.js'), ['3 POST /v1/responses unknown']);
  });

  it('found by held-out corpus 176: Ruby builds a request with the URI\'s path (`Net::HTTP::Post.new(uri.path, headers)`)', () => {
    const rb = 'class OpenaiService\n  def chat(key)\n    uri = URI("https://api.openai.com/v1/chat/completions")\n    http = Net::HTTP.new(uri.host, uri.port)\n    req = Net::HTTP::Post.new(uri.path, { "Authorization" => "Bearer #{key}" })\n    other = URI("https://example.com/status")\n    Net::HTTP::Get.new(other.path)\n    http.request(req)\n  end\nend\n';
    assert.deepEqual(found(rb, 'openai_service.rb'), ['5 POST /v1/chat/completions openai']);
  });

  it('review of the fourteenth session: defaults, members, bases and programs stay where they belong', () => {
    // a parameter's default holds in its own function only
    assert.deepEqual(found('import requests\nURL = "https://api.openai.com/v1/chat/completions"\ndef a(url=URL):\n    pass\ndef download(url):\n    return requests.get(url)\n', 'p1.py'), []);
    // a Ruby `uri.path` is its own method's `uri`
    assert.deepEqual(found('class OpenaiService\n  def chat\n    uri = URI("https://api.openai.com/v1/chat/completions")\n    Net::HTTP::Post.new(uri.path)\n  end\n  def status\n    uri = URI.parse(ENV["STATUS_URL"])\n    Net::HTTP::Get.new(uri.path)\n  end\nend\n', 'r.rb'), ['4 POST /v1/chat/completions openai']);
    // C#: a client with a base from configuration beside one with OpenAI's; `new()`; a base without its closing slash; no endpoint
    assert.deepEqual(found('public class Svc {\n  public Svc(IConfiguration cfg) {\n    _openai = new HttpClient { BaseAddress = new Uri("https://api.openai.com/") };\n    _local = new HttpClient { BaseAddress = new Uri(cfg["LocalLlm"]) };\n  }\n  public async Task Ask() {\n    var req = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions");\n    await _local.SendAsync(req);\n    await _openai.PostAsync("v1/embeddings", c);\n  }\n}\n', 'cs1.cs'), ['9 POST /v1/embeddings openai']);
    assert.deepEqual(found('class A {\n  HttpClient _http = new() { BaseAddress = new Uri("https://api.openai.com/") };\n  void M() {\n    _http.PostAsync("v1/chat/completions", c);\n    _http.GetAsync("users/me/settings");\n  }\n}\n', 'cs2.cs'), ['4 POST /v1/chat/completions openai']);
    // (a base set at run time: a fixed endpoint's path is the API's on it, another path is not)
    const runtime = 'public class OpenAIService {\n  public OpenAIService(HttpClient httpClient, IOptions<OpenAIOptions> options) {\n    _httpClient = httpClient;\n    _httpClient.BaseAddress = new Uri(options.Value.BaseUrl.TrimEnd(\'/\') + "/");\n  }\n  async Task Ask() {\n    using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions");\n    await _httpClient.PostAsync("users/me", c);\n    await _httpClient.PostAsync("audio/transcriptions", form);\n  }\n}\n';
    assert.deepEqual(found(runtime, 'cs3.cs'), ['7 POST /v1/chat/completions unknown', '9 POST /v1/audio/transcriptions unknown']);
    // a nested class's attribute is not the outer class's; an object member set again; a function's own object
    assert.deepEqual(found('import requests\n\nclass Outer:\n    class Endpoints:\n        CHAT = "https://api.openai.com/v1/chat/completions"\n    CHAT = "http://localhost:11434/api/chat"\n\nrequests.post(Outer.CHAT, json={})\n', 'c2.py'), []);
    assert.deepEqual(found('const ENDPOINTS = {\n  chat: "https://api.openai.com/v1/chat/completions",\n};\nENDPOINTS.chat = "http://localhost:11434/api/chat";\nfetch(ENDPOINTS.chat, { method: "POST" });\n', 'o3.js'), []);
    assert.deepEqual(found('function build() {\n  const cfg = { url: "https://api.openai.com/v1/chat/completions" };\n  return cfg;\n}\nexport function health(cfg) {\n  return fetch(cfg.url);\n}\n', 'o1.js'), []);
    // a double-quoted program's escapes are the shell's
    assert.deepEqual(found('python3 -c "\nimport requests\nrequests.post(\\"https://api.openai.com/v1/embeddings\\", json={})\n"\n', 's4.sh'), ['3 POST /v1/embeddings openai']);
    // Go: a parameter or local of the package constant's name is the function's own
    const project = new ProjectIndex();
    project.addFile('a/consts.go', 'package main\nconst ApiUrl = "https://api.openai.com/v1"\n');
    const go = (body: string): string[] => detectCallSites(`package main\n\n${body}`, { fileName: 'a/main.go', project }).sites.map((x) => x.provider);
    assert.deepEqual(go('func Chat(ApiUrl, model string, body io.Reader) {\n\treq, _ := http.NewRequest("POST", ApiUrl+"/chat/completions", body)\n\thttp.DefaultClient.Do(req)\n}\n'), ['unknown']);
    assert.deepEqual(go('func Local(body io.Reader) {\n\tApiUrl, err := localURL()\n\treq, _ := http.NewRequest("POST", ApiUrl+"/chat/completions", body)\n\t_ = err\n}\n'), ['unknown']);
    // Python: a parameter of an imported module's name is the caller's object
    project.addFile('app/llm.py', 'from openai import OpenAI\nclient = OpenAI()\n');
    assert.deepEqual(detectCallSites('import app.llm as llm\n\ndef b(llm):\n    return llm.client.models.list()\n', { fileName: 'app/use.py', project }).sites.map((x) => x.provider).filter((p) => p === 'openai'), []);
  });

  it('review of the fourteenth session: close variants of a client handed in with a factory as fallback, and a frozen constants object', () => {
    const project = new ProjectIndex();
    project.addFile('core/openai_client.py', 'def default_openai_client():\n    from openai import OpenAI\n\n    return OpenAI()\n');
    const py = 'from core.openai_client import default_openai_client\n\nclass A:\n    def __init__(self, client=None):\n        self.client = client\n        self.c5 = self.client or default_openai_client()\n        self.c4 = client if client else default_openai_client()\n\n    def go(self):\n        self.c5.models.list()\n        self.c4.models.list()\n';
    assert.deepEqual(detectCallSites(py, { fileName: 'core/use.py', project }).sites.map((s) => `${s.range.start.line + 1} ${s.provider}`), ['10 unknown', '11 unknown']);
    assert.deepEqual(found('const E2 = Object.freeze({ chat: "https://api.openai.com/v1/chat/completions" });\nfetch(E2.chat, { method: "POST" });\n', 'fr.js'), ['2 POST /v1/chat/completions openai']);
  });
  it('found by held-out corpora 178 and 180: a TypeScript request naming its response type on an axios instance (`api.post<Reply>("/chat/completions")`); an instance whose base a constructor sets once (`this.baseURL = "…"`), also for a one-segment path', () => {
    const ts = 'import axios, { AxiosInstance } from "axios";\nexport class GPT {\n  private readonly axios: AxiosInstance;\n  constructor() {\n    this.axios = axios.create({ baseURL: "https://api.openai.com/v1" });\n  }\n  async ask() {\n    const { data } = await this.axios.post<Reply>("/chat/completions", {});\n  }\n}\n';
    assert.deepEqual(found(ts, 'gpt.ts'), ['8 POST /v1/chat/completions openai']);
    const js = 'import axios from "axios";\nexport class OpenRouter {\n  constructor() {\n    this.baseURL = "https://openrouter.ai/api/v1";\n    this.client = axios.create({ baseURL: this.baseURL });\n  }\n  async chat(b) {\n    return this.client.post("/chat/completions", b);\n  }\n  async models() {\n    return this.client.get("/models");\n  }\n}\n';
    assert.deepEqual(found(js, 'openrouter.js'), ['8 POST /v1/chat/completions other', '11 GET /v1/models other']);
    // set twice, the base is the program's choice
    const twice = js.replace('    this.client = axios', '    if (process.env.LOCAL) this.baseURL = "http://localhost:1234/v1";\n    this.client = axios');
    assert.deepEqual(found(twice, 'openrouter.js'), ['9 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 180: an Azure deployment URL whose base a function tidies in place and whose deployment spans lines', () => {
    const ts = 'async function chat(input: { endpoint: string; deployment: string }) {\n  const endpoint = `${normalizeEndpoint(input.endpoint)}/openai/deployments/${encodeURIComponent(\n    input.deployment\n  )}/chat/completions?api-version=${VERSION}`;\n  return fetch(endpoint, { method: "POST" });\n}\n';
    assert.deepEqual(found(ts, 'azure.ts'), ['5 POST /v1/chat/completions azure']);
  });

  it('found by held-out corpus 178: a Go function\'s own URL variable is not another function\'s, and a default given only when the value is empty is the run time\'s', () => {
    const go = [
      'package emb',
      'const defaultURL = "https://openrouter.ai/api/v1/embeddings"',
      'func (e *OpenRouter) Embed(ctx context.Context) {',
      '\turl := e.BaseURL',
      '\tif url == "" {',
      '\t\turl = defaultURL',
      '\t}',
      '\treq, _ := http.NewRequestWithContext(ctx, "POST", url, body)',
      '}',
      'func (e *Ollama) Embed(ctx context.Context) {',
      '\tbase := e.BaseURL',
      '\turl := base + "/api/embeddings"',
      '\treq, _ := http.NewRequestWithContext(ctx, "POST", url, body)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'emb.go'), ['8 POST /v1/embeddings unknown']);
    // set unconditionally, the literal holds
    assert.deepEqual(found(go.replace('\tif url == "" {\n\t\turl = defaultURL\n\t}', '\turl = defaultURL'), 'emb.go'), ['6 POST /v1/embeddings other']);
  });

  it('found by held-out corpus 178: openai-go\'s polling helpers (`Runs.NewAndPoll`, `FileBatches.UploadAndPoll`)', () => {
    const go = 'package main\nimport "github.com/openai/openai-go"\nfunc main() {\n\tclient := openai.NewClient()\n\trun, _ := client.Beta.Threads.Runs.NewAndPoll(ctx, thread.ID, params, 0)\n\tbatch, _ := client.VectorStores.FileBatches.UploadAndPoll(ctx, vs.ID, files, nil, 0)\n\tf, _ := client.VectorStores.Files.PollStatus(ctx, vs.ID, id, 0)\n}\n';
    const sites = detectCallSites(go, { fileName: 'main.go' }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${(s.alsoEndpoints ?? []).join(' ')}`);
    assert.deepEqual(sites, [
      '5 MULTI /v1/threads/{thread_id}/runs /v1/threads/{thread_id}/runs/{run_id}',
      '6 MULTI /v1/files /v1/vector_stores/{vector_store_id}/file_batches /v1/vector_stores/{vector_store_id}/file_batches/{batch_id}',
      '7 GET /v1/vector_stores/{vector_store_id}/files/{file_id} ',
    ]);
  });

  it('found by held-out corpus 179: curl to a URL whose variable takes another variable\'s URL as its default (`${TTS_URL:-$TTS_DEFAULT_URL}`)', () => {
    const sh = '#!/bin/bash\nTTS_DEFAULT_URL="http://127.0.0.1:8881/v1/audio/speech"\nspeak() {\n  local url="${TTS_URL:-$TTS_DEFAULT_URL}"\n  http_code=$(curl -s -o out.wav -w \'%{http_code}\' \\\n    -X POST "$url" \\\n    --data "$payload")\n}\n';
    assert.deepEqual(found(sh, 'tts.sh'), ['5 POST /v1/audio/speech unknown']);
  });

  it('found by held-out corpus 180: a Ruby client kept in a top-level constant of another file (`OPENAI = Faraday.new(url: "…")`)', () => {
    const project = new ProjectIndex();
    project.addFile('lib/openai.rb', "OPENAI = Faraday.new(\n  url: 'https://api.openai.com/v1',\n  request: { timeout: 3 }\n)\n");
    const rb = "class Link\n  def tag!\n    response = OPENAI.post('chat/completions') do |req|\n      req.body = {}.to_json\n    end\n  end\nend\n";
    project.addFile('models/link.rb', rb);
    assert.deepEqual(detectCallSites(rb, { fileName: 'models/link.rb', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['3 /v1/chat/completions openai']);
  });

  it('found by held-out corpus 181: a C# HttpClient whose BaseAddress is a setting with a literal fallback sends a relative path to a host decided at run time', () => {
    const cs = 'class S {\n  S(Settings settings) {\n    _baseUrl = settings.BaseUrl;\n    if (!string.IsNullOrEmpty(_baseUrl))\n      _httpClient.BaseAddress = new Uri(_baseUrl);\n    else\n      _httpClient.BaseAddress = new Uri("https://api.openai.com/");\n  }\n  async Task Ask() {\n    var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions");\n  }\n}\n';
    assert.deepEqual(found(cs, 'S.cs'), ['10 POST /v1/chat/completions unknown']);
  });
  it('found by held-out corpus 182: curl options from an array the script fills (`"${curl_args[@]}"`), and a Python class whose client an abstract property leaves to subclasses', () => {
    const sh = '#!/bin/bash\ncurl_args=(-H "Authorization: Bearer $KEY")\ncurl_args+=(\n  -F "model=whisper-1"\n)\nresponse=$(curl -s "${curl_args[@]}" "https://api.openai.com/v1/audio/transcriptions")\n';
    assert.deepEqual(found(sh, 't.sh'), ['6 POST /v1/audio/transcriptions openai']);
    const py = 'from abc import ABC, abstractmethod\n\nclass BaseOpenAIClient(ABC):\n    @property\n    @abstractmethod\n    def client(self):\n        pass\n\n    def chat(self, messages):\n        return self.client.chat.completions.create(model="m", messages=messages)\n';
    assert.deepEqual(found(py, 'base.py'), ['10 POST /v1/chat/completions unknown']);
    // (a class not named for OpenAI says nothing of whose client it is)
    assert.deepEqual(found(py.replace('BaseOpenAIClient', 'BaseLLM'), 'base.py'), []);
  });

  it('found by held-out corpora 182, 183 and 185: Go one-segment paths on a base of a type named for OpenAI or in a file whose only literal base is OpenAI\'s; a struct literal\'s field given a formatted deployment URL', () => {
    const recv = 'package llm\n\nfunc (o *OpenAI) do(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, o.cfg.BaseURL+"/responses", body)\n}\n';
    assert.deepEqual(found(recv, 'openai.go'), ['4 POST /v1/responses unknown']);
    assert.deepEqual(found(recv.replace('*OpenAI', '*Store'), 'store.go'), []);
    const flag = 'package main\n\nconst defaultBaseURL = "https://api.openai.com/v1"\n\nfunc post(baseURL string) {\n\treq, _ := http.NewRequest(http.MethodPost, strings.TrimRight(baseURL, "/")+"/responses", body)\n}\n';
    assert.deepEqual(found(flag, 'main.go'), ['6 POST /v1/responses unknown']);
    const keyed = 'package llm\n\nfunc New() *Client {\n\treturn &Client{\n\t\tchatURL: fmt.Sprintf("%s/openai/deployments/%s/chat/completions?api-version=%s",\n\t\t\tbase, deployment, version),\n\t}\n}\n\nfunc (c *Client) Chat(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.chatURL, body)\n}\n';
    assert.deepEqual(found(keyed, 'azure.go'), ['11 POST /v1/chat/completions azure']);
  });

  it('found by held-out corpora 184 and 185: a URL constant of a class or a Rust crate another file declares; a class attribute read through `self`', () => {
    const project = new ProjectIndex();
    project.addFile('lib/utils/app_constants.dart', "class AppConstants {\n  static const String openaiBaseUrl =\n      'https://api.openai.com/v1/chat/completions';\n}\n");
    const dart = "import '../utils/app_constants.dart';\nclass S {\n  Future<void> ask() async {\n    final response = await http.post(\n      Uri.parse(AppConstants.openaiBaseUrl),\n      body: body,\n    );\n  }\n}\n";
    assert.deepEqual(detectCallSites(dart, { fileName: 'lib/services/s.dart', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['4 /v1/chat/completions openai']);
    project.addFile('src/main.rs', 'pub const BASE_URL: &str = "https://api.groq.com/openai/v1";\n');
    const rs = 'use crate::BASE_URL;\nasync fn ask(client: &reqwest::Client) {\n    let res = client\n        .post(format!("{BASE_URL}/chat/completions"))\n        .send()\n        .await;\n}\n';
    assert.deepEqual(detectCallSites(rs, { fileName: 'src/summarize.rs', project }).sites.map((s) => `${s.endpoint} ${s.provider}`), ['/v1/chat/completions other']);
    const py = 'import requests\n\nclass OpenRouter:\n    BASE_URL = "https://openrouter.ai/api/v1"\n\n    def chat(self, body):\n        url = f"{self.BASE_URL}/chat/completions"\n        return requests.post(url, json=body)\n';
    assert.deepEqual(found(py, 'or.py'), ['8 POST /v1/chat/completions other']);
    // (set again in a method, the attribute is the instance's own)
    assert.deepEqual(found(py.replace('    def chat', '    def __init__(self, base):\n        self.BASE_URL = base\n\n    def chat'), 'or.py'), ['11 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 184: a client a project module builds, brought by a star import or a plain one and kept on `self`', () => {
    const project = new ProjectIndex();
    project.addFile('src/openai_init.py', 'from openai import OpenAI\nclient = OpenAI()\n');
    const star = 'try:\n    from src.openai_init import *\nexcept ImportError:\n    from openai_init import *\n\nclass T:\n    def __init__(self):\n        self.client = client\n\n    def go(self, f):\n        return self.client.audio.transcriptions.create(model="whisper-1", file=f)\n';
    const sites = (text: string): string[] => detectCallSites(text, { fileName: 'src/whisper.py', project }).sites.map((s) => `${s.range.start.line + 1} ${s.provider}`);
    assert.deepEqual(sites(star), ['11 openai']);
    assert.deepEqual(sites(star.replace(/import \*/g, 'import client')), ['11 openai']);
    // a parameter of that name is the caller's client: one the project builds, all with the default base URL
    assert.deepEqual(sites(star.replace('def __init__(self):', 'def __init__(self, client):')), ['11 openai']);
    project.addFile('src/local.py', 'from openai import OpenAI\nlocal = OpenAI(base_url="http://localhost:11434/v1")\n');
    assert.deepEqual(sites(star.replace('def __init__(self):', 'def __init__(self, client):')), ['11 unknown']);
  });

  it('found by held-out corpus 185: openai<1.0 chat with `engine=` and no api_type set in the file is an Azure deployment or not by the environment', () => {
    const py = 'import openai\nfrom dotenv import load_dotenv\nload_dotenv()\nr = openai.ChatCompletion.create(engine=deployment, messages=[])\n';
    assert.deepEqual(found(py, 'nb.py'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(py.replace('engine=deployment', 'model="gpt-4"'), 'nb.py'), ['4 POST /v1/chat/completions openai']);
  });
  it('found by held-out corpora 186 and 187: a Go method that returns the URL (`c.buildURL()`, `p.endpoint()`); an app\'s own API under `/api/v1/` on a local server is no endpoint, nor a verb the endpoint lacks', () => {
    const go = 'package llm\n\nfunc (c *Client) buildURL() string {\n\tbase := strings.TrimRight(c.baseURL, "/")\n\treturn fmt.Sprintf("%s/chat/completions", base)\n}\n\nfunc (c *Client) chat(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.buildURL(), body)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['9 POST /v1/chat/completions unknown']);
    const azure = 'package ai\n\nfunc (p *Azure) endpoint() string {\n\treturn fmt.Sprintf("https://%s.openai.azure.com/openai/deployments/%s/chat/completions?api-version=%s", r, d, v)\n}\n\nfunc (p *Azure) Generate(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, "POST", p.endpoint(), body)\n}\n';
    assert.deepEqual(found(azure, 'azure.go'), ['8 POST /v1/chat/completions azure']);
    const http = '### update\nPUT http://localhost:8080/api/v1/models/1\nContent-Type: application/json\n\n{}\n\n### delete\nDELETE http://localhost:8080/api/v1/models/1\n\n### a local server\nGET http://localhost:11434/v1/models\n';
    assert.deepEqual(found(http, 'api.http'), ['11 GET /v1/models other']);
  });
  it('found by held-out corpora 183 and 189: PHP joins `$this->thread_id` into a URL; a helper that posts unless told `post: false` fetches; a Ruby connection made for one whole URL sends to it when called with no path', () => {
    const php = '<?php\nclass A {\n  function add() {\n    $this->openai_api_post(url: "https://api.openai.com/v1/threads/" . $this->thread_id . "/messages", postfields: "{}");\n  }\n  function get_run($t, $r) {\n    $this->openai_api_post(url: "https://api.openai.com/v1/threads/" . $t . "/runs/" . $r, post: false);\n  }\n  protected function openai_api_post(string $url, string $postfields = "", bool $post = true) {\n    $ch = curl_init($url);\n    curl_setopt($ch, CURLOPT_POST, $post);\n    return curl_exec($ch);\n  }\n}\n';
    assert.deepEqual(found(php, 'ChatGPT.php'), ['4 POST /v1/threads/{thread_id}/messages openai', '7 GET /v1/threads/{thread_id}/runs/{run_id} openai']);
    const faraday = "class OpenaiService\n  def self.conn\n    Faraday.new(url: 'https://api.openai.com/v1/chat/completions')\n  end\n\n  def self.ask(payload)\n    response = conn.post do |req|\n      req.body = payload.to_json\n    end\n  end\nend\n";
    assert.deepEqual(found(faraday, 'openai_service.rb'), ['7 POST /v1/chat/completions openai']);
    const excon = "class OpenRouter\n  def eval(*messages)\n    excon_response = connection.post(\n      body: { model: model }.to_json\n    )\n  end\n\n  def connection\n    Excon.new(\n      'https://openrouter.ai/api/v1/chat/completions',\n      expects: 200\n    )\n  end\nend\n";
    assert.deepEqual(found(excon, 'open_router.rb'), ['3 POST /v1/chat/completions other']);
    // (a connection to another API's URL, or a verb its endpoint lacks, is nothing of ours)
    assert.deepEqual(found(faraday.replace('https://api.openai.com/v1/chat/completions', 'https://example.com/api/things'), 'svc.rb'), []);
    assert.deepEqual(found(faraday.replace('conn.post do', 'conn.put do'), 'svc.rb'), []);
    // (an instance variable handed to the request: `HTTParty.post(@url, …)` of `@url = "…"` set in the constructor)
    assert.deepEqual(found('class A\n  def initialize\n    @url = "https://api.openai.com/v1/chat/completions"\n  end\n\n  def go\n    HTTParty.post(@url, body: b)\n  end\nend\n', 'a.rb'), ['7 POST /v1/chat/completions openai']);
  });
  it('found by held-out corpus 196: a run-time base whose default is OpenAI\'s makes any of its paths an endpoint; a PHP helper whose brace opens the next line, setting its URL with CURLOPT_URL; go-openai\'s base given another host by `strings.Replace`', () => {
    const ts = 'const up = await fetch(`${env.AI_API_GATEWAY || "https://api.openai.com/v1"}/files`, {\n  method: "POST",\n  body: formData,\n});\nconst vs = await fetch(`${env.GW ?? "https://api.openai.com/v1"}/vector_stores/${id}/files`, { method: "POST", body });\nconst other = await fetch(`${env.GW || "https://example.com"}/files`, { method: "POST", body });\n';
    assert.deepEqual(found(ts, 'tx.ts'), ['1 POST /v1/files unknown', '5 POST /v1/vector_stores/{vector_store_id}/files unknown']);
    const php = '<?php\nfunction openai_call($url, $data)\n{\n\t$ch = curl_init();\n\tcurl_setopt($ch, CURLOPT_URL, $url);\n\tcurl_setopt($ch, CURLOPT_POST, 1);\n\treturn curl_exec($ch);\n}\n$u = "https://api.openai.com/v1/embeddings";\n$r = openai_call($u, $data);\n';
    assert.deepEqual(found(php, 'openai.php'), ['10 POST /v1/embeddings openai']);
    const go = 'package gpt\n\nimport "github.com/sashabaranov/go-openai"\n\nfunc Ask(q string) {\n\tconfig := openai.DefaultConfig(token)\n\tapiUrl, _ := url.Parse(custom)\n\tbaseUrl, _ := url.Parse(config.BaseURL)\n\tconfig.BaseURL = strings.Replace(config.BaseURL, baseUrl.Host, apiUrl.Host, 1)\n\tc := openai.NewClientWithConfig(config)\n\tc.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(go, 'chatgpt.go'), ['11 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(go.replace('strings.Replace(config.BaseURL, baseUrl.Host, apiUrl.Host, 1)', 'strings.TrimSuffix(config.BaseURL, "/")'), 'chatgpt.go'), ['11 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 199: a class inherits the client its base class, imported from another module of the project, keeps on `self`', () => {
    const project = new ProjectIndex();
    project.addFile('agents/base_agent.py', 'from openai import AzureOpenAI\n\nclass BaseAgent:\n    def __init__(self, settings):\n        self.client = AzureOpenAI(api_key=settings.key, azure_endpoint=settings.endpoint, api_version="2024-06-01")\n');
    const agent = 'from agents.base_agent import BaseAgent\n\nclass FeedbackAgent(BaseAgent):\n    def run(self, prompt):\n        return self.client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])\n';
    const sites = (text: string, p: ProjectIndex): string[] => detectCallSites(text, { fileName: 'agents/feedback_agent.py', project: p }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`);
    assert.deepEqual(sites(agent, project), ['5 azure']);
    // (through another thread's copy of the index too; and not for a class that does not inherit it)
    assert.deepEqual(sites(agent, new ProjectIndex(project.data())), ['5 azure']);
    assert.deepEqual(sites(agent.replace('class FeedbackAgent(BaseAgent):', 'class FeedbackAgent(Agent):'), project), []);
    // (found in review) a class header without brackets ends on its own line: the next class's client is not its
    const two = new ProjectIndex();
    two.addFile('agents/base_agent.py', 'from openai import AzureOpenAI\n\nclass BaseAgent:\n    pass\n\nclass Other(BaseAgent):\n    def __init__(self):\n        self.client = AzureOpenAI(api_version="2024-06-01")\n');
    assert.deepEqual(sites(agent, two), []);
  });

  it('found by held-out corpus 204: a Go method that takes arguments and returns an openai-go client, its result kept in a variable', () => {
    const go = 'package llm\n\nimport (\n\t"github.com/openai/openai-go/v3"\n\t"github.com/openai/openai-go/v3/option"\n)\n\ntype OpenAI struct{ client openai.Client }\n\nfunc (o *OpenAI) clientFor(ctx context.Context) openai.Client {\n\treturn o.client\n}\n\nfunc (o *OpenAI) Complete(ctx context.Context, params responses.ResponseNewParams) {\n\tc := o.clientFor(ctx)\n\tresp, err := c.Responses.New(ctx, params)\n\t_ = resp\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['16 POST /v1/responses unknown']);
  });

  it('found by held-out corpus 201: openai<1.0 set to Azure only under a condition, a call with model= and no engine= runs on the other path; an axios base whose template fills in only the subdomain of a written domain', () => {
    const py = 'import openai\n\nclass Bot:\n  def __init__(self, options):\n    self.azure = options.azure_endpoint is not None\n    if options.azure_endpoint:\n      openai.api_base = options.azure_endpoint\n      openai.api_type = "azure"\n\n  async def ask(self, messages):\n    if self.azure:\n      return await openai.ChatCompletion.acreate(engine=self.model, messages=messages)\n    else:\n      return await openai.ChatCompletion.acreate(model=self.model, messages=messages)\n';
    assert.deepEqual(found(py, 'gpt.py'), ['12 POST /v1/chat/completions azure', '14 POST /v1/chat/completions openai']);
    // (set on every run, a call without engine= stays Azure's: openai<1.0 refuses it there, the code does not choose)
    assert.deepEqual(found(py.replace('    if options.azure_endpoint:\n      openai.api_base = options.azure_endpoint\n      openai.api_type = "azure"\n', '    openai.api_base = options.azure_endpoint\n    openai.api_type = "azure"\n'), 'gpt.py'), ['11 POST /v1/chat/completions azure', '13 POST /v1/chat/completions azure']);
    const ts = 'import axios, { AxiosInstance } from "axios";\nconst axiosClient: AxiosInstance = axios.create({\n  baseURL: `https://${resourceName}.openai.azure.com/openai/deployments/gpt35/chat/completions`,\n  params: { "api-version": "2023-03-15-preview" },\n});\nexport async function ask(messages) {\n  return axiosClient.post("", { messages });\n}\n';
    assert.deepEqual(found(ts, 'azure-openai.ts'), ['7 POST /v1/chat/completions azure']);
  });

  it('found by held-out corpus 198: Apache HttpClient\'s `new HttpPost(url)` names its verb; a PHP string joining a property whose literal default no method replaces', () => {
    const java = 'class A {\n    private static final String API_URL = "https://api.openai.com/v1/chat/completions";\n    void f() {\n        HttpPost post = new HttpPost(API_URL);\n        HttpGet get = new HttpGet("https://api.openai.com/v1/models");\n        HttpPost other = new HttpPost("https://example.com/v1/upload");\n    }\n}\n';
    assert.deepEqual(found(java, 'A.java'), ['4 POST /v1/chat/completions openai', '5 GET /v1/models openai']);
    // (found in review) C#'s route attributes of the same names register routes; they send nothing
    assert.deepEqual(found('public class C : ControllerBase {\n    [HttpPost("https://api.openai.com/v1/chat/completions")]\n    public IActionResult Post() => Ok();\n}\n', 'C.cs'), []);
    const php = '<?php\nclass OpenRouterService {\n    protected $baseUrl = "https://openrouter.ai/api/v1";\n    public function chat($body) {\n        return Http::withoutVerifying()\n            ->withHeaders($h)\n            ->post("$this->baseUrl/chat/completions", $body);\n    }\n}\n';
    assert.deepEqual(found(php, 'OpenRouterService.php'), ['7 POST /v1/chat/completions other']);
    // (a property a method sets is decided there: the literal is only its first value)
    assert.deepEqual(found(php.replace('    public function chat', '    public function __construct() { $this->baseUrl = config("ai.url"); }\n    public function chat'), 'OpenRouterService.php'), ['8 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 197: a client an arrow builds behind a wrapper (`lazy(() => …)`) or caches in a global; a factory imported as a module\'s default; a C# method sending its path on a client of known base; a Go URL function whose branches differ in destination; not Replicate\'s `/v1/models/{…}/predictions`', () => {
    const lazy = 'import openai, { OpenAI } from "openai";\nimport { lazy } from "./utility";\nconst openAiClient = lazy(() => {\n  return new openai.OpenAI({ apiKey: process.env.KEY })\n})\nconst xai = lazy(() => {\n  const client = new OpenAI({ apiKey: k, baseURL: "https://api.x.ai/v1" })\n  return client\n})\nawait openAiClient().chat.completions.create({ model: "m", messages: [] })\nawait xai().chat.completions.create({ model: "m", messages: [] })\n';
    assert.deepEqual(found(lazy, 'llm.ts'), ['10 POST /v1/chat/completions openai', '11 POST /v1/chat/completions other']);
    const lib = 'import { AzureOpenAI } from "openai";\nconst getClient = () => {\n  if (global.azureClient) return global.azureClient;\n  global.azureClient = new AzureOpenAI({ endpoint, apiKey, apiVersion: "2025-01-01-preview" });\n  return global.azureClient;\n};\nexport default getClient;\n';
    const project = new ProjectIndex();
    project.addFile('src/lib/azure-openai.ts', lib);
    const route = "import getClient, { DEPLOYMENT } from '@/lib/azure-openai';\nexport async function POST() {\n  const client = getClient();\n  return client.chat.completions.create({ model: DEPLOYMENT, messages: [] });\n}\n";
    assert.deepEqual(detectCallSites(route, { fileName: 'src/app/route.ts', project }).sites.map((x) => `${x.range.start.line + 1} ${x.provider}`), ['4 azure']);
    const cs = 'class S {\n  public S(HttpClient h) { _httpClient = h; _httpClient.BaseAddress = new Uri("https://api.openai.com/v1/"); }\n  public async Task A() {\n    var r = await CallPostAsyncWithRetry("chat/completions", content);\n    var u = await CallPostAsyncWithRetry("users/me", content);\n  }\n  private async Task<HttpResponseMessage> CallPostAsyncWithRetry(string url, HttpContent content)\n  {\n    return await _httpClient.PostAsync(url, content);\n  }\n}\n';
    assert.deepEqual(found(cs, 'S.cs'), ['4 POST /v1/chat/completions openai']);
    const go = 'package llm\n\nfunc imagesURL(endpoint, deployment string) string {\n\tbase := strings.TrimRight(endpoint, "/")\n\tif IsV1(base) {\n\t\treturn base + "/images/generations?api-version=" + v\n\t}\n\treturn fmt.Sprintf("%s/openai/deployments/%s/images/generations?api-version=%s", base, deployment, v)\n}\n\nfunc Gen(ctx context.Context) {\n\turl := imagesURL(endpoint, deployment)\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, body)\n\t_ = req\n}\n';
    assert.deepEqual(found(go, 'images.go'), ['13 POST /v1/images/generations unknown']);
    const replicate = 'let prediction = self\n    .client\n    .post(format!(\n        "{}/v1/models/{}/predictions",\n        self.api_url, self.model_version\n    ))\n    .send()\n    .await?;\n';
    assert.deepEqual(found(replicate, 'diffusion.rs'), []);
  });

  it('found by held-out corpora 190 and 193: a Node client made only when a key is there, over lines; a run-time base in a JavaScript file whose only literal base is OpenAI\'s; openai<1.0 `engine=` naming a deployment; an Azure `api_type` on every path of an `if`', () => {
    const js = 'import OpenAI from "openai";\nconst openai = process.env.OPENAI_API_KEY\n  ? new OpenAI({ apiKey: process.env.OPENAI_API_KEY })\n  : null;\nawait openai.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(js, 'bot.js'), ['5 POST /v1/chat/completions openai']);
    const base = "const baseUrl = (process.env.OPENAI_BASE_URL?.trim() || 'https://api.openai.com/v1').replace(/\\/+$/, '');\nconst res = await fetch(`${baseUrl}/responses`, { method: 'POST', body });\n";
    assert.deepEqual(found(base, 'import.js'), ['2 POST /v1/responses unknown']);
    // (beside another literal base, a one-segment path says nothing)
    assert.deepEqual(found(`const other = "https://example.com/v1";\n${base}`, 'import.js'), []);
    const legacy = 'import openai\n\nclass R:\n    def embed(self, text):\n        return openai.Embedding.create(engine=self.embedding_deployment, input=text)\n\n    def plain(self, text):\n        return openai.Embedding.create(engine="text-embedding-ada-002", input=text)\n';
    assert.deepEqual(found(legacy, 'company.py'), ['5 POST /v1/embeddings unknown', '8 POST /v1/embeddings openai']);
    const branches = 'import openai\nopenai.api_base = f"https://{SERVICE}.openai.azure.com"\nif use_ad:\n    openai.api_type = "azure_ad"\nelse:\n    openai.api_type = "azure"\n\ndef embed(text):\n    return openai.Embedding.create(engine="emb", input=text)\n';
    assert.deepEqual(found(branches, 'emb.py'), ['9 POST /v1/embeddings azure']);
  });

  it("found by held-out corpora 206, 207 and 210: a Swift request's verb set at run time with a body; a cURL handle turned back to GET; an arrow's expression body giving a URL; a property handing out an openai<1.0 resource", () => {
    const swift = 'func make(method: HTTPMethod, body: Data) throws -> URLRequest {\n    guard let url = URL(string: "https://api.openai.com/v1/chat/completions") else { throw URLError(.badURL) }\n    var urlRequest = URLRequest(url: url)\n    urlRequest.httpMethod = method.rawValue\n    urlRequest.httpBody = body\n    return urlRequest\n}\n';
    assert.deepEqual(found(swift, 'Service.swift'), ['3 POST /v1/chat/completions openai']);
    const php = '<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, "https://api.openai.com/v1/threads/$thread_id/runs");\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($run));\n$run = json_decode(curl_exec($ch), true);\nwhile (true) {\n    curl_setopt($ch, CURLOPT_URL, "https://api.openai.com/v1/threads/$thread_id/runs/$run_id");\n    curl_setopt($ch, CURLOPT_POST, false);\n    $status = json_decode(curl_exec($ch), true);\n}\n';
    assert.deepEqual(found(php, 'openai.php'), ['3 POST /v1/threads/{thread_id}/runs openai', '7 GET /v1/threads/{thread_id}/runs/{run_id} openai']);
    const ts = "const buildChatUrl = (baseUrl: string) =>\n  `${baseUrl.replace(/\\/+$/, '')}/v1/chat/completions`;\n\nexport async function send(baseUrl: string, body: unknown) {\n  return fetch(buildChatUrl(baseUrl), { method: 'POST', body: JSON.stringify(body) });\n}\n";
    assert.deepEqual(found(ts, 'chat.ts'), ['5 POST /v1/chat/completions unknown']);
    const py0 = 'import openai\nfrom django.utils.functional import cached_property\n\nclass Chatter:\n    def ask(self, messages):\n        return self.chat_completion.create(model="gpt-4", messages=messages)\n\n    @cached_property\n    def chat_completion(self) -> Type[openai.ChatCompletion]:\n        return openai.ChatCompletion\n';
    assert.deepEqual(found(py0, 'chatter.py'), ['6 POST /v1/chat/completions openai']);
  });

  it("found by held-out corpus 209: openai-php clients a method of the class returns (made there, or kept in a variable first); a Guzzle base from Laravel's env() with a literal default", () => {
    const php = '<?php\nnamespace App\\Services;\n\nuse OpenAI;\nuse OpenAI\\Client;\n\nclass OpenAIService\n{\n    private static function getOpenAIClient(): Client\n    {\n        return OpenAI::client(getenv("OPENAI_API_KEY"));\n    }\n\n    public static function send(string $m): string\n    {\n        $client = self::getOpenAIClient();\n        return $client->chat()->create([\'model\' => \'gpt-4o\', \'messages\' => [$m]])->choices[0]->message->content;\n    }\n\n    private function local(): Client\n    {\n        $client = \\OpenAI::factory()\n            ->withBaseUri(\'http://localhost:11434/v1\')\n            ->make();\n        return $client;\n    }\n\n    public function ask(string $m)\n    {\n        $this->client = $this->local();\n        return $this->client->chat()->create([\'model\' => \'llama3\']);\n    }\n}\n';
    assert.deepEqual(found(php, 'OpenAIService.php'), ['17 POST /v1/chat/completions openai', '31 POST /v1/chat/completions other']);
    const guzzle = "<?php\nclass Groq {\n    public function __construct() {\n        $this->client = new Client(['base_uri' => env('GROQ_API_URL', 'https://api.groq.com/openai/v1/'), 'timeout' => 30]);\n    }\n    public function ask($body) {\n        return $this->client->post('chat/completions', ['json' => $body]);\n    }\n}\n";
    assert.deepEqual(found(guzzle, 'Groq.php'), ['7 POST /v1/chat/completions other']);
  });

  it("found by held-out corpora 208 and 209: a Spring WebClient a method of the class builds with a literal base; one built with a base from a property is the API's, its destination open", () => {
    const java = 'public class OpenAIService {\n    public Mono<String> ask(Map<String, Object> body) {\n        WebClient webClient = getWebClient(WebClient.builder());\n        return webClient.post()\n                .uri("/v1/chat/completions")\n                .bodyValue(body).retrieve().bodyToMono(String.class);\n    }\n\n    public WebClient getWebClient(WebClient.Builder builder) {\n        return builder.baseUrl("https://api.openai.com")\n                .defaultHeader("Authorization", "Bearer " + key).build();\n    }\n}\n';
    assert.deepEqual(found(java, 'OpenAIService.java'), ['4 POST /v1/chat/completions openai']);
    const property = 'public class ChatGptService {\n    private final WebClient openAiClient;\n    public ChatGptService(WebClient.Builder builder, @Value("${openai.api.base-url}") String baseUrl) {\n        this.openAiClient = builder\n                .baseUrl(baseUrl)\n                .build();\n    }\n    public Mono<String> chat(Object body) {\n        return openAiClient.post()\n                .uri("/chat/completions")\n                .bodyValue(body).retrieve().bodyToMono(String.class);\n    }\n}\n';
    assert.deepEqual(found(property, 'ChatGptService.java'), ['9 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 211: a property handing out a client the class makes lazily', () => {
    const py = 'class LocationContext:\n    def __init__(self):\n        self._openai_service = None\n\n    @property\n    def openai_service(self):\n        """made on first use"""\n        if self._openai_service is None:\n            from openai import AsyncOpenAI\n            self._openai_service = AsyncOpenAI(api_key=os.getenv("OPENAI_API_KEY"))\n        return self._openai_service\n\n    async def describe(self, place):\n        return await self.openai_service.chat.completions.create(model="gpt-4o", messages=[])\n\n    @property\n    def name(self):\n        return self._name\n';
    assert.deepEqual(found(py, 'context_service.py'), ['14 POST /v1/chat/completions openai']);
  });

  it("found by held-out corpus 217: a TypeScript cast around the receiver, `(client as any).responses.create(…)`", () => {
    const ts = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function run(params: any) {\n  return (client as any).responses.create(params);\n}\nexport const size = (items as string[]).length;\n';
    assert.deepEqual(found(ts, 'lib/openai.ts'), ['4 POST /v1/responses openai']);
  });

  it('found by held-out corpora 213 and 216: files naming only the image or audio resources pass the prefilter', () => {
    assert.equal(mayMentionOpenAI('from config import client\nresponse = client.images.generate(model="dall-e-3", prompt=p)\n'), true);
    assert.equal(mayMentionOpenAI('const r = await fetch(`${A4F_BASE_URL}/images/generations`, { method: "POST" });\n'), true);
    assert.equal(mayMentionOpenAI('speech = client.audio.speech.create(model="tts-1", voice="alloy", input=t)\n'), true);
    assert.equal(mayMentionOpenAI('export function add(a: number, b: number) { return a + b; }\n'), false);
  });
});


// Found on held-out corpora 219–221 (the fourth round of the eighteenth session), each in a shape of our own.
describe('client shapes of the fourth round', () => {
  it('Node: resources taken by destructuring, also from a resource taken so', () => {
    const js = "const OpenAI = require('openai')\nconst openai = new OpenAI({ apiKey })\nconst { files } = openai\nconst { threads, vectorStores: stores } = openai.beta\nconst { messages, runs } = threads\nconst { create } = openai.chat.completions\nasync function f(id) {\n  await messages.create(id, { role: 'user', content: 'hi' })\n  await runs.retrieve(id, 'r')\n  await files.list()\n  await stores.create({})\n}\n";
    assert.deepEqual(found(js, 'helpers.js'), ['8 POST /v1/threads/{thread_id}/messages openai', '9 GET /v1/threads/{thread_id}/runs/{run_id} openai', '10 GET /v1/files openai', '11 POST /v1/vector_stores openai']);
    // (a destructured request body is no resource)
    assert.deepEqual(found("const { messages, model } = req.body\nawait messages.create(x)\n", 'route.js'), []);
  });

  it("a method of the file that builds an Azure deployment's URL makes its calls Azure's", () => {
    const js = "class Images {\n  getBaseUrl() {\n    return `${this.config.endpoint}/openai/deployments/${this.config.deploymentName}`;\n  }\n  async generate(body) {\n    const url = `${this.getBaseUrl()}/images/generations?api-version=${this.config.apiVersion}`;\n    return axios.post(url, body);\n  }\n  async other(body) {\n    return axios.post(`${this.getOther()}/v1/chat/completions`, body);\n  }\n}\n";
    assert.deepEqual(found(js, 'azure.js'), ['7 POST /v1/images/generations azure', '10 POST /v1/chat/completions unknown']);
  });

  it('PHP joins a base with a dot; a property only the constructor sets to a literal is that literal', () => {
    const php = "<?php\nclass S {\n  public function __construct() {\n    $this->base = 'https://api.openai.com/v1';\n    $this->http = new Client();\n  }\n  public function chat($m) {\n    return $this->http->post($this->base . '/chat/completions', ['json' => $m]);\n  }\n}\n";
    assert.deepEqual(found(php, 'S.php'), ['8 POST /v1/chat/completions openai']);
    const configured = php.replace("'https://api.openai.com/v1'", "rtrim(config('services.openai.base', env('OPENAI_API_BASE', 'https://api.openai.com/v1/')), '/')");
    assert.deepEqual(found(configured, 'S.php'), ['8 POST /v1/chat/completions unknown']);
  });

  it('C#: a root client a static method of the class builds, with options that set no endpoint', () => {
    const cs = 'using OpenAI;\nusing OpenAI.Chat;\npublic class Svc {\n  private readonly OpenAIClient _client;\n  private readonly ChatClient _chat;\n  private static OpenAIClient CreateClient(string key) {\n    var options = new OpenAIClientOptions();\n    options.NetworkTimeout = TimeSpan.FromMinutes(10);\n    return new OpenAIClient(new ApiKeyCredential(key), options);\n  }\n  public Svc(string key) {\n    _client = CreateClient(key);\n    _chat = _client.GetChatClient("gpt-4o");\n  }\n  public Task Ask(List<ChatMessage> m) => _chat.CompleteChatAsync(m);\n}\n';
    assert.deepEqual(found(cs, 'Svc.cs'), ['15 POST /v1/chat/completions openai']);
    assert.deepEqual(found(cs.replace('options.NetworkTimeout = TimeSpan.FromMinutes(10);', 'options.Endpoint = new Uri(settings.Url);'), 'Svc.cs'), ['15 POST /v1/chat/completions unknown']);
  });

  it("Kotlin names openai-java's companion object: OpenAIOkHttpClient.Companion.builder()", () => {
    const kt = 'import com.openai.client.okhttp.OpenAIOkHttpClient\nclass OpenAi {\n    var client = OpenAIOkHttpClient.Companion.builder()\n        .apiKey(apiKey)\n        .build()\n    fun call(params: ResponseCreateParams) = client.responses().create(params)\n}\n';
    assert.deepEqual(found(kt, 'OpenAi.kt'), ['6 POST /v1/responses openai']);
  });

  it("Rust: reqwest handed a borrowed URL (`&url`) built by format! on a configured base", () => {
    const rs = 'impl Client {\n    pub async fn chat(&self) -> Result<String> {\n        let url = format!("{}/v1/chat/completions", self.base_url);\n        let req = self.auth(self.client.post(&url).json(&body));\n    }\n}\n';
    assert.deepEqual(found(rs, 'openai.rs'), ['4 POST /v1/chat/completions unknown']);
  });

  it("TypeScript: a class's static URL field read through the class", () => {
    const ts = "export class QwenService {\n  private static readonly API_ENDPOINT = 'https://api.groq.com/openai/v1/chat/completions';\n  async ask(body: object) {\n    return fetch(QwenService.API_ENDPOINT, { method: 'POST', body: JSON.stringify(body) });\n  }\n}\n";
    assert.deepEqual(found(ts, 'groq.ts'), ['4 POST /v1/chat/completions other']);
  });

  it("TypeScript: options a class keeps, from the file's one instance of it", () => {
    const ts = "export class RouterClient {\n  private config: Config;\n  constructor(config: Config) {\n    this.config = config;\n  }\n  async chat(body: object) {\n    return axios.post(`${this.config.baseURL}/chat/completions`, body);\n  }\n}\nexport const routerClient = new RouterClient({\n  apiKey: process.env.KEY || '',\n  baseURL: 'https://openrouter.ai/api/v1',\n});\n";
    assert.deepEqual(found(ts, 'router.ts'), ['7 POST /v1/chat/completions other']);
    // (two instances: which one a call runs on is decided at run time)
    const two = `${ts}export const other = new RouterClient({ apiKey: '', baseURL: 'https://api.openai.com/v1' });\n`;
    assert.deepEqual(found(two, 'router.ts'), ['7 POST /v1/chat/completions unknown']);
  });

  it('a URL variable joined to a query-string constant is still that URL; joined to anything else it is not', () => {
    const js = 'import WebSocket from "ws";\nconst realtime_url = "wss://api.openai.com/v1/realtime";\nconst query_params = "?model=gpt-4o-realtime-preview";\nconst url = realtime_url + query_params;\nexport const ws = new WebSocket(url, { headers });\nfunction later(token) {\n  const u2 = realtime_url + token;\n  return new WebSocket(u2);\n}\n';
    assert.deepEqual(found(js, 'realtime.ts'), ['5 WEBSOCKET /v1/realtime openai']);
  });

  it("Python: a module function's client parameter, from what the project's scripts importing it hand it", () => {
    const utils = 'def simplify_text(text, client):\n    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])\n    return completion.choices[0].message.content\n';
    const script = 'import openai\nfrom utils.utils import simplify_text\nclient = openai.OpenAI(api_key=key)\nprint(simplify_text("He said so.", client))\n';
    const local = 'import openai\nfrom utils.utils import simplify_text\nclient = openai.OpenAI(base_url="http://localhost:11434/v1")\nprint(simplify_text(text="x", client=client))\n';
    const sites = (...files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, text] of files) project.addFile(name, text);
      return detectCallSites(utils, { fileName: 'utils/utils.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${providerOf(x)}`);
    };
    assert.deepEqual(sites(['utils/utils.py', utils], ['scripts/simplify.py', script]), ['2 /v1/chat/completions unknown (handed openai)']);
    // (two importers handing clients of two providers, or one handing something else: the caller decides)
    assert.deepEqual(sites(['utils/utils.py', utils], ['scripts/simplify.py', script], ['scripts/local.py', local]), ['2 /v1/chat/completions unknown']);
    const makeClient = 'from openai import OpenAI\ndef make_client():\n    return OpenAI(base_url=os.environ["LLM_BASE_URL"])\n';
    assert.deepEqual(sites(['utils/utils.py', utils], ['scripts/simplify.py', script], ['scripts/other.py', script.replace('simplify_text("He said so.", client)', 'simplify_text("x", make_client())')], ['scripts/clients.py', makeClient]), ['2 /v1/chat/completions unknown']);
    // (a script read again after an edit replaces what it handed before)
    const project = new ProjectIndex();
    project.addFile('utils/utils.py', utils);
    project.addFile('scripts/local.py', local);
    project.addFile('scripts/local.py', local.replace('base_url="http://localhost:11434/v1"', 'api_key=key'));
    assert.deepEqual(detectCallSites(utils, { fileName: 'utils/utils.py', project }).sites.map((x) => providerOf(x)), ['unknown (handed openai)']);
  });

  it("Python: a typed client parameter of a module function, from the client the importers' classes get from the project's factory", () => {
    const utils = 'from openai import OpenAI\n\ndef build_openai_client(settings) -> OpenAI:\n    return OpenAI(api_key=settings.openai_api_key)\n\ndef create_response(client: OpenAI, *, model: str, input: str):\n    return client.responses.create(model=model, input=input, store=False)\n';
    const rag = 'from app.openai_utils import build_openai_client, create_response\n\nclass Rag:\n    def __init__(self, settings):\n        self.client = build_openai_client(settings)\n\n    def answer(self, q):\n        return create_response(\n            self.client,\n            model="gpt-4.1-mini",\n            input=q,\n        )\n';
    const sites = (...files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, text] of files) project.addFile(name, text);
      return detectCallSites(utils, { fileName: 'app/openai_utils.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${providerOf(x)}`);
    };
    assert.deepEqual(sites(['app/openai_utils.py', utils], ['app/rag.py', rag]), ['7 /v1/responses unknown (handed openai)']);
    // (the attribute built by two factories, or a caller handing another client: the caller decides)
    const twice = rag.replace('    def answer(self, q):', '    def reset(self):\n        self.client = make_local_client()\n\n    def answer(self, q):').replace('import build_openai_client,', 'import build_openai_client, make_local_client,');
    const local = ['app/local.py', 'from openai import OpenAI\ndef make_local_client():\n    return OpenAI(base_url="http://localhost:11434/v1")\n'] as [string, string];
    assert.deepEqual(sites(['app/openai_utils.py', utils], ['app/rag.py', twice], local), ['7 /v1/responses unknown']);
    assert.deepEqual(sites(['app/openai_utils.py', utils], ['app/rag.py', rag], ['app/other.py', 'from app.openai_utils import create_response\nprint(create_response(llm, model="m", input="x"))\n'], local), ['7 /v1/responses unknown']);
    assert.deepEqual(sites(['app/openai_utils.py', utils], local), ['7 /v1/responses unknown']);
    // (with no caller in view, in a project that builds its clients only with the default base URL: one of those)
    assert.deepEqual(sites(['app/openai_utils.py', utils]), ['7 /v1/responses openai']);
  });

  it("Python: a class's client kept from its constructor's parameter, from what every construction of the class hands it", () => {
    const generator = 'import requests\n\nclass SyntheticsGenerator:\n    def __init__(self, client, corpus_path="corpus.json"):\n        self.client = client\n\n    def generate(self, prompt):\n        return self.client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])\n';
    const validator = 'import openai\nfrom app.chain.generator import SyntheticsGenerator\n\nclass Validator:\n    def __init__(self, config):\n        llm_client = openai.OpenAI(api_key=config.key)\n        self.generator = SyntheticsGenerator(llm_client)\n';
    const sites = (text: string, ...files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, body] of files) project.addFile(name, body);
      return detectCallSites(text, { fileName: 'app/chain/generator.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${providerOf(x)}`);
    };
    assert.deepEqual(sites(generator, ['app/chain/generator.py', generator], ['app/neurons/validator.py', validator]), ['8 /v1/chat/completions unknown (handed openai)']);
    // (alone, an untyped client in a file importing no SDK is any OpenAI-shaped SDK's: a chat completion sent with `messages` is read,
    // its provider unknown (thirty-second session; before, not read))
    assert.deepEqual(sites(generator, ['app/chain/generator.py', generator]), ['8 /v1/chat/completions unknown']);
    // (a construction handing a Groq client in a file that also builds an OpenAI one: the caller decides, so no provider is said)
    const groq = ['app/other.py', 'from groq import Groq\nfrom openai import OpenAI\nfrom app.chain.generator import SyntheticsGenerator\nembedder = OpenAI()\nllm = Groq()\ng = SyntheticsGenerator(llm)\n'] as [string, string];
    assert.deepEqual(sites(generator, ['app/chain/generator.py', generator], ['app/neurons/validator.py', validator], groq), ['8 /v1/chat/completions unknown']);
    // (in the class's own file: each construction there, by position or by keyword)
    const inFile = `import openai\n${generator.replace('import requests\n', '')}\nazure = openai.AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="2024-06-01")\ng = SyntheticsGenerator(client=azure)\n`;
    assert.deepEqual(sites(inFile), ['8 /v1/chat/completions azure']);
    // (a member the constructing class builds, handed on: `Processor(self.config, self.client)`)
    const service = ['app/compare/service.py', 'import instructor\nfrom openai import AzureOpenAI\nfrom app.chain.generator import SyntheticsGenerator\nclass ComparisonService:\n    def __init__(self, config):\n        self.client = instructor.patch(AzureOpenAI(azure_endpoint=config.endpoint, api_version="2024-06-01"))\n        self.generator = SyntheticsGenerator(self.client)\n'] as [string, string];
    assert.deepEqual(sites(generator, ['app/chain/generator.py', generator], service), ['8 /v1/chat/completions unknown (handed azure)']);
    // (found in review: a file of two classes hands `self.client`, one class's OpenAI, the other's a local server's: which is which is not read)
    const two = ['app/backends.py', 'from openai import OpenAI\nfrom app.chain.generator import SyntheticsGenerator\nclass OpenAIBackend:\n    def __init__(self):\n        self.client = OpenAI()\nclass LocalBackend:\n    def __init__(self, host):\n        self.client = make_local_client(host)\n    def generator(self):\n        return SyntheticsGenerator(self.client)\n'] as [string, string];
    assert.deepEqual(sites(generator, ['app/chain/generator.py', generator], two), ['8 /v1/chat/completions unknown']);
    // (a subclass constructed in the file, `FastGenerator(groq)`: what it hands is not read)
    assert.deepEqual(sites(`${inFile}class FastGenerator(SyntheticsGenerator):\n    pass\nf = FastGenerator(make_groq())\n`).map((x) => x.split(' ').pop()), ['unknown']);
    // (the attribute kept from another name than the parameter handed, or another class's `self.client`: not this rule)
    assert.deepEqual(sites(generator.replace('self.client = client', 'self.client = make()'), ['app/chain/generator.py', generator], ['app/neurons/validator.py', validator]), []);
  });

  it("Python: FastAPI's `Depends(factory)` hands a parameter the factory's client, which a class it constructs keeps", () => {
    const secrets = 'from openai import OpenAI\n\ndef get_open_ai_client():\n    return OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n';
    const rag = 'from fastapi import Depends\nfrom app.utils.secrets import get_open_ai_client\n\nclass RagDAO:\n    def __init__(self, openai_client, index):\n        self.__openai_client = openai_client\n\n    def embed(self, text):\n        return self.__openai_client.embeddings.create(model="text-embedding-3-large", input=text)\n\ndef get_rag_dao(openai_client=Depends(get_open_ai_client), index=Depends(get_index)):\n    return RagDAO(openai_client, index)\n';
    const project = new ProjectIndex();
    project.addFile('app/utils/secrets.py', secrets);
    project.addFile('app/dao/rag.py', rag);
    assert.deepEqual(detectCallSites(rag, { fileName: 'app/dao/rag.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['9 /v1/embeddings openai']);
    // (a factory building a local server's client says so)
    const local = new ProjectIndex();
    local.addFile('app/utils/secrets.py', secrets.replace('api_key=os.environ["OPENAI_API_KEY"]', 'base_url="http://localhost:11434/v1"'));
    assert.deepEqual(detectCallSites(rag, { fileName: 'app/dao/rag.py', project: local }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['9 /v1/embeddings other']);
    // (found in review: the parameter's client is its function's only, not every `client` of the file)
    const routes = 'from fastapi import Depends\nfrom openai import OpenAI\nfrom groq import Groq\ngroq_client = Groq()\ndef get_openai_client():\n    return OpenAI()\n@app.post("/a")\ndef route_a(prompt: str, client=Depends(get_openai_client)):\n    return client.models.list()\ndef worker(client, text):\n    return client.chat.completions.create(model="llama3", messages=[])\n';
    assert.deepEqual(found(routes, 'routes.py'), ['9 GET /v1/models openai', '11 POST /v1/chat/completions unknown']);
    // (a plain `client = Depends(…)` default is no value built in place: the factory another module of the project defines says)
    const router = 'from fastapi import Depends\nfrom app.openai_client import get_openai_client\nasync def search(request, db = Depends(get_db),\n                 openai_client = Depends(get_openai_client)):\n    try:\n        return openai_client.embeddings.create(input=request.q, model="text-embedding-3-small")\n    except Exception:\n        raise\n';
    const routerProject = new ProjectIndex();
    routerProject.addFile('app/openai_client.py', 'from openai import OpenAI\ndef get_openai_client() -> OpenAI:\n    client = OpenAI(api_key=key)\n    return client\n');
    assert.deepEqual(detectCallSites(router, { fileName: 'app/routers/query.py', project: routerProject }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['6 /v1/embeddings openai']);
  });

  it("TypeScript: a class of the project injected by type (NestJS), its member's client or what its method returns; modules named with dots", () => {
    const provider = "import { Injectable } from '@nestjs/common';\nimport OpenAI from 'openai';\n@Injectable()\nexport class OpenAIProvider {\n  public readonly client: OpenAI;\n  private readonly openai: OpenAI;\n  constructor() {\n    this.client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n    this.openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  }\n  getInstance(): OpenAI {\n    return this.openai;\n  }\n}\n";
    const service = "import { Injectable } from '@nestjs/common';\nimport { OpenAIProvider } from './openai.provider';\n@Injectable()\nexport class GuardrailsService {\n  constructor(private readonly openaiProvider: OpenAIProvider) {}\n  async check(input: string) {\n    await this.openaiProvider.client.moderations.create({ input });\n    const openai = this.openaiProvider.getInstance();\n    return openai.chat.completions.create({ model: 'gpt-4o', messages: [] });\n  }\n}\n";
    const sites = (providerText: string): string[] => {
      const project = new ProjectIndex();
      project.addFile('src/agents/openai.provider.ts', providerText);
      return detectCallSites(service, { fileName: 'src/guardrails/guardrails.service.ts', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    };
    assert.deepEqual(sites(provider), ['7 /v1/moderations openai', '9 /v1/chat/completions openai']);
    assert.deepEqual(sites(provider.replaceAll('{ apiKey: process.env.OPENAI_API_KEY }', '{ baseURL: "http://localhost:11434/v1" }')).map((x) => x.split(' ').pop()), ['other', 'other']);
    // (found in review: another folder's file of the same name, with no client in its members, takes nothing away, in either order)
    const angular = "import { Injectable } from '@angular/core';\n@Injectable()\nexport class OpenAIProvider {\n  constructor(private http: HttpClient) {}\n  ask(q: string) { return this.http.post('/api/openai', { q }); }\n}\n";
    for (const order of [['a', 'z'], ['z', 'a']]) {
      const project = new ProjectIndex();
      for (const folder of order) project.addFile(folder === 'a' ? 'src/agents/openai.provider.ts' : 'web/app/openai.provider.ts', folder === 'a' ? provider : angular);
      assert.deepEqual(detectCallSites(service, { fileName: 'src/guardrails/guardrails.service.ts', project }).sites.map((x) => x.provider), ['openai', 'openai']);
    }
    // (alone, nothing says what the provider class holds)
    assert.deepEqual(detectCallSites(service, { fileName: 'src/guardrails/guardrails.service.ts' }).sites.map((x) => x.provider), []);
  });

  it("Go: a go-openai client handed in, in a project that builds that library's clients only with openai.NewClient(key)", () => {
    const main = 'package main\nimport openai "github.com/sashabaranov/go-openai"\nfunc main() {\n\tclient := openai.NewClient(props["apiKey"])\n\tutils.SendChatRequest("hi", client)\n}\n';
    const utils = 'package utils\nimport openai "github.com/sashabaranov/go-openai"\nfunc SendChatRequest(text string, client *openai.Client) (string, error) {\n\tresp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4})\n\treturn resp.Choices[0].Message.Content, err\n}\n';
    const sites = (...files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, text] of files) project.addFile(name, text);
      return detectCallSites(utils, { fileName: 'utils/openai.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    };
    assert.deepEqual(sites(['main.go', main], ['utils/openai.go', utils]), ['4 /v1/chat/completions openai']);
    // (a project that also builds one with a config, or with none built in view: the caller decides)
    assert.deepEqual(sites(['main.go', main], ['utils/openai.go', utils], ['local.go', 'package main\nimport openai "github.com/sashabaranov/go-openai"\nfunc local() *openai.Client {\n\tcfg := openai.DefaultConfig("")\n\tcfg.BaseURL = "http://localhost:11434/v1"\n\treturn openai.NewClientWithConfig(cfg)\n}\n']), ['4 /v1/chat/completions unknown']);
    assert.deepEqual(sites(['utils/openai.go', utils]), ['4 /v1/chat/completions unknown']);
    // (found in review: another library's `redis.NewClient(…)` is no go-openai client the project builds)
    assert.deepEqual(sites(['main.go', main.replace('openai.NewClient(props["apiKey"])', 'llm.NewAzureClient(props)\n\tcache := redis.NewClient(&redis.Options{})')], ['utils/openai.go', utils]), ['4 /v1/chat/completions unknown']);
  });

  it('the prefilter passes scripts that call the Assistants API, the models list, moderations or vector stores on an imported client', () => {
    for (const call of ['client.beta.assistants.create(name="x")', 'client.models.list()', 'client.beta.threads.messages.list(thread_id=t)', 'client.moderations.create(input=x)', 'client.vector_stores.create(name="kb")', 'await openai.vectorStores.create({})']) assert.equal(mayMentionOpenAI(`from config.oai import client\n${call}\n`), true, call);
    assert.equal(mayMentionOpenAI('from config.db import session\nsession.query(User).all()\n'), false);
  });

  it("other providers' model listings under their OpenAI-compatible base (DeepSeek's /v1, DashScope's /compatible-mode/v1); not under another path", () => {
    const py = 'import requests\nr1 = requests.get("https://api.deepseek.com/v1/models", headers=h)\nr2 = requests.get("https://dashscope-intl.aliyuncs.com/compatible-mode/v1/models", headers=h)\nr3 = requests.get("https://dashscope-intl.aliyuncs.com/api/v1/models", headers=h)\n';
    assert.deepEqual(found(py, 'health.py'), ['2 GET /v1/models other', '3 GET /v1/models other']);
  });

  it('Python: a client built from a dict of options the file writes out, with no base_url among them', () => {
    const py = 'from openai import AsyncOpenAI\nclass C:\n    def __init__(self, key, proxy=None):\n        client_kwargs: dict[str, Any] = {"api_key": key, "max_retries": 0}\n        if proxy:\n            client_kwargs["http_client"] = httpx.AsyncClient(proxy=proxy)\n        self._client = AsyncOpenAI(**client_kwargs)\n    async def f(self):\n        return await self._client.responses.create(model="m", input="x")\n';
    assert.deepEqual(found(py, 'llm.py'), ['9 POST /v1/responses openai']);
    // (a base_url among its keys, or set by key later, or a dict merged in: decided at run time)
    assert.deepEqual(found(py.replace('"max_retries": 0}', '"max_retries": 0, "base_url": url}'), 'llm.py'), ['9 POST /v1/responses unknown']);
    assert.deepEqual(found(py.replace('client_kwargs["http_client"]', 'client_kwargs["base_url"]'), 'llm.py'), ['9 POST /v1/responses unknown']);
    assert.deepEqual(found(py.replace('"max_retries": 0}', '"max_retries": 0, **extra}'), 'llm.py'), ['9 POST /v1/responses unknown']);
  });

  it("Go: go-openai through a field's field (`c.OpenAI.Client.CreateChatCompletion`), two and three levels deep", () => {
    const go = 'package chatgpt\n\nimport (\n\t"context"\n\n\topenai "github.com/sashabaranov/go-openai"\n)\n\nfunc (c *ChatGPT) Ask(m []openai.ChatCompletionMessage) (openai.ChatCompletionResponse, error) {\n\treturn c.OpenAI.Client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Messages: m})\n}\n\nfunc (h *Hook) Hear(r openai.AudioRequest) (openai.AudioResponse, error) {\n\treturn h.ChatGPT.OpenAI.Client.CreateTranscription(context.Background(), r)\n}\n\nfunc (c *ChatGPT) Other() error {\n\treturn c.Store.Cache.CreateChatCompletion(1)\n}\n';
    assert.deepEqual(found(go, 'chatgpt_service.go'), ['10 POST /v1/chat/completions unknown', '14 POST /v1/audio/transcriptions unknown']);
  });

  it("PHP: cURL's verb from an options array handed to curl_setopt_array by name", () => {
    const php = "<?php\nclass S {\n  private $endpoint = 'https://openrouter.ai/api/v1/chat/completions';\n  public function ask($data) {\n    $ch = curl_init($this->endpoint);\n    $opts = [\n      CURLOPT_RETURNTRANSFER => true,\n      CURLOPT_POST => true,\n      CURLOPT_POSTFIELDS => json_encode($data),\n    ];\n    curl_setopt_array($ch, $opts);\n    return curl_exec($ch);\n  }\n}\n";
    assert.deepEqual(found(php, 'S.php'), ['5 POST /v1/chat/completions other']);
    assert.deepEqual(found(php.replace('      CURLOPT_POST => true,\n      CURLOPT_POSTFIELDS => json_encode($data),\n', ''), 'S.php'), ['5 GET /v1/chat/completions other']);
  });

  it(".NET: the 2.0 betas' name for text-to-speech (AudioClient.GenerateSpeechFromTextAsync)", () => {
    const cs = 'using OpenAI;\nusing OpenAI.Audio;\nvar audio = new AudioClient("tts-1", key);\nBinaryData speech = await audio.GenerateSpeechFromTextAsync(text, GeneratedSpeechVoice.Alloy);\n';
    assert.deepEqual(found(cs, 'Speech.cs'), ['4 POST /v1/audio/speech openai']);
  });

  it('Go: a client a function of another package builds and returns (`client := helper.GetOpenAiClient()`)', () => {
    const helper = 'package helper\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\n\nfunc GetOpenAiClient() *openai.Client {\n\tc := openai.NewClient(\n\t\toption.WithAPIKey(key),\n\t)\n\treturn &c\n}\n\nfunc GetLocalClient() (*openai.Client, error) {\n\tlocal := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1"))\n\tif local == nil {\n\t\treturn nil, errNone\n\t}\n\treturn &local, nil\n}\n';
    const service = 'package services\n\nimport (\n\t"context"\n\n\t"app/internal/helper"\n\t"github.com/openai/openai-go"\n)\n\nfunc Ask(p openai.ChatCompletionNewParams) {\n\tclient := helper.GetOpenAiClient()\n\tclient.Chat.Completions.New(context.Background(), p)\n}\n\nfunc AskLocal(p openai.ChatCompletionNewParams) {\n\tlocal, _ := helper.GetLocalClient()\n\tlocal.Chat.Completions.New(context.Background(), p)\n}\n';
    const project = new ProjectIndex();
    project.addFile('internal/helper/openai.go', helper);
    project.addFile('internal/services/openai.go', service);
    const sites = (index?: ProjectIndex): string[] => detectCallSites(service, { fileName: 'internal/services/openai.go', ...(index ? { project: index } : {}) }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites(project), ['12 /v1/chat/completions openai', '17 /v1/chat/completions other']);
    assert.deepEqual(sites(), ['12 /v1/chat/completions unknown']);
  });

  it('Python: a local wrapper returning what another module\'s factory built, kept lazily in a global (`_get_client().images.generate(…)`)', () => {
    const factory = 'import os\nfrom openai import OpenAI\n\n_client = None\n\n\ndef get_openai_client():\n    global _client\n    if _client is None:\n        _client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\n    return _client\n';
    const images = 'from integrations.openai import get_openai_client\n\n_client = None\n\n\ndef _get_client():\n    global _client\n    if _client is None:\n        _client = get_openai_client()\n    return _client\n\n\ndef draw(prompt):\n    return _get_client().images.generate(model="gpt-image-1", prompt=prompt)\n';
    const project = new ProjectIndex();
    project.addFile('integrations/openai.py', factory);
    project.addFile('services/images.py', images);
    assert.deepEqual(detectCallSites(images, { fileName: 'services/images.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['14 /v1/images/generations openai']);
  });

  it('JavaScript: fetch handed an options object the function writes just before, with its method', () => {
    const js = "function ask(txt) {\n  const requestOptions = {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: txt }] })\n  };\n  return fetch('https://api.openai.com/v1/plugin/completions', requestOptions);\n}\n";
    assert.deepEqual(found(js, 'main.js'), ['7 POST /v1/plugin/completions openai']);
  });

  it("PHP: a multi-line double-quoted string after a ternary's `?` (holding a `<<<` that is no heredoc) does not hide the code after it; a Ruby prompt whose last line ends in `:\"` hides nothing either", () => {
    const php = "<?php\nuse OpenAI;\nclass S {\n  public function __construct() {\n    $this->client = OpenAI::client(env('OPENAI_API_KEY'));\n  }\n  public function ask($material) {\n    $block = $material ? \"\nMaterial:\n<<<MATERIAL\n$material\n<<<END\n\" : 'none';\n    return $this->client->chat()->create(['model' => 'gpt-4o-mini', 'messages' => [['role' => 'user', 'content' => $block]]]);\n  }\n}\n";
    assert.deepEqual(found(php, 'S.php'), ['14 POST /v1/chat/completions openai']);
    const rb = 'class Svc\n  def initialize\n    @client = OpenAI::Client.new(access_token: ENV["OPENAI_API_KEY"])\n  end\n\n  def answer(query:, contexts:)\n    prompt = "Use the context below.\n#{contexts.join("\\n----\\n")}\nQuestion: #{query}\nHelpful answer in markdown:"\n\n    @client.completions(parameters: { model: "text-davinci-001", prompt: prompt })\n  end\nend\n';
    assert.deepEqual(found(rb, 'svc.rb'), ['12 POST /v1/completions openai']);
  });

  it("Go: a client main.go builds and hands to another package's constructor, kept in a field there", () => {
    const main = 'package main\n\nimport (\n\t"app/internal/service"\n\topenai "github.com/sashabaranov/go-openai"\n)\n\nfunc main() {\n\topenAiClient := openai.NewClient(cfg.OpenAiApiKey)\n\tsvc := service.NewOpenAiService(openAiClient)\n\trun(svc)\n}\n';
    const svc = 'package service\n\nimport (\n\t"context"\n\n\t"github.com/sashabaranov/go-openai"\n)\n\ntype OpenAiService struct {\n\tclient *openai.Client\n}\n\nfunc NewOpenAiService(client *openai.Client) *OpenAiService {\n\treturn &OpenAiService{\n\t\tclient: client,\n\t}\n}\n\nfunc (s *OpenAiService) CreateRun(threadId string) (openai.Run, error) {\n\treturn s.client.CreateRun(context.Background(), threadId, openai.RunRequest{})\n}\n';
    const sites = (...files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, text] of files) project.addFile(name, text);
      return detectCallSites(svc, { fileName: 'internal/service/openai.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    };
    assert.deepEqual(sites(['cmd/app/main.go', main], ['internal/service/openai.go', svc]), ['20 /v1/threads/{thread_id}/runs openai']);
    // (another caller handing a client built on another base: the caller decides)
    const local = main.replace('openai.NewClient(cfg.OpenAiApiKey)', 'openai.NewClientWithConfig(localConfig)');
    assert.deepEqual(sites(['cmd/app/main.go', main], ['cmd/local/main.go', local], ['internal/service/openai.go', svc]), ['20 /v1/threads/{thread_id}/runs unknown']);
  });

  it('JavaScript and Python: a client a condition picks from two the file holds, chosen at run time when their destinations differ', () => {
    const js = 'const OpenAI = require("openai");\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst deepseek = new OpenAI({ baseURL: "https://api.deepseek.com", apiKey: process.env.DS });\nasync function reply(options) {\n  const aiProvider = process.env.USE_OPENAI === "true" ? openai : deepseek;\n  return aiProvider.chat.completions.create(options);\n}\n';
    assert.deepEqual(found(js, 'chat.js'), ['6 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(js.replace('? openai : deepseek', '? openai : openai'), 'chat.js'), ['6 POST /v1/chat/completions openai']);
    const py = 'from openai import OpenAI\nprimary = OpenAI()\nlocal = OpenAI(base_url="http://localhost:11434/v1")\n\ndef reply(messages, offline):\n    llm = local if offline else primary\n    return llm.chat.completions.create(model="m", messages=messages)\n';
    assert.deepEqual(found(py, 'chat.py'), ['7 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(py.replace('local if offline else primary', 'local if offline else local'), 'chat.py'), ['7 POST /v1/chat/completions other']);
  });

  it("PHP: a URL kept in a property a method sets (`$this->apiUrl = '…'`), posted by Guzzle", () => {
    const php = "<?php\nuse GuzzleHttp\\Client;\nclass ChatGPTService {\n    protected $client;\n    protected $apiUrl;\n    public function __construct() {\n        $this->client = new Client();\n        $this->apiUrl = 'https://api.openai.com/v1/chat/completions';\n    }\n    public function ask($q) {\n        return $this->client->post($this->apiUrl, ['json' => ['model' => 'gpt-4o']]);\n    }\n}\n";
    assert.deepEqual(found(php, 'ChatGPTService.php'), ['11 POST /v1/chat/completions openai']);
  });

  it("Python: a client parameter in a file that names another provider, read only where the project's callers (through the module imported whole) all hand one SDK client", () => {
    const vision = 'import base64\nfrom bot.config import OPENROUTER_MODEL\n\nasync def analyze_screenshot(client, image_bytes):\n    if not client:\n        return ""\n    response = await client.chat.completions.create(model=OPENROUTER_MODEL, messages=[])\n    return response.choices[0].message.content\n\nasync def describe(client, text):\n    return await client.chat.completions.create(model=OPENROUTER_MODEL, messages=[])\n';
    const wrappers = 'from openai import AsyncOpenAI\nfrom bot.config import OPENROUTER_API_KEY\nimport bot.services.vision_service as vision_mod\n\nclient = None\nif OPENROUTER_API_KEY:\n    client = AsyncOpenAI(api_key=OPENROUTER_API_KEY, base_url="https://openrouter.ai/api/v1")\n\nasync def analyze_screenshot(image_bytes):\n    return await vision_mod.analyze_screenshot(client, image_bytes)\n';
    const sites = (...files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, text] of files) project.addFile(name, text);
      return detectCallSites(vision, { fileName: 'bot/services/vision_service.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${providerOf(x)}`);
    };
    // (describe() is called by no indexed file: which client it gets is not known, and the file names another provider)
    assert.deepEqual(sites(['bot/services/vision_service.py', vision], ['bot/openai_client.py', wrappers]), ['7 /v1/chat/completions unknown (handed other)']);
    assert.deepEqual(sites(['bot/services/vision_service.py', vision]), []);
  });

  it("found in review of the nineteenth session's change: two patterns that blew up on hostile input, a gate that leaked, a re-export that hid a module's own client, another function's URL", () => {
    // a template of many placeholders after a query, failing to match: 2^k tries per `$`
    const js = `const messages = [];\nconst r = choices;\nfetch(\`\${url}?${'${a}'.repeat(30)}\`.trim(), { method: "POST", body: JSON.stringify({ model, messages }) });\n`;
    let started = performance.now();
    detectCallSites(js, { fileName: 'chat.js' });
    assert.ok(performance.now() - started < 3000, 'linear in the placeholders');
    // 20,000 strings that only interpolate a name: the file was rebuilt once per string
    const many = `const url = "https://api.openai.com/v1/chat/completions";\n${'log(`${a}`);\n'.repeat(20_000)}fetch(url, { method: "POST" });\n`;
    started = performance.now();
    assert.deepEqual(found(many, 'many.js'), ['20002 POST /v1/chat/completions openai']);
    assert.ok(performance.now() - started < 3000, 'one pass over the file');
    // a file naming another provider, read for handed clients only, takes no client carried on an object handed in
    const project = new ProjectIndex();
    project.addFile('app/main.py', '# openai\nfrom app.util import helper\nhelper(1)\n');
    const groq = 'from groq import Groq\n\ndef run(deps, prompt):\n    return deps.client.chat.completions.create(model="llama3", messages=[])\n';
    assert.deepEqual(detectCallSites(groq, { fileName: 'app/groq_service.py', project }).sites, []);
    // a module that imports a name and then binds it again keeps its own
    const reexport = new ProjectIndex();
    reexport.addFile('app/config.py', 'from openai import OpenAI\nclient = OpenAI()\n');
    reexport.addFile('app/llm.py', 'from openai import OpenAI\nfrom .config import client\nclient = OpenAI(base_url="https://api.groq.com/openai/v1")\n');
    const main = 'from app.llm import client\nclient.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(detectCallSites(main, { fileName: 'app/main.py', project: reexport }).sites.map((x) => x.provider), ['other']);
    // a URL set on a condition that is no API URL leaves only the value set before it in the same block
    const py = 'import requests\n\ndef ask_openai(body):\n    url = "https://api.openai.com/v1/chat/completions"\n    return requests.post(url, json=body)\n\ndef ask_local(local, body):\n    if local:\n        url = "http://localhost:11434/api/chat"\n    return requests.post(url, json=body)\n';
    assert.deepEqual(found(py, 'ask.py'), ['5 POST /v1/chat/completions openai']);
  });

  it('a URL variable set again only on a condition: either value may be sent (chatbot-ui: OpenAI or Azure by a setting); inside that branch, the value set there', () => {
    const ts = [
      'export const OpenAIStream = async (key: string) => {',
      '  let url = `${OPENAI_API_HOST}/v1/chat/completions`;',
      "  if (OPENAI_API_TYPE === 'azure') {",
      '    url = `${OPENAI_API_HOST}/openai/deployments/${AZURE_DEPLOYMENT_ID}/chat/completions?api-version=${OPENAI_API_VERSION}`;',
      '  }',
      "  const res = await fetch(url, { method: 'POST', headers: {} });",
      '};',
      'export const models = async () => {',
      '  let url = `${OPENAI_API_HOST}/v1/models`;',
      "  if (OPENAI_API_TYPE === 'azure') {",
      '    url = `${OPENAI_API_HOST}/openai/deployments?api-version=${OPENAI_API_VERSION}`;',
      '  }',
      '  return fetch(url, { headers: {} });',
      '};',
      'export const local = async (offline: boolean) => {',
      '  let url = "https://api.openai.com/v1/embeddings";',
      '  if (offline) {',
      '    url = "http://localhost:11434/v1/embeddings";',
      "    return fetch(url, { method: 'POST' });",
      '  }',
      '};',
    ].join('\n');
    assert.deepEqual(found(ts, 'server.ts'), ['6 POST /v1/chat/completions unknown', '13 GET /v1/models unknown', '19 POST /v1/embeddings other']);
  });

  it('Rust: a format string that puts an API path right after a base named for one (the base ends in a slash by convention); not after any value', () => {
    const rs = 'async fn chat(client: &reqwest::Client, base_url: &str, user: &str) {\n    let url = format!("{}chat/completions", base_url);\n    let response = client.post(&url).send().await;\n    let page = format!("{}users/list", user);\n    let other = client.post(&page).send().await;\n}\n';
    assert.deepEqual(found(rs, 'openai.rs'), ['3 POST /v1/chat/completions unknown']);
  });

  it('Python: clients kept per key or index (`self.clients[key] = OpenAI(…)`, a list of them) and picked by a subscript', () => {
    const py = [
      'from openai import OpenAI',
      '',
      'class Rotator:',
      '    def __init__(self, keys):',
      '        self.clients = {}',
      '        for key in keys:',
      '            self.clients[key] = OpenAI(api_key=key)',
      '',
      '    def ask(self, key, messages):',
      '        return self.clients[key].chat.completions.create(model="gpt-4o", messages=messages)',
      '',
      'def fan_out(ports, messages):',
      '    servers = [OpenAI(base_url=f"http://localhost:{p}/v1", api_key="x") for p in ports]',
      '    return [servers[i % len(ports)].embeddings.create(model="e5", input=m) for i, m in enumerate(messages)]',
      '',
      'def names(users):',
      '    table = {}',
      '    table[users[0]] = "x"',
      '    return table[users[0]].strip()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'rotator.py'), ['10 POST /v1/chat/completions openai', '14 POST /v1/embeddings other']);
    // found in review: a dict that also holds other providers' clients picks one of them by key (by assignment or made at once)
    const mixed = 'from openai import OpenAI\nfrom anthropic import Anthropic\nclients = {}\nclients["openai"] = OpenAI()\nclients["anthropic"] = Anthropic()\ndef models(k):\n    return clients[k].models.list()\n';
    assert.deepEqual(found(mixed, 'mixed.py'), []);
    assert.deepEqual(found('from openai import OpenAI\nfrom anthropic import Anthropic\nclients = {"openai": OpenAI(), "claude": Anthropic()}\ndef models(k):\n    return clients[k].models.list()\n', 'mixed.py'), []);
    assert.deepEqual(found('from openai import OpenAI, AzureOpenAI\nclients = {"a": OpenAI(), "b": AzureOpenAI(azure_endpoint=e)}\ndef models(k):\n    return clients[k].models.list()\n', 'both.py'), ['4 GET /v1/models unknown']);
  });

  it("PHP: a URL property joined from Laravel's env() and a class constant path (`env('API_URL') . self::CHAT`), or from a variable", () => {
    const php = [
      '<?php',
      'class ChatService {',
      "    const CHAT_ENDPOINT = '/chat/completions';",
      '    private $apiUrl;',
      '    public function __construct() {',
      "        $this->apiUrl = env('LLM_API_URL', null) . self::CHAT_ENDPOINT;",
      '    }',
      '    public function answer($text) {',
      "        return Http::withHeaders(['Authorization' => 'Bearer ' . $this->key])->post($this->apiUrl, ['model' => 'gpt-4o', 'messages' => []]);",
      '    }',
      '    public function embed($base, $text) {',
      '        $url = $base . "/embeddings";',
      "        return Http::post($url, ['input' => $text]);",
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'ChatService.php'), ['9 POST /v1/chat/completions unknown']);
    // (`$base . "/embeddings"`: one segment on a base that says nothing of OpenAI is no endpoint of ours; two segments are)
    assert.deepEqual(found(php.replace('"/embeddings"', '"/audio/speech"'), 'ChatService.php'), ['9 POST /v1/chat/completions unknown', '13 POST /v1/audio/speech unknown']);
  });

  it("WordPress: a request to a URL read from the plugin's settings with a literal default (`get_option('…', 'https://…')`): unknown", () => {
    const php = "<?php\nclass Api {\n    public function ask($prompt) {\n        $endpoint = get_option('myplugin_api_endpoint', 'https://api.openai.com/v1/chat/completions');\n        $model = get_option('myplugin_model', 'gpt-4o');\n        return wp_remote_post($endpoint, ['body' => wp_json_encode(['model' => $model])]);\n    }\n}\n";
    assert.deepEqual(found(php, 'class-api.php'), ['6 POST /v1/chat/completions unknown']);
  });

  it("Nuxt's and ofetch's `$fetch(…)`, with its method option (GET without one)", () => {
    const ts = 'export default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  const reply = await $fetch("https://api.openai.com/v1/chat/completions", {\n    method: "POST",\n    body: { model: "gpt-4o", messages: body.messages },\n  });\n  const models = await $fetch("https://api.openai.com/v1/models");\n  return reply;\n});\n';
    assert.deepEqual(found(ts, 'server/api/chat.ts'), ['3 POST /v1/chat/completions openai', '7 GET /v1/models openai']);
  });

  it("Dart's Dio given a base by its options (a typed constant of the class), and Laravel's Http client a method makes with a literal baseUrl", () => {
    const dart = [
      "import 'package:dio/dio.dart';",
      'class ChatService {',
      "  static const String _endpoint = 'https://api.openai.com/v1/chat/completions';",
      '  final Dio _dio;',
      '  ChatService() : _dio = Dio() {',
      '    _dio.options.baseUrl = _endpoint;',
      '  }',
      '  Future<Response> ask(Map<String, dynamic> body) => _dio.post(\'\', data: body);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(dart, 'chat_service.dart'), ['8 POST /v1/chat/completions openai']);
    const built = "import 'package:dio/dio.dart';\nfinal api = Dio(BaseOptions(baseUrl: 'https://openrouter.ai/api/v1'));\nFuture<void> ask(Map b) async {\n  await api.post('/chat/completions', data: b);\n}\n";
    assert.deepEqual(found(built, 'api.dart'), ['4 POST /v1/chat/completions other']);
    const php = [
      '<?php',
      'class OpenAIController {',
      '    private function openai() {',
      "        return Http::withToken(config('services.openai.key'))",
      "            ->baseUrl('https://api.openai.com');",
      '    }',
      '    public function ask($payload) {',
      "        return $this->openai()->post('/v1/responses', $payload);",
      '    }',
      '    public function forget($id) {',
      "        $this->openai()->delete('/v1/files/' . $id);",
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'OpenAIController.php'), ['8 POST /v1/responses openai', '11 DELETE /v1/files/{file_id} openai']);
  });

  it('found in review: slash-less string constants (model ids) do not use up the budget of the path constants a URL joins', () => {
    const models = Array.from({ length: 70 }, (_, i) => `MODEL_${i} = "vendor${i}/model-${i}"`).join('\n');
    const py = `import requests\n${models}\nCHAT = "/v1/chat/completions"\ndef ask(base, body):\n    return requests.post(base + CHAT, json=body)\n`;
    assert.deepEqual(found(py, 'ask.py'), ['74 POST /v1/chat/completions unknown']);
  });

  it("TypeScript: a client a module exports by default, imported by a path from the project's root (`baseUrl`); nothing where no module of the project exports one", () => {
    const lib = "import { Configuration, OpenAIApi } from 'openai';\nconst openai = new OpenAIApi(new Configuration({ apiKey: key }));\nexport default openai;\n";
    const service = "import openai from 'src/lib/openai';\nexport const engines = async () => (await openai.listEngines()).data;\nexport const ask = (messages) => openai\n  .createChatCompletion({ model: 'gpt-4o', messages });\n";
    const project = new ProjectIndex();
    project.addFile('src/lib/openai.ts', lib);
    project.addFile('src/services/ask.ts', service);
    assert.deepEqual(detectCallSites(service, { fileName: 'src/services/ask.ts', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['2 /v1/engines openai', '3 /v1/chat/completions openai']);
    // (a module of that name that exports no client, or none in the project: nothing is made up)
    const bare = new ProjectIndex();
    bare.addFile('src/services/ask.ts', service);
    assert.deepEqual(detectCallSites(service, { fileName: 'src/services/ask.ts', project: bare }).sites, []);
    // found in review: modules are keyed by name, so the path's folder must be the module's, and the name the project's only one
    const elastic = "import openai from 'lib/search/openai';\nexport const files = () => openai.files.create({ index: 'x' });\n";
    assert.deepEqual(detectCallSites(elastic, { fileName: 'src/search.ts', project }).sites, []);
    const two = new ProjectIndex();
    two.addFile('src/lib/openai.ts', lib);
    two.addFile('src/groq/openai.ts', "import Groq from 'groq-sdk';\nexport default new Groq();\n");
    assert.deepEqual(detectCallSites(service.replace('src/lib/openai', 'src/groq/openai'), { fileName: 'src/services/ask.ts', project: two }).sites, []);
  });

  it("C#: an interpolated Azure deployment URL whose endpoint hole trims its slash (`{_config.Endpoint.TrimEnd('/')}`)", () => {
    const cs = 'public class Chat {\n    public async Task<string> Ask(string body) {\n        var url = $"{_config.Endpoint.TrimEnd(\'/\')}/openai/deployments/{_config.Deployment}/chat/completions?api-version={_config.ApiVersion}";\n        using var request = new HttpRequestMessage(HttpMethod.Post, url);\n        var response = await _http.SendAsync(request);\n        return await response.Content.ReadAsStringAsync();\n    }\n}\n';
    assert.deepEqual(found(cs, 'Chat.cs'), ['4 POST /v1/chat/completions azure']);
  });

  it('Ruby: a service class kept a ruby-openai client another file of the project builds and hands it (`Svc.new(client, …)`)', () => {
    const cli = [
      "require_relative './config/openai'",
      'class Cli',
      '  def summarise',
      '    client = OpenAI::Client.new',
      '    OpenAITools::Summariser.new(client, "gpt-4o").run(ARGV[0])',
      '  end',
      '  def transcribe',
      '    local = OpenAI::Client.new(uri_base: "http://localhost:8080/v1")',
      '    OpenAITools::Listener.new(model: "whisper-1", api: local).run',
      '  end',
      'end',
      '',
    ].join('\n');
    const summariser = 'module OpenAITools\n  class Summariser\n    attr_reader :client\n\n    def initialize(client, model)\n      @client = client\n      @model = model\n    end\n\n    def run(text)\n      client.chat(parameters: { model: @model, messages: [{ role: "user", content: text }] })\n    end\n  end\nend\n';
    const listener = 'module OpenAITools\n  class Listener\n    def initialize(model:, api:)\n      @api = api\n    end\n\n    def run\n      @api.audio.transcribe(parameters: { model: "whisper-1", file: File.open("a.mp3") })\n    end\n  end\nend\n';
    const project = new ProjectIndex();
    project.addFile('cli.rb', cli);
    project.addFile('tools/summariser.rb', summariser);
    project.addFile('tools/listener.rb', listener);
    const at = (text: string, file: string): string[] => detectCallSites(text, { fileName: file, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(at(summariser, 'tools/summariser.rb'), ['11 /v1/chat/completions openai']);
    assert.deepEqual(at(listener, 'tools/listener.rb'), ['8 /v1/audio/transcriptions other']);
    // (files named for OpenAI: the scan reads no file that names none of its terms)
    // without the project, nothing in these files says a client is there
    assert.deepEqual(found(summariser, 'tools/summariser.rb'), []);
    // a class of the same name handed something else is no client
    const other = new ProjectIndex();
    other.addFile('cli.rb', cli.replace('OpenAITools::Summariser.new(client, "gpt-4o")', 'OpenAITools::Summariser.new(logger, "gpt-4o")'));
    assert.deepEqual(detectCallSites(summariser, { fileName: 'tools/summariser.rb', project: other }).sites, []);
    // found in review: a class of the same last name in other modules, and a class written on one line (the next class's body is
    // not its own)
    const providers = new ProjectIndex();
    providers.addFile('cli.rb', 'client = OpenAI::Client.new\nProviders::OpenAI::Chat.new(client)\nReport.new(client).run\n');
    const claude = 'module Providers\n  module Anthropic\n    class Chat\n      def initialize(client)\n        @client = client\n      end\n      def available\n        @client.models.list\n      end\n    end\n  end\nend\n';
    providers.addFile('providers/anthropic/chat.rb', claude);
    assert.deepEqual(detectCallSites(claude, { fileName: 'providers/anthropic/chat.rb', project: providers }).sites, []);
    const openai = claude.replace('module Anthropic', 'module OpenAI');
    assert.deepEqual(detectCallSites(openai, { fileName: 'providers/openai/chat.rb', project: providers }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['8 /v1/models openai']);
    const mailer = '# models.list\nclass Report < Base; end\nclass Mailer\n  def initialize(client)\n    @client = client\n  end\n  def go\n    @client.files.upload(parameters: {})\n  end\nend\n';
    assert.deepEqual(detectCallSites(mailer, { fileName: 'lib/mailer.rb', project: providers }).sites, []);
  });

  it("@azure/openai's streaming methods under their names before 1.0.0-beta.9 (listChatCompletions, listCompletions)", () => {
    const ts = 'import { OpenAIClient, AzureKeyCredential } from "@azure/openai";\nconst client = new OpenAIClient(env.ENDPOINT, new AzureKeyCredential(env.KEY));\nexport async function* ask(messages: ChatRequestMessage[]) {\n  for await (const event of client.listChatCompletions("gpt-4", messages)) yield event;\n  const old = client.listCompletions("davinci", ["Hi"]);\n}\n';
    assert.deepEqual(found(ts, 'ask.ts'), ['4 POST /v1/chat/completions azure', '5 POST /v1/completions azure']);
  });

  it('Python: a request on a host constant another module of the project declares, imported by name', () => {
    const constants = 'import os\nOPENAI_HOST = "https://api.openai.com"\nLOCAL_HOST = "http://localhost:11434"\nAPI_KEY = os.environ["KEY"]\n';
    const task = 'import requests\nfrom app.constants import OPENAI_HOST, LOCAL_HOST, API_KEY\n\ndef speak(text):\n    return requests.post(f"{OPENAI_HOST}/v1/audio/speech", json={"input": text})\n\ndef chat(body):\n    return requests.post(f"{LOCAL_HOST}/v1/chat/completions", json=body)\n';
    const project = new ProjectIndex();
    project.addFile('app/constants.py', constants);
    project.addFile('app/task.py', task);
    assert.deepEqual(detectCallSites(task, { fileName: 'app/task.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['5 /v1/audio/speech openai', '8 /v1/chat/completions other']);
    assert.deepEqual(found(task, 'app/task.py'), ['5 POST /v1/audio/speech unknown', '8 POST /v1/chat/completions unknown']);
  });

  it('Rust: paths a joining helper puts after a lent base, as constants or one inference segment; a file whose only literal base is OpenAI\'s', () => {
    const rs = [
      'const CHAT_PATH: &str = "chat/completions";',
      'const SPEECH_PATH: &\'static str = "audio/speech";',
      'impl Llm {',
      '    async fn chat(&self, cfg: &Settings) -> Result<String> {',
      '        let url = join_url(&cfg.api_base, CHAT_PATH)?;',
      '        let res = self.http.post(url).json(&body).send().await?;',
      '    }',
      '    async fn speak(&self, cfg: &Settings) -> Result<Bytes> {',
      '        let url = join_url(&cfg.api_base, SPEECH_PATH)?;',
      '        self.http.post(url).json(&body).send().await?',
      '    }',
      '    async fn embed(&self, cfg: &Settings) -> Result<Vec<f32>> {',
      '        let url = join_url(&cfg.api_base, "embeddings")?;',
      '        self.http.post(url).json(&body).send().await?',
      '    }',
      '    async fn user(&self, cfg: &Settings) -> Result<()> {',
      '        let url = join_url(&cfg.api_base, "users")?;',
      '        self.http.get(url).send().await?',
      '    }',
      '    async fn ping(&self, cfg: &Settings) -> Result<()> {',
      '        let url = join_url(&cfg.api_base, "models")?;',
      '        self.http.get(url).send().await?',
      '    }',
      '    async fn health(&self, cfg: &Settings) -> Result<()> {',
      '        let url = join_url(&cfg.api_base, "health")?;',
      '        self.http.get(url).send().await?',
      '    }',
      '}',
      'fn join_url(base: &str, path: &str) -> Result<String> {',
      '    Ok(format!("{}/{}", base.trim_end_matches(\'/\'), path))',
      '}',
      '',
    ].join('\n');
    // (`users` and `health` are no endpoint, `models` is Anthropic's too: each clears the URL the function before it set)
    assert.deepEqual(found(rs, 'llm.rs'), ['6 POST /v1/chat/completions unknown', '10 POST /v1/audio/speech unknown', '14 POST /v1/embeddings unknown']);
    // one segment on a base set at run time: OpenAI's only in a file whose only literal base is OpenAI's
    const completions = 'pub const DEFAULT_BASE: &str = "https://api.openai.com/v1";\nimpl Client {\n    pub async fn complete(&self, prompt: String) -> Result<String> {\n        let endpoint = format!("{}/completions", self.base);\n        let res = reqwest::Client::new().post(endpoint).json(&prompt).send().await?;\n    }\n}\n';
    assert.deepEqual(found(completions, 'client.rs'), ['5 POST /v1/completions unknown']);
    assert.deepEqual(found(completions.replace('https://api.openai.com/v1', 'https://api.mistral.ai/v1'), 'client.rs'), []);
  });

  it('JavaScript: an axios instance a config module makes with a literal base and exports whole, required by another module', () => {
    const config = "const axios = require('axios');\nconst openRouterAPI = axios.create({\n  baseURL: 'https://openrouter.ai/api/v1',\n  headers: { Authorization: `Bearer ${process.env.OPENROUTER_API_KEY}` },\n});\nmodule.exports = openRouterAPI;\n";
    const controller = "const openRouterAPI = require('../config/openrouter');\nexports.suggest = async (req, res) => {\n  const response = await openRouterAPI.post('/chat/completions', { model: 'openai/gpt-4o', messages: [] });\n  res.json(response.data);\n};\n";
    const project = new ProjectIndex();
    project.addFile('config/openrouter.js', config);
    project.addFile('controllers/suggest.controller.js', controller);
    assert.deepEqual(detectCallSites(controller, { fileName: 'controllers/suggest.controller.js', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['3 /v1/chat/completions other']);
  });

  it("Azure OpenAI's paths outside a deployment (Assistants, files, vector stores) on an endpoint read at run time; not a gateway's /openai/ before an inference path", () => {
    const ts = 'const endpoint = process.env.AZURE_OPENAI_ENDPOINT;\nconst v = "2024-05-01-preview";\nexport async function run(threadId: string) {\n  const url = `${endpoint}/openai/threads?api-version=${v}`;\n  await fetch(url, { method: "POST", headers: { "api-key": key } });\n  await fetch(`${endpoint}/openai/threads/${threadId}/messages?api-version=${v}`, { method: "GET" });\n  await fetch(`${endpoint}/openai/vector_stores?api-version=${v}`, { method: "POST" });\n  await fetch(`${gatewayUrl}/openai/chat/completions`, { method: "POST" });\n}\n';
    assert.deepEqual(found(ts, 'azure-assistant.ts'), ['5 POST /v1/threads azure', '6 GET /v1/threads/{thread_id}/messages azure', '7 POST /v1/vector_stores azure', '8 POST /v1/chat/completions unknown']);
  });

  it("PHP: openai-php's client made as \\OpenAI::client(…) from a namespace, or with the method's name capitalised", () => {
    const php = '<?php\nnamespace App\\Http\\Controllers;\nclass OpenAIController {\n  public function ask($p) {\n    $client = \\OpenAI::Client(env("OPENAI_API_KEY"));\n    $r = $client->completions()->create(["model" => "gpt-3.5-turbo-instruct", "prompt" => $p]);\n    return \\OpenAI::client($k)->chat()->create(["model" => "m"]);\n  }\n}\n';
    assert.deepEqual(found(php, 'OpenAIController.php'), ['6 POST /v1/completions openai', '7 POST /v1/chat/completions openai']);
  });

  it('a request given a string that only interpolates a URL variable is given that variable', () => {
    const rb = 'class ChatGptService\n  BASE_URL = "https://api.openai.com/v1/chat/completions"\n\n  def call\n    HTTParty.post(\n      "#{BASE_URL}",\n      body: { model: "gpt-4o" }.to_json\n    )\n  end\nend\n';
    assert.deepEqual(found(rb, 'chat_gpt_service.rb'), ['5 POST /v1/chat/completions openai']);
    const js = 'const API_URL = "https://api.openai.com/v1/chat/completions";\nexport async function ask(body) {\n  await fetch(`${API_URL}`, { method: "POST", body });\n  await fetch("${API_URL}", { method: "POST", body });\n}\n';
    assert.deepEqual(found(js, 'ask.js'), ['3 POST /v1/chat/completions openai']);
    const py = 'import requests\nURL = "https://api.openai.com/v1/embeddings"\nrequests.post(f"{URL}", json={})\nrequests.post("{URL}", json={})\n';
    assert.deepEqual(found(py, 'embed.py'), ['3 POST /v1/embeddings openai']);
  });

  it("Python: an instance of a project class that keeps a client, made in place or handed out by the class's module", () => {
    const service = 'from openai import AzureOpenAI\n\nclass AzureOpenAIService:\n    def __init__(self):\n        self.client = AzureOpenAI(api_key=k, api_version=v, azure_endpoint=settings.AZURE_OPENAI_ENDPOINT)\n\n_service = None\n\ndef get_azure_openai_service() -> AzureOpenAIService:\n    global _service\n    if _service is None:\n        _service = AzureOpenAIService()\n    return _service\n\ndef make_service():\n    return AzureOpenAIService()\n';
    const user = (made: string): string => `from app.services.azure_openai import ${made.replace(/\(\)$/, '')}\n\ndef extract(text):\n    svc = ${made}\n    return svc.client.chat.completions.create(model=svc.deployment_name, messages=[{"role": "user", "content": text}])\n`;
    const sites = (made: string, other?: string): string[] => {
      const project = new ProjectIndex();
      project.addFile('app/services/azure_openai.py', service);
      if (other !== undefined) project.addFile('app/services/other_openai.py', other);
      project.addFile('app/services/metadata.py', user(made));
      return detectCallSites(user(made), { fileName: 'app/services/metadata.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    };
    assert.deepEqual(sites('AzureOpenAIService()'), ['5 /v1/chat/completions azure']);
    assert.deepEqual(sites('get_azure_openai_service()'), ['5 /v1/chat/completions azure']);
    assert.deepEqual(sites('make_service()'), ['5 /v1/chat/completions azure']);
    // (another module defining a function of the same name for another class: which one is imported is not ours to tell)
    assert.deepEqual(sites('make_service()', 'from openai import OpenAI\n\nclass Local:\n    def __init__(self):\n        self.client = OpenAI(base_url="http://localhost:1234/v1")\n\ndef make_service():\n    return Local()\n'), []);
    // (without the project, nothing says what svc is)
    assert.deepEqual(detectCallSites(user('AzureOpenAIService()'), { fileName: 'app/services/metadata.py' }).sites, []);
  });

  it("a raw POST to a run-time URL with only Azure's api-version query after it, known by its chat body", () => {
    const py = 'import httpx\n\nclass AzureOpenAIChat:\n    def __init__(self, settings):\n        self.api_url = settings.deployment_url\n\n    async def answer(self, messages):\n        payload = {"messages": messages, "temperature": 0.7}\n        async with httpx.AsyncClient() as client:\n            response = await client.post(\n                f"{self.api_url}?api-version={self.api_version}",\n                headers={"api-key": self.key},\n                json=payload,\n            )\n        return response.json()["choices"][0]["message"]["content"]\n';
    assert.deepEqual(found(py, 'azure.py'), ['10 POST /v1/chat/completions azure']);
    // (a query that is no Azure API version, and a body with no model: nothing is known)
    assert.deepEqual(found(py.replace('?api-version=', '?key='), 'azure.py'), []);
  });

  it('Python: the helpers of vector stores while they were under beta', () => {
    const py = 'from openai import OpenAI\nclient = OpenAI()\nb = client.beta.vector_stores.file_batches.upload_and_poll(vector_store_id=v, files=f)\nc = client.beta.vector_stores.files.create_and_poll(vector_store_id=v, file_id=i)\n';
    assert.deepEqual(found(py, 'reader.py'), ['3 MULTI /v1/files openai', '4 MULTI /v1/vector_stores/{vector_store_id}/files openai']);
  });

  it("Spring: a WebClient injected into a service, from the project's one bean with a literal base", () => {
    const config = 'package app.config;\nimport org.springframework.context.annotation.Bean;\n@Configuration\npublic class OpenAIConfig {\n    @Bean\n    public WebClient webClient() {\n        return WebClient.builder()\n                .baseUrl("https://api.openai.com/v1/")\n                .build();\n    }\n}\n';
    const service = 'package app.service;\n@Service\npublic class ChatService {\n    private final WebClient webClient;\n    public ChatService(WebClient webClient) {\n        this.webClient = webClient;\n    }\n    public String ask(String body) {\n        return webClient.post()\n                .uri("chat/completions")\n                .bodyValue(body)\n                .retrieve().bodyToMono(String.class).block();\n    }\n}\n';
    const project = new ProjectIndex();
    project.addFile('src/main/java/app/config/OpenAIConfig.java', config);
    project.addFile('src/main/java/app/service/ChatService.java', service);
    const sites = (index?: ProjectIndex): string[] => detectCallSites(service, { fileName: 'src/main/java/app/service/ChatService.java', ...(index ? { project: index } : {}) }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites(project), ['9 /v1/chat/completions openai']);
    // (a second bean with another base: which one is injected is Spring's choice; an OpenAI path sent on a base set elsewhere)
    project.addFile('src/main/java/app/config/LocalConfig.java', config.replace('OpenAIConfig', 'LocalConfig').replace('https://api.openai.com/v1/', 'http://localhost:11434/v1/'));
    assert.deepEqual(sites(project), ['9 /v1/chat/completions unknown']);
    assert.deepEqual(sites(), ['9 /v1/chat/completions unknown']);
  });

  it('a constructor keeps the module\'s client on this (and a parameter of that name is the caller\'s)', () => {
    const ts = (params: string): string =>
      ['import OpenAI, { type ClientOptions } from "openai";', 'const openaiClient = new OpenAI({ timeout: 20000 } as ClientOptions);', 'export class Service {', '  private openaiClient: OpenAI;', `  constructor(${params}) {`, '    this.openaiClient = openaiClient;', '  }', '  run() {', '    return this.openaiClient.chat.completions.create({ model: "m", messages: [] });', '  }', '}', ''].join('\n');
    assert.deepEqual(found(ts(''), 'service.ts'), ['9 POST /v1/chat/completions openai']);
    assert.deepEqual(found(ts('openaiClient: OpenAI'), 'service.ts'), ['9 POST /v1/chat/completions unknown']);
  });

  it('a Python factory that returns its client in a tuple, unpacked by the caller, also in another module', () => {
    const factory = ['import os', 'from openai import AzureOpenAI', '', 'def init_openai_client():', '    client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")', '    return client, os.environ["DEPLOYMENT"]', ''].join('\n');
    const user = ['from .openai_client import init_openai_client', '', 'client, _ = init_openai_client()', '', 'def embed(text):', '    return client.embeddings.create(model="m", input=[text])', '', 'def ask():', '    deployment, c = other()', '    return c.chat.completions.create(model="m", messages=[])', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/openai_client.py', factory);
    project.addFile('app/embed.py', user);
    const sites = detectCallSites(user, { fileName: 'app/embed.py', project }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['6 /v1/embeddings azure']);
    assert.match(sites[0]?.providerDetail ?? '', /init_openai_client\(\)\[0\]/);
    // in one file, the second place of the tuple
    const own = `${factory}\ndef run():\n    model, llm = init_openai_client()[::-1]\n    name, cl = swap()\n    return cl.models.list()\n\ndef swap():\n    c = AzureOpenAI(azure_endpoint="https://x.openai.azure.com")\n    return "m", c\n`;
    assert.deepEqual(found(own, 'own.py'), ['11 GET /v1/models azure']);
    assert.deepEqual(found(own.replace('return cl.models.list()', 'return model.models.list()'), 'own.py'), []);
  });

  it('a JavaScript factory that returns another factory\'s client (initPrimaryClient returns buildClient(…))', () => {
    const js = ['const OpenAI = require("openai");', 'function buildClient({ apiKey, baseURL }) {', '  const client = new OpenAI({ apiKey, baseURL });', '  return client;', '}', 'function initPrimaryClient() {', '  return buildClient({ apiKey: process.env.K, baseURL: process.env.PRIMARY_BASE_URL });', '}', 'function initLocal() {', '  return makeLocal();', '}', 'class Service {', '  init() {', '    this.primaryClient = initPrimaryClient();', '    this.local = initLocal();', '  }', '  run() {', '    return this.primaryClient.chat.completions.create({ model: "m", messages: [] });', '  }', '}', ''].join('\n');
    const sites = detectCallSites(js, { fileName: 'aiService.js' }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['18 /v1/chat/completions unknown']);
    assert.match(sites[0]?.providerDetail ?? '', /initPrimaryClient/);
  });

  it('Go: url.JoinPath onto a base field without a leading slash, a URL kept in an embedded struct\'s field, go-openai\'s engines', () => {
    const joined = ['package chatgpt', '', 'import (', '\t"bytes"', '\t"net/http"', '\t"net/url"', ')', '', 'type Client struct {', '\turl string', '}', '', 'func New() *Client {', '\treturn &Client{url: "https://api.openai.com/v1/"}', '}', '', 'func (c *Client) Ask(body []byte) (*http.Request, error) {', '\tu, err := url.JoinPath(c.url, "chat/completions")', '\tif err != nil {', '\t\treturn nil, err', '\t}', '\treturn http.NewRequest("POST", u, bytes.NewBuffer(body))', '}', '', 'func (c *Client) Other(body []byte) (*http.Request, error) {', '\tu, _ := url.JoinPath(c.path, "chat/completions")', '\treturn http.NewRequest("POST", u, bytes.NewBuffer(body))', '}', ''].join('\n');
    assert.deepEqual(found(joined, 'chatgpt.go'), ['22 POST /v1/chat/completions openai']);
    const embedded = (provider: string): string =>
      ['package transcriber', '', 'import "net/http"', '', 'type base struct {', '\tapiURL string', '}', '', 'type Groq struct {', '\tbase', '\tapiKey string', '}', '', 'func NewGroq(key string) *Groq {', `\tapiURL := "${provider}"`, '\treturn &Groq{base: base{apiURL: apiURL}, apiKey: key}', '}', '', 'func (g *Groq) Send() (*http.Request, error) {', '\treturn http.NewRequest("POST", g.apiURL, nil)', '}', ''].join('\n');
    assert.deepEqual(found(embedded('https://api.groq.com/openai/v1/audio/transcriptions'), 'groq.go'), ['20 POST /v1/audio/transcriptions other']);
    assert.deepEqual(found(embedded('https://api.openai.com/v1/audio/transcriptions').replace('\tbase\n\tapiKey', '\tapiKey'), 'groq.go'), []);
    const engines = 'package gpt\n\nimport (\n\t"context"\n\topenai "github.com/sashabaranov/go-openai"\n)\n\nfunc Check(ctx context.Context) error {\n\tclient := openai.NewClient("k")\n\t_, err := client.ListEngines(ctx)\n\treturn err\n}\n';
    assert.deepEqual(found(engines, 'gpt.go'), ['10 GET /v1/engines openai']);
  });

  it('JavaScript: a class\'s static method hands out a client it keeps on the class, called on the class here and from another module', () => {
    const api = ['import { OpenAI } from "openai";', 'export class OpenAiApi {', '  private static openai: OpenAI;', '  static init() {', '    const openai = new OpenAI({ apiKey: process.env.KEY });', '    OpenAiApi.openai = openai;', '  }', '  static getInterface(): OpenAI {', '    return OpenAiApi.openai;', '  }', '  static async ask(q: string) {', '    return this.getInterface().chat.completions.create({ model: "m", messages: [] });', '  }', '}', 'export function embed() {', '  return OpenAiApi.getInterface().embeddings.create({ model: "m", input: "x" });', '}', ''].join('\n');
    assert.deepEqual(found(api, 'src/api/openai.ts'), ['12 POST /v1/chat/completions openai', '16 POST /v1/embeddings openai']);
    const singleton = 'import OpenAI from "openai";\nexport class Service {\n  private static instance: OpenAI;\n  static get(): OpenAI {\n    if (!Service.instance) Service.instance = new OpenAI({ baseURL: "http://localhost:11434/v1" });\n    return Service.instance;\n  }\n}\nawait Service.get().models.list();\n';
    assert.deepEqual(found(singleton, 'service.ts'), ['9 GET /v1/models other']);
    const user = ['import { OpenAiApi } from "../api/openai.js";', 'import { Other } from "../api/other.js";', 'export async function draw(prompt: string) {', '  await Other.getInterface().images.generate({ prompt });', '  return OpenAiApi.getInterface().images.generate({ prompt });', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('src/api/openai.ts', api);
    project.addFile('src/commands/image.ts', user);
    assert.deepEqual(
      detectCallSites(user, { fileName: 'src/commands/image.ts', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`),
      ['5 /v1/images/generations openai'],
    );
    assert.deepEqual(found(user, 'src/commands/image.ts'), []);
  });

  it('Go: a resty request whose path ends a chain of calls on a client of configured base; a test client\'s chain is no request', () => {
    const go = ['package repo', '', 'import (', '\t"context"', '', '\t"github.com/go-resty/resty/v2"', '\t"github.com/spf13/viper"', ')', '', 'type openaiClient struct {', '\thttpClient *resty.Client', '}', '', 'func New() *openaiClient {', '\tclient := resty.New().SetBaseURL(viper.GetString("GPT_URL"))', '\treturn &openaiClient{httpClient: client}', '}', '', 'func (o *openaiClient) Transcribe(ctx context.Context, body []byte) error {', '\t_, err := o.httpClient.R().', '\t\tSetContext(ctx).', '\t\tSetBody(body).', '\t\tPost("/audio/transcriptions")', '\treturn err', '}', ''].join('\n');
    assert.deepEqual(found(go, 'openai_api.go'), ['23 POST /v1/audio/transcriptions unknown']);
    const test = 'const chai = require("chai");\nit("proxies", async () => {\n  const res = await chai.request(app).post("/v1/chat/completions").send({ model: "m", messages: [] });\n});\n';
    assert.deepEqual(found(test, 'proxy.test.js'), []);
  });

  it('review of the twentieth session: a test client\'s chain, another class\'s method of a factory\'s name, a member given the client and a local of its name', () => {
    const tests = [
      'RestAssured.given().body(b).when().post("/v1/chat/completions");',
      'webTestClient.post().uri("/v1/chat/completions").bodyValue(req).exchange();',
      'mockMvc.perform(post("/v1/chat/completions"));',
    ].join('\n');
    assert.deepEqual(found(tests, 'ProxyTest.java'), []);
    assert.deepEqual(found("const res = await ctx.app.inject().post('/v1/chat/completions');\n", 'proxy.test.ts'), []);
    const drive = 'import OpenAI from "openai";\nimport { google } from "googleapis";\nexport function getClient() { return new OpenAI(); }\nclass Drive {\n  static getClient() { return google.drive({ version: "v3" }); }\n}\nawait Drive.getClient().files.create({ requestBody: {} });\nawait getClient().files.create({ file: f, purpose: "batch" });\n';
    assert.deepEqual(found(drive, 'drive.ts'), ['8 POST /v1/files openai']);
    const groq = 'import OpenAI from "openai";\nimport Groq from "groq-sdk";\nconst openai = new OpenAI();\nclass A {\n  constructor() {\n    this.api = openai;\n  }\n}\nconst api = new Groq({ apiKey: k });\nawait api.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(found(groq, 'groq.ts'), []);
  });

  it('Go: resty requests to the Assistants API\'s own paths, concatenated, on a client of configured base: OpenAI\'s beside the client\'s audio request or with the OpenAI-Beta header; not a route of another API', () => {
    const head = ['package repo', '', 'import "github.com/go-resty/resty/v2"', '', 'type repo struct {', '\thttpClient *resty.Client', '}', ''];
    const beside = [...head, 'func (o *repo) Transcribe(b []byte) {', '\to.httpClient.R().SetBody(b).Post("/audio/transcriptions")', '}', '', 'func (o *repo) Messages(threadID string) {', '\to.httpClient.R().', '\t\tGet("/threads/" + threadID + "/messages")', '}', '', 'func (o *repo) Remove(id string) {', '\to.httpClient.R().Delete("/assistants/" + id)', '}', ''].join('\n');
    assert.deepEqual(found(beside, 'openai_api.go'), ['10 POST /v1/audio/transcriptions unknown', '15 GET /v1/threads/{thread_id}/messages unknown', '19 DELETE /v1/assistants/{assistant_id} unknown']);
    const header = [...head, 'func (o *repo) NewThread() {', '\to.httpClient.R().', '\t\tSetHeader("OpenAI-Beta", "assistants=v2").', '\t\tPost("/threads")', '}', ''].join('\n');
    assert.deepEqual(found(header, 'openai_api.go'), ['12 POST /v1/threads unknown']);
    // the same paths with no sign of OpenAI: a forum's threads, a CRM's files
    const forum = [...head, 'func (o *repo) NewThread() {', '\to.httpClient.R().SetBody(t).Post("/threads")', '\to.httpClient.R().Get("/threads/" + id + "/messages")', '\to.httpClient.R().Get("/files")', '}', ''].join('\n');
    assert.deepEqual(found(forum, 'forum.go'), []);
  });

  it('TypeScript: a function of its own module typed to take a client, called by the project\'s other modules with the client they build (a NestJS service handing use cases this.openai); not when one caller hands something else', () => {
    const useCase = ['import OpenAI from "openai";', '', 'export const imageVariationUseCase = async (openai: OpenAI, options: { image: string }) => {', '  return openai.images.createVariation({ image: options.image });', '};', ''].join('\n');
    const service = ['import OpenAI from "openai";', 'import { imageVariationUseCase } from "./use-cases";', 'import whisper from "../whisper";', '', 'export class GptService {', '  private openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });', '', '  async variation(image: string) {', '    return imageVariationUseCase(this.openai, { image });', '  }', '', '  async transcribe(file: File) {', '    return whisper(this.openai, file);', '  }', '}', ''].join('\n');
    const whisper = ['import OpenAI from "openai";', '', 'export default async function whisper(openai: OpenAI, file: File) {', '  return openai.audio.transcriptions.create({ model: "whisper-1", file });', '}', ''].join('\n');
    const sites = (project: ProjectIndex, text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${providerOf(s)}`);
    const project = new ProjectIndex();
    project.addFile('src/gpt/gpt.service.ts', service);
    assert.deepEqual(sites(project, useCase, 'src/gpt/use-cases/image-variation.use-case.ts'), ['4 /v1/images/variations unknown (handed openai)']);
    assert.deepEqual(sites(project, whisper, 'src/whisper.ts'), ['4 /v1/audio/transcriptions unknown (handed openai)']);
    assert.deepEqual(found(useCase, 'src/gpt/use-cases/image-variation.use-case.ts'), ['4 POST /v1/images/variations unknown']);
    // another module hands it a client of another provider's base: which one a call gets is decided at run time
    project.addFile('src/local/local.service.ts', service.replace('GptService', 'LocalService').replace('apiKey: process.env.OPENAI_API_KEY', 'baseURL: "http://localhost:11434/v1"'));
    assert.deepEqual(sites(project, useCase, 'src/gpt/use-cases/image-variation.use-case.ts'), ['4 /v1/images/variations unknown']);
  });

  it('a client handed in whose callers are not followed, in a project that builds its clients only with the default base URL, is one of those; not where the project also builds one with another base, or builds none', () => {
    const assistant = 'class Assistant:\n    def __init__(self, async_client):\n        self._async_client = async_client\n\n    async def create(self):\n        return await self._async_client.beta.assistants.create(model="gpt-4o")\n';
    const settings = 'from openai import AsyncOpenAI\n\nclass Settings:\n    @property\n    def async_client(self) -> AsyncOpenAI:\n        if not hasattr(self, "_async_client"):\n            self._async_client = AsyncOpenAI(api_key=self.OPENAI_KEY)\n        return self._async_client\n';
    const whisper = 'import OpenAI from "openai";\nexport default async function whisper(openai: OpenAI, file: File) {\n  return openai.audio.transcriptions.create({ model: "whisper-1", file });\n}\n';
    const server = 'import OpenAI from "openai";\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n';
    const sites = (text: string, fileName: string, files: Array<[string, string]>): string[] => {
      const project = new ProjectIndex();
      for (const [name, body] of files) project.addFile(name, body);
      return detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    };
    assert.deepEqual(sites(assistant, 'assistant/assistant.py', [['config/settings.py', settings]]), ['6 /v1/assistants openai']);
    assert.deepEqual(sites(whisper, 'src/whisper.ts', [['src/server.ts', server]]), ['3 /v1/audio/transcriptions openai']);
    // another base (a local server's), Azure, options handed over whole: the caller decides
    assert.deepEqual(sites(assistant, 'assistant/assistant.py', [['config/settings.py', settings], ['config/local.py', 'from openai import OpenAI\nlocal = OpenAI(base_url="http://localhost:11434/v1")\n']]), ['6 /v1/assistants unknown']);
    assert.deepEqual(sites(assistant, 'assistant/assistant.py', [['config/settings.py', settings.replace('AsyncOpenAI(api_key=self.OPENAI_KEY)', 'AsyncOpenAI(**self.options)')]]), ['6 /v1/assistants unknown']);
    assert.deepEqual(sites(whisper, 'src/whisper.ts', [['src/server.ts', server], ['src/azure.ts', 'import { AzureOpenAI } from "openai";\nexport const azure = new AzureOpenAI({ endpoint, apiVersion });\n']]), ['3 /v1/audio/transcriptions unknown']);
    assert.deepEqual(sites(whisper, 'src/whisper.ts', [['src/server.ts', 'import OpenAI from "openai";\nexport const openai = new OpenAI(options);\n']]), ['3 /v1/audio/transcriptions unknown']);
    // a project that builds no client (a library: its users hand theirs), and a file read again without its client
    assert.deepEqual(sites(assistant, 'assistant/assistant.py', []), ['6 /v1/assistants unknown']);
    assert.deepEqual(sites(assistant, 'assistant/assistant.py', [['config/settings.py', settings], ['config/settings.py', 'from openai import AsyncOpenAI\n']]), ['6 /v1/assistants unknown']);
    // a subclass's declaration builds nothing
    assert.deepEqual(sites(assistant, 'assistant/assistant.py', [['config/settings.py', settings], ['config/mine.py', 'from openai import OpenAI\nclass Mine(OpenAI):\n    pass\n']]), ['6 /v1/assistants openai']);
  });

  it('TypeScript: a URL built on a class field with a literal initializer no method sets, or one only the constructor sets; not a field set both ways', () => {
    const groq = ['export class GroqAPI {', "  private baseUrl: string = 'https://api.groq.com/openai/v1';", '  async generate(messages: Message[]) {', '    const url = `${this.baseUrl}/chat/completions`;', "    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ messages }) });", '    return response.json();', '  }', '}', ''].join('\n');
    assert.deepEqual(found(groq, 'src/api/groq.ts'), ['5 POST /v1/chat/completions other']);
    const set = groq.replace("  private baseUrl: string = 'https://api.groq.com/openai/v1';", "  private baseUrl: string;\n  constructor() {\n    this.baseUrl = 'https://api.openai.com/v1';\n  }");
    assert.deepEqual(found(set, 'src/api/openai.ts'), ['8 POST /v1/chat/completions openai']);
    const both = groq.replace('  async generate', '  useLocal() {\n    this.baseUrl = process.env.LOCAL_URL;\n  }\n  async generate');
    assert.deepEqual(found(both, 'src/api/groq.ts'), ['8 POST /v1/chat/completions unknown']);
  });

  it("Ruby: an HTTParty class's subclass in another file sends to the parent's base_uri, also a path the instance keeps in a variable set once; not with another API's base, nor a path set twice", () => {
    const base = (uri: string): string => `require 'httparty'\nmodule OpenAi\n  class Base\n    include HTTParty\n    base_uri '${uri}'\n  end\nend\n`;
    const thread = ['module OpenAi', '  class CreateThreadMessage < Base', '    def initialize(thread_id)', '      super()', '      @path = "/threads/#{thread_id}/messages"', '    end', '', '    def call', '      self.class.post(@path, headers: @headers)', '    end', '  end', 'end', ''].join('\n');
    const sites = (uri: string, text: string): string[] => {
      const project = new ProjectIndex();
      project.addFile('app/services/open_ai/base.rb', base(uri));
      return detectCallSites(text, { fileName: 'app/services/open_ai/create_thread_message.rb', project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`);
    };
    assert.deepEqual(sites('https://api.openai.com/v1', thread), ['9 POST /v1/threads/{thread_id}/messages openai']);
    assert.deepEqual(found(thread, 'app/services/open_ai/create_thread_message.rb'), []);
    assert.deepEqual(sites('https://forum.example.com/api', thread), []);
    assert.deepEqual(sites('https://api.openai.com/v1', thread.replace('    def call', '    def other\n      @path = "/threads"\n    end\n\n    def call')), []);
    // (another module's class of that name is another class)
    assert.deepEqual(sites('https://api.openai.com/v1', thread.replace('module OpenAi', 'module Forum')), []);
  });

  it('Python: any resource of a client handed in that the file calls the Assistants API on (its files.retrieve too); an openai<1.0 resource made into an instance in two functions', () => {
    const assistant = ['class Assistant:', '    def __init__(self, open_ai_client, db):', '        self.open_ai_client = open_ai_client', '', '    async def ask(self, thread_id, text):', '        await self.open_ai_client.beta.threads.messages.create(thread_id=thread_id, role="user", content=text)', '', '    async def cite(self, file_id):', '        return await self.open_ai_client.files.retrieve(file_id)', ''].join('\n');
    assert.deepEqual(found(assistant, 'src/assistant.py'), ['6 POST /v1/threads/{thread_id}/messages unknown', '9 GET /v1/files/{file_id} unknown']);
    // (with no Assistants call on it, `files` could be another SDK's: Anthropic has one)
    assert.deepEqual(found(assistant.replace('        await self.open_ai_client.beta.threads.messages.create(thread_id=thread_id, role="user", content=text)', '        pass'), 'src/assistant.py'), []);
    const legacy = ['import openai', 'from openai import Audio', '', 'audio_object = Audio()', '', 'def transcribe(f):', '    return audio_object.transcribe(model="whisper-1", file=f)', '', 'def again(f):', '    audio_object = Audio()', '    return audio_object.transcribe(model="whisper-1", file=f)', ''].join('\n');
    assert.deepEqual(found(legacy, 'main.py'), ['7 POST /v1/audio/transcriptions openai', '11 POST /v1/audio/transcriptions openai']);
  });

  it("JavaScript: a function's own `const url` is not what a later function reads under that name (its loop's variable, its own template of a base and a path)", () => {
    const js = [
      'async function chat(azure, d) {',
      '  const url = `${azure.endpoint}/openai/deployments/${d}/chat/completions?api-version=2024-10-21`;',
      '  return fetch(url, { method: "POST", body: "{}" });',
      '}',
      '',
      'async function each(urls) {',
      '  for (const url of urls) {',
      '    await fetch(url, { method: "POST" });',
      '  }',
      '}',
      '',
      'async function putJson(baseUrl, path, body) {',
      '  const root = String(baseUrl || "").replace(/\\/+$/, "");',
      '  const url = `${root}${path}`;',
      '  return fetch(url, { method: "PUT", body: JSON.stringify(body) });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'scripts/digest.mjs'), ['3 POST /v1/chat/completions azure']);
  });

  it('Python: a client named in Portuguese or Spanish (`cliente`), imported from the project or handed to a class; the prefilter passes image edits and variations', () => {
    const utils = 'from openai import OpenAI\nimport os\ncliente = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\n';
    const variants = 'from utils import cliente\n\nresposta = cliente.images.create_variation(model="dall-e-2", image=open(p, "rb"), n=3)\n';
    const chat = 'from utils import cliente\n\nclass ChatAssistente:\n    def __init__(self, cliente, id_assistente):\n        self.cliente = cliente\n        self.thread = self.cliente.beta.threads.create()\n\nChatAssistente(cliente, "asst_1")\n';
    const project = new ProjectIndex();
    project.addFile('utils/__init__.py', utils);
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites(variants, 'imagens/variantes.py'), ['3 /v1/images/variations openai']);
    assert.deepEqual(sites(chat, 'assistentes/chat.py'), ['6 /v1/threads openai']);
    for (const call of ['cliente.images.create_variation(image=f)', 'cliente.images.edit(image=f, prompt="p")', 'await openai.images.createVariation({ image })']) assert.equal(mayMentionOpenAI(`from utils import x\n${call}\n`), true, call);
  });

  it("Dart: a field a constructor's named parameter sets, with an endpoint constant as its default: that endpoint, its destination the caller's", () => {
    const dart = [
      "import 'package:http/http.dart' as http;",
      '',
      'class OpenRouterService {',
      '  static const _defaultEndpoint =',
      "      'https://openrouter.ai/api/v1/chat/completions';",
      '  final String apiKey;',
      '  final String chatUrl;',
      '',
      '  const OpenRouterService({',
      '    required this.apiKey,',
      '    this.chatUrl = _defaultEndpoint,',
      '  });',
      '',
      '  Future<String> ask(String body) async {',
      '    final res = await http',
      '        .post(Uri.parse(chatUrl), body: body)',
      '        .timeout(const Duration(seconds: 45));',
      '    return res.body;',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(dart, 'lib/services/openrouter_service.dart'), ['15 POST /v1/chat/completions unknown']);
    // (a field no constructor default sets is no URL)
    assert.deepEqual(found(dart.replace('    this.chatUrl = _defaultEndpoint,', '    required this.chatUrl,'), 'lib/services/openrouter_service.dart'), []);
  });

  it('review of the twenty-first session: a parameter a caller hands another SDK, options from a call, a local client of another function, a path of the admin API, Spanish customers, HTTParty classes nested and re-read, a JS file re-read without its client', () => {
    const sites = (files: Array<[string, string]>, text: string, fileName: string): string[] => {
      const project = new ProjectIndex();
      for (const [name, body] of files) project.addFile(name, body);
      return detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${providerOf(x)}`);
    };
    // a caller in view hands the parameter a Groq client: not settled by how the project builds OpenAI's
    const chat = 'import openai\n\ndef chat(client, msgs):\n    return client.chat.completions.create(model="m", messages=msgs)\n';
    const embed: [string, string] = ['app/embed.py', 'from openai import OpenAI\nclient = OpenAI()\n'];
    assert.deepEqual(sites([embed, ['app/chat.py', chat]], chat, 'app/chat.py'), ['4 /v1/chat/completions openai']);
    // (keywords over lines with a trailing comma are options written out; a positional value is not)
    assert.deepEqual(sites([['app/embed.py', 'from openai import OpenAI\nclient = OpenAI(\n    api_key=key,\n)\n'], ['app/chat.py', chat]], chat, 'app/chat.py'), ['4 /v1/chat/completions openai']);
    assert.deepEqual(sites([['app/embed.py', 'from openai import OpenAI\nclient = OpenAI(settings)\n'], ['app/chat.py', chat]], chat, 'app/chat.py'), ['4 /v1/chat/completions unknown']);
    // (a caller the index reads: one naming OpenAI, as the scan's prefilter passes it; one that names nothing of it is not read)
    assert.deepEqual(sites([embed, ['app/chat.py', chat], ['app/main.py', 'import openai\nfrom groq import Groq\nfrom app.chat import chat\nllm = Groq()\nchat(llm, [])\n']], chat, 'app/chat.py'), ['4 /v1/chat/completions unknown']);
    // options from a call are no default base URL
    const whisper = 'import OpenAI from "openai";\nexport default async function whisper(openai: OpenAI, file: File) {\n  return openai.audio.transcriptions.create({ model: "whisper-1", file });\n}\n';
    assert.deepEqual(sites([['src/server.ts', 'import OpenAI from "openai";\nexport const openai = new OpenAI(providerOptions());\n']], whisper, 'src/whisper.ts'), ['3 /v1/audio/transcriptions unknown']);
    // a local client of another Go function says nothing of this one's; an admin path is no evidence; /conversations is others' too
    const go = ['package p', '', 'func Ask(b string) {', '\tclient := resty.New().SetBaseURL(b)', '\tclient.R().Post("/chat/completions")', '}', '', 'func Threads(forum string) {', '\tclient := resty.New().SetBaseURL(forum)', '\tclient.R().Get("/threads")', '\tclient.R().Post("/assistants")', '}', ''].join('\n');
    assert.deepEqual(found(go, 'p.go'), ['5 POST /v1/chat/completions unknown']);
    const admin = 'package p\n\nfunc (c *C) A() {\n\tc.http.R().Get("/organization/users")\n\tc.http.R().Post("/batches")\n\tc.http.R().Post("/conversations")\n}\n';
    assert.deepEqual(found(admin, 'p.go'), []);
    // `cliente` as a customer, in a file that builds a client of its own
    const customers = 'from openai import OpenAI\nia = OpenAI()\n\ndef guardar_archivo(cliente, archivo):\n    return cliente.files.create(archivo=archivo)\n';
    assert.deepEqual(found(customers, 'servicios.py'), []);
    // an HTTParty class after a one-line class and a closed module, and the base file read again
    const base = "module Helpers\n  def self.x; end\nend\n\nmodule OpenAi\n  class Error < StandardError; end\n  class Base\n    include HTTParty\n    base_uri 'https://api.openai.com/v1'\n  end\nend\n";
    const thread = "module OpenAi\n  class CreateThread < Base\n    def call\n      self.class.post('/threads', headers: {})\n    end\n  end\nend\n";
    assert.deepEqual(sites([['app/base.rb', base]], thread, 'app/create_thread.rb'), ['4 /v1/threads openai']);
    assert.deepEqual(sites([['app/base.rb', base], ['app/base.rb', base.replace('https://api.openai.com/v1', 'https://forum.example.com')]], thread, 'app/create_thread.rb'), []);
    // a JavaScript service read again without its client hands nothing any more
    const useCase = 'import OpenAI from "openai";\nexport const ask = async (openai: OpenAI) => openai.models.list();\n';
    const service = 'import OpenAI from "openai";\nimport { ask } from "./use-cases";\nexport class S {\n  private openai = new OpenAI({ baseURL: "http://localhost:11434/v1" });\n  run() { return ask(this.openai); }\n}\n';
    assert.deepEqual(sites([['src/s.ts', service]], useCase, 'src/use-cases.ts'), ['2 /v1/models unknown (handed other)']);
    assert.deepEqual(sites([['src/s.ts', service], ['src/s.ts', 'export class S {}\n']], useCase, 'src/use-cases.ts'), ['2 /v1/models unknown']);
  });

  it('found by held-out corpus 288: a path constant put after a run-time base (Go `fmt.Sprintf("%s%s", c.apiUrl, CompletionPath)` with `CompletionPath string = "/v1/…"`, `f"{BASE}{CHAT_PATH}"`, `${base}${CHAT_PATH}`), and a path formatted under a method returning that URL', () => {
    const go = 'package reports\n\nconst (\n\tCompletionPath string = "/v1/chat/completions"\n\tBatchesPath    string = "/v1/batches"\n)\n\ntype Client struct{ apiUrl string }\n\nfunc (c *Client) batchesUrl() string {\n\treturn fmt.Sprintf("%s%s", c.apiUrl, BatchesPath)\n}\n\nfunc (c *Client) Run(id string) {\n\treq, _ := http.NewRequest("POST", fmt.Sprintf("%s/%s", c.apiUrl, CompletionPath), nil)\n\treq2, _ := http.NewRequest("POST", c.batchesUrl(), nil)\n\treq3, _ := http.NewRequest("GET", fmt.Sprintf("%s/%s", c.batchesUrl(), id), nil)\n\tu := fmt.Sprintf("%s/%s/cancel", c.batchesUrl(), id)\n\treq4, _ := http.NewRequest(http.MethodPost, u, nil)\n\t_, _, _, _ = req, req2, req3, req4\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['15 POST /v1/chat/completions unknown', '16 POST /v1/batches unknown', '17 GET /v1/batches/{batch_id} unknown', '19 POST /v1/batches/{batch_id}/cancel unknown']);
    // (a path no endpoint has, formatted under it, is no request of the API)
    const other = 'package reports\n\nconst BatchesPath string = "/v1/batches"\n\ntype Client struct{ apiUrl string }\n\nfunc (c *Client) batchesUrl() string {\n\treturn fmt.Sprintf("%s%s", c.apiUrl, BatchesPath)\n}\n\nfunc (c *Client) Health() {\n\treq, _ := http.NewRequest("GET", fmt.Sprintf("%s/%s", c.batchesUrl(), "healthz/deep"), nil)\n\t_ = req\n}\n';
    assert.deepEqual(found(other, 'client.go'), []);
    const py = 'import os, requests\nCHAT_PATH = "/v1/chat/completions"\nBASE = os.getenv("LLM_BASE")\nrequests.post(f"{BASE}{CHAT_PATH}", json={})\n';
    assert.deepEqual(found(py, 'a.py'), ['4 POST /v1/chat/completions unknown']);
    const ts = 'const CHAT_PATH = "/v1/chat/completions";\nexport const ask = (base: string, body: string) => fetch(`${base}${CHAT_PATH}`, { method: "POST", body });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['2 POST /v1/chat/completions unknown']);
    // (a name also given a value at run time says nothing of the path; nor does a function's own name, for another's parameter)
    const changed = 'let CHAT_PATH = "/v1/chat/completions";\nif (beta) CHAT_PATH = pick();\nexport const ask = (base: string) => fetch(`${base}${CHAT_PATH}`, { method: "POST" });\n';
    assert.deepEqual(found(changed, 'b.ts'), []);
    const local = 'import requests\nBASE = "https://api.openai.com"\ndef models():\n    path = "/v1/models"\n    return path\n\ndef send(base, path, body):\n    return requests.post(f"{base}{path}", json=body)\n';
    assert.deepEqual(found(local, 'c.py'), []);
    const goLocal = 'package c\n\nfunc (c *Client) Models() {\n\tpath := "/v1/models"\n\t_ = path\n}\n\nfunc (c *Client) Do(method, path string) {\n\treq, _ := http.NewRequest(method, fmt.Sprintf("%s%s", c.baseURL, path), nil)\n\t_ = req\n}\n';
    assert.deepEqual(found(goLocal, 'c.go'), []);
  });

  it('found by held-out corpus 290: a Ruby URL constant typed in place by Sorbet (`IMAGE_EDITING_URL = T.let("#{API_BASE_URL}/images/edits", String)`)', () => {
    const rb = 'class OpenAiService\n  API_BASE_URL = "https://api.openai.com/v1"\n  IMAGE_EDITING_URL = T.let("#{API_BASE_URL}/images/edits", String)\n  LOCAL_URL = T.let("http://localhost:11434/v1/chat/completions", String)\n\n  def edit(form)\n    HTTParty.post(IMAGE_EDITING_URL, body: form)\n    HTTParty.post(LOCAL_URL, body: form)\n  end\nend\n';
    assert.deepEqual(found(rb, 'open_ai_service.rb'), ['7 POST /v1/images/edits openai', '8 POST /v1/chat/completions other']);
  });

  it('found by held-out corpora 274, 283 and 292: Rust URLs parsed in place (`let url = Url::parse("https://…")?;`) and a struct field every literal gives a URL constant (`Self { base_url: OPENAI_API_URL.to_string() }`, read as `self.base_url`)', () => {
    const parsed = 'use reqwest::{Client, Url};\n\npub async fn send(client: &Client) -> Result<()> {\n    let url = Url::parse("https://api.openai.com/v1/chat/completions")?;\n    let req = client.post(url);\n    Ok(())\n}\n';
    assert.deepEqual(found(parsed, 'openai.rs'), ['5 POST /v1/chat/completions openai']);
    const field = 'const OPENAI_API_URL: &str = "https://api.openai.com/v1/embeddings";\n\npub struct Embedder {\n    client: reqwest::Client,\n    base_url: String,\n}\n\nimpl Embedder {\n    pub fn new() -> Self {\n        Self { client: reqwest::Client::new(), base_url: OPENAI_API_URL.to_string() }\n    }\n    pub async fn embed(&self) {\n        let r = self.client.post(&self.base_url).send().await;\n    }\n}\n';
    assert.deepEqual(found(field, 'openai.rs'), ['13 POST /v1/embeddings openai']);
    // (a second constructor that takes the URL leaves it to the caller)
    const given = field.replace('    pub async fn embed', '    pub fn with_url(base_url: String) -> Self {\n        Self { client: reqwest::Client::new(), base_url }\n    }\n    pub async fn embed');
    assert.deepEqual(found(given, 'openai.rs'), []);
    // (held-out corpus 292: `url: String::from(OPEN_API_URL)`, read through a client handed to a function)
    const handed = 'const OPEN_API_URL: &str = "https://api.openai.com/v1/chat/completions";\npub struct GPTClient {\n    url: String,\n}\nimpl GPTClient {\n    pub fn new() -> Self {\n        GPTClient { url: String::from(OPEN_API_URL) }\n    }\n}\npub fn ask(client: &GPTClient, http: &reqwest::blocking::Client) {\n    let r = http.post(&client.url).send();\n}\n';
    assert.deepEqual(found(handed, 'gpt.rs'), ['11 POST /v1/chat/completions openai']);
    // (another struct's field of that name is its own; a field serde may fill, or one changed in place, is not the constant's)
    assert.deepEqual(found(`${handed}pub struct Webhook {\n    url: String,\n}\npub fn hook(hook: &Webhook, http: &reqwest::blocking::Client) {\n    let r = http.post(&hook.url).send();\n}\n`, 'hook.rs'), ['11 POST /v1/chat/completions openai']);
    assert.deepEqual(found(handed.replace('pub struct GPTClient', '#[derive(Deserialize, Default)]\npub struct GPTClient'), 'cfg.rs'), []);
    assert.deepEqual(found(handed.replace('    let r = http', '    client.url.push_str("?x=1");\n    let r = http'), 'pushed.rs'), []);
  });

  it('found by held-out corpus 292: a Swift URL constant another file declares wrapped in place (`static let openAIChatURL = URL(string: "https://…")!`)', () => {
    const project = new ProjectIndex();
    project.addFile('Buddy/Constants.swift', 'enum Constants {\n    static let anthropicURL = URL(string: "https://api.anthropic.com/v1/messages")!\n    static let openAIChatURL = URL(string: "https://api.openai.com/v1/chat/completions")!\n}\n');
    const swift = 'final class OpenAIService {\n    func ask() async throws {\n        var request = URLRequest(url: Constants.openAIChatURL)\n        request.httpMethod = "POST"\n        let (data, _) = try await URLSession.shared.data(for: request)\n        var other = URLRequest(url: Constants.anthropicURL)\n        other.httpMethod = "POST"\n        let (d2, _) = try await URLSession.shared.data(for: other)\n    }\n}\n';
    assert.deepEqual(detectCallSites(swift, { fileName: 'Buddy/OpenAIService.swift', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['3 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 292: a C# HttpClient registered with its base in another file (`AddHttpClient("OpenAI", client => { client.BaseAddress = new Uri("https://api.openai.com/"); })`, a typed client `AddHttpClient<OpenAIService>`)', () => {
    const project = new ProjectIndex();
    project.addFile('Program.cs', 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("OpenAI", client =>\n{\n    client.BaseAddress = new Uri("https://api.openai.com/");\n});\nbuilder.Services.AddHttpClient<LocalLlmService>(c => c.BaseAddress = new Uri("http://localhost:11434/"));\nbuilder.Services.AddHttpClient("Other", c => c.BaseAddress = new Uri(builder.Configuration["Url"]));\n');
    const controller = 'public class ChatController : Controller\n{\n    private async Task<string> Ask()\n    {\n        var client = _httpClientFactory.CreateClient("OpenAI");\n        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions");\n        using var response = await client.SendAsync(request);\n        return "";\n    }\n}\n';
    const sites = (text: string, fileName: string): string[] => detectCallSites(text, { fileName, project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);
    assert.deepEqual(sites(controller, 'Controllers/ChatController.cs'), ['6 POST /v1/chat/completions openai']);
    const typed = 'public class LocalLlmService\n{\n    private readonly HttpClient _http;\n    public LocalLlmService(HttpClient http) { _http = http; }\n    public Task<HttpResponseMessage> Chat(HttpContent body) => _http.PostAsync("v1/chat/completions", body);\n}\n';
    assert.deepEqual(sites(typed, 'Services/LocalLlmService.cs'), ['5 POST /v1/chat/completions other']);
    // (a client registered with a base from configuration: the API's path on a host decided at run time)
    assert.deepEqual(sites(controller.replace('CreateClient("OpenAI")', 'CreateClient("Other")'), 'Controllers/OtherController.cs'), ['6 POST /v1/chat/completions unknown']);
    // (the typed client's own HttpClient only: not one it makes itself, nor another class's in its file, whose relative
    // requests stay on a base set elsewhere)
    const mixed = typed.replace('public Task<HttpResponseMessage> Chat', 'public Task<HttpResponseMessage> Own(HttpContent b) { HttpClient mine = new HttpClient(); return mine.PostAsync("v1/embeddings", b); }\n    public Task<HttpResponseMessage> Chat') + 'public class Other\n{\n    private readonly HttpClient _other;\n    public Task<HttpResponseMessage> Go(HttpContent b) => _other.PostAsync("v1/moderations", b);\n}\n';
    assert.deepEqual(sites(mixed, 'Services/LocalLlmService.cs'), ['5 POST /v1/embeddings unknown', '6 POST /v1/chat/completions other', '11 POST /v1/moderations unknown']);
    // (two typed clients' classes in one file: which one a field belongs to is not read; a second registration is not the first's)
    project.addFile('Startup.cs', 'services.AddHttpClient<OtherLlm>(c => c.DefaultRequestHeaders.Add("x", "y")).Services.AddHttpClient("Second", c => c.BaseAddress = new Uri("https://api.openai.com/"));\n');
    assert.deepEqual(sites(typed + 'public class OtherLlm { }\n', 'Services/Two.cs'), ['5 POST /v1/chat/completions other']);
    assert.equal(project.csharpClientBase('<OtherLlm>'), undefined);
    assert.equal(project.csharpClientBase('Second'), 'https://api.openai.com/');
  });

  it('found by held-out corpus 296: legacy v3 clients from `OpenAIApiFactory(…)` and from a getter that makes a field\'s client on first use; a Dart dio post naming a nested generic type (`_dio.post<Map<String, dynamic>>(url, …)`)', () => {
    const factory = "import { Configuration, OpenAIApiFactory } from 'openai';\nexport class Svc {\n  private readonly openaiApi: ReturnType<typeof OpenAIApiFactory>;\n  constructor() {\n    this.openaiApi = OpenAIApiFactory(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\n  }\n  run() {\n    return this.openaiApi.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [] });\n  }\n}\n";
    assert.deepEqual(found(factory, 'openai.service.ts'), ['8 POST /v1/chat/completions openai']);
    // (another package's factory of that name builds no OpenAI client)
    assert.deepEqual(found(factory.replace("from 'openai'", "from './api'"), 'svc.ts'), []);
    const getter = "import { Configuration, OpenAIApi } from 'openai';\nexport class VectorDb {\n  private _openai?: OpenAIApi;\n  private get openai() {\n    if (!this._openai) {\n      this._openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY, basePath: 'http://localhost:8080/v1' }));\n    }\n    return this._openai;\n  }\n  async vector(text: string) {\n    return this.openai.createEmbedding({ model: 'text-embedding-ada-002', input: text });\n  }\n}\n";
    assert.deepEqual(found(getter, 'vector-db.ts'), ['11 POST /v1/embeddings other']);
    // (a getter that returns one of two clients chooses at run time; one beside a setter may return another: not read)
    const two = getter.replace('  private get openai() {', "  private _other = new OpenAIApi(new Configuration({ apiKey: k }));\n  private get openai() {").replace('    return this._openai;\n', '    if (x) return this._other;\n    return this._openai;\n');
    assert.deepEqual(found(two, 'v2.ts'), []);
    assert.deepEqual(found(getter.replace('  async vector', '  set openai(v: OpenAIApi) { this._openai = v; }\n  async vector'), 'v3.ts'), []);
    // (a factory of that name from another package, in a file that imports the SDK on another line, builds no OpenAI client;
    // the basePath argument is where one sends when its configuration sets none)
    assert.deepEqual(found("import { OpenAIApiFactory } from './generated'\nimport OpenAI from 'openai'\nconst api = OpenAIApiFactory(undefined, process.env.GATEWAY_URL)\nexport const go = () => api.createChatCompletion({ model: 'm', messages: [] })\n", 'g.ts'), []);
    assert.deepEqual(found("import { Configuration, OpenAIApiFactory } from 'openai';\nconst api = OpenAIApiFactory(new Configuration({ apiKey: k }), 'http://localhost:8080/v1');\nexport const go = () => api.createChatCompletion({ model: 'm', messages: [] });\n", 'h.ts'), ['3 POST /v1/chat/completions other']);
    const dart = "class GptService {\n  Future<void> respond() async {\n    final url = 'https://api.openai.com/v1/responses';\n    final response = await _dio.post<Map<String, dynamic>>(\n      url,\n      data: body,\n    );\n  }\n}\n";
    assert.deepEqual(found(dart, 'gpt_service_impl.dart'), ['4 POST /v1/responses openai']);
  });

  it('found by held-out corpora 295 and 296: async-openai\'s client renamed where it is imported (`use async_openai::{Client as OpenAiClient}`) and its `edits()` of the releases before the Edits API was retired; a path constant an imroc/req or resty request posts (`.Post(_chatPath)`)', () => {
    const rs = 'use async_openai::{types::CreateEditRequest, Client as OpenAiClient};\n\npub struct Client {\n    client: OpenAiClient,\n}\n\nimpl Client {\n    pub fn new(api_key: &str) -> Self {\n        let client = OpenAiClient::new().with_api_key(api_key);\n        Self { client }\n    }\n    pub async fn document(&self, request: CreateEditRequest) {\n        let response = self.client.edits().create(request).await;\n    }\n}\n';
    assert.deepEqual(found(rs, 'gpt.rs'), ['13 POST /v1/edits openai']);
    const go = 'package openai\n\nimport "github.com/imroc/req/v3"\n\nconst _chatPath = "/chat/completions"\n\nfunc (c *Context) Chat(option Option) {\n\trequest := c.client.R()\n\tresponse, err := request.SetBody(option).Post(_chatPath)\n\t_, _ = response, err\n}\n';
    assert.deepEqual(found(go, 'chat.go'), ['9 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 294: a JavaScript client parameter every call of its function hands a client of the file of one destination (`retryRequest(getGroqClient(), …)`, `retryRequest(getGeminiClient(), …)`)', () => {
    const ts = "import OpenAI from 'openai';\nlet gemini: OpenAI | null = null;\nfunction getGeminiClient(): OpenAI {\n  if (!gemini) gemini = new OpenAI({ apiKey: k, baseURL: 'https://generativelanguage.googleapis.com/v1beta/openai/' });\n  return gemini;\n}\nconst groq = new OpenAI({ apiKey: k, baseURL: 'https://api.groq.com/openai/v1' });\nasync function retryRequest(client: OpenAI, params: Params) {\n  return client.chat.completions.create(params);\n}\nexport async function complete(params: Params) {\n  try {\n    return await retryRequest(getGeminiClient(), params);\n  } catch {\n    return retryRequest(groq, params);\n  }\n}\n";
    assert.deepEqual(found(ts, 'openai.ts'), ['9 POST /v1/chat/completions other']);
    // (a call handing OpenAI's own client makes it a run-time choice; so does one handing a client from elsewhere)
    assert.deepEqual(found(ts.replace('retryRequest(groq, params)', 'retryRequest(new OpenAI(), params)').replace("const groq = new OpenAI({ apiKey: k, baseURL: 'https://api.groq.com/openai/v1' });\n", 'const oai = new OpenAI();\n').replace('retryRequest(new OpenAI(), params)', 'retryRequest(oai, params)'), 'b.ts'), ['9 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(ts.replace('retryRequest(groq, params)', 'retryRequest(params.client, params)'), 'c.ts'), ['9 POST /v1/chat/completions unknown']);
    // (an exported function may be called from anywhere: left handed in)
    assert.deepEqual(found(ts.replace('async function retryRequest', 'export async function retryRequest'), 'd.ts'), ['9 POST /v1/chat/completions unknown']);
  });

  it('found by held-out corpus 299: a factory arrow naming its return type (`const getOpenAIClient = (): OpenAI => {`), and an Azure deployment base on an endpoint that ends in its slash (`${config.endpoint}openai/deployments/${name}`)', () => {
    const typed = "import OpenAI from 'openai';\nconst getOpenAIClient = (): OpenAI => {\n  const apiKey = localStorage.getItem('key');\n  return new OpenAI({ apiKey, dangerouslyAllowBrowser: true });\n};\nexport const make = async (name: string) => {\n  const openai = getOpenAIClient();\n  return openai.vectorStores.create({ name });\n};\n";
    assert.deepEqual(found(typed, 'vectorStore.ts'), ['8 POST /v1/vector_stores openai']);
    assert.deepEqual(found(typed.replace('(): OpenAI =>', '(): Promise<OpenAI | null> =>').replace('dangerouslyAllowBrowser: true', "baseURL: 'http://localhost:1234/v1'"), 'local.ts'), ['8 POST /v1/vector_stores other']);
    const azure = "import OpenAI from 'npm:openai';\nfunction createClient(name: string) {\n  return new OpenAI({ apiKey, baseURL: `${CONFIG.endpoint}openai/deployments/${name}`, defaultQuery: { 'api-version': v } });\n}\nconst client = createClient('gpt');\nawait client.chat.completions.create({ model: 'm', messages });\n";
    assert.deepEqual(found(azure, 'index.ts'), ['6 POST /v1/chat/completions azure']);
  });

  it('found by held-out corpus 298: a chatgpt_rs file that names nothing but the crate (`use chatgpt::{prelude::{ChatGPT as ChatGPTClient, Conversation}}`), a conversation kept in a field and called over broken lines, on a configuration handed in', () => {
    const rs = 'use chatgpt::{\n    prelude::{ChatGPT as ChatGPTClient, Conversation, ModelConfiguration},\n};\n\npub struct Bot {\n    conversation: Conversation,\n}\n\nimpl Bot {\n    pub fn new(key: String, config: ModelConfiguration) -> Self {\n        let client = ChatGPTClient::new_with_config(key, config).unwrap();\n        Self { conversation: client.new_conversation() }\n    }\n    async fn ask(&mut self, q: String) {\n        let r = self\n            .conversation\n            .send_message_streaming(q)\n            .await;\n    }\n}\n';
    assert.deepEqual(found(rs, 'chatgpt.rs'), ['17 POST /v1/chat/completions unknown']);
    // (a configuration built in the file with no api_url keeps the crate's default)
    const built = rs.replace('new_with_config(key, config)', 'new_with_config(key, ModelConfigurationBuilder::default().build().unwrap())');
    assert.deepEqual(found(built, 'chatgpt.rs'), ['17 POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 300: `import openai` then a bare `OpenAI()` no import binds (a notebook run out of order), and a C# URL assigned on the line after its `=` inside a `try` block', () => {
    const py = 'import os\nimport openai\n\nclient = OpenAI()\nclient.fine_tuning.jobs.create(training_file="file-1", model="gpt-4o-mini")\n';
    assert.deepEqual(found(py, 'fine_tuning.py'), ['5 POST /v1/fine_tuning/jobs openai']);
    // (a name another library's import binds, or the file defines, is not the SDK's)
    assert.deepEqual(found(py.replace('import os\n', 'from langchain.llms import OpenAI\n'), 'lc.py'), []);
    assert.deepEqual(found(py.replace('import os\n', 'def OpenAI():\n    return Local()\n'), 'own.py'), []);
    const cs = 'public class Svc {\n    public async Task Go(HttpContent content) {\n        try {\n            string url =\n                $"{_endpoint.TrimEnd(\'/\')}/openai/deployments/{_d}/chat/completions?api-version={_v}";\n            var response = await _httpClient.PostAsync(url, content);\n        } catch (Exception) { }\n    }\n}\n';
    assert.deepEqual(found(cs, 'AzureOpenAIService.cs'), ['6 POST /v1/chat/completions azure']);
  });
});

// Found by the thirty-first and thirty-second rounds (corpora 315–320).
describe('client shapes of the thirty-second round', () => {
  it("318: a page's fetch of the API's whole path on its own origin (a proxy's); not an app's own route, nor another API's path", () => {
    const js = "async function ask(messages) {\n  const r = await fetch('/openai/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages }) });\n  const s = await fetch('/openai/v1/audio/speech', { method: 'POST' });\n  await fetch('/api/chat', { method: 'POST' });\n  await fetch('/anthropic/v1/messages', { method: 'POST' });\n  return r.json();\n}\n";
    assert.deepEqual(sitesIn(js, 'chat.js'), ['2 POST /v1/chat/completions unknown', '3 POST /v1/audio/speech unknown']);
    // (a server registering the route is no request)
    assert.deepEqual(sitesIn("app.post('/v1/chat/completions', handler);\n", 'server.js'), []);
  });

  it('318: an SDK method handed alone to a wrapper whose result is called at once', () => {
    const py = 'from openai import AsyncOpenAI\nclass Llm:\n    def __init__(self, client: AsyncOpenAI):\n        self.client = client\n    async def ask(self, m):\n        return await self.with_overrides(self.client.chat.completions.create)(model="x", messages=m)\n    async def keep(self, m):\n        self.register(self.client.chat.completions.create)\n';
    assert.deepEqual(sitesIn(py, 'llm.py'), ['6 POST /v1/chat/completions unknown']);
  });

  it("318: a legacy v3 client kept in a TypeScript class's field, with modifiers or without", () => {
    const ts = 'import { Configuration, OpenAIApi } from "openai";\nconst configuration = new Configuration({ apiKey: "x" });\nexport class A {\n  public readonly openai = new OpenAIApi(configuration);\n  chat(m) {\n    return this.openai.createChatCompletion({ model: "x", messages: m });\n  }\n}\nexport class B {\n  api = new OpenAIApi(configuration);\n  draw(p) {\n    return this.api.createImage({ prompt: p });\n  }\n}\n';
    assert.deepEqual(sitesIn(ts, 'open-ai.ts'), ['6 POST /v1/chat/completions openai', '12 POST /v1/images/generations openai']);
  });

  it("318: Azure's Java client another class of the project builds takes the project's builders' destination when they agree", () => {
    const builder = 'package app;\nimport com.azure.ai.openai.OpenAIClient;\nimport com.azure.ai.openai.OpenAIClientBuilder;\nimport com.azure.core.credential.AzureKeyCredential;\npublic class Clients {\n  public OpenAIClient get() {\n    return new OpenAIClientBuilder().credential(new AzureKeyCredential(KEY)).endpoint(ENDPOINT).buildClient();\n  }\n}\n';
    const user = 'package app;\nimport com.azure.ai.openai.OpenAIClient;\npublic class Embed {\n  private static OpenAIClient client = new Clients().get();\n  void run() { client.getEmbeddings("ada", options); }\n}\n';
    const project = new ProjectIndex();
    project.addFile('src/app/Clients.java', builder);
    project.addFile('src/app/Embed.java', user);
    assert.deepEqual(sitesIn(user, 'src/app/Embed.java', project), ['5 POST /v1/embeddings azure']);
    // (a builder of the other kind in the project leaves it open)
    project.addFile('src/app/Other.java', builder.replace('AzureKeyCredential(KEY)).endpoint(ENDPOINT)', 'KeyCredential(KEY))').replace('class Clients', 'class Other'));
    assert.deepEqual(sitesIn(user, 'src/app/Embed.java', project), ['5 POST /v1/embeddings unknown']);
  });

  it('319: async-openai resources kept in a binding, vector stores and their files', () => {
    const rs = [
      'use async_openai::{Client, config::OpenAIConfig};',
      'pub async fn sync(client: &Client<OpenAIConfig>, store: &str, id: &str) {',
      '    let stores = client.vector_stores();',
      '    let files = client.files();',
      '    let store_files = stores.files(store);',
      '    let store_files = store_files.query(&q).unwrap();',
      '    let listed = store_files.list().await.unwrap();',
      '    files.delete(id).await.unwrap();',
      '    client.vector_stores().search(store, request).await.unwrap();',
      '    let other = http.files();',
      '    other.delete(id).await;',
      '}',
    ].join('\n');
    assert.deepEqual(sitesIn(rs, 'src/openai.rs'), ['7 GET /v1/vector_stores/{vector_store_id}/files unknown', '8 DELETE /v1/files/{file_id} unknown', '9 POST /v1/vector_stores/{vector_store_id}/search unknown']);
  });

  it("319: a Ruby method that hands on another's client, and a local given one's result", () => {
    const rb = 'class Service\n  def embed(texts)\n    client = create_embeddings_client\n    client.embeddings(parameters: { input: texts })\n  end\n  def chat(m)\n    c = create_azure_client("gpt-4o")\n    c.chat(parameters: { messages: m })\n  end\n  private\n  def create_azure_client(deployment)\n    OpenAI::Client.new(\n      access_token: KEY,\n      uri_base: "#{BASE}/#{deployment}",\n      api_type: :azure\n    )\n  end\n  def create_embeddings_client\n    create_azure_client(EMBEDDING_MODEL)\n  end\nend\n';
    assert.deepEqual(sitesIn(rb, 'app/services/openai_service.rb'), ['4 POST /v1/embeddings azure', '8 POST /v1/chat/completions azure']);
  });

  it("316: curl commands a shell function keeps in a variable and runs with eval; a base the script also puts before /chat/completions", () => {
    const sh = '#!/bin/bash\nAPI=$(sed -n 1p llm_token.txt)\nget_models() {\n    local cmd="curl -ks -H \'Authorization: Bearer ${TOKEN}\' \'${API}/models\'"\n    eval "$cmd"\n}\nchat() {\n    local cmd="curl -ks -d \'$data\' \'${API}/chat/completions\'"\n    echo "$cmd"\n    eval "$cmd" | jq\n}\nshown="curl -ks \'${API}/embeddings\'"\necho "$shown"\n';
    assert.deepEqual(sitesIn(sh, 'test_llm.sh'), ['4 GET /v1/models unknown', '8 POST /v1/chat/completions unknown']);
    // (alone, a base of no known kind with one segment says nothing)
    assert.deepEqual(sitesIn('#!/bin/bash\nAPI=$(sed -n 1p f)\ncurl -X POST "${API}/embeddings" -d @x\n', 'emb.sh'), []);
  });

  it("318: C#'s ClientWebSocket.ConnectAsync to the Realtime API", () => {
    const cs = 'public class Realtime {\n    private readonly ClientWebSocket _ws = new();\n    private Uri _uri;\n    public async Task Start(string model) {\n        _uri = new Uri($"wss://api.openai.com/v1/realtime?model={model}");\n        await _ws.ConnectAsync(_uri, _cts.Token);\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'OpenAIRealtime.cs'), ['6 WEBSOCKET /v1/realtime openai']);
  });

  it("320: a URL that is the default of an app's environment helper; Alamofire's streamRequest", () => {
    const ts = "const apiUrl = getEnvVar('OPENROUTER_MODELS_API_URL', 'https://openrouter.ai/api/v1/models');\nexport async function models() {\n  return fetch(apiUrl);\n}\n";
    assert.deepEqual(sitesIn(ts, 'openrouter.ts'), ['3 GET /v1/models unknown']);
    const swift = 'import Alamofire\nlet endpointUrl = "https://api.openai.com/v1/chat/completions"\nfunc ask() {\n    AF.streamRequest(endpointUrl, method: .post, parameters: body, encoder: JSONParameterEncoder.default, headers: headers).responseStreamString { _ in }\n}\n';
    assert.deepEqual(sitesIn(swift, 'OpenAIService.swift'), ['4 POST /v1/chat/completions openai']);
  });
});

// Found by the thirty-third round (corpora 321–323).
describe('client shapes of the thirty-third round', () => {
  it('323: clients a CommonJS module exports by name, built in its exports object or assigned to exports', () => {
    const project = new ProjectIndex();
    project.addFile('api.js', 'const { Configuration, OpenAIApi } = require("openai");\nconst configuration = new Configuration({ apiKey: process.env.K });\nmodule.exports = {\n  openai: new OpenAIApi(configuration),\n  db: new Pool(),\n};\n');
    project.addFile('groq.js', 'const OpenAI = require("openai");\nexports.groq = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\n');
    const use = 'const { openai, db } = require("./api.js");\nconst { groq } = require("./groq");\nasync function f() {\n  await openai.listFineTunes();\n  await groq.chat.completions.create({ model: "llama", messages: [] });\n  await db.query("select 1");\n}\n';
    project.addFile('use.js', use);
    assert.deepEqual(sitesIn(use, 'use.js', project), ['4 GET /v1/fine-tunes openai', '5 POST /v1/chat/completions other']);
  });

  it("323: Unity's UnityWebRequest made with its verb; Dart's Uri.https with the host a name of the file gives", () => {
    const cs = 'using UnityEngine.Networking;\npublic class ChatGPTManager {\n    private const string API_URL = "https://api.openai.com/v1/chat/completions";\n    IEnumerator Send() {\n        using (UnityWebRequest request = new UnityWebRequest(API_URL, "POST")) {\n            yield return request.SendWebRequest();\n        }\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'ChatGPTManager.cs'), ['5 POST /v1/chat/completions openai']);
    const dart = "import 'package:http/http.dart' as http;\nclass C {\n  String authority = 'api.openai.com';\n  Future<void> a() async {\n    await http.post(Uri.https(authority, '/v1/images/generations'), body: '{}');\n    await http.get(Uri.https('api.openai.com', '/v1/models'));\n    await http.get(Uri.https('example.com', '/v1/models'));\n  }\n}\n";
    assert.deepEqual(sitesIn(dart, 'chat_controller.dart'), ['5 POST /v1/images/generations openai', '6 GET /v1/models openai']);
  });

  it("322: an Elixir Tesla module's own verbs on its BaseUrl; 323: a Go exported generic's type arguments naming unexported types", () => {
    const ex = 'defmodule ChronoPulse.OpenAIClient do\n  use Tesla\n\n  @base_url "https://api.openai.com/v1"\n  plug Tesla.Middleware.BaseUrl, @base_url\n  plug Tesla.Middleware.JSON\n\n  def chat(messages) do\n    post("/chat/completions", %{model: "gpt-4o-mini", messages: messages})\n  end\n\n  def models, do: get("/models")\nend\n';
    assert.deepEqual(sitesIn(ex, 'openai_client.ex'), ['9 POST /v1/chat/completions openai', '12 GET /v1/models openai']);
    // (no BaseUrl of its own: a module's `post("/x")` is nothing known)
    assert.deepEqual(sitesIn(ex.replace('  plug Tesla.Middleware.BaseUrl, @base_url\n', ''), 'openai_client.ex'), []);
    const go = 'package main\nfunc main() {\n\thandlers[key]("https://api.openai.com/v1/models")\n\tx := ht.Post[modRes](ctx, "https://api.openai.com/v1/moderations", body)\n}\n';
    assert.deepEqual(sitesIn(go, 'moderation.go'), ['4 POST /v1/moderations openai']);
  });

  it('323: an Azure deployment path joined without its leading slash, its query written in the same literal', () => {
    const py = 'import requests\nclass Model:\n  def __init__(self, d):\n    self.endpoint = d["endpoint"]\n    self.url = self.endpoint + "openai/deployments/" + self.deployment + "/completions?api-version=" + self.api_version\n  def call(self):\n    return requests.post(self.url, json={})\nurl = endpoint + "openai/deployments/gpt/chat/completions?api-version=2024-06-01"\nrequests.post(url, json={})\n';
    assert.deepEqual(sitesIn(py, 'openai_model.py'), ['7 POST /v1/completions azure', '9 POST /v1/chat/completions azure']);
  });
});

// Found by the thirty-fourth round (corpora 324–326).
describe('client shapes of the thirty-fourth round', () => {
  it("324: Python's explicit line joining in a URL's expression; 326: a C# field read without `this.` (not where a parameter shadows it)", () => {
    const py = 'import os, requests\nbase_url = os.getenv("BASE_URL")\nurl = base_url + "/openai/deployments/" + \\\n    deployment_name + "/completions?api-version=2022-12-01"\nr = requests.post(url, json={})\n';
    assert.deepEqual(sitesIn(py, 'azure_gpt3.py'), ['5 POST /v1/completions azure']);
    const cs = 'public class Vision {\n    private string endpoint;\n    public Vision(string endpoint, string deployment) {\n        this.endpoint = $"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2023-12-01-preview";\n    }\n    public async Task Ask() {\n        var r = await new HttpClient().PostAsync(\n            endpoint, content);\n    }\n    public async Task Other(string endpoint) {\n        var r = await new HttpClient().PostAsync(endpoint, content);\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'Vision.cs'), ['7 POST /v1/chat/completions azure']);
  });

  it("325: a class's own method of a sending name (`$this->request($endpoint, $data)`) sends with its body's verb", () => {
    const php = "<?php\nclass OpenAI {\n    public function chat(string $prompt) {\n        $endpoint = 'https://api.openai.com/v1/chat/completions';\n        return $this->request($endpoint, ['messages' => []]);\n    }\n    protected function request(string $endpoint, array $data) {\n        $curl = curl_init($endpoint);\n        curl_setopt($curl, CURLOPT_POST, true);\n        curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($data));\n        return curl_exec($curl);\n    }\n}\n";
    assert.deepEqual(sitesIn(php, 'openai.php'), ['5 POST /v1/chat/completions openai']);
    const js = 'class Api {\n  async request(url, body) {\n    return fetch(url, { method: "POST", body: JSON.stringify(body) });\n  }\n  chat(m) {\n    const url = "https://api.openai.com/v1/chat/completions";\n    return this.request(url, { messages: m });\n  }\n}\n';
    assert.deepEqual(sitesIn(js, 'api.js'), ['7 POST /v1/chat/completions openai']);
  });
});

// Found by the thirty-fifth round (corpora 327–329).
describe('client shapes of the thirty-fifth round', () => {
  it("328: the official .NET SDK in a file whose usings another file brings (global usings), known by an OpenAIClient asked for a scenario client", () => {
    const cs = 'namespace Services;\npublic class SoundService {\n    public async Task Play(string text) {\n        OpenAIClient openAIClient = new(options.ApiKey);\n        var client = openAIClient.GetAudioClient(options.Model);\n        var result = await client.GenerateSpeechAsync(text, voice);\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'SoundService.cs'), ['6 POST /v1/audio/speech openai']);
    // (a class of that name asked for nothing of the SDK's is another library's)
    assert.deepEqual(sitesIn('public class A {\n  void F() {\n    var c = new OpenAIClient(key);\n    c.GenerateSpeechAsync(text);\n  }\n}\n', 'A.cs'), []);
  });

  it("328: a Go client type's request method of another file of the package, reached through a field, its base the literal its file gives the field", () => {
    const client = 'package openai\n\nconst (\n\tbaseUrl = "https://api.openai.com"\n)\n\ntype OpenAIClient struct {\n\tbaseUrl string\n}\n\nfunc NewClient() *OpenAIClient {\n\treturn &OpenAIClient{baseUrl: baseUrl}\n}\n\nfunc (client *OpenAIClient) post(ctx context.Context, path string, payload io.Reader) ([]byte, error) {\n\treq, err := http.NewRequest("POST", client.baseUrl+path, payload)\n\t_, err = http.DefaultClient.Do(req)\n\treturn nil, err\n}\n';
    const embeddings = 'package openai\n\ntype Embeddings struct {\n\topenaiClient *OpenAIClient\n}\n\nfunc (e *Embeddings) Create(ctx context.Context, body []byte) {\n\t_, _ = e.openaiClient.post(ctx, "/v1/embeddings", bytes.NewReader(body))\n}\n';
    const project = new ProjectIndex();
    project.addRequestSenders('openai/openai_client.go', client);
    project.addFile('openai/embeddings.go', embeddings);
    assert.deepEqual(sitesIn(embeddings, 'openai/embeddings.go', project), ['8 POST /v1/embeddings openai']);
    // (a field the file sets two ways leaves the base to the run)
    const twice = new ProjectIndex();
    twice.addRequestSenders('openai/openai_client.go', client.replace('return &OpenAIClient{baseUrl: baseUrl}', 'if local {\n\t\treturn &OpenAIClient{baseUrl: "http://localhost:11434"}\n\t}\n\treturn &OpenAIClient{baseUrl: baseUrl}'));
    twice.addFile('openai/embeddings.go', embeddings);
    assert.deepEqual(sitesIn(embeddings, 'openai/embeddings.go', twice), ['8 POST /v1/embeddings unknown']);
    // (so does a field a statement sets, as the file's own detection reads it)
    const set = new ProjectIndex();
    set.addRequestSenders('openai/openai_client.go', client.replace('return &OpenAIClient{baseUrl: baseUrl}', 'c := &OpenAIClient{baseUrl: baseUrl}\n\tc.baseUrl = os.Getenv("BASE")\n\treturn c'));
    set.addFile('openai/embeddings.go', embeddings);
    assert.deepEqual(sitesIn(embeddings, 'openai/embeddings.go', set), ['8 POST /v1/embeddings unknown']);
  });

  it('328: a curl to an Azure deployment path of one segment on a base from the environment', () => {
    const sh = '#!/bin/bash\ncurl $AZURE_OPENAI_ENDPOINT/openai/deployments/embed/embeddings?api-version=2023-05-15 -H "api-key: $KEY" -d \'{"input": "x"}\'\ncurl $SERVER/embeddings -d \'{"input": "x"}\'\n';
    assert.deepEqual(sitesIn(sh, 'curlegs.sh'), ['2 POST /v1/embeddings azure']);
  });
});

// A fresh-eyed review of this session's rules (a helper session): each finding reproduced, now a test.
describe("review of the twenty-sixth session's rules", () => {
  it('a same-origin path is an inference endpoint only; a curried wrapper is the class\'s or the file\'s own, not a decorator helper or a mock', () => {
    assert.deepEqual(sitesIn("// openai\nawait fetch('/api/v1/files');\nawait axios.get('/api/v1/models');\nawait fetch('/admin/v1/batches', { method: 'POST' });\n", 'app.js'), []);
    assert.deepEqual(sitesIn('import functools\nfrom openai import OpenAI\nclient = OpenAI()\nlogged = functools.wraps(client.embeddings.create)(my_logger)\nd = describe(client.images.generate)(verbose=True)\n', 'a.py'), []);
    assert.deepEqual(sitesIn('import OpenAI from "openai";\nconst client = new OpenAI();\njest.mocked(client.files.create)(undefined as any);\n', 'a.test.ts'), []);
  });

  it("a C#, Java or Kotlin field read bare: not a loop's or a lambda's variable of that name, nor another class's field", () => {
    const cs = 'class A {\n    private string endpoint;\n    public A(string e) { this.endpoint = $"{e}/openai/deployments/d/chat/completions?api-version=1"; }\n    async Task B() {\n        foreach (var endpoint in mirrors) await http.GetAsync(endpoint);\n        await Task.WhenAll(mirrors.Select(endpoint => http.GetAsync(endpoint)));\n    }\n}\nclass Hook {\n    private string endpoint = Config.Get("hook");\n    async Task C() { await http.PostAsync(endpoint, body); }\n}\n';
    assert.deepEqual(sitesIn(cs, 'A.cs'), []);
    const java = 'class A {\n  private String url;\n  A() { this.url = "https://api.openai.com/v1/chat/completions"; }\n  void b() { urls.forEach(url -> restTemplate.getForObject(url, String.class)); }\n}\n';
    assert.deepEqual(sitesIn(java, 'A.java'), []);
  });

  it("a Rust binding in another function, a Dart host that is the function's parameter, an MQTT client's ConnectAsync, Unity's method set later", () => {
    const rs = 'use async_openai::{Client, config::OpenAIConfig};\nasync fn cleanup(db: &Db, id: &str) {\n    let files = db.collection("files");\n    files.delete(id).await;\n}\nasync fn upload(client: &Client<OpenAIConfig>, req: R) {\n    let files = client.files();\n    files.create(req).await;\n}\n';
    assert.deepEqual(sitesIn(rs, 'main.rs'), ['8 POST /v1/files unknown']);
    const dart = "class Config { static const host = 'api.openai.com'; }\nFuture<void> ping(String host) async {\n  await http.get(Uri.https(host, '/v1/models'));\n}\n";
    assert.deepEqual(sitesIn(dart, 'api.dart'), []);
    const cs = 'class Relay {\n    async Task Go() {\n        var url = "https://api.openai.com/v1/chat/completions";\n        await mqtt.ConnectAsync(url);\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'Relay.cs'), []);
    const unity = 'using UnityEngine.Networking;\npublic class Api {\n    IEnumerator Send() {\n        var req = new UnityWebRequest("https://api.openai.com/v1/chat/completions");\n        req.method = "POST";\n        yield return req.SendWebRequest();\n    }\n}\n';
    assert.deepEqual(sitesIn(unity, 'Api.cs'), ['4 POST /v1/chat/completions openai']);
  });

  it('.http variables that name themselves or each other stay bounded; an unrelated getEnvelope() is no environment read', () => {
    const http = `# openai\n@a = ${'{{a}}'.repeat(200)}\n@b = {{c}}\n@c = {{b}}\n\nPOST https://api.openai.com/v1/chat/completions?x={{a}}\n\nPOST https://api.openai.com/v1/embeddings?y={{b}}\n`;
    const result = detectCallSites(http, { fileName: 'loop.http' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint}`), ['6 POST /v1/chat/completions', '8 POST /v1/embeddings']);
    // (a value another function makes of the literal is none of ours to read, as before the environment helpers were)
    assert.deepEqual(sitesIn("await fetch(getEnvelope('x', 'https://api.openai.com/v1/chat/completions'), { method: 'POST' });\n", 'a.js'), []);
    assert.deepEqual(sitesIn("await fetch(getEnvVar('URL', 'https://api.openai.com/v1/chat/completions'), { method: 'POST' });\n", 'a.js'), ['1 POST /v1/chat/completions unknown']);
  });

  it("a C# request named in an object initializer; a PHP cURL handle kept in a property; meinside/openai-go's client and SetBaseURL", () => {
    const cs = 'class A {\n  async Task Go(string q) {\n    var endpoint = "https://api.openai.com/v1/embeddings";\n    var a = new HttpRequestMessage\n    {\n      Method = HttpMethod.Post,\n      RequestUri = new Uri("https://api.openai.com/v1/audio/speech"),\n    };\n    var b = new HttpRequestMessage() { Method = HttpMethod.Post, RequestUri = new Uri(endpoint) };\n    var c = new HttpRequestMessage { RequestUri = new Uri("https://api.openai.com/v1/models") };\n    var d = new Mirror { RequestUri = new Uri("https://api.openai.com/v1/models") };\n  }\n}\n';
    assert.deepEqual(found(cs, 'A.cs'), ['4 POST /v1/audio/speech openai', '9 POST /v1/embeddings openai', '10 GET /v1/models openai']);
    const php = "<?php\nclass G {\n    private $textURL = 'https://api.openai.com/v1/completions';\n    public function init() {\n        $this->curl = curl_init();\n        curl_setopt($this->curl, CURLOPT_URL, $this->textURL);\n        curl_setopt($this->curl, CURLOPT_POST, true);\n    }\n}\n";
    assert.deepEqual(found(php, 'g.php'), ['6 POST /v1/completions openai']);
    const go = 'package main\n\nimport (\n\t"os"\n\t"github.com/meinside/openai-go"\n)\n\nfunc main() {\n\tclient := openai.NewClient(os.Getenv("KEY"), "")\n\tlocal := openai.NewClient("k", "").SetBaseURL("http://localhost:11434")\n\tenv := openai.NewClient("k", "")\n\tenv.SetBaseURL(os.Getenv("BASE"))\n\tclient.CreateEmbedding("m", "x", openai.EmbeddingOptions{})\n\tlocal.CreateChatCompletion("llama3", msgs, openai.ChatCompletionOptions{})\n\tenv.RetrieveModel("gpt-4o")\n\tclient.NewChatUserMessage("x")\n}\n';
    assert.deepEqual(found(go, 'main.go'), ['13 POST /v1/embeddings openai', '14 POST /v1/chat/completions other', '15 GET /v1/models/{model} unknown']);
  });

  it("found by held-out corpora 331, 334 and 335: a Python function's own URL variable is not another function's; Ruby's ENV.fetch default; .NET factories and names built twice; a go-openai client another file of the package returns; a misspelt import from openai", () => {
    // (each function reads its own `url`: an environment read in the second, another function's call in the third)
    const py = 'import os, requests\n\ndef chat(t):\n    url = "https://api.openai.com/v1/chat/completions"\n    requests.post(url, json={})\n\ndef speak(t):\n    url = os.environ.get("TTS_URL")\n    requests.post(url, json={})\n\ndef other(t):\n    url = make_url()\n    requests.post(url, json={})\n\nclass Chat:\n    def __init__(self, url=None):\n        if url is None:\n            url = "https://api.openai.com/v1/embeddings"\n        self.url = url\n\n    def ask(self, data):\n        return requests.post(self.url, json=data)\n';
    assert.deepEqual(sitesIn(py, 'app.py'), ['5 POST /v1/chat/completions openai', '22 POST /v1/embeddings unknown']);
    // (a signature over lines whose default closes a bracket first, and which closes at the margin, still holds its body)
    const long = 'import requests\nBASE = "https://api.openai.com/v1"\n\ndef list_stores(\n    key: str = Header(...),\n    limit: int = 100\n):\n    """Lists stores."""\n    url = f"{BASE}/vector_stores"\n    return requests.get(url, headers={})\n';
    assert.deepEqual(sitesIn(long, 'api.py'), ['10 GET /v1/vector_stores openai']);
    const rb = 'class S\n  API_URL = ENV.fetch("OPENAI_API_URL", "https://api.openai.com/v1/chat/completions")\n  def call\n    HTTParty.post(API_URL, body: {}.to_json)\n  end\nend\n';
    assert.deepEqual(sitesIn(rb, 's.rb'), ['4 POST /v1/chat/completions unknown']);
    const cs = 'using OpenAI.Audio;\nusing OpenAI.Chat;\nclass S {\n    private ChatClient CreateChatClient(string model) {\n        if (_azure) {\n            var azure = new Azure.AI.OpenAI.AzureOpenAIClient(new Uri(_endpoint), new ApiKeyCredential(_key));\n            return azure.GetChatClient(model);\n        }\n        return new ChatClient(model, new ApiKeyCredential(_key), options);\n    }\n    async Task A() {\n        var chatClient = CreateChatClient("gpt-4o");\n        await chatClient.CompleteChatAsync(messages);\n    }\n    async Task B() {\n        ChatClient client = new(model: "gpt-4o-mini", apiKey: key);\n        client.CompleteChat("x");\n    }\n    async Task C() {\n        AudioClient client = new("tts-1", key);\n        await client.GenerateSpeechAsync("x", GeneratedSpeechVoice.Echo);\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'S.cs'), ['13 POST /v1/chat/completions unknown', '17 POST /v1/chat/completions openai', '21 POST /v1/audio/speech openai']);
    const project = new ProjectIndex();
    const factory = 'package openai\n\nimport (\n\tai "github.com/sashabaranov/go-openai"\n)\n\nfunc NewClient() *ai.Client {\n\treturn ai.NewClient(os.Getenv("KEY"))\n}\n';
    const chat = 'package openai\n\nimport (\n\t"context"\n\tai "github.com/sashabaranov/go-openai"\n)\n\nfunc Ask(ctx context.Context) {\n\tc := NewClient()\n\tc.CreateChatCompletion(ctx, ai.ChatCompletionRequest{})\n}\n';
    project.addFile('internal/openai/client.go', factory);
    project.addFile('internal/openai/chat.go', chat);
    assert.deepEqual(sitesIn(chat, 'internal/openai/chat.go', project), ['10 POST /v1/chat/completions openai']);
    // (a function of that name this file defines is its own: another file's is not asked)
    assert.deepEqual(sitesIn(chat.replace('func Ask', 'func NewClient() *Other { return nil }\nfunc Ask'), 'internal/openai/chat.go', project), []);
    const misspelt = 'from openai import openAI\nclient = OpenAI(api_key="k")\nclient.chat.completions.create(model="gpt-4", messages=[])\n';
    assert.deepEqual(sitesIn(misspelt, 'nb.py'), ['3 POST /v1/chat/completions openai']);
    assert.deepEqual(sitesIn('from langchain_openai import OpenAI\nfrom openai import types\nllm = OpenAI()\nllm.chat.completions.create(model="m")\n', 'lc.py'), []);
  });

  it("found by held-out corpora 336–338: PowerShell's `$($endpoint)chat/completions`; Guzzle imported under another name; one call read by two readers is one site", () => {
    const ps = 'param([string]$endpoint)\n$r = Invoke-RestMethod -Uri "$($endpoint)chat/completions" -Method POST -Body $b\n$url = "$($endpoint)chat/completions"\n$req = New-Object System.Net.Http.HttpRequestMessage ([System.Net.Http.HttpMethod]::Post, $url)\nInvoke-RestMethod -Uri "$($site)index.html"\n';
    assert.deepEqual(sitesIn(ps, 'chat.ps1'), ['2 POST /v1/chat/completions unknown', '4 POST /v1/chat/completions unknown']);
    const php = "<?php\nuse GuzzleHttp\\Client as HttpClient;\nclass C {\n    public function __construct() {\n        $this->http = new HttpClient(['base_uri' => 'https://openrouter.ai/api/v1/']);\n    }\n    public function chat($m) {\n        return $this->http->post('chat/completions', ['json' => $m]);\n    }\n}\n";
    assert.deepEqual(sitesIn(php, 'c.php'), ['8 POST /v1/chat/completions other']);
    const go = 'package rt\nimport "github.com/gorilla/websocket"\nconst u = "wss://api.openai.com/v1/realtime?model=gpt-realtime"\nfunc dial(h http.Header) {\n\tconn, _, err := websocket.DefaultDialer.Dial(u, h)\n}\n';
    assert.deepEqual(sitesIn(go, 'rt.go'), ['5 WEBSOCKET /v1/realtime openai']);
  });

  it('review of the twenty-seventh session: flush-left strings and `global` in Python functions, JavaScript copies, a Go context before a cache key, PHPOpenAI routes and handler scopes, Dart and .NET builds', () => {
    const py = 'import requests\nAPI_URL = None\ndef configure():\n    global API_URL\n    API_URL = "https://api.openai.com/v1/chat/completions"\ndef ask(q):\n    return requests.post(API_URL, json={})\n\ndef chat(q):\n    url = "https://api.openai.com/v1/embeddings"\n    prompt = """\nAnswer briefly.\n"""\n    return requests.post(url, json={"q": prompt})\n';
    assert.deepEqual(sitesIn(py, 'g.py'), ['7 POST /v1/chat/completions openai', '14 POST /v1/embeddings openai']);
    const ts = 'export async function chat(b) { const url = "https://api.openai.com/v1/chat/completions"; const endpoint = url; return fetch(endpoint, {method:"POST"}); }\nexport async function health(config) { const { endpoint } = config; return fetch(endpoint); }\nexport async function status() { const endpoint = config.statusUrl; return fetch(endpoint); }\n';
    assert.deepEqual(sitesIn(ts, 'a.ts').filter((x) => !x.startsWith('1 ')), []);
    const go = 'package p\nconst chatURL = "https://api.openai.com/v1/chat/completions"\nfunc cached(ctx context.Context, rdb *redis.Client) { rdb.Get(ctx, chatURL) }\nfunc send(ctx context.Context, c *Client) { c.Post(ctx, chatURL, body) }\n';
    assert.deepEqual(sitesIn(go, 'p.go'), ['4 POST /v1/chat/completions openai']);
    const php = "<?php\nuse EasyGithDev\\PHPOpenAI\\OpenAIClient;\nuse EasyGithDev\\PHPOpenAI\\OpenAIRoute;\nfunction prod($k) { return (new OpenAIClient($k))->Chat()->create('m', []); }\nfunction local() { $c = new OpenAIClient('x'); $c->setRoute(new OpenAIRoute('http://localhost:8080')); return $c->Chat()->create('m', []); }\n$files = (new OpenAIClient($k))->File();\n$files->list();\nfunction cleanup(Storage $files) { $files->delete('tmp'); }\n";
    assert.deepEqual(sitesIn(php, 'p.php'), ['4 POST /v1/chat/completions unknown', '5 POST /v1/chat/completions unknown', '7 GET /v1/files unknown']);
    const dart = "import 'package:openai_dart/openai_dart.dart';\nfinal client = OpenAIClient(apiKey: key, baseUrl:\n    'https://llm-gateway.example.com/openai/v1');\nFuture<void> f() async { await client.listModels(); }\n";
    assert.deepEqual(sitesIn(dart, 'g.dart'), ['4 GET /v1/models other']);
    const cs = 'using OpenAI.Chat;\nclass S {\n    private ChatClient _client;\n    S(bool local) {\n        if (local) _client = new ChatClient("llama", cred, new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") });\n        else _client = new ChatClient("gpt-4o", key);\n    }\n    void Ask() { _client.CompleteChat("x"); }\n    async Task Raw() {\n        HttpRequestMessage req = new() { Method = HttpMethod.Post, RequestUri = new Uri("https://api.openai.com/v1/embeddings") };\n    }\n}\n';
    assert.deepEqual(sitesIn(cs, 'S.cs'), ['8 POST /v1/chat/completions unknown', '10 POST /v1/embeddings openai']);
  });
});

// Found by held-out corpora 345–347 (the forty-first round).
describe('client shapes found by held-out corpora 345–347', () => {
  it("345: a function typed to return the SDK's client it gets from a dependency-injection container (`injectOpenAI(): OpenAI`)", () => {
    const project = new ProjectIndex();
    const lib = "import OpenAI from 'openai';\nimport { inject } from '@revelio/di';\n\nexport function injectOpenAI(): OpenAI {\n  return inject(OpenAI);\n}\n";
    const use = "import { injectOpenAI } from '@revelio/openai';\n\nexport async function moderate(text: string) {\n  const openai = injectOpenAI();\n  return openai.moderations.create({ model: 'omni-moderation-latest', input: text });\n}\n";
    project.addFile('libs/openai/src/lib/openai.ts', lib);
    project.addFile('libs/openai/src/index.ts', "export * from './lib/openai';\n");
    project.addFile('libs/llm/src/lib/moderate.ts', use);
    assert.deepEqual(sitesIn(use, 'libs/llm/src/lib/moderate.ts', project), ['5 POST /v1/moderations unknown']);
    // (a function typed so that builds its client says where it goes)
    const built = "import OpenAI from 'openai';\nexport function makeClient(): OpenAI {\n  return new OpenAI({ baseURL: 'http://localhost:11434/v1' });\n}\nmakeClient().models.list();\n";
    assert.deepEqual(sitesIn(built, 'client.ts'), ['5 GET /v1/models other']);
  });

  it('340: an SDK method handed to an executor\'s `run_func(method, **params)` (pyassorted), as to `to_thread`', () => {
    const py = 'from openai import AsyncOpenAI\nfrom pyassorted.asyncio.executor import run_func\nasync def handle(openai_client: AsyncOpenAI, params):\n    return await run_func(\n        openai_client.audio.transcriptions.create, **params\n    )\n';
    assert.deepEqual(sitesIn(py, 'audio.py'), ['5 POST /v1/audio/transcriptions unknown']);
  });

  it("346: structured outputs (`client.beta.chat.completions.parse`) on a client another module of the project keeps", () => {
    const py = 'from Config import (client,\n                    SYSTEM_PROMPT\n                    )\n\nasync def plan(text):\n    response = await client.beta.chat.completions.parse(model="gpt-4o", messages=[], response_format=Plan)\n';
    assert.deepEqual(sitesIn(py, 'service.py'), ['6 POST /v1/chat/completions unknown']);
  });

  it("344: openai-edge imported in Deno from esm.sh by a build's versioned path (`https://esm.sh/v106/openai-edge@0.2.2`)", () => {
    const ts = "import {Configuration, OpenAIApi} from 'https://esm.sh/v106/openai-edge@0.2.2';\nconst openai = new OpenAIApi(new Configuration({ apiKey: Deno.env.get('OPENAI_API_KEY') }));\nconst r = await openai.createImage({ prompt: 'x' });\n";
    assert.deepEqual(sitesIn(ts, 'index.ts'), ['3 POST /v1/images/generations openai']);
  });

  it("347: a snippet pasted from the v3 SDK's docs, `openai` never set, read as v3 answers somewhere in the file", () => {
    const js = 'const response = await openai.createImage({ prompt: "a cat", n: 1, size: "1024x1024" });\nimage_url = response.data.data[0].url;\nconst edit = await openai.createImageEdit(fs.createReadStream("a.png"), "a flamingo");\n';
    assert.deepEqual(sitesIn(js, 'response.js'), ['1 POST /v1/images/generations unknown', '3 POST /v1/images/edits unknown']);
    // (not where the file binds `openai` to something else, nor where nothing reads a v3 answer)
    assert.deepEqual(sitesIn(`const openai = require("./my-wrapper");\n${js}`, 'response.js').length, 0);
    assert.deepEqual(sitesIn('const r = await openai.createImage({ prompt: "x" });\nconsole.log(r.url);\n', 'response.js'), []);
  });
});


// Found by held-out corpora 354–357 (the forty-fourth round).
describe('client shapes found by held-out corpora 354–357', () => {
  it("356: openai<1.0's settings a method writes itself before its call, where another method sets Azure's", () => {
    const py = [
      'import os',
      'import openai',
      '',
      'class Service:',
      '    def completion(self, prompt):',
      '        openai.api_base = os.environ.get("OPENAI_ENDPOINT")',
      '        openai.api_version = "2023-05-15"',
      '        openai.api_type = "azure"',
      '        return openai.Completion.create(engine="davinci", prompt=prompt)',
      '',
      '    def embeddings(self, text):',
      '        openai.api_base = "https://api.openai.com/v1/"',
      '        openai.api_type = "openai"',
      '        return openai.Embedding.create(model="text-embedding-ada-002", input=text)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'service.py'), ['9 POST /v1/completions azure', '14 POST /v1/embeddings openai']);
    // (found in review: settings a function chooses under a condition are the run time's, not the function's own)
    const chosen = py.replace('        openai.api_base = "https://api.openai.com/v1/"\n        openai.api_type = "openai"\n', '        if self.azure:\n            openai.api_type = "azure"\n        else:\n            openai.api_base = "https://api.openai.com/v1/"\n            openai.api_type = "open_ai"\n');
    // (read as the file's module settings are, as before this rule)
    assert.deepEqual(found(chosen, 'service.py'), ['9 POST /v1/completions azure', '17 POST /v1/embeddings azure']);
    // (and a base alone, with the Azure type only compared, stays the run time's Azure question it was: found in review)
    const compared = 'import openai\nopenai.api_base = "https://x.openai.azure.com/"\nif openai.api_type == "azure":\n    r = openai.ChatCompletion.create(engine="gpt", messages=m)\n';
    assert.deepEqual(found(compared, 'compared.py'), ['4 POST /v1/chat/completions azure']);
  });

  it("361: a client-like name given what a function of the project's module named for OpenAI returns, where the index cannot follow it (factories of tuples)", () => {
    const module = 'from openai import AzureOpenAI, OpenAI\n\ndef get_azure_client():\n    return AzureOpenAI(azure_endpoint=EP, api_key=K, api_version=V)\n\ndef get_openai_client():\n    return OpenAI(api_key=K)\n\n_a = get_azure_client()\n_o = get_openai_client()\n\ndef get_client_for_model(key):\n    client = _a if key.startswith("azure") else _o\n    return client, key, {}\n\ndef get_client():\n    client, _, _ = get_client_for_model(DEFAULT)\n    return client\n';
    const router = 'from app.services.openai_client import get_client\n\ndef answer(q):\n    client = get_client()\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": q}])\n';
    const project = new ProjectIndex();
    project.addFile('app/services/openai_client.py', module);
    project.addFile('app/routers/rag.py', router);
    assert.deepEqual(sitesIn(router, 'app/routers/rag.py', project), ['5 POST /v1/chat/completions unknown']);
    // (a module whose clients all go one way says where)
    const single = new ProjectIndex();
    single.addFile('app/services/openai_client.py', 'from openai import OpenAI\n_o = OpenAI()\ndef pick(k):\n    return _o, k\ndef get_client():\n    c, _ = pick(1)\n    return c\n');
    assert.deepEqual(sitesIn(router, 'app/routers/rag.py', single), ['5 POST /v1/chat/completions openai']);
    // (found in a second review: nor a function named for no client, or for a test double, of that module)
    const mixed = new ProjectIndex();
    mixed.addFile('app/services/openai_client.py', 'from groq import Groq\nfrom openai import OpenAI\n_o = OpenAI()\ndef get_fast():\n    return Groq()\ndef get_mock_client():\n    return MagicMock()\n');
    assert.deepEqual(sitesIn(router.replace(/get_client/g, 'get_fast'), 'app/routers/rag.py', mixed), []);
    assert.deepEqual(sitesIn(router.replace(/get_client/g, 'get_mock_client'), 'app/routers/rag.py', mixed), []);
    // (not a module whose name says nothing of OpenAI)
    const other = new ProjectIndex();
    other.addFile('app/services/helpers.py', module);
    assert.deepEqual(sitesIn(router.replace('app.services.openai_client', 'app.services.helpers'), 'app/routers/rag.py', other), []);
  });

  it("361: a client a class keeps in a static field, read through the class (`Realtime.client.realtime.calls.accept(…)`)", () => {
    const ts = 'import OpenAI from "openai";\nexport class Realtime {\n    private static client: OpenAI = new OpenAI({ apiKey: key });\n    static async accept(id: string) {\n        await Realtime.client.realtime.calls.accept(id, { type: "realtime" });\n    }\n}\nclass Other {\n    async f() { await Other.client.files.list(); }\n}\n';
    assert.deepEqual(found(ts, 'sip.ts'), ['5 POST /v1/realtime/calls/{call_id}/accept openai']);
    // (found in a second review: the innermost class around the field is its owner, and a class expression's variable names it)
    const two = 'import OpenAI from "openai";\nclass Groqy {\n    static client = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\n}\nexport const Oai = class {\n    static client = new OpenAI();\n};\nGroqy.client.chat.completions.create(r);\nOai.client.chat.completions.create(r);\n';
    assert.deepEqual(found(two, 'two.ts'), ['8 POST /v1/chat/completions other', '9 POST /v1/chat/completions openai']);
  });

  it("357: a parameter named for OpenAI (`execute(interaction, OPENAI)`) in a file that takes only a helper from the SDK (`const { toFile } = require('openai')`)", () => {
    const js = "const { toFile } = require('openai');\nmodule.exports = {\n    async execute(interaction, OPENAI) {\n        const image = await OPENAI.images.generate({ prompt: interaction.prompt });\n    },\n};\n";
    assert.deepEqual(found(js, 'image.js'), ['4 POST /v1/images/generations unknown']);
    // (a project module of that name, `require('./openai')`, says what such names are)
    assert.deepEqual(found(js.replace("const { toFile } = require('openai');", "const helpers = require('./openai');"), 'image.js'), []);
  });
});

// Held-out corpus 365 had a client chosen between Ollama and Groq by a conditional over lines (`const aiClient = AI_PROVIDER ===
// 'ollama' ? new OpenAI({…}) : new OpenAI({…})`); its `x = A(…) if c else B(…)` in Python was read as the first branch's alone.
describe('clients chosen by a conditional (held-out corpus 365)', () => {
  it('JS: two v4 clients agree or make a run-time choice; one beside nothing is that one; any other value leaves no client', () => {
    const js = [
      "import OpenAI from 'openai';",
      "const aiClient = AI_PROVIDER === 'ollama'",
      '  ? new OpenAI({ apiKey: "ollama", baseURL: `${OLLAMA}/v1` })',
      "  : new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });",
      'aiClient.chat.completions.create({ model });',
      "const both = region === 'eu' ? new OpenAI({ baseURL: 'https://eu.api.openai.com/v1' }) : new OpenAI();",
      'both.embeddings.create({ model, input });',
      'const maybe = process.env.OPENAI_API_KEY !== undefined ? new OpenAI() : null;',
      'maybe.models.list();',
      'const mixed = local === true ? new OpenAI({ baseURL: "http://localhost:11434/v1" }) : makeOther();',
      'mixed.files.list();',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'ai.ts'), ['5 POST /v1/chat/completions unknown', '7 POST /v1/embeddings openai', '9 GET /v1/models openai']);
    // (found in review: a statement on the line before, without a semicolon, is no part of the condition; two hosts of one kind are both named)
    const lines = "import OpenAI from 'openai'\nconst client = makeAnthropicShim()\nconst ai = local ? new OpenAI({ baseURL: 'http://localhost:11434/v1' }) : new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' })\nclient.chat.completions.create({ model })\nai.chat.completions.create({ model })\n";
    assert.deepEqual(
      detectCallSites(lines, { fileName: 'l.js' }).sites.map((s) => `${s.range.start.line + 1} ${s.provider} ${s.providerDetail ?? ''}`),
      ['5 other localhost:11434 or api.groq.com, chosen by a conditional at run time'],
    );
  });

  it("Python: both branches' clients, on one line or parenthesised over lines", () => {
    const py = [
      'from openai import OpenAI, AzureOpenAI',
      'client = AzureOpenAI(azure_endpoint="https://x.openai.azure.com") if use_azure else OpenAI()',
      'client.chat.completions.create(model="m", messages=[])',
      'local = (',
      '    OpenAI(base_url="http://localhost:11434/v1")',
      '    if offline',
      '    else OpenAI(base_url="http://127.0.0.1:8000/v1")',
      ')',
      'local.embeddings.create(model="m", input="x")',
      'plain = OpenAI() if key else None',
      'plain.models.list()',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'ai.py'), ['3 POST /v1/chat/completions unknown', '9 POST /v1/embeddings other', '11 GET /v1/models openai']);
  });
});

describe('found by held-out round 51 (corpora 374–376)', () => {
  it('a ternary URL one of whose branches is no path of the API reads as the other', () => {
    const ts = [
      'export async function GET(containerId: string, fileId: string) {',
      '  const url = containerId',
      '    ? `https://api.openai.com/v1/containers/${containerId}/files/${fileId}/content`',
      '    : `https://api.openai.com/v1/container-files/${fileId}/content`;',
      '  return fetch(url, { headers });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'route.ts'), ['5 GET /v1/containers/{container_id}/files/{file_id}/content openai']);
    // (both branches endpoints of the API: the later one, as before)
    const both = 'const url = big\n  ? "https://api.openai.com/v1/chat/completions"\n  : "https://api.openai.com/v1/embeddings";\nfetch(url, { method: "POST" });\n';
    assert.deepEqual(found(both, 'b.js'), ['4 POST /v1/embeddings openai']);
  });

  it("Python: the SDK's module handed on by a module of the project (`from .lazy_imports import openai`); Azure's realtime URL on a configured endpoint", () => {
    const py = 'from .lazy_imports import openai, websockets\n\nclass M:\n    def run(self, endpoint, key):\n        self._client = openai.AzureOpenAI(api_key=key, api_version="2024-10-21", azure_endpoint=endpoint)\n        return self._client.chat.completions.create(model="d", messages=[])\n\n    def connect(self, endpoint, api, deployment):\n        base_url = endpoint.replace("https://", "wss://")\n        url = f"{base_url}/openai/realtime?api-version={api}&deployment={deployment}"\n        return websockets.connect(url)\n';
    assert.deepEqual(found(py, 'models.py'), ['6 POST /v1/chat/completions azure', '11 WEBSOCKET /v1/realtime azure']);
    // (not where the project has a module named openai, whose `OpenAI` may be its own class)
    const project = new ProjectIndex();
    project.addFile('app/openai.py', 'class OpenAI:\n    pass\n');
    const own = 'from app import openai\nclient = openai.OpenAI()\nclient.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(detectCallSites(own, { fileName: 'app/main.py', project }).sites.map((s) => s.provider), []);
  });

  it('Go: a client a method of the file returns, whatever its name (`c := g.connect()`)', () => {
    const go = 'package main\n\nimport (\n\t"context"\n\topenai "github.com/sashabaranov/go-openai"\n)\n\nfunc (g *Bot) connect() *openai.Client {\n\tclient := openai.NewClient(g.key)\n\treturn client\n}\n\nfunc (g *Bot) speak(s string) error {\n\tc := g.connect()\n\t_, err := c.CreateSpeech(context.Background(), openai.CreateSpeechRequest{Input: s})\n\treturn err\n}\n\nfunc (g *Bot) remote() *openai.Client {\n\tcfg := openai.DefaultConfig(g.key)\n\tcfg.BaseURL = g.base\n\treturn openai.NewClientWithConfig(cfg)\n}\n\nfunc (g *Bot) embed() {\n\tr := g.remote()\n\tr.CreateEmbeddings(context.Background(), req)\n}\n';
    assert.deepEqual(found(go, 'bot.go'), ['15 POST /v1/audio/speech openai', '27 POST /v1/embeddings unknown']);
  });

  it("PHP: a configuration array's entry (`$CFG['or_endpoint']`), cURL's URL option in an array, run-time values with a literal default", () => {
    const php = [
      '<?php',
      '$CFG = [',
      "    'or_endpoint' => get_env_str($ENV, 'OPENROUTER_ENDPOINT', 'https://openrouter.ai/api/v1/chat/completions'),",
      "    'models' => 'https://openrouter.ai/api/v1/models',",
      '];',
      '$ch = curl_init();',
      'curl_setopt_array($ch, [',
      "    CURLOPT_URL => $CFG['or_endpoint'],",
      '    CURLOPT_POST => true,',
      ']);',
      '$m = curl_init();',
      "curl_setopt($m, CURLOPT_URL, $CFG['models']);",
      "$url = env('OPENAI_URL', 'https://api.openai.com/v1/embeddings');",
      '$e = curl_init();',
      'curl_setopt_array($e, array(CURLOPT_URL => $url, CURLOPT_POST => true));',
      "$mod = getenv('MOD_URL') ?: 'https://api.openai.com/v1/moderations';",
      "$plain = 'https://api.openai.com/v1/files';",
      'function send($plain) {',
      '    $h = curl_init();',
      '    curl_setopt_array($h, [CURLOPT_URL => $plain, CURLOPT_POST => true]);',
      '}',
      '$o = curl_init();',
      'curl_setopt_array($o, [CURLOPT_URL => $mod, CURLOPT_POST => true]);',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'ask.php'), ['7 POST /v1/chat/completions unknown', '12 GET /v1/models other', '15 POST /v1/embeddings unknown', '23 POST /v1/moderations unknown']);
  });
});

describe('found by held-out round 52 (corpora 377–379)', () => {
  it('Python: another name given once at the module level for a client the file imports or builds', () => {
    const project = new ProjectIndex();
    project.addFile('app/client.py', 'from openai import AsyncOpenAI\nasync_client = AsyncOpenAI(base_url="https://openrouter.ai/api/v1")\n');
    const py = 'from app.client import async_client\nopenai_client = async_client\n\nasync def ask(q):\n    return await openai_client.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(detectCallSites(py, { fileName: 'app/services/ask.py', project }).sites.map((s) => `${s.range.start.line + 1} ${s.provider}`), ['5 other']);
    // (a name given twice is left alone; so is one assigned inside a function, where the right side may be a parameter)
    const twice = 'from openai import OpenAI\nclient = OpenAI(base_url="https://openrouter.ai/api/v1")\nother = client\nother = make_groq()\nother.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(twice, 'twice.py'), []);
  });

  it('Python: a camel-case client parameter calling the Assistants API, in a file that imports no SDK', () => {
    const py = 'def run(openApiClient, threadId):\n    run = openApiClient.beta.threads.runs.create_and_poll(thread_id=threadId, assistant_id="a")\n    return openApiClient.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(py, 'assistant.py'), ['2 MULTI /v1/threads/{thread_id}/runs unknown']);
  });

  it("R: a URL piped into httr2's request, literal, glued or held in a variable", () => {
    const r = [
      'r2 <- "https://api.openai.com/v1/assistants" |>',
      '  httr2::request() |>',
      '  httr2::req_body_json(corpo) |>',
      '  httr2::req_perform()',
      'glue::glue("https://api.openai.com/v1/files/{.x}") |>',
      '  httr2::request() |>',
      '  httr2::req_method("DELETE") |>',
      '  httr2::req_perform()',
      'url_run <- glue::glue("https://api.openai.com/v1/threads/{id}/runs")',
      'url_run %>% request() %>% req_body_json(list(assistant_id = a)) %>% req_perform()',
      'notes <- "https://api.openai.com/v1/models" |> paste0("?x=1")',
      '',
    ].join('\n');
    assert.deepEqual(found(r, 'assistant.R'), ['2 POST /v1/assistants openai', '6 DELETE /v1/files/{file_id} openai', '10 POST /v1/threads/{thread_id}/runs openai']);
  });

  it("wretch names its verb later in its chain; Lua joins a run-time base with `..`; openai-kotlin's client used where it is built", () => {
    const ts = "import wretch from 'wretch'\nconst res = await wretch('https://api.openai.com/v1/fine_tuning/jobs')\n  .auth(`Bearer ${key}`)\n  .post(params)\n  .json()\nawait wretch(`https://api.openai.com/v1/files/${id}`).auth(k).delete().res()\nawait wretch('https://api.openai.com/v1/models').get().json()\n";
    assert.deepEqual(found(ts, 'train.ts'), ['2 POST /v1/fine_tuning/jobs openai', '6 DELETE /v1/files/{file_id} openai', '7 GET /v1/models openai']);
    const lua = "local curl = require('plenary.curl')\nfunction M.request(messages, providerOpts)\n  curl.post(providerOpts.base_url .. '/chat/completions', { body = vim.fn.json_encode({ messages = messages }) })\nend\nlocal label = prefix .. '/chat/completions'\n";
    assert.deepEqual(found(lua, 'openai.lua'), ['3 POST /v1/chat/completions unknown']);
    const kt = 'import com.aallam.openai.client.OpenAI\n\nsuspend fun testKey(key: String) = OpenAI(\n    token = key,\n    timeout = Timeout(socket = 15.seconds)\n).moderations(request = ModerationRequest(input = listOf("hi")))\nfun other() = OpenAI(token = k).toString()\n';
    assert.deepEqual(found(kt, 'Repo.kt'), ['6 POST /v1/moderations openai']);
  });
});

describe('URL functions given the path', () => {
  it("a function's URL ending in its parameter takes the path literal its call hands it; one that puts no API path there is no request", () => {
    const py = 'import requests\nBASE = "https://api.openai.com/v1"\ndef endpoint(path):\n    return f"{BASE}/{path}"\nrequests.post(endpoint("images/generations"), json={})\nrequests.get(endpoint("health"))\n';
    assert.deepEqual(found(py, 'e.py'), ['5 POST /v1/images/generations openai']);
    const ts = 'const BASE = "https://api.openai.com/v1";\nconst url = (path: string) => `${BASE}/${path}`;\nawait fetch(url("embeddings"), { method: "POST", body });\n';
    assert.deepEqual(found(ts, 'e.ts'), ['3 POST /v1/embeddings openai']);
  });
});

describe('found in review of rounds 51–52', () => {
  it("PHP: an array's entry only while that array holds it; a function sees its own variables, not another function's or the script's", () => {
    const php = [
      '<?php',
      'function a() { $opts = [\'url\' => \'https://api.openai.com/v1/chat/completions\']; return $opts; }',
      'function b($u) { $opts = [\'url\' => $u]; $ch = curl_init(); curl_setopt($ch, CURLOPT_URL, $opts[\'url\']); curl_exec($ch); }',
      '$CFG = [\'url\' => \'https://api.openai.com/v1/embeddings\'];',
      'function send($CFG) { $ch = curl_init(); curl_setopt($ch, CURLOPT_URL, $CFG[\'url\']); }',
      'function f() { $ch = curl_init(); curl_setopt_array($ch, [CURLOPT_URL => $url]); }',
      'function g() { $url = \'https://api.openai.com/v1/models\'; $ch = curl_init(); curl_setopt_array($ch, [CURLOPT_URL => $url ]); }',
      '$ch = curl_init();',
      "curl_setopt($ch, CURLOPT_URL, $CFG['url'] );",
      'curl_setopt($ch, CURLOPT_POST, true);',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'r.php'), ['7 GET /v1/models openai', '9 POST /v1/embeddings openai']);
  });

  it('Python: an alias of a name the module binds to something else is no client; an import from a package of another library is not the SDK', () => {
    const py = 'from openai import OpenAI\nimport sqlite_utils\n\ndef make():\n    client = OpenAI()\n    return client.models.list()\n\nclient = sqlite_utils.Database("x.db")\ndb = client\ndb.files.list()\n';
    assert.deepEqual(found(py, 'db.py'), ['6 GET /v1/models openai']);
    const lc = 'from langchain_community.llms import openai\nemb = openai.AzureOpenAI(deployment_name="d")\nemb.completions.create(prompt="x")\n';
    assert.deepEqual(found(lc, 'lc.py'), []);
  });

  it("wretch kept in a name takes the verb it is sent with; R's pipe of a `$` member is no variable; Azure's realtime path needs Azure's query", () => {
    const js = 'import wretch from "wretch"\nconst w = wretch("https://api.openai.com/v1/chat/completions")\nawait w.auth(k).post({})\n';
    assert.deepEqual(found(js, 'w.js'), ['2 POST /v1/chat/completions openai']);
    const r = 'u <- "https://api.openai.com/v1/files"\nx <- resp$u |> request() |> req_perform()\n';
    assert.deepEqual(found(r, 'r.R'), []);
    const ws = 'const a = new WebSocket(`${process.env.GATEWAY_URL}/openai/realtime?model=gpt-4o-realtime-preview`);\nconst b = new WebSocket(`${endpoint}/openai/realtime?api-version=2024-10-01-preview&deployment=rt`);\n';
    assert.deepEqual(found(ws, 'ws.js'), ['2 WEBSOCKET /v1/realtime azure']);
  });

  it("Lua: a URL joined with `..` into a local is that local's", () => {
    const lua = "local curl = require('plenary.curl')\nlocal function chat(body)\n  local url = 'https://api.openai.com/v1/chat/completions'\n  return curl.post(url, { body = body })\nend\nlocal function chat2(opts, body)\n  local url = opts.base_url .. '/chat/completions'\n  return curl.post(url, { body = body })\nend\n";
    assert.deepEqual(found(lua, 'a.lua'), ['4 POST /v1/chat/completions openai', '8 POST /v1/chat/completions unknown']);
  });
});

describe('found by held-out round 53 (corpora 380–382)', () => {
  it("Python: each class's own `self.` base where several classes set one (one provider a class)", () => {
    const py = [
      'import aiohttp',
      'class OpenAIProvider:',
      '    def __init__(self):',
      '        self.base_url = "https://api.openai.com/v1"',
      '    async def chat(self, s, body):',
      '        return await s.post(f"{self.base_url}/chat/completions", json=body)',
      'class GroqProvider:',
      '    def __init__(self):',
      '        self.base_url = "https://api.groq.com/openai/v1"',
      '    async def chat(self, s, body):',
      '        return await s.post(f"{self.base_url}/chat/completions", json=body)',
      'class AnthropicProvider:',
      '    def __init__(self):',
      '        self.base_url = "https://api.anthropic.com/v1"',
      '    async def chat(self, s, body):',
      '        return await s.post(f"{self.base_url}/messages", json=body)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'llm_client.py'), ['6 POST /v1/chat/completions openai', '11 POST /v1/chat/completions other']);
  });

  it("Python: a module's URL constants an f-string builds, and those a star import brings; an SDK resource class made on a client; Azure's `/openai/models`", () => {
    const project = new ProjectIndex();
    project.addFile('consts/openai_consts.py', "OPENAI_BASE_URL = 'https://api.openai.com/v1'\nOPENAI_EMBEDDINGS_URL = f'{OPENAI_BASE_URL}/embeddings'\n");
    project.addFile('config/constants.py', 'OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"  # openai-compatible\n');
    const named = 'from consts.openai_consts import OPENAI_EMBEDDINGS_URL\nasync def embed(session, body):\n    return await session.post(OPENAI_EMBEDDINGS_URL, json=body)\n';
    assert.deepEqual(detectCallSites(named, { fileName: 'collect/openai_client.py', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['3 /v1/embeddings openai']);
    const star = 'from openai import AsyncOpenAI\nfrom config.constants import *\nclient = AsyncOpenAI(base_url=OPENROUTER_BASE_URL)\nclient.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(detectCallSites(star, { fileName: 'services/ai.py', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['4 /v1/chat/completions other']);
    const realtime = 'import openai\nfrom openai.resources.realtime import AsyncRealtime\n\nasync def t():\n    a_oa = openai.AsyncOpenAI()\n    a_r = AsyncRealtime(a_oa)\n    async with a_r.connect(model="gpt-realtime") as conn:\n        pass\n';
    assert.deepEqual(found(realtime, 'test_rt.py'), ['7 WEBSOCKET /v1/realtime openai']);
    const models = 'import aiohttp\nasync def models(self, s):\n    return await s.get(f"{self.endpoint}/openai/models", params={"api-version": "2024-10-21"})\n';
    assert.deepEqual(found(models, 'azure_client.py'), ['3 GET /v1/models azure']);
  });
});

describe('found by held-out round 54 (corpora 383–385)', () => {
  it('a v4 client kept under its v3 name (`this.openAIApi`); the legacy module as a class attribute read through the class', () => {
    const js = 'class OpenAICommand {\n  constructor(openAIApi, cache) {\n    this.openAIApi = openAIApi;\n  }\n  async ask(p) {\n    return this.openAIApi.chat.completions.create({ model: "m", messages: [] });\n  }\n}\nmodule.exports = OpenAICommand;\n';
    assert.deepEqual(found(js, 'OpenAICommand.js'), ['6 POST /v1/chat/completions unknown']);
    const py = 'import openai\n\nclass ChatGPTProxy:\n    framework = openai\n\n    def ask(self, messages):\n        return self.__class__.framework.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)\n\n    def draw(self, prompt):\n        return self.framework.Image.create(prompt=prompt)\n';
    assert.deepEqual(found(py, 'bot.py'), ['7 POST /v1/chat/completions openai', '10 POST /v1/images/generations openai']);
  });

  it("Swift: a type's stored URL property read as `self.`; Go: a field holding the app's clients", () => {
    const swift = 'import Alamofire\n\nfinal class OpenAIViewModel: ObservableObject {\n    let baseUrl = "https://api.openai.com/v1/chat/completions"\n    func send() {\n        AF.request(\n            self.baseUrl,\n            method: .post,\n            parameters: body\n        ).responseDecodable(of: Reply.self) { _ in }\n    }\n}\n';
    assert.deepEqual(found(swift, 'OpenAIViewModel.swift'), ['6 POST /v1/chat/completions openai']);
    const go = 'package handlers\n\nimport (\n\t"context"\n\topenai "github.com/sashabaranov/go-openai"\n)\n\nfunc (app *App) Chat(ctx context.Context) {\n\tresp, err := app.OpenAIClients.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT3Dot5Turbo})\n\t_, _ = resp, err\n}\n';
    assert.deepEqual(found(go, 'handlers.go'), ['9 POST /v1/chat/completions unknown']);
  });

  it("a client handed in calling a vector store's files and file batches", () => {
    const py = 'def add_file(client, file_id, store_id):\n    return client.beta.vector_stores.files.create(vector_store_id=store_id, file_id=file_id)\n\ndef add_files(client, ids, store_id):\n    return client.beta.vector_stores.file_batches.create(vector_store_id=store_id, file_ids=ids)\n';
    assert.deepEqual(found(py, 'vector_store.py'), ['2 POST /v1/vector_stores/{vector_store_id}/files unknown', '5 POST /v1/vector_stores/{vector_store_id}/file_batches unknown']);
  });
});

describe('a factory of another module in a file that also imports the SDK', () => {
  it('an arrow whose body is the module\'s client (`export const openAI = (): OpenAI => openai`), imported where the SDK is imported for its types', () => {
    const project = new ProjectIndex();
    project.addFile('src/openai/openai_helper.ts', 'import OpenAI from "openai";\n\nvar openai: OpenAI;\nexport const setOpenAIKey = (key: string) => {\n    openai = new OpenAI({ apiKey: key });\n}\nexport const openAI = (): OpenAI => openai;\n');
    const ts = 'import OpenAI from "openai";\nimport { openAI } from "../../openai/openai_helper";\n\nexport async function cancelBatch(batchId: string) {\n    return await openAI().batches.cancel(batchId);\n}\n';
    assert.deepEqual(detectCallSites(ts, { fileName: 'src/jobs/status/cancel_batch.ts', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['5 /v1/batches/{batch_id}/cancel openai']);
  });
});

describe('found in review of round 54', () => {
  it("Python: a function's local alias of the module is no class attribute; an instance attribute set elsewhere stays the instance's", () => {
    const py = 'import openai\n\ndef use_legacy_sdk():\n    llm = openai\n    return llm\n\nclass Agent:\n    def __init__(self, model_client):\n        self.llm = model_client\n\n    def step(self, m):\n        return self.llm.chat.completions.create(model="llama3", messages=m)\n';
    assert.deepEqual(found(py, 'agent.py'), ['12 POST /v1/chat/completions unknown']);
  });

  it("Swift: a function's local URL is not a stored property of every type", () => {
    const swift = 'import Foundation\n\nfinal class Probe {\n    func ping() async throws {\n        let url = "https://api.openai.com/v1/models"\n        var req = URLRequest(url: URL(string: url)!)\n        req.httpMethod = "GET"\n        _ = try await URLSession.shared.data(for: req)\n    }\n}\n\nfinal class Webhook {\n    let url: String\n    init(url: String) { self.url = url }\n    func send(_ body: Data) async throws {\n        var req = URLRequest(url: URL(string: self.url)!)\n        req.httpMethod = "POST"\n        req.httpBody = body\n    }\n}\n';
    assert.deepEqual(found(swift, 'probe.swift'), ['6 GET /v1/models openai']);
  });

  it('a factory name two modules of the project define is a run-time choice, whichever one is imported', () => {
    const project = new ProjectIndex();
    project.addFile('src/openai/client.ts', 'import OpenAI from "openai";\nexport function getClient() { return new OpenAI(); }\n');
    project.addFile('src/groq/client.ts', 'import OpenAI from "openai";\nexport function getClient() { return new OpenAI({ baseURL: "https://api.groq.com/openai/v1" }); }\n');
    const ts = 'import OpenAI from "openai";\nimport { getClient } from "../groq/client";\nconst c = getClient();\nc.chat.completions.create({ model: "m", messages: [] });\n';
    assert.deepEqual(detectCallSites(ts, { fileName: 'src/app/fast.ts', project }).sites.map((s) => s.provider), ['unknown']);
  });
});

describe('found by held-out round 55 (corpora 386–388)', () => {
  it("Lua: a request pool handed a body takes the endpoint's verb; PHP: a Laravel Http client the class keeps on a base", () => {
    const lua = "local LINK = 'https://openrouter.ai/api/v1/chat/completions'\nlocal function ask(data, callback)\n    pool:Request(LINK, data, callback, {})\nend\nlocal function models()\n    pool:Request('https://openrouter.ai/api/v1/models')\nend\n";
    assert.deepEqual(found(lua, 'openrouter.lua'), ['3 POST /v1/chat/completions other', '6 GET /v1/models other']);
    const php = "<?php\nuse Illuminate\\Support\\Facades\\Http;\nclass OpenAIHandler {\n\tpublic const API_URL = 'https://api.openai.com/v1/';\n\tpublic function __construct(?string $key = null) {\n\t\t$this->client = Http::acceptJson()\n\t\t\t->withToken($key)\n\t\t\t->baseUrl(self::API_URL);\n\t}\n\tpublic function moderations($input) {\n\t\treturn $this->client->post('moderations', ['input' => $input]);\n\t}\n}\n";
    assert.deepEqual(found(php, 'OpenAIHandler.php'), ['11 POST /v1/moderations openai']);
  });
});

describe('gaps named in the last closing note (thirty-second session)', () => {
  it("PHP: a class's own method that hands its Guzzle client the path its callers name (`sendRequest('POST', 'threads')`)", () => {
    const php = [
      '<?php',
      'use GuzzleHttp\\Client;',
      'class AssistantsApi {',
      '    private Client $client;',
      '    public function __construct() {',
      "        $this->client = new Client(['base_uri' => 'https://api.openai.com/v1/']);",
      '    }',
      '    public function sendRequest(string $method, string $uri, array $options = []): ?array {',
      '        $response = $this->client->request($method, $uri, $options);',
      '        return json_decode($response->getBody(), true);',
      '    }',
      "    public function createThread() { return $this->sendRequest('POST', 'threads'); }",
      '    public function getRun($t, $r) { return $this->sendRequest(\'GET\', "threads/{$t}/runs/{$r}"); }',
      '    public function models($uri) { return $this->get($uri); }',
      '    private function get(string $uri) { return $this->client->get($uri); }',
      "    public function list() { return $this->get('models'); }",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'AssistantsApi.php'), ['12 POST /v1/threads openai', '13 GET /v1/threads/{thread_id}/runs/{run_id} openai', '16 GET /v1/models openai']);
    // (a client whose base the file does not set may be any API's: its paths say nothing)
    const unset = php.replace("new Client(['base_uri' => 'https://api.openai.com/v1/'])", '$client');
    assert.deepEqual(found(unset, 'AssistantsApi.php'), []);
    // (another provider's base: that provider's OpenAI-compatible endpoints, and Groq has no Assistants API)
    assert.deepEqual(found(php.replace('https://api.openai.com/v1/', 'https://api.groq.com/openai/v1/'), 'AssistantsApi.php'), ['16 GET /v1/models other']);
  });

  it("Python: a project class's client made by its own method (`self.client = self._get_client()`), read in another module as `self.client.client`", () => {
    const client = [
      'from openai import OpenAI, AsyncOpenAI',
      'class LLMClient:',
      '    def __init__(self, config, async_client=False):',
      '        self.config = config',
      '        self.client = self._get_client(async_client)',
      '    def _get_client(self, async_client):',
      '        if async_client:',
      '            return AsyncOpenAI(base_url="https://openrouter.ai/api/v1")',
      '        return OpenAI(base_url="https://openrouter.ai/api/v1")',
      '',
    ].join('\n');
    const prompt = 'from src.client import LLMClient\nclass Prompt:\n    def __init__(self):\n        self.client = LLMClient(config=None)\n    def send(self, args):\n        return self.client.client.chat.completions.create(**args)\n';
    const project = new ProjectIndex();
    project.addFile('src/client.py', client);
    project.addFile('src/prompt.py', prompt);
    assert.deepEqual(detectCallSites(prompt, { fileName: 'src/prompt.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['6 /v1/chat/completions other']);
    // (a method of that name in another class makes nothing of this one's)
    const elsewhere = client.replace('self.client = self._get_client(async_client)', 'self.client = self._connect(async_client)');
    const other = new ProjectIndex();
    other.addFile('src/client.py', elsewhere);
    other.addFile('src/prompt.py', prompt);
    assert.deepEqual(detectCallSites(prompt, { fileName: 'src/prompt.py', project: other }).sites, []);
  });
});

describe('found by held-out round 56 (corpora 389–392)', () => {
  it("JavaScript: a `const` client is its block's own (one per branch), and a `var` stays the whole function's", () => {
    const app = [
      "import OpenAI from 'openai';",
      'async function run(useRouter, key) {',
      '  if (!useRouter) {',
      '    const openai = new OpenAI({ apiKey: key });',
      '    (async () => { await openai.chat.completions.create({ model: "gpt-4o", messages: [] }); })();',
      '  } else {',
      '    const openai = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: key });',
      '    (async () => { await openai.chat.completions.create({ model: "x", messages: [] }); })();',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(app, 'App.tsx'), ['5 POST /v1/chat/completions openai', '8 POST /v1/chat/completions other']);
    // (`var` is the function's, whichever branch set it last: decided at run time)
    assert.deepEqual(found(app.replace(/const openai/g, 'var openai'), 'App.tsx').map((s) => s.split(' ').pop()), ['unknown', 'unknown']);
  });

  it('C#: RestSharp requests on a RestClient given a literal base: a resource joined to it, or the base itself', () => {
    const cs = [
      'using RestSharp;',
      'public class ChatClient {',
      '    private readonly RestClient _client;',
      '    public ChatClient() { _client = new RestClient("https://api.openai.com/v1/engines/text-davinci-003/completions"); }',
      '    public string Send(string m) {',
      '        var request = new RestRequest("", Method.Post);',
      '        return _client.Execute(request).Content;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'ChatClient.cs'), ['6 POST /v1/engines/{engine_id}/completions openai']);
    const joined = cs.replace('https://api.openai.com/v1/engines/text-davinci-003/completions', 'https://api.groq.com/openai/v1').replace('new RestRequest("", Method.Post)', 'new RestRequest("chat/completions", Method.Post)');
    assert.deepEqual(found(joined, 'ChatClient.cs'), ['6 POST /v1/chat/completions other']);
    // (a base read from settings, or two clients of different bases: which one is not read here)
    assert.deepEqual(found(cs.replace('"https://api.openai.com/v1/engines/text-davinci-003/completions"', 'settings.Url'), 'ChatClient.cs'), []);
    const two = cs.replace('    public string Send', '    private readonly RestClient _other = new RestClient("https://api.example.com/");\n    public string Send');
    assert.deepEqual(found(two, 'ChatClient.cs'), []);
  });

  it("JavaScript: a client kept as a member of another module's default-exported object, or of its `module.exports`", () => {
    const utils = 'import { OpenAI } from "openai";\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst addMessage = async (t, m) => openai.beta.threads.messages.create(t, { role: "user", content: m });\nexport default {\n  addMessage,\n  openai,\n};\n';
    const service = 'import aiUtils from "../utils/aiUtils.js";\nexport const createThread = async () => aiUtils.openai.beta.threads.create();\nexport const send = async (t, m) => aiUtils.addMessage(t, m);\n';
    const project = new ProjectIndex();
    project.addFile('utils/aiUtils.js', utils);
    project.addFile('service/aiService.js', service);
    assert.deepEqual(detectCallSites(service, { fileName: 'service/aiService.js', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['2 /v1/threads openai']);
    const lib = 'const OpenAI = require("openai");\nconst openai = new OpenAI({ baseURL: "https://api.deepseek.com/v1" });\nfunction f() {}\nmodule.exports = { f, openai };\n';
    const app = 'const lib = require("./lib");\nasync function h() { return lib.openai.chat.completions.create({ model: "deepseek-chat", messages: [] }); }\n';
    const cjs = new ProjectIndex();
    cjs.addFile('src/lib.js', lib);
    cjs.addFile('src/app.js', app);
    assert.deepEqual(detectCallSites(app, { fileName: 'src/app.js', project: cjs }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`), ['2 /v1/chat/completions other']);
    // (a member that holds no client: nothing)
    assert.deepEqual(detectCallSites(app.replace('lib.openai.chat', 'lib.f.chat'), { fileName: 'src/app.js', project: cjs }).sites, []);
  });
});

describe('found in review of round 56', () => {
  it('JavaScript: a block-scoped client assigned again before the call is a run-time choice; each of 1,500 blocks its own', () => {
    const js = "import OpenAI from 'openai';\nasync function run(key, useGroq) {\n  let openai = new OpenAI({ apiKey: key });\n  if (useGroq) { openai = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1', apiKey: key }); }\n  return openai.chat.completions.create({ model: 'm', messages: [] });\n}\n";
    assert.deepEqual(found(js, 'run.js').map((s) => s.split(' ').pop()), ['unknown']);
    const blocks = `import OpenAI from 'openai';\nasync function f(x) {\n${Array.from({ length: 1500 }, (_, i) => `  if (x == ${i}) { const openai = new OpenAI({ baseURL: '${i % 2 ? 'https://api.groq.com/openai/v1' : 'https://api.openai.com/v1'}' }); await openai.chat.completions.create({ model: 'm', messages: [] }); }\n`).join('')}}\n`;
    const providers = found(blocks, 'blocks.js').map((s) => s.split(' ').pop());
    assert.equal(providers.length, 1500);
    assert.deepEqual(providers.slice(0, 4), ['openai', 'other', 'openai', 'other']);
  });

  it("C# RestSharp: a RestClient whose base is not read makes the file's one literal base no answer; the verb from what the code does with the request", () => {
    const cs = [
      'using RestSharp;',
      'public class Clients {',
      '    private readonly RestClient _openai = new RestClient("https://api.openai.com/v1");',
      '    private readonly RestClient _groq;',
      '    public Clients() { _groq = new RestClient(); }',
      '    public string Groq(string body) {',
      '        var request = new RestRequest("chat/completions", Method.Post);',
      '        return _groq.Execute(request).Content;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'Clients.cs').map((s) => s.split(' ').pop()), ['unknown']);
    const injected = cs.replace('public Clients() { _groq = new RestClient(); }', 'public Clients(RestClient local) { _groq = local; }');
    assert.deepEqual(found(injected, 'Clients.cs').map((s) => s.split(' ').pop()), ['unknown']);
    const verbs = [
      'using RestSharp;',
      'public class Api {',
      '    private readonly RestClient _client = new RestClient("https://api.openai.com/v1");',
      '    public string Models() { var request = new RestRequest("models"); return _client.Get(request).Content; }',
      '    public string Image() {',
      '        var request = new RestRequest("images/generations");',
      '        request.Method = Method.Post;',
      '        return _client.Execute(request).Content;',
      '    }',
      '    public async Task Files() { var request = new RestRequest("files"); await _client.ExecuteDeleteAsync(request); }',
      '}',
      '',
    ].join('\n');
    // (another method's `request.Method` is its own; DELETE /v1/files is no endpoint of the API)
    assert.deepEqual(found(verbs, 'Api.cs'), ['4 GET /v1/models openai', '6 POST /v1/images/generations openai']);
  });

  it("PHP: a helper posting its path with options, not one that changes the path first, nor another class's method of the same name", () => {
    const php = [
      '<?php',
      'use GuzzleHttp\\Client;',
      'class Api {',
      '    private $http;',
      "    public function __construct() { $this->http = new Client(['base_uri' => 'https://api.openai.com/v1/']); }",
      '    private function post(string $endpoint, array $payload) {',
      "        $options = ['json' => $payload];",
      '        return $this->http->post($endpoint, $options);',
      '    }',
      "    public function embed() { return $this->post('embeddings', []); }",
      '    private function send(string $method, string $uri) {',
      "        $uri = 'v1/' . $uri;",
      '        return $this->http->request($method, $uri);',
      '    }',
      "    public function chat() { return $this->send('POST', 'chat/completions'); }",
      '}',
      'class Other {',
      '    private function post(string $endpoint, array $payload) { return (new \\GuzzleHttp\\Client())->post($endpoint); }',
      "    public function image() { return $this->post('images/generations', []); }",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'Api.php'), ['10 POST /v1/embeddings openai']);
  });
});

describe('found by held-out round 58 (corpora 396–398)', () => {
  it("C#: an HttpClient's path held in a variable, and a BaseAddress made from a string the file gives one literal", () => {
    const cs = [
      'using System.Net.Http;',
      'var client = new HttpClient();',
      'var baseAddress = "https://api.openai.com";',
      'var api = "/v1/images/generations";',
      'client.BaseAddress = new Uri(baseAddress);',
      'async Task Create(string prompt) {',
      '    var content = new StringContent(prompt);',
      '    var response = await client.PostAsync(api, content);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'Program.cs'), ['8 POST /v1/images/generations openai']);
    // (a base the file gives two values: set at run time, the path OpenAI's)
    const twice = cs.replace('client.BaseAddress', 'if (local) baseAddress = "http://localhost:8080";\nclient.BaseAddress');
    assert.deepEqual(found(twice, 'Program.cs'), ['9 POST /v1/images/generations unknown']);
    // (a variable given another path later is no one path)
    assert.deepEqual(found(cs.replace('    var content', '    api = "/v1/models";\n    var content'), 'Program.cs'), []);
  });
});

describe('found in review of round 58', () => {
  it('C# RestSharp: a property or a method typed RestClient is no client of its own', () => {
    const cs = [
      'using RestSharp;',
      'public class Api {',
      '    private readonly RestClient _client = new RestClient("https://api.openai.com/v1");',
      '    public RestClient Client => _client;',
      '    public RestClient Build() { return _client; }',
      '    public async Task Models() { var request = new RestRequest("models"); await _client.GetAsync(request); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'Api.cs'), ['6 GET /v1/models openai']);
  });

  it("PHP: a subclass's call and a class's call of the file's top-level helper reach the helper; a class's own method of that name does not", () => {
    const php = [
      '<?php',
      'use GuzzleHttp\\Client;',
      "$client = new Client(['base_uri' => 'https://api.openai.com/v1/']);",
      'function post_to($endpoint, $payload) { global $client; return $client->post($endpoint, [\'json\' => $payload]); }',
      'class Base {',
      '    protected $http;',
      "    public function __construct() { $this->http = new Client(['base_uri' => 'https://api.openai.com/v1/']); }",
      '    protected function post($path, $body) { return $this->http->post($path, [\'json\' => $body]); }',
      '}',
      'class Chat extends Base {',
      "    public function ask() { return $this->post('chat/completions', []); }",
      "    public function embed() { return post_to('embeddings', []); }",
      '}',
      'class Other {',
      '    protected function post($path, $body) { return null; }',
      "    public function image() { return $this->post('images/generations', []); }",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'Chat.php'), ['11 POST /v1/chat/completions openai', '12 POST /v1/embeddings openai']);
  });
});

describe('found by held-out round 59 (corpora 399–401)', () => {
  it("Nuxt: a server route's client that `server/utils/` exports, used without an import", () => {
    const utils = "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: useRuntimeConfig().openaiApiKey });\nexport const getContext = (x: string) => x;\n";
    const route = "import { getContext } from '~/server/utils/openai';\nexport default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: getContext(body.q) }] });\n});\n";
    const project = new ProjectIndex();
    project.addFile('server/utils/openai.ts', utils);
    project.addFile('server/api/story.post.ts', route);
    const sites = (fileName: string, text = route): string[] => detectCallSites(text, { fileName, project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint} ${x.provider}`);
    assert.deepEqual(sites('server/api/story.post.ts'), ['4 /v1/chat/completions openai']);
    // (a name the route binds itself is its own; a file outside the server's routes gets nothing from server/utils/)
    assert.deepEqual(sites('server/api/story.post.ts', route.replace('export default', 'const openai = makeClient();\nexport default')), []);
    assert.deepEqual(sites('components/Story.ts'), []);
  });
});

describe('found in review of round 59', () => {
  it("PHP: a class of the file that does not extend the helper's class reaches none of its methods", () => {
    const php = [
      '<?php',
      'use GuzzleHttp\\Client;',
      'class OpenAIClient {',
      '    protected $http;',
      "    public function __construct() { $this->http = new Client(['base_uri' => 'https://api.openai.com/v1/']); }",
      "    protected function post($path, $body) { return $this->http->post($path, ['json' => $body]); }",
      "    public function chat() { return $this->post('chat/completions', []); }",
      '}',
      'class MistralClient extends BaseClient {',
      "    public function chat() { return $this->post('chat/completions', []); }",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'Clients.php'), ['7 POST /v1/chat/completions openai']);
  });

  it("C#: a path variable read as written and not over a parameter of that name; a BaseAddress string a parameter or `this.` may set is no literal", () => {
    const cases = [
      'using System.Net.Http;',
      'public class Api {',
      '    private const string Models = "v1/models";',
      '    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://api.openai.com/") };',
      '    public Task<HttpResponseMessage> Send(string models, HttpContent c) => _http.PostAsync(models, c);',
      '    public Task<HttpResponseMessage> List() => _http.GetAsync(Models);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cases, 'Api.cs'), ['6 GET /v1/models openai']);
    const set = 'using System.Net.Http;\npublic class C {\n    private readonly HttpClient _http = new HttpClient();\n    private string baseUrl = "https://api.openai.com/";\n    public C(string url) {\n        this.baseUrl = url;\n        _http.BaseAddress = new Uri(baseUrl);\n    }\n    public Task<HttpResponseMessage> Chat(HttpContent c) => _http.PostAsync("v1/chat/completions", c);\n}\n';
    assert.deepEqual(found(set, 'C.cs'), ['9 POST /v1/chat/completions unknown']);
  });

  it("Ruby: `url = @api` is not another method's local `api`", () => {
    const rb = 'require "net/http"\nclass LlmClient\n  def initialize\n    @api = ENV.fetch("LLM_BASE_URL")\n  end\n  def other\n    api = "https://api.openai.com/v1/models"\n    Net::HTTP.get(URI(api))\n  end\n  def chat(body)\n    url = @api\n    Net::HTTP.post(URI(url), body.to_json)\n  end\nend\n';
    assert.deepEqual(found(rb, 'llm_client.rb'), ['8 GET /v1/models openai']);
  });

  it("Nuxt: only what server/utils/ exports, and not a name a route's destructured parameter binds", () => {
    const hidden = "import OpenAI from 'openai';\nconst openai = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\nexport const ask = (q: string) => q;\n";
    const route = "export default defineEventHandler(async () => openai.chat.completions.create({ model: 'm', messages: [] }));\n";
    const project = new ProjectIndex();
    project.addFile('server/utils/llm.ts', hidden);
    project.addFile('server/api/a.post.ts', route);
    assert.deepEqual(detectCallSites(route, { fileName: 'server/api/a.post.ts', project }).sites.map((x) => x.providerDetail?.includes('Nuxt') ?? false), [false]);
    const exported = hidden.replace('const openai', 'export const openai');
    const destructured = "export async function run({ openai, messages }: Deps) {\n  return openai.chat.completions.create({ model: 'm', messages });\n}\n";
    const other = new ProjectIndex();
    other.addFile('server/utils/llm.ts', exported);
    other.addFile('server/api/b.post.ts', destructured);
    assert.deepEqual(detectCallSites(destructured, { fileName: 'server/api/b.post.ts', project: other }).sites.map((x) => x.provider), ['unknown']);
    other.addFile('server/api/a.post.ts', route);
    assert.deepEqual(detectCallSites(route, { fileName: 'server/api/a.post.ts', project: other }).sites.map((x) => x.provider), ['other']);
  });
});

describe('found in review of round 60', () => {
  it("PHP: a helper reached through self::, static::, parent:: and a `$this` broken over lines (the call's line), and a trait's method", () => {
    assert.deepEqual(found("<?php\nuse GuzzleHttp\\Client;\nclass OpenAIClient {\n    protected $http;\n    public function __construct() { $this->http = new Client(['base_uri' => 'https://api.openai.com/v1/']); }\n    protected function post($path, $body) { return $this->http->post($path, ['json' => $body]); }\n    public function chat() { return $this->post('chat/completions', []); }\n    public function emb() { return self::post('embeddings', []); }\n    public function mod() { return static::post('moderations', []); }\n    public function img() { return $this\n        ->post('images/generations', []); }\n}\nclass Sub extends OpenAIClient {\n    public function list() { return parent::post('models', []); }\n    public function aud() { return $this->post('audio/speech', []); }\n}\n", 'OpenAIClient.php'), ['7 POST /v1/chat/completions openai', '8 POST /v1/embeddings openai', '9 POST /v1/moderations openai', '11 POST /v1/images/generations openai', '14 POST /v1/models openai', '15 POST /v1/audio/speech openai']);
    assert.deepEqual(found("<?php\nuse GuzzleHttp\\Client;\ntrait SendsRequests {\n    protected $http;\n    protected function post($path, $body) { return $this->http->post($path, ['json' => $body]); }\n}\nclass OpenAIClient {\n    use SendsRequests;\n    public function __construct() { $this->http = new Client(['base_uri' => 'https://api.openai.com/v1/']); }\n    public function chat() { return $this->post('chat/completions', []); }\n}\n", 'OpenAIClient.php'), ['10 POST /v1/chat/completions openai']);
  });

  it('C#: a join helper named in Pascal case; a parameter declared before the path is given; a BaseAddress string declared beside another, or beside an unrelated parameter of its name', () => {
    assert.deepEqual(found("using System.Net.Http;\npublic class Api {\n    private const string BaseUrl = \"https://api.openai.com/v1\";\n    private const string ChatPath = \"/chat/completions\";\n    private readonly HttpClient _http = new HttpClient();\n    private static string BuildUrl(string b, string p) => b + p;\n    public Task<HttpResponseMessage> Chat(HttpContent c) => _http.PostAsync(BuildUrl(BaseUrl, ChatPath), c);\n}\n", 'Api.cs'), ['7 POST /v1/chat/completions openai']);
    assert.deepEqual(found("using System.Net.Http;\npublic class Api {\n    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri(\"https://api.openai.com/\") };\n    public Task<HttpResponseMessage> Send(string api, HttpContent c) => _http.PostAsync(api, c);\n    public Task<HttpResponseMessage> Images(HttpContent c) { var api = \"v1/images/generations\"; return _http.PostAsync(api, c); }\n}\n", 'Api.cs'), ['5 POST /v1/images/generations openai']);
    assert.deepEqual(found("using System.Net.Http;\npublic class Api {\n    private static readonly string other = \"x\", baseAddress = \"https://api.openai.com/\";\n    private readonly HttpClient _http = new HttpClient();\n    public Api() { _http.BaseAddress = new Uri(baseAddress); }\n    public Task<HttpResponseMessage> Chat(HttpContent c) => _http.PostAsync(\"v1/chat/completions\", c);\n}\n", 'Api.cs'), ['6 POST /v1/chat/completions openai']);
    assert.deepEqual(found("using System.Net.Http;\npublic class Api {\n    private const string baseUrl = \"https://api.openai.com/\";\n    private readonly HttpClient _http = new HttpClient();\n    public Api() { _http.BaseAddress = new Uri(baseUrl); }\n    public Task<HttpResponseMessage> Chat(HttpContent c) => _http.PostAsync(\"v1/chat/completions\", c);\n    private static string Join(string baseUrl, string path) => baseUrl.TrimEnd('/') + \"/\" + path;\n}\n", 'Api.cs'), ['6 POST /v1/chat/completions openai']);
  });

  it("Elixir and Ruby: `url = @x` is read beside another function's local `x` that is given no string", () => {
    assert.deepEqual(found("defmodule Llm do\n  @api_url \"https://api.openai.com/v1/chat/completions\"\n  def chat(body) do\n    url = @api_url\n    Req.post!(url, json: body)\n  end\n  def other(opts) do\n    api_url = Keyword.get(opts, :url)\n    Req.get!(api_url)\n  end\nend\n", 'llm.ex').slice(0, 1), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(found("require \"net/http\"\nclass LlmClient\n  def initialize\n    @api = \"https://api.openai.com/v1/chat/completions\"\n  end\n  def chat(body)\n    url = @api\n    Net::HTTP.post(URI(url), body.to_json)\n  end\n  def other(api = nil)\n    api ||= ENV[\"X\"]\n  end\nend\n", 'client.rb'), ['8 POST /v1/chat/completions openai']);
  });

  it("PowerShell: a base trimmed with a cast character, two characters, or twice", () => {
    assert.deepEqual(found("$BaseUrl = \"https://api.openai.com/v1/\"\n$u = \"$($BaseUrl.TrimEnd([char]'/'))/chat/completions\"\nInvoke-RestMethod -Method Post -Uri $u -Body $b\n$v = \"$($BaseUrl.TrimEnd('/', ' '))/embeddings\"\nInvoke-RestMethod -Method Post -Uri $v -Body $b\n$w = \"$($BaseUrl.TrimEnd(\"/\"))/models\"\nInvoke-RestMethod -Method Get -Uri $w\n$x = \"$($BaseUrl.TrimEnd('/').Trim())/moderations\"\nInvoke-RestMethod -Method Post -Uri $x -Body $b\n", 'calls.ps1'), ['3 POST /v1/chat/completions openai', '5 POST /v1/embeddings openai', '7 GET /v1/models openai', '9 POST /v1/moderations openai']);
  });

  it("Nuxt: a server utility's client handed inside an object literal is still the route's, not a parameter", () => {
    const project = new ProjectIndex();
    project.addFile('server/utils/openai.ts', "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: process.env.GROQ_API_KEY, baseURL: 'https://api.groq.com/openai/v1' });\n");
    project.addFile('server/api/chat.post.ts', "export default defineEventHandler(async (event) => {\n  const { messages } = await readBody(event);\n  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });\n  await logUsage(event, { client: openai, usage: completion.usage });\n  return completion.choices[0].message;\n});\n");
    assert.deepEqual(detectCallSites("export default defineEventHandler(async (event) => {\n  const { messages } = await readBody(event);\n  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });\n  await logUsage(event, { client: openai, usage: completion.usage });\n  return completion.choices[0].message;\n});\n", { fileName: 'server/api/chat.post.ts', project }).sites.map((x) => x.provider), ['other']);
  });
});

describe('found in review of round 61', () => {
  it("PHP: a variable named `$class` is no class of its own", () => {
    assert.deepEqual(found("<?php\nuse GuzzleHttp\\Client;\nclass OpenAIClient {\n    protected $http;\n    public function __construct() { $this->http = new Client(['base_uri' => 'https://api.openai.com/v1/']); }\n    protected function post($path, $body) { return $this->http->post($path, ['json' => $body]); }\n    public function chatAll($items) {\n        foreach ($items as $class) {\n            $this->post('chat/completions', ['c' => $class]);\n        }\n    }\n    public function emb() { return $this->post('embeddings', []); }\n}\n", 'OpenAIClient.php').slice(0, 2), ['9 POST /v1/chat/completions openai', '12 POST /v1/embeddings openai']);
  });

  it('C#: a BaseAddress string joined from a literal and a name is no literal; a constructor with a base initializer still declares its parameters', () => {
    assert.deepEqual(found("using System.Net.Http;\npublic class Api {\n    private readonly HttpClient _http = new HttpClient();\n    public Api(string host) {\n        var baseAddress = \"https://api.openai.com/\" + host;\n        _http.BaseAddress = new Uri(baseAddress);\n    }\n    public Task<HttpResponseMessage> Chat(HttpContent c) => _http.PostAsync(\"v1/chat/completions\", c);\n}\n", 'Api.cs'), ['8 POST /v1/chat/completions unknown']);
    assert.deepEqual(found("using System.Net.Http;\npublic class Api : ApiBase {\n    private const string baseAddress = \"https://api.openai.com/\";\n    private readonly HttpClient _http = new HttpClient();\n    public Api(string baseAddress, ILogger log) : base(log) {\n        _http.BaseAddress = new Uri(baseAddress);\n    }\n    public Task<HttpResponseMessage> Chat(HttpContent c) => _http.PostAsync(\"v1/chat/completions\", c);\n}\n", 'Api.cs'), ['8 POST /v1/chat/completions unknown']);
  });

  it("Ruby: `url = @api` beside a local `api` joined from a base is not that local's URL", () => {
    assert.deepEqual(found("require \"net/http\"\nclass LlmClient\n  BASE = \"https://api.openai.com/v1\"\n  def initialize(key)\n    @api = key\n  end\n  def chat(body)\n    api = BASE + \"/chat/completions\"\n    Net::HTTP.post(URI(api), body.to_json)\n  end\n  def other(body)\n    url = @api\n    Net::HTTP.post(URI(url), body.to_json)\n  end\nend\n", 'llm_client.rb'), ['9 POST /v1/chat/completions openai']);
  });

  it('Nuxt: a destructured parameter typed with an object literal, or holding a nested pattern, binds its name', () => {
    const project = new ProjectIndex();
    project.addFile('server/utils/openai.ts', "import OpenAI from 'openai';\nexport const openai = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\n");
    for (const route of ["import type OpenAI from 'openai';\nasync function ask({ openai }: { openai: OpenAI }, messages: any[]) {\n  return openai.chat.completions.create({ model: 'gpt-4o-mini', messages });\n}\nexport default defineEventHandler(async (event) => ask({ openai: makeClient() }, []));\n", "const ask = async ({ openai, opts: { model } }) => openai.chat.completions.create({ model, messages: [] });\nexport default defineEventHandler(async (event) => ask({ openai: makeClient(), opts: { model: 'x' } }));\n"]) {
      project.addFile('server/api/ask.post.ts', route);
      assert.deepEqual(detectCallSites(route, { fileName: 'server/api/ask.post.ts', project }).sites.map((x) => x.provider), ['unknown']);
    }
  });
});


describe('found by held-out round 62 (corpora 408–410)', () => {
  it("JavaScript: a file's own XMLHttpRequest helper taking the method first, its callers naming the URL and the verb", () => {
    const js = [
      'function request(method, url, callback, data) {',
      '  var xhr = new XMLHttpRequest();',
      '  xhr.onreadystatechange = function () { if (xhr.readyState === 4) callback(JSON.parse(xhr.responseText)); };',
      '  xhr.open(method, url);',
      '  xhr.send(data ? JSON.stringify(data) : null);',
      '}',
      'function listModels(cb) {',
      '  request("GET", "https://api.openai.com/v1/models", cb);',
      '}',
      'function chat(messages, cb) {',
      '  var url = "https://api.openai.com/v1/chat/completions";',
      '  request("POST", url, cb, { model: "gpt-4o", messages: messages });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'openai.js'), ['8 GET /v1/models openai', '12 POST /v1/chat/completions openai']);
  });
});

describe('gaps named in the thirty-third session (misses left in earlier corpora)', () => {
  it("Python: an openai<1.0 resource read off the module by name (getattr), code that runs under either SDK (corpus 313's six)", () => {
    const py = [
      'import openai',
      '',
      'def reply(prompt):',
      "    ChatCompletion = getattr(openai, 'ChatCompletion', None)",
      '    Completion = getattr(openai, "Completion")',
      '    # Legacy = getattr(openai, "Embedding")',
      "    Other = getattr(settings, 'Moderation', None)",
      '    if ChatCompletion:',
      '        return ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}])',
      '    Other.create(input=prompt)',
      '    Legacy.create(input=prompt, model="m")',
      '    return Completion.create(engine="davinci", prompt=prompt)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'bot.py'), ['9 POST /v1/chat/completions openai', '12 POST /v1/completions openai']);
  });

  it("a client's beta namespace kept where the client is built (`client = OpenAI().beta`): its assistants are the beta's; not another call's `.beta`", () => {
    const py = [
      'from openai import OpenAI',
      'client = OpenAI().beta',
      'local = OpenAI(base_url="http://localhost:8000/v1").beta',
      'flags = load_flags().beta',
      '',
      'def make(name):',
      '    a = client.assistants.create(name=name, model="gpt-4o")',
      '    for x in client.assistants.list().data:',
      '        print(x.id)',
      '    local.threads.create()',
      '    flags.assistants.create(name=name)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'assistants.py'), ['7 POST /v1/assistants openai', '8 GET /v1/assistants openai', '10 POST /v1/threads other']);
    const ts = 'import OpenAI from "openai";\nconst beta = new OpenAI().beta;\nconst client = new OpenAI().beta;\nawait client.assistants.create({ model: "gpt-4o" });\nawait beta.vectorStores.create({ name: "docs" });\n';
    assert.deepEqual(found(ts, 'assistants.ts'), ['4 POST /v1/assistants openai', '5 POST /v1/vector_stores openai']);
  });

  it('a helper named for a multipart post (`postMultipart`, `post_form_data`) sending to a literal OpenAI URL, perhaps defined in a file not in view', () => {
    const kt = [
      'import com.example.http.SimpleHttpClient',
      'suspend fun transcribe(audio: ByteArray, apiKey: String): String =',
      '    SimpleHttpClient.postMultipart(',
      '        URL("https://api.openai.com/v1/audio/transcriptions"),',
      '        "model" to "whisper-1", "file" to audio,',
      '        headers = mapOf("Authorization" to "Bearer $apiKey"),',
      '    ).text',
      'fun upload(f: File) = http.postForm(URL("https://api.openai.com/v1/files"), f)',
      '',
    ].join('\n');
    assert.deepEqual(found(kt, 'OpenAI.kt'), ['3 POST /v1/audio/transcriptions openai']);
    const py = 'from .http import post_form_data\n\ndef upload(path):\n    return post_form_data("https://api.openai.com/v1/files", {"purpose": "batch"}, path)\n';
    assert.deepEqual(found(py, 'files.py'), ['4 POST /v1/files openai']);
  });

  it("a provider whose API sits at its host's root as well as under /v1 (DeepSeek, compatible-hosts.yaml): its /models there; not another host's", () => {
    const js = [
      'const key = process.env.DEEPSEEK_API_KEY;',
      'await fetch("https://api.deepseek.com/chat/completions", { method: "POST", body: JSON.stringify({ model: "deepseek-chat", messages }) });',
      'await fetch(`https://api.deepseek.com/models`, { method: "GET", headers: { Authorization: `Bearer ${key}` } });',
      'await fetch("https://api.deepseek.com/v1/models");',
      'await fetch("https://api.mistral.ai/models");',
      'await fetch("https://api.deepseek.com/user/balance");',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'deepseek.js'), ['2 POST /v1/chat/completions other', '3 GET /v1/models other', '4 GET /v1/models other']);
  });
});

describe('found by held-out round 63 (corpora 411–416)', () => {
  it("Kotlin: a `$name` segment of a string is a placeholder (`\"$baseUri/$version/audio/speech\"`), and a constructor property's literal base only its default", () => {
    const kt = [
      'class AudioApi(',
      '    private val client: HttpClient = httpClient,',
      '    private val baseUri: String = "https://api.openai.com",',
      '    private val version: String = "v1",',
      ') {',
      '    suspend fun speech(body: SpeechRequest) = client.post("$baseUri/$version/audio/speech") { setBody(body) }',
      '}',
      'class Fixed(private val client: HttpClient) {',
      '    private val base = "https://api.openai.com"',
      '    suspend fun embed(body: Body) = client.post("$base/$apiVersion/embeddings") { setBody(body) }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(kt, 'AudioApi.kt'), ['6 POST /v1/audio/speech unknown', '10 POST /v1/embeddings openai']);
  });

  it("Swift: a base URL joined with appendingPathComponent, also chained (a name's segment a placeholder); the base in URL(string:)", () => {
    const swift = [
      'final class OpenAIService {',
      '    private let baseURL = URL(string: "https://api.openai.com/v1")!',
      '    func createBatch() async throws {',
      '        let url = baseURL.appendingPathComponent("batches")',
      '        var request = URLRequest(url: url)',
      '        request.httpMethod = "POST"',
      '    }',
      '    func download(fileId: String) async throws {',
      '        let url = baseURL',
      '            .appendingPathComponent("files")',
      '            .appendingPathComponent(fileId)',
      '            .appendingPathComponent("content")',
      '        var request = URLRequest(url: url)',
      '        request.httpMethod = "GET"',
      '    }',
      '    func local() {',
      '        let url = cacheDirectory.appendingPathComponent("files")',
      '        var request = URLRequest(url: url)',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(swift, 'OpenAIService.swift'), ['5 POST /v1/batches openai', '13 GET /v1/files/{file_id}/content openai']);
  });

  it("C#: a web client's own verb method written in capitals (`wc.POST(url, json)`, `InitWebClient().POST(…)`)", () => {
    const cs = [
      'public class OpenAIImage : HttpBase {',
      '    const string __url_dalle = "https://api.openai.com/v1/images/generations";',
      '    public string Generate(object body) {',
      '        var response = InitWebClient().POST(__url_dalle, JsonConvert.SerializeObject(body));',
      '        var wc = InitWebClient();',
      '        return wc.POST("https://api.openai.com/v1/moderations", "{}");',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'OpenAIImage.cs'), ['4 POST /v1/images/generations openai', '6 POST /v1/moderations openai']);
  });

  it("PHP: a property typed with the project's subclass of Guzzle's client that sets its base (another file's)", () => {
    const client = "<?php\nnamespace App\\Services\\OpenAI;\n\nuse GuzzleHttp\\Client;\n\nclass OpenAIClient extends Client\n{\n    public function __construct()\n    {\n        parent::__construct([\n            'base_uri' => 'https://api.openai.com/v1/',\n            'headers' => ['Authorization' => 'Bearer ' . config('services.openai.api_key')],\n        ]);\n    }\n}\n";
    const service = [
      '<?php',
      'namespace App\\Services\\OpenAI;',
      '',
      'class DalleService',
      '{',
      '    private OpenAIClient $openAIClient;',
      '    public function __construct(OpenAIClient $openAIClient, private Other $other)',
      '    {',
      '        $this->openAIClient = $openAIClient;',
      '    }',
      '    public function generate(string $prompt)',
      '    {',
      "        $response = $this->openAIClient->post('images/generations', ['json' => ['prompt' => $prompt]]);",
      "        $this->other->post('images/generations', []);",
      '        return json_decode($response->getBody(), true);',
      '    }',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/Services/OpenAI/OpenAIClient.php', client);
    project.addFile('app/Services/OpenAI/DalleService.php', service);
    assert.deepEqual(sitesIn(service, 'app/Services/OpenAI/DalleService.php', project), ['13 POST /v1/images/generations openai']);
    assert.deepEqual(sitesIn(service, 'app/Services/OpenAI/DalleService.php'), []);
  });

  it("Python: a client taken out of the wrapper a factory returns (`client = client_wrapper.raw`); not another attribute", () => {
    const py = [
      'from app.services.openai_client import get_openai_client',
      '',
      'def create(name):',
      '    client_wrapper = get_openai_client()',
      '    client = client_wrapper.raw',
      '    model = client_wrapper.model',
      '    return client.beta.assistants.create(name=name, model=model)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'assistant_service.py'), ['7 POST /v1/assistants unknown']);
  });
});

describe('found in review of rounds 63–64', () => {
  it('a beta namespace kept under a name is that name only where the file gives it nothing else (another function builds the client itself)', () => {
    const py = [
      'from openai import OpenAI',
      '',
      'def assistants():',
      '    client = OpenAI().beta',
      '    return client.assistants.list()',
      '',
      'def chat():',
      '    client = OpenAI()',
      '    return client.chat.completions.create(model="gpt-4o", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'both.py'), ['9 POST /v1/chat/completions openai']);
  });

  it("PHP: the typed property's class is resolved by namespace and `use`; a name the file builds itself keeps its own base", () => {
    const subclass = "<?php\nnamespace App\\OpenAI;\n\nuse GuzzleHttp\\Client as Guzzle;\n\nclass Client extends Guzzle\n{\n    public function __construct()\n    {\n        parent::__construct(['base_uri' => 'https://api.openai.com/v1/']);\n    }\n}\n";
    const mistral = [
      '<?php',
      'namespace App\\Mistral;',
      '',
      'use GuzzleHttp\\Client;',
      '',
      'class MistralService',
      '{',
      '    public function __construct(private Client $client) {}',
      "    public function chat(array $messages) { return $this->client->post('chat/completions', ['json' => $messages]); }",
      '}',
      '',
    ].join('\n');
    const own = [
      '<?php',
      'namespace App\\OpenAI;',
      '',
      'class Other',
      '{',
      '    private Client $client;',
      "    public function __construct() { $this->client = new \\GuzzleHttp\\Client(['base_uri' => 'https://api.mistral.ai/v1/']); }",
      "    public function chat(array $m) { return $this->client->post('chat/completions', ['json' => $m]); }",
      '}',
      '',
    ].join('\n');
    const imported = "<?php\nnamespace App\\Http;\n\nuse App\\OpenAI\\Client as OpenAIClient;\n\nclass Chat\n{\n    public function __construct(private readonly OpenAIClient $openai) {}\n    public function ask(array $m) { return $this->openai->post('chat/completions', ['json' => $m]); }\n}\n";
    const project = new ProjectIndex();
    project.addFile('app/OpenAI/Client.php', subclass);
    for (const [name, text] of [['app/Mistral/MistralService.php', mistral], ['app/OpenAI/Other.php', own], ['app/Http/Chat.php', imported]] as const) project.addFile(name, text);
    assert.deepEqual(sitesIn(mistral, 'app/Mistral/MistralService.php', project), []);
    assert.deepEqual(sitesIn(own, 'app/OpenAI/Other.php', project), ['8 POST /v1/chat/completions other']);
    assert.deepEqual(sitesIn(imported, 'app/Http/Chat.php', project), ['9 POST /v1/chat/completions openai']);
  });

  it("DeepSeek's root base is the whole path only: `/anthropic/models/x` on its host is no model listing", () => {
    const js = 'fetch("https://api.deepseek.com/models");\nfetch("https://api.deepseek.com/anthropic/models/claude-x");\nfetch("https://api.deepseek.com/chat/completions", { method: "POST" });\n';
    assert.deepEqual(found(js, 'ds.js'), ['1 GET /v1/models other', '3 POST /v1/chat/completions other']);
  });
});

describe('found by held-out round 65 (corpora 417–418)', () => {
  it("Rust: async-openai's client under a type alias (`pub type OpenAIClient = Client<OpenAIConfig>;`), a parameter of that type", () => {
    const rs = [
      'use async_openai::{config::OpenAIConfig, Client};',
      'pub type OpenAIClient = Client<OpenAIConfig>;',
      'pub type Other = reqwest::Client;',
      'pub async fn completion(client: &OpenAIClient, args: CreateChatCompletionRequest) -> Result<CreateChatCompletionResponse> {',
      '    client',
      '        .chat()',
      '        .create(args)',
      '        .await',
      '}',
      'pub async fn ping(http: &Other) { http.chat().create(x).await; }',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'openai.rs'), ['7 POST /v1/chat/completions unknown']);
  });
});

describe('found by held-out round 66 (corpora 420–422)', () => {
  it('a file naming only OpenRouter passes the prefilter: a chat body posted to a URL from OPENROUTER_BASE_URL', () => {
    const py = [
      'import os, requests',
      'BASE_URL = os.getenv("OPENROUTER_BASE_URL")',
      'def ask(messages):',
      '    payload = {"model": "z-ai/glm-4.5-air:free", "messages": messages}',
      '    r = requests.post(BASE_URL, json=payload, timeout=30)',
      '    return r.json()["choices"][0]["message"]["content"]',
      '',
    ].join('\n');
    assert.ok(mayMentionOpenAI(py));
    assert.deepEqual(found(py, 'AI.py'), ['5 POST /v1/chat/completions unknown']);
  });

  it("PHP: the Laravel facade written in another case (`Openai::chat()`) is the facade the file imports", () => {
    const php = "<?php\nuse OpenAI\\Laravel\\Facades\\OpenAI;\nclass S {\n  public static function e($c) { return OpenAI::embeddings()->create(['input' => $c]); }\n  public static function s($m) { return Openai::chat()->createStreamed(['messages' => $m]); }\n  public static function n($m) { return OpenAIX::chat()->create(['messages' => $m]); }\n}\n";
    assert.deepEqual(found(php, 'OpenAiService.php'), ['4 POST /v1/embeddings openai', '5 POST /v1/chat/completions openai']);
  });

  it('PHP: a helper whose cURL options array takes its URL (`CURLOPT_URL => $url`) sends a GET unless the array says otherwise, two levels up', () => {
    const php = [
      '<?php',
      'function main($t) {',
      "    $api_url = 'https://api.openai.com/v1';",
      '    $m = getMessages($k, "$api_url/threads/$t/messages");',
      '    $d = deleteIt("$api_url/files/$f");',
      '    $p = postIt("$api_url/threads");',
      '}',
      'function getMessages($api_key, $url) { return getCurlCall($api_key, $url); }',
      'function getCurlCall($api_key, $url) {',
      '    $curl = curl_init();',
      '    curl_setopt_array($curl, [',
      '        CURLOPT_URL => $url,',
      '        CURLOPT_RETURNTRANSFER => true,',
      '    ]);',
      '    return curl_exec($curl);',
      '}',
      'function deleteIt($url) {',
      '    $ch = curl_init();',
      "    curl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_CUSTOMREQUEST => 'DELETE']);",
      '    return curl_exec($ch);',
      '}',
      'function postIt($url) {',
      '    $ch = curl_init();',
      '    curl_setopt_array($ch, array(CURLOPT_URL => $url, CURLOPT_POSTFIELDS => "{}"));',
      '    return curl_exec($ch);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(php, 'evaluador.php'), ['4 GET /v1/threads/{thread_id}/messages openai', '5 DELETE /v1/files/{file_id} openai', '6 POST /v1/threads openai']);
  });

  it("R: a function's `url = …` (not only `url <- …`) is its own: an earlier request in it does not read a URL set after it", () => {
    const r = [
      'q = function(prompt, provider) {',
      '  if (provider == "ollama") {',
      '    url = paste0(OLLAMA_HOST, "/api/chat")',
      '    res = request(url) %>% req_body_json(body) %>% req_method("POST") %>% req_perform()',
      '  } else {',
      '    url = "https://api.openai.com/v1/chat/completions"',
      '    res = request(url) %>% req_body_json(body) %>% req_method("POST") %>% req_perform()',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(r, 'qc.R'), ['7 POST /v1/chat/completions openai']);
  });

  it('a query string filled in right after the last segment (`…/v1/files%s`, `…/v1/files${qs}`) is no part of the path', () => {
    const go = 'package f\n\nfunc list(q string) {\n\treq, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("https://api.openai.com/v1/files%s", q), nil)\n}\n';
    const ts = 'export const list = (qs: string) => fetch(`https://api.openai.com/v1/files${qs}`);\nexport const get = (id: string) => fetch(`https://api.openai.com/v1/files/${id}`);\n';
    assert.deepEqual(found(go, 'file.go'), ['4 GET /v1/files openai']);
    assert.deepEqual(found(ts, 'files.ts'), ['1 GET /v1/files openai', '2 GET /v1/files/{file_id} openai']);
  });
});

describe('found by held-out round 67 (corpora 423–425)', () => {
  it("C#: Azure.AI.OpenAI's client from a method of the class that builds it (`var client = GetClient();`)", () => {
    const cs = [
      'using Azure;',
      'using Azure.AI.OpenAI;',
      'class S {',
      '    public async Task A() {',
      '        var client = GetClient();',
      '        var r = await client.GetChatCompletionsAsync(d, o);',
      '        var c2 = OpenAi();',
      '        var e = await c2.GetEmbeddingsAsync(o);',
      '        var c3 = Other();',
      '        var x = await c3.GetChatCompletionsAsync(d, o);',
      '    }',
      '    private OpenAIClient GetClient()',
      '    {',
      '        return new OpenAIClient(',
      '            new Uri(configuration.Endpoint),',
      '            new AzureKeyCredential(configuration.ApiKey));',
      '    }',
      '    private OpenAIClient OpenAi() => new OpenAIClient(key);',
      '    private OpenAIClient Other() => _shared;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'OpenAiService.cs'), ['6 POST /v1/chat/completions azure', '8 POST /v1/embeddings openai']);
  });

  it("JavaScript: a name declared with no value and set later from the project's factory (`let client;` … `client = getOpenAIClient();`)", () => {
    const project = new ProjectIndex();
    project.addFile('lib/openai.ts', 'import OpenAI from "openai";\nexport function getOpenAIClient() {\n  return new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n}\n');
    const route = [
      "import { getOpenAIClient } from '@/lib/openai';",
      'export async function GET() {',
      '  let client;',
      '  try {',
      '    client = getOpenAIClient();',
      '  } catch (e) {',
      '    return null;',
      '  }',
      "  return client.chat.completions.create({ model: 'm', messages: [] });",
      '}',
      '',
    ].join('\n');
    project.addFile('app/api/test/route.ts', route);
    assert.deepEqual(sitesIn(route, 'app/api/test/route.ts', project), ['9 POST /v1/chat/completions openai']);
  });

  it("Lua: Roblox's `HttpService:RequestAsync({ Url = endpoint, Method = \"POST\" })`, the URL in a variable or written in the table", () => {
    const lua = [
      'local HttpService = game:GetService("HttpService")',
      'local endpoint = "https://api.openai.com/v1/chat/completions"',
      'local function ask(p)',
      '    return HttpService:RequestAsync({',
      '        Url = endpoint,',
      '        Method = "POST",',
      '        Body = HttpService:JSONEncode(body)',
      '    })',
      'end',
      'local r3 = HttpService:RequestAsync({ Url = "https://api.openai.com/v1/models", Method = "GET" })',
      '',
    ].join('\n');
    assert.deepEqual(found(lua, 'GPTServerScript.lua'), ['4 POST /v1/chat/completions openai', '10 GET /v1/models openai']);
  });
});

describe('found in review of rounds 66–67', () => {
  it("R: an indented assignment in a top-level `if`, outside any function, is the script's: a function reads it", () => {
    const r = ['library(httr)', 'send <- function(body) {', '  POST(url, body = body, encode = "json")', '}', 'if (Sys.getenv("PROVIDER") == "openai") {', '  url = "https://api.openai.com/v1/chat/completions"', '}', ''].join('\n');
    assert.deepEqual(found(r, 'send.R'), ['3 POST /v1/chat/completions openai']);
  });

  it('JavaScript: a name declared `= null` and set later from a factory, each function its own', () => {
    const project = new ProjectIndex();
    project.addFile('lib/openai.ts', 'import OpenAI from "openai";\nexport function getOpenAIClient() {\n  return new OpenAI();\n}\n');
    const route = [
      "import { AzureOpenAI } from 'openai';",
      "import { getOpenAIClient } from '@/lib/openai';",
      'export async function GET() {',
      '  let client: OpenAI | null = null;',
      '  client = getOpenAIClient();',
      "  return client.chat.completions.create({ model: 'm', messages: [] });",
      '}',
      'export async function viaAzure(client: AzureOpenAI) {',
      "  return client.chat.completions.create({ model: 'm', messages: [] });",
      '}',
      '',
    ].join('\n');
    project.addFile('app/route.ts', route);
    assert.deepEqual(sitesIn(route, 'app/route.ts', project), ['6 POST /v1/chat/completions openai', '9 POST /v1/chat/completions azure']);
  });

  it("C#: a factory method that returns a different client in each branch is decided at run time; one given arguments still counts", () => {
    const cs = [
      'using Azure;',
      'using Azure.AI.OpenAI;',
      'class S {',
      '    public async Task A() {',
      '        var client = GetClient(_key);',
      '        var r = await client.GetChatCompletionsAsync(d, o);',
      '    }',
      '    private OpenAIClient GetClient(string k) {',
      '      if (_useAzure) return new OpenAIClient(new Uri("https://my.openai.azure.com/"), new AzureKeyCredential(k));',
      '      return new OpenAIClient(k);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'S.cs'), ['6 POST /v1/chat/completions unknown']);
  });
});

describe('GDScript (held-out corpora 421 and earlier: Godot HTTPRequest calls)', () => {
  it("reads an HTTPRequest node's request, its verb from HTTPClient.METHOD_*, its URL a constant or written in the call; not a comment", () => {
    const gd = [
      'extends Node',
      'const URL = "https://api.openai.com/v1/chat/completions"',
      'func send(prompt):',
      '	var headers = ["Content-Type: application/json"]',
      '	$HTTPRequest.request(URL, headers, HTTPClient.METHOD_POST, JSON.stringify({"model": "gpt-4o-mini"}))',
      '	# $HTTPRequest.request("https://api.openai.com/v1/models")',
      '	var err = http.request("https://api.openai.com/v1/models", headers, HTTPClient.METHOD_GET)',
      '',
    ].join('\n');
    assert.deepEqual(found(gd, 'openai_api.gd'), ['5 POST /v1/chat/completions openai', '7 GET /v1/models openai']);
  });

  it('a chat body posted to a URL from configuration, its answer read through `choices`, in a file that says OpenAI', () => {
    const gd = [
      '# OpenAI-compatible chat',
      'func ask(messages: Array) -> String:',
      '	var body = {"model": ConfigManager.chat_model, "messages": messages}',
      '	var http_request = HTTPRequest.new()',
      '	var error = http_request.request(',
      '		ConfigManager.base_url,',
      '		headers,',
      '		HTTPClient.METHOD_POST,',
      '		JSON.stringify(body)',
      '	)',
      '	var result = await http_request.request_completed',
      '	return JSON.parse_string(result[3].get_string_from_utf8()).choices[0].message.content',
      '',
    ].join('\n');
    assert.deepEqual(found(gd, 'chat.gd'), ['5 POST /v1/chat/completions unknown']);
  });
});

describe('found by held-out round 68 (corpora 426–428)', () => {
  it("the SDK's default client sends where the file sets OPENAI_BASE_URL to a literal (Python, a notebook's %env, JavaScript); set twice, left to the default", () => {
    const py = 'import os\nfrom openai import OpenAI\nos.environ["OPENAI_BASE_URL"] = "https://models.github.ai/inference"\nclient = OpenAI()\nclient.chat.completions.create(model="openai/gpt-4.1", messages=[])\n';
    const js = 'import OpenAI from "openai";\nprocess.env.OPENAI_BASE_URL = "http://localhost:11434/v1";\nconst c = new OpenAI();\nc.chat.completions.create({ model: "m", messages: [] });\n';
    const twice = 'import os\nfrom openai import OpenAI\nos.environ["OPENAI_BASE_URL"] = "http://localhost:11434/v1"\nos.environ.setdefault("OPENAI_BASE_URL", "https://api.openai.com/v1")\nclient = OpenAI()\nclient.models.list()\n';
    const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: ['%env OPENAI_BASE_URL=http://localhost:1234/v1\n', 'from openai import OpenAI\n', 'client = OpenAI()\n', 'client.models.list()\n'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    assert.deepEqual(found(py, 'a.py'), ['5 POST /v1/chat/completions other']);
    assert.deepEqual(found(js, 'a.ts'), ['4 POST /v1/chat/completions other']);
    assert.deepEqual(found(twice, 'b.py'), ['6 GET /v1/models openai']);
    assert.deepEqual(found(notebook, 'n.ipynb'), ['4 GET /v1/models other']);
  });

  it("C++: Unreal's FHttpModule request (`Request->SetURL(…)`, its verb from `SetVerb`, either first; a URL written in `TEXT(\"…\")`)", () => {
    const cpp = [
      '#include "HttpModule.h"',
      'void A::Send(const FString& Key)',
      '{',
      '    auto Request = FHttpModule::Get().CreateRequest();',
      '    Request->SetVerb(TEXT("POST"));',
      '    Request->SetURL(TEXT("https://api.openai.com/v1/images/generations"));',
      '    Request->ProcessRequest();',
      '}',
      'void A::Chat()',
      '{',
      '    TSharedRef<IHttpRequest> Request = FHttpModule::Get().CreateRequest();',
      '    Request->SetURL("https://api.openai.com/v1/chat/completions");',
      '    Request->SetVerb("POST");',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cpp, 'UNetworkManager.cpp'), ['6 POST /v1/images/generations openai', '12 POST /v1/chat/completions openai']);
  });

  it("Groovy is read: java.net.http's builder configured in a `with` block, and curl in a Jenkins pipeline's `sh` step", () => {
    const groovy = [
      'class OpenAIClient {',
      '    def call(ApiCall request) {',
      '        def httpRequest = HttpRequest.newBuilder().with {',
      '            uri("https://api.openai.com/v1/responses".toURI())',
      "            headers('Content-Type', 'application/json')",
      '            POST(HttpRequest.BodyPublishers.ofString(request.toJson()))',
      '            build()',
      '        }',
      '        client.send(httpRequest, HttpResponse.BodyHandlers.ofString())',
      '    }',
      '}',
      '',
    ].join('\n');
    const jenkins = 'def call(Map config) {\n    def out = sh(script: """\n        curl -s https://api.openai.com/v1/chat/completions \\\\\n            -d @prompt.json\n    """, returnStdout: true).trim()\n    sh "curl -s https://api.openai.com/v1/models"\n    echo "curl https://api.openai.com/v1/files"\n}\n';
    assert.deepEqual(found(groovy, 'OpenAIClient.groovy'), ['4 POST /v1/responses openai']);
    assert.deepEqual(found(jenkins, 'vars/runGpt.groovy'), ['3 POST /v1/chat/completions openai', '6 GET /v1/models openai']);
  });

  it("Julia is read: HTTP.jl's `HTTP.post(url, headers, body)` and `HTTP.request(\"POST\", url, …)`", () => {
    const jl = [
      'using HTTP, JSON3',
      'const API = "https://api.openai.com/v1/chat/completions"',
      'function chat(body)',
      '    r = HTTP.post(API, ["Content-Type" => "application/json"], JSON3.write(body))',
      '    # HTTP.get("https://api.openai.com/v1/models")',
      '    s = HTTP.request("POST", "https://api.openai.com/v1/embeddings", headers, JSON3.write(e))',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(jl, 'http.jl'), ['4 POST /v1/chat/completions openai', '6 POST /v1/embeddings openai']);
  });
});

describe('found in review of round 68', () => {
  it('OPENAI_BASE_URL counts only set at the module level before any client is built, never taken away; a setdefault is only a fallback', () => {
    assert.deepEqual(found("import os\nfrom openai import OpenAI\nclient = OpenAI()\nos.environ[\"OPENAI_BASE_URL\"] = \"http://localhost:11434/v1\"\nclient.models.list()\n", 'after.py'), ['5 GET /v1/models openai']);
    assert.deepEqual(found("import os, sys\nfrom openai import OpenAI\nif \"--local\" in sys.argv:\n    os.environ[\"OPENAI_BASE_URL\"] = \"http://localhost:11434/v1\"\nclient = OpenAI()\nclient.models.list()\n", 'branch.py'), ['6 GET /v1/models openai']);
    assert.deepEqual(found("import os\nfrom openai import OpenAI\nos.environ[\"OPENAI_BASE_URL\"] = \"http://localhost:11434/v1\"\nclient = OpenAI()\nclient.models.list()\ndel os.environ[\"OPENAI_BASE_URL\"]\n", 'deleted.py'), ['5 GET /v1/models openai']);
    assert.deepEqual(found("import os\nfrom openai import OpenAI\nos.environ.setdefault(\"OPENAI_BASE_URL\", \"http://localhost:11434/v1\")\nclient = OpenAI()\nclient.models.list()\n", 'fallback.py'), ['5 GET /v1/models unknown']);
  });

  it("Groovy's single-quoted and triple-quoted strings, `sh` with named arguments, a GString in a `with` block", () => {
    assert.deepEqual(found("def call() {\n    def p = '/*'\n    def conn = new URL('https://api.openai.com/v1/chat/completions').openConnection()\n    sh '''\n        curl -s https://api.openai.com/v1/models\n    '''\n    sh returnStdout: true, script: \"curl -s https://api.openai.com/v1/files\"\n    def req = HttpRequest.newBuilder().with {\n        header(\"Authorization\", \"Bearer ${apiKey}\")\n        uri(URI.create('https://api.openai.com/v1/embeddings'))\n        POST(body)\n        build()\n    }\n}\n", 'vars/step.groovy'), ['3 GET /v1/chat/completions openai', '5 GET /v1/models openai', '7 GET /v1/files openai', '10 POST /v1/embeddings openai']);
  });

  it("Julia's docstrings and `#= … =#` comments are no code; `1<<X` and `1 // 2` are operators (and GDScript's `1<<X`)", () => {
    assert.deepEqual(found("\"\"\"\n    chat(msgs)\n\nExample: `HTTP.post(\"https://api.openai.com/v1/chat/completions\", h, b)`\n\"\"\"\nfunction chat(msgs)\n    #= HTTP.post(\"https://api.openai.com/v1/completions\", h, b)\n    =#\n    const FLAG = 1<<SHIFT\n    half = 1 // 2; r = HTTP.post(\"https://api.openai.com/v1/embeddings\", h, b)\nend\n", 'chat.jl'), ['10 POST /v1/embeddings openai']);
    assert.deepEqual(found("var mask = 1<<LAYER_BIT\nfunc go():\n\t\"\"\"Sends \"https://api.openai.com/v1/models\" later\"\"\"\n\t$HTTPRequest.request(\"https://api.openai.com/v1/chat/completions\", [], HTTPClient.METHOD_POST, body)\n", 'y.gd'), ['4 POST /v1/chat/completions openai']);
  });

  it("Unreal: each request's verb is its own `SetVerb`, also after a block", () => {
    assert.deepEqual(found("void A::Both()\n{\n    auto ListReq = FHttpModule::Get().CreateRequest();\n    ListReq->SetURL(\"https://api.openai.com/v1/models\");\n    auto ChatReq = FHttpModule::Get().CreateRequest();\n    ChatReq->SetURL(\"https://api.openai.com/v1/chat/completions\");\n    if (bStream) {\n        ChatReq->SetHeader(\"Accept\", \"text/event-stream\");\n    }\n    ChatReq->SetVerb(\"POST\");\n}\n", 'Both.cpp'), ['4 GET /v1/models openai', '6 POST /v1/chat/completions openai']);
  });
});

describe('found by held-out round 69 (corpora 429–431)', () => {
  it("TypeScript: a class extending the project's class that keeps a client (`class ThreadManagerService extends OpenAIClient`) calls on `this.client`", () => {
    const project = new ProjectIndex();
    const base = "import OpenAI from 'openai';\nexport class OpenAIClient {\n  protected client: OpenAI;\n  constructor(private readonly config: ConfigService) {\n    this.client = new OpenAI({ apiKey: config.get('KEY') });\n  }\n}\n";
    const sub = "import { OpenAIClient } from '../domain/model/OpenAIClient';\n\nexport class FileService extends OpenAIClient {\n  async list() {\n    return this.client.files.list();\n  }\n}\n";
    const other = "import { Base } from '../domain/model/Base';\n\nexport class Other extends Base {\n  async list() {\n    return this.client.files.list();\n  }\n}\n";
    project.addFile('src/openai/domain/model/OpenAIClient.ts', base);
    project.addFile('src/openai/domain/model/Base.ts', 'export class Base {\n  protected client = makeGroq();\n}\n');
    project.addFile('src/openai/service/FileService.ts', sub);
    project.addFile('src/openai/service/Other.ts', other);
    assert.deepEqual(sitesIn(sub, 'src/openai/service/FileService.ts', project), ['5 GET /v1/files openai']);
    assert.deepEqual(sitesIn(other, 'src/openai/service/Other.ts', project), []);
  });

  it("Go: a function of another package of the project the file imports (`api.Request(http.MethodPost, url, req, &res)`), its URL a typed constant of a `const (` block", () => {
    const api = 'package api\n\nimport (\n\t"bytes"\n\t"net/http"\n)\n\nfunc Request(method, url string, req, res any) error {\n\trq, err := http.NewRequest(method, url, bytes.NewReader(nil))\n\t_ = rq\n\treturn err\n}\n';
    const cmd = 'package edit\n\nimport (\n\t"net/http"\n\n\t"github.com/lunarxlark/openai-cli/api"\n)\n\nconst (\n\turl string = "https://api.openai.com/v1/edits"\n)\n\nfunc cmdEdit() error {\n\tvar res Response\n\treturn api.Request(http.MethodPost, url, payload, &res)\n}\n';
    const project = new ProjectIndex();
    project.addRequestSenders('api/api.go', api);
    project.addFile('cmd/edit/edit.go', cmd);
    assert.deepEqual(sitesIn(cmd, 'cmd/edit/edit.go', project), ['15 POST /v1/edits openai']);
    // (the standard library's and an unknown package's functions are no senders: nothing without the project's package)
    assert.deepEqual(sitesIn(cmd, 'cmd/edit/edit.go', new ProjectIndex()), []);
  });
});

describe('found in review of round 69', () => {
  it("Go: an imported package's function is matched only as that package's call, not as any receiver's method of its name", () => {
    const project = new ProjectIndex();
    project.addRequestSenders('api/api.go', "package api\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc Request(method, url string, body []byte) (*http.Response, error) {\n\treq, err := http.NewRequest(method, url, bytes.NewReader(body))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn http.DefaultClient.Do(req)\n}\n");
    const main = "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/u/app/api\"\n)\n\nconst (\n\tchatURL   string = \"https://api.openai.com/v1/chat/completions\"\n\tmodelsURL string = \"https://api.openai.com/v1/models\"\n)\n\ntype recorder struct{}\n\nfunc (r *recorder) Request(method, url string, body []byte) {}\n\nfunc main() {\n\tapi.Request(http.MethodPost, chatURL, nil)\n\trec := &recorder{}\n\trec.Request(http.MethodGet, modelsURL, nil)\n}\n";
    project.addFile('cmd/main.go', main);
    assert.deepEqual(sitesIn(main, 'cmd/main.go', project), ['19 POST /v1/chat/completions openai']);
  });

  it("TypeScript: a subclass that sets the member itself, or a file of two classes, does not take the base's client", () => {
    const project = new ProjectIndex();
    project.addFile('src/base/OpenAIClient.ts', "import OpenAI from 'openai';\nexport class OpenAIClient {\n  protected client: OpenAI;\n  constructor() {\n    this.client = new OpenAI({ apiKey: process.env.KEY });\n  }\n}\n");
    const override = "import Groq from 'groq-sdk';\nimport { OpenAIClient } from '../base/OpenAIClient';\n\nexport class GroqService extends OpenAIClient {\n  constructor() {\n    super();\n    this.client = new Groq({ apiKey: process.env.GROQ });\n  }\n  async list() {\n    return this.client.chat.completions.create({ model: 'llama3', messages: [] });\n  }\n}\n";
    const two = "import { OpenAIClient } from '../base/OpenAIClient';\n\nexport class FileService extends OpenAIClient {\n  async list() {\n    return this.client.files.list();\n  }\n}\n\nexport class MistralService {\n  constructor(client) {\n    this.client = client;\n  }\n  async chat() {\n    return this.client.chat.completions.create({ model: 'mistral-small', messages: [] });\n  }\n}\n";
    project.addFile('src/svc/Override.ts', override);
    project.addFile('src/svc/TwoClasses.ts', two);
    assert.deepEqual(sitesIn(override, 'src/svc/Override.ts', project), []);
    assert.deepEqual(sitesIn(two, 'src/svc/TwoClasses.ts', project), []);
  });
});

describe("a client kept on the request's context (held-out corpus 428)", () => {
  it("Nuxt/h3's `event.context.openai` in a handler that names it so: the Node SDK's calls, camel-case resources too, their destination unknown", () => {
    const ts = [
      'export default defineAuthenticatedHandler(async (event) => {',
      "  const storeId = getRouterParam(event, 'vectorstore');",
      '  await event.context.openai.beta.vectorStores.files.del(storeId, fileId);',
      '  await event.context.openai.files.del(fileId);',
      '  await event.context.db.files.del(fileId);',
      '  return event.context.user.chat.completions;',
      '});',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'server/api/store/[file].delete.ts'), ['3 DELETE /v1/vector_stores/{vector_store_id}/files/{file_id} unknown', '4 DELETE /v1/files/{file_id} unknown']);
  });
});

describe('found by held-out round 70 (corpora 432–434)', () => {
  it("Swift: a `guard let url` in one `case` is that case's own: another provider's request before the OpenAI one does not read it", () => {
    const swift = [
      'func speak(config: TTSConfig) async throws {',
      '    let request: URLRequest',
      '    switch config.provider {',
      '    case .elevenLabs:',
      '        guard let url = URL(string: "https://api.elevenlabs.io/v1/text-to-speech/\\(config.voiceID)") else { throw TTSError.invalid }',
      '        var r = URLRequest(url: url)',
      '        r.httpMethod = "POST"',
      '        request = r',
      '    case .openAI:',
      '        guard let url = URL(string: "https://api.openai.com/v1/audio/speech") else { throw TTSError.api }',
      '        var r = URLRequest(url: url)',
      '        r.httpMethod = "POST"',
      '        request = r',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(swift, 'TTSPlayer.swift'), ['11 POST /v1/audio/speech openai']);
  });
});

describe('found by held-out rounds 71 and 72 (corpora 435–440)', () => {
  it("Go: go-openai's CreateBatchWithUploadFile (the file, then the batch); another package's interface wrapping the library is that wrapper's", () => {
    const wrapper = [
      'package client',
      'import openai "github.com/sashabaranov/go-openai"',
      'type openAIClient struct {',
      '\tclient *openai.Client',
      '}',
      'func NewOpenAIClient(key string) OpenAIClient {',
      '\treturn &openAIClient{client: openai.NewClient(key)}',
      '}',
      'func (c *openAIClient) CreateBatchWithUploadFile(ctx context.Context, req openai.CreateBatchWithUploadFileRequest) (openai.BatchResponse, error) {',
      '\treturn c.client.CreateBatchWithUploadFile(ctx, req)',
      '}',
      'func (c *openAIClient) RetrieveBatch(ctx context.Context, id string) (openai.BatchResponse, error) {',
      '\treturn c.client.RetrieveBatch(ctx, id)',
      '}',
      '',
    ].join('\n');
    const caller = [
      'package batch',
      'import (',
      '\t"app/services/client"',
      '\topenai "github.com/sashabaranov/go-openai"',
      ')',
      'type processor struct {',
      '\tclient client.OpenAIClient',
      '}',
      'func (p *processor) Poll(ctx context.Context, id string, req openai.CreateBatchWithUploadFileRequest) {',
      '\tp.client.CreateBatchWithUploadFile(ctx, req)',
      '\tp.client.RetrieveBatch(ctx, id)',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('services/client/openai.go', wrapper);
    project.addFile('services/batch/processor.go', caller);
    const sites = (text: string, fileName: string, p?: ProjectIndex): string[] => detectCallSites(text, { fileName, ...(p ? { project: p } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);
    assert.deepEqual(sites(wrapper, 'services/client/openai.go', project), ['10 MULTI /v1/batches openai', '13 GET /v1/batches/{batch_id} openai']);
    assert.deepEqual(sites(caller, 'services/batch/processor.go', project), []);
    // (alone, or beside a package of that name that wraps nothing, the interface may be the library's client)
    assert.deepEqual(sites(caller, 'services/batch/processor.go'), ['10 MULTI /v1/batches unknown', '11 GET /v1/batches/{batch_id} unknown']);
  });

  it("TypeScript: a chain cast to reach a method the SDK's types lack, `(openai.responses as any).retrieve(id)`", () => {
    const ts = 'import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function poll(id: string) {\n  const r = await (openai.responses as any).retrieve(id);\n  await (openai as any).responses.cancel(id);\n  return (r as Response).status;\n}\n';
    assert.deepEqual(found(ts, 'route.ts'), ['4 GET /v1/responses/{response_id} openai', '5 POST /v1/responses/{response_id}/cancel openai']);
    // (the same with the cast's brackets kept as a call's: `(await get(x)).responses` is no chain of ours)
    assert.deepEqual(found('import OpenAI from "openai";\nconst x = (await load(OpenAI)).responses.retrieve(id);\n', 'route.ts'), []);
  });

  it("Go: a type embedding go-openai's client, made here around its default constructor (`&client{openai.NewClient(key)}`)", () => {
    const go = 'package chatgpt\nimport "github.com/sashabaranov/go-openai"\ntype client struct {\n\t*openai.Client\n}\nfunc New(apiKey string) Client {\n\treturn &client{openai.NewClient(apiKey)}\n}\nfunc (c *client) Chat(ctx context.Context, req openai.ChatCompletionRequest) {\n\tc.CreateChatCompletion(ctx, req)\n}\n';
    assert.deepEqual(found(go, 'client.go'), ['10 POST /v1/chat/completions openai']);
    assert.deepEqual(found(go.replace('openai.NewClient(apiKey)', 'openai.NewClientWithConfig(cfg)'), 'client.go'), ['10 POST /v1/chat/completions unknown']);
  });

  it("Python: a helper that tidies the path its caller hands (`context = endpoint.lstrip('/')`) before its module's literal base, called from another file", () => {
    // (a keyword argument of a call written over lines, `context=context,`, gives the local nothing)
    const helper = 'import requests\nOPENAI_API_BASE = "https://api.openai.com/v1"\n\ndef post_openai_json(endpoint, payload, *, api_key):\n    context = endpoint.lstrip("/")\n    log_event(\n        context=context,\n    )\n    return requests.post(f"{OPENAI_API_BASE}/{context}", json=payload)\n';
    const caller = 'from services.openai_client import post_openai_json\n\ndef summarize(text, key):\n    return post_openai_json("responses", {"input": text}, api_key=key)\n';
    const project = new ProjectIndex();
    project.addRequestSenders('services/openai_client.py', helper);
    project.addFile('services/summary.py', caller);
    assert.deepEqual(detectCallSites(caller, { fileName: 'services/summary.py', project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`), ['4 POST /v1/responses openai']);
  });

  it("TypeScript's non-null assertion in a chain (`this.openai!.chat.completions.create(…)`)", () => {
    const ts = 'import OpenAI from "openai";\nclass Chat {\n  private openai: OpenAI | null = null;\n  constructor(key: string) { this.openai = new OpenAI({ apiKey: key }); }\n  async ask() {\n    return this.openai!.chat.completions.create({ model: "m", messages: [] });\n  }\n}\n';
    assert.deepEqual(found(ts, 'chat.ts'), ['6 POST /v1/chat/completions openai']);
    // (a negation is none: `!openai.chat` reads a property)
    assert.deepEqual(found('import OpenAI from "openai";\nconst openai = new OpenAI();\nif (!openai.chat) throw new Error("x");\n', 'chat.ts'), []);
  });
});

describe('found in review of the rules of rounds 71–74', () => {
  it('Go: a field this file declares with another name beside it (`name, client *anthropic.Client`) is that type, read through the field', () => {
    const build = 'package llm\nimport "github.com/sashabaranov/go-openai"\ntype Client struct {\n\tclient *openai.Client\n}\nfunc New(key string) *Client {\n\treturn &Client{client: openai.NewClient(key)}\n}\n';
    const calls = 'package llm\nimport "github.com/sashabaranov/go-openai"\ntype Other struct {\n\tname, client *anthropic.Client\n}\nfunc (o *Other) Ask(ctx context.Context, req openai.ChatCompletionRequest) {\n\to.client.CreateChatCompletion(ctx, req)\n}\n';
    const project = new ProjectIndex();
    project.addFile('llm/client.go', build);
    project.addFile('llm/ask.go', calls);
    assert.deepEqual(detectCallSites(calls, { fileName: 'llm/ask.go', project }).sites.map((x) => x.provider), ['unknown']);
  });

  it("Go: another package's interface is a wrapper's only when the imported package's own folder wraps go-openai (not a folder of the same last name)", () => {
    const iface = 'package client\nimport openai "github.com/sashabaranov/go-openai"\ntype OpenAIClient interface {\n\tRetrieveBatch(ctx context.Context, id string) (openai.BatchResponse, error)\n}\n';
    const fake = 'package client\nimport openai "github.com/sashabaranov/go-openai"\ntype fake struct{}\nfunc (f *fake) RetrieveBatch(ctx context.Context, id string) (openai.BatchResponse, error) { return openai.BatchResponse{}, nil }\n';
    const caller = 'package batch\nimport (\n\t"app/services/client"\n\topenai "github.com/sashabaranov/go-openai"\n)\ntype processor struct {\n\tclient client.OpenAIClient\n}\nfunc (p *processor) Poll(ctx context.Context, id string) {\n\tp.client.RetrieveBatch(ctx, id)\n}\n';
    const project = new ProjectIndex();
    project.addFile('services/client/iface.go', iface);
    project.addFile('tools/client/fake.go', fake);
    assert.deepEqual(detectCallSites(caller, { fileName: 'services/batch/p.go', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint}`), ['10 /v1/batches/{batch_id}']);
    // (the imported package's own folder defining it: its wrapper's)
    project.addFile('services/client/wrap.go', fake.replace('type fake', 'type wrap').replace('(f *fake)', '(w *wrap)'));
    assert.deepEqual(detectCallSites(caller, { fileName: 'services/batch/p.go', project }).sites, []);
  });

  it("Python: a helper's tidied path given another value later sends that one; a `replace` is no tidying", () => {
    const helper = (body: string): string => `import requests\nBASE = "https://api.openai.com/v1"\n\ndef post(endpoint, payload):\n${body}    return requests.post(f"{BASE}/{context}", json=payload)\n`;
    const caller = 'from app.client import post\n\ndef ask(p):\n    return post("chat/completions", p)\n';
    for (const body of ['    context = endpoint.strip()\n    log(context)\n    context = "models"\n', '    context = endpoint.replace("chat", "audio")\n']) {
      const project = new ProjectIndex();
      project.addRequestSenders('app/client.py', helper(body));
      project.addFile('app/ask.py', caller);
      assert.deepEqual(detectCallSites(caller, { fileName: 'app/ask.py', project }).sites, [], body);
    }
  });

  it("TypeScript: a parameter typed as one of the SDK's resource classes (`moderations: OpenAI.Moderations`) is that resource of a client handed in (437's miss)", () => {
    const ts = 'import type OpenAI from "openai";\nexport async function moderate(moderations: OpenAI.Moderations, text: string) {\n  return moderations.create({ input: text });\n}\nexport async function chat(completions: OpenAI.Chat.Completions) {\n  return completions.create({ model: "m", messages: [] });\n}\nexport function first(r: OpenAI.ChatCompletion) {\n  return r.choices.map((c) => c.message);\n}\n';
    assert.deepEqual(found(ts, 'moderation.ts'), ['3 POST /v1/moderations unknown', '6 POST /v1/chat/completions unknown']);
    // (without the SDK's import, `OpenAI.Moderations` names nothing of ours)
    assert.deepEqual(found(ts.replace('import type OpenAI from "openai";', 'import type OpenAI from "./types";'), 'moderation.ts'), []);
  });
});

