import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What round 108 (corpora 546–548) missed at its first run, taken up the session after.
describe('held-out round 108', () => {
  it("an API path handed to the project's URL builder, the builder's call the request's URL (Perl's `$self->_build_url(…)`, Python's, JavaScript's)", () => {
    const perl = [
      'package ZChat::Core;',
      'use Mojo::UserAgent;',
      'sub _build_url {',
      '    my ($self, $path) = @_;',
      '    return $self->{api_url} . $path;',
      '}',
      'sub complete {',
      '    my ($self, $body) = @_;',
      '    my $tx = $self->{ua}->build_tx(',
      '        POST => $self->_build_url("/chat/completions"),',
      '        json => $body,',
      '    );',
      '    my $res = $self->{ua}->post($self->_build_url("/chat/completions"), json => $body)->result;',
      "    my $health = $self->{ua}->get($self->_build_url('/health'))->result;",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(perl, 'Core.pm'), ['10 POST /v1/chat/completions unknown', '13 POST /v1/chat/completions unknown']);
    const python = 'import requests\n\nclass Client:\n    def _build_url(self, path):\n        return self.base.rstrip("/") + path\n\n    def chat(self, body):\n        return requests.post(self._build_url("/chat/completions"), json=body)\n\n    def ping(self):\n        return requests.get(self._build_url("/status"))\n';
    assert.deepEqual(siteLines(python, 'client.py'), ['8 POST /v1/chat/completions unknown']);
    const js = 'export class Client {\n  buildUrl(path) { return this.base + path; }\n  chat(body) {\n    return fetch(this.buildUrl("/chat/completions"), { method: "POST", body: JSON.stringify(body) });\n  }\n  log(path) {\n    console.log(this.buildUrl("/chat/completions"));\n  }\n}\n';
    assert.deepEqual(siteLines(js, 'client.js'), ['4 POST /v1/chat/completions unknown']);
    // (a path of no fixed endpoint on a base not known, `/files/{id}`, may be any server's)
    assert.deepEqual(siteLines(python.replace('"/chat/completions"', '"/models/x"'), 'client.py'), []);
  });

  it("orhanerday/open-ai: a method typed to hand out the client (`getOpenAI(): OpenAi`), called in place and chained over lines", () => {
    const service = (getterBody: string): string =>
      [
        '<?php',
        'namespace App;',
        '',
        'use Orhanerday\\OpenAi\\OpenAi;',
        '',
        'class GPTService',
        '{',
        '    private ?OpenAi $openAi = null;',
        '',
        '    public function __construct()',
        '    {',
        "        $this->openAi = new OpenAi(config('gpt.api_key'));",
        '    }',
        '',
        '    protected function getOpenAI(): OpenAi',
        '    {',
        `        ${getterBody}`,
        '    }',
        '',
        '    public function generate(string $prompt)',
        '    {',
        '        $json = $this',
        '            ->getOpenAI()',
        "            ->completion(['model' => 'gpt-3.5-turbo-instruct', 'prompt' => $prompt]);",
        '        return json_decode($json);',
        '    }',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(service('return $this->openAi;'), 'GPTService.php'), ['24 POST /v1/completions openai']);
    assert.deepEqual(siteLines(service("return new OpenAi(config('gpt.api_key'));"), 'GPTService.php'), ['24 POST /v1/completions openai']);
    // (a method that hands out something else is no client's)
    assert.deepEqual(siteLines(service('return $this->openAi;').replace('getOpenAI(): OpenAi', 'getOpenAI(): Logger'), 'GPTService.php'), []);
    // (moved by setBaseURL before the call: the moved destination)
    const moved = service('return $this->openAi;').replace("config('gpt.api_key'));", "config('gpt.api_key'));\n        $this->openAi->setBaseURL('https://openrouter.ai/api/v1');");
    assert.deepEqual(siteLines(moved, 'GPTService.php'), ['25 POST /v1/completions other']);
  });

  it(".NET: a partial class's part that asks another part's `GetClient()` for an assistant client, with only the SDK's `#pragma warning disable OPENAI001` in sight (left from round 106)", () => {
    const factory = 'using Azure;\nusing Azure.AI.OpenAI;\n\nnamespace App.Services;\n\npublic partial class AssistantService(IOptions<AzureOpenAiConfig> config)\n{\n    private AzureOpenAIClient GetClient()\n    {\n        return new AzureOpenAIClient(new Uri(config.Value.Endpoint), new AzureKeyCredential(config.Value.Key));\n    }\n}\n';
    const part = (pragma: string): string => `using App.Models;\n\nnamespace App.Services;\n\n${pragma}\npublic partial class AssistantService\n{\n    public async Task<ThreadResponse> CreateThreadAsync()\n    {\n        var client = GetClient();\n        var assistantClient = client.GetAssistantClient();\n        var thread = await assistantClient.CreateThreadAsync();\n        return new ThreadResponse(thread.Value.Id);\n    }\n}\n`;
    const project = new ProjectIndex();
    project.addFile('Services/AssistantService.cs', factory);
    project.addFile('Services/AssistantService.CreateThread.cs', part('#pragma warning disable OPENAI001'));
    assert.deepEqual(siteLines(part('#pragma warning disable OPENAI001'), 'Services/AssistantService.CreateThread.cs', project), ['12 POST /v1/threads azure']);
    // (alone, where the client is built is not known)
    assert.deepEqual(siteLines(part('#pragma warning disable OPENAI001'), 'Services/AssistantService.CreateThread.cs'), ['12 POST /v1/threads unknown']);
    // (another diagnostic silenced is no sign of the SDK)
    assert.deepEqual(siteLines(part('#pragma warning disable CS8618'), 'Services/AssistantService.CreateThread.cs', project), []);
  });

  it("Spring's `restTemplate.execute(url, HttpMethod.POST, callback, extractor)` on a URL a local holds", () => {
    const java = [
      'package com.example.audio;',
      '',
      'public class TextToSpeech {',
      '    private final RestTemplate restTemplate = new RestTemplate();',
      '',
      '    public File speak(String text) {',
      '        String url = "https://api.openai.com/v1/audio/speech";',
      '        String data = "{\\"model\\":\\"tts-1\\",\\"input\\":\\"" + text + "\\"}";',
      '        return restTemplate.execute(url, HttpMethod.POST,',
      '                request -> request.getBody().write(data.getBytes()),',
      '                response -> save(response.getBody()));',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(java, 'TextToSpeech.java'), ['9 POST /v1/audio/speech openai']);
    // (some other object's `execute` is no request)
    assert.deepEqual(siteLines(java.replace('restTemplate.execute(', 'jobRunner.execute('), 'TextToSpeech.java'), []);
  });

  it('RestSharp: a client made on a URL a local holds (interpolated from configuration), its request\'s verb set in an object initializer', () => {
    const cs = (url: string, request: string): string =>
      [
        'public class ImagesOperations',
        '{',
        '    private async Task<string> Insights(OpenAIRequest body)',
        '    {',
        `        var uri = ${url};`,
        '        var client = new RestClient(uri);',
        `        var request = ${request};`,
        '        request.AddBody(JsonConvert.SerializeObject(body));',
        '        RestResponse response = await client.ExecuteAsync(request);',
        '        return response.Content ?? string.Empty;',
        '    }',
        '}',
        '',
      ].join('\n');
    const initialized = 'new RestRequest()\n        {\n            Method = RestSharp.Method.Post,\n            Timeout = TimeSpan.FromMinutes(5)\n        }';
    assert.deepEqual(siteLines(cs('$"{_config.OpenAIUrl}v1/chat/completions"', initialized), 'ImagesOperations.cs'), ['6 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(cs('"https://api.openai.com/v1/chat/completions"', initialized), 'ImagesOperations.cs'), ['6 POST /v1/chat/completions openai']);
    // (the verb the initializer sets, one the endpoint does not take: no request of it)
    assert.deepEqual(siteLines(cs('"https://api.openai.com/v1/chat/completions"', initialized.replace('Method.Post', 'Method.Put')), 'ImagesOperations.cs'), []);
  });
  it('a MicroProfile REST client (Quarkus): `@RegisterRestClient(baseUri = …)` and the interface\'s `@Path`, each method\'s JAX-RS verb and `@Path` in either order', () => {
    const client = (registration: string): string =>
      [
        'package it.example.openai.client;',
        '',
        'import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;',
        'import jakarta.ws.rs.*;',
        '',
        registration,
        '@Path("/v1")',
        'public interface OpenAIRestClient {',
        '',
        '        @GET',
        '        @Path("/models")',
        '        @ClientHeaderParam(name = "Authorization", value = "Bearer ${openai.api.key}")',
        '        ModelResponse getModels();',
        '',
        '        @Path("/images/generations")',
        '        @POST',
        '        CreateImageResponse generateImage(CreateImageRequest request);',
        '',
        '        @POST',
        '        @Path("/orders")',
        '        Order place(Order order);',
        '}',
        '',
      ].join('\n');
    // (each at its verb's annotation, the range running to the method's parameters; a path off the API is no request of ours)
    assert.deepEqual(siteLines(client('@RegisterRestClient(baseUri = "https://api.openai.com")'), 'OpenAIRestClient.java'), ['10 GET /v1/models openai', '16 POST /v1/images/generations openai']);
    const sites = detectCallSites(client('@RegisterRestClient(baseUri = "https://api.openai.com")'), { fileName: 'OpenAIRestClient.java' }).sites;
    assert.deepEqual(sites.map((s) => s.callRange?.end.line), [12, 16]);
    // (a base from configuration, under a key naming OpenAI: where it goes is not known here)
    assert.deepEqual(siteLines(client('@RegisterRestClient(configKey = "openai-api")'), 'OpenAIRestClient.java'), ['10 GET /v1/models unknown', '16 POST /v1/images/generations unknown']);
    // (on another host, only an inference endpoint is a compatible API's: its `/models` is that service's own listing)
    assert.deepEqual(siteLines(client('@RegisterRestClient(baseUri = "https://shop.example.com")').replace(/OpenAIRestClient/g, 'ShopClient'), 'ShopClient.java'), ['16 POST /v1/images/generations other']);
    // (a JAX-RS server's resource class is no client)
    assert.deepEqual(siteLines(client('').replace('public interface OpenAIRestClient', 'public class OpenAIResource'), 'OpenAIResource.java'), []);
  });
});

// What round 109 (corpora 549–551) missed at its first run.
describe('held-out round 109', () => {
  it('a base rid of its last slash on a condition in a placeholder (`${url.endsWith(\'/\') ? url.slice(0, -1) : url}/v1/…`, Python\'s `{b[:-1] if b.endswith(\'/\') else b}`)', () => {
    const js = "export async function chat(baseUrl, messages) {\n  let url = baseUrl;\n  url = `${url.endsWith('/') ? url.slice(0, -1) : url}/v1/chat/completions`;\n  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ messages }) });\n  return fetch(`${baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl}/v1/embeddings`, { method: 'POST' });\n}\n";
    assert.deepEqual(siteLines(js, 'connector.js'), ['4 POST /v1/chat/completions unknown', '5 POST /v1/embeddings unknown']);
    const py = "import requests\n\ndef chat(base_url, messages):\n    url = f\"{base_url[:-1] if base_url.endswith('/') else base_url}/v1/chat/completions\"\n    return requests.post(url, json={'messages': messages})\n";
    assert.deepEqual(siteLines(py, 'chat.py'), ['5 POST /v1/chat/completions unknown']);
    // (two names in the condition are no one base trimmed)
    assert.deepEqual(siteLines(js.replace("url.endsWith('/') ? url.slice(0, -1) : url}", "url.endsWith('/') ? other.slice(0, -1) : url}"), 'connector.js'), ['5 POST /v1/embeddings unknown']);
  });

  it("PHP: a URL constant the parent class declares in another file, read through `self::` in place or copied to a local first", () => {
    const parent = "<?php\nnamespace App\\Modules\\openAi\\service;\n\nclass OpenAiService\n{\n    const GPT4_URL = 'https://api.openai.com/v1/chat/completions';\n    const DOCS = 'https://platform.openai.com/docs';\n}\n";
    const child = (name: string, body: string): string => `<?php\nnamespace App\\Modules\\openAi\\service;\n\nuse GuzzleHttp\\Client;\n\nclass ${name} extends OpenAiService\n{\n    public function send($messages)\n    {\n        $client = new Client();\n${body}\n    }\n}\n`;
    const inPlace = child('OpenAiTextChatService', "        $response = $client->post(self::GPT4_URL, ['json' => ['model' => 'gpt-4o-mini', 'messages' => $messages]]);");
    const copied = child('OpenAiImageDetectionService', "        $openaiUrl = self::GPT4_URL;\n        $response = $client->post($openaiUrl, ['json' => ['model' => 'gpt-4o', 'messages' => $messages]]);");
    const project = new ProjectIndex();
    project.addFile('app/OpenAiService.php', parent);
    project.addFile('app/OpenAiTextChatService.php', inPlace);
    project.addFile('app/OpenAiImageDetectionService.php', copied);
    assert.deepEqual(siteLines(inPlace, 'app/OpenAiTextChatService.php', project), ['11 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(copied, 'app/OpenAiImageDetectionService.php', project), ['12 POST /v1/chat/completions openai']);
    // (a file that reads the parent's constant is read even where it names no OpenAI term; one whose class extends another is not)
    assert.equal(project.usesPackageUrl(inPlace.replace(/OpenAiTextChatService/g, 'TextChat'), 'app/TextChat.php'), true);
    assert.equal(project.usesPackageUrl(inPlace.replace('extends OpenAiService', 'extends Controller'), 'app/Other.php'), false);
    // (without the project, the constant is not known; a class of the same file that declares the name reads its own)
    assert.deepEqual(siteLines(inPlace, 'app/OpenAiTextChatService.php'), []);
    const own = inPlace.replace("class OpenAiTextChatService extends OpenAiService\n{", "class OpenAiTextChatService extends OpenAiService\n{\n    const GPT4_URL = 'https://openrouter.ai/api/v1/chat/completions';");
    assert.deepEqual(siteLines(own, 'app/OpenAiTextChatService.php', project), ['12 POST /v1/chat/completions other']);
  });
  it("a chat body posted to a URL from settings in a file naming DeepSeek alone is read (the prefilter knows DeepSeek's name)", () => {
    const py = (provider: string): string => `import requests\nfrom config import Config\n\ndef chat():\n    '''${provider} chat example'''\n    data = {\n        "model": Config.DEFAULT_MODEL,\n        "messages": [{"role": "user", "content": "Hello"}],\n    }\n    response = requests.post(\n        Config.API_URL,\n        headers=Config.HEADERS,\n        json=data\n    )\n    return response.json()["choices"][0]["message"]["content"]\n`;
    assert.deepEqual(siteLines(py('DeepSeek'), 'basic_chat.py'), ['10 POST /v1/chat/completions unknown']);
    // (naming nothing of the API, it is not read at all)
    assert.deepEqual(siteLines(py('Acme'), 'basic_chat.py'), []);
  });

  it("a Python test hands the project's request helper a test double as its client: no request", () => {
    const helper = 'import httpx\n\nasync def run_request(client: httpx.AsyncClient, url: str, payload: dict):\n    response = await client.post(url, json=payload)\n    return response.json()\n';
    const test = (client: string): string => `from unittest.mock import AsyncMock, MagicMock\nfrom bench.benchmark import run_request\n\n\ndef make_client(body):\n    mock_response = MagicMock()\n    mock_response.json.return_value = body\n    mock_client = AsyncMock()\n    mock_client.post = AsyncMock(return_value=mock_response)\n    return mock_client\n\n\nasync def test_extracts_tokens():\n    client = ${client}\n    result = await run_request(client, "http://localhost/v1/chat/completions", {})\n    assert result == {}\n`;
    const project = new ProjectIndex();
    project.addFile('bench/benchmark.py', helper);
    project.addFile('tests/test_benchmark.py', test('make_client({})'));
    assert.deepEqual(siteLines(test('make_client({})'), 'tests/test_benchmark.py', project), []);
    assert.deepEqual(siteLines(test('AsyncMock()'), 'tests/test_benchmark.py', project), []);
    // (a real client handed over is a request: the helper sends it)
    assert.deepEqual(siteLines(test('httpx.AsyncClient()'), 'tests/test_benchmark.py', project), ['15 POST /v1/chat/completions other']);
  });
});

// What a review of rounds 108 and 109's changes found: slowness on large files and a few wrong readings.
describe('review of rounds 108 and 109', () => {
  const microProfile = (methods: string[]): string =>
    ['package it.example;', '', 'import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;', '', '@RegisterRestClient(baseUri = "https://api.openai.com")', '@Path("/v1")', 'public interface OpenAIRestClient {', ...methods, '}', ''].join('\n');

  it("a JAX-RS method's annotation whose argument is an array in braces (`@Produces({…})`) ends no declaration", () => {
    assert.deepEqual(siteLines(microProfile(['    @POST', '    @Path("/chat/completions")', '    @Produces({MediaType.APPLICATION_JSON})', '    ChatResponse chat(ChatRequest request);']), 'OpenAIRestClient.java'), ['8 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(microProfile(['    @Path("/embeddings")', '    @Consumes({ "application/json" })', '    @POST', '    EmbeddingResponse embed(EmbeddingRequest request);']), 'OpenAIRestClient.java'), ['10 POST /v1/embeddings openai']);
  });

  it('a run of JAX-RS verbs with no statement end reads each method once, not to the end of the file', () => {
    const started = performance.now();
    assert.deepEqual(siteLines(microProfile(['@GET '.repeat(20_000)]), 'OpenAIRestClient.java'), []);
    assert.ok(performance.now() - started < 2_000, 'each verb reads its own declaration');
  });

  it("PHP: a file reading many names through `self::` looks each up in its own constants once (its parent's, in the project)", () => {
    const project = new ProjectIndex();
    project.addFile('app/OpenAiService.php', "<?php\nclass OpenAiService\n{\n    const GPT4_URL = 'https://api.openai.com/v1/chat/completions';\n}\n");
    const many = `<?php\nclass Chat extends OpenAiService\n{\n    public function send()\n    {\n${Array.from({ length: 20_000 }, (_, i) => `        $a = self::C${i};`).join('\n')}\n    }\n}\n`;
    const started = performance.now();
    assert.equal(project.usesPackageUrl(many, 'app/Chat.php'), false);
    assert.ok(performance.now() - started < 1_000, 'the file\'s own constants are read once');
  });

  it("PHP: a file of many classes, each with a URL constant, finds each constant's class by halves", () => {
    const text = `<?php\n${Array.from({ length: 16_000 }, (_, i) => `class A${i}\n{\n    const X = 'https://a.example.com/${i}';\n}\n`).join('')}`;
    const started = performance.now();
    const project = new ProjectIndex();
    project.addFile('app/Many.php', text);
    assert.ok(performance.now() - started < 1_000, 'each constant finds its class by halves');
    assert.equal(project.classUrlConstant('A15999::X'), 'https://a.example.com/15999');
  });

  it("PHP 8.3: a parent's typed URL constant (`const string GPT4_URL = '…'`), read through `self::`", () => {
    const project = new ProjectIndex();
    project.addFile('app/OpenAiService.php', "<?php\nclass OpenAiService\n{\n    public const string GPT4_URL = 'https://api.openai.com/v1/chat/completions';\n}\n");
    const child = "<?php\nuse GuzzleHttp\\Client;\n\nclass Chat extends OpenAiService\n{\n    public function send($messages)\n    {\n        $client = new Client();\n        return $client->post(self::GPT4_URL, ['json' => ['messages' => $messages]]);\n    }\n}\n";
    project.addFile('app/Chat.php', child);
    assert.deepEqual(siteLines(child, 'app/Chat.php', project), ['9 POST /v1/chat/completions openai']);
  });

  it("Perl: the URL builder's result shown or logged is no request; one kept in a variable is read where it is built, its range that statement's", () => {
    const perl = (line: string): string => ['package ZChat::Core;', 'use Mojo::UserAgent;', 'sub complete {', '    my ($self, $body) = @_;', '    $self->{ua}->max_redirects(3);', line, '}', ''].join('\n');
    assert.deepEqual(siteLines(perl('    print STDERR $self->_build_url("/chat/completions"), "\\n";'), 'Core.pm'), []);
    assert.deepEqual(siteLines(perl('    warn $self->_build_url("/chat/completions");'), 'Core.pm'), []);
    const kept = detectCallSites(perl('    my $url = $self->_build_url("/chat/completions");'), { fileName: 'Core.pm' }).sites;
    assert.deepEqual(kept.map((s) => [s.range.start.line, s.callRange?.start.line]), [[5, 5]]);
    // (handed to the request over lines: the range runs from the request's line)
    const handed = detectCallSites(perl('    my $tx = $self->{ua}->build_tx(\n        POST => $self->_build_url("/chat/completions"),\n    );'), { fileName: 'Core.pm' }).sites;
    assert.deepEqual(handed.map((s) => [s.range.start.line, s.callRange?.start.line]), [[6, 5]]);
  });
});

// What round 110 (corpora 552–554) missed at its first run.
describe('held-out round 110', () => {
  it("R's httr2: a path appended to a request's base in a pipe, from `request(base)` in place or a request kept in a name", () => {
    const r = [
      'base_url <- "https://api.openai.com/v1"',
      'ask <- function(prompt, model = "gpt-4o-mini") {',
      '  body <- list(model = model, messages = list(list(role = "user", content = prompt)))',
      '  req <- httr2::request(base_url)',
      '  resp <-',
      '    req |>',
      '    httr2::req_url_path_append("chat/completions") |>',
      '    httr2::req_body_json(body) |>',
      '    httr2::req_perform() |>',
      '    httr2::resp_body_json()',
      '  emb <- request("https://api.openai.com/v1") |> req_url_path_append("embeddings") |> req_body_json(list(model = "m", input = "x")) |> req_perform()',
      '  files <- request("https://api.openai.com/v1") %>% req_url_path_append("files") %>% req_method("GET") %>% req_perform()',
      '  shop <- request("https://shop.example.com/api") |> req_url_path_append("chat/orders") |> req_perform()',
      '  resp$choices[[1]]$message$content',
      '}',
      '',
    ].join('\n');
    // (the request from its `request(` to the path: the site where the base is named)
    assert.deepEqual(siteLines(r, 'chat.R'), ['4 POST /v1/chat/completions openai', '11 POST /v1/embeddings openai', '12 GET /v1/files openai']);
    const sites = detectCallSites(r, { fileName: 'chat.R' }).sites;
    assert.equal(sites[0]?.callRange?.end.line, 6);
  });
});

// What a review of rounds 109 and 110's changes found: test doubles read file-wide, and httr2's verb and base read past the pipe.
describe('review of rounds 109 and 110', () => {
  const helper = 'import httpx\n\nasync def run_request(client: httpx.AsyncClient, url: str, payload: dict):\n    response = await client.post(url, json=payload)\n    return response.json()\n';
  const head = 'from unittest.mock import AsyncMock, MagicMock\nimport httpx\nfrom bench.benchmark import run_request\n\n\n';
  const call = '    await run_request(client, "http://localhost/v1/chat/completions", payload)\n';
  const tests = (body: string): string[] => {
    const project = new ProjectIndex();
    project.addFile('bench/benchmark.py', helper);
    project.addFile('tests/test_x.py', head + body);
    return siteLines(head + body, 'tests/test_x.py', project);
  };

  it('Python: a name is a test double where its last assignment in the calling function makes one, not anywhere in the file', () => {
    // (another test's double of the same name; one reassigned a real client; a real client bound by `with … as`)
    assert.deepEqual(tests(`async def test_mocked():\n    client = AsyncMock()\n    payload = {}\n${call}\n\nasync def test_real():\n    client = httpx.AsyncClient()\n    payload = {}\n${call}`), ['15 POST /v1/chat/completions other']);
    assert.deepEqual(tests(`async def test_x():\n    payload = {}\n    client = AsyncMock()\n${call}    client = httpx.AsyncClient()\n${call}`), ['11 POST /v1/chat/completions other']);
    assert.deepEqual(tests(`async def test_mocked():\n    client = AsyncMock()\n    payload = {}\n${call}\n\nasync def test_real():\n    payload = {}\n    async with httpx.AsyncClient() as client:\n    ${call}`), ['15 POST /v1/chat/completions other']);
    // (a module's double, read in a test; a pytest fixture of that name returning one, handed as the test's parameter)
    assert.deepEqual(tests(`client = MagicMock()\n\n\nasync def test_x():\n    payload = {}\n${call}`), []);
    assert.deepEqual(tests(`def client():\n    client = AsyncMock()\n    return client\n\n\nasync def test_x(client):\n    payload = {}\n${call}`), []);
  });

  it("Python: a function returns a test double only where the name it returns holds one in that function", () => {
    const makers = 'def make_mock():\n    client = AsyncMock()\n    return client\n\n\ndef make_real():\n    client = httpx.AsyncClient()\n    return client\n\n\n';
    assert.deepEqual(tests(`${makers}async def test_real():\n    client = make_real()\n    payload = {}\n${call}`), ['19 POST /v1/chat/completions other']);
    assert.deepEqual(tests(`${makers}async def test_mocked():\n    client = make_mock()\n    payload = {}\n${call}`), []);
  });

  it('Python: a test double handed as something other than the client the helper sends through leaves the request real', () => {
    assert.deepEqual(tests(`async def test_real():\n    payload = MagicMock()\n    client = httpx.AsyncClient()\n${call}`), ['9 POST /v1/chat/completions other']);
  });

  const base = 'base_url <- "https://api.openai.com/v1"\n';
  it("R's httr2: the verb is read from the pipe alone, not from the statements after it or between a kept request and its use", () => {
    assert.deepEqual(siteLines(`${base}m <- request(base_url) |> req_url_path_append("models")\nc <- request(base_url) |> req_url_path_append("chat/completions") |> req_body_json(list(a = 1))\n`, 'a.R'), ['2 GET /v1/models openai', '3 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(`${base}req <- request(base_url)\nother <- request("https://x.example.com") |> req_body_json(list(a = 1))\nmodels <- req |> req_url_path_append("models") |> req_perform()\n`, 'a.R'), ['2 GET /v1/models openai']);
    // (the kept request's own links, and those of a reassignment that pipes it on, are the pipe's)
    assert.deepEqual(siteLines(`${base}req <- request(base_url) |> req_method("DELETE")\nreq <- req |> req_auth_bearer_token(key)\nreq |> req_url_path_append("files", file_id) |> req_perform()\n`, 'a.R'), ['2 DELETE /v1/files/{file_id} openai']);
    // (and so are the later statements that shape a request kept once its path is appended, to the name's next other value)
    assert.deepEqual(siteLines(`${base}req <- request(base_url) |> req_url_path_append("chat/completions")\nresp <- req |> req_body_json(body) |> req_perform()\n`, 'a.R'), ['2 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(`${base}req <- request(base_url) |> req_url_path_append("chat/completions")\nreq <- req_body_json(req, body)\nresp <- req_perform(req)\n`, 'a.R'), ['2 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(`${base}req <- request(base_url) |> req_url_path_append("models")\nresp <- req_perform(req)\nreq <- request(base_url) |> req_body_json(body)\n`, 'a.R'), ['2 GET /v1/models openai']);
  });

  it("R's httr2: a kept request is the name's last value in its block (not one reassigned since, nor another function's)", () => {
    assert.deepEqual(siteLines(`${base}req <- request(base_url)\nreq <- other_request("https://x.example.com")\nreq |> req_url_path_append("chat/completions") |> req_body_json(list()) |> req_perform()\n`, 'a.R'), []);
    assert.deepEqual(siteLines(`${base}a <- function() {\n  req <- request(base_url)\n  req\n}\nb <- function(req) {\n  req |> req_url_path_append("chat/completions") |> req_body_json(list()) |> req_perform()\n}\n`, 'a.R'), []);
  });

  it("R's httr2: every segment `req_url_path_append` is handed is the path's (`\"files\", file_id, \"content\"`)", () => {
    assert.deepEqual(siteLines(`${base}f <- request(base_url) |> req_url_path_append("files", file_id, "content") |> req_perform()\n`, 'a.R'), ['2 GET /v1/files/{file_id}/content openai']);
  });
});

// What a third reading of rounds 109 and 110's review found: its fixes lost a kept request and misread a test's keyword arguments.
describe('third reading of rounds 109 and 110', () => {
  const base = 'base_url <- "https://api.openai.com/v1"\n';
  it("R's httr2: a kept request reassigned by a call handed it (`req <- req_body_json(req, body)`) is still the request", () => {
    assert.deepEqual(siteLines(`${base}req <- request(base_url)\nreq <- req_body_json(req, list(a = 1))\nreq |> req_url_path_append("chat/completions") |> req_perform()\n`, 'a.R'), ['2 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(`${base}req <- request(base_url)\nreq <- httr2::req_method(req, "DELETE")\nreq |> req_url_path_append("files", file_id) |> req_perform()\n`, 'a.R'), ['2 DELETE /v1/files/{file_id} openai']);
  });

  it("R's httr2: a later function taking the kept name as its parameter holds another request, not this one's", () => {
    const later = (fn: string): string => `${base}req <- request(base_url) |> req_url_path_append("models")\nmodels <- req_perform(req)\n${fn}\n  req |> req_body_json(list(a = 1)) |> req_perform()\n}\n`;
    assert.deepEqual(siteLines(later('send <- function(req) {'), 'a.R'), ['2 GET /v1/models openai']);
    assert.deepEqual(siteLines(later('send <- function(body, req = NULL) {'), 'a.R'), ['2 GET /v1/models openai']);
    assert.deepEqual(siteLines(later('send <- \\(req) {'), 'a.R'), ['2 GET /v1/models openai']);
  });

  const helper = 'import httpx\n\nasync def run_request(client: httpx.AsyncClient, url: str, payload: dict):\n    response = await client.post(url, json=payload)\n    return response.json()\n';
  const head = 'from unittest.mock import AsyncMock, MagicMock\nimport httpx\nfrom bench.benchmark import run_request\n\n\n';
  const tests = (body: string): string[] => {
    const project = new ProjectIndex();
    project.addFile('bench/benchmark.py', helper);
    project.addFile('tests/test_x.py', head + body);
    return siteLines(head + body, 'tests/test_x.py', project);
  };

  it('Python: a keyword argument on its own line of a call over lines assigns nothing in the caller', () => {
    const call = '    await run_request(\n        client=client,\n        url="http://localhost/v1/chat/completions",\n        payload=payload,\n    )\n';
    assert.deepEqual(tests(`async def test_x():\n    client = AsyncMock()\n    payload = {}\n${call}${call}`), []);
  });

  it('Python: a name bound by `with … as` in the test is its value there, not a double the module gives that name', () => {
    assert.deepEqual(tests('client = MagicMock()\n\n\nasync def test_real():\n    payload = {}\n    async with httpx.AsyncClient() as client:\n        await run_request(client, "http://localhost/v1/chat/completions", payload)\n'), ['12 POST /v1/chat/completions other']);
  });
});
