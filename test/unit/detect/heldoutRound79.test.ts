import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteLines } from './siteLines';

const found = siteLines;

// What round 78's corpora (456–458) left, and what the seventy-ninth round's first runs (459–461) missed.
describe('held-out round 79', () => {
  it('Rust: a struct field every literal of the struct gives one literal base, read through format! (borrowed or not), legacy paths too', () => {
    const rs = [
      'pub struct Client {',
      '    _api_key: String,',
      '    _base_url: String,',
      '}',
      'impl Client {',
      '    pub fn new(api_key: String) -> Client {',
      '        Client { _api_key: api_key, _base_url: String::from("https://api.openai.com/v1") }',
      '    }',
      '    pub async fn run(&self, id: &str) {',
      '        let client = reqwest::Client::new();',
      '        let a = client.get(format!("{}/engines", &self._base_url)).send().await?;',
      '        let b = client',
      '            .post(format!(',
      '                "{}/engines/{}/completions",',
      '                &self._base_url, id',
      '            ))',
      '            .send()',
      '            .await?;',
      '        let c = client.post(format!("{}/embeddings", self._base_url)).send().await?;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'lib.rs'), ['11 GET /v1/engines openai', '12 POST /v1/engines/{engine_id}/completions openai', '19 POST /v1/embeddings openai']);
    // (a field also given a value read at run time is no literal base: the destination stays open)
    const twoWays = rs.replace('    pub async fn run', '    pub fn with_base(base: String) -> Client {\n        Client { _api_key: String::new(), _base_url: base }\n    }\n    pub async fn run');
    assert.ok(found(twoWays, 'lib.rs').every((site) => !site.endsWith(' openai')), found(twoWays, 'lib.rs').join('; '));
  });

  it("Rust: strings go on over lines (a URL after a line break is that URL); raw strings' quotes are no string ends", () => {
    const rs = [
      'fn f(client: reqwest::Client) {',
      '    let body = r#"{',
      '  "model": "gpt-4o", "x": "it\'s"',
      '  "messages": [{"role": "user"}]',
      '}"#;',
      '    let prompt = "You are',
      'a helpful assistant";',
      '    let a = client',
      '        .post(" ',
      '        https://api.openai.com/v1/fine-tunes")',
      '        .send();',
      '    let b = client.post("https://api.openai.com/v1/chat/completions").body(body).send();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'main.rs'), ['8 POST /v1/fine-tunes openai', '12 POST /v1/chat/completions openai']);
  });

  it("C++: a constructor's member initialiser holds the URL a cpr request is sent to; a libcurl handle kept as a member posts by CURLOPT_POSTFIELDS after a block", () => {
    const cpp = [
      '#include <cpr/cpr.h>',
      'Chat::Chat(const std::string& token) : m_token{token}, m_link{"https://api.openai.com/v1/chat/completions"} {}',
      'std::string Chat::ask(const std::string& body) {',
      '    return cpr::Post(cpr::Url{m_link}, cpr::Body{body}, cpr::Bearer({m_token})).text;',
      '}',
      'bool Client::complete(int i) {',
      '    std::string apiUrl = "https://api.openai.com/v1/engines/" + std::string(models[i]) + "/completions";',
      '    curl_easy_setopt(httpClient, CURLOPT_URL, apiUrl.c_str());',
      '    if (style >= 0) {',
      '        input.insert(0, prompts[style]);',
      '    }',
      '    curl_easy_setopt(httpClient, CURLOPT_POSTFIELDS, data.c_str());',
      '    return curl_easy_perform(httpClient) == CURLE_OK;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cpp, 'chat.cpp'), ['4 POST /v1/chat/completions openai', '8 POST /v1/engines/{engine_id}/completions openai']);
  });

  it('Dart: the chat_gpt_sdk package, its instance built with or without apiUrl; only in files that import it', () => {
    const dart = [
      "import 'package:chat_gpt_sdk/chat_gpt_sdk.dart';",
      'class Chat {',
      '  late OpenAI openAI;',
      '  void init() {',
      '    openAI = OpenAI.instance.build(token: key, baseOption: HttpSetup(), enableLog: true);',
      '  }',
      '  Future<void> go() async {',
      '    await openAI.onChatCompletion(request: req);',
      '    await openAI.audio.transcribes(AudioRequest(file: f));',
      '    await openAI.threads.v2.runs.createRun(threadId: id, request: r);',
      '    await OpenAI.instance.threads.messages.listMessage(threadId: id);',
      '    await openAI?.embed.embedding(request);',
      '    openAI.setToken(key);',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(dart, 'chat.dart'), [
      '8 POST /v1/chat/completions openai',
      '9 POST /v1/audio/transcriptions openai',
      '10 POST /v1/threads/{thread_id}/runs openai',
      '11 GET /v1/threads/{thread_id}/messages openai',
      '12 POST /v1/embeddings openai',
    ]);
    const elsewhere = dart.replace('baseOption: HttpSetup()', 'apiUrl: "https://api.groq.com/openai/v1/"');
    assert.equal(found(elsewhere, 'chat.dart')[0], '8 POST /v1/chat/completions other');
    assert.deepEqual(found(dart.replace("import 'package:chat_gpt_sdk/chat_gpt_sdk.dart';", "import 'package:other_sdk/other.dart';"), 'chat.dart'), []);
  });

  it('TypeScript: a name given what a function of the project returns, in a file importing from the SDK, called with an OpenAI-shaped chain', () => {
    const ts = [
      'import { layout } from "@/utils"',
      'import type { ChatCompletionMessageParam } from "openai/resources.mjs"',
      'const provider = layout()',
      'export async function run(context: ChatCompletionMessageParam[]) {',
      '  return provider.chat.completions.create({ model: "m", messages: context })',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'workflow/index.ts'), ['5 POST /v1/chat/completions unknown']);
    // (not without the SDK's import, nor from a package's factory: that package's client)
    assert.deepEqual(found(ts.replace('from "openai/resources.mjs"', 'from "./types"'), 'workflow/index.ts'), []);
    assert.deepEqual(found(ts.replace('from "@/utils"', 'from "groq-helpers"'), 'workflow/index.ts'), []);
  });

  it("Java: Apache HttpClient's `new HttpPost(url)` to a run-time URL, given a chat body a method of the file builds, in a file reading `choices`", () => {
    const java = [
      'import org.apache.hc.client5.http.classic.methods.HttpPost;',
      'public class OpenAiClient {',
      '    public String send(String text) throws Exception {',
      '        String requestBody = createBody(text);',
      '        String apiUrl = dto.getBaseUrl();',
      '        HttpPost httpPost = new HttpPost(apiUrl);',
      '        httpPost.setHeader("Authorization", "Bearer " + key);',
      '        httpPost.setEntity(new StringEntity(requestBody, StandardCharsets.UTF_8));',
      '        return read(httpClient.execute(httpPost));',
      '    }',
      '    private String createBody(String text) throws Exception {',
      '        Map<String, Object> body = new HashMap<>();',
      '        body.put("model", model);',
      '        body.put("messages", List.of(Map.of("role", "user", "content", text)));',
      '        return mapper.writeValueAsString(body);',
      '    }',
      '    private String read(JsonNode node) { return node.get("choices").get(0).asText(); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'OpenAiClient.java'), ['6 POST /v1/chat/completions unknown']);
    assert.deepEqual(found(java.replace('body.put("messages"', 'body.put("texts"'), 'OpenAiClient.java'), []);
  });

  it("Kotlin: a Spring WebClient chain on a client a name for OpenAI hands out, given an OpenAI path with a verb it has", () => {
    const kt = [
      'import org.springframework.stereotype.Service',
      'import app.base.OpenAIClient',
      '@Service',
      'class FileService(private val openAIClient: OpenAIClient, private val webClient: WebClient) {',
      '    fun list(option: Option?) = openAIClient(option)',
      '        .get().uri("/files").retrieve()',
      '    fun content(id: String) = openAIClient(null).get().uri("/files/$id/content").retrieve()',
      '    fun remove(id: String) = openAIClient(null).delete().uri("/files/$id").retrieve()',
      '    fun wrong(id: String) = openAIClient(null).put().uri("/files/$id").retrieve()',
      '    fun other() = webClient.get().uri("/files").retrieve()',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(kt, 'FileService.kt'), ['5 GET /v1/files unknown', '7 GET /v1/files/{file_id}/content unknown', '8 DELETE /v1/files/{file_id} unknown']);
  });

  it("found by the review of the round's rules: a flush-left libcurl GET keeps its verb; a Java method that sends and returns an answer builds no body; Kotlin's HttpPost without `new`; an ORM's `db.responses.create`; a Rust nested comment's quote; Rust's escaped line break", () => {
    const c = [
      'static CURL *curl;',
      'void list_models(void) {',
      'curl_easy_setopt(curl, CURLOPT_URL, "https://api.openai.com/v1/models");',
      'curl_easy_perform(curl);',
      '}',
      'void embed(const char *body) {',
      'curl_easy_setopt(curl, CURLOPT_URL, "https://api.openai.com/v1/embeddings");',
      'curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);',
      'curl_easy_perform(curl);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(c, 'main.c'), ['3 GET /v1/models openai', '7 POST /v1/embeddings openai']);
    const java = [
      'public class Relay {',
      '    public void notifySlack(String q) throws Exception {',
      '        String answer = askGpt(q);',
      '        HttpPost post = new HttpPost(webhookUrl);',
      '        post.setEntity(new StringEntity(answer));',
      '        client.execute(post);',
      '    }',
      '    private String askGpt(String q) throws Exception {',
      '        body.put("model", "gpt-4o");',
      '        body.put("messages", List.of(Map.of("role", "user", "content", q)));',
      '        HttpPost chat = new HttpPost("https://api.openai.com/v1/chat/completions");',
      '        chat.setEntity(new StringEntity(mapper.writeValueAsString(body)));',
      '        return read(client.execute(chat)).get("choices").get(0).getString("content");',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'Relay.java'), ['11 POST /v1/chat/completions openai']);
    const kt = [
      'class Chat {',
      '    fun send(text: String): String {',
      '        val requestBody = buildBody(text)',
      '        val httpPost = HttpPost(openAiUrl)',
      '        httpPost.setEntity(StringEntity(requestBody))',
      '        return read(client.execute(httpPost))',
      '    }',
      '    private fun buildBody(text: String): String {',
      '        val body = HashMap<String, Any>()',
      '        body.put("model", model)',
      '        body.put("messages", listOf(mapOf("role" to "user", "content" to text)))',
      '        return mapper.writeValueAsString(body)',
      '    }',
      '    private fun read(node: JsonNode) = node.get("choices").get(0).asText()',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(kt, 'Chat.kt'), ['4 POST /v1/chat/completions unknown']);
    const orm = [
      'import type { Response as OpenAIResponse } from "openai/resources/responses/responses";',
      'import { getDb } from "@/lib/db";',
      'const db = getDb();',
      'export async function save(r: OpenAIResponse) {',
      '  await db.responses.create({ data: { id: r.id } });',
      '  await db.embeddings.create({ data: { id: r.id } });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(orm, 'store.ts'), []);
    const rs = [
      '/* A nested comment: /* see the docs */ and a lone quote " in prose */',
      'fn f(client: reqwest::Client) {',
      '    let a = client.post("https://api.openai.com/v1/chat/completions").send();',
      '    let b = client.get("\\',
      '        https://api.openai.com/v1/models").send();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'main.rs'), ['3 POST /v1/chat/completions openai', '4 GET /v1/models openai']);
  });
});
