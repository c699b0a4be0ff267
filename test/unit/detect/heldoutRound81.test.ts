import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

const found = siteLines;

// What round 80 left, and what the eighty-first round's first runs (465–467) missed.
describe('held-out round 81', () => {
  it("JavaScript: a module's exported client goes from the project's index when the module is rewritten without it or emptied", () => {
    const clients = ['import OpenAI from "openai";', '', 'export const llm = new OpenAI({ baseURL: "https://api.groq.com/openai/v1", apiKey: process.env.GROQ_API_KEY });', ''].join('\n');
    const route = ['import { llm } from "../lib/ai";', '', 'export async function answer(question: string) {', '  return llm.chat.completions.create({ model: "llama-3.1-8b-instant", messages: [{ role: "user", content: question }] });', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('src/lib/ai/index.ts', clients);
    project.addFile('src/routes/answer.ts', route);
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
    // (rewritten to build another client under another name: `llm` is no longer the module's)
    project.addFile('src/lib/ai/index.ts', clients.replace('export const llm', 'export const groq'));
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), []);
    project.addFile('src/lib/ai/index.ts', clients);
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
    project.addFile('src/lib/ai/index.ts', '');
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), []);
    // (two files of one module name: the other file's export stays when one is emptied)
    project.addFile('src/lib/ai/index.ts', clients);
    project.addFile('src/server/ai.ts', clients.replace('https://api.groq.com/openai/v1', 'https://openrouter.ai/api/v1').replace('export const llm', 'export const router'));
    project.addFile('src/server/ai.ts', '');
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
    // (and an index handed to another thread keeps the files apart)
    const copy = new ProjectIndex(structuredClone(project.data()));
    copy.addFile('src/lib/ai/index.ts', '');
    assert.deepEqual(found(route, 'src/routes/answer.ts', copy), []);
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
  });

  it("Python and JavaScript: a helper's own request to `/v1/{route}` gives way to its callers in the project's other files, which name the routes", () => {
    const helper = [
      'import os',
      'import httpx',
      '',
      'def post_openai(route, body):',
      '    return httpx.post(f"https://api.openai.com/v1/{route}", json=body, headers={"Authorization": f"Bearer {os.environ[\'OPENAI_API_KEY\']}"})',
      '',
      'def post_openai_stream(route, body):',
      '    return httpx.post(f"https://api.openai.com/v1/{route}", json={**body, "stream": True})',
      '',
    ].join('\n');
    const caller = ['from app.llm.http_openai import post_openai', '', 'def embed(text):', '    return post_openai("embeddings", {"model": "text-embedding-3-small", "input": text}).json()', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/llm/http_openai.py', helper);
    assert.deepEqual(found(helper, 'app/llm/http_openai.py', project), ['5 POST /v1/{} openai', '8 POST /v1/{} openai']);
    project.addFile('app/routes/embed_openai.py', caller);
    assert.deepEqual(found(caller, 'app/routes/embed_openai.py', project), ['4 POST /v1/embeddings openai']);
    // (the helper another file imports gives way; the one no file imports stays)
    assert.deepEqual(found(helper, 'app/llm/http_openai.py', project), ['8 POST /v1/{} openai']);
    // (without the project, and once the caller no longer imports it, the helper's request is all there is)
    assert.deepEqual(found(helper, 'app/llm/http_openai.py'), ['5 POST /v1/{} openai', '8 POST /v1/{} openai']);
    project.addFile('app/routes/embed_openai.py', '');
    assert.deepEqual(found(helper, 'app/llm/http_openai.py', project), ['5 POST /v1/{} openai', '8 POST /v1/{} openai']);
    // (a name imported from another module of another name is not this helper)
    project.addFile('app/routes/embed_openai.py', caller.replace('app.llm.http_openai', 'app.llm.legacy_openai'));
    assert.deepEqual(found(helper, 'app/llm/http_openai.py', project), ['5 POST /v1/{} openai', '8 POST /v1/{} openai']);
    const js = ['export async function openaiRequest(path, body) {', '  const res = await fetch(`https://api.openai.com/v1/${path}`, { method: "POST", body: JSON.stringify(body) });', '  return res.json();', '}', ''].join('\n');
    const jsCaller = ['import { openaiRequest } from "./lib/openaiRequest.js";', '', 'export const moderate = (input) => openaiRequest("moderations", { input });', ''].join('\n');
    const web = new ProjectIndex();
    web.addFile('src/lib/openaiRequest.js', js);
    web.addFile('src/moderate.js', jsCaller);
    assert.deepEqual(found(jsCaller, 'src/moderate.js', web), ['3 POST /v1/moderations openai']);
    assert.deepEqual(found(js, 'src/lib/openaiRequest.js', web), []);
  });

  it('Go: a client read from a struct field through a nested path (`user.Session.GptClient.CreateImage(…)`)', () => {
    const build = ['package openaibot', '', 'import openai "github.com/sashabaranov/go-openai"', '', 'func CreateClient(key string) *openai.Client {', '\treturn openai.NewClient(key)', '}', ''].join('\n');
    const setup = ['package openaibot', '', 'func Setup(user db.User) {', '\tclient := CreateClient(user.Session.Key)', '\tuser.Session.GptClient = client', '}', ''].join('\n');
    const image = [
      'package openaibot',
      '',
      'import db "example.com/app/internal/database"',
      '',
      'func Draw(user db.User, ctx context.Context) {',
      '\tresp, _ := user.Session.GptClient.CreateImage(ctx, imageRequest())',
      '\ttext, _ := user.Session.GptClient.CreateCompletion(ctx, completionRequest())',
      '\t_, _ = resp, text',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('internal/openaibot/client.go', build);
    project.addFile('internal/openaibot/setup.go', setup);
    project.addFile('internal/openaibot/draw.go', image);
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), ['6 POST /v1/images/generations unknown', '7 POST /v1/completions unknown']);
    // (filled in the reading file: the factory's client)
    const both = setup.replace('\tuser.Session.GptClient = client\n}', '\tuser.Session.GptClient = client\n\tresp, _ := user.Session.GptClient.CreateImage(ctx, imageRequest())\n\t_ = resp\n}');
    project.addFile('internal/openaibot/setup.go', both);
    assert.deepEqual(found(both, 'internal/openaibot/setup.go', project), ['6 POST /v1/images/generations openai']);
    // (a field no function of the package fills with the factory's client is not one)
    project.addFile('internal/openaibot/setup.go', '');
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), []);
  });

  it("Python: an attribute read off a new instance of the project's class that keeps a client (`self.client = LLMGateway().client`)", () => {
    const gateway = ['from openai import OpenAI', '', 'class LLMGateway:', '    def __init__(self):', '        self.client = OpenAI()', '', '    def ask(self, prompt):', '        return self.client.responses.create(model="gpt-4.1-mini", input=prompt)', ''].join('\n');
    const search = [
      'from app.llm.gateway import LLMGateway',
      '',
      'class SearchIndex:',
      '    def __init__(self):',
      '        self.client = LLMGateway().client',
      '        self.store = LLMGateway().store',
      '',
      '    def embed(self, texts):',
      '        return self.client.embeddings.create(model="text-embedding-3-small", input=texts)',
      '',
      '    def keep(self, doc):',
      '        return self.store.files.create(file=doc, purpose="assistants")',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/llm/gateway.py', gateway);
    project.addFile('app/search/index.py', search);
    // (only the attribute the class keeps its client in: `store` is something else)
    assert.deepEqual(found(search, 'app/search/index.py', project), ['9 POST /v1/embeddings openai']);
    // (a class of that name the file does not import from the project is not it)
    assert.deepEqual(found(search.replace('from app.llm.gateway import LLMGateway', 'from vendor.sdk import LLMGateway'), 'app/search/index.py', new ProjectIndex()), []);
    // (the gateway built for another provider: its client)
    project.addFile('app/llm/gateway.py', gateway.replace('OpenAI()', 'OpenAI(base_url="https://openrouter.ai/api/v1")'));
    assert.deepEqual(found(search, 'app/search/index.py', project), ['9 POST /v1/embeddings other']);
    // (and an emptied module's class keeps none)
    project.addFile('app/llm/gateway.py', '');
    assert.deepEqual(found(search, 'app/search/index.py', project), []);
  });

  it("Go: monaco-io/request's `request.Client{URL: …, Method: \"POST\"}` literal, sent by its `Send()`", () => {
    const go = [
      'package llm',
      '',
      'import (',
      '\t"fmt"',
      '\t"github.com/monaco-io/request"',
      ')',
      '',
      'func Embed(cfg Config, text string) error {',
      '\tc := request.Client{',
      '\t\tURL:    fmt.Sprintf("%s/v1/embeddings", cfg.BaseURL),',
      '\t\tMethod: "POST",',
      '\t\tJSON:   EmbedInput{Model: "text-embedding-3-small", Input: text},',
      '\t}',
      '\treturn c.Send().Error()',
      '}',
      '',
      'func Models() error {',
      '\tc := request.Client{URL: "https://api.openai.com/v1/models"}',
      '\treturn c.Send().Error()',
      '}',
      '',
      'func Health() error {',
      '\tc := request.Client{URL: "https://status.example.com/health", Method: "GET"}',
      '\treturn c.Send().Error()',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(go, 'llm/embed.go'), ['10 POST /v1/embeddings unknown', '18 GET /v1/models openai']);
    // (imported on one line too, or under another name)
    assert.deepEqual(found(go.replace('import (\n\t"fmt"\n\t"github.com/monaco-io/request"\n)', 'import "github.com/monaco-io/request"'), 'llm/embed.go'), ['7 POST /v1/embeddings unknown', '15 GET /v1/models openai']);
    assert.deepEqual(found(go.replace('"github.com/monaco-io/request"', 'req "github.com/monaco-io/request"').replace(/request\.Client/g, 'req.Client'), 'llm/embed.go'), ['10 POST /v1/embeddings unknown', '18 GET /v1/models openai']);
    // (another package's `Client` literal with a URL field is no request)
    const other = go.replace('"github.com/monaco-io/request"', '"example.com/app/request"');
    assert.deepEqual(found(other, 'llm/embed.go'), []);
  });

  it('JavaScript: a URL literal handed to a function named for fetching an API (`fetchAPI("https://api.openai.com/v1/moderations", body)`), wherever it comes from', () => {
    const js = ['import { fetchAPI } from "https://example.github.io/ai/openai.js";', '', 'export const moderate = (input) => fetchAPI("https://api.openai.com/v1/moderations", { model: "omni-moderation-latest", input });', ''].join('\n');
    assert.deepEqual(found(js, 'moderate.js'), ['3 POST /v1/moderations openai']);
  });

  it("JavaScript: an axios-like function given one options object with the API's whole path and a verb (`openaiService({ url: \"/v1/chat/completions\", method: \"POST\", data })`)", () => {
    const js = [
      'import { openaiService } from "./request";',
      '',
      'export async function complete(messages) {',
      '  const res = await openaiService({',
      '    url: "/v1/chat/completions",',
      '    method: "POST",',
      '    data: { model: "gpt-4o", messages },',
      '  });',
      '  return res.choices[0].message.content;',
      '}',
      '',
      'export const models = () => api.request({ method: "get", url: "/v1/models" });',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'src/api/openai.js'), ['4 POST /v1/chat/completions unknown', '12 GET /v1/models unknown']);
    // (not without a verb, nor one the endpoint lacks; not an app's own route, a mock, or a Batch API input line)
    const none = [
      'navigate({ url: "/v1/chat/completions" });',
      'api.request({ method: "DELETE", url: "/v1/chat/completions" });',
      'api.request({ method: "POST", url: "/v1/orders" });',
      'mock.onPost({ method: "POST", url: "/v1/chat/completions" });',
      'lines.push({ custom_id: "a", method: "POST", url: "/v1/chat/completions", body: {} });',
      'enqueue({ custom_id: "b", method: "POST", url: "/v1/embeddings", body: {} });',
      '',
    ].join('\n');
    assert.deepEqual(found(none, 'src/api/none.js'), []);
  });

  // The review of the round's rules (each a case it reproduced)
  it("review: a helper's own request stays unless another file, not a test, imports it from its module and calls it with a route", () => {
    const helper = ['import httpx', '', 'def post_openai(route, body):', '    return httpx.post(f"https://api.openai.com/v1/{route}", json=body)', ''].join('\n');
    const sites = (importer: string, importerFile: string, helperFile = 'app/llm/http_openai.py'): string[] => {
      const project = new ProjectIndex();
      project.addFile(helperFile, helper);
      project.addFile(importerFile, importer);
      return found(helper, helperFile, project);
    };
    const kept = ['4 POST /v1/{} openai'];
    const caller = ['from app.llm.http_openai import post_openai', '', 'def embed(text):', '    return post_openai("embeddings", {"input": text})', ''].join('\n');
    assert.deepEqual(sites(caller, 'app/routes/embed.py'), []);
    assert.deepEqual(sites(caller, 'tests/test_http_openai.py'), kept);
    assert.deepEqual(sites(caller.replace('post_openai("embeddings", {"input": text})', 'post_openai(route, {"input": text})'), 'app/routes/embed.py'), kept);
    assert.deepEqual(sites(caller.replace('app.llm.http_openai', 'github.http_openai'), 'app/routes/embed.py'), kept);
    assert.deepEqual(sites(caller.replace('    return post_openai(', '    # return post_openai('), 'app/routes/embed.py'), kept);
    // (a route on the next line, and a helper on one line, too)
    assert.deepEqual(sites(caller.replace('post_openai("embeddings"', 'post_openai(\n        "embeddings"'), 'app/routes/embed.py'), []);
    const oneLine = 'import httpx\n\ndef post_openai(route, body): return httpx.post(f"https://api.openai.com/v1/{route}", json=body)\n';
    const project = new ProjectIndex();
    project.addFile('app/llm/http_openai.py', oneLine);
    project.addFile('app/routes/embed.py', caller);
    assert.deepEqual(found(oneLine, 'app/llm/http_openai.py', project), []);
  });

  it('review: an options object is a request only for a function named for sending one', () => {
    const none = [
      'instance.route({ method: "POST", url: "/v1/chat/completions", handler: chatHandler });',
      'logger.info({ method: "POST", url: "/v1/chat/completions", status: res.status });',
      'Object.freeze({ method: "POST", url: "/v1/chat/completions" });',
      'analytics.track({ event: "api_call", method: "POST", url: "/v1/chat/completions" });',
      'cy.request({ method: "POST", url: "/v1/chat/completions" });',
      'defineEndpoint({ method: "POST", url: "/v1/chat/completions" });',
      '',
    ].join('\n');
    assert.deepEqual(found(none, 'src/none.js'), []);
    assert.deepEqual(found('await httpClient({ method: "POST", url: "/v1/embeddings", data });\n', 'src/embed.js'), ['1 POST /v1/embeddings unknown']);
  });

  it("review: a nested Go field path is read only through a field the package fills with a factory's client", () => {
    const bot = [
      'package bot',
      '',
      'import openai "github.com/sashabaranov/go-openai"',
      '',
      'type Bot struct {',
      '\tClient *openai.Client',
      '\tDeps   *Deps',
      '}',
      '',
      'func (b *Bot) Run(ctx context.Context) {',
      '\tb.Client.CreateChatCompletion(ctx, req)',
      '\tb.Deps.Storage.Client.ListFiles(ctx)',
      '\tb.Deps.Storage.Client.DeleteFile(ctx, id)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(bot, 'bot/bot.go', new ProjectIndex()), ['11 POST /v1/chat/completions unknown']);
  });

  it("review: an instance's attribute with arguments in brackets, or through the module that holds the class", () => {
    const gateway = ['from openai import AzureOpenAI', '', 'class LLMGateway:', '    def __init__(self, key=None):', '        self.client = AzureOpenAI(api_key=key, azure_endpoint="https://x.openai.azure.com", api_version="2024-06-01")', ''].join('\n');
    const search = ['import os', 'from app.llm.gateway import LLMGateway', '', 'class SearchIndex:', '    def __init__(self):', '        self.backend = LLMGateway(key=os.getenv("AZURE_KEY")).client', '', '    def embed(self, texts):', '        return self.backend.embeddings.create(model="emb", input=texts)', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/llm/gateway.py', gateway);
    assert.deepEqual(found(search, 'app/search/index.py', project), ['9 POST /v1/embeddings azure']);
    const qualified = search.replace('from app.llm.gateway import LLMGateway', 'from app.llm import gateway').replace('LLMGateway(key=', 'gateway.LLMGateway(key=');
    assert.deepEqual(found(qualified, 'app/search/index.py', project), ['9 POST /v1/embeddings azure']);
  });

  it("review: monaco-io/request's verb is the literal's own `Method`, not a nested value's", () => {
    const go = ['package llm', '', 'import "github.com/monaco-io/request"', '', 'func Models() {', '\tc := request.Client{URL: "https://api.openai.com/v1/models", JSON: Body{Method: "POST"}}', '\t_ = c.Send()', '}', ''].join('\n');
    assert.deepEqual(found(go, 'llm/models.go'), ['6 GET /v1/models openai']);
  });

  it("Arduino: the verb of a request after a message naming `http.begin()` (`Serial.println(\"http.begin() failed\")` … `http.POST(payload)`)", () => {
    const cpp = [
      '#include <HTTPClient.h>',
      '',
      'String ask(WiFiClientSecure &client, const String &prompt) {',
      '  HTTPClient http;',
      '  const String uri = "https://api.openai.com/v1/chat/completions";',
      '  if (!http.begin(client, uri)) {',
      '    Serial.println("OpenAI: http.begin() failed");',
      '    return "";',
      '  }',
      '  http.addHeader("Content-Type", "application/json");',
      '  int status = http.POST(payload(prompt));',
      '  return http.getString();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cpp, 'src/openai_client.cpp'), ['6 POST /v1/chat/completions openai']);
  });
});
