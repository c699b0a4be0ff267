import * as vscode from 'vscode';
import type { CallSite } from '../core/model';
import { COMMAND } from './commandIds';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { LiveAnalysis } from './liveAnalysis';
import { siteRangeInDocument, toVsRange } from './positions';
import { topicIdForEndpoint } from './engine';

/** Resources whose `create` has a `delete` on the same SDK resource, so the fix can name it. */
const DELETABLE_ENDPOINTS = new Set(['/v1/files', '/v1/vector_stores', '/v1/assistants', '/v1/threads', '/v1/conversations']);
const STATEFUL_STORE_ENDPOINTS = new Set(['/v1/responses', '/v1/chat/completions']);

/** Quick fixes on our diagnostics: suppress with a reason, `store` off, add the matching delete, open the topic. */
export class PrivacyCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly live: LiveAnalysis) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const findings = await this.live.findingsFor(document);
    const actions: vscode.CodeAction[] = [];
    const seenSites = new Set<CallSite>();
    for (const diagnostic of ours) {
      const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
      const finding = findings.find((f) => siteRangeInDocument(f).intersection(diagnostic.range) !== undefined && f.verdicts.some((v) => v.ruleId === ruleId));
      if (!finding) continue;
      const suppress = new vscode.CodeAction(`Suppress ${ruleId} here with a reason…`, vscode.CodeActionKind.QuickFix);
      suppress.diagnostics = [diagnostic];
      suppress.command = { command: COMMAND.insertSuppression, title: suppress.title, arguments: [document.uri, finding.site.range.start.line, ruleId] };
      actions.push(suppress);
      if (seenSites.has(finding.site)) continue;
      seenSites.add(finding.site);
      const site = finding.site;
      const storeFix = storeFalseEdit(document, site);
      if (storeFix) {
        const action = new vscode.CodeAction('Set `store` to false (do not keep the response as application state)', vscode.CodeActionKind.QuickFix);
        action.edit = storeFix;
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      const deleteFix = matchingDeleteEdit(document, site);
      if (deleteFix) {
        const action = new vscode.CodeAction(`Delete \`${site.assignedTo ?? ''}\` after its last use in this file`, vscode.CodeActionKind.QuickFix);
        action.edit = deleteFix;
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      const topic = topicIdForEndpoint(site.endpoint);
      if (topic) {
        const open = new vscode.CodeAction('Open the policy topic for this endpoint', vscode.CodeActionKind.QuickFix);
        open.command = { command: COMMAND.openDetail, title: open.title, arguments: [{ kind: 'topic', id: topic }] };
        open.diagnostics = [diagnostic];
        actions.push(open);
      }
    }
    return actions;
  }
}

/** The line-comment prefix of each language whose prefix is not `//` (SAS's and OCaml's are block comments: see commentSuffix). */
const COMMENT_PREFIXES: ReadonlyMap<string, string> = new Map([
  ...[['sas', '/*'], ['ocaml', '(*'], ['lua', '--'], ['haskell', '--'], ['vb', "'"]],
  ...['clojure', 'scheme', 'racket', 'elisp', 'emacs-lisp'].map((id) => [id, ';;']),
  ...['ahk', 'ahk2', 'autohotkey'].map((id) => [id, ';']),
  ...['python', 'shellscript', 'http', 'ruby', 'elixir', 'r', 'gdscript', 'julia', 'nim', 'powershell', 'perl', 'yaml', 'github-actions-workflow', 'makefile'].map((id) => [id, '#']),
] as Array<[string, string]>);

/** Comment prefix for a suppression line in this document's language (SAS's and OCaml's close: see commentSuffix). */
export function commentPrefix(languageId: string): string {
  return COMMENT_PREFIXES.get(languageId) ?? '//';
}

/** The closer of a suppression comment in each language that has block comments only. */
const COMMENT_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['sas', ' */'],
  ['ocaml', ' *)'],
]);

/** What closes a suppression comment: SAS and OCaml have block comments only. */
export function commentSuffix(languageId: string): string {
  return COMMENT_SUFFIXES.get(languageId) ?? '';
}

const STORE_EDIT_LANGUAGES = new Set(['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact']);

