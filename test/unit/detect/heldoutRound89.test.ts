import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the eighty-ninth round's first runs (489–491) read wrong.
describe('held-out round 89', () => {
  it("a URL joined only from the file's string constants: Java's String.format and +, C#'s interpolation, Kotlin's const val", () => {
    const java = [
      'public class OpenAiService {',
      '    private static final String BASE_URL = "https://api.openai.com";',
      '    private static final String V1 = "/v1";',
      '    private static final String CHAT_URL = "/chat/completions";',
      '    private static final String GET_BALANCE_URL = "/dashboard/billing/credit_grants";',
      '    public String chat(String payload) {',
      '        String url = String.format("%s%s%s", BASE_URL, V1, CHAT_URL);',
      '        return HttpRequest.post(url).body(payload).execute().body();',
      '    }',
      '    public String balance() {',
      '        String url = BASE_URL + GET_BALANCE_URL;',
      '        return HttpRequest.get(url).execute().body();',
      '    }',
      '    public String models(String base) {',
      '        String url = base + V1 + "/models";',
      '        return HttpRequest.get(url).execute().body();',
      '    }',
      '}',
      '',
    ].join('\n');
    // (a parameter in the join gives no whole URL)
    assert.deepEqual(siteLines(java, 'OpenAiService.java'), ['8 POST /v1/chat/completions openai', '12 GET /dashboard/billing/credit_grants openai']);
    const cs = 'class C {\n  private const string BaseUrl = "https://api.groq.com/openai";\n  private const string ChatPath = "/v1/chat/completions";\n  async Task Ask() {\n    var url = $"{BaseUrl}{ChatPath}";\n    await http.PostAsync(url, content);\n  }\n}\n';
    assert.deepEqual(siteLines(cs, 'C.cs'), ['6 POST /v1/chat/completions other']);
    const kt = 'const val HOST = "https://api.openai.com"\nconst val EMBEDDINGS: String = "/v1/embeddings"\nfun embed() {\n    val url = HOST + EMBEDDINGS\n    restTemplate.postForObject(url, body, String::class.java)\n}\n';
    assert.deepEqual(siteLines(kt, 'Embed.kt'), ['5 POST /v1/embeddings openai']);
    // (a constant two classes declare with two values is neither's; a format with another placeholder is not read)
    const twice = 'class A { static final String U = "https://api.openai.com/v1/models"; static final String C = "/chat/completions"; }\nclass B { static final String U = "https://example.com/v1/models"; }\nclass D { void f() { String url = U + ""; HttpRequest.get(url).execute(); String u2 = String.format("%s/v1%s%d", A.C, C, 1); HttpRequest.get(u2).execute(); } }\n';
    assert.deepEqual(siteLines(twice, 'D.java'), []);
    // (found by the review: a `readonly` field a constructor sets again, a name a method takes as a parameter, are not constants;
    // a literal holding `+` is one piece)
    const reassigned = 'class C {\n  private readonly string _baseUrl = "https://api.openai.com";\n  private const string ChatPath = "/v1/chat/completions";\n  C(IConfiguration cfg) { _baseUrl = cfg["Llm:BaseUrl"]; }\n  async Task Ask() {\n    var url = $"{_baseUrl}{ChatPath}";\n    await http.PostAsync(url, content);\n  }\n}\n';
    assert.deepEqual(siteLines(reassigned, 'C.cs'), []);
    const parameter = 'class S {\n  static final String HOST = "https://api.openai.com";\n  static final String CHAT = "/v1/chat/completions";\n  String a(String HOST, String p) {\n    String url = String.format("%s%s", HOST, CHAT);\n    return HttpRequest.post(url).body(p).execute().body();\n  }\n}\n';
    assert.deepEqual(siteLines(parameter, 'S.java'), []);
    const plus = 'class S {\n  static final String B = "https://api.openai.com";\n  static final String V1 = "/v1";\n  void f() {\n    String url = B + V1 + "/embeddings?tag=a+b";\n    HttpRequest.post(url).execute();\n  }\n}\n';
    assert.deepEqual(siteLines(plus, 'P.java'), ['6 POST /v1/embeddings openai']);
  });

  it('a local declared second on a line still hides the URL of the same name outside (found by the review)', () => {
    const js = 'const url = "https://api.openai.com/v1/chat/completions";\nexport async function f() {\n  const a = 1; let url = getOther();\n  return fetch(url, { method: "POST" });\n}\nexport const g = () => fetch(url, { method: "POST" });\n';
    assert.deepEqual(siteLines(js, 'f.js'), ['6 POST /v1/chat/completions openai']);
  });

  it("a React ref that keeps a client: `clientRef.current = new OpenAIClient(…)` or a client built just before", () => {
    const tsx = [
      "import { OpenAIClient, AzureKeyCredential } from '@azure/openai';",
      'export function Chat() {',
      '  const clientRef = useRef<OpenAIClient | null>(null);',
      '  const imagesRef = useRef<OpenAIClient | null>(null);',
      '  const send = async () => {',
      '    const events = await clientRef.current!.streamChatCompletions(deploymentId, messages, { maxTokens: 128 });',
      '    const images = await imagesRef.current?.getImages(deploymentId, prompt, { n: 1 });',
      '  };',
      '  useEffect(() => {',
      '    clientRef.current = new OpenAIClient(endpoint, new AzureKeyCredential(apiKey));',
      '    const client = new OpenAIClient(endpoint, new AzureKeyCredential(apiKey));',
      '    imagesRef.current = client;',
      '  }, []);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(tsx, 'Chat.tsx'), ['6 POST /v1/chat/completions azure', '7 POST /v1/images/generations azure']);
    // (memoised, `ref.current ??= new OpenAI()`, found by the review)
    assert.deepEqual(siteLines("import OpenAI from 'openai';\nconst ref = useRef(null);\nfunction get() { ref.current ??= new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' }); return ref.current.models.list(); }\n", 'r.tsx'), ['3 GET /v1/models other']);
    // (a ref given something else is no client)
    assert.deepEqual(siteLines("import OpenAI from 'openai';\nconst ref = useRef(null);\nref.current = new Map();\nref.current.get('x');\nconst b = useRef(null);\nb.current = cache;\nb.current.chat.completions.create({});\n", 'm.tsx'), []);
  });

  it("an openai-java client handed in is OpenAI's where the project's files all build it with the SDK's base (a Spring @Bean)", () => {
    const config = [
      'import com.openai.client.OpenAIClient;',
      'import com.openai.client.okhttp.OpenAIOkHttpClient;',
      '@Configuration',
      'public class OpenAIConfig {',
      '    @Bean',
      '    public OpenAIClient openAIClient() {',
      '        if (apiKey == null || apiKey.isBlank()) throw new IllegalStateException("no key");',
      '        return OpenAIOkHttpClient.builder()',
      '                .apiKey(apiKey)',
      '                .build();',
      '    }',
      '}',
      '',
    ].join('\n');
    const service = 'import com.openai.client.OpenAIClient;\n@Service\npublic class ChatService {\n    private final OpenAIClient client;\n    public String ask(ChatCompletionCreateParams params) {\n        return client.chat().completions().create(params).toString();\n    }\n}\n';
    // (a comment in the builder's chain builds nothing, found by the review: `// .baseUrl("http://localhost…")`)
    const commented = config.replace('.apiKey(apiKey)', '.apiKey(apiKey) // not AzureApiKeyCredential\n                // .baseUrl("http://localhost:11434/v1")');
    const withComments = new ProjectIndex();
    withComments.addFile('src/config/OpenAIConfig.java', commented);
    assert.deepEqual(siteLines(service, 'src/chat/ChatService.java', withComments), ['6 POST /v1/chat/completions openai']);
    const project = new ProjectIndex();
    project.addFile('src/config/OpenAIConfig.java', config);
    project.addFile('src/chat/ChatService.java', service);
    assert.deepEqual(siteLines(service, 'src/chat/ChatService.java', project), ['6 POST /v1/chat/completions openai']);
    // (alone, or where another file builds it with a base of its own, the client's destination is not known)
    assert.deepEqual(siteLines(service, 'src/chat/ChatService.java'), ['6 POST /v1/chat/completions unknown']);
    project.addFile('src/config/LocalConfig.java', config.replace('OpenAIConfig', 'LocalConfig').replace('.apiKey(apiKey)', '.apiKey(apiKey).baseUrl("http://localhost:11434/v1")'));
    assert.deepEqual(siteLines(service, 'src/chat/ChatService.java', project), ['6 POST /v1/chat/completions unknown']);
  });

  it("a factory's returned object that builds the client in place: `return { client: new OpenAI({ baseURL }), deploymentName }`", () => {
    const ts = [
      "import OpenAI from 'openai';",
      'export function createOpenAIClient() {',
      '  const baseURL = `${process.env.AZURE_OPENAI_ENDPOINT}/openai/deployments/${process.env.DEPLOYMENT}`;',
      "  return {",
      "    client: new OpenAI({ apiKey, baseURL, defaultQuery: { 'api-version': '2024-08-01-preview' } }),",
      '    deploymentName,',
      '  };',
      '}',
      'export async function ask() {',
      '  const { client: openaiClient, deploymentName } = createOpenAIClient();',
      '  return openaiClient.chat.completions.create({ model: deploymentName, messages: [] });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(ts, 'openai.ts'), ['11 POST /v1/chat/completions azure']);
  });
});
