import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
