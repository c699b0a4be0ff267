import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What earlier rounds' corpora still read wrong before the ninety-third round, and what its first runs (501–503) read wrong.
describe('held-out round 93', () => {
  it("Python: a client another module keeps as a class attribute, read off the imported class or kept in a name first", () => {
    const project = new ProjectIndex();
    const clients = [
      'from openai import AzureOpenAI',
      'import os',
      '',
      'class LlmUtils:',
      '    """Clients shared by the services."""',
      '    client = AzureOpenAI(azure_endpoint=os.getenv("E"), api_key=os.getenv("K"), api_version="2024-02-01")',
      '',
      '    def embeddings_client():',
      '        return None',
      '',
    ].join('\n');
    project.addFile('models/llm_clients.py', clients);
    const service = [
      'from models.llm_clients import LlmUtils',
      '',
      'client = LlmUtils.client',
      '',
      'def generate(prompt):',
      '    return client.images.generate(model="dall-e-3", prompt=prompt)',
      '',
      'def generate_again(prompt):',
      '    return LlmUtils.client.images.generate(model="dall-e-3", prompt=prompt)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(service, 'services/image_service.py', project), ['6 POST /v1/images/generations azure', '9 POST /v1/images/generations azure']);
    // (through another thread's copy of the index too)
    assert.deepEqual(siteLines(service, 'services/image_service.py', new ProjectIndex(structuredClone(project.data()))), ['6 POST /v1/images/generations azure', '9 POST /v1/images/generations azure']);
    // a method's local of that name is no class attribute
    const local = new ProjectIndex();
    local.addFile('models/llm_clients.py', clients.replace('    client = AzureOpenAI(', '    def make():\n        client = AzureOpenAI('));
    assert.deepEqual(siteLines(service, 'services/image_service.py', local), []);
  });

  it("Python: a module's own instance of a class whose property hands out the client it builds lazily", () => {
    const project = new ProjectIndex();
    const factory = [
      'from openai import AsyncOpenAI',
      '',
      'class OpenAIClientFactory:',
      '    _client: AsyncOpenAI | None = None',
      '',
      '    @property',
      '    def client(self) -> AsyncOpenAI:',
      '        if self._client is None:',
      '            self._client = AsyncOpenAI(api_key=get_settings().key)',
      '        return self._client',
      '',
      '',
      'openai_client_factory = OpenAIClientFactory()',
      '',
    ].join('\n');
    project.addFile('app/services/openai_client.py', factory);
    const vision = [
      'from app.services.openai_client import openai_client_factory',
      '',
      'class VisionService:',
      '    def __init__(self):',
      '        self._client = openai_client_factory.client',
      '',
      '    async def analyse(self, image):',
      '        return await self._client.chat.completions.create(model="gpt-4o", messages=[])',
      '',
      'async def direct():',
      '    return await openai_client_factory.client.chat.completions.create(model="gpt-4o", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(vision, 'app/services/vision_service.py', project), ['8 POST /v1/chat/completions openai', '11 POST /v1/chat/completions openai']);
    // the property of another attribute than the client's is not the client
    const other = new ProjectIndex();
    other.addFile('app/services/openai_client.py', factory.replace('        return self._client', '        return self._settings'));
    assert.deepEqual(siteLines(vision, 'app/services/vision_service.py', other).filter((l) => l.startsWith('11 ')), []);
  });

  it('JavaScript: a function making an axios client at each call, its base a member of an object of the file or of an imported module', () => {
    const api = [
      "import axios, { AxiosInstance } from 'axios';",
      "import { URLS } from '../constants';",
      '',
      'const getApiClient = (): AxiosInstance => {',
      '  const key = cachedApiKey;',
      '  return axios.create({',
      '    baseURL: URLS.OPENROUTER_API_BASE,',
      '    headers: { Authorization: `Bearer ${key}` },',
      '  });',
      '};',
      '',
      'export const fetchModels = async () => {',
      "  const response = await getApiClient().get('/models');",
      '  return response.data;',
      '};',
      '',
      'export const chat = async (messages) => {',
      '  const client = getApiClient();',
      "  const response = await client.post('/chat/completions', { model: 'openai/gpt-4o', messages });",
      '  return response.data;',
      '};',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('src/constants/index.ts', "export const URLS = {\n  OPENROUTER_API_BASE: 'https://openrouter.ai/api/v1',\n  OPENROUTER_HOMEPAGE: 'https://openrouter.ai',\n};\n");
    assert.deepEqual(siteLines(api, 'src/services/api.ts', project), ['13 GET /v1/models other', '19 POST /v1/chat/completions other']);
    // (the object in the file itself; a function declaration returning the client at once)
    const own = api.replace("import { URLS } from '../constants';", "const URLS = { OPENROUTER_API_BASE: 'https://openrouter.ai/api/v1' };");
    assert.deepEqual(siteLines(own, 'src/services/api.ts'), ['13 GET /v1/models other', '19 POST /v1/chat/completions other']);
    const declared = "import axios from 'axios';\nfunction openai() {\n  return axios.create({ baseURL: 'https://api.openai.com/v1' });\n}\nexport const ask = (messages) => openai().post('/chat/completions', { model: 'gpt-4o', messages });\n";
    assert.deepEqual(siteLines(declared, 'src/openai.ts'), ['5 POST /v1/chat/completions openai']);
    // a function that returns something else on another path makes no client of that base (the chat request on a
    // client-like name is still read, its destination not known)
    const either = api.replace('  const key = cachedApiKey;', '  if (!cachedApiKey) return fallbackClient;');
    assert.deepEqual(siteLines(either, 'src/services/api.ts', project), ['19 POST /v1/chat/completions unknown']);
  });

  it('Swift: ChatGPTSwift, whose ChatGPTAPI is made with a key alone and sends to OpenAI', () => {
    const swift = [
      'import UIKit',
      'import ChatGPTSwift',
      '',
      'class AskViewController: UIViewController {',
      '    var api: ChatGPTAPI!',
      '',
      '    override func viewDidLoad() {',
      '        api = ChatGPTAPI(apiKey: apiKey)',
      '    }',
      '',
      '    func ask(_ input: String) async throws {',
      '        let stream = try await api.sendMessageStream(text: input, model: self.modelName, systemText: prompt)',
      '        let speech = try await api.generateSpeechFrom(input: input)',
      '        api.deleteHistoryList()',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(swift, 'AskViewController.swift'), ['12 POST /v1/chat/completions openai', '13 POST /v1/audio/speech openai']);
    // another module's ChatGPTAPI is not this package's
    assert.deepEqual(siteLines(swift.replace('import ChatGPTSwift', 'import MyChat'), 'AskViewController.swift'), []);
  });

  it('a chat body with messages alone, posted to a URL read from a setting named for OpenAI (an Azure deployment URL, say), is a chat request of a destination not known', () => {
    const py = [
      'import requests',
      'import os',
      '',
      'endpoint = os.getenv("OPENAI_FULL_ENDPOINT")',
      'api_key = os.getenv("OPENAI_API_KEY")',
      'model = os.getenv("OPENAI_MODEL")',
      'payload = {"messages": [{"role": "user", "content": prompt}], "temperature": 0.5}',
      'headers = {"Content-Type": "application/json", "api-key": api_key}',
      'response = requests.post(endpoint, headers=headers, json=payload)',
      'print(response.json())',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'rest.py'), ['9 POST /v1/chat/completions unknown']);
    // (a setting named for nothing of the kind says nothing)
    assert.deepEqual(siteLines(py.replace('OPENAI_FULL_ENDPOINT', 'CHAT_SERVICE_URL'), 'rest.py'), []);
  });

  it("Elixir: the openai package's calls go where the project's configuration sets `api_url`", () => {
    const ex = 'defmodule Echo.TextGeneration.OpenAI do\n  def chat_completion(messages) do\n    OpenAI.chat_completion(model: "gpt-4o", messages: messages)\n  end\nend\n';
    const runtime = [
      'import Config',
      'case System.get_env("TEXT_GENERATION_PROVIDER") do',
      '  "openai" ->',
      '    config :openai, api_key: System.get_env("OPENAI_API_KEY")',
      '  "generic" ->',
      '    config :openai,',
      '      api_url:',
      '        System.get_env("TEXT_GENERATION_API_URL") ||',
      '          raise("TEXT_GENERATION_API_URL is required")',
      'end',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('config/runtime.exs', runtime);
    assert.deepEqual(siteLines(ex, 'lib/echo/openai.ex', project), ['3 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(ex, 'lib/echo/openai.ex', new ProjectIndex(structuredClone(project.data()))), ['3 POST /v1/chat/completions unknown']);
    // a literal base is that host's; no api_url set leaves the package's default
    const literal = new ProjectIndex();
    literal.addFile('config/config.exs', 'import Config\nconfig :openai,\n  api_key: "k",\n  api_url: "https://api.groq.com/openai"\n');
    assert.deepEqual(siteLines(ex, 'lib/echo/openai.ex', literal), ['3 POST /v1/chat/completions other']);
    const none = new ProjectIndex();
    none.addFile('config/config.exs', 'import Config\nconfig :openai, api_key: System.get_env("OPENAI_API_KEY")\n');
    assert.deepEqual(siteLines(ex, 'lib/echo/openai.ex', none), ['3 POST /v1/chat/completions openai']);
  });

  it("a helper joining a literal host with no `/` at its end to the path its caller hands, the verb handed too (Go, Python)", () => {
    const go = [
      'package openai',
      '',
      'func (c *Client) GetCompletion(ctx context.Context, body []byte) error {',
      '\trsp, err := c.Request(ctx, "POST", "/v1/chat/completions", bytes.NewReader(body))',
      '\t_ = rsp',
      '\treturn err',
      '}',
      '',
      'func (c *Client) Request(ctx context.Context, method, path string, body io.Reader) (*http.Response, error) {',
      '\treq, err := http.NewRequestWithContext(ctx, method, "https://api.openai.com"+path, body)',
      '\tif err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '\treturn http.DefaultClient.Do(req)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(go, 'internal/openai/openai.go'), ['4 POST /v1/chat/completions openai']);
    const py = 'import requests\n\ndef _post(path, body):\n    return requests.post("https://api.groq.com/openai" + path, json=body)\n\ndef chat(body):\n    return _post("/v1/chat/completions", body)\n';
    assert.deepEqual(siteLines(py, 'groq.py'), ['7 POST /v1/chat/completions other']);
    // (a path of no endpoint handed so is nothing)
    assert.deepEqual(siteLines(py.replace('/v1/chat/completions', '/health'), 'groq.py'), []);
  });

  it('shell: curl to a host a command substitution fills in, and to a base variable named for OpenAI that the script does not set', () => {
    const substituted = '#!/bin/bash\n\ncurl "https://api.$(pass show work/domain-base)/v1/chat/completions" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"model": "m", "messages": []}\'\n';
    assert.deepEqual(siteLines(substituted, 'test-openai.sh'), ['3 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(substituted.replace('/v1/chat/completions', '/v1/status'), 'test-openai.sh'), []);
    const named = '#!/bin/bash\n\ncurl "${OPENAI_API_BASE}/responses" \\\n\t-H "Authorization: Bearer $OPENAI_API_KEY" \\\n\t-d \'{"model": "gpt-4.1", "input": "only say yes"}\'\n';
    assert.deepEqual(siteLines(named, 'test-openai-response.sh'), ['3 POST /v1/responses unknown']);
    // (a base named for nothing of the kind, one segment after it: any server's)
    assert.deepEqual(siteLines(named.replace('OPENAI_API_BASE', 'SERVICE_BASE'), 'test-openai-response.sh'), []);
  });

  it('(found in review) the class attributes, module instances, axios functions and Elixir configuration read by the module and file they belong to', () => {
    // a property followed by another method is still read
    const factory = 'from openai import OpenAI\n\nclass OpenAIClientFactory:\n    def __init__(self):\n        self._client = OpenAI()\n        self._model = "gpt-4o"\n\n    @property\n    def client(self):\n        return self._client\n\n    @property\n    def model(self):\n        return self._model\n\n\nopenai_client_factory = OpenAIClientFactory()\n';
    const use = 'from app.factory import openai_client_factory\n\ndef ask(q):\n    return openai_client_factory.client.chat.completions.create(model="gpt-4o", messages=[])\n';
    const withFactory = new ProjectIndex();
    withFactory.addFile('app/factory.py', factory);
    assert.deepEqual(siteLines(use, 'app/use.py', withFactory), ['4 POST /v1/chat/completions openai']);
    // another module's instance of the same name is not this one's
    const two = new ProjectIndex();
    two.addFile('app/services/openai_service.py', 'from openai import OpenAI\n\nclass OpenAIService:\n    def __init__(self):\n        self.client = OpenAI()\n\nservice = OpenAIService()\n');
    two.addFile('app/services/groq_service.py', 'from groq import Groq\n\nclass GroqService:\n    def __init__(self):\n        self.client = Groq()\n\nservice = GroqService()\n');
    assert.deepEqual(siteLines('from app.services.groq_service import service\n\nservice.client.chat.completions.create(model="llama3-70b-8192", messages=[])\n', 'main.py', two), []);
    // a name given a class attribute in one function is not another function's parameter of that name
    const utils = new ProjectIndex();
    utils.addFile('models/llm_clients.py', 'from openai import AzureOpenAI\n\nclass LlmUtils:\n    client = AzureOpenAI(api_version="2024-02-01")\n');
    const both = 'from models.llm_clients import LlmUtils\n\ndef ask(q):\n    client = LlmUtils.client\n    return client.chat.completions.create(model="gpt-4o", messages=[])\n\ndef summarize(client, text):\n    return client.chat.completions.create(model="llama", messages=[])\n';
    // (the name is both, so neither function's client is read as the attribute's)
    assert.deepEqual(siteLines(both, 'app.py', utils), ['5 POST /v1/chat/completions unknown', '8 POST /v1/chat/completions unknown']);
    // an object's nested member is not its own; a client kept in a local and returned after interceptors are added; a callback's return
    const nested = "import axios from 'axios';\nconst PROVIDERS = { fallback: { baseURL: 'https://api.groq.com/openai/v1' }, baseURL: 'https://api.openai.com/v1' };\nconst api = axios.create({ baseURL: PROVIDERS.baseURL });\napi.post('/chat/completions', { model: 'gpt-4o', messages: [] });\n";
    assert.deepEqual(siteLines(nested, 'a.js'), ['4 POST /v1/chat/completions openai']);
    const kept = "import axios from 'axios';\nconst BASE = 'https://api.openai.com/v1';\nfunction getApiClient() {\n  const ids = [1, 2].map((x) => { return x * 2; });\n  const client = axios.create({ baseURL: BASE });\n  client.interceptors.request.use((config) => {\n    return config;\n  });\n  return client;\n}\nexport const chat = (messages) => getApiClient().post('/chat/completions', { model: 'gpt-4o', messages });\n";
    assert.deepEqual(siteLines(kept, 'b.ts'), ['11 POST /v1/chat/completions openai']);
    // a test's or development's configuration does not send the package elsewhere
    const ex = 'defmodule Chat do\n  def ask(m), do: OpenAI.chat_completion(model: "gpt-4o", messages: m)\nend\n';
    const configs = new ProjectIndex();
    configs.addFile('config/config.exs', 'import Config\nconfig :openai, api_key: System.get_env("OPENAI_API_KEY")\n');
    configs.addFile('config/test.exs', 'import Config\nconfig :openai, api_url: "http://localhost:4002"\n');
    assert.deepEqual(siteLines(ex, 'lib/chat.ex', configs), ['2 POST /v1/chat/completions openai']);
  });

  it("Java: a chat request object whose type's name goes on after `ChatRequest` (`ChatRequestRestCall`), posted to a URL from configuration", () => {
    const java = [
      '@RestController',
      'public class PromptController {',
      '    @Value("${openai.api.url}")',
      '    private String apiUrl;',
      '',
      '    public String chat(PromptRequest payload) {',
      '        ChatRequestRestCall request = new ChatRequestRestCall(payload.getModel(), payload.getPrompt());',
      '        ChatResponseRestCall response = restTemplate.postForObject(apiUrl, request, ChatResponseRestCall.class);',
      '        return response.getChoices().get(0).getMessage().getContent();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(java, 'PromptController.java'), ['8 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(java.replaceAll('ChatRequestRestCall', 'ChatRequestHandler'), 'PromptController.java'), []);
  });
});

