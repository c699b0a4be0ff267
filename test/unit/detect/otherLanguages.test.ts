import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { lex } from '../../../src/core/detect/lexer';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';

// Raw HTTP from the languages whose OpenAI SDKs are not analysed (held-out corpus 32 had Kotlin,
// Rust and a C# notebook): the URL, the variable or URL type holding it, and the call that sends it.
const found = (text: string, fileName: string): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider} ${s.language}`);

describe('raw HTTP in other languages', () => {
  it('a cURL handle whose options are set some sixty lines on, after the body is assembled', () => {
    const php = `<?php\n$curl = curl_init('https://api.openai.com/v1/chat/completions');\n${"$params['x'] = $_POST['x'];\n".repeat(60)}$options = [\n  CURLOPT_POST => true,\n  CURLOPT_POSTFIELDS => json_encode($params),\n];\ncurl_setopt_array($curl, $options);\n$response = curl_exec($curl);\n`;
    assert.deepEqual(found(php, 'chatgpt.php'), ['2 POST /v1/chat/completions openai php']);
    // (found in review: a handle closed and made again is another request's; its options are not the first one's)
    const reused = `<?php\n$ch = curl_init('https://api.openai.com/v1/models');\n$models = curl_exec($ch);\ncurl_close($ch);\n${"$x[] = 1;\n".repeat(40)}$ch = curl_init('https://api.openai.com/v1/chat/completions');\ncurl_setopt($ch, CURLOPT_POST, true);\n`;
    assert.deepEqual(found(reused, 'two.php'), ['2 GET /v1/models openai php', '45 POST /v1/chat/completions openai php']);
  });

  it("Symfony's HttpClient names its verb by Request's constant", () => {
    const php = "<?php\n$response = $this->client->request(\n    Request::METHOD_POST,\n    'https://api.openai.com/v1/responses',\n    ['json' => $body]\n);\n$list = $this->client->request(Request::METHOD_GET, 'https://api.openai.com/v1/models');\n";
    assert.deepEqual(found(php, 'OpenAIService.php'), ['2 POST /v1/responses openai php', '7 GET /v1/models openai php']);
  });

  it('Java: java.net.http with a constant, OkHttp, RestTemplate; not a log message or a comment', () => {
    const java = [
      'public class Chat {',
      '    private static final String API_URL = "https://api.openai.com/v1/chat/completions";',
      '    // see https://api.openai.com/v1/models for the list',
      '    String ask(String body) throws Exception {',
      '        HttpRequest request = HttpRequest.newBuilder()',
      '            .uri(URI.create(API_URL))',
      '            .POST(HttpRequest.BodyPublishers.ofString(body))',
      '            .build();',
      "        char quote = '\"';",
      '        HttpRequest models = HttpRequest.newBuilder().uri(URI.create("https://api.openai.com/v1/models")).GET().build();',
      '        Request r = new Request.Builder().url("https://api.openai.com/v1/embeddings").post(body).build();',
      '        String x = restTemplate.postForObject("https://api.openai.com/v1/moderations", req, String.class);',
      '        log.info("Calling https://api.openai.com/v1/chat/completions now");',
      '        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'Chat.java'), ['6 POST /v1/chat/completions openai java', '10 GET /v1/models openai java', '11 POST /v1/embeddings openai java', '12 POST /v1/moderations openai java']);
  });

  it('C#: HttpClient verbs, HttpRequestMessage, an interpolated Azure URL, a verbatim string', () => {
    const cs = [
      'var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");',
      'string url = $"{endpoint}openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01";',
      'var response = await httpClient.PostAsync(url, content);',
      'var msg = new HttpRequestMessage(HttpMethod.Post, "https://api.openai.com/v1/audio/speech");',
      'var models = await http.GetStringAsync("https://api.openai.com/v1/models");',
      'var files = @"https://api.openai.com/v1/files";',
      'await http.DeleteAsync(files);',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'Bot.cs'), ['3 POST /v1/chat/completions azure csharp', '4 POST /v1/audio/speech openai csharp', '5 GET /v1/models openai csharp', '7 DELETE /v1/files openai csharp']);
  });

  it("Rust: reqwest's chained post; lifetimes and character literals open no string", () => {
    const rs = [
      "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { x }",
      'async fn chat(client: &Client) -> Result<(), reqwest::Error> {',
      "    let c = '\"';",
      '    let res = client',
      '        .post("https://oai.hconeai.com/v1/chat/completions")',
      '        .json(&body)',
      '        .send()',
      '        .await?;',
      '    Ok(())',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'main.rs'), ['4 POST /v1/chat/completions other rust']);
  });

  it('Kotlin, Swift, Dart, Scala: string templates, URL types, labelled arguments, the verb set after the request', () => {
    const kt = 'class Client(private val http: HttpClient) {\n    private val base = "https://api.openai.com"\n    suspend fun chat(body: String) = http.post("$base/v1/chat/completions") { setBody(body) }\n    suspend fun models() = http.get("${base}/v1/models")\n    val raw = """https://api.openai.com/v1/files"""\n}\n';
    assert.deepEqual(found(kt, 'Client.kt'), ['3 POST /v1/chat/completions openai kotlin', '4 GET /v1/models openai kotlin']);
    const swift = 'var request = URLRequest(url: URL(string: "https://api.openai.com/v1/chat/completions")!)\nrequest.httpMethod = "POST"\nlet url = URL(string: "https://api.openai.com/v1/images/generations")!\nvar r2 = URLRequest(url: url)\nr2.httpMethod = "POST"\n';
    assert.deepEqual(found(swift, 'Api.swift'), ['1 POST /v1/chat/completions openai swift', '4 POST /v1/images/generations openai swift']);
    const dart = "final r = await http.post(Uri.parse('https://api.openai.com/v1/chat/completions'), body: body);\nfinal m = await http.get(Uri.parse(\"$baseUrl/v1/models\"));\n";
    assert.deepEqual(found(dart, 'api.dart'), ['1 POST /v1/chat/completions openai dart', '2 GET /v1/models unknown dart']);
    const scala = 'object Svc {\n  val url = "https://api.openai.com/v1/chat/completions"\n  def run() = quickRequest.post(url).body(b).send()\n}\n';
    assert.deepEqual(found(scala, 'Svc.scala'), ['3 POST /v1/chat/completions openai scala']);
  });

  it('PHP and Ruby: curl, Laravel and Guzzle, Net::HTTP and HTTParty; # comments', () => {
    const php = "<?php\n# it's the OpenAI client\n$ch = curl_init('https://api.openai.com/v1/chat/completions');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($data));\n$response = Http::withToken($key)->post('https://api.openai.com/v1/embeddings', ['model' => 'x']);\n$r = $client->request('DELETE', 'https://api.openai.com/v1/models/ft-1');\n";
    assert.deepEqual(found(php, 'openai.php'), ['3 POST /v1/chat/completions openai php', '5 POST /v1/embeddings openai php', '6 DELETE /v1/models/{model} openai php']);
    const rb = 'require "net/http"\n# it\'s a comment with https://api.openai.com/v1/models\nuri = URI("https://api.openai.com/v1/chat/completions")\nreq = Net::HTTP::Post.new(uri)\nres = HTTParty.post("https://api.openai.com/v1/embeddings", body: body.to_json)\n';
    assert.deepEqual(found(rb, 'client.rb'), ['4 POST /v1/chat/completions openai ruby', '5 POST /v1/embeddings openai ruby']);
  });

  it("a .NET notebook's C# cells (its language_info may still say python), and a Polyglot cell of another language", () => {
    const cell = (source: string, kernelName?: string): unknown => ({ cell_type: 'code', source: source.split(/(?<=\n)/), metadata: kernelName ? { polyglot_notebook: { kernelName } } : {} });
    const notebook = {
      metadata: { kernelspec: { display_name: '.NET (C#)', language: 'C#', name: '.net-csharp' }, language_info: { name: 'python' } },
      cells: [
        cell('var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");\nstring visionEndpoint = $"{endpoint}openai/deployments/{dep}/chat/completions?api-version=2024-03-01-preview";\n'),
        { cell_type: 'markdown', source: ['# Call it'] },
        cell('var response = await httpClient.PostAsync(visionEndpoint, stringContent);\n'),
        cell('Invoke-WebRequest -Uri https://api.openai.com/v1/models\n', 'pwsh'),
      ],
    };
    const result = detectCallSites(JSON.stringify(notebook), { fileName: 'Sample.ipynb' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.sites.map((s) => `${s.cell}:${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider} ${s.language}`), ['2:1 POST /v1/chat/completions azure csharp']);
    // a notebook with no cell in a language read says so
    const r = detectCallSites(JSON.stringify({ metadata: { kernelspec: { language: 'R' } }, cells: [cell('httr::POST("https://api.openai.com/v1/chat/completions")\n')] }), { fileName: 'a.ipynb' });
    assert.deepEqual(r.problems, ['notebook kernel language "r" is not analysed']);
  });

  it('lexes C-family and #-comment languages', () => {
    const c = lex("char q = '\"'; // \"not a string\"\nString s = \"\"\"\nraw \"quoted\" text\n\"\"\"; fn f<'a>(x: &'a str) {}", 'c');
    assert.deepEqual(c.strings.map((s) => s.value), ['"', '\nraw "quoted" text\n']);
    assert.equal(c.comments.length, 1);
    const hash = lex("# it's\n$x = 'a'; // b\n/* c */ $y = \"d\";", 'hash');
    assert.deepEqual(hash.strings.map((s) => s.value), ['a', 'd']);
    assert.equal(hash.comments.length, 3);
  });

  it('found in review: verbs from the rest of the chain or the request built, GET by default; no verb from another statement', () => {
    const java = [
      'class A {',
      '  void a() {',
      '    HttpRequest r = HttpRequest.newBuilder().uri(URI.create("https://api.openai.com/v1/chat/completions")).header("Authorization", "Bearer " + props.get("k")).POST(body).build();',
      '    Request f = new Request.Builder().url("https://api.openai.com/v1/files").build();',
      '    Request d = new Request.Builder().url("https://api.openai.com/v1/files/x").method("DELETE", null).build();',
      '    ResponseEntity<String> e = restTemplate.exchange("https://api.openai.com/v1/audio/transcriptions", HttpMethod.POST, entity, String.class);',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'A.java'), ['3 POST /v1/chat/completions openai java', '4 GET /v1/files openai java', '5 DELETE /v1/files/{file_id} openai java', '6 POST /v1/audio/transcriptions openai java']);
    const kt = 'val req = Request.Builder().url("https://api.openai.com/v1/chat/completions").addHeader("A", "${keys.get(0)}").post(body).build()\nval m = Request.Builder().url("https://api.openai.com/v1/models").build()\nfun other() { analytics.post(event) }\n';
    assert.deepEqual(found(kt, 'B.kt'), ['1 POST /v1/chat/completions openai kotlin', '2 GET /v1/models openai kotlin']);
    const swift = 'var request = URLRequest(url: URL(string: "https://api.openai.com/v1/files")!)\nvar up = URLRequest(url: other)\nup.httpMethod = "POST"\nAF.request("https://api.openai.com/v1/chat/completions", method: .post)\n';
    assert.deepEqual(found(swift, 'b.swift'), ['1 GET /v1/files openai swift', '4 POST /v1/chat/completions openai swift']);
    const php = "<?php\n$h = curl_init('https://api.openai.com/v1/models');\n$g = curl_init();\ncurl_setopt($g, CURLOPT_POSTFIELDS, $x);\n$d = curl_init();\ncurl_setopt($d, CURLOPT_CUSTOMREQUEST, 'DELETE');\ncurl_setopt($d, CURLOPT_URL, 'https://api.openai.com/v1/models/ft-1');\n";
    assert.deepEqual(found(php, 'b.php'), ['2 GET /v1/models openai php', '7 DELETE /v1/models/{model} openai php']);
    assert.deepEqual(found('let r = client.request(Method::POST, "https://api.openai.com/v1/embeddings").send().await?;\n', 'b.rs'), ['1 POST /v1/embeddings openai rust']);
  });

  it('found in review: a parameter of the same name shadows a URL variable; a Rust constant typed as a reference', () => {
    const kt = 'class C(private val http: HttpClient) {\n    private val url = "https://api.openai.com/v1/models"\n    fun fetchAny(url: String) = http.get(url)\n    fun mine() = http.get(url)\n}\n';
    assert.deepEqual(found(kt, 'C.kt'), ['4 GET /v1/models openai kotlin']);
    const java = 'class S {\n  private static final String url = "https://api.openai.com/v1/models";\n  String any(String url) { return restTemplate.getForObject(url, String.class); }\n  String mine() { return restTemplate.getForObject(url, String.class); }\n}\n';
    assert.deepEqual(found(java, 'S.java'), ['4 GET /v1/models openai java']);
    const cs = 'var url = "https://api.openai.com/v1/models";\npublic Task<string> Any(string url) => _http.GetStringAsync(url);\nvar x = await _http.GetStringAsync(url);\n';
    assert.deepEqual(found(cs, 's.cs'), ['3 GET /v1/models openai csharp']);
    const rs = 'const U: &\'static str = "https://api.openai.com/v1/models";\nfn any(client: &Client, U: &str) { client.get(U).send(); }\nfn mine(client: &Client) { client.get(U).send(); }\n';
    assert.deepEqual(found(rs, 's.rs'), ['3 GET /v1/models openai rust']);
  });

  it('found in review: templates with parameters (Ruby, Swift, PHP), verbatim strings, here-documents and block comments', () => {
    const rb = 'API = "https://api.openai.com/v1"\nHTTParty.post("https://api.openai.com/v1/threads/#{tid}/runs")\nHTTParty.delete("#{API}/files/#{id}")\nHELP = <<~TXT\n  HTTParty.post("https://api.openai.com/v1/chat/completions")\nTXT\n=begin\nHTTParty.post("https://api.openai.com/v1/moderations")\n=end\nre = %r{https?://x}; HTTParty.post("https://api.openai.com/v1/embeddings")\n';
    assert.deepEqual(found(rb, 'i.rb'), ['2 POST /v1/threads/{thread_id}/runs openai ruby', '3 DELETE /v1/files/{file_id} openai ruby', '10 POST /v1/embeddings openai ruby']);
    const php = "<?php\n$base = 'https://api.openai.com/v1';\n$r = Http::post(\"$base/chat/completions\", []);\n$r = Http::post(\"{$base}/embeddings\", []);\n#[Attribute] $x = curl_init('https://api.openai.com/v1/models');\n$doc = <<<EOT\n  curl_init(\"https://api.openai.com/v1/files\");\n  EOT;\n";
    assert.deepEqual(found(php, 'i.php'), ['3 POST /v1/chat/completions openai php', '4 POST /v1/embeddings openai php', '5 GET /v1/models openai php']);
    assert.deepEqual(found('let base = "https://api.openai.com/v1"\nvar r = URLRequest(url: URL(string: "\\(base)/files")!)\n', 'i.swift'), ['2 GET /v1/files openai swift']);
    // (a function's own `let url` is not another function's; a run-time base the file puts before `/chat/completions` lists its models)
    const lmStudio = 'class S {\n  func chat() async throws {\n    let url = URL(string: "\\(baseURL)/chat/completions")!\n    var request = URLRequest(url: url)\n    request.httpMethod = "POST"\n  }\n  func check() async {\n    let url = URL(string: "\\(baseURL)/health")!\n    var request = URLRequest(url: url)\n    let models = URL(string: "\\(baseURL)/models")!\n    var listing = URLRequest(url: models)\n  }\n}\n';
    assert.deepEqual(found(lmStudio, 'LMStudio.swift'), ['4 POST /v1/chat/completions unknown swift', '11 GET /v1/models unknown swift']);
    // (found in review: a type's stored property is no local; its extension's methods read it)
    const extension = 'final class ChatService {\n    let url = "https://api.openai.com/v1/chat/completions"\n}\nextension ChatService {\n    func send(_ body: Data) async throws {\n        var request = URLRequest(url: URL(string: url)!)\n        request.httpMethod = "POST"\n    }\n}\n';
    assert.deepEqual(found(extension, 'ChatService.swift'), ['6 POST /v1/chat/completions openai swift']);
    const cs = 'var quote = @"""";\nvar p = @"C:\\temp\\";\nawait http.PostAsync("https://api.openai.com/v1/chat/completions", c);\n';
    assert.deepEqual(found(cs, 'v.cs'), ['3 POST /v1/chat/completions openai csharp']);
  });

  it('found in review: a notebook whose kernel language is read by no detector falls back to language_info', () => {
    const cell = { cell_type: 'code', source: ['from openai import OpenAI\n', 'OpenAI().models.list()\n'] };
    for (const metadata of [{ kernelspec: { language: '' }, language_info: { name: 'python' } }, { kernelspec: { language: 'Python 3' } }, { kernelspec: { language: 'sparksql' }, language_info: { name: 'python' } }, { kernelspec: { language: 5 } }, {}]) {
      assert.equal(detectCallSites(JSON.stringify({ metadata, cells: [cell] }), { fileName: 'a.ipynb' }).sites.length, 1, JSON.stringify(metadata));
    }
  });

  it('corpus 36: a verb set earlier in the builder chain (hyper)', () => {
    const rs = 'let req = Request::builder()\n    .method(Method::POST)\n    .uri("https://api.openai.com/v1/chat/completions")\n    .header("Authorization", key)\n    .body(Body::from(body))?;\nlet m = Request::builder().uri("https://api.openai.com/v1/models").body(Body::empty())?;\n';
    assert.deepEqual(found(rs, 'prompt.rs'), ['3 POST /v1/chat/completions openai rust', '6 GET /v1/models openai rust']);
  });

  it("Java's HttpURLConnection, PHP's curl_setopt_array, Ruby calls without brackets", () => {
    const java = 'class X {\n  void a() throws Exception {\n    URL url = new URL("https://api.openai.com/v1/chat/completions");\n    HttpURLConnection conn = (HttpURLConnection) url.openConnection();\n    conn.setRequestMethod("POST");\n    HttpURLConnection c2 = (HttpURLConnection) new URL("https://api.openai.com/v1/models").openConnection();\n  }\n}\n';
    assert.deepEqual(found(java, 'X.java'), ['4 POST /v1/chat/completions openai java', '6 GET /v1/models openai java']);
    const php = "<?php\n$ch = curl_init();\ncurl_setopt_array($ch, [\n    CURLOPT_URL => 'https://api.openai.com/v1/embeddings',\n    CURLOPT_POST => true,\n]);\n";
    assert.deepEqual(found(php, 'x.php'), ['3 POST /v1/embeddings openai php']);
    const rb = 'response = HTTParty.post "https://api.openai.com/v1/chat/completions", body: payload.to_json\nmodels = HTTParty.get "https://api.openai.com/v1/models"\nputs "see https://api.openai.com/v1/models"\n';
    assert.deepEqual(found(rb, 'x.rb'), ['1 POST /v1/chat/completions openai ruby', '2 GET /v1/models openai ruby']);
  });

  it('found in second review: verbs only from the same function and statement; WebClient names the verb first', () => {
    const php = '<?php\nfunction chat($body) {\n    $ch = curl_init("https://api.openai.com/v1/chat/completions");\n    curl_setopt($ch, CURLOPT_POST, true);\n    return curl_exec($ch);\n}\nfunction models() {\n    $ch = curl_init("https://api.openai.com/v1/models");\n    return curl_exec($ch);\n}\nfunction del($id) {\n    $ch = curl_init();\n    curl_setopt($ch, CURLOPT_URL, "https://api.openai.com/v1/files/" . $id);\n    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, "DELETE");\n}\n';
    assert.deepEqual(found(php, 'p1.php'), ['3 POST /v1/chat/completions openai php', '8 GET /v1/models openai php', '13 DELETE /v1/files/{file_id} openai php']);
    const swift = 'func create() {\n    var request = URLRequest(url: URL(string: "https://api.openai.com/v1/chat/completions")!)\n    request.httpMethod = "POST"\n}\nfunc list() {\n    var request = URLRequest(url: URL(string: "https://api.openai.com/v1/models")!)\n}\n';
    assert.deepEqual(found(swift, 'sw.swift'), ['2 POST /v1/chat/completions openai swift', '6 GET /v1/models openai swift']);
    const java = 'class C {\n  Mono<String> chat(String body) {\n    return webClient.post()\n        .uri("https://api.openai.com/v1/chat/completions")\n        .bodyValue(body).retrieve().bodyToMono(String.class);\n  }\n  Mono<String> del(String id) {\n    return webClient.delete().uri("https://api.openai.com/v1/files/" + id).retrieve().bodyToMono(String.class);\n  }\n}\n';
    // (the request is named where the chain names its client and verb: `webClient.post()`)
    assert.deepEqual(found(java, 'Wc.java'), ['3 POST /v1/chat/completions openai java', '8 DELETE /v1/files/{file_id} openai java']);
    const kt = 'val a = Request.Builder().method("POST", body).url("https://hooks.example.com/x").build()\nval b = Request.Builder().url("https://api.openai.com/v1/models").build()\n';
    assert.deepEqual(found(kt, 'K.kt'), ['2 GET /v1/models openai kotlin']);
    const dart = 'const url = "https://api.openai.com/v1/chat/completions";\nFuture<void> send(String url) async {\n  await http.post(Uri.parse(url), body: b);\n}\n';
    assert.deepEqual(found(dart, 'd.dart'), []);
  });

  it("a built request's arguments come from its body set later in the function (`store: false`)", () => {
    const rb = 'def draft(email)\n  uri = URI("https://api.openai.com/v1/responses")\n  request = Net::HTTP::Post.new(uri)\n  request.body = { model: "gpt-5", input: email, store: false }.to_json\nend\ndef other(x)\n  req = Net::HTTP::Post.new(URI("https://api.openai.com/v1/responses"))\nend\n';
    const sites = detectCallSites(rb, { fileName: 'draft.rb' }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} store=${s.flags.store}`), ['3 /v1/responses store=false', '7 /v1/responses store=omitted']);
  });
  it('found by held-out corpus 277: a Rust URL formatted over several lines is its function\'s own; curl to a base whose host is a variable', () => {
    const rs = [
      'pub async fn list_models(client: &reqwest::Client, backend: &Backend) -> Result<Vec<String>> {',
      '    let url = format!("{}/models", backend.base_url);',
      '    let resp = client.get(url).send().await?;',
      '    Ok(vec![])',
      '}',
      'pub async fn chat(client: &reqwest::Client, backend: &Backend, req: &Req) -> Result<Resp> {',
      '    let url = format!(',
      '        "{}/chat/completions",',
      '        backend.base_url',
      '    );',
      '    let resp = client.post(url).json(req).send().await?;',
      '    Ok(resp.json().await?)',
      '}',
      '',
    ].join('\n');
    // (the models listing of a base the file also sends chat completions to: that base is an OpenAI-shaped API's)
    assert.deepEqual(found(rs, 'openai.rs'), ['3 GET /v1/models unknown rust', '11 POST /v1/chat/completions unknown rust']);
    const sh = '#!/usr/bin/env bash\nHOST="${1:-127.0.0.1:1001}"\nBASE="http://${HOST}"\ncode=$(curl -s -o /dev/null -w "%{http_code}" "${BASE}/v1/models")\ncurl -sS "${BASE}/health"\ncurl -sS -X POST "${BASE}/v1/chat/completions" -d "${REQ}"\n';
    assert.deepEqual(found(sh, 'test_vllm.sh'), ['4 GET /v1/models unknown shellscript', '6 POST /v1/chat/completions unknown shellscript']);
  });

  it('found by held-out corpus 281: httr2 pipes name their verb; an HTTParty class calls its verbs bare; a Dart top-level URL constant of another file', () => {
    const r = 'library(httr2)\nreq <- request("https://api.openai.com/v1/chat/completions") |>\n  req_headers(Authorization = paste("Bearer", key)) |>\n  req_body_json(list(model = "gpt-4o", messages = msgs, store = FALSE))\nmodels <- httr2::request("https://api.openai.com/v1/models") |> httr2::req_perform()\ngone <- request("https://api.openai.com/v1/files/abc") %>% req_method("DELETE") %>% req_perform()\n';
    assert.deepEqual(found(r, 'chat.R'), ['2 POST /v1/chat/completions openai r', '5 GET /v1/models openai r', '6 DELETE /v1/files/{file_id} openai r']);
    assert.equal(detectCallSites(r, { fileName: 'chat.R' }).sites[0]?.flags.store, 'false');
    const rb = "class OpenAiService\n  include HTTParty\n  base_uri 'https://api.openai.com/v1'\n  def self.generate_image(prompt)\n    post('/images/generations', body: { prompt: prompt }.to_json)\n  end\nend\n";
    assert.deepEqual(found(rb, 'open_ai_service.rb'), ['5 POST /v1/images/generations openai ruby']);
    const constants = "const chatGPTEndpoint = 'https://api.openai.com/v1/completions';\nconst chatGPTModel = 'text-davinci-003';\n";
    const helper = "import 'package:http/http.dart' as http;\nimport 'const.dart';\n// asks OpenAI\nFuture<String> ask(String message) async {\n  var url = Uri.parse(chatGPTEndpoint);\n  var response = await http.post(url, body: body);\n  return response.body;\n}\n";
    const project = new ProjectIndex();
    project.addFile('lib/utils/const.dart', constants);
    project.addFile('lib/utils/http_helper.dart', helper);
    assert.deepEqual(detectCallSites(helper, { fileName: 'lib/utils/http_helper.dart', project }).sites.map((x) => `${x.range.start.line + 1} ${x.httpMethod} ${x.endpoint} ${x.provider}`), ['6 POST /v1/completions openai']);
    // (a parameter of that name is the caller's)
    const shadowed = helper.replace('ask(String message)', 'ask(String chatGPTEndpoint)');
    assert.deepEqual(detectCallSites(shadowed, { fileName: 'lib/utils/http_helper.dart', project }).sites, []);
    // Android's Volley: the verb first, then the URL
    const kt = 'val url = "https://api.openai.com/v1/chat/completions"\nval request = object : JsonObjectRequest(\n    Request.Method.POST, url, body,\n    { response -> show(response) }, { error -> log(error) }) {}\nval models = StringRequest(Request.Method.GET, "https://api.openai.com/v1/models", { r -> }, { e -> })\n';
    assert.deepEqual(found(kt, 'MainActivity.kt'), ['2 POST /v1/chat/completions openai kotlin', '5 GET /v1/models openai kotlin']);
  });

  it('found by held-out corpora 241 and 275: Lua (Neovim plugins), plenary.curl and curl started with its arguments listed', () => {
    const lua = [
      'local Curl = require("plenary.curl")',
      '-- a comment with "quotes" and it\'s apostrophe: https://api.openai.com/v1/models',
      '--[[ a block comment',
      '  Curl.get("https://api.openai.com/v1/files")',
      ']]',
      'local M = {}',
      'function M.create(payload)',
      '  return Curl.post("https://api.openai.com/v1/threads", { body = payload, headers = { ["OpenAI-Beta"] = "assistants=v2" } })',
      'end',
      'function M.get(id)',
      '  return Curl.get("https://api.openai.com/v1/threads/" .. id)',
      'end',
      'function M.chat(payload, key)',
      '  vim.fn.jobstart({',
      '    "curl", "-s", "https://api.openai.com/v1/chat/completions",',
      '    "-H", "Authorization: Bearer " .. key,',
      '    "-d", payload,',
      '  }, { on_stdout = function(_, data) end })',
      'end',
      'local prompt = [[ a long string naming https://api.openai.com/v1/embeddings ]]',
      'return M',
      '',
    ].join('\n');
    assert.deepEqual(found(lua, 'openai.lua'), ['8 POST /v1/threads openai lua', '11 GET /v1/threads/{thread_id} openai lua', '14 POST /v1/chat/completions openai lua']);
    assert.deepEqual(lex('local s = [==[ a ]] b ]==] -- c "d"\nx = "e"', 'lua').strings.map((x) => x.value), [' a ]] b ', 'e']);
  });

  it('curl started with its arguments listed: Python, Node, Go, Rust; a list naming curl among other tools is no request', () => {
    const py = 'import subprocess\nURL = "https://api.openai.com/v1/chat/completions"\nsubprocess.run(["curl", "-s", URL, "-d", body], check=True)\ncmd = ["curl", "-sS", f"{base}/v1/models"]\nTOOLS = ["curl", "wget", "https://example.com"]\nprint("curl", "https://api.openai.com/v1/files")\n';
    assert.deepEqual(found(py, 'run.py'), ['3 POST /v1/chat/completions openai python', '4 GET /v1/models unknown python']);
    const js = 'const { spawn } = require("child_process");\nspawn("curl", ["-s", "https://api.openai.com/v1/embeddings", "-d", JSON.stringify(body)]);\n';
    assert.deepEqual(found(js, 'run.js'), ['2 POST /v1/embeddings openai javascript']);
    const go = 'package main\nimport "os/exec"\nfunc ask(ctx context.Context, body string) {\n\texec.CommandContext(ctx, "curl", "-X", "POST", "https://api.openai.com/v1/responses", "-d", body).Run()\n}\n';
    assert.deepEqual(found(go, 'ask.go'), ['4 POST /v1/responses openai go']);
    const rs = 'use std::process::Command;\nfn main() {\n    let out = Command::new("curl")\n        .arg("-s")\n        .args(&["https://api.openai.com/v1/moderations", "-d", &body])\n        .output();\n}\n';
    assert.deepEqual(found(rs, 'main.rs'), ['3 POST /v1/moderations openai rust']);
  });

  it('found by held-out corpora 287 and 288: Elixir\'s Tesla on a literal BaseUrl, Ktor\'s forms, Hurl files, R\'s glue strings', () => {
    const ex = 'defmodule App.OpenAI do\n  use Tesla\n  plug Tesla.Middleware.BaseUrl, "https://api.openai.com/v1"\n  plug Tesla.Middleware.JSON\n  def completion(params) do\n    "/completions"\n    |> post(params)\n  end\n  def models, do: get("/models")\n  def health, do: get("/health")\nend\n';
    assert.deepEqual(found(ex, 'open_ai.ex'), ['7 POST /v1/completions openai elixir', '9 GET /v1/models openai elixir']);
    const kt = 'suspend fun transcribe(file: ByteArray) = client.submitFormWithBinaryData("https://api.openai.com/v1/audio/transcriptions", formData { append("model", "whisper-1") })\n';
    assert.deepEqual(found(kt, 'AudioController.kt'), ['1 POST /v1/audio/transcriptions openai kotlin']);
    assert.deepEqual(found('POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\n\n{"model": "gpt-4o", "messages": []}\n', 'logprobs.hurl'), ['1 POST /v1/chat/completions openai http']);
    const r = 'create_image <- function(prompt) {\n  task <- "images/generations"\n  base_url <- glue::glue("https://api.openai.com/v1/{task}")\n  httr::POST(url = base_url, body = list(prompt = prompt), encode = "json")\n}\n';
    assert.deepEqual(found(r, 'image.R'), ['4 POST /v1/images/generations openai r']);
  });

  it('review of the later rules: Tesla only in its own module, not in its docs, only under /v1; Ktor forms in the query are GETs; glue values from statements only', () => {
    const ex = 'defmodule OpenAIClient do\n  use Tesla\n  plug Tesla.Middleware.BaseUrl, "https://api.openai.com/v1"\n  @doc """\n  Example: get("/files")\n  """\n  def models, do: get("/models")\nend\ndefmodule Proxy.Router do\n  use Plug.Router\n  post("/embeddings", do: forward(conn))\nend\n';
    assert.deepEqual(found(ex, 'client.ex'), ['7 GET /v1/models openai elixir']);
    assert.deepEqual(found('defmodule C do\n  use Tesla\n  plug Tesla.Middleware.BaseUrl, "https://api.openai.com"\n  def models, do: get("/models")\nend\n', 'c.ex'), []);
    const kt = 'val models = client.submitForm("https://api.openai.com/v1/models", formParameters = parameters { }, encodeInQuery = true)\n';
    assert.deepEqual(found(kt, 'Models.kt'), ['1 GET /v1/models openai kotlin']);
    const r = '# task <- "files"\nopts <- list(a = 1, task = "moderations")\nf <- function() {\n  url <- glue::glue("https://api.openai.com/v1/{task}")\n  httr::POST(url = url)\n}\n';
    assert.deepEqual(found(r, 'api.R').filter((x) => /files|moderations/.test(x)), []);
  });

  it('review: curl argument lists under an options key, spaced or not, options that are no arguments, curl.exe, a list too long to be a command', () => {
    const lua = 'local uv = vim.loop\n-- openai\nuv.spawn("curl", { args = { "-X", "POST", "https://api.openai.com/v1/files", "-F", "purpose=batch" }, stdio = { nil, out, err } }, on_exit)\n';
    assert.deepEqual(found(lua, 'spawn.lua'), ['3 POST /v1/files openai lua']);
    const py = 'import subprocess\njob.run("curl", "-X", "POST", args={"-d", "x", "https://api.openai.com/v1/moderations"})\nsubprocess.run(["C:/tools/curl.exe", "https://api.openai.com/v1/models"])\n';
    assert.deepEqual(found(py, 'jobs.py'), ['2 POST /v1/moderations openai python', '3 GET /v1/models openai python']);
    const js = 'const { spawn } = require("child_process");\nspawn("curl", ["https://api.openai.com/v1/models"], { stdio: "inherit", shell: false });\n';
    assert.deepEqual(detectCallSites(js, { fileName: 'a.js' }).sites.map((x) => `${x.httpMethod} ${x.endpoint}`), ['GET /v1/models']);
    const long = `import subprocess\nsubprocess.run(["curl", "https://api.openai.com/v1/models", ${Array.from({ length: 100 }, (_, i) => `"-v${i}"`).join(', ')}])\n`;
    assert.deepEqual(found(long, 'long.py'), []);
  });

  it('review: an HTTParty class\'s bare verbs are its own, not a Sinatra route\'s in the same file; Dart constants only from the file imported', () => {
    const rb = "class Api\n  include HTTParty\n  base_uri 'https://api.openai.com/v1'\nend\nclass App < Sinatra::Base\n  post('/chat/completions') do\n    Api.post('/chat/completions', body: request.body.read)\n  end\nend\n";
    assert.deepEqual(found(rb, 'app.rb'), ['7 POST /v1/chat/completions openai ruby']);
    const project = new ProjectIndex();
    project.addFile('app1/lib/const.dart', "const baseUrl = 'https://api.openai.com/v1/chat/completions';\n");
    const twice = "import 'const.dart';\n// openai\nFuture a() => http.post(Uri.parse(baseUrl));\nFuture b() => http.post(Uri.parse(baseUrl));\n";
    assert.deepEqual(detectCallSites(twice, { fileName: 'app1/lib/two.dart', project }).sites.map((x) => `${x.range.start.line + 1} ${x.endpoint}`), ['3 /v1/chat/completions', '4 /v1/chat/completions']);
    const unrelated = "import 'package:app2/config.dart';\n// openai\nFuture c() => http.post(Uri.parse(baseUrl));\n";
    assert.deepEqual(detectCallSites(unrelated, { fileName: 'app2/lib/analytics.dart', project }).sites, []);
  });

  it('found by held-out corpus 278: a URI made from a constant in one method and from a literal in a later one, each request with its own', () => {
    const rb = [
      'class ChatgptService',
      '  API_ENDPOINT = "https://api.openai.com/v1/chat/completions".freeze',
      '  def script(prompt)',
      '    uri = URI(API_ENDPOINT)',
      '    request = Net::HTTP::Post.new(uri.request_uri)',
      '  end',
      '  def voice(text)',
      '    uri = URI("https://api.openai.com/v1/audio/speech")',
      '    request = Net::HTTP::Post.new(uri.path, { "Content-Type" => "application/json" })',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(rb, 'chatgpt_service.rb'), ['5 POST /v1/chat/completions openai ruby', '9 POST /v1/audio/speech openai ruby']);
  });

  it("gaps named in the last closing note: Java's URL object held in a variable, Ruby's @instance bases, C#'s holes with quotes", () => {
    const java = 'class A {\n  static final String API_URL = "https://api.openai.com/v1/chat/completions";\n  String ask() throws Exception {\n    URL url = new URL(API_URL);\n    HttpURLConnection conn = (HttpURLConnection) url.openConnection();\n    conn.setRequestMethod("POST");\n    return "";\n  }\n}\n';
    assert.deepEqual(found(java, 'A.java'), ['5 POST /v1/chat/completions openai java']);
    const ruby = 'class Client\n  def initialize(base_url)\n    @base_url = base_url\n    @api = "https://api.openai.com/v1"\n  end\n  def chat(body)\n    uri = URI("#{@base_url}/v1/chat/completions")\n    Net::HTTP.post(uri, body.to_json)\n  end\n  def moderate(body)\n    HTTParty.post("#{@api}/moderations", body: body.to_json)\n  end\nend\n';
    assert.deepEqual(found(ruby, 'client.rb'), ['8 POST /v1/chat/completions unknown ruby', '11 POST /v1/moderations openai ruby']);
    // a hole's quotes no longer end the string; `{{` is a literal brace and opens no hole
    const csharp = 'var r = await http.PostAsync($"{cfg["AzureOpenAI:Endpoint"]}/openai/deployments/{dep}/chat/completions?api-version=2024-02-01", content);\nvar s = $"{{not a hole"; var m = await http.GetAsync("https://api.openai.com/v1/models");\n';
    assert.deepEqual(found(csharp, 'Chat.cs'), ['1 POST /v1/chat/completions azure csharp', '2 GET /v1/models openai csharp']);
    assert.deepEqual(lex('var s = $"{a["k"]}/x"; var t = "y";', 'c').strings.map((x) => x.value), ['{a["k"]}/x', 'y']);
  });

  it('found by held-out corpus 115: a path on a Spring WebClient or RestClient built with a literal base in the same file', () => {
    const java = [
      'public class ChatService {',
      '    private final WebClient webClient;',
      '    private final RestClient images = RestClient.create("https://api.openai.com/v1");',
      '    private final WebClient local;',
      '    public ChatService(WebClient.Builder builder) {',
      '        this.webClient = builder.baseUrl("https://api.openai.com/v1").build();',
      '        this.local = WebClient.builder().baseUrl("https://weather.example.com").build();',
      '    }',
      '    public String reply(Object payload) {',
      '        return webClient.post()',
      '            .uri("/chat/completions")',
      '            .bodyValue(payload).retrieve().bodyToMono(String.class).block();',
      '    }',
      '    public String image(Object payload) {',
      '        return images.post().uri("/images/generations").body(payload).retrieve().body(String.class);',
      '    }',
      '    public String forecast() {',
      '        return local.get().uri("/forecast/today").retrieve().bodyToMono(String.class).block();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'ChatService.java'), ['10 POST /v1/chat/completions openai java', '15 POST /v1/images/generations openai java']);
  });

  it('shell: Python and Node fed a here-document are read in their own language; a here-document written to a file is not run', () => {
    const script = [
      '#!/bin/bash',
      "python3 - <<'PY'",
      'from openai import OpenAI',
      'client = OpenAI()',
      'client.chat.completions.create(model="gpt-4o", messages=[])',
      'PY',
      'curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"',
      'cat <<EOF | python',
      'import openai',
      'openai.Embedding.create(input="x", engine="e")',
      'EOF',
      'node <<-JS',
      '\tconst OpenAI = require("openai");',
      '\tnew OpenAI({ baseURL: "http://localhost:11434/v1" }).files.list();',
      '\tJS',
      'cat <<EOF > notes.txt',
      'client.chat.completions.create(model="x")',
      'EOF',
      '',
    ].join('\n');
    assert.deepEqual(found(script, 'ask.sh'), ['5 POST /v1/chat/completions openai python', '7 GET /v1/models openai shellscript', '10 POST /v1/embeddings openai python', '14 GET /v1/files other javascript']);
    // (found by held-out corpus 128) one kept in a variable the script runs with `python3 -c`; not one it only prints
    const kept = '#!/bin/bash\nread -r -d \'\' SCRIPT << EOF\nfrom openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=[])\nEOF\npython3 -c "$SCRIPT"\n';
    assert.deepEqual(found(kept, 'gpt.sh'), ['4 POST /v1/chat/completions openai python']);
    assert.deepEqual(found(kept.replace('python3 -c "$SCRIPT"', 'echo "$SCRIPT"'), 'gpt.sh'), []);
    // (found by held-out corpus 147) a host held in a variable after the scheme; a commented-out other value does not count
    assert.deepEqual(found("#!/bin/bash\nexport HOST='api.mistral.ai'\n# export HOST='api.openai.com'\ncurl --request POST --url https://$HOST/v1/audio/transcriptions -F file=@a.wav\n", 't.sh'), ['4 POST /v1/audio/transcriptions other shellscript']);
    // (found by held-out corpus 149) a host and port from the environment, with an OpenAI API path: a run-time host; another path is nothing
    assert.deepEqual(found('curl -X POST "http://${LLAMA_ARG_HOST}:${LLAMA_ARG_PORT}/v1/chat/completions" -d \'{}\'\ncurl "http://${HOST}/v1/status"\n', 'q.sh'), ['1 POST /v1/chat/completions unknown shellscript']);
    // (found by held-out corpus 146) a script's curl wrapper named for it, perhaps sourced from another file
    assert.deepEqual(found('source ./retry.sh\nRESPONSE=$(curl_with_retry -s \\\n  -X POST "https://api.openai.com/v1/images/generations" \\\n  -d "$BODY")\nsafe_curl https://api.openai.com/v1/models\ncurl_with_retry() {\n  curl "$@"\n}\n', 'img.sh'), ['2 POST /v1/images/generations openai shellscript', '5 GET /v1/models openai shellscript']);
    // (found by held-out corpus 195) a function of any name that runs curl with its own arguments; not its calls to other APIs, nor a function that only prints them
    const forwarding = 'api_call() {\n    response=$(curl -sf --max-time "$TIMEOUT" "$@" 2>/dev/null) || die "Request failed"\n}\nshow() { echo "$@"; }\nr=$(api_call -X POST "${OPENAI_BASE}/chat/completions" -d "$body")\nr=$(api_call -X POST "${OLLAMA_HOST}/api/generate" -d "$body")\nshow -X POST "https://api.openai.com/v1/embeddings"\n';
    assert.deepEqual(found(forwarding, 'ai.sh'), ['5 POST /v1/chat/completions unknown shellscript']);
    // a here-document never closed runs to the end; a minified line of `<<` costs nothing
    assert.deepEqual(found('python <<EOF\nimport openai\nopenai.Moderation.create(input="x")\n', 'm.sh'), ['3 POST /v1/moderations openai python']);
    assert.deepEqual(found(`echo ${'python <<X '.repeat(20000)}\n`, 'long.sh'), []);
  });

  it('found by held-out corpus 134: a request builder\'s call range runs along its whole chain (OkHttp `Request.Builder()` through `.post(body)` and `.build()`), its callee the `.url(…)`', () => {
    const kt = 'val request = Request.Builder()\n    .url("https://api.openai.com/v1/chat/completions")\n    .addHeader("Authorization", "Bearer $key")\n    .post(body)\n    .build()\nval other = 1\n';
    const site = detectCallSites(kt, { fileName: 'Chat.kt' }).sites[0];
    assert.deepEqual([site?.range.start.line, site?.callRange?.start.line, site?.callRange?.end.line, site?.httpMethod], [1, 0, 4, 'POST']);
  });
  it("Elixir: HTTPoison, Req and Finch, module attributes, raising variants, atoms naming the verb; # comments", () => {
    const elixir = [
      'defmodule MyApp.OpenAI do',
      '  @chat_url "https://api.openai.com/v1/chat/completions"',
      '  @timeout 60_000',
      '',
      '  def chat(messages) do',
      '    body = Jason.encode!(%{model: "gpt-4o", messages: messages})',
      '    # HTTPoison.post("https://api.openai.com/v1/embeddings", body) is not sent',
      '    HTTPoison.post(@chat_url, body, headers(), recv_timeout: @timeout)',
      '  end',
      '',
      '  def image(prompt), do: Req.post!("https://api.openai.com/v1/images/generations", json: %{prompt: prompt}).body',
      '',
      '  def transcribe(body) do',
      '    Finch.build(:post, "https://api.openai.com/v1/audio/transcriptions", headers(), body) |> Finch.request(MyFinch)',
      '  end',
      '',
      '  def models do',
      '    url = "https://api.openai.com/v1/models/#{@model}"',
      '    HTTPoison.get!(url, headers())',
      '  end',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(elixir, 'lib/my_app/openai.ex'), [
      '8 POST /v1/chat/completions openai elixir',
      '11 POST /v1/images/generations openai elixir',
      '14 POST /v1/audio/transcriptions openai elixir',
      '19 GET /v1/models/{model} openai elixir',
    ]);
  });


  it("found by held-out corpus 214: Dart's multipart request names its verb and the URL variable", () => {
    const dart = "import 'package:http/http.dart' as http;\nFuture<String> transcribe(String path) async {\n  final url = Uri.parse('https://api.openai.com/v1/audio/transcriptions');\n  var request = http.MultipartRequest('POST', url);\n  request.files.add(await http.MultipartFile.fromPath('file', path));\n  return (await request.send()).toString();\n}\n";
    assert.deepEqual(found(dart, 'transcribe.dart'), ['4 POST /v1/audio/transcriptions openai dart']);
  });

  it("R: httr's verbs in capitals, `paste0` joining a base and path parts, `<-` assignments, a parameter's default URL; comments", () => {
    const r = [
      'library(httr)',
      'api_base <- "https://api.openai.com/v1"',
      'ask <- function(prompt) {',
      '  # https://api.openai.com/v1/models is only mentioned here',
      '  POST(url = paste0(api_base, "/chat/completions"), body = list(model = "gpt-4o"), encode = "json")',
      '}',
      'upload <- function(path, url = "https://api.openai.com/v1/files") {',
      '  httr::POST(url = url, body = list(file = upload_file(path), purpose = "assistants"))',
      '}',
      'models <- function() {',
      '  endpoint <- "https://api.openai.com/v1/models"',
      '  GET(endpoint)',
      '}',
      'run <- function(endpoint, thread_id, v) {',
      '  POST(url = paste0(endpoint, "/openai/threads/", thread_id, "/runs?api-version=", v), body = "")',
      '  POST(url = paste0(endpoint, "/openai/threads?api-version=", v), body = "")',
      '}',
      'weather <- function() GET(paste0(weather_base, "/forecast"))',
      '',
    ].join('\n');
    assert.deepEqual(found(r, 'openai.R'), ['5 POST /v1/chat/completions openai r', '8 POST /v1/files openai r', '12 GET /v1/models openai r', '15 POST /v1/threads/{thread_id}/runs azure r', '16 POST /v1/threads azure r']);
  });
});

