// `npm start`: installs what is missing, builds and packages the extension, and starts a real
// VS Code (code-server, in the browser, on localhost) with it installed, on sample-workspace/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { HOSTS_DIR, REPO } from './hosts/paths.mjs';
import { installVsix, profileDir, startCodeServer } from './hosts/run-node-host.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
if (!existsSync(path.join(REPO, 'node_modules', '.bin', 'esbuild'))) run('npm', ['ci', '--no-audit', '--no-fund']);
run('node', ['scripts/hosts/install.mjs']);
run('node', ['scripts/build.mjs', '--production']);
run('npx', ['vsce', 'package', '--no-dependencies', '--out', 'dist/openai-privacy-lens.vsix']);
mkdirSync(HOSTS_DIR, { recursive: true });
const profile = profileDir();
installVsix(profile, path.join(REPO, 'dist', 'openai-privacy-lens.vsix'));
const server = await startCodeServer(profile);
const folder = path.join(REPO, 'sample-workspace');
console.log(`\nOpenAI Privacy Lens is running in VS Code (code-server) on the sample workspace.\nOpen: http://${server.authority}/?folder=${encodeURIComponent(folder)}\nPress Ctrl-C to stop.\n`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
