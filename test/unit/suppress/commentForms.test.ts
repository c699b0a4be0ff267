import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readInlineSuppressions } from '../../../src/core/suppress/suppressions';

// The quick fix writes a suppression in the comment each language has; SAS and OCaml have block comments only, whose
// closer must not end up in the reason shown in the findings tree and the reports.
describe('suppression comments in each comment form', () => {
  it('reads the rule and reason of a line, block, SAS and OCaml comment, without the closer', () => {
    const reasons = (text: string, fileName: string): string[] => readInlineSuppressions(text, fileName).map((s) => `${s.rules.join(',')}: ${s.reason}`);
    assert.deepEqual(reasons('# openai-privacy-ignore OPL003: deleted nightly\n', 'a.nim'), ['OPL003: deleted nightly']);
    assert.deepEqual(reasons('/* openai-privacy-ignore OPL003: deleted nightly */\n', 'a.sas'), ['OPL003: deleted nightly']);
    assert.deepEqual(reasons('  (* openai-privacy-ignore OPL003, OPL004: deleted nightly *)\n  Client.post uri\n', 'a.ml'), ['OPL003,OPL004: deleted nightly']);
    assert.deepEqual(reasons('(* openai-privacy-ignore OPL003 *)\n', 'a.ml'), ['OPL003: ']);
  });
});
