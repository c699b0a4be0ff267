import type { CallSite, OrgProfile, Suppression, Verdict } from '../model';
import { findRule } from '../rules/catalogue';
import { globToRegExp } from './glob';

/** An `openai-privacy-ignore` comment: the rules it names, its reason and optional end date. */
export interface InlineSuppression {
  /** 0-based line of the comment (cell-relative in notebooks). */
  line: number;
  cell?: number;
  rules: string[];
  reason: string;
  expires?: string;
}

const COMMENT = /openai-privacy-ignore\s+((?:OPL\d{3}|[a-z][a-z0-9-]*)(?:\s*,\s*(?:OPL\d{3}|[a-z][a-z0-9-]*))*)(?:\s*:\s*(.*?))?(?:\s+until=(\d{4}-\d{2}-\d{2}))?\s*(?:\*\/|\*\)|-->)?\s*$/;

/** Reads suppression comments line by line; for notebooks, per code cell. */
export function readInlineSuppressions(text: string, fileName: string): InlineSuppression[] {
  if (!text.includes('openai-privacy-ignore')) return [];
  if (fileName.endsWith('.ipynb')) {
    try {
      const cells = (JSON.parse(text) as { cells?: Array<{ cell_type?: string; source?: unknown }> }).cells ?? [];
      return cells.flatMap((c, index) => {
        if (c.cell_type !== 'code') return [];
        const source = Array.isArray(c.source) ? c.source.map(String).join('') : typeof c.source === 'string' ? c.source : '';
        return readLines(source).map((s) => ({ ...s, cell: index }));
      });
    } catch {
      return [];
    }
  }
  return readLines(text);
}

function readLines(text: string): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  text.split('\n').forEach((line, index) => {
    const m = COMMENT.exec(line);
    if (!m) return;
    const reason = (m[2] ?? '').trim();
    out.push({
      line: index,
      rules: (m[1] ?? '').split(',').map((r) => r.trim()),
      reason,
      ...(m[3] ? { expires: m[3] } : {}),
    });
  });
  return out;
}

function ruleMatches(names: string[], ruleId: string): boolean {
  return names.some((n) => n.toUpperCase() === ruleId || findRule(n)?.id === ruleId || n === 'all');
}

/**
 * Marks verdicts suppressed by a comment on the call's line or the line above, or by a profile
 * entry whose glob matches the file. An expired suppression stays attached (expired: true) and
 * does not suppress; a comment without a reason does not suppress and adds OPL016.
 */
export function applySuppressions(site: CallSite, verdicts: Verdict[], ctx: { file: string; inline: InlineSuppression[]; profile: OrgProfile; today: string }): Verdict[] {
  if (ctx.profile.applySuppressions === false) return verdicts;
  const line = site.range.start.line;
  const nearby = ctx.inline.filter((s) => (s.cell ?? -1) === (site.cell ?? -1) && (s.line === line || s.line === line - 1));
  const out: Verdict[] = [];
  for (const verdict of verdicts) {
    const comment = nearby.find((s) => ruleMatches(s.rules, verdict.ruleId));
    if (comment) {
      if (!comment.reason) {
        out.push(verdict);
        continue;
      }
      out.push({ ...verdict, suppression: toSuppression('inline', comment.reason, comment.expires, undefined, ctx.today) });
      continue;
    }
    const entry = ctx.profile.suppressions.find((s) => ruleMatches([s.rule], verdict.ruleId) && globToRegExp(s.path).test(ctx.file));
    if (entry) out.push({ ...verdict, suppression: toSuppression('profile', entry.reason, entry.expires, entry.author, ctx.today) });
    else out.push(verdict);
  }
  for (const s of nearby) {
    if (!s.reason) {
      const rule = findRule('OPL016');
      out.push({ ruleId: 'OPL016', severity: rule?.severity[ctx.profile.retention] === 'off' ? 'warning' : (rule?.severity[ctx.profile.retention] as Verdict['severity']) ?? 'warning', message: `openai-privacy-ignore ${s.rules.join(', ')} has no reason, so it does not suppress anything.` });
    }
  }
  return out;
}

function toSuppression(kind: Suppression['kind'], reason: string, expires: string | undefined, author: string | undefined, today: string): Suppression {
  return { kind, reason, ...(author ? { author } : {}), ...(expires ? { expires } : {}), expired: expires !== undefined && expires < today };
}
