/**
 * A PHP script's URLs at the margin: `$apiurl = "https://…";` (by `$apiurl`; a function's locals are indented),
 * `define('API_URL', 'https://…');` and `const API_URL = '…';` (by name). A name given two URLs is left out. Read for the
 * scripts that require it, and for the script's own defined constants. `code` is the script with its comments blanked.
 */
export function phpScriptUrls(code: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of code.matchAll(/^(?:(\$[A-Za-z_]\w*)[ \t]*=|define[ \t]*\([ \t]*["']([A-Za-z_]\w*)["'][ \t]*,|const[ \t]+([A-Za-z_]\w*)[ \t]*=)[ \t]*(["'])((?:https?|wss?):\/\/[^"'\s]+)\4/gm)) {
    const name = m[1] ?? m[2] ?? m[3] ?? '';
    const url = m[5] ?? '';
    found.set(name, found.has(name) && found.get(name) !== url ? '' : url);
  }
  for (const [name, url] of found) if (url === '') found.delete(name);
  return found;
}
