import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';

const found = (text: string, fileName: string, project?: ProjectIndex): string[] =>
  detectCallSites(text, { fileName, ...(project ? { project } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.kind} ${s.method} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

// Held-out corpus 193 had three Rails services calling `client.chat(parameters: …)` of the ruby-openai gem.
describe("Ruby's OpenAI SDKs", () => {
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
  });
});
