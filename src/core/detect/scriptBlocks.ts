/**
 * The `<script>` blocks of an HTML page or a Vue/Svelte component as one source text: everything
 * outside them is blanked (line breaks kept), so positions in the result are positions in the page.
 * TypeScript when a block says so (`<script setup lang="ts">`), else JavaScript. Undefined when the
 * page has no inline script. Blocks of data or templates (`type="application/json"`,
 * `type="text/x-template"`) are no code and stay blank.
 */
export function scriptBlocks(text: string): { text: string; language: 'javascript' | 'typescript' } | undefined {
  const parts: string[] = [];
  let typescript = false;
  let last = 0;
  const closer = /<\/script\s*>/gi;
  // (the tag's attributes end at the first `>`; the block at the first closing tag, as browsers read it)
  for (const m of text.matchAll(/<script\b([^>]*)>/gi)) {
    const open = (m.index ?? 0) + m[0].length;
    if (open <= last) continue;
    closer.lastIndex = open;
    const close = closer.exec(text)?.index ?? text.length;
    const attributes = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type === undefined || /^(?:module|text\/javascript|application\/javascript|text\/babel|text\/typescript|application\/typescript)$/.test(type)) {
      parts.push(blank(text.slice(last, open)), text.slice(open, close));
      last = close;
      if (/\blang\s*=\s*["']?(?:ts|typescript|tsx)\b/i.test(attributes) || (type !== undefined && type.endsWith('typescript'))) typescript = true;
    }
  }
  if (parts.length === 0) return undefined;
  parts.push(blank(text.slice(last)));
  return { text: parts.join(''), language: typescript ? 'typescript' : 'javascript' };
}

/** The same length of text with only its line breaks left. */
function blank(markup: string): string {
  return markup.replace(/[^\n]/g, ' ');
}
