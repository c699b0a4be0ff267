import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { DEFAULT_PROFILE } from '../../../src/core/model';
import { scanDocuments } from '../../../src/core/scan/scanDocuments';
import { siteLines } from './siteLines';

// What the first runs of rounds 97 and 98 left unread (513–518) and what rounds 99 and 100 (519–524) read wrong.
describe('held-out rounds 99 and 100', () => {
  it("R: the openai package's functions, after library(openai) or as openai::name", () => {
    const script = [
      'library(openai)',
      '',
      'out <- create_completion(',
      '  model = "gpt-3.5-turbo-instruct",',
      '  prompt = "Say this is a test",',
      '  max_tokens = 100',
      ')',
      'models <- list_models()$data$id',
      'View(list_models()$data)',
      'img <- openai::create_image(prompt = "a cat", size = "256x256")',
      '?create_embedding',
      'ft <- create_fine_tune(training_file = file_id, model = "curie")',
      'delete_file(file_id = file_id)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(script, 'analysis.R'), ['3 POST /v1/completions openai', '8 GET /v1/models openai', '9 GET /v1/models openai', '10 POST /v1/images/generations openai', '12 POST /v1/fine-tunes openai', '13 DELETE /v1/files/{file_id} openai']);
    // without the package loaded, only the namespaced call is the package's
    assert.deepEqual(siteLines(script.replace('library(openai)', '# openai helpers'), 'analysis.R'), ['10 POST /v1/images/generations openai']);
    // a function the script defines under the package's name is its own
    const own = 'library(openai)\ncreate_completion <- function(prompt) {\n  paste("echo:", prompt)\n}\nx <- create_completion("hi")\n';
    assert.deepEqual(siteLines(own, 'own.R'), []);
    // another package of that name's shape (TheOpenAIR) is not read as this one
    assert.deepEqual(siteLines('library(TheOpenAIR)\nopenai_api_key(Sys.getenv("OPENAI_API_KEY"))\nx <- chat("Hello")\n', 'other.R'), []);
  });

  it("a Makefile's recipes read as shell: curl with Make's variables, HTTPie and xh; not an echoed command", () => {
    const makefile = [
      'API_BASE := https://api.openai.com/v1',
      'MODEL ?= gpt-4o-mini',
      '',
      '.PHONY: chat models',
      '',
      'chat:',
      '\t@curl -s $(API_BASE)/chat/completions \\',
      '\t  -H "Authorization: Bearer $$OPENAI_API_KEY" \\',
      '\t  -H "Content-Type: application/json" \\',
      '\t  -d \'{"model": "$(MODEL)", "messages": [{"role": "user", "content": "hi"}]}\'',
      '',
      'models:',
      '\t-http GET $(API_BASE)/models "Authorization:Bearer $$OPENAI_API_KEY"',
      '',
      'local:',
      '\txh :8080/v1/embeddings input=hello model=nomic',
      '',
      'help:',
      '\t@echo "curl https://api.openai.com/v1/files"',
      '',
    ].join('\n');
    // (line 7 posts: its continuation lines' `-H` and `-d` are curl's options, not recipe prefixes)
    assert.deepEqual(siteLines(makefile, 'Makefile'), ['7 POST /v1/chat/completions openai', '13 GET /v1/models openai', '16 POST /v1/embeddings other']);
    assert.deepEqual(siteLines(makefile, 'tools/openai.mk'), siteLines(makefile, 'Makefile'));
  });

  it('HTTPie and xh in a shell script: the method written or implied by the items, the URL as the command completes it', () => {
    const script = [
      '#!/bin/bash',
      'BASE="https://api.openai.com/v1"',
      'http --ignore-stdin POST "$BASE/chat/completions" "Authorization: Bearer $OPENAI_API_KEY" model=gpt-4o messages:=\'[{"role":"user","content":"hi"}]\'',
      'https api.openai.com/v1/models "Authorization: Bearer $OPENAI_API_KEY"',
      'http -f POST https://api.openai.com/v1/files purpose=fine-tune file@data.jsonl "Authorization: Bearer $KEY"',
      'http --auth-type bearer -a "$KEY" https://api.openai.com/v1/batches input_file_id=file-1 completion_window=24h',
      'http DELETE https://api.openai.com/v1/files/file-abc "Authorization: Bearer $KEY"',
      'echo "see http://example.com"',
      'for p in http https; do echo $p; done',
      'cat body.json | http POST https://api.openai.com/v1/responses "Authorization: Bearer $KEY"',
      'http https://api.openai.com/v1/embeddings < body.json',
      'http https://api.openai.com/v1/models search==gpt "Authorization: Bearer $KEY"',
      'xhs api.groq.com/openai/v1/chat/completions model=llama3 "Authorization: Bearer $GROQ_KEY"',
      'http GET https://example.com/users',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(script, 'scripts/api.sh'), [
      '3 POST /v1/chat/completions openai',
      '4 GET /v1/models openai',
      '5 POST /v1/files openai',
      '6 POST /v1/batches openai',
      '7 DELETE /v1/files/{file_id} openai',
      '10 POST /v1/responses openai',
      '11 POST /v1/embeddings openai',
      '12 GET /v1/models openai',
      '13 POST /v1/chat/completions other',
    ]);
  });

  it('TypeScript: a path joined to a run-time base by a helper named for OpenAI, written in place or kept in a constant', () => {
    const route = [
      'import { buildOpenAIUrl } from "../utils/openai-security";',
      'const OPENAI_PATH = "responses";',
      '',
      'export default defineEventHandler(async (event) => {',
      '  const baseUrl = useRuntimeConfig().openaiBaseUrl;',
      '  const requestUrl = buildOpenAIUrl(baseUrl, OPENAI_PATH);',
      '  const response = await fetch(requestUrl, { method: "POST", headers: { Authorization: `Bearer ${key}` }, body: JSON.stringify({ model, input }) });',
      '  const models = await fetch(buildOpenAIUrl(baseUrl, "models"), { method: "GET" });',
      '  return response.json();',
      '});',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(route, 'server/api/respond.post.ts'), ['7 POST /v1/responses unknown', '8 GET /v1/models unknown']);
    // (a helper not named for OpenAI joins one generic word to any server: `/models` is as often an app's own)
    assert.deepEqual(siteLines(route.replace(/buildOpenAIUrl/g, 'buildUrl'), 'server/api/respond.post.ts'), []);
  });

  it(".NET: the AssistantClient's listing and reading methods (GetRunAsync, GetMessagesAsync, GetRunSteps), on a client an Azure client hands out", () => {
    const service = [
      'using Azure.AI.OpenAI;',
      'using OpenAI.Assistants;',
      '',
      'public class ConversationService(AzureOpenAIClient azureOpenAIClient)',
      '{',
      '    private readonly AssistantClient _assistantClient = azureOpenAIClient.GetAssistantClient();',
      '',
      '    public async Task<string> Ask(string threadId, string assistantId)',
      '    {',
      '        var run = await _assistantClient.CreateRunAsync(threadId, assistantId);',
      '        run = await _assistantClient.GetRunAsync(threadId, run.Value.Id);',
      '        var steps = _assistantClient.GetRunSteps(threadId, run.Value.Id);',
      '        await foreach (var message in _assistantClient.GetMessagesAsync(threadId)) { }',
      '        return run.Value.Id;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(service, 'Services/ConversationService.cs'), [
      '10 POST /v1/threads/{thread_id}/runs azure',
      '11 GET /v1/threads/{thread_id}/runs/{run_id} azure',
      '12 GET /v1/threads/{thread_id}/runs/{run_id}/steps azure',
      '13 GET /v1/threads/{thread_id}/messages azure',
    ]);
  });

  it('HTTPie as its review found it read wrong: options after the URL, piped bodies, two commands on a line, commands that send nothing', () => {
    const script = [
      '#!/bin/bash',
      'http https://api.openai.com/v1/models --timeout=30 -a me@example.com:pw',
      'echo "{}" | http https://api.openai.com/v1/chat/completions',
      'http https://api.openai.com/v1/chat/completions @body.json',
      'http POST -v https://api.openai.com/v1/files purpose=batch file@b.jsonl',
      'http :8080/health && http POST https://api.openai.com/v1/embeddings input=x',
      'if ready; then http DELETE https://api.openai.com/v1/files/f1; fi',
      '(xh head https://api.openai.com/v1/models)',
      'http \\',
      '  POST https://api.openai.com/v1/moderations input=x',
      'schemes=(http api.openai.com/v1/models)',
      'http --offline POST https://api.openai.com/v1/chat/completions model=x',
      'xh --curl POST https://api.openai.com/v1/chat/completions model=x',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(script, 'run.sh'), [
      '2 GET /v1/models openai',
      '3 POST /v1/chat/completions openai',
      '4 POST /v1/chat/completions openai',
      '5 POST /v1/files openai',
      '6 POST /v1/embeddings openai',
      '7 DELETE /v1/files/{file_id} openai',
      '8 HEAD /v1/models openai',
      '9 POST /v1/moderations openai',
    ]);
  });

  it('Makefiles as their review found them read wrong: `$$` in a URL, printed commands, define blocks, what runs when Make reads a line', () => {
    const makefile = [
      'HOST_URL := https://api.openai.com/v1',
      'EXAMPLE = curl https://api.openai.com/v1/models',
      'MODELS := $(shell curl -s $(HOST_URL)/models)',
      '$(info curl https://api.openai.com/v1/batches)',
      'DOC = run this: \\',
      '\thttp POST https://api.openai.com/v1/chat/completions model=x',
      'define HELP',
      '\tcurl https://api.openai.com/v1/files',
      'endef',
      'chat: URL = https://api.openai.com/v1/chat/completions',
      'chat:',
      '\tcurl -d @b.json $(URL)',
      'file:',
      '\tcurl https://api.openai.com/v1/files/$$FILE_ID/content',
      'all: ; curl https://api.openai.com/v1/embeddings -d @e.json',
      'help:',
      '\t@echo "$(EXAMPLE)"',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(makefile, 'Makefile'), ['3 GET /v1/models openai', '12 POST /v1/chat/completions openai', '14 GET /v1/files/{file_id}/content openai', '15 POST /v1/embeddings openai']);
  });

  it('R and one-word path constants as their review found them read wrong', () => {
    // the package named in a string, or only its namespace loaded, attaches nothing; `openai:::name` is the package's
    assert.deepEqual(siteLines('msg <- "library(openai)"\nx <- create_completion(prompt = "a")\n', 'a.R'), []);
    assert.deepEqual(siteLines('requireNamespace("openai")\nx <- create_completion(prompt = "a")\n', 'a.R'), []);
    assert.deepEqual(siteLines('x <- openai:::create_completion(prompt = "a")\n', 'a.R'), ['1 POST /v1/completions openai']);
    // a one-word value given to a name that also holds a path leaves the path its own
    const python = [
      'import requests',
      'CHAT = "chat/completions"',
      '',
      'def models():',
      '    CHAT = "models"',
      '    return CHAT',
      '',
      'def ask(base, body):',
      '    return requests.post(build_url(base, CHAT), json=body)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(python, 'client.py'), ['9 POST /v1/chat/completions unknown']);
    // (a parameter is not the constant of another case, nor a receiver named for OpenAI a helper that is)
    assert.deepEqual(siteLines('const MODELS = "models";\nexport const list = (base, models) => fetch(buildOpenAIUrl(base, models));\n', 'a.ts'), []);
    assert.deepEqual(siteLines('export const list = (base) => fetch(this.openaiClient.buildUrl(base, "files"));\n', 'b.ts'), []);
  });

  it("Go: a method that joins base and path with a query after it; PHP: curl's options given as `array(…)`", () => {
    const go = [
      'package gpt3',
      '',
      'func (c *client) Chat(ctx context.Context, request any) error {',
      '\treq, err := c.newRequest(ctx, "POST", "/v1/chat/completions", request)',
      '\t_ = req',
      '\treturn err',
      '}',
      '',
      'func (c *client) newRequest(ctx context.Context, method, path string, payload interface{}) (*http.Request, error) {',
      '\treqUrl := fmt.Sprintf("%s%s?api-version=%s", c.endpoint, path, c.apiVersion)',
      '\treturn http.NewRequestWithContext(ctx, method, reqUrl, nil)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(go, 'internal/gpt3/gpt3.go'), ['4 POST /v1/chat/completions unknown']);
    const php = [
      '<?php',
      "$curl = curl_init('https://api.openai.com/v1/completions');",
      '$options = array(',
      '    CURLOPT_POST => true,',
      '    CURLOPT_POSTFIELDS => $params,',
      '    CURLOPT_RETURNTRANSFER => true,',
      ');',
      'curl_setopt_array($curl, $options);',
      '$response = curl_exec($curl);',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(php, 'dashboard.php'), ['2 POST /v1/completions openai']);
  });

  it('Ruby: a client handed in as a parameter named for OpenAI, in a file that only requires the gem', () => {
    const ruby = [
      'module AI',
      '  def self.send_image_variation(open_ai_client, image, variations)',
      '    require "openai"',
      '    response = open_ai_client.images.variations(parameters: { image: image, n: variations })',
      '    transcript = open_ai_client.transcribe(parameters: { model: "whisper-1", file: File.open(f, "rb") })',
      '    cache = openai_cache.fetch(image)',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(ruby, 'lib/ai/send_image_variation.rb'), ['4 POST /v1/images/variations unknown', '5 POST /v1/audio/transcriptions unknown']);
    // (without the gem required, the name alone says nothing; with ruby-openai's `parameters:` hash it does: see round 104)
    assert.deepEqual(siteLines(ruby.replace('require "openai"', 'require "json"').replace(/parameters: \{ (.*) \}\)/g, '$1)'), 'lib/ai/send_image_variation.rb'), []);
  });

  it("declarative HTTP clients: Micronaut's @Client, OpenFeign's @FeignClient and Spring's @HttpExchange interfaces, called from files naming no OpenAI term", async () => {
    const micronaut = [
      'package com.example',
      '',
      'import io.micronaut.http.annotation.*',
      'import io.micronaut.http.client.annotation.Client',
      '',
      "@Client('https://api.openai.com/v1/')",
      "@Headers(@Header(name = 'Authorization', value = 'Bearer ${OPENAI_API_KEY}'))",
      'interface ChatClient {',
      "    @Get('/models')",
      '    ModelList listModels()',
      '',
      "    @Post('/chat/completions')",
      '    ChatResponse ask(@Body ChatRequest request)',
      '}',
      '',
    ].join('\n');
    const test = [
      'package com.example',
      '',
      '@MicronautTest',
      'class ChatClientTest {',
      '    @Inject @Client ChatClient client',
      '',
      '    @Test',
      '    void "list models"() {',
      '        println client.listModels()',
      '    }',
      '',
      '    @Test',
      '    void "ask"() {',
      '        var response = client.ask(new ChatRequest("hi"))',
      '        println response.choices[0].message.content',
      '    }',
      '}',
      '',
    ].join('\n');
    const tree: Record<string, string> = { 'src/test/groovy/com/example/ChatClient.groovy': micronaut, 'src/test/groovy/com/example/ChatClientTest.groovy': test, 'src/test/groovy/com/example/Other.groovy': 'class Other {\n  void ask() {}\n}\n' };
    // the scan reads the interface's folder for its callers: each call is the request, the declaration is not reported
    const result = await scanDocuments(
      Object.entries(tree).map(([path, text]) => ({ path, text })),
      { profile: DEFAULT_PROFILE, today: '2026-12-07', readOtherFile: (path) => tree[path] },
    );
    assert.deepEqual(result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.httpMethod} ${f.site.endpoint} ${f.site.provider}`).sort(), [
      'src/test/groovy/com/example/ChatClientTest.groovy:14 POST /v1/chat/completions openai',
      'src/test/groovy/com/example/ChatClientTest.groovy:9 GET /v1/models openai',
    ]);
    // alone, the interface's methods are reported where they are declared
    assert.deepEqual(siteLines(micronaut, 'ChatClient.groovy'), ['9 GET /v1/models openai', '12 POST /v1/chat/completions openai']);

    // OpenFeign: the base its `url` sets (a setting's placeholder leaves it to the run); Spring: a path prefix and the builder's host
    const feign = (url: string): string => [`@FeignClient(name = "openai", url = ${url})`, 'public interface OpenAiClient {', '    @PostMapping(value = "/chat/completions", consumes = "application/json")', '    ChatResponse chat(@RequestBody ChatRequest request);', '}', ''].join('\n');
    const project = (files: Record<string, string>): ProjectIndex => {
      const index = new ProjectIndex();
      for (const [name, text] of Object.entries(files)) index.addFile(name, text);
      return index;
    };
    const caller = 'public class Svc {\n    private final OpenAiClient client;\n    public String go(ChatRequest r) {\n        return client.chat(r).text();\n    }\n}\n';
    assert.deepEqual(siteLines(caller, 'Svc.java', project({ 'OpenAiClient.java': feign('"https://api.openai.com/v1"'), 'Svc.java': caller })), ['4 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(caller, 'Svc.java', project({ 'OpenAiClient.java': feign('"${openai.url}"'), 'Svc.java': caller })), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(caller, 'Svc.java', project({ 'OpenAiClient.java': feign('"https://api.groq.com/openai/v1"'), 'Svc.java': caller })), ['4 POST /v1/chat/completions other']);
    const exchange = ['@HttpExchange("/v1")', 'public interface OpenAiClient {', '    @PostExchange("/embeddings")', '    EmbeddingResponse chat(@RequestBody EmbeddingRequest request);', '}', ''].join('\n');
    assert.deepEqual(siteLines(caller, 'Svc.java', project({ 'OpenAiClient.java': exchange, 'Svc.java': caller })), ['4 POST /v1/embeddings unknown']);
    // a client of a service or setting whose name says nothing of OpenAI is that service's, but for an inference endpoint
    const catalog = ['@FeignClient(name = "catalog", url = "${catalog.url}")', 'public interface CatalogClient {', '    @GetMapping("/models")', '    ModelPage chat();', '}', ''].join('\n');
    const catalogCaller = caller.replace('OpenAiClient', 'CatalogClient');
    assert.deepEqual(siteLines(catalogCaller, 'Svc.java', project({ 'CatalogClient.java': catalog, 'Svc.java': catalogCaller })), []);
    assert.deepEqual(siteLines(catalogCaller, 'Svc.java', project({ 'CatalogClient.java': catalog.replace('name = "catalog"', 'name = "openai"'), 'Svc.java': catalogCaller })), ['4 GET /v1/models unknown']);
    // a client of a service id naming OpenAI, its path a prefix, no caller read: each method where it is declared
    const byId = ['import com.example.openai.Prompts;', '@Client(id = "openai", path = "/v1")', 'public interface AskClient {', '    @Post("/chat/completions")', '    String ask(@Body String body);', '}', ''].join('\n');
    assert.deepEqual(siteLines(byId, 'AskClient.java'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(byId.replace('"openai"', '"inventory"').replace('/chat/completions', '/models').replace('String ask', 'String models'), 'AskClient.java'), []);
    // Micronaut's client of a path alone is the application's own server
    const local = micronaut.replace("@Client('https://api.openai.com/v1/')", "@Client('/')").replace("@Get('/models')", "@Get('/v1/models')").replace("@Post('/chat/completions')", "@Post('/v1/chat/completions')");
    assert.deepEqual(siteLines(test, 'ChatClientTest.groovy', project({ 'ChatClient.groovy': local, 'ChatClientTest.groovy': test })), []);
    // a scan reads a file beside the interface only for calls on the interface's type: another object's `list()` is its own, and
    // leaves the declaration reported
    const retrofitApi = ['public interface OpenAiApi {', '    @GET("models")', '    Call<ModelList> list();', '}', ''].join('\n');
    const users = ['public class UserService {', '    private final UserRepository users;', '    public List<User> all() {', '        return users.list();', '    }', '}', ''].join('\n');
    const services: Record<string, string> = { 'app/OpenAiApi.java': retrofitApi, 'app/UserService.java': users };
    const scanned = await scanDocuments(Object.entries(services).map(([path, text]) => ({ path, text })), { profile: DEFAULT_PROFILE, today: '2026-12-07', readOtherFile: (path) => services[path] });
    assert.deepEqual(scanned.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.httpMethod} ${f.site.endpoint}`), ['app/OpenAiApi.java:2 GET /v1/models']);
    // a server's controller has the same verbs: not a client
    const controller = ['@RestController', 'public class ChatController {', '    @PostMapping("/chat/completions")', '    public ChatResponse chat(@RequestBody ChatRequest request) {', '        return service.chat(request);', '    }', '}', ''].join('\n');
    assert.deepEqual(siteLines(controller, 'ChatController.java'), []);
    // nor an API-first interface a controller implements, annotated for no client
    assert.deepEqual(siteLines(controller.replace('public class ChatController', 'public interface ChatApi').replace(/\{\n        return service\.chat\(request\);\n    \}/, ';'), 'ChatApi.java'), []);
  });

  it("a Go file sending OpenAI's own OpenAI-Beta header: its paths on any base are the API's, one segment too", () => {
    const service = [
      'package threads',
      '',
      'type Service struct {',
      '\tclient *client.Client',
      '}',
      '',
      'func (s *Service) Create(body io.Reader) (*http.Request, error) {',
      '\treq, err := http.NewRequest("POST", s.client.BaseURL+"/threads", body)',
      '\treq.Header.Set("OpenAI-Beta", "assistants=v2")',
      '\treturn req, err',
      '}',
      '',
      'func (s *Service) Steps(threadID, runID string) (*http.Request, error) {',
      '\turl := fmt.Sprintf("%s/threads/%s/runs/%s/steps", s.client.BaseURL, threadID, runID)',
      '\treq, err := http.NewRequest("GET", url, nil)',
      '\treq.Header.Set("OpenAI-Beta", "assistants=v2")',
      '\treturn req, err',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(service, 'threads.go'), ['8 POST /v1/threads unknown', '15 GET /v1/threads/{thread_id}/runs/{run_id}/steps unknown']);
    // without the header, one segment on a base nothing names is any server's
    assert.deepEqual(siteLines(service.replace(/\treq\.Header\.Set\("OpenAI-Beta", "assistants=v2"\)\n/g, ''), 'threads.go'), []);
    // another function's request, sent without it, is not made OpenAI's by it
    const storage = '\nfunc (s *Service) Upload(body io.Reader) (*http.Request, error) {\n\treturn http.NewRequest("POST", s.storageURL+"/files", body)\n}\n';
    assert.deepEqual(siteLines(service + storage, 'threads.go'), ['8 POST /v1/threads unknown', '15 GET /v1/threads/{thread_id}/runs/{run_id}/steps unknown']);
    // nor a CORS list naming the header
    const proxy = "app.use(cors({ allowedHeaders: ['Content-Type', 'OpenAI-Beta', 'Authorization'] }));\nconst models = await fetch(`${CATALOG_URL}/models`);\n";
    assert.deepEqual(siteLines(proxy, 'proxy.js'), []);
  });

  it('a helper of a class named for OpenAI handed a path and a verb, its class in a file not read', () => {
    const service = [
      'package com.example.services;',
      '',
      'import com.example.template.OpenAIRestTemplate;',
      '',
      '@Service',
      'public class FileService {',
      '    @Autowired',
      '    private OpenAIRestTemplate template;',
      '',
      '    public String upload(Object body) {',
      '        return template.makeRequest("/files", body, null, HttpMethod.POST);',
      '    }',
      '',
      '    public String delete(String fileId) {',
      '        return template.makeRequest("/files/" + fileId, null, null, HttpMethod.DELETE);',
      '    }',
      '',
      '    public String models() {',
      '        return template.makeRequest("/models", null, null, HttpMethod.GET);',
      '    }',
      '',
      '    public String health() {',
      '        return template.makeRequest("/health", null, null, HttpMethod.GET);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(service, 'FileService.java'), ['11 POST /v1/files unknown', '15 DELETE /v1/files/{file_id} unknown', '19 GET /v1/models unknown']);
    // a verb the endpoint does not take is no request of the API
    assert.deepEqual(siteLines(service.replace('"/models", null, null, HttpMethod.GET', '"/models", null, null, HttpMethod.PUT'), 'FileService.java').length, 2);
    // a test double's stub and check of a route send nothing
    const mock = 'class FileServiceTest {\n    MockOpenAiServer openAiServer;\n    void stubs() {\n        openAiServer.stub("/chat/completions", HttpMethod.POST, reply);\n        openAiServer.verify("/files", HttpMethod.POST, 1);\n    }\n}\n';
    assert.deepEqual(siteLines(mock, 'FileServiceTest.java'), []);
    // C#: the verb first, the path without its slash (`BaseAddress` wants none)
    assert.deepEqual(siteLines('class Chat {\n    private readonly OpenAiHttp _openAi;\n    public Task<string> Ask(string b) => _openAi.Send(HttpMethod.Post, "chat/completions", b);\n}\n', 'Chat.cs'), ['3 POST /v1/chat/completions unknown']);
    // a helper of another class, its name or type naming no OpenAI, is any server's
    assert.deepEqual(siteLines(service.replace('private OpenAIRestTemplate template;', 'private BackendRestTemplate template;').replace('import com.example.template.OpenAIRestTemplate;', ''), 'FileService.java'), []);
  });

  it("a Rust file declaring a struct named for OpenAI: one segment on another function's base is the API's", () => {
    const provider = [
      'pub struct OpenAiCompatProvider {',
      '    base_url: String,',
      '}',
      '',
      'pub async fn list_models(base_url: &str) -> Result<Vec<String>> {',
      '    let url = format!("{}/models", base_url);',
      '    let res = Client::new().get(&url).send().await?;',
      '    Ok(vec![])',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(provider, 'openai_compat.rs'), ['7 GET /v1/models unknown']);
    assert.deepEqual(siteLines(provider.replace('OpenAiCompatProvider', 'BackendProvider'), 'backend.rs'), []);
    // another provider's `impl` in the same file holds its own requests
    const providers = ['pub struct OpenAiProvider { base_url: String }', 'pub struct OllamaProvider { base_url: String }', '', 'impl OllamaProvider {', '    pub async fn models(&self) -> Result<()> {', '        let url = format!("{}/models", self.base_url);', '        reqwest::get(&url).await?;', '        Ok(())', '    }', '}', ''].join('\n');
    assert.deepEqual(siteLines(providers, 'providers.rs'), []);
    assert.deepEqual(siteLines(providers.replace('impl OllamaProvider', 'impl OpenAiProvider'), 'providers.rs'), ['7 GET /v1/models unknown']);
  });

  it("R's curl package: curl_fetch_memory on a handle whose options say the verb", () => {
    const script = [
      'complete <- function(prompt) {',
      '  h <- curl::new_handle() |>',
      '    curl::handle_setheaders("Authorization" = paste("Bearer", key)',
      '                            , "Content-Type" = "application/json") |>',
      '    curl::handle_setopt(customrequest = "POST") |>',
      '    curl::handle_setopt(postfields = jsonlite::toJSON(list(prompt = prompt)))',
      '  res <- curl::curl_fetch_memory(url = "https://api.openai.com/v1/completions", handle = h)',
      '  jsonlite::fromJSON(rawToChar(res$content))',
      '}',
      'models <- function() {',
      '  h2 <- curl::new_handle()',
      '  curl::handle_setheaders(h2, "Authorization" = paste("Bearer", key))',
      '  curl_fetch_memory("https://api.openai.com/v1/models", handle = h2)',
      '}',
      '',
    ].join('\n');
    // (the pipe read on over a call its lines split)
    assert.deepEqual(siteLines(script, 'gpt.R'), ['7 POST /v1/completions openai', '13 GET /v1/models openai']);
    // another handle's options are another request's
    const two = 'models <- function() {\n  h <- curl::new_handle()\n  h2 <- curl::new_handle()\n  curl::handle_setopt(h2, customrequest = "DELETE")\n  curl::curl_fetch_memory("https://api.openai.com/v1/models", handle = h)\n}\n';
    assert.deepEqual(siteLines(two, 'gpt.R'), ['5 GET /v1/models openai']);
    assert.deepEqual(siteLines(two.replace('handle_setopt(h2,', 'handle_setopt(h,').replace('"DELETE"', '"POST"').replace('/v1/models', '/v1/embeddings'), 'gpt.R'), ['5 POST /v1/embeddings openai']);
  });
});
