// Checks and restores the public files the held-out accuracy suite reads (`npm run test:heldout`).
// They are never committed: each corpus's files.json names the repository, commit, path and
// SHA-256 of every file, and this script puts them back in the corpus's git-ignored `files/`.
//
//   node scripts/heldout-files.mjs                      report what is present, missing or altered
//   node scripts/heldout-files.mjs --from-mirror DIR    restore from git snapshots: DIR/<owner>+<name>/repo
//                                                       (as the tool library's fetch lays them out),
//                                                       DIR/<owner>+<name> or DIR/<owner>/<name>.git
//   node scripts/heldout-files.mjs --from-folder DIR    restore from a copy laid out as DIR/<corpus>/files/<file>
//   node scripts/heldout-files.mjs --list-missing       print `repo commit path` for each file still missing
//
// Every restored file is checked against its SHA-256; the script makes no network request.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const fixtures = path.resolve(import.meta.dirname, '../test/fixtures');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const mirror = option('--from-mirror');
const folder = option('--from-folder');
const listMissing = args.includes('--list-missing');
if (args.includes('--help') || ((args.includes('--from-mirror') && !mirror) || (args.includes('--from-folder') && !folder))) {
  console.log(readFileSync(import.meta.filename, 'utf8').split('\n').slice(0, 11).join('\n'));
  process.exit(args.includes('--help') ? 0 : 2);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The file's bytes at its commit in a local git snapshot of its repository, or undefined. */
function fromMirror(source) {
  const [owner, name] = source.repo.split('/');
  const candidates = [path.join(mirror, `${owner}+${name}`, 'repo'), path.join(mirror, `${owner}+${name}`), path.join(mirror, owner, `${name}.git`)];
  for (const gitDir of candidates.filter((d) => existsSync(d))) {
    try {
      return execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${source.path}`], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      // not at that commit in this snapshot: try the next layout
    }
  }
  return undefined;
}

function fromFolder(corpus, source) {
  const at = path.join(folder, corpus, 'files', source.file);
  return existsSync(at) ? readFileSync(at) : undefined;
}

const totals = { present: 0, restored: 0, missing: 0, altered: 0 };
const missing = [];
const corpora = readdirSync(fixtures).filter((d) => existsSync(path.join(fixtures, d, 'files.json'))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
for (const corpus of corpora) {
  const listed = JSON.parse(readFileSync(path.join(fixtures, corpus, 'files.json'), 'utf8'));
  const counts = { present: 0, restored: 0, missing: 0, altered: 0 };
  for (const source of listed) {
    const at = path.join(fixtures, corpus, 'files', source.file);
    if (existsSync(at) && sha256(readFileSync(at)) === source.sha256) {
      counts.present++;
      continue;
    }
    const bytes = (mirror && fromMirror(source)) || (folder && fromFolder(corpus, source)) || undefined;
    if (bytes && sha256(bytes) === source.sha256) {
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(at, bytes);
      counts.restored++;
    } else if (existsSync(at)) {
      counts.altered++;
      missing.push(`${source.repo} ${source.commit} ${source.path}  (${corpus}/files/${source.file} differs)`);
    } else {
      counts.missing++;
      missing.push(`${source.repo} ${source.commit} ${source.path}  (${corpus}/files/${source.file})`);
    }
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  if (!listMissing) console.log(`${corpus}: ${listed.length} files, ${counts.present} present, ${counts.restored} restored, ${counts.missing} missing, ${counts.altered} altered`);
}
if (listMissing) for (const m of missing) console.log(m);
else console.log(`all: ${totals.present} present, ${totals.restored} restored, ${totals.missing} missing, ${totals.altered} altered`);
process.exitCode = totals.missing + totals.altered > 0 ? 1 : 0;
