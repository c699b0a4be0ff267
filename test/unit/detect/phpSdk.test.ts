import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName: string): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.kind} ${s.method} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

// Held-out corpus 198 had a Laravel controller calling `OpenAI::chat()->create([…])` through openai-php/laravel's facade.
describe('PHP: the openai-php client', () => {
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
