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
