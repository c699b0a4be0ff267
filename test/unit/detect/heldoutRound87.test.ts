import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the eighty-seventh round's first runs (483–485) read wrong.
describe('held-out round 87', () => {
  it('the PHP client gzdsx/openai: an OpenAiClient built here or handed in, its methods on a fixed base', () => {
    const php = [
      '<?php',
      'use OpenAi\\OpenAiClient;',
      'use OpenAi\\OpenAiRequestConfig;',
      'class ChatController {',
      '    public function chat($request) {',
      '        $config = new OpenAiRequestConfig();',
      '        $client = new OpenAiClient();',
      '        $response = $client->chatCompletions($config);',
      '        return $client->imageVariations($config);',
      '    }',
      '    public function handed(OpenAiClient $other, $config) {',
      '        return $other->audioTranscriptions($config);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(php, 'ChatController.php'), ['8 POST /v1/chat/completions openai', '9 POST /v1/images/variations openai', '12 POST /v1/audio/transcriptions unknown']);
    // (another package's class of the same name is not read, also in a namespace ending in `OpenAi`: found by the review)
    assert.deepEqual(siteLines(php.replace(/use OpenAi\\OpenAiClient;/, 'use App\\Clients\\OpenAiClient;'), 'ChatController.php'), []);
    assert.deepEqual(siteLines(php.replace(/use OpenAi\\OpenAiClient;/, 'use App\\Services\\OpenAi\\OpenAiClient;'), 'ChatController.php'), []);
  });

  const api = (url: string): string =>
    [
      'package app.api;',
      'import okhttp3.*;',
      'public class ChatGPTApi {',
      '    public static String chat(String body, String key) throws Exception {',
      '        Request request = new Request.Builder()',
      `                .url(${url})`,
      '                .post(RequestBody.create(MediaType.parse("application/json"), body))',
      '                .header("Authorization", "Bearer " + key)',
      '                .build();',
      '        return client.newCall(request).execute().body().string();',
      '    }',
      '}',
      '',
    ].join('\n');

  it("an API path another file's class keeps in a constant, put after a host constant: `OpenAIConst.HOST + OpenAIConst.CHATGPT_MAPPING`", () => {
    const constants = ['package app.api.constant;', 'public class OpenAIConst {', '    public static final String HOST = "https://api.openai.com/";', '    public static final String CHATGPT_MAPPING = "v1/chat/completions";', '    public static final String EMBEDDING_MAPPING = "v1/embeddings";', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/api/constant/OpenAIConst.java', constants);
    const chat = api('OpenAIConst.HOST + OpenAIConst.CHATGPT_MAPPING');
    project.addFile('app/api/ChatGPTApi.java', chat);
    assert.deepEqual(siteLines(chat, 'app/api/ChatGPTApi.java', project), ['6 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(api('OpenAIConst.HOST + OpenAIConst.EMBEDDING_MAPPING'), 'app/api/ChatGPTApi.java', project), ['6 POST /v1/embeddings openai']);
    // (without the constants' file the path is unknown: no request of the API is read)
    assert.deepEqual(siteLines(chat, 'app/api/ChatGPTApi.java', new ProjectIndex()), []);
  });

  it("the legacy billing paths, served beside `/v1`: another file's class constant, curl's switches run together (`-sX GET`)", () => {
    const constants = ['public class OpenAIConst {', '    public static final String HOST = "https://api.openai.com/";', '    public static final String CREDIT_GRANTS_MAPPING = "/dashboard/billing/credit_grants";', '    public static final String USAGE_MAPPING =', '            "/v1/dashboard/billing/usage?start_date=%s&end_date=%s";', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('OpenAIConst.java', constants);
    const grants = api('OpenAIConst.HOST + OpenAIConst.CREDIT_GRANTS_MAPPING').replace('.post(RequestBody.create(MediaType.parse("application/json"), body))', '.get()');
    assert.deepEqual(siteLines(grants, 'ChatGPTApi.java', project), ['6 GET /dashboard/billing/credit_grants openai']);
    assert.deepEqual(siteLines(grants.replace('CREDIT_GRANTS_MAPPING', 'USAGE_MAPPING'), 'ChatGPTApi.java', project), ['6 GET /v1/dashboard/billing/usage openai']);
    // (a URL written whole keeps its path as it is: `/v1` is added to no path it does not have)
    assert.deepEqual(siteLines('import requests\nrequests.get("https://api.openai.com/dashboard/billing/credit_grants")\nrequests.get("https://api.openai.com/v1/dashboard/billing/subscription")\n', 'billing.py'), ['2 GET /dashboard/billing/credit_grants openai', '3 GET /v1/dashboard/billing/subscription openai']);
    const ps1 = ['$r = curl -sX GET https://api.openai.com/dashboard/billing/credit_grants `', '    -H "Authorization: $token"', '$p = curl -sS https://api.openai.com/v1/embeddings -d $body', ''].join('\n');
    assert.deepEqual(siteLines(ps1, 'usage.ps1'), ['1 GET /dashboard/billing/credit_grants openai', '3 POST /v1/embeddings openai']);
    // (a value-taking switch in a cluster takes the rest of it, `-XPOST`; a PowerShell parameter is no cluster: found by the review)
    const clusters = ['curl -XPOST https://api.openai.com/v1/chat/completions -d $body', 'curl -sSo out.json https://api.openai.com/v1/models', 'curl -Verbose https://api.openai.com/v1/models', ''].join('\n');
    assert.deepEqual(siteLines(clusters, 'c.ps1'), ['1 POST /v1/chat/completions openai', '2 GET /v1/models openai', '3 GET /v1/models openai']);
  });

  it("the same in one file: a path under the version without its slash after the host's constant", () => {
    const java = api('HOST + CHATGPT_MAPPING').replace('public class ChatGPTApi {', 'public class ChatGPTApi {\n    public static final String HOST = "https://api.openai.com/";\n    public static final String CHATGPT_MAPPING = "v1/chat/completions";');
    assert.deepEqual(siteLines(java, 'ChatGPTApi.java'), ['8 POST /v1/chat/completions openai']);
  });

  it('the Unity package OpenAI-Unity: calls on an OpenAIApi field, local or parameter, all to its fixed base', () => {
    const cs = [
      'using UnityEngine;',
      'using OpenAI;',
      'public class ChatGPTManager : MonoBehaviour {',
      '    private OpenAIApi openAI = new();',
      '    public async void Ask(CreateChatCompletionRequest req) {',
      '        var res = await openAI.CreateChatCompletion(req);',
      '        var api = new OpenAIApi("key");',
      '        await api.CreateImage(new CreateImageRequest());',
      '    }',
      '    static async void Hear(OpenAIApi handed, CreateAudioTranscriptionsRequest req) => await handed.CreateAudioTranscription(req);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'ChatGPTManager.cs'), ['6 POST /v1/chat/completions openai', '8 POST /v1/images/generations openai', '10 POST /v1/audio/transcriptions openai']);
    // (without the package's namespace, another library's OpenAIApi class is not read)
    assert.deepEqual(siteLines(cs.replace('using OpenAI;', 'using MyGame.Net;'), 'ChatGPTManager.cs'), []);
  });

  it("Alamofire's verb on a URLRequest, `urlRequest.method = .post`", () => {
    const swift = [
      'import Alamofire',
      'func ask(body: Data) {',
      '    let openAIURL = "https://api.openai.com/v1/chat/completions"',
      '    if let url = URL(string: openAIURL) {',
      '        var urlRequest = URLRequest(url: url)',
      '        urlRequest.method = .post',
      '        urlRequest.httpBody = body',
      '        AF.request(urlRequest).responseDecodable(of: Reply.self) { _ in }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(swift, 'ContentView.swift'), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(swift.replace('.method = .post', '.method = .get').replace('        urlRequest.httpBody = body\n', ''), 'ContentView.swift'), ['5 GET /v1/chat/completions openai']);
  });
});
