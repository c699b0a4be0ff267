import * as vscode from 'vscode';
import type { Range } from '../core/model';
import type { WorkspaceFinding } from './findingsStore';

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Where a finding sits in the document it is shown against (a notebook cell document holds cell-relative ranges). */
export function siteRangeInDocument(finding: WorkspaceFinding): vscode.Range {
  return toVsRange(finding.site.range);
}
