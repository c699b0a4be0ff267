import * as vscode from 'vscode';
import type { EndpointPolicy, OrgProfile } from '../core/model';
import { COMMAND } from './commandIds';
import type { ClaimView, TopicView } from './engine';
import { listEndpointPolicies, listTopicViews, policyAsOf, sitesConcerningTopic } from './engine';
import type { FindingsStore, WorkspaceFinding } from './findingsStore';
import type { ProfileService } from './profileService';
import { siteRangeInDocument } from './positions';
import { escapeMarkdown } from '../core/present/markdown';

type Node =
  | { type: 'asOf' }
  | { type: 'topic'; topic: TopicView }
  | { type: 'claim'; topic: TopicView; claim: ClaimView }
  | { type: 'zdrGroup'; label: string; rows: EndpointPolicy[] }
  | { type: 'endpoint'; row: EndpointPolicy }
  | { type: 'sites'; topic: TopicView; findings: WorkspaceFinding[] }
  | { type: 'site'; finding: WorkspaceFinding };

const ZDR_GROUPS: Array<{ label: string; test: (r: EndpointPolicy) => boolean }> = [
  { label: 'ZDR eligible', test: (r) => r.listedInNewest && r.zdrEligible === 'yes' },
  { label: 'ZDR eligible with conditions', test: (r) => r.listedInNewest && r.zdrEligible === 'with_conditions' },
  { label: 'Not ZDR eligible', test: (r) => r.listedInNewest && r.zdrEligible === 'no' },
  { label: 'Not in the newest table (retired or never listed)', test: (r) => !r.listedInNewest || r.zdrEligible === 'not_stated' },
];

const DAY_MS = 86_400_000;

