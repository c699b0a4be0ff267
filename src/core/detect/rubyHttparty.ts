/**
 * Ruby's HTTParty: a class that includes it and sets one literal `base_uri` sends its requests there, and so do its
 * subclasses, also those another file of the project declares (`class CreateThread < Base` in `module OpenAi`).
 */
import { lastBefore } from './sorted';

/** A `module` or `class` a line opens, with the modules and classes around it and its parent class. */
interface Opened {
  at: number;
  name: string;
  outer: string[];
  parent?: string;
}

/**
 * The modules and classes a file opens, each with those around it, read by indentation (Ruby's `end` closes the block
 * opened at its indent; a one-line `class Error < StandardError; end` opens nothing that stays open).
 */
function openedBlocks(code: string): Opened[] {
  const opened: Opened[] = [];
  readBlockStack(code, { stack: [], lines: 0 }, (block) => opened.push(block));
  return opened;
}

/** The one literal `base_uri` of the class that includes HTTParty, by its qualified name (`OpenAi::Base`); none when set twice or at run time. */
export function httpartyBases(code: string, text: string): Map<string, string> {
  const found = new Map<string, string>();
  const include = /\binclude[ \t]+HTTParty\b/.exec(code);
  if (!include) return found;
  const set = [...text.matchAll(/^[ \t]*base_uri[ \t(]+(?:"([^"\n#]*)"|'([^'\n]*)'|[^\n]*)/gm)];
  const literal = set.length === 1 ? (set[0]?.[1] ?? set[0]?.[2]) : undefined;
  // (the class whose body includes it: the last one opened before the `include`)
  const opened = openedBlocks(code);
  const cls = opened[lastBefore(opened, include.index)];
  if (literal !== undefined && cls) found.set([...cls.outer, cls.name].join('::'), literal);
  return found;
}

/**
 * A class's methods that build a Faraday connection on one literal URL, by `Class#method` (`AiService#conn` for
 * `def self.conn` whose body is `Faraday.new(url: 'https://api.openai.com', …)`): its subclasses in other files post through
 * them (`conn.post('/v1/chat/completions')`). A method building it twice, or on a URL read at run time, is left out.
 */
export function faradayMethodBases(code: string, text: string): Map<string, string> {
  const found = new Map<string, string>();
  const defs = [...code.matchAll(/^[ \t]*def[ \t]+(?:self\.)?([a-z_]\w*)[ \t]*\n[ \t]*(?:@\w+[ \t]*\|\|=[ \t]*)?Faraday\.new[ \t]*\(/gm)];
  if (defs.length === 0) return found;
  const opened = openedBlocks(code);
  for (const m of defs) {
    const open = (m.index ?? 0) + m[0].length - 1;
    // (the options read within a bounded window: `url: '…'` or the URL given first)
    const options = text.slice(open + 1, open + 600);
    const url = /^[ \t\n]*(?:url:[ \t]*)?["'](https?:\/\/[^"'\s]+)["']|\burl:[ \t]*["'](https?:\/\/[^"'\s]+)["']/.exec(options);
    const cls = opened[lastBefore(opened, m.index ?? 0)];
    const literal = url?.[1] ?? url?.[2];
    if (!cls || literal === undefined) continue;
    const key = `${[...cls.outer, cls.name].join('::')}#${m[1] ?? ''}`;
    found.set(key, found.has(key) && found.get(key) !== literal ? '' : literal);
  }
  return found;
}

/**
 * The names the parent of a file's first subclass may be known by in the project: `OpenAi::Base` for
 * `class CreateThread < Base` in `module OpenAi` (then `Base`, as Ruby looks a constant up), as written when qualified;
 * with that subclass's own name. Undefined when no class of the file has a parent.
 */
export function subclassOf(code: string): { name: string; parents: string[] } | undefined {
  const cls = openedBlocks(code).find((b) => b.parent !== undefined);
  if (!cls?.parent) return undefined;
  if (cls.parent.includes('::')) return { name: cls.name, parents: [cls.parent.replace(/^::/, '')] };
  return { name: cls.name, parents: constantCandidates(cls.outer, cls.parent) };
}

/**
 * The qualified names a constant written inside `outer` may be, innermost first, as Ruby looks it up: `Client` in
 * `module OpenAI` … `class CreateThread` is `OpenAI::CreateThread::Client`, then `OpenAI::Client`, then `Client`.
 */
export function constantCandidates(outer: readonly string[], written: string): string[] {
  const names: string[] = [];
  for (let depth = outer.length; depth >= 0; depth--) names.push([...outer.slice(0, depth), written].join('::'));
  return names;
}

/**
 * The modules and classes open at each of `offsets` (ascending), outermost first (`['OpenAI', 'CreateThread']` inside
 * `module OpenAI` … `class CreateThread`): the file read once up to each.
 */
export function openedModulesAt(code: string, offsets: readonly number[]): string[][] {
  const found: string[][] = [];
  let from = 0;
  let state: { stack: Array<{ indent: number; name: string }>; lines: number } = { stack: [], lines: 0 };
  for (const at of offsets) {
    state = readBlockStack(code.slice(from, at), state);
    from = Math.max(from, at);
    found.push(state.stack.map((b) => b.name));
  }
  return found;
}

/**
 * The stack of open blocks after reading `code`, continuing from `state` (within 5,000 lines of `module`, `class` and
 * `end`), each block it opens told to `onOpen` with those around it.
 */
function readBlockStack(code: string, state: { stack: Array<{ indent: number; name: string }>; lines: number }, onOpen?: (block: Opened) => void): { stack: Array<{ indent: number; name: string }>; lines: number } {
  const stack = [...state.stack];
  let lines = state.lines;
  for (const m of code.matchAll(/^([ \t]*)(?:(module|class)[ \t]+([A-Z][\w:]*)(?:[ \t]*<[ \t]*([A-Z][\w:]*))?([^\n]*)|end\b)/gm)) {
    if (++lines > 5000) break;
    const indent = (m[1] ?? '').length;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    if (!m[2]) continue;
    onOpen?.({ at: m.index ?? 0, name: m[3] ?? '', outer: stack.map((b) => b.name), ...(m[4] ? { parent: m[4] } : {}) });
    if (!/;[ \t]*end\b/.test(m[5] ?? '')) stack.push({ indent, name: m[3] ?? '' });
  }
  return { stack, lines };
}
