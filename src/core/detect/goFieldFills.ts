/** A Go field filled with anything: `x.Field = *client`, `x.Field = NewClient(…)`, `x.Field = saved // …`. */
export const GO_FIELD_FILL = /\.[A-Za-z_]\w*[ \t]*=[^=]/;

/**
 * Go: the fields a file fills, field → the functions of its own package whose results fill it: directly
 * (`s.Client = NewClient(key)`) or through a local (`c := NewClient(key)` … `s.Client = *c`); `?` for any other value.
 */
export function goFieldFills(code: string): Map<string, string[]> {
  const fills = new Map<string, string[]>();
  // each top-level function's locals are its own (a parameter of one has the name another gives a call's result)
  const starts = [0, ...[...code.matchAll(/^func\b/gm)].map((m) => m.index ?? 0), code.length];
  for (let i = 0; i + 1 < starts.length; i++) {
    const body = code.slice(starts[i], starts[i + 1]);
    if (!body.includes('=')) continue;
    const locals = new Map<string, string>();
    // (a name given two functions' results is neither's)
    for (const m of body.matchAll(/(?<![\w.])(\w+)(?:[ \t]*,[ \t]*\w+)?[ \t]*:?=[ \t]*([A-Za-z_]\w*)[ \t]*\(/g)) {
      const before = locals.get(m[1] ?? '');
      locals.set(m[1] ?? '', before === undefined || before === m[2] ? (m[2] ?? '') : '?');
    }
    // (filled with anything else, a parameter, another package's call or a field, it holds what is not ours to tell: `?`)
    for (const m of body.matchAll(/\.([A-Za-z_]\w*)[ \t]*=(?!=)[ \t]*[*&]?([A-Za-z_]\w*)?[ \t]*(\(|\.)?/g)) {
      const callee = (m[3] === '(' ? m[2] : m[3] === undefined && m[2] !== undefined ? locals.get(m[2]) : undefined) ?? '?';
      const list = fills.get(m[1] ?? '') ?? [];
      if (!list.includes(callee)) fills.set(m[1] ?? '', [...list, callee]);
    }
  }
  return fills;
}
