import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EDITOR_LANGUAGE_ALIASES, EDITOR_LANGUAGES, SOURCE_EXTENSIONS } from '../../../src/core/detect/languages';

// The manifest is static JSON; the languages the detectors read are data in the core. Each new
// language must reach the manifest too, or the extension never wakes up for its files.
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { grammars: Array<{ injectTo: string[] }> };
};

describe('extension manifest and the detectors agree on languages', () => {
  it('activates on every language the detectors read', () => {
    const missing = [...EDITOR_LANGUAGES, ...EDITOR_LANGUAGE_ALIASES.keys()].filter((l) => !manifest.activationEvents.includes(`onLanguage:${l}`));
    assert.deepEqual(missing, []);
    assert.ok(manifest.activationEvents.includes('onNotebook:jupyter-notebook'));
  });
  it('injects the endpoint grammar into each of their TextMate scopes', () => {
    const scopes: Record<string, string> = { python: 'source.python', javascript: 'source.js', typescript: 'source.ts', typescriptreact: 'source.tsx', javascriptreact: 'source.js.jsx', go: 'source.go', shellscript: 'source.shell', http: 'source.http', java: 'source.java', kotlin: 'source.kotlin', csharp: 'source.cs', rust: 'source.rust', swift: 'source.swift', dart: 'source.dart', scala: 'source.scala', php: 'source.php', ruby: 'source.ruby', elixir: 'source.elixir', r: 'source.r', lua: 'source.lua', gdscript: 'source.gdscript', groovy: 'source.groovy', julia: 'source.julia', powershell: 'source.powershell', sas: 'source.sas', clojure: 'source.clojure', html: 'text.html.basic', vue: 'source.vue', svelte: 'source.svelte', yaml: 'source.yaml', makefile: 'source.makefile', razor: 'text.html.cshtml', c: 'source.c', cpp: 'source.cpp', haskell: 'source.haskell', fsharp: 'source.fsharp', perl: 'source.perl', scheme: 'source.scheme', racket: 'source.racket', elisp: 'source.emacs.lisp', ahk: 'source.ahk', pascal: 'source.pascal', vb: 'source.asp.vb.net', 'objective-c': 'source.objc', 'objective-cpp': 'source.objcpp', nim: 'source.nim', zig: 'source.zig', ocaml: 'source.ocaml' };
    const injectTo = manifest.contributes.grammars.flatMap((g) => g.injectTo);
    for (const language of EDITOR_LANGUAGES) {
      const scope = scopes[language];
      assert.ok(scope, `no TextMate scope known for ${language}`);
      assert.ok(injectTo.includes(scope), `${scope} missing from injectTo`);
    }
  });
  it('lists the extensions of every language, and each once', () => {
    assert.equal(new Set(SOURCE_EXTENSIONS).size, SOURCE_EXTENSIONS.length);
    for (const ext of ['py', 'ts', 'go', 'ipynb', 'java', 'kt', 'cs', 'rs', 'swift', 'dart', 'scala', 'php', 'rb', 'rake', 'lua', 'hurl', 'ps1', 'psm1', 'html', 'vue', 'svelte', 'yml', 'yaml', 'razor', 'cshtml', 'c', 'cpp', 'h', 'hpp', 'clj', 'cljs', 'cljc', 'bb', 'gd', 'groovy', 'jl', 'jenkinsfile', 'hs', 'fs', 'fsx', 'pl', 'pm', 'scm', 'rkt', 'el', 'ahk', 'pas', 'dpr', 'vb', 'vbs', 'bas', 'm', 'mm']) assert.ok(SOURCE_EXTENSIONS.includes(ext), ext);
  });
});
