import { matchingBracket, splitTopLevel } from './lexer';

/** How a file builds an OpenAI SDK client: with the SDK's default base URL, for Azure, or with anything else (a base URL, options from elsewhere). */
export type ClientBuild = 'default' | 'azure' | 'other';

/** A file's one way of building a client, for the project index: undefined when it builds none, '' when it builds in two ways (that file decides). */
export function soleBuild<T extends string>(ways: ReadonlySet<T>): T | '' | undefined {
  return ways.size === 0 ? undefined : ways.size === 1 ? [...ways][0] : '';
}

/**
 * The ways a Python or JavaScript file builds the SDK's clients (`OpenAI()`, `AsyncOpenAI(api_key=…)`,
 * `new OpenAI({ apiKey })`, `new AzureOpenAI(…)`, v3's `new OpenAIApi(configuration)`), read from the lexed code
 * (`code`, strings blanked) and the text without comments (`text`, for the options). Options handed over whole
 * (`OpenAI(**kwargs)`, `new OpenAI(options)`, `...config`) or naming a base URL or an endpoint are 'other'.
 */
export function clientBuilds(code: string, text: string, family: 'python' | 'js'): Set<ClientBuild> {
  const ways = new Set<ClientBuild>();
  const pattern = family === 'python' ? /(?<![\w.])(?:openai\.)?(?:Async)?(Azure)?OpenAI[ \t]*\(/g : /\bnew[ \t]+(?:[\w$]+\.)?(Azure)?OpenAI(Api)?[ \t]*\(/g;
  let count = 0;
  for (const m of code.matchAll(pattern)) {
    // (a subclass's declaration, `class Client(OpenAI):`, builds nothing)
    if (++count > 200 || (family === 'python' && /\bclass[ \t]+\w+[ \t]*\([^()\n]*$/.test(code.slice(Math.max(0, (m.index ?? 0) - 80), m.index)))) continue;
    if (m[1] !== undefined) {
      ways.add('azure');
      continue;
    }
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const options = close < 0 ? '' : text.slice(open + 1, close - 1).trim();
    // v3's `new OpenAIApi(configuration)` takes its base from the Configuration's basePath, wherever that is built
    // (the default only with no options, or options written out: a JavaScript object literal, Python keywords)
    const written = options === '' || (family === 'js' ? options.startsWith('{') : splitTopLevel(options).every((a) => a.trim() === '' || /^\s*[A-Za-z_]\w*[ \t]*=(?!=)/.test(a)));
    const other = m[2] !== undefined ? /\bbasePath\b/.test(text) : !written || /base_?url|basePath|api_base|azure|endpoint|\*\*|\.\.\./i.test(options);
    ways.add(other || close < 0 ? 'other' : 'default');
  }
  return ways;
}
