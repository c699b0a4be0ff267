import ignore from 'ignore';
import type { Ignore } from 'ignore';

/**
 * The .gitignore files of one folder tree, each applied to the paths below its own directory,
 * as git does. Paths are relative to the tree root with `/` separators.
 */
export class GitignoreSet {
  private readonly rules: Array<{ dir: string; matcher: Ignore }> = [];

  /** `dir` is the directory holding the .gitignore, relative to the root ('' for the root). */
  add(dir: string, content: string): void {
    const clean = dir.replace(/^\/+|\/+$/g, '');
    this.rules.push({ dir: clean, matcher: ignore({ allowRelativePaths: true }).add(content) });
    // Deeper files are consulted last so their negations win, as in git.
    this.rules.sort((a, b) => a.dir.split('/').length - b.dir.split('/').length);
  }

  ignores(relativePath: string): boolean {
    let ignored = false;
    for (const { dir, matcher } of this.rules) {
      if (dir && !relativePath.startsWith(`${dir}/`)) continue;
      const inner = dir ? relativePath.slice(dir.length + 1) : relativePath;
      if (!inner) continue;
      const result = matcher.test(inner);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}
