import { matchingBracket, splitTopLevel } from './lexer';
import { PythonScopes } from './pythonScopes';
import { lastBefore } from './sorted';

/** A value made by `MagicMock()`, `AsyncMock()`, `Mock()`, `NonCallableMock()` (also through `mock.` or `unittest.mock.`). */
const MOCK_MADE = /^(?:(?:unittest\.)?mock\.)?(?:Magic|Async|NonCallable)?Mock[ \t]*\(/;

/** Whether a file may make a test double at all: asked before anything else is read. */
export const MAY_MAKE_TEST_DOUBLES = /\b(?:Magic|Async|NonCallable)?Mock\b/;

/** Whether a value is made a double in place: a mock's constructor, or a call of a function that returns one. */
function makesDouble(value: string, makers: ReadonlySet<string>): boolean {
  const made = value.replace(/^await[ \t]+/, '');
  return MOCK_MADE.test(made) || makers.has(/^([A-Za-z_]\w*)[ \t]*\(/.exec(made)?.[1] ?? '');
}

/**
 * A Python test file's test doubles, read where a request helper is handed one as its client (it then sends nothing). A name holds
 * one where its last assignment before (a `with … as` binding too), in the function around (else the functions around that, else the
 * module), makes one: a `MagicMock()` or the like, or a call of the file's function that returns one (`def make_client(…): …
 * mock_client = AsyncMock() … return mock_client`). A test's parameter named for such a function is a pytest fixture's double.
 */
export class PythonTestDoubles {
  private readonly scopes: PythonScopes;
  /** Each name's assignments in each scope (keyed `scope name`, the scope a `def`'s start or -1), in order, with what they assign. */
  private readonly assigned = new Map<string, Array<{ at: number; value: string }>>();
  private readonly makers: ReadonlySet<string>;

  constructor(private readonly code: string) {
    this.scopes = new PythonScopes(code);
    const assign = (at: number, name: string, value: string): void => {
      const key = `${this.scopes.of(at)} ${name}`;
      const list = this.assigned.get(key);
      if (list) list.push({ at, value });
      else this.assigned.set(key, [{ at, value }]);
    };
    // (assignments are statements: a keyword argument, `f(client=…)`, assigns nothing in the caller, nor one on its own line of a call
    // over lines, inside its brackets; the brackets counted once over the file, `code` having its strings and comments blanked)
    let depth = 0;
    let counted = 0;
    for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)[ \t]*([^\n]*)/gm)) {
      const at = m.index ?? 0;
      for (; counted < at; counted++) {
        const ch = code[counted];
        if (ch === '(' || ch === '[' || ch === '{') depth++;
        else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
      }
      if (depth === 0) assign(at, m[1] ?? '', m[2] ?? '');
    }
    // (and a name a `with` binds, `with httpx.AsyncClient() as client:`, to what it enters)
    for (const m of code.matchAll(/^[ \t]*(?:async[ \t]+)?with[ \t]+([^\n]*):/gm)) {
      for (const item of splitTopLevel(m[1] ?? '')) {
        const bound = /^\s*([\s\S]*?)\s+as\s+([A-Za-z_]\w*)\s*$/.exec(item);
        if (bound) assign(m.index ?? 0, bound[2] ?? '', bound[1] ?? '');
      }
    }
    for (const list of this.assigned.values()) list.sort((a, b) => a.at - b.at);
    this.makers = this.doubleMakers();
  }

  /** Whether the expression at `at` (an argument, `client`, or what is assigned or returned) is a test double there. */
  isDouble(expression: string, at: number, makers: ReadonlySet<string> = this.makers): boolean {
    const value = expression.trim();
    return makesDouble(value, makers) || (/^[A-Za-z_]\w*$/.test(value) && this.holdsDouble(value, at, makers));
  }

  /** The file's functions whose every `return` hands out a mock that function made (`return mock_client`, `return AsyncMock()`). */
  private doubleMakers(): Set<string> {
    const returnsDouble = new Map<string, boolean>();
    for (const m of this.code.matchAll(/\breturn[ \t]+([^\n]*?)[ \t]*$/gm)) {
      const def = this.scopes.defAround(m.index ?? 0);
      if (def) returnsDouble.set(def.name, (returnsDouble.get(def.name) ?? true) && this.isDouble(m[1] ?? '', m.index ?? 0, new Set()));
    }
    return new Set([...returnsDouble].filter(([, double]) => double).map(([name]) => name));
  }

  /** Whether `name` holds a double at `at`: its last assignment in the innermost scope that assigns it or takes it as a parameter. */
  private holdsDouble(name: string, at: number, makers: ReadonlySet<string>): boolean {
    for (const scope of [...this.scopes.chain(at), -1]) {
      const list = this.assigned.get(`${scope} ${name}`) ?? [];
      const last = list[lastBefore(list, at)];
      if (last) return makesDouble(last.value.trim(), makers);
      if (scope >= 0 && this.takes(scope, name)) return makers.has(name);
    }
    return false;
  }

  /** Whether the `def` starting at `scope` takes `name` as a parameter. */
  private takes(scope: number, name: string): boolean {
    const def = this.scopes.defAround(scope);
    if (!def || def.start !== scope) return false;
    const close = matchingBracket(this.code, def.paramsOpen, 2000);
    return new RegExp(`(?<![\\w.])${name}\\b`).test(this.code.slice(def.paramsOpen, close < 0 ? def.paramsOpen + 400 : close));
  }
}
