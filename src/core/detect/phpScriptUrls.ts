import { lastBefore } from './sorted';

/**
 * A PHP script's URLs at the margin: `$apiurl = "https://…";` (by `$apiurl`; a function's locals are indented),
 * `define('API_URL', 'https://…');` and `const API_URL = '…';` (by name). A name given two URLs is left out. Read for the
 * scripts that require it, and for the script's own defined constants. `code` is the script with its comments blanked.
 */
export function phpScriptUrls(code: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of code.matchAll(/^(?:(\$[A-Za-z_]\w*)[ \t]*=|define[ \t]*\([ \t]*["']([A-Za-z_]\w*)["'][ \t]*,|const[ \t]+([A-Za-z_]\w*)[ \t]*=)[ \t]*(["'])((?:https?|wss?):\/\/[^"'\s]+)\4/gm)) {
    const name = m[1] ?? m[2] ?? m[3] ?? '';
    const url = m[5] ?? '';
    found.set(name, found.has(name) && found.get(name) !== url ? '' : url);
  }
  for (const [name, url] of found) if (url === '') found.delete(name);
  return found;
}

/** A class constant's type, which PHP 8.3 lets it name before the name: `const string GPT4_URL = '…';`, `const ?string …`. */
const CONSTANT_TYPE = String.raw`(?:\??[A-Za-z_\\][\w\\|]*[ \t]+(?=[A-Za-z_]\w*[ \t]*=))?`;

/**
 * A PHP file's class constants holding a URL, `const GPT4_URL = 'https://api.openai.com/v1/chat/completions';` in a class's body,
 * by `Class::NAME` (the class declared last before it; a name a class gives two URLs is left out). `code` has its comments blanked.
 */
export function phpClassUrlConstants(code: string): Map<string, string> {
  const found = new Map<string, string>();
  const classes = [...code.matchAll(/(?<![\w$>:])(?:class|trait|interface)[ \t]+([A-Za-z_]\w*)/g)].map((m) => ({ at: m.index ?? 0, name: m[1] ?? '' }));
  if (classes.length === 0) return found;
  for (const m of code.matchAll(new RegExp(String.raw`^[ \t]+(?:(?:public|protected|private|final)[ \t]+)*const[ \t]+${CONSTANT_TYPE}([A-Za-z_]\w*)[ \t]*=[ \t]*(["'])((?:https?|wss?):\/\/[^"'\s]+)\2[ \t]*;`, 'gm'))) {
    // (by halves: a filter over the classes for each constant was quadratic in a file of many)
    const owner = classes[lastBefore(classes, m.index ?? 0)];
    if (!owner) continue;
    const key = `${owner.name}::${m[1] ?? ''}`;
    found.set(key, found.has(key) && found.get(key) !== m[3] ? '' : (m[3] ?? ''));
  }
  for (const [key, url] of found) if (url === '') found.delete(key);
  return found;
}

/**
 * The URL constants a PHP file reads through its own class (`self::GPT4_URL`, `static::…`, `parent::…`) that it does not declare and
 * a parent class does (`class OpenAiTextChatService extends OpenAiService`), by name; `constantOf` looks `Parent::NAME` up in the project.
 * A name two parents give different URLs is left out.
 */
export function phpInheritedUrlConstants(code: string, constantOf: (key: string) => string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  const parents = new Set([...code.matchAll(/(?<![\w$>:])class[ \t]+[A-Za-z_]\w*[ \t\n]+extends[ \t\n]+\\?(?:[A-Za-z_]\w*\\)*([A-Za-z_]\w*)/g)].map((m) => m[1] ?? ''));
  if (parents.size === 0) return found;
  // (the file's own constants read once: a search of the file for each name read was quadratic)
  const own = new Set([...code.matchAll(new RegExp(String.raw`\bconst[ \t]+${CONSTANT_TYPE}([A-Za-z_]\w*)[ \t]*=`, 'g'))].map((m) => m[1] ?? ''));
  for (const name of new Set([...code.matchAll(/(?<![\w$])(?:self|static|parent)[ \t]*::[ \t]*([A-Za-z_]\w*)\b(?![ \t]*\()/g)].map((m) => m[1] ?? ''))) {
    if (own.has(name)) continue;
    const urls = new Set([...parents].map((parent) => constantOf(`${parent}::${name}`)).filter((url): url is string => url !== undefined));
    const url = urls.size === 1 ? [...urls][0] : undefined;
    if (url !== undefined) found.set(name, url);
  }
  return found;
}
