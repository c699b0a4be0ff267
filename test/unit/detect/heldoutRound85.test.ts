import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteLines } from './siteLines';

// What the eighty-fifth round's first runs (477–479) read wrong.
describe('held-out round 85', () => {
  it("the official .NET SDK's Responses client under its name before 2.8.0, OpenAIResponseClient, built or handed out by GetOpenAIResponseClient", () => {
    const cs = [
      'using OpenAI;',
      'using OpenAI.Responses;',
      'class Demo {',
      '    async Task Run(string key, string id) {',
      '        OpenAIResponseClient client = new(model: "gpt-4o-mini", apiKey: key);',
      '        OpenAIResponse response = await client.CreateResponseAsync("Hello", new ResponseCreationOptions());',
      '        await foreach (var update in client.CreateResponseStreamingAsync(items, options)) { }',
      '        var other = new OpenAIClient(key).GetOpenAIResponseClient("gpt-4o");',
      '        await other.DeleteResponseAsync(id);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'Demo.cs'), ['6 POST /v1/responses openai', '7 POST /v1/responses openai', '9 DELETE /v1/responses/{response_id} openai']);
  });

  it("curl's argument list naming a URL the function sets once to an f-string (its placeholders run-time values)", () => {
    const py = [
      'import subprocess',
      'def search(store_id, payload):',
      '    url = f"https://api.openai.com/v1/vector_stores/{store_id}/search"',
      '    command = [',
      '        "curl", url,',
      '        "-X", "POST",',
      '        "-d", payload,',
      '    ]',
      '    return subprocess.run(command, capture_output=True)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'search.py'), ['5 POST /v1/vector_stores/{vector_store_id}/search openai']);
    // (a name set twice is decided at run time: no URL)
    assert.deepEqual(siteLines(py.replace('    return subprocess', '    url = f"https://api.openai.com/v1/files/{store_id}"\n    return subprocess'), 'search.py'), []);
  });

  it("Dart: chat_gpt_sdk's instance reached through the null assertion (`chatGPT!.generateImage(request)`)", () => {
    const dart = [
      "import 'package:chat_gpt_sdk/chat_gpt_sdk.dart';",
      'class ChatState {',
      '  late OpenAI? chatGPT;',
      '  void init(String token) {',
      '    chatGPT = OpenAI.instance.build(token: token);',
      '  }',
      '  Future<void> ask(String text) async {',
      '    final image = await chatGPT!.generateImage(GenerateImage(text, 1));',
      '    final completion = await chatGPT!.onCompleteText(request: CompleteText(prompt: text, model: TextDavinci3Model()));',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(dart, 'chat_screen.dart'), ['8 POST /v1/images/generations openai', '9 POST /v1/completions openai']);
  });

  it("the community npm package azure-openai (v3's client with an azure configuration) sends to an Azure OpenAI resource", () => {
    const ts = [
      "import { Configuration, OpenAIApi } from 'azure-openai'",
      'export async function answer(content: string) {',
      '  const configuration = new Configuration({',
      '    azure: { apiKey: process.env.OPENAI_API_KEY, endpoint: process.env.OPENAI_API_BASE_URL, deploymentName: "chat" },',
      '  })',
      '  const openai = new OpenAIApi(configuration)',
      '  const completion = await openai.createChatCompletion({ model: "gpt-35-turbo", messages: [{ role: "user", content }] })',
      '  const inPlace = new OpenAIApi(new Configuration({ azure: { apiKey: key, endpoint, deploymentName: "text" } }))',
      '  return inPlace.createCompletion({ model: "text-davinci-003", prompt: content })',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(ts, 'chatgpt.ts'), ['7 POST /v1/chat/completions azure', '9 POST /v1/completions azure']);
    const js = ts.replace("import { Configuration, OpenAIApi } from 'azure-openai'", "const { Configuration, OpenAIApi } = require('azure-openai')");
    assert.deepEqual(siteLines(js, 'chatgpt.js'), ['7 POST /v1/chat/completions azure', '9 POST /v1/completions azure']);
    // (the openai package's v3 Configuration has no azure option: its client keeps OpenAI's base)
    assert.deepEqual(siteLines(ts.replace("from 'azure-openai'", "from 'openai'"), 'chatgpt.ts'), ['7 POST /v1/chat/completions openai', '9 POST /v1/completions openai']);
  });

  it("one segment after a run-time base is OpenAI's endpoint when the file reads that endpoint's answer in OpenAI's shape", () => {
    const js = [
      "import axios from 'axios'",
      'export const request = async (prompt) => {',
      '  const endpoint = `${process.env.API_BASE_URL}/completions`;',
      "  const response = await axios.post(endpoint, { model: 'text-davinci-003', prompt }, { headers: { Authorization: `Bearer ${key}` } });",
      '  return response.data.choices[0].text;',
      '};',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(js, 'apiRequest.js'), ['4 POST /v1/completions unknown']);
    // (an answer read otherwise is some other server's `/completions`)
    assert.deepEqual(siteLines(js.replace('choices[0].text', 'result.output'), 'apiRequest.js'), []);
    const py = 'import requests\ndef embed(base, text):\n    r = requests.post(f"{base}/embeddings", json={"model": "m", "input": text})\n    return r.json()["data"][0]["embedding"]\n';
    assert.deepEqual(siteLines(py, 'embed.py'), ['3 POST /v1/embeddings unknown']);
    // (found by the review: a variable named output_text is no answer read, nor is a body without the endpoint's input)
    const other = 'import requests\ndef grade(base, answers):\n    r = requests.post(f"{base}/responses", json={"answers": answers})\n    output_text = template.format(**values)\n    return output_text\n';
    assert.deepEqual(siteLines(other, 'grade.py'), []);
  });

  it("a MacPaw/OpenAI client's host is an OpenAI.Configuration's, not another library's Configuration", () => {
    const swift = [
      'import OpenAI',
      'import PostgresNIO',
      'struct Store {',
      '    let openAI = OpenAI(apiToken: key)',
      '    let config = PostgresConnection.Configuration(host: "localhost", username: "me", password: nil, database: "db", tls: .disable)',
      '    func embed(_ text: String) async throws {',
      '        _ = try await openAI.embeddings(query: .init(model: .textEmbeddingAda, input: text))',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(swift, 'Store.swift'), ['7 POST /v1/embeddings openai']);
    const local = swift.replace('let openAI = OpenAI(apiToken: key)', 'let openAI = OpenAI(configuration: OpenAI.Configuration(token: key, host: "localhost", port: 8080, scheme: "http"))');
    assert.deepEqual(siteLines(local, 'Store.swift'), ['7 POST /v1/embeddings other']);
  });
});
