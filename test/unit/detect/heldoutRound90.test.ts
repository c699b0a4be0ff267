import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the eighty-ninth round's corpora still read wrong after its tuning, and what the ninetieth round's first runs (492–494) read wrong.
describe('held-out round 90', () => {
  it('a request to a URL a setting gives, by the typed body it sends: a constructor by its arguments, a C# object initialiser, a legacy completion', () => {
    const kt = [
      '@Service',
      'class ChatGptService {',
      '    @Value("\\${openai.api.url}")',
      '    private lateinit var apiUrl: String',
      '    fun chat(prompt: String): String {',
      '        val messages = arrayListOf(Message("user", prompt))',
      '        val request = ChatGptRequest(model, messages)',
      '        val response = template.postForObject(apiUrl, request, ChatGptResponse::class.java)',
      '        return response!!.choices[0].message.content',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(kt, 'ChatGptService.kt'), ['8 POST /v1/chat/completions unknown']);
    const cs = [
      'public class PromptService(IConfiguration configuration) {',
      '    public async Task<string> Ask(string prompt) {',
      '        var baseUrl = configuration.GetValue<string>("OpenAISetting:BaseUrl");',
      '        var request = new OpenAIRequestDto',
      '        {',
      '            Model = "gpt-4o-mini",',
      '            Messages = new List<Message> { new Message { Role = "user", Content = prompt } },',
      '        };',
      '        var json = JsonSerializer.Serialize(request);',
      '        var content = new StringContent(json, Encoding.UTF8, "application/json");',
      '        var response = await client.PostAsync(baseUrl, content);',
      '        return JsonSerializer.Deserialize<OpenAIResponseDto>(await response.Content.ReadAsStringAsync()).choices[0].message.content;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'PromptService.cs'), ['11 POST /v1/chat/completions unknown']);
    const go = [
      '// a client of the OpenAI completions API',
      'package main',
      'type APIRequest struct {',
      '\tModel  string `json:"model"`',
      '\tPrompt string `json:"prompt"`',
      '}',
      'type APIResponse struct {',
      '\tChoices []struct {',
      '\t\tText string `json:"text"`',
      '\t} `json:"choices"`',
      '}',
      'func CallAPI(question string, config Config) (*http.Response, error) {',
      '\tapiRequest := APIRequest{Model: config.Model, Prompt: question}',
      '\trequestBody, _ := json.Marshal(apiRequest)',
      '\treq, _ := http.NewRequest("POST", config.APIURL, bytes.NewBuffer(requestBody))',
      '\treturn http.DefaultClient.Do(req)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(go, 'api.go'), ['15 POST /v1/completions unknown']);
    // (a prompt sent to a server that answers with no choices, Ollama's generate, is no completion; nor is a GET)
    const ollama = go.replace('Choices []struct {', 'Response string `json:"response"`\n\tDone []struct {').replace('`json:"choices"`', '`json:"done"`');
    assert.deepEqual(siteLines(ollama, 'api.go'), []);
    assert.deepEqual(siteLines(kt.replace('postForObject', 'getForObject'), 'ChatGptService.kt'), []);
    // (found by the tidy's read: a completion to an Azure-named URL says what it sends)
    const azure = detectCallSites(go.replace(/config\.APIURL/g, 'config.AzureOpenAIEndpoint'), { fileName: 'api.go' }).sites;
    assert.deepEqual(azure.map((s) => `${s.endpoint} ${s.provider}`), ['/v1/completions azure']);
    assert.match(azure[0]?.providerDetail ?? '', /sends a completion prompt/);
  });

  it("a completion on a base set at run time, its answer's choices read by an index name", () => {
    const dart = [
      "import 'package:app/constants/api_constant.dart';",
      "import 'package:http/http.dart' as http;",
      'Future<String> complete(String msg, String modelID) async {',
      '  var parsedUrl = Uri.parse("$baseUrl/completions");',
      '  var response = await http.post(parsedUrl, body: jsonEncode({"model": modelID, "prompt": msg}));',
      '  Map jsonResponse = jsonDecode(response.body);',
      "  return List.generate(jsonResponse['choices'].length, (index) => jsonResponse['choices'][index]['text']).join();",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(dart, 'lib/services/api_services.dart'), ['5 POST /v1/completions unknown']);
    // (an answer read some other way leaves `/completions` on an unknown base an app's own path)
    assert.deepEqual(siteLines(dart.replace("['choices'][index]['text']", "['result'][index]['text']"), 'lib/services/api_services.dart'), []);
  });

  it("a host with a label filled in at run time before a fixed domain, written in place or returned by a function of the file", () => {
    const ts = [
      'function getMantleBaseUrl(region: string): string {',
      '  return `https://bedrock-mantle.${region}.api.aws/v1`;',
      '}',
      'export async function models(region: string) {',
      '  const baseUrl = getMantleBaseUrl(region);',
      '  return fetch(`${baseUrl}/models`, { method: "GET" });',
      '}',
      'export async function chat(region: string, body: string) {',
      '  const baseUrl = getMantleBaseUrl(region);',
      '  await fetch(`https://gateway.${region}.example.com/v1/chat/completions`, { method: "POST", body });',
      '  return fetch(`${baseUrl}/chat/completions`, { method: "POST", body });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(ts, 'proxy.ts'), ['6 GET /v1/models other', '10 POST /v1/chat/completions other', '11 POST /v1/chat/completions other']);
    // (a listing on a host the file sends no chat completions to is that API's own; a domain filled in is no known host;
    // Azure's resource filled in stays Azure's)
    assert.deepEqual(siteLines(ts.split('\n').slice(0, 7).join('\n'), 'proxy.ts'), []);
    assert.deepEqual(siteLines('fetch(`https://api.${domain}/v1/chat/completions`, { method: "POST" });\n', 'a.ts'), []);
    assert.deepEqual(siteLines('fetch(`https://${resource}.openai.azure.com/openai/deployments/${d}/chat/completions?api-version=2024-10-21`, { method: "POST" });\n', 'a.ts'), ['1 POST /v1/chat/completions azure']);
    const py = [
      'import requests',
      'def mantle_base(region):',
      '    return f"https://bedrock-mantle.{region}.api.aws/v1"',
      'def ask(region, messages):',
      '    base = mantle_base(region)',
      '    return requests.post(f"{base}/chat/completions", json={"model": "m", "messages": messages})',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'ask.py'), ['6 POST /v1/chat/completions other']);
  });

  it("an app's own routes on a base set at run time: a plain word where an endpoint takes an id, a base also put before routes of no endpoint", () => {
    const dart = [
      "import 'package:http/http.dart' as http;",
      'class OpenAIService {',
      "  static String get _baseUrl => dotenv.env['backendURL']!;",
      '  static Future<void> chat(String q) async {',
      "    await http.post(Uri.parse('$_baseUrl/chat'), body: jsonEncode({'message': q}));",
      '  }',
      '  static Future<void> upload() async {',
      "    await http.post(Uri.parse('$_baseUrl/files/upload'), body: '{}');",
      '  }',
      '  static Future<void> deleteFile(String fileId) async {',
      "    await http.delete(Uri.parse('$_baseUrl/files/$fileId'));",
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(dart, 'lib/openai_services.dart'), []);
    // (a fixed endpoint's path is read on any base; without the app's own routes the class's name says the base is OpenAI's, for
    // paths of two segments: one, `/files`, only on a base whose own name says so)
    const chat = dart.replace("'$_baseUrl/chat'", "'$_baseUrl/chat/completions'");
    assert.deepEqual(siteLines(chat, 'lib/openai_services.dart'), ['5 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(chat.replace("'$_baseUrl/files/upload'", "'$_baseUrl/files'"), 'lib/openai_services.dart'), ['5 POST /v1/chat/completions unknown', '11 DELETE /v1/files/{file_id} unknown']);
  });

  it("a literal OpenAI URL handed to a project's helper named for its verb: doPost, doGet, doDelete", () => {
    const php = [
      '<?php',
      'class Thread {',
      '    public function __construct(private AsstComms $comms) {}',
      '    public function create(array $data): array {',
      '        return $this->comms->doPost("https://api.openai.com/v1/threads", $data);',
      '    }',
      '    public function retrieve($id): array {',
      '        $url = "https://api.openai.com/v1/threads/{$id}";',
      '        return $this->comms->doGet($url);',
      '    }',
      '    public function del(string $id): array {',
      '        return $this->comms->doDelete("https://api.openai.com/v1/threads/{$id}");',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(php, 'src/Thread.php'), ['5 POST /v1/threads openai', '9 GET /v1/threads/{thread_id} openai', '12 DELETE /v1/threads/{thread_id} openai']);
  });

  it("websocket-client's create_connection imported by name", () => {
    const py = 'from websocket import create_connection\nWS_URL = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"\ndef go():\n    return create_connection(WS_URL, header=["OpenAI-Beta: realtime=v1"])\n';
    assert.deepEqual(siteLines(py, 'rt.py'), ['4 WEBSOCKET /v1/realtime openai']);
  });

  it('a Spring WebClient request with no uri, sent to a base that is a whole endpoint URL', () => {
    const java = [
      '@Service',
      'public class StudyNotesService {',
      '  private final WebClient webClient;',
      '  public StudyNotesService(WebClient.Builder builder) {',
      '    this.webClient = builder',
      '        .baseUrl("https://api.openai.com/v1/completions")',
      '        .build();',
      '  }',
      '  public Mono<Response> create(Request request) {',
      '    return this.webClient.post()',
      '        .bodyValue(request)',
      '        .retrieve()',
      '        .bodyToMono(Response.class);',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(java, 'StudyNotesService.java'), ['10 POST /v1/completions openai']);
    // (a verb the endpoint does not have, or a base that is no endpoint, is no request of the API)
    assert.deepEqual(siteLines(java.replace('webClient.post()', 'webClient.delete()'), 'StudyNotesService.java'), []);
    assert.deepEqual(siteLines(java.replace('/v1/completions', '/v1'), 'StudyNotesService.java'), []);
  });

  it("an OpenAIClient handed in takes the project's one way of building it (a DI registration in Program.cs)", () => {
    const program = 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddSingleton<OpenAIClient>(x => new OpenAIClient(settings.OpenAIKey));\n';
    const client = [
      'using OpenAI;',
      'using OpenAI.Chat;',
      'public class GptClient {',
      '    private readonly OpenAIClient _api;',
      '    public GptClient(OpenAIClient api) { _api = api; }',
      '    public async Task<string> Ask(List<ChatMessage> messages, string model) {',
      '        var chat = _api.GetChatClient(model);',
      '        var completion = await chat.CompleteChatAsync(messages);',
      '        return completion.Value.Content[0].Text;',
      '    }',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    assert.deepEqual(siteLines(client, 'GptApi/GptClient.cs', project), ['8 POST /v1/chat/completions unknown']);
    project.addFile('Program.cs', program);
    assert.deepEqual(siteLines(client, 'GptApi/GptClient.cs', project), ['8 POST /v1/chat/completions openai']);
    // (built a second way elsewhere, with options naming an endpoint, the destination is open again)
    project.addFile('Local.cs', 'var local = new OpenAIClient(credential, new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") });\n');
    assert.deepEqual(siteLines(client, 'GptApi/GptClient.cs', project), ['8 POST /v1/chat/completions unknown']);
  });

  it('found by the review: what the widened body shapes, answer reads and project builds read wrong', () => {
    // (a webhook posted the summary a chat answered, `json.dumps` read as a variable; a helper handed `messages, model` inside a usage
    // record; a Stable Diffusion request and an Ollama generate in files with `choices=` and `.text`; a quiz's `question.choices[i].text`
    // beside a route named completions; a C# history record carrying the answer)
    assert.deepEqual(siteLines("import json\nimport os\nimport requests\n\nOPENAI_URL = \"https://api.openai.com/v1/chat/completions\"\nSLACK_WEBHOOK_URL = os.environ[\"SLACK_WEBHOOK_URL\"]\n\n\ndef summarize(text):\n    r = requests.post(\n        OPENAI_URL,\n        headers={\"Authorization\": f\"Bearer {os.environ['OPENAI_API_KEY']}\"},\n        json={\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": text}]},\n    )\n    return r.json()[\"choices\"][0][\"message\"][\"content\"]\n\n\ndef notify(text):\n    summary = summarize(text)\n    requests.post(SLACK_WEBHOOK_URL, data=json.dumps({\"text\": summary}))\n", "notify.py"), ["10 POST /v1/chat/completions openai"]);
    assert.deepEqual(siteLines("import OpenAI from 'openai';\nimport { encoding_for_model } from 'tiktoken';\n\nconst openai = new OpenAI();\nconst USAGE_URL = process.env.USAGE_SERVICE_URL;\n\nfunction countTokens(messages, model) {\n  const enc = encoding_for_model(model);\n  return messages.reduce((n, m) => n + enc.encode(m.content).length, 0);\n}\n\nexport async function ask(userId, messages, model) {\n  const completion = await openai.chat.completions.create({ model, messages });\n  await fetch(USAGE_URL, {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ userId, promptTokens: countTokens(messages, model) }),\n  });\n  return completion.choices[0].message.content;\n}\n", "usage.js"), ["13 POST /v1/chat/completions openai"]);
    assert.deepEqual(siteLines("import os\nimport gradio as gr\nimport requests\n\nSD_API_URL = os.environ.get(\"SD_API_URL\", \"\")\n\n\ndef generate(prompt, model):\n    resp = requests.post(SD_API_URL, json={\"model\": model, \"prompt\": prompt, \"steps\": 30})\n    if resp.status_code != 200:\n        raise gr.Error(resp.text)\n    return resp.json()[\"images\"][0]\n\n\nwith gr.Blocks() as demo:\n    prompt = gr.Textbox(label=\"Prompt\")\n    model = gr.Dropdown(choices=[\"sdxl\", \"sd15\", \"gpt-image-1\"], value=\"sdxl\", label=\"Model\")\n    out = gr.Image()\n    gr.Button(\"Generate\").click(generate, inputs=[prompt, model], outputs=out)\n\ndemo.launch()\n", "app.py"), []);
    assert.deepEqual(siteLines("import inquirer from 'inquirer';\n\nconst API_URL = process.env.GENERATE_URL;\n\nconst answers = await inquirer.prompt([\n  { type: 'list', name: 'model', message: 'Model', choices: ['llama3', 'gpt-oss:20b'] },\n  { type: 'input', name: 'prompt', message: 'Prompt' },\n]);\nconst { model, prompt } = answers;\nconst res = await fetch(API_URL, {\n  method: 'POST',\n  headers: { 'Content-Type': 'application/json' },\n  body: JSON.stringify({ model, prompt, stream: false }),\n});\nconsole.log(await res.text());\n", "cli.mjs"), []);
    assert.deepEqual(siteLines("const API_BASE = import.meta.env.VITE_API_BASE;\n\nexport function renderQuestion(question) {\n  const items = question.choices.map((choice, i) => `<label><input type=\"radio\" name=\"answer\" value=\"${i}\"> ${question.choices[i].text}</label>`);\n  return `<h2>${question.prompt}</h2>${items.join('')}`;\n}\n\nexport async function recordCompletion(userId, lessonId, score) {\n  await fetch(`${API_BASE}/completions`, {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ userId, lessonId, score }),\n  });\n}\n", "quiz.js"), []);
    assert.deepEqual(siteLines("using System.Net.Http.Json;\nusing System.Text.Json;\n\npublic class ChatService\n{\n    private readonly HttpClient _http;\n    private readonly string _historyApiUrl;\n\n    public ChatService(HttpClient http, IConfiguration config)\n    {\n        _http = http;\n        _historyApiUrl = config[\"HistoryApi:Url\"];\n    }\n\n    public async Task<string> AskAsync(string model, List<ChatMessage> messages)\n    {\n        var response = await _http.PostAsJsonAsync(\"https://api.openai.com/v1/chat/completions\", new { model, messages });\n        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());\n        var answer = doc.RootElement.GetProperty(\"choices\")[0].GetProperty(\"message\").GetProperty(\"content\").GetString();\n\n        var entry = new ConversationEntry\n        {\n            Model = model,\n            Messages = messages,\n            Answer = answer,\n        };\n        await _http.PostAsJsonAsync(_historyApiUrl, entry);\n        return answer;\n    }\n}\n", "ChatService.cs"), ["17 POST /v1/chat/completions openai"]);
    // (a registration whose arguments nest two calls deep builds for another host: the one way the project builds is not the default)
    const project = new ProjectIndex();
    project.addFile("Program.cs", "using System.ClientModel;\nusing OpenAI;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddSingleton(_ => new OpenAIClient(\n    new ApiKeyCredential(Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\")!),\n    new OpenAIClientOptions { Endpoint = new Uri(\"https://models.github.ai/inference\") }));\nbuilder.Services.AddScoped<ChatService>();\nvar app = builder.Build();\napp.Run();\n");
    project.addFile("Tools/KeyCheck.cs", "using OpenAI;\n\npublic static class KeyCheck\n{\n    public static OpenAIClient Create(string apiKey) => new OpenAIClient(apiKey);\n}\n");
    assert.deepEqual(siteLines("using OpenAI;\nusing OpenAI.Chat;\n\npublic class ChatService\n{\n    private readonly OpenAIClient _client;\n\n    public ChatService(OpenAIClient client) => _client = client;\n\n    public async Task<string> AskAsync(string question)\n    {\n        ChatClient chat = _client.GetChatClient(\"gpt-4o-mini\");\n        ChatCompletion completion = await chat.CompleteChatAsync(question);\n        return completion.Content[0].Text;\n    }\n}\n", "Services/ChatService.cs", project), ['13 POST /v1/chat/completions unknown']);
  });

  it('an OpenAIClient another class gives (a factory of the project), known by the scenario client it is asked for', () => {
    const cs = [
      'using OpenAI;',
      'using OpenAI.Chat;',
      'public sealed class AzureOpenAiProxy {',
      '    private readonly AzureOpenAiClientFactory _clientFactory;',
      '    public async Task<string> Send(List<ChatMessage> messages, string deployment) {',
      '        var client = _clientFactory.CreateClient();',
      '        var chatClient = client.GetChatClient(deployment);',
      '        var response = await chatClient.CompleteChatAsync(messages);',
      '        return response.Value.Content[0].Text;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'AzureOpenAiProxy.cs'), ['8 POST /v1/chat/completions unknown']);
    // (without the SDK's namespaces a GetChatClient is some other library's)
    assert.deepEqual(siteLines(cs.replace('using OpenAI;\nusing OpenAI.Chat;\n', 'using Contoso.Chat;\n'), 'AzureOpenAiProxy.cs'), []);
  });
});
