import { classifyHost } from '../policy/hosts';
import { escapeRe } from './escapeRe';
import { perText } from './perText';
import { unpassedParameterDefault } from './parameterDefaults';
import { splitTopLevel } from './lexer';
import { countAtStarts, matchesAt, wordIndexOnceAskedOften } from './wordStarts';
import type { Provider } from '../model';

/** Community Go libraries other than go-openai, by the method map each has. */
export type GoLibrary = 'go_gpt3' | 'go_chatgpt' | 'go_meinside' | 'go_otiai10' | 'go_azopenai';

/** What the code built a client with: SDK family and where its requests go. */
export interface ClientInfo {
  family: 'python' | 'node' | 'node_legacy' | 'node_azure' | 'node_openai_api' | 'go' | 'go_community';
  provider: Provider;
  providerDetail?: string;
  /** A Node client taken from a module not in view: a v4+ client, or a legacy v3 `OpenAIApi` (its one-word methods say which). */
  eitherVersion?: boolean;
  /** The `openai` module itself, exported by a project module under its own name (`import openai as llm`): its v0 resources are calls. */
  legacyModule?: boolean;
  /** Go: a field or parameter only typed as the client here; another file (of the package, or the caller) builds it. */
  typedOnly?: boolean;
  /** Python, JS: a client handed in (a parameter, a typed attribute), whose builder is not in view (see `ProjectIndex.onlyDefaultClients`). */
  handedIn?: boolean;
  /** Go, `go_community`: a client of another community library than go-openai, with its own method names (PullRequestInc/go-gpt3, ayush6624/go-chatgpt, meinside/openai-go). */
  goLibrary?: GoLibrary;
  /** JS: what a module exports is this resource of the client (`export default openai.chat.completions`, via a name): `['chat', 'completions']`. */
  resource?: string[];
}