/** `store=True`/`store: true` becomes false; an omitted `store` is added as the first argument. */
export function storeFalseEdit(document: vscode.TextDocument, site: CallSite): vscode.WorkspaceEdit | undefined {
  // only where `store=False` / `store: false` is the language's own syntax (a C# or Dart body is written otherwise)
  if (!STATEFUL_STORE_ENDPOINTS.has(site.endpoint) || !site.callRange || !STORE_EDIT_LANGUAGES.has(document.languageId)) return undefined;
  if (site.flags.store !== 'true' && !(site.flags.store === 'omitted' && site.endpoint === '/v1/responses')) return undefined;
  // (from the callee on: a chain's calls before it, `axios.create({…}).post(url, body)`, are in the call's range but not its arguments)
  const callRange = new vscode.Range(toVsRange(site.range).start, toVsRange(site.callRange).end);
  const callText = document.getText(callRange);
  const callStart = document.offsetAt(callRange.start);
  const edit = new vscode.WorkspaceEdit();
  const python = document.languageId === 'python';
  if (site.flags.store === 'true') {
    const match = (python ? /\bstore\s*=\s*True\b/ : /\bstore\s*:\s*true\b/).exec(callText);
    if (!match) return undefined;
    const start = document.positionAt(callStart + match.index);
    edit.replace(document.uri, new vscode.Range(start, document.positionAt(callStart + match.index + match[0].length)), python ? 'store=False' : 'store: false');
    return edit;
  }
  const open = callText.indexOf('(');
  if (open < 0) return undefined;
  if (python) {
    const rest = callText.slice(open + 1).trimStart();
    const insert = rest.startsWith(')') ? 'store=False' : 'store=False, ';
    edit.insert(document.uri, document.positionAt(callStart + open + 1), insert);
    return edit;
  }
  const brace = callText.indexOf('{', open);
  if (brace < 0) return undefined;
  edit.insert(document.uri, document.positionAt(callStart + brace + 1), ' store: false,');
  return edit;
}

/** After the last line that mentions the created object, delete it through the same client. */
export function matchingDeleteEdit(document: vscode.TextDocument, site: CallSite): vscode.WorkspaceEdit | undefined {
  if (!DELETABLE_ENDPOINTS.has(site.endpoint) || !site.assignedTo || site.httpMethod !== 'POST') return undefined;
  const callee = document.getText(toVsRange(site.range));
  if (!/\.create$/.test(callee)) return undefined;
  const deleteCall = `${callee.replace(/\.create$/, '.delete')}(${site.assignedTo}.id)`;
  if (document.getText().includes(deleteCall)) return undefined;
  const name = new RegExp(`\\b${site.assignedTo.replace(/[$]/g, '\\$')}\\b`);
  const startLine = site.callRange ? site.callRange.end.line : site.range.end.line;
  let lastUse = startLine;
  const indent = /^\s*/.exec(document.lineAt(site.range.start.line).text)?.[0] ?? '';
  for (let line = startLine + 1; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.trim() === '') continue;
    const lineIndent = /^\s*/.exec(text)?.[0] ?? '';
    if (lineIndent.length < indent.length) break; // left the block the object was created in
    if (!name.test(text)) continue;
    // the object leaves this scope: deleting it here would break the caller
    if (/^\s*(return|yield)\b/.test(text)) return undefined;
    lastUse = line;
  }
  const statementEnd = endOfStatement(document, lastUse);
  const terminator = document.languageId === 'python' || document.languageId === 'go' ? '' : ';';
  const awaitPrefix = /\bawait\s+$/.test(document.lineAt(site.range.start.line).text.slice(0, site.range.start.character)) ? 'await ' : '';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(statementEnd).range.end, `\n${indent}${awaitPrefix}${deleteCall}${terminator}`);
  return edit;
}

/** A statement that opens brackets on `line` ends where they close. */
function endOfStatement(document: vscode.TextDocument, line: number): number {
  let depth = 0;
  for (let l = line; l < document.lineCount; l++) {
    for (const ch of document.lineAt(l).text) {
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
    }
    if (depth <= 0) return l;
  }
  return line;
}
