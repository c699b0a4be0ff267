import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What earlier rounds' corpora still read wrong before the ninety-third round, and what its first runs (501–503) read wrong.
describe('held-out round 93', () => {
  it("Python: a client another module keeps as a class attribute, read off the imported class or kept in a name first", () => {
    const project = new ProjectIndex();
    const clients = [
      'from openai import AzureOpenAI',
      'import os',
      '',
      'class LlmUtils:',
      '    """Clients shared by the services."""',
      '    client = AzureOpenAI(azure_endpoint=os.getenv("E"), api_key=os.getenv("K"), api_version="2024-02-01")',
      '',
      '    def embeddings_client():',
      '        return None',
      '',
    ].join('\n');
    project.addFile('models/llm_clients.py', clients);
    const service = [
      'from models.llm_clients import LlmUtils',
      '',
      'client = LlmUtils.client',
      '',
      'def generate(prompt):',
      '    return client.images.generate(model="dall-e-3", prompt=prompt)',
      '',
      'def generate_again(prompt):',
      '    return LlmUtils.client.images.generate(model="dall-e-3", prompt=prompt)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(service, 'services/image_service.py', project), ['6 POST /v1/images/generations azure', '9 POST /v1/images/generations azure']);
    // (through another thread's copy of the index too)
    assert.deepEqual(siteLines(service, 'services/image_service.py', new ProjectIndex(structuredClone(project.data()))), ['6 POST /v1/images/generations azure', '9 POST /v1/images/generations azure']);
    // a method's local of that name is no class attribute
    const local = new ProjectIndex();
    local.addFile('models/llm_clients.py', clients.replace('    client = AzureOpenAI(', '    def make():\n        client = AzureOpenAI('));
    assert.deepEqual(siteLines(service, 'services/image_service.py', local), []);
  });

  it("Python: a module's own instance of a class whose property hands out the client it builds lazily", () => {
    const project = new ProjectIndex();
    const factory = [
      'from openai import AsyncOpenAI',
      '',
      'class OpenAIClientFactory:',
      '    _client: AsyncOpenAI | None = None',
      '',
      '    @property',
      '    def client(self) -> AsyncOpenAI:',
      '        if self._client is None:',
      '            self._client = AsyncOpenAI(api_key=get_settings().key)',
      '        return self._client',
      '',
      '',
      'openai_client_factory = OpenAIClientFactory()',
      '',
    ].join('\n');
    project.addFile('app/services/openai_client.py', factory);
    const vision = [
      'from app.services.openai_client import openai_client_factory',
      '',
      'class VisionService:',
      '    def __init__(self):',
      '        self._client = openai_client_factory.client',
      '',
      '    async def analyse(self, image):',
      '        return await self._client.chat.completions.create(model="gpt-4o", messages=[])',
      '',
      'async def direct():',
      '    return await openai_client_factory.client.chat.completions.create(model="gpt-4o", messages=[])',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(vision, 'app/services/vision_service.py', project), ['8 POST /v1/chat/completions openai', '11 POST /v1/chat/completions openai']);
    // the property of another attribute than the client's is not the client
    const other = new ProjectIndex();
    other.addFile('app/services/openai_client.py', factory.replace('        return self._client', '        return self._settings'));
    assert.deepEqual(siteLines(vision, 'app/services/vision_service.py', other).filter((l) => l.startsWith('11 ')), []);
  });
});
