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
});