const ENV_READ = /os\.environ|os\.getenv|process\.env|getenv\(|os\.Getenv|import\.meta\.env|settings\.|config\.|\bget_?[cC]onfig\s*\(|\benv\b/;

/** Destination from a URL literal or expression given as a base URL / endpoint argument. */
export function providerFromUrlExpression(expression: string): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  const literal = /^\s*(?:[rfbu]{0,2})?["'`]([^"'`]*)["'`]\s*$/i.exec(expression);
  const url = literal?.[1] ?? /["'`](https?:\/\/[^"'`\s]+)["'`]/.exec(expression)?.[1];
  // a port filled in at run time leaves the host known (`http://localhost:{}/v1".format(port)`,
  // `fmt.Sprintf("http://localhost:%d", port)`); a host filled in (`http://%s`, `http://{host}`) does not
  const authority = (url?.split('/')[2] ?? '').replace(/:(?:\{[^{}]*\}|\$\{[^{}]*\}|\$\w+|%[dsv])$/, '');
  const host = url && /^https?:\/\//i.test(url) && authority !== '' && !/[{$%]/.test(authority) ? authority : undefined;
  // `os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1")`, `process.env.X || "https://…"`:
  // the literal is only the fallback; the environment decides.
  if (host && !literal && ENV_READ.test(expression)) return { provider: 'unknown', providerDetail: `base URL read from the environment or configuration at run time (default ${host})` };
  if (host) {
    const { provider, region } = classifyHost(host);
    return { provider, providerDetail: region ? `${host} (data residency: ${region})` : host };
  }
  // `${ENDPOINT}/openai/deployments/${DEPLOYMENT}` and `${ENDPOINT}/openai/v1/`: the shapes of Azure OpenAI URLs
  // (an endpoint setting ends in a slash by Azure's convention: `${config.endpoint}openai/deployments/${name}`)
  if (/(?:\/|\})openai\/deployments\b|\.openai\.azure\.com/i.test(expression)) return { provider: 'azure', providerDetail: 'Azure OpenAI deployment URL' };
  if (/\/openai\/v1\b/.test(expression)) return { provider: 'azure', providerDetail: 'Azure OpenAI v1 API URL (`…/openai/v1/`)' };
  // the conventional names of an Azure OpenAI resource's endpoint setting
  // a host whose first labels are filled in under a literal domain (`https://{prefix}--{app}.modal.run/v1`):
  // the domain says whose servers they are
  const domain = url && /^https?:\/\//i.test(url) && !ENV_READ.test(expression) ? /(?:\}|\$\w+|%[sv])[a-z0-9-]*((?:\.[a-z0-9-]+){2,})$/i.exec(authority)?.[1] : undefined;
  if (domain && !/(?:^|\.)(?:openai\.com|azure\.com|azure-api\.net|windows\.net)$/i.test(domain)) {
    const { provider } = classifyHost(`x${domain}`);
    if (provider === 'other') return { provider, providerDetail: `a host under ${domain.slice(1)} (its first labels set at run time)` };
  }
  if (/\bAZURE_OPENAI_(?:ENDPOINT|API_BASE|BASE_URL|API_ENDPOINT)\b/.test(expression)) return { provider: 'azure', providerDetail: 'Azure OpenAI endpoint from AZURE_OPENAI_ENDPOINT (run-time setting)' };
  if (ENV_READ.test(expression)) return { provider: 'unknown', providerDetail: 'base URL read from the environment or configuration at run time' };
  return { provider: 'unknown', providerDetail: 'base URL decided at run time' };
}

const DEFAULT_DETAIL = 'api.openai.com (default base URL; OPENAI_BASE_URL may override)';

/**
 * A base URL option given one of two values by a condition: Python's `A if cond else B`, a
 * JavaScript/TypeScript `cond ? A : B`. Each branch is read as a base (no value: the default,
 * OpenAI's); two kinds of destination are a run-time choice.
 */
function conditionalBase(args: string): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const option = /\b(?:base_url|baseURL|baseUrl|api_base)\s*[=:]\s*/.exec(args);
  if (!option) return undefined;
  const value = splitTopLevel(args.slice(option.index + option[0].length).replace(/^[({]/, ''))[0]?.replace(/[\s)};]+$/, '').trim() ?? '';
  const branches = /^(.+?)\s+if\s+.+?\s+else\s+(.+)$/s.exec(value)?.slice(1, 3) ?? ternaryBranches(value);
  if (!branches) return undefined;
  const read = (branch: string): Pick<ClientInfo, 'provider' | 'providerDetail'> => (/^(?:None|null|undefined|nil|""|'')$/.test(branch.trim()) ? { provider: 'openai', providerDetail: DEFAULT_DETAIL } : providerFromUrlExpression(branch));
  const [first, second] = branches.map(read) as [Pick<ClientInfo, 'provider' | 'providerDetail'>, Pick<ClientInfo, 'provider' | 'providerDetail'>];
  if (first.provider === second.provider) return first;
  return { provider: 'unknown', providerDetail: `${first.providerDetail ?? first.provider} or ${second.providerDetail ?? second.provider}, chosen at run time` };
}

/** The two values of `cond ? A : B`, its `?` and `:` found outside strings (`"https://…"` holds a colon); not `?.` or `??`. */
function ternaryBranches(value: string): [string, string] | undefined {
  let quote = '';
  let question = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '?' && question < 0) {
      if (value[i + 1] === '.' || value[i + 1] === '?') return undefined;
      question = i;
    } else if (c === ':' && question >= 0) return [value.slice(question + 1, i).trim(), value.slice(i + 1).trim()];
  }
  return undefined;
}

/**
 * Reads a client constructor's arguments (comments blanked, strings intact) to decide where the
 * client sends data: Azure classes and endpoints, an explicit base URL, a data-residency region.
 */
