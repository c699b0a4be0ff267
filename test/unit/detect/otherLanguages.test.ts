import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { lex } from '../../../src/core/detect/lexer';

// Raw HTTP from the languages whose OpenAI SDKs are not analysed (held-out corpus 32 had Kotlin,
// Rust and a C# notebook): the URL, the variable or URL type holding it, and the call that sends it.
const found = (text: string, fileName: string): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider} ${s.language}`);

describe('raw HTTP in other languages', () => {
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
});
