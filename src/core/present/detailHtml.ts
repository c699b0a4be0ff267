/** A host-agnostic description of a detail page (topic, claim, endpoint row or rule). */
export interface DetailPage {
  title: string;
  subtitle?: string;
  /** Shown as a warning band at the top, e.g. "sources disagree" or "data may be stale". */
  notices: string[];
  sections: DetailSection[];
  sources: Array<{ id: string; title: string; url: string; asOf: string; note?: string }>;
}

export interface DetailSection {
  heading: string;
  paragraphs?: string[];
  bullets?: string[];
  table?: { head: string[]; rows: string[][] };
}

export interface HtmlShell {
  /** The webview's `cspSource`, allowed for styles only. */
  cspSource: string;
  /** Fresh per render; the only inline style block carries it. */
  nonce: string;
}

/** Every string reaches the page as text: policy data and profile values are never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function safeUrl(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

/**
 * Renders a detail page as a complete HTML document with a strict Content-Security-Policy:
 * no scripts at all, no remote resources, one nonce'd style block.
 */
export function renderDetailHtml(page: DetailPage, shell: HtmlShell): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${shell.nonce}'`,
    `img-src ${shell.cspSource}`,
    "script-src 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(page.title)}</h1>`);
  if (page.subtitle) body.push(`<p class="subtitle">${escapeHtml(page.subtitle)}</p>`);
  for (const notice of page.notices) body.push(`<p class="notice" role="note">${escapeHtml(notice)}</p>`);
  for (const section of page.sections) {
    body.push(`<section><h2>${escapeHtml(section.heading)}</h2>`);
    for (const p of section.paragraphs ?? []) body.push(`<p>${escapeHtml(p)}</p>`);
    if (section.bullets && section.bullets.length > 0) {
      body.push(`<ul>${section.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`);
    }
    if (section.table) {
      body.push('<table><thead><tr>');
      body.push(section.table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join(''));
      body.push('</tr></thead><tbody>');
      for (const row of section.table.rows) body.push(`<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      body.push('</tbody></table>');
    }
    body.push('</section>');
  }
  if (page.sources.length > 0) {
    body.push('<section><h2>Sources</h2><ol class="sources">');
    for (const s of page.sources) {
      const url = safeUrl(s.url);
      const title = escapeHtml(s.title);
      const link = url ? `<a href="${escapeHtml(url)}">${title}</a>` : title;
      body.push(`<li><span class="id">${escapeHtml(s.id)}</span> ${link} <span class="date">as of ${escapeHtml(s.asOf)}</span>${s.note ? ` <span class="note">${escapeHtml(s.note)}</span>` : ''}</li>`);
    }
    body.push('</ol></section>');
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
<style nonce="${escapeHtml(shell.nonce)}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.5em 2em; line-height: 1.5; max-width: 60em; }
h1 { font-size: 1.5em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .3em; }
h2 { font-size: 1.15em; margin-top: 1.6em; }
.subtitle, .date, .note { color: var(--vscode-descriptionForeground); }
.notice { border-left: 3px solid var(--vscode-editorWarning-foreground); background: var(--vscode-textBlockQuote-background); padding: .4em .8em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border); padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: var(--vscode-keybindingTable-headerBackground, transparent); }
a { color: var(--vscode-textLink-foreground); }
.id { font-family: var(--vscode-editor-font-family); font-size: .9em; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>`;
}
