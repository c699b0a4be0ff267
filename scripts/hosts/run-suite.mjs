// node scripts/hosts/run-suite.mjs web|node|vsix — builds nothing; runs out/host/suite.*.js
// against test/host/workspace in the chosen VS Code host and exits with the suite's status.
import path from 'node:path';
import { REPO } from './paths.mjs';
import { runNodeHost } from './run-node-host.mjs';
import { runWebHost } from './run-web-host.mjs';

const host = process.argv[2] ?? 'web';
const workspace = path.join(REPO, 'test', 'host', 'workspace');
// The Node hosts open two folders (multi-root); test-web can only mount one.
const multiRoot = path.join(REPO, 'test', 'host', 'multi-root.code-workspace');
const started = Date.now();
let code;
if (host === 'web') {
  code = await runWebHost({ extensionPath: REPO, testsPath: path.join(REPO, 'out', 'host', 'suite.browser.js'), workspace });
} else if (host === 'node' || host === 'vsix') {
  if (host === 'vsix') process.env.PRIVACY_LENS_SUITE_LABEL = 'vsix';
  code = await runNodeHost({
    extensionPath: REPO,
    testsPath: path.join(REPO, 'out', 'host', 'suite.node.js'),
    workspace: multiRoot,
    ...(host === 'vsix' ? { vsix: path.join(REPO, 'dist', 'openai-privacy-lens.vsix') } : {}),
  });
} else {
  console.error(`usage: run-suite.mjs web|node|vsix (got ${host})`);
  process.exit(2);
}
console.log(`[runner] ${host} host: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
