import type { SourceLanguage } from '../model';

/** The languages whose string constants are folded: Java and Groovy, Kotlin, C#. */
export const FOLDED_LANGUAGES = new Set<SourceLanguage>(['java', 'kotlin', 'groovy', 'csharp']);

/**
 * A class's string constant: Java's `private static final String BASE_URL = "https://…";` (or `final static`), C#'s
 * `const string V1 = "/v1";`, Kotlin's `const val CHAT = "/chat/completions"` ([1] the name, [2] the value, without escapes). Not
 * a `final` local nor a `readonly` field, which a constructor may set to another value.
 */
const STRING_CONSTANT = /\b(?:static[ \t]+final[ \t]+String|final[ \t]+static[ \t]+String|const[ \t]+string|const[ \t]+val)[ \t]+([A-Za-z_]\w*)(?:[ \t]*:[ \t]*String)?[ \t]*=[ \t]*"([^"\\\n]*)"/g;

/** A name, or a plain literal, in a joined URL. */
const PIECE = String.raw`(?:[A-Za-z_]\w*|"[^"\\\n]*")`;
const PIECES = new RegExp(PIECE, 'g');

/**
 * A local given a URL joined from constants ([1] the name, [2] the expression): `String url = BASE_URL + V1 + CHAT_URL;`,
 * `String.format("%s%s%s", BASE_URL, V1, CHAT_URL)`, C#'s `$"{BaseUrl}{ChatPath}"`.
 */
const JOINED = new RegExp(
  String.raw`\b(?:String|string|var|val)[ \t]+([A-Za-z_]\w*)(?:[ \t]*:[ \t]*String)?[ \t]*=[ \t]*(${PIECE}(?:[ \t]*\+[ \t]*${PIECE}){1,8}|String\.format[ \t]*\([ \t]*"[^"\\\n]*"(?:[ \t]*,[ \t]*${PIECE}){1,8}[ \t]*\)|\$"[^"\\\n]*")(?=[ \t]*(?:;|\r?\n|$))`,
  'g',
);

/**
 * The locals of a Java, Kotlin or C# file given a whole URL joined only from the file's string constants and literals (each
 * constant declared once): where each is given it (its value's offset), its name and the URL. What is not wholly known (a
 * parameter, a setting, a constant declared twice) gives none.
 */
export function foldedUrlLocals(text: string): Array<{ at: number; name: string; url: string }> {
  if (!/\+|String\.format|\$"/.test(text)) return [];
  const constants = new Map<string, string | null>();
  for (const m of text.matchAll(STRING_CONSTANT)) {
    const name = m[1] ?? '';
    // (declared twice, as two classes may: neither is known)
    constants.set(name, constants.has(name) && constants.get(name) !== m[2] ? null : (m[2] ?? ''));
  }
  if (constants.size === 0) return [];
  const joins = [...text.matchAll(JOINED)];
  if (joins.length === 0) return [];
  // (a name the file also gives another value or takes as a parameter, `_baseUrl = cfg["Llm:BaseUrl"]`, `a(String host)`, is not
  // the constant everywhere)
  // (each read in one pass over the file: a pass per constant was quadratic in a file of thousands)
  const given = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)[ \t]*=(?!=)/g)) given.set(m[1] ?? '', (given.get(m[1] ?? '') ?? 0) + 1);
  for (const m of text.matchAll(/\b(?:String|string)[ \t]+([A-Za-z_]\w*)[ \t]*[,)]|[(,][ \t]*([A-Za-z_]\w*)[ \t]*:[ \t]*String\b/g)) given.set(m[1] ?? m[2] ?? '', 2);
  for (const name of constants.keys()) if ((given.get(name) ?? 0) > 1) constants.set(name, null);
  const value = (piece: string): string | undefined => (piece.startsWith('"') ? piece.slice(1, -1) : (constants.get(piece) ?? undefined));
  const found: Array<{ at: number; name: string; url: string }> = [];
  for (const m of joins) {
    const expression = m[2] ?? '';
    const url = joined(expression, value);
    // (at the value, as a literal assigned is: the declaration before it is this local's own, not another's)
    if (url !== undefined && /^(?:https?|wss?):\/\//i.test(url)) found.push({ at: (m.index ?? 0) + m[0].indexOf(expression, m[0].indexOf('=')), name: m[1] ?? '', url });
  }
  return found;
}

/** The string an expression of `JOINED` makes, where every name in it is a known constant (and at least one is named). */
function joined(expression: string, value: (piece: string) => string | undefined): string | undefined {
  let pieces: string[];
  let template: string | undefined;
  if (expression.startsWith('$"')) {
    // (C#'s interpolation: each hole a bare name)
    const holes = [...expression.slice(2, -1).matchAll(/\{([^{}]*)\}/g)];
    if (holes.length === 0 || holes.some((h) => !/^[A-Za-z_]\w*$/.test(h[1] ?? ''))) return undefined;
    pieces = holes.map((h) => h[1] ?? '');
    template = expression.slice(2, -1).replace(/\{[^{}]*\}/g, '%s');
  } else if (expression.startsWith('String.format')) {
    // (the pieces after `String`, `format` and the format string)
    const args = [...expression.matchAll(PIECES)].map((a) => a[0]).slice(3);
    template = /"([^"\\\n]*)"/.exec(expression)?.[1];
    // (only `%s` placeholders, one per argument)
    if (template === undefined || /%(?!s)/.test(template) || (template.match(/%s/g)?.length ?? 0) !== args.length) return undefined;
    pieces = args;
  } else {
    // (by pieces, not by `+`: a literal may hold one)
    pieces = [...expression.matchAll(PIECES)].map((p) => p[0]);
  }
  if (!pieces.some((p) => !p.startsWith('"'))) return undefined;
  const values = pieces.map(value);
  if (values.some((v) => v === undefined)) return undefined;
  if (template === undefined) return values.join('');
  let k = 0;
  return template.replace(/%s/g, () => values[k++] ?? '');
}
