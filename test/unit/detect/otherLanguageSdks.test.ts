import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';

// The SDKs of languages other than Python, JavaScript/TypeScript, Go, Java and .NET's official one, each read
// with the method map `sdk-methods.yaml` keeps for it (found in held-out corpora 193, 198 and 205).
const found = (text: string, fileName: string, project?: ProjectIndex): string[] =>
  detectCallSites(text, { fileName, ...(project ? { project } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.kind} ${s.method} ${s.httpMethod} ${s.endpoint} ${s.provider}`);


// Held-out corpus 193 had three Rails services calling `client.chat(parameters: …)` of the ruby-openai gem.
describe("Ruby's OpenAI SDKs", () => {
  it('found by held-out corpus 285: a client a class method of another file builds (`client = OpenaiClient.client`)', () => {
    const project = new ProjectIndex();
    project.addFile('app/services/openai_client.rb', "class OpenaiClient\n  def self.client\n    OpenAI::Client.new(\n      api_key: Rails.application.credentials.dig(:openai, :api_key)\n    )\n  end\n  def self.local\n    @local ||= OpenAI::Client.new(access_token: 'x', uri_base: 'http://localhost:11434/v1')\n  end\nend\n");
    const extractor = 'class TimetableExtractor\n  def call(text)\n    client = OpenaiClient.client\n    local = OpenaiClient.local\n    client.responses.create(model: "gpt-4.1", input: text)\n    local.chat(parameters: { model: "llama3", messages: [] })\n  end\nend\n';
    project.addFile('app/services/timetable_extractor.rb', extractor);
    assert.deepEqual(found(extractor, 'app/services/timetable_extractor.rb', project), ['5 sdk-ruby client.responses.create POST /v1/responses openai', '6 sdk-ruby local.chat POST /v1/chat/completions other']);
  });

  it('found by held-out corpus 290: a client a class keeps as `self.client`, built in Sorbet\'s `T.let(…)`', () => {
    const rb = 'class OpenAiService\n  class << self\n    def client\n      @client ||= T.let(OpenAI::Client.new(access_token: ENV.fetch("KEY")), T.nilable(OpenAI::Client))\n    end\n    def ask(prompt)\n      self.client.chat(parameters: { model: "gpt-4.1-nano", messages: [] })\n    end\n  end\nend\n';
    assert.deepEqual(found(rb, 'open_ai_service.rb'), ['7 sdk-ruby client.chat POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 337: a client kept in a constant, here or by a Rails initializer of the project', () => {
    const rb = 'require "openai"\nCLIENT = OpenAI::Client.new(access_token: ENV["K"], uri_base: "http://localhost:11434/v1")\nCLIENT.chat(parameters: { model: "m" })\nclass A\n  def run\n    Rails.logger.info("x")\n    CLIENT.embeddings parameters: { input: "x" }\n  end\nend\n';
    assert.deepEqual(found(rb, 'a.rb'), ['3 sdk-ruby CLIENT.chat POST /v1/chat/completions other', '7 sdk-ruby CLIENT.embeddings POST /v1/embeddings other']);
    const project = new ProjectIndex();
    const initializer = "require 'openai'\n\nOpenAIClient = OpenAI::Client.new(\n  access_token: ENV['OPENAI_API_KEY'],\n  request_timeout: 120\n)\n";
    const service = 'class RecipeGenerator\n  def call\n    response = OpenAIClient.chat(\n      parameters: { model: "gpt-4o", messages: [] }\n    )\n    Rails.cache.fetch("k")\n  end\nend\n';
    project.addFile('config/initializers/openai.rb', initializer);
    project.addFile('app/services/recipe_generator.rb', service);
    assert.deepEqual(found(service, 'app/services/recipe_generator.rb', project), ['3 sdk-ruby OpenAIClient.chat POST /v1/chat/completions openai']);
    // (a constant no file of the project builds a client into is not one)
    assert.deepEqual(found(service.replace(/OpenAIClient/g, 'OtherClient'), 'app/services/recipe_generator.rb', project), []);
  });

  it('review: a client class method of a module (namespaced at the call), and not one asking the client for something', () => {
    const project = new ProjectIndex();
    project.addFile('lib/ai/openai_client.rb', "module Ai\n  module OpenaiClient\n    def self.client\n      OpenAI::Client.new(access_token: ENV['KEY'])\n    end\n    def self.models\n      OpenAI::Client.new(access_token: ENV['KEY']).models\n    end\n  end\nend\n");
    const use = 'class Summary\n  def call(text)\n    client = Ai::OpenaiClient.client\n    listing = Ai::OpenaiClient.models\n    client.chat(parameters: { model: "gpt-4o", messages: [] })\n    listing.chat(parameters: {})\n  end\nend\n';
    project.addFile('app/summary.rb', use);
    assert.deepEqual(found(use, 'app/summary.rb', project), ['5 sdk-ruby client.chat POST /v1/chat/completions openai']);
  });

  it('found by held-out corpus 282: ruby-openai 4.x names audio methods on the client itself (`client.transcribe`, `client.translate`)', () => {
    const rb = "class TranscriptionsController < ApplicationController\n  def create\n    client = OpenAI::Client.new(access_token: ENV['OPENAI_KEY'])\n    client.transcribe(parameters: { model: 'whisper-1', file: File.open(path, 'rb') })\n    client.translate(parameters: { model: 'whisper-1', file: File.open(path, 'rb') })\n  end\nend\n";
    assert.deepEqual(found(rb, 'transcriptions_controller.rb'), ['4 sdk-ruby client.transcribe POST /v1/audio/transcriptions openai', '5 sdk-ruby client.translate POST /v1/audio/translations openai']);
  });

  it('ruby-openai: a method that looks its settings up first and returns the client it builds last', () => {
    const image = [
      'class Toolbox::Image < Toolbox',
      '  def generate(prompt)',
      '    openai_client.images.generate(parameters: { prompt: prompt, model: "gpt-image-1" })',
      '  end',
      '',
      '  private',
      '',
      '  def openai_client',
      '    service = Current.user.api_services.find_by(driver: :openai)',
      '    raise "no key" if service.nil?',
      '',
      '    OpenAI::Client.new(',
      '      access_token: service.effective_token',
      '    )',
      '  end',
      '',
      '  def local_client',
      '    token = ENV["LOCAL_TOKEN"]',
      '    return OpenAI::Client.new(access_token: token, uri_base: "http://localhost:11434/v1")',
      '  end',
      '',
      '  def describe(text)',
      '    local_client.chat(parameters: { model: "llama3", messages: [] })',
      '  end',
      'end',
    ].join('\n');
    assert.deepEqual(found(image, 'image.rb'), ['3 sdk-ruby openai_client.images.generate POST /v1/images/generations openai', '23 sdk-ruby local_client.chat POST /v1/chat/completions other']);
    // (a method that configures Azure only on a condition: the destination is chosen at run time)
    const conditional = image.replace('    raise "no key" if service.nil?\n', '    if service.azure?\n      OpenAI.configure do |config|\n        config.api_type = :azure\n        config.uri_base = service.endpoint\n      end\n    end\n');
    assert.deepEqual(found(conditional, 'image.rb').slice(0, 1), ['3 sdk-ruby openai_client.images.generate POST /v1/images/generations unknown']);
  });

  it('the ruby-openai gem: a client kept in a local, an instance variable or a memoised method; resources; no parentheses', () => {
    const service = [
      'class OpenaiService',
      '  attr_reader :client',
      '',
      '  def initialize',
      '    @client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))',
      '  end',
      '',
      '  def call(prompt)',
      '    response = client.chat(',
      '      parameters: { model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }], temperature: 0.7 }',
      '    )',
      '    response.dig("choices", 0, "message", "content")',
      '  end',
      '',
      '  def upload(path)',
      '    @client.files.upload(parameters: { file: path, purpose: "assistants" })',
      '  end',
      '',
      '  def embed(text)',
      '    openai.embeddings parameters: { model: "text-embedding-3-small", input: text }',
      '  end',
      '',
      '  def openai',
      '    @openai ||= OpenAI::Client.new',
      '  end',
      'end',
    ].join('\n');
    assert.deepEqual(found(service, 'app/services/openai_service.rb'), [
      '9 sdk-ruby client.chat POST /v1/chat/completions openai',
      '16 sdk-ruby client.files.upload POST /v1/files openai',
      '20 sdk-ruby openai.embeddings POST /v1/embeddings openai',
    ]);
    // (a call without brackets runs to its line's end, or to the bracket closing what its line opens: its flags are read there)
    const bare = detectCallSites('client = OpenAI::Client.new\nclient.chat parameters: {\n  model: "gpt-4o",\n  stream: true\n}\nputs "done"\n', { fileName: 'b.rb' }).sites[0];
    assert.deepEqual([bare?.range.start.line, bare?.callRange?.start.line, bare?.callRange?.end.line, bare?.flags.stream], [1, 1, 4, 'true']);
    const threads = 'client = OpenAI::Client.new\nthread = client.threads.create\nclient.messages.create(thread_id: thread["id"], parameters: { role: "user", content: "hi" })\nclient.runs.retrieve(id: run_id, thread_id: thread["id"])\n';
    assert.deepEqual(found(threads, 'bot.rb'), [
      '2 sdk-ruby client.threads.create POST /v1/threads openai',
      '3 sdk-ruby client.messages.create POST /v1/threads/{thread_id}/messages openai',
      '4 sdk-ruby client.runs.retrieve GET /v1/threads/{thread_id}/runs/{run_id} openai',
    ]);
  });

  it('the official gem: accessor chains as in its other SDKs, a client built and called in one expression', () => {
    const rb = 'require "openai"\nclient = OpenAI::Client.new(api_key: ENV["OPENAI_API_KEY"])\nchat = client.chat.completions.create(messages: [{role: "user", content: "Hi"}], model: "gpt-4o")\nresp = client.responses.create(input: "Hi", model: "gpt-4o", store: false)\nOpenAI::Client.new.embeddings.create(input: "x", model: "text-embedding-3-small")\n';
    const sites = detectCallSites(rb, { fileName: 'x.rb' }).sites;
    assert.deepEqual(sites.map((s) => `${s.range.start.line + 1} ${s.method} ${s.endpoint} ${s.provider}`), [
      '3 client.chat.completions.create /v1/chat/completions openai',
      '4 client.responses.create /v1/responses openai',
      '5 OpenAI::Client.new.embeddings.create /v1/embeddings openai',
    ]);
    assert.equal(sites[1]?.flags.store, 'false');
  });

  it('where the data goes: uri_base or base_url, api_type :azure, OpenAI.configure in the file or elsewhere in the project', () => {
    assert.deepEqual(found('c = OpenAI::Client.new(uri_base: "https://api.groq.com/openai")\nc.chat(parameters: p)\n', 'a.rb'), ['2 sdk-ruby c.chat POST /v1/chat/completions other']);
    assert.deepEqual(found('c = OpenAI::Client.new(uri_base: ENV["LLM_BASE"])\nc.chat(parameters: p)\n', 'a.rb'), ['2 sdk-ruby c.chat POST /v1/chat/completions unknown']);
    // (found by held-out corpus 316: a host filled in from the environment is no literal host, and `http:` none at all)
    assert.deepEqual(found('c = OpenAI::Client.new(uri_base: "http://#{ENV.fetch("OLLAMA_IP") { "localhost" }}:11434/v1")\nc.chat(parameters: p)\n', 'a.rb'), ['2 sdk-ruby c.chat POST /v1/chat/completions unknown']);
    assert.deepEqual(found('c = OpenAI::Client.new(\n  uri_base: "https://my-res.openai.azure.com/openai/deployments/gpt4",\n  api_type: :azure,\n  api_version: "2024-06-01"\n)\nc.chat(parameters: p)\n', 'a.rb'), ['6 sdk-ruby c.chat POST /v1/chat/completions azure']);
    const configure = 'OpenAI.configure do |config|\n  config.access_token = ENV.fetch("KEY")\n  config.uri_base = "http://localhost:11434"\nend\n';
    assert.deepEqual(found(`${configure}c = OpenAI::Client.new\nc.chat(parameters: p)\n`, 'a.rb'), ['6 sdk-ruby c.chat POST /v1/chat/completions other']);
    // an initializer elsewhere in the project configures the gem for every client
    const project = new ProjectIndex();
    project.addFile('config/initializers/openai.rb', configure);
    assert.deepEqual(found('c = OpenAI::Client.new\nc.chat(parameters: p)\n', 'app/x.rb', project), ['2 sdk-ruby c.chat POST /v1/chat/completions other']);
    // (the index hands the setting on to another thread's index)
    assert.deepEqual(found('c = OpenAI::Client.new\nc.chat(parameters: p)\n', 'app/x.rb', new ProjectIndex(project.data())), ['2 sdk-ruby c.chat POST /v1/chat/completions other']);
    const azure = new ProjectIndex();
    azure.addFile('config/initializers/openai.rb', 'OpenAI.configure do |c|\n  c.uri_base = ENV["AZURE_OPENAI_URI"]\n  c.api_type = :azure\nend\n');
    assert.deepEqual(found('c = OpenAI::Client.new\nc.chat(parameters: p)\n', 'app/x.rb', azure), ['2 sdk-ruby c.chat POST /v1/chat/completions azure']);
  });

  it('not OpenAI: look-alike gems, unknown receivers, methods neither SDK has, comments', () => {
    const anthropic = 'client = Anthropic::Client.new(access_token: key)\nclient.messages(parameters: { model: "claude-3", messages: m })\nclient.chat(parameters: p)\n';
    assert.deepEqual(found(anthropic, 'a.rb'), []);
    const mixed = 'openai = OpenAI::Client.new\nclaude = Anthropic::Client.new\nclaude.messages(parameters: p)\nopenai.chat(parameters: p)\nopenai.beta(assistants: "v2")\nusers.create(name: "x")\n# client.chat(parameters: p)\n';
    assert.deepEqual(found(mixed, 'a.rb'), ['4 sdk-ruby openai.chat POST /v1/chat/completions openai']);
    // (found in review) the app's own wrappers named for OpenAI; the official gem's `chat` resource fetched, not called
    const wrappers = 'class Gpt\n  def initialize\n    @client = OpenAI::Client.new\n  end\n  def chat(text)\n    @client.chat(parameters: { messages: [text] })\n  end\nend\ngpt_helper.chat("hi")\nopenai_cache.models.delete\nchat = OpenAI::Client.new.chat\n';
    assert.deepEqual(found(wrappers, 'gpt.rb'), ['6 sdk-ruby client.chat POST /v1/chat/completions openai']);
  });
});


// Held-out corpus 198 had a Laravel controller calling `OpenAI::chat()->create([…])` through openai-php/laravel's facade.
describe('PHP: the openai-php client', () => {
  it('a client made only on a condition (`$this->client = !empty($key) ? OpenAI::client($key) : null;`)', () => {
    const php = "<?php\nclass OpenAIService {\n  public function __construct() {\n    $apiKey = env('OPENAI_API_KEY');\n    $this->client = !empty($apiKey) ? OpenAI::client($apiKey) : null;\n  }\n  public function chat($m) {\n    return $this->client->chat()->create(['model' => 'gpt-4o-mini', 'messages' => $m]);\n  }\n}\n";
    assert.deepEqual(found(php, 'OpenAIService.php'), ['8 sdk-php $this->client->chat()->create POST /v1/chat/completions openai']);
    assert.deepEqual(found(php.replace('!empty($apiKey) ?', '$apiKey !== null ?'), 'OpenAIService.php'), ['8 sdk-php $this->client->chat()->create POST /v1/chat/completions openai']);
  });

  it("a client a class of the project makes (`ClientFactory::get()`), by the class's methods the project index read", () => {
    const factory = "<?php\nnamespace App\\OpenAI;\nuse OpenAI;\nuse OpenAI\\Client;\nfinal class ClientFactory\n{\n  public static function get(): Client\n  {\n    return OpenAI::client($_ENV['OPENAI_KEY']);\n  }\n  public static function local(): Client\n  {\n    return OpenAI::factory()->withBaseUri('http://localhost:11434/v1')->make();\n  }\n}\n";
    const command = "<?php\nuse App\\OpenAI\\ClientFactory;\nfunction run() {\n  $client = ClientFactory::get();\n  $result = $client->completions()->create(['model' => 'text-davinci-003', 'prompt' => $p]);\n  $local = ClientFactory::local();\n  $local->chat()->create(['model' => 'llama3', 'messages' => $m]);\n  $other = Cache::get();\n  $other->chat()->create([]);\n}\n";
    const project = new ProjectIndex();
    project.addFile('src/OpenAI/ClientFactory.php', factory);
    assert.deepEqual(found(command, 'src/Commands/Summary.php', project), [
      '5 sdk-php $client->completions()->create POST /v1/completions openai',
      '7 sdk-php $local->chat()->create POST /v1/chat/completions other',
    ]);
    // (with no project, or a factory file of two classes: nothing to go by)
    assert.deepEqual(found(command, 'src/Commands/Summary.php'), []);
    const two = new ProjectIndex();
    two.addFile('src/OpenAI/ClientFactory.php', `${factory}class Other {}\n`);
    assert.deepEqual(found(command, 'src/Commands/Summary.php', two), []);
  });

  it('clients made by OpenAI::client or the factory, handed in by type, made and called at once; the Laravel facade under its own or another name', () => {
    const php = [
      '<?php',
      'use OpenAI\\Client;',
      '',
      'class Bot {',
      '    public function __construct(private readonly Client $openai) {}',
      '',
      '    public function ask(string $q): string {',
      "        $r = $this->openai->chat()->create(['model' => 'gpt-4o', 'messages' => [['role' => 'user', 'content' => $q]]]);",
      '        return $r->choices[0]->message->content;',
      '    }',
      '}',
      '',
      "$client = OpenAI::client(getenv('OPENAI_API_KEY'));",
      "$client->threads()->messages()->create($threadId, ['role' => 'user', 'content' => 'hi']);",
      "$groq = OpenAI::factory()->withApiKey($key)->withBaseUri('api.groq.com/openai/v1')->make();",
      "$groq->chat()->create(['model' => 'llama3']);",
      "$local = OpenAI::factory()->withBaseUri(env('LLM_BASE'))->make();",
      '$local->files()->delete($id);',
      "$res = OpenAI::client($key)->embeddings()->create(['model' => 'text-embedding-3-small', 'input' => 'x']);",
      "$anthropic->messages()->create(['model' => 'claude']);",
      '// $client->chat()->create([]);',
    ].join('\n');
    assert.deepEqual(found(php, 'Bot.php'), [
      '8 sdk-php $this->openai->chat()->create POST /v1/chat/completions unknown',
      '14 sdk-php $client->threads()->messages()->create POST /v1/threads/{thread_id}/messages openai',
      '16 sdk-php $groq->chat()->create POST /v1/chat/completions other',
      '18 sdk-php $local->files()->delete DELETE /v1/files/{file_id} unknown',
      '19 sdk-php OpenAI::client()->embeddings()->create POST /v1/embeddings openai',
    ]);
    const laravel = "<?php\nuse OpenAI\\Laravel\\Facades\\OpenAI as FacadesOpenAI;\n\n$result = FacadesOpenAI::chat()->create(['model' => 'gpt-4o-mini', 'messages' => $m]);\n$audio = FacadesOpenAI::audio()->transcribe(['model' => 'whisper-1', 'file' => $f]);\n";
    assert.deepEqual(found(laravel, 'ChatController.php'), [
      '4 sdk-php FacadesOpenAI::chat()->create POST /v1/chat/completions openai',
      '5 sdk-php FacadesOpenAI::audio()->transcribe POST /v1/audio/transcriptions openai',
    ]);
  });

  it('not the package: another SDK of the same shape, a facade of another package, a method neither has', () => {
    assert.deepEqual(found("<?php\n$client = Anthropic::client($key);\n$client->messages()->create(['model' => 'claude']);\n", 'a.php'), []);
    assert.deepEqual(found("<?php\nuse App\\Facades\\OpenAI;\nOpenAI::chat()->create(['model' => 'x']);\n", 'b.php'), []);
    assert.deepEqual(found("<?php\n$client = OpenAI::client($key);\n$client->chat()->explode([]);\n", 'c.php'), []);
    // (found by held-out corpus 205) a test that swaps the facade for its fake first
    const test = "<?php\nuse OpenAI\\Laravel\\Facades\\OpenAI;\nOpenAI::fake([CreateResponse::fake(['choices' => []])]);\n$completion = OpenAI::completions()->create(['model' => 'x']);\n";
    assert.deepEqual(found(test, 'OpenAiApiTest.php'), []);
    assert.deepEqual(found(test.replace(/OpenAI::fake[^\n]*\n/, ''), 'OpenAiApiTest.php'), ['3 sdk-php OpenAI::completions()->create POST /v1/completions openai']);
  });
});


// Held-out corpus 198 had a subtitle translator calling async-openai's `self.client.chat().create(request)`.
describe("Rust: the async-openai crate", () => {
  it('a client of the file or held in a struct field; accessors that take an id; calls over lines; where the config points it', () => {
    const rs = [
      'use async_openai::{Client, types::CreateChatCompletionRequestArgs};',
      'pub struct Translator { client: Client<OpenAIConfig> }',
      'impl Translator {',
      '    pub fn new(key: &str) -> Self { Self { client: Client::new().with_api_key(key) } }',
      '    pub async fn run(&self, request: Req) -> Result<()> {',
      '        let response = self.client.chat().create(request).await?;',
      '        let legacy = self',
      '            .client',
      '            .completions() // the group',
      '            .create(request2)',
      '            .await?;',
      '        let m = self.client.threads().messages(&thread_id).create(msg).await?;',
      '        let v = self.client.chat().validate(request);',
      '        Ok(())',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(rs, 'openai.rs'), [
      '6 sdk-rust self.client.chat().create POST /v1/chat/completions openai',
      '10 sdk-rust self.client.completions().create POST /v1/completions openai',
      '12 sdk-rust self.client.threads().messages().create POST /v1/threads/{thread_id}/messages openai',
    ]);
    const local = 'use async_openai::{config::OpenAIConfig, Client};\nlet config = OpenAIConfig::new().with_api_base("http://localhost:11434/v1");\nlet client = Client::with_config(config);\nlet r = client.embeddings().create(req).await?;\n';
    assert.deepEqual(found(local, 'embed.rs'), ['4 sdk-rust client.embeddings().create POST /v1/embeddings other']);
    // (a client handed in from a file not in view: its config decides)
    assert.deepEqual(found('use async_openai::types::CreateChatCompletionRequestArgs;\npub async fn ask(client: &Client<OpenAIConfig>, req: Req) {\n    let response = client.chat().create(req).await?;\n}\n', 'llm.rs'), ['3 sdk-rust client.chat().create POST /v1/chat/completions unknown']);
    const azure = 'use async_openai::{config::AzureConfig, Client};\nlet client = Client::with_config(AzureConfig::new().with_api_base(&endpoint).with_deployment_id("gpt4"));\nclient.chat().create(req).await?;\n';
    assert.deepEqual(found(azure, 'az.rs'), ['3 sdk-rust client.chat().create POST /v1/chat/completions azure']);
  });

  it('not the crate: another API of the same shape, a file without async_openai', () => {
    assert.deepEqual(found('use reqwest::Client;\nlet client = Client::new();\nclient.chat().create(req).await?;\n', 'x.rs'), []);
    assert.deepEqual(found('use async_openai::Client;\nlet db = Pool::new();\ndb.files().delete(id).await?;\n', 'y.rs'), []);
    // (found in review) other clients of the file by their names; reqwest's Client beside a handed-in one
    assert.deepEqual(found('use async_openai::Client;\nlet r = ollama_client.models().list().await?;\nlet e = http_client.embeddings().create(req).await?;\n', 'z.rs'), []);
    assert.deepEqual(found('use async_openai::{Client, config::OpenAIConfig};\nstruct S { openai: Client<OpenAIConfig>, http: reqwest::Client }\nfn new(c: Client<OpenAIConfig>) -> S { S { openai: c, http: reqwest::Client::new() } }\nasync fn f(s: &S) { s.openai.chat().create(req).await; }\n', 'w.rs'), ['4 sdk-rust s.openai.chat().create POST /v1/chat/completions unknown']);
  });
});


// Held-out corpora 234 and 244 had bots and a search service calling the `openai` crate's `ChatCompletion::builder(…).create()`.
describe('Rust: the openai crate', () => {
  it("its types' request functions and builders, brought in by `use openai::…` or written out; where its base points it", () => {
    const rs = [
      'use openai::{',
      '    chat::{ChatCompletion, ChatCompletionBuilder, ChatCompletionMessage},',
      '    embeddings::Embeddings,',
      '    files::*,',
      '};',
      'pub async fn run(messages: Vec<ChatCompletionMessage>) -> anyhow::Result<()> {',
      '    let reply = ChatCompletion::builder("gpt-4o", messages.clone())',
      '        .temperature(0.2)',
      '        .create()',
      '        .await??;',
      '    let stream = ChatCompletionBuilder::default().model("gpt-4o").messages(messages).create_stream().await?;',
      '    let e = Embeddings::create("text-embedding-3-small", vec!["a"], "user").await??;',
      '    File::delete(&id, Credentials::from_env()).await?;',
      '    let m = openai::models::Model::from("gpt-4o").await?;',
      '    let built = ChatCompletion::builder("gpt-4o", messages).build();',
      '    Ok(())',
      '}',
    ].join('\n');
    assert.deepEqual(found(rs, 'gpt.rs'), [
      '9 sdk-rust ChatCompletion::builder(…).create POST /v1/chat/completions openai',
      '11 sdk-rust ChatCompletionBuilder::default(…).create_stream POST /v1/chat/completions openai',
      '12 sdk-rust Embeddings::create POST /v1/embeddings openai',
      '13 sdk-rust File::delete DELETE /v1/files/{file_id} openai',
      '14 sdk-rust Model::from GET /v1/models/{model} openai',
    ]);
    const local = 'use openai::{set_base_url, chat::ChatCompletion};\nfn setup() { set_base_url("http://localhost:11434/v1/".to_string()); }\nasync fn ask(m: Vec<M>) { ChatCompletion::builder("llama3", m).create().await; }\n';
    assert.deepEqual(found(local, 'local.rs'), ['3 sdk-rust ChatCompletion::builder(…).create POST /v1/chat/completions other']);
    const configured = 'use openai::{Credentials, chat::ChatCompletion};\nasync fn ask(m: Vec<M>, base: String) { let c = Credentials::new(key, base); ChatCompletion::builder("gpt-4o", m).credentials(c).create().await; }\n';
    assert.deepEqual(found(configured, 'conf.rs'), ['2 sdk-rust ChatCompletion::builder(…).create POST /v1/chat/completions unknown']);
  });

  it('not the crate: a module of its own named openai, types of the same names from elsewhere', () => {
    assert.deepEqual(found('mod openai;\nuse openai::ChatCompletion;\nasync fn f() { ChatCompletion::create(&req).await; }\n', 'main.rs'), []);
    assert.deepEqual(found('use crate::storage::File;\nuse openai::chat::ChatCompletion;\nfn f() { File::delete(&path); File::get(&id); }\n', 'store.rs'), []);
    assert.deepEqual(found('use openai::chat::ChatCompletionMessage;\nuse my_llm::ChatCompletion;\nasync fn f() { ChatCompletion::create(&req).await; }\n', 'other.rs'), []);
    // (found in review) a name another `use` brings in shadows the glob's
    assert.deepEqual(found('use openai::files::*;\nuse std::fs::File;\nfn f() { File::create("out.jsonl"); Files::list(creds); }\n', 'glob.rs'), ['3 sdk-rust Files::list GET /v1/files openai']);
  });
});

// Held-out corpus 289 had a CLI calling the chatgpt_rs crate's `client.send_message(…)` and its conversations'.
describe('Rust: the chatgpt_rs crate', () => {
  it("a client's and its conversations' requests, the api_url a configuration sets, and not another crate's methods of the same names", () => {
    const rs = [
      'use chatgpt::prelude::*;',
      'async fn run() -> Result<()> {',
      '    let client = ChatGPT::new(std::env::var("OPENAI_API_KEY")?)?;',
      '    let reply = client.send_message("Describe Rust").await?;',
      '    let mut conversation = client.new_conversation();',
      '    conversation',
      '        .send_message("Explain in ten words")',
      '        .await?;',
      '    Ok(())',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'main.rs'), ['4 sdk-rust client.send_message POST /v1/chat/completions openai', '7 sdk-rust conversation.send_message POST /v1/chat/completions openai']);
    const local = 'use chatgpt::prelude::*;\n// openai\nlet client = ChatGPT::new_with_config(key, ModelConfigurationBuilder::default().api_url(Url::parse("http://localhost:11434/v1/chat/completions").unwrap()).build().unwrap())?;\nclient.send_message_streaming("hi").await?;\n';
    assert.deepEqual(found(local, 'local.rs'), ['4 sdk-rust client.send_message_streaming POST /v1/chat/completions other']);
    assert.deepEqual(found('use teloxide::prelude::*;\n// openai\nlet bot = Bot::new(token);\nbot.send_message(chat, "hi").await?;\n', 'bot.rs'), []);
    // (held-out corpus 372: the crate's 0.x drove ChatGPT's web app with a session token, a conversation handed the client)
    // (found in review: 1.x borrows its prompt, `client.send_message(&prompt)`; another object's `refresh_token()` says nothing)
    const borrowed = 'use chatgpt::prelude::*;\n// openai\nasync fn f(prompt: String) -> Result<()> {\n    let client = ChatGPT::new(key)?;\n    client.send_message(&prompt).await?;\n    oauth.refresh_token().await?;\n    Ok(())\n}\n';
    assert.deepEqual(found(borrowed, 'main.rs'), ['5 sdk-rust client.send_message POST /v1/chat/completions openai']);
    const web = 'use chatgpt::prelude::*;\n// openai\nlet mut client = ChatGPT::new(std::env::var("SESSION_TOKEN")?)?;\nclient.refresh_token().await?;\nlet mut conversation = client.new_conversation();\nlet reply: String = conversation.send_message(&client, text).await?;\n';
    assert.deepEqual(found(web, 'main.rs'), []);
  });
});


// Held-out corpus 366 had a Tauri app calling the openai_api_rust crate's `openai.chat_completion_create(&body)`.
describe('Rust: the openai_api_rust crate', () => {
  it("its traits' requests, on the api_url the receiver's nearest let gives OpenAI::new, else unknown; not in comments, strings or files without the crate", () => {
    const rs = [
      'use openai_api_rust::*;',
      'use openai_api_rust::chat::*;',
      'fn main() {',
      '    let openai = OpenAI::new(Auth::from_env().unwrap(), "https://api.openai.com/v1/");',
      '    let rs = openai.chat_completion_create(&body);',
      '    let local = OpenAI::new(auth, "http://localhost:11434/v1/");',
      '    local',
      '        .image_create(&images_body)',
      '        .unwrap();',
      '    // openai.models_list()',
      '    let s = "openai.embeddings_create(&b)";',
      '}',
      'fn handed(client: &OpenAI) {',
      '    let models = client.clone().models_list().unwrap();',
      '    let openai = get_openai().unwrap();',
      '    openai.audio_transcription_create(audio_body);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(rs, 'main.rs'), [
      '5 sdk-rust openai.chat_completion_create POST /v1/chat/completions openai',
      '8 sdk-rust local.image_create POST /v1/images/generations other',
      '14 sdk-rust client.models_list GET /v1/models unknown',
      '16 sdk-rust openai.audio_transcription_create POST /v1/audio/transcriptions unknown',
    ]);
    assert.deepEqual(found('use my_llm::Client;\n// openai\nfn f(c: Client) { c.chat_completion_create(&body); }\n', 'other.rs'), []);
    // (found in review: another function's `let openai` is not a parameter's, and a base formatted by a macro is read whole)
    const handed = 'use openai_api_rust::*;\nfn local() {\n    let openai = OpenAI::new(auth, "http://localhost:8080/v1/");\n}\nfn handed(openai: &OpenAI) {\n    openai.chat_completion_create(body);\n}\nfn formatted(host: &str) {\n    let c = OpenAI::new(auth, &format!("{}/v1/", host));\n    c.embeddings_create(&body);\n}\n';
    assert.deepEqual(
      detectCallSites(handed, { fileName: 'h.rs' }).sites.map((s) => `${s.range.start.line + 1} ${s.provider} ${s.providerDetail ?? ''}`),
      ['6 unknown openai: an openai_api_rust OpenAI built elsewhere; its api_url is set there', '10 unknown api_url format!("{}/v1/", host), decided at run time'],
    );
  });
});

// Held-out corpus 366 had an Android repository calling `OpenAIHelper.openAI.chatCompletion(request)`, the client a property
// of an `object` another file declares and builds with the default host.
describe("Kotlin: openai-kotlin's client kept in an object's property", () => {
  it("the object's property is the receiver; the project's default builds give the host", () => {
    const repository = 'import com.aallam.openai.api.chat.ChatCompletionRequest\nimport com.example.OpenAIHelper\nclass Repo {\n  suspend fun ask(request: ChatCompletionRequest) {\n    val completion = OpenAIHelper.openAI.chatCompletion(request)\n  }\n}\n';
    const helper = 'import com.aallam.openai.client.OpenAI\nobject OpenAIHelper {\n  lateinit var openAI: OpenAI\n  fun init(token: String) { openAI = OpenAI(OpenAIConfig(token = token)) }\n}\n';
    const project = new ProjectIndex();
    project.addFile('app/OpenAIHelper.kt', helper);
    project.addFile('app/Repo.kt', repository);
    assert.deepEqual(found(repository, 'app/Repo.kt', project), ['5 sdk-kotlin openAI.chatCompletion POST /v1/chat/completions openai']);
  });
});

// Held-out corpus 198 had a Flutter service calling `OpenAI.instance.chat.create(…)` and `OpenAI.instance.image.create(…)`.
describe('Dart: the dart_openai package', () => {
  it('calls on OpenAI.instance or a name holding it, over lines; the base the file sets', () => {
    const dart = [
      "import 'package:dart_openai/dart_openai.dart';",
      'class Service {',
      '  Future<String> ask(String q) async {',
      '    final completion = await OpenAI.instance.chat.create(',
      '      model: "gpt-4o-mini",',
      '      messages: [m],',
      '    );',
      '    final openai = OpenAI.instance;',
      '    final t = await openai.audio',
      '        .createTranscription(file: f, model: "whisper-1");',
      '    final e = await OpenAI.instance.embedding.create(model: "text-embedding-3-small", input: q);',
      '    OpenAI.instance.chat.unknownMethod();',
      '    return completion.choices.first.message.content;',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(found(dart, 'service.dart'), [
      '4 sdk-dart OpenAI.instance.chat.create POST /v1/chat/completions openai',
      '10 sdk-dart openai.audio.createTranscription POST /v1/audio/transcriptions openai',
      '11 sdk-dart OpenAI.instance.embedding.create POST /v1/embeddings openai',
    ]);
    const local = "import 'package:dart_openai/dart_openai.dart';\nvoid main() async {\n  OpenAI.baseUrl = \"http://localhost:11434\";\n  await OpenAI.instance.chat.create(model: 'llama3', messages: m);\n}\n";
    assert.deepEqual(found(local, 'main.dart'), ['4 sdk-dart OpenAI.instance.chat.create POST /v1/chat/completions other']);
  });

  it('not the package: a file that does not import it', () => {
    assert.deepEqual(found("import 'package:my_ai/openai.dart';\nawait OpenAI.instance.chat.create(model: 'x');\n", 'x.dart'), []);
  });
});


// Held-out corpora 289 and 308 had PHP apps on orhanerday/open-ai.
describe('PHP: the orhanerday/open-ai client', () => {
  it('an OpenAi built here or handed in, its methods; the origin setBaseURL gives it', () => {
    const php = [
      '<?php',
      'use Orhanerday\\OpenAi\\OpenAi;',
      '$open_ai = new OpenAi($key);',
      '$chat = $open_ai->chat([',
      "    'model' => 'gpt-4o-mini',",
      "    'messages' => $messages,",
      ']);',
      "$old = $open_ai->complete(['engine' => 'davinci', 'prompt' => $p]);",
      '$open_ai->setTimeout(10);',
      'class Coach {',
      '    public function __construct(private OpenAi $client) {}',
      '    public function embed($t) { return $this->client->embeddings([\'input\' => $t]); }',
      '}',
    ].join('\n');
    assert.deepEqual(found(php, 'chat.php'), [
      '4 sdk-php $open_ai->chat POST /v1/chat/completions openai',
      '8 sdk-php $open_ai->complete POST /v1/engines/{engine_id}/completions openai',
      '12 sdk-php $client->embeddings POST /v1/embeddings unknown',
    ]);
    // (moved after the first call: the calls after it go there; a client handed in is its maker's)
    const local = php.replace('$open_ai->setTimeout(10);', '$open_ai->setBaseURL("http://localhost:11434");');
    assert.deepEqual(found(local, 'chat.php').map((x) => x.split(' ').pop()), ['openai', 'openai', 'unknown']);
    const movedFirst = php.replace('$open_ai = new OpenAi($key);', '$open_ai = new OpenAi($key);\n$open_ai->setBaseURL("http://localhost:11434");');
    assert.deepEqual(found(movedFirst, 'chat.php').map((x) => x.split(' ').pop()), ['other', 'other', 'unknown']);
    // (two functions each building their own: each call is its own function's)
    const two = "<?php\nuse Orhanerday\\OpenAi\\OpenAi;\nfunction official() {\n  $open_ai = new OpenAi($k);\n  return $open_ai->chat([]);\n}\nfunction local() {\n  $open_ai = new OpenAi('x');\n  $open_ai->setBaseURL('http://localhost:8080');\n  return $open_ai->chat([]);\n}\n";
    assert.deepEqual(found(two, 'two.php').map((x) => `${x.split(' ')[0]} ${x.split(' ').pop()}`), ['5 openai', '10 other']);
  });

  it('not the package: another class named OpenAi, or a file that does not name it', () => {
    assert.deepEqual(found("<?php\nuse App\\Services\\OpenAi;\n$ai = new OpenAi($key);\n$ai->chat(['messages' => $m]);\n", 'x.php'), []);
  });
});

// Held-out corpus 317 had five example pages of EasyGithDev/PHPOpenAI.
describe('PHP: the EasyGithDev/PHPOpenAI client', () => {
  it("a handler taken from a client built here, in place or handed in; its request on the handler's chain or on a variable holding it; the route's origin", () => {
    const php = [
      '<?php',
      'use EasyGithDev\\PHPOpenAI\\OpenAIClient;',
      '$client = new OpenAIClient($key);',
      '$handler = $client->File();',
      'foreach ($handler->list()->toObject()->data as $f) $handler->delete($f->id);',
      '$r = (new OpenAIClient($key))',
      '    ->Image()',
      "    ->addCurlParam('timeout', 30)",
      "    ->createEdit(image: 'a.png', prompt: 'p')",
      '    ->toObject();',
      'class Bot {',
      '    public function __construct(private OpenAIClient $ai) {}',
      "    public function ask($q) { return $this->ai->Chat()->create('gpt-4o-mini', [$q]); }",
      '}',
    ].join('\n');
    assert.deepEqual(found(php, 'files.php'), [
      '5 sdk-php $handler->list GET /v1/files openai',
      '5 sdk-php $handler->delete DELETE /v1/files/{file_id} openai',
      '9 sdk-php Image()->createEdit POST /v1/images/edits openai',
      '13 sdk-php Chat()->create POST /v1/chat/completions unknown',
    ]);
    const local = php.replace('$client = new OpenAIClient($key);', "$client = new OpenAIClient($key);\n$client->setRoute(new OpenAIRoute('http://localhost:8080'));");
    // (a file of two clients, one given another route: which goes where is not read)
    assert.deepEqual(found(local, 'files.php').map((x) => x.split(' ').pop()), ['unknown', 'unknown', 'unknown', 'unknown']);
    const one = "<?php\nuse EasyGithDev\\PHPOpenAI\\OpenAIClient;\n$client = new OpenAIClient($key);\n$client->setRoute(new OpenAIRoute('http://localhost:8080'));\n$client->Embedding()->create('m', 'x');\n";
    assert.deepEqual(found(one, 'one.php'), ['5 sdk-php Embedding()->create POST /v1/embeddings other']);
  });

  it('not the package: another OpenAIClient, a getter nothing is asked of, a method the handler does not have', () => {
    assert.deepEqual(found("<?php\nuse App\\OpenAIClient;\n(new OpenAIClient($k))->Chat()->create('m', []);\n", 'x.php'), []);
    assert.deepEqual(found("<?php\nuse EasyGithDev\\PHPOpenAI\\OpenAIClient;\n$c = new OpenAIClient($k);\n$chat = $c->Chat();\n$chat->getCallback();\n$c->Model()->toObject();\n", 'x.php'), []);
  });
});

// Held-out corpus 334 had a Flutter app on the openai_dart package (davidmigloz).
describe('Dart: the openai_dart package', () => {
  it('an OpenAIClient built here (its baseUrl) or handed in; its methods, streaming ones too', () => {
    const dart = [
      "import 'package:openai_dart/openai_dart.dart';",
      'class Chef {',
      '  late final OpenAIClient _client;',
      '  final local = OpenAIClient(baseUrl: "http://localhost:11434/v1");',
      '  Chef(String key) { _client = OpenAIClient(apiKey: key); }',
      '  Future<void> cook() async {',
      '    await _client.createChatCompletion(request: CreateChatCompletionRequest(model: m, messages: ms));',
      '    local.createChatCompletionStream(request: r).listen(print);',
      '    await _client.listModels();',
      '    await _client.endSession();',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(found(dart, 'chef.dart'), [
      '7 sdk-dart _client.createChatCompletion POST /v1/chat/completions openai',
      '8 sdk-dart local.createChatCompletionStream POST /v1/chat/completions other',
      '9 sdk-dart _client.listModels GET /v1/models openai',
    ]);
  });

  it('not the package: the same class name from dart_openai, or no import', () => {
    assert.deepEqual(found("import 'package:dart_openai/dart_openai.dart';\nfinal c = OpenAIClient(apiKey: k);\nc.createChatCompletion(request: r);\n", 'x.dart'), []);
  });
});

// Held-out corpus 304 had a Flutter app on the openai_api package (trevorwang/openai_dart), its base URL a user setting.
describe('Dart: the openai_api package', () => {
  it("an OpenaiClient built here (its config's baseUrl, set again by updateConfig) or handed in; its extension methods", () => {
    const service = [
      "import 'package:openai_api/openai_api.dart';",
      'class ChatGPTService {',
      "  final client = OpenaiClient(config: OpenaiConfig(apiKey: ''));",
      '  Future sendChat(ChatCompletionRequest request) async {',
      '    return await client.sendChatCompletion(request);',
      '  }',
      '  Future<String> speechToText(String path) async {',
      '    final res =',
      '        await client.createTrascription(TranscriptionRequest(file: path));',
      '    await client.listModels();',
      '    await client.somethingElse();',
      '    return res.text;',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(found(service, 'chatgpt_service.dart'), [
      '5 sdk-dart client.sendChatCompletion POST /v1/chat/completions openai',
      '9 sdk-dart client.createTrascription POST /v1/audio/transcriptions openai',
      '10 sdk-dart client.listModels GET /v1/models openai',
    ]);
    const updated = service.replace('  Future sendChat', '  loadConfig(Settings settings) {\n    client.updateConfig(client.config.copyWith(baseUrl: settings.baseUrl));\n  }\n  Future sendChat');
    assert.deepEqual(found(updated, 'chatgpt_service.dart').map((x) => x.split(' ').pop()), ['unknown', 'unknown', 'unknown']);
    const local = service.replace("OpenaiConfig(apiKey: '')", "OpenaiConfig(apiKey: '', baseUrl: 'http://localhost:11434')");
    assert.deepEqual(found(local, 'chatgpt_service.dart').map((x) => x.split(' ').pop()), ['other', 'other', 'other']);
    const handed = "import 'package:openai_api/openai_api.dart';\nclass Repo {\n  Repo(this.api);\n  final OpenaiClient api;\n  Future ask(r) => api.sendChatCompletionStream(r, onSuccess: (p) {});\n}\n";
    assert.deepEqual(found(handed, 'repo.dart'), ['5 sdk-dart api.sendChatCompletionStream POST /v1/chat/completions unknown']);
    // (one name, two functions' clients: each call is its own function's; a field handed in is not a later class's)
    const two = "import 'package:openai_api/openai_api.dart';\nFuture<void> official() async {\n  final client = OpenaiClient(config: OpenaiConfig(apiKey: 'k'));\n  await client.sendChatCompletion(req);\n}\nFuture<void> local() async {\n  final client = OpenaiClient(config: OpenaiConfig(apiKey: 'k', baseUrl: 'http://localhost:1234/v1'));\n  await client.sendChatCompletion(req);\n}\n";
    assert.deepEqual(found(two, 'two.dart').map((x) => `${x.split(' ')[0]} ${x.split(' ').pop()}`), ['4 openai', '8 other']);
    assert.deepEqual(found(`${handed}class Other {\n  final api = OpenaiClient(config: OpenaiConfig(apiKey: 'k'));\n}\n`, 'repo.dart').map((x) => x.split(' ').pop()), ['unknown']);
  });

  it('not the package: a file that does not import it, or a name that is no OpenaiClient', () => {
    assert.deepEqual(found("final client = OpenaiClient(config: OpenaiConfig(apiKey: k));\nawait client.sendChatCompletion(r);\n", 'x.dart'), []);
    assert.deepEqual(found("import 'package:openai_api/openai_api.dart';\nfinal chat = ChatService();\nawait chat.sendChatCompletion(r);\n", 'y.dart'), []);
  });
});

// Held-out corpus 205 had an ASP.NET service calling Betalgo's `_openAIService.ChatCompletion.CreateCompletion(request)`.
describe('C#: the Betalgo.OpenAI SDK', () => {
  it('a service built with its options (OpenAI, Azure, another BaseDomain) or handed in', () => {
    const cs = [
      'using OpenAI.Interfaces;',
      'using OpenAI.ObjectModels.RequestModels;',
      'public class ChatService {',
      '    private readonly OpenAI.Interfaces.IOpenAIService _openAIService;',
      '    public ChatService(string apiKey) {',
      '        _openAIService = new OpenAI.Managers.OpenAIService(new OpenAI.OpenAiOptions() { ApiKey = apiKey });',
      '    }',
      '    public async Task<string> Ask(ChatCompletionCreateRequest chatRequest) {',
      '        var response = await _openAIService.ChatCompletion.CreateCompletion(chatRequest);',
      '        var image = await _openAIService.Image.CreateImage(new ImageCreateRequest { Prompt = "x" });',
      '        var other = await _openAIService.ChatCompletion.Summarize(chatRequest);',
      '        return response.Choices.First().Message.Content;',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(cs, 'ChatService.cs'), [
      '9 sdk-dotnet _openAIService.ChatCompletion.CreateCompletion POST /v1/chat/completions openai',
      '10 sdk-dotnet _openAIService.Image.CreateImage POST /v1/images/generations openai',
    ]);
    const azure = 'using Betalgo.Ranul.OpenAI.Managers;\nvar ai = new OpenAIService(new OpenAiOptions { ProviderType = ProviderType.Azure, ApiKey = k, DeploymentId = "gpt4", ResourceName = "res" });\nvar r = await ai.Embeddings.CreateEmbedding(req);\n';
    assert.deepEqual(found(azure, 'a.cs'), ['3 sdk-dotnet ai.Embeddings.CreateEmbedding POST /v1/embeddings azure']);
    const groq = 'using OpenAI.Managers;\nvar options = new OpenAiOptions { ApiKey = k, BaseDomain = "https://api.groq.com/openai" };\nvar ai = new OpenAIService(options);\nawait ai.ChatCompletion.CreateCompletion(req);\n';
    assert.deepEqual(found(groq, 'g.cs'), ['4 sdk-dotnet ai.ChatCompletion.CreateCompletion POST /v1/chat/completions other']);
    // (found in review) the options variable the service is given, not the first in the file
    const two = 'using OpenAI.Managers;\nvar azureOptions = new OpenAiOptions { ProviderType = ProviderType.Azure, ApiKey = k };\nvar plainOptions = new OpenAiOptions { ApiKey = k };\nvar ai = new OpenAIService(plainOptions);\nawait ai.ChatCompletion.CreateCompletion(req);\n';
    assert.deepEqual(found(two, 't.cs'), ['5 sdk-dotnet ai.ChatCompletion.CreateCompletion POST /v1/chat/completions openai']);
    const handedIn = 'using OpenAI.Interfaces;\npublic class C(IOpenAIService openAiService) {\n    public Task M() => openAiService.Audio.CreateTranscription(req);\n}\n';
    assert.deepEqual(found(handedIn, 'c.cs'), ['3 sdk-dotnet openAiService.Audio.CreateTranscription POST /v1/audio/transcriptions unknown']);
  });

  it('not the SDK: a file without its namespaces, an app service of the same name', () => {
    assert.deepEqual(found('public class C { private readonly IOpenAIService _svc; void M() { _svc.ChatCompletion.CreateCompletion(r); } }\n', 'x.cs'), []);
  });
});

// The community SDKs of Swift and Kotlin, read from their sources (MacPaw/OpenAI 0.5.1, aallam/openai-kotlin 4.1.0).
describe("Swift's MacPaw/OpenAI and Kotlin's openai-kotlin", () => {
  it('Swift: a client the class builds, called with async/await, a completion handler, through self and the Responses sub-object', () => {
    const swift = [
      "import Foundation",
      "import OpenAI",
      "",
      "final class ChatService: ObservableObject {",
      "    private let openAI: OpenAI",
      "    @Published var reply = \"\"",
      "",
      "    init(apiKey: String) {",
      "        self.openAI = OpenAI(apiToken: apiKey)",
      "    }",
      "",
      "    func send(_ text: String) async throws -> String {",
      "        let query = ChatQuery(messages: [.user(.init(content: .string(text)))], model: .gpt4_o)",
      "        let result = try await openAI.chats(query: query)",
      "        return result.choices.first?.message.content ?? \"\"",
      "    }",
      "",
      "    func stream(_ query: ChatQuery) {",
      "        openAI.chatsStream(query: query) { partial in",
      "            print(partial)",
      "        } completion: { error in }",
      "    }",
      "",
      "    func draw(_ prompt: String) async throws {",
      "        let images = try await self.openAI.images(query: ImagesQuery(prompt: prompt, n: 1))",
      "        let models = try await openAI.models()",
      "        print(images, models)",
      "    }",
      "",
      "    func respond() async throws {",
      "        let response = try await openAI.responses.createResponse(query: CreateModelResponseQuery(input: .textInput(\"hi\"), model: \"gpt-4o\"))",
      "        print(response)",
      "    }",
      "}",
    ].join('\n');
    assert.deepEqual(found(swift, 'ChatService.swift'), [
      '14 sdk-swift openAI.chats POST /v1/chat/completions openai',
      '19 sdk-swift openAI.chatsStream POST /v1/chat/completions openai',
      '25 sdk-swift openAI.images POST /v1/images/generations openai',
      '26 sdk-swift openAI.models GET /v1/models openai',
      '31 sdk-swift openAI.responses.createResponse POST /v1/responses openai',
    ]);
  });

  it("Swift: a Configuration's host decides where data goes; another API's `images(query:)` in a file without the package is none", () => {
    const local = [
      "import OpenAI",
      "",
      "struct LocalLLM {",
      "    let client = OpenAI(configuration: OpenAI.Configuration(token: nil, host: \"localhost\", port: 11434, scheme: \"http\"))",
      "    func ask(_ q: ChatQuery) async throws -> ChatResult { try await client.chats(query: q) }",
      "}",
    ].join('\n');
    assert.deepEqual(found(local, 'LocalLLM.swift'), ['5 sdk-swift client.chats POST /v1/chat/completions other']);
    const other = [
      "import Foundation",
      "",
      "struct Gallery {",
      "    let store: PhotoStore",
      "    func load() async { let images = await store.images(query: \"cats\"); print(images) }",
      "}",
    ].join('\n');
    assert.deepEqual(found(other, 'Gallery.swift'), []);
    // (a client handed in: where it sends data is decided where it is built)
    assert.deepEqual(found('import OpenAI\nstruct A {\n  let api: OpenAIProtocol\n  func f(q: ChatQuery) async throws { _ = try await api.chats(query: q) }\n}\n', 'A.swift'), ['4 sdk-swift api.chats POST /v1/chat/completions unknown']);
  });

  it('Kotlin: a client handed in or built by the file; overloads told apart by their arguments\' types', () => {
    const kotlin = [
      "package com.example.chat",
      "",
      "import com.aallam.openai.api.chat.ChatCompletionRequest",
      "import com.aallam.openai.api.chat.ChatMessage",
      "import com.aallam.openai.api.chat.ChatRole",
      "import com.aallam.openai.api.file.FileId",
      "import com.aallam.openai.api.file.FileSource",
      "import com.aallam.openai.api.file.FileUpload",
      "import com.aallam.openai.api.image.ImageCreation",
      "import com.aallam.openai.api.model.ModelId",
      "import com.aallam.openai.client.OpenAI",
      "import kotlin.time.Duration.Companion.seconds",
      "",
      "class OpenAIRepository(private val openAI: OpenAI) {",
      "    suspend fun ask(prompt: String): String {",
      "        val request = ChatCompletionRequest(",
      "            model = ModelId(\"gpt-4o\"),",
      "            messages = listOf(ChatMessage(role = ChatRole.User, content = prompt)),",
      "        )",
      "        val completion = openAI.chatCompletion(request)",
      "        return completion.choices.first().message.content.orEmpty()",
      "    }",
      "",
      "    fun stream(request: ChatCompletionRequest) = openAI.chatCompletions(request)",
      "",
      "    suspend fun upload(source: FileSource) {",
      "        val upload = FileUpload(file = source, purpose = Purpose(\"assistants\"))",
      "        val file = openAI.file(upload)",
      "        val again = openAI.file(FileId(file.id.id))",
      "        openAI.delete(fileId = FileId(\"file-abc123\"))",
      "        val images = openAI.imageURL(creation = ImageCreation(prompt = \"a cat\", n = 1))",
      "    }",
      "}",
      "",
      "object Clients {",
      "    val openAI = OpenAI(token = System.getenv(\"OPENAI_API_KEY\"), timeout = Timeout(socket = 60.seconds))",
      "    suspend fun models() = openAI.models()",
      "}",
    ].join('\n');
    assert.deepEqual(found(kotlin, 'OpenAIRepository.kt'), [
      '20 sdk-kotlin openAI.chatCompletion POST /v1/chat/completions openai',
      '24 sdk-kotlin openAI.chatCompletions POST /v1/chat/completions openai',
      '28 sdk-kotlin openAI.file POST /v1/files openai',
      '29 sdk-kotlin openAI.file GET /v1/files/{file_id} openai',
      '30 sdk-kotlin openAI.delete DELETE /v1/files/{file_id} openai',
      '31 sdk-kotlin openAI.imageURL POST /v1/images/generations openai',
      '37 sdk-kotlin openAI.models GET /v1/models openai',
    ]);
  });

  it("Kotlin: OpenAIHost.azure is Azure's, a literal baseUrl names the host; an overload whose argument's type is unknown is none", () => {
    const azure = [
      "import com.aallam.openai.client.OpenAI",
      "import com.aallam.openai.client.OpenAIConfig",
      "import com.aallam.openai.client.OpenAIHost",
      "",
      "val host = OpenAIHost.azure(resourceName = \"my-res\", deploymentId = \"gpt4\", apiVersion = \"2024-10-21\")",
      "val openAI = OpenAI(OpenAIConfig(host = host, token = \"x\"))",
      "suspend fun run(request: com.aallam.openai.api.chat.ChatCompletionRequest) = openAI.chatCompletion(request)",
    ].join('\n');
    assert.deepEqual(found(azure, 'AzureChat.kt'), ['7 sdk-kotlin openAI.chatCompletion POST /v1/chat/completions azure']);
    const ollama = 'import com.aallam.openai.client.*\nval ai = OpenAI(OpenAIConfig(token = "", host = OpenAIHost(baseUrl = "http://localhost:11434/v1/")))\nsuspend fun f(r: ChatCompletionRequest, id: String) {\n  ai.chatCompletion(r)\n  ai.delete(lookup(id))\n}\n';
    assert.deepEqual(found(ollama, 'Ollama.kt'), ['4 sdk-kotlin ai.chatCompletion POST /v1/chat/completions other']);
  });

  it('Kotlin: a function that returns a client, called and used in one expression; another function\'s result is not one', () => {
    const kotlin = [
      'import com.aallam.openai.client.OpenAI',
      'import com.aallam.openai.client.OpenAIConfig',
      '',
      'class OpenAiService(private val key: String) {',
      '    private fun getClient(): OpenAI {',
      '        val config = OpenAIConfig(token = key)',
      '        return OpenAI(config)',
      '    }',
      '    private fun backup() = OpenAI(token = key)',
      '    suspend fun models() = getClient().models()',
      '    suspend fun again() = backup().models()',
      '    suspend fun other() = repository().models()',
      '}',
    ].join('\n');
    assert.deepEqual(found(kotlin, 'OpenAiService.kt'), ['10 sdk-kotlin getClient().models GET /v1/models openai', '11 sdk-kotlin backup().models GET /v1/models openai']);
  });
});

// TheoKanning/openai-java, Azure.AI.OpenAI's 1.0 betas and Elixir's two clients, read from their sources.
describe("openai-java (TheoKanning), Azure.AI.OpenAI's 1.0 betas, Elixir's openai_ex and openai", () => {
  it("found by held-out corpus 314: Azure's Java client azure-ai-openai 1.0 beta, built with an endpoint (Azure) or an OpenAI key", () => {
    const java = [
      'import com.azure.ai.openai.OpenAIClient;',
      'import com.azure.ai.openai.OpenAIClientBuilder;',
      'import com.azure.ai.openai.models.*;',
      'import com.azure.core.credential.AzureKeyCredential;',
      '',
      'public class Sample {',
      '    private final OpenAIClient client;',
      '',
      '    public Sample(String url, String key) {',
      '        client = new OpenAIClientBuilder()',
      '            .credential(new AzureKeyCredential(key))',
      '            .endpoint(url)',
      '            .buildClient();',
      '    }',
      '',
      '    String ask(List<ChatMessage> messages) {',
      '        ChatCompletions answer = client.getChatCompletions("gpt-35", new ChatCompletionsOptions(messages));',
      '        client.getChatCompletionsStream("gpt-35", new ChatCompletionsOptions(messages)).forEach(System.out::print);',
      '        Embeddings e = client.getEmbeddings("ada", new EmbeddingsOptions(List.of("text")));',
      '        return answer.getChoices().get(0).getMessage().getContent() + client.getEndpoint();',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(java, 'Sample.java'), [
      '17 sdk-java client.getChatCompletions POST /v1/chat/completions azure',
      '18 sdk-java client.getChatCompletionsStream POST /v1/chat/completions azure',
      '19 sdk-java client.getEmbeddings POST /v1/embeddings azure',
    ]);
    const kotlin = 'import com.azure.ai.openai.OpenAIClientBuilder\nimport com.azure.core.credential.KeyCredential\n\nfun main() {\n    val client = OpenAIClientBuilder().credential(KeyCredential(System.getenv("KEY"))).buildClient()\n    val images = client.getImageGenerations("dall-e-3", ImageGenerationOptions("a cat"))\n}\n';
    assert.deepEqual(found(kotlin, 'Main.kt'), ['6 sdk-java client.getImageGenerations POST /v1/images/generations openai']);
    const literal = 'import com.azure.ai.openai.*;\nclass A {\n  void run(OpenAIAsyncClient handed) {\n    OpenAIClient local = new OpenAIClientBuilder().endpoint("https://contoso.openai.azure.com/").credential(new AzureKeyCredential(k)).buildClient();\n    local.getAudioTranscription("whisper", "a.mp3", options);\n    handed.getCompletions("d", options);\n  }\n}\n';
    assert.deepEqual(found(literal, 'A.java'), ['5 sdk-java local.getAudioTranscription POST /v1/audio/transcriptions azure', '6 sdk-java handed.getCompletions POST /v1/completions azure']);
    // not the package: another client's methods of the same names, or the package named only in a comment
    assert.deepEqual(found('import com.example.search.SearchClient;\nclass B {\n  SearchClient client;\n  void f() { client.getEmbeddings("x", o); }\n}\n', 'B.java'), []);
    assert.deepEqual(found('// see com.azure.ai.openai\nclass C {\n  OpenAIClient client;\n  void f() { client.getChatCompletions("x", o); }\n}\n', 'C.java'), []);
  });

  it('Java: an OpenAiService the class builds; a Retrofit base names the host', () => {
    const java = [
      "package com.example.bot;",
      "",
      "import com.theokanning.openai.completion.chat.ChatCompletionRequest;",
      "import com.theokanning.openai.completion.chat.ChatMessage;",
      "import com.theokanning.openai.service.OpenAiService;",
      "import java.time.Duration;",
      "",
      "public class ChatService {",
      "    private final OpenAiService service;",
      "",
      "    public ChatService(String token) {",
      "        this.service = new OpenAiService(token, Duration.ofSeconds(60));",
      "    }",
      "",
      "    public String ask(String prompt) {",
      "        ChatCompletionRequest request = ChatCompletionRequest.builder()",
      "            .model(\"gpt-3.5-turbo\")",
      "            .messages(List.of(new ChatMessage(\"user\", prompt)))",
      "            .build();",
      "        return service.createChatCompletion(request).getChoices().get(0).getMessage().getContent();",
      "    }",
      "",
      "    public void stream(ChatCompletionRequest request) {",
      "        service.streamChatCompletion(request).blockingForEach(System.out::println);",
      "        service.shutdownExecutor();",
      "    }",
      "",
      "    public String image(String prompt) {",
      "        return service.createImage(CreateImageRequest.builder().prompt(prompt).build()).getData().get(0).getUrl();",
      "    }",
      "}",
    ].join('\n');
    assert.deepEqual(found(java, 'ChatService.java'), [
      '20 sdk-java service.createChatCompletion POST /v1/chat/completions openai',
      '24 sdk-java service.streamChatCompletion POST /v1/chat/completions openai',
      '29 sdk-java service.createImage POST /v1/images/generations openai',
    ]);
    const proxy = [
      "import com.theokanning.openai.client.OpenAiApi;",
      "import com.theokanning.openai.service.OpenAiService;",
      "",
      "class Proxy {",
      "    OpenAiService build(String token) {",
      "        Retrofit retrofit = new Retrofit.Builder().baseUrl(\"https://openrouter.ai/api/\").client(defaultClient(token, Duration.ofSeconds(30))).build();",
      "        OpenAiService service = new OpenAiService(retrofit.create(OpenAiApi.class));",
      "        service.listModels();",
      "        return service;",
      "    }",
      "}",
    ].join('\n');
    assert.deepEqual(found(proxy, 'Proxy.java'), ['8 sdk-java service.listModels GET /v1/models other']);
    // (another library's service with the same method names)
    assert.deepEqual(found('import com.acme.images.ImageService;\nclass A { ImageService service; void f() { service.createImage(r); } }\n', 'A.java'), []);
  });

  it('C#: an OpenAIClient built with an endpoint Uri is Azure OpenAI, with a key alone api.openai.com', () => {
    const cs = [
      "using Azure;",
      "using Azure.AI.OpenAI;",
      "",
      "public class Summarizer",
      "{",
      "    private readonly OpenAIClient _client;",
      "",
      "    public Summarizer(IConfiguration config)",
      "    {",
      "        _client = new OpenAIClient(new Uri(config[\"AzureOpenAI:Endpoint\"]), new AzureKeyCredential(config[\"AzureOpenAI:Key\"]));",
      "    }",
      "",
      "    public async Task<string> SummarizeAsync(string text)",
      "    {",
      "        var options = new ChatCompletionsOptions { DeploymentName = \"gpt-35-turbo\", Messages = { new ChatRequestUserMessage(text) } };",
      "        Response<ChatCompletions> response = await _client.GetChatCompletionsAsync(options);",
      "        return response.Value.Choices[0].Message.Content;",
      "    }",
      "",
      "    public async Task<float[]> EmbedAsync(string text)",
      "    {",
      "        var result = await _client.GetEmbeddingsAsync(new EmbeddingsOptions(\"ada\", new[] { text }));",
      "        return result.Value.Data[0].Embedding.ToArray();",
      "    }",
      "}",
      "",
      "public class PublicClient",
      "{",
      "    public async Task Run(string key)",
      "    {",
      "        var client = new OpenAIClient(key);",
      "        await client.GetImageGenerationsAsync(new ImageGenerationOptions { Prompt = \"x\" });",
      "    }",
      "}",
    ].join('\n');
    assert.deepEqual(found(cs, 'Summarizer.cs'), [
      '16 sdk-dotnet _client.GetChatCompletionsAsync POST /v1/chat/completions azure',
      '22 sdk-dotnet _client.GetEmbeddingsAsync POST /v1/embeddings azure',
      '32 sdk-dotnet client.GetImageGenerationsAsync POST /v1/images/generations openai',
    ]);
  });

  it("Elixir: openai_ex piped, aliased and raising; mgallo's OpenAI module with overloads by argument; not an app's own OpenAI module", () => {
    const ex = [
      "defmodule MyApp.Assistant do",
      "  alias OpenaiEx.Chat",
      "  alias OpenaiEx.ChatMessage",
      "",
      "  def client, do: OpenaiEx.new(System.fetch_env!(\"OPENAI_API_KEY\"))",
      "",
      "  def ask(question) do",
      "    req = Chat.Completions.new(model: \"gpt-4o-mini\", messages: [ChatMessage.user(question)])",
      "    {:ok, resp} = client() |> Chat.Completions.create(req)",
      "    resp",
      "  end",
      "",
      "  def embed(text) do",
      "    client() |> OpenaiEx.Embeddings.create!(OpenaiEx.Embeddings.new(model: \"text-embedding-3-small\", input: text))",
      "  end",
      "end",
    ].join('\n');
    assert.deepEqual(found(ex, 'lib/my_app/assistant.ex'), [
      '9 sdk-elixir Chat.Completions.create POST /v1/chat/completions openai',
      '14 sdk-elixir Embeddings.create POST /v1/embeddings openai',
    ]);
    const legacy = [
      "defmodule MyApp.Legacy do",
      "  def ask(messages) do",
      "    {:ok, %{choices: [choice | _]}} = OpenAI.chat_completion(model: \"gpt-3.5-turbo\", messages: messages)",
      "    choice",
      "  end",
      "",
      "  def model_info, do: OpenAI.models(\"gpt-4o\")",
      "  def all_models, do: OpenAI.models()",
      "  def image(p), do: OpenAI.images_generations([prompt: p, size: \"256x256\"], %OpenAI.Config{http_options: [recv_timeout: 600_000]})",
      "end",
    ].join('\n');
    assert.deepEqual(found(legacy, 'lib/my_app/legacy.ex'), [
      '3 sdk-elixir OpenAI.chat_completion POST /v1/chat/completions openai',
      '7 sdk-elixir OpenAI.models GET /v1/models/{model} openai',
      '8 sdk-elixir OpenAI.models GET /v1/models openai',
      '9 sdk-elixir OpenAI.images_generations POST /v1/images/generations openai',
    ]);
    const own = [
      "defmodule MyApp.Chat do",
      "  alias MyApp.OpenAI",
      "  def ask(m), do: OpenAI.chat_completion(m)",
      "end",
    ].join('\n');
    assert.deepEqual(found(own, 'lib/my_app/chat.ex'), []);
    // (an app module named `OpenAI` itself, defined in another file of the project: ruslandoga/wat's `lib/openai.ex`)
    const project = new ProjectIndex();
    project.addFile('lib/openai.ex', 'defmodule OpenAI do\n  def chat_completion(messages), do: API.post!("/v1/chat/completions", %{messages: messages})\nend\n');
    assert.deepEqual(found('defmodule Wat do\n  def ask(m), do: OpenAI.chat_completion(m)\nend\n', 'lib/wat.ex', project), []);
    assert.deepEqual(found('defmodule Wat do\n  def ask(m), do: OpenAI.chat_completion(m)\nend\n', 'lib/wat.ex', new ProjectIndex()), ['2 sdk-elixir OpenAI.chat_completion POST /v1/chat/completions openai']);
    const proxied = 'defmodule A do\n  def c, do: OpenaiEx.new(k) |> OpenaiEx.with_base_url("http://localhost:8000/v1")\n  def f(r), do: c() |> OpenaiEx.Chat.Completions.create(r)\nend\n';
    assert.deepEqual(found(proxied, 'a.ex'), ['3 sdk-elixir Chat.Completions.create POST /v1/chat/completions other']);
  });
});

// RageAgainstThePixel/OpenAI-DotNet, read from its source (v8.8.7); held-out corpus 207 had a console app calling it.
describe('C#: the OpenAI-DotNet SDK', () => {
  it('endpoint properties on a client the file builds, on one from a factory, and with settings naming Azure or another host', () => {
    const cs = [
      'using OpenAI;',
      'using OpenAI.Chat;',
      'using OpenAI.Models;',
      '',
      'public class Assistant',
      '{',
      '    private readonly OpenAIClient api = new OpenAIClient(new OpenAIAuthentication(key));',
      '    public async Task<string> Ask(ChatRequest request)',
      '    {',
      '        var response = await api.ChatEndpoint.GetCompletionAsync(request);',
      '        var image = await api.ImagesEndPoint.GenerateImageAsync(new ImageGenerationRequest("a cat"));',
      '        var models = await _factory.Client.ModelsEndpoint.GetModelsAsync();',
      '        return response.FirstChoice;',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(cs, 'Assistant.cs'), [
      '10 sdk-dotnet api.ChatEndpoint.GetCompletionAsync POST /v1/chat/completions openai',
      '11 sdk-dotnet api.ImagesEndPoint.GenerateImageAsync POST /v1/images/generations openai',
      '12 sdk-dotnet _factory.Client.ModelsEndpoint.GetModelsAsync GET /v1/models openai',
    ]);
    const azure = 'using OpenAI;\nvar api = new OpenAIClient(auth, new OpenAISettings(resourceName: "res", deploymentId: "gpt4", apiVersion: "2024-10-21"));\nawait api.ChatEndpoint.StreamCompletionAsync(request, r => Console.Write(r));\n';
    assert.deepEqual(found(azure, 'Program.cs'), ['3 sdk-dotnet api.ChatEndpoint.StreamCompletionAsync POST /v1/chat/completions azure']);
    const handedIn = 'using OpenAI;\nclass S(OpenAIClient client) {\n    Task T() => client.EmbeddingsEndpoint.CreateEmbeddingAsync(req);\n}\n';
    assert.deepEqual(found(handedIn, 'S.cs'), ['3 sdk-dotnet client.EmbeddingsEndpoint.CreateEmbeddingAsync POST /v1/embeddings unknown']);
  });
});

// Retrofit services (Android apps in Kotlin and Java): held-out corpora 209 and 210 had five calls of them, none found then.
describe('Retrofit services in Kotlin and Java', () => {
  it("a service interface, its constants and its builder in other files of the project; calls on an injected service and on an object's property", () => {
    const project = new ProjectIndex();
    project.addFile('app/src/main/java/app/network/OpenAiApi.kt', 'package app.network\n\nobject OpenAiApi {\n    const val BASE_URL = "https://api.openai.com/v1/"\n    const val CHAT_COMPLETIONS = "chat/completions"\n    const val AUDIO_TRANSCRIPTIONS = "audio/transcriptions"\n}\n');
    project.addFile('app/src/main/java/app/network/OpenAiService.kt', 'package app.network\n\nimport retrofit2.http.*\n\ninterface OpenAiService {\n    @Multipart\n    @POST(OpenAiApi.AUDIO_TRANSCRIPTIONS)\n    suspend fun audioTranscriptions(@Part file: MultipartBody.Part): Response<ResponseBody>\n\n    @Headers("Content-Type: application/json")\n    @POST(OpenAiApi.CHAT_COMPLETIONS)\n    suspend fun chatCompletions(@Body request: ChatRequest): Response<ChatResponse>\n}\n');
    project.addFile('app/src/main/java/app/network/OpenAiClient.kt', 'package app.network\n\nobject OpenAiClient {\n    val service: OpenAiService = Retrofit.Builder()\n        .baseUrl(OpenAiApi.BASE_URL)\n        .addConverterFactory(GsonConverterFactory.create())\n        .build()\n        .create(OpenAiService::class.java)\n}\n');
    const repository = 'class ArticleRepository @Inject constructor(\n    private val openAiService: OpenAiService,\n) {\n    suspend fun transcribe(part: MultipartBody.Part) = openAiService.audioTranscriptions(file = part)\n    suspend fun summarise(r: ChatRequest) = OpenAiClient.service.chatCompletions(r)\n    fun other(list: List<String>) = list.map { it.trim() }\n}\n';
    assert.deepEqual(found(repository, 'app/src/main/java/app/data/ArticleRepository.kt', project), [
      '4 http openAiService.audioTranscriptions POST /v1/audio/transcriptions openai',
      '5 http OpenAiClient.service.chatCompletions POST /v1/chat/completions openai',
    ]);
  });

  it('found by held-out corpus 281: a service an object makes lazily (`val instance: Api by lazy { val retrofit = …; retrofit.create(…) }`)', () => {
    const project = new ProjectIndex();
    project.addFile('app/OpenAiApi.kt', 'interface OpenAiApi {\n    @POST("chat/completions")\n    fun getChatCompletion(@Body request: ChatRequest): Call<ChatResponse>\n}\n');
    project.addFile('app/RetrofitClient.kt', 'object RetrofitClient {\n    private const val BASE_URL = "https://api.openai.com/v1/"\n    val instance: OpenAiApi by lazy {\n        val retrofit = Retrofit.Builder()\n            .baseUrl(BASE_URL)\n            .build()\n        retrofit.create(OpenAiApi::class.java)\n    }\n}\n');
    const activity = 'class ChatActivity {\n    fun send(request: ChatRequest) { // asks OpenAI\n        val call = RetrofitClient.instance.getChatCompletion(request)\n    }\n}\n';
    assert.deepEqual(found(activity, 'app/ChatActivity.kt', project), ['3 http RetrofitClient.instance.getChatCompletion POST /v1/chat/completions openai']);
  });

  it('Java: an interface and builder in one file; a path off the API (the app\'s own backend, `v1/users/me`) is none', () => {
    const java = [
      'import retrofit2.Retrofit;',
      'import retrofit2.http.*;',
      '',
      'interface ChatApi {',
      '    @POST("/v1/chat/completions")',
      '    Call<ChatResponse> complete(@Body ChatRequest request);',
      '    @GET("v1/users/me")',
      '    Call<User> me();',
      '}',
      '',
      'class Chat {',
      '    private final ChatApi api = new Retrofit.Builder().baseUrl("https://api.groq.com/openai/").build().create(ChatApi.class);',
      '    void ask(ChatRequest r) { api.complete(r).enqueue(cb); api.me(); }',
      '}',
    ].join('\n');
    assert.deepEqual(found(java, 'Chat.java'), ['13 http api.complete POST /v1/chat/completions other']);
    // (on another host an API path is an OpenAI-compatible server's, as a literal URL is; the app's own paths are not the API's)
    const own = java.replace('https://api.groq.com/openai/', 'https://backend.example.com/').replace('/v1/chat/completions', '/api/chat');
    assert.deepEqual(found(own, 'Chat.java'), []);
  });
});

describe('found by held-out corpus 212', () => {
  it('an Azure chat client a method of the class returns', () => {
    const cs = 'using Azure.AI.OpenAI;\nusing OpenAI.Chat;\n\npublic class Reviews {\n    private ChatClient CreateClient()\n    {\n        var baseClient = new AzureOpenAIClient(new Uri(_endpoint), _credential);\n        return baseClient.GetChatClient("gpt-35-turbo");\n    }\n\n    public async Task<string> Review(string title)\n    {\n        var client = CreateClient();\n        var result = await client.CompleteChatAsync(new UserChatMessage(title));\n        return result.Value.Content[0].Text;\n    }\n}\n';
    assert.deepEqual(found(cs, 'Reviews.cs'), ['14 sdk-dotnet client.CompleteChatAsync POST /v1/chat/completions azure']);
  });
});

describe('found by held-out corpus 214', () => {
  it("the official .NET client written with its namespace; an async-openai client a function of the file returns", () => {
    const cs = 'using OpenAI.Responses;\n\nclass S {\n    async Task<string> Ask(string apiKey, string prompt) {\n        OpenAI.Chat.ChatClient client =\n            new OpenAI.Chat.ChatClient(model: "gpt-4o-mini", apiKey: apiKey);\n        OpenAI.Chat.ChatCompletion response = await client.CompleteChatAsync(prompt);\n        return response.Content[0].Text;\n    }\n}\n';
    assert.deepEqual(found(cs, 'S.cs'), ['7 sdk-dotnet client.CompleteChatAsync POST /v1/chat/completions openai']);
    const rust = 'use async_openai::{config::OpenAIConfig, Client};\n\npub async fn ask(q: String) -> Result<String, Box<dyn Error>> {\n    let client = init_gpt_client()?;\n    let response = client.chat().create(request).await?;\n    Ok(String::new())\n}\n\nfn init_gpt_client() -> Result<Client<OpenAIConfig>, Box<dyn Error>> {\n    let config = OpenAIConfig::new().with_api_key(key);\n    Ok(Client::with_config(config))\n}\n';
    assert.deepEqual(found(rust, 'gpt.rs'), ['5 sdk-rust client.chat().create POST /v1/chat/completions openai']);
  });
});

describe('found by held-out corpus 215', () => {
  it("a client kept as a member of an object another module exports (`export const config = { OPENAI: openai }`, `const openai = config.OPENAI`)", () => {
    const project = new ProjectIndex();
    project.addFile('src/config/config.js', "import OpenAI from 'openai';\n\nconst openai = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY\n});\n\nexport const config = {\n  BATCH_SIZE: 10,\n  OPENAI: openai,\n};\n");
    const scheduler = "import { config } from '../config/config.js';\n\nconst openai = config.OPENAI;\n\nexport async function summarise() {\n  const thread = await openai.beta.threads.create();\n  return thread.id;\n}\n";
    assert.deepEqual(found(scheduler, 'src/scheduler/dailySummary.js', project), ['6 sdk-node client.beta.threads.create POST /v1/threads openai']);
  });
});

// Held-out corpus 221 had an app calling dvcrn/ex_openai's generated functions.
describe("Elixir's ex_openai", () => {
  it('generated functions, written in full or through an alias; a base_url the call passes; not a component struct', () => {
    const ex = [
      'defmodule MailSage.Services.AI do',
      '  alias ExOpenAI.Chat',
      '  alias ExOpenAI.Components.ChatCompletionRequestUserMessage',
      '  alias ExOpenAI.{Embeddings, Files}',
      '',
      '  def categorize(messages) do',
      '    Chat.create_chat_completion(messages, "gpt-4o-mini")',
      '  end',
      '',
      '  def embed(text), do: Embeddings.create_embedding(text, "text-embedding-3-small")',
      '  def files, do: Files.list_files()',
      '  def local(messages), do: ExOpenAI.Chat.create_chat_completion(messages, "llama3", base_url: "http://localhost:11434/v1")',
      '  def msg(text), do: ChatCompletionRequestUserMessage.new(content: text)',
      '  def unknown(x), do: Chat.summarize(x)',
      'end',
    ].join('\n');
    assert.deepEqual(found(ex, 'lib/mail_sage/services/ai.ex'), [
      '7 sdk-elixir ExOpenAI.Chat.create_chat_completion POST /v1/chat/completions openai',
      '10 sdk-elixir ExOpenAI.Embeddings.create_embedding POST /v1/embeddings openai',
      '11 sdk-elixir ExOpenAI.Files.list_files GET /v1/files openai',
      '12 sdk-elixir ExOpenAI.Chat.create_chat_completion POST /v1/chat/completions other',
    ]);
  });
});

// Held-out corpora 249 and 254 had C# apps on OkGoDoIt's OpenAI-API-dotnet (NuGet `OpenAI` 1.x), one taking the client from DI.
describe("OkGoDoIt's OpenAI_API for .NET", () => {
  it('a client built here, for Azure, with another URL format, and a conversation; not another class of the same shape', () => {
    const cs = [
      'using OpenAI_API;',
      'using OpenAI_API.Chat;',
      'public class Summaries {',
      '    public async Task<string> Run(string key, string text) {',
      '        var api = new OpenAIAPI(key);',
      '        var result = await api.Completions.CreateCompletionAsync(new CompletionRequest(text));',
      '        var azure = OpenAIAPI.ForAzure("contoso", "gpt4", key);',
      '        await azure.Chat.CreateChatCompletionAsync(request);',
      '        var local = new OpenAIAPI(key);',
      '        local.ApiUrlFormat = "http://localhost:11434/{0}/{1}";',
      '        await local.Embeddings.CreateEmbeddingAsync(text);',
      '        var chat = api.Chat.CreateConversation();',
      '        chat.AppendUserInput(text);',
      '        var answer = await chat.GetResponseFromChatbotAsync();',
      '        await api.Files.DeleteFileAsync(id);',
      '        await report.Chat.CreateChatCompletionAsync(request);',
      '        return answer;',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(cs, 'Services/Summaries.cs'), [
      '6 sdk-dotnet api.Completions.CreateCompletionAsync POST /v1/completions openai',
      '8 sdk-dotnet azure.Chat.CreateChatCompletionAsync POST /v1/chat/completions azure',
      '11 sdk-dotnet local.Embeddings.CreateEmbeddingAsync POST /v1/embeddings other',
      '14 sdk-dotnet chat.GetResponseFromChatbotAsync POST /v1/chat/completions openai',
      '15 sdk-dotnet api.Files.DeleteFileAsync DELETE /v1/files/{file_id} openai',
    ]);
  });

  it('a client handed in (a constructor parameter, a service from DI): as the project builds it, when it builds it one way', () => {
    const hub = ['using OpenAI_API;', 'public class ChatHub {', '    private readonly OpenAIAPI _api;', '    public ChatHub(OpenAIAPI api) { _api = api; }', '    public Task Ask(ChatRequest r) => _api.Chat.CreateChatCompletionAsync(r);', '    public Task Other(IServiceProvider sp) {', '        var api = sp.GetRequiredService<OpenAIAPI>();', '        return api.Moderation.CallModerationAsync(text);', '    }', '}'].join('\n');
    assert.deepEqual(found(hub, 'Services/ChatHub.cs'), ['5 sdk-dotnet _api.Chat.CreateChatCompletionAsync POST /v1/chat/completions unknown', '8 sdk-dotnet api.Moderation.CallModerationAsync POST /v1/moderations unknown']);
    const project = new ProjectIndex();
    project.addFile('Program.cs', 'using OpenAI_API;\nbuilder.Services.AddSingleton(sp => new OpenAIAPI(builder.Configuration["OpenAI:ApiKey"]));\n');
    assert.deepEqual(found(hub, 'Services/ChatHub.cs', project), ['5 sdk-dotnet _api.Chat.CreateChatCompletionAsync POST /v1/chat/completions openai', '8 sdk-dotnet api.Moderation.CallModerationAsync POST /v1/moderations openai']);
    project.addFile('Azure.cs', 'using OpenAI_API;\nvar api = OpenAIAPI.ForAzure("contoso", "gpt4", key);\n');
    assert.deepEqual(found(hub, 'Services/ChatHub.cs', project), ['5 sdk-dotnet _api.Chat.CreateChatCompletionAsync POST /v1/chat/completions unknown', '8 sdk-dotnet api.Moderation.CallModerationAsync POST /v1/moderations unknown']);
  });
});

// Held-out corpora 230 and 254 had iOS apps on adamrushy/OpenAISwift, one keeping its client in another file's type.
describe("adamrushy's OpenAISwift", () => {
  it('a client built here (1.x authToken, 1.4 Config), one with another base, and one a property of another type holds, as the project builds it', () => {
    const swift = [
      'import OpenAISwift',
      'final class ViewModel {',
      '    private var client: OpenAISwift?',
      '    private let local = OpenAISwift(config: OpenAISwift.Config(baseURL: "http://localhost:11434", endpointPrivider: provider, session: .shared, authorizeRequest: { _ in }))',
      '    func setup() {',
      '        client = OpenAISwift(authToken: "key")',
      '    }',
      '    func ask(_ text: String) async throws {',
      '        client?.sendCompletion(with: text, maxTokens: 500) { result in }',
      '        let chat = try await local.sendChat(with: messages)',
      '        try await report.sendChat(with: messages)',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(swift, 'chefai/ViewModel.swift'), ['9 sdk-swift client.sendCompletion POST /v1/completions openai', '10 sdk-swift local.sendChat POST /v1/chat/completions other']);
    const vc = 'import UIKit\nimport OpenAISwift\n\nclass OnboardingVC: UIViewController {\n    private let openAI = OpenAIToken.openAI\n    func send(_ message: String) {\n        openAI.sendImages(with: message) { results in }\n    }\n}\n';
    assert.deepEqual(found(vc, 'OpenAI/Onboarding/OnboardingVC.swift'), ['7 sdk-swift openAI.sendImages POST /v1/images/generations unknown']);
    const project = new ProjectIndex();
    project.addFile('OpenAI/OpenAIToken.swift', 'import OpenAISwift\n\nstruct OpenAIToken {\n    static let openAI = OpenAISwift(authToken: "token")\n}\n');
    assert.deepEqual(found(vc, 'OpenAI/Onboarding/OnboardingVC.swift', project), ['7 sdk-swift openAI.sendImages POST /v1/images/generations openai']);
    // (the token file rebuilt with another base: the project no longer builds it one way)
    project.addFile('OpenAI/OpenAIToken.swift', 'import OpenAISwift\n\nstruct OpenAIToken {\n    static let openAI = OpenAISwift(config: OpenAISwift.Config(baseURL: proxyURL, endpointPrivider: p, session: .shared, authorizeRequest: { _ in }))\n}\n');
    assert.deepEqual(found(vc, 'OpenAI/Onboarding/OnboardingVC.swift', project), ['7 sdk-swift openAI.sendImages POST /v1/images/generations unknown']);
  });
});

describe("review of OkGoDoIt's OpenAI_API", () => {
  it('an ApiUrlFormat set in the object initializer, here and in the project; a commented-out build builds nothing', () => {
    const cs = 'using OpenAI_API;\nvar api = new OpenAIAPI("sk") { ApiUrlFormat = "http://localhost:8080/{0}/{1}" };\nawait api.Chat.CreateChatCompletionAsync(r);\n';
    assert.deepEqual(found(cs, 'A.cs'), ['3 sdk-dotnet api.Chat.CreateChatCompletionAsync POST /v1/chat/completions other']);
    const hub = 'using OpenAI_API;\npublic class Hub {\n    private readonly IOpenAIAPI _api;\n    public Task Ask(ChatRequest r) => _api.Chat.CreateChatCompletionAsync(r);\n}\n';
    const project = new ProjectIndex();
    project.addFile('Program.cs', 'using OpenAI_API;\nservices.AddSingleton<IOpenAIAPI>(sp => new OpenAIAPI(key) { ApiUrlFormat = proxyFormat });\n');
    assert.deepEqual(found(hub, 'Hub.cs', project), ['4 sdk-dotnet _api.Chat.CreateChatCompletionAsync POST /v1/chat/completions unknown']);
    project.addFile('Program.cs', 'using OpenAI_API;\n// var old = new OpenAIAPI(key) { ApiUrlFormat = proxyFormat };\nservices.AddSingleton<IOpenAIAPI>(sp => new OpenAIAPI(key));\n');
    assert.deepEqual(found(hub, 'Hub.cs', project), ['4 sdk-dotnet _api.Chat.CreateChatCompletionAsync POST /v1/chat/completions openai']);
  });

  it("the official .NET SDK's client kept in an auto-property (`AudioClient Audio { get; set; }`); a string property is none", () => {
    const cs = [
      'using OpenAI;',
      'using OpenAI.Audio;',
      'public class Speaker {',
      '    private readonly OpenAIClient _client;',
      '    private AudioClient Audio { get; set; } = default!;',
      '    public Speaker(OpenAIClient client) { _client = client; }',
      '    public async Task<BinaryData> Say(string text) {',
      '        Audio ??= _client.GetAudioClient("tts-1");',
      '        return (await Audio.GenerateSpeechAsync(text, GeneratedSpeechVoice.Alloy)).Value;',
      '    }',
      '    public string Name { get; set; } = "";',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'Speaker.cs'), ['9 sdk-dotnet Audio.GenerateSpeechAsync POST /v1/audio/speech unknown']);
    // (also nullable: found in review)
    assert.deepEqual(found(cs.replace('private AudioClient Audio', 'private AudioClient? Audio'), 'Speaker.cs'), ['9 sdk-dotnet Audio.GenerateSpeechAsync POST /v1/audio/speech unknown']);
  });
});

// Found by held-out corpora 343–347 (the fortieth and forty-first rounds).
describe('SDK calls found by held-out corpora 343–347', () => {
  it("343: openai_ex's module names before 0.6.0 (`ChatCompletion.create`), from its source at 0.5.9", () => {
    const ex = 'defmodule Copilot do\n  alias OpenaiEx.ChatCompletion\n  def completion(key) do\n    OpenaiEx.new(key)\n    |> ChatCompletion.create(%{model: "gpt-4", messages: []})\n  end\n  def image(openai), do: openai |> OpenaiEx.Image.generate(%{prompt: "x"})\nend\n';
    assert.deepEqual(found(ex, 'openai_backend.ex'), ['5 sdk-elixir ChatCompletion.create POST /v1/chat/completions openai', '7 sdk-elixir Image.generate POST /v1/images/generations openai']);
  });

  it("343: openai-php's client typed by the package's interface (`use OpenAI\\Contracts\\ClientContract as OpenAIClient`)", () => {
    const php = '<?php\nuse OpenAI\\Contracts\\ClientContract as OpenAIClient;\nclass ChatGPT {\n    private OpenAIClient $openAiClient;\n    public function __construct(OpenAIClient $openAiClient) { $this->openAiClient = $openAiClient; }\n    public function ask() {\n        return $this->openAiClient->chat()->create([\'model\' => \'gpt-4\']);\n    }\n}\n';
    assert.deepEqual(found(php, 'ChatGPT.php'), ['7 sdk-php $this->openAiClient->chat()->create POST /v1/chat/completions unknown']);
  });

  it("343: a Retrofit annotation naming a top-level constant another file of the project declares (`@POST(textCompletionsTurboEndpoint)`)", () => {
    const project = new ProjectIndex();
    const constants = 'package com.x.constants\n\nconst val baseUrlOpenAI = "https://api.openai.com/"\nconst val textCompletionsTurboEndpoint = "v1/chat/completions"\n';
    const api = 'package com.x.api\n\nimport com.x.constants.textCompletionsTurboEndpoint\nimport retrofit2.http.*\n\ninterface OpenAIApi {\n    @POST(textCompletionsTurboEndpoint)\n    @Streaming\n    fun chatWithStream(@Body body: JsonObject): Call<ResponseBody>\n}\n';
    const module = 'package com.x.di\n\nimport com.x.constants.baseUrlOpenAI\n\nobject NetworkModule {\n    fun provide(): OpenAIApi = Retrofit.Builder()\n        .baseUrl(baseUrlOpenAI)\n        .build()\n        .create(OpenAIApi::class.java)\n}\n';
    const repo = 'package com.x\nclass Repo(private val openAIApi: OpenAIApi) {\n    fun go(body: JsonObject) { val c = openAIApi.chatWithStream(body) }\n}\n';
    for (const [name, text] of [['constants/ApiEndpoints.kt', constants], ['api/OpenAIApi.kt', api], ['di/NetworkModule.kt', module], ['Repo.kt', repo]] as const) project.addFile(name, text);
    assert.deepEqual(found(repo, 'Repo.kt', project), ['3 http openAIApi.chatWithStream POST /v1/chat/completions openai']);
  });

  it("346: MacPaw/OpenAI's client reached through another object's property (`openAIService.openAI.chats(query:)`)", () => {
    const swift = 'import SwiftUI\nimport OpenAI\nstruct ContentView: View {\n    @EnvironmentObject private var openAIService: OpenAIService\n    func send() async throws {\n        let result = try await openAIService.openAI.chats(query: query)\n    }\n}\n';
    assert.deepEqual(found(swift, 'ContentView.swift'), ['6 sdk-swift openAI.chats POST /v1/chat/completions unknown']);
  });

  it('347: Azure.AI.OpenAI\'s beta client built on a `Uri` variable and an Azure key (`OpenAIClient client = new(uri, key)`)', () => {
    const cs = 'using Azure;\nusing Azure.AI.OpenAI;\nclass C {\n    async Task Run() {\n        Uri resource = new(_settings.AzureOpenAIResourceUri);\n        AzureKeyCredential key = new(_settings.Key);\n        OpenAIClient client = new(resource, key);\n        var response = await client.GetChatCompletionsAsync(options);\n        OpenAIClient direct = new(_settings.OpenAIKey);\n        var other = await direct.GetChatCompletionsAsync(options);\n    }\n}\n';
    assert.deepEqual(found(cs, 'AzureOpenAIClient.cs'), ['8 sdk-dotnet client.GetChatCompletionsAsync POST /v1/chat/completions azure', '10 sdk-dotnet direct.GetChatCompletionsAsync POST /v1/chat/completions openai']);
  });

  it("345: openai-java's service the class keeps from a client (`this.completionService = openAIClient.chat().completions()`)", () => {
    const java = 'import com.openai.client.OpenAIClient;\nimport com.openai.services.blocking.chat.ChatCompletionService;\npublic class Classifier {\n    private final ChatCompletionService completionService;\n    public Classifier(OpenAIClient openAIClient) {\n        this.completionService = openAIClient.chat().completions();\n    }\n    public String classify(ChatCompletionCreateParams request) {\n        return completionService.create(request).choices().get(0).toString();\n    }\n}\n';
    assert.deepEqual(found(java, 'Classifier.java'), ['9 sdk-java completionService.create POST /v1/chat/completions unknown']);
  });

  it("345: a Go package variable given a client in `init` (`client = c` after `c := gpt3.NewClient(key)`)", () => {
    const go = 'package logic\n\nimport (\n\t"context"\n\t"github.com/PullRequestInc/go-gpt3"\n)\n\nvar (\n\tclient gpt3.Client\n)\n\nfunc init() {\n\tc := gpt3.NewClient(apiKey)\n\tclient = c\n}\n\nfunc Chat(s string) {\n\tresp, err := client.Completion(context.Background(), gpt3.CompletionRequest{Prompt: []string{s}})\n}\n';
    assert.deepEqual(found(go, 'open_ai.go'), ['18 sdk-go client.Completion POST /v1/engines/{engine_id}/completions openai']);
  });
});

// Found by held-out corpora 348–350 (the forty-second round).
describe('SDK calls found by held-out corpora 348–350', () => {
  it("349: otiai10/openaigo's client methods, from its source, on the default base or the `BaseURL` the file sets", () => {
    const go = 'package main\nimport (\n\totiai10 "github.com/otiai10/openaigo"\n)\nfunc main() {\n\tclient := otiai10.NewClient(apiKey)\n\tclient.CreateModeration(ctx, otiai10.ModerationCreateRequestBody{Input: "x"})\n\tclient.RetrieveModel(ctx, "gpt-4o")\n\tlocal := otiai10.NewClient(key)\n\tlocal.BaseURL = "http://localhost:11434/v1"\n\tlocal.Chat(ctx, req)\n}\n';
    assert.deepEqual(found(go, 'main.go'), ['7 sdk-go client.CreateModeration POST /v1/moderations openai', '8 sdk-go client.RetrieveModel GET /v1/models/{model} openai', '11 sdk-go client.Chat POST /v1/chat/completions other']);
  });

  it("350: openai-java's client a constructor builds into a field (`this.client = OpenAIOkHttpClient.builder()…build()`)", () => {
    const java = 'import com.openai.client.OpenAIClient;\nimport com.openai.client.okhttp.OpenAIOkHttpClient;\npublic class LLM {\n    private final OpenAIClient client;\n    public LLM(String apiKey) {\n        this.client = OpenAIOkHttpClient.builder()\n                .apiKey(apiKey)\n                .build();\n    }\n    Object ask(ChatCompletionCreateParams params) { return client.chat().completions().create(params); }\n}\n';
    assert.deepEqual(found(java, 'LLM.java'), ['10 sdk-java client.chat().completions().create POST /v1/chat/completions openai']);
  });

  it("348: openai-kotlin's client handed in where the project's files build it only with the default host (a Koin module's `OpenAI(config)`)", () => {
    const project = new ProjectIndex();
    const module = 'package x.di\n\nimport com.aallam.openai.client.OpenAI\nimport com.aallam.openai.client.OpenAIConfig\n\nfun provideOpenAI() : OpenAI {\n    val config = OpenAIConfig(token = BuildConfig.KEY)\n    return OpenAI(config)\n}\n';
    const repo = 'package x.data\n\nimport com.aallam.openai.api.chat.ChatCompletionRequest\nimport com.aallam.openai.client.OpenAI\n\nclass OpenAIRepository(private val openAI: OpenAI) {\n    suspend fun ask(r: ChatCompletionRequest) = openAI.chatCompletion(r)\n}\n';
    project.addFile('di/NetworkModule.kt', module);
    project.addFile('data/OpenAIRepository.kt', repo);
    assert.deepEqual(found(repo, 'data/OpenAIRepository.kt', project), ['7 sdk-kotlin openAI.chatCompletion POST /v1/chat/completions openai']);
    // (a project that also builds one on a host another file names, `host = Hosts.groq`, leaves it open)
    const elsewhere = new ProjectIndex();
    elsewhere.addFile('di/NetworkModule.kt', module.replace('OpenAIConfig(token = BuildConfig.KEY)', 'OpenAIConfig(token = BuildConfig.KEY, host = Hosts.groq)'));
    elsewhere.addFile('data/OpenAIRepository.kt', repo);
    assert.deepEqual(found(repo, 'data/OpenAIRepository.kt', elsewhere), ['7 sdk-kotlin openAI.chatCompletion POST /v1/chat/completions unknown']);
    // (a project that also builds one on another host leaves it open)
    project.addFile('di/Local.kt', 'import com.aallam.openai.client.OpenAI\nimport com.aallam.openai.client.OpenAIHost\nval local = OpenAI(OpenAIConfig(token = "", host = OpenAIHost(baseUrl = "http://localhost:11434/v1/")))\n');
    assert.deepEqual(found(repo, 'data/OpenAIRepository.kt', project), ['7 sdk-kotlin openAI.chatCompletion POST /v1/chat/completions unknown']);
  });
});


// Known since held-out corpus 353: the npm package openai-api, whose class is also called `OpenAI`.
describe('SDK calls of the npm package openai-api (Njerschow/openai-api)', () => {
  it('reads its five request methods, always on api.openai.com, and not encode(), which sends nothing', () => {
    const js = "const OpenAI = require('openai-api');\nconst openai = new OpenAI(process.env.OPENAI_API_KEY);\n(async () => {\n  const r = await openai.complete({ engine: 'davinci', prompt: 'hi', maxTokens: 5 });\n  await openai.search({ engine: 'ada', documents: ['a'], query: 'b' });\n  await openai.answers({ documents: ['x'], question: 'y' });\n  await openai.engines();\n  await openai.engine('davinci');\n  await openai.encode('text');\n})();\n";
    assert.deepEqual(found(js, 'bot.js'), [
      '4 sdk-node-legacy openai.complete POST /v1/engines/{engine_id}/completions openai',
      '5 sdk-node-legacy openai.search POST /v1/engines/{engine_id}/search openai',
      '6 sdk-node-legacy openai.answers POST /v1/answers openai',
      '7 sdk-node-legacy openai.engines GET /v1/engines openai',
      '8 sdk-node-legacy openai.engine GET /v1/engines/{engine_id} openai',
    ]);
  });

  it("reads a client a class keeps (`this.gpt = new OpenAI(key)`) and the package imported as an ES module", () => {
    const ts = "import OpenAI from 'openai-api';\nexport class Writer {\n  private gpt: OpenAI;\n  constructor(key: string) {\n    this.gpt = new OpenAI(key);\n  }\n  async write(prompt: string) {\n    return this.gpt.complete({ engine: 'davinci', prompt });\n  }\n}\n";
    assert.deepEqual(found(ts, 'writer.ts'), ['8 sdk-node-legacy openai.complete POST /v1/engines/{engine_id}/completions openai']);
  });

  it("leaves the official SDK's OpenAI alone: it has no complete()", () => {
    const js = "const OpenAI = require('openai');\nconst openai = new OpenAI();\nopenai.complete({ prompt: 'x' });\nopenai.completions.create({ model: 'gpt-3.5-turbo-instruct', prompt: 'x' });\n";
    assert.deepEqual(found(js, 'bot.js'), ['4 sdk-node client.completions.create POST /v1/completions openai']);
  });

  it('reads the package built in place and a parameter typed as its class (found in review)', () => {
    const ts = "import OpenAI from 'openai-api';\nnew OpenAI(key).complete({ engine: 'davinci', prompt: 'x' });\nexport async function ask(gpt: OpenAI) {\n  return gpt.answers({ documents: [], question: 'q' });\n}\n";
    assert.deepEqual(found(ts, 'ask.ts'), ['2 sdk-node-legacy OpenAI(…).complete POST /v1/engines/{engine_id}/completions openai', '4 sdk-node-legacy openai.answers POST /v1/answers openai']);
  });
});

// Found by held-out corpora 354–356 (the forty-fourth round).
describe('SDK calls found by held-out corpora 354–356', () => {
  it("355: Betalgo's `ChatCompletion.Create(request, model)` extension and ICompletionService's `Completions.Create`", () => {
    const cs = 'using OpenAI.Interfaces;\nusing OpenAI.ObjectModels.RequestModels;\nclass Bot {\n    private readonly IOpenAIService _openAiService;\n    async Task Ask(ChatCompletionCreateRequest r) {\n        var a = await _openAiService.ChatCompletion.Create(r, Models.Model.Gpt_4);\n        var b = await _openAiService.Completions.Create(c, Models.Model.Davinci);\n    }\n}\n';
    assert.deepEqual(found(cs, 'Bot.cs'), ['6 sdk-dotnet _openAiService.ChatCompletion.Create POST /v1/chat/completions unknown', '7 sdk-dotnet _openAiService.Completions.Create POST /v1/completions unknown']);
  });

  it("356: Azure.AI.OpenAI's OpenAIClient field given a target-typed `new(new Uri(…), credential)` in the constructor", () => {
    const cs = 'using Azure;\nusing Azure.AI.OpenAI;\nclass Embeddings {\n    private OpenAIClient _openAIClient = null;\n    public Embeddings(Config c) {\n        _openAIClient = new(new Uri(c.Endpoint), new AzureKeyCredential(c.ApiKey));\n    }\n    public float[] Get(EmbeddingsOptions o) { return _openAIClient.GetEmbeddings(o).Value.Data[0].Embedding.ToArray(); }\n}\n';
    assert.deepEqual(found(cs, 'Embeddings.cs'), ['8 sdk-dotnet _openAIClient.GetEmbeddings POST /v1/embeddings azure']);
  });

  it("355: mgallo/openai.ex's `OpenAI.embeddings(…)` inside the app's own `defmodule App.Embeddings.OpenAI`, which aliases nothing", () => {
    const ex = 'defmodule App.Embeddings.OpenAI do\n  def embed(text) do\n    case OpenAI.embeddings(model: "text-embedding-3-small", input: text) do\n      {:ok, r} -> r\n    end\n  end\nend\n';
    assert.deepEqual(found(ex, 'open_ai.ex'), ['3 sdk-elixir OpenAI.embeddings POST /v1/embeddings openai']);
    // (a module `OpenAI` defined here, nested or not, is the app's)
    assert.deepEqual(found(ex.replace('defmodule App.Embeddings.OpenAI do', 'defmodule App do\n  defmodule OpenAI do\n    def embeddings(o), do: o\n  end'), 'open_ai.ex'), []);
    // (found in review: nor one that aliases itself, `alias __MODULE__`)
    assert.deepEqual(found(ex.replace('defmodule App.Embeddings.OpenAI do\n', 'defmodule App.Embeddings.OpenAI do\n  alias __MODULE__\n'), 'open_ai.ex'), []);
  });

  it("358: async-openai's `…_byot` twins (its `#[byot]` macro) send their method's request", () => {
    const rs = 'use async_openai::{Client, config::OpenAIConfig};\nasync fn run() {\n    let client = Client::new();\n    let r: serde_json::Value = client.responses().create_byot(request).await?;\n    let s = client.chat().create_stream_byot(request).await?;\n}\n';
    assert.deepEqual(found(rs, 'openai.rs'), ['4 sdk-rust client.responses().create_byot POST /v1/responses openai', '5 sdk-rust client.chat().create_stream_byot POST /v1/chat/completions openai']);
  });

  it("358: azure-ai-openai's method on the line after its client (`client\\n    .getAudioTranscription(…)`)", () => {
    const java = 'import com.azure.ai.openai.OpenAIClient;\nclass Speech {\n  private final OpenAIClient client;\n  String text(byte[] data, String name, AudioTranscriptionOptions o) {\n    var t = client\n        .getAudioTranscription("whisper-1", name, o);\n    return t.getText();\n  }\n}\n';
    assert.deepEqual(found(java, 'Speech.java').map((l) => l.replace(/^\d+ /, '')), ['sdk-java client.getAudioTranscription POST /v1/audio/transcriptions unknown']);
  });

  it('356: a snippet that calls `OpenAI(…)` and imports nothing (a course exercise whose environment imported the SDK)', () => {
    const py = 'client = OpenAI(api_key="<OPENAI_API_TOKEN>")\n\nresponse = client.moderations.create(model="text-moderation-latest", input="x")\nprint(response.results[0].category_scores)\n';
    assert.deepEqual(found(py, 'requesting_moderation.py'), ['3 sdk-python client.moderations.create POST /v1/moderations openai']);
    // (not where any import may bind the name: a star import, an import list over lines or continued with a backslash)
    assert.deepEqual(found(`from langchain.llms import *\n${py}`, 'x.py'), []);
    assert.deepEqual(found(`from langchain.llms import (\n    OpenAI,\n)\n${py}`, 'x.py'), []);
    assert.deepEqual(found(`from langchain.llms import BaseLLM, \\\n    OpenAI\n${py}`, 'x.py'), []);
  });
});

