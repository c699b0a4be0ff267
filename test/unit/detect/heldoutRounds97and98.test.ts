import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the ninety-seventh and ninety-eighth rounds' first runs (513–518) read wrong.
describe('held-out rounds 97 and 98', () => {
  it("JavaScript: a factory of a project module imported whole, called as the module's member", () => {
    const controller = [
      'const openai = require("../config/openai")',
      '',
      'module.exports = {',
      '    async sendText(req, res) {',
      '        const openaiAPI = openai.configuration()',
      '        const response = await openaiAPI.createCompletion(openai.textCompletion(req.body))',
      '        return res.json(response.data)',
      '    }',
      '}',
      '',
    ].join('\n');
    const configs = {
      // a class exported whole, its static method the factory
      staticMethod: 'const { Configuration, OpenAIApi } = require("openai");\n\nmodule.exports = class openai {\n    static configuration() {\n        const configuration = new Configuration({ apiKey: process.env.OPENAI_API_KEY });\n        return new OpenAIApi(configuration);\n    }\n}\n',
      // an object of functions
      object: 'const { Configuration, OpenAIApi } = require("openai");\nfunction configuration() {\n    return new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\n}\nmodule.exports = { configuration }\n',
    };
    for (const [shape, config] of Object.entries(configs)) {
      const project = new ProjectIndex();
      project.addFile('src/config/openai.js', config);
      assert.deepEqual(siteLines(controller, 'src/controllers/controller.js', project), ['6 POST /v1/completions openai'], shape);
    }
    // a namespace import, the factory building a client for another provider
    const project = new ProjectIndex();
    project.addFile('src/lib/ai.ts', 'import OpenAI from "openai";\nexport function getClient() {\n  return new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.KEY });\n}\n');
    const route = 'import * as ai from "../lib/ai";\n\nexport async function run(prompt: string) {\n  const client = ai.getClient();\n  return client.chat.completions.create({ model: "m", messages: [{ role: "user", content: prompt }] });\n}\n';
    assert.deepEqual(siteLines(route, 'src/routes/run.ts', project), ['5 POST /v1/chat/completions other']);
    // (a module that builds no client there gives the member nothing to go on)
    const none = new ProjectIndex();
    none.addFile('src/lib/ai.ts', 'export function getClient() {\n  return { chat: { completions: { create: async () => ({}) } } };\n}\nexport const openaiModel = "gpt-4o";\n');
    assert.deepEqual(siteLines(route, 'src/routes/run.ts', none), []);
  });

  it("Dart: `Uri.https(host, path)` kept in a variable, its path written without the leading slash", () => {
    const text = [
      "import 'package:http/http.dart' as http;",
      '',
      'class ChatRepository {',
      '  Future<String> send(String body) async {',
      "    var url = Uri.https('api.openai.com', 'v1/chat/completions');",
      "    var request = http.Request('POST', url);",
      '    request.body = body;',
      '    final streamed = await request.send();',
      '    return streamed.toString();',
      '  }',
      '',
      '  Future<String> translate(String body) async {',
      "    final url = Uri.https('api.openai.com', 'v1/chat/completions');",
      '    return await http',
      '        .post(url, body: body)',
      '        .timeout(const Duration(seconds: 45));',
      '  }',
      '',
      '  Future<String> local(String body) async {',
      "    var uri = Uri.https('example.com', 'api/llm/v1/translate');",
      "    var request = http.Request('POST', uri);",
      '    return (await request.send()).toString();',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'lib/chat_repository.dart'), ['6 POST /v1/chat/completions openai', '15 POST /v1/chat/completions openai']);
  });

  it("C++: Qt's QNetworkRequest, given its URL where it is made or by setUrl, sent by the manager it is handed to", () => {
    const text = [
      '#include <QNetworkAccessManager>',
      '',
      'void Client::ask(const QString &prompt)',
      '{',
      '    QUrl url("https://api.openai.com/v1/chat/completions");',
      '    QNetworkRequest request(url);',
      '    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");',
      '    QNetworkReply *reply = manager->post(request, QJsonDocument(body).toJson());',
      '}',
      '',
      'void Client::models()',
      '{',
      '    QNetworkRequest request(QUrl("https://api.openai.com/v1/models"));',
      '    QNetworkReply *reply = manager->get(request);',
      '}',
      '',
      'void Client::embed()',
      '{',
      '    m_request.setUrl(QUrl("https://api.openai.com/v1/embeddings"));',
      '    send();',
      '}',
      '',
      'void Client::send()',
      '{',
      '    m_manager->post(m_request, QJsonDocument(m_body).toJson());',
      '}',
      '',
      'void Client::remove(const QString &id)',
      '{',
      '    m_manager->sendCustomRequest(QNetworkRequest(QUrl("https://api.openai.com/v1/files/" + id)), "DELETE");',
      '}',
      '',
      'void Client::local()',
      '{',
      '    QNetworkRequest req(QUrl("http://localhost:9000/health"));',
      '    manager->get(req);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'src/client.cpp'), [
      '6 POST /v1/chat/completions openai',
      '13 GET /v1/models openai',
      '19 POST /v1/embeddings openai',
      '30 DELETE /v1/files/{file_id} openai',
    ]);
  });

  it('Python: a raw request to a path on the base the file hands its OpenAI client, an OpenAI-compatible API', () => {
    const text = [
      'from openai import AsyncOpenAI',
      'import aiohttp',
      'from config import config as Config',
      '',
      'class OpenRouterProvider:',
      '    def __init__(self):',
      '        provider_config = Config.get_provider_config("openrouter")',
      '        self.base_url = provider_config.get("base_url")',
      '        self.client = AsyncOpenAI(api_key=provider_config.get("api_key"), base_url=self.base_url)',
      '',
      '    async def get_models(self):',
      '        async with aiohttp.ClientSession() as session:',
      '            async with session.get(f"{self.base_url}/models") as response:',
      '                return (await response.json()).get("data", [])',
      '',
      '    async def get_status(self):',
      '        async with aiohttp.ClientSession() as session:',
      '            async with session.get(f"{self.status_url}/models") as response:',
      '                return await response.json()',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'providers/openrouter.py'), ['13 GET /v1/models unknown']);
    // (a base handed to another provider's SDK says nothing of OpenAI's API)
    const other = text.replace('from openai import AsyncOpenAI', 'from anthropic import AsyncAnthropic').replace('self.client = AsyncOpenAI(', 'self.client = AsyncAnthropic(');
    assert.deepEqual(siteLines(other, 'providers/anthropic_openai.py'), []);
  });

  it("PHP: a class's request helper putting the path it is handed after a property's literal base, its verb a parameter's default", () => {
    const text = [
      '<?php',
      'class AITWP_OpenAI extends AITWP_AI_Provider {',
      "    private $api_base = 'https://api.openai.com/v1';",
      '',
      '    public function suggest_audience( $content ) {',
      "        $response = $this->make_request( '/chat/completions', array( 'model' => $this->default_model ) );",
      '        return $response;',
      '    }',
      '',
      '    public function list_models() {',
      "        return $this->make_request( '/models', array(), 'GET' );",
      '    }',
      '',
      "    protected function make_request( $endpoint, $body, $method = 'POST' ) {",
      '        $url = $this->api_base . $endpoint;',
      "        $args = array( 'method' => $method, 'timeout' => 60 );",
      "        if ( 'POST' === $method ) {",
      "            $args['body'] = wp_json_encode( $body );",
      '        }',
      '        return wp_remote_request( $url, $args );',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'includes/class-openai.php'), ['6 POST /v1/chat/completions openai', '11 GET /v1/models openai']);
    // (a property given two URLs is the run's choice: no literal base)
    const twice = text.replace("    public function list_models() {", "    public function use_proxy() {\n        $this->api_base = 'https://proxy.example.com/v1';\n    }\n\n    public function list_models() {");
    assert.deepEqual(siteLines(twice, 'includes/class-openai.php'), []);
  });

  it("Kotlin: HttpURLConnection's verb set by its property, `connection.requestMethod = \"POST\"`", () => {
    const text = [
      'import java.net.HttpURLConnection',
      'import java.net.URL',
      '',
      'fun main() {',
      '    val url = URL("https://api.openai.com/v1/chat/completions")',
      '    val connection = url.openConnection() as HttpURLConnection',
      '    connection.requestMethod = "POST"',
      '    connection.doOutput = true',
      '    connection.outputStream.use { it.write(payload.toByteArray()) }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'src/main/kotlin/OpenAIDirect.kt'), ['6 POST /v1/chat/completions openai']);
  });

  it('C++: Qt requests assigned from a constructor, through a pointer, and one returned unsent beside a sent one of the same name', () => {
    const text = [
      '#include <QNetworkAccessManager>',
      'void A::one() {',
      '    QNetworkRequest request = QNetworkRequest(QUrl("https://api.openai.com/v1/chat/completions"));',
      '    manager->post(request, body);',
      '}',
      'void A::two() {',
      '    QNetworkRequest *r = new QNetworkRequest(QUrl("https://api.openai.com/v1/audio/speech"));',
      '    manager->post(*r, body);',
      '}',
      'void A::three() {',
      '    r2->setUrl(QUrl("https://api.openai.com/v1/moderations"));',
      '    manager->post(*r2, body);',
      '}',
      'QNetworkRequest A::build() {',
      '    QNetworkRequest request(QUrl("https://api.openai.com/v1/models"));',
      '    return request;',
      '}',
      'void A::send() {',
      '    QNetworkRequest request(QUrl("https://api.openai.com/v1/files"));',
      '    manager->post(request, body);',
      '}',
      '',
    ].join('\n');
    // (the request `build()` returns is sent elsewhere: not by the post of `send()`'s own request, its verb left to the endpoint)
    assert.deepEqual(siteLines(text, 'src/a.cpp'), ['3 POST /v1/chat/completions openai', '7 POST /v1/audio/speech openai', '11 POST /v1/moderations openai', '15 GET /v1/models openai', '19 POST /v1/files openai']);
  });

  it("JavaScript: a whole module's factory whose result is used in the same expression, and one a folder's index hands on", () => {
    const project = new ProjectIndex();
    project.addFile('src/lib/ai.ts', 'import OpenAI from "openai";\nexport function getClient() {\n  return new OpenAI({ baseURL: "https://api.groq.com/openai/v1", apiKey: process.env.KEY });\n}\n');
    project.addFile('src/lib/index.ts', 'export * from "./ai";\n');
    const inline = 'import * as ai from "../lib/ai";\nexport const embed = (t: string) => ai.getClient().embeddings.create({ model: "m", input: t });\n';
    assert.deepEqual(siteLines(inline, 'src/routes/embed.ts', project), ['2 POST /v1/embeddings other']);
    const throughIndex = 'import * as lib from "../lib";\nexport async function embed(t: string) {\n  const client = lib.getClient();\n  return client.embeddings.create({ model: "m", input: t });\n}\n';
    assert.deepEqual(siteLines(throughIndex, 'src/routes/index_embed.ts', project), ['4 POST /v1/embeddings other']);
  });
});

