// A generated workspace for the 100,000-file host run: ordinary modules, and one file in fifty
// with OpenAI calls (copies of the labelled corpus), as in a large monorepo. Generated once.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './paths.mjs';

export function generateScaleWorkspace(files) {
  const root = path.join(REPO, '.bench', `host-workspace-${files}`);
  const marker = path.join(root, '.generated');
  if (existsSync(marker)) return root;
  rmSync(root, { recursive: true, force: true });
  const corpus = path.join(REPO, 'test', 'fixtures', 'corpus');
  const samples = ['py_v1_clients.py', 'node_v4.ts', 'go_official.go', 'py_http.py'].map((f) => ({ ext: path.extname(f), text: readFileSync(path.join(corpus, f), 'utf8') }));
  const plain = [
    { ext: '.py', text: 'import json\n\n\ndef handler(event):\n    data = json.loads(event["body"])\n    return {"statusCode": 200, "body": json.dumps(data)}\n'.repeat(8) },
    { ext: '.ts', text: 'export function add(a: number, b: number): number {\n  return a + b;\n}\n'.repeat(20) },
    { ext: '.go', text: 'package util\n\nfunc Max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n'.repeat(6) },
  ];
  const started = Date.now();
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `pkg${i % 250}`, `mod${Math.floor(i / 250) % 40}`);
    if (i < 10_000) mkdirSync(dir, { recursive: true });
    const sample = i % 50 === 0 ? samples[(i / 50) % samples.length] : plain[i % plain.length];
    writeFileSync(path.join(dir, `f${i}${sample.ext}`), sample.text);
  }
  writeFileSync(marker, '');
  console.log(`[runner] generated ${files} files in ${root} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return root;
}
