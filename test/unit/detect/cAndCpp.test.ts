import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { languageForFileName } from '../../../src/core/detect/languages';
import { lex } from '../../../src/core/detect/lexer';

// C and C++ programs reach the API through libcurl (`curl_easy_setopt(curl, CURLOPT_URL, …)`) and cpr
// (`cpr::Post(cpr::Url{…})`); found by held-out corpora 336 (a C++ CLI) and 343 (a C program).
const found = (text: string, fileName: string): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider} ${s.language}`);

describe('C and C++', () => {
  it('reads the files of both languages, headers and Arduino sketches as C++', () => {
    assert.equal(languageForFileName('request.c'), 'c');
    for (const name of ['client.cpp', 'client.cc', 'client.cxx', 'api.h', 'api.hpp', 'sketch.ino']) assert.equal(languageForFileName(name), 'cpp', name);
  });

  it("lexes C++'s raw strings, whose quotes are the JSON body's, as one string", () => {
    const lexed = lex('auto body = R"({"model": "gpt-4o", "messages": []})";\nauto tagged = R"json(a ")" b)json";\nint n = 1;\n', 'c');
    assert.deepEqual(
      lexed.strings.map((s) => s.value),
      ['{"model": "gpt-4o", "messages": []}', 'a ")" b'],
    );
    assert.match(lexed.code, /int n = 1;/);
    // (an identifier ending in R before a string is no raw string's prefix)
    assert.deepEqual(lex('fooR"(x)"', 'c').strings.map((s) => s.value), ['(x)']);
  });

  it('found by held-out corpora 336 and 343: libcurl given the URL as a literal, a variable (`url.c_str()`), a macro or a pointer', () => {
    const cpp = [
      '#include <curl/curl.h>',
      '#define EMBEDDINGS_URL "https://api.openai.com/v1/embeddings"',
      'static const char *kModerationsUrl = "https://api.openai.com/v1/moderations";',
      'int main() {',
      '    const std::string url = "https://api.openai.com/v1/chat/completions";',
      '    std::string body = R"({"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})";',
      '    CURL *curl = curl_easy_init();',
      '    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());',
      '    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());',
      '    curl_easy_perform(curl);',
      '    curl_easy_cleanup(curl);',
      '    CURL *h = curl_easy_init();',
      '    curl_easy_setopt(h, CURLOPT_URL, EMBEDDINGS_URL);',
      '    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());',
      '    curl_easy_perform(h);',
      '    curl_easy_cleanup(h);',
      '    CURL *m = curl_easy_init();',
      '    curl_easy_setopt(m, CURLOPT_URL, kModerationsUrl);',
      '    curl_easy_setopt(m, CURLOPT_POST, 1L);',
      '    CURL *g = curl_easy_init();',
      '    curl_easy_setopt(g, CURLOPT_URL, "https://api.openai.com/v1/models");',
      '    curl_easy_perform(g);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cpp, 'chat.cpp'), [
      '8 POST /v1/chat/completions openai cpp',
      '13 POST /v1/embeddings openai cpp',
      '18 POST /v1/moderations openai cpp',
      // (no body, no CURLOPT_POST: libcurl sends a GET)
      '21 GET /v1/models openai cpp',
    ]);
    // the same in C, the handle's options set after the URL
    const c = '#include <curl/curl.h>\nint main(void) {\n  CURL *curl = curl_easy_init();\n  char url[] = "https://api.openai.com/v1/chat/completions";\n  curl_easy_setopt(curl, CURLOPT_URL, url);\n  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload);\n  return 0;\n}\n';
    assert.deepEqual(found(c, 'request.c'), ['5 POST /v1/chat/completions openai c']);
  });

  it("cpr's verbs, given the URL as `cpr::Url{…}`", () => {
    const cpp = 'auto r = cpr::Post(cpr::Url{"https://api.openai.com/v1/chat/completions"}, cpr::Body{body});\nauto m = cpr::Get(cpr::Url{"https://api.openai.com/v1/models"});\n';
    assert.deepEqual(found(cpp, 'client.cpp'), ['1 POST /v1/chat/completions openai cpp', '2 GET /v1/models openai cpp']);
  });

  it('not a URL in a comment, a log line, or an option that is no URL', () => {
    const cpp = '// curl_easy_setopt(curl, CURLOPT_URL, "https://api.openai.com/v1/chat/completions");\nstd::cout << "see https://api.openai.com/v1/models" << std::endl;\ncurl_easy_setopt(curl, CURLOPT_REFERER, "https://api.openai.com/v1/files");\n';
    assert.deepEqual(found(cpp, 'notes.cpp'), []);
  });
});

// Found by held-out corpus 355: the C++ library openai-cpp (olrea/openai-cpp), its methods read from its openai.hpp.
describe('the C++ library openai-cpp', () => {
  it("reads the started singleton's categories (`openai::chat().create(…)`) and an `OpenAI` held by name, on the base `openai::start` gives", () => {
    const cpp = '#include "openai.hpp"\n\nint main() {\n    openai::start();\n    auto chat = openai::chat().create(R"({"model": "gpt-4o", "messages": []})"_json);\n    auto& oa = openai::instance();\n    auto models = oa.model.list();\n    auto ft = oa.fine_tune.list();\n    openai::image().unknown();\n    return 0;\n}\n';
    assert.deepEqual(found(cpp, 'main.cpp'), ['5 POST /v1/chat/completions openai cpp', '7 GET /v1/models openai cpp', '8 GET /v1/fine-tunes openai cpp']);
    // (started on another base: that provider's; started nowhere in the file: decided there)
    assert.deepEqual(found(cpp.replace('openai::start();', 'openai::start("", "", true, "http://localhost:8080/v1/");'), 'main.cpp').slice(0, 1), ['5 POST /v1/chat/completions other cpp']);
    assert.deepEqual(found(cpp.replace('    openai::start();\n', ''), 'main.cpp').slice(0, 1), ['4 POST /v1/chat/completions unknown cpp']);
  });

  it('reads an `openai::_detail::OpenAI&` handed in, in a file that includes only its own header, and nothing of another library', () => {
    const cpp = '#include "chatsession.hpp"\n\nChatSession::ChatSession(openai::_detail::OpenAI& openai) : openai(openai) {}\n\nstd::string ChatSession::ask(nlohmann::json body) {\n    auto response = this->openai.chat.create(body);\n    return response.dump();\n}\n';
    assert.deepEqual(found(cpp, 'chatsession.cpp'), ['6 POST /v1/chat/completions unknown cpp']);
    assert.deepEqual(found('#include "llm.hpp"\nauto r = openai::chat().create(body);\n', 'other.cpp'), []);
  });
});

// Found by held-out corpus 398 (an M5Stack robot's ChatGPT and Whisper clients).
describe("Arduino's HTTPClient", () => {
  it('a `begin(…)` given a URL, literal or held in a name, with the verb the code after it sends in the same block', () => {
    const sketch = [
      '#include <HTTPClient.h>',
      'const String CHAT_URL = "https://api.openai.com/v1/chat/completions";',
      'String ask(String body) {',
      '  HTTPClient https;',
      '  if (!https.begin(CHAT_URL, root_ca_openai)) return "";',
      '  https.addHeader("Content-Type", "application/json");',
      '  int code = https.POST(body);',
      '  return https.getString();',
      '}',
      'void listModels(WiFiClientSecure &client) {',
      '  HTTPClient http;',
      '  http.begin(client, "https://api.groq.com/openai/v1/models");',
      '  http.GET();',
      '}',
      'void drop(WiFiClientSecure &client) {',
      '  HTTPClient http;',
      '  http.begin(client, "https://api.openai.com/v1/files/file-abc");',
      '  http.sendRequest("DELETE");',
      '}',
      'void time() {',
      '  HTTPClient http;',
      '  http.begin("http://worldtimeapi.org/api/ip");',
      '  http.GET();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(sketch, 'robot.ino'), ['5 POST /v1/chat/completions openai cpp', '12 GET /v1/models other cpp', '17 DELETE /v1/files/{file_id} openai cpp']);
    // (a `begin` on something that is no HTTPClient, a serial port or a display, is none)
    assert.deepEqual(found('void setup() {\n  Serial.begin(115200);\n  display.begin("https://api.openai.com/v1/models");\n}\n', 'setup.ino'), []);
  });

  it("a class's constant URL member in the header a source file includes, read by its bare name in the class's methods", () => {
    const header = '#pragma once\n#include <Arduino.h>\nclass Whisper {\n  public:\n    String transcriptions();\n  private:\n    const String url = "https://api.openai.com/v1/audio/transcriptions";\n};\n';
    const source = '#include "Whisper.h"\n#include <HTTPClient.h>\nString Whisper::transcriptions() {\n  HTTPClient https;\n  if (!https.begin(url, root_ca_openai)) return "";\n  int code = https.POST(body, size);\n  return https.getString();\n}\n';
    const project = new ProjectIndex();
    project.addFile('src/Whisper.h', header);
    project.addFile('src/Whisper.cpp', source);
    assert.deepEqual(detectCallSites(source, { fileName: 'src/Whisper.cpp', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['5 POST /v1/audio/transcriptions openai']);
    // (a function's own local of that name in a header is no member: not read)
    const inline = '#pragma once\ninline String make() {\n    const String url = "https://api.openai.com/v1/audio/transcriptions";\n    return url;\n}\n';
    const other = new ProjectIndex();
    other.addFile('src/Whisper.h', inline);
    other.addFile('src/Whisper.cpp', source);
    assert.deepEqual(detectCallSites(source, { fileName: 'src/Whisper.cpp', project: other }).sites, []);
  });
});

describe("Arduino's HTTPClient: found in review of round 58", () => {
  it("the verb before the client begins another request, a verb held in a name as the endpoint's own, a parameter as the caller's", () => {
    const ino = [
      '#include <HTTPClient.h>',
      'HTTPClient http;',
      'const char* url = "https://api.openai.com/v1/chat/completions";',
      'void a(String method, String body) {',
      '  http.begin(url);',
      '  int code = http.sendRequest(method.c_str(), body);',
      '  http.end();',
      '  http.begin("https://api.openai.com/v1/files/file-abc");',
      '  http.sendRequest("DELETE");',
      '}',
      'void postTo(const char* url, String body) {',
      '  http.begin(url);',
      '  http.POST(body);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ino, 'a.ino'), ['5 POST /v1/chat/completions openai cpp', '8 DELETE /v1/files/{file_id} openai cpp']);
  });

  it("a class's constant member reaches only the files defining that class's methods, and not a `String` of theirs of that name", () => {
    const header = 'class ChatGPT {\n  public:\n    String completions(String text);\n  private:\n    const String url = "https://api.openai.com/v1/chat/completions";\n};\n';
    const other = '#include "chat.h"\n#include <HTTPClient.h>\nvoid notify(String id) {\n  HTTPClient http;\n  http.begin(url);\n  http.POST(id);\n}\n';
    const local = '#include "chat.h"\n#include <HTTPClient.h>\nString ChatGPT::completions(String id) {\n  String url = String("https://example.com/hook?id=") + id;\n  HTTPClient http;\n  http.begin(url);\n  http.POST(id);\n  return "";\n}\n';
    const project = new ProjectIndex();
    project.addFile('src/chat.h', header);
    project.addFile('src/notify.ino', other);
    project.addFile('src/local.cpp', local);
    assert.deepEqual(detectCallSites(other, { fileName: 'src/notify.ino', project }).sites, []);
    assert.deepEqual(detectCallSites(local, { fileName: 'src/local.cpp', project }).sites, []);
  });
});