/** The policy sidebar: topics → claims with sources, the endpoint table by ZDR eligibility, and call sites per topic after a scan. */
export class PolicyTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  private profile: OrgProfile | undefined;

  constructor(
    private readonly store: FindingsStore,
    private readonly profiles: ProfileService,
  ) {
    this.disposables = [
      store.onDidChange(() => this.changed.fire(undefined)),
      profiles.onDidChange(() => void this.refreshProfile()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('openaiPrivacyLens.policyStaleAfterDays')) this.changed.fire(undefined);
      }),
    ];
    void this.refreshProfile();
  }

  private async refreshProfile(): Promise<void> {
    this.profile = await this.profiles.profileFor(vscode.workspace.workspaceFolders?.[0]?.uri);
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [{ type: 'asOf' }, ...listTopicViews().map((topic) => ({ type: 'topic' as const, topic }))];
    switch (node.type) {
      case 'topic': {
        const children: Node[] = [];
        if (node.topic.id === 'endpoints') {
          const rows = listEndpointPolicies();
          for (const g of ZDR_GROUPS) {
            const matching = rows.filter(g.test);
            if (matching.length > 0) children.push({ type: 'zdrGroup', label: g.label, rows: matching });
          }
        }
        children.push(...node.topic.claims.map((claim) => ({ type: 'claim' as const, topic: node.topic, claim })));
        if (this.store.lastScan) children.push({ type: 'sites', topic: node.topic, findings: this.sitesFor(node.topic) });
        return children;
      }
      case 'zdrGroup':
        return node.rows.map((row) => ({ type: 'endpoint' as const, row }));
      case 'sites':
        return node.findings.map((finding) => ({ type: 'site' as const, finding }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'asOf':
        return this.asOfItem();
      case 'topic': {
        const item = new vscode.TreeItem(node.topic.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `topic:${node.topic.id}`;
        item.tooltip = node.topic.summary;
        item.iconPath = new vscode.ThemeIcon(node.topic.icon ?? 'book');
        if (this.store.lastScan) {
          const n = this.sitesFor(node.topic).length;
          item.description = `${n} call site${n === 1 ? '' : 's'}`;
        }
        item.contextValue = 'policyTopic';
        return item;
      }
      case 'claim': {
        const item = new vscode.TreeItem(node.claim.text, vscode.TreeItemCollapsibleState.None);
        item.id = `claim:${node.topic.id}:${node.claim.id}`;
        item.description = `as of ${node.claim.asOf}`;
        const md = new vscode.MarkdownString();
        md.appendText(node.claim.text);
        md.appendMarkdown('\n\n');
        for (const s of node.claim.sources) md.appendMarkdown(`- ${escapeMarkdown(s.title)} — as of ${escapeMarkdown(s.asOf)}\n`);
        if (node.claim.disagreement) md.appendMarkdown(`\n$(warning) Sources disagree: ${escapeMarkdown(node.claim.disagreement)}`);
        md.supportThemeIcons = true;
        item.tooltip = md;
        item.iconPath = new vscode.ThemeIcon(node.claim.disagreement ? 'warning' : 'note');
        item.command = { command: COMMAND.openDetail, title: 'Open detail', arguments: [{ kind: 'claim', id: `${node.topic.id}/${node.claim.id}` }] };
        return item;
      }
      case 'zdrGroup': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `zdr:${node.label}`;
        item.description = `${node.rows.length}`;
        return item;
      }
      case 'endpoint':
        return this.endpointItem(node.row);
      case 'sites': {
        const item = new vscode.TreeItem(`Call sites in this workspace`, node.findings.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `sites:${node.topic.id}`;
        item.description = `${node.findings.length}`;
        item.iconPath = new vscode.ThemeIcon('references');
        return item;
      }
      case 'site': {
        const f = node.finding;
        const item = new vscode.TreeItem(`${f.file}:${f.site.range.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
        item.description = `${f.site.httpMethod} ${f.site.endpoint}`;
        item.resourceUri = f.uri;
        item.command = { command: 'vscode.open', title: 'Go to call', arguments: [f.uri, { selection: siteRangeInDocument(f) }] };
        return item;
      }
    }
  }

  private asOfItem(): vscode.TreeItem {
    const asOf = policyAsOf();
    const staleDays = vscode.workspace.getConfiguration('openaiPrivacyLens').get<number>('policyStaleAfterDays', 180);
    const ageDays = Math.floor((Date.now() - Date.parse(asOf.length === 7 ? `${asOf}-01` : asOf)) / DAY_MS);
    const stale = Number.isFinite(ageDays) && ageDays > staleDays;
    const profile = this.profile;
    const label = stale ? `Policy data as of ${asOf} — may be stale (${ageDays} days old)` : `Policy data as of ${asOf}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = 'asOf';
    item.iconPath = new vscode.ThemeIcon(stale ? 'warning' : 'calendar');
    item.description = profile ? `profile: ${profile.retention}${profile.baaSigned ? ', BAA' : ''}` : undefined;
    item.tooltip = stale
      ? `The compiled policy sources are older than ${staleDays} days (openaiPrivacyLens.policyStaleAfterDays). Check OpenAI's current data-controls page before relying on them.`
      : 'The newest source the policy table rests on.';
    item.command = { command: COMMAND.showPolicyTable, title: 'Show table' };
    return item;
  }

  private endpointItem(row: EndpointPolicy): vscode.TreeItem {
    const item = new vscode.TreeItem(row.path, vscode.TreeItemCollapsibleState.None);
    item.id = `endpoint:${row.path}`;
    item.description = `abuse logs: ${row.abuseMonitoringRetention} · app state: ${row.applicationStateRetention}`;
    const zdrProfile = this.profile?.retention === 'zero-data-retention';
    const notEligible = row.zdrEligible === 'no' || row.zdrEligible === 'not_stated';
    if (zdrProfile && notEligible) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.description = `not ZDR eligible under your profile · ${item.description}`;
    } else {
      item.iconPath = new vscode.ThemeIcon(row.zdrEligible === 'yes' ? 'pass' : row.zdrEligible === 'with_conditions' ? 'circle-large-outline' : 'circle-slash');
    }
    item.tooltip = `${row.path}\nTraining: ${row.training}\nAbuse monitoring: ${row.abuseMonitoringRetention}\nApplication state: ${row.applicationStateRetention}\nZDR: ${row.zdrText}\nAs of ${row.asOf}`;
    item.command = { command: COMMAND.openDetail, title: 'Open detail', arguments: [{ kind: 'endpoint', id: row.path }] };
    item.contextValue = 'policyEndpoint';
    return item;
  }

  /** Findings this topic concerns (used for the counts and the expandable list). */
  sitesFor(topic: TopicView): WorkspaceFinding[] {
    return sitesConcerningTopic(topic, this.store.all());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