// Found by held-out corpora 343–347 (the fortieth and forty-first rounds).
describe('raw HTTP requests found by held-out corpora 343–347', () => {
  it('343: a PHP script that calls its own cURL function `requestUrl($url, $body)` (also the name of Obsidian\'s fetch) by what that function does', () => {
    const php = "<?php\nfunction send($content) {\n    $url = 'https://api.openai.com/v1/chat/completions';\n    $ret = requestUrl($url, json_encode($param), $header);\n}\nfunction requestUrl($url, $param = '', $header = []) {\n    $ch = curl_init();\n    curl_setopt($ch, CURLOPT_URL, $url);\n    if ($param != '') {\n        curl_setopt($ch, CURLOPT_POST, 1);\n        curl_setopt($ch, CURLOPT_POSTFIELDS, $param);\n    }\n    $data = curl_exec($ch);\n    curl_close($ch);\n    return $data;\n}\n";
    assert.deepEqual(found(php, 'common.php'), ['4 POST /v1/chat/completions openai php']);
  });

  it("343: an API path on another host of OpenAI's own domain (`platform.openai.com`) is OpenAI's", () => {
    const cs = 'var response = await httpClient.PostAsync("https://platform.openai.com/v1/chat/completions", content);\n';
    assert.deepEqual(found(cs, 'Program.cs'), ['1 POST /v1/chat/completions openai csharp']);
    // (a look-alike domain is not)
    assert.deepEqual(found(cs.replace('platform.openai.com', 'notopenai.com'), 'Program.cs'), ['1 POST /v1/chat/completions other csharp']);
  });

  it('343: a name declared again in another method is another variable (a Swift `let url = …` after `guard let url = URL(string: …)` in `init`)', () => {
    const swift = 'class C {\n    private var apiEndpoint: URL\n    init(apiEndpoint: String) {\n        var correctedEndpoint = apiEndpoint\n        if apiEndpoint.contains("openrouter.ai") {\n            correctedEndpoint = apiEndpoint + "/chat/completions"\n        }\n        guard let url = URL(string: correctedEndpoint) else { fatalError("x") }\n        self.apiEndpoint = url\n    }\n    func ping() {\n        let url = apiEndpoint.appendingPathComponent("api/tags")\n        session.request(url)\n    }\n}\n';
    assert.deepEqual(found(swift, 'APIClient.swift'), []);
    // (the same variable, not declared again, still holds its URL)
    const js = 'let url = "https://api.openai.com/v1/models";\nif (x) { url = "https://api.openai.com/v1/files"; }\nfetch(url);\n';
    assert.deepEqual(found(js, 'a.js'), ['3 GET /v1/files openai javascript']);
  });

  it("343: an instance of the project's HTTParty class whose own `get`/`post` hand on to the class's (`@client = Client.new` in `module OpenAI`)", () => {
    const project = new ProjectIndex();
    const client = "module OpenAI\n  class Client\n    include HTTParty\n    base_uri 'https://api.openai.com'\n\n    def post(endpoint, options = {})\n      self.class.post(endpoint, options.merge(default_options))\n    end\n  end\nend\n";
    const thread = "module OpenAI\n  class CreateThread\n    attr_reader :client, :response\n\n    def initialize\n      @client = Client.new\n    end\n\n    def call\n      @response = client.post('/v1/threads')\n    end\n  end\nend\n";
    project.addFile('lib/open_ai/client.rb', client);
    project.addFile('lib/open_ai/create_thread.rb', thread);
    assert.deepEqual(detectCallSites(thread, { fileName: 'lib/open_ai/create_thread.rb', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['10 POST /v1/threads openai']);
    // (a class of that name in another module is another class, whose base is not known: a one-segment path on it says nothing)
    const other = thread.replace('module OpenAI', 'module Billing');
    assert.deepEqual(detectCallSites(other, { fileName: 'lib/billing/create_thread.rb', project }).sites, []);
  });

  it('345: .NET\'s older `WebRequest.Create(url)`, its verb set on the request after', () => {
    const cs = 'string apiEndpoint = "https://api.openai.com/v1/completions";\nWebRequest request = WebRequest.Create(apiEndpoint);\nrequest.Method = "POST";\nrequest.ContentType = "application/json";\n';
    assert.deepEqual(found(cs, 'AIMakesRequest.cs'), ['2 POST /v1/completions openai csharp']);
  });

  it("346: a helper named for its verb and JSON, another package's (`httpx.GetJSON(url, …)`)", () => {
    const go = 'package agent\n\nconst openaiModelsURL = "https://api.openai.com/v1/models"\n\nfunc list() {\n\tstatus, err := httpx.GetJSON(openaiModelsURL, map[string]string{"Authorization": "Bearer " + key}, &out)\n}\n';
    assert.deepEqual(found(go, 'openai.go'), ['6 GET /v1/models openai go']);
  });

  it("343: a C# helper handed RestSharp's `Method.Post` and a chat body, to a URL read from configuration", () => {
    const cs = [
      'public class OpenAiService(IHttpService httpService, IConfiguration configuration)',
      '{',
      '    private string? _chatGptApiUrl;',
      '    public async Task<string> ChatGptAsync(string message)',
      '    {',
      '        _chatGptApiUrl = configuration["OpenAi:ChatGPTApiUrl"] ?? string.Empty;',
      '        var data = new',
      '        {',
      '            model = "gpt-3.5-turbo",',
      '            messages = new[] { new { role = "user", content = message } }',
      '        };',
      '        HttpResponse response = await httpService.GetResponseFromUrl(_chatGptApiUrl, Method.Post,',
      '            "Unknown error occurred", headers, data);',
      '        return JsonConvert.DeserializeObject<dynamic>(response.Content)?["choices"][0]["message"]["content"];',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'OpenAiService.cs'), ['12 POST /v1/chat/completions unknown csharp']);
    // (a GET of the same helper sends no body of ours)
    assert.deepEqual(found(cs.replace('Method.Post', 'Method.Get'), 'OpenAiService.cs'), []);
  });

  it('346: a URL read from a setting whose fallback is a constant holding the URL: the endpoint the constant\'s, the destination unknown', () => {
    const rs = 'const DEFAULT_API_URL: &str = "https://api.openai.com/v1/chat/completions";\nasync fn f() {\n    let api_url = env::var("OPENAI_API_URL").unwrap_or_else(|_| DEFAULT_API_URL.to_string());\n    let r = client\n        .post(api_url)\n        .json(&body)\n        .send()\n        .await?;\n}\n';
    assert.deepEqual(found(rs, 'openai.rs'), ['5 POST /v1/chat/completions unknown rust']);
    const py = 'import os, requests\nDEFAULT_URL = "https://api.openai.com/v1/embeddings"\ndef f():\n    url = os.getenv("OPENAI_URL", DEFAULT_URL)\n    requests.post(url, json={})\n';
    assert.deepEqual(found(py, 'a.py'), ['5 POST /v1/embeddings unknown python']);
    const js = 'const DEFAULT_URL = "https://api.openai.com/v1/chat/completions";\nasync function f() {\n  const url = process.env.OPENAI_URL || DEFAULT_URL;\n  await fetch(url, { method: "POST" });\n}\n';
    assert.deepEqual(found(js, 'a.js'), ['4 POST /v1/chat/completions unknown javascript']);
    const rb = 'DEFAULT_URL = "https://api.openai.com/v1/chat/completions"\ndef f\n  url = ENV.fetch("OPENAI_URL", DEFAULT_URL)\n  HTTParty.post(url, body: {})\nend\n';
    assert.deepEqual(found(rb, 'a.rb'), ['4 POST /v1/chat/completions unknown ruby']);
    // (a fallback that holds no URL says nothing)
    assert.deepEqual(found(js.replace('"https://api.openai.com/v1/chat/completions"', '"gpt-4o"'), 'a.js'), []);
  });

  it("346: Python 3.12's f-string that reuses its quote in a replacement field (`f'{base.rstrip('/')}/chat/completions'`)", () => {
    const py = "import httpx\nwith httpx.Client() as client:\n    with client.stream(\n        'POST',\n        f'{self.base_url.rstrip('/')}/chat/completions',\n        json={'model': self.model, 'messages': messages},\n    ) as response:\n        pass\nx = f'{{literal}}' + 'https://api.openai.com/v1/models'\n";
    assert.deepEqual(found(py, 'glm.py'), ['3 POST /v1/chat/completions unknown python']);
    const lexed = lex("a = f'{x['k']}/v1'\nb = 'next'\n", 'python');
    assert.deepEqual(lexed.strings.map((s) => s.value), ["{x['k']}/v1", 'next']);
  });
});

// Misses left from earlier rounds, read since.
describe('raw HTTP requests of earlier rounds read since', () => {
  it('339: a helper that puts the path its caller hands after a literal base (`"https://api.openai.com/v1/" + endpoint`)', () => {
    const go = 'package p\nfunc (o *T) send(method string, endpoint string, body string) {\n\treq, err := http.NewRequest(method, "https://api.openai.com/v1/"+endpoint, strings.NewReader(body))\n}\nfunc (o *T) Speak() {\n\to.send("POST", "audio/speech", "x")\n}\n';
    assert.deepEqual(found(go, 'tts.go'), ['6 POST /v1/audio/speech openai go']);
    const py = 'import requests\ndef send(path, body):\n    return requests.post(f"https://api.openai.com/v1/{path}", json=body)\n\ndef speak(t):\n    return send("audio/speech", {"input": t})\n';
    // (the helper's own request stays too, its endpoint unknown: another call may hand it a path read at run time)
    assert.deepEqual(found(py, 'tts.py'), ['3 POST /v1/{} openai python', '6 POST /v1/audio/speech openai python']);
    // (a base with a query puts the value in it: no path of ours)
    const query = 'import requests\ndef hit(path):\n    return requests.get("https://stats.example.com/hit?u=" + path)\n\nhit("chat/completions")\n';
    assert.deepEqual(found(query, 'stats.py'), []);
  });

  it('332: a Go helper given a context first and a URL constant, `c.Get(ctx, MODELS_URL, nil)`; not a store\'s `Get(ctx, key)`', () => {
    const go = 'package application\n\nconst MODELS_URL = "https://api.openai.com/v1/models"\n\nfunc (c *Client) ListModels(ctx context.Context) error {\n\treturn c.Get(ctx, MODELS_URL, nil)\n}\n\nfunc cached(ctx context.Context) {\n\tv, _ := rdb.Get(ctx, MODELS_URL).Result()\n\tw := cache.Get(ctx, MODELS_URL)\n}\n';
    assert.deepEqual(found(go, 'models.go'), ['6 GET /v1/models openai go']);
  });
});

// Found in review of the rules above: what they must leave as it was.
describe('review of the rules of corpora 343–347', () => {
  it('a name declared again in another function, or from its own value, still holds the URL', () => {
    const js = 'const url = "https://api.openai.com/v1/chat/completions";\nfunction log(req) {\n  const url = req.originalUrl;\n  console.log(url);\n}\nasync function ask() {\n  return fetch(url, { method: "POST", body: "{}" });\n}\n';
    assert.deepEqual(found(js, 'e.js'), ['7 POST /v1/chat/completions openai javascript']);
    const rs = 'async fn ask(client: &Client) {\n    let url = "https://api.openai.com/v1/chat/completions";\n    let url = url.trim_end_matches(\'/\');\n    client.post(url).json(&body).send().await;\n}\n';
    assert.deepEqual(found(rs, 'f.rs'), ['4 POST /v1/chat/completions openai rust']);
  });

  it("a bare name the file defines is still the library's where it is no PHP function: node-fetch's ESM shim, a class's `post`", () => {
    const js = "const fetch = (...args) => import('node-fetch').then(({ default: fetch }) => fetch(...args));\nasync function models() {\n  return fetch('https://api.openai.com/v1/models');\n}\n";
    assert.deepEqual(found(js, 'c2.js'), ['3 GET /v1/models openai javascript']);
    const py = 'from requests import post\nclass Hook(MethodView):\n    def post(self):\n        return "ok"\n\ndef ask():\n    return post("https://api.openai.com/v1/chat/completions", json={})\n';
    assert.deepEqual(found(py, 'b.py'), ['7 POST /v1/chat/completions openai python']);
  });

  it("C++: a declaration `QUrl url(\"…\")` is no request; cpr given that variable is", () => {
    assert.deepEqual(found('QUrl url("https://api.openai.com/v1/chat/completions");\nui->link->setText(url.toString());\n', 'q4.cpp'), []);
    const cpp = 'std::string ask(const std::string &body) {\n    std::string url("https://api.openai.com/v1/chat/completions");\n    auto r = cpr::Post(cpr::Url{url}, cpr::Body{body});\n    return r.text;\n}\n';
    assert.deepEqual(found(cpp, 'q5.cpp'), ['3 POST /v1/chat/completions openai cpp']);
  });

  it("openai_ex's names only where the file writes `OpenaiEx.` or aliases the module from there: not an app's `alias MyApp.Repo.Model`", () => {
    const ex = 'defmodule MyApp.Chat do\n  alias MyApp.Repo.Model\n  alias OpenaiEx.Chat\n  def page(conn) do\n    models = Model.list(active: true)\n    Model.delete(hd(models))\n  end\nend\n';
    assert.deepEqual(found(ex, 'm.ex'), []);
  });

  it("Python f-strings: a string in a triple-quoted f-string's field holds its braces; the rest of the file is still read", () => {
    const py = 'import requests\nprompt = f"""Wrap in {\'{\'} braces"""\nrequests.post("https://api.openai.com/v1/chat/completions", json={"prompt": prompt})\n';
    assert.deepEqual(found(py, 'i.py'), ['3 POST /v1/chat/completions openai python']);
    // (an unclosed C++ raw string keeps the code as long as the text)
    assert.equal(lex('x = R"(abc', 'c').code.length, 'x = R"(abc'.length);
  });
});

// Found by held-out corpora 348–350 (the forty-second round).
describe('raw HTTP requests found by held-out corpora 348–350', () => {
  it("348: Ruby's `Net::HTTP::Post.new(\"/v1/realtime/sessions\")` sent on `Net::HTTP.new(uri.host, …)` of the file's one URI host", () => {
    const rb = 'class S\n  def http_client\n    uri = URI("https://api.openai.com/v1/realtime/sessions")\n    Net::HTTP.new(uri.host, uri.port).tap { |http| http.use_ssl = true }\n  end\n  def build_request\n    Net::HTTP::Post.new("/v1/realtime/sessions").tap do |req|\n      req.body = payload.to_json\n    end\n  end\nend\n';
    assert.deepEqual(found(rb, 'realtime_session_service.rb'), ['7 POST /v1/realtime/sessions openai ruby']);
    // (no URI in the file: the host is set elsewhere)
    assert.deepEqual(found(rb.replace('URI("https://api.openai.com/v1/realtime/sessions")', 'URI(ENV["BASE"])'), 'realtime_session_service.rb'), ['7 POST /v1/realtime/sessions unknown ruby']);
  });

  it("348: a PHP module's own `api_call($url, …)` given the API's URL; Dart's Dio built with `BaseOptions` on the next line", () => {
    const php = "<?php\nclass Responder {\n  public function reply($text) {\n    return $this->module->api_call(\n      'https://api.openai.com/v1/chat/completions',\n      array('model' => 'gpt-4o', 'messages' => $m)\n    );\n  }\n}\n";
    assert.deepEqual(found(php, 'responder.php'), ['4 POST /v1/chat/completions openai php']);
    const dart = "import 'package:dio/dio.dart';\nclass Api {\n  late Dio _dio;\n  Api() {\n    _dio = Dio(\n      BaseOptions(\n        baseUrl: 'https://openrouter.ai/api/v1',\n      ),\n    );\n  }\n  Future<void> ask(Map data) async {\n    final response = await _dio.post('/chat/completions', data: data);\n  }\n}\n";
    assert.deepEqual(found(dart, 'openrouter.dart'), ['12 POST /v1/chat/completions other dart']);
  });
});

// Found by held-out corpora 351–353 (the forty-third round).
describe('raw HTTP requests found by held-out corpora 351–353', () => {
  it("353: a helper that puts its own path after the base its caller hands (`fetchSSE(`${baseUrl}/chat/completions`)`), here or imported", () => {
    const js = "import { fetchSSE } from '../utils/fetch-sse.mjs'\nexport async function generateAnswers(port, baseUrl, apiKey, model) {\n  await fetchSSE(`${baseUrl}/chat/completions`, { method: 'POST', body: JSON.stringify({ model, messages: [] }) })\n}\nexport async function viaMoonshot(port) {\n  await generateAnswers(port, 'https://api.moonshot.cn/v1', key, 'moonshot-v1-8k')\n}\nexport async function viaConfig(port, config) {\n  await generateAnswers(port, config.customUrl + '/v1', key, 'm')\n}\n";
    assert.deepEqual(found(js, 'openai-api.mjs'), ['6 POST /v1/chat/completions other javascript', '9 POST /v1/chat/completions unknown javascript']);
    const project = new ProjectIndex();
    project.addFile('src/apis/openai-api.mjs', js);
    const glm = "import { generateAnswers } from './openai-api.mjs'\nexport async function viaGlm(port) {\n  const baseUrl = 'https://open.bigmodel.cn/api/paas/v4'\n  return generateAnswers(port, baseUrl, key, 'glm-4')\n}\n";
    project.addFile('src/apis/chatglm-api.mjs', glm);
    assert.deepEqual(detectCallSites(glm, { fileName: 'src/apis/chatglm-api.mjs', project }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`), ['4 /v1/chat/completions other']);
    // (the helper called with no caller here keeps its own line, the destination unknown)
    assert.deepEqual(found("export async function ask(baseUrl) {\n  return fetch(`${baseUrl}/chat/completions`, { method: 'POST' })\n}\n", 'ask.js'), ['2 POST /v1/chat/completions unknown javascript']);
  });

  it("353: Bedrock's `${this.baseUrl}${modelName}/invoke` with a chat body is no OpenAI request", () => {
    const js = "class A {\n  async send(prompt, modelName) {\n    const url = `${this.baseUrl}${modelName}/invoke`;\n    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ model: modelName, messages: [{ role: 'user', content: prompt }] }) });\n    const data = await response.json();\n    return data.choices[0].message.content;\n  }\n}\n";
    assert.deepEqual(found(js, 'awsbdrk-api.js'), []);
  });
});

// Found in review of the rules of corpora 348–353.
describe('review of the rules of corpora 348–353', () => {
  it("a helper putting its path after its caller's base: only its own calls (not `cache.get(key)`), only inference paths on a base decided at run time, and its other requests stay", () => {
    const js = "// openai\nclass Api {\n  async get(base) { return fetch(`${base}/models`) }\n}\nconst v = cache.get(key);\nfunction upl(base, q) { return fetch(`${base}/uploads`, { method: 'POST', body: q }) }\nupl(s3Base, 1);\n";
    assert.deepEqual(found(js, 'a.js'), []);
    const two = "// openai\nasync function callModel(baseUrl, otherBase) {\n  await fetch(`${baseUrl}/chat/completions`, { method: 'POST', body: b });\n  await fetch(`${otherBase}/v1/embeddings`, { method: 'POST', body: b });\n}\ncallModel('https://api.groq.com/openai/v1', cfg.embeddingsBase);\n";
    assert.deepEqual(found(two, 'b.js'), ['4 POST /v1/embeddings unknown javascript', '6 POST /v1/chat/completions other javascript']);
  });

  it("Ruby's `Net::HTTP::Post.new(\"/v1/…\")` takes the file's URI host only where every connection is opened on a URI's host", () => {
    const rb = 'class S\n  def chat\n    uri = URI("https://api.openai.com/v1/chat/completions")\n    Net::HTTP.new(uri.host, uri.port).request(Net::HTTP::Post.new(uri))\n  end\n  def upload\n    http = Net::HTTP.new(ENV["STORAGE_HOST"], 443)\n    http.request(Net::HTTP::Post.new("/v1/files"))\n  end\nend\n';
    assert.deepEqual(found(rb, 's.rb'), ['4 POST /v1/chat/completions openai ruby', '8 POST /v1/files unknown ruby']);
  });

  it("a Go `Get(ctx, URL)` only on a receiver named for an HTTP client, not a limiter's or a breaker's", () => {
    const go = 'package p\n\nconst openaiURL = "https://api.openai.com/v1/models"\n\nfunc f(ctx context.Context) {\n\tlimiter.Get(ctx, openaiURL)\n\tbreakers.Get(ctx, openaiURL)\n\thttpClient.Get(ctx, openaiURL)\n}\n';
    assert.deepEqual(found(go, 'p.go'), ['8 GET /v1/models openai go']);
  });

  it("a file's own top-level function of a fetch-like name is read by its body (`function get(url) { return cache.lookup(url) }`)", () => {
    const js = "function post(url, body) { return fetch(url, { method: 'POST', body: JSON.stringify(body) }); }\nfunction get(url) { return cache.lookup(url); }\npost('https://api.openai.com/v1/chat/completions', { model: 'gpt-4o' });\nget('https://api.openai.com/v1/models');\n";
    assert.deepEqual(found(js, 'bare.js'), ['3 POST /v1/chat/completions openai javascript']);
  });
});


// Found by held-out corpora 354–356 (the forty-fourth round).
describe('raw HTTP found by held-out corpora 354–356', () => {
  it("355: Methanol's request factory (`MutableRequest.POST(uri, body)`), in Java only", () => {
    const java = 'MutableRequest request = MutableRequest.POST("https://api.openai.com/v1/audio/transcriptions", body)\n    .header("Authorization", "Bearer " + key);\nHttpResponse<String> r = client.send(request, BodyHandlers.ofString());\nMutableRequest models = MutableRequest.GET("https://api.openai.com/v1/models");\n';
    assert.deepEqual(found(java, 'Transcription.java'), ['1 POST /v1/audio/transcriptions openai java', '4 GET /v1/models openai java']);
  });

  it("355: Elixir's Finch.build(:get, url, headers) with the URL in a variable, its id interpolated", () => {
    const ex = 'defmodule App.Jobs do\n  def fetch(job_id) do\n    url = "https://api.openai.com/v1/responses/#{job_id}"\n    req = Finch.build(:get, url, headers())\n    Finch.request(req, App.Finch)\n  end\nend\n';
    assert.deepEqual(found(ex, 'jobs.ex'), ['4 GET /v1/responses/{response_id} openai elixir']);
  });

  it("355: a Dart getter's URL (`String get _baseUrl => '$_endpoint/openai/deployments/…'`) and a C# expression-bodied property's", () => {
    const dart = "class Azure {\n  static const String _endpoint = Config.endpoint;\n  String get _baseUrl =>\n      '$_endpoint/openai/deployments/$_deployment/chat/completions?api-version=$_version';\n  Future<void> send() async {\n    final response = await _httpClient.post(Uri.parse(_baseUrl), body: jsonEncode(body));\n  }\n}\n";
    assert.deepEqual(found(dart, 'azure_openai_service.dart'), ['6 POST /v1/chat/completions azure dart']);
    const cs = 'class Chat {\n    private string Url => "https://api.openai.com/v1/chat/completions";\n    async Task Send(HttpContent c) { var r = await _http.PostAsync(Url, c); }\n}\n';
    assert.deepEqual(found(cs, 'Chat.cs'), ['3 POST /v1/chat/completions openai csharp']);
    // (found in review: a switch arm's pattern, `string s => $"…"`, declares no member)
    const arm = 'class Urls {\n    string For(object x) => x switch { string s => $"https://api.openai.com/v1/{s}", _ => "" };\n    async Task Send(HttpContent c, string s) { await _http.PostAsync(s, c); }\n}\n';
    assert.deepEqual(found(arm, 'Urls.cs'), []);
  });

  it("355: a Dart base another file declares as a top-level `String` and a string starts with (`'$BASE_URL/models'`)", () => {
    const project = new ProjectIndex();
    const consts = "String BASE_URL = 'https://api.openai.com/v1';\nString API_KEY = '';\n";
    const service = "import 'package:http/http.dart' as http;\nimport '../constants/api_consts.dart';\nclass Api {\n  static Future<void> models() async {\n    var r = await http.get(Uri.parse('$BASE_URL/models'), headers: {'Authorization': 'Bearer $API_KEY'});\n    var c = await http.post(Uri.parse('$BASE_URL/chat/completions'), body: body);\n  }\n}\n";
    project.addFile('lib/constants/api_consts.dart', consts);
    project.addFile('lib/services/api_services.dart', service);
    const sites = detectCallSites(service, { fileName: 'lib/services/api_services.dart', project }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);
    assert.deepEqual(sites, ['5 GET /v1/models openai', '6 POST /v1/chat/completions openai']);
    // (a top-level variable the declaring file sets again is decided at run time)
    const again = new ProjectIndex();
    again.addFile('lib/constants/api_consts.dart', `${consts}void useLocal() { BASE_URL = 'http://localhost:8080/v1'; }\n`);
    assert.deepEqual(detectCallSites(service, { fileName: 'lib/services/api_services.dart', project: again }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['6 POST /v1/chat/completions unknown']);
  });

  it('354: `/v1/files` under an OpenAI-compatible base (`…/openai/v1`), not on any other host', () => {
    const py = 'import httpx\nBASE_URL = "https://api.proxyapi.ru/openai/v1"\n\ndef upload(path):\n    url = f"{BASE_URL}/files"\n    with httpx.Client() as client:\n        return client.post(url, files={"file": open(path, "rb")}).json()\n';
    assert.deepEqual(found(py, 'proxyapi_client.py'), ['7 POST /v1/files other python']);
    assert.deepEqual(found(py.replace('/openai/v1', '/v1'), 'proxyapi_client.py'), []);
    // (found in review: nor on a local server this file only knows for its chat completions; its `/v1/files` is the app's storage)
    const local = 'import requests\nrequests.post("http://localhost:3000/v1/chat/completions", json={"model": "m", "messages": []})\nrequests.post("http://localhost:3000/v1/files", files={"f": b""})\n';
    assert.deepEqual(found(local, 'app.py'), ['2 POST /v1/chat/completions other python']);
  });

  it("355: Alamofire's one-word path after a base whose name says so (`self.baseURL + \"completions\"`)", () => {
    const swift = 'import Alamofire\nclass OpenAIService {\n    let baseURL = "https://api.openai.com/v1/"\n    func send() {\n        AF.request(self.baseURL + "completions", method: .post, parameters: p)\n        AF.request(self.title + "completions", method: .post, parameters: p)\n    }\n}\n';
    assert.deepEqual(found(swift, 'OpenAIService.swift'), ['5 POST /v1/completions openai swift']);
  });

  it("358: R's httr2 request kept in a variable and piped on a later line (`req <- httr2::request(url)` … `req |> req_body_json(…)`)", () => {
    const r = 'chat <- function(messages) {\n  req <- httr2::request("https://api.openai.com/v1/chat/completions")\n  resp <-\n    req |>\n    httr2::req_headers(Authorization = key) |>\n    httr2::req_body_json(list(messages = messages)) |>\n    httr2::req_perform()\n}\nmodels <- function() {\n  req <- httr2::request("https://api.openai.com/v1/models")\n  req |> httr2::req_perform()\n}\n';
    assert.deepEqual(found(r, 'openai.R'), ['2 POST /v1/chat/completions openai r', '10 GET /v1/models openai r']);
    // (found in review: a later function's parameter of that name is another request's)
    const two = 'list_models <- function() {\n  req <- httr2::request("https://api.openai.com/v1/models")\n  httr2::req_perform(req)\n}\nsend <- function(req, body) {\n  req |> httr2::req_body_json(body) |> httr2::req_perform()\n}\n';
    assert.deepEqual(found(two, 'two.R'), ['2 GET /v1/models openai r']);
  });

  it("359: an axios instance's verb on the line after its name (`axiosClient\\n  .post(\\n    \"/completions\"`)", () => {
    const ts = 'import axios from "axios";\nconst axiosClient = axios.create({ baseURL: "https://api.openai.com/v1" });\nexport function complete(prompt: string) {\n  return axiosClient\n    .post(\n      "/completions",\n      { model: "gpt-3.5-turbo-instruct", prompt },\n    );\n}\n';
    assert.deepEqual(found(ts, 'client.ts'), ['4 POST /v1/completions openai typescript']);
  });

  it("362: a port after the base's placeholder (Rust's `format!(\"{API_URL}:{port}/v1/chat/completions\")`); 356: websockets' `connect(uri=uri)`", () => {
    const rs = 'pub(crate) const API_URL: &str = "http://localhost";\nasync fn query(port: u16) {\n    let client = reqwest::Client::new();\n    let r = client.post(format!("{API_URL}:{port}/v1/chat/completions")).json(&body).send().await;\n}\n';
    assert.deepEqual(found(rs, 'api.rs'), ['4 POST /v1/chat/completions other rust']);
    assert.deepEqual(found(rs.replace('{API_URL}:{port}', '{API_URL}:8080'), 'api.rs'), ['4 POST /v1/chat/completions other rust']);
    const py = 'import websockets\nasync def run():\n    uri = f"wss://api.openai.com/v1/realtime?model={MODEL}"\n    async with websockets.connect(\n        uri=uri, additional_headers=h\n    ) as ws:\n        pass\n';
    assert.deepEqual(found(py, 'server.py'), ['4 WEBSOCKET /v1/realtime openai python']);
  });

  it("364: C#'s `PostAsync(\"\", …)` on an HttpClient whose BaseAddress is the endpoint, and one word after a base (`PostAsync(\"completions\", …)`)", () => {
    const cs = 'class P {\n  static void Main() {\n    using (var client = new HttpClient())\n    {\n      client.BaseAddress = new Uri("https://api.openai.com/v1/completions");\n      var r = client.PostAsync("", content).Result;\n      var label = string.Format("", r);\n    }\n  }\n}\n';
    assert.deepEqual(found(cs, 'Program.cs'), ['6 POST /v1/completions openai csharp']);
    const word = cs.replace('/v1/completions");', '/v1/");').replace('PostAsync("", content)', 'PostAsync("completions", content)');
    assert.deepEqual(found(word, 'Program.cs'), ['6 POST /v1/completions openai csharp']);
    // (the base itself no endpoint: nothing)
    assert.deepEqual(found(cs.replace('/v1/completions");', '/v1/");'), 'Program.cs'), []);
    // (found in a second review: the BaseAddress sent a verb its endpoint lacks is none of its requests)
    assert.deepEqual(found(cs.replace('PostAsync("", content)', 'DeleteAsync("")'), 'Program.cs'), []);
  });

  it("a helper's verb named in its options with no body (`fetch(url, { method: 'POST' })`) is the verb of its callers' requests", () => {
    const js = "async function callApi(url) {\n  const res = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${KEY}` } });\n  return res.json();\n}\ncallApi('https://api.openai.com/v1/chat/completions');\n";
    assert.deepEqual(found(js, 'api.js'), ['5 POST /v1/chat/completions openai javascript']);
  });
});

describe('raw HTTP found by held-out corpora 365–367', () => {
  it("Lua: a curl command written in pieces, kept in a name a runner is handed, and run by io.popen or os.execute; a curl string nothing runs is none", () => {
    const lua = [
      'local function ask(path)',
      '  local command =',
      '    "curl --no-buffer https://api.openai.com/v1/chat/completions " ..',
      '    "-H \'Content-Type: application/json\' " ..',
      '    "-d @" .. path',
      '  vim.fn.jobstart(command, { on_exit = done })',
      '  local h = io.popen("curl -s https://api.openai.com/v1/models -H \'Authorization: Bearer " .. key .. "\'")',
      '  os.execute("curl https://api.openai.com/v1/embeddings -d @x.json")',
      '  local hint = "curl https://api.openai.com/v1/moderations -d @y.json"',
      '  print(hint)',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(lua, 'gpt.lua'), ['3 POST /v1/chat/completions openai lua', '7 GET /v1/models openai lua', '8 POST /v1/embeddings openai lua']);
  });

  it("Java: a method's own URL variable is not another method's; a class named for OpenAI makes its base's resources OpenAI's, the path going on with an id; one segment only on a base named so", () => {
    const java = [
      'class OpenAiClientImpl {',
      '    public Map<String, Object> createBatch(String inputFileId) {',
      '        String url = openAiProperties.getBaseUrl() + "/batches";',
      '        return restTemplate.exchange(url, HttpMethod.POST, entity, Map.class).getBody();',
      '    }',
      '    public Map<String, Object> retrieveBatch(String batchId) {',
      '        String url = properties.getBaseUrl() + "/batches/" + batchId;',
      '        return restTemplate.exchange(url, HttpMethod.GET, entity, Map.class).getBody();',
      '    }',
      '    public String chat() {',
      '        String url = properties.getBaseUrl() + "/chat/completions";',
      '        return restTemplate.exchange(url, HttpMethod.POST, entity, String.class).getBody();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'OpenAiClientImpl.java'), ['4 POST /v1/batches unknown java', '8 GET /v1/batches/{batch_id} unknown java', '12 POST /v1/chat/completions unknown java']);
    // (in a class named otherwise whose base sends no chat either, its resources are no OpenAI API's; nor does a method read
    // another method's `url`)
    const other = java.replace('OpenAiClientImpl', 'ReviewsClient').replace('/chat/completions', '/reviews/summary').replace('openAiProperties', 'properties');
    assert.deepEqual(found(other, 'ReviewsClient.java'), []);
    // (one segment on a base the class's name alone says is OpenAI's is some other resource: a storage service's `/files`)
    assert.deepEqual(found(java.replace('openAiProperties.getBaseUrl() + "/batches"', 'storageBaseUrl + "/files"'), 'OpenAiClientImpl.java'), ['8 GET /v1/batches/{batch_id} unknown java', '12 POST /v1/chat/completions unknown java']);
    const health = 'class Status {\n  public String health() {\n    String url = settings.getHost() + "/health";\n    return rest.exchange(url, HttpMethod.GET, entity, String.class).getBody();\n  }\n  public String chat() {\n    String url = settings.getHost() + "/v1/chat/completions";\n    return rest.exchange(url, HttpMethod.POST, entity, String.class).getBody();\n  }\n}\n';
    assert.deepEqual(found(health, 'Status.java'), ['8 POST /v1/chat/completions unknown java']);
    // (a field set in the constructor is read by the methods: no declaration there)
    // (found in review: `else url = "…";` in a method sets the field; a parameter named `record` is no record's body)
    const field = 'class Gpt {\n  private String url = "https://api.openai.com/v1/chat/completions";\n  public void setLocal(boolean local) {\n    if (local) url = "http://localhost:8080/v1/chat/completions";\n    else url = "https://api.groq.com/openai/v1/chat/completions";\n  }\n  public void chat(String body) throws Exception {\n    HttpRequest req = HttpRequest.newBuilder().uri(URI.create(url)).POST(ofString(body)).build();\n  }\n  void handle(ConsumerRecord<String, String> record) {\n    String url = base + "/v1/embeddings";\n  }\n  void later() {\n    HttpRequest r = HttpRequest.newBuilder().uri(URI.create(url)).POST(ofString(b)).build();\n  }\n}\n';
    assert.deepEqual(found(field, 'Gpt.java'), ['8 POST /v1/chat/completions other java', '14 POST /v1/chat/completions other java']);
    const cs = 'class Voice {\n  private readonly string _endpoint;\n  public Voice() {\n    _endpoint = $"https://x.openai.azure.com/openai/deployments/{d}/audio/speech?api-version=2025-03-01-preview";\n  }\n  public async Task Speak() {\n    var r = await _http.PostAsync(\n      _endpoint, content);\n  }\n}\n';
    assert.deepEqual(found(cs, 'Voice.cs'), ['7 POST /v1/audio/speech azure csharp']);
  });

  it('a path a name holds filled into a template or f-string after its base, in the function that binds it', () => {
    const js = [
      "import axios from 'axios';",
      'async function handle(req, modelType) {',
      '  const { endpoint } = req.body;',
      "  const apiPath = modelType === 'phi' ? '/v1/chat/completions' : '/chat/completions';",
      '  const apiUrl = `${endpoint}${apiPath}`;',
      "  return axios({ method: 'post', url: apiUrl, data: req.body });",
      '}',
      'function other(base) {',
      '  const apiPath = route();',
      "  return axios({ method: 'post', url: `${base}${apiPath}` });",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(js, 'server.js'), ['6 POST /v1/chat/completions unknown javascript']);
    // (found in review: an assignment in a comment gives no value; a closure reads its function's)
    const commented = "let endpoint = '/v1/chat/completions';\n// endpoint = '/v1/completions'; // legacy\nexport const send = (base: string) => fetch(`${base}${endpoint}`, { method: 'POST' });\nfunction outer(base: string) {\n  const apiPath = '/v1/embeddings';\n  return retry(() => fetch(`${base}${apiPath}`, { method: 'POST' }));\n}\n";
    assert.deepEqual(found(commented, 'c.ts'), ['3 POST /v1/chat/completions unknown typescript', '6 POST /v1/embeddings unknown typescript']);
    const py = 'import requests\ndef embed(endpoint, body):\n    path = "/v1/embeddings"\n    return requests.post(f"{endpoint}{path}", json=body)\ndef other(endpoint):\n    path = pick()\n    return requests.post(f"{endpoint}{path}")\n';
    assert.deepEqual(found(py, 'embed.py'), ['4 POST /v1/embeddings unknown python']);
  });
});

describe('raw HTTP found by held-out corpora 368–370', () => {
  const sitesIn = (text: string, fileName: string, project?: ProjectIndex): string[] => detectCallSites(text, { fileName, ...(project ? { project } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider} ${s.language}`);

  it("C: a program's own libcurl wrappers named so send the OpenAI URL they are handed; a MIME post is a POST", () => {
    const c = '#include "http.h"\nvoid list(void) { curlHttpGetJSON("https://api.openai.com/v1/models", &out); }\nvoid ask(void) { curlHttpPostJSON("https://api.openai.com/v1/chat/completions", body, &out); }\nvoid stream(void) { curlHttpStreamPost("https://api.openai.com/v1/chat/completions", body, cb); }\nvoid other(void) { curlHttpGetJSON("https://example.com/v1/status", &out); }\n';
    assert.deepEqual(sitesIn(c, 'openai.c'), ['2 GET /v1/models openai c', '3 POST /v1/chat/completions openai c', '4 POST /v1/chat/completions openai c']);
    // (the wrapper's name says its verb)
    assert.deepEqual(sitesIn('#define OPENAI_FILE "https://api.openai.com/v1/files/file-abc"\nvoid d(void) { curl_http_delete(OPENAI_FILE); }\n', 'd.c'), ['2 DELETE /v1/files/{file_id} openai c']);
    const mime = 'static const char *URL = "https://api.openai.com/v1/audio/transcriptions";\nvoid t(CURL *h, curl_mime *mime) {\n  curl_easy_setopt(h, CURLOPT_URL, URL);\n  curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);\n  curl_easy_perform(h);\n}\n';
    assert.deepEqual(sitesIn(mime, 't.c'), ['3 POST /v1/audio/transcriptions openai c']);
  });

  it('C++: a URL constant a header the file includes declares, beside it or under include/', () => {
    const header = '#pragma once\n#include <string>\nconst std::string OPENAI_COMPLETION_URL = "https://api.openai.com/v1/chat/completions";\n#define LOCAL_URL "http://localhost:8080/v1/embeddings"\n';
    const source = '#include "openai_client.h"\nstd::string OpenAIClient::complete(const std::string& body) {\n  curl_easy_setopt(curl, CURLOPT_URL, OPENAI_COMPLETION_URL.c_str());\n  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());\n  curl_easy_setopt(curl, CURLOPT_URL, LOCAL_URL);\n  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());\n  return run();\n}\n';
    const project = new ProjectIndex();
    project.addFile('include/openai_client.h', header);
    project.addFile('src/openai_client.cpp', source);
    assert.deepEqual(sitesIn(source, 'src/openai_client.cpp', project), ['3 POST /v1/chat/completions openai cpp', '5 POST /v1/embeddings other cpp']);
    // (no such header in the project: the names say nothing)
    assert.deepEqual(sitesIn(source, 'src/openai_client.cpp'), []);
    // (found in review: a header function's own local is no file-level constant; the includer's own variable of that name is
    // its own; an include written with `../` resolves)
    const inline = 'inline std::string make() {\n  const std::string url = "https://api.openai.com/v1/chat/completions";\n  return url;\n}\nconst std::string CHAT_URL = "https://api.openai.com/v1/chat/completions";\n';
    const backend = '#include "../include/openai_api.h"\nvoid f(Config cfg) {\n  char url[512];\n  snprintf(url, 512, "%s/items", cfg.base);\n  curl_easy_setopt(curl, CURLOPT_URL, url);\n  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);\n  curl_easy_setopt(curl, CURLOPT_URL, CHAT_URL.c_str());\n  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);\n}\n';
    const other = new ProjectIndex();
    other.addFile('include/openai_api.h', inline);
    other.addFile('src/backend.cpp', backend);
    assert.deepEqual(sitesIn(backend, 'src/backend.cpp', other), ['7 POST /v1/chat/completions openai cpp']);
  });

  it("Kotlin: Ktor paths without their leading slash, with a run's placeholders, on a client whose other requests say OpenAI's API", () => {
    const kt = 'import io.ktor.client.request.post\ncontext(OpenAIClient)\nclass RunApi {\n  suspend fun a(threadId: ThreadId, runId: RunId) {\n    client.post("threads/runs") { setBody(r) }\n    client.post("threads/${threadId.id}/runs") { setBody(r) }\n    client.get("threads/$threadId/runs/$runId")\n    client.get("threads/$threadId/runs/$runId/cancel")\n  }\n}\n';
    assert.deepEqual(sitesIn(kt, 'RunApi.kt'), ['5 POST /v1/threads/runs unknown kotlin', '6 POST /v1/threads/{thread_id}/runs unknown kotlin', '7 GET /v1/threads/{thread_id}/runs/{run_id} unknown kotlin']);
    // (alone, such paths could be any API's)
    assert.deepEqual(sitesIn(kt.replace('client.post("threads/runs") { setBody(r) }\n', ''), 'RunApi.kt'), []);
  });

  it("436: Kotlin's Ktor request block named at its client and verb, its URL given inside by `url(…)`", () => {
    const kt = [
      'class Repo(private val client: HttpClient) {',
      '  suspend fun chat(request: Req): Res = client.post {',
      '    headers { append(HttpHeaders.Authorization, "Bearer $key") }',
      '    url("https://api.openai.com/v1/chat/completions")',
      '    setBody(request)',
      '  }.body()',
      '  suspend fun models(): Res = client.request {',
      '    method = HttpMethod.Get',
      '    url("https://api.openai.com/v1/models")',
      '  }.body()',
      '}',
      '',
    ].join('\n');
    const sites = detectCallSites(kt, { fileName: 'Repo.kt' }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1}-${(s.callRange?.end.line ?? 0) + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['2-6 POST /v1/chat/completions openai', '7-10 GET /v1/models openai']);
    // (a `url(…)` of a builder outside any request block stays where it is)
    assert.deepEqual(sitesIn('val r = Request.Builder()\n  .url("https://api.openai.com/v1/models")\n  .build()\n', 'Ok.kt'), ['2 GET /v1/models openai kotlin']);
  });

  it("436: Rust's request to a URL parsed from a formatted string (`Url::parse(&url_string).unwrap()`), handed on as `url.clone()`", () => {
    const rs = [
      'async fn main() {',
      '    let base = env::var("OPENAI_URL").unwrap();',
      '    let url_string = format!(',
      '        "{}/openai/deployments/{}/chat/completions?api-version=2023-05-15",',
      '        base, deployment',
      '    );',
      '    let url = Url::parse(&url_string).unwrap();',
      '    let response = client.post(url.clone()).json(&body).send().await;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(rs, 'main.rs'), ['8 POST /v1/chat/completions azure rust']);
    // (another function's `parse`, or another type's, holds no URL)
    assert.deepEqual(sitesIn(rs.replace('Url::parse', 'Json::parse'), 'main.rs'), []);
  });

  it("439: Rust's URL borrowed from a formatted string (`let url: &str = &format!(…)`); Elixir's `<>` onto a module attribute", () => {
    const rs = 'async fn call() {\n    let host = env::var("OPENAI_API_HOST").unwrap();\n    let url: &str = &format!("{host}/v1/chat/completions");\n    let res = client\n        .post(url)\n        .json(&body)\n        .send()\n        .await;\n}\n';
    assert.deepEqual(sitesIn(rs, 'request.rs'), ['5 POST /v1/chat/completions unknown rust']);
    const ex = [
      'defmodule Civicus.GroqClient do',
      '  @base_url "https://api.groq.com/openai/v1"',
      '  def chat(body) do',
      '    url = @base_url <> "/chat/completions"',
      '    HTTPoison.post(url, body, [])',
      '  end',
      '  def embed(body), do: HTTPoison.post(@base_url <> "/embeddings", body, [])',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(ex, 'groq_client.ex'), ['5 POST /v1/chat/completions other elixir', '7 POST /v1/embeddings other elixir']);
    // (an attribute read from the configuration is decided at run time; `/embeddings` on such a base could be any API's)
    assert.deepEqual(sitesIn(ex.replace('@base_url "https://api.groq.com/openai/v1"', '@base_url Application.get_env(:app, :url)'), 'groq_client.ex'), ['5 POST /v1/chat/completions unknown elixir']);
  });

  it("439: Kotlin's URL constant at the top level of another file of the package, or in an object imported by name", () => {
    const constants = 'package app.net\n\nconst val API_URL = "https://api.deepseek.com/chat/completions"\nconst val MAX_TOKENS = 500\n';
    const routes = 'package app.routes\n\nobject Routes {\n    const val MODELS_URL = "https://api.openai.com/v1/models"\n}\n';
    const client = 'package app.net\n\nimport okhttp3.Request\nimport app.routes.Routes.MODELS_URL\n\nclass Client {\n    fun chat(body: RequestBody) = Request.Builder()\n        .url(API_URL)\n        .post(body)\n        .build()\n    fun models() = Request.Builder().url(MODELS_URL).build()\n}\n';
    const project = new ProjectIndex();
    project.addFile('src/app/net/Constants.kt', constants);
    project.addFile('src/app/routes/Routes.kt', routes);
    assert.equal(project.usesPackageUrl(client, 'src/app/net/Client.kt'), true);
    assert.deepEqual(sitesIn(client, 'src/app/net/Client.kt', project), ['8 POST /v1/chat/completions other kotlin', '11 GET /v1/models openai kotlin']);
    // (another package's constant of that name is not this one, nor is a name the file declares itself)
    assert.deepEqual(sitesIn(client.replace('package app.net', 'package app.other').replace('.url(API_URL)', '.url(API_URL + "/openai")'), 'src/app/other/Client.kt', project), ['11 GET /v1/models openai kotlin']);
    assert.deepEqual(sitesIn(client.replace('class Client {', 'class Client {\n    private val API_URL = System.getenv("URL")'), 'src/app/net/Client.kt', project), ['12 GET /v1/models openai kotlin']);
  });

  it("442: Go's field given a deployment URL joined onto a base; PHP's file_get_contents with a stream context; Rust's struct field given a literal", () => {
    const go = [
      'package azure',
      'func (c *ChatClientAzure) setUrl() {',
      '\tc.chatUrl = c.apiBase + "openai/deployments/" + c.engine + "/chat/completions?api-version=" + c.apiVersion',
      '}',
      'func (c *ChatClientAzure) Send(b []byte) {',
      '\treq, _ := http.NewRequest("POST", c.chatUrl, bytes.NewBuffer(b))',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(go, 'azure.go'), ['6 POST /v1/chat/completions azure go']);
    const php = [
      '<?php',
      '$options = ["http" => ["method" => "POST", "header" => "Content-Type: application/json", "content" => $body]];',
      '$context = stream_context_create($options);',
      '$response = @file_get_contents("https://openrouter.ai/api/v1/chat/completions", false, $context);',
      '$models = file_get_contents("https://openrouter.ai/api/v1/models");',
      '$input = file_get_contents("php://input");',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(php, 'proxy.php'), ['4 POST /v1/chat/completions other php', '5 GET /v1/models other php']);
    const rs = [
      'use reqwest::Client;',
      'pub struct DeepseekModel {',
      '    base_url: String,',
      '}',
      'impl ModelApi for DeepseekModel {',
      '    fn new(api_key: impl Into<String>) -> Self {',
      '        Self { base_url: "https://api.deepseek.com/v1/chat/completions".to_string() }',
      '    }',
      '    fn chat(&self, request: ModelRequest) -> impl Future<Output = Result<String, ApiError>> + Send {',
      '        let url = self.base_url.clone();',
      '        async move { client.post(&url).json(&request).send().await }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(rs, 'api.rs'), ['11 POST /v1/chat/completions other rust']);
    // (a field some code sets otherwise is read at run time)
    assert.deepEqual(sitesIn(rs.replace('let url = self.base_url.clone();', 'self.base_url = config.url();\n        let url = self.base_url.clone();'), 'api.rs'), []);
  });

  it("441: a request's options in a variable, the call written over lines with a trailing comma (Apps Script's UrlFetchApp)", () => {
    const ts = 'const options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {\n  method: "post",\n  payload: JSON.stringify(payload),\n};\nconst response = UrlFetchApp.fetch(\n  "https://api.openai.com/v1/chat/completions",\n  options,\n);\n';
    assert.deepEqual(sitesIn(ts, 'Code.ts'), ['5 POST /v1/chat/completions openai typescript']);
  });

  it("444: lines ended by a lone CR (old Mac files) counted as an editor counts them; aiohttp's ws_connect; an Azure deployment path alone, sent on a client's base", () => {
    const py = ['import aiohttp', 'class Gen:', '    URL = "https://api.openai.com/v1/chat/completions"', '    async def ask(self, session, body):', '        async with session.post(self.URL, json=body) as r:', '            return await r.json()', ''].join('\r');
    assert.deepEqual(sitesIn(py, 'generator.py'), ['5 POST /v1/chat/completions openai python']);
    const ws = 'import aiohttp\napi_url = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"\nasync def run(session, headers):\n    async with session.ws_connect(api_url, headers=headers) as ws:\n        await ws.send_json({})\n';
    assert.deepEqual(sitesIn(ws, 'rt.py'), ['4 WEBSOCKET /v1/realtime openai python']);
    const cs = [
      'using (var client = new HttpClient())',
      '{',
      '    var api = "openai/deployments/dalle3/images/generations?api-version=2024-02-15-preview";',
      '    client.BaseAddress = new Uri(oaiEndpoint);',
      '    var response = await client.PostAsync(api, contentData);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(cs, 'Program.cs'), ['5 POST /v1/images/generations azure csharp']);
    // (without its API version, a deployment path on the client's base, which the run sets: whose, unknown)
    assert.deepEqual(sitesIn(cs.replace('?api-version=2024-02-15-preview', ''), 'Program.cs'), ['5 POST /v1/images/generations unknown csharp']);
  });

  it("445: a Dart constant another file declares, handed as a call's first argument on the next line (`dio.post(\\n  apiEndpoint,`)", () => {
    const constants = "const String apiEndpoint = 'https://openrouter.ai/api/v1/chat/completions';\n";
    const repo = "import 'package:dio/dio.dart';\nimport 'package:app/ai/utils/constants.dart';\n\n/// Sends the chat to OpenRouter.\nFuture<void> send(Dio dio, List messages) async {\n  final response = await dio.post(\n    apiEndpoint,\n    data: {'model': 'm', 'messages': messages},\n  );\n}\n";
    const project = new ProjectIndex();
    project.addFile('lib/ai/utils/constants.dart', constants);
    project.addFile('lib/ai/repos/chat_repo.dart', repo);
    assert.deepEqual(sitesIn(repo, 'lib/ai/repos/chat_repo.dart', project), ['6 POST /v1/chat/completions other dart']);
  });

  it("found in review of rounds 71–74: PHP's required URLs only from the script's folder, not for a name it binds itself; a stream context's verb past a `;` in a string, or named", () => {
    const project = new ProjectIndex();
    project.addFile('other/config.php', '<?php\n$apiurl = "https://api.openai.com/v1/chat/completions";\n');
    const page = '<?php\nrequire("config.php");\n$curl = curl_init($apiurl);\ncurl_setopt($curl, CURLOPT_POST, true);\n';
    assert.deepEqual(sitesIn(page, 'app/page.php', project), []);
    project.addFile('app/config.php', '<?php\n$apiurl = "https://api.openai.com/v1/chat/completions";\n');
    assert.deepEqual(sitesIn(page, 'app/page.php', project), ['3 POST /v1/chat/completions openai php']);
    assert.deepEqual(sitesIn(page.replace('$curl = curl_init', 'foreach ($urls as $apiurl) $curl = curl_init'), 'app/page.php', project), []);
    assert.deepEqual(sitesIn(page.replace('$curl = curl_init', 'list($apiurl, $key) = explode(",", $line);\n$curl = curl_init'), 'app/page.php', project), []);
    const context = '<?php\n$options = ["http" => ["header" => "Content-Type: application/json; charset=utf-8\\r\\n", "method" => "POST", "content" => $body]];\n$context = stream_context_create($options);\n$r = file_get_contents("https://api.openai.com/v1/chat/completions", false, $context);\n';
    assert.deepEqual(sitesIn(context, 'ctx.php'), ['4 POST /v1/chat/completions openai php']);
    assert.deepEqual(sitesIn(context.replace('false, $context', 'context: $context'), 'ctx.php'), ['4 POST /v1/chat/completions openai php']);
  });

  it("found in review of rounds 71–74: Kotlin's explicit import wins over the package's constant, a parameter over both; Elixir's `base_url` is not `@base_url`; Ktor's block past a `}` in a string", () => {
    const project = new ProjectIndex();
    project.addFile('app/net/Constants.kt', 'package app.net\nconst val API_URL = "https://api.openai.com/v1/chat/completions"\n');
    project.addFile('app/other/Other.kt', 'package app.other\nconst val API_URL = "https://example.com/hook"\n');
    const client = 'package app.net\n\nimport okhttp3.Request\n\nfun chat(body: RequestBody) = Request.Builder().url(API_URL).post(body).build()\n';
    assert.deepEqual(sitesIn(client, 'app/net/Client.kt', project), ['5 POST /v1/chat/completions openai kotlin']);
    assert.deepEqual(sitesIn(client.replace('import okhttp3.Request', 'import okhttp3.Request\nimport app.other.API_URL'), 'app/net/Client.kt', project), []);
    assert.deepEqual(sitesIn(client.replace('fun chat(body: RequestBody)', 'fun chat(API_URL: String, body: RequestBody)'), 'app/net/Client.kt', project), []);
    const ex = 'defmodule C do\n  @base_url "https://api.groq.com/openai/v1"\n  def chat(base_url, body) do\n    HTTPoison.post(base_url <> "/chat/completions", body, [])\n  end\nend\n';
    assert.deepEqual(sitesIn(ex, 'c.ex'), ['4 POST /v1/chat/completions unknown elixir']);
    const kt = 'suspend fun chat(client: HttpClient, b: Req) = client.post {\n  header("X", "}")\n  url("https://api.openai.com/v1/chat/completions")\n  setBody(b)\n}\n';
    assert.deepEqual(sitesIn(kt, 'k.kt'), ['1 POST /v1/chat/completions openai kotlin']);
  });

  it("found in review of rounds 71–74: an Azure deployment path alone in JavaScript is a mock's or a route's; PowerShell's curl after a quoted value, with --url, -G or a switch", () => {
    assert.deepEqual(sitesIn('nock("https://my.openai.azure.com")\n  .post("/openai/deployments/gpt4/chat/completions?api-version=2024-02-01")\n  .reply(200, {});\n', 'a.test.js'), []);
    const ps = [
      'curl -H "Authorization: Bearer $k" https://api.openai.com/v1/models',
      'curl --url https://api.openai.com/v1/models',
      'curl --no-progress-meter https://api.openai.com/v1/models',
      'curl -G https://api.openai.com/v1/models -d "limit=2"',
      'curl --fail-with-body https://api.openai.com/v1/chat/completions -d $b',
      '',
    ].join('\n');
    assert.deepEqual(sitesIn(ps, 'c.ps1'), ['1 GET /v1/models openai powershell', '2 GET /v1/models openai powershell', '3 GET /v1/models openai powershell', '4 GET /v1/models openai powershell', '5 POST /v1/chat/completions openai powershell']);
  });

  it("Java: Retrofit's builder made with `new` gives its service's base; another provider's OpenAI-compatible base is that provider's", () => {
    const api = 'public interface OpenAiApiService {\n    @POST("chat/completions")\n    Call<OpenAiResponse> getChatCompletion(@Body OpenAiRequest request);\n}\n';
    const activity = 'import retrofit2.Retrofit;\nclass Quiz {\n  void load() {\n    Retrofit retrofit = new Retrofit.Builder()\n            .baseUrl("https://api.a4f.co/v1/")\n            .build();\n    OpenAiApiService apiService = retrofit.create(OpenAiApiService.class);\n    apiService.getChatCompletion(request).enqueue(callback);\n  }\n}\n';
    const project = new ProjectIndex();
    project.addFile('app/OpenAiApiService.java', api);
    project.addFile('app/Quiz.java', activity);
    assert.deepEqual(sitesIn(activity, 'app/Quiz.java', project), ['8 POST /v1/chat/completions other java']);
    // (Volley's verb and URL over lines)
    const volley = 'class R {\n  private static final String TOGETHER_API_URL = "https://api.together.xyz/v1/chat/completions";\n  void ask() {\n    JsonObjectRequest request = new JsonObjectRequest(\n        Request.Method.POST,\n        TOGETHER_API_URL,\n        body,\n        response -> {});\n  }\n}\n';
    assert.deepEqual(sitesIn(volley, 'R.java'), ['4 POST /v1/chat/completions other java']);
  });

  it("400: Elixir's WebSockex opening the Realtime API's socket, its URL a module attribute", () => {
    const ex = 'defmodule Realtime.Client do\n  use WebSockex\n  @openai_api_url "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"\n  def start_link(opts \\\\ []) do\n    url = @openai_api_url\n    WebSockex.start_link(url, __MODULE__, %{}, extra_headers: headers(opts))\n  end\nend\n';
    assert.deepEqual(sitesIn(ex, 'client.ex'), ['6 WEBSOCKET /v1/realtime openai elixir']);
    // (another server's socket is none of ours)
    assert.deepEqual(sitesIn(ex.replace('wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview', 'wss://ws.example.com/socket'), 'client.ex'), []);
  });
});
