import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the eighty-eighth round's first runs (486–488) read wrong.
describe('held-out round 88', () => {
  it('the Rust crate openai-rust: its Client typed or built here, on the fixed base api.openai.com', () => {
    const rs = [
      'use openai_rust::futures_util::StreamExt;',
      'pub async fn chat_mode(client: &openai_rust::Client, model: &str) {',
      '    let args = openai_rust::chat::ChatArguments::new(model, vec![]);',
      '    let res = client.create_chat(args).await.unwrap();',
      '    let stream = client.create_chat_stream(openai_rust::chat::ChatArguments::new(model, vec![])).await.unwrap();',
      '    // let r = client.create_edit(edit_args).await;',
      '}',
      'struct App { api: openai_rust::Client }',
      'impl App {',
      '    async fn models(&self) { let m = self.api.list_models().await; }',
      '}',
      'fn main() {',
      '    let c = openai_rust::Client::new(&key);',
      '    c.create_image(args);',
      '    other.list_models();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(rs, 'chat.rs'), ['4 POST /v1/chat/completions openai', '5 POST /v1/chat/completions openai', '10 GET /v1/models openai', '14 POST /v1/images/generations openai']);
    // (`Client` alone is the crate's only where a `use` brings it in; a file that never names the crate is not read)
    assert.deepEqual(siteLines('use openai_rust::Client;\nasync fn m(client: Client) { client.list_models().await; }\n', 'm.rs'), ['2 GET /v1/models openai']);
    assert.deepEqual(siteLines('use openai_rust::chat;\nasync fn m(client: Client) { client.list_models().await; }\n', 'm.rs'), []);
    assert.deepEqual(siteLines('async fn m(client: &ollama::Client) { client.list_models().await; }\n', 'm.rs'), []);
    // (a name is the crate's client only in the function that declares it so, found by the review; a field only on `self`)
    assert.deepEqual(siteLines('fn a(client: &openai_rust::Client) {}\nfn b(client: &ollama_rs::Client) { client.list_models(); }\n', 'm.rs'), []);
    assert.deepEqual(siteLines('use openai_rust::Client;\nstruct A { client: Client }\nstruct B { http: reqwest::Client }\nimpl B { fn f(&self) { self.http.list_models(); } }\nimpl A { fn g(&self) { self.client.list_models(); } }\n', 'm.rs'), ['5 GET /v1/models openai']);
    assert.deepEqual(siteLines('struct S { client: Arc<Mutex<openai_rust::Client>> }\nfn f(c: Option<openai_rust::Client>) { c.create_chat(a); }\n', 'm.rs'), ['2 POST /v1/chat/completions openai']);
  });

  it("openai-rust's Client renamed by a `use`, given to a field by a struct literal, or built in the call's own expression", () => {
    assert.deepEqual(siteLines('use openai_rust::Client as OpenAI;\nasync fn m(api: &OpenAI) { api.list_models().await; }\n', 'm.rs'), ['2 GET /v1/models openai']);
    assert.deepEqual(siteLines('use openai_rust::{chat, Client as Oai};\nfn m(api: Oai) { api.create_embeddings(a); }\n', 'm.rs'), ['2 POST /v1/embeddings openai']);
    // (the alias is the crate's client, `Client` alone is not where the `use` renames it)
    assert.deepEqual(siteLines('use openai_rust::Client as Oai;\nfn m(api: Client) { api.list_models(); }\n', 'm.rs'), []);
    const literal = ['use openai_rust::Client;', 'struct Bot<C> { api: C, name: String }', 'impl Bot<Client> {', '    fn new(key: &str) -> Self { Self { name: String::new(), api: Client::new(key) } }', '    async fn ask(&self) { self.api.create_chat(args).await; }', '}', ''].join('\n');
    assert.deepEqual(siteLines(literal, 'bot.rs'), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines('fn m(key: &str) { let r = openai_rust::Client::new(&format!("{}", key)).create_image(args); }\n', 'm.rs'), ['1 POST /v1/images/generations openai']);
    // (another crate's client built so is not read: reqwest's has no such method, ollama's is not the crate's)
    assert.deepEqual(siteLines('use openai_rust::chat;\nfn m() { let r = ollama::Client::new(k).create_chat(a); let s = Self { api: reqwest::Client::new() }; s.api.list_models(); }\n', 'm.rs'), []);
  });

  it("a Python URL constant formatted where it is sent or copied: `websockets.connect(URL.format(model=m))`, `url = URL.format(…)`", () => {
    const py = [
      'from websockets.asyncio.client import connect as ws_connect',
      'import requests',
      'REALTIME = "wss://api.openai.com/v1/realtime?model={model}"',
      'CHAT = "https://api.openai.com/v1/chat/completions"',
      'async def bridge(model):',
      '    url = REALTIME.format(model=model)',
      '    async with ws_connect(url, additional_headers=h) as ws:',
      '        pass',
      'def ask(m):',
      '    return requests.post(CHAT.format(), json={"model": m})',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'bridge.py'), ['7 WEBSOCKET /v1/realtime openai', '10 POST /v1/chat/completions openai']);
    // (a name that holds no URL gives none, formatted or not)
    assert.deepEqual(siteLines('import requests\nTEMPLATE = "{a}"\nrequests.post(TEMPLATE.format(a=1), json=b)\n', 't.py'), []);
  });

  it("Azure OpenAI's modular JavaScript API, `@azure/openai/api`: its functions called with a context, imported by name or renamed", () => {
    const ts = [
      'import { AzureKeyCredential } from "@azure/openai";',
      'import { createOpenAI, listChatCompletions, getEmbeddings as embed } from "@azure/openai/api";',
      'const context = createOpenAI(endpoint, new AzureKeyCredential(key));',
      'export async function* chat(messages) {',
      '  const events = listChatCompletions(context, messages, deployment);',
      '  const vectors = await embed(context, "embedding", ["x"]);',
      '}',
      'function getCompletions(a) { return a.getCompletions(1); }',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(ts, 'api.modular.mts'), ['5 POST /v1/chat/completions azure', '6 POST /v1/embeddings azure']);
    // (the same names from another package are not its)
    assert.deepEqual(siteLines(ts.replace('from "@azure/openai/api"', 'from "./local"'), 'api.ts'), []);
    const cjs = 'const { createOpenAI, getImageGenerations } = require("@azure/openai/api");\nconst ctx = createOpenAI(endpoint, cred);\ngetImageGenerations(ctx, "dalle", "a cat");\n';
    assert.deepEqual(siteLines(cjs, 'img.js'), ['3 POST /v1/images/generations azure']);
    // (found by the review: a method, an interface's member or a parameter of that name is no call; a namespace import's calls are)
    const declared = [
      'import { getEmbeddings } from "@azure/openai/api";',
      'interface Embedder { getEmbeddings(input: string[]): Promise<number[][]>; }',
      'class Wrapper {',
      '  async getEmbeddings(input: string[]) { return getEmbeddings(this.ctx, "e", input); }',
      '}',
      'function f(getEmbeddings) { return getEmbeddings(1); }',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(declared, 'w.ts'), ['4 POST /v1/embeddings azure']);
    assert.deepEqual(siteLines('import * as azure from "@azure/openai/api";\nconst r = await azure.getChatCompletions(ctx, "gpt", messages);\n', 'ns.ts'), ['2 POST /v1/chat/completions azure']);
    // (imported dynamically, by name or as a namespace, or required as one)
    assert.deepEqual(siteLines('const { getEmbeddings: embed } = await import("@azure/openai/api");\nconst v = await embed(ctx, "e", ["a"]);\n', 'dyn.mjs'), ['2 POST /v1/embeddings azure']);
    assert.deepEqual(siteLines('const api = await import("@azure/openai/api");\nawait api.getCompletions(ctx, "d", ["p"]);\n', 'dyn.mjs'), ['2 POST /v1/completions azure']);
    assert.deepEqual(siteLines('const api = require("@azure/openai/api");\napi.getAudioTranscription(ctx, "w", file);\n', 'req.js'), ['2 POST /v1/audio/transcriptions azure']);
    assert.deepEqual(siteLines('const api = await import("./api");\nawait api.getCompletions(ctx, "d", ["p"]);\n', 'dyn.mjs'), []);
  });

  it("Dart: a post to two constants of another file's class, the base and a fixed endpoint's path without the version", () => {
    const constants = ['class ApiConstants {', "  static const String openAIBaseUrl = 'https://api.openai.com/v1';", "  static const String chatCompletionsEndpoint = '/chat/completions';", "  static const String modelsEndpoint = '/models';", '}', ''].join('\n');
    const service = [
      "import 'package:http/http.dart' as http;",
      "import '../utils/api_constants.dart';",
      'class OpenAIApiService {',
      '  Future<String> send(String body) async {',
      '    final uri = Uri.parse(ApiConstants.openAIBaseUrl + ApiConstants.chatCompletionsEndpoint);',
      '    final response = await http.post(uri, body: body);',
      '    return response.body;',
      '  }',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('lib/core/utils/api_constants.dart', constants);
    project.addFile('lib/core/services/openai_api_service.dart', service);
    assert.deepEqual(siteLines(service, 'lib/core/services/openai_api_service.dart', project), ['6 POST /v1/chat/completions openai']);
    // (a path of one segment, `/models`, is no fixed endpoint's without the version: not read as one)
    assert.deepEqual(siteLines(service.replace('chatCompletionsEndpoint', 'modelsEndpoint'), 'lib/core/services/openai_api_service.dart', project), []);
  });

  it("Ruby: a Faraday post through a parent class's method that builds the connection on a literal URL, in another file", () => {
    const parent = ['class AiService', '  def self.conn', '    Faraday.new(', "      url: 'https://api.openai.com',", "      headers: { 'Content-Type' => 'application/json' }", '    )', '  end', 'end', ''].join('\n');
    const child = ['class PlantService < AiService', '  def self.new(name)', "    response = conn.post('/v1/chat/completions') do |req|", '      req.body = { model: "gpt-4o-mini", messages: [] }.to_json', '    end', '  end', 'end', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/services/ai_service.rb', parent);
    project.addFile('app/services/plant_service.rb', child);
    assert.deepEqual(siteLines(child, 'app/services/plant_service.rb', project), ['3 POST /v1/chat/completions openai']);
    // (a parent whose connection's URL is read at run time gives no base: the host is unknown)
    const runtime = new ProjectIndex();
    runtime.addFile('app/services/ai_service.rb', parent.replace("url: 'https://api.openai.com',", "url: ENV['AI_URL'],"));
    assert.deepEqual(siteLines(child, 'app/services/plant_service.rb', runtime), ['3 POST /v1/chat/completions unknown']);
  });

  it("Azure's realtime session for WebRTC, `{endpoint}/openai/realtimeapi/sessions?api-version=…`", () => {
    const py = [
      'import httpx',
      'async def session(base_url, key):',
      '    url = f"{base_url}/openai/realtimeapi/sessions?api-version=2025-04-01-preview"',
      '    async with httpx.AsyncClient() as client:',
      '        return await client.post(url, headers={"api-key": key}, json={"model": "gpt-4o-realtime-preview"})',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'rtc.py'), ['5 POST /v1/realtime/sessions azure']);
    assert.deepEqual(siteLines(py.replace('sessions?api', 'sessions/?api'), 'rtc.py'), ['5 POST /v1/realtime/sessions azure']);
  });
});
