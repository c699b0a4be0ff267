import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import type { CallSite } from '../../../src/core/model';

// Each corpus file labels its own calls: `expect: VERB /v1/path provider` in a comment on the
// call's line (or the line above, for .http files). Files without labels must yield nothing.
const dir = path.resolve(__dirname, '../../../test/fixtures/corpus');
const LABEL = /expect: (\w+) (\/v1\/\S+) (openai|azure|other|unknown)/;

interface Label {
  line: number;
  verb: string;
  endpoint: string;
  provider: string;
}

function labelsOf(text: string): Label[] {
  return text.split('\n').flatMap((line, index) => {
    const m = LABEL.exec(line);
    return m ? [{ line: index, verb: m[1] ?? '', endpoint: m[2] ?? '', provider: m[3] ?? '' }] : [];
  });
}

function matches(site: CallSite, label: Label): boolean {
  const start = site.callRange?.start.line ?? site.range.start.line;
  const end = site.callRange?.end.line ?? site.range.end.line;
  return ((label.line >= start && label.line <= end) || label.line + 1 === site.range.start.line) && site.endpoint === label.endpoint && site.httpMethod === label.verb;
}

describe('detection accuracy on the labeled corpus', () => {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.'));
  const project = new ProjectIndex();
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  for (const [f, text] of texts) project.addFile(f, text);
  const perKind = new Map<string, { tp: number; fp: number; fn: number; providerOk: number }>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let providerOk = 0;
  const misses: string[] = [];
  for (const [file, text] of texts) {
    const labels = labelsOf(text);
    const { sites } = detectCallSites(text, { fileName: file, project });
    const used = new Set<Label>();
    for (const site of sites) {
      const kind = `${site.language}/${site.kind}`;
      const stats = perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0, providerOk: 0 };
      perKind.set(kind, stats);
      const label = labels.find((l) => !used.has(l) && matches(site, l));
      if (label) {
        used.add(label);
        tp++;
        stats.tp++;
        if (label.provider === site.provider) {
          providerOk++;
          stats.providerOk++;
        } else misses.push(`${file}:${label.line + 1} provider ${site.provider} (${site.providerDetail ?? ''}), expected ${label.provider}`);
      } else {
        fp++;
        stats.fp++;
        misses.push(`${file}:${site.range.start.line + 1} unexpected ${site.httpMethod} ${site.endpoint} (${site.method})`);
      }
    }
    for (const l of labels.filter((x) => !used.has(x))) {
      fn++;
      misses.push(`${file}:${l.line + 1} missed ${l.verb} ${l.endpoint}`);
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const providerAccuracy = providerOk / Math.max(1, tp);
  console.log(`corpus: ${tp} true positives, ${fp} false positives, ${fn} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, provider ${providerAccuracy.toFixed(3)}`);
  for (const [kind, s] of [...perKind].sort()) console.log(`  ${kind}: tp ${s.tp}, fp ${s.fp}, provider ok ${s.providerOk}`);
  for (const m of misses) console.log(`  ${m}`);

  it('has a corpus worth measuring', () => assert.ok(tp + fn >= 50, `${tp + fn} labels`));
  it('precision is at least 0.97', () => assert.ok(precision >= 0.97, `precision ${precision}`));
  it('recall is at least 0.95', () => assert.ok(recall >= 0.95, `recall ${recall}`));
  it('provider is right on at least 0.95 of matched sites', () => assert.ok(providerAccuracy >= 0.95, `provider ${providerAccuracy}`));
});

describe('bad input never throws', () => {
  it('reports broken notebook JSON as a problem', () => {
    const result = detectCallSites('{"cells": [', { fileName: 'broken.ipynb' });
    assert.deepEqual(result.sites, []);
    assert.match(result.problems[0] ?? '', /notebook JSON is invalid/);
  });
  it('reads notebook cells given as strings and as lists, with cell-relative positions', () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'markdown', source: 'client.files.create()' }, { cell_type: 'code', source: 'from openai import OpenAI\nclient = OpenAI()\n' }, { cell_type: 'code', source: ['x = 1\n', 'client.files.create(file=f, purpose="batch")\n'] }], metadata: {} });
    const { sites } = detectCallSites(nb, { fileName: 'n.ipynb' });
    assert.equal(sites.length, 1);
    assert.equal(sites[0]?.cell, 2);
    assert.equal(sites[0]?.range.start.line, 1);
  });
  it('survives unterminated strings, a BOM, CRLF and a minified line', () => {
    const text = '\uFEFFfrom openai import OpenAI\r\nclient = OpenAI()\r\nx = "unterminated\r\nclient.embeddings.create(input="a")\r\n' + 'a'.repeat(200_000);
    const { sites } = detectCallSites(text, { fileName: 'x.py' });
    assert.equal(sites.length, 1);
    assert.equal(sites[0]?.endpoint, '/v1/embeddings');
  });
});
