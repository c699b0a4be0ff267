import { lineIndent } from './branches';
import { lex, matchingBracket } from './lexer';
import { lastBefore } from './sorted';

/**
 * The `<script>` blocks of an HTML page or a Vue/Svelte component as one source text: everything
 * outside them is blanked (line breaks kept), so positions in the result are positions in the page.
 * TypeScript when a block says so (`<script setup lang="ts">`), else JavaScript. Undefined when the
 * page has no inline script. Left blank, as a browser or a component compiler never runs them:
 * blocks of data or templates (`type="application/json"`, `type="text/x-template"`), comments,
 * a `<textarea>`'s text, and in a component any `<script>` not at a line's start (a component's own
 * blocks are top-level; an indented one is an example inside `<docs>` or a template).
 */
export function scriptBlocks(text: string, component = false): { text: string; language: 'javascript' | 'typescript' } | undefined {
  const parts: string[] = [];
  let typescript = false;
  let last = 0;
  let found = false;
  // (a tag's attributes end at its `>`, bounded so that a `<script` never closed stays linear)
  const opener = /<!--|<textarea\b|<script\b([^<>]{0,2000})>/gi;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const at = m.index;
    const open = at + m[0].length;
    // where what this opens ends: the first closing tag (as browsers read it), or the end of the text
    const ender = m[0] === '<!--' ? /-->/g : /^<textarea/i.test(m[0]) ? /<\/textarea\s*>/gi : /<\/script\s*>/gi;
    ender.lastIndex = open;
    const end = ender.exec(text);
    const close = end?.index ?? text.length;
    opener.lastIndex = end ? end.index + end[0].length : text.length;
    if (m[1] === undefined || (component && at > 0 && text[at - 1] !== '\n')) continue;
    const attributes = m[1];
    const type = /(?<![\w-])type\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && !/^(?:module|text\/javascript|application\/javascript|text\/babel|text\/typescript|application\/typescript)$/.test(type)) continue;
    parts.push(blank(text.slice(last, open)), text.slice(open, close));
    last = close;
    found = true;
    if (/(?<![\w-])lang\s*=\s*["']?(?:ts|typescript|tsx)\b/i.test(attributes) || type?.endsWith('typescript')) typescript = true;
  }
  if (!found) return undefined;
  parts.push(blank(text.slice(last)));
  return { text: parts.join(''), language: typescript ? 'typescript' : 'javascript' };
}

/** The same length of text with only its line breaks left. */
function blank(markup: string): string {
  return markup.replace(/[^\n]/g, ' ');
}

/**
 * The programs a shell script hands Python or Node: here-documents (`python3 - <<'EOF'` … `EOF`, `node <<JS`, or one
 * kept in a variable the script hands to `python3 -c`) and programs given in place over several lines (`python3 -c "…"`),
 * each language's bodies as one source text with everything else blanked (line breaks kept), so positions in the result
 * are positions in the script. A here-document never closed runs to the end.
 */
