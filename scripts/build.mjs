// One esbuild script for every bundle: the extension for the Node and the web worker host,
// the CLI, the unit tests and the in-host test suite. Type-checking is `tsc --noEmit`, not here.
import * as esbuild from 'esbuild';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const root = path.resolve(import.meta.dirname, '..');

/** YAML knowledge files become plain objects at build time, so nothing parses them at activation. */
const yamlPlugin = {
  name: 'yaml-data',
  setup(build) {
    build.onLoad({ filter: /\.yaml$/ }, async ({ path: file }) => {
      const text = await readFile(file, 'utf8');
      return { contents: `export default ${JSON.stringify(parseYaml(text))};`, loader: 'js' };
    });
  },
};

/** Prints errors in the `file:line:col: error: message` shape VS Code's problem matchers read. */
const reportPlugin = {
  name: 'report',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`${location?.file}:${location?.line}:${location?.column}: error: ${text}`);
      }
      if (watch) console.log(`[watch] build finished with ${result.errors.length} error(s)`);
    });
  },
};

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  plugins: [yamlPlugin, reportPlugin],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

async function listTests(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.test.ts')) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

const builds = [];
if (args.has('--tests') || args.has('--heldout')) {
  // the held-out accuracy suite is its own bundle: it needs public files kept out of the repository
  const suite = args.has('--heldout') ? 'heldout' : 'unit';
  builds.push({
    ...common,
    entryPoints: await listTests(path.join(root, 'test', suite)),
    outdir: path.join(root, 'out', suite),
    outbase: path.join(root, 'test', suite),
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
  });
} else if (args.has('--host-tests')) {
  for (const host of ['node', 'browser']) {
    builds.push({
      ...common,
      entryPoints: { [`suite.${host}`]: path.join(root, 'test/host/suite/index.ts') },
      outdir: path.join(root, 'out/host'),
      platform: host,
      format: 'cjs',
      sourcemap: 'inline',
      // node:inspector profiles the 100,000-file run; only the Node host's scale suite loads it
      external: ['vscode', 'node:inspector'],
      define: { ...common.define, 'process.env.PRIVACY_LENS_HOST': JSON.stringify(host), 'process.env.PRIVACY_LENS_ONLY': JSON.stringify(process.env.PRIVACY_LENS_ONLY ?? '') },
    });
  }
} else {
  builds.push(
    {
      ...common,
      // the Node host's scan thread (src/node/scanWorker.ts) is a bundle of its own, started per scan
      entryPoints: { 'extension.node': path.join(root, 'src/extension/main.node.ts'), 'scan-worker': path.join(root, 'src/node/scanWorker.ts') },
      outdir: path.join(root, 'dist'),
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
    },
    {
      ...common,
      entryPoints: { 'extension.browser': path.join(root, 'src/extension/main.browser.ts') },
      outdir: path.join(root, 'dist'),
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      // The web worker host has no Node built-ins; the extension layer reaches files only through workspace.fs.
      alias: {},
    },
    {
      ...common,
      entryPoints: { cli: path.join(root, 'src/cli/bin.ts'), 'cli-reader': path.join(root, 'src/cli/readerWorker.ts') },
      outdir: path.join(root, 'dist'),
      platform: 'node',
      format: 'cjs',
      banner: { js: '#!/usr/bin/env node' },
    },
  );
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...b, metafile: true })));
  if (args.has('--sizes')) {
    for (const r of results) {
      for (const [file, info] of Object.entries(r.metafile.outputs)) {
        if (!file.endsWith('.map')) console.log(`${path.relative(root, file)}\t${info.bytes} bytes`);
      }
    }
  }
}
