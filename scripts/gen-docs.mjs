// Renders the README tables of rules (src/core/rules/rules.yaml), commands and settings
// (package.json) between their markers. `--check` fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const readmePath = path.join(root, 'README.md');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const { rules } = parse(readFileSync(path.join(root, 'src/core/rules/rules.yaml'), 'utf8'));
const sources = parse(readFileSync(path.join(root, 'src/core/policy/sources.yaml'), 'utf8')).sources;

const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rulesTable() {
  const rows = ['| Rule | Title | Default | MAM | ZDR | Why | Fix |', '|---|---|---|---|---|---|---|'];
  for (const r of rules) {
    const sev = (k) => (r.severity[k] === 'off' ? '—' : r.severity[k]);
    const extra = r.baa_signed ? ` (with a BAA: ${r.baa_signed})` : r.not_in_profile ? ` (provider not in profile: ${r.not_in_profile})` : '';
    const links = (r.sources ?? []).map((id) => (sources[id]?.url ? `[${id}](${sources[id].url})` : id)).join(', ');
    rows.push(`| <a id="${r.id.toLowerCase()}"></a>**${r.id}** \`${r.name}\` | ${esc(r.title)} | ${sev('default')} | ${sev('modified-abuse-monitoring')} | ${sev('zero-data-retention')}${extra} | ${esc(r.rationale)}${links ? ` Sources: ${links}.` : ''} | ${esc(r.fix)} |`);
  }
  return rows.join('\n');
}

function commandsTable() {
  const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
  const rows = ['| Command | Id | In the palette |', '|---|---|---|'];
  for (const c of pkg.contributes.commands) rows.push(`| ${esc(`${c.category}: ${c.title}`)} | \`${c.command}\` | ${hidden.has(c.command) ? 'no (used by links and quick fixes)' : 'yes'} |`);
  return rows.join('\n');
}

function settingsTable() {
  const rows = ['| Setting | Default | Description |', '|---|---|---|'];
  for (const section of pkg.contributes.configuration) {
    for (const [key, s] of Object.entries(section.properties)) rows.push(`| \`${key}\` | \`${JSON.stringify(s.default)}\` | ${esc(s.markdownDescription ?? s.description ?? '')} |`);
  }
  return rows.join('\n');
}

function replace(text, name, body) {
  const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md has no ${name} markers`);
  return text.replace(re, `$1\n${body}\n$2`);
}

const before = readFileSync(readmePath, 'utf8');
let after = replace(before, 'rules', rulesTable());
after = replace(after, 'commands', commandsTable());
after = replace(after, 'settings', settingsTable());
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('README.md tables are out of date: run `npm run docs`.');
    console.log('docs: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log('docs: 1 passed, 0 failed');
} else {
  writeFileSync(readmePath, after);
  console.log('README.md tables regenerated');
}
