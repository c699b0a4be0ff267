import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

const found = siteLines;

// Held-out corpora 447–449 (the seventy-fifth round): what their first runs missed or named wrong, in several languages.
describe('held-out round 75', () => {
  it("Python: a module function's client parameter, handed `self.client` by every call in the file, is the client that class keeps", () => {
    const py = [
      'from openai import OpenAI',
      'class Ask(BotFeature):',
      '    def __init__(self, client):',
      '        super().__init__(client)',
      '        self.client = OpenAI(api_key=KEY, base_url="https://api.deepseek.com")',
      '        @client.tree.command()',
      '        async def ask(interaction, question: str):',
      '            await ask__(interaction, question, self.client)',
      'async def ask__(interaction, question: str, client) -> None:',
      '    response = client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": question}])',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'commands/ask.py'), ['10 POST /v1/chat/completions other']);
    // (a caller handing something this file does not build leaves it open)
    assert.deepEqual(found(py.replace('question, self.client)', 'question, self.other)'), 'commands/ask.py'), ['10 POST /v1/chat/completions unknown']);
  });

  it('Python: an attribute set to a module constant holding a base (`self.base_url = GROQ_BASE_URL`) sends there', () => {
    const py = [
      'import httpx',
      'GROQ_BASE_URL = "https://api.groq.com/openai/v1"',
      'class GroqProvider:',
      '    def __init__(self):',
      '        self.base_url = GROQ_BASE_URL',
      '    async def chat(self, payload):',
      '        async with httpx.AsyncClient() as client:',
      '            return await client.post(f"{self.base_url}/chat/completions", json=payload)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'providers/groq.py'), ['8 POST /v1/chat/completions other']);
    assert.deepEqual(found(py.replace('"https://api.groq.com/openai/v1"', '"https://api.openai.com/v1"'), 'providers/openai.py'), ['8 POST /v1/chat/completions openai']);
    // (a constant whose line chooses between two bases, or that the environment may set again, holds neither: unknown)
    const chosen = py.replace('GROQ_BASE_URL = "https://api.groq.com/openai/v1"', 'GROQ_BASE_URL = "https://api.groq.com/openai/v1" if not os.getenv("LOCAL") else "http://localhost:11434/v1"');
    assert.deepEqual(found(chosen, 'providers/groq.py'), ['8 POST /v1/chat/completions unknown']);
    const overridden = py.replace('GROQ_BASE_URL = "https://api.groq.com/openai/v1"\n', 'GROQ_BASE_URL = "https://api.groq.com/openai/v1"\nGROQ_BASE_URL = os.environ.get("GROQ_BASE_URL", GROQ_BASE_URL)\n');
    assert.deepEqual(found(overridden, 'providers/groq.py').map((s) => s.replace(/^\d+ /, '')), ['POST /v1/chat/completions unknown']);
  });

  it("PHP: a request's verb an options array names (`'method' => 'POST'`)", () => {
    const php = "<?php\n$http = new Client();\n$http->request('https://api.moonshot.cn/v1/chat/completions', [\n    'method' => 'POST',\n    'data' => json_encode($body),\n]);\n";
    assert.deepEqual(found(php, 'demo.php'), ['3 POST /v1/chat/completions other']);
  });

  it("Kotlin: Volley's request given `Method.POST` (imported) and a top-level URL constant, also as an anonymous subclass", () => {
    const kt = [
      'import com.android.volley.Request.Method',
      'val url = "https://api.openai.com/v1/completions"',
      'class Chat {',
      '    fun send() {',
      '        val postRequest: JsonObjectRequest =',
      '            object : JsonObjectRequest(Method.POST, url, jsonObject, Response.Listener { response -> }) {}',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(kt, 'Chat.kt'), ['6 POST /v1/completions openai']);
  });

  it("Clojure: `http/request` handed a name a `let` binds to the request's map", () => {
    const clj = [
      '(defn generate [base-endpoint api-key message]',
      '  (let [url (str base-endpoint "/v1/chat/completions")',
      '        request {:url url :method :post :body (json/write-str {:messages message})}',
      '        response (http/request request)]',
      '    response))',
      '',
    ].join('\n');
    assert.deepEqual(found(clj, 'openai.clj'), ['4 POST /v1/chat/completions unknown']);
  });

  it("Java: openai-java's service injected, where the project's files build it only with the library's own base", () => {
    const service = [
      'import com.theokanning.openai.service.OpenAiService;',
      '@Service',
      'public class ChatGPTService {',
      '    private final OpenAiService openAiService;',
      '    public ChatGPTService(OpenAiService openAiService) { this.openAiService = openAiService; }',
      '    public String ask(CompletionRequest request) {',
      '        return openAiService.createCompletion(request).getChoices().get(0).getText();',
      '    }',
      '}',
      '',
    ].join('\n');
    const config = [
      'import com.theokanning.openai.service.OpenAiService;',
      '@Configuration',
      'public class OpenAIConfig {',
      '    @Bean',
      '    public OpenAiService openAiService() {',
      '        return new OpenAiService(apiKey, client);',
      '        // return new OpenAiService(api); with a Retrofit .baseUrl(…) of its own',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(service, 'ChatGPTService.java'), ['7 POST /v1/completions unknown']);
    const project = new ProjectIndex();
    project.addFile('config/OpenAIConfig.java', config);
    project.addFile('service/ChatGPTService.java', service);
    assert.deepEqual(found(service, 'service/ChatGPTService.java', project), ['7 POST /v1/completions openai']);
    // (a file building it on a Retrofit base of its own: the project's files do not agree)
    project.addFile('config/Other.java', `${config.replace('OpenAIConfig', 'Other')}\nRetrofit r = OpenAiService.defaultRetrofit(client, mapper).newBuilder().baseUrl("https://example.com/").build();\n`);
    assert.deepEqual(found(service, 'service/ChatGPTService.java', project), ['7 POST /v1/completions unknown']);
  });
});

// Held-out corpora 450–452 (the seventy-sixth round).
describe('held-out round 76', () => {
  it("TypeScript: a method with a return type that builds the deployment's URL makes its paths Azure's", () => {
    const ts = [
      'class AzureOpenAIService {',
      '  private getBaseUrl(): string {',
      '    return `${this.config.endpoint}/openai/deployments/${this.config.deploymentName}`;',
      '  }',
      '  async chat(body: object) {',
      '    const url = `${this.getBaseUrl()}/chat/completions?api-version=${this.config.apiVersion}`;',
      "    return fetch(url, { method: 'POST', body: JSON.stringify(body) });",
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'services/azureOpenAI.ts'), ['7 POST /v1/chat/completions azure']);
    assert.deepEqual(found(ts.replace('/openai/deployments/${this.config.deploymentName}', '/v1'), 'services/azureOpenAI.ts'), ['7 POST /v1/chat/completions unknown']);
  });
});
