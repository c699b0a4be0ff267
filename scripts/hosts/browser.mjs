// Debian's Chromium driven by playwright-core, with the flags this offline machine needs.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, MODULES, REPO } from './paths.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function loadPlaywright(fromPackage = 'playwright-core') {
  return createRequire(path.join(MODULES, 'package.json'))(fromPackage);
}

export async function launchChromium() {
  const { chromium } = loadPlaywright();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Forwards the extension host's console (the workbench's codeAutomationLog) to stdout, saves a
 * screenshot when the suite logs `[[screenshot:NAME]]` or `[[screenshot:NAME|TEXT TO WAIT FOR]]`
 * (with PRIVACY_LENS_SCREENSHOTS=1), and
 * resolves with the exit code the workbench reports through codeAutomationExit. `onLine` sees every line too.
 */
export async function wireAutomation(page, onLine = () => undefined) {
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    onLine(line);
    const shot = /\[\[screenshot:([\w-]+)(?:\|([^\]]+))?\]\]/.exec(line);
    if (shot && process.env.PRIVACY_LENS_SCREENSHOTS === '1') {
      const dir = path.join(REPO, 'docs', 'images');
      mkdirSync(dir, { recursive: true });
      // `[[screenshot:NAME|TEXT]]`: wait until TEXT shows (a view draws after its command returns)
      const drawn = shot[2] ? page.getByText(shot[2]).first().waitFor({ state: 'visible', timeout: 1200 }).catch(() => console.log(`[runner] screenshot ${shot[1]}: "${shot[2]}" not visible after 1.2 s, taken anyway`)) : Promise.resolve();
      drawn.then(() => page.screenshot({ path: path.join(dir, `${shot[1]}.png`) })).then(
        () => console.log(`[runner] screenshot docs/images/${shot[1]}.png`),
        (e) => console.log(`[runner] screenshot ${shot[1]} failed: ${e.message}`),
      );
      return;
    }
    if (shot) return;
    (console[type] ?? console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  return exited;
}
