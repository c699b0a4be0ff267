import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { parseSpringConfig, resolveSpringValue, springConfigPaths, springValueFields } from '../../../src/core/detect/springConfig';
import { DEFAULT_PROFILE } from '../../../src/core/model';
import { scanDocuments } from '../../../src/core/scan/scanDocuments';

// A Spring Boot service whose URLs its configuration sets (`@Value("${…}")`), in a module of a larger repository.
const chatService = [
  'package com.example.demo.service;',
  '',
  'import org.springframework.beans.factory.annotation.Value;',
  '',
  '@Service',
  'public class OpenAIService {',
  '    @Value("${openai.api.url}")',
  '    private String apiUrl;',
  '',
  '    @Value("${openai.base-url}")',
  '    private String baseUrl;',
  '',
  '    @Value("${openai.api.key}")',
  '    private String apiKey;',
  '',
  '    private final RestTemplate restTemplate = new RestTemplate();',
  '',
  '    public Map chat(Map body) {',
  '        HttpEntity<Map> request = new HttpEntity<>(body, headers());',
  '        return restTemplate.exchange(this.apiUrl, HttpMethod.POST, request, Map.class).getBody();',
  '    }',
  '',
  '    public Map embed(Map body) {',
  '        return restTemplate.postForObject(baseUrl + "/embeddings", new HttpEntity<>(body, headers()), Map.class);',
  '    }',
  '}',
  '',
].join('\n');

const kotlinService = [
  'package com.example.demo.service',
  '',
  '@Service',
  'class SpeechService(private val webClient: WebClient) {',
  '    @Value("\\${openai.speech.url}")',
  '    private lateinit var speechUrl: String',
  '',
  '    @Value("\\${local.chat.url:http://localhost:11434/v1/chat/completions}")',
  '    private lateinit var localUrl: String',
  '',
  '    fun speak(body: Map<String, Any>) = webClient.post().uri(speechUrl).bodyValue(body).retrieve()',
  '    fun chat(body: Map<String, Any>) = webClient.post().uri(localUrl).bodyValue(body).retrieve()',
  '}',
  '',
].join('\n');

const files: Record<string, string> = {
  'chat/src/main/java/com/example/demo/service/OpenAIService.java': chatService,
  'chat/src/main/resources/application.properties': [
    '# OpenAI',
    'openai.api.url=https://api.openai.com/v1/\\',
    '    chat/completions',
    'openai.api.key=${OPENAI_API_KEY}',
    '',
  ].join('\n'),
  'chat/src/main/resources/application.yml': ['openai:', '  base-url: https://api.openai.com/v1', ''].join('\n'),
  'voice/src/main/kotlin/com/example/demo/service/SpeechService.kt': kotlinService,
  'voice/src/main/resources/application.yaml': ['openai:', '  speech:', '    url: ${OPENAI_SPEECH_URL:https://api.openai.com/v1/audio/speech}', ''].join('\n'),
};

async function scan(tree: Record<string, string>): Promise<string[]> {
  const source = Object.entries(tree)
    .filter(([path]) => /\.(?:java|kt)$/.test(path))
    .map(([path, text]) => ({ path, text }));
  const result = await scanDocuments(source, { profile: DEFAULT_PROFILE, today: '2026-12-05', readOtherFile: (path) => tree[path] });
  return result.findings.map((f) => `${f.file}:${f.site.range.start.line + 1} ${f.site.httpMethod} ${f.site.endpoint} ${f.site.provider}`).sort();
}

