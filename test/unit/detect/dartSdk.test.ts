import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName: string): string[] =>
  detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.kind} ${s.method} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

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
