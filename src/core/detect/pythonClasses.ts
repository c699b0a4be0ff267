import { pythonBlockEnd } from './lexer';

/** Python `class` bodies, outermost first; `of` gives the innermost around an offset. */
export class PythonClasses {
  private readonly bodies: Array<{ start: number; end: number; name: string; parent: number }> = [];

  constructor(code: string) {
    const open: number[] = [];
    for (const m of code.matchAll(/^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*(\(?)/gm)) {
      const start = m.index ?? 0;
      const after = start + m[0].length - (m[3] ? 1 : 0);
      while (open.length > 0 && (this.bodies[open[open.length - 1] as number]?.end ?? 0) <= start) open.pop();
      this.bodies.push({ start, end: pythonBlockEnd(code, after, (m[1] ?? '').length), name: m[2] ?? '', parent: open.length > 0 ? (open[open.length - 1] as number) : -1 });
      open.push(this.bodies.length - 1);
    }
  }

  /** The innermost class around `offset`: the last to start before it, else up its enclosing classes (a scan per call was quadratic). */
  of(offset: number): { start: number; end: number; name: string } | undefined {
    let lo = 0;
    let hi = this.bodies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.bodies[mid]?.start ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i = this.bodies[i]?.parent ?? -1) {
      const body = this.bodies[i];
      if (body && offset < body.end) return body;
    }
    return undefined;
  }
}
