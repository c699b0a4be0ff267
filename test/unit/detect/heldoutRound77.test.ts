import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteLines } from './siteLines';

const found = siteLines;

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

// Held-out corpora 456–458 (the seventy-eighth round) and the session's second review.
describe('held-out round 78 and the review of round 77', () => {
  it("TheoKanning's service another class keeps in a static field, called through that class", () => {
    const java = [
      'import com.theokanning.openai.moderation.ModerationRequest;',
      'public class Interaction {',
      '  void on(String message) {',
      '    ModerationRequest request = new ModerationRequest();',
      '    boolean flagged = Main.service.createModeration(request).getResults().get(0).isFlagged();',
      '    Util.helper.createModeration(request);',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'Interaction.java'), ['5 POST /v1/moderations unknown']);
  });

  it("a chat body posted to a URL named for an OpenAI-compatible host, whatever the file reads of the answer; a base read off a call's result", () => {
    const py = [
      'import httpx',
      'async def query_openrouter(messages, model="gpt-4o-mini"):',
      '    data = {"model": model, "messages": messages}',
      '    async with httpx.AsyncClient() as client:',
      '        response = await client.post(settings.OPENROUTER_API_URL, json=data)',
      '        return response.json()',
      'async def chat(payload):',
      '    async with httpx.AsyncClient() as client:',
      '        return await client.post(f"{Settings().OPENROUTER_BASE_URL}/chat/completions", json=payload)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'openrouter_service.py'), ['5 POST /v1/chat/completions unknown', '9 POST /v1/chat/completions unknown']);
  });

  it('openai-java parameters: the declaration last before the call decides (another method\'s `TicketParams params` is not the SDK\'s)', () => {
    const java = [
      'import com.openai.models.chat.completions.ChatCompletionCreateParams;',
      'class Svc {',
      '  void ask() {',
      '    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("gpt-4o").build();',
      '    metered.chatCompletions().create(params);',
      '  }',
      '  public Ticket open(TicketParams params) { return ticketRepository.create(params); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(java, 'Svc.java'), ['5 POST /v1/chat/completions unknown']);
  });

  it('embeddings: the answer read in the next method is not this request\'s; an embeddings request in a file that also reads output_text', () => {
    const ts = [
      "import type { CreateEmbeddingResponse } from 'openai/resources';",
      'export class Voice {',
      '  async speak(input: string) {',
      "    const r = await fetch(this.url, { method: 'POST', body: JSON.stringify({ model: 'tts-1', input, voice: 'alloy' }) });",
      '    return r.arrayBuffer();',
      '  }',
      '  async embed(input: string) {',
      "    const r = await fetch(this.url, { method: 'POST', body: JSON.stringify({ model: 'text-embedding-3-small', input }) });",
      '    const json = await r.json();',
      '    return json.data[0].embedding;',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(ts, 'voice.ts'), ['8 POST /v1/embeddings unknown']);
    const py = [
      'import requests',
      'def embed(text):',
      '    r = requests.post(EMBED_URL, json={"model": MODEL, "input": text})',
      '    return [d["embedding"] for d in r.json()["data"]]',
      'def answer(resp):',
      '    return resp["output_text"]',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'emb.py'), ['3 POST /v1/embeddings unknown']);
  });
});
