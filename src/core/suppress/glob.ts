/** A path glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i] ?? '';
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${g.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * One matcher for many exclude globs, as `files.exclude` means them: a path is excluded when it
 * matches a glob or lies inside a folder that does. A single regular expression keeps this to one
 * test per path on workspaces with 100,000 files.
 */
export function excludeMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const sources = globs.filter((g) => g.trim()).map((g) => globToRegExp(g.trim().replace(/\/+$/, '')).source.slice(1, -1));
  if (sources.length === 0) return () => false;
  const re = new RegExp(`^(?:${sources.join('|')})(?:/.*)?$`);
  return (relativePath) => re.test(relativePath);
}
