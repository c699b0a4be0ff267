// Bundles bench/bench.ts with the project's esbuild setup and runs it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const yamlPlugin = { name: 'yaml', setup(b) { b.onLoad({ filter: /\.yaml$/ }, async (a) => ({ contents: `export default ${JSON.stringify(parse(await readFile(a.path, 'utf8')))}`, loader: 'js' })); } };
await esbuild.build({ entryPoints: [path.join(root, 'bench/bench.ts'), path.join(root, 'bench/walkOnly.ts')], bundle: true, platform: 'node', format: 'cjs', outdir: path.join(root, 'out/bench'), plugins: [yamlPlugin], logLevel: 'warning' });
execFileSync(process.execPath, [path.join(root, 'out/bench/bench.js')], { stdio: 'inherit', env: process.env });

// The 100,000-file run inside a real VS Code (Node extension host): cancel latency, longest
// synchronous slice, memory. Installs the hosts on first use, like npm test.
if (!process.argv.includes('--no-host')) {
  execFileSync(process.execPath, [path.join(root, 'scripts/hosts/install.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--host-tests'], { stdio: 'inherit', env: { ...process.env, PRIVACY_LENS_ONLY: '' } });
  execFileSync(process.execPath, [path.join(root, 'scripts/hosts/run-suite.mjs'), 'scale'], { stdio: 'inherit' });
}
