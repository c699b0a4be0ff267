import * as vscode from 'vscode';
import { renderCallSiteHover } from '../core/present/hoverMarkdown';
import { COMMAND } from './commandIds';
import { policyAsOf, policyForEndpoint, sourcesForPolicy, topicIdForEndpoint } from './engine';
import type { Lens } from './lens';
import type { LiveAnalysis } from './liveAnalysis';
import { siteRangeInDocument } from './positions';

/** The hover on an OpenAI call: what OpenAI keeps and the verdict under the team's profile. */
export class CallSiteHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly lens: Lens,
    private readonly live: LiveAnalysis,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('openaiPrivacyLens', document.uri).get<boolean>('hover.enabled', true)) return undefined;
    const findings = await this.live.findingsFor(document);
    const finding = findings.find((f) => siteRangeInDocument(f).contains(position));
    if (!finding) return undefined;
    const site = finding.site;
    const policy = policyForEndpoint(site.endpoint);
    const markdown = new vscode.MarkdownString(
      renderCallSiteHover({
        site,
        verdicts: finding.verdicts,
        policy,
        profile: await this.lens.parts.profiles.profileFor(document.uri),
        policyAsOf: policyAsOf(),
        sources: sourcesForPolicy(policy),
        ...(topicIdForEndpoint(site.endpoint) ? { topicId: topicIdForEndpoint(site.endpoint) } : {}),
      }),
    );
    markdown.supportThemeIcons = true;
    markdown.isTrusted = { enabledCommands: [COMMAND.openDetail] };
    return new vscode.Hover(markdown, siteRangeInDocument(finding));
  }
}
