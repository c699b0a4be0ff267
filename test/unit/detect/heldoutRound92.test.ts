import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What earlier rounds' corpora still read wrong before the ninety-second round, and what its first runs (498–500) read wrong.
describe('held-out round 92', () => {
  it('diversen/tiny-gpt-client: an OpenAiApi, whose base is fixed, asked for completions and chat completions', () => {
    const php = [
      '<?php',
      'use Diversen\\GPT\\OpenAiApi;',
      'class Base {',
      '    private function getOpenApi(): OpenAiApi {',
      '        $openai_api = new OpenAiApi(api_key: $this->getApiKey(), stream_sleep: 0.05);',
      '        return $openai_api;',
      '    }',
      '    public function chat(array $params) {',
      '        $openai_api = $this->getOpenApi();',
      '        return $openai_api->getChatCompletionsStream($params);',
      '    }',
      '    public function complete(array $params) {',
      '        $openai_api = $this->getOpenApi();',
      '        return $openai_api->getCompletions($params);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(php, 'Base.php'), ['10 POST /v1/chat/completions openai', '14 POST /v1/completions openai']);
    // another package's class of that name is not this client
    assert.deepEqual(siteLines(php.replace('Diversen\\GPT\\OpenAiApi', 'App\\Services\\OpenAiApi'), 'Base.php'), []);
  });

  it("RestSharp: a client made on an endpoint's whole URL and sent a request naming no resource is the request, at the client", () => {
    const cs = [
      'public class DocumentController : ControllerBase {',
      '    public async Task<IActionResult> Embed(string text) {',
      '        var client = new RestClient("https://api.openai.com/v1/embeddings");',
      '        var request = new RestRequest();',
      '        request.Method = Method.Post;',
      '        request.AddJsonBody(new { model = "text-embedding-3-large", input = text });',
      '        var response = await client.ExecuteAsync(request);',
      '        return Ok(response.Content);',
      '    }',
      '    public string Send(string message) {',
      '        RestClient client = new RestClient("https://api.openai.com/v1/chat/completions");',
      '        var request = new RestRequest("", Method.Post);',
      '        request.AddJsonBody(new { model = "gpt-4o", messages = new[] { new { role = "user", content = message } } });',
      '        return client.Execute(request).Content;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'DocumentController.cs'), ['3 POST /v1/embeddings openai', '11 POST /v1/chat/completions openai']);
    // a client on the API's base, sent a request naming its resource: the request names the URL's path, and is read there
    // (and a client on the base sent a request naming none sends to no endpoint)
    const onBase = cs.replace(/"https:\/\/api\.openai\.com\/v1\/[a-z/]+"/g, '"https://api.openai.com/v1"').replace('new RestRequest("", Method.Post)', 'new RestRequest("chat/completions", Method.Post)');
    assert.deepEqual(siteLines(onBase, 'DocumentController.cs'), ['12 POST /v1/chat/completions openai']);
  });

  it('Whetstone.ChatGPT: a ChatGPTClient, built here or handed in as an IChatGPTClient, always sends to OpenAI', () => {
    const cs = [
      'using Whetstone.ChatGPT;',
      'using Whetstone.ChatGPT.Models;',
      'public class ChatService {',
      '    private ChatGPTClient _chatGptClient;',
      '    private readonly IChatGPTClient _injected;',
      '    public ChatService(string key, IChatGPTClient injected) { _chatGptClient = new ChatGPTClient(key); _injected = injected; }',
      '    public async Task<string?> Ask(ChatGPTChatCompletionRequest request) {',
      '        var response = await _chatGptClient.CreateChatCompletionAsync(request);',
      '        await _injected.CreateImageAsync(new ChatGPTCreateImageRequest { Prompt = "a cat" });',
      '        await _chatGptClient.DownloadImageAsync(image);',
      '        return response?.GetCompletionText();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'ChatService.cs'), ['8 POST /v1/chat/completions openai', '9 POST /v1/images/generations openai']);
    // without the package's namespace, a class of that name is the project's own (a comment naming the package keeps the file read)
    assert.deepEqual(siteLines(cs.replace(/using Whetstone\.ChatGPT[^;]*;/g, 'using MyApp; // like Whetstone.ChatGPT'), 'ChatService.cs'), []);
  });

  it("openai-api-stream-rs: an OpenAIStream's gpt_stream posts to OpenAI's chat completions", () => {
    const rs = [
      'use openai_api_stream_rs::OpenAIStream;',
      '#[tokio::main]',
      'async fn main() {',
      '    let openai_stream = OpenAIStream::new(env::var("OPENAI_API_KEY").unwrap());',
      '    let gpt_stream = openai_stream.gpt_stream(input).await.unwrap();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(rs, 'main.rs'), ['5 POST /v1/chat/completions openai']);
    // (a method of that name in a file without the crate is another library's)
    assert.deepEqual(siteLines(rs.replace('use openai_api_stream_rs::OpenAIStream;', 'use my_openai::OpenAIStream;'), 'main.rs'), []);
  });

  it('a Retrofit interface method that no file read calls is reported at its annotation; one called is reported at the call', () => {
    const api = [
      'package com.example.chat',
      'import retrofit2.http.Body',
      'import retrofit2.http.POST',
      'object ApiService {',
      '    private const val BASE_URL = "https://api.openai.com/"',
      '    private val retrofit = Retrofit.Builder().baseUrl(BASE_URL).addConverterFactory(GsonConverterFactory.create()).build()',
      '    val openAIApi: OpenAIApi = retrofit.create(OpenAIApi::class.java)',
      '}',
      'interface OpenAIApi {',
      '    @POST("v1/images/generations")',
      '    suspend fun generateImage(@Body requestBody: ImgRequest): ImgResponse',
      '    @POST("v1/chat/completions")',
      '    suspend fun generateResponse(@Body requestBody: Request): Response',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(api, 'ApiService.kt'), ['10 POST /v1/images/generations openai', '12 POST /v1/chat/completions openai']);
    // a base set elsewhere: the endpoint is declared, its destination unknown
    const noBase = api.replace('.baseUrl(BASE_URL)', '.baseUrl(settings.endpoint)');
    assert.deepEqual(siteLines(noBase, 'ApiService.kt'), ['10 POST /v1/images/generations unknown', '12 POST /v1/chat/completions unknown']);
    // another file of the project calls one of them: that call is the request, and only the other stays at its annotation
    const caller = ['class ChatRepository {', '    suspend fun ask(r: Request) = ApiService.openAIApi.generateResponse(r)', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/ApiService.kt', api);
    project.addFile('app/ChatRepository.kt', caller);
    assert.deepEqual(siteLines(api, 'app/ApiService.kt', project), ['10 POST /v1/images/generations openai']);
    assert.deepEqual(siteLines(caller, 'app/ChatRepository.kt', project), ['2 POST /v1/chat/completions openai']);
    // (a path off the API, an app's own backend, is no endpoint of OpenAI's wherever it is declared)
    assert.deepEqual(siteLines(api.replace(/"v1\/[a-z/]+"/g, '"api/messages"'), 'ApiService.kt'), []);
  });

  it("PHP: a URL constant the file defines, handed to the file's own cURL helper", () => {
    const php = [
      '<?php',
      'define("API_ENDPOINT", "https://api.openai.com/v1/chat/completions");',
      'function requisitarCUrl(string $url, array $cabecalhos, array $dados) {',
      '    $ch = curl_init($url);',
      '    curl_setopt($ch, CURLOPT_POST, true);',
      '    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($dados));',
      '    return curl_exec($ch);',
      '}',
      '$resposta = requisitarCUrl(API_ENDPOINT, $cabecalhos, $dados);',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(php, 'extrair.php'), ['9 POST /v1/chat/completions openai']);
    // (defined twice with two values, it is neither)
    assert.deepEqual(siteLines(php.replace('$resposta', 'define("API_ENDPOINT", "https://example.com/hook");\n$resposta'), 'extrair.php'), []);
  });

  it('a name put after a path segment is a segment of one URL, not a base decided at run time', () => {
    const php = [
      '<?php',
      'class OpenAI {',
      '    public function completion($engine, $prompt) {',
      '        $curl = curl_init();',
      '        curl_setopt_array($curl, [',
      '            CURLOPT_URL => "https://api.openai.com/v1/engines/" . $engine . "/completions",',
      '            CURLOPT_POSTFIELDS => $postfields,',
      '        ]);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(php, 'OpenAI.php'), ['5 POST /v1/engines/{engine_id}/completions openai']);
    const js = ['const r = await fetch("https://api.openai.com/v1/engines/" + engine + "/completions", { method: "POST", body });', ''].join('\n');
    assert.deepEqual(siteLines(js, 'engines.js'), ['1 POST /v1/engines/{engine_id}/completions openai']);
    // (a host put after the scheme is still a base decided at run time)
    const host = ['const r = await fetch("https://" + host + "/v1/chat/completions", { method: "POST", body });', ''].join('\n');
    assert.deepEqual(siteLines(host, 'host.js'), ['1 POST /v1/chat/completions unknown']);
  });

  it("a Python notebook's shell escapes and %%bash cells are read as the shell", () => {
    const cell = (source: string[]): object => ({ cell_type: 'code', metadata: {}, outputs: [], source });
    const notebook = JSON.stringify({
      metadata: { kernelspec: { language: 'python' } },
      cells: [
        cell(['# Shell commands\n', '!export OPENAI_API_KEY="<key>"\n', '!openai api fine_tunes.create -t data_prepared.jsonl -m davinci']),
        cell(['import openai\n', 'x = 1 if a != b else 2\n', '!curl https://api.openai.com/v1/models \\\n', '  -H "Authorization: Bearer $OPENAI_API_KEY"']),
        cell(['%%bash\n', 'curl -s https://api.openai.com/v1/embeddings -d \'{"model": "text-embedding-3-small", "input": "hi"}\'']),
        cell(['!pip install openai']),
      ],
    });
    const sites = detectCallSites(notebook, { fileName: 'fine-tuning.ipynb' }).sites.map((s) => `${s.cell ?? -1}:${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);
    assert.deepEqual(sites, ['0:3 POST /v1/fine-tunes openai', '1:3 GET /v1/models openai', '2:2 POST /v1/embeddings openai']);
  });

  it('a `.sh` file with no shell #! line, written in PowerShell, is read as PowerShell', () => {
    const ps = [
      '$headers = @{',
      '    "Authorization" = "Bearer $env:OPENAI_API_KEY"',
      '}',
      '$body = @{ model = "gpt-4o-mini-tts"; voice = "alloy"; input = $TEXT } | ConvertTo-Json',
      'Invoke-RestMethod -Uri "https://api.openai.com/v1/audio/speech" `',
      '    -Method POST -Headers $headers -Body $body -OutFile "test.mp3"',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(ps, 'tts_test.sh'), ['5 POST /v1/audio/speech openai']);
    // (a POSIX script that only names the cmdlet, in an echo, stays the shell's: it has no PowerShell assignment)
    const sh = ['#!/bin/sh', 'echo "on Windows use Invoke-RestMethod"', 'curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"', ''].join('\n');
    assert.deepEqual(siteLines(sh, 'models.sh'), ['3 GET /v1/models openai']);
  });

  it('the review: each new rule stays off what looks like it and is not', () => {
    // RestSharp: a request sent on another client (the app's own backend) is not the endpoint client's; a verb the endpoint lacks neither
    const cs = [
      'public class D {',
      '    public async Task Run() {',
      '        var openai = new RestClient("https://api.openai.com/v1/models");',
      '        var mine = new RestClient(Settings.BackendUrl);',
      '        var r = new RestRequest(Method.Post);',
      '        await mine.ExecuteAsync(r);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'D.cs'), []);
    assert.deepEqual(siteLines(cs.replace('await mine.ExecuteAsync(r);', 'await openai.ExecuteAsync(r);'), 'D.cs'), []);
    assert.deepEqual(siteLines(cs.replace('await mine.ExecuteAsync(r);', 'await openai.ExecuteAsync(r);').replace('Method.Post', 'Method.Get'), 'D.cs'), ['3 GET /v1/models openai']);
    // Retrofit: an interface of the app's own backend, its builder on a host of no provider's, declares nothing of ours
    const backend = ['interface BackendApi {', '    @POST("v1/chat/completions")', '    suspend fun chat(@Body r: Req): Res', '}', ''].join('\n');
    assert.deepEqual(siteLines(backend, 'BackendApi.kt'), []);
    assert.deepEqual(siteLines(backend.replace('BackendApi', 'OpenAIService'), 'OpenAIService.kt'), ['2 POST /v1/chat/completions unknown']);
    // a POSIX script holding PowerShell in a here-document stays the shell's
    const sh = ['cat <<\'EOF\' > win.ps1', '$env:OPENAI_API_KEY = "<key>"', 'Invoke-WebRequest -Uri https://example.com', 'EOF', 'curl https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -d \'{"model": "gpt-4o"}\'', ''].join('\n');
    assert.deepEqual(siteLines(sh, 'install.sh'), ['5 POST /v1/chat/completions openai']);
    // Whetstone by `global using`, or named in full
    const ws = ['global using Whetstone.ChatGPT;', 'class A {', '    async Task Go(string key) {', '        var c = new Whetstone.ChatGPT.ChatGPTClient(key);', '        await c.CreateChatCompletionAsync(req);', '    }', '}', ''].join('\n');
    assert.deepEqual(siteLines(ws, 'A.cs'), ['5 POST /v1/chat/completions openai']);
    // openai-api-stream-rs: the app's own `gpt_stream` wrapper is its own
    const rs = ['use openai_api_stream_rs::OpenAIStream;', 'impl Bot {', '    async fn gpt_stream(&self, s: &str) { let stream = OpenAIStream::new(key()); stream.gpt_stream(s).await; }', '    async fn run(&self) { self.gpt_stream("hi").await; }', '}', ''].join('\n');
    assert.deepEqual(siteLines(rs, 'bot.rs'), ['3 POST /v1/chat/completions openai']);
  });

  it("the review: a notebook's shell is read cell by cell, never inside a string or another cell magic", () => {
    const cell = (source: string[]): object => ({ cell_type: 'code', metadata: {}, outputs: [], source });
    const sites = (cells: object[]): string[] =>
      detectCallSites(JSON.stringify({ metadata: { kernelspec: { language: 'python' } }, cells }), { fileName: 'n.ipynb' }).sites.map((s) => `${s.cell ?? -1}:${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint}`);
    // a `!` line inside a triple-quoted string is the string's
    assert.deepEqual(sites([cell(['prompt = """Explain this command:\n', '!curl https://api.openai.com/v1/chat/completions\n', '"""'])]), []);
    // an unbalanced quote in one cell's escape leaves the next cell's alone
    assert.deepEqual(sites([cell(["!echo don't panic"]), cell(['!curl https://api.openai.com/v1/models'])]), ['1:1 GET /v1/models']);
    // kept output (`out = !curl …`), `!!`, Colab's %%shell; a %%writefile cell runs nothing
    assert.deepEqual(sites([cell(['out = !curl https://api.openai.com/v1/models']), cell(['!!curl https://api.openai.com/v1/models']), cell(['%%shell\n', 'curl https://api.openai.com/v1/models'])]), ['0:1 GET /v1/models', '1:1 GET /v1/models', '2:2 GET /v1/models']);
    assert.deepEqual(sites([cell(['%%writefile run.sh\n', '!curl https://api.openai.com/v1/models'])]), []);
  });
});
