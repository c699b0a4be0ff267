import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

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
  });

  it("declarative clients' methods whose annotation takes the verb as an argument: OpenFeign's @RequestMapping, Spring's @HttpExchange", () => {
    const project = (files: Record<string, string>): ProjectIndex => {
      const index = new ProjectIndex();
      for (const [name, text] of Object.entries(files)) index.addFile(name, text);
      return index;
    };
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
    // a server's controller maps the same way: no client of ours
    const controller = ['@RestController', 'public class ChatController {', '    @RequestMapping(value = "/chat/completions", method = RequestMethod.POST)', '    public ChatResponse chat(@RequestBody ChatRequest request) { return service.chat(request); }', '}', ''].join('\n');
    assert.deepEqual(siteLines(controller, 'ChatController.java'), []);
  });
});
