import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

// Shapes found missing on public code (held-out corpus 3 and a fuzz fixture); each is asserted
// exactly here, because one more label in the large corpus barely moves its recall.
const found = (text: string, fileName: string): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

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
});
