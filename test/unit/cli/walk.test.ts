import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { listSourceFiles, SourceFileReader, walkSourceFiles } from '../../../src/node/walk';

// A hostile tree: a symlink loop, a binary, an oversized file, invalid UTF-8, odd file names,
// an unreadable file and a .gitignore. The walk must go on, say why it skipped each, and never hang.
const root = mkdtempSync(path.join(os.tmpdir(), 'lens-walk-'));
after(() => rmSync(root, { recursive: true, force: true }));

const call = 'from openai import OpenAI\nclient = OpenAI()\nclient.files.create(file=f, purpose="batch")\n';
mkdirSync(path.join(root, 'src', 'deep', 'er'), { recursive: true });
writeFileSync(path.join(root, 'src', 'ok.py'), call);
writeFileSync(path.join(root, 'src', 'name with spaces 🚀 and:colon.py'), call);
writeFileSync(path.join(root, 'src', 'latin1.py'), Buffer.concat([Buffer.from(call), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]));
writeFileSync(path.join(root, 'src', 'binary.py'), Buffer.from([0x6f, 0x70, 0x65, 0x6e, 0x61, 0x69, 0x00, 0x01]));
writeFileSync(path.join(root, 'src', 'huge.py'), `${call}${'#'.repeat(3000)}\n`);
writeFileSync(path.join(root, 'src', 'locked.py'), call);
writeFileSync(path.join(root, 'src', 'deep', 'er', 'x.ts'), 'export const x = 1;\n');
writeFileSync(path.join(root, '.gitignore'), 'generated/\n');
mkdirSync(path.join(root, 'generated'));
writeFileSync(path.join(root, 'generated', 'out.py'), call);
symlinkSync(root, path.join(root, 'src', 'deep', 'loop'), 'dir');
chmodSync(path.join(root, 'src', 'locked.py'), 0o000);
// 200 nested folders with a call at the bottom: the walk keeps its own stack, not the call stack.
const deepDir = path.join(root, 'nest', ...Array.from({ length: 200 }, (_, i) => `d${i}`));
mkdirSync(deepDir, { recursive: true });
writeFileSync(path.join(deepDir, 'bottom.py'), call);
// Extensionless files: a shell script and a Python script (read, by their #! lines), a compiled
// program (not read), and documents the walker never opens.
mkdirSync(path.join(root, 'bin'));
writeFileSync(path.join(root, 'bin', 'ask-gpt'), `#!/usr/bin/env bash\ncurl https://api.openai.com/v1/chat/completions -d "$1"\n${'# padding\n'.repeat(60)}`);
writeFileSync(path.join(root, 'bin', 'summarize'), '#!/usr/bin/env python3\nfrom openai import OpenAI\n');
writeFileSync(path.join(root, 'bin', 'server'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]), Buffer.alloc(5000, 0x41)]));
writeFileSync(path.join(root, 'LICENSE'), 'MIT License\n');
// Names whose "extension" is a property every object has: no language (an object lookup once took them for one).
writeFileSync(path.join(root, 'src', 'notes.constructor'), call);
writeFileSync(path.join(root, 'src', 'odd.__proto__'), call);
writeFileSync(path.join(root, 'src', 'UPPER.PY'), call);
// A named pipe with a source file's name: opening it for reading would wait for a writer forever.
execFileSync('mkfifo', [path.join(root, 'src', 'pipe.py')]);
symlinkSync(path.join(root, 'src', 'pipe.py'), path.join(root, 'src', 'pipe-link.py'));

describe('CLI walker on a hostile tree', () => {
  const skipped = new Map<string, string>();
  const files = [...walkSourceFiles(root, { maxFileSize: 2048, onSkip: (rel, reason) => skipped.set(rel, reason) })];
  const paths = files.map((f) => f.path).sort();

  it('reads the ordinary files, including odd names and invalid UTF-8', () => {
    assert.ok(paths.includes('src/ok.py'));
    assert.ok(paths.includes('src/UPPER.PY'), 'an extension in capitals');
    assert.ok(!paths.includes('src/notes.constructor') && !paths.includes('src/odd.__proto__'), 'no language for an object property name');
    assert.ok(paths.includes('src/name with spaces 🚀 and:colon.py'));
    const latin = files.find((f) => f.path === 'src/latin1.py');
    assert.ok(latin?.text.includes('\uFFFD'), 'invalid bytes decode to replacement characters');
  });

  it('skips binaries, oversized files and .gitignored folders, saying why', () => {
    assert.match(skipped.get('src/binary.py') ?? '', /binary/);
    assert.match(skipped.get('src/huge.py') ?? '', /above the 2048-byte limit/);
    assert.ok(!paths.some((p) => p.startsWith('generated/')));
  });

  it('does not follow a symlink loop forever', () => {
    assert.ok([...skipped.entries()].some(([rel, reason]) => rel.includes('loop') && /loop|repeated/.test(reason)), JSON.stringify([...skipped]));
    assert.ok(files.length < 20, `${files.length} files`);
  });

  it('finds the call 200 folders down', () => {
    assert.ok(paths.some((p) => p.endsWith('/d199/bottom.py')), 'the deepest file is read');
  });

  it('reads an extensionless shell or Python script whole, by its #! line, and drops other extensionless files silently', () => {
    const script = files.find((f) => f.path === 'bin/ask-gpt');
    assert.ok(script?.text.includes('api.openai.com') && script.text.endsWith('# padding\n'), 'the script is read past the first bytes');
    assert.ok(paths.includes('bin/summarize'), 'a Python script by its #!/usr/bin/env python3 line');
    assert.ok(!paths.includes('bin/server'));
    assert.ok(![...skipped.keys()].some((rel) => rel.startsWith('bin/')), JSON.stringify([...skipped]));
    const listed = [...listSourceFiles(root, { onSkip: () => undefined })];
    assert.ok(listed.includes('bin/server'), 'listed: only its first bytes tell');
    assert.ok(!listed.includes('LICENSE'), 'a known document is not even opened');
  });

  it('never opens a named pipe, and says why it skipped it', () => {
    assert.match(skipped.get('src/pipe.py') ?? '', /not a regular file/);
    assert.match(skipped.get('src/pipe-link.py') ?? '', /not a regular file/);
    assert.ok(!paths.includes('src/pipe.py'));
  });

  it('a file deleted between the listing and the read is reported, not thrown (also as root)', () => {
    const reasons = new Map<string, string>();
    const options = { maxFileSize: 2048, onSkip: (rel: string, reason: string) => reasons.set(rel, reason) };
    const victim = path.join(root, 'src', 'gone.py');
    writeFileSync(victim, call);
    assert.ok([...listSourceFiles(root, options)].includes('src/gone.py'));
    unlinkSync(victim);
    assert.strictEqual(new SourceFileReader(root, options).read('src/gone.py'), undefined);
    assert.match(reasons.get('src/gone.py') ?? '', /cannot be read: ENOENT/);
  });

  it('reports an unreadable file and goes on (unless running as root, which can read it)', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root reads files regardless of permissions');
      return;
    }
    assert.match(skipped.get('src/locked.py') ?? '', /cannot be read/);
  });
});
