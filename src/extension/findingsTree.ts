import * as vscode from 'vscode';
import type { Severity, Verdict } from '../core/model';
import { SEVERITY_RANK } from '../core/model';
import { CONTEXT_KEY } from './commandIds';
import type { FindingsStore, WorkspaceFinding } from './findingsStore';
import { siteRangeInDocument } from './positions';

export type GroupBy = 'severity' | 'rule' | 'endpoint' | 'file';

const SEVERITY_TITLE: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information', hint: 'Hints' };
const SEVERITY_ICON: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

/** One row under a group: a call site with one of its active verdicts, or a safe call site. */
export interface FindingRow {
  type: 'row';
  finding: WorkspaceFinding;
  verdict: Verdict | undefined;
}

export interface FindingGroup {
  type: 'group';
  key: string;
  label: string;
  rows: FindingRow[];
  icon?: vscode.ThemeIcon;
}

type Node = FindingGroup | FindingRow;

export function activeVerdicts(finding: WorkspaceFinding): Verdict[] {
  return finding.verdicts.filter(isActive);
}

function isActive(v: Verdict): boolean {
  return !v.suppression || v.suppression.expired === true;
}

/** The most severe verdict still in force, without building a list (run over every finding). */
export function topActiveSeverity(finding: WorkspaceFinding): Severity | undefined {
  let top: Severity | undefined;
  for (const v of finding.verdicts) if (isActive(v) && (top === undefined || SEVERITY_RANK[v.severity] < SEVERITY_RANK[top])) top = v.severity;
  return top;
}

/** The findings view: grouped, filterable, every row jumps to its code. */
export class FindingsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groupBy: GroupBy = 'severity';
  private filterText = '';
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingsStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    this.changed.fire(undefined);
  }

  getGroupBy(): GroupBy {
    return this.groupBy;
  }

  setFilter(text: string): void {
    this.filterText = text.trim().toLowerCase();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY.findingsFiltered, this.filterText.length > 0);
    this.changed.fire(undefined);
  }

  getFilter(): string {
    return this.filterText;
  }

  /** Rows after the filter, for tests and the status bar. */
  rows(): FindingRow[] {
    const rows: FindingRow[] = [];
    for (const finding of this.store.all()) {
      const active = activeVerdicts(finding);
      if (active.length === 0) rows.push({ type: 'row', finding, verdict: undefined });
      else for (const verdict of active) rows.push({ type: 'row', finding, verdict });
    }
    return rows.filter((r) => this.matches(r));
  }

  groups(): FindingGroup[] {
    const groups = new Map<string, FindingGroup>();
    for (const row of this.rows()) {
      const { key, label, icon } = this.groupOf(row);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { type: 'group', key, label, rows: [], ...(icon ? { icon } : {}) }));
      g.rows.push(row);
    }
    const list = [...groups.values()];
    for (const g of list) g.rows.sort(compareRows);
    return list.sort((a, b) => byText(a.key, b.key));
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups();
    return node.type === 'group' ? node.rows : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.rows.length}`;
      item.id = `group:${this.groupBy}:${node.key}`;
      if (node.icon) item.iconPath = node.icon;
      item.contextValue = 'findingGroup';
      return item;
    }
    const { finding, verdict } = node;
    const site = finding.site;
    const where = `${finding.file}:${site.range.start.line + 1}${site.cell !== undefined ? ` (cell ${site.cell})` : ''}`;
    const label = verdict ? `${verdict.ruleId} ${verdict.message}` : `${site.httpMethod} ${site.endpoint}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = verdict ? `${site.endpoint} · ${where}` : `no concerns · ${where}`;
    item.tooltip = new vscode.MarkdownString(
      [`**${site.method}** → \`${site.httpMethod} ${site.endpoint}\``, '', verdict ? verdict.message : 'No concerns under your profile.', '', `\`${where}\``].join('\n'),
    );
    item.iconPath = verdict ? SEVERITY_ICON[verdict.severity] : new vscode.ThemeIcon('pass');
    item.resourceUri = finding.uri;
    item.contextValue = verdict ? 'finding' : 'safeCallSite';
    item.command = {
      command: 'vscode.open',
      title: 'Go to call',
      arguments: [finding.uri, { selection: siteRangeInDocument(finding) } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  private groupOf(row: FindingRow): { key: string; label: string; icon?: vscode.ThemeIcon } {
    const v = row.verdict;
    switch (this.groupBy) {
      case 'severity': {
        if (!v) return { key: '9', label: 'No concerns', icon: new vscode.ThemeIcon('pass') };
        return { key: String(SEVERITY_RANK[v.severity]), label: SEVERITY_TITLE[v.severity], icon: SEVERITY_ICON[v.severity] };
      }
      case 'rule':
        return v ? { key: v.ruleId, label: v.ruleId } : { key: 'zzz', label: 'No concerns' };
      case 'endpoint':
        return { key: row.finding.site.endpoint, label: row.finding.site.endpoint, icon: new vscode.ThemeIcon('symbol-interface') };
      case 'file':
        return { key: row.finding.file, label: row.finding.file, icon: vscode.ThemeIcon.File };
    }
  }

  private matches(row: FindingRow): boolean {
    if (!this.filterText) return true;
    const site = row.finding.site;
    const hay = [row.finding.file, site.endpoint, site.method, site.provider, row.verdict?.ruleId ?? 'safe', row.verdict?.message ?? '', row.verdict?.severity ?? '']
      .join('\n')
      .toLowerCase();
    return hay.includes(this.filterText);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function compareRows(a: FindingRow, b: FindingRow): number {
  const sa = a.verdict ? SEVERITY_RANK[a.verdict.severity] : 9;
  const sb = b.verdict ? SEVERITY_RANK[b.verdict.severity] : 9;
  return sa - sb || byText(a.finding.file, b.finding.file) || a.finding.site.range.start.line - b.finding.site.range.start.line;
}

/** Code-unit order: stable, and far cheaper than localeCompare on tens of thousands of rows. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
