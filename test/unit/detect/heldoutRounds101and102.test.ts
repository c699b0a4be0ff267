import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

/** A project of these files, added in order. */
function project(files: Record<string, string>): ProjectIndex {
  const index = new ProjectIndex();
  for (const [name, text] of Object.entries(files)) index.addFile(name, text);
  return index;
}

// What earlier rounds left unread (522, 430), and what rounds 101 and 102 (525–) read wrong.
describe('held-out rounds 101 and 102', () => {
  it('a path without its slash kept in a name, joined to a base after a slash string of its own', () => {
    const script = (url: string, path = '"chat/completions"'): string =>
      ['import requests', '', 'def call(host, messages):', `    path = ${path}`, `    url = ${url}`, '    r = requests.post(url, json={"messages": messages})', '    return r.json()', ''].join('\n');
    // vLLM's server behind a host the caller gives
    assert.deepEqual(siteLines(script('host.rstrip("/") + "/" + path.lstrip("/")'), 'client.py'), ['6 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(script('host + "/" + path'), 'client.py'), ['6 POST /v1/chat/completions unknown']);
    // (JavaScript too)
    const js = ["const BASE = 'https://api.openai.com/v1';", "const endpoint = 'audio/speech';", 'export async function speak(input) {', "  return fetch(BASE + '/' + endpoint, { method: 'POST', body: JSON.stringify({ model: 'tts-1', input }) });", '}', ''].join('\n');
    assert.deepEqual(siteLines(js, 'speak.js'), ['4 POST /v1/audio/speech openai']);
    // (one word, `'models'`, is any server's listing: only a joining helper's path is read so)
    assert.deepEqual(siteLines(js.replace("'audio/speech'", "'models'"), 'speak.js'), []);
    // a string other than a slash before it, a value that is no endpoint, or the name never joined: nothing
    assert.deepEqual(siteLines(script('host + "?" + path'), 'client.py'), []);
    assert.deepEqual(siteLines(script('host + "/" + path', '"static/index"'), 'client.py'), []);
    assert.deepEqual(siteLines(script('host'), 'client.py'), []);
    // (the version's string before it, or the version in the value)
    assert.deepEqual(siteLines(script('host + "/v1/" + path'), 'client.py'), ['6 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(script('host + "/" + path', '"v1/chat/completions"'), 'client.py'), ['6 POST /v1/chat/completions unknown']);
    // another function's own `path` parameter is its caller's, not this one's value
    const other = `${script('host + "/" + path')}\n\ndef fetch_static(host, path):\n    return requests.get(host + "/" + path).content\n`;
    assert.deepEqual(siteLines(other, 'client.py'), ['6 POST /v1/chat/completions unknown']);
  });

  it("declarative clients' methods whose annotation takes the verb as an argument: OpenFeign's @RequestMapping, Spring's @HttpExchange", () => {
    const feign = [
      '@FeignClient(name = "openai", url = "https://api.openai.com/v1")',
      'public interface OpenAiClient {',
      '    @RequestMapping(value = "/chat/completions", method = RequestMethod.POST, consumes = "application/json")',
      '    ChatResponse chat(@RequestBody ChatRequest request);',
      '    @RequestMapping(method = RequestMethod.GET, value = "/models")',
      '    ModelList models();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(feign, 'OpenAiClient.java'), ['3 POST /v1/chat/completions openai', '5 GET /v1/models openai']);
    const caller = 'public class Svc {\n    private final OpenAiClient client;\n    public String go(ChatRequest r) {\n        client.models();\n        return client.chat(r).text();\n    }\n}\n';
    assert.deepEqual(siteLines(caller, 'Svc.java', project({ 'OpenAiClient.java': feign, 'Svc.java': caller })), ['4 GET /v1/models openai', '5 POST /v1/chat/completions openai']);
    // Spring: the verb a string, the interface's own annotation a path prefix; the host the builder's
    const exchange = ['@HttpExchange("/v1")', 'public interface OpenAiClient {', '    @HttpExchange(url = "/embeddings", method = "POST")', '    EmbeddingResponse embed(@RequestBody EmbeddingRequest request);', '    @HttpExchange(method = "DELETE", url = "/files/{id}")', '    void remove(@PathVariable String id);', '}', ''].join('\n');
    assert.deepEqual(siteLines(exchange, 'OpenAiClient.java'), ['3 POST /v1/embeddings unknown', '5 DELETE /v1/files/{file_id} unknown']);
    // Kotlin's array arguments
    const kotlin = ['@FeignClient(name = "openai", url = "\\${openai.url}")', 'interface OpenAiClient {', '    @RequestMapping(method = [RequestMethod.POST], value = ["/audio/speech"])', '    fun speak(@RequestBody r: SpeechRequest): ByteArray', '}', ''].join('\n');
    assert.deepEqual(siteLines(kotlin, 'OpenAiClient.kt'), ['3 POST /v1/audio/speech unknown']);
    // the verb imported statically (`import static …RequestMethod.*;`, Kotlin's `method = [POST]`)
    assert.deepEqual(siteLines(feign.replace('method = RequestMethod.POST', 'method = POST'), 'OpenAiClient.java'), ['3 POST /v1/chat/completions openai', '5 GET /v1/models openai']);
    // a server's controller maps the same way: no client of ours
    const controller = ['@RestController', 'public class ChatController {', '    @RequestMapping(value = "/chat/completions", method = RequestMethod.POST)', '    public ChatResponse chat(@RequestBody ChatRequest request) { return service.chat(request); }', '}', ''].join('\n');
    assert.deepEqual(siteLines(controller, 'ChatController.java'), []);
  });

  it('a client kept from a parameter named for OpenAI, in a class of a file that imports no SDK (525)', () => {
    const connector = (param: string, resource = 'audio.transcriptions'): string =>
      ['import io', '', 'class WhisperConnector:', `    def __init__(self, ${param}):`, `        self.client = ${param.split(':')[0]}`, '', '    def transcribe(self, audio: bytes) -> str:', '        f = io.BytesIO(audio)', `        result = self.client.${resource}.create(`, '            model="whisper-1",', '            file=f', '        )', '        return result.text', ''].join('\n');
    assert.deepEqual(siteLines(connector('openai_client'), 'app/connectors/whisper.py'), ['9 POST /v1/audio/transcriptions unknown']);
    assert.deepEqual(siteLines(connector('client_openai'), 'app/connectors/whisper.py'), ['9 POST /v1/audio/transcriptions unknown']);
    // a plain name, or a double's, says nothing of whose client it is
    assert.deepEqual(siteLines(connector('client'), 'app/connectors/whisper.py'), []);
    assert.deepEqual(siteLines(connector('mock_openai'), 'app/connectors/whisper.py'), []);
    assert.deepEqual(siteLines(connector('openai_mock'), 'app/connectors/whisper.py'), []);
    assert.deepEqual(siteLines(connector('openai_client_stub'), 'app/connectors/whisper.py'), []);
  });

  it("Java's HttpURLConnection: the request spans the URL made just before and the connection opened on it (526)", () => {
    const java = [
      'public class Ask {',
      '    public static void main(String[] args) throws Exception {',
      '        URL url = new URL("https://api.openai.com/v1/chat/completions");',
      '        HttpURLConnection conn = (HttpURLConnection) url.openConnection();',
      '        conn.setRequestMethod("POST");',
      '    }',
      '}',
      '',
    ].join('\n');
    const sites = detectCallSites(java, { fileName: 'Ask.java' }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1} ${s.callRange?.start.line ?? -1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['4 2 POST /v1/chat/completions openai']);
    // a URL made far above is its own statement: the call is the connection's line
    const far = java.replace('        HttpURLConnection conn', '        int a = 1;\n        int b = 2;\n        int c = 3;\n        HttpURLConnection conn');
    assert.deepEqual(detectCallSites(far, { fileName: 'Ask.java' }).sites.map((s) => `${s.range.start.line + 1} ${s.callRange?.start.line ?? -1}`), ['7 6']);
    // one URL, two connections: the second's call is its own line
    const two = java.replace('        conn.setRequestMethod("POST");', '        HttpURLConnection other = (HttpURLConnection) url.openConnection();');
    assert.deepEqual(detectCallSites(two, { fileName: 'Ask.java' }).sites.map((s) => `${s.range.start.line + 1} ${s.callRange?.start.line ?? -1}`), ['4 2', '5 4']);
  });

  it("a class constant joined from its class's URL constant and a path, read from another file (527)", () => {
    const endpoints = ['package app.apis', '', 'object APIEndpoints {', '    val baseURL: String = "https://api.openai.com/v1"', '    val generateURL: String = baseURL + "/images/generations"', '}', ''].join('\n');
    // (the caller names OpenAI only in a comment, as the corpus's does: a file naming nothing of it is never read)
    const calls = ['package app.apis', '', 'import com.github.kittinunf.fuel.Fuel', '', '// ported from https://platform.openai.com/docs/guides/images', 'object APICalls {', '    fun generate(params: String) {', '        Fuel.post(APIEndpoints.generateURL)', '            .jsonBody(params)', '            .responseString { _, _, _ -> }', '    }', '}', ''].join('\n');
    const apis = project({ 'app/apis/APIEndpoints.kt': endpoints, 'app/apis/APICalls.kt': calls });
    assert.equal(apis.classUrlConstant('APIEndpoints.generateURL'), 'https://api.openai.com/v1/images/generations');
    assert.deepEqual(siteLines(calls, 'app/apis/APICalls.kt', apis), ['8 POST /v1/images/generations openai']);
    // (Java's, named through the class)
    const java = project({ 'Api.java': 'public class Api {\n    public static final String BASE = "https://api.groq.com/openai/v1/";\n    public static final String CHAT = Api.BASE + "/chat/completions";\n}\n' });
    assert.equal(java.classUrlConstant('Api.CHAT'), 'https://api.groq.com/openai/v1/chat/completions');
    // a base ending in a slash before a path without one, and Kotlin's template
    const slashes = project({ 'E.kt': 'object E {\n    val baseURL = "https://api.openai.com/v1/"\n    val chatURL = baseURL + "chat/completions"\n    val speechURL = "$baseURL/audio/speech"\n    val modelsURL = "${baseURL}/models"\n}\n' });
    assert.equal(slashes.classUrlConstant('E.chatURL'), 'https://api.openai.com/v1/chat/completions');
    assert.equal(slashes.classUrlConstant('E.speechURL'), 'https://api.openai.com/v1/audio/speech');
    assert.equal(slashes.classUrlConstant('E.modelsURL'), 'https://api.openai.com/v1/models');
    // a function's local of a constant's name leaves the constant as it is
    const local = project({ 'E.kt': 'object E {\n    val baseURL = "https://api.openai.com/v1"\n    val chatURL = "https://api.openai.com/v1/chat/completions"\n    fun debugUrl(): String {\n        val chatURL = baseURL + "/debug/echo"\n        return chatURL\n    }\n}\n' });
    assert.equal(local.classUrlConstant('E.chatURL'), 'https://api.openai.com/v1/chat/completions');
    // a name the class does not hold joins nothing
    const unknown = project({ 'Api.java': 'public class Api {\n    public static final String BASE = "https://api.openai.com/v1";\n    public static final String CHAT = Other.BASE + "/chat/completions";\n}\n' });
    assert.equal(unknown.classUrlConstant('Api.CHAT'), undefined);
  });

  it("a browser's WebRTC offer to a run-time URL naming the Realtime API (527)", () => {
    const component = (url: string, type = 'application/sdp'): string =>
      [
        "import type { OpenAIRealtimeConfig } from './types';",
        'export async function connect(config: OpenAIRealtimeConfig, pc, session) {',
        '  const offer = await pc.createOffer();',
        '  await pc.setLocalDescription(offer);',
        '  const response = await fetch(',
        `    ${url},`,
        `    { method: 'POST', body: offer.sdp, headers: { Authorization: \`Bearer \${session.key}\`, 'Content-Type': '${type}' } },`,
        '  );',
        '  await pc.setRemoteDescription({ type: "answer", sdp: await response.text() });',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(component('`${config.realtimeApiUrl}?model=${config.model}`'), 'src/context/Realtime.tsx'), ['5 POST /v1/realtime unknown']);
    // the literal URL is the URL detectors' (once)
    assert.deepEqual(siteLines(component('`https://api.openai.com/v1/realtime?model=${config.model}`'), 'src/context/Realtime.tsx'), ['5 POST /v1/realtime openai']);
    // WHIP's ingest and other signalling name no realtime API; JSON is no offer
    assert.deepEqual(siteLines(component('config.whipUrl'), 'src/context/Realtime.tsx'), []);
    assert.deepEqual(siteLines(component('config.realtimeApiUrl', 'application/json'), 'src/context/Realtime.tsx'), []);
    // a host the expression writes is judged: a media server's is not ours, an Azure OpenAI resource's (its name a placeholder) is Azure's
    assert.deepEqual(siteLines(component('`https://sfu.example.com/v1/realtime/${room}/whip`'), 'src/context/Realtime.tsx'), []);
    assert.deepEqual(siteLines(component("'https://sfu.example.com/realtime/' + room"), 'src/context/Realtime.tsx'), []);
    assert.deepEqual(siteLines(component('`https://${resource}.openai.azure.com/openai/realtime?deployment=${deployment}`'), 'src/context/Realtime.tsx'), ['5 POST /v1/realtime azure']);
  });

  it("Azure.AI.OpenAI's client on a placeholder endpoint is an Azure resource's yet to be filled in (530)", () => {
    const service = (uri: string): string =>
      ['using Azure;', 'using Azure.AI.OpenAI;', '', 'public class TranslationService', '{', '    readonly OpenAIClient _client;', '    public TranslationService()', '    {', `        _client = new OpenAIClient(new Uri(${uri}), new AzureKeyCredential("[Your key]"));`, '    }', '    public async Task<string> Transcribe(BinaryData data)', '    {', '        var response = await _client.GetAudioTranscriptionAsync(new AudioTranscriptionOptions("whisper", data));', '        return response.Value.Text;', '    }', '}', ''].join('\n');
    assert.deepEqual(siteLines(service('"[Your Azure OAI endpoint]"'), 'TranslationService.cs'), ['13 POST /v1/audio/transcriptions azure']);
    assert.deepEqual(siteLines(service('"<your-endpoint>"'), 'TranslationService.cs'), ['13 POST /v1/audio/transcriptions azure']);
    // a URL written there is judged as before
    assert.deepEqual(siteLines(service('"https://my-gateway.example.com/"'), 'TranslationService.cs'), ['13 POST /v1/audio/transcriptions other']);
  });

  it("the legacy module as the package's __init__.py configures it, which Python runs before the package's modules (528)", () => {
    const init = ['import os', 'import openai', '', 'from mypkg.chat import ChatCompletion', '', 'openai.api_key = os.getenv("AZURE_OPENAI_KEY")', 'openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")', "openai.api_type = 'azure'", "openai.api_version = '2023-05-15'", ''].join('\n');
    const chat = ['import openai', '', 'class ChatCompletion:', '    def create(*args, **kwargs):', '        return openai.ChatCompletion.create(*args, **kwargs)', ''].join('\n');
    assert.deepEqual(siteLines(chat, 'mypkg/chat.py', project({ 'mypkg/__init__.py': init, 'mypkg/chat.py': chat })), ['5 POST /v1/chat/completions azure']);
    // another package's __init__.py, or one that configures nothing, leaves the module OpenAI's
    assert.deepEqual(siteLines(chat, 'other/chat.py', project({ 'mypkg/__init__.py': init, 'other/chat.py': chat })), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(chat, 'mypkg/chat.py', project({ 'mypkg/__init__.py': 'import openai\n', 'mypkg/chat.py': chat })), ['5 POST /v1/chat/completions openai']);
    // the module's own configuration comes first
    const own = chat.replace('import openai\n', 'import openai\nopenai.api_base = "http://localhost:1234/v1"\n');
    assert.deepEqual(siteLines(own, 'mypkg/chat.py', project({ 'mypkg/__init__.py': init, 'mypkg/chat.py': own })), ['6 POST /v1/chat/completions other']);
  });
});
