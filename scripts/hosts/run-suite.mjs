// node scripts/hosts/run-suite.mjs web|node|vsix|untrusted|scale — builds nothing; runs
// out/host/suite.*.js in the chosen VS Code host and exits with the suite's status.
//   web, node, vsix  the full suite on test/host/workspace (the Node hosts open it multi-root)
//   untrusted        the Restricted Mode suite, Node host, workspace trust on and not granted
//   scale            the 100,000-file run (npm run bench), Node host, on a generated workspace
import path from 'node:path';
import { REPO } from './paths.mjs';
import { runNodeHost } from './run-node-host.mjs';
import { runWebHost } from './run-web-host.mjs';
import { generateScaleWorkspace } from './scale-workspace.mjs';

const host = process.argv[2] ?? 'web';
const workspace = path.join(REPO, 'test', 'host', 'workspace');
// The Node hosts open two folders (multi-root); test-web can only mount one.
const multiRoot = path.join(REPO, 'test', 'host', 'multi-root.code-workspace');
const nodeSuite = path.join(REPO, 'out', 'host', 'suite.node.js');
const started = Date.now();
let code;
if (host === 'web') {
  code = await runWebHost({ extensionPath: REPO, testsPath: path.join(REPO, 'out', 'host', 'suite.browser.js'), workspace });
} else if (host === 'node' || host === 'vsix') {
  if (host === 'vsix') process.env.PRIVACY_LENS_SUITE_LABEL = 'vsix';
  code = await runNodeHost({ extensionPath: REPO, testsPath: nodeSuite, workspace: multiRoot, ...(host === 'vsix' ? { vsix: path.join(REPO, 'dist', 'openai-privacy-lens.vsix') } : {}) });
} else if (host === 'untrusted') {
  process.env.PRIVACY_LENS_SUITE = 'untrusted';
  code = await runNodeHost({ extensionPath: REPO, testsPath: nodeSuite, workspace, untrusted: true });
} else if (host === 'scale') {
  process.env.PRIVACY_LENS_SUITE = 'scale';
  const files = Number(process.env.PRIVACY_LENS_SCALE_FILES ?? 100_000);
  code = await runNodeHost({ extensionPath: REPO, testsPath: nodeSuite, workspace: generateScaleWorkspace(files), timeoutSeconds: 1800 });
} else {
  console.error(`usage: run-suite.mjs web|node|vsix|untrusted|scale (got ${host})`);
  process.exit(2);
}
console.log(`[runner] ${host} host: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
