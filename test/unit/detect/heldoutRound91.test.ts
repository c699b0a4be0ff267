import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the ninetieth round's corpora still read wrong after its tuning, and what the ninety-first round's first runs (495–497) read wrong.
describe('held-out round 91', () => {
  it('a Java, Kotlin or C# post of a request object typed for a chat completion, to a URL a setting gives, whose answer is read through its choices', () => {
    const java = [
      '@Service',
      'public class CharCompletionService {',
      '    @Autowired',
      '    private RestTemplate restTemplate;',
      '    @Value("${openai.chat.completion.url}")',
      '    private String CHAT_COMPLETION_URL;',
      '    public List<String> complete(String prompt) {',
      '        ChatCompletionRequest request = new ChatCompletionRequest(CHAT_COMPLETION_MODEL, prompt);',
      '        ChatCompletionResponse response = restTemplate.postForObject(CHAT_COMPLETION_URL, request, ChatCompletionResponse.class);',
      '        return response.getChoicesList().stream().map(x -> x.getMessage().getContent()).collect(Collectors.toList());',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(java, 'CharCompletionService.java'), ['9 POST /v1/chat/completions unknown']);
    const kt = [
      'class Assistant(private val template: RestTemplate, @Value("\\${openai.url}") private val url: String) {',
      '    fun ask(prompt: String): String? =',
      '        template.postForObject(url, ChatRequest(MODEL, prompt), ChatResponse::class.java)?.choices?.firstOrNull()?.message?.content',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(kt, 'Assistant.kt'), ['3 POST /v1/chat/completions unknown']);
    // the answer not read through choices: the project's own service, whatever its request type is called
    assert.deepEqual(siteLines(java.replace('getChoicesList()', 'getReplies()'), 'CharCompletionService.java'), []);
    // a request of another type posted with the same read: not a chat completion by its body
    assert.deepEqual(siteLines(java.replace(/ChatCompletionRequest/g, 'TicketRequest'), 'CharCompletionService.java'), []);
    // (Python sends dictionaries: a class named so there is not read as the body)
    const py = ['def ask(url, prompt):', '    r = requests.post(url, json=ChatRequest(model=MODEL, prompt=prompt).dict())', '    return r.json()["choices"][0]["message"]["content"]', ''].join('\n');
    assert.deepEqual(siteLines(py, 'ask.py'), []);
  });

  it("a helper of another file named for creating a request, handed an API's literal URL and verb (Unreal's `CreateRequest(TEXT(\"…\"), TEXT(\"POST\"), …)`)", () => {
    const cpp = [
      'void UGPTTextRequestManager::SendTextRequest(const FString& ApiKey, const FString& JsonString)',
      '{',
      '    TSharedRef<IHttpRequest, ESPMode::ThreadSafe> Request = HTTPRequestHandlerInstance->CreateRequest(',
      '        TEXT("https://api.openai.com/v1/chat/completions"),',
      '        TEXT("POST"),',
      '        TEXT("application/json"),',
      '        ApiKey',
      '    );',
      '    HTTPRequestHandlerInstance->SetRequestPayload(Request, JsonString);',
      '    Request->ProcessRequest();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cpp, 'GPTTextRequestManager.cpp'), ['3 POST /v1/chat/completions openai']);
    const ts = ['const request = api.createRequest("https://api.groq.com/openai/v1/chat/completions", "POST", body);', ''].join('\n');
    assert.deepEqual(siteLines(ts, 'groq.ts'), ['1 POST /v1/chat/completions other']);
    // (a request to the project's own routes is none of these)
    assert.deepEqual(siteLines(['const request = api.createRequest("/users", "POST", body);', 'const openai = 1;', ''].join('\n'), 'users.ts'), []);
  });

  it('a client kept as a member of a module of another file taken for a client (`openai.openai.beta.threads.runs.createAndStream`)', () => {
    const js = [
      "const openai = require('./services/openai')",
      'async function reply(threadId) {',
      "  const run = openai.openai.beta.threads.runs.createAndStream(threadId, { assistant_id: 'asst_1' })",
      '  await openai.addMessage({ threadId })',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(js, 'index.js'), ['3 POST /v1/threads/{thread_id}/runs unknown']);
    // (a member of another name is the module's own: nothing is sent through it)
    assert.deepEqual(siteLines(js.replace('openai.openai.beta', 'openai.store.beta'), 'index.js'), []);
  });

  it('Go: a URL formatted from a package constant and a path side by side (`fmt.Sprintf("%s%s", API_V1_URL, "/chat/completions")`), the constant typed and in another file', () => {
    const http = [
      'package chat',
      '',
      'func (c *ChatGPT) Post(message string) (*DefaultResponse, error) {',
      '\turl := fmt.Sprintf("%s%s", API_V1_URL, "/chat/completions")',
      '\treq, err := http.NewRequest("POST", url, bytes.NewBuffer(body))',
      '\treturn do(req)',
      '}',
      '',
    ].join('\n');
    const constants = ['package chat', '', 'type URLVersion string', '', 'const (', '\tAPI_V1_URL URLVersion = "https://api.openai.com/v1"', ')', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('chat/http.go', http);
    project.addFile('chat/constants.go', constants);
    assert.deepEqual(siteLines(http, 'chat/http.go', project), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(`${http}\n${constants.replace('package chat\n', '')}`, 'chat/http.go'), ['5 POST /v1/chat/completions openai']);
    // (a path first and a name after is no base and path)
    assert.deepEqual(siteLines(http.replace('"%s%s", API_V1_URL, "/chat/completions"', '"%s%s", "/chat/completions", suffix'), 'chat/http.go', project), []);
  });

  it('Ruby: a client built and asked in one expression without brackets (`OpenAI::Client.new(access_token: key).models.list`)', () => {
    const rb = ['require "openai"', 'test_response = OpenAI::Client.new(access_token: key).models.list', 'exit 1 unless test_response.code == 200', ''].join('\n');
    assert.deepEqual(siteLines(rb, 'prompt.rb'), ['2 GET /v1/models openai']);
    assert.deepEqual(siteLines(rb.replace('.models.list', '.models'), 'prompt.rb'), []);
  });

  it("a WebSocket to a run-time URL that sends the Realtime API's beta header (Go's gorilla Dial, Python's websockets, Node's ws)", () => {
    const go = [
      'func (c *Client) Connect() error {',
      '\tu, err := url.Parse(c.wsURL)',
      '\theaders := http.Header{',
      '\t\t"Authorization": []string{"Bearer " + c.apiKey},',
      '\t\t"OpenAI-Beta":   []string{"realtime=v1"},',
      '\t}',
      '\tconn, resp, err := websocket.DefaultDialer.Dial(u.String(), headers)',
      '\treturn err',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(go, 'websocket.go'), ['7 WEBSOCKET /v1/realtime unknown']);
    const py = [
      'from websockets.asyncio.client import connect',
      '',
      'class RealtimeClient:',
      '    async def connect(self):',
      '        self.ws = await connect(',
      '            f"{self.uri}?model={self.model_name}",',
      '            additional_headers={"Authorization": f"Bearer {self.api_key}", "OpenAI-Beta": "realtime=v1"},',
      '        )',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'realtime_client.py'), ['5 WEBSOCKET /v1/realtime unknown']);
    const js = ['import WebSocket from "ws";', 'export const open = (url, key) => new WebSocket(url, { headers: { Authorization: `Bearer ${key}`, "OpenAI-Beta": "realtime=v1" } });', ''].join('\n');
    assert.deepEqual(siteLines(js, 'socket.js'), ['2 WEBSOCKET /v1/realtime unknown']);
    // without the header the socket could go anywhere; and a socket far from where the header is built is another's
    assert.deepEqual(siteLines(js.replace('"OpenAI-Beta": "realtime=v1"', '"X-Client": "1"'), 'socket.js'), []);
    assert.deepEqual(siteLines(`${go}${'// padding line for distance\n'.repeat(80)}func other() { websocket.DefaultDialer.Dial(peer, nil) }\n`, 'websocket.go'), ['7 WEBSOCKET /v1/realtime unknown']);
  });

  it("the review's: a socket is the header's only when handed it or set with it; literal URLs, declarations, other types and split Ruby chains", () => {
    const relay = [
      'import WebSocket from "ws";',
      'export function relay(openaiUrl, clientUrl, key) {',
      '  const upstream = new WebSocket(openaiUrl, { headers: { "OpenAI-Beta": "realtime=v1" } });',
      '  const browser = new WebSocket(clientUrl);',
      '  const telemetry = new WebSocket("wss://telemetry.example.com/ingest");',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(relay, 'relay.js'), ['3 WEBSOCKET /v1/realtime unknown']);
    const cs = [
      'public class RealtimeSocket {',
      '    private readonly ClientWebSocket _ws = new ClientWebSocket();',
      '    public RealtimeSocket(string key) {',
      '        _ws.Options.SetRequestHeader("OpenAI-Beta", "realtime=v1");',
      '    }',
      '    public async Task ConnectAsync(Uri uri, CancellationToken ct) {',
      '        await _ws.ConnectAsync(uri, ct);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'RealtimeSocket.cs'), ['7 WEBSOCKET /v1/realtime unknown']);
    const py = ['import websocket', 'ws = websocket.WebSocketApp(url, header=["Authorization: Bearer " + key, "OpenAI-Beta: realtime=v1"], on_message=on_message)', ''].join('\n');
    assert.deepEqual(siteLines(py, 'client.py'), ['2 WEBSOCKET /v1/realtime unknown']);
    // a type merely ending so is another service's (`LiveChatRequest`); C#'s brace on the next line still opens the body
    const live = ['class SupportBot {', '  // openai-free support bot', '  String ask(String text) {', '    LiveChatResponse r = rest.postForObject(BOT_URL, new LiveChatRequest(session, text), LiveChatResponse.class);', '    return r.getChoices().get(0);', '  }', '}', ''].join('\n');
    assert.deepEqual(siteLines(live, 'SupportBot.java'), []);
    const allman = ['// openai', 'var request = new ChatCompletionRequest', '{', '    Model = model,', '};', 'var response = await http.PostAsJsonAsync(_settings.Url, request);', 'return (await response.Content.ReadFromJsonAsync<ChatResponse>()).Choices[0].Message.Content;', ''].join('\n');
    assert.deepEqual(siteLines(allman, 'Chat.cs'), ['6 POST /v1/chat/completions unknown']);
    const rb = ['require "openai"', 'response = OpenAI::Client.new(api_key: key)', '  .chat', '  .completions', '  .create(messages: messages, model: "gpt-4o")', ''].join('\n');
    assert.deepEqual(siteLines(rb, 'multiline.rb'), ['5 POST /v1/chat/completions openai']);
  });
});
