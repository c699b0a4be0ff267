// `npm test`: every tier CI runs, in order, with its time and the `N passed, N failed` lines,
// ending with one total line. Exits non-zero when any tier fails.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const onlyFast = process.argv.includes('--no-hosts');

const tiers = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.']],
  ['build', 'node', ['scripts/build.mjs', '--production', '--sizes']],
  ['package', 'npx', ['vsce', 'package', '--no-dependencies', '--out', 'dist/openai-privacy-lens.vsix']],
  ['docs', 'node', ['scripts/gen-docs.mjs', '--check']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  ...(onlyFast
    ? []
    : [
        ['hosts-install', 'node', ['scripts/hosts/install.mjs']],
        ['host-tests-build', 'node', ['scripts/build.mjs', '--host-tests']],
        ['host-web', 'node', ['scripts/hosts/run-suite.mjs', 'web']],
        ['host-node', 'node', ['scripts/hosts/run-suite.mjs', 'node']],
        ['host-vsix', 'node', ['scripts/hosts/run-suite.mjs', 'vsix']],
        ['host-untrusted', 'node', ['scripts/hosts/run-suite.mjs', 'untrusted']],
      ]),
];

const SUMMARY = /^(?:[\w-]+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];
let failedTiers = 0;

for (const [name, cmd, args] of tiers) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const code = await new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const onData = (stream) => (chunk) => {
      stream.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        const m = SUMMARY.exec(line.trim());
        if (m) {
          totals.passed += Number(m[1]);
          totals.failed += Number(m[2]);
          totals.skipped += Number(m[3] ?? 0);
        }
      }
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (c) => resolve(c ?? 1));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  report.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(18)} ${seconds.padStart(7)} s`);
  if (code !== 0) {
    failedTiers++;
    if (name === 'type-check' || name === 'build' || name === 'hosts-install' || name === 'host-tests-build') break;
  }
}

console.log(`\n=== tiers\n${report.join('\n')}`);
if (failedTiers > 0 && totals.failed === 0) totals.failed += failedTiers; // a tier with no test lines failed
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = failedTiers > 0 ? 1 : 0;
