import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { parseProfile } from '../../../src/core/profile/parseProfile';
import { analysisFailures, runHostileInputs } from './hostileInputs';

// Property tests over random and mutated inputs: no exception escapes; slow cases are reported, not asserted.
// CI runs a fixed seed; `npm run fuzz` runs many more cases (FUZZ_RUNS) with a random seed.
const LONG_RUN = process.env.FUZZ_RUNS !== undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_RUNS ? Date.now() : 20261125;
const corpusDir = path.resolve(__dirname, '../../../test/fixtures/corpus');
const corpus = readdirSync(corpusDir).map((f) => ({ name: f, text: readFileSync(path.join(corpusDir, f), 'utf8') }));
const FILE_NAMES = ['a.py', 'a.ts', 'a.tsx', 'a.js', 'a.go', 'a.sh', 'a.http', 'a.ipynb', 'A.java', 'a.kt', 'a.cs', 'a.rs', 'a.swift', 'a.dart', 'a.scala', 'a.php', 'a.rb', 'a.rake', 'a.lua', 'a.ps1', 'a.clj', 'a.gd', 'a.groovy', 'a.jl', 'a.hs', 'a.fs', 'a.pas', 'a.m', 'a.nim', 'a.zig', 'a.ml'];
const TOKENS = ['"', "'", '`', '"""', '(', ')', '{', '}', '[', ']', '\\', '#', '//', '/*', '*/', '${', 'f"', '\n', 'openai', 'OpenAI()', 'client.files.create(', 'https://api.openai.com/v1/', 'new OpenAI(', '\u0000', '\uFEFF', '\r\n', 'é', '🚀', '@"', '"@', '<#', '#>', 'Invoke-RestMethod -Uri ', ' -Method Post', '$(', '@{', '@params', '--[[', ']]', '--', '[==[', 'vim.fn.jobstart({ "curl", ', 'exec.Command("curl", ', '(http/post ', '(defn f [url] ', ';', '#_', '(comment ', '(str base '];
/** Analysis time per 100 KB of input above which the long run lists a generated case as slow. */
const MS_PER_100KB = 1000;

let worst = { ms: 0, perHundredKb: 0, size: 0 };
const slow: string[] = [];

function timed(text: string, fileName: string): void {
  const started = performance.now();
  const result = detectCallSites(text, { fileName });
  const ms = performance.now() - started;
  assert.ok(!result.problems.some((p) => p.startsWith('analysis failed')), `analysis failed on ${fileName}: ${result.problems.join('; ')}`);
  const perHundredKb = (ms / Math.max(text.length, 1)) * 100_000;
  if (text.length > 20_000 && perHundredKb > worst.perHundredKb) worst = { ms, perHundredKb, size: text.length };
  // Timing is reported, never asserted (timed assertions flake on shared cores): the long `npm run fuzz` run lists each slow
  // case with its seed, to be made a hostile input (hostileInputs.ts) once its pattern is found.
  if (LONG_RUN && text.length > 20_000 && perHundredKb > MS_PER_100KB) slow.push(`${fileName}: ${perHundredKb.toFixed(1)} ms per 100 KB (${text.length} chars, seed ${SEED})`);
}

describe('fuzzing the detectors and the profile parser', () => {
  it('random text in every language', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.constantFrom(...FILE_NAMES), (text, fileName) => timed(`openai ${text}`, fileName)), { numRuns: RUNS, seed: SEED });
  });

  it('mutated corpus files: tokens inserted, lines cut, files repeated', () => {
    const mutation = fc.tuple(fc.constantFrom(...corpus), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(mutation, ([file, inserts, repeat]) => {
        let text = file.text;
        for (const [at, token] of inserts) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + token + text.slice(i);
        }
        timed(text.repeat(repeat), file.name);
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 2)), seed: SEED },
    );
    console.log(`fuzz worst case: ${worst.perHundredKb.toFixed(1)} ms per 100 KB (${worst.ms.toFixed(1)} ms for ${worst.size} chars)`);
    for (const line of slow) console.log(`fuzz: slow case (over ${MS_PER_100KB} ms per 100 KB), ${line}`);
  });

  it('random and hostile profiles never throw', () => {
    const yamlish = fc.array(fc.constantFrom('retention: ', 'baa: ', 'suppressions:\n', '  - ', '&a ', '*a ', '[', ']', '{', '}', 'zero-data-retention', 'true', '42', '"', '\n', ': ', '- ', 'providers: ', '!!binary ', '<<: *a'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 500 })), (text) => {
        const { profile, problems } = parseProfile(text);
        assert.ok(['default', 'modified-abuse-monitoring', 'zero-data-retention'].includes(profile.retention));
        assert.ok(Array.isArray(problems));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('random and hostile Spring Boot configuration files never throw, and a Java file reading them still analyses', () => {
    const yamlish = fc.array(fc.constantFrom('openai:\n', '  api:\n', '    url: ', 'https://api.openai.com/v1', '${', '}', ':', '\\', '\n', '---\n', '&a ', '*a ', '<<: *a', '[', '{', '#', '!', '=', '\u0000', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));
    const java = '@Service\nclass A {\n  @Value("${openai.api.url}") private String url;\n  Object go() { return restTemplate.postForObject(url, body, Map.class); }\n}\n';
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 500 })), fc.constantFrom('application.yml', 'application.properties'), (text, name) => {
        const project = new ProjectIndex();
        project.addFile(`src/main/resources/${name}`, text);
        const result = detectCallSites(java, { fileName: 'src/main/java/A.java', project });
        assert.ok(!result.problems.some((p) => p.startsWith('analysis failed')), result.problems.join('; '));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('regression: a broken import line cannot put pattern syntax into the client-type pattern', () => {
    // Found by `npm run fuzz` (seed 304135236): tokens inserted into an `import … as …` line left
    // `*/"` as an alias, and the typed-parameter pattern built from the aliases failed to compile.
    const file = corpus.find((f) => f.name === 'py_v1_clients.py');
    assert.ok(file);
    let text = file.text;
    for (const [at, token] of [[58, '"'], [58, 'new OpenAI('], [58, 'OpenAI()'], [58, '"'], [58, '//'], [58, '"'], [58, '"'], [58, '\r\n'], [59, '"'], [1031286029, '*/']] as Array<[number, string]>) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + token + text.slice(i);
    }
    assert.deepStrictEqual(detectCallSites(text, { fileName: 'py_v1_clients.py' }).problems, []);
  });

  // Inputs that once made a pattern quadratic or worse (hostileInputs.ts): each must end with its right result. How long
  // they take is a benchmark (`npm run bench` rates each against the typical module), never asserted in a test.
  it('regression: inputs that made patterns quadratic or worse end, with their results', () => {
    const file = corpus.find((f) => f.name === 'node_cjs_legacy.js');
    assert.ok(file);
    runHostileInputs((_name, run) => run(), file.text);
    assert.deepStrictEqual(analysisFailures(), []);
  });
});
