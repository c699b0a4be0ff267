import { parseAllDocuments } from 'yaml';

/**
 * Spring Boot's `@Value("${openai.api.url}")`: a field whose value the application's configuration
 * (`src/main/resources/application.properties` or `.yml`) holds. These helpers read that
 * configuration, so a request sent to the field (`restTemplate.exchange(apiUrl, HttpMethod.POST, …)`)
 * is read as if the URL were written there.
 */

/** The configuration files Spring Boot reads by default for a module, by their path beside a source file of it. */
export function springConfigPaths(sourcePath: string): string[] {
  const root = springModuleRoot(sourcePath);
  if (root === undefined) return [];
  return ['application.properties', 'application.yml', 'application.yaml'].map((name) => `${root}src/main/resources/${name}`);
}

/** Whether a path is one of the Spring Boot configuration files `springConfigPaths` names. */
export function isSpringConfigPath(path: string): boolean {
  return /(?:^|\/)src\/main\/resources\/application\.(?:properties|ya?ml)$/.test(path.replace(/\\/g, '/'));
}

/** The module a path belongs to (`service/` of `service/src/main/java/…`, '' at the top), or undefined outside `src/main/`. */
function springModuleRoot(path: string): string | undefined {
  const normal = path.replace(/\\/g, '/');
  const at = normal.lastIndexOf('src/main/');
  return at < 0 || (at > 0 && normal[at - 1] !== '/') ? undefined : normal.slice(0, at);
}

/** Whether a Java or Kotlin text injects configuration values (and so may want its module's configuration read). */
export function injectsSpringValues(text: string): boolean {
  return text.includes('@Value') && text.includes('${');
}

/** A configuration file larger than this is not read (the YAML parser took 5–7 s on 1 MB; Spring's own files are a few KB). */
const MAX_CONFIG_CHARS = 256 * 1024;

/** Flat properties (`openai.api.url` → value) of a `.properties` or YAML configuration file; a file that does not parse, or a very large one, gives none. */
export function parseSpringConfig(path: string, text: string): Map<string, string> {
  if (text.length > MAX_CONFIG_CHARS) return new Map();
  return /\.ya?ml$/i.test(path) ? yamlProperties(text) : propertiesFile(text);
}

/** `key=value`, `key: value` and `key value` lines, `#`/`!` comments, `\` continuations (java.util.Properties' format, without escapes but `\\`). */
function propertiesFile(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  // (a line ending in an odd number of backslashes goes on in the next; each physical line is tested once)
  const continues = (physical: string): boolean => (/\\*$/.exec(physical)?.[0].length ?? 0) % 2 === 1;
  for (let i = 0; i < lines.length; i++) {
    let physical = (lines[i] ?? '').replace(/^[ \t\f]+/, '');
    if (physical === '' || physical.startsWith('#') || physical.startsWith('!')) continue;
    const pieces: string[] = [];
    while (continues(physical) && i + 1 < lines.length) {
      pieces.push(physical.slice(0, -1));
      physical = (lines[++i] ?? '').replace(/^[ \t\f]+/, '');
    }
    pieces.push(physical);
    const line = pieces.join('');
    const m = /^((?:[^\\:= \t\f]|\\.)+)[ \t\f]*[:=]?[ \t\f]*(.*)$/.exec(line);
    if (!m) continue;
    properties.set(unescape(m[1] ?? ''), unescape(m[2] ?? '').replace(/[ \t\f]+$/, ''));
  }
  return properties;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/** YAML's nested keys flattened with dots (`openai: { api: { url: … } }` → `openai.api.url`); with several documents, a key two of them set differently is left out. */
function yamlProperties(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  const conflicting = new Set<string>();
  const documents = parseAllDocuments(text, { uniqueKeys: false });
  for (const document of Array.isArray(documents) ? documents : []) {
    if (document.errors.length > 0) continue;
    let value: unknown;
    try {
      // (an alias to no anchor, `<<: *a`, parses without an error and throws here)
      value = document.toJS({ maxAliasCount: 50 });
    } catch {
      continue;
    }
    const flat = new Map<string, string>();
    flatten(value, '', flat, 0);
    for (const [key, value] of flat) {
      if (properties.has(key) && properties.get(key) !== value) conflicting.add(key);
      properties.set(key, value);
    }
  }
  for (const key of conflicting) properties.delete(key);
  return properties;
}

function flatten(value: unknown, prefix: string, into: Map<string, string>, depth: number): void {
  if (depth > 20) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    if (prefix !== '') into.set(prefix, String(value));
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into, depth + 1);
}

/** A field or parameter given a configuration value: its name, the property and the default written after `:`. */
export interface SpringValueField {
  name: string;
  property: string;
  fallback?: string;
  /** Where the annotation starts. */
  at: number;
}

/**
 * The fields and parameters a file annotates with `@Value("${property}")` or `@Value("${property:default}")`:
 * Java's `@Value("${openai.api.url}") private String apiUrl;`, Kotlin's
 * `@Value("\${openai.api.url}") private lateinit var apiUrl: String`, a constructor's `@Value("${…}") String url`.
 * Read on the text with its comments blanked and its strings kept.
 */
export function springValueFields(text: string): SpringValueField[] {
  const fields: SpringValueField[] = [];
  if (!injectsSpringValues(text)) return fields;
  const annotation = /@Value[ \t]*\([ \t]*(?:value[ \t]*=[ \t]*)?"\\?\$\{([\w.\-[\]]+)(?::([^"}\n]*))?\}"[ \t]*\)\s*((?:(?:private|protected|public|internal|final|static|lateinit|open|override)\s+)*)(?:(?:val|var)\s+([A-Za-z_]\w*)\s*:\s*String\b|(?:final\s+)?String\s+([A-Za-z_]\w*)\b)/g;
  for (const m of text.matchAll(annotation)) {
    const name = m[4] ?? m[5];
    if (name === undefined) continue;
    fields.push({ name, property: m[1] ?? '', ...(m[2] !== undefined ? { fallback: m[2] } : {}), at: m.index ?? 0 });
  }
  return fields;
}

/**
 * A configured value with its placeholders read: `${OPENAI_URL:https://api.openai.com/v1}` (an environment
 * variable or another property, with a default) gives the default, marked as read at run time; another
 * property the same configuration sets gives its value. Undefined when nothing is known.
 */
export function resolveSpringValue(value: string, lookup: (property: string) => string | undefined, depth = 0): { value: string; atRunTime: boolean } | undefined {
  const placeholder = /^\$\{([\w.\-[\]]+)(?::([^}]*))?\}(.*)$/.exec(value.trim());
  if (!placeholder) return value.includes('${') ? undefined : { value: value.trim(), atRunTime: false };
  if (depth > 5) return undefined;
  const [, property = '', fallback, rest = ''] = placeholder;
  const set = lookup(property);
  if (set !== undefined) {
    const inner = resolveSpringValue(set, lookup, depth + 1);
    return inner && !rest.includes('${') ? { value: inner.value + rest, atRunTime: inner.atRunTime } : undefined;
  }
  if (fallback === undefined || rest.includes('${')) return undefined;
  const inner = resolveSpringValue(fallback, lookup, depth + 1);
  return inner ? { value: inner.value + rest, atRunTime: true } : undefined;
}