export function providerFromConstructor(className: string, args: string, fileText?: string): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  if (/Azure/.test(className)) {
    const endpoint = /\b(?:azure_endpoint|endpoint)\s*[=:]\s*([^,\n)]+)/.exec(args)?.[1];
    const target = endpoint ? providerFromUrlExpression(endpoint) : undefined;
    // the Azure class pointed at a literal server of another kind (a local emulator such as
    // ollamazure at http://localhost:4041): the data goes there, not to Azure
    if (target?.provider === 'other' && /^\s*[rfbu]{0,2}["'`]https?:\/\//i.test(endpoint ?? '')) return { provider: 'other', providerDetail: `${target.providerDetail ?? ''} (an ${className} client pointed at another server)` };
    const detail = target?.providerDetail;
    return { provider: 'azure', providerDetail: detail && !detail.startsWith('base URL') ? detail : `${className} client` };
  }
  // `basePath` is the legacy v3 `Configuration`'s option; the v4+ client ignores it (`new OpenAI({ basePath })` goes to OpenAI)
  const legacy = className === 'Configuration' || className === 'OpenAIApi';
  const base = (legacy ? /\b(?:base_url|baseURL|baseUrl|basePath|api_base)\s*[=:]\s*(`[^`]*`|[rfbu]{0,2}"[^"\n]*"|[rfbu]{0,2}'[^'\n]*'|[^,\n)}]+)/i : /\b(?:base_url|baseURL|baseUrl|api_base)\s*[=:]\s*(`[^`]*`|[rfbu]{0,2}"[^"\n]*"|[rfbu]{0,2}'[^'\n]*'|[^,\n)}]+)/i).exec(args)?.[1];
  // `base_url="https://api.deepseek.com/v1" if provider == "deepseek" else None`, `baseURL: local ? "http://…" : undefined`:
  // one of two bases, chosen at run time (the default's when a branch gives none)
  const choice = conditionalBase(args);
  if (choice) return choice;
  // `base_url=MODELS["chat"][name]["base_url"]`: a key of a dict this file writes out, the same host kind in every entry
  const keyed = base && fileText !== undefined ? fromDictEntries(base.trim(), fileText) : undefined;
  if (keyed) return keyed;
  if (base) {
    const name = base.trim();
    // (a name that is also some function's parameter, `def __init__(self, api_endpoint)`, holds the caller's value there,
    // read as its default only when no call in the file passes one)
    const constant = fileText === undefined ? undefined : ((isSomeParameter(fileText, name) ? defaultNoCallPasses(fileText, name) : stringConstant(fileText, name)) ?? importedConstant(fileText, name));
    return providerFromUrlExpression(withKnownHost(constant ?? base, fileText));
  }
  // `new OpenAI({ apiKey, baseURL })`: a shorthand property passes the variable of that name
  const shorthand = (legacy ? /[{,]\s*(baseURL|baseUrl|basePath)\s*(?=[,}])/ : /[{,]\s*(baseURL|baseUrl)\s*(?=[,}])/).exec(args)?.[1];
  if (shorthand) {
    // (a parameter of that name: its default when no call in the file passes one, as for `baseURL: baseURL`)
    const defaulted = fileText !== undefined && isSomeParameter(fileText, shorthand) ? defaultNoCallPasses(fileText, shorthand) : undefined;
    return providerFromUrlExpression(defaulted ?? (fileText !== undefined && !setInSeveralPlaces(fileText, shorthand) ? stringConstant(fileText, shorthand) : undefined) ?? shorthand);
  }
  const region = /\b(?:data_residency|dataResidency)\s*[=:]\s*["'](\w+)["']/.exec(args)?.[1];
  if (region && region !== 'global') return { provider: 'openai', providerDetail: `${region}.api.openai.com (data residency: ${region})` };
  if (/\bazure_endpoint\s*=/.test(args)) return { provider: 'azure', providerDetail: 'azure_endpoint' };
  // `OpenAI(**kwargs)` / `new OpenAI({ ...options })`: the base URL may come in with the spread
  // (unless the file builds that dict and none of its keys sets where data goes: `client_kwargs = {"api_key": key}`)
  const spread = /^\(?\s*\*\*([A-Za-z_]\w*)\s*\)?\s*$/.exec(args)?.[1];
  if (spread && fileText !== undefined && dictSetsNoDestination(fileText, spread)) return { provider: 'openai', providerDetail: `${DEFAULT_DETAIL}; ${spread} is built in this file with no base_url` };
  if (/\*\*[A-Za-z_]|\.\.\.[A-Za-z_$]/.test(args)) return { provider: 'unknown', providerDetail: 'client options passed through at run time (may set the base URL)' };
  // the SDK's default base is what OPENAI_BASE_URL says: a file that sets it to a literal before it builds a client sends there
  const environment = fileText !== undefined && !legacy ? environmentBase(fileText) : undefined;
  if (environment) {
    const target = providerFromUrlExpression(`"${environment.url}"`);
    if (environment.fallback) return { provider: 'unknown', providerDetail: `OPENAI_BASE_URL from the environment, else ${target.providerDetail ?? environment.url} (this file's default for it)` };
    return { provider: target.provider, providerDetail: `${target.providerDetail ?? environment.url} (OPENAI_BASE_URL, set in this file)` };
  }
  return { provider: 'openai', providerDetail: DEFAULT_DETAIL };
}

/**
 * The base URL a file gives the SDK's environment variable, as a literal, at the module's level (no indent) and before it builds any
 * client: Python's `os.environ["OPENAI_BASE_URL"] = "…"` (a notebook's `%env OPENAI_BASE_URL=…` is read as that), JavaScript's
 * `process.env.OPENAI_BASE_URL = "…"`; `setdefault` only as the fallback of the environment's own. None when the file sets it in
 * more than one way, in a block (a condition, a function, a test), or takes it away again (`del`, `pop`, `delete`).
 */
function environmentBase(text: string): { url: string; fallback: boolean } | undefined {
  // (asked once a text, the search too: a file of 20,000 constructors asked 20,000 times, each a pass over the file)
  return environmentBases(text, 'OPENAI_BASE_URL', () => {
    if (!text.includes('OPENAI_BASE_URL')) return undefined;
    const writes = [...text.matchAll(/^([ \t]*)(?:os\.environ\[[ \t]*["']OPENAI_BASE_URL["'][ \t]*\][ \t]*=(?!=)|os\.environ\.(setdefault)\([ \t]*["']OPENAI_BASE_URL["'][ \t]*,|process\.env(?:\.OPENAI_BASE_URL|\[[ \t]*["']OPENAI_BASE_URL["'][ \t]*\])[ \t]*=(?!=))[ \t]*(?:["'`](https?:\/\/[^"'`\s]+)["'`])?/gm)];
    const first = writes[0];
    if (!first || first[3] === undefined || writes.some((w) => w[1] !== '' || w[3] !== first[3] || w[2] !== first[2])) return undefined;
    if (/\bdel[ \t]+os\.environ\[[ \t]*["']OPENAI_BASE_URL|os\.environ\.pop\([ \t]*["']OPENAI_BASE_URL|\bdelete[ \t]+process\.env(?:\.OPENAI_BASE_URL|\[[ \t]*["']OPENAI_BASE_URL)/.test(text)) return undefined;
    // (a client built before it was set reads the environment as it was)
    const built = /(?:\bnew[ \t]+|(?<![\w$.]))(?:Async)?OpenAI[ \t]*\(/.exec(text);
    if (built && built.index < (first.index ?? 0)) return undefined;
    return { url: first[3], fallback: first[2] !== undefined };
  });
}

/**
 * Whether a name is assigned more than once, or also arrives as a parameter or from a destructuring
 * (`function make({ apiKey, baseURL })`, `const { baseURL } = config`): beside the shorthand option
 * itself, any second place it is written means its value is decided at run time.
 */
function setInSeveralPlaces(text: string, name: string): boolean {
  return askedOfText(text, `several ${name}`, () => setInSeveralPlacesUncached(text, name));
}

/** Whether a name is assigned anywhere but once (`BASE = …`, also on an `if` line), read in any language. */
function assignedMoreThanOnce(text: string, name: string): boolean {
  return askedOfText(text, `assigned ${name}`, () => timesAssigned(text, name) !== 1);
}

function setInSeveralPlacesUncached(text: string, name: string): boolean {
  return timesAssigned(text, name) !== 1 || timesMatched(text, name, () => new RegExp(`[({,]\\s*${escapeRe(name)}\\s*(?=[,})=:])`, 'g'), LISTED_AT) > 1;
}

/** How many times a name is assigned (`BASE = …`, a typed `BASE: str = …`). */
function timesAssigned(text: string, name: string): number {
  return timesMatched(text, name, () => new RegExp(`(?<![\\w$.])${escapeRe(name)}\\s*(?::[^=\\n]{0,80})?=(?!=)`, 'g'), ASSIGNED_AT);
}

// setInSeveralPlacesUncached's and timesAssigned's shapes asked at one of the name's starts, the word there being the name
// (`{ baseURL,`, `BASE =`)
const LISTED_AT = /(?<=[({,]\s*)\w+\s*(?=[,})=:])/y;
const ASSIGNED_AT = /(?<![\w$.])\w+\s*(?::[^=\n]{0,80})?=(?!=)/y;

/**
 * How many times a global pattern for the name matches, read at the name's starts in a text asked about many names
 * (the whole-text pattern compiled only when searched for: the index answers thousands of names without it).
 */
function timesMatched(text: string, name: string, wholeText: () => RegExp, atStart: RegExp): number {
  const index = /^\w+$/.test(name) ? wordIndexOnceAskedOften(text) : undefined;
  return index ? countAtStarts(text, index.words.get(name) ?? [], atStart) : (text.match(wholeText())?.length ?? 0);
}

export function defaultOpenAI(): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  return { provider: 'openai', providerDetail: DEFAULT_DETAIL };
}

/** A third-party Go client's default (go-openai, go-gpt3): the library's own constant. */
export function defaultGoCommunity(): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  return { provider: 'openai', providerDetail: "api.openai.com (the library's default base URL)" };
}

/** URLs other modules of the project keep, as the file analysed now imports them (see `useImportedConstants`). */
let importsOf: string | undefined;
let importedLookup: (expression: string) => string | undefined = () => undefined;

/**
 * Lets constructors in `text` read base URLs another module keeps: `import { config } from './config'`
 * … `new OpenAI({ baseURL: config.baseURL })`, `from app.settings import BASE_URL`. The lookup
 * answers for that text only.
 */
export function useImportedConstants(text: string, lookup: (expression: string) => string | undefined): void {
  importsOf = text;
  importedLookup = lookup;
}

function importedConstant(text: string, expression: string): string | undefined {
  if (text !== importsOf || !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(expression)) return undefined;
  const url = importedLookup(expression);
  return url === undefined ? undefined : JSON.stringify(url);
}

/** stringConstant's answers for the file analysed now: a file with many constructors asks about the same few names. */
const constants = perText<string | undefined>();

/**
 * `base_url = "http://127.0.0.1:8000/v1/"` … `OpenAI(base_url=base_url)`, `baseURL := "https://…"`:
 * the string literal a name is assigned, when the file assigns it exactly once.
 */
/**
 * `f"http://{host}:{port}/v1"` with `host = "127.0.0.1"` set once in the file: the URL with that
 * host written in (the port may stay open: it does not change where the data goes).
 */
function withKnownHost(expression: string, fileText: string | undefined): string {
  if (fileText === undefined) return expression;
  const whole = withKnownBase(expression.trim(), fileText);
  if (whole !== undefined) return whole;
  const m = /^([rfbu]{0,2}["'`]https?:\/\/)(?:\{|\$\{)[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}/i.exec(expression.trim());
  if (!m) return expression;
  // a name that is also some function's parameter or a loop's variable means another host there
  if (isSomeParameter(fileText, m[2] ?? '')) return expression;
  const host = stringConstant(fileText, m[2] ?? '')?.replace(/^[rfbu]{0,2}["'`]|["'`]$/gi, '');
  return host && /^[\w.-]+$/.test(host) ? `${m[1] ?? ''}${host}${expression.trim().slice(m[0].length)}` : expression;
}

/**
 * `ollama_api_endpoint + "/v1"`, `f"{OLLAMA_HOST}/v1"`, `` `${BASE}/v1` `` with the name set once in the file to a
 * literal URL: that URL with the rest written after it, as one literal.
 */
function withKnownBase(expression: string, fileText: string): string | undefined {
  const concatenated = /^([A-Za-z_$][\w$]*)[ \t]*\+[ \t]*[rbu]?(["'])([^"'`\n]*)\2$/.exec(expression);
  const interpolated = concatenated ? null : (/^[rR]?[fF][rR]?(["'])\{[ \t]*([A-Za-z_]\w*)[ \t]*\}([^"'{}\n]*)\1$/.exec(expression) ?? /^(`)\$\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}([^`{}$\n]*)`$/.exec(expression));
  const name = concatenated?.[1] ?? interpolated?.[2];
  // (set once: `if (local) BASE = "http://localhost:11434"` after `let BASE = "https://api.openai.com"` is a run-time choice)
  if (!name || isSomeParameter(fileText, name) || assignedMoreThanOnce(fileText, name)) return undefined;
  const value = stringConstant(fileText, name)?.replace(/^[rfbu]{0,2}["'`]|["'`]$/gi, '');
  const rest = (concatenated?.[3] ?? interpolated?.[3] ?? '').replace(/^\/+/, '');
  return value !== undefined && /^https?:\/\/[^\s"'`{}$]+$/i.test(value) ? JSON.stringify(`${value.replace(/\/+$/, '')}/${rest}`) : undefined;
}

/**
 * A base URL read from a dict by key (`MODEL_LIST["chat"][model]["base_url"]`) when the file's literal
 * entries under that key all point the same way (every one on a local or other provider's host):
 * which entry is used is decided at run time, but not whose servers it reaches.
 */
function fromDictEntries(expression: string, fileText: string): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const key = /^[A-Za-z_]\w*(?:\s*\[[^\[\]\n]{1,80}\])*\s*\[\s*["'](\w+)["']\s*\]$/.exec(expression)?.[1];
  if (!key) return undefined;
  const urls = [...fileText.matchAll(new RegExp(`["']${key}["']\\s*:\\s*["'](https?://[^"'\\s]+)["']`, 'g'))].map((m) => m[1] ?? '');
  // every entry under that key must be a literal URL: one read at run time may be anyone's
  const entries = fileText.match(new RegExp(`["']${key}["']\\s*:`, 'g'))?.length ?? 0;
  if (urls.length === 0 || urls.length > 200 || entries !== urls.length) return undefined;
  const kinds = urls.map((url) => providerFromUrlExpression(JSON.stringify(url)));
  const provider = kinds[0]?.provider;
  if (!provider || provider === 'unknown' || kinds.some((k) => k.provider !== provider)) return undefined;
  const hosts = [...new Set(kinds.map((k) => k.providerDetail ?? ''))];
  return { provider, providerDetail: `${hosts.slice(0, 3).join(', ')}${hosts.length > 3 ? ', …' : ''} (the "${key}" entries this file lists; which one is used is decided at run time)` };
}

/**
 * Whether the dict `name` is built once in this file from a literal (`client_kwargs: dict[str, Any] = {"api_key": key}`)
 * and filled in only by key (`client_kwargs["http_client"] = …`), with no key that sets where data goes.
 */
function dictSetsNoDestination(fileText: string, name: string): boolean {
  const esc = escapeRe(name);
  const assigned = [...fileText.matchAll(new RegExp(`(?<![\\w.])${esc}[ \\t]*(?::[^=\\n]{0,80})?=(?!=)[ \\t]*(\\{[^{}]{0,1000}\\}|[^\\n]*)`, 'g'))];
  const literal = assigned.length === 1 ? /^\{([^{}]*)\}$/.exec(assigned[0]?.[1]?.trim() ?? '')?.[1] : undefined;
  if (literal === undefined || isSomeParameter(fileText, name) || new RegExp(`(?<![\\w.])${esc}[ \\t]*(?:\\.[ \\t]*(?:update|setdefault)\\b|\\|=)`).test(fileText)) return false;
  const keys = [...literal.matchAll(/["'](\w+)["'][ \t]*:/g), ...fileText.matchAll(new RegExp(`(?<![\\w.])${esc}\\[[ \\t]*["'](\\w+)["'][ \\t]*\\][ \\t]*=(?!=)`, 'g'))].map((m) => m[1] ?? '');
  // (every key a literal: `{**defaults}` or a key read from a variable may be anything)
  if (/\*\*|^\s*[A-Za-z_]\w*\s*:/m.test(literal) || new RegExp(`(?<![\\w.])${esc}\\[[ \\t]*[A-Za-z_]`).test(fileText)) return false;
  return !keys.some((k) => /^(?:base_url|api_base|azure_endpoint|azure_deployment|websocket_base_url)$/.test(k));
}

/** unpassedParameterDefault's answers, asked once per name and file: a file of many constructors asks about the same parameter. */
const defaultsAsked = perText<string | undefined>();

/** A parameter's default that no call in the file overrides (unpassedParameterDefault), a constant's name read to its literal. */
function defaultNoCallPasses(fileText: string, parameter: string): string | undefined {
  const value = defaultsAsked(fileText, parameter, () => unpassedParameterDefault(fileText, parameter))?.trim();
  if (value === undefined || /^[rfbu]{0,2}["'`]/i.test(value)) return value;
  // (the constant read without asking isSomeParameter: the default's name stands in the signature, `endpoint=ENDPOINT`,
  // where that would take it for a parameter)
  return /^[A-Za-z_$][\w$]*$/.test(value) ? (stringConstant(fileText, value) ?? importedConstant(fileText, value)) : undefined;
}

/** Whether a plain name is some function's parameter or a loop's variable in the file: its value there is not one constant. */
function isSomeParameter(fileText: string, plainName: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(plainName)) return false;
  return askedOfText(fileText, `parameter ${plainName}`, () => isSomeParameterUncached(fileText, plainName));
}

/** Answers about names of the file analysed now: a file of many constructors asks about the same few names. */
const askedOfText = perText<boolean>();
/** The base URL a file gives OPENAI_BASE_URL (environmentBase), read once a text. */
const environmentBases = perText<{ url: string; fallback: boolean } | undefined>();

/** isSomeParameterUncached's shapes asked at one of the name's starts, the word there being the name. */
const PARAMETER_AT = /(?<=\b(?:def|function)\b[^(\n]{0,200}\([^)]{0,600}?)\w+|(?<=\bfor[ \t]*\(?[ \t]*(?:(?:const|let|var)[ \t]+)?)\w+|(?<=\([^()]{0,300})\w+(?=[^()]{0,300}\)[ \t]*(?::[^=\n]{0,60})?=>)|\w+[ \t]*=>/y;

function isSomeParameterUncached(fileText: string, plainName: string): boolean {
  const index = /^\w+$/.test(plainName) ? wordIndexOnceAskedOften(fileText) : undefined;
  if (index) {
    // (the same four shapes, what comes before the name asked of the text behind each of its starts)
    return (index.words.get(plainName) ?? []).some((at) => {
      PARAMETER_AT.lastIndex = at;
      return PARAMETER_AT.test(fileText);
    });
  }
  const name = escapeRe(plainName);
  // bounded runs: unbounded ones made a file of many `(` or `def (` quadratic (found by review)
  return new RegExp(`\\b(?:def|function)\\b[^(\\n]{0,200}\\([^)]{0,600}?\\b${name}\\b|\\bfor[ \\t]*\\(?[ \\t]*(?:(?:const|let|var)[ \\t]+)?\\b${name}\\b|\\([^()]{0,300}\\b${name}\\b[^()]{0,300}\\)[ \\t]*(?::[^=\\n]{0,60})?=>|\\b${name}[ \\t]*=>`).test(fileText);
}

/** Whether what runs from `from` to a line's end closes with a comma (read back from the end: the line may be the whole file). */
function endsWithComma(text: string, from: number, lineEnd: number): boolean {
  let i = lineEnd - 1;
  while (i >= from && /\s/.test(text[i] ?? '')) i--;
  return i >= from && text[i] === ',';
}

/** Whether an offset is inside the parameter list of a `def`, `function` or `constructor` (looked for up to 2,000 characters back). */
function inParameterList(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 2000), index);
  let open = -1;
  for (const m of before.matchAll(/\b(?:def|function)[ \t]*\*?[ \t]*[\w$]*[ \t]*\(|\bconstructor[ \t]*\(/g)) open = (m.index ?? 0) + m[0].length;
  if (open < 0) return false;
  let depth = 1;
  for (let i = open; i < before.length; i++) {
    const c = before[i];
    if (c === '"' || c === "'" || c === '`') {
      // a default's string (`openers="(["`) holds no brackets of the signature
      const close = before.indexOf(c, i + 1);
      if (close < 0) return false;
      i = close;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return false;
  }
  return true;
}

export function stringConstant(text: string, name: string): string | undefined {
  // (also an attribute set once: `this.baseURL = "https://api.perplexity.ai"`, `self.base_url = "…"`)
  if (!/^(?:(?:this|self)\.)?[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  return constants(text, name, () => stringConstantUncached(text, name));
}

function stringConstantUncached(text: string, name: string): string | undefined {
  // statements only (a line start, or after const/let/var): `OpenAI(base_url=base_url)` is a keyword
  // argument, and so is `    base_url=base_url,` on a line of its own inside a multi-line call
  // (a typed declaration too: Dart's `static const String _baseUrl = '…'`, Java's `final String url = "…"`)
  const statement = `(?:^[ \\t]*|\\b(?:const|let|var|final)[ \\t]+(?:[A-Z]\\w*(?:<[^<>\\n]{0,40}>)?\\??[ \\t]+)?)`;
  const assigned = `${escapeRe(name)}[ \\t]*(?::[^=\\n]{0,80})?(?::=|=(?!=))[ \\t]*([rfbu]{0,2}"[^"\\n]*"|[rfbu]{0,2}'[^'\\n]*'|\`[^\`]*\`)?`;
  // a parameter's default (`def __init__(self, base_url: str = "http://localhost:8000/v1",`) is only
  // what the caller may leave out: the value is the caller's
  const values: (string | undefined)[] = [];
  const add = (at: number, value: string | undefined, restEndsWithComma: () => boolean): void => {
    if (value === undefined && restEndsWithComma()) return;
    values.push(value !== undefined && inParameterList(text, at) ? undefined : value);
  };
  // (asked of a text about many names: read at the starts of the name's last word (a dotted name's, `self.base_url`'s
  // `base_url`), with the statement's start behind it, rather than searched for over the whole text)
  const index = wordIndexOnceAskedOften(text);
  const lastWord = name.match(/\w+/g)?.pop();
  if (index && lastWord !== undefined) {
    const before = name.lastIndexOf(lastWord);
    const starts = (index.words.get(lastWord) ?? []).map((at) => at - before);
    for (const { at, m, lineEnd } of matchesAt(text, index, starts, new RegExp(`(?<=${statement})${assigned}`, 'my'))) {
      add(at, m[1], () => endsWithComma(text, at + m[0].length, lineEnd));
    }
  } else {
    for (const m of text.matchAll(new RegExp(`${statement}${assigned}([^\\n]*)`, 'gm'))) add(m.index, m[1], () => /,\s*$/.test(m[2] ?? ''));
  }
  // (one value, or the same literal given in each of several functions)
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined;
}