describe('Spring Boot configuration for @Value fields', () => {
  it('a scan reads each module’s application.properties and .yml: a request to a configured URL or base is found with its destination', async () => {
    assert.deepEqual(await scan(files), [
      'chat/src/main/java/com/example/demo/service/OpenAIService.java:20 POST /v1/chat/completions openai',
      'chat/src/main/java/com/example/demo/service/OpenAIService.java:24 POST /v1/embeddings openai',
      // (a value the environment may set, with a default, and a default the annotation writes: where the data goes is decided at run time)
      'voice/src/main/kotlin/com/example/demo/service/SpeechService.kt:11 POST /v1/audio/speech unknown',
      'voice/src/main/kotlin/com/example/demo/service/SpeechService.kt:12 POST /v1/chat/completions unknown',
    ]);
  });

  it('application.properties is preferred to the YAML files, two YAML files that disagree leave a URL unread, and another module’s configuration is not this one’s', async () => {
    const overridden = { ...files, 'chat/src/main/resources/application.yml': ['openai:', '  api:', '    url: http://localhost:8080/v1/chat/completions', '  base-url: https://api.openai.com/v1', ''].join('\n') };
    assert.deepEqual(
      (await scan(overridden)).filter((f) => f.includes('OpenAIService')),
      ['chat/src/main/java/com/example/demo/service/OpenAIService.java:20 POST /v1/chat/completions openai', 'chat/src/main/java/com/example/demo/service/OpenAIService.java:24 POST /v1/embeddings openai'],
    );
    // (the base unread, `/embeddings` is still OpenAI's in a class named for it: its destination unknown)
    const disagreeing = { ...files, 'chat/src/main/resources/application.yaml': ['openai:', '  base-url: http://localhost:8080/v1', ''].join('\n') };
    assert.deepEqual(
      (await scan(disagreeing)).filter((f) => f.includes('OpenAIService')),
      ['chat/src/main/java/com/example/demo/service/OpenAIService.java:20 POST /v1/chat/completions openai', 'chat/src/main/java/com/example/demo/service/OpenAIService.java:24 POST /v1/embeddings unknown'],
    );
    const moved = { 'billing/src/main/java/OpenAIService.java': chatService, 'chat/src/main/resources/application.properties': files['chat/src/main/resources/application.properties'] ?? '' };
    assert.deepEqual(await scan(moved), ['billing/src/main/java/OpenAIService.java:24 POST /v1/embeddings unknown']);
    // a file analysed alone knows no configuration: only the annotation's own default
    assert.deepEqual(
      detectCallSites(kotlinService, { fileName: 'SpeechService.kt' }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider} ${s.providerDetail ?? ''}`),
      ['12 /v1/chat/completions unknown localhost:11434 (the default of ${local.chat.url}; the value is read at run time)'],
    );
  });

  it('a field of the same name the method sets again is that value (found in review)', () => {
    const java = 'class A {\n  @Value("${openai.url:https://api.openai.com/v1/chat/completions}") private String url;\n  Object go() {\n    String url = "https://example.com/x";\n    return restTemplate.postForObject(url, body, Map.class);\n  }\n}\n';
    assert.deepEqual(detectCallSites(java, { fileName: 'src/main/java/A.java' }).sites, []);
  });

  it('reads .properties lines as java.util.Properties does, YAML nested keys with dots, and gives nothing for a file that does not parse', () => {
    assert.deepEqual(
      [...parseSpringConfig('application.properties', 'a.b = 1\n! comment\n# comment\nc.d:two\\\n  three\ne.f   spaced value  \nescaped\\:key=x\n')],
      [
        ['a.b', '1'],
        ['c.d', 'twothree'],
        ['e.f', 'spaced value'],
        ['escaped:key', 'x'],
      ],
    );
    assert.deepEqual([...parseSpringConfig('application.yml', 'openai:\n  api:\n    url: https://api.openai.com/v1\n    retries: 3\n  models: [a, b]\n')], [
      ['openai.api.url', 'https://api.openai.com/v1'],
      ['openai.api.retries', '3'],
    ]);
    // (profiles in one file: a key two documents set differently is no one value)
    assert.deepEqual([...parseSpringConfig('application.yml', 'a: 1\nb: 2\n---\nspring.config.activate.on-profile: dev\na: 9\n')], [
      ['b', '2'],
      ['spring.config.activate.on-profile', 'dev'],
    ]);
    assert.deepEqual([...parseSpringConfig('application.yml', 'openai: [unclosed\n  url: {\n')], []);
    assert.deepEqual([...parseSpringConfig('application.yaml', '\u0000\u0001binary')], []);
  });

  it('reads @Value fields and parameters, and placeholders with defaults or other properties', () => {
    const fields = springValueFields('class A {\n  @Value("${a.url}") private String url;\n  @Value(value = "${b.url:http://x/v1}") final String other;\n  A(@Value("${c.url}") String c) {}\n  @Value("#{spel}") String spel;\n}\n');
    assert.deepEqual(
      fields.map((f) => [f.name, f.property, f.fallback]),
      [
        ['url', 'a.url', undefined],
        ['other', 'b.url', 'http://x/v1'],
        ['c', 'c.url', undefined],
      ],
    );
    const config = new Map([
      ['base', 'https://api.openai.com/v1'],
      ['chat', '${base}/chat/completions'],
      ['loop', '${loop}'],
    ]);
    const lookup = (p: string): string | undefined => config.get(p);
    assert.deepEqual(resolveSpringValue('${chat}', lookup), { value: 'https://api.openai.com/v1/chat/completions', atRunTime: false });
    assert.deepEqual(resolveSpringValue('${ENV_URL:https://example.com/v1}', lookup), { value: 'https://example.com/v1', atRunTime: true });
    assert.equal(resolveSpringValue('${ENV_URL}', lookup), undefined);
    assert.equal(resolveSpringValue('${loop}', lookup), undefined);
    assert.deepEqual(springConfigPaths('svc/src/main/java/A.java'), ['svc/src/main/resources/application.properties', 'svc/src/main/resources/application.yml', 'svc/src/main/resources/application.yaml']);
    assert.deepEqual(springConfigPaths('lib/A.java'), []);
  });
});
