/** Escapes text for VS Code Markdown (hovers, tooltips) so policy or code strings never become markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~&]/g, (c) => `\\${c}`);
}

/** A `command:` URI with JSON arguments, as VS Code's trusted Markdown expects. */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Code span that survives backticks inside the text. */
export function codeSpan(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\n/g, ' ')}${fence}`;
}
