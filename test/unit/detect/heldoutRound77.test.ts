import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName: string): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

// Held-out corpora 453–455 (the seventy-seventh round): what their first runs missed or named wrong.
describe('held-out round 77', () => {
  it("openai-java: a call on a wrapper of the client, with the SDK's request parameters, reads by the parameters' package", () => {
    const kt = [
      'import com.openai.client.okhttp.OpenAIOkHttpClient',
      'import com.openai.models.embeddings.EmbeddingCreateParams',
      'import com.openai.models.responses.ResponseCreateParams',
      'import io.example.metering.Metered',
      '',
      'fun main() {',
      '    val openai = OpenAIOkHttpClient.fromEnv()',
      '    Metered.wrap(openai).use { client ->',
      '        val request = EmbeddingCreateParams.builder().model("text-embedding-3-small").input("hi").build()',
      '        client.vectors().create(request)',
      '        client.answers().create(ResponseCreateParams.builder().model("gpt-4o").input("hi").build(), tags)',
      '        client.audit().record(request)',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(kt, 'Main.kt'), ['10 POST /v1/embeddings openai', '11 POST /v1/responses openai']);
  });

  it('a POST to a run-time URL that sends `model` and `input` and reads `data[0].embedding` is an embeddings request; Ollama\'s `embeddings` answer is not', () => {
    const py = [
      'import httpx',
      'class Compatible:',
      '    async def embed(self, text):',
      '        async with httpx.AsyncClient() as client:',
      '            response = await client.post(self._api_url, json={"model": self._model, "input": text})',
      '            data = response.json()',
      '            return data["data"][0]["embedding"]',
      '',
      'class Native:',
      '    async def embed(self, text):',
      '        async with httpx.AsyncClient() as client:',
      '            response = await client.post(self._api_url, json={"model": self._model, "input": text})',
      '            return response.json()["embeddings"][0]',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'embedding.py'), ['5 POST /v1/embeddings unknown']);
  });

  it('a chat request to a URL built by a function imported from a module named for Azure OpenAI, handed an API version, is Azure\'s', () => {
    const ts = [
      'import { buildChatCompletionsUrl } from "@/lib/azure-openai";',
      'import { buildUrl } from "@/lib/urls";',
      'export async function POST(req: Request) {',
      '  const apiUrl = buildChatCompletionsUrl(modelId, modelConfig.apiVersion);',
      '  const response = await fetch(apiUrl, { method: "POST", body: JSON.stringify({ model, messages }) });',
      '  const otherUrl = buildUrl(modelId, modelConfig.apiVersion);',
      '  const other = await fetch(otherUrl, { method: "POST", body: JSON.stringify({ model, messages }) });',
      '  return (await response.json()).choices[0];',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'route.ts'), ['5 POST /v1/chat/completions azure', '7 POST /v1/chat/completions unknown']);
  });
});
