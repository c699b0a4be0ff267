import { escapeRe } from './escapeRe';
import { matchingBracket, openBracketBefore, splitTopLevel } from './lexer';

/** A parameter as written: its name and, when it has one, its default's expression. */
interface Parameter {
  name: string;
  defaultValue?: string;
  /** After `*`, `*args` or `**kwargs`: only a keyword can pass it. */
  keywordOnly: boolean;
}

/** Longest parameter list read; a signature is never longer. */
const MAX_SIGNATURE = 2_000;

/**
 * The default a function's parameter keeps when no call in the file passes that parameter:
 * `def ask(prompt, endpoint=ENDPOINT):` building its client on `endpoint`, and `ask(prompt)` its only call.
 * Undefined when several functions (or a loop, a lambda) bind the name, a statement assigns it too, the parameter has
 * no default, a call passes it by keyword, by position or through a spread, or the file never calls the function or
 * hands it on uncalled (`callback=ask`): its callers are then out of sight. `text` has its comments blanked.
 */
export function unpassedParameterDefault(text: string, name: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const word = escapeRe(name);
  // a name also assigned as a statement, `base_url = os.environ.get("LLM_BASE_URL", base_url)`, holds more than its default
  // (not a keyword argument or a default on a line of its own inside brackets: `endpoint=ENDPOINT,` of a signature over lines)
  for (const m of text.matchAll(new RegExp(`^[ \\t]*(?:(?:const|let|var)[ \\t]+)?${word}[ \\t]*(?::[^=\\n]{0,80})?=(?![=>])`, 'gm'))) {
    if (openBracketBefore(text, m.index ?? 0, Math.max(0, (m.index ?? 0) - MAX_SIGNATURE)) < 0) return undefined;
  }
  // a loop's variable or an arrow function's parameter takes the name too: its value there is not the default
  if (new RegExp(`\\bfor\\b[ \\t(]*(?:(?:const|let|var)[ \\t]+)?${word}\\b|(?<![\\w$])${word}[ \\t]*\\)?[ \\t]*=>|\\blambda\\b[^:\\n]{0,200}\\b${word}\\b`).test(text)) return undefined;
  let found: { functionName: string; position: number; parameter: Parameter } | undefined;
  for (const m of text.matchAll(/\b(?:def|function)[ \t]+([A-Za-z_$][\w$]*)[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(text, open, MAX_SIGNATURE);
    if (close < 0) return undefined;
    const parameters = parametersOf(text.slice(open + 1, close - 1));
    const position = parameters.findIndex((p) => p.name === name);
    if (position < 0) continue;
    if (found) return undefined;
    // (a method's callers name no `self`)
    const method = parameters[0]?.name === 'self' || parameters[0]?.name === 'cls';
    found = { functionName: m[1] ?? '', position: method ? position - 1 : position, parameter: parameters[position] as Parameter };
  }
  if (!found?.parameter.defaultValue) return undefined;
  return everyCallLeavesOut(text, found.functionName, name, found.parameter.keywordOnly ? Infinity : found.position) ? found.parameter.defaultValue : undefined;
}

/** The parameters of a signature's list (`*`, `*args` and `**kwargs` left out: those after them are keyword-only). */
function parametersOf(list: string): Parameter[] {
  let keywordOnly = false;
  const parameters: Parameter[] = [];
  for (const item of splitTopLevel(list)) {
    const m = /^\s*(\*{0,2})[ \t]*([A-Za-z_$][\w$]*)?\s*(?::[^=]*)?(?:=\s*([\s\S]*?))?\s*$/.exec(item);
    if (!m) continue;
    if (m[1]) {
      keywordOnly = true;
      continue;
    }
    if (m[2]) parameters.push({ name: m[2], defaultValue: m[3] || undefined, keywordOnly });
  }
  return parameters;
}

/**
 * Whether the function is called in the text, only called there, and no call passes the parameter (by keyword, as
 * positional argument `position`, or in a spread). A function the file never calls (a constructor's `__init__`, an
 * exported helper) has its callers elsewhere: the default is theirs to change.
 */
function everyCallLeavesOut(text: string, functionName: string, parameter: string, position: number): boolean {
  const fn = escapeRe(functionName);
  const keyword = new RegExp(`^\\s*${escapeRe(parameter)}\\s*=(?!=)`);
  let calls = 0;
  for (const m of text.matchAll(new RegExp(`(?<![\\w$])${fn}(?![\\w$])`, 'g'))) {
    const at = m.index ?? 0;
    if (/\b(?:def|function)[ \t]+$/.test(text.slice(Math.max(0, at - 20), at))) continue;
    const open = /^[ \t]*\(/.exec(text.slice(at + functionName.length, at + functionName.length + 20));
    if (!open) return false;
    const openAt = at + functionName.length + open[0].length - 1;
    const close = matchingBracket(text, openAt);
    if (close < 0) return false;
    const args = splitTopLevel(text.slice(openAt + 1, close - 1)).filter((a) => a.trim() !== '');
    if (args.some((a) => /^\s*(?:\*|\.\.\.)/.test(a) || keyword.test(a))) return false;
    if (args.filter((a) => !/^\s*[A-Za-z_]\w*\s*=(?!=)/.test(a)).length > position) return false;
    calls++;
  }
  return calls > 0;
}
