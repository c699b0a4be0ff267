// The few assertions the in-host suite needs, without Node's `assert` (absent in the web worker host).
export class AssertionError extends Error {}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

export function strictEqual<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function deepStrictEqual(actual: unknown, expected: unknown, message = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${e}, got ${a}`);
}

export function match(text: string, re: RegExp, message = ''): void {
  if (!re.test(text)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${re} to match ${JSON.stringify(text.slice(0, 1500))}`);
}

export function doesNotMatch(text: string, re: RegExp, message = ''): void {
  if (re.test(text)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${re} not to match ${JSON.stringify(text.slice(0, 1500))}`);
}
