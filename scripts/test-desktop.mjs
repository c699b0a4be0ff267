// `npm run test:desktop`: the same in-host suite through @vscode/test-electron, for contributors
// on a connected desktop machine (it downloads VS Code, which this project's offline CI cannot).
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(import.meta.dirname, '..');
execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
execFileSync('node', ['scripts/build.mjs', '--host-tests'], { cwd: root, stdio: 'inherit' });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'host', 'suite.node.js'),
    launchArgs: [path.join(root, 'test', 'host', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { PRIVACY_LENS_SUITE_LABEL: 'desktop' },
  });
} catch (error) {
  console.error(`desktop suite failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
