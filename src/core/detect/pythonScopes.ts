import { pythonBlockEnd } from './lexer';

/** Python `def` bodies (from the `def` to the next non-blank line indented no deeper), nested as the code nests them. */
export class PythonScopes {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly parents: number[] = [];
  /** Every `def` in source order: its name, the offset of its parameter list's `(` and where its body ends. */
  readonly defs: Array<{ start: number; name: string; paramsOpen: number; end: number }> = [];

  constructor(code: string) {
    const open: number[] = [];
    for (const m of code.matchAll(/^([ \t]*)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm)) {
      const start = m.index ?? 0;
      const paramsOpen = start + m[0].length - 1;
      const end = pythonBlockEnd(code, paramsOpen, (m[1] ?? '').length);
      while (open.length > 0 && (this.ends[open[open.length - 1] as number] as number) <= start) open.pop();
      this.parents.push(open.length > 0 ? (open[open.length - 1] as number) : -1);
      open.push(this.starts.length);
      this.starts.push(start);
      this.ends.push(end);
      this.defs.push({ start, name: m[2] ?? '', paramsOpen, end });
    }
  }

  /** The start offsets of the functions around `offset`, innermost first. */
  chain(offset: number): number[] {
    const starts: number[] = [];
    for (let i = this.innermost(offset); i >= 0; i = this.parents[i] as number) if (offset < (this.ends[i] as number)) starts.push(this.starts[i] as number);
    return starts;
  }

  /** The start offset of the innermost function around `offset`, or -1 at module level. */
  of(offset: number): number {
    const i = this.innermost(offset);
    return i < 0 ? -1 : (this.starts[i] as number);
  }

  /** The innermost `def` around `offset`, or undefined at module level. */
  defAround(offset: number): { start: number; name: string; paramsOpen: number; end: number } | undefined {
    return this.defs[this.innermost(offset)];
  }

  /** The index of the innermost function around `offset`, or -1. */
  private innermost(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0; i = this.parents[i] as number) if (offset < (this.ends[i] as number)) return i;
    return -1;
  }
}