describe('SDK calls found by held-out corpora 368–370', () => {
  it("C#: a method returning a scenario client from an AzureOpenAIClient built target-typed; each method's `var client` its own factory's", () => {
    const cs = [
      'using Azure.AI.OpenAI;',
      'using OpenAI.Chat;',
      'using OpenAI.Images;',
      'public class ImageService(IConfiguration configuration)',
      '{',
      '    private ImageClient GetImageClient()',
      '    {',
      '        AzureOpenAIClient azureClient = new(new Uri(configuration["Endpoint"]!), new AzureKeyCredential(key));',
      '        return azureClient.GetImageClient("dall-e-3");',
      '    }',
      '    private ChatClient GetChatClient()',
      '    {',
      '        AzureOpenAIClient azureClient = new(new Uri(configuration["Endpoint"]!), new AzureKeyCredential(key));',
      '        return azureClient.GetChatClient("gpt-4o");',
      '    }',
      '    public async Task Create() { var client = GetImageClient(); var image = await client.GenerateImageAsync(prompt); }',
      '    public async Task Describe() { var client = GetChatClient(); var reply = await client.CompleteChatAsync(messages); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'ImageService.cs'), ['16 sdk-dotnet client.GenerateImageAsync POST /v1/images/generations azure', '17 sdk-dotnet client.CompleteChatAsync POST /v1/chat/completions azure']);
    // (found in review: a factory's result is no other method's build of the class)
    const mixed = 'using Azure.AI.OpenAI;\nusing OpenAI.Chat;\nclass S {\n    private ChatClient CreateChat()\n    {\n        AzureOpenAIClient azureClient = new(new Uri("https://myres.openai.azure.com"), new AzureKeyCredential(k));\n        return azureClient.GetChatClient("gpt-4o");\n    }\n    public async Task Run() { var client = CreateChat(); await client.CompleteChatAsync(m); }\n    public async Task Run3() { ChatClient client = new("gpt-4o", "key"); await client.CompleteChatAsync(m); }\n}\n';
    assert.deepEqual(found(mixed, 'S.cs'), ['9 sdk-dotnet client.CompleteChatAsync POST /v1/chat/completions azure', '10 sdk-dotnet client.CompleteChatAsync POST /v1/chat/completions openai']);
  });

  it("Java: ralscha/openai4j's fields' requests, on the base the client's Configuration gives (none: api.openai.com), or handed in", () => {
    const java = [
      'import ch.rasc.openai4j.OpenAIClient;',
      'public class Examples {',
      '  public static void main(String[] args) {',
      '    var client = OpenAIClient.create(c -> c.apiKey(System.getenv("OPENAI_API_KEY")));',
      '    var speech = client.audio',
      '        .create(r -> r.input("hi").model(TTS_1));',
      '    var mod = client.moderations.create(r -> r.input("text"));',
      '    var azure = OpenAIClient.create(c -> c.apiKey(key).azureEndpoint(endpoint).azureDeployment("gpt4"));',
      '    azure.chatCompletions.create(r -> r.addMessages(m));',
      '    var local = OpenAIClient.create(c -> c.apiKey("x").baseUrl("http://localhost:11434/v1"));',
      '    local.embeddings.create(r -> r.input("a"));',
      '  }',
      '  void handed(OpenAIClient openai) { openai.files.createForBatch(path); openai.threadsRuns.waitForProcessing(run); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'Examples.java'), [
      '6 sdk-java client.audio.create POST /v1/audio/speech openai',
      '7 sdk-java client.moderations.create POST /v1/moderations openai',
      '9 sdk-java azure.chatCompletions.create POST /v1/chat/completions azure',
      '11 sdk-java local.embeddings.create POST /v1/embeddings other',
      '13 sdk-java openai.files.createForBatch POST /v1/files unknown',
      '13 sdk-java openai.threadsRuns.waitForProcessing GET /v1/threads/{thread_id}/runs/{run_id} unknown',
    ]);
    // (found in review: a Configuration built beforehand and handed over; Kotlin's trailing lambdas)
    const configured = 'import ch.rasc.openai4j.OpenAIClient;\nclass A {\n  void a() {\n    Configuration config = Configuration.builder().apiKey(k).baseUrl("http://localhost:11434/v1").build();\n    OpenAIClient client = OpenAIClient.create(config);\n    client.chatCompletions.create(r -> r.model("m"));\n  }\n  void b(Configuration cfg) {\n    OpenAIClient other = OpenAIClient.create(cfg);\n    other.embeddings.create(r -> r.input("x"));\n  }\n}\n';
    assert.deepEqual(found(configured, 'A.java'), ['6 sdk-java client.chatCompletions.create POST /v1/chat/completions other', '10 sdk-java other.embeddings.create POST /v1/embeddings unknown']);
    const kotlin = 'import ch.rasc.openai4j.OpenAIClient\nfun main() {\n    val client = OpenAIClient.create { it.apiKey(k) }\n    client.chatCompletions.create { it.model("gpt-4o") }\n}\n';
    assert.deepEqual(found(kotlin, 'Main.kt'), ['4 sdk-java client.chatCompletions.create POST /v1/chat/completions openai']);
    // (the official SDK's client has the same name and no such fields: a file that does not import openai4j is not read for them)
    assert.deepEqual(found('import com.openai.client.OpenAIClient;\nclass A { void f(OpenAIClient client) { client.moderations.create(r -> r.input("x")); } }\n', 'A.java'), []);
  });

  it("Java: Grt1228/chatgpt-java's client, on the builder's apiHost (blank or none: api.openai.com; a constant of the file read), or handed in", () => {
    const java = [
      'import com.unfbx.chatgpt.OpenAiClient;',
      'public class ChatController {',
      '    private final static String HOST = "";',
      '    private final static String PROXY = "https://api.openai-proxy.example/";',
      '    public void ask(String question) {',
      '        OpenAiClient v2 = OpenAiClient.builder()',
      '                .apiKey(keys)',
      '                .apiHost(HOST)',
      '                .build();',
      '        EmbeddingResponse embeddings = v2.embeddings(question);',
      '        ChatCompletionResponse reply = v2.chatCompletion(chatCompletion);',
      '        OpenAiClient proxied = OpenAiClient.builder().apiKey(keys).apiHost(PROXY).build();',
      '        proxied.models();',
      '    }',
      '    void handed(OpenAiClient client) { client.genImages(image); client.toString(); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'ChatController.java'), [
      '10 sdk-java v2.embeddings POST /v1/embeddings openai',
      '11 sdk-java v2.chatCompletion POST /v1/chat/completions openai',
      '13 sdk-java proxied.models GET /v1/models other',
      '15 sdk-java client.genImages POST /v1/images/generations unknown',
    ]);
  });

  it('Ruby: a client an `if` assigns, each branch the default base; branches naming a base are left unread', () => {
    const rb = "class Ai\n  def initialize\n    @client =\n      if (token = ENV['TOKEN']).present?\n        OpenAI::Client.new(access_token: token, log_errors: true)\n      else\n        OpenAI::Client.new(log_errors: true)\n      end\n  end\n\n  def chat(parameters)\n    @client.chat(parameters: parameters)\n  end\nend\n";
    assert.deepEqual(found(rb, 'ai.rb'), ['12 sdk-ruby client.chat POST /v1/chat/completions openai']);
    // (found in review: an `if` on the assignment's line ends at that line's indent, not the class's `end`)
    const store = 'class Svc\n  def initialize\n    @store = if ENV["S3"]\n      S3Store.new\n    else\n      DiskStore.new\n    end\n    @ai = OpenAI::Client.new(access_token: ENV["K"])\n  end\n\n  def run\n    @store.files.list\n    @ai.chat(parameters: {})\n  end\nend\n';
    assert.deepEqual(found(store, 'svc.rb'), ['13 sdk-ruby ai.chat POST /v1/chat/completions openai']);
    const based = rb.replace('OpenAI::Client.new(log_errors: true)', 'OpenAI::Client.new(uri_base: "http://localhost:11434/v1")');
    assert.deepEqual(found(based, 'ai.rb'), ['12 sdk-ruby client.chat POST /v1/chat/completions unknown']);
  });
});

// Found by held-out corpus 406.
describe('Java: openai-java on a client a method of the file builds', () => {
  it("`OpenAIClient client = createClient();` with the builder's base a constant of the file", () => {
    const java = [
      'import com.openai.client.OpenAIClient;',
      'import com.openai.client.okhttp.OpenAIOkHttpClient;',
      'public class Connector {',
      '    private static final String BASE_URL = "https://inference.example.io/v1";',
      '    private static OpenAIClient createClient() {',
      '        return OpenAIOkHttpClient.builder()',
      '                .apiKey(System.getenv("KEY"))',
      '                .baseUrl(BASE_URL)',
      '                .build();',
      '    }',
      '    public String ask(ChatCompletionCreateParams params) {',
      '        OpenAIClient client = createClient();',
      '        return client.chat().completions().create(params).toString();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'Connector.java'), ['13 sdk-java client.chat().completions().create POST /v1/chat/completions other']);
    // (OpenAI's own default when the builder names no base)
    assert.deepEqual(found(java.replace('                .baseUrl(BASE_URL)\n', ''), 'Connector.java'), ['12 sdk-java client.chat().completions().create POST /v1/chat/completions openai']);
  });
});
