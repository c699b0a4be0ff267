import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName: string): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.kind} ${s.method} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

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
    const handedIn = 'using OpenAI.Interfaces;\npublic class C(IOpenAIService openAiService) {\n    public Task M() => openAiService.Audio.CreateTranscription(req);\n}\n';
    assert.deepEqual(found(handedIn, 'c.cs'), ['3 sdk-dotnet openAiService.Audio.CreateTranscription POST /v1/audio/transcriptions unknown']);
  });

  it('not the SDK: a file without its namespaces, an app service of the same name', () => {
    assert.deepEqual(found('public class C { private readonly IOpenAIService _svc; void M() { _svc.ChatCompletion.CreateCompletion(r); } }\n', 'x.cs'), []);
  });
});
