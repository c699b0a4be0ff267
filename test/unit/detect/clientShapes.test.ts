import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

// Shapes found missing on public code (held-out corpus 3 and a fuzz fixture); each is asserted
// exactly here, because one more label in the large corpus barely moves its recall.
const found = (text: string, fileName: string): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

describe('client shapes', () => {
  it('a client built and used in one expression (Python)', () => {
    const py = 'import openai\nfrom openai import OpenAI, AzureOpenAI\nOpenAI().files.create(file=f, purpose="batch")\nopenai.OpenAI(base_url="http://localhost:11434/v1").models.list()\nAzureOpenAI(\n    azure_endpoint="https://x.openai.azure.com",\n).embeddings.create(input="a", model="m")\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/files openai', '4 GET /v1/models other', '5 POST /v1/embeddings azure']);
  });

  it('a client built and used in one expression (TypeScript), and not another SDK of the same shape', () => {
    const ts = 'import OpenAI from "openai";\nimport Groq from "groq-sdk";\nawait new OpenAI().files.create({ file, purpose: "batch" });\nawait new OpenAI({ baseURL: "https://api.groq.com/openai/v1" }).chat.completions.create({ model: "x", messages: [] });\nawait new Groq().chat.completions.create({ model: "x", messages: [] });\n';
    assert.deepEqual(found(ts, 'a.ts'), ['3 POST /v1/files openai', '4 POST /v1/chat/completions other']);
  });

  it('a client kept on another object\'s attribute', () => {
    const py = 'from openai import AsyncAzureOpenAI\nbp.openai_client = AsyncAzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])\nawait bp.openai_client.chat.completions.create(model="m", messages=[])\nawait bp.other.chat.completions.create(model="m", messages=[])\n';
    assert.deepEqual(found(py, 'a.py'), ['3 POST /v1/chat/completions azure']);
  });

  it('fetch whose options are built elsewhere takes the endpoint\'s POST; a GET-only endpoint stays GET', () => {
    const ts = 'const base = "https://api.openai.com";\nawait fetch(`${base}/v1/chat/completions`, init);\nawait fetch(`${base}/v1/models`, init);\nawait fetch(`${base}/v1/chat/completions`);\n';
    assert.deepEqual(found(ts, 'a.ts'), ['2 POST /v1/chat/completions openai', '3 GET /v1/models openai', '4 GET /v1/chat/completions openai']);
  });
});
