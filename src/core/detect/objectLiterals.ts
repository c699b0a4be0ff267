/** Where a string stands in an object literal: its property's key and the name the object is assigned to. */

export const PROPERTY = /[{,\n][ \t]*["']?([A-Za-z_$][\w$]*)["']?[ \t]*:[ \t]*$/;
const OBJECT_HOLDER = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*(?:[A-Za-z_$][\w$.]*[ \t]*\([ \t]*)?$/;
// (a plain object, also frozen: `const ENDPOINTS = Object.freeze({`)
const PLAIN_OBJECT_HOLDER = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*(?:Object\.freeze[ \t]*\([ \t]*)?$/;

/**
 * The name an object literal around `offset` is assigned to, when `offset` is directly in it (`const config = {`,
 * and unless `plain`, the options of a call: `const api = axios.create({`).
 */
export function objectName(code: string, offset: number, plain = false): string | undefined {
  // the nearest unclosed `{` before, within 2,000 characters
  const from = Math.max(0, offset - 2000);
  let depth = 0;
  for (let i = offset - 1; i >= from; i--) {
    const c = code.charCodeAt(i);
    if (c === 125 /* } */) depth++;
    else if (c === 123 /* { */) {
      // also the options of a call: `export const api = axios.create({ baseURL: "…" })`
      if (depth === 0) return (plain ? PLAIN_OBJECT_HOLDER : OBJECT_HOLDER).exec(code.slice(Math.max(0, i - 200), i))?.[1];
      depth--;
    }
  }
  return undefined;
}