export function shellEmbeddedScripts(text: string): Array<{ text: string; language: 'python' | 'javascript' }> {
  const bodies = new Map<'python' | 'javascript', Array<{ start: number; end: number; escaped?: boolean }>>();
  // the interpreter as the command, `python3 - <<EOF`, `sudo -E python3 <<EOF`, `uv run python <<-'PY'`, or after
  // a pipe, `cat <<EOF | python` (not `ssh node <<EOF`, nor a `#` comment); only lines with `<<` are read, each
  // once and at most a few hundred characters long: a minified line costs nothing
  const command = String.raw`(?:^[ \t]*(?:[A-Za-z_]\w*=\S*[ \t]+)*(?:(?:sudo|exec|time|nohup)(?:[ \t]+-\w+)*[ \t]+)*(?:(?:uv|poetry|pipenv|pdm|rye|npx|bunx)[ \t]+run[ \t]+)?|[|;&(\x60][ \t]*)`;
  const into = new RegExp(String.raw`${command}(python[\d.]*|node)\b[^\n#<]*<<(-?)[ \t]*(['"]?)([A-Za-z_][\w-]{0,40})\3`);
  const piped = new RegExp(String.raw`<<(-?)[ \t]*(['"]?)([A-Za-z_][\w-]{0,40})\2[^\n#|]*\|[ \t]*(python[\d.]*|node)\b`);
  // or kept in a variable that is run later: `read -r -d '' SCRIPT << EOF` … `python3 -c "$SCRIPT"`, `SCRIPT=$(cat <<'EOF'` … `node -e "$SCRIPT"`
  const kept = /(?:\bread\b[^\n#<]*?\b([A-Za-z_]\w*)[ \t]*|\b([A-Za-z_]\w*)=\$\([ \t]*cat[ \t]*)<<(-?)[ \t]*(['"]?)([A-Za-z_][\w-]{0,40})\4/;
  let runners: Map<string, string> | undefined;
  const runs = (variable: string): string | undefined =>
    (runners ??= new Map([...text.matchAll(/\b(python[\d.]*|node)[ \t]+-[ce][ \t]+["']?\$\{?([A-Za-z_]\w*)\b/g)].map((m) => [m[2] ?? '', m[1] ?? '']))).get(variable);
  for (let at = text.indexOf('<<'); at >= 0; at = text.indexOf('<<', at + 2)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // (the rest of this line is not looked at again)
    at = lineEnd;
    if (lineEnd - lineStart > 400 || lineEnd === text.length || /^[ \t]*#/.test(line)) continue;
    const m = into.exec(line);
    const p = m ? undefined : piped.exec(line);
    const k = m || p ? undefined : kept.exec(line);
    const runner = k ? runs(k[1] ?? k[2] ?? '') : undefined;
    if (!m && !p && !runner) continue;
    const language = (m?.[1] ?? p?.[4] ?? runner ?? '').startsWith('node') ? 'javascript' : 'python';
    const word = m?.[4] ?? p?.[3] ?? k?.[5] ?? '';
    const tabs = (m?.[2] ?? p?.[1] ?? k?.[3]) === '-' ? '\\t*' : '';
    const start = lineEnd + 1;
    const close = new RegExp(`^${tabs}${word}[ \\t]*$`, 'gm');
    close.lastIndex = start;
    const end = close.exec(text)?.index ?? text.length;
    const list = bodies.get(language) ?? [];
    bodies.set(language, list);
    list.push({ start, end });
    at = Math.max(end, start);
  }
  // a program given in place: `python3 -c "` … `"` over several lines, `node -e '…'`
  // (each stretch of text is read once: a program never closed ends the search, and one inside a here-document is its body's)
  const taken = [...bodies.values()].flat().map((b) => ({ at: b.start, end: b.end })).sort((a, b) => a.at - b.at);
  /** Whether [from, to] meets a here-document's body (sorted and never overlapping: the last one starting by `to` is the one to ask). */
  const meetsBody = (from: number, to: number): boolean => (taken[lastBefore(taken, to + 1)]?.end ?? -1) >= from;
  let scanned = 0;
  for (const m of text.includes(' -c') || text.includes(' -e') ? text.matchAll(/(?:^|[|;&(\x60 \t])(python[\d.]*|node)[ \t]+-[ce][ \t]+(["'])/gm) : []) {
    const quote = m[2] ?? '"';
    const start = (m.index ?? 0) + m[0].length;
    if (start < scanned || meetsBody(start, start)) continue;
    // (`\"` does not close a double-quoted program; nothing escapes inside single quotes)
    let end = start;
    while (end < text.length && end - start < 200_000 && text[end] !== quote) end += quote === '"' && text[end] === '\\' ? 2 : 1;
    scanned = end;
    if (end >= text.length || end - start >= 200_000 || !text.slice(start, end).includes('\n') || meetsBody(start, end)) continue;
    const language = (m[1] ?? '').startsWith('node') ? 'javascript' : 'python';
    const list = bodies.get(language) ?? [];
    bodies.set(language, list);
    list.push({ start, end, escaped: quote === '"' });
  }
  return [...bodies].map(([language, unsorted]) => {
    const spans = unsorted.sort((a, b) => a.start - b.start);
    const parts: string[] = [];
    let last = 0;
    for (const { start, end, escaped } of spans) {
      // (in a double-quoted program the shell takes the backslash of `\"`, `\$`, `` \` `` and `\\`: a blank keeps positions)
      parts.push(blank(text.slice(last, start)), escaped ? text.slice(start, end).replace(/\\(["$`\\])/g, ' $1') : text.slice(start, end));
      last = end;
    }
    parts.push(blank(text.slice(last)));
    return { text: parts.join(''), language };
  });
}

/** The keys whose values a CI system or task runner hands a shell: GitHub Actions' `run`, GitLab's `script` lists, CircleCI's and Compose's `command`, Azure Pipelines' `bash`. */
const SHELL_KEY = /^([ \t]*)(-[ \t]+)?(?:run|script|before_script|after_script|command|bash)[ \t]*:[ \t]*(.*)$/;

/** A key of a CI or task file somewhere in it (`jobs:`, `steps:`, GitLab's `stages:`, Compose's `services:`): prose or settings that say `run:` are none. */
const CI_FILE_KEY = /^[ \t]*(?:-[ \t]+)?(?:jobs|steps|stages|script|before_script|after_script|runs|services|workflows|pipeline|tasks)[ \t]*:/m;

/**
 * The shell a YAML file hands a CI system (a GitHub Actions workflow's `run:` steps, GitLab's `script:` lists, CircleCI's
 * `command:`) as one source text with everything else blanked (line breaks kept), so positions in the result are positions in
 * the file; undefined when it has none. Only those values are read, in a file with a CI file's keys: a `curl` in an OpenAPI
 * document's examples, a workflow's `name:` or an FAQ's `run:` sends nothing. A block scalar (`run: |`) runs to the first line
 * indented no deeper than its key; a list (`script:` then `- curl …`) takes items at least as deep as the key and their deeper
 * continuation lines, and ends at anything else (a mapping under `run:`, CircleCI's `name:` and `command:`, is read key by key).
 */
export function ciShellBlocks(text: string): string | undefined {
  if (!/(?:run|script|command|bash)[ \t]*:/.test(text) || !CI_FILE_KEY.test(text)) return undefined;
  const lines = text.split('\n');
  const kept: string[] = lines.map(blank);
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // (minified or generated lines are no CI step: bounded, so a huge file stays linear)
    if (line.length > 2000) continue;
    const m = SHELL_KEY.exec(line);
    if (!m) continue;
    const indent = (m[1] ?? '').length;
    // (the key's own column: `- run: |` is a step's key two columns right of its dash)
    const keyColumn = indent + (m[2] ?? '').length;
    const value = (m[3] ?? '').replace(/[ \t]+#.*$/, '');
    const valueAt = line.length - (m[3] ?? '').length;
    if (/^[|>][-+0-9]*[ \t]*$/.test(value)) {
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j] ?? '';
        if (next.trim() === '') continue;
        if (lineIndent(next, 0) <= keyColumn) break;
        // (a huge line, minified or generated, stays blank: no CI step is written so)
        if (next.length > 2000) continue;
        kept[j] = next;
        found = true;
      }
      i = j - 1;
    } else if (value === '') {
      // a list's items keep their text (their dashes and the quotes of a quoted item blanked), with their continuation lines
      let item = -1;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j] ?? '';
        if (next.trim() === '') continue;
        const depth = lineIndent(next, 0);
        const isItem = /^[ \t]*-[ \t]/.test(next);
        // (a key that is itself a list's item, `- script:`, has the list's other items beside it: its own are deeper)
        if (isItem ? depth < (m[2] ? indent + 1 : indent) : item < 0 || depth <= item) break;
        if (isItem) item = depth;
        if (next.length > 2000) continue;
        kept[j] = isItem ? next.replace(/^([ \t]*)-([ \t]+)(["']?)(.*?)\3[ \t]*$/, (_all, lead: string, gap: string, quote: string, body: string) => `${lead} ${gap}${quote ? ' ' : ''}${body}`) : next;
        found = true;
      }
      i = j - 1;
    } else if (!/^[[{]/.test(value)) {
      // a plain or quoted scalar on the key's line: `run: curl …`, `command: "curl …"`
      const quoted = /^(["'])(.*)\1[ \t]*$/.exec(value);
      kept[i] = blank(line.slice(0, valueAt)) + (quoted ? ` ${quoted[2] ?? ''}` : value);
      found = true;
    }
  }
  return found ? kept.join('\n') : undefined;
}

/**
 * The C# of a Razor component or page (`.razor`, `.cshtml`): its `@code { … }` and `@functions { … }` blocks as one source text with
 * everything else blanked (line breaks kept), so positions in the result are positions in the file; undefined when it has none.
 * A block ends at the brace that closes it in C# (strings and comments read by the C lexer); one never closed runs to the end.
 * (Each block's rest of the file is lexed on its own: at most 20 blocks, each read at most 200,000 characters on.)
 */
export function razorCodeBlocks(text: string): string | undefined {
  const parts: string[] = [];
  let last = 0;
  const opener = /^[ \t]*@(?:code|functions)\b\s*\{/gm;
  for (let m = opener.exec(text); m && parts.length < 40; m = opener.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(lex(text.slice(open, open + 200_000), 'c').code, 0, 200_000);
    const end = close < 0 ? text.length : open + close;
    parts.push(blank(text.slice(last, open + 1)), text.slice(open + 1, end));
    last = end;
    opener.lastIndex = end;
  }
  if (parts.length === 0) return undefined;
  parts.push(blank(text.slice(last)));
  return parts.join('');
}

/** A rule's targets, one or more words before its `:` (`all`, `chat models`). */
const MAKE_TARGETS = String.raw`[^\s:#=;]+(?:[ \t]+[^\s:#=;]+)*`;
/**
 * A Makefile's variable set at the margin (`API := https://…`, `export BASE ?= …`), or for one target (`chat: URL = https://…`):
 * [1] `export ` or `override `, [2] the name, [3] the operator before `=` (`!` runs the value in the shell), [4] the value.
 */
const MAKE_VARIABLE = new RegExp(String.raw`^(?:${MAKE_TARGETS}[ \t]*:(?![:=])[ \t]*)?((?:export|override)[ \t]+)?([A-Za-z_]\w*)[ \t]*(::|[:?+!])?=[ \t]*(.*)$`);
/** A rule with its recipe on the same line, after a semicolon (`all: ; curl …`): [0] all before the recipe. */
const INLINE_RECIPE = new RegExp(String.raw`^${MAKE_TARGETS}[ \t]*::?[^;#=\n]*;`);
/** Make's functions that only print (`$(info …)`, `$(warning …)`, `$(error …)`), to their closing bracket on the line. */
const MAKE_PRINT = /\$\((?:info|warning|error)[ \t][^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)/g;
/** Make's `$$` (the shell's `$`) and `$(NAME)` (a variable: [1] its name), read left to right. */
const MAKE_EXPANSION = /\$(?:\$|\(([A-Za-z_]\w*)\))/g;

/**
 * A line of Make from `from` on as the shell writes it, what comes before blanked: Make's printing functions blanked, `$(NAME)`
 * as `${NAME}`, `$$` as the shell's `$` (one character shorter: the line is padded at its end, so later columns on that line
 * move left by one per `$$`).
 */
function makefileLineAsShell(line: string, from = 0): string {
  const shell = line.slice(from).replace(MAKE_PRINT, blank).replace(MAKE_EXPANSION, (_expansion, name: string | undefined) => (name === undefined ? '$' : `\${${name}}`));
  return `${' '.repeat(from)}${shell}`.padEnd(line.length, ' ');
}

/**
 * A Makefile as the shell its recipes run, lines kept: each recipe line (tab-indented after a rule, or continuing one with a
 * trailing backslash; a rule's recipe after `;` on its line) without its tab and its `@`/`-`/`+` prefixes; each variable set
 * to one word at the margin, or for one target, as the shell's assignment (`API := https://…` as `API=https://…`); everything
 * else blank, `define … endef` bodies and a variable's continuation lines too. Undefined when the file has no recipe line.
 */
export function makefileRecipes(text: string): string | undefined {
  const lines = text.split('\n');
  let found = false;
  // what a line's trailing backslash continues onto the next: a recipe's command, a variable's value, or nothing
  let continued: 'recipe' | 'variable' | undefined;
  let inDefine = false;
  const shell = lines.map((line) => {
    const partOf = continued;
    continued = undefined;
    const goesOn = /\\\r?$/.test(line);
    // (a huge line, minified or generated, is no recipe: bounded, so a huge file stays linear)
    if (line.length > 4000) return blank(line);
    if (inDefine) {
      if (/^[ \t]*endef\b/.test(line)) inDefine = false;
      return blank(line);
    }
    if (partOf === 'variable') {
      if (goesOn) continued = 'variable';
      return blank(line);
    }
    if (partOf === 'recipe' || line.startsWith('\t')) {
      found = true;
      if (goesOn) continued = 'recipe';
      // (the prefixes open a recipe's command; a continuation line's `-H` is curl's)
      const prefix = partOf === 'recipe' ? '' : (/^\t[ \t]*[@+-]*/.exec(line)?.[0] ?? '');
      return makefileLineAsShell(line, prefix.length);
    }
    if (/^(?:override[ \t]+)?define\b/.test(line)) {
      inDefine = true;
      return blank(line);
    }
    const inline = INLINE_RECIPE.exec(line);
    if (inline) {
      found = true;
      if (goesOn) continued = 'recipe';
      return makefileLineAsShell(line, inline[0].length);
    }
    const variable = MAKE_VARIABLE.exec(line);
    if (!variable) return blank(line);
    if (goesOn) continued = 'variable';
    const written = variable[4] ?? '';
    const value = written.trim();
    // (what runs when Make reads the line: `X != curl …`, `X := $(shell curl …)`, as the shell's commands in place)
    if (!goesOn && (variable[3] === '!' || value.includes('$(shell '))) return makefileLineAsShell(line.replace(/\$\(shell /g, '$(      '), line.length - written.length);
    // (a value of one word, a URL or a path; `EXAMPLE = curl https://…`, a command kept to be printed, is no assignment to run)
    if (goesOn || !/^\S+$/.test(value)) return blank(line);
    return `${variable[1] ?? ''}${variable[2] ?? ''}=${makefileLineAsShell(value).trimEnd()}`.padEnd(line.length, ' ');
  });
  return found ? shell.join('\n') : undefined;
}
