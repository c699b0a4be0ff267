// Bundles bench/bench.ts with the project's esbuild setup and runs it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const yamlPlugin = { name: 'yaml', setup(b) { b.onLoad({ filter: /\.yaml$/ }, async (a) => ({ contents: `export default ${JSON.stringify(parse(await readFile(a.path, 'utf8')))}`, loader: 'js' })); } };
await esbuild.build({ entryPoints: [path.join(root, 'bench/bench.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: path.join(root, 'out/bench/bench.js'), plugins: [yamlPlugin], logLevel: 'warning' });
execFileSync(process.execPath, [path.join(root, 'out/bench/bench.js')], { stdio: 'inherit', env: process.env });
