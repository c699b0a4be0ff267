import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteLines } from './siteLines';

// A text asked about many names is read through an index of its words' starts (wordStarts.ts) rather than
// searched whole per name: the answers past the first few dozen names must be the whole-text search's.
describe('a file asking about many names', () => {
  const clients = 40;
  const bases = Array.from({ length: clients }, (_, i) => `cfg${i} = "http://h${i}.internal:8000/v1"`);
  const calls = Array.from({ length: clients }, (_, i) => [`c${i} = OpenAI(base_url=cfg${i})`, `c${i}.chat.completions.create(model="m", messages=[])`]).flat();

  it('reads each base the file sets once, early names and late alike', () => {
    const text = ['from openai import OpenAI', ...bases, ...calls, ''].join('\n');
    const lines = siteLines(text, 'clients.py');
    assert.equal(lines.length, clients);
    assert.deepEqual(lines.filter((l) => !l.endsWith(' other')), []);
  });

  it("leaves unknown a late name that is also a function's parameter, or assigned twice", () => {
    const text = [
      'from openai import OpenAI',
      ...bases,
      ...calls,
      'late_base = "http://localhost:8000/v1"',
      'def make(late_base):',
      '    return OpenAI(base_url=late_base).chat.completions.create(model="m", messages=[])',
      'twice = "http://localhost:8000"',
      'if remote:',
      '    twice = "https://api.openai.com"',
      'OpenAI(base_url=twice + "/v1").chat.completions.create(model="m", messages=[])',
      'once = "http://localhost:9000"',
      'OpenAI(base_url=once + "/v1").chat.completions.create(model="m", messages=[])',
      '',
    ].join('\n');
    const late = siteLines(text, 'clients.py').slice(clients);
    const line = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    assert.deepEqual(late, [`${line('def make') + 1} POST /v1/chat/completions unknown`, `${line('base_url=twice')} POST /v1/chat/completions unknown`, `${line('base_url=once')} POST /v1/chat/completions other`]);
  });

  it('reads a base named by no word character (`$`) past the first few dozen names, and one set on a line holding many names', () => {
    const text = [
      'import OpenAI from "openai";',
      ...Array.from({ length: clients }, (_, i) => `new OpenAI({ baseURL: cfg${i} }).chat.completions.create({ model: "m", messages: [] });`),
      'const $ = "http://localhost:1234/v1";',
      'new OpenAI({ baseURL: $ }).chat.completions.create({ model: "m", messages: [] });',
      `${Array.from({ length: clients }, (_, i) => `const b${i} = "http://b${i}.internal/v1";`).join(' ')}`,
      ...Array.from({ length: clients }, (_, i) => `new OpenAI({ baseURL: b${i} }).chat.completions.create({ model: "m", messages: [] });`),
      '',
    ].join('\n');
    const lines = siteLines(text, 'clients.ts');
    assert.deepEqual(lines.slice(clients, clients + 1), [`${clients + 3} POST /v1/chat/completions other`]);
    assert.deepEqual(lines.slice(clients + 1).filter((l) => !l.endsWith(' other')), []);
    assert.equal(lines.length, 2 * clients + 1);
  });

  it('reads a JavaScript shorthand base set once, past the first few dozen names', () => {
    const text = [
      'import OpenAI from "openai";',
      ...Array.from({ length: clients }, (_, i) => `const cfg${i} = "http://h${i}.internal/v1";\nfetch(\`\${cfg${i}}/chat/completions\`, { method: "POST", body: JSON.stringify({ model: "m", messages: [] }) });`),
      'const baseURL = "http://localhost:1234/v1";',
      'new OpenAI({ baseURL }).chat.completions.create({ model: "m", messages: [] });',
      '',
    ].join('\n');
    const lines = siteLines(text, 'clients.ts');
    assert.equal(lines.length, clients + 1);
    assert.deepEqual(lines.filter((l) => !l.endsWith(' other')), []);
  });
});
