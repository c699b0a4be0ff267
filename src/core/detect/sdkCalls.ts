import type { CallKind, CallSite, Provider, SourceLanguage } from '../model';
import { readCallFlags } from './callFlags';
import type { ClientInfo, GoLibrary } from './clients';
import { defaultGoCommunity, defaultOpenAI, providerFromConstructor, providerFromUrlExpression, stringConstant, useImportedConstants } from './clients';
import type { Lexed } from './lexer';
import type { NamedImport } from './imports';
import { goImportedPackages, goImportPaths, goPackage, lastFolder, moduleKey, namedImports } from './imports';
import type { JsFunction } from './jsScopes';
import { callAssignments } from './assignments';
import { PythonScopes } from './pythonScopes';
import { dottedCalls } from './dottedCalls';
import { escapeRe } from './escapeRe';
import { enclosingLines } from './branches';
import { perText } from './perText';
import { JsScopes } from './jsScopes';
import { blank, matchingBracket, openBracketBefore, pythonBlockEnd, splitTopLevel } from './lexer';
import { PythonClasses } from './pythonClasses';
import type { ProjectIndex } from './projectIndex';
import { goFieldFills } from './goFieldFills';
import type { SdkFamily, SdkMethod } from './sdkMap';
import { goServiceMembers, lookupSdkMethod, verbsForPath } from './sdkMap';
import { endpointTemplate } from './httpCalls';
import { findEndpointPolicy } from '../policy/endpointLookup';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';


type Family = 'python' | 'js' | 'go';

interface Symbols {
  /** Python `import openai [as x]`, the legacy/module-level entry point. */
  modules: Set<string>;
  /** Python dicts of clients by key (`self.clients[key] = OpenAI(…)`): read through their subscript. */
  keyedClients?: Set<string>;
  /** Constructor names that build an OpenAI client, by local name → class. */
  classes: Map<string, string>;
  /** Variables and attributes holding a client. */
  clients: Map<string, ClientInfo>;
  /** Go package names of the official and the community SDK. */
  goOfficial: Set<string>;
  goCommunity: Set<string>;
  /** Of those, the aliases of libraries other than go-openai (`gpt3`, `chatgpt`): their clients have their own method names. */
  goLibraries: Map<string, GoLibrary>;
  /** Go packages the file imports from other providers' SDKs (`ollama "github.com/ollama/ollama/api"`), by alias. */
  goOtherSdks: Set<string>;
  /** Go openai-go service values (`openai.NewChatService(…)`), by name → the client member they stand for (`Chat`). */
  goServices?: Map<string, string[]>;
  /** How many Python functions pythonClientFromCallers has read the callers of. */
  pythonHandedRuns?: number;
  /** Whether the file calls the Assistants API on a name (callsAssistantsOn), by name. */
  assistantsCalledOn?: Map<string, boolean>;
  /** Go functions without parameters that hand out one of a client's services (`func (c *Client) Responses() *responses.ResponseService`). */
  goServiceGetters?: Set<string>;
  /** Go functions that return a client the file builds (`func Client() *openai.Client { …; return client }`). */
  goClientGetters?: Set<string>;
  /** Those of them that take arguments (`func (c *Bot) getClient(model string) *openai.Client`): a variable keeps their result, or a chain uses it in place. */
  goClientGettersWithArguments?: Set<string>;
  /** The file imports Azure AI Foundry's project SDK (`@azure/ai-projects`, `azure.ai.projects`), whose project client hands out OpenAI clients. */
  azureProjects?: boolean;
  /** Names on the lines that mention `AIProjectClient` (see `foundryClient`), read once per file. */
  projectClients?: Set<string>;
  /** Go local variables given a client (`client := openai.NewClient(…)`), by name → each assignment in source order. */
  goLocals?: Map<string, Array<{ at: number; info: ClientInfo; declares: boolean; blockEnd?: number }>>;
  /** Go go-openai configs of this file by name (`cfg := openai.DefaultConfig(…)`), where each points. */
  goConfigs?: Map<string, Pick<ClientInfo, 'provider' | 'providerDetail'>>;
  /** Module-level destination for legacy `openai.api_type/api_base` and v1 `openai.base_url`. */
  moduleProvider: Pick<ClientInfo, 'provider' | 'providerDetail'>;
  /** Names this file assigns from some call or constructor that is not an OpenAI client's. */
  builtOtherwise: Set<string>;
  /**
   * Python: every assignment of a plain name from a call, by name, then by offset (the client it
   * builds, or undefined when it builds something else). A name reused in several functions is
   * resolved per function (see `scopedClient`).
   */
  definitions: Map<string, Map<number, ClientInfo | undefined>>;
  /** The same, grouped by the function they are in (start offset; -1 for module level), built on first use. */
  definitionsByScope: Map<string, Map<number, Array<{ at: number; info: ClientInfo | undefined }>>>;
  /** Python `def` bodies, found only when some name needs them. */
  scopes?: PythonScopes;
  /** Python: assignments of `self.x` from a call, by attribute then offset, like `definitions`. */
  attributeDefinitions: Map<string, Map<number, ClientInfo | undefined>>;
  /** classScopedClient's answers, by `self.x@classStart`. */
  attributeInClass: Map<string, ClientInfo | null | undefined>;
  /** Python `class` bodies, found only when some attribute needs them. */
  classBodies?: PythonClasses;
  /** Functions and methods of this file that build and return a client, by name. */
  factories: Map<string, ClientInfo>;
  /** Python functions that return another function's result (`return build_client(…)`): name → callees. */
  forwards: Map<string, string[]>;
  /** Names of the functions and methods this file defines. */
  functions: Set<string>;
  /** The file's named imports (Python read from code, JS from text), read on first use. */
  imports: () => NamedImport[];
  /** JS: the file binds `const self = this` (elsewhere `self` may be a worker's global scope). */
  selfIsThis?: boolean;
  /** The project, for subclasses in other files that replace a class's client attribute. */
  project?: ProjectIndex;
  /** holdsOwnClass's answers, by holder. */
  ownClassHolders?: Map<string, boolean>;
  /** The file imports no SDK but hands a receiver named for OpenAI a chain (`checkStatus(openai, id)`). */
  openaiNamedOnly?: boolean;
  /** Python: the file imports no SDK, names no other provider, and calls an OpenAI resource on a plain client name (`client.chat.completions.create`). */
  plainClientOnly?: boolean;
  /** With `plainClientOnly`, in a file that names another provider: only a client the project's callers all hand counts. */
  plainClientHandedOnly?: boolean;
  /** With `plainClientHandedOnly`, a file with branches for OpenAI (its code, and its text with comments removed): calls in them count too. */
  openAIBranches?: { code: string; text: string };
  /** Whether the file's text or its path names OpenAI (the resources other SDKs share need it: files, batches, fine-tuning); asked rarely, read once. */
  namesOpenAI: () => boolean;
  /** Parameters typed as an OpenAI client (`client: OpenAI`), read once. */
  typedParameters?: Set<string>;
  /** Every `def`'s parameter names, read once per file. */
  defParameters?: Set<string>;
  /** `self.x = name` lines, attribute → name, read once. */
  keptFrom?: Map<string, Set<string>>;
  /** Whether a FastAPI `Depends(factory)` parameter holds a client (see fastApiDependencies): the file is handed clients. */
  dependsClients?: boolean;
  /** clientHandedToConstructor's answers, by the class's offset and the attribute. */
  constructorHanded?: Map<string, ClientInfo | undefined>;
  /** `clientHandedByCallers` answers, by the function's parameter list, the place and the name. */
  callersHanded?: Map<string, ClientInfo | undefined>;
  /** Python: the class each name is first made from, read once (see `namesMadeFromClasses`). */
  madeFromClass?: Map<string, string>;
  /** openai<1.0 settings a function writes itself (api_type, and api_base unless Azure's), from its first to its end: its own calls after them use them. */
  moduleSettingsIn?: Array<{ from: number; end: number; info: Pick<ClientInfo, 'provider' | 'providerDetail'> }>;
  /** openai<1.0 `api_type = "azure"` set by a subclass's method: module calls outside that class run either way. */
  azureOnlyIn?: { start: number; end: number; why: string };
  /** openai<1.0's `api_type = "azure"` is set under an `if` (perhaps in a method): a call only OpenAI takes runs on the other path. */
  azureConditional?: boolean;
  /** openai<1.0 resources imported by name (`from openai import ChatCompletion`), local name → resource. */
  legacyResources?: Map<string, string>;
  /** JS: each `new` of an SDK client assigned to a plain name, by name, in source order (see `jsScopedClient`). */
  jsDefinitions?: Map<string, Array<{ at: number; info: ClientInfo }>>;
  /** JS functions, found only when some name needs them. */
  jsScopes?: JsScopes;
  /** mayBeParameter's answers, by name. */
  jsMayBeParameter?: Map<string, boolean>;
  /** jsScopedClient's client assignments per name, by the function they are in (-1: module level). */
  jsDefinitionsByFunction?: Map<string, Map<number, ClientInfo | undefined>>;
  /** clientFromCallers's answers, by function start and parameter, and how many it has worked out. */
  jsHanded?: Map<string, ClientInfo | undefined>;
  jsHandedRuns?: number;
  /** JS: names for OpenAI this file imports or requires from some other module (`const openai = require("../config/openaiConfig")`), name → module. */
  jsOpenAIBindings?: Map<string, string>;
  /** Go: locals given what some factory of the application returns (`ai, err := aiServ.NewClient()`), in a file that imports go-openai. */
  goFactoryLocals?: Map<string, string>;
  /** Go: struct fields the package fills with a factory's client (see readGoFieldClients), read through any path to them. */
  goFilledFields?: Set<string>;
  /** JavaScript: whether the file imports anything from the SDK's modules (see importsFromSdkModule), asked once. */
  importsSdkModule?: boolean;
  /** TypeScript: parameters typed as one of the SDK's resource classes (`moderations: OpenAI.Moderations`), by name: the resource's path. */
  jsResourceParameters?: Map<string, string[]>;
  /** JS: a resource a project class's getter hands out, read off its instance (`openai.images`), → the client's (see `injectedClassClients`). */
  getterAliases?: Map<string, string[]>;
  /** Go: the packages the file imports, by the name it uses, each to its whole path (see goImportPaths). */
  goImportPaths?: Map<string, string>;
  /** pythonClientFromElsewhere's answers, by name. */
  pythonElsewhere?: Map<string, string | undefined>;
  /** JS: whether the file binds the name `openai`, and reads v3 answers anywhere (asked by every v3 method on `openai`, read once). */
  openaiNameBound?: boolean;
  readsV3Answers?: boolean;
}

const PY_CLIENT_CLASSES = new Set(['OpenAI', 'AsyncOpenAI', 'AzureOpenAI', 'AsyncAzureOpenAI']);
/** openai<1.0's API resources, which code may import by name. */
const LEGACY_RESOURCES = new Set(['ChatCompletion', 'Completion', 'Embedding', 'Image', 'Audio', 'File', 'FineTune', 'FineTuningJob', 'Model', 'Moderation', 'Edit', 'Engine']);
const JS_CLIENT_CLASSES = new Set(['OpenAI', 'AzureOpenAI', 'OpenAIApi']);
/** How `s.classes` names `@azure/openai`'s `OpenAIClient` (its own methods, `getChatCompletions`; not the `openai` package's client). */
const AZURE_JS_CLIENT = '@azure/openai OpenAIClient';
/** The npm package `openai-api` (Njerschow/openai-api), a community client of 2021 whose class is also `OpenAI`. */
const OPENAI_API_PACKAGE_CLIENT = 'openai-api OpenAI';
/** Where that package's client sends: its config.js writes the one origin, and its constructor takes only the key. */
const OPENAI_API_PACKAGE_INFO: ClientInfo = { family: 'node_openai_api', provider: 'openai', providerDetail: 'the openai-api package (Njerschow/openai-api) sends every request to https://api.openai.com/v1; no other base can be set' };
/** `.Embedding()` right before a member: openai<1.0's resource made in place (`openai.Embedding().create(…)`). */
const LEGACY_INSTANCE_IN_PLACE = new RegExp(String.raw`\.(${[...LEGACY_RESOURCES].join('|')})\(\)(?=[ \t]*\.[ \t]*[a-z_])`, 'g');
/** `.Engine("davinci").generate(`: an engine made in place with its id, whose own methods send (the map writes them `Engine(id).generate`). */
const LEGACY_ENGINE_IN_PLACE = /\.Engine\([^()\n]{0,200}\)(?=[ \t]*\.[ \t]*(?:generate|embeddings)[ \t]*\()/g;
/** `.ChatCompletion.create(` and the like after a name: a call of one of the legacy module's resources. */
const LEGACY_CALL_AFTER_NAME = new RegExp(String.raw`^\s*\.\s*(?:${[...LEGACY_RESOURCES].join('|')})\s*\.\s*[a-z_]\w*\s*\(`);
/** A module path of the project's own: relative, or through an alias (`@/lib/ai`, `~/lib`, `src/lib`). */
const PROJECT_MODULE = /^(?:\.|@@?\/|~~?\/|src\/)/;

/**
 * A Go getter's calls read without their empty parentheses, offsets kept: a method's (`c.Responses()`, as
 * `c.Responses  `) and a package function's that returns the client (`Client().Chat…`); not its declaration.
 * A getter `withArguments` used in place is read without its arguments too (see blankGetterArguments).
 */
function blankGoGetterCalls(code: string, methods: readonly string[], functions: readonly string[], withArguments: readonly string[]): string {
  const dotted = methods.length > 0 ? code.replace(new RegExp(`\\.(${methods.join('|')})\\(([ \\t]*)\\)`, 'g'), (_, name: string, blanks: string) => `.${name}  ${blanks}`) : code;
  const called = functions.length > 0 ? dotted.replace(new RegExp(`(?<![\\w.])(?<!func[ \\t]+)(${functions.join('|')})\\(([ \\t]*)\\)`, 'g'), (_, name: string, blanks: string) => `${name}  ${blanks}`) : dotted;
  return withArguments.length > 0 ? blankGetterArguments(called, withArguments) : called;
}

/**
 * A getter's call given arguments and used in place, `c.getClient(model).CreateChatCompletion(…)`, read as `c.getClient.CreateChatCompletion(…)`:
 * its arguments and brackets blanked, offsets and lines kept (a call kept in a variable, `cl := c.getClient(model)`, is read so already).
 */
function blankGetterArguments(code: string, getters: readonly string[]): string {
  const out: string[] = [];
  let last = 0;
  for (const m of code.matchAll(new RegExp(`(?<!\\w)(?<!func[ \\t]+(?:\\([^)\\n]{0,200}\\)[ \\t]*)?)(?:${getters.join('|')})[ \\t]*\\(`, 'g'))) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0 || open < last || !/^\s*\./.test(code.slice(close, close + 40))) continue;
    out.push(code.slice(last, open), blank(code.slice(open, close)));
    last = close;
  }
  return last === 0 ? code : out.join('') + code.slice(last);
}

/**
 * A TypeScript cast around a chain that goes on, `(openai.responses as any).retrieve(id)`: read as the chain itself, the
 * brackets and the cast blanked, offsets kept. [1] the chain.
 */
const TYPE_CAST_SOURCE = String.raw`\(([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,6})[ \t]+as[ \t]+(?:any|unknown|[A-Z][\w$.]{0,80})[ \t]*\)(?=[ \t]*\??\.)`;
const TYPE_CAST = new RegExp(TYPE_CAST_SOURCE);
const TYPE_CAST_GLOBAL = new RegExp(TYPE_CAST_SOURCE, 'g');
/** TypeScript's non-null assertion in a chain, `this.openai!.chat.completions.create(…)`: read as `?.`, offsets kept. */
const NON_NULL_LINK = /(?<=[\w$)\]])!(?=\.[A-Za-z_$])/;
const NON_NULL_LINK_GLOBAL = new RegExp(NON_NULL_LINK.source, 'g');

/** Finds SDK calls (Python v1 and v0, Node v4+ and v3, Go official and community) in one lexed file. */
export function detectSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, project: ProjectIndex | undefined, fileName?: string): CallSite[] {
  const family: Family = language === 'python' ? 'python' : language === 'go' ? 'go' : 'js';
  const symbols = collectSymbols(src, lexed, family, project, fileName);
  // with no SDK in sight, only a client named for OpenAI that is handed in can be one (`async function check(openai, id)`)
  const noSdk = symbols.clients.size === 0 && symbols.modules.size === 0 && symbols.classes.size === 0 && symbols.factories.size === 0 && symbols.goCommunity.size === 0 && symbols.goOfficial.size === 0 && !symbols.legacyResources && !symbols.dependsClients;
  if (noSdk && (family === 'go' || (!(symbols.openaiNamedOnly = hasOpenAINamedReceiver(lexed.code, src.noComments)) && !(symbols.plainClientOnly = callsResourceOnPlainClient(lexed.code, src.noComments)) && !(family === 'js' && LEGACY_V3_CALL.test(lexed.code)) && !(family === 'js' && importsFromSdkModule(symbols))))) {
    // a file that names another provider too may still be handed OpenAI SDK clients by the project's other files
    // (`analyze(client, …)` called from a module that builds `client = AsyncOpenAI(base_url="https://openrouter.ai/api/v1")`):
    // only the calls whose client every caller hands are read
    // (and a class another module defines may hand one out: `OpenAiApi.getInterface().images.generate(…)`)
    // (in Python too: `OpenAIAsync.instance().audio.transcriptions.create(…)` on a class imported from the project)
    const classFactorySites = (): CallSite[] => (family !== 'go' && project?.hasFactories() ? classFactoryResultCalls(src, lexed.code, symbols, language, project) : []);
    if (family === 'js') return classFactorySites();
    // (or, in Python, a branch for OpenAI of a function that serves several providers: `if provider == "openai":`)
    if (family !== 'python' || !callsResourceOnPlainClient(lexed.code, src.noComments, true)) return classFactorySites();
    const branched = OPENAI_BRANCH.test(src.noComments);
    if (!branched && !project?.hasHandedClients()) return classFactorySites();
    symbols.plainClientOnly = true;
    symbols.plainClientHandedOnly = true;
    if (branched) symbols.openAIBranches = { code: lexed.code, text: src.noComments };
  }
  // openai<1.0's resource made in place, `openai.Embedding().create(…)`, is read as `openai.Embedding.create(…)`
  // (the parentheses blanked, offsets kept)
  // (so is a Go service getter's call, `c.Responses().New(…)`, read as `c.Responses.New(…)`)
  const chainCode =
    family === 'python' && (lexed.code.includes('().') || lexed.code.includes('.Engine('))
      ? blankWithOptions(lexed.code).replace(LEGACY_INSTANCE_IN_PLACE, '.$1  ').replace(LEGACY_ENGINE_IN_PLACE, (call) => `.Engine${' '.repeat(call.length - 7)}`)
      : symbols.goServiceGetters || symbols.goClientGetters
        ? blankGoGetterCalls(blankWithOptions(lexed.code), [...(symbols.goServiceGetters ?? []), ...(symbols.goClientGetters ?? [])], [...(symbols.goClientGetters ?? [])], [...(symbols.goClientGettersWithArguments ?? [])])
        : family === 'js' && (TYPE_CAST.test(lexed.code) || NON_NULL_LINK.test(lexed.code))
          ? blankWithOptions(lexed.code).replace(TYPE_CAST_GLOBAL, (cast, chain: string) => ` ${chain}`.padEnd(cast.length)).replace(NON_NULL_LINK_GLOBAL, '?')
          : blankWithOptions(lexed.code);
  // (a client picked from a dict by key, `self.clients[key].chat…`, read as the dict's: the subscript blanked, offsets kept)
  const code = symbols.keyedClients ? withKeyedClientsRead(chainCode, symbols.keyedClients) : chainCode;
  const sites: CallSite[] = [];
  const aliases = resourceAliases(code, symbols, family);
  // whether the file fills dicts with openai<1.0 routing keys: asked by every legacy `**kwargs` call, read once
  let routingKeys: boolean | undefined;
  const mayResolve = chainRootFilter(symbols, aliases, family);
  // answered once per receiver name: the question reads the whole file
  const otherBound = new Map<string, boolean>();
  const boundElsewhere = (name: string): boolean => {
    let answer = otherBound.get(name);
    if (answer === undefined) otherBound.set(name, (answer = boundToOtherClient(code, name, family)));
    return answer;
  };
  for (const m of dottedCalls(code)) {
    const text = m[1];
    // most chains in a file (`print(…)`, `os.path.join(…)`) start from nothing of ours: skip them cheaply
    if (!mayResolve(text)) continue;
    // most chains are written without spaces or `?.`: only those need cleaning
    const members = expandAlias(/[\s?]/.test(text) ? text.split('.').map((s) => s.replace(/[\s?]/g, '')) : text.split('.'), aliases);
    const resolved = resolve(members, symbols, family, code, m.index);
    if (!resolved) continue;
    const start = m.index;
    const open = m.index + m[0].length - 1;
    // a client of the project's own module may be a legacy v3 OpenAIApi: its one-word methods (`createChatCompletion`) say so
    const direct = lookupSdkMethod(resolved.map, resolved.rest);
    const legacy = direct || resolved.map !== 'node' || resolved.rest.length !== 1 || !('eitherVersion' in resolved.client && resolved.client.eitherVersion) ? undefined : lookupSdkMethod('node_legacy', resolved.rest);
    if (legacy) Object.assign(resolved, { kind: 'sdk-node-legacy', map: 'node_legacy', prefix: 'openai' });
    const known = direct ?? legacy;
    // the SDKs' low-level verbs: `client.post("/chat/completions", …)`, openai-go's `client.Post(ctx, "images/edits", …)`
    // (only on a receiver this file binds to nothing else: `async with httpx.AsyncClient() as client`,
    // `const client = axios.create(…)`, a Go field of some REST helper type are other clients)
    const lowLevel =
      known || resolved.rest.length !== 1 || !/^(?:post|get|put|patch|delete)$/i.test(resolved.rest[0] ?? '') || boundElsewhere(members[members.length - 2] ?? '')
        ? undefined
        : lowLevelRequest(resolved.rest[0] ?? '', src.noComments.slice(open, open + 300));
    const method = known ?? lowLevel;
    if (!method) continue;
    const close = matchingBracket(code, open);
    const end = close < 0 ? open + 1 : close;
    const args = src.noComments.slice(open, end);
    const site = sdkSite(src, language, resolved, method, { start, nameEnd: start + text.length, end, args });
    if (resolved.kind === 'sdk-python-legacy' && /\bengine\s*=/.test(args) && resolved.client.provider === 'azure') site.providerDetail = 'legacy api_type="azure" with engine= deployment';
    // `if options.azure_endpoint: openai.api_type = "azure"`, then `…acreate(model=…)` in the other branch: openai<1.0
    // refuses a call without `engine=` or `deployment_id=` on Azure, so that call runs where the condition fails
    if (resolved.kind === 'sdk-python-legacy' && symbols.azureConditional && resolved.client.provider === 'azure' && /\bmodel\s*=/.test(args) && !/\b(?:engine|deployment_id)\s*=/.test(args)) {
      site.provider = 'openai';
      site.providerDetail = 'legacy api_type="azure" is set only under a condition; a call with model= and no engine= runs where it is not (openai<1.0 refuses it on Azure)';
    }
    // openai<1.0 reads `deployment_id=` only for Azure OpenAI
    if (resolved.kind === 'sdk-python-legacy') Object.assign(site, legacyCallRouting(args, () => (routingKeys ??= /["'](?:api_base|api_type|deployment_id|azure_endpoint)["']/.test(src.noComments)), resolved.client.provider) ?? {});
    // `openai.ChatCompletion.create(engine=deployment)` in a file that sets no api_type: `engine=` on chat names an
    // Azure deployment (OpenAI's chat takes `model=`), so the environment's OPENAI_API_TYPE decides
    // (so does any resource's `engine=` given a deployment by name: `Embedding.create(engine=self.embedding_deployment, …)`)
    if (resolved.kind === 'sdk-python-legacy' && site.provider === 'openai' && (resolved.rest.includes('ChatCompletion') ? /\bengine\s*=/ : /\bengine\s*=\s*[\w.]*deploy/i).test(args) && !/\bmodel\s*=/.test(args) && !/\bapi_type\s*=/.test(src.noComments)) {
      site.provider = 'unknown';
      site.providerDetail = 'legacy call with engine= naming an Azure deployment and no api_type set here: OPENAI_API_TYPE decides at run time';
    }
    const assigned = assignedName(code, start);
    if (assigned) site.assignedTo = assigned;
    sites.push(site);
  }
  sites.push(...wrappedMethodCalls(src, code, symbols, family, language, aliases, mayResolve));
  // a file with no SDK has no bound methods, constructors or factories of its own to follow
  if (!noSdk) {
    sites.push(...boundMethodCalls(src, code, symbols, family, language));
    sites.push(...constructedClientCalls(src, code, symbols, family, language));
    sites.push(...factoryResultCalls(src, code, symbols, family, language));
    if (family === 'python') sites.push(...legacyEmbeddingHelpers(src, code, symbols, language));
  }
  if (family !== 'go' && (!noSdk || project?.hasFactories())) sites.push(...classFactoryResultCalls(src, code, symbols, language, project));
  return sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A call site of an SDK method resolved to its client: the method's name, verb and endpoint, where the data goes, what its arguments change. */
function sdkSite(
  src: SourceText,
  language: SourceLanguage,
  resolved: { kind: CallKind; prefix: string; rest: string[]; client: Pick<ClientInfo, 'provider' | 'providerDetail'> },
  method: Pick<SdkMethod, 'http' | 'path' | 'also'>,
  at: { start: number; nameEnd: number; end: number; args: string },
): CallSite {
  return {
    kind: resolved.kind,
    language,
    method: `${resolved.prefix}.${resolved.rest.filter((r) => r !== 'with_raw_response' && r !== 'with_streaming_response').join('.')}`,
    httpMethod: method.http,
    endpoint: method.path,
    ...(method.also ? { alsoEndpoints: method.also } : {}),
    provider: resolved.client.provider,
    ...(resolved.client.providerDetail ? { providerDetail: resolved.client.providerDetail } : {}),
    range: src.range(at.start, at.nameEnd),
    callRange: src.range(at.start, at.end),
    flags: readCallFlags(at.args),
  };
}

/** Functions that call the function they are given: thread and async bridges (an executor's `submit`), partial application, retry helpers. */
const CALLING_WRAPPER = /^_*(?:sync_to_async|async_to_sync|to_thread|run_in_executor|run_in_threadpool|submit|run_sync|run_func|run_blocking|run_async|partial|asyncify|make_async|promisify|retry\w*|\w*_retry|\w*[Rr]etry|\w*backoff\w*)$/;

/** Wrappers that take a function and do not call it: decorators' helpers, test doubles. */
const NOT_CALLING_WRAPPER = /^(?:wraps|mocked|spyOn|describe|expect|mock\w*|patch\w*|stub\w*|fake\w*|spy\w*)$/i;

/**
 * An SDK method handed to a wrapper that calls it: `sync_to_async(client.audio.translations.create)(…)`,
 * `partial(openai.Embedding.create, …)`, a retry helper's `with_retry(client.embeddings.create, …)`, Go's method values.
 * The request is made when the wrapper calls it; the arguments are the wrapper's others, or those of
 * the call right after it. (Python's thread runners handed the method with its arguments, `asyncio.to_thread(
 * client.chat.completions.create, model=…)`, are made plain calls before any detector reads the file, for raw HTTP's
 * functions too: see `deferredCalls.ts`; what reaches this is the rest, such as `to_thread(client.models.list)`.)
 */
function wrappedMethodCalls(src: SourceText, code: string, symbols: Symbols, family: Family, language: SourceLanguage, aliases: Map<string, string[]>, mayResolve: (chain: string) => boolean): CallSite[] {
  const sites: CallSite[] = [];
  // most files hand no method to any such wrapper: one cheap look first
  // (in Go any function given a client's method value calls it: `request(ctx, c.openai.CreateCompletion, req)`)
  // (nor, mostly, to a wrapper whose result is called at once: `self.with_overrides(self.client.chat.completions.create)(…)`)
  if (family !== 'go' && !/to_sync|to_async|to_thread|_executor|threadpool|submit|run_sync|run_func|run_blocking|run_async|partial|asyncify|make_async|promisify|[Rr]etry|backoff/.test(code) && !/\.[A-Za-z_$][\w$]*[ \t]*\)[ \t]*\(/.test(code)) return sites;
  // (black puts the method on a line of its own: `asyncio.to_thread(\n    client.responses.create, …`)
  const passed = /([(,][ \t]*\n?[ \t]*)((?:[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)+)(?=[ \t]*[,)])/g;
  // one wrapper's arguments share its brackets: matched once
  const closes = new Map<number, number>();
  for (let m = passed.exec(code); m; m = passed.exec(code)) {
    const text = m[2] ?? '';
    if (!mayResolve(text)) continue;
    const start = m.index + (m[1] ?? '').length;
    const resolved = resolve(expandAlias(text.split('.'), aliases), symbols, family, code, start);
    const method = resolved ? lookupSdkMethod(resolved.map, resolved.rest) : undefined;
    if (!resolved || !method) continue;
    // the wrapper: the call whose arguments hold the method (back over whole arguments before it, at most 400 characters)
    const around = m[1]?.startsWith('(') ? m.index : openBracketBefore(code, m.index, Math.max(0, m.index - 400));
    const wrapperOpen = code[around] === '(' ? around : -1;
    const wrapper = wrapperOpen < 0 ? undefined : /([A-Za-z_$][\w$]*)[ \t]*$/.exec(code.slice(Math.max(0, wrapperOpen - 60), wrapperOpen))?.[1];
    // (Go: a function of the program's own, not a package's: `fmt.Println(c.Models.List)` calls nothing)
    const qualified = wrapperOpen >= 0 && /\.[ \t]*[A-Za-z_$][\w$]*[ \t]*$/.test(code.slice(Math.max(0, wrapperOpen - 60), wrapperOpen));
    if (!wrapper) continue;
    let wrapperClose = closes.get(wrapperOpen);
    if (wrapperClose === undefined) closes.set(wrapperOpen, (wrapperClose = matchingBracket(code, wrapperOpen)));
    if (wrapperClose < 0) continue;
    const then = /^[ \t]*\(/.test(code.slice(wrapperClose, wrapperClose + 40)) ? code.indexOf('(', wrapperClose) : -1;
    // (a wrapper of the class's or the file's own handed the method alone, whose result is called at once, returns a function that
    // calls it: `self.with_overrides(self.client.chat.completions.create)(…)`; not `functools.wraps(f)(g)` or `jest.mocked(f)(…)`)
    const curried = then >= 0 && code.slice(wrapperOpen + 1, wrapperClose - 1).trim() === text && !NOT_CALLING_WRAPPER.test(wrapper) && (/(?:self|this)[ \t]*\.[ \t]*[A-Za-z_$][\w$]*[ \t]*$/.test(code.slice(Math.max(0, wrapperOpen - 60), wrapperOpen)) || new RegExp(`\\b(?:def|function)[ \\t]+${escapeRe(wrapper)}\\b|\\b${escapeRe(wrapper)}[ \\t]*=[ \\t]*(?:async[ \\t]*)?(?:function\\b|\\()`).test(code));
    if (!(CALLING_WRAPPER.test(wrapper) || curried || (family === 'go' && !qualified))) continue;
    // (Python's executors and pools `submit` the function they are given; a JavaScript form's `submit` is no such thing)
    if (wrapper === 'submit' && family !== 'python') continue;
    const thenClose = then < 0 ? -1 : matchingBracket(code, then);
    const end = thenClose > 0 ? thenClose : wrapperClose;
    sites.push(sdkSite(src, language, resolved, method, { start, nameEnd: start + text.length, end, args: src.noComments.slice(start + text.length, end) }));
  }
  return sites;
}

/**
 * A low-level request on a client (`client.post("/responses/{id}/cancel", cast_to=…)`, openai-go's
 * `client.Post(ctx, "images/edits", body, &res)`): the endpoint is the literal path it names, when
 * that is one of the API's.
 */
function lowLevelRequest(verb: string, args: string): Pick<SdkMethod, 'http' | 'path' | 'also'> | undefined {
  // the whole path, not the start of one (`"files/" + id`)
  const path = /^\(\s*(?:[A-Za-z_]\w*\s*,\s*)?[rfbu]{0,2}(["'`])\/?(?:v1\/)?([\w/{}.$-]+)\1\s*[,)]/.exec(args)?.[2];
  if (!path || path.endsWith('/')) return undefined;
  const endpoint = endpointTemplate(`https://x/v1/${path}`);
  const http = verb.toUpperCase();
  return findEndpointPolicy(endpoint) !== undefined && verbsForPath(endpoint).has(http) ? { http, path: endpoint } : undefined;
}

/**
 * Whether this file binds `name` to something other than an OpenAI client: `with httpx.AsyncClient()
 * as client`, `client = requests.Session()`, `const client = axios.create(…)`, a Go field, parameter
 * or variable of another type (`client *restClient`, `client := anthropic.NewClient()`).
 */
function boundToOtherClient(code: string, name: string, family: Family): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  const n = escapeRe(name);
  if (family === 'go') return new RegExp(`(?:^|[({,;]|\\bvar)[ \\t]*${n}[ \\t]+(?!\\*?(?:openai\\.Client|openai\\.ChatCompletionService)\\b)\\*?[\\w.]+|\\b${n}[ \\t]*:?=[ \\t]*(?!openai\\.NewClient)\\S`, 'm').test(code);
  if (family === 'python') return new RegExp(`\\bas[ \\t]+${n}\\b|(?<![\\w.])(?:self\\.)?${n}[ \\t]*(?::[^=\\n]{0,100})?=(?!=)[ \\t]*(?!(?:await[ \\t]+)?(?:openai\\.)?(?:Async)?(?:Azure)?OpenAI[ \\t]*\\()\\S`).test(code);
  return new RegExp(`(?:\\b(?:const|let|var)[ \\t]+|\\bthis\\.)${n}[ \\t]*(?::[^=\\n]{0,100})?=(?!=)[ \\t]*(?!new[ \\t]+(?:Azure)?OpenAI\\b)\\S`).test(code);
}

/**
 * openai<1.0 takes routing per call: `api_type=`, `api_base=`, `deployment_id=` (Azure only), or all
 * of them in a `**kwargs` dict the file fills with such keys from its configuration.
 */
function legacyCallRouting(args: string, fileHasRoutingKeys: () => boolean, moduleProvider: Provider): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const apiType = /\bapi_type\s*=\s*([^,)\n]+)/.exec(args)?.[1]?.trim();
  if (apiType && /^[rfbu]{0,2}["']azure/i.test(apiType)) return { provider: 'azure', providerDetail: 'legacy api_type="azure" in this call' };
  // `api_type="open_ai"` names the default; any other expression decides at run time (even with a
  // deployment_id beside it, which only Azure reads)
  if (apiType && !/^[rfbu]{0,2}["']/.test(apiType)) return { provider: 'unknown', providerDetail: 'legacy api_type passed to this call at run time' };
  if (/\bdeployment_id\s*=/.test(args)) return { provider: 'azure', providerDetail: 'legacy deployment_id= (Azure OpenAI deployments)' };
  const apiBase = /\bapi_base\s*=\s*([^,)\n]+)/.exec(args)?.[1];
  if (apiBase) return providerFromUrlExpression(apiBase);
  const spread = /\*\*\s*([A-Za-z_][\w.]*)/.exec(args)?.[1];
  // a module configured for Azure stays Azure's: the dict then holds the deployment
  if (spread && moduleProvider !== 'azure' && fileHasRoutingKeys()) {
    return { provider: 'unknown', providerDetail: `legacy routing (api_base/api_type/deployment_id) may come in **${spread}, filled at run time` };
  }
  return undefined;
}

/**
 * `def get_completion(openai, prompt): openai.ChatCompletion.create(…)`, `self.openai_session.Completion.create(…)`:
 * the legacy openai<1.0 module handed in under a name that says so. Its `api_base`/`api_type` are
 * whatever the code that passes it set, so the destination is unknown here. Only a resource of the
 * legacy module right after a name containing "openai" (g4f's `ChatCompletion.create` is not ours).
 */
function legacyModuleHandedIn(root: string, rest: string[], isParameter: (name: string) => boolean): ReturnType<typeof resolve> {
  const members = [...root.split('.'), ...rest];
  const at = members.findIndex((m, i) => i > 0 && LEGACY_RESOURCES.has(m) && /openai/i.test(members[i - 1] ?? ''));
  const holder = members.slice(0, at).join('.');
  const tail = members.slice(at);
  if (at < 1 || /^(?:mock|fake|stub|dummy)/i.test(members[at - 1] ?? '') || !lookupSdkMethod('python_legacy', tail)) return undefined;
  // a plain name must be a parameter here: an `openai` the file never imports or receives is a NameError, not a call
  if (at === 1 && !isParameter(holder)) return undefined;
  return { kind: 'sdk-python-legacy', map: 'python_legacy', rest: tail, prefix: 'openai', client: { provider: 'unknown', providerDetail: `${holder} is the legacy openai module handed in; its api_base and api_type are set by the code that passes it` } };
}

/**
 * A cheap test on a call chain's first names that rejects chains `resolve` could never take: their
 * root is no client, module, receiver, alias or client-like name (and, in Go, neither is the second,
 * a receiver's field). Answers are kept per root.
 */
function chainRootFilter(s: Symbols, aliases: Map<string, string[]>, family: Family): (chain: string) => boolean {
  const roots = new Set<string>(['self', 'this', 'cls', 'super', ...s.modules, ...(s.legacyResources?.keys() ?? []), ...(s.jsOpenAIBindings?.keys() ?? []), ...(s.goFactoryLocals?.keys() ?? [])]);
  for (const name of [...s.clients.keys(), ...aliases.keys()]) roots.add(name.split('.')[0] ?? name);
  const fields = new Set([...s.clients.keys()].filter((name) => !name.includes('.')));
  // Python: attributes some class of this file keeps a client in (`self.client`), read off other objects too (`vlm.client`)
  const selfFields = new Set([...s.clients.keys()].filter((name) => name.startsWith('self.') && !name.slice(5).includes('.')).map((name) => name.slice(5)));
  // whether a client-like attribute of any object may be a client (carriedClient's own condition)
  const carried = family !== 'go' && (importsOpenAISdk(s, family) || (s.plainClientOnly === true && !s.plainClientHandedOnly));
  const known = new Map<string, boolean>();
  return (chain) => {
    const root = /^[A-Za-z_$][\w$]*/.exec(chain)?.[0] ?? '';
    let answer = known.get(root);
    if (answer === undefined) known.set(root, (answer = roots.has(root) || CLIENT_LIKE_NAME.test(root)));
    // (a camel-case client's name only where it calls the Assistants API, as `resolve` takes it: other chains on it are not looked at)
    if (!answer && CAMEL_CLIENT_NAME.test(root) && /^[A-Za-z_$][\w$]*\s*\??\.\s*beta\s*\??\.\s*(?:assistants|threads|vector_stores)\b/.test(chain)) return true;
    if (answer) return answer;
    // (JavaScript: a name given what a project function returns, in a file importing from the SDK: see projectFactoryClient)
    if (family === 'js' && SDK_RESOURCE_CHAIN.test(chain) && importsFromSdkModule(s)) return true;
    // (a client on the request's context, `event.context.openai.files.del(id)`, in a file naming it so: see carriedClient)
    if (family === 'js' && s.openaiNamedOnly && ON_REQUEST_CONTEXT.test(chain)) return true;
    if ((family === 'python' && selfFields.size === 0 && !carried) || (family === 'js' && !carried)) return answer;
    const second = /^[A-Za-z_$][\w$]*\s*\??\.\s*([A-Za-z_$][\w$]*)/.exec(chain)?.[1];
    if (second === undefined) return false;
    // (and a client-like attribute of some other object: `deps.client.chat…`)
    if (family === 'python') return selfFields.has(second) || (carried && CLIENT_LIKE_NAME.test(second));
    if (CLIENT_LIKE_NAME.test(second) || (family === 'go' && (fields.has(second) || (s.goCommunity.size > 0 && GO_CLIENT_FIELD.test(second))))) return true;
    // (Go: a field's field, `c.OpenAI.Client.CreateChatCompletion(…)`, `lwh.ChatGPT.OpenAI.Client.CreateTranscription(…)`)
    if (family !== 'go') return false;
    const fieldsOf = chain.split('.').map((p) => p.trim()).slice(2, -1);
    // (or, in any Go file, a field the package fills with a factory's client: `user.Session.GptClient.CreateImage(…)`, see readGoFieldClients)
    if (fieldsOf.length <= 3 && s.goFilledFields?.has(fieldsOf[fieldsOf.length - 1] ?? '')) return true;
    if (s.goCommunity.size === 0) return false;
    return fieldsOf.length <= 3 && fieldsOf.some((f) => CLIENT_LIKE_NAME.test(f) || GO_CLIENT_FIELD.test(f));
  };
}

/** A chain through one of the resources OpenAI-shaped SDKs have, as projectFactoryClient reads them (`provider.chat.completions.create`). */
const SDK_RESOURCE_CHAIN = /^[A-Za-z_$][\w$]*\s*\??\.\s*(?:chat|beta|audio|images)\s*\??\./;

/**
 * `self.runs = self.client.beta.threads.runs`, `const threads = openai.beta.threads`: a name kept
 * for one resource of a client, by name → the members it stands for.
 */
function resourceAliases(code: string, s: Symbols, family: Family): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  // Python: a resource class of the SDK made on a client, `a_r = AsyncRealtime(a_oa)` after `from openai.resources.realtime import
  // AsyncRealtime`: the client's resource (`a_oa.realtime`)
  if (family === 'python' && code.includes('openai.resources')) {
    for (const i of code.matchAll(/^[ \t]*from[ \t]+openai\.resources\.((?:beta\.)?[a-z_]+)[ \t]+import[ \t]+([^\n(]+)$/gm)) {
      const resource = (i[1] ?? '').split('.');
      for (const cls of (i[2] ?? '').split(',').map((c) => c.trim().split(/\s+as\s+/).pop() ?? '').filter((c) => /^(?:Async)?[A-Z]\w*$/.test(c))) {
        for (const m of code.matchAll(new RegExp(`^[ \\t]*([A-Za-z_]\\w*)[ \\t]*=[ \\t]*${cls}[ \\t]*\\([ \\t]*((?:self\\.)?[A-Za-z_]\\w*)[ \\t]*\\)[ \\t]*$`, 'gm'))) {
          const target = [...(m[2] ?? '').split('.'), ...resource];
          if (resolve(target, s, family)) aliases.set(m[1] ?? '', target);
        }
      }
    }
  }
  // a client's beta namespace kept where the client is built, `client = OpenAI().beta` (its `client.assistants.create(…)` is `beta.assistants`)
  if (family !== 'go' && code.includes('.beta')) {
    for (const m of code.matchAll(/^[ \t]*(?:(?:const|let|var)[ \t]+)?((?:self\.|this\.)?[A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:new[ \t]+)?[A-Za-z_$][\w$.]*[ \t]*\(/gm)) {
      const close = matchingBracket(code, (m.index ?? 0) + m[0].length - 1);
      const name = m[1] ?? '';
      if (close < 0 || !/^[ \t]*\.[ \t]*beta[ \t]*;?[ \t]*(?:\n|$)/.test(code.slice(close, close + 40)) || !resolve([name, 'beta', 'assistants'], s, family)) continue;
      // (the alias is the file's: only for a name given nothing else anywhere, another function's `client = OpenAI()` is the client itself)
      const assignedAgain = new RegExp(`(?<![\\w$.])${escapeRe(name)}[ \\t]*(?::[^=\\n]{0,80})?=(?![=>])`, 'g');
      if ((code.match(assignedAgain)?.length ?? 0) > 1) continue;
      aliases.set(name, [name, 'beta']);
    }
  }
  // TypeScript: a parameter typed as one of the SDK's resource classes (`moderations: OpenAI.Moderations`, see collectJs): that
  // resource of the client its caller hands, read as `moderations.moderations`
  for (const [name, path] of s.jsResourceParameters ?? []) if (!aliases.has(name)) aliases.set(name, [name, ...path]);
  for (const [name, path] of s.getterAliases ?? []) if (!aliases.has(name)) aliases.set(name, path);
  // (and one another module exports, `import chat from "./openai/chat.js"` of `export default openai.chat.completions`)
  for (const [name, info] of family === 'js' ? s.clients : []) if (info.resource && !name.includes('.') && !aliases.has(name)) aliases.set(name, [name, ...info.resource]);
  const destructures = family === 'js' && /\}[ \t]*=[ \t]*[A-Za-z_$]/.test(code);
  if (family === 'go' || (!destructures && !/=[ \t]*[\w$.]+\.[\w$]+[ \t]*(?:;[ \t]*)?$/m.test(code))) return aliases;
  // (and a TypeScript class field: `private readonly chat = openai.chat;`, read as `this.chat`)
  const assignment = /^[ \t]*(?:(?:const|let|var)[ \t]+|((?:(?:private|public|protected|readonly|static)[ \t]+)+))?((?:self\.|this\.)?[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,200})?=[ \t]*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)[ \t]*(?:;[ \t]*)?$/gm;
  // `const { files, models } = openai`, `const { messages, runs } = threads` (a resource taken the same way above)
  const destructuring = /^[ \t]*(?:const|let|var)[ \t]+\{([\w$:, \t\n]{1,400})\}[ \t]*=[ \t]*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t]*(?:;[ \t]*)?$/gm;
  // in the file's order: a later line may take its resources from an earlier alias
  const found = [...code.matchAll(assignment), ...(destructures ? code.matchAll(destructuring) : [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of found) {
    if (m[0].includes('{')) {
      const from = aliases.get(m[2] ?? '') ?? expandAlias((m[2] ?? '').split('.'), aliases);
      const resolved = resolve(from, s, family);
      if (!resolved || lookupSdkMethod(resolved.map, resolved.rest)) continue;
      for (const part of (m[1] ?? '').split(',')) {
        const [member, local = member] = part.split(':').map((p) => p.trim());
        if (!member || !local || !/^[A-Za-z_$][\w$]*$/.test(member) || !/^[A-Za-z_$][\w$]*$/.test(local)) continue;
        // a bound method (`const { create } = openai.chat.completions`) is not a resource
        if (!lookupSdkMethod(resolved.map, [...resolved.rest, member])) aliases.set(local, [...from, member]);
      }
      continue;
    }
    const target = expandAlias((m[3] ?? '').split('.'), aliases);
    const resolved = resolve(target, s, family);
    // a bound method (`create = client.chat.completions.create`) is boundMethodCalls' job, and a client taken whole is that client,
    // except another module's class attribute (`client = LlmUtils.client`): kept as an alias unless the name is also a parameter
    const local = m[1] && family === 'js' ? `this.${m[2] ?? ''}` : (m[2] ?? '');
    const keptElsewhere = family === 'python' && target.length === 2 && target[0] !== 'self' && s.clients.has(target.join('.')) && (s.clients.get(local)?.handedIn ?? true) && assignedOnceNotParameter(code, local);
    if (!keptElsewhere && (!resolved || resolved.rest.length === 0 || lookupSdkMethod(resolved.map, resolved.rest))) continue;
    // (a wrapper's client taken out, `client = wrapper.raw`, is a client of its own: wrappedClientsUnwrapped)
    if (family === 'python' && resolved?.rest.length === 1 && WRAPPED_CLIENT_ATTRIBUTE.test(resolved.rest[0] ?? '') && s.clients.has(m[2] ?? '')) continue;
    aliases.set(local, target);
  }
  return aliases;
}

/** Whether Python code gives `name` a value once, and no function takes it as a parameter (`def summarize(client, text):`). */
function assignedOnceNotParameter(code: string, name: string): boolean {
  const assigned = code.match(new RegExp(`(?<![\\w.])${escapeRe(name)}[ \\t]*(?::[^=\\n]{0,80})?=(?!=)`, 'g'))?.length ?? 0;
  return assigned === 1 && !new RegExp(`\\bdef[ \\t]+\\w+[ \\t]*\\([^)]*(?<![\\w.])${escapeRe(name)}\\b`).test(code);
}

function expandAlias(members: string[], aliases: Map<string, string[]>): string[] {
  if (aliases.size === 0) return members;
  for (const take of [2, 1]) {
    const target = members.length > take ? aliases.get(members.slice(0, take).join('.')) : undefined;
    if (target) return [...target, ...members.slice(take)];
  }
  return members;
}

/** Sticky: a member chain right after a call's `)` (bounded, so a long line stays linear). */
const MEMBER_AFTER = /[ \t]*((?:\??\.[ \t]*[A-Za-z_$][\w$]{0,100}){1,12})[ \t]*\(/y;

/**
 * An SDK method called on a value right where a call produces it: `OpenAI().files.create(…)`,
 * `self.get_client().responses.create(…)`. `close` is just past the producing call's `)`; the
 * client is worked out only once a method is found.
 */
function siteOnResult(
  src: SourceText,
  code: string,
  produced: { start: number; close: number; label: string },
  map: SdkFamily,
  language: SourceLanguage,
  client: () => Pick<ClientInfo, 'provider' | 'providerDetail'>,
): CallSite | undefined {
  MEMBER_AFTER.lastIndex = produced.close;
  const chain = MEMBER_AFTER.exec(code);
  if (!chain) return undefined;
  const rest = (chain[1] ?? '').split('.').map((p) => p.replace(/[\s?]/g, '')).filter(Boolean);
  const method = lookupSdkMethod(map, rest);
  if (!method) return undefined;
  const info = client();
  const chainEnd = produced.close + (chain[0] ?? '').length - 1;
  const callClose = matchingBracket(code, chainEnd);
  const end = callClose < 0 ? chainEnd + 1 : callClose;
  const site: CallSite = {
    kind: map === 'python' ? 'sdk-python' : map === 'node_legacy' || map === 'node_openai_api' ? 'sdk-node-legacy' : map.startsWith('go') ? 'sdk-go' : 'sdk-node',
    language,
    method: `${produced.label}.${rest.join('.')}`,
    httpMethod: method.http,
    endpoint: method.path,
    ...(method.also ? { alsoEndpoints: method.also } : {}),
    provider: info.provider,
    ...(info.providerDetail ? { providerDetail: info.providerDetail } : {}),
    range: src.range(produced.start, chainEnd),
    callRange: src.range(produced.start, end),
    flags: readCallFlags(src.noComments.slice(chainEnd, end)),
  };
  const assigned = assignedName(code, produced.start);
  if (assigned) site.assignedTo = assigned;
  return site;
}

/**
 * `self.get_client().responses.create(…)`, `getClient().chat.completions.create(…)`: a function of
 * this file (or, with a plain name, of the project) that returns a client, called and used in one
 * expression.
 */
function factoryResultCalls(src: SourceText, code: string, s: Symbols, family: Family, language: SourceLanguage): CallSite[] {
  if (family === 'go' || s.factories.size === 0) return [];
  const names = [...s.factories.keys()].filter((k) => /^[A-Za-z_$][\w$]*$/.test(k)).map(escapeRe);
  if (names.length === 0) return [];
  const call = new RegExp(`(?<![\\w$.])((?:self\\.|cls\\.|this\\.)?(${names.join('|')}))[ \\t]*\\(`, 'g');
  const sites: CallSite[] = [];
  for (let m = call.exec(code); m; m = call.exec(code)) {
    const info = s.factories.get(m[2] ?? '');
    const close = matchingBracket(code, m.index + m[0].length - 1);
    if (!info || close < 0) continue;
    const map: SdkFamily = info.family === 'node_legacy' || info.family === 'node_openai_api' ? info.family : family === 'python' ? 'python' : 'node';
    const site = siteOnResult(src, code, { start: m.index, close, label: `${m[1] ?? ''}()` }, map, language, () => info);
    if (site) sites.push(site);
  }
  return sites;
}

/**
 * `OpenAIService.getClient().embeddings.create(…)`: a static method that returns a client, called on its
 * class, one of this file or one imported from a module of the project (`import { OpenAiApi } from '../api/openai.js'`);
 * in Python a class or static method (`OpenAIAsync.instance()`, `from app.utils import OpenAIAsync`).
 */
function classFactoryResultCalls(src: SourceText, code: string, s: Symbols, language: SourceLanguage, project: ProjectIndex | undefined): CallSite[] {
  const python = language === 'python';
  const owners = python ? pythonFactoryOwners(s, project) : jsFactoryOwners(code, src.noComments, s, project);
  if (owners.size === 0) return [];
  const names = [...owners.keys()].map(escapeRe).join('|');
  const call = python ? new RegExp(`(?<![\\w.])(${names})\\.([A-Za-z_]\\w*)[ \\t]*\\(`, 'g') : jsMemberCalls(names);
  const sites: CallSite[] = [];
  for (let m = call.exec(code); m; m = call.exec(code)) {
    const info = owners.get(m[1] ?? '')?.(m[2] ?? '');
    const close = info ? matchingBracket(code, m.index + m[0].length - 1) : -1;
    if (!info || close < 0) continue;
    const site = siteOnResult(src, code, { start: m.index, close, label: `${m[1] ?? ''}.${m[2] ?? ''}()` }, python ? 'python' : info.family === 'node_legacy' ? 'node_legacy' : 'node', language, () => info);
    if (site) sites.push(site);
  }
  return sites;
}

/** A JavaScript file's calls of a method on one of these names (an alternation), `ai.getClient(`: [1] the name, [2] the method. */
function jsMemberCalls(names: string): RegExp {
  return new RegExp(`(?<![\\w$.])(${names})\\.([A-Za-z_$][\\w$]*)[ \\t]*\\(`, 'g');
}

/** The classes a file may call a client factory on, by the name it calls each by: the client a method of it returns, if any. */
type FactoryOwners = Map<string, (method: string) => ClientInfo | undefined>;

/** The classes whose factories a JavaScript file may call: its own, recorded by their bare method names, and imported ones. */
function jsFactoryOwners(code: string, text: string, s: Symbols, project: ProjectIndex | undefined): FactoryOwners {
  const owners: FactoryOwners = new Map();
  // (a factory of this file by its bare name, when that class's body defines it and nothing else in the file does:
  // `Drive.getClient()` beside a module function `getClient()` that builds an OpenAI client is Drive's own)
  if (s.factories.size > 0) {
    for (const m of code.matchAll(/\bclass[ \t]+([A-Z][\w$]*)[^{;]{0,200}\{/g)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchingBracket(code, open, code.length);
      owners.set(m[1] ?? '', (method) => {
        const info = s.factories.get(method);
        if (!info || close < 0) return undefined;
        const heads = [...code.matchAll(new RegExp(`(?:\\bfunction[ \\t]*\\*?[ \\t]*${escapeRe(method)}[ \\t]*\\(|\\b(?:const|let|var)[ \\t]+${escapeRe(method)}[ \\t]*=|^[ \\t]*(?:(?:static|async|public|private|protected)[ \\t]+)*${escapeRe(method)}[ \\t]*\\([^()]*\\)[ \\t]*(?::[^{;\\n]*)?\\{)`, 'gm'))];
        return heads.length === 1 && (heads[0]?.index ?? -1) > open && (heads[0]?.index ?? 0) < close ? info : undefined;
      });
    }
  }
  if (project?.hasFactories()) {
    for (const i of s.imports()) {
      if (/^[A-Z]/.test(i.local) && /^(?:\.|@@?\/|~~?\/)/.test(i.module) && !owners.has(i.local)) owners.set(i.local, (method) => project.factoryIn(i.module, method));
    }
    // (and a module imported whole, whatever its local name: `ai.getClient().embeddings.create(…)` after `import * as ai from "../lib/ai"`)
    for (const [local, module] of wholeModuleImports(text, s)) if (!owners.has(local)) owners.set(local, (method) => project.factoryIn(module, method));
  }
  return owners;
}

/** The classes whose factories a Python file may call: recorded by `Class.method` (clientFactories), this file's and its modules'. */
function pythonFactoryOwners(s: Symbols, project: ProjectIndex | undefined): FactoryOwners {
  const owners: FactoryOwners = new Map();
  for (const name of s.factories.keys()) {
    const cls = /^([A-Z]\w*)\.\w+$/.exec(name)?.[1];
    if (cls) owners.set(cls, (method) => s.factories.get(`${cls}.${method}`));
  }
  if (project?.hasFactories()) {
    for (const i of s.imports()) {
      if (/^[A-Z]/.test(i.name) && !/^openai(?:\.|$)/.test(i.module) && !owners.has(i.local)) owners.set(i.local, (method) => project.factoryIn(i.module, `${i.name}.${method}`));
    }
  }
  return owners;
}

/**
 * `OpenAI().files.create(…)`, `new OpenAI({ baseURL }).chat.completions.create(…)`: a client built
 * and used in one expression (scripts, notebooks, one-off helpers).
 */
function constructedClientCalls(src: SourceText, code: string, s: Symbols, family: Family, language: SourceLanguage): CallSite[] {
  if (family === 'go') return constructedGoClientCalls(src, code, s, language);
  if (s.classes.size === 0) return [];
  // Only identifiers (and `module.Class`) go into the pattern: an alias can be any text after a broken import.
  const names = [...s.classes.keys()].filter((k) => /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(k)).map(escapeRe);
  if (names.length === 0) return [];
  const ctor = new RegExp(`(?<![\\w$.])${family === 'js' ? 'new[ \\t]+' : ''}(${names.join('|')})[ \\t]*\\(`, 'g');
  const sites: CallSite[] = [];
  for (let m = ctor.exec(code); m; m = ctor.exec(code)) {
    const cls = s.classes.get(m[1] ?? '');
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(code, open);
    // `close` is just past the constructor's `)`: most constructors are assigned, not called on
    if (!cls || close < 0) continue;
    const map: SdkFamily = family === 'python' ? 'python' : cls === 'OpenAIApi' ? 'node_legacy' : cls === AZURE_JS_CLIENT ? 'node_azure' : cls === OPENAI_API_PACKAGE_CLIENT ? 'node_openai_api' : 'node';
    const site = siteOnResult(src, code, { start: m.index, close, label: `${m[1] ?? cls}(…)` }, map, language, () => (cls === OPENAI_API_PACKAGE_CLIENT ? OPENAI_API_PACKAGE_INFO : cls === AZURE_JS_CLIENT ? azureJsClientDestination(constructorArgs(code, src.noComments, open), src.noComments) : providerFromConstructor(cls, constructorArgs(code, src.noComments, open), src.noComments)));
    if (site) sites.push(site);
  }
  return sites;
}

/**
 * openai<1.0's `openai.embeddings_utils` helpers (`get_embedding`, `get_embeddings` and their async
 * `aget_…` twins) each send one `Embedding.create` (checked against openai/openai-python@0e57f61),
 * on the module's settings: `from openai.embeddings_utils import get_embedding` … `get_embedding(text, engine=…)`.
 */
function legacyEmbeddingHelpers(src: SourceText, code: string, s: Symbols, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('embeddings_utils')) return [];
  const helpers = /^a?get_embeddings?$/;
  const names = new Map<string, string>();
  for (const m of text.matchAll(/^[ \t]*from[ \t]+openai\.embeddings_utils[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]+)/gm)) {
    for (const part of (m[1] ?? '').replace(/[()]/g, '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name && helpers.test(name)) names.set(alias?.trim() || name, name);
    }
  }
  const qualified = /(?:openai\.)?embeddings_utils\.(a?get_embeddings?)[ \t]*\(/g;
  const sites: CallSite[] = [];
  const add = (start: number, open: number, helper: string): void => {
    const close = matchingBracket(code, open);
    const end = close < 0 ? open + 1 : close;
    const args = text.slice(open, end);
    const azure = s.moduleProvider.provider === 'azure' || /\bapi_type\s*=\s*[rfbu]{0,2}["']azure/i.test(args);
    sites.push({
      kind: 'sdk-python-legacy',
      language,
      method: `openai.embeddings_utils.${helper}`,
      httpMethod: 'POST',
      endpoint: '/v1/embeddings',
      provider: azure ? 'azure' : s.moduleProvider.provider,
      ...(azure ? { providerDetail: 'legacy api_type="azure"' } : s.moduleProvider.providerDetail ? { providerDetail: s.moduleProvider.providerDetail } : {}),
      range: src.range(start, open),
      callRange: src.range(start, end),
      flags: readCallFlags(args),
    });
  };
  for (const m of code.matchAll(qualified)) add(m.index ?? 0, (m.index ?? 0) + m[0].length - 1, m[1] ?? '');
  if (names.size > 0) {
    // a function of that name defined here is the file's own
    const own = new Set([...code.matchAll(/^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/gm)].map((m) => m[1] ?? ''));
    const local = [...names.keys()].filter((n) => !own.has(n)).map(escapeRe);
    if (local.length > 0) {
      for (const m of code.matchAll(new RegExp(`(?<![\\w.])(${local.join('|')})[ \\t]*\\(`, 'g'))) add(m.index ?? 0, (m.index ?? 0) + m[0].length - 1, names.get(m[1] ?? '') ?? '');
    }
  }
  return sites;
}

/** Go: `openai.NewClientWithConfig(cfg).ListModels(ctx)`, a client built and used in one expression. */
function constructedGoClientCalls(src: SourceText, code: string, s: Symbols, language: SourceLanguage): CallSite[] {
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/\b(\w+)\.(NewClientWithConfig|NewClient)[ \t]*\(/g)) {
    const pkg = m[1] ?? '';
    const map: SdkFamily | undefined = s.goLibraries.get(pkg) ?? (s.goCommunity.has(pkg) ? 'go_community' : s.goOfficial.has(pkg) ? 'go' : undefined);
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (!map || close < 0) continue;
    const args = code.slice(open + 1, close - 1).trim();
    const site = siteOnResult(src, code, { start: m.index ?? 0, close, label: `${pkg}.${m[2] ?? ''}(…)` }, map, language, () =>
      map !== 'go'
        ? m[2] === 'NewClient'
          ? (goGpt3Options(src.text, args) ?? defaultGoCommunity())
          : (s.goConfigs?.get(args) ?? { provider: 'unknown', providerDetail: `go-openai config ${args} built elsewhere; its base URL is decided there` })
        : args === '' || /^option\.WithAPIKey\([^()]*\)$/.test(args)
          ? defaultOpenAI()
          : { provider: 'unknown', providerDetail: 'openai-go options decided where the call is built' },
    );
    if (site) sites.push(site);
  }
  return sites;
}

/**
 * `completion = client.chat.completions.create` … `completion(model=…)`: a method taken off a
 * client without calling it, then called under its new name.
 */
function boundMethodCalls(src: SourceText, code: string, symbols: Symbols, family: Family, language: SourceLanguage): CallSite[] {
  const sites: CallSite[] = [];
  // Found from the `=` (a pattern that starts with a literal character is searched for quickly),
  // then the name written just before it: `name = client.chat.completions.create` at a line's end.
  const binding = /=[ \t]*((?:[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)+)(?:\.bind\([^)\n]{0,200}\))?[ \t]*(?:;[ \t]*)?$/gm;
  for (const b of code.matchAll(binding)) {
    const name = boundName(code, b.index ?? 0);
    if (!name) continue;
    const resolved = resolve((b[1] ?? '').split('.'), symbols, family);
    const method = resolved ? lookupSdkMethod(resolved.map, resolved.rest) : undefined;
    if (!resolved || !method) continue;
    const after = (b.index ?? 0) + b[0].length;
    const call = new RegExp(`(?<![\\w$.])${escapeRe(name)}[ \\t]*\\(`, 'g');
    call.lastIndex = after;
    for (let m = call.exec(code); m; m = call.exec(code)) {
      if (/\bdef[ \t]+$|\bfunction[ \t]+$/.test(code.slice(Math.max(0, m.index - 12), m.index))) continue;
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(code, open);
      const end = close < 0 ? open + 1 : close;
      sites.push({
        kind: resolved.kind,
        language,
        method: `${resolved.prefix}.${resolved.rest.join('.')} (as ${name})`,
        httpMethod: method.http,
        endpoint: method.path,
        ...(method.also ? { alsoEndpoints: method.also } : {}),
        provider: resolved.client.provider,
        ...(resolved.client.providerDetail ? { providerDetail: resolved.client.providerDetail } : {}),
        range: src.range(m.index, m.index + name.length),
        callRange: src.range(m.index, end),
        flags: readCallFlags(src.noComments.slice(open, end)),
      });
    }
  }
  return sites;
}

/** The name assigned by the `=` at `eq`, when it stands alone before it (after a line start, a blank, `;`, or const/let/var). */
function boundName(code: string, eq: number): string | undefined {
  let end = eq;
  while (end > 0 && (code.charCodeAt(end - 1) === 32 || code.charCodeAt(end - 1) === 9)) end--;
  let start = end;
  while (start > 0 && /[\w$]/.test(code.charAt(start - 1))) start--;
  if (start === end || !/[A-Za-z_$]/.test(code.charAt(start))) return undefined;
  const before = start === 0 ? '\n' : code.charAt(start - 1);
  return /[\s;]/.test(before) ? code.slice(start, end) : undefined;
}

function resolve(
  members: string[],
  s: Symbols,
  family: Family,
  code?: string,
  at?: number,
): { kind: CallKind; map: SdkFamily; rest: string[]; prefix: string; client: Pick<ClientInfo, 'provider' | 'providerDetail'> } | undefined {
  let root = members[0] ?? '';
  let rest = members.slice(1);
  // Python and JS receivers; in Go `this` is only a receiver's name and `this.client` a field
  // (not inside a subclass of the SDK's client, whose own resources are `this.chat.completions.create(…)`)
  const ownResource = family === 'js' && root === 'this' && s.clients.has('this') && !s.clients.has(`this.${rest[0] ?? ''}`) && lookupSdkMethod('node', rest) !== undefined;
  if (family !== 'go' && (root === 'self' || root === 'this' || root === 'cls') && rest.length > 1 && !ownResource) {
    root = `${root}.${rest[0]}`;
    rest = rest.slice(1);
    // JS `const self = this` … `self.client.chat…` inside a callback
    if (family === 'js' && s.selfIsThis && root.startsWith('self.') && !s.clients.has(root) && s.clients.has(`this.${root.slice(5)}`)) root = `this.${root.slice(5)}`;
    // (Python: a class attribute read through the instance's class, `self.__class__.framework.ChatCompletion.create(…)`)
    if (root === 'self.__class__' && rest.length > 1 && s.modules.has(`${root}.${rest[0] ?? ''}`)) {
      root = `${root}.${rest[0] ?? ''}`;
      rest = rest.slice(1);
    }
  }
  // `bp.openai_client.chat.completions.create`: a client kept on some other object's attribute
  // (also on a module taken for a client, `openai.openai.beta.threads…`: the member is the one registered for it)
  if (rest.length > 1 && s.clients.has(`${root}.${rest[0]}`)) {
    root = `${root}.${rest[0]}`;
    rest = rest.slice(1);
  }
  // `self._tts._client.audio…`: another instance's attribute that a class of this file keeps a
  // client in, when that instance is one of this file's classes (`self._tts: TTS = tts`)
  if (family === 'python' && code !== undefined && rest.length > 2 && !s.clients.has(root) && s.clients.has(`self.${rest[0]}`)) {
    if (at !== undefined && !root.includes('.') && isParameterAt(root, at, s, code)) {
      // `def make_api_call(vlm, …): vlm.client.chat…`: an object passed in whose attribute of that
      // name a class of this file keeps a client in; which object (and client) is the caller's
      if (lookupSdkMethod('python', rest.slice(1))) return { kind: 'sdk-python', map: 'python', rest: rest.slice(1), prefix: 'client', client: { provider: 'unknown', providerDetail: `${root}.${rest[0] ?? ''} is a client kept on an object passed in to this function; where it sends data is decided by the code that built it` } };
    } else if (holdsOwnClass(root, code, s)) {
      root = `self.${rest[0]}`;
      rest = rest.slice(1);
    }
  }
  // `deps.client.chat.completions.create(…)`: a client kept on an object passed in to this function
  const carried = carriedClient(root, rest, s, family, code, at);
  if (carried) return carried;
  const scoped =
    code === undefined || at === undefined
      ? undefined
      : family === 'python'
        ? root.startsWith('self.')
          ? classScopedClient(root, at, s, code)
          : scopedClient(root, at, s, code)
        : family === 'go'
          ? goLocalClient(root, at, s, code)
          : jsScopedClient(root, rest, at, s, code);
  // built from something else in this function (`client = Groq()`), whatever other functions do
  // (an openai<1.0 resource's instance, `audio = Audio()`, made in two functions is no client but is that resource)
  if (scoped === null && !(family === 'python' && s.legacyResources?.has(root))) return undefined;
  const client = scoped ?? s.clients.get(root) ?? injectedClient(root, rest, s, family, code, at);
  if (family === 'python') {
    // `from component.openai import openai` … `openai.ChatCompletion.create(…)`: the legacy module a
    // project module re-exports (no v1 client has those capitalised resources)
    if (client && LEGACY_RESOURCES.has(rest[0] ?? '') && (/openai/i.test(root) || client.legacyModule) && !lookupSdkMethod('python', rest) && lookupSdkMethod('python_legacy', rest)) return { kind: 'sdk-python-legacy', map: 'python_legacy', rest, prefix: 'openai', client };
    const handedIn = scoped || s.clients.has(root) || s.modules.has(root) || s.legacyResources?.has(root) ? undefined : legacyModuleHandedIn(root, rest, (name) => code !== undefined && at !== undefined && isParameterAt(name, at, s, code));
    if (handedIn) return handedIn;
    if (client) return { kind: 'sdk-python', map: 'python', rest, prefix: 'client', client: settledByProject(client, 'python', s, root, at, code) };
    const resource = s.legacyResources?.get(root);
    if (resource) return { kind: 'sdk-python-legacy', map: 'python_legacy', rest: [resource, ...rest], prefix: 'openai', client: s.moduleProvider };
    if (s.modules.has(root)) {
      const legacy = /^[A-Z]/.test(rest[0] ?? '');
      const only = s.azureOnlyIn;
      // (the innermost function's, where one function sets them inside another)
      const own = at === undefined ? undefined : s.moduleSettingsIn?.filter((r) => at > r.from && at < r.end).sort((x, y) => y.from - x.from)[0]?.info;
      const module = own ?? (only && at !== undefined && (at < only.start || at >= only.end) ? { provider: 'unknown' as const, providerDetail: only.why } : s.moduleProvider);
      return legacy
        ? { kind: 'sdk-python-legacy', map: 'python_legacy', rest, prefix: 'openai', client: module }
        : { kind: 'sdk-python', map: 'python', rest, prefix: 'openai', client: module };
    }
    return undefined;
  }
  if (family === 'js') {
    if (!client) return undefined;
    // a typed parameter of a function the project's other modules import and call: the client they all hand it
    const handed = client.provider === 'unknown' && s.project?.hasHandedClients() && code !== undefined && at !== undefined ? jsClientHandedByImporters(root, at, s, code, s.project) : undefined;
    const settled = settledByProject(handed ?? client, 'js', s, root, at, code);
    return settled.family === 'node_legacy' || settled.family === 'node_openai_api'
      ? { kind: 'sdk-node-legacy', map: settled.family, rest, prefix: 'openai', client: settled }
      : { kind: 'sdk-node', map: settled.family === 'node_azure' ? 'node_azure' : 'node', rest, prefix: 'client', client: settled };
  }
  // `c.client.CreateChatCompletion(…)`: a struct field typed as a client (also when the receiver's
  // name is a client variable elsewhere in the file: `c := openai.NewClient()` in a constructor)
  if (rest.length > 1 && s.clients.has(rest[0] ?? '') && (!client || lookupSdkMethod(goMap(client), rest) === undefined)) return resolve(rest, s, family);
  // (a field's field's: `user.Session.GptClient.CreateImage(…)`, the field right before the method one the package fills with a factory's client)
  if (family === 'go' && !client && rest.length > 2 && rest.length <= 5 && s.goFilledFields?.has(rest[rest.length - 2] ?? '')) return resolve(rest.slice(-2), s, family);
  if (!client) return undefined;
  // `ChatService.Completions.New(…)` is `client.Chat.Completions.New(…)`
  const service = s.goServices?.get(root);
  if (service) rest = [...service, ...rest];
  // `o.client.CreateChatCompletion(…)` read through its field
  // (also through a field's field: `c.OpenAI.Client.CreateChatCompletion(…)`)
  if (client.family === 'go_community' && rest.length >= 2 && rest.length <= 4 && !lookupSdkMethod(goMap(client), rest)) rest = rest.slice(-1);
  // `c.client.Embeddings.New(…)` likewise
  if (client.family === 'go' && rest.length > 2 && !lookupSdkMethod('go', rest) && lookupSdkMethod('go', rest.slice(1))) rest = rest.slice(1);
  return { kind: 'sdk-go', map: goMap(client), rest, prefix: 'client', client };
}

/** The method map of a Go client: openai-go's, go-openai's, or go-gpt3's. */
function goMap(client: ClientInfo): SdkFamily {
  return client.family !== 'go_community' ? 'go' : (client.goLibrary ?? 'go_community');
}

/**
 * `def summarize(deps, text): deps.client.chat.completions.create(…)` (Python or JS): an object
 * passed in carries a client-like attribute that calls an OpenAI resource, in a file that imports
 * the SDK or imports nothing and names no other provider whose SDK has that shape. Whose client,
 * and where it sends data, is the caller's.
 */
function carriedClient(root: string, rest: string[], s: Symbols, family: Family, code?: string, at?: number): ReturnType<typeof resolve> {
  // (also one a server keeps on the request's context for its handlers: h3's and Nuxt's `event.context.openai`, Koa's
  // `ctx.state.openai`, Express's `req.app.locals.openai`; only under a name that says OpenAI)
  const onContext = family === 'js' && rest.length >= 4 && REQUEST_CONTEXT.test(rest[0] ?? '') && /openai/i.test(rest[1] ?? '');
  const member = onContext ? 1 : 0;
  if (family === 'go' || code === undefined || at === undefined || rest.length < 3 + member || root.includes('.') || !CLIENT_LIKE_NAME.test(rest[member] ?? '')) return undefined;
  const path = rest.slice(member + 1);
  if (!PLAIN_CLIENT_RESOURCE.test(path.join('.')) || !plainResourceIsOpenAI(path.join('.'), s, code, at) || s.clients.has(root) || s.modules.has(root)) return undefined;
  if (!importsOpenAISdk(s, family) && (!s.plainClientOnly || s.plainClientHandedOnly) && !(onContext && s.openaiNamedOnly)) return undefined;
  // (or any object's attribute named for OpenAI: `client.openai_client.chat…` on an application's own wrapper)
  const namedForOpenAI = /openai/i.test(rest[member] ?? '') && !/^(?:mock|fake|stub|dummy)/i.test(rest[member] ?? '');
  const passedIn = family === 'python' ? isParameterAt(root, at, s, code) : jsParameterAt(root, at, s, code);
  if (!passedIn && !namedForOpenAI) return undefined;
  const map = family === 'python' ? 'python' : 'node';
  if (!lookupSdkMethod(map, path)) return undefined;
  const held = rest.slice(0, member + 1).join('.');
  const why = onContext ? "a client the server keeps on the request's context" : passedIn ? 'a client kept on an object passed in to this function' : 'a client kept under a name that says OpenAI';
  return { kind: family === 'python' ? 'sdk-python' : 'sdk-node', map, rest: path, prefix: 'client', client: { provider: 'unknown', providerDetail: `${root}.${held} is ${why}; where it sends data is decided by the code that built it` } };
}

/** The objects a server hands its handlers with what the app keeps for each request (h3's `event.context`, Koa's `ctx.state`, Express's `app.locals`). */
const REQUEST_CONTEXT_NAMES = 'context|state|locals';
const REQUEST_CONTEXT = new RegExp(`^(?:${REQUEST_CONTEXT_NAMES})$`);
/** A call chain that reaches a member named for OpenAI on such an object: `event.context.openai.files.del(id)`. */
const ON_REQUEST_CONTEXT = new RegExp(String.raw`^[A-Za-z_$][\w$]*\s*\??\.\s*(?:${REQUEST_CONTEXT_NAMES})\s*\??\.\s*[\w$]*[oO]pen[aA][iI]`);

function recordGoLocal(s: Symbols, name: string, at: number, info: ClientInfo, declares: boolean): void {
  const list = (s.goLocals ??= new Map()).get(name) ?? [];
  s.goLocals.set(name, list);
  list.push({ at, info, declares });
}

/**
 * Go: `client := openai.NewClient(…)` in several functions, each for its own server: a call uses the
 * variable its own top-level function declared in a block still open at the call (closures inside
 * share it), with every assignment to it after that; when those point different ways (`client =
 * …groq…` in an `if`), the choice is made at run time. Undefined when the name is built once, or
 * not in this function (then the file-wide symbol applies).
 */
function goLocalClient(root: string, at: number, s: Symbols, code: string): ClientInfo | undefined {
  const definitions = s.goLocals?.get(root);
  if (!definitions || definitions.length < 2) return undefined;
  const functionStart = code.lastIndexOf('\nfunc', at);
  const mine = definitions.filter((d) => d.at > functionStart && d.at < at);
  if (mine.length === 0) return undefined;
  let from = 0;
  for (let i = mine.length - 1; i >= 0; i--) {
    const d = mine[i];
    if (d?.declares && at < (d.blockEnd ??= enclosingBlockEnd(code, d.at))) {
      from = i;
      break;
    }
  }
  // a `:=` in a block closed before the call declared another variable of that name
  const reaching = mine.slice(from).filter((d, i) => i === 0 || !d.declares || (d.blockEnd ??= enclosingBlockEnd(code, d.at)) > at);
  const last = reaching[reaching.length - 1]?.info;
  const providers = new Set(reaching.map((d) => d.info.provider));
  if (!last || providers.size === 1) return last;
  return { family: last.family, provider: 'unknown', providerDetail: `${root} is built in more than one way in this function (${[...providers].join(', ')}); which one a call uses is decided at run time` };
}

/**
 * The package of the type a Go name is first declared with (`OllamaClient *ollama.Client` → `ollama`), asked once
 * per name and file: a file of many calls on one holder asked it per call, each time over the whole file (10,000 took 17 s).
 */
function goDeclaredPackage(code: string, holder: string): string | undefined {
  return declaredPackages(code, holder, () => new RegExp(`\\b${escapeRe(holder)}[ \\t]+\\*?(\\w+)\\.\\w+`).exec(code)?.[1]);
}
const declaredPackages = perText<string | undefined>();

/** Whether `holder` is the receiver of the Go method around `at` and the file defines `method` on the receiver's type. */
function goReceiverMethod(code: string, at: number, holder: string, method: string): boolean {
  const from = code.lastIndexOf('\nfunc', at);
  const receiver = from < 0 ? null : /^\nfunc[ \t]*\([ \t]*(\w+)[ \t]+\*?(\w+)[ \t]*\)/.exec(code.slice(from, Math.min(at, from + 300)));
  if (!receiver || receiver[1] !== holder) return false;
  // (the file's methods by type, read once per file: a wrapper calls its own methods many times)
  return methodsByType(code, '', () => new Set([...code.matchAll(/\bfunc[ \t]*\([ \t]*\w+[ \t]+\*?(\w+)[ \t]*\)[ \t]*(\w+)[ \t]*[(\[]/g)].map((m) => `${m[1] ?? ''}.${m[2] ?? ''}`))).has(`${receiver[2] ?? ''}.${method}`);
}
const methodsByType = perText<Set<string>>();

/** The signature of the top-level Go function around an offset: receiver, parameters and results, up to its body's `{`. */
function goSignature(code: string, at: number): string {
  const start = code.lastIndexOf('\nfunc', at);
  if (start < 0) return '';
  let i = start + 5;
  while (i < at) {
    const c = code[i];
    // brackets skipped whole: `(r *T)`, `(ctx context.Context, meta map[string]interface{}, addr string)`
    if (c === '(' || c === '[') {
      const close = matchingBracket(code, i);
      if (close < 0) break;
      i = close;
    } else if (c === '{') break;
    else i++;
  }
  return code.slice(start, i);
}

/** A struct field's values in keyed literals of this file (`Config{Opts: []option.RequestOption{…}}`), each whole. */
function goKeyedValues(code: string, text: string, field: string): string[] {
  const values: string[] = [];
  for (const m of code.matchAll(new RegExp(`\\b${field}[ \\t]*:(?!=)[ \\t]*([^\\n]*)`, 'g'))) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    const brace = (m[1] ?? '').indexOf('{');
    const close = brace < 0 ? -1 : matchingBracket(code, start + brace);
    values.push(text.slice(start, close < 0 ? start + (m[1] ?? '').length : close));
  }
  return values;
}

/**
 * A go-openai config as a client built at `at` sees it, when its own function sets `X.BaseURL`: the
 * last setting in a block still open there, with any made after it in closed blocks (`if useProxy {
 * config.BaseURL = … }`), or, with none open, the config's default and the closed ones. Several
 * destinations are a run-time choice. Undefined when the function sets no base URL.
 */
function goConfigAt(code: string, at: number, name: string, initial: Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined, settings: Array<{ at: number; destination: Pick<ClientInfo, 'provider' | 'providerDetail'> }> | undefined): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const functionStart = code.lastIndexOf('\nfunc', at);
  const mine = (settings ?? []).filter((b) => b.at > functionStart && b.at < at);
  if (mine.length === 0) return undefined;
  let from = -1;
  for (let i = mine.length - 1; i >= 0 && from < 0; i--) if (enclosingBlockEnd(code, mine[i]?.at ?? 0) > at) from = i;
  const reaching = [...(from < 0 ? (initial ? [initial] : []) : []), ...mine.slice(Math.max(0, from)).map((b) => b.destination)];
  const first = reaching[0];
  if (!first) return undefined;
  return reaching.every((d) => d.provider === first.provider) ? first : { provider: 'unknown', providerDetail: `go-openai ${name}.BaseURL set more than one way before this client is built (${[...new Set(reaching.map((d) => d.provider))].join(', ')}); decided at run time` };
}

/** Where the innermost `{ … }` block around an offset closes (the file's end when there is none). */
function enclosingBlockEnd(code: string, at: number): number {
  return enclosingBlock(code, at)?.close ?? code.length;
}

/** The innermost `{ … }` block around an offset: where it opens and closes (an unclosed one at the file's end). */
function enclosingBlock(code: string, at: number): { open: number; close: number } | undefined {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = code[i];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) {
      const close = matchingBracket(code, i);
      return { open: i, close: close < 0 ? code.length : close };
    }
  }
  return undefined;
}

/**
 * `client = openai.OpenAI(api_key=…)` in one function and `client = self.get_client(key)` in
 * another: a local name reused across functions means what this function assigned to it (or,
 * failing that, what the module assigned). Returns null when this function builds it from
 * something other than an OpenAI client, undefined when scopes do not decide (then the
 * file-wide symbol applies, as for attributes like `self.client`, which outlive one function).
 */
function scopedClient(root: string, at: number, s: Symbols, code: string): ClientInfo | null | undefined {
  const definitions = s.definitions.get(root);
  if (!definitions || definitions.size < 2) return undefined;
  const scopes = (s.scopes ??= new PythonScopes(code));
  let byScope = s.definitionsByScope.get(root);
  if (!byScope) {
    byScope = new Map();
    for (const [offset, info] of definitions) {
      const scope = scopes.of(offset);
      const list = byScope.get(scope) ?? [];
      byScope.set(scope, list);
      list.push({ at: offset, info });
    }
    for (const list of byScope.values()) list.sort((a, b) => a.at - b.at);
    s.definitionsByScope.set(root, byScope);
  }
  // most names are assigned in one function, one way: nothing for scopes to decide (asked per call, so answered first)
  if (byScope.size < 2 && !builtSeveralWays(byScope)) return undefined;
  // the innermost function that assigns the name, else an enclosing one (a closure), else the module
  const scope = scopes.chain(at).find((start) => byScope.has(start)) ?? -1;
  const local = byScope.get(scope);
  if (!local) return undefined;
  const { first, oneWay } = summaryOf(local);
  if (!first) return null;
  if (oneWay) return first;
  // `client = OpenAI(…)` then `client.chat…` in one branch, `client = AzureOpenAI(…)` in the other:
  // the assignment whose block the call is still in decides, when the call is in that same function
  // (a function reading a module's name runs after whatever assignment comes last)
  const nearest = scopes.of(at) === scope ? nearestOpenDefinition(code, local, at, root) : undefined;
  if (nearest?.info) return nearest.info;
  if (byScope.size < 2) return undefined;
  return { family: first.family, provider: 'unknown', providerDetail: `${root} is built in more than one way in this function (${summaryOf(local).providers.join(', ')}); which one a call uses is decided at run time` };
}

function jsDefinition(s: Symbols, name: string, at: number, info: ClientInfo): void {
  const list = (s.jsDefinitions ??= new Map()).get(name) ?? [];
  list.push({ at, info });
  s.jsDefinitions.set(name, list);
}

/**
 * JS: the client a plain name holds where it is used, when the file builds clients under that name
 * in more than one place. The innermost function that binds the name decides: its parameter (the
 * caller's client), or its own `const`/`let`/`var` and the clients assigned to it there; a name no
 * function binds is the module's. Undefined leaves the file-wide answer; null, no client.
 */
function jsScopedClient(root: string, rest: string[], at: number, s: Symbols, code: string, depth = 0): ClientInfo | null | undefined {
  const definitions = s.jsDefinitions?.get(root);
  // one client under that name and no parameter of that name: nothing for functions to decide
  // (none at all, but a parameter typed as a client: what the calls of its function hand it may decide)
  if (definitions ? definitions.length === 1 && !mayBeParameter(root, s, code) : s.clients.get(root)?.handedIn !== true) return undefined;
  const scopes = (s.jsScopes ??= new JsScopes(code));
  // the client assignments by the function they are in (-1: module level), and what each function's agree on
  const byFunction = (s.jsDefinitionsByFunction ??= new Map()).get(root) ?? new Map<number, ClientInfo | undefined>();
  if (!s.jsDefinitionsByFunction.has(root)) {
    const grouped = new Map<number, Array<{ info: ClientInfo }>>();
    for (const d of definitions ?? []) {
      const start = scopes.innermost(d.at)?.start ?? -1;
      grouped.set(start, [...(grouped.get(start) ?? []), d]);
    }
    for (const [start, list] of grouped) byFunction.set(start, agreeingClients(root, list, start < 0 ? 'at module level' : 'in this function'));
    s.jsDefinitionsByFunction.set(root, byFunction);
  }
  for (const fn of scopes.chain(at)) {
    const type = fn.params.get(root);
    if (type !== undefined) {
      // a parameter: the caller's client, whatever clients this file builds under that name elsewhere;
      // of a function only this file calls, the client every call here hands it
      const handed = fn.localName && depth < 3 ? clientFromCallers(fn, root, rest, s, code, depth) : undefined;
      if (handed) return handed;
      if (/(?:^|\.)AzureOpenAI\b/.test(type) && !/\|/.test(type)) return { family: 'node', provider: 'azure', providerDetail: 'AzureOpenAI client passed in' };
      // (the class of the openai-api package, imported under that name: its one destination)
      if (s.classes.get(/^[\w$]+/.exec(type.trim())?.[0] ?? '') === OPENAI_API_PACKAGE_CLIENT) return OPENAI_API_PACKAGE_INFO;
      if (/(?:^|\.)(?:OpenAI|AzureOpenAI|OpenAIApi)\b/.test(type)) return { family: /OpenAIApi\b/.test(type) ? 'node_legacy' : 'node', provider: 'unknown', providerDetail: 'OpenAI client passed in; its base URL is set by the code that built it', handedIn: true };
      return injectedClient(root, rest, s, 'js') ?? null;
    }
    // (declared here but built from something this file does not read, a factory or a wrapper: the file-wide answer)
    if (scopes.declares(fn, root)) return blockScopedClient(definitions ?? [], fn, at, code) ?? byFunction.get(fn.start);
  }
  return byFunction.get(-1);
}

/**
 * `if (a) { const openai = new OpenAI() … } else { const openai = new OpenAI({ baseURL }) … }`: a `const` or `let` is its
 * block's own, so a call inside a block sees the innermost one declared in a block around it, unless the name is assigned again
 * between that declaration and the call (`let openai = …; if (groq) openai = …`: a run-time choice). Undefined when the
 * function's clients agree, or no such declaration is around the call (a `var` or a plain assignment is the whole function's).
 */
function blockScopedClient(definitions: ReadonlyArray<{ at: number; info: ClientInfo }>, fn: JsFunction, at: number, code: string): ClientInfo | undefined {
  // each function's definitions, with each declaration's block, read once per name (a function of thousands of blocks asked
  // at each of thousands of calls must not look for every block again)
  let byFunction = declarationBlocks.get(definitions);
  if (!byFunction) declarationBlocks.set(definitions, (byFunction = new Map()));
  let mine = byFunction.get(fn.start);
  if (!mine) {
    const inside = definitions.filter((d) => d.at > fn.bodyStart && d.at < fn.end).sort((a, b) => a.at - b.at);
    const disagree = new Set(inside.map((d) => d.info.provider)).size > 1;
    mine = !disagree || inside.length > 2000 ? [] : inside.map((d) => ({ ...d, block: /^(?:const|let)\s/.test(code.slice(d.at, d.at + 6)) ? enclosingBlock(code, d.at) : undefined }));
    byFunction.set(fn.start, mine);
  }
  let best: { at: number; close: number; open: number; info: ClientInfo } | undefined;
  for (const d of mine) {
    if (d.at > at) break;
    if (d.block && d.block.open >= fn.bodyStart && at < d.block.close && (!best || d.block.open > best.open)) best = { at: d.at, ...d.block, info: d.info };
  }
  if (!best) return undefined;
  const chosen = best;
  return mine.some((d) => !d.block && d.at > chosen.at && d.at < at && d.at < chosen.close) ? undefined : chosen.info;
}

/** blockScopedClient's reading of a name's definitions: per function, each with its block when it declares the name. */
const declarationBlocks = new WeakMap<ReadonlyArray<{ at: number; info: ClientInfo }>, Map<number, Array<{ at: number; info: ClientInfo; block: { open: number; close: number } | undefined }>>>();

/** Whether some parameter list may bind `root` (a cheap test, answered once per name). */
function mayBeParameter(root: string, s: Symbols, code: string): boolean {
  const cache = (s.jsMayBeParameter ??= new Map());
  let answer = cache.get(root);
  if (answer === undefined) cache.set(root, (answer = new RegExp(`[(,][ \\t\\n]*(?:(?:private|public|protected|readonly)[ \\t]+)*${escapeRe(root)}[ \\t\\n]*[?:,)=]|(?<![\\w$.])${escapeRe(root)}[ \\t]*=>`).test(code)));
  return answer;
}

/** The client a name's assignments in one function build, or unknown when they disagree. */
function agreeingClients(root: string, list: Array<{ info: ClientInfo }>, where: string): ClientInfo | undefined {
  const providers = [...new Set(list.map((d) => d.info.provider))];
  const first = list[0]?.info;
  if (!first || providers.length < 2) return first;
  return { family: first.family, provider: 'unknown', providerDetail: `${root} is built in more than one way ${where} (${providers.join(', ')}); which one a call uses is decided at run time` };
}

/** The client a conditional's two branches build (see agreeingClients): where both go to one kind of destination, both hosts named. */
function eitherBranch(name: string, built: Array<{ info: ClientInfo }>): ClientInfo | undefined {
  const [first, second] = built.map((b) => b.info);
  if (!first || !second || first.provider !== second.provider || first.providerDetail === second.providerDetail) return agreeingClients(name, built, 'by a conditional');
  return { ...first, providerDetail: `${first.providerDetail ?? first.provider} or ${second.providerDetail ?? second.provider}, chosen by a conditional at run time` };
}

/** Whether the file names function `name` other than where it declares or calls it (a use that may call it from elsewhere). */
function namedOtherThanCalled(code: string, name: string, fn: JsFunction): boolean {
  for (const m of code.matchAll(new RegExp(`(?<![\\w$.])${escapeRe(name)}(?![\\w$])(?![ \\t]*\\()`, 'g'))) {
    // (an arrow's or a function expression's own name where it is assigned: `const name = (…) =>`)
    if ((m.index ?? 0) >= fn.start - name.length - 40 && (m.index ?? 0) < fn.bodyStart && /^[ \t]*[=:]/.test(code.slice((m.index ?? 0) + name.length, (m.index ?? 0) + name.length + 40))) continue;
    return true;
  }
  return false;
}

/** The client that every call of `fn` in this file passes as its parameter `param`, when each passes a name holding one or a call of a factory of the file. */
function clientFromCallers(fn: JsFunction, param: string, rest: string[], s: Symbols, code: string, depth: number): ClientInfo | undefined {
  const key = `${fn.start} ${param}`;
  const cache = (s.jsHanded ??= new Map());
  if (cache.has(key)) return cache.get(key);
  cache.set(key, undefined);
  const position = fn.positions.indexOf(param);
  const name = fn.localName ?? '';
  const handed: ClientInfo[] = [];
  // bounded: a file of thousands of same-named functions (generated, or broken) must stay linear
  s.jsHandedRuns = (s.jsHandedRuns ?? 0) + 1;
  // (named other than in its calls, it may be called from elsewhere: `export { name }`, `module.exports = { name }`, a callback, `name.call(…)`)
  let every = position >= 0 && s.jsHandedRuns <= 100 && !namedOtherThanCalled(code, name, fn);
  let calls = 0;
  for (const m of every ? code.matchAll(new RegExp(`(?<![\\w$.])${escapeRe(name)}[ \\t]*\\(`, 'g')) : []) {
    const open = (m.index ?? 0) + m[0].length - 1;
    if (++calls > 50) {
      every = false;
      break;
    }
    // the declaration's own name
    if (open >= fn.start && open < fn.bodyStart) continue;
    const close = matchingBracket(code, open);
    const argument = close < 0 ? undefined : splitTopLevel(code.slice(open + 1, close - 1))[position]?.trim();
    // a recursive call hands on what the function was given
    if (argument === param && open > fn.bodyStart && open < fn.end) continue;
    // (or what a factory of the file gives, called in place: `retryRequest(getGroqClient(), params)`)
    const factory = argument === undefined ? undefined : /^(?:await[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*\([ \t]*\)$/.exec(argument)?.[1];
    const info = factory !== undefined ? s.factories.get(factory) : argument && /^[A-Za-z_$][\w$]*$/.test(argument) ? (jsScopedClient(argument, rest, open, s, code, depth + 1) ?? s.clients.get(argument)) : undefined;
    if (!info) {
      every = false;
      break;
    }
    handed.push(info);
  }
  const first = handed[0];
  const providers = new Set(handed.map((h) => h.provider));
  const answer = !every || !first ? undefined : providers.size === 1 ? { ...first, providerDetail: `${first.providerDetail ?? first.provider}; handed to ${name}() by every call of it in this file` } : { family: first.family, provider: 'unknown' as const, providerDetail: `${name}() is handed clients built in more than one way (${[...providers].join(', ')})` };
  cache.set(key, answer);
  return answer;
}

/** A scope's first client assignment and whether all its client assignments agree; kept per list (asked per call). */
const summaries = new WeakMap<Array<{ at: number; info: ClientInfo | undefined }>, { first: ClientInfo | undefined; oneWay: boolean; providers: string[] }>();
function summaryOf(local: Array<{ at: number; info: ClientInfo | undefined }>): { first: ClientInfo | undefined; oneWay: boolean; providers: string[] } {
  let summary = summaries.get(local);
  if (!summary) {
    const providers = [...new Set(local.flatMap((d) => (d.info ? [d.info.provider] : [])))];
    summaries.set(local, (summary = { first: local.find((d) => d.info)?.info, oneWay: providers.length < 2, providers }));
  }
  return summary;
}

/** Whether a name's one scope builds it for more than one destination; kept per grouping. */
const severalWays = new WeakMap<Map<number, Array<{ at: number; info: ClientInfo | undefined }>>, boolean>();
function builtSeveralWays(byScope: Map<number, Array<{ at: number; info: ClientInfo | undefined }>>): boolean {
  let answer = severalWays.get(byScope);
  if (answer === undefined) {
    const providers = new Set<string>();
    for (const list of byScope.values()) for (const d of list) if (d.info) providers.add(d.info.provider);
    severalWays.set(byScope, (answer = providers.size > 1));
  }
  return answer;
}

/** Where each assignment of a name in one scope stands, in source order; built once per scope. */
interface AssignmentBlocks {
  lineStarts: number[];
  indents: number[];
  /** Where the assignment's block is closed by a line indented less (or the next assignment, if sooner). */
  ends: number[];
  /** Whether a loop starts between this assignment and the next: a later assignment may run before a call in it. */
  loopAfter: boolean[];
  /** The first line after it that assigns the name in some way not recorded (`if x: client = …`), else the stretch's end. */
  assignedAgain: number[];
}
const assignmentBlocks = new WeakMap<Array<{ at: number; info: ClientInfo | undefined }>, AssignmentBlocks>();

function blocksOf(code: string, local: Array<{ at: number; info: ClientInfo | undefined }>, name: string): AssignmentBlocks {
  let blocks = assignmentBlocks.get(local);
  if (blocks) return blocks;
  blocks = { lineStarts: [], indents: [], ends: [], loopAfter: [], assignedAgain: [] };
  const assigns = new RegExp(`(?<![\\w.])${escapeRe(name)}[ \\t]*(?::[^=\\n]{0,200})?=(?!=)`);
  // each stretch of lines is read once: from one assignment to the next (or to its block's end)
  for (let i = 0; i < local.length; i++) {
    const at = (local[i] as { at: number }).at;
    const lineStart = code.lastIndexOf('\n', at - 1) + 1;
    const indent = /^[ \t]*/.exec(code.slice(lineStart, at + 1))?.[0].length ?? 0;
    const limit = i + 1 < local.length ? code.lastIndexOf('\n', (local[i + 1] as { at: number }).at - 1) + 1 : code.length;
    const lineEnd = code.indexOf('\n', at) + 1;
    // `if azure: client = AzureOpenAI(…)`: the assignment is inside a block that ends with its line
    let end = code.slice(lineStart, at).trim() === '' ? limit : lineEnd > 0 ? lineEnd : code.length;
    // the outermost loop entered since the assignment that is still open (a loop that closed before
    // the next assignment cannot run it before a call inside)
    let loopIndent: number | undefined;
    let again = limit;
    for (let p = lineEnd; p > 0 && p < limit; ) {
      const next = code.indexOf('\n', p);
      const line = code.slice(p, next < 0 ? code.length : next);
      const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (own < line.length) {
        if (own < indent && p < end) end = p;
        if (loopIndent !== undefined && own <= loopIndent) loopIndent = undefined;
        if (loopIndent === undefined && /^[ \t]*(?:async[ \t]+)?(?:for|while)\b/.test(line)) loopIndent = own;
        if (again === limit && assigns.test(line)) again = p;
      }
      p = next < 0 ? -1 : next + 1;
    }
    const nextIndent = i + 1 < local.length ? (/^[ \t]*/.exec(code.slice(limit, limit + 200))?.[0].length ?? 0) : 0;
    const loop = loopIndent !== undefined && nextIndent > loopIndent;
    blocks.lineStarts.push(lineStart);
    blocks.indents.push(indent);
    blocks.ends.push(end);
    blocks.loopAfter.push(loop);
    blocks.assignedAgain.push(again);
  }
  assignmentBlocks.set(local, blocks);
  return blocks;
}

/**
 * The last assignment before `at` (Python, `local` in source order) whose indented block is still
 * open there: no line in between is indented less than it. A branch that ended (`if …: a = X()` /
 * `else: a = Y()`, then a call after both) gives nothing, and so does a loop entered after the
 * assignment when the name is assigned again later (the next pass may run with that one).
 */
function nearestOpenDefinition(code: string, local: Array<{ at: number; info: ClientInfo | undefined }>, at: number, name: string): { at: number; info: ClientInfo | undefined } | undefined {
  let lo = 0;
  let hi = local.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((local[mid] as { at: number }).at < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const blocks = blocksOf(code, local, name);
  const useLineStart = code.lastIndexOf('\n', at - 1) + 1;
  if (useLineStart <= (blocks.lineStarts[found] as number) || at >= (blocks.ends[found] as number) || useLineStart > (blocks.assignedAgain[found] as number)) return undefined;
  if ((/^[ \t]*/.exec(code.slice(useLineStart, at + 1))?.[0].length ?? 0) < (blocks.indents[found] as number)) return undefined;
  if (blocks.loopAfter[found] && found + 1 < local.length) return undefined;
  return local[found];
}

/**
 * `self.client` means what the class around the call assigns to it: a file with an OpenAI-backed
 * class and a Groq-backed one both keep `self.client`. Null when that class builds it only from
 * something else; undefined when it assigns no call to it (inherited or handed in: the file-wide
 * meaning applies).
 */
function classScopedClient(root: string, at: number, s: Symbols, code: string): ClientInfo | null | undefined {
  const definitions = s.attributeDefinitions.get(root);
  if (!definitions) return undefined;
  const classes = (s.classBodies ??= new PythonClasses(code));
  const owner = classes.of(at);
  if (!owner) return undefined;
  // every call in one class asks the same question: answered once per attribute and class
  const key = `${root}@${owner.start}`;
  if (s.attributeInClass.has(key)) return s.attributeInClass.get(key);
  let answer = attributeInClass(root, definitions, owner);
  // `class AzureClient(OpenAIClient)` in another file builds `self.client` its own way: the base
  // class's methods then run with either client
  const replaced = answer ? s.project?.subclassClient(owner.name, root.slice(5)) : undefined;
  if (answer && replaced && replaced.client.provider !== answer.provider) {
    answer = { family: answer.family, provider: 'unknown', providerDetail: `${root} is ${answer.provider}'s here, but subclass ${replaced.subclass} replaces it (${replaced.client.provider}); which one a call uses is decided at run time` };
  }
  s.attributeInClass.set(key, answer);
  return answer;
}

function attributeInClass(root: string, definitions: Map<number, ClientInfo | undefined>, owner: { start: number; end: number }): ClientInfo | null | undefined {
  const here = [...definitions].filter(([offset]) => offset >= owner.start && offset < owner.end);
  if (here.length === 0) return undefined;
  const infos = here.flatMap(([, info]) => (info ? [info] : []));
  const first = infos[0];
  if (!first) return null;
  const providers = new Set(infos.map((i) => i.provider));
  return providers.size === 1 ? first : { family: first.family, provider: 'unknown', providerDetail: `${root} is built in more than one way in this class (${[...providers].join(', ')}); which one a call uses is decided at run time` };
}

/**
 * A JavaScript file's class bodies, in source order, by the name they are known by: `class Realtime {`, and a class
 * expression's variable (`const Realtime = class {`); `extends` is no name.
 */
function classBodies(code: string): Array<{ at: number; end: number; name: string }> {
  const found: Array<{ at: number; end: number; name: string }> = [];
  for (const m of code.matchAll(/(?:\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*)?\bclass\b(?:[ \t]+(?!extends\b)([A-Za-z_$][\w$]*))?[^{};]{0,200}\{/g)) {
    const name = m[2] ?? m[1];
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (name !== undefined && close > 0) found.push({ at: open, end: close, name });
  }
  return found;
}

/** The innermost of those bodies around `offset` (the last one that starts before it and ends after it; found from the last start before it). */
function innermostClass(bodies: ReadonlyArray<{ at: number; end: number; name: string }>, offset: number): string | undefined {
  let lo = 0;
  let hi = bodies.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((bodies[mid]?.at ?? 0) < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = hi; i >= 0; i--) {
    const body = bodies[i];
    if (body && body.at < offset && offset < body.end) return body.name;
  }
  return undefined;
}

/**
 * The legacy module's settings each function writes itself, where the file sets `api_type` in more than one place: a
 * function that sets an Azure type, or another type and a base, decides for its own calls after them.
 */
function settingsByFunction(text: string, types: readonly RegExpMatchArray[], bases: readonly RegExpMatchArray[], scopes: PythonScopes): Array<{ from: number; end: number; info: Pick<ClientInfo, 'provider' | 'providerDetail'> }> {
  const byDef = new Map<number, { from: number; end: number; type?: string; base?: string; chosen?: true }>();
  for (const [m, key] of [...types.map((t) => [t, 'type'] as const), ...bases.map((b) => [b, 'base'] as const)]) {
    const at = m.index ?? 0;
    const def = scopes.defAround(at);
    if (!def) continue;
    const entry = byDef.get(def.paramsOpen) ?? { from: at, end: def.end };
    const value = (m[1] ?? '').trim();
    entry.from = Math.min(entry.from, at);
    // (set two ways in the function, or under a condition there, the setting is chosen at run time: no function's own)
    if ((entry[key] !== undefined && entry[key] !== value) || underCondition(text, at)) entry.chosen = true;
    entry[key] = value;
    byDef.set(def.paramsOpen, entry);
  }
  const found: Array<{ from: number; end: number; info: Pick<ClientInfo, 'provider' | 'providerDetail'> }> = [];
  for (const { from, end, type, base, chosen } of byDef.values()) {
    if (chosen) continue;
    const written = type && /^[A-Za-z_]\w*$/.test(type) ? (stringConstant(text, type) ?? type) : type;
    if (written && /azure/i.test(written)) found.push({ from, end, info: { provider: 'azure', providerDetail: 'legacy api_type="azure", set in this function before the call' } });
    else if (written && base) {
      const destination = providerFromUrlExpression(base);
      found.push({ from, end, info: { provider: destination.provider, providerDetail: `${destination.providerDetail ?? base.slice(0, 80)} (legacy api_type and api_base, set in this function before the call)` } });
    }
  }
  return found;
}


/** A Python `def`'s return annotation (`-> "OpenAI"`), read from `text` (quotes kept), or undefined. */
function returnAnnotation(code: string, text: string, paramsOpen: number): string | undefined {
  const close = matchingBracket(code, paramsOpen, 2000);
  if (close < 0) return undefined;
  return /^[ \t]*->([^:\n]{1,200}):/.exec(text.slice(close, close + 220))?.[1];
}

function define(s: Symbols, name: string, at: number, info: ClientInfo | undefined): void {
  if (name.startsWith('self.') && !name.slice(5).includes('.')) {
    let byOffset = s.attributeDefinitions.get(name);
    if (!byOffset) s.attributeDefinitions.set(name, (byOffset = new Map()));
    if (info || !byOffset.has(at)) byOffset.set(at, info);
    s.attributeInClass.clear();
    return;
  }
  if (name.includes('.')) return;
  let byOffset = s.definitions.get(name);
  if (!byOffset) s.definitions.set(name, (byOffset = new Map()));
  if (info || !byOffset.has(at)) byOffset.set(at, info);
  // scopedClient caches the grouping by function: a later definition must be seen
  s.definitionsByScope.delete(name);
}

/**
 * Whether code (strings blanked) calls a chain on a receiver named for OpenAI (`openai.files.create(`,
 * `self.client_openai.chat.`), in a file that imports no module named for OpenAI (a wrapper such as
 * `langchain_openai` holds its own `openai`); test doubles (`mock_openai`) are not clients. Each
 * occurrence is looked at once: a pattern around `openai` backtracked over long words.
 */
function hasOpenAINamedReceiver(code: string, text: string): boolean {
  // (a module of that name imported from elsewhere, `require('./openai')`, `from app.openai import …`, is what such names are;
  // the SDK's own package imported for a helper or types only, `const { toFile } = require('openai')`, leaves them open)
  // (each module named at most 300 characters long and tested after: a pattern that looked for `openai` inside the quotes backtracked
  // to every `openai` of a long unclosed line)
  for (const m of text.matchAll(/^[ \t]*(?:from|import)[ \t]+([\w.]{1,300})|\bfrom\s*["']([^"'\n]{0,300})["']|require\s*\(\s*["']([^"'\n]{0,300})["']/gim)) {
    const module = m[1] ?? m[2] ?? m[3] ?? '';
    if (!/openai/i.test(module)) continue;
    if (!/^openai(?:$|[./])/.test(module) || /^[ \t]*import[ \t]+openai\b/i.test(m[0])) return false;
  }
  const word = /[\w$]/;
  for (const m of code.matchAll(/openai/gi)) {
    // names are short: a longer word is no receiver (and the walks stay bounded)
    const at = m.index ?? 0;
    let start = at;
    while (start > 0 && at - start <= 40 && word.test(code[start - 1] ?? '')) start--;
    let end = at + 6;
    while (end < code.length && end - at <= 46 && word.test(code[end] ?? '')) end++;
    if (at - start > 40 || end - at > 46) continue;
    if (/^(?:mock|fake|stub|dummy)/i.test(code.slice(start, end))) continue;
    if (/^\s*\??\.\s*[a-z_]\w*\s*\??\.\s*[a-z_]/.test(code.slice(end, end + 120))) return true;
    // the legacy module handed in: `openai.ChatCompletion.create(…)` on a parameter
    if (LEGACY_CALL_AFTER_NAME.test(code.slice(end, end + 120))) return true;
  }
  return false;
}

/** The resources whose calls, on a client handed in, are the OpenAI SDK's shape (and its look-alikes', which the file would name). */
// (also files, fine-tuning, batches and uploads: a fine-tuning helper is handed the client like any other)
// (a vector store's files and file batches too: `client.beta.vector_stores.files.create(…)`)
// (the Node SDK's names too: `beta.vectorStores.files`, `fineTuning.jobs`)
const PLAIN_CLIENT_RESOURCE = /^(?:chat\.completions|completions|responses|embeddings|images|audio\.(?:transcriptions|translations|speech)|beta\.(?:chat\.completions|assistants|threads(?:\.(?:messages|runs))?|vector_stores(?:\.(?:files|file_batches))?|vectorStores(?:\.(?:files|fileBatches))?)|files|fine_tuning\.jobs|fineTuning\.jobs|batches|uploads|vector_stores(?:\.(?:files|file_batches))?|vectorStores(?:\.(?:files|fileBatches))?|moderations)\.[a-z_][A-Za-z_]*$/;
/** Other providers with OpenAI-shaped SDKs (or gateways to them): a file naming one may be handed its client. */
const OTHER_PROVIDER_NAMES = /g4f|gpt4free|groq|together|anthropic|claude|mistral|\bcohere(?!n)|fireworks|cerebras|portkey|zhipu|volcengine|\bark\b|dashscope|qwen|litellm|ollama|gemini|google[ \t.]+(?:import[ \t]+)?genai|generativeai|@google\/genai|deepseek|perplexity|huggingface|InferenceClient|ai[._-]inference|openrouter|\bxai\b|grok|sambanova|nvidia|\breplicate[.(]|import[ \t]+replicate\b|ai21|voyage|moonshot|baichuan|minimax|hunyuan|ernie|spark|vllm|lmstudio|llama/i;

/**
 * Whether a call of a resource other SDKs share (Mistral's and Gemini's files, batches, fine-tuning)
 * on a client handed in is OpenAI's shape: the file or its path names OpenAI, and a batch or a
 * fine-tuning job is not created with another SDK's arguments (Gemini's `src`, Mistral's `training_files`).
 */
function plainResourceIsOpenAI(path: string, s: Symbols, code: string, at: number): boolean {
  if (!/^(?:files|fine_tuning|fineTuning|batches|uploads|vector_stores|vectorStores|moderations)\./.test(path)) return true;
  if (!s.namesOpenAI()) return false;
  const call = code.slice(at, at + 1200);
  if (path === 'batches.create') return !/\bsrc[ \t]*[=:]/.test(call);
  if (path === 'fine_tuning.jobs.create') return !/\btraining_files\b/.test(call);
  return true;
}

/**
 * A branch for OpenAI by the provider's name: `if provider == "openai":`, `elif self.provider is Provider.OPENAI:`, `case "openai":`
 * (the name in any case; not `if not provider == "openai":`).
 */
const OPENAI_NAME = String.raw`(?:["'][Oo][Pp][Ee][Nn][Aa][Ii]["']|\w+\.(?:OPENAI|OPEN_AI|OpenAI|openai)\b)`;
const OPENAI_BRANCH_LINE = new RegExp(String.raw`^[ \t]*(?:(?:el)?if\b(?![ \t(]*not\b)[^\n]*?(?:==|\bis\b)[ \t]*${OPENAI_NAME}|(?:el)?if[ \t(]+${OPENAI_NAME}[ \t]*==|case[ \t]+${OPENAI_NAME}[ \t]*:)`);
const OPENAI_BRANCH = new RegExp(OPENAI_BRANCH_LINE.source, 'm');

/**
 * Whether the line holding `at` sits, however deep, in a branch for OpenAI of its function, or is one (`if provider == "openai":
 * return client.…`). Read by the code's indentation (strings blanked), each line tested as the text writes it (comments removed).
 */
function inOpenAIBranch(file: { code: string; text: string }, at: number): boolean {
  const own = file.text.lastIndexOf('\n', at - 1) + 1;
  if (OPENAI_BRANCH_LINE.test(file.text.slice(own, at))) return true;
  for (const line of enclosingLines(file.code, at)) if (OPENAI_BRANCH_LINE.test(file.text.slice(line.start, line.end))) return true;
  return false;
}

/**
 * Whether code (strings blanked) calls an OpenAI resource on a plain client name
 * (`client.chat.completions.create(`, `this.client.responses.create(`, `deps.client.embeddings.create(`; Portuguese and Spanish
 * `cliente` only before the Assistants API, `self.cliente.beta.threads`: elsewhere it is as often a customer) in a file that imports no
 * module and names no other provider (`text`: comments removed, strings kept) of those whose SDKs
 * have the same shape.
 */
function callsResourceOnPlainClient(code: string, text: string, otherProvidersNamed = false): boolean {
  // (a test that builds doubles hands its helpers a mock, not a client)
  if (/\b(?:Magic|Async)?Mock\b|\bmock(?:er|_\w+)?\b|jest\.fn|vi\.fn|\bsinon\b|monkeypatch/.test(code)) return false;
  return /(?<![\w$.])(?:[A-Za-z_$][\w$]*\.)?[A-Za-z_$]*(?:client[ \t]*\.[ \t]*(?:chat[ \t]*\.[ \t]*completions|completions|responses|embeddings|images|audio|beta|files|fine_tuning|batches|uploads|vector_stores|moderations)|cliente[ \t]*\.[ \t]*beta)[ \t]*\./i.test(code) && (otherProvidersNamed || !OTHER_PROVIDER_NAMES.test(withoutDocstrings(text)));
}

/**
 * Python's docstrings taken out: prose that compares providers ("omits Gemini's caching") says
 * nothing of which client the code is handed; a string the code uses (`provider="groq"`) does.
 */
function withoutDocstrings(text: string): string {
  return text.includes('"""') || text.includes("'''") ? text.replace(/^[ \t]*[rRuU]?("""|''')[\s\S]*?\1/gm, '') : text;
}

/**
 * JS: whether `root` at `at` is the caller's client: a parameter of the innermost function that
 * binds the name, or `this.x` kept from a constructor's parameter (`constructor(private client: …)`,
 * `constructor(client) { this.client = client }`).
 */
function jsParameterAt(root: string, at: number, s: Symbols, code: string): boolean {
  const attribute = /^this\.([A-Za-z_$][\w$]*)$/.exec(root)?.[1];
  if (attribute) {
    const params = /\bconstructor[ \t]*\(([^()]{0,600})\)/.exec(code)?.[1] ?? '';
    const escaped = escapeRe(attribute);
    if (new RegExp(`(?:private|public|protected|readonly)[ \\t]+(?:readonly[ \\t]+)?${escaped}\\b`).test(params)) return true;
    return new RegExp(`(?:^|[(,])[ \\t\\n]*${escaped}[ \\t\\n]*[?:,)=]|(?:^|[(,])[ \\t\\n]*${escaped}[ \\t\\n]*$`).test(params) && new RegExp(`\\bthis\\.${escaped}[ \\t]*=[ \\t]*${escaped}\\b`).test(code);
  }
  if (root.includes('.')) return false;
  const scopes = (s.jsScopes ??= new JsScopes(code));
  for (const fn of scopes.chain(at)) {
    if (fn.params.has(root)) return true;
    if (scopes.declares(fn, root)) return false;
  }
  return false;
}

/**
 * `self.client` set from a parameter typed with a name that says OpenAI (`def __init__(self, client:
 * OpenAIClientTypes, …): self.client = client`) or named for it (`openai_client`): the caller's client, whatever the file imports.
 */
function keptFromOpenAITypedParameter(root: string, code: string, s: Symbols): boolean {
  const attribute = /^self\.([A-Za-z_]\w*)$/.exec(root)?.[1];
  if (!attribute) return false;
  // read once per file: the parameters typed as a client
  s.typedParameters ??= new Set([...code.matchAll(/[(,][ \t\n]*([A-Za-z_]\w*)[ \t]*:[ \t]*["']?[\w.[\], |]{0,80}OpenAI/g)].map((m) => m[1] ?? ''));
  const typed = s.typedParameters;
  // (or named for it, `def __init__(self, openai_client)`: as the name itself would be read, `openai_client.audio.…`; not a double's)
  const namedParameter = (name: string): boolean =>
    /openai/i.test(name) && !/mock|fake|stub|dummy/i.test(name) && (s.defParameters ??= defParameterNames(code)).has(name);
  return [...(keptFromNames(code, s).get(attribute) ?? [])].some((name) => typed.has(name) || namedParameter(name));
}

/** The names of every `def`'s parameters in the file, read once per file. */
function defParameterNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\bdef[ \t]+\w+[ \t]*\(([^()]{0,400})\)/g)) {
    for (const p of (m[1] ?? '').matchAll(/(?:^|,)[ \t\n]*\*{0,2}([A-Za-z_]\w*)/g)) names.add(p[1] ?? '');
  }
  return names;
}

/** `chat.completions.create(…, messages=…)` (also `parse`, `stream`) at `at`: the chat request of every OpenAI-shaped SDK. */
function chatWithMessages(rest: readonly string[], code: string, at: number): boolean {
  if (!/^chat\.completions\.(?:create|parse|stream)$/.test(rest.join('.'))) return false;
  const open = code.indexOf('(', at);
  const close = open < 0 || open - at > 200 ? -1 : matchingBracket(code, open, 20_000);
  return close > 0 && /(?:^|[(,])[ \t\n]*messages[ \t]*=/.test(code.slice(open, close));
}

/** `self.client` set from a bare name (`self.client = client`, a constructor's parameter), whatever its type. */
function keptFromParameter(root: string, code: string, s: Symbols): boolean {
  const attribute = /^self\.([A-Za-z_]\w*)$/.exec(root)?.[1];
  return attribute !== undefined && keptFromNames(code, s).has(attribute);
}

/** A `self.x = name` line: [1] the attribute, [2] the name. */
const SELF_KEPT_FROM_NAME = /^[ \t]*self\.([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*([A-Za-z_]\w*)[ \t]*$/gm;

/** The `self.x = name` lines of the file, attribute → the names it is given, read once per file. */
function keptFromNames(code: string, s: Symbols): Map<string, Set<string>> {
  if (!s.keptFrom) {
    const kept = new Map<string, Set<string>>();
    for (const m of code.matchAll(SELF_KEPT_FROM_NAME)) {
      const names = kept.get(m[1] ?? '') ?? new Set<string>();
      names.add(m[2] ?? '');
      kept.set(m[1] ?? '', names);
    }
    s.keptFrom = kept;
  }
  return s.keptFrom;
}

/** The Assistants API's resources (beta): OpenAI's and Azure OpenAI's alone among OpenAI-shaped SDKs. */
const ASSISTANTS_RESOURCE = /^beta\.(?:assistants|threads|vector_stores)\./;
/** A client's name in camel case, `openApiClient`, `gptClient`: taken for a client's only where it calls the Assistants API. */
const CAMEL_CLIENT_NAME = /^[a-z][A-Za-z\d]*Client$/;

/**
 * Whether the file calls the Assistants API (a shape only OpenAI's SDK has) on `root`: `self.client.beta.threads.create()`;
 * in a file of one class at most (two classes' `self.client` may be two clients). Kept per name.
 */
function callsAssistantsOn(root: string, code: string, s: Symbols): boolean {
  const known = (s.assistantsCalledOn ??= new Map()).get(root);
  if (known !== undefined) return known;
  const answer = (code.match(/^[ \t]*class[ \t]+\w/gm) ?? []).length <= 1 && new RegExp(`(?<![\\w.])${escapeRe(root)}[ \\t]*\\.[ \\t]*beta[ \\t]*\\.[ \\t]*(?:assistants|threads|vector_stores)[ \\t]*\\.`).test(code);
  s.assistantsCalledOn.set(root, answer);
  return answer;
}

/** JavaScript: whether the file imports anything from the SDK's modules, its types too (`import type { ChatCompletionMessageParam } from "openai/resources"`). */
function importsFromSdkModule(s: Symbols): boolean {
  return (s.importsSdkModule ??= s.imports().some((i) => /^openai(?:\/|$)/.test(i.module)));
}

/** Whether the file imports the SDK (Python: the module or a client class; JS: a client class). */
function importsOpenAISdk(s: Symbols, family: Family): boolean {
  return family === 'python' ? s.modules.size > 0 || s.classes.size > 0 : [...s.classes.values()].some((c) => c === 'OpenAI' || c === 'AzureOpenAI');
}

/** Receiver names that, by convention, hold an OpenAI client: `client`, `self.client`, `openai`, `llm_client`, `aoai`. */
/** How each Go library is named to the user. */
const GO_LIBRARY_NAMES: Record<GoLibrary | 'go_community', string> = { go_community: 'go-openai', go_gpt3: 'go-gpt3', go_chatgpt: 'go-chatgpt', go_meinside: 'meinside/openai-go', go_otiai10: 'otiai10/openaigo', go_azopenai: 'Azure SDK for Go (azopenai)' };

/** A Go field named for a client in camel case (`AIClient`, `gptClient`, `GroqClient`): in a go-openai file, go-openai's method names on it are calls. */
// (also a field holding the app's clients, `app.OpenAIClients.CreateChatCompletion(…)`)
const GO_CLIENT_FIELD = /clients?$/i;

// (also with an instance suffix: `clientInstance`, `openai_instance`)
// (also `openAIApi`, a v4 client kept under its v3 name: `this.openAIApi.chat.completions.create(…)`)
const CLIENT_LIKE_NAME = /^(?:(?:self|this|cls)\.)?_*(?:[A-Za-z_$][\w$]*_)?(?:client|cliente|openai|oai|aoai|openai_?client|openai_?api|llm|llm_?client|async_?client|sync_?client)(?:_?instance)?$/i;

/**
 * A client handed in from elsewhere (`self.client = client`, a parameter) in a file that imports
 * the SDK: where it sends data is decided by the caller, so the provider is unknown. Only for
 * client-like names that this file does not build from some other call (a Groq client, a helper),
 * and only for calls the SDK map knows (`beta.threads.create`, `embeddings.create`).
 */
function injectedClient(root: string, rest: string[], s: Symbols, family: Family, code?: string, at?: number): ClientInfo | undefined {
  // Go: `client.CreateChatCompletion(…)` on a parameter of some interface type, in a file that
  // imports go-openai; its method names are the library's own
  // (also a receiver's field: `o.client.CreateChatCompletion(…)`)
  if (family === 'go') {
    // openai-go: `c.client.Embeddings.New(…)` on a client-like field or parameter built elsewhere,
    // in a file that imports the SDK; its service paths are the library's own
    if (s.goOfficial.size > 0) {
      const path = CLIENT_LIKE_NAME.test(root) ? rest : CLIENT_LIKE_NAME.test(rest[0] ?? '') ? rest.slice(1) : [];
      const holder = path === rest ? root : (rest[0] ?? '');
      if (path.length >= 2 && /^[A-Z]/.test(path[0] ?? '') && lookupSdkMethod('go', path)) return { family: 'go', provider: 'unknown', providerDetail: `${holder} is built elsewhere (an openai-go client); its base URL is set by the code that built it` };
    }
    // (the field right before the method, also a field's field: `c.OpenAI.Client.CreateChatCompletion(…)`)
    const holder = rest.length === 1 ? root : rest.length <= 4 ? (rest[rest.length - 2] ?? '') : '';
    const method = rest.slice(-1);
    // only go-openai's distinctive method names: `GetFile`/`ListFiles` are any storage interface's
    // (also go-gpt3's, in a file that imports it; a holder named for a client in Go's camel case too,
    // `s.AIClient`, `gptClient`, but not one this file types as another provider's SDK: `OllamaClient *ollama.Client`)
    if (!holder || s.goCommunity.size === 0 || !(CLIENT_LIKE_NAME.test(holder) || GO_CLIENT_FIELD.test(holder) || s.goFactoryLocals?.has(holder))) return undefined;
    const map = lookupSdkMethod('go_community', method) ? 'go_community' : [...new Set(s.goLibraries.values())].find((library) => lookupSdkMethod(library, method));
    // (go-chatgpt's `Send` is any client's name: only on what this file's factory of that library returns)
    if (!map || !(/Chat|Completion|Embedding|Image|Transcription|Translation|Speech|Moderation|FineTun|Assistant|Thread|VectorStore|Batch/.test(method[0] ?? '') || (map !== 'go_community' && s.goFactoryLocals?.has(holder)))) return undefined;
    const declared = code === undefined ? undefined : goDeclaredPackage(code, holder);
    if (declared !== undefined && s.goOtherSdks.has(declared)) return undefined;
    // (typed as another package's interface whose files wrap go-openai with methods of these names: that wrapper's method)
    const wrapperPackage = declared === undefined || s.goCommunity.has(declared) || !s.project ? undefined : s.goImportPaths?.get(declared);
    if (wrapperPackage !== undefined && s.project?.goWrapperDefines(wrapperPackage, method[0] ?? '')) return undefined;
    // the method's own receiver calling another method of its type (`func (client *realClientImpl) ChatStream(…)` …
    // `client.CreateChatCompletionStream(…)`, a wrapper of the file): the wrapper's method, not the SDK's
    if (code !== undefined && at !== undefined && rest.length === 1 && goReceiverMethod(code, at, holder, method[0] ?? '')) return undefined;
    const library = map === 'go_community' ? {} : { goLibrary: map };
    const factory = s.goFactoryLocals?.get(holder);
    if (factory !== undefined) {
      // a factory of this file that builds the library's client with its defaults: OpenAI's API
      const built = code === undefined ? undefined : goFactoryBuild(code, factory, s);
      if (built === 'default') return { family: 'go_community', provider: 'openai', providerDetail: `a ${GO_LIBRARY_NAMES[map]} client with its default base URL (built by ${factory}())`, ...library };
      return { family: 'go_community', provider: 'unknown', providerDetail: `${holder} is what ${factory}() returns (a ${GO_LIBRARY_NAMES[map]} client); its base URL is set where that builds it`, ...library };
    }
    return { family: 'go_community', provider: 'unknown', providerDetail: `${holder} is passed in (an interface the ${GO_LIBRARY_NAMES[map]} client satisfies); its base URL is set by the code that built it`, ...library };
  }
  if (family === 'js' && rest.length === 1) return code !== undefined && at !== undefined ? legacyClientFromElsewhere(root, rest, s, code, at) : undefined;
  if (family === 'js' && code !== undefined && !CLIENT_LIKE_NAME.test(root)) {
    const factory = projectFactoryClient(root, rest, s, code);
    if (factory) return factory;
  }
  // (a camel-case client's name too, `openApiClient`, calling the Assistants API, a shape only OpenAI's SDK has)
  if (rest.length < 2 || !(CLIENT_LIKE_NAME.test(root) || (CAMEL_CLIENT_NAME.test(root) && ASSISTANTS_RESOURCE.test(rest.join('.')))) || s.builtOtherwise.has(root)) return undefined;
  // the Assistants API called on this name, here or elsewhere in the file: a shape only OpenAI's SDK has
  const onAssistants = (): boolean => ASSISTANTS_RESOURCE.test(rest.join('.')) || (code !== undefined && callsAssistantsOn(root, code, s));
  // (a `cliente` is as often a customer: a client only where the file calls the Assistants API on it, or imports it from the project)
  const customer = /cliente$/i.test(root) && !onAssistants();
  if (customer && !(s.project && s.imports().some((i) => i.local === root))) return undefined;
  // a name imported from a module of the project that builds no client under it (`G4F_CLIENT` from
  // the project's globals, a gpt4free client): that module says what it is, and it is not ours
  if (s.project && !root.includes('.')) {
    const imported = s.imports().find((i) => i.local === root);
    if (imported && !/^openai\b/.test(imported.module) && s.project.hasModule(imported.module)) return undefined;
  }
  // (a client this file gets from a factory of the project counts as importing it: `client = get_openai_client()`)
  const importsSdk = importsOpenAISdk(s, family) || s.clients.size > 0;
  // a file that imports no SDK may still be handed a client: only a name that says OpenAI counts then
  // (`def __init__(self, client_openai)`, `async function createFile(openai, name)`); a plain
  // `client` could be any OpenAI-shaped SDK's, `mock_openai` a test double
  // (or, in a file naming no other provider, a parameter calling an OpenAI resource: `def chat(client, …): client.chat.completions.create(…)`)
  const bare = root.replace(/^(?:self|this)\./, '');
  const namedForOpenAI = s.openaiNamedOnly && /openai/i.test(bare) && !/^(?:mock|fake|stub|dummy)/i.test(bare);
  // how a Python client the file neither builds nor is handed came to it (pythonClientFromElsewhere)
  let elsewhere: string | undefined;
  // (an untyped attribute read only for its chat completion's shape may be any OpenAI-shaped SDK's: how the project builds
  // OpenAI's clients does not settle it, see settledByProject)
  let chatShapeOnly = false;
  const plainParameter =
    s.plainClientOnly &&
    code !== undefined &&
    at !== undefined &&
    PLAIN_CLIENT_RESOURCE.test(rest.join('.')) &&
    !customer &&
    (plainResourceIsOpenAI(rest.join('.'), s, code, at) || callsAssistantsOn(root, code, s)) &&
    (family === 'js'
      ? jsParameterAt(root, at, s, code)
      : root.includes('.')
        ? // (an untyped one too for the Assistants API, a shape no other provider's SDK has: `self.client.beta.threads.create()`)
          // (unless the file builds a client of something else, which may be the one handed in)
          // (and any resource of one the file calls the Assistants API on: `self.client.files.retrieve(id)` beside its `beta.threads`)
          // (and chat completions sent with `messages`, a request every OpenAI-shaped SDK sends to an OpenAI-compatible endpoint:
          // `self.llm_client.chat.completions.create(model=…, messages=[…])` in a class handed its client)
          keptFromOpenAITypedParameter(root, code, s) || ((onAssistants() || (chatShapeOnly = chatWithMessages(rest, code, at))) && ![...s.builtOtherwise].some((name) => CLIENT_LIKE_NAME.test(name)) && keptFromParameter(root, code, s))
        : isParameterAt(root, at, s, code) || (elsewhere = pythonClientFromElsewhere(root, s, code)) !== undefined);
  // `self.client = client` in `__init__(self, client)`, every construction of the class handing it a client
  // (`Generator(llm_client)` under `llm_client = OpenAI()`, here or in the project's files): that client, whatever the resource
  const constructed = family === 'python' && code !== undefined && at !== undefined && root.startsWith('self.') ? clientHandedToConstructor(root, at, s, code) : undefined;
  if (constructed) return lookupSdkMethod('python', rest) ? constructed : undefined;
  // (a parameter its function's own definition gives a client: FastAPI's `client=Depends(get_openai_client)`)
  const given = family === 'python' && code !== undefined && at !== undefined && !root.includes('.') ? ownScopeClient(root, at, s, code) : undefined;
  if (given) return lookupSdkMethod('python', rest) ? given : undefined;
  if ((!importsSdk && !namedForOpenAI && !plainParameter) || s.modules.has(root)) return undefined;
  if (!lookupSdkMethod(family === 'python' ? 'python' : 'node', rest)) return undefined;
  // a parameter of a module function that this file's calls, or scripts of the project that import it, hand the clients they build
  const handed = family === 'python' && code !== undefined && at !== undefined && elsewhere === undefined && !root.includes('.') ? clientHandedByCallers(root, at, s, code, s.project) : undefined;
  if (handed) return handed;
  if (s.plainClientHandedOnly && !(s.openAIBranches !== undefined && at !== undefined && inOpenAIBranch(s.openAIBranches, at))) return undefined;
  return { family: family === 'python' ? 'python' : 'node', provider: 'unknown', providerDetail: `${root} ${elsewhere ?? 'is passed in'}; where it sends data is decided by the code that built it`, ...(elsewhere === undefined && !(chatShapeOnly && !importsSdk) ? { handedIn: true } : {}) };
}

/**
 * JavaScript: a name given what a function of the project returns, called with a resource chain only OpenAI-shaped SDKs have,
 * in a file that imports from the SDK (its types will do): `const provider = layout()` with `layout` from `@/utils`, then
 * `provider.chat.completions.create(…)` (the project's factory is not followed: where it sends data is decided there).
 */
function projectFactoryClient(root: string, rest: string[], s: Symbols, code: string): ClientInfo | undefined {
  // (three steps at least, `chat.completions.create`, `beta.threads.create`, or an images call: `db.responses.create(…)` and
  // `db.embeddings.create(…)` are an ORM's tables as often)
  if (root.includes('.') || !(rest.length >= 3 || /^images\.(?:generate|edit|createVariation)$/.test(rest.join('.'))) || !lookupSdkMethod('node', rest)) return undefined;
  if (!importsFromSdkModule(s)) return undefined;
  const imports = s.imports();
  // (the name's declaration found once per name: a file may make thousands of calls on it)
  const callee = declaredFromCall(code, root, () => new RegExp(`(?:^|[^\\w$.])(?:const|let|var)[ \\t]+${escapeRe(root)}[ \\t]*(?::[^=\\n]{1,80})?=[ \\t]*(?:await[ \\t]+)?([A-Za-z_$][\\w$]*)[ \\t]*\\(`).exec(code)?.[1]);
  const imported = callee === undefined ? undefined : imports.find((i) => i.local === callee);
  // (from the project: a relative or aliased path, or a module the project holds; a package's factory is that package's client)
  if (!imported || !(/^(?:\.|@\/|~\/|#)/.test(imported.module) || s.project?.hasModule(imported.module))) return undefined;
  return { family: 'node', provider: 'unknown', providerDetail: `${root} is what ${callee}() returns (imported from ${imported.module}); where it sends data is decided where that builds the client` };
}

const declaredFromCall = perText<string | undefined>();

/**
 * A client handed in whose builder is not followed, in a project whose files build the SDK's clients only with its
 * default base URL: one of those (api.openai.com), unless an indexed caller hands that parameter something else. Any
 * other client as it is.
 */
function settledByProject(client: ClientInfo, family: 'python' | 'js', s: Symbols, root: string, at: number | undefined, code: string | undefined): ClientInfo {
  if (!client.handedIn || client.provider !== 'unknown' || !s.project?.onlyDefaultClients(family)) return client;
  // (not a parameter some indexed caller hands something else: `chat(llm, …)` with `llm = Groq()`)
  const place = at === undefined || code === undefined || root.includes('.') ? undefined : family === 'python' ? pythonParameterPlace(root, at, s, code) : jsParameterPlace(root, at, s, code);
  if (place && s.project.handsOtherThanClients(place.name, place.position, root)) return client;
  // (what the detail said of the builder, which this settles)
  const handed = (client.providerDetail ?? 'a client handed in').replace(/[;:] (?:where it sends data is decided|its base URL is set|the caller chooses)[^;]*/, '');
  return { ...client, provider: 'openai', providerDetail: `${handed}; the project builds its OpenAI clients only with the default base URL, api.openai.com (OPENAI_BASE_URL may override)` };
}

/**
 * `export const imageVariationUseCase = async (openai: OpenAI, options) => …`, `openai` at its place: what the
 * project's importers hand it (`imageVariationUseCase(this.openai, { … })` in a service that builds `this.openai`).
 */
function jsClientHandedByImporters(param: string, at: number, s: Symbols, code: string, project: ProjectIndex): ClientInfo | undefined {
  const place = jsParameterPlace(param, at, s, code);
  return place ? project.handedClient(place.name, place.position, param) : undefined;
}

/**
 * `def simplify_text(text, client)` at a module's top level, `client` at its place: what every call of it in this file hands it
 * (`await ask__(interaction, question, self.client)` in a class that keeps `self.client = OpenAI(base_url=…)`), else what the
 * project's importers hand it (ProjectIndex.handedClient).
 */
function clientHandedByCallers(param: string, at: number, s: Symbols, code: string, project: ProjectIndex | undefined): ClientInfo | undefined {
  const place = pythonParameterPlace(param, at, s, code);
  if (!place) return undefined;
  // (answered once per function and parameter: each answer reads the file, and a function may make thousands of calls)
  const key = `${place.paramsOpen}.${place.position}.${param}`;
  const answers = (s.callersHanded ??= new Map());
  if (!answers.has(key)) answers.set(key, clientFromPythonCalls(place.name, place.position, param, place.paramsOpen, s, code, (s.scopes ??= new PythonScopes(code)), `handed to ${place.name}()`) ?? project?.handedClient(place.name, place.position, param));
  return answers.get(key);
}

/**
 * `self.client` at `at`, kept by its class's `__init__(self, …, client)` as `self.client = client`: the client every
 * construction of the class hands that parameter (`Generator(llm_client)`), in this file, else (none here) in the
 * project's files that import the class. Undefined when one hands something else, or none is known.
 */
function clientHandedToConstructor(root: string, at: number, s: Symbols, code: string): ClientInfo | undefined {
  const attribute = root.slice('self.'.length);
  const kept = keptFromNames(code, s).get(attribute);
  if (!kept || kept.size !== 1) return undefined;
  const param = [...kept][0] ?? '';
  const classes = (s.classBodies ??= new PythonClasses(code));
  const cls = classes.of(at);
  if (!cls) return undefined;
  const key = `${cls.start}.${attribute}`;
  const answers = (s.constructorHanded ??= new Map());
  if (!answers.has(key)) answers.set(key, constructorHanded(cls, attribute, param, s, code));
  return answers.get(key);
}

function constructorHanded(cls: { start: number; end: number; name: string }, attribute: string, param: string, s: Symbols, code: string): ClientInfo | undefined {
  // (bounded with pythonClientFromCallers: each answer reads the file once)
  s.pythonHandedRuns = (s.pythonHandedRuns ?? 0) + 1;
  if (s.pythonHandedRuns > 100) return undefined;
  const classes = (s.classBodies ??= new PythonClasses(code));
  const scopes = (s.scopes ??= new PythonScopes(code));
  const init = scopes.defs.find((d) => d.name === '__init__' && cls.start < d.paramsOpen && d.paramsOpen < cls.end && classes.of(d.paramsOpen) === cls);
  if (!init || !new RegExp(`^[ \\t]*self\\.${attribute}[ \\t]*(?::[^=\\n]{0,80})?=[ \\t]*${param}[ \\t]*$`, 'm').test(code.slice(init.paramsOpen, init.end))) return undefined;
  const close = matchingBracket(code, init.paramsOpen, 2000);
  const params = close < 0 ? [] : splitTopLevel(code.slice(init.paramsOpen + 1, close - 1)).map((p) => /^\s*([A-Za-z_]\w*)/.exec(p)?.[1] ?? '');
  // (the callers name no `self`)
  const position = params.indexOf(param) - 1;
  if (position < 0 || params[0] !== 'self') return undefined;
  // (a subclass of it in the file is constructed too, `FastGenerator(groq)`: what those hand is not read)
  if (new RegExp(`^[ \\t]*class[ \\t]+\\w+[ \\t]*\\([^)]*\\b${cls.name}\\b`, 'm').test(code)) return undefined;
  return clientFromPythonCalls(cls.name, position, param, init.paramsOpen, s, code, scopes, `constructed as ${cls.name}(…)`);
}

/** The module-level Python function whose parameter `param` is at `at`, and its place among the parameters. */
function pythonParameterPlace(param: string, at: number, s: Symbols, code: string): { name: string; position: number; paramsOpen: number } | undefined {
  const def = (s.scopes ??= new PythonScopes(code)).defs.filter((d) => d.paramsOpen < at && at < d.end).pop();
  // (a method's callers go through an instance, which the index does not follow)
  if (!def || /^[ \t]+/.test(code.slice(code.lastIndexOf('\n', def.paramsOpen) + 1, def.paramsOpen))) return undefined;
  const close = matchingBracket(code, def.paramsOpen, 2000);
  const params = close < 0 ? [] : splitTopLevel(code.slice(def.paramsOpen + 1, close - 1)).map((p) => /^\s*([A-Za-z_]\w*)/.exec(p)?.[1] ?? '');
  const position = params.indexOf(param);
  return position < 0 ? undefined : { name: def.name, position, paramsOpen: def.paramsOpen };
}

/** The JavaScript function whose parameter `param` is at `at`, by the name the file calls it, and its place. */
function jsParameterPlace(param: string, at: number, s: Symbols, code: string): { name: string; position: number } | undefined {
  const fn = (s.jsScopes ??= new JsScopes(code)).chain(at).find((f) => f.params.has(param));
  const position = fn ? fn.positions.indexOf(param) : -1;
  return fn?.name && position >= 0 ? { name: fn.name, position } : undefined;
}

/** A legacy v3 method's shape on a receiver named for OpenAI (`openai.createChatCompletion(`): see legacyClientFromElsewhere. */
const LEGACY_V3_CALL = /[Oo][Pp][Ee][Nn]_?[Aa][Ii][\w$]{0,20}\s*\??\.\s*(?:create|list|retrieve|delete|cancel|download)[A-Z][\w$]{0,40}\s*\(/;

/**
 * Whether this call's own answer is read as v3 answers, an axios response whose body is `.data`:
 * `completion.data.choices[0]` on the name it is given (`const completion = await …`, `.then((res) => …)`),
 * that name destructured (`const { data = {} } = res`), or the body destructured where it is awaited
 * (`const { data } = await this.openaiService.createChatCompletion(…)`). Another request's `.data`
 * nearby (`user.data.id` from axios) is not this call's.
 */
function readAsV3Answer(code: string, at: number, close: number): boolean {
  const before = code.slice(Math.max(0, at - 120), at);
  if (/\{[ \t]*data\b[^{}]{0,80}\}[ \t]*=[ \t]*(?:await[ \t]+)?$/.test(before)) return true;
  const after = code.slice(close, close + 600);
  const name = /(?<![\w$.])([\w$]+)[ \t]*=[ \t]*(?:await[ \t]+)?$/.exec(before)?.[1] ?? /^[ \t\n]*\)?[ \t\n]*\.then[ \t]*\([ \t]*(?:async[ \t]*)?\(?[ \t]*([\w$]+)/.exec(after)?.[1];
  if (!name) return false;
  const escaped = escapeRe(name);
  return new RegExp(`(?<![\\w$.])${escaped}[ \\t]*\\??\\.[ \\t]*data[ \\t]*\\??\\.[ \\t]*(?:choices|data|text|results|id)\\b|\\{[^;]{0,80}\\bdata\\b[^;]{0,80}\\}[ \\t]*=[ \\t]*${escaped}\\b`).test(after);
}

/**
 * `openai.createChatCompletion({…})`: a legacy v3 method on a receiver named for OpenAI that this
 * file does not build: imported from a module not in view, handed in as a parameter, or a global
 * where the file imports v3's classes. The method names alone are not enough (a project's own
 * wrapper may copy them), so the call must be read as v3 answers, an axios response (`.data.choices`).
 */
function legacyClientFromElsewhere(root: string, rest: string[], s: Symbols, code: string, at: number): ClientInfo | undefined {
  const bare = root.replace(/^this\./, '');
  let snippet = false;
  if (!/open_?ai/i.test(bare) || /^(?:mock|fake|stub|dummy)/i.test(bare) || s.builtOtherwise.has(root) || !lookupSdkMethod('node_legacy', rest)) return undefined;
  const module = s.jsOpenAIBindings?.get(bare);
  // a module of the project says itself what it exports (the project index read it); a folder's
  // `index` only re-exports what its modules build (`export { openai } from "./bot"`), which it does not follow
  if (module !== undefined && moduleKey(module) !== 'index' && s.project?.hasModule(module)) return undefined;
  const origin =
    module !== undefined
      ? `${bare} is imported from ${module}`
      : jsParameterAt(root, at, s, code)
        ? `${bare} is passed in`
        : !root.includes('.') && (s.classes.has('OpenAIApi') || s.classes.has('Configuration')) && !s.jsDefinitions?.has(root)
          ? `${bare} is not built in this file`
          : (snippet = root === 'openai' && !s.jsDefinitions?.has(root) && !(s.openaiNameBound ??= bindsOpenAIName(code)))
            ? `${bare} is never set in this file`
            : undefined;
  if (!origin) return undefined;
  const open = code.indexOf('(', at);
  const close = open < 0 ? -1 : matchingBracket(code, open);
  // (a snippet pasted from v3's docs, `openai` never set, reads its answers somewhere as v3's, not always each call's own:
  // `const resImgEdit = await openai.createImageEdit(…)` then `response.data.data[0].url` again)
  if (close < 0 || !(readAsV3Answer(code, at, close) || (snippet && (s.readsV3Answers ??= /(?<![\w$])[\w$]+[ \t]*\??\.[ \t]*data[ \t]*\??\.[ \t]*(?:data|choices)\b/.test(code))))) return undefined;
  return { family: 'node_legacy', provider: 'unknown', providerDetail: `${origin} (a legacy v3 client, read as v3 answers); where it sends data is decided where it is built` };
}

/** A file of a Nuxt (or Nitro) server, outside its `utils/`: its routes, middleware, plugins and tasks. */
const NUXT_SERVER_FILE = /(?:^|[\\/])server[\\/](?:api|routes|middleware|plugins|tasks)[\\/]/;

/** Whether the code binds `name` anyhow: declared, imported, assigned, destructured or a parameter (see bindsOpenAIName). */
function bindsName(code: string, name: string): boolean {
  const n = escapeRe(name);
  // (also a member of a destructured parameter, `async function run({ client, messages }: Deps) {`, `({ client }) =>`; not an object
  // literal handed to a call, `logUsage(event, { client: openai })`)
  return new RegExp(`(?<![\\w$.])${n}[ \\t]*=(?![=>])|\\b(?:const|let|var|function|class)[ \\t]+(?:${n}\\b|[{[][^=;\\n]{0,200}?(?<![\\w$.])${n}\\b)|\\bimport\\b[^;\\n]{0,300}?(?<![\\w$.])${n}\\b|[(,][ \\t\\n]*${n}[ \\t\\n]*[,)=:]|[(,][ \\t\\n]*\\{[^{}()]{0,200}?(?<![\\w$.])${n}\\b(?:[^{}()]|\\{[^{}()]{0,100}\\}){0,200}\\}[ \\t\\n]*(?::(?:[^=;{}()]|\\{[^{}()]{0,100}\\}){0,100})?\\)[ \\t\\n]*(?::[^=;{}()]{0,100})?(?:=>|\\{)|(?<![\\w$.])${n}[ \\t]*=>`).test(code);
}

/** Whether the code binds the name `openai` anyhow: declared, imported, assigned, destructured or a parameter. */
function bindsOpenAIName(code: string): boolean {
  return /(?<![\w$.])openai[ \t]*=(?!=)|\b(?:const|let|var)[ \t]+(?:openai\b|[{[][^=;\n]{0,200}?(?<![\w$.])openai\b)|\bimport\b[^;\n]{0,300}?(?<![\w$.])openai\b|[(,][ \t\n]*openai[ \t\n]*[,)=:]|\bopenai[ \t]*=>/.test(code);
}

/**
 * JavaScript's names given what a call returns: declared with it (`const client = getClient()`, `this.client = …`), or set later
 * when declared with no value (`let client;`, `let client: OpenAI | null = null` … `client = getOpenAIClient();` in a `try` block),
 * in source order. A match starts with `const`/`let`/`var`, with `this.`, or (set later) with the name.
 */
function jsCallAssignments(code: string): RegExpMatchArray[] {
  const declared = [...code.matchAll(/(?:\b(?:const|let|var)\s+|\bthis\.)([\w$]+)(?:[ \t]*:[^=\n;{}()]*|[ \t]*)=[ \t]*(?:await\s+)?(?:new\s+)?((?:this\.)?[\w$.]+)\s*\(/g)];
  // (a type written after the name, `let client: OpenAI;`, read within 200 characters: a long line stays linear)
  const unset = new Set([...code.matchAll(/\b(?:let|var)[ \t]+([\w$]+)(?:[ \t]*:[^=\n;{}()]{0,200}|[ \t]*)(?:=[ \t]*(?:null|undefined)[ \t]*)?(?=[;\n])/g)].map((m) => m[1] ?? ''));
  if (unset.size === 0) return declared;
  const later = [...code.matchAll(new RegExp(`(?<![\\w$.])(${[...unset].map(escapeRe).join('|')})[ \\t]*=[ \\t]*(?:await\\s+)?(?:new\\s+)?((?:this\\.)?[\\w$.]+)\\s*\\(`, 'g'))];
  return [...declared, ...later].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

/** How a factory's entry reads in prose: `get_client()`, a member `get_clients()["chat"]`, a place in a tuple `init_client()[0]`. */
function factoryCallText(name: string): string {
  const [callee = name, key] = name.split('#');
  return key === undefined ? `${callee}()` : /^\d+$/.test(key) ? `${callee}()[${key}]` : `${callee}()["${key}"]`;
}

/** `… (built by getClient() through createClient())`: one note for a chain of factories, the outermost first. */
function builtByText(detail: string, call: string): string {
  const inner = /^([\s\S]*) \(built by ([^()]*\(\)(?:\[[^\]]*\])?(?: through [\s\S]*)?)\)$/.exec(detail);
  return inner ? `${inner[1] ?? ''} (built by ${call} through ${inner[2] ?? ''})` : `${detail} (built by ${call})`;
}

/**
 * Functions in this file that build and return a client (`def make_client(): return OpenAI(...)`,
 * `function initClient() { return new AzureOpenAI(...) }`), by name. Several different
 * destinations returned from one function make it a run-time choice.
 */
function clientFactories(code: string, text: string, s: Symbols, family: 'python' | 'js', project?: ProjectIndex): Map<string, ClientInfo> {
  const factories = new Map<string, ClientInfo>();
  const clientFamily = family === 'python' ? 'python' : 'node';
  const record = (name: string, built: Array<Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] }>): void => {
    if (built.length === 0) return;
    // two methods of one name (in two classes of this file): by bare name, either may be meant
    const before = factories.get(name);
    if (before) built = [...built, before];
    const providers = new Set(built.map((b) => b.provider));
    const first = built[0] as Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] };
    // a client the module keeps brings its SDK family (a legacy `OpenAIApi`)
    const held = built.find((b) => b.family)?.family ?? clientFamily;
    factories.set(
      name,
      providers.size > 1
        ? { family: held, provider: 'unknown', providerDetail: `${factoryCallText(name)} returns an ${[...providers].join(' or ')} client, chosen at run time` }
        : { family: held, provider: first.provider, providerDetail: builtByText(first.providerDetail ?? first.provider, factoryCallText(name)) },
    );
  };
  if (family === 'python') {
    // bare names that only methods have recorded so far
    const methodNames = new Set<string>();
    // names this file ever gives a client, for the dicts of clients a function returns (most return none)
    const named = [...new Set([...s.clients.keys(), ...s.definitions.keys()].filter((n) => /^[A-Za-z_]\w*$/.test(n)))];
    const clientNames = named.length > 0 && named.length < 200 ? new RegExp(`\\b(?:${named.join('|')})\\b`) : named.length > 0 ? /./ : undefined;
    // every `return` of the file, found once: each function's are read from it below
    const returns = [...code.matchAll(/\breturn/g)].map((r) => r.index ?? 0);
    // the client a name returned at `at` holds: that function's own binding, else the module's
    const heldAt = (name: string, at: number): ClientInfo | undefined => {
      const scoped = scopedClient(name, at, s, code);
      return scoped === null ? undefined : (scoped ?? s.clients.get(name));
    };
    // the same `def` bodies the per-function scoping uses, found once per file
    for (const def of (s.scopes ??= new PythonScopes(code)).defs) {
      s.functions.add(def.name);
      const start = def.paramsOpen + 1;
      const built: Array<Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] }> = [];
      const forwards: string[] = [];
      const returnsOf = (pattern: RegExp): RegExpExecArray[] => returnsIn(code, returns, start, def.end, pattern);
      for (const r of returnsOf(RETURN_CALL)) {
        const cls = s.classes.get(r[1] ?? '');
        const foundry = foundryClient(s, r[1] ?? '', code);
        // `return instructor.patch(AzureOpenAI(…))`: a wrapper that sends the wrapped client's requests unchanged
        const wrapped = !cls && !foundry && PY_WRAPPER_CALLEE.test(r[1] ?? '') ? wrappedReturn(code, text, r.index + r[0].length, s, (name) => heldAt(name, r.index)) : undefined;
        if (cls) built.push(providerFromConstructor(cls, constructorArgs(code, text, r.index + r[0].length - 1), text));
        else if (foundry) built.push(foundry);
        else if (wrapped) built.push(wrapped);
        else {
          // `return build_openai_client(…)`: another factory's client, maybe from another file
          const callee = (r[1] ?? '').split('.').pop() ?? '';
          if (/client|openai|azure/i.test(callee) && callee !== def.name) forwards.push(callee);
        }
      }
      // `client = OpenAI(…)` … `return client`, or a module-level client returned by name
      for (const r of returnsOf(RETURN_NAME)) {
        const name = r[1] ?? '';
        const held = heldAt(name, r.index);
        if (held) built.push(held);
        // `_client = get_openai_client()` … `return _client` (a lazily made global too): that other factory's client
        else {
          const assigned = new RegExp(`^[ \\t]*${escapeRe(name)}[ \\t]*=[ \\t]*(?:await[ \\t]+)?([A-Za-z_][\\w.]*)[ \\t]*\\(`, 'm').exec(code.slice(start, def.end))?.[1]?.split('.').pop() ?? '';
          if (/client|openai|azure/i.test(assigned) && assigned !== def.name && !forwards.includes(assigned)) forwards.push(assigned);
        }
      }
      // `def get_client(provider) -> "OpenAI":` whose body returns a client kept elsewhere (a dict of
      // clients, a cache): the annotation says what comes back, not where it sends data
      if (built.length === 0 && forwards.length === 0) {
        const declared = returnAnnotation(code, text, start - 1);
        const cls = declared ? /\b(AsyncAzureOpenAI|AzureOpenAI|AsyncOpenAI|OpenAI)\b/.exec(declared)?.[1] : undefined;
        if (cls && (s.classes.size > 0 || s.modules.size > 0)) {
          built.push(
            /Azure/.test(cls) && !/\bOpenAI\b|\bAsyncOpenAI\b/.test(declared?.replace(/Azure\w*/g, '') ?? '')
              ? { provider: 'azure', providerDetail: `declared to return ${cls}` }
              : { provider: 'unknown', providerDetail: `declared to return ${cls}; where it sends data is decided where that client is built` },
          );
        }
      }
      // `OpenAIService.get_openai_client(…)`, `self.get_openai_client()`: the method of that class.
      // By bare name a module-level function wins over methods (`get_client()` calls the function).
      const owner = built.length > 0 ? (s.classBodies ??= new PythonClasses(code)).of(def.paramsOpen) : undefined;
      if (owner) {
        record(`${owner.name}.${def.name}`, built);
        if (!factories.has(def.name) || methodNames.has(def.name)) {
          record(def.name, built);
          methodNames.add(def.name);
        }
      } else {
        if (methodNames.delete(def.name)) factories.delete(def.name);
        record(def.name, built);
      }
      if (built.length === 0 && forwards.length > 0) s.forwards.set(def.name, forwards);
      // `return {"ai_client": ai_client, "db_client": db_client}`: each client member, as `name#key`
      for (const r of clientNames ? returnsOf(RETURN_DICT) : []) {
        if (!clientNames?.test(r[1] ?? '')) continue;
        // (the keys are strings: read from the text, where `code` has them blanked)
        const at = r.index + r[0].length - (r[1] ?? '').length - 1;
        for (const [key, value] of objectMembers(text.slice(at, at + (r[1] ?? '').length))) {
          const held = heldAt(value, r.index);
          if (held) record(`${def.name}#${key}`, [held]);
        }
      }
      // `return client, deployment_name`: the client at its place in the tuple, as `name#0`
      for (const r of returnsOf(RETURN_TUPLE)) {
        splitTopLevel((r[1] ?? '').trim().replace(/^\(([\s\S]*)\)$/, '$1')).forEach((element, index) => {
          const value = element.trim();
          const held = /^(?:self\.)?[A-Za-z_]\w*$/.test(value) ? heldAt(value, r.index) : undefined;
          if (held) record(`${def.name}#${index}`, [held]);
        });
      }
    }
    for (const [name, callees] of s.forwards) {
      const built = callees.flatMap((c) => {
        const info = factories.get(c) ?? project?.factory(c);
        return info ? [info] : [];
      });
      record(name, built);
    }
    return factories;
  }
  // No two blank-matching quantifiers side by side: blanked strings are long runs of spaces.
  // Bounded parameter lists and return types: an unclosed `(` must not send every line start to the end of the file.
  // (also an arrow a wrapper makes callable once or lazily: `const openAiClient = lazy(() => { … return new OpenAI(…) })`)
  // (an arrow may name its return type before its `=>`: `const getOpenAIClient = (): OpenAI => {`)
  const heads = /(?:\bfunction(?:\s*\*)?\s*([\w$]+)\s*\([^)]{0,2000}\)|\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:[\w$.]+\(\s*)?(?:async\s+)?(?:function\b[^(]{0,200})?\([^)]{0,2000}\)(?:[ \t]*:[ \t]*[\w$.<>[\]|, ]{1,120}?(?=[ \t]*=>))?(?:\s*=>)?|^[ \t]*(?:(?:private|public|protected|static|async)\s+)*([\w$]+)\s*\([^)]{0,2000}\))\s*(?::(?:[^{=;]|\{\s*(?:readonly\s+)?[\w$]+\??\s*:[^{}]{0,400}\}){0,400})?\{/gm;
  // an arrow whose expression body is a client the module keeps: `export const openAI = (): OpenAI => openai;`
  for (const m of s.clients.size > 0 && code.includes('=>') ? code.matchAll(/\b(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*(?:async[ \t]+)?\([ \t]*\)[ \t]*(?::[ \t]*[\w$.]{1,80}[ \t]*)?=>[ \t]*([A-Za-z_$][\w$]*)[ \t]*;?[ \t]*$/gm) : []) {
    const info = s.clients.get(m[2] ?? '');
    if (info) record(m[1] ?? '', [info]);
  }
  // whether any function returns a client the module keeps: asked once, so bodies are searched only then
  let returnsClient: boolean | undefined;
  const jsForwards = new Map<string, string[]>();
  const typedFactories = new Map<string, Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] }>();
  for (const m of code.matchAll(heads)) {
    const name = m[1] ?? m[2] ?? m[3] ?? '';
    if (!name || /^(?:if|for|while|switch|catch|with|return|function)$/.test(name)) continue;
    s.functions.add(name);
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0) continue;
    const body = code.slice(open, close);
    const built: Array<Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] }> = [];
    if (s.azureProjects) {
      for (const r of body.matchAll(/\breturn\s+(?:await\s+)?([\w$.]+)\s*\(/g)) {
        const foundry = foundryClient(s, r[1] ?? '', code);
        if (foundry) built.push(foundry);
      }
    }
    for (const r of body.matchAll(/\breturn\s+new\s+([\w$.]+)\s*\(/g)) {
      const cls = s.classes.get(r[1] ?? '');
      const args = cls ? constructorArgs(code, text, open + (r.index ?? 0) + r[0].length - 1) : '';
      if (cls && cls !== 'Configuration') built.push(jsClientBuilt(cls, args, text));
    }
    // `return openai;`: a client the module keeps (not a local of that name); any other value
    // returned beside it (`if (p === "groq") return groq;`) makes the result a run-time choice
    // (also a member of the instance or the class: `return OpenAiApi.openai;`)
    if ((returnsClient ??= s.clients.size > 0 && [...code.matchAll(/\breturn\s+((?:this\.|[A-Z][\w$]*\.)?[A-Za-z_$][\w$]*)\s*(?:;|\n|\})/g)].some((r) => s.clients.has(r[1] ?? '')))) {
      const returned = [...body.matchAll(/\breturn\b\s*([^;\n}]*)/g)].map((r) => (r[1] ?? '').trim());
      const held = returned.flatMap((value) => {
        const info = /^(?:this\.|[A-Z][\w$]*\.)?[A-Za-z_$][\w$]*$/.test(value) && !new RegExp(`\\b(?:const|let|var)\\s+${escapeRe(value)}\\b`).test(body) ? s.clients.get(value) : undefined;
        return info ? [info] : [];
      });
      if (held.length > 0) {
        built.push(...held);
        if (held.length < returned.filter((value) => value !== '' && value !== 'null' && value !== 'undefined').length) built.push({ provider: 'unknown', providerDetail: 'returns another value too' });
      }
    }
    built.push(...cachedLocalClients(body, open, code, text, s));
    // (a function typed to return the SDK's client it gets some other way, `injectOpenAI(): OpenAI { return inject(OpenAI) }`
    // of a dependency-injection container: a client, built where the container is given it)
    if (built.length === 0) {
      const typed = /\)\s*:\s*(?:Promise\s*<\s*)?([\w$.]+)\s*>?\s*\{$/.exec(m[0])?.[1];
      const cls = typed === undefined ? undefined : s.classes.get(typed);
      if (cls && cls !== 'Configuration' && cls !== 'OpenAIApi') typedFactories.set(name, { family: cls === AZURE_JS_CLIENT ? 'node_azure' : 'node', provider: 'unknown', providerDetail: `${name}() is typed to return a ${typed ?? ''} client it does not build; where it sends data is decided where that client is built` });
    }
    record(name, built);
    // `return buildClient({ … })`: another function's client, once that one is known (below)
    if (built.length === 0) {
      // (also through a local: `const client = createAzureClient(); … return client;`)
      const local = (value: string): string | undefined => new RegExp(`\\b(?:const|let|var)[ \\t]+${escapeRe(value)}[ \\t]*(?::[^=\\n]{0,80})?=[ \\t]*(?:await[ \\t]+)?([A-Za-z_$][\\w$]*)[ \\t]*\\(`).exec(body)?.[1];
      // (the first twenty returns, each local looked up once: nested bodies hold their inner functions' returns too)
      const locals = new Map<string, string>();
      const callees = [...body.matchAll(/\breturn\s+(?:await\s+)?([A-Za-z_$][\w$]*)\s*(\()?/g)]
        .slice(0, 20)
        .flatMap((r) => {
          const value = r[1] ?? '';
          if (r[2]) return [value];
          if (['null', 'undefined', 'this'].includes(value)) return [];
          if (!locals.has(value)) locals.set(value, local(value) ?? '');
          return [locals.get(value) ?? ''];
        })
        .filter((c) => c !== name);
      if (callees.length > 0) jsForwards.set(name, callees);
    }
    // `return { aiClient, dbClient }`: each client member, as `name#key`
    for (const r of body.matchAll(/\breturn\s*\{([^{}]{0,400})\}/g)) {
      for (const [key, value] of objectMembers(r[1] ?? '')) {
        const held = s.clients.get(value);
        if (held) record(`${name}#${key}`, [held]);
      }
    }
    // (or built right there: `return { client: new OpenAI({ baseURL, … }), deploymentName }`)
    for (const r of body.includes('new') ? body.matchAll(/\breturn\s*\{[ \t\n]*(?:[A-Za-z_$][\w$]*[ \t]*,[ \t\n]*){0,10}([A-Za-z_$][\w$]*)[ \t]*:[ \t]*new[ \t]+([\w$.]+)[ \t]*\(/g) : []) {
      const cls = s.classes.get(r[2] ?? '');
      if (!cls || cls === 'Configuration' || cls === 'OpenAIApi') continue;
      record(`${name}#${r[1] ?? ''}`, [jsClientBuilt(cls, constructorArgs(code, text, open + (r.index ?? 0) + r[0].length - 1), text)]);
    }
  }
  // `const createClient = () => new OpenAI({ … })`: an arrow whose body is the client it builds
  for (const m of code.matchAll(/\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*(?:async[ \t]*)?(?:\([^()]{0,400}\)|[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=>\s*(?:\(\s*)?new[ \t]+([\w$.]+)[ \t]*\(/g)) {
    const cls = s.classes.get(m[2] ?? '');
    if (!cls || cls === 'Configuration' || factories.has(m[1] ?? '')) continue;
    const args = constructorArgs(code, text, (m.index ?? 0) + m[0].length - 1);
    s.functions.add(m[1] ?? '');
    record(m[1] ?? '', [jsClientBuilt(cls, args, text)]);
  }
  // `export const getOpenAIClient = () => projectClient.getOpenAIClient()`: an arrow handing out a Foundry project's client
  if (s.azureProjects) {
    for (const m of code.matchAll(/(?:^|[^\w$.])([A-Za-z_$][\w$]*)[ \t]*[:=][ \t]*(?:async[ \t]*)?\([^()]*\)[ \t]*=>[ \t]*(?:await[ \t]+)?([\w$.]+)[ \t]*\(/gm)) {
      const foundry = foundryClient(s, m[2] ?? '', code);
      if (foundry) {
        s.functions.add(m[1] ?? '');
        record(m[1] ?? '', [foundry]);
      }
    }
  }
  // `getOpenAIClient: () => openai`, `const getClient = () => client`: an arrow handing out a module's client
  // (found from the arrow: a pattern starting at every blank was a measurable share of a dense file)
  if (s.clients.size > 0) {
    for (const m of code.matchAll(/\([ \t]*\)[ \t]*=>[ \t]*([A-Za-z_$][\w$]*)[ \t]*(?=[,;}\n])/g)) {
      const held = s.clients.get(m[1] ?? '');
      const name = held ? /(?:^|[^\w$.])([A-Za-z_$][\w$]*)[ \t]*[:=][ \t]*(?:async[ \t]*)?$/.exec(code.slice(Math.max(0, (m.index ?? 0) - 120), m.index))?.[1] : undefined;
      if (held && name) {
        s.functions.add(name);
        record(name, [held]);
      }
    }
  }
  // the forwards, a few hops deep: `initPrimaryClient()` returns `buildClient(…)`, which builds one
  for (let hop = 0; hop < 3 && jsForwards.size > 0; hop++) {
    for (const [name, callees] of jsForwards) {
      const built = callees.flatMap((c) => factories.get(c) ?? []);
      if (built.length === 0) continue;
      // (one callee that builds none, `return fallback()`: that value may be anything)
      if (built.length < callees.length) built.push({ family: built[0]?.family ?? 'node', provider: 'unknown', providerDetail: 'returns another value too' });
      record(name, built);
      jsForwards.delete(name);
    }
  }
  for (const [name, typed] of typedFactories) if (!factories.has(name)) record(name, [typed]);
  return factories;
}

/**
 * Where a JavaScript client built as `new Cls(args)` sends data: its options, or for the legacy v3
 * `new OpenAIApi(new Configuration({ apiKey, basePath }))` its configuration's.
 */
function jsClientBuilt(cls: string, args: string, text: string): Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] } {
  if (cls === AZURE_JS_CLIENT) return { family: 'node_azure', ...azureJsClientDestination(args, text) };
  if (cls !== 'OpenAIApi') return providerFromConstructor(cls, optionsObject(text, args), text);
  return { family: 'node_legacy', ...(/new\s+[\w$.]*Configuration\s*\(/.test(args) ? providerFromConstructor('Configuration', args, text) : defaultOpenAI()) };
}

/**
 * Python: a client built in a conditional expression, `client = AzureOpenAI(…) if use_azure else OpenAI(…)` (over
 * lines when parenthesised): the branches' destination when they agree, otherwise a run-time choice. Undefined when
 * the other branch builds no client of the SDK (`else None` leaves the one built; the caller's client is read elsewhere).
 */
const ELSE_CLIENT = /^[ \t]*if\b[^\n]{1,120}?[ \t]+else[ \t]+([A-Za-z_][\w.]*)[ \t]*\(/;
const ELSE_CLIENT_OVER_LINES = /^\s*if\b[^\n]{1,120}?\s+else\s+([A-Za-z_][\w.]*)[ \t]*\(/;
function pythonConditionalClient(s: Symbols, name: string, first: string, code: string, text: string, open: number, parenthesised: boolean): ClientInfo | undefined {
  const close = matchingBracket(code, open);
  if (close < 0) return undefined;
  const other = (parenthesised ? ELSE_CLIENT_OVER_LINES : ELSE_CLIENT).exec(code.slice(close, close + 400));
  const second = other ? s.classes.get(other[1] ?? '') : undefined;
  if (!other || !second) return undefined;
  const built = [first, second].map((c, i) => ({ info: { family: 'python', ...providerFromConstructor(c, constructorArgs(code, text, i === 0 ? open : close + (other[0].length - 1)), text) } as ClientInfo }));
  return eitherBranch(name, built);
}

/**
 * JS: a client chosen by a condition the assignment above does not read (`const ai = provider === 'ollama' ? new
 * OpenAI({ baseURL: … }) : new OpenAI({ baseURL: GROQ })`, over lines), either branch a v4 client or nothing: the
 * branches' destination when they agree, otherwise a run-time choice.
 */
function conditionalClients(s: Symbols, code: string, text: string): void {
  if (!code.includes('?')) return;
  // (the condition on the assignment's line, its `?` there or starting the next: a line of its own is another statement)
  for (const m of code.matchAll(/\b(?:const|let|var)[ \t]+([\w$]+)(?:[ \t]*:[^=\n;{}()]{0,200})?[ \t]*=(?![=>])([^;{}?\n]{1,200})(?:\n[ \t]*)?\?\s*new\s+([\w$.]+)\s*\(/g)) {
    const name = m[1] ?? '';
    const first = s.classes.get(m[3] ?? '');
    if ((first !== 'OpenAI' && first !== 'AzureOpenAI') || s.clients.has(name)) continue;
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const other = close < 0 ? null : /^\s*:\s*(?:(null|undefined)\b|new\s+([\w$.]+)\s*\()/.exec(code.slice(close, close + 200));
    // (a simple guard, `const c = key ? new OpenAI({ key }) : null`, is read with the other assignments)
    if (!other || (other[1] !== undefined && /^\s*[\w$.!]+\s*$/.test(m[2] ?? ''))) continue;
    const second = other[2] === undefined ? undefined : s.classes.get(other[2]);
    if (other[2] !== undefined && second !== 'OpenAI' && second !== 'AzureOpenAI') continue;
    const built = [{ info: { family: 'node', ...jsClientBuilt(first, constructorArgs(code, text, open), text) } as ClientInfo }];
    if (second) built.push({ info: { family: 'node', ...jsClientBuilt(second, constructorArgs(code, text, close + other[0].length - 1), text) } as ClientInfo });
    const info = eitherBranch(name, built);
    if (!info) continue;
    jsDefinition(s, name, m.index ?? 0, info);
    setClient(s, name, info);
  }
}

/**
 * A function's local client that it returns, made here or taken from a cache of it: `let c =
 * clients.get(key); if (!c) { c = new OpenAI({ apiKey }); clients.set(key, c); } return c;`. Each
 * `new` of an OpenAI class counts; any other value given to the local makes it no such client.
 */
function cachedLocalClients(body: string, bodyStart: number, code: string, text: string, s: Symbols): Array<Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] }> {
  const built: Array<Pick<ClientInfo, 'provider' | 'providerDetail'> & { family?: ClientInfo['family'] }> = [];
  // (only a body that makes an OpenAI client, and its first twenty returns: a large body of many small functions costs little)
  const makes = [...body.matchAll(/\bnew\s+([\w$.]+)\s*\(/g)].some((n) => s.classes.has(n[1] ?? ''));
  // (also a global the body caches it in: `if (global.azureClient) return global.azureClient; global.azureClient = new AzureOpenAI(…)`)
  // (or the class's static member: `OpenAIService.instance = new OpenAI(…)` … `return OpenAIService.instance`; or a named alias
  // of the global, Next.js's `const globalForOpenAI = globalThis` … `return globalForOpenAI.openai`)
  // (only returns of a name the body assigns count toward the first twenty: `return r.v` of other values does not use them up)
  const returns = makes ? [...body.matchAll(/\breturn\s+((?:[A-Za-z_$][\w$]*\.)?[A-Za-z_$][\w$]*)\s*(?:;|\n|\})/g)].filter((r) => !(r[1] ?? '').includes('.') || new RegExp(`(?<![\\w$.])${escapeRe(r[1] ?? '')}\\s*=(?![=>])`).test(body)) : [];
  for (const r of returns.slice(0, 20)) {
    const local = escapeRe(r[1] ?? '');
    if (!(r[1] ?? '').includes('.') && !new RegExp(`\\b(?:const|let|var)\\s+${local}\\b`).test(body)) continue;
    const made: typeof built = [];
    let other = false;
    for (const a of body.matchAll(new RegExp(`(?<![\\w$.])${local}\\s*(?::[^=;\\n]{0,80})?=(?![=>])\\s*([^;\\n]+)`, 'g'))) {
      const value = (a[1] ?? '').trim();
      const cls = /^new\s+([\w$.]+)\s*\(/.exec(value);
      const cache = /^([\w$.]+)\.get\s*\(/.exec(value);
      if (cls && s.classes.has(cls[1] ?? '') && s.classes.get(cls[1] ?? '') !== 'Configuration') {
        const paren = bodyStart + (a.index ?? 0) + a[0].length - value.length + value.indexOf('(');
        made.push(jsClientBuilt(s.classes.get(cls[1] ?? '') ?? '', constructorArgs(code, text, paren), text));
      } else if (!(cache && new RegExp(`\\b${escapeRe(cache[1] ?? '')}\\.set\\s*\\([^;]*,\\s*${local}\\s*\\)`).test(body))) other = true;
    }
    if (!other) built.push(...made);
  }
  return built;
}

/**
 * `@azure/openai`'s `new OpenAIClient(endpoint, credential)` is for an Azure OpenAI resource only;
 * `new OpenAIClient(new OpenAIKeyCredential(key))`, one argument, sends to api.openai.com.
 */
function azureJsClientDestination(args: string, text = ''): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  const parts = splitTopLevel(args.replace(/^\(|\)$/g, '')).filter((p) => p.trim() !== '');
  // (the SDK asks whether the second argument is a credential: an options object `{ … }` after an OpenAI key is not)
  const first = (parts[0] ?? '').trim();
  const openAIKey = /^new\s+OpenAIKeyCredential\b/.test(first) || (/^[\w$]+$/.test(first) && new RegExp(`\\b${first}\\s*(?::[^=\\n]*)?=\\s*new\\s+OpenAIKeyCredential\\b`).test(text));
  if (parts.length >= 2 && !openAIKey && !/^\{/.test((parts[1] ?? '').trim())) return { provider: 'azure', providerDetail: '@azure/openai OpenAIClient with an endpoint and credential: an Azure OpenAI resource' };
  return { provider: 'openai', providerDetail: 'api.openai.com (@azure/openai OpenAIClient with an OpenAI key)' };
}

/** A Python annotation after a name (`: Union[A, B]`), up to a `,`, `)`, `=` or line end outside its brackets. */
function annotationText(code: string, from: number): string {
  let depth = 0;
  const end = Math.min(code.length, from + 200);
  for (let i = from; i < end; i++) {
    const c = code[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      if (depth-- === 0) return code.slice(from, i);
    } else if (depth === 0 && (c === ',' || c === '=' || c === '\n')) return code.slice(from, i);
  }
  return code.slice(from, end);
}

/** An object or dict literal's members as key and plain value name: `aiClient`, `aiClient: c`, `"ai_client": ai_client`. */
function objectMembers(inner: string): Array<[string, string]> {
  const members: Array<[string, string]> = [];
  for (const part of inner.split(',')) {
    const m = /^\s*["']?([A-Za-z_$][\w$]*)["']?\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?$/.exec(part);
    if (m?.[1]) members.push([m[1], m[2] ?? m[1]]);
  }
  return members;
}

/**
 * How a Go function of this file builds the client it returns: `default` when its body calls the
 * library's `NewClient(key)` and sets no config or base URL, else undefined (a config, another
 * factory, a client kept elsewhere: decided there).
 */
function goFactoryBuild(code: string, factory: string, s: Symbols): 'default' | undefined {
  // (also a method of the file's, `c := g.connect()`: `func (g *Bot) connect() *openai.Client`; its empty brackets are blanked in `code`)
  const method = factory.includes('.');
  const name = method ? factory.slice(factory.lastIndexOf('.') + 1) : factory;
  const head = new RegExp(`^func[ \\t]+${method ? '\\([^)\\n]{0,200}\\)[ \\t]*' : ''}${escapeRe(name)}(?:[ \\t]*\\([^)\\n]{0,300}\\)|[ \\t]{2})[^{\\n]{0,200}\\{`, 'm').exec(code);
  if (!head) return undefined;
  const open = head.index + head[0].length - 1;
  const body = code.slice(open, Math.max(open, matchingBracket(code, open)));
  const calls = [...body.matchAll(/\b(\w+)\.(NewClient\w*|Default\w*Config)[ \t]*\(/g)];
  const own = calls.filter((c) => s.goCommunity.has(c[1] ?? ''));
  if (own.length === 0 || !own.every((c) => c[2] === 'NewClient') || /\bBaseURL\b|\bConfig\b/.test(body)) return undefined;
  // every value it returns (but on an error path: `return nil, err`) is that client: the call, or a name given it here
  const built = new Set([...body.matchAll(/\b(\w+)(?:[ \t]*,[ \t]*\w+)?[ \t]*:?=[ \t]*\w+\.NewClient[ \t]*\(/g)].map((m) => m[1] ?? ''));
  for (const r of body.matchAll(/\breturn\b[ \t]*([^\n;]*)/g)) {
    const values = splitTopLevel(r[1] ?? '').map((v) => v.trim());
    if (values.length > 1 && values[values.length - 1] !== 'nil') continue;
    const first = (values[0] ?? '').replace(/^[*&]/, '');
    if (!/^\w+\.NewClient[ \t]*\(/.test(first) && !built.has(first)) return undefined;
  }
  return 'default';
}

/**
 * Clients taken from what a factory returns as members: `const { aiClient } = getClients()` (JS),
 * `clients = get_clients()` … `ai_client = clients["ai_client"]` (Python). The member's client is
 * the factory's `name#key` entry: this file's, the module it is imported from, or the project's.
 */
function collectMemberClients(code: string, text: string, s: Symbols, family: 'python' | 'js', project: ProjectIndex | undefined): void {
  // only when some factory, here or in the project, hands out members
  if (![...s.factories.keys()].some((k) => k.includes('#')) && !project?.hasMemberFactories()) return;
  let imports: Map<string, { module: string; name: string }> | undefined;
  const lookup = (callee: string, key: string): ClientInfo | undefined => {
    const own = s.factories.get(`${callee}#${key}`);
    if (own) return own;
    if (!project) return undefined;
    imports ??= new Map(s.imports().map((i) => [i.local, i]));
    // `getClients` imported by name: that module's (or its folder's); `deps.get_clients`: module `deps`'s
    const [root = '', ...rest] = callee.split('.');
    const imported = imports.get(root);
    if (imported && rest.length === 0) return project.factoryIn(imported.module, `${imported.name}#${key}`);
    if (rest.length > 0) return project.factoryIn(imported ? `${imported.module}.${imported.name}` : root, `${rest[rest.length - 1] ?? ''}#${key}`);
    return s.functions.has(callee) ? undefined : project.factory(`${callee}#${key}`);
  };
  const take = (name: string, at: number, info: ClientInfo): void => {
    if (family === 'python') define(s, name, at, info);
    if (!s.clients.has(name)) s.clients.set(name, info);
  };
  if (family === 'js') {
    for (const m of code.matchAll(/\b(?:const|let|var)\s*\{([^{}]{0,300})\}\s*=\s*(?:await\s+)?([\w$.]+)\s*\(/g)) {
      for (const [key, local] of objectMembers(m[1] ?? '')) {
        const info = lookup(m[2] ?? '', key);
        if (info) take(local, m.index ?? 0, info);
      }
    }
    return;
  }
  // the dict's holder, by the factory call that filled it: the last one before, in the same function
  // (by name, then function: a module-level holder serves the functions that assign none)
  const holders = new Map<string, Map<number, Array<{ at: number; callee: string }>>>();
  const scopes = (s.scopes ??= new PythonScopes(code));
  for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:await[ \t]+)?([A-Za-z_][\w.]*)[ \t]*\(/gm)) {
    const byScope = holders.get(m[1] ?? '') ?? new Map<number, Array<{ at: number; callee: string }>>();
    holders.set(m[1] ?? '', byScope);
    const scope = scopes.of(m.index ?? 0);
    const list = byScope.get(scope) ?? [];
    byScope.set(scope, list);
    list.push({ at: m.index ?? 0, callee: m[2] ?? '' });
  }
  // `client, deployment = init_openai_client()`: the target at the client's place in the returned tuple
  for (const m of code.matchAll(/^[ \t]*(?:\([ \t]*)?([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)(?:[ \t]*\))?[ \t]*=[ \t]*(?:await[ \t]+)?([A-Za-z_][\w.]*)[ \t]*\(/gm)) {
    // (the whole value: `init_client()[::-1]` is another tuple)
    const close = matchingBracket(code, (m.index ?? 0) + m[0].length - 1);
    const lineEnd = close < 0 ? -1 : code.indexOf('\n', close);
    if (close < 0 || !/^[ \t]*(?:#.*)?$/.test(code.slice(close, lineEnd < 0 ? undefined : lineEnd))) continue;
    (m[1] ?? '').split(',').forEach((target, index) => {
      const info = target.trim() === '_' ? undefined : lookup(m[2] ?? '', String(index));
      if (info) take(target.trim(), m.index ?? 0, info);
    });
  }
  if (holders.size === 0) return;
  const calleeBefore = (list: Array<{ at: number; callee: string }> | undefined, at: number): string | undefined => (list ? list[lastBefore(list, at)]?.callee : undefined);
  for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)(?:\[[ \t]*["']|\.get\([ \t]*["'])/gm)) {
    const byScope = holders.get(m[2] ?? '');
    const scope = scopes.of(m.index ?? 0);
    const callee = calleeBefore(byScope?.get(scope), m.index ?? 0) ?? (scope === -1 ? undefined : (calleeBefore(byScope?.get(-1), m.index ?? 0) ?? byScope?.get(-1)?.[0]?.callee));
    // the key, from the text (strings are blanked in `code`)
    const key = callee ? /^(\w+)["']/.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80))?.[1] : undefined;
    const info = callee && key ? lookup(callee, key) : undefined;
    if (info) take(m[1] ?? '', m.index ?? 0, info);
  }
}

/**
 * The OpenAI client an Azure AI Foundry project client hands out: `project.getOpenAIClient()`,
 * `getAzureOpenAIClient()` (@azure/ai-projects), `project_client.get_openai_client()`,
 * `project_client.inference.get_azure_openai_client()` (azure-ai-projects). Its base URL is the
 * project's endpoint (`https://<account>.services.ai.azure.com/api/projects/<project>/openai/…`).
 */
function foundryClient(s: Symbols, callee: string, code: string): ClientInfo | undefined {
  if (!s.azureProjects || !callee.includes('.') || !/\.(?:getOpenAIClient|getAzureOpenAIClient|get_openai_client|get_azure_openai_client)$/.test(callee)) return undefined;
  // on a project client: `project = AIProjectClient(…)`, `project: AIProjectClient`, `with AIProjectClient(…) as project`,
  // `new Proxy({} as AIProjectClient, …)` (a module's own `settings.get_openai_client()` is its own factory)
  // (or a receiver named for one: `project = get_project_client()`); answered once per name
  const root = callee.split('.')[0] ?? '';
  // the names on lines that mention AIProjectClient, read once per file
  if (!s.projectClients) {
    s.projectClients = new Set();
    for (const line of code.match(/^[^\n]*\bAIProjectClient\b[^\n]*$/gm) ?? []) for (const word of line.match(/[A-Za-z_$][\w$]*/g) ?? []) s.projectClients.add(word);
  }
  if (!/project/i.test(root) && !s.projectClients.has(root)) return undefined;
  return { family: /get_/.test(callee) ? 'python' : 'node', provider: 'azure', providerDetail: 'OpenAI client of an Azure AI Foundry project (its endpoint on services.ai.azure.com)' };
}

/** A module of the application named for OpenAI (`skllm.llm.gpt.clients.openai.credentials`, `lib/openai_client`): not the SDK, not a wrapper package. */
function namedForOpenAIModule(module: string): boolean {
  // (a package whose own name says OpenAI, `pyqt_openai.globals`, names every module of the application: a later segment must)
  const segments = module.split(/[./]+/).filter((x) => x !== '');
  const named = (segment: string): boolean => /(?:^|[_-])open[_-]?ai(?:$|[_-])/i.test(segment);
  // (a test double's module, `tests.fixtures.openai_mock`, holds no real client)
  return !WRAPPER_PACKAGES.test(module) && !/mock|fake|stub|dummy|fixture/i.test(module) && (segments.length === 1 || /^\./.test(module) ? segments.some(named) : segments.slice(1).some(named));
}

/** The body of the innermost JS class around an offset (`class X … {` to its `}`), by its start; undefined outside any. */
function jsClassBody(code: string, offset: number): { start: number } | undefined {
  let found: { start: number } | undefined;
  for (const m of code.slice(0, offset).matchAll(/\bclass[ \t]+[\w$]+[^{;\n]{0,300}\{/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0 || close > offset) found = { start: open };
  }
  return found;
}

/**
 * Whether code (strings blanked) may hold a client openAINamedFactory reads: the result of a call
 * named for OpenAI (`= createOpenAIClient(`, `= await getOpenAI(`), or a function imported from a
 * module named for OpenAI.
 */
function mayMakeNamedClient(code: string, s: Symbols): boolean {
  // (a function's name, not a class's: `AzureOpenAI(…)` is the SDK's constructor)
  // (bounded: a long run of `openai` in one name must not make the pattern quadratic)
  if (!/penai|penAI|penAi/.test(code)) return false;
  return /=[ \t]*(?:await[ \t]+)?(?:[\w$]{1,80}\.){0,8}_{0,4}[a-z][\w$]{0,60}?(?:penai|penAI|penAi)[\w$]{0,60}[ \t]*\(/.test(code) || s.imports().some((i) => namedForOpenAIModule(i.module) || namedForOpenAIModule(`${i.module}.${i.name}`));
}

/**
 * Whether this file's Python method of that name has no body of its own (`pass`, `...`, `raise
 * NotImplementedError`, after a docstring): an abstract factory its subclasses elsewhere fill in.
 */
function abstractInPython(code: string, name: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  return new RegExp(`\\bdef[ \\t]+${name}[ \\t]*\\([^)]{0,400}\\)[^:\\n]{0,200}:[ \\t]*\\n(?:[ \\t]*(?:[rRbBuU]?"\"\"[^"]*"\"\"|'''[^']*''')[ \\t]*\\n)?[ \\t]*(?:pass|\\.\\.\\.|raise[ \\t]+NotImplementedError)\\b`).test(code);
}

/** Packages whose functions named for OpenAI build their own objects (a LangChain model, a Vercel AI SDK provider), not the SDK's client. */
const WRAPPER_PACKAGES = /^(?:@ai-sdk\/|@langchain\/|langchain|llama_?index|@llamaindex\/|litellm|dspy|haystack|semantic_kernel|autogen|crewai|guidance|mirascope|pydantic_ai|@openai\/agents|agents\b|@azure\/|azure\.|openai\b)/;

/** A factory's name that says it returns no SDK client: another provider's, a test double, a model or embedder, a wrapper. */
const namesNoSdkClient = (name: string): boolean => OTHER_PROVIDER_NAMES.test(name) || /mock|fake|stub|dummy|embedding|model|llm\b/i.test(name) || /^_*(?:wrap|trace|track|observe|monitor|from|patch|instrument)/i.test(name);

/**
 * `const client = createOpenAIClient(…)`, `client = get_openai_client()`: a function named for
 * OpenAI that neither this file nor a module the project index has read defines (a module outside
 * the folder scanned, or a file analysed alone): what it returns is taken for an SDK client whose
 * destination is decided there. Not a class (`OpenAIEmbeddings(…)`), nor a function of a package
 * that builds its own objects (`createOpenAI` from `@ai-sdk/openai`).
 */
function openAINamedFactory(s: Symbols, callee: string, family: 'python' | 'js', project: ProjectIndex | undefined, assignedTo: string, code: string): ClientInfo | undefined {
  const name = callee.split('.').pop() ?? callee;
  // (asked for every assignment from a call: the cheap tests first)
  const named = /openai/i.test(name);
  if (!named && !CLIENT_LIKE_NAME.test(assignedTo)) return undefined;
  // a factory of that name the project index has read (re-exported by an index module) says what it builds
  const known = named ? project?.factory(name) : undefined;
  if (known) return known;
  // (Python: a method of an attribute or a name made from an imported class, `self.client_manager.get_client()` (read without
  // `self.`) after `self.client_manager = OpenAIClient()`: the module of that class)
  const holder = family === 'python' ? /^(\w+)\.\w+$/.exec(callee)?.[1] : undefined;
  // (every such name read in one pass, on first need: a file may make thousands of assignments)
  const madeFrom = holder !== undefined && !s.imports().some((i) => i.local === holder) ? (s.madeFromClass ??= namesMadeFromClasses(code)).get(holder) : undefined;
  const attribute = madeFrom !== undefined ? holder : undefined;
  const root = madeFrom ?? callee.split('.')[0] ?? callee;
  const imported = s.imports().find((i) => i.local === root);
  // the module the function comes from: the one imported from, or a module imported by name
  // (`from statgpt.utils import openai` … `openai.get_async_client(…)`)
  const byName = imported && callee.includes('.') && attribute === undefined ? `${imported.module}.${imported.name}` : undefined;
  const source = byName !== undefined && namedForOpenAIModule(byName) ? byName : imported?.module;
  // (a module of the project the index has read, also one imported by name, `from pkg import helpers`:
  // had it built a client there, the index would say)
  // (unless it is a module named for OpenAI that builds the SDK's clients, whose function the index could not follow to one, a
  // client-like name holding its result: `client = get_client()` of `app.services.openai_client`, through factories of tuples)
  // (only a function named for a client, `get_client`, `get_openai_client`, and none a test double, a wrapper or another provider's)
  const ownModule =
    source !== undefined && /^_*[a-z][\w$]*$/.test(name) && /client/i.test(name) && !namesNoSdkClient(name) && !WRAPPER_PACKAGES.test(source) && project?.hasModule(source) && CLIENT_LIKE_NAME.test(assignedTo) && namedForOpenAIModule(source)
      ? [...(project.clientsOf(source)?.values() ?? [])]
      : [];
  const first = ownModule[0];
  // (the attribute's class named for OpenAI, in a module of the project named for it, keeping its client where the index does not
  // read it, `cls._thread_local.client`: a client handed out whose builder is not in view)
  if (!first && attribute !== undefined && source !== undefined && /openai/i.test(root) && /client/i.test(name) && !namesNoSdkClient(name) && CLIENT_LIKE_NAME.test(assignedTo) && namedForOpenAIModule(source) && project?.hasModule(source)) {
    return { family: 'python', provider: 'unknown', providerDetail: `${assignedTo} is what ${callee}() returns, a method of ${root} (${source}); where it sends data is decided there`, handedIn: true };
  }
  if (first) {
    const same = ownModule.every((c) => c.provider === first.provider && c.family === first.family);
    const detail = `${assignedTo} is what ${callee}() of ${source ?? ''} returns; that module builds ${same ? `its clients for ${first.provider}` : 'clients of more than one destination, chosen at run time'}`;
    return family === 'python' ? { family: 'python', provider: same ? first.provider : 'unknown', providerDetail: detail } : { family: 'node', provider: same ? first.provider : 'unknown', providerDetail: detail, eitherVersion: true };
  }
  if (!/^_*[a-z][\w$]*$/.test(name) || (source !== undefined && (WRAPPER_PACKAGES.test(source) || project?.hasModule(source) || (byName !== undefined && project?.hasModule(byName))))) return undefined;
  // or any function of a module named for OpenAI whose result a client-like name holds (`client = set_credentials(key)` from `…clients.openai.credentials`)
  const fromOpenAIModule = source !== undefined && CLIENT_LIKE_NAME.test(assignedTo) && namedForOpenAIModule(source);
  if (!fromOpenAIModule && !named) return undefined;
  // (a wrapper handed a client, `track_openai(OpenAI(…))`, says nothing of its own: wrappedClients reads it)
  if (namesNoSdkClient(name)) return undefined;
  const azure = /azure/i.test(name);
  const detail = `built by ${callee}()${fromOpenAIModule && source ? ` from ${source}` : ''}, which this file does not define; ${azure ? 'an Azure OpenAI client by its name' : 'where it sends data is decided there'}`;
  // (in JavaScript either SDK version: v3's one-word methods, `createChatCompletion`, say which)
  return family === 'python' ? { family: 'python', provider: azure ? 'azure' : 'unknown', providerDetail: detail } : { family: 'node', provider: azure ? 'azure' : 'unknown', providerDetail: detail, eitherVersion: true };
}

/** Python: the class each name or attribute is first made from (`self.client_manager = OpenAIClient()`, read without `self.`). */
function namesMadeFromClasses(code: string): Map<string, string> {
  const made = new Map<string, string>();
  for (const m of code.matchAll(/(?<![\w.])(?:self\.)?([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*([A-Z]\w*)[ \t]*\(/g)) if (!made.has(m[1] ?? '')) made.set(m[1] ?? '', m[2] ?? '');
  return made;
}

/**
 * `client = make_client()`, `const openai = await initAzureOpenAI()`, `self.client = self._client()`:
 * a variable holding what a factory of this file returns. Other calls are remembered, so a
 * variable built from anything else is never taken for an injected OpenAI client.
 */
function collectBuiltVariables(code: string, s: Symbols, factories: Map<string, ClientInfo>, family: 'python' | 'js', project?: ProjectIndex, named: ProjectIndex | undefined = project): void {
  s.factories = factories;
  // functions imported from other modules (`createClient` from Supabase): what they build is theirs
  let imported: Set<string> | undefined;
  const importedHere = (): Set<string> => (imported ??= new Set(s.imports().filter((i) => !/^openai\b/.test(i.module)).map((i) => i.local)));
  const assignments =
    family === 'python'
      ? // (also the fallback of a client handed in: `self._client = client or default_openai_client()`)
        // (`self.client or …`, and `client if client else default_openai_client()`)
        callAssignments(code, '(?:self\\.|cls\\.)?[A-Za-z_]\\w*', '(?:await[ \\t]+)?(?:[A-Za-z_][\\w.]*[ \\t]+or[ \\t]+|[A-Za-z_][\\w.]*[ \\t]+if[ \\t]+(?:not[ \\t]+)?[A-Za-z_][\\w.]*(?:[ \\t]+is[ \\t]+not[ \\t]+None)?[ \\t]+else[ \\t]+)?((?:self\\.|cls\\.)?[A-Za-z_][\\w.]*)')
      : jsCallAssignments(code);
  for (const m of assignments) {
    // (FastAPI's parameter default, `client = Depends(get_openai_client)`, is read by fastApiDependencies: no value built here)
    if (family === 'python' && /^(?:fastapi\.)?Depends$/.test(m[2] ?? '')) continue;
    // (JavaScript: `this.client = …` names a member; `const client = …`, and `client = …` after `let client;`, a local)
    const name = family === 'js' && m[0].startsWith('this.') ? `this.${m[1] ?? ''}` : (m[1] ?? '');
    const callee = (m[2] ?? '').replace(/^(?:self|cls|this)\./, '');
    // a method of a class of this file, by its class: `Service.get_client()`, or `self.get_client()` in that class
    const ownClass = family === 'python' && /^(?:self|cls)\./.test(m[2] ?? '') ? (s.classBodies ??= new PythonClasses(code)).of(m.index ?? 0)?.name : undefined;
    const qualified = ownClass ? factories.get(`${ownClass}.${callee}`) : callee.includes('.') ? factories.get(callee) : undefined;
    // `config.initialize_openai()`: a method or function another file of the project defines
    // a function this file defines itself is never another file's namesake
    const built =
      qualified ?? factories.get(callee) ?? (s.functions.has(callee) ? undefined : project?.factory(callee.split('.').pop() ?? callee)) ?? foundryClient(s, callee, code) ?? (s.functions.has(callee) && !(family === 'python' && abstractInPython(code, callee)) ? undefined : openAINamedFactory(s, callee, family, named, name, code));
    const handedIn = family === 'python' ? /=[ \t]*(?:await[ \t]+)?([A-Za-z_][\w.]*)[ \t]+(?:or|if)[ \t]/.exec(m[0])?.[1] : undefined;
    const factory: ClientInfo | undefined = built && handedIn !== undefined ? { ...built, provider: 'unknown', providerDetail: `${handedIn} passed in, else a client built by ${callee}() (${built.providerDetail ?? built.provider}); which one is decided at run time` } : built;
    // `client = cast(Any, self._client)` only retypes a value: the name holds what it held
    if (family === 'python' && /^(?:typing\.)?cast$/.test(m[2] ?? '')) {
      const cast = /^\s*([^,]+),\s*(?:([A-Za-z_][\w.]*)\s*\))?/.exec(code.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200));
      // a value not known here, cast to an SDK class: a client someone else built
      const typed = /\b(?:Async)?(?:Azure)?OpenAI\b/.exec(cast?.[1] ?? '')?.[0];
      const value = cast?.[2] ?? '';
      const held =
        s.clients.get(value) ??
        (typed
          ? { family: 'python' as const, provider: typed.includes('Azure') ? ('azure' as const) : ('unknown' as const), providerDetail: `cast to ${typed}: a client built elsewhere` }
          : // `cast(Any, self._client)`: a client-like name handed in, in a file that uses the SDK
            CLIENT_LIKE_NAME.test(value) && (s.modules.size > 0 || s.classes.size > 0)
            ? { family: 'python' as const, provider: 'unknown' as const, providerDetail: `${value} is passed in; where it sends data is decided by the code that built it`, handedIn: true }
            : undefined);
      define(s, name, m.index ?? 0, held);
      if (held && !s.clients.has(name)) s.clients.set(name, held);
      continue;
    }
    // (the SDK's class by name where this file does not import it, `AzureOpenAI(…)`: not "something else")
    if (family === 'python' && !s.classes.has(m[2] ?? '') && !(factory === undefined && PY_CLIENT_CLASSES.has(callee.split('.').pop() ?? ''))) define(s, name, m.index ?? 0, factory);
    // (JavaScript: per function too, where the name is also another function's typed parameter, `client: OpenAI`)
    if (family === 'js' && factory && !name.startsWith('this.')) jsDefinition(s, name, m.index ?? 0, factory);
    if (s.clients.has(name)) continue;
    if (factory) {
      s.clients.set(name, factory);
      if (family === 'js' && name.startsWith('this.')) s.clients.set(name.slice(5), factory);
    } else if (!s.classes.has(m[2] ?? '') && (!CLIENT_LIKE_NAME.test(name) || builtByOtherClient(m[0], callee) || importedHere().has(callee))) {
      // only client-like names are ever taken for an injected client: the others need no closer look
      s.builtOtherwise.add(name);
    }
  }
  if (family === 'python' && code.includes('Depends')) fastApiDependencies(code, s, factories, project);
}

/** The client the function around `at` defines `name` as, before `at` (a parameter's `Depends(factory)`); undefined when none. */
function ownScopeClient(name: string, at: number, s: Symbols, code: string): ClientInfo | undefined {
  const definitions = s.definitions.get(name);
  if (!definitions) return undefined;
  const scopes = (s.scopes ??= new PythonScopes(code));
  const scope = scopes.of(at);
  let found: { offset: number; info: ClientInfo | undefined } | undefined;
  for (const [offset, info] of definitions) if (offset >= 0 && offset < at && scopes.of(offset) === scope && (!found || offset > found.offset)) found = { offset, info };
  return found?.info;
}

/**
 * FastAPI's dependency injection: `def get_dao(openai_client=Depends(get_openai_client))` hands the parameter what the
 * factory returns (one of this file, or one the project index read), within that function.
 */
function fastApiDependencies(code: string, s: Symbols, factories: Map<string, ClientInfo>, project: ProjectIndex | undefined): void {
  for (const m of code.matchAll(/[(,][ \t\n]*([A-Za-z_]\w*)[ \t]*(?::[^=,()\n]{0,80})?=[ \t]*Depends[ \t]*\([ \t]*([A-Za-z_][\w.]*)[ \t]*\)/g)) {
    const name = m[1] ?? '';
    const callee = m[2] ?? '';
    const info = factories.get(callee) ?? (s.functions.has(callee) ? undefined : project?.factory(callee.split('.').pop() ?? callee));
    // (within that function only: another function's `client` is its own)
    if (!info) continue;
    define(s, name, (m.index ?? 0) + 1, info);
    s.dependsClients = true;
  }
}

/**
 * Whether an assignment builds something other than an OpenAI client: a constructor (`new Groq()`,
 * `Anthropic()`), another module's function (also one imported by name), or a call naming another vendor. A plain function's
 * result (`getContext(ctx)()`, `get_client()`, `self.get_client()`) in a file that uses the SDK may
 * well be an OpenAI client handed out elsewhere.
 */
function builtByOtherClient(statement: string, callee: string): boolean {
  const last = callee.split('.').pop() ?? callee;
  // `docker.from_env()`, `instructor.from_provider(…)`: another library's function builds it
  return /\bnew\s/.test(statement) || /^[A-Z]/.test(last) || callee.includes('.') || OTHER_VENDORS.test(callee);
}

const OTHER_VENDORS = /groq|anthropic|claude|mistral|together|cohere|gemini|genai|google|vertex|bedrock|ollama|litellm|deepseek|replicate|huggingface|hf_|fireworks|perplexity|cerebras|qwen|dashscope|zhipu|moonshot|baidu|ernie|spark/i;

/** `client.with_options(timeout=5).chat…` reads as `client.chat…`: blank the option call. */
function blankWithOptions(code: string): string {
  if (!code.includes('with_options') && !code.includes('withOptions') && !code.includes('copy')) return code;
  const re = /\.\s*(?:with_options|withOptions|copy)\s*\(/g;
  // pieces joined once: rebuilding the whole text per option call was quadratic in their number
  const parts: string[] = [];
  let kept = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0 || m.index < kept) continue;
    parts.push(code.slice(kept, m.index), code.slice(m.index, close).replace(/[^\n]/g, ' '));
    kept = close;
  }
  if (parts.length === 0) return code;
  parts.push(code.slice(kept));
  return parts.join('');
}

const ASSIGNMENT_WINDOW = 240;

function assignedName(code: string, callStart: number): string | undefined {
  // The assignment sits just before the call on its line; a bounded window keeps minified one-line files linear.
  const window = code.slice(Math.max(0, callStart - ASSIGNMENT_WINDOW), callStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return /(?:^|[\s(])(?:const\s+|let\s+|var\s+)?([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*)*(?:[ \t]*:[^=\n]*|[ \t]*)(?::=|=)[ \t]*(?:await\s+)?$/.exec(before)?.[1];
}

function collectSymbols(src: SourceText, lexed: Lexed, family: Family, project: ProjectIndex | undefined, fileName?: string): Symbols {
  const code = lexed.code;
  const text = src.noComments;
  let imports: NamedImport[] | undefined;
  let namesOpenAI: boolean | undefined;
  const s: Symbols = {
    namesOpenAI: () => (namesOpenAI ??= /openai/i.test(text) || /openai/i.test(fileName ?? '')), modules: new Set(), classes: new Map(), clients: new Map(), goOfficial: new Set(), goCommunity: new Set(), goLibraries: new Map(), goOtherSdks: new Set(), moduleProvider: defaultOpenAI(), builtOtherwise: new Set(), definitions: new Map(), definitionsByScope: new Map(), attributeDefinitions: new Map(), attributeInClass: new Map(), factories: new Map(), forwards: new Map(), functions: new Set(), imports: () => (imports ??= family === 'go' ? [] : namedImports(family === 'python' ? code : text, family)) };
  if (project) {
    s.project = project;
    if (family !== 'go') useImportedConstants(text, importedUrlLookup(s.imports, project, family === 'python' ? code : undefined));
  }
  if (family === 'python') {
    collectPython(s, code, text, project, fileName);
    propertyClients(s, code);
  } else if (family === 'js') collectJs(s, code, text, project, fileName);
  else collectGo(s, code, text, project, fileName);
  return s;
}

/**
 * A Python property handing out a client the class keeps (`@property def openai_service(self): … return self._openai_service`,
 * the attribute made lazily there or elsewhere): `self.openai_service.chat.completions.create(…)` calls that client.
 */
function propertyClients(s: Symbols, code: string): void {
  if (s.clients.size === 0 || !code.includes('@')) return;
  for (const [property, attribute] of propertiesReturningAttributes(code)) {
    const client = s.clients.has(`self.${property}`) ? undefined : s.clients.get(`self.${attribute}`);
    if (client) s.clients.set(`self.${property}`, client);
  }
}

/** Python's properties whose every `return` gives the same attribute (`@property def client(self): … return self._client`): property → attribute. */
function propertiesReturningAttributes(code: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of code.matchAll(/^([ \t]*)@(?:functools\.)?(?:cached_)?property[ \t]*\n[ \t]*def[ \t]+([A-Za-z_]\w*)[ \t]*\([ \t]*self[ \t]*\)[^:\n]*:/gm)) {
    // the body: the lines indented deeper than the decorator, up to the next line that is not
    const indent = (m[1] ?? '').length;
    const rest = code.slice((m.index ?? 0) + m[0].length);
    const end = rest.search(new RegExp(`\\n[ \\t]{0,${indent}}(?=\\S)`));
    const body = end < 0 ? rest : rest.slice(0, end);
    const returned = [...body.matchAll(/\breturn[ \t]+self\.([A-Za-z_]\w*)[ \t]*$/gm)].map((r) => r[1] ?? '');
    if (returned.length > 0 && returned.every((r) => r === returned[0])) found.set(m[2] ?? '', returned[0] ?? '');
  }
  return found;
}

/** Whether the line at `at`, indented `indent`, stands directly in a Python class body: the first line above it indented less is a `class`. */
function inPythonClassBody(code: string, at: number, indent: number): boolean {
  for (let end = at - 1, seen = 0; end > 0 && seen < 2000; seen++) {
    const start = code.lastIndexOf('\n', end - 1) + 1;
    const line = code.slice(start, end);
    end = start - 1;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (line.trim() === '' || own >= indent) continue;
    return /^[ \t]*class\b/.test(line);
  }
  return false;
}

/** `self._tts` annotated or built as a class this file defines (`self._tts: TTS = tts`, `self._tts = TTS(…)`). */
function holdsOwnClass(holder: string, code: string, s: Symbols): boolean {
  const known = (s.ownClassHolders ??= new Map()).get(holder);
  if (known !== undefined) return known;
  const escaped = holder.replace(/\./g, '\\.');
  const cls = new RegExp(`(?<![\\w.])${escaped}[ \\t]*(?::[ \\t]*["']?([A-Za-z_]\\w*)|=[ \\t]*([A-Z]\\w*)[ \\t]*\\()`).exec(code);
  const name = cls?.[1] ?? cls?.[2];
  const answer = name !== undefined && new RegExp(`^[ \\t]*class[ \\t]+${name}\\b`, 'm').test(code);
  s.ownClassHolders.set(holder, answer);
  return answer;
}

/** Whether the Python statement at `offset` sits in an `if`/`elif`/`else` block (the nearest line above with less indentation opens one). */
function underCondition(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
  for (let end = lineStart - 1, steps = 0; indent > 0 && end > 0 && steps < 2000; steps++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() !== '' && (/^[ \t]*/.exec(line)?.[0].length ?? 0) < indent) return /^[ \t]*(?:if|elif|else)\b/.test(line);
  }
  return false;
}

/**
 * The class a Python statement at `offset` is in, when it is in a method of a class that subclasses
 * another class of the same file (its start and end), else undefined.
 */
function setOnOnePath(text: string, offset: number): { start: number; end: number; why: string } | undefined {
  const opener = (at: number): { line: string; start: number } | undefined => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
    if (indent === 0) return undefined;
    for (let end = lineStart - 1, steps = 0; end > 0 && steps < 5000; steps++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end);
      end = start - 1;
      if (line.trim() !== '' && (/^[ \t]*/.exec(line)?.[0].length ?? 0) < indent) return { line, start };
    }
    return undefined;
  };
  const block = opener(offset);
  // `if os.getenv("OPENAI_API_BASE"):` outside any function: set on the runs where the condition holds
  const branch = block ? /^([ \t]*)(?:if|elif)\b(.*):/.exec(block.line) : null;
  if (block && branch) {
    // (a line opening with `)` closes a signature or a call spread over lines: not known to be outside a function)
    for (let o = opener(block.start); o; o = opener(o.start)) if (/^[ \t]*(?:(?:async[ \t]+)?(?:def|class)\b|[)\]}])/.test(o.line)) return undefined;
    const end = pythonBlockEnd(text, block.start + branch[0].length - 1, (branch[1] ?? '').length);
    return { start: block.start, end, why: `legacy api_type="azure" is set only when ${(branch[2] ?? '').trim().slice(0, 80)}; other runs go to OpenAI` };
  }
  if (!block || !/^[ \t]*(?:async[ \t]+)?def\b/.test(block.line)) return undefined;
  const owner = opener(block.start);
  const head = owner ? /^([ \t]*)class[ \t]+\w+[ \t]*\(([^)]*)\)/.exec(owner.line) : null;
  if (!owner || !head || !(head[2] ?? '').split(',').some((b) => /^\w+$/.test(b.trim()) && new RegExp(`^class[ \\t]+${b.trim()}\\b`, 'm').test(text))) return undefined;
  return { start: owner.start, end: pythonBlockEnd(text, owner.start + owner.line.indexOf('('), (head[1] ?? '').length), why: 'legacy api_type="azure" is set by a subclass; calls outside it go to OpenAI or Azure depending on which class runs' };
}

/**
 * `NAME` or `config.key` as this file imports them: the URL the exporting module of the project
 * keeps there (a constant, or an object literal's property).
 */
function importedUrlLookup(imports: () => NamedImport[], project: ProjectIndex, pythonCode?: string): (expression: string) => string | undefined {
  // read on first use: most files build no client from an imported name
  let modules: Map<string, NamedImport> | undefined;
  // (Python's `from config.constants import *`: a name no import binds may be one of those modules' constants)
  let starred: string[] | undefined;
  return (expression) => {
    const [head, key] = expression.split('.');
    const imported = (modules ??= new Map(imports().map((i) => [i.local, i]))).get(head ?? '');
    if (!imported) {
      if (pythonCode === undefined || key !== undefined || !pythonCode.includes('*')) return undefined;
      starred ??= [...pythonCode.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\*/gm)].map((m) => m[1] ?? '').filter((module) => !/^openai\b/.test(module));
      for (const module of starred) {
        const value = project.urlConstant(module, head ?? '');
        if (value !== undefined) return value;
      }
      return undefined;
    }
    return project.urlConstant(imported.module, key === undefined ? imported.name : `${imported.name}.${key}`);
  };
}

/**
 * Records a client built into `name`. Built twice with different destinations (`self.client =
 * OpenAI(base_url=…)` in one branch or subclass, `AzureOpenAI(…)` in another), the one a call
 * uses is a run-time choice.
 */
function setClient(s: Symbols, name: string, info: ClientInfo): ClientInfo {
  const before = s.clients.get(name);
  const merged: ClientInfo =
    before && before.provider !== info.provider ? { family: info.family, provider: 'unknown', providerDetail: `${name} is built in more than one way here (${before.provider}, ${info.provider}); which one a call uses is decided at run time` } : info;
  s.clients.set(name, merged);
  return merged;
}

/**
 * The class whose body (not one of its methods) holds the line at `offset`, by name. `known` keeps
 * the answer per line start: a line with the same indentation above gives the same answer, so
 * many assignments in one class body cost one walk back, not one each.
 */
function enclosingPythonClass(code: string, offset: number, known: Map<number, string | undefined>): string | undefined {
  const lineStart = code.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(code.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
  if (indent === 0) return undefined;
  if (known.has(lineStart)) return known.get(lineStart);
  let owner: string | undefined;
  // the nearest line above with less indentation opens the block this line is in
  for (let end = lineStart - 1; end > 0; ) {
    const start = code.lastIndexOf('\n', end - 1) + 1;
    const line = code.slice(start, end);
    end = start - 1;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (own === indent && known.has(start)) {
      owner = known.get(start);
      break;
    }
    if (line.trim() === '' || own >= indent) continue;
    owner = /^[ \t]*class[ \t]+([A-Za-z_]\w*)/.exec(line)?.[1];
    break;
  }
  known.set(lineStart, owner);
  return owner;
}

/**
 * Where a legacy v3 client sends data, from the arguments it is made with (`new OpenAIApi(configuration, basePath, axios)`, also
 * `OpenAIApiFactory(…)`): the configuration's `basePath` (built in place, or a configuration variable of the file), else the
 * `basePath` argument, else api.openai.com.
 */
function legacyClientDestination(args: string, text: string, configs: ReadonlyMap<string, Pick<ClientInfo, 'provider' | 'providerDetail'>>): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  const [config = '', basePath = ''] = splitTopLevel(args.replace(/^\(/, '').replace(/\)$/, '')).map((a) => a.trim());
  const configured = /^new\s+[\w$.]*Configuration\s*\(/.test(config) ? (azurePackageConfiguration(config, text) ?? (/\bbasePath\b/.test(config) ? providerFromConstructor('Configuration', config, text) : undefined)) : configs.get(/^(?:this\.)?([\w$]+)$/.exec(config)?.[1] ?? '');
  if (configured && configured.providerDetail !== defaultOpenAI().providerDetail) return configured;
  if (basePath !== '' && basePath !== 'undefined') return providerFromUrlExpression(basePath);
  return configured ?? defaultOpenAI();
}

/**
 * The community npm package `azure-openai` (1openwindow/azure-openai-node 0.9.4, a copy of the v3 client): given
 * `new Configuration({ azure: { apiKey, endpoint, deploymentName } })` its requests go to that endpoint (configuration.ts sets
 * basePath to it), and createChatCompletion, createCompletion and createEmbedding to
 * `/openai/deployments/{deploymentName}/…?api-version=2023-03-15-preview` there (api.ts): an Azure OpenAI resource.
 */
const AZURE_OPENAI_PACKAGE: Pick<ClientInfo, 'provider' | 'providerDetail'> = { provider: 'azure', providerDetail: "an Azure OpenAI resource: the azure-openai package's Configuration with an azure endpoint and deployment" };

/** The `azure-openai` package's Azure destination, for a Configuration's arguments with an `azure` key in a file that imports the package. */
function azurePackageConfiguration(args: string, text: string): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  return /[{,]\s*azure\s*:/.test(args) && /(["'])azure-openai\1/.test(text) ? AZURE_OPENAI_PACKAGE : undefined;
}

function constructorArgs(code: string, text: string, openParen: number): string {
  const close = matchingBracket(code, openParen);
  return text.slice(openParen, close < 0 ? Math.min(text.length, openParen + 2000) : close);
}

function collectPython(s: Symbols, code: string, text: string, project: ProjectIndex | undefined, fileName?: string): void {
  for (const m of code.matchAll(/^[ \t]*import[ \t]+openai(?:[ \t]+as[ \t]+(\w+))?/gm)) s.modules.add(m[1] ?? 'openai');
  // also later in a list: `import discord_bot.utilities as utilities, openai, json`
  for (const m of !code.includes(', openai') && !code.includes(',openai') ? [] : code.matchAll(/^[ \t]*import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,([^\n]{0,400})/gm)) {
    for (const part of (m[1] ?? '').split(',')) {
      const named = /^[ \t]*openai(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/.exec(part);
      if (named) s.modules.add(named[1] ?? 'openai');
    }
  }
  // `from telegram import *` from a module of the application that imports openai: the file's
  // `openai.ChatCompletion.create(…)` calls the module it brings (no other SDK has those resources)
  const stars = s.modules.size === 0 && code.includes('*') ? [...code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\*/gm)].map((m) => m[1] ?? '').filter((module) => !/^openai\b/.test(module)) : [];
  if (stars.length > 0 && /(?<![\w.])openai[ \t]*\.[ \t]*(?:ChatCompletion|Completion|Embedding|Image|Audio|File|FineTune|FineTuningJob|Moderation|Edit)[ \t]*\.[ \t]*[a-z_]+[ \t]*\(/.test(code) && !/(?<![\w.])openai[ \t]*(?::[^=\n]{0,80})?=(?!=)|\bas[ \t]+openai\b|\bdef[ \t]+\w+[ \t]*\([^)]*\bopenai\b/.test(code)) {
    s.modules.add('openai');
    s.moduleProvider = { provider: 'unknown', providerDetail: `the openai module comes through a star import (${stars.map((module) => `\`from ${module} import *\``).join(', ')}); its api_base and api_type are set there` };
  }
  // `self.llm = openai`: another name for the module (openai<1.0 code calls `self.llm.ChatCompletion.create`)
  if (s.modules.size > 0) {
    let classAttributes = 0;
    for (const m of code.matchAll(/^([ \t]*)((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)[ \t]*$/gm)) {
      if (!s.modules.has(m[3] ?? '')) continue;
      s.modules.add(m[2] ?? '');
      // (a class attribute, `class ChatGPTProxy:` … `framework = openai`: read through the class, `self.__class__.framework.…`, and
      // through the instance, `self.framework.…`, unless some instance's attribute of that name is set to something else; only a line
      // directly in a class body, and a few of them: a function's local `llm = openai` is no attribute)
      const name = m[2] ?? '';
      if (m[1] === '' || name.startsWith('self.') || ++classAttributes > 20 || !inPythonClassBody(code, m.index ?? 0, (m[1] ?? '').length)) continue;
      s.modules.add(`self.__class__.${name}`);
      if (!new RegExp(`\\b(?:self|cls)\\.${name}[ \\t]*(?::[^=\\n]{0,80})?=(?!=)`).test(code)) for (const via of ['self', 'cls']) s.modules.add(`${via}.${name}`);
    }
  }
  for (const m of code.matchAll(/^[ \t]*from[ \t]+openai(?:\.[\w.]+)?[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)/gm)) {
    for (const part of (m[1] ?? '').replace(/[()]/g, '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name && PY_CLIENT_CLASSES.has(name)) s.classes.set(alias ?? name, name);
      // the SDK's own aliases, imported by name from openai (`from openai import Client as OpenAIClient`)
      else if (name === 'Client' || name === 'AsyncClient') s.classes.set(alias ?? name, name === 'Client' ? 'OpenAI' : 'AsyncOpenAI');
      // openai<1.0 resources by name (`from openai import ChatCompletion`): `ChatCompletion.create(…)` is `openai.ChatCompletion.create(…)`
      else if (name && LEGACY_RESOURCES.has(name) && /^[ \t]*from[ \t]+openai[ \t]/.test(m[0])) (s.legacyResources ??= new Map()).set(alias ?? name, name);
    }
  }
  // an instance of an openai<1.0 resource (`completion = openai.Completion()`): its `create` is the class's
  if (s.modules.size > 0 || s.legacyResources) {
    for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:([A-Za-z_]\w*)\.)?([A-Z]\w*)[ \t]*\([ \t]*\)[ \t]*$/gm)) {
      const resource = m[2] ? (s.modules.has(m[2]) && LEGACY_RESOURCES.has(m[3] ?? '') ? m[3] : undefined) : s.legacyResources?.get(m[3] ?? '');
      if (resource) (s.legacyResources ??= new Map()).set(m[1] ?? '', resource);
    }
  }
  // a resource read off the module by name (`ChatCompletion = getattr(openai, 'ChatCompletion', None)`, code that runs under either SDK)
  if (s.modules.size > 0 && code.includes('getattr')) {
    // (read on the code, the name from the text: a commented-out line is no assignment)
    for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*getattr[ \t]*\([ \t]*([A-Za-z_]\w*)[ \t]*,[ \t]*(["'][^"'\n]{1,40}["'])[ \t]*(?:,[^\n)]*)?\)[ \t]*$/gm)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[3] ?? '', m[0].indexOf('getattr'));
      const resource = text.slice(at + 1, at + (m[3] ?? '').length - 1);
      if (s.modules.has(m[2] ?? '') && LEGACY_RESOURCES.has(resource)) (s.legacyResources ??= new Map()).set(m[1] ?? '', resource);
    }
  }
  // a property handing out an openai<1.0 resource (`@cached_property def chat_completion(self): return openai.ChatCompletion`):
  // `self.chat_completion.create(…)` is the class's
  if (s.modules.size > 0 && code.includes('property')) {
    for (const m of code.matchAll(/^[ \t]*@(?:functools\.)?(?:cached_)?property[ \t]*\n[ \t]*def[ \t]+([A-Za-z_]\w*)[ \t]*\([ \t]*self[ \t]*\)[^:\n]*:[ \t]*\n[ \t]*return[ \t]+([A-Za-z_]\w*)\.([A-Z]\w*)[ \t]*$/gm)) {
      if (s.modules.has(m[2] ?? '') && LEGACY_RESOURCES.has(m[3] ?? '')) (s.legacyResources ??= new Map()).set(`self.${m[1] ?? ''}`, m[3] ?? '');
    }
  }
  // `from app.clients import client`: a client another module of the project built
  if (project) {
    for (const imported of s.imports()) {
      const info = /^openai(?:\.|$)/.test(imported.module) ? undefined : project.lookup(imported.module, imported.name);
      if (info) s.clients.set(imported.local, info);
    }
    // `from src.openai_init import *`: every client that module builds, and the `openai` module it configures (`import openai`,
    // `openai.api_key = …`) when this file does not import it itself
    for (const m of code.includes('*') ? code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\*/gm) : []) {
      if (/^openai\b/.test(m[1] ?? '')) continue;
      for (const [name, info] of project.clientsOf(m[1] ?? '') ?? []) if (!s.clients.has(name) && (!info.legacyModule || !s.modules.has(name))) s.clients.set(name, info);
    }
    if (s.clients.size > 0) importedClientsKeptOnSelf(s, code);
    moduleAttributeClients(s, code, project);
  }
  abstractClientProperties(s, code);
  // `from backend.tests.client_tests.openai import client`: a client-like name from a module named
  // for OpenAI that the project index has not read (outside the folder scanned, or a file analysed alone)
  for (const imported of /open_?ai/i.test(code) ? s.imports() : []) {
    // (an instance's name or a constant's, `client`, `OPENAI_CLIENT`; not a class, `OpenAIClient`)
    if (s.clients.has(imported.local) || s.modules.has(imported.local) || !/^[a-z_]|^[A-Z0-9_]+$/.test(imported.local) || !CLIENT_LIKE_NAME.test(imported.local) || OTHER_PROVIDER_NAMES.test(imported.local) || !namedForOpenAIModule(imported.module) || project?.hasModule(imported.module)) continue;
    s.clients.set(imported.local, { family: 'python', provider: 'unknown', providerDetail: `${imported.local} is imported from ${imported.module}; where it sends data is decided there` });
  }
  // `import openai` then a bare `OpenAI()` that no import binds (a notebook whose cells were run out of order, `from openai import *`):
  // the SDK's class, unless the file defines or imports the name from elsewhere (LangChain's `OpenAI`)
  // (also after another name taken from the SDK, misspelt: `from openai import openAI`)
  // (also a snippet that imports nothing at all, a course's exercise whose environment imported the SDK: `client = OpenAI(api_key="…")`)
  if ((s.modules.has('openai') || (code.includes('from') && /^[ \t]*from[ \t]+openai[ \t]+import\b/m.test(code)) || !/^[ \t]*(?:import|from)[ \t]/m.test(code)) && /\b(?:Async)?(?:Azure)?OpenAI[ \t]*\(/.test(code)) {
    for (const cls of PY_CLIENT_CLASSES) {
      // (an import list over lines binds it too: `from langchain.llms import (\n    OpenAI,\n)`)
      if (!s.classes.has(cls) && new RegExp(`(?<![\\w.])${cls}[ \\t]*\\(`).test(code) && !new RegExp(`^[ \\t]*(?:from[ \\t]+[\\w.]+[ \\t]+import\\b(?:[^\\n]*|[ \\t]*\\([^)]*)\\b${cls}\\b|import\\b[^\\n]*\\bas[ \\t]+${cls}\\b|(?:class|def)[ \\t]+${cls}\\b|${cls}[ \\t]*=)`, 'm').test(code)) s.classes.set(cls, cls);
    }
  }
  // `from .lazy_imports import openai`: a module of the project handing on the SDK's module under its own name; only its
  // client classes are read as the SDK's (`openai.AzureOpenAI(…)`), what else the project's name offers is the project's
  for (const imported of code.includes('openai') ? s.imports() : []) {
    // (not where the project has a module of that name, `app/openai.py`, whose `OpenAI` may be a class of its own)
    // (and only from a module of the project, a relative one or one the index holds: `from langchain_community.llms import openai` is LangChain's)
    if (imported.name !== 'openai' || imported.local !== 'openai' || /^openai(?:\.|$)/.test(imported.module) || s.modules.has('openai') || project?.hasModule('openai') || !(imported.module.startsWith('.') || project?.hasModule(imported.module))) continue;
    for (const cls of PY_CLIENT_CLASSES) if (!s.classes.has(`openai.${cls}`)) s.classes.set(`openai.${cls}`, cls);
  }
  for (const mod of s.modules) {
    for (const cls of PY_CLIENT_CLASSES) s.classes.set(`${mod}.${cls}`, cls);
    // the SDK's own aliases (`openai.Client` is OpenAI); only qualified: a bare `Client` is anyone's
    s.classes.set(`${mod}.Client`, 'OpenAI');
    s.classes.set(`${mod}.AsyncClient`, 'AsyncOpenAI');
    // legacy module configuration and v1 module-level client configuration
    const esc = mod.replace(/\./g, '\\.');
    // assignments only: `if openai.api_type == "azure":` is a comparison
    const apiTypes = [...text.matchAll(new RegExp(`\\b${esc}\\.api_type\\s*=(?!=)\\s*([^\\n]+)`, 'g'))];
    const apiTypeMatch = apiTypes[0];
    // (also through a constant of the file: `OPENAI_API_TYPE = 'azure'` … `openai.api_type = OPENAI_API_TYPE`)
    const apiTypeWritten = apiTypeMatch?.[1];
    const apiType = apiTypeWritten && /^[A-Za-z_]\w*\s*$/.test(apiTypeWritten) ? (stringConstant(text, apiTypeWritten.trim()) ?? apiTypeWritten) : apiTypeWritten;
    const apiBase = new RegExp(`\\b${esc}\\.(?:api_base|base_url)\\s*=(?!=)\\s*([^\\n]+)`).exec(text)?.[1];
    // set in a method of a subclass of another class of this file (`class AzureBot(Bot): def
    // __init__(self): openai.api_type = "azure"`), it holds only once that subclass is made; the
    // base class's calls run either way. (Under an `if`, a call only OpenAI takes, `model=` without
    // `engine=`, runs on the other path: see `azureConditional`; the others are left as Azure.)
    if (apiType && /azure/i.test(apiType)) {
      s.moduleProvider = { provider: 'azure', providerDetail: 'legacy api_type="azure"' };
      // (set on each path of an `if` to one Azure type or another, `"azure_ad"` or `"azure"`, it holds on all)
      const onlyIn = apiTypeMatch && !(apiTypes.length > 1 && apiTypes.every((t) => /azure/i.test(t[1] ?? ''))) ? setOnOnePath(text, apiTypeMatch.index ?? 0) : undefined;
      if (onlyIn) s.azureOnlyIn = onlyIn;
      else if (apiTypeMatch) s.azureConditional = underCondition(text, apiTypeMatch.index ?? 0);
    }
    else if (apiBase) s.moduleProvider = providerFromUrlExpression(apiBase);
    // `if openai.api_type == "azure":` with no assignment here: openai<1.0 read OPENAI_API_TYPE from the environment
    else if (!apiType && new RegExp(`\\b${esc}\\.api_type\\s*[=!]=\\s*[rfbu]{0,2}["']azure`, 'i').test(text)) {
      s.moduleProvider = { provider: 'unknown', providerDetail: 'legacy api_type from OPENAI_API_TYPE at run time (the file handles both OpenAI and Azure)' };
    }
    // set by the package's `__init__.py`, which Python runs before any module of the package (`openai.api_type = 'azure'` there)
    else if (!apiType && project && fileName) {
      const inherited = project.packageInitLegacyModule(fileName);
      if (inherited?.provider === 'azure') s.moduleProvider = { provider: 'azure', providerDetail: `legacy api_type="azure", set by the package's __init__.py` };
    }
    // settings a function writes itself before its calls, where the file writes them in more than one place
    // (`def embeddings(self): openai.api_type = "openai"; openai.api_base = "https://api.openai.com/v1/"` beside an Azure method)
    if (apiTypes.length > 1) {
      const apiBases = [...text.matchAll(new RegExp(`\\b${esc}\\.(?:api_base|base_url)\\s*=(?!=)\\s*([^\\n]+)`, 'g'))];
      (s.moduleSettingsIn ??= []).push(...settingsByFunction(text, apiTypes, apiBases, (s.scopes ??= new PythonScopes(code))));
    }
  }
  // clients built here: `x = OpenAI(...)`, `self.x = AsyncAzureOpenAI(...)`, `x: OpenAI = OpenAI(...)`
  // One quantifier per run of blanks: blanked comments and strings are long runs of spaces, and
  // two quantifiers that can both take them backtrack quadratically (found by fuzzing).
  // The name may be an attribute of another object (`self.client`, `bp.openai_client`); one level only.
  const classOfLine = new Map<number, string | undefined>();
  // (also a conditional expression, black's over lines too: `client = (\n    OpenAI(base_url=LOCAL)\n    if local\n    else OpenAI()\n)`)
  for (const m of callAssignments(code, '(?:[A-Za-z_]\\w*\\.)?[A-Za-z_]\\w*', '(?:\\(\\s*)?([A-Za-z_][\\w.]*)')) {
    const cls = s.classes.get(m[2] ?? '');
    const name = m[1] ?? '';
    if (cls) {
      const open = m.index + m[0].length - 1;
      const args = constructorArgs(code, text, open);
      const info: ClientInfo = pythonConditionalClient(s, name, cls, code, text, open, /=[ \t]*\($/.test(m[0].slice(0, -(m[2] ?? '').length - 1).trimEnd())) ?? { family: 'python', ...providerFromConstructor(cls, args, text) };
      define(s, name, m.index, info);
      setClient(s, name, info);
      // a class attribute (`class Runner:` … `client = OpenAI()`) is used as `Runner.client`, `self.client`, `cls.client`
      const owner = name.includes('.') ? undefined : enclosingPythonClass(code, m.index, classOfLine);
      if (owner) {
        for (const via of [owner, 'self', 'cls']) setClient(s, `${via}.${name}`, info);
        // per class, like `self.x = …` in a method (another class may keep another client there)
        define(s, `self.${name}`, m.index, info);
      }
    } else {
      // `fast = client.with_options(...)`
      const source = /^([A-Za-z_][\w.]*)\.(?:with_options|copy)$/.exec(m[2] ?? '')?.[1];
      const info = source ? s.clients.get(source) : undefined;
      if (info) {
        define(s, name, m.index, info);
        s.clients.set(name, info);
      }
    }
  }
  wrappedClients(s, code, text, PY_WRAPPERS, 'python');
  // `self.openai_client.base_url = settings['base_url']`: the client's destination is set again later,
  // here from a value decided at run time (a literal says where)
  if (text.includes('.base_url')) {
    for (const m of code.matchAll(/^[ \t]*((?:self\.)?[A-Za-z_]\w*)\.base_url[ \t]*=(?!=)/gm)) {
      const name = m[1] ?? '';
      const info = s.clients.get(name);
      if (!info) continue;
      const valueStart = (m.index ?? 0) + m[0].length;
      const lineEnd = text.indexOf('\n', valueStart);
      const value = text.slice(valueStart, lineEnd < 0 ? text.length : lineEnd).trim();
      // a URL written there is read where the client is resolved (`client.base_url = (f"https://{x}.modal.run/v1")`)
      if (/https?:|^[rfbu]{0,2}["'(]/i.test(value) || providerFromUrlExpression(value).provider === info.provider) continue;
      const reset: ClientInfo = { ...info, provider: 'unknown', providerDetail: `${name}.base_url is set again to ${value.slice(0, 80)}; where it sends data is decided at run time` };
      // a definition at the assignment: calls after it (in its function, or anywhere in the class for `self.…`) see it
      define(s, name, m.index ?? 0, reset);
      if (!name.startsWith('self.')) s.clients.set(name, reset);
    }
  }
  // `self._client = client or AsyncOpenAI(…)`, `(client if client is not None else OpenAI(…))`: the
  // caller's client when given, else one built here; which one is decided at run time
  const classNames = [...s.classes.keys()].filter((k) => /^[A-Za-z_][\w.]*$/.test(k)).map((k) => k.replace(/\./g, '\\.')).join('|');
  if (classNames !== '' && new RegExp(`\\b(?:or|else)\\s+(?:${classNames})[ \\t]*\\(`).test(code)) {
    for (const m of code.matchAll(/(?<!\w)((?:self\.)?[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,200})?=[ \t]*(?:\(\s*)?([A-Za-z_]\w*)\s+(?:or|if\b[^=]{0,120}?\belse)\s+([A-Za-z_][\w.]*)[ \t]*\(/g)) {
      const cls = s.classes.get(m[3] ?? '');
      if (!cls) continue;
      // `None if offline else OpenAI()`: the only client there is is the one built here
      const info: ClientInfo =
        m[2] === 'None'
          ? { family: 'python', ...providerFromConstructor(cls, constructorArgs(code, text, (m.index ?? 0) + m[0].length - 1), text) }
          : { family: 'python', provider: 'unknown', providerDetail: `${m[2] ?? 'a client'} passed in, else a client built here (${cls}); which one is decided at run time` };
      define(s, m[1] ?? '', m.index ?? 0, info);
      s.clients.set(m[1] ?? '', info);
    }
  }
  // `client = openai_client if use_openai else deepseek`: one of two clients the file holds, whose
  // destination is chosen at run time when theirs differ
  // (or whichever of two is set: `client = self.azure_client or self.openai_client`)
  if (s.clients.size > 1 && (code.includes(' else ') || code.includes(' or '))) {
    for (const m of code.matchAll(/(?<![\w.])((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*(?:\([ \t]*)?((?:self\.)?[A-Za-z_]\w*)[ \t]+(?:if\b[^\n]{1,120}?\belse|or)[ \t]+((?:self\.)?[A-Za-z_]\w*)[ \t]*\)?[ \t]*$/gm)) {
      const info = eitherClient(s, m[2] ?? '', m[3] ?? '');
      if (!info) continue;
      define(s, m[1] ?? '', m.index ?? 0, info);
      if (!s.clients.has(m[1] ?? '')) s.clients.set(m[1] ?? '', info);
    }
  }
  // clients kept per key or index (`self.clients[key] = OpenAI(api_key=key)`, one per API key or server): read where a key picks one
  // (`self.clients[k].chat.completions.create(…)`, the subscript blanked in detectSdkCalls); built in more than one way: unknown
  if (classNames !== '' && code.includes('[')) collectKeyedClients(s, code, text, classNames);
  // `with OpenAI() as client:` / `async with AsyncOpenAI(...) as client:`
  s.azureProjects = /\bazure\.ai\.projects\b/.test(code);
  for (const m of code.matchAll(/\bwith[ \t]+([A-Za-z_][\w.]*)[ \t]*\(/g)) {
    const cls = s.classes.get(m[1] ?? '');
    // also `with project_client.get_openai_client() as client:`
    const foundry = cls ? undefined : foundryClient(s, m[1] ?? '', code);
    if (!cls && !foundry) continue;
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    const name = close < 0 ? undefined : /^[ \t]*as[ \t]+([A-Za-z_]\w*)/.exec(code.slice(close + 1, close + 80))?.[1];
    if (!name) continue;
    const info: ClientInfo = foundry ?? { family: 'python', ...providerFromConstructor(cls ?? 'OpenAI', constructorArgs(code, text, open), text) };
    define(s, name, m.index ?? 0, info);
    s.clients.set(name, info);
  }
  // `client = settings.openai_client`, `self.client = request.app.state.openai_client`: another
  // object's attribute named for an OpenAI client, built elsewhere (a settings module, app state)
  for (const m of /(?:openai|oai)_?client/i.test(code) ? code.matchAll(/^[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*((?:[A-Za-z_]\w*\.)+_*(?:async_?|sync_?)?(?:azure_?)?(?:openai|oai|aoai)_?client)[ \t]*$/gim) : []) {
    const name = m[1] ?? '';
    if (s.clients.has(name)) continue;
    const info: ClientInfo = s.clients.get(m[2] ?? '') ?? { family: 'python', provider: 'unknown', providerDetail: `${m[2] ?? ''} is built elsewhere; where it sends data is decided there` };
    define(s, name, m.index ?? 0, info);
    s.clients.set(name, info);
  }
  // `openai_client = async_client`: another name, given once at the module's level, for a client the file builds or imports
  // (not in a function, where the name on the right may be a parameter's)
  // (the client on the right the module's own: imported, or built at the margin; each name's assignments counted in one pass)
  const aliased = s.clients.size > 0 ? [...code.matchAll(/^([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)[ \t]*$/gm)] : [];
  if (aliased.length > 0) {
    const assignments = new Map<string, number>();
    // (a name the margin builds only as an SDK client, `client = OpenAI(…)`; false for one it also gives anything else)
    const builtAtMargin = new Map<string, boolean>();
    for (const a of code.matchAll(/^([ \t]*)([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=(?!=)[ \t]*(?:await[ \t]+)?([\w.]*)/gm)) {
      assignments.set(a[2] ?? '', (assignments.get(a[2] ?? '') ?? 0) + 1);
      if (a[1] === '') builtAtMargin.set(a[2] ?? '', builtAtMargin.get(a[2] ?? '') !== false && s.classes.has(a[3] ?? '') && code.startsWith('(', (a.index ?? 0) + a[0].length));
    }
    const imported = new Set(s.imports().map((i) => i.local));
    for (const m of aliased) {
      const name = m[1] ?? '';
      const info = s.clients.get(m[2] ?? '');
      if (!info || name === m[2] || s.clients.has(name) || assignments.get(name) !== 1 || !(builtAtMargin.get(m[2] ?? '') === true || (imported.has(m[2] ?? '') && !builtAtMargin.has(m[2] ?? '')))) continue;
      define(s, name, m.index ?? 0, info);
      s.clients.set(name, info);
    }
  }
  // parameters and attributes typed as a client: `def f(client: OpenAI)`, `client: AsyncOpenAI`
  // Only identifiers go into the pattern: a broken import line can leave any text as an alias
  // (found by `npm run fuzz`: `*/"` made the pattern invalid).
  const aliases = [...new Set([...PY_CLIENT_CLASSES, ...[...s.classes.keys()].filter((k) => /^[A-Za-z_]\w*$/.test(k))])].join('|');
  // (also `Union[AsyncOpenAI, AsyncAzureOpenAI]`, `Optional[OpenAI]`, `AzureOpenAI | None`: Azure's only when every class named is)
  const classPattern = new RegExp(`\\b(?:\\w+\\.)?(${aliases})\\b`, 'g');
  // most files annotate nothing with a client class: a search from the colon says so cheaply
  const annotated = new RegExp(`:[ \\t]*(?:["'])?(?:(?:typing\\.)?(?:Union|Optional)\\[[ \\t]*)?(?:\\w+\\.)?(?:${aliases})\\b(?![ \\t]*\\()`).test(code);
  for (const m of !annotated ? [] : code.matchAll(new RegExp(`\\b((?:self\\.)?[A-Za-z_]\\w*)[ \\t]*:[ \\t]*(?:["'])?(?:(?:typing\\.)?(?:Union|Optional)\\[[ \\t]*)?(?:\\w+\\.)?(${aliases})\\b(?![ \\t]*\\()`, 'g'))) {
    const name = m[1] ?? '';
    const cls = s.classes.get(m[2] ?? '') ?? m[2] ?? '';
    if (s.clients.has(name) || !(s.classes.has(m[2] ?? '') || s.modules.size > 0)) continue;
    const annotation = annotationText(code, (m.index ?? 0) + name.length);
    const named = [...annotation.matchAll(classPattern)].map((c) => s.classes.get(c[1] ?? '') ?? c[1] ?? '');
    const info: ClientInfo = named.every((c) => /Azure/.test(c)) ? { family: 'python', provider: 'azure', providerDetail: `${cls} client passed in` } : { family: 'python', provider: 'unknown', providerDetail: `${named.length > 1 ? named.join(' or ') : cls} client passed in; its base URL is set by the code that built it`, handedIn: true };
    s.clients.set(name, info);
    // a class-level annotation (`_client: openai.AsyncOpenAI`) types the instance attribute
    if (!name.includes('.') && !s.clients.has(`self.${name}`) && enclosingPythonClass(code, m.index ?? 0, classOfLine)) s.clients.set(`self.${name}`, info);
  }
  // `client.base_url = os.getenv(…)` after construction moves the client elsewhere. Matched on
  // `code` (strings and comments blanked: a docstring's example is not an assignment), the value
  // read from `text` at the same offset; `==` is a comparison.
  if (code.includes('.base_url')) {
    const movesByName = new Map<string, Array<{ at: number; value: string }>>();
    for (const m of code.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)\.base_url[ \t]*=(?!=)[ \t]*/g)) {
      const valueStart = (m.index ?? 0) + m[0].length;
      const lineEnd = text.indexOf('\n', valueStart);
      // a value wrapped in brackets over several lines (`client.base_url = (\n    f"https://…"\n)`)
      const close = code[valueStart] === '(' ? matchingBracket(code, valueStart, 2000) : -1;
      const list = movesByName.get(m[1] ?? '') ?? [];
      list.push({ at: m.index ?? 0, value: close > 0 ? text.slice(valueStart + 1, close - 1).trim() : text.slice(valueStart, lineEnd < 0 ? text.length : lineEnd) });
      movesByName.set(m[1] ?? '', list);
    }
    for (const [name, moves] of movesByName) {
      const info = s.clients.get(name);
      const last = moves[moves.length - 1];
      if (info && last) s.clients.set(name, { family: info.family, ...providerFromUrlExpression(last.value) });
      // each definition takes the first move after it and before the name's next definition
      const definitions = s.definitions.get(name);
      if (!definitions) continue;
      const offsets = [...definitions.keys()].sort((a, b) => a - b);
      offsets.forEach((at, i) => {
        const held = definitions.get(at);
        const move = moves.find((m) => m.at > at && m.at < (offsets[i + 1] ?? Infinity));
        if (held && move) definitions.set(at, { family: held.family, ...providerFromUrlExpression(move.value) });
      });
      s.definitionsByScope.delete(name);
    }
  }
  // without a project (indexing one file for the others) factories are always collected: another file may call them
  // (and, with one, whenever something named for OpenAI may make the client: the same answer either way)
  if (s.modules.size > 0 || s.classes.size > 0 || s.azureProjects || !project || project.hasFactories() || mayMakeNamedClient(code, s)) {
    const factories = clientFactories(code, text, s, 'python', project);
    // `from openai_client_handler import get_openai_client`: another file's factory, used in one
    // expression too (`get_openai_client().chat.completions.create(…)`)
    for (const imported of project?.hasFactories() ? s.imports() : []) {
      const info = factories.has(imported.local) || s.functions.has(imported.local) || /^openai(?:\.|$)/.test(imported.module) ? undefined : project?.factory(imported.name);
      if (info) factories.set(imported.local, info);
    }
    collectBuiltVariables(code, s, factories, 'python', project);
    collectMemberClients(code, text, s, 'python', project);
    wrappedClientsUnwrapped(code, s);
  }
  if (project) inheritedClients(s, code, project);
  if (project) projectClassInstances(s, code, project);
  shadowClientsWithParameters(s, code);
}

/** The attributes by which a project's wrapper object hands out the SDK client it keeps (`wrapper.raw`, `wrapper.client`). */
const WRAPPED_CLIENT_ATTRIBUTE = /^(?:raw|_?client|sdk|_?openai|native|inner|underlying)$/;
/** An assignment of such an attribute, searched for first (one pass): most files skip the line-by-line pattern. */
const WRAPPED_CLIENT_READ = /=[ \t]*[A-Za-z_]\w*\.(?:raw|_?client|sdk|_?openai|native|inner|underlying)[ \t]*$/m;

/**
 * `client_wrapper = get_openai_client()` then `client = client_wrapper.raw` (Python): the client the wrapper keeps, sending
 * where the wrapper's client does (the factory's detail says how far that is known).
 */
function wrappedClientsUnwrapped(code: string, s: Symbols): void {
  if (s.clients.size === 0 || !WRAPPED_CLIENT_READ.test(code)) return;
  for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)\.([A-Za-z_]\w*)[ \t]*$/gm)) {
    const wrapper = s.clients.get(m[2] ?? '');
    const name = m[1] ?? '';
    if (!wrapper || s.clients.has(name) || !WRAPPED_CLIENT_ATTRIBUTE.test(m[3] ?? '') || !CLIENT_LIKE_NAME.test(name)) continue;
    const info: ClientInfo = { ...wrapper, providerDetail: `${m[2] ?? ''}.${m[3] ?? ''}: ${wrapper.providerDetail ?? wrapper.provider}` };
    define(s, name, m.index ?? 0, info);
    s.clients.set(name, info);
  }
}

/** One of two clients the file holds, picked by a condition (`a if cond else b`, `cond ? a : b`): theirs when they agree, else chosen at run time. */
function eitherClient(s: Symbols, firstName: string, secondName: string): ClientInfo | undefined {
  const [first, second] = [s.clients.get(firstName), s.clients.get(secondName)];
  if (!first || !second) return undefined;
  return first.provider === second.provider ? first : { family: first.family, provider: 'unknown', providerDetail: `${firstName} (${first.provider}) or ${secondName} (${second.provider}), chosen at run time` };
}

/**
 * `svc = AzureOpenAIService()` or `svc = get_azure_openai_service()` with the class (or the function returning its
 * instance) imported from a module of the project whose `__init__` sets `self.client = AzureOpenAI(…)`: `svc.client`
 * is that client. Only where every such line of the file for that name agrees.
 */
function projectClassInstances(s: Symbols, code: string, project: ProjectIndex): void {
  if (!project.hasClassClients()) return;
  const imports = new Map(s.imports().map((i) => [i.local, i]));
  if (imports.size === 0) return;
  const found = new Map<string, ClientInfo | null>();
  // (every line of the file for `key` must agree on the provider; the client as kept comes back)
  const keep = (key: string, info: ClientInfo, how: string): ClientInfo => {
    const held = { ...info, providerDetail: `${info.providerDetail ?? info.provider} (${how})` };
    const before = found.get(key);
    found.set(key, before === undefined || (before && before.provider === info.provider) ? held : null);
    return held;
  };
  for (const m of code.matchAll(/^[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*([A-Za-z_]\w*)[ \t]*\(/gm)) {
    const name = imports.get(m[2] ?? '')?.name;
    const cls = name === undefined ? undefined : project.classClients(name) ? name : project.instanceFactory(name);
    for (const [attribute, info] of cls === undefined ? [] : (project.classClients(cls) ?? [])) keep(`${m[1] ?? ''}.${attribute}`, info, `${attribute} of ${cls ?? ''}, from ${m[2] ?? ''}()`);
  }
  // (a class the file imports, for its class attributes, `LlmUtils.client`; a module's instance of one, `openai_client_factory.client`)
  for (const [local, { module, name }] of imports) {
    const cls = project.classClients(name) ? name : project.moduleInstance(module, name);
    // (only where the file reads it so: an instance's attribute read off the class is nothing)
    for (const [attribute, info] of cls === undefined ? [] : (project.classClients(cls) ?? [])) if (code.includes(`${local}.${attribute}`)) keep(`${local}.${attribute}`, info, `${attribute} of ${cls}, from ${local}`);
  }
  // (the attribute read off the new instance at once: `self.client = OpenAIClient().client`, `gateway.LLMGateway(key=os.getenv("K")).client`)
  for (const m of code.includes(').') ? code.matchAll(/^[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)[ \t]*\((?:[^()\n]|\([^()\n]{0,100}\)){0,200}\)[ \t]*\.[ \t]*([A-Za-z_]\w*)[ \t]*$/gm) : []) {
    // (qualified by a module of the project the file imports by name: `from app.llm import gateway`)
    const [, target = '', qualifier, called = '', attribute = ''] = m;
    const name = qualifier === undefined ? imports.get(called)?.name : imports.has(qualifier) ? called : undefined;
    const cls = name === undefined ? undefined : project.classClients(name) ? name : project.instanceFactory(name);
    const info = cls === undefined ? undefined : project.classClients(cls)?.get(attribute);
    if (!info) continue;
    const held = keep(target, info, `${attribute} of ${cls ?? ''}, from ${called}().${attribute}`);
    // (an attribute's definition on that line, taken for something else where it was read, is that client)
    const start = m.index ?? 0;
    const definitions = s.attributeDefinitions.get(target);
    const onLine: number[] = [];
    for (let at = start; definitions && at < start + m[0].length; at++) if (definitions.has(at)) onLine.push(at);
    for (const at of onLine.length > 0 ? onLine : target.startsWith('self.') ? [start] : []) define(s, target, at, held);
  }
  for (const [key, info] of found) if (info && !s.clients.has(key)) s.clients.set(key, info);
}

/**
 * `class FeedbackAgent(BaseAgent)` with `BaseAgent` imported from a module of the project whose
 * `__init__` sets `self.client = AzureOpenAI(…)`: the subclass's `self.client` is that client, unless
 * this file sets it too. Only where every class of the file that inherits one agrees.
 */
function inheritedClients(s: Symbols, code: string, project: ProjectIndex): void {
  if (!code.includes('class') || !project.hasClassClients()) return;
  const imported = new Set(s.imports().map((i) => i.local));
  const found = new Map<string, ClientInfo | null>();
  for (const m of code.matchAll(/^[ \t]*class[ \t]+[A-Za-z_]\w*[ \t]*\(([^)]{0,300})\)/gm)) {
    for (const base of (m[1] ?? '').split(',').map((b) => b.trim())) {
      if (!imported.has(base)) continue;
      for (const [attribute, info] of project.classClients(base) ?? []) {
        const key = `self.${attribute}`;
        const before = found.get(key);
        found.set(key, before === undefined || (before && before.provider === info.provider) ? { ...info, providerDetail: `${info.providerDetail ?? info.provider} (self.${attribute} of ${base}, inherited)` } : null);
      }
    }
  }
  for (const [key, info] of found) if (info && !s.clients.has(key) && !s.attributeDefinitions.has(key)) s.clients.set(key, info);
}

/**
 * `self.client = client` of a client another module built (imported by name or by a star): the
 * attribute holds it, when every such line of the file gives it one of those clients and not a
 * parameter of the same name.
 */
function importedClientsKeptOnSelf(s: Symbols, code: string): void {
  const kept = new Map<string, ClientInfo | null>();
  for (const m of code.matchAll(SELF_KEPT_FROM_NAME)) {
    const info = isParameterAt(m[2] ?? '', m.index ?? 0, s, code) ? undefined : s.clients.get(m[2] ?? '');
    const before = kept.get(m[1] ?? '');
    kept.set(m[1] ?? '', info && (before === undefined || before?.provider === info.provider) ? info : null);
  }
  for (const [attribute, info] of kept) if (info && !s.clients.has(`self.${attribute}`)) s.clients.set(`self.${attribute}`, info);
}

/**
 * `class BaseOpenAIClient(ABC):` with `@property @abstractmethod def client(self): pass`: a class named
 * for OpenAI whose client a subclass supplies; its `self.client.chat.completions.create(…)` is an SDK
 * call whose destination the subclass decides.
 */
function abstractClientProperties(s: Symbols, code: string): void {
  if (!code.includes('abstractmethod') || !/^[ \t]*class[ \t]+\w*open_?ai\w*/im.test(code)) return;
  for (const m of code.matchAll(/@abstractmethod[ \t]*\n(?:[ \t]*@[\w.]+[ \t]*\n)*[ \t]*def[ \t]+([A-Za-z_]\w*)[ \t]*\([ \t]*self[ \t]*\)/g)) {
    const name = m[1] ?? '';
    // (a property: `@property` among the decorators, above or below `@abstractmethod`)
    const decorators = code.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length);
    if (!CLIENT_LIKE_NAME.test(name) || !/@property\b/.test(decorators) || !abstractInPython(code, name) || s.clients.has(`self.${name}`)) continue;
    s.clients.set(`self.${name}`, { family: 'python', provider: 'unknown', providerDetail: `self.${name} is an abstract property: each subclass supplies the client` });
  }
}

/** Whether `name` is a parameter of the Python function around `at`, not assigned anew in it. */
function isParameterAt(name: string, at: number, s: Symbols, code: string): boolean {
  const scopes = (s.scopes ??= new PythonScopes(code));
  const def = scopes.defAround(at);
  if (!def || [...(s.definitions.get(name)?.keys() ?? [])].some((offset) => scopes.defAround(offset) === def)) return false;
  const close = matchingBracket(code, def.paramsOpen, 2000);
  return close > 0 && splitTopLevel(code.slice(def.paramsOpen + 1, close - 1)).some((p) => /^\s*([A-Za-z_]\w*)/.exec(p)?.[1] === name);
}

/** A store's or a transport's client by its name (`DB_CLIENT`, `chroma_client`), which shares the word. */
const STORE_CLIENT = /^_*(?:db|database|sql|sqlite|postgres|pg|redis|mongo|chroma|qdrant|pinecone|weaviate|milvus|elastic|es|s3|storage|blob|http|supabase|firebase|firestore|vector|vdb|cache|minio|kafka)_?client$/i;

/**
 * Python: a plain client name this file takes from a module not in view (`from app.llm.client
 * import classifier_client`) or never binds (a script's `client`, set up by whatever runs it).
 * Only asked in a file that imports no SDK and names no other provider with the SDK's shape
 * (`plainClientOnly`); a module the project holds says itself what it exports.
 */
function pythonClientFromElsewhere(root: string, s: Symbols, code: string): string | undefined {
  // (asked per call, answered per name: each answer reads the whole file)
  const cache = (s.pythonElsewhere ??= new Map());
  if (!cache.has(root)) cache.set(root, pythonClientOrigin(root, s, code));
  return cache.get(root);
}

function pythonClientOrigin(root: string, s: Symbols, code: string): string | undefined {
  // (a store's client, `DB_CLIENT`, `chroma_client`, shares the word)
  if (STORE_CLIENT.test(root)) return undefined;
  const imported = s.imports().find((i) => i.local === root);
  // (a test double's module, `tests.fixtures.openai_mock`, holds no real client)
  if (imported) return !/^openai\b/.test(imported.module) && !/mock|fake|stub|dummy|fixture/i.test(imported.module) && !s.project?.hasModule(imported.module) ? `is imported from ${imported.module}, not in view` : undefined;
  if (s.definitions.has(root) || s.attributeDefinitions.has(root)) return undefined;
  const name = escapeRe(root);
  // any binding of the name: an assignment (also annotated, augmented or unpacked: `client, model = …`),
  // a parameter, a loop, `with … as`, `except … as`, `import … as`, `global`, a comprehension's `for`, a walrus
  const bound = new RegExp(`(?<![\\w.])${name}[ \\t]*(?::[^=\\n]{0,100})?[-+*/|&]?=(?!=)|(?<![\\w.])${name}[ \\t]*,[\\w., \\t]{0,100}=(?!=)|,[ \\t]*${name}[ \\t]*(?:,[\\w., \\t]{0,100})?=(?!=)|\\bas[ \\t]+${name}\\b|\\bfor[ \\t]+(?:[\\w, \\t]*,[ \\t]*)?${name}\\b|\\b(?:global|nonlocal)[ \\t]+[\\w, \\t]*\\b${name}\\b|${name}[ \\t]*:=|\\bimport[ \\t]+[^\\n]*\\b${name}\\b|[(,[][ \\t\\n]*${name}[ \\t]*[:=,)\\]]`).test(code);
  return bound ? undefined : 'is not set in this file';
}

/**
 * `def ask(prompt, client):` inside a file that also builds a module-level `client`: in that
 * function the name is the caller's client, not the module's, so its destination is unknown.
 */
function shadowClientsWithParameters(s: Symbols, code: string): void {
  if (s.clients.size === 0 || !/^[ \t]*(?:async[ \t]+)?def[ \t]/m.test(code)) return;
  const scopes = (s.scopes ??= new PythonScopes(code));
  // the offsets each name is assigned at, sorted, read before any parameter is added
  const assignedAt = new Map<string, number[]>();
  const offsetsOf = (name: string): number[] => {
    let offsets = assignedAt.get(name);
    if (!offsets) assignedAt.set(name, (offsets = [...(s.definitions.get(name)?.keys() ?? [])].sort((a, b) => a - b)));
    return offsets;
  };
  const shadows: Array<{ name: string; at: number; info: ClientInfo }> = [];
  // a parameter list that names no client is skipped before it is split
  const bare = [...s.clients.keys()].filter((name) => /^[A-Za-z_]\w*$/.test(name) && name !== 'self' && name !== 'cls');
  if (bare.length === 0) return;
  const namesAClient = new RegExp(`\\b(?:${bare.join('|')})\\b`);
  for (const def of scopes.defs) {
    const close = matchingBracket(code, def.paramsOpen, 2000);
    if (close < 0 || !namesAClient.test(code.slice(def.paramsOpen + 1, close - 1))) continue;
    const parameters = splitTopLevel(code.slice(def.paramsOpen + 1, close - 1));
    const params = parameters.map((p) => /^\s*\**([A-Za-z_]\w*)/.exec(p)?.[1] ?? '');
    for (const parameter of parameters) {
      const name = /^\s*\**([A-Za-z_]\w*)/.exec(parameter)?.[1];
      const held = name && name !== 'self' && name !== 'cls' ? s.clients.get(name) : undefined;
      if (!name || !held) continue;
      // a function that assigns the name itself has said what it holds
      const scope = scopes.of(def.paramsOpen);
      const offsets = offsetsOf(name);
      let i = firstAbove(offsets, def.paramsOpen);
      let own = false;
      for (; i < offsets.length && (offsets[i] as number) < def.end && !own; i++) own = scopes.of(offsets[i] as number) === scope;
      // an Azure class as the parameter's type says where any client the caller passes sends data
      // (`Optional[AzureOpenAI]` too; `AsyncOpenAI | AsyncAzureOpenAI` is either)
      const typed = [...(parameter.split('=')[0] ?? '').matchAll(/\b(?:Async)?(?:Azure)?OpenAI\b/g)].map((c) => c[0]);
      const azure = typed.length > 0 && typed.every((c) => c.includes('Azure')) ? typed[0] : undefined;
      const handed = azure || own ? undefined : pythonClientFromCallers(def, params.indexOf(name), name, s, code, scopes);
      const info: ClientInfo = azure
        ? { family: held.family, provider: 'azure', providerDetail: `${name}: ${azure} client passed in to ${def.name}()` }
        : (handed ?? { family: held.family, provider: 'unknown', providerDetail: `${name} is a parameter of ${def.name}(): the caller chooses the client`, handedIn: true });
      if (!own) shadows.push({ name, at: def.paramsOpen, info });
    }
  }
  for (const { name, at, info } of shadows) {
    // a client imported or built without a plain assignment keeps its meaning at module level
    if (!s.definitions.has(name)) define(s, name, -1, s.clients.get(name));
    define(s, name, at, info);
  }
}

/**
 * The client every call of a Python function in this file hands it at `position` (or as `param=`),
 * when each call names a client the file builds where the call stands (`upload_file(client, …)` under
 * `client = OpenAI()`): a script's helper gets its client from the script itself. Undefined when some
 * call hands something else, a parameter of its own, or nothing can be read (a method, no calls).
 */
function pythonClientFromCallers(def: { name: string; paramsOpen: number; end: number }, position: number, param: string, s: Symbols, code: string, scopes: PythonScopes): ClientInfo | undefined {
  // (bounded: a file of many functions taking a client reads the file once per function, a hundred at most)
  s.pythonHandedRuns = (s.pythonHandedRuns ?? 0) + 1;
  if (position < 0 || s.pythonHandedRuns > 100 || /^[ \t]+/.test(code.slice(code.lastIndexOf('\n', def.paramsOpen) + 1, def.paramsOpen))) return undefined;
  return clientFromPythonCalls(def.name, position, param, def.paramsOpen, s, code, scopes, `handed to ${def.name}()`);
}

/**
 * What every call of `callee` in the file hands its parameter `param` (at `position`, or as `param=`), when each names a
 * client the file builds where the call stands; else, with no call here, what the project's importers hand it.
 */
function clientFromPythonCalls(callee: string, position: number, param: string, paramsOpen: number, s: Symbols, code: string, scopes: PythonScopes, handedHow: string): ClientInfo | undefined {
  const handed: ClientInfo[] = [];
  const byKeyword = new RegExp(`^${param}[ \\t]*=(?!=)[ \\t]*(.+)$`, 's');
  let calls = 0;
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])${callee}[ \\t]*\\(`, 'g'))) {
    const open = (m.index ?? 0) + m[0].length - 1;
    // (the definition's own name: a `def`'s parameters, a `class`'s bases)
    if (open === paramsOpen || /\bclass[ \t]+$/.test(code.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    const close = matchingBracket(code, open, 2000);
    if (++calls > 50 || close < 0) return undefined;
    const args = splitTopLevel(code.slice(open + 1, close - 1)).map((a) => a.trim());
    const keyword = args.map((a) => byKeyword.exec(a)?.[1]?.trim()).find((a) => a !== undefined);
    const argument = keyword ?? (/^[A-Za-z_]\w*[ \t]*=(?!=)/.test(args[position] ?? '') ? undefined : args[position]);
    if (!argument || !/^(?:self\.)?[A-Za-z_]\w*$/.test(argument)) return undefined;
    // the name as the call's own function binds it, else as a function around that one does (a closure's, `async def
    // limited(p): return await process(client, p)` inside the function that built `client`), else as the module does
    // (never a parameter of the caller)
    const definitions = [...(s.definitions.get(argument) ?? [])].filter(([at]) => at >= 0);
    const bindingsBefore = (scope: number): Array<[number, ClientInfo | undefined]> => definitions.filter(([at]) => scopes.of(at) === scope && at < open);
    const chain = scopes.chain(open);
    // (up to the first function that binds it, or takes it as a parameter: the caller's value then, no client known here)
    const shadowing = chain.findIndex((scope) => bindingsBefore(scope).length === 0 && takesParameter(scopes, scope, argument, code));
    const scopesToSearch = chain.length === 0 ? [-1] : shadowing < 0 ? chain : chain.slice(0, shadowing);
    const enclosing = scopesToSearch.map(bindingsBefore).find((bound) => bound.length > 0);
    if (!enclosing && shadowing >= 0) return undefined;
    // (a function runs after the module has bound all its names: the last binding then)
    const module = definitions.filter(([at]) => scopes.of(at) === -1);
    // (`self.client`: what the class around the call keeps there)
    const info = argument.startsWith('self.') ? (classScopedClient(argument, open, s, code) ?? undefined) : (enclosing ?? module).at(-1)?.[1];
    if (!info || info.provider === 'unknown') return undefined;
    handed.push(info);
  }
  // (called from other files only: what the project's importers hand it, `typed client: OpenAI` parameters too)
  if (calls === 0 && s.project) return s.project.handedClient(callee, position, param);
  const first = handed[0];
  if (!first || new Set(handed.map((h) => h.provider)).size > 1) return undefined;
  return { ...first, providerDetail: `${first.providerDetail ?? first.provider}; ${handedHow} by every call of it in this file` };
}

/** Whether the function starting at `scope` takes `name` as a parameter (`def limited(prompt, client=None):`). */
function takesParameter(scopes: PythonScopes, scope: number, name: string, code: string): boolean {
  const def = scopes.defAround(scope);
  const close = def ? matchingBracket(code, def.paramsOpen, 2000) : -1;
  return def !== undefined && close > 0 && splitTopLevel(code.slice(def.paramsOpen + 1, close - 1)).some((p) => /^\s*\*{0,2}([A-Za-z_]\w*)/.exec(p)?.[1] === name);
}

// what a Python function returns: a call (`return OpenAI(…)`), a name (`return client`), a dict of clients
const RETURN_CALL = /\breturn[ \t]+(?:await[ \t]+)?([A-Za-z_][\w.]*)[ \t]*\(/y;
const RETURN_NAME = /\breturn[ \t]+((?:self\.|cls\.)?[A-Za-z_]\w*)[ \t]*$/my;
const RETURN_DICT = /\breturn[ \t]*\{([^{}]{0,400})\}/y;
/** `return client, model` (also in parentheses), on one line. */
const RETURN_TUPLE = /\breturn[ \t]+([^\n,]*,[^\n]*)$/my;

/**
 * The matches of `pattern` (sticky, starting at `return`) inside `[start, end)`, as matching a
 * global pattern over that slice would find them: tried only at the `return`s the file holds (the
 * sorted offsets `returns`), not at every offset of every function body.
 */
function returnsIn(code: string, returns: number[], start: number, end: number, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let after = start;
  for (let i = firstAbove(returns, start - 1); i < returns.length && (returns[i] as number) < end; i++) {
    if ((returns[i] as number) < after) continue;
    pattern.lastIndex = returns[i] as number;
    const m = pattern.exec(code);
    if (!m || m.index + m[0].length > end) continue;
    found.push(m);
    after = m.index + m[0].length;
  }
  return found;
}

/** The index of the first value above `offset` in a sorted list. */
function firstAbove(sorted: number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A class of the project that this file's one class extends (the members its base keeps a client in are the subclass's), or a
 * class of the project a constructor is given by type (NestJS's dependency injection: `constructor(private readonly
 * openAIProvider: OpenAIProvider)`, the class imported from a module of the project): the clients its members keep,
 * read as `this.openAIProvider.client`, go into the file's clients; its methods that return one (`getInstance()`) are
 * returned as factories by `openAIProvider.getInstance`, for `const openai = this.openAIProvider.getInstance()`.
 */
function injectedClassClients(code: string, s: Symbols, project: ProjectIndex): Map<string, ClientInfo> {
  const factories = new Map<string, ClientInfo>();
  // (the names this file imports from modules of the project, read on first need)
  let imports: Map<string, { module: string; name: string }> | undefined;
  const projectImports = (): Map<string, { module: string; name: string }> => (imports ??= new Map(s.imports().filter((i) => PROJECT_MODULE.test(i.module)).map((i) => [i.local, i])));
  // a file of one class that extends one of the project's (`class ThreadManagerService extends OpenAIClient`): the members the base
  // keeps a client in are this class's too, read as `this.client` (unless this file sets them itself, to anything)
  const classes = code.includes('extends') ? [...code.matchAll(/\bclass[ \t]+[A-Za-z_$][\w$]*(?:[ \t]+extends[ \t]+([A-Z][\w$]*))?/g)] : [];
  const base = classes.length === 1 ? classes[0]?.[1] : undefined;
  if (base !== undefined) {
    const imported = projectImports().get(base);
    for (const [member, info] of imported ? (project.memberClientsIn(imported.module, imported.name) ?? []) : []) {
      if (!s.clients.has(`this.${member}`) && !new RegExp(`\\bthis\\.${escapeRe(member)}[ \\t]*=(?!=)`).test(code)) s.clients.set(`this.${member}`, info);
    }
  }
  // `const openai = new OpenAIService()`, a class of the project that hands out its client's resources by getters: each of those
  // resources read off the instance (`openai.images`) is the client's (its other members are not)
  for (const m of code.includes('new ') ? code.matchAll(/\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{1,80})?=[ \t]*new[ \t]+([A-Z][\w$]*)[ \t]*\(/g) : []) {
    const imported = projectImports().get(m[2] ?? '');
    const getters = imported ? project.getterClientIn(imported.module, imported.name) : undefined;
    const name = m[1] ?? '';
    if (!getters || s.clients.has(name)) continue;
    // (under a name no code can write, so that only the aliases reach it)
    const held = `new ${m[2] ?? ''}()`;
    s.clients.set(held, { ...getters.client, providerDetail: `${getters.client.providerDetail ?? getters.client.provider} (handed out by the getters of ${m[2] ?? ''}, whose instance ${name} is)` });
    for (const resource of getters.resources) (s.getterAliases ??= new Map()).set(`${name}.${resource}`, [held, resource]);
  }
  if (!/\bconstructor[ \t]*\(/.test(code)) return factories;
  for (const m of code.matchAll(/\b(?:private|public|protected|readonly)[ \t]+(?:readonly[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*:[ \t]*([A-Z][\w$]*)\b(?![ \t]*[<.[])/g)) {
    const imported = projectImports().get(m[2] ?? '');
    if (!imported) continue;
    const field = m[1] ?? '';
    for (const [member, info] of project.memberClientsIn(imported.module, imported.name) ?? []) if (!s.clients.has(`this.${field}.${member}`)) s.clients.set(`this.${field}.${member}`, info);
    for (const [name, info] of project.factoriesIn(imported.module, imported.name) ?? []) if (!name.includes('#')) factories.set(`${field}.${name}`, info);
  }
  return factories;
}

/** The modules of the project a file imports whole, by the local name: `const ai = require("../lib/ai")`, `import ai from …`, `import * as ai from …`. */
function wholeModuleImports(text: string, s: Symbols): Map<string, string> {
  const found = new Map<string, string>();
  for (const i of s.imports()) if (i.name === 'default' && PROJECT_MODULE.test(i.module)) found.set(i.local, i.module);
  // (namespace imports are read here alone: the file's other readers of its imports take them as named ones)
  for (const m of /\*\s*as\b/.test(text) ? text.matchAll(/\bimport\s+\*\s*as\s+([A-Za-z_$][\w$]*)\s+from\s*["']([^"'\n]+)["']/g) : []) {
    if (PROJECT_MODULE.test(m[2] ?? '')) found.set(m[1] ?? '', m[2] ?? '');
  }
  return found;
}

/**
 * The factories of a module of the project imported whole, by the name a call writes them with: `openai.configuration()` after
 * `const openai = require("../config/openai")` (or `import * as openai from …`), whose `configuration()` returns a client; also one a
 * folder's index hands on (`import * as lib from "../lib"`).
 */
function wholeModuleFactories(text: string, s: Symbols, project: ProjectIndex): Map<string, ClientInfo> {
  const found = new Map<string, ClientInfo>();
  const modules = wholeModuleImports(text, s);
  if (modules.size === 0) return found;
  const names = [...modules.keys()].map(escapeRe).join('|');
  for (const m of text.matchAll(jsMemberCalls(names))) {
    const called = `${m[1] ?? ''}.${m[2] ?? ''}`;
    const info = found.has(called) ? undefined : project.factoryIn(modules.get(m[1] ?? '') ?? '', m[2] ?? '');
    if (info) found.set(called, info);
  }
  return found;
}

/** Adds the factories of modules imported whole to those a file's built variables are read with (the file's own come first). */
function addWholeModuleFactories(factories: Map<string, ClientInfo>, text: string, s: Symbols, project: ProjectIndex | undefined): void {
  if (project?.hasFactories()) for (const [name, info] of wholeModuleFactories(text, s, project)) if (!factories.has(name)) factories.set(name, info);
}

function collectJs(s: Symbols, code: string, text: string, project: ProjectIndex | undefined, fileName?: string): void {
  // `openai-edge` is a fetch-based copy of the v3 client with the same classes and methods
  // Each run of blanks has exactly one quantifier that can take it: `import` followed by a long
  // blanked comment made the old pattern's four adjacent optional blanks backtrack as n^4 (found by
  // `npm run fuzz`: 800 blanks took 20 s). Brace lists are bounded for files with no closing brace.
  // (and OpenPipe's drop-in `openpipe/openai`, a subclass of the SDK's client that also logs to
  // OpenPipe; Deno's names for the SDK: `npm:openai@4`, JSR's `@openai/openai`, `jsr:@openai/openai`,
  // and CDN URLs: `https://deno.land/x/openai@v4.53.2/mod.ts`, `https://esm.sh/openai@4`, `https://esm.sh/v106/openai-edge@0.2.2`)
  // (and the community package `azure-openai`, a copy of v3's with an `azure` configuration: see AZURE_OPENAI_PACKAGE)
  const fromOpenai = /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*(?:,\s*)?)?(?:(?:\{([^}]{0,2000})\}|\*\s*as\s+([\w$]+))\s*)?from\s*(["'])(?:npm:|jsr:|https:\/\/(?:deno\.land\/x\/|esm\.sh\/(?:v\d+\/|stable\/)?|cdn\.skypack\.dev\/|cdn\.jsdelivr\.net\/npm\/|unpkg\.com\/))?(?:openpipe\/|@openai\/|azure-)?openai(?:-edge)?(?:@[\w.^~-]+)?(?:\/[\w/.+-]*)?(?:\?[^"'\s]*)?\4/g;
  for (const m of text.matchAll(fromOpenai)) {
    // (the default export, the client class, also carries the classes as members: `new openai.OpenAI({ apiKey })`)
    if (m[1]) {
      s.classes.set(m[1], 'OpenAI');
      for (const cls of JS_CLIENT_CLASSES) if (!s.classes.has(`${m[1]}.${cls}`)) s.classes.set(`${m[1]}.${cls}`, cls);
    }
    if (m[3]) for (const cls of JS_CLIENT_CLASSES) s.classes.set(`${m[3]}.${cls}`, cls);
    for (const part of (m[2] ?? '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name && (JS_CLIENT_CLASSES.has(name) || name === 'Configuration')) s.classes.set(alias ?? name, name);
    }
  }
  for (const binding of requiredOpenAI(text)) {
    if (binding.name) {
      s.classes.set(binding.name, 'OpenAI');
      if (!binding.member) for (const cls of JS_CLIENT_CLASSES) s.classes.set(`${binding.name}.${cls}`, cls);
    }
    for (const part of (binding.destructured ?? '').split(',')) {
      const [name, alias] = part.trim().split(/\s*:\s*/);
      if (name && (JS_CLIENT_CLASSES.has(name) || name === 'Configuration')) s.classes.set(alias ?? name, name);
      // `const { default: OpenAI } = require("openai")`: the package's default export is the client class
      else if (name === 'default' && alias) s.classes.set(alias, 'OpenAI');
    }
  }
  // the community package openai-api, `const OpenAI = require('openai-api')`, `import OpenAI from 'openai-api'`
  for (const m of text.includes('openai-api') ? text.matchAll(/\b(?:import[ \t]+([\w$]+)[ \t]+from|(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*require[ \t]*\()[ \t]*(["'])openai-api\3/g) : []) {
    s.classes.set(m[1] ?? m[2] ?? '', OPENAI_API_PACKAGE_CLIENT);
  }
  // Azure OpenAI's own client, `import { OpenAIClient } from "@azure/openai"` (1.0.0-beta), or required
  for (const m of text.includes('@azure/openai') ? text.matchAll(/\b(?:import\s*\{([^}]{0,2000})\}\s*from|(?:const|let|var)\s*\{([^}]{0,2000})\}\s*=\s*require\s*\()\s*(["'])@azure\/openai\3/g) : []) {
    for (const part of (m[1] ?? m[2] ?? '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+|\s*:\s*/);
      if (name === 'OpenAIClient') s.classes.set(alias ?? name, AZURE_JS_CLIENT);
    }
  }
  // `import openai from 'openai'` (or `const openai = require('openai')`) … `const { Configuration, OpenAIApi } = openai`:
  // v3's classes taken from the module object
  for (const m of s.classes.size > 0 ? text.matchAll(/\b(?:const|let|var)[ \t]*\{([^}]{0,500})\}[ \t]*=[ \t]*([\w$]+)[ \t]*;?[ \t]*$/gm) : []) {
    if (s.classes.get(m[2] ?? '') !== 'OpenAI') continue;
    for (const part of (m[1] ?? '').split(',')) {
      const [name, alias] = part.trim().split(/\s*:\s*/);
      if (name && (JS_CLIENT_CLASSES.has(name) || name === 'Configuration')) s.classes.set(alias ?? name, name);
    }
  }
  // `const mod = await import("openai")` (the ES module loaded from CommonJS, often through a helper
  // that returns `mod.default || mod.OpenAI`): the file's `new OpenAI(…)` is the SDK's, unless a
  // static import or require binds that name to something else (LangChain's `OpenAI`)
  if (text.includes('import(') && /\bimport\s*\(\s*["']openai["']\s*\)/.test(text)) {
    for (const cls of ['OpenAI', 'AzureOpenAI']) {
      if (!s.classes.has(cls) && new RegExp(`\\bnew\\s+${cls}\\s*\\(`).test(text) && !new RegExp(`^[ \\t]*(?:import|const|let|var)\\b[^;\\n]*\\b${cls}\\b[^;\\n]*(?:\\bfrom\\b|require\\s*\\()`, 'm').test(text)) s.classes.set(cls, cls);
    }
  }
  // `import { client } from './clients'` or from a path alias (`@/app/openai`, `~/lib/openai`, Nuxt's `~~/server/utils/openai`,
  // SvelteKit's `$lib/util/openai`, Node's subpath imports `#lib/openai`)
  let memberTakers: Map<string, Array<[string, string]>> | undefined;
  // (after a default import too: `import chat, { embeddings } from './openai/chat.js'`)
  for (const m of text.matchAll(/\bimport\s*(?:[A-Za-z_$][\w$]*\s*,\s*)?\{([^}]{0,2000})\}\s*from\s*["']((?:\.|@@?\/|~~?\/|\$lib\/|#)[^"']+)["']/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      const local = alias ?? name ?? '';
      const info = name ? project?.lookup(m[2] ?? '', name) : undefined;
      if (info) s.clients.set(local, info);
      // a client kept as a member of an object the module exports (`export const config = { OPENAI: openai }`), taken
      // as `const openai = config.OPENAI`
      else if (name && project) {
        // (every `const x = y.z` of the file read once: a file of many imports must not be read again for each)
        memberTakers ??= takersOfMembers(text);
        for (const [taker, member] of memberTakers.get(local) ?? []) {
          const kept = project.lookup(m[2] ?? '', `${name}.${member}`);
          if (kept && !s.clients.has(taker)) s.clients.set(taker, kept);
        }
      }
      // The module is not in view (another package, or a single file analysed alone), but a binding
      // named `openai` from a module named `openai` is the SDK client by every convention we know
      // (a module in view that builds no client exports something else of that name: helpers).
      // (also any client-like name from a module named for OpenAI: `import { client } from '@/lib/openai-client'`)
      else if (CLIENT_LIKE_NAME.test(local) && !OTHER_PROVIDER_NAMES.test(local) && namedForOpenAIModule(m[2] ?? '') && !project?.hasModule(m[2] ?? '')) {
        s.clients.set(local, { family: 'node', provider: 'unknown', providerDetail: `client imported from ${m[2] ?? ''}; where it sends data is decided there`, eitherVersion: true });
      }
    }
  }
  let memberReads: Map<string, Set<string>> | undefined;
  // `import openai from '../openai.lib'`: a module's default export under a client-like name, the same way
  // (no two blank runs side by side: `import x` and 200 KB of blanks must stay linear)
  // (CommonJS likewise: `const openai = require('../../config/openai')`)
  // (also a path from the project's root, as TypeScript's `baseUrl` reads it: `import openai from 'src/lib/openai'`; only when
  // the project's module of that name exports a client)
  for (const found of text.matchAll(/\bimport[ \t]+([\w$]+)(?:[ \t]*,[ \t]*\{[^}]{0,2000}\})?[ \t]+from[ \t]*["']((?:\.|@@?\/|~~?\/|\$lib\/|#|(?!openai\/)[a-z][\w-]*\/)[^"'\n]+)["']|\b(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*require[ \t]*\([ \t]*["']((?:\.|@@?\/|~~?\/|#)[^"'\n]+)["'][ \t]*\)/g)) {
    const m = [found[0], found[1] ?? found[3], found[2] ?? found[4]];
    const local = m[1] ?? '';
    // the project's module exports a client it builds (`export default openai`)
    const fromRoot = /^[a-z][\w-]*\//.test(m[2] ?? '');
    const exported = s.clients.has(local) || s.classes.has(local) ? undefined : fromRoot ? project?.defaultClientAt(m[2] ?? '') : project?.lookup(m[2] ?? '', 'default');
    if (exported) {
      s.clients.set(local, exported);
      continue;
    }
    if (fromRoot) continue;
    // (a client kept as a member of the default-exported object: `aiUtils.openai.beta.threads.create()`; required, a member of
    // `module.exports`: `const lib = require("./lib")` … `lib.openai.chat…`)
    if (project && !s.clients.has(local) && !s.classes.has(local) && /^(?:\.|@@?\/|~~?\/|#)/.test(m[2] ?? '')) {
      // (every `x.member.` of the file read once: a file of many imports must not be read again for each)
      memberReads ??= membersReadOff(text);
      for (const member of memberReads.get(local) ?? []) {
        const kept = project.lookup(m[2] ?? '', `default.${member}`) ?? (found[3] !== undefined ? project.lookup(m[2] ?? '', member) : undefined);
        if (kept) s.clients.set(`${local}.${member}`, kept);
      }
    }
    // (the module may be named for something else, or misspelt, `./shared/openapi-client`: the name says it then, `openaiClient`)
    if (s.clients.has(local) || s.classes.has(local) || !CLIENT_LIKE_NAME.test(local) || OTHER_PROVIDER_NAMES.test(local) || !(namedForOpenAIModule(m[2] ?? '') || /open_?ai/i.test(local)) || project?.hasModule(m[2] ?? '')) continue;
    // (the v4 SDK's resources only: a project's own class under such a module may copy v3's method names, `createChatCompletion`)
    const guessed = { family: 'node' as const, provider: 'unknown' as const, providerDetail: `client imported from ${m[2] ?? ''}; where it sends data is decided there` };
    s.clients.set(local, guessed);
    // (the module may export helpers and the client beside them, `module.exports = { openai, addMessage }`: `openai.openai.beta.threads…`)
    memberReads ??= membersReadOff(text);
    for (const member of memberReads.get(local) ?? []) if (CLIENT_LIKE_NAME.test(member) && !OTHER_PROVIDER_NAMES.test(member)) s.clients.set(`${local}.${member}`, guessed);
  }
  if (project && text.includes('require')) {
    // `const { openai } = require("../index.js")` (and any named import from the project): a client another module built and exports
    for (const imported of s.imports()) {
      if (s.clients.has(imported.local) || s.classes.has(imported.local) || !/^(?:\.|@@?\/|~~?\/|#)/.test(imported.module)) continue;
      const info = project.lookup(imported.module, imported.name);
      if (info) s.clients.set(imported.local, info);
    }
  }
  // one pass over the default imports and requires of the file
  for (const m of text.matchAll(/\b(?:import[ \t]+([\w$]+)[ \t]+from|(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*require[ \t]*\()[ \t]*["']([^"'\n]+)["']/g)) {
    const local = m[1] ?? m[2] ?? '';
    // `const openai = require("../config/openaiConfig")`: the project module's `module.exports = openai`
    if (project && m[2] !== undefined && /^(?:\.|@@?\/|~~?\/|#)/.test(m[3] ?? '') && !s.clients.has(local) && !s.classes.has(local)) {
      const exported = project.lookup(m[3] ?? '', 'default');
      if (exported) s.clients.set(local, exported);
    }
    // names for OpenAI taken from another module (not the SDK): a legacy v3 client, when the calls say so (legacyClientFromElsewhere)
    // (not the SDK itself under any of its specifiers: those bind its classes)
    if (/open_?ai/i.test(local) && !s.classes.has(local) && !/^(?:openai|openai-edge)$/.test(m[3] ?? '')) (s.jsOpenAIBindings ??= new Map()).set(local, m[3] ?? '');
  }
  for (const imported of /open_?ai/i.test(text) ? s.imports() : []) {
    if (/open_?ai/i.test(imported.local) && !s.classes.has(imported.local) && imported.module !== 'openai') (s.jsOpenAIBindings ??= new Map()).set(imported.local, imported.module);
  }
  // Nuxt's server routes use what `server/utils/` exports without importing it (`openai.chat.completions.create(…)` with
  // `export const openai = new OpenAI(…)` in server/utils/openai.ts): a name this file neither declares nor imports
  if (project && fileName !== undefined && NUXT_SERVER_FILE.test(fileName)) {
    memberReads ??= membersReadOff(text);
    for (const name of memberReads.keys()) {
      // (the index first: most names read off are no client there, and binding is the costlier question)
      const util = s.clients.has(name) || s.classes.has(name) ? undefined : project.nuxtServerUtil(name);
      const info = util && !bindsName(code, name) ? util : undefined;
      if (info) s.clients.set(name, { ...info, providerDetail: `${info.providerDetail ?? info.provider} (${name}, which Nuxt imports from server/utils/)` });
    }
  }
  s.azureProjects = text.includes('@azure/ai-projects');
  // a class of the project injected by type (NestJS: `constructor(private readonly openAIProvider: OpenAIProvider)`)
  const injected = project ? injectedClassClients(code, s, project) : new Map<string, ClientInfo>();
  if (s.classes.size === 0 && s.clients.size === 0) {
    // `const openai = getOpenAIClient()` with `getOpenAIClient` imported from the module of the
    // project that builds it (a function of that name elsewhere, or one defined here, is not it);
    // with Azure AI Foundry's SDK, also this file's own factories of project clients
    const own = s.azureProjects ? clientFactories(code, text, s, 'js') : new Map<string, ClientInfo>();
    // (also a function named for OpenAI that the project index does not know: `createOpenAIClient(…)`)
    const namedFactoryCall = mayMakeNamedClient(code, s);
    if (project?.hasFactories() || own.size > 0 || s.azureProjects || namedFactoryCall) {
      const imported = new Map<string, ClientInfo>([...own, ...injected]);
      for (const i of project?.hasFactories() ? s.imports() : []) {
        const info = project?.factoryIn(i.module, i.name);
        if (info) imported.set(i.local, info);
      }
      addWholeModuleFactories(imported, text, s, project);
      if (imported.size > 0 || s.azureProjects || namedFactoryCall) collectBuiltVariables(code, s, imported, 'js', undefined, project);
      collectMemberClients(code, text, s, 'js', project);
    }
    return;
  }
  s.selfIsThis = /\b(?:const|let|var)\s+self\s*=\s*this\b/.test(code);
  // legacy v3: `new Configuration({ basePath })` decides where OpenAIApi sends data
  const configs = new Map<string, Pick<ClientInfo, 'provider' | 'providerDetail'>>();
  // No two adjacent quantifiers may both match blanks: comments and strings are blanked to long
  // runs of spaces, and an ambiguous pattern backtracks quadratically over them (found by fuzzing).
  // also a plain reassignment (`let openai;` … `openai = new OpenAI({ apiKey })`)
  // (and one made only when a key is there: `const openai = apiKey ? new OpenAI({ apiKey }) : null`, also over lines)
  // (also memoised: `client ||= new OpenAI({ apiKey })`, `client ??= new OpenAI()`)
  // (the file's class bodies, read once: a static field is read through the innermost one around it)
  let classes: Array<{ at: number; end: number; name: string }> | undefined;
  // (and a React ref's: `clientRef.current = new OpenAIClient(endpoint, credential)` in an effect, read as `clientRef.current`)
  const assign = /(?:\b(?:const|let|var)\s+|\bthis\.|\b(?:private|public|protected|readonly|static)\s+(?:readonly\s+)?|(?<![\w$.])(?=[\w$]+(?:\.current)?[ \t]*(?:\|\||\?\?)?=[ \t]*new\s))([\w$]+(?:\.current(?=[ \t]*(?:\|\||\?\?)?=))?)[!?]?(?:[ \t]*:[^=\n;{}()]*|[ \t]*)(?:\|\||\?\?)?=[ \t]*(?:([\w$.!]+)\s*\?\s*)?new\s+([\w$.]+)\s*\(/g;
  for (let m = assign.exec(code); m; m = assign.exec(code)) {
    const cls = s.classes.get(m[3] ?? '');
    if (!cls) continue;
    // the other branch must make nothing: another client there makes the choice a run-time one
    if (m[2] !== undefined) {
      const close = matchingBracket(code, m.index + m[0].length - 1, 4000);
      if (close < 0 || !/^\s*:\s*(?:null|undefined)\b/.test(code.slice(close, close + 40))) continue;
    }
    const classField = /^(?:private|public|protected|readonly|static)\b/.test(m[0]);
    const name = m[0].startsWith('this.') ? `this.${m[1]}` : (m[1] ?? '');
    const args = constructorArgs(code, text, m.index + m[0].length - 1);
    if (cls === 'Configuration') {
      const assigned = new RegExp(`\\b${escapeRe(m[1] ?? '')}\\.basePath\\s*=\\s*([^;\\n]+)`).exec(text)?.[1];
      configs.set(m[1] ?? name, azurePackageConfiguration(args, text) ?? (assigned ? providerFromUrlExpression(assigned) : /basePath/.test(args) ? providerFromConstructor('Configuration', args, text) : defaultOpenAI()));
      continue;
    }
    if (cls === AZURE_JS_CLIENT) {
      const azure: ClientInfo = { family: 'node_azure', ...azureJsClientDestination(args, text) };
      s.clients.set(name, azure);
      if (!name.startsWith('this.') && !classField) jsDefinition(s, name, m.index, azure);
      if (name.startsWith('this.')) s.clients.set(name.slice(5), azure);
      continue;
    }
    // a class field without modifiers (`openai = new OpenAI({ apiKey })` in a class body) is read as `this.openai`
    // (only outside any function and indented: `openai = new OpenAI(…)` inside `function init()` reassigns a module variable)
    const bareField = (): boolean => !name.startsWith('this.') && !/^(?:const|let|var)\b/.test(m[0]) && !s.clients.has(`this.${name}`) && /[ \t]$/.test(code.slice(Math.max(0, m.index - 1), m.index)) && (s.jsScopes ??= new JsScopes(code)).innermost(m.index) === undefined;
    if (cls === OPENAI_API_PACKAGE_CLIENT) {
      const pkg = OPENAI_API_PACKAGE_INFO;
      s.clients.set(name, pkg);
      if (!name.startsWith('this.') && !classField) jsDefinition(s, name, m.index, pkg);
      if (name.startsWith('this.')) s.clients.set(name.slice(5), pkg);
      if (classField || bareField()) s.clients.set(`this.${name}`, pkg);
      continue;
    }
    if (cls === 'OpenAIApi') {
      const legacy: ClientInfo = { family: 'node_legacy', ...legacyClientDestination(args, text, configs) };
      s.clients.set(name, legacy);
      if (!name.startsWith('this.') && !classField) jsDefinition(s, name, m.index, legacy);
      // (a class's field, `public readonly openai = new OpenAIApi(configuration)`, is `this.openai`, as a v4 client's is)
      if (classField || bareField()) s.clients.set(`this.${name}`, legacy);
      continue;
    }
    const built: ClientInfo = { family: 'node', ...providerFromConstructor(cls, optionsObject(text, args), text) };
    if (!name.startsWith('this.') && !classField) jsDefinition(s, name, m.index, built);
    const info = setClient(s, name, built);
    if (name.startsWith('this.')) s.clients.set(name.slice(5), info);
    if (classField || bareField()) s.clients.set(`this.${name}`, info);
    // (a static field is read through its class too: `private static client = new OpenAI(…)` … `Realtime.client.realtime.calls.accept(…)`)
    const owner = classField && /\bstatic\b/.test(m[0]) ? innermostClass((classes ??= classBodies(code)), m.index) : undefined;
    if (owner) s.clients.set(`${owner}.${name}`, built);
  }
  conditionalClients(s, code, text);
  // (a React ref given a client built just before: `const client = new OpenAIClient(…); clientRef.current = client;`)
  for (const m of code.includes('.current') ? code.matchAll(/(?<![\w$.])([\w$]+\.current)[ \t]*=[ \t]*([\w$]+)[ \t]*;?[ \t]*$/gm) : []) {
    const info = s.clients.get(m[2] ?? '');
    if (info && !s.clients.has(m[1] ?? '')) s.clients.set(m[1] ?? '', info);
  }
  // legacy v3's factory makes the same client as `new OpenAIApi(…)`: `this.openaiApi = OpenAIApiFactory(new Configuration({ apiKey }))`
  // (imported from the SDK by name: `import { Configuration, OpenAIApiFactory } from 'openai'`, `const { OpenAIApiFactory } = require('openai')`)
  if (code.includes('OpenAIApiFactory') && /\{[^{}]{0,400}\bOpenAIApiFactory\b[^{}]{0,400}\}[ \t]*(?:from[ \t]*|=[ \t]*require\([ \t]*)["']openai["']/.test(text)) {
    for (const m of code.matchAll(/(?:\b(?:const|let|var)[ \t]+|\bthis\.)([\w$]+)(?:[ \t]*:[^=\n;{}()]*)?[ \t]*=[ \t]*OpenAIApiFactory[ \t]*\(/g)) {
      const args = constructorArgs(code, text, m.index + m[0].length - 1);
      const legacy: ClientInfo = { family: 'node_legacy', ...legacyClientDestination(args, text, configs) };
      const name = m[0].startsWith('this.') ? `this.${m[1] ?? ''}` : (m[1] ?? '');
      s.clients.set(name, legacy);
      if (!name.startsWith('this.')) jsDefinition(s, name, m.index, legacy);
    }
  }
  // a getter that makes a field's client on first use (`get openai() { if (!this._openai) this._openai = new OpenAIApi(…); return
  // this._openai; }`) is that client, unless a setter beside it may put another there (the file's setters read once; at most 50
  // getters: each client a name holds is asked about again below, and a file of thousands is generated)
  let setters: Set<string> | undefined;
  let getters = 0;
  for (const m of code.includes('get ') ? code.matchAll(/\bget[ \t]+([\w$]+)[ \t]*\([ \t]*\)[^{};\n]{0,80}\{/g) : []) {
    const name = `this.${m[1] ?? ''}`;
    if (s.clients.has(name)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const returned = new Set([...code.slice(open, close).matchAll(/\breturn\b[ \t]*([^;\n}]*)/g)].map((r) => (r[1] ?? '').trim()));
    const field = returned.size === 1 ? /^this\.([\w$]+)!?$/.exec([...returned][0] ?? '')?.[1] : undefined;
    const info = field ? s.clients.get(`this.${field}`) : undefined;
    if (info && !(setters ??= new Set([...code.matchAll(/\bset[ \t]+([\w$]+)[ \t]*\(/g)].map((x) => x[1] ?? ''))).has(m[1] ?? '')) s.clients.set(name, info);
    if (info && ++getters >= 50) break;
  }
  // `this.client = options.client` beside `this.client = new OpenAI(…)`: the caller may hand in its own
  // client in its options, so where the data goes is decided at run time (a plain name, `this.openai =
  // openai`, may be another class's constructor parameter: left to the file-wide answer)
  // (in the same class as the construction: another class's `this.client` is its own)
  for (const [name, info] of s.clients) {
    if (!name.startsWith('this.') || info.provider === 'unknown' || !code.includes(`${name} =`)) continue;
    const built = [...code.matchAll(new RegExp(`\\b${escapeRe(name)}[ \\t]*=[ \\t]*(?:await[ \\t]+)?new\\b`, 'g'))].map((b) => jsClassBody(code, b.index ?? 0));
    for (const other of code.matchAll(new RegExp(`\\b${escapeRe(name)}[ \\t]*=(?!=)[ \\t]*(?!new\\b|null\\b|undefined\\b|await[ \\t]+new\\b)([A-Za-z_$][\\w$]*\\.[\\w$.]+)[ \\t]*(?:;|$)`, 'gm'))) {
      const body = jsClassBody(code, other.index ?? 0);
      if (!built.some((b) => b?.start === body?.start)) continue;
      s.clients.set(name, { ...info, provider: 'unknown', providerDetail: `${name} is also set from ${other[1] ?? ''}, which the caller may hand in; where it sends data is decided at run time` });
      break;
    }
  }
  // `class Wrapper extends OpenAIApi { … super.createCompletion(…) }`: the subclass is the client
  for (const m of code.matchAll(/\bclass\s+[\w$]+\s+extends\s+([\w$.]+)/g)) {
    const cls = s.classes.get(m[1] ?? '');
    if (!cls || cls === 'Configuration') continue;
    const info: ClientInfo =
      cls === 'AzureOpenAI'
        ? { family: 'node', provider: 'azure', providerDetail: 'a subclass of AzureOpenAI' }
        : { family: cls === 'OpenAIApi' ? 'node_legacy' : 'node', provider: 'openai', providerDetail: `a subclass of ${cls}: api.openai.com unless the options its callers pass set another base URL` };
    s.clients.set('super', info);
    s.clients.set('this', info);
  }
  // a getter typed as a client: `get client(): AzureOpenAI { return this.clients[i]; }` is `this.client`
  for (const m of code.matchAll(/\bget[ \t]+([\w$]+)[ \t]*\([ \t]*\)[ \t]*:[ \t]*(?:[\w$]+\.)?(OpenAI|AzureOpenAI)\b(?![ \t]*[\w$.|<[])/g)) {
    const name = `this.${m[1] ?? ''}`;
    if (s.clients.has(name) || !s.classes.has(m[2] ?? '')) continue;
    s.clients.set(name, m[2] === 'AzureOpenAI' ? { family: 'node', provider: 'azure', providerDetail: `an AzureOpenAI client (the type ${m[1] ?? ''} returns)` } : { family: 'node', provider: 'unknown', providerDetail: `an OpenAI client (the type ${m[1] ?? ''} returns); its base URL is set by the code that built it` });
  }
  // (also the legacy v3 `OpenAIApi`, and openai-edge's copy of it)
  // (not a type of the SDK's namespace: `options: OpenAI.Chat.ChatCompletionCreateParams` is no client)
  for (const m of code.matchAll(/\b([\w$]+)[?!]?[ \t]*:[ \t]*(?:[\w$]+\.)?(OpenAI|AzureOpenAI|OpenAIApi)\b(?![ \t]*\(|\.[\w$])/g)) {
    const name = m[1] ?? '';
    if (s.clients.has(name) || !s.classes.has(m[2] ?? '')) continue;
    const azure = m[2] === 'AzureOpenAI';
    s.clients.set(name, azure ? { family: 'node', provider: 'azure', providerDetail: 'AzureOpenAI client passed in' } : { family: m[2] === 'OpenAIApi' ? 'node_legacy' : 'node', provider: 'unknown', providerDetail: 'OpenAI client passed in; its base URL is set by the code that built it', handedIn: true });
    // (a class field's type: the field already holds what the class builds)
    if (!s.clients.has(`this.${name}`)) s.clients.set(`this.${name}`, s.clients.get(name) as ClientInfo);
  }
  // (a parameter typed as one of the SDK's resource classes, `moderations: OpenAI.Moderations`, `completions: OpenAI.Chat.Completions`:
  // that resource of a client handed in; resourceAliases reads its calls through it)
  if (s.classes.has('OpenAI') && code.includes('OpenAI.')) {
    for (const m of code.matchAll(/[(,][ \t\n]*([\w$]+)\??[ \t]*:[ \t]*OpenAI\.((?:[A-Z]\w*\.){0,3}[A-Z]\w*)(?![\w$.<])/g)) {
      const name = m[1] ?? '';
      const path = (m[2] ?? '').split('.').map((segment) => `${segment.charAt(0).toLowerCase()}${segment.slice(1)}`);
      // (a resource has methods: `OpenAI.ChatCompletion`, a response's type, has none)
      if (s.clients.has(name) || !['create', 'list', 'retrieve', 'del', 'delete'].some((method) => lookupSdkMethod('node', [...path, method]))) continue;
      s.clients.set(name, { family: 'node', provider: 'unknown', providerDetail: `the ${m[2] ?? ''} resource of an OpenAI client passed in; its base URL is set by the code that built it`, handedIn: true });
      (s.jsResourceParameters ??= new Map()).set(name, path);
    }
  }
  wrappedClients(s, code, text, JS_WRAPPERS, 'node');
  if (s.classes.size > 0 || s.azureProjects || project?.hasFactories() || mayMakeNamedClient(code, s)) {
    // (before the factories, which may return such a member: `static getInterface() { return OpenAiApi.openai; }`)
    if (s.clients.size > 0) clientsKeptOnMembers(code, s);
    const factories = new Map([...clientFactories(code, text, s, 'js'), ...injected]);
    // (and, in a file that also imports the SDK for its types, a factory imported from the module of the project that builds the
    // client: `import { openAI } from "../openai/openai_helper"` … `openAI().batches.cancel(id)`)
    // (only a relative or aliased path of the project; a name two modules define is the project's run-time choice, as `factory` says)
    for (const i of project?.hasFactories() ? s.imports() : []) {
      if (factories.has(i.local) || s.functions.has(i.local) || !PROJECT_MODULE.test(i.module)) continue;
      const anywhere = project?.factory(i.name);
      const info = anywhere?.provider === 'unknown' ? anywhere : project?.factoryIn(i.module, i.name);
      if (info) factories.set(i.local, info);
    }
    addWholeModuleFactories(factories, text, s, project);
    collectBuiltVariables(code, s, factories, 'js', project);
    collectMemberClients(code, text, s, 'js', project);
  }
  // `const clientAny = client as unknown as { responses?: … }`: a cast changes no value; nor does
  // taking a member's client into a local (`const client = this.client;`)
  if (s.clients.size > 0) {
    for (const m of code.matchAll(/\b(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*((?:this\.)?[\w$]+)[ \t]*(?:as\b|;|$)/gm)) {
      const info = s.clients.get(m[2] ?? '');
      if (!info || s.clients.has(m[1] ?? '')) continue;
      s.clients.set(m[1] ?? '', info);
      if (s.jsDefinitions?.has(m[2] ?? '')) jsDefinition(s, m[1] ?? '', m.index ?? 0, info);
    }
    clientsKeptOnMembers(code, s);
    // `const aiProvider = process.env.USE_OPENAI === "true" ? openai : deepseek;`: one of two clients,
    // whose destination is chosen at run time when theirs differ
    for (const m of code.includes('?') ? code.matchAll(/\b(?:const|let|var)[ \t]+([\w$]+)[ \t]*(?::[^=\n]{0,80})?=[^=?;\n](?:[^?;\n]|\?\.){0,200}\?[ \t]*((?:this\.)?[\w$]+)[ \t]*:[ \t]*((?:this\.)?[\w$]+)[ \t]*(?:;|$)/gm) : []) {
      const info = eitherClient(s, m[2] ?? '', m[3] ?? '');
      if (info && !s.clients.has(m[1] ?? '')) s.clients.set(m[1] ?? '', info);
    }
    // a parameter that defaults to the file's client (`async function moderate(text, injectedOpenai = openai)`):
    // an OpenAI client, the default's or whichever the caller hands in
    for (const m of code.matchAll(/[(,][ \t\n]*([\w$]+)[ \t]*=[ \t]*((?:this\.)?[\w$]+)[ \t\n]*(?=[,)])/g)) {
      const info = s.clients.get(m[2] ?? '');
      if (!info || s.clients.has(m[1] ?? '') || s.jsDefinitions?.has(m[1] ?? '')) continue;
      s.clients.set(m[1] ?? '', { family: info.family, provider: 'unknown', providerDetail: `${m[1] ?? ''} defaults to ${m[2] ?? ''} (${info.provider}); a caller may hand in another client` });
    }
  }
}

/**
 * `constructor() { this.openaiClient = openaiClient; }`, `static init() { … OpenAiApi.openai = openai; }`: a client of
 * the file kept on an instance's or a class's member (not a parameter of that name, which is the caller's).
 */
function clientsKeptOnMembers(code: string, s: Symbols): void {
  for (const m of code.matchAll(/^[ \t]*(this|[A-Z][\w$]*)\.([\w$]+)[ \t]*=[ \t]*([\w$]+)[ \t]*(?:;[ \t]*)?$/gm)) {
    const [, owner = '', attribute = '', value = ''] = m;
    const info = s.clients.get(value);
    if (!info || s.clients.has(`${owner}.${attribute}`) || jsParameterAt(value, m.index ?? 0, s, code)) continue;
    s.clients.set(`${owner}.${attribute}`, info);
  }
}

/**
 * `const OpenAI = require("openai")`, `const { OpenAIApi } = require("openai")`, also as a later
 * declarator of one `const` (`const config = require(…),\n  { OpenAIApi } = require("openai")`).
 * Read back from each `require("openai")`: a pattern starting at every comma cost up to 2,000 steps
 * per comma (found by review).
 */
function requiredOpenAI(text: string): Array<{ name?: string; destructured?: string; member: boolean }> {
  const found: Array<{ name?: string; destructured?: string; member: boolean }> = [];
  for (const m of text.matchAll(/=\s*require\s*\(\s*(["'])(?:azure-)?openai(?:-edge)?\1\s*\)(\.default|\.OpenAI)?/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2100), m.index).trimEnd();
    let rest: string;
    let binding: { name?: string; destructured?: string; member: boolean };
    if (before.endsWith('}')) {
      const open = before.lastIndexOf('{');
      if (open < 0) continue;
      binding = { destructured: before.slice(open + 1, -1), member: false };
      rest = before.slice(0, open);
    } else {
      const name = /[\w$]+$/.exec(before);
      if (!name) continue;
      binding = { name: name[0], member: m[2] !== undefined };
      rest = before.slice(0, name.index);
    }
    const head = rest.trimEnd();
    if (head.endsWith(',') || /\b(?:const|let|var)$/.test(head.slice(-6))) found.push(binding);
  }
  return found;
}

/**
 * Libraries that wrap a client and send its requests unchanged: Instructor (`instructor.from_openai`,
 * `instructor.patch`), LangSmith (`wrap_openai`, `wrapOpenAI`), Langfuse (`observeOpenAI`), Lunary (`monitorOpenAI`),
 * MLflow's tracing (`tracedOpenAI`), Opik (`track_openai`, `trackOpenAI`).
 * `patch` only with its `instructor.` qualifier: `requests.patch` and `mock.patch` are others.
 */
const PY_WRAPPERS = /(?<![\w.])((?:self\.)?[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,200})?=[ \t]*(?:instructor\.(?:from_openai|patch|apatch)|from_openai|wrap_openai|track_openai)[ \t]*\([ \t\n]*(?:client[ \t]*=[ \t]*)?((?:self\.)?[A-Za-z_][\w.]*)[ \t]*(\()?/g;
const WRAPPER_NAMES = /from_openai|instructor\.|wrap_openai|wrapOpenAI|observeOpenAI|monitorOpenAI|Instructor|tracedOpenAI|track_openai|trackOpenAI/;
const JS_WRAPPERS = /(?:\b(?:const|let|var)\s+|\bthis\.)([\w$]+)[ \t]*(?::[^=\n;{}()]*)?=[ \t]*(?:wrapOpenAI|observeOpenAI|monitorOpenAI|tracedOpenAI|trackOpenAI|(?:instructor\.)?Instructor)[ \t]*\([ \t\n]*(?:\{[ \t\n]*client[ \t]*:[ \t]*)?(?:new[ \t]+)?((?:this\.)?[\w$.]+)[ \t]*(\()?/g;

/** The callee of such a wrapper, written out (`instructor.patch`, `wrap_openai`). */
const PY_WRAPPER_CALLEE = /^(?:instructor\.(?:from_openai|patch|apatch)|from_openai|wrap_openai|track_openai)$/;

/** The client a wrapper returned by a factory wraps (`return instructor.patch(AzureOpenAI(…))`), its first argument starting at `from`. */
function wrappedReturn(code: string, text: string, from: number, s: Symbols, held: (name: string) => ClientInfo | undefined): ClientInfo | undefined {
  const inner = /^[ \t\n]*(?:client[ \t]*=[ \t]*)?((?:self\.)?[A-Za-z_][\w.]*)[ \t]*(\()?/.exec(code.slice(from, from + 300));
  if (!inner) return undefined;
  const cls = inner[2] ? s.classes.get(inner[1] ?? '') : undefined;
  if (cls) return { family: 'python', ...providerFromConstructor(cls, constructorArgs(code, text, from + inner[0].length - 1), text) };
  return inner[2] ? undefined : held(inner[1] ?? '');
}

/** `client = instructor.from_openai(OpenAI())`: the wrapper's result goes where the wrapped client goes. */
function wrappedClients(s: Symbols, code: string, text: string, pattern: RegExp, family: 'python' | 'node'): void {
  // most files use none of them: a substring test spares the pattern's run over the whole file
  if (!WRAPPER_NAMES.test(code)) return;
  for (const m of code.matchAll(pattern)) {
    const inner = m[2] ?? '';
    const cls = m[3] ? s.classes.get(inner) : undefined;
    const info: ClientInfo | undefined = cls
      ? { family, ...providerFromConstructor(cls, family === 'node' ? optionsObject(text, constructorArgs(code, text, (m.index ?? 0) + m[0].length - 1)) : constructorArgs(code, text, (m.index ?? 0) + m[0].length - 1), text) }
      : m[3]
        ? undefined
        : s.clients.get(inner);
    if (!info || cls === 'OpenAIApi' || cls === 'Configuration' || cls === AZURE_JS_CLIENT) continue;
    const name = m[1] ?? '';
    const full = family === 'node' && (m[0] ?? '').includes('this.') && !/^(?:const|let|var)\b/.test(m[0] ?? '') ? `this.${name}` : name;
    if (family === 'python') define(s, full, m.index ?? 0, info);
    setClient(s, full, info);
    if (full.startsWith('this.')) s.clients.set(name, info);
  }
}

/**
 * `new OpenAI(options)`: the options are built elsewhere in the file. Returns the text that sets
 * their base URL (`options.baseURL = …` or `const options = { baseURL: … }`) for the provider check.
 */
function optionsObject(text: string, args: string): string {
  let whole = args.trim() + (args.trim().endsWith(')') ? '' : ')');
  // `new OpenAI(cfg as { apiKey: string; baseURL?: string })`: a cast changes no value
  const cast = /^\(\s*([\w$]+(?:\s*\??\.\s*[\w$]+)*)\s+(?:as|satisfies)\b/.exec(whole)?.[1];
  if (cast) whole = `(${cast})`;
  const variable = /^\(\s*([\w$]+)\s*\)$/.exec(whole)?.[1];
  // `new OpenAI(this.clientParams)`, `new OpenAI(getOptions())`: built where we cannot see, read
  // as a spread (options passed through at run time, which may set the base URL)
  // `new OpenAI(process.env.OPENAI_API_KEY)`: an environment variable is a string (a key), not options
  if (/^\(\s*(?:process\.env\.\w+|process\.env\[\s*["']\w+["']\s*\]|import\.meta\.env\.\w+)\s*\)$/.test(whole)) return '()';
  const elsewhere = /^\(\s*([\w$]+(?:\s*\??\.\s*[\w$]+)+|[\w$.]+\([^()]*\))\s*\)$/.exec(whole)?.[1];
  if (elsewhere) return `(...${elsewhere})`;
  if (!variable) return args;
  const v = escapeRe(variable);
  const assigned = new RegExp(`\\b${v}\\.baseURL\\s*=\\s*([^;\\n]+)`).exec(text)?.[1];
  if (assigned) return `(baseURL: ${assigned})`;
  const literal = new RegExp(`\\b${v}\\s*(?::[^=\\n]+)?=\\s*\\{`).exec(text);
  // `new OpenAI(apiKey)` with `const apiKey = process.env.OPENAI_API_KEY`: a string, not options (the client reads no base URL from it)
  if (!literal && new RegExp(`\\b(?:const|let|var)\\s+${v}\\s*(?::\\s*string\\s*)?=\\s*(?:process\\.env\\b|["'\\x60])`).test(text)) return '()';
  if (!literal) return `(...${variable})`;
  const open = literal.index + literal[0].length - 1;
  const close = matchingBracket(text, open);
  return text.slice(open, close < 0 ? open + 1 : close);
}

/**
 * PullRequestInc/go-gpt3's `NewClient(apiKey, options...)`: a `WithBaseURL(…)` option sends to that
 * base, options spread from a slice may (go-openai's `NewClient(token)` takes no options: undefined).
 */
function goGpt3Options(text: string, args: string): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const base = /\bWithBaseURL\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)/.exec(args)?.[1]?.trim();
  if (base !== undefined) return providerFromUrlExpression(stringConstant(text, base) ?? base);
  if (/\.\.\.\s*\)?$/.test(args.trim())) return { provider: 'unknown', providerDetail: 'go-gpt3 options passed in; they may set the base URL' };
  return undefined;
}

/**
 * meinside/openai-go's `NewClient(key, org)` sends to api.openai.com unless `SetBaseURL(…)` gives the client another
 * base: chained on the constructor, or called on the client's name (`s.ai.SetBaseURL(url)`) anywhere in the file
 * (`settings`: where each name's first `SetBaseURL(` opens, read once for the file).
 */
function meinsideBase(code: string, text: string, name: string, open: number, settings: ReadonlyMap<string, number>): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const close = matchingBracket(code, open);
  const chained = close < 0 ? null : /^\s*\.\s*SetBaseURL\s*\(/.exec(code.slice(close, close + 400));
  const setAt = chained ? close + chained[0].length - 1 : (settings.get(name) ?? -1);
  if (setAt < 0) return undefined;
  const end = matchingBracket(code, setAt);
  const value = text.slice(setAt + 1, end < 0 ? setAt + 1 : end - 1).trim();
  return providerFromUrlExpression(stringConstant(text, value) ?? value);
}

/** Where each name's first `name.SetBaseURL(` (also through a field, `s.ai.SetBaseURL(`) opens its bracket. */
function setBaseUrlCalls(code: string): Map<string, number> {
  const found = new Map<string, number>();
  if (!code.includes('SetBaseURL')) return found;
  for (const m of code.matchAll(/(?<![\w.])(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)[ \t]*\.[ \t]*SetBaseURL[ \t]*\(/g)) if (!found.has(m[1] ?? '')) found.set(m[1] ?? '', (m.index ?? 0) + m[0].length - 1);
  return found;
}

/** Every `name.BaseURL = …` of a file, by name, read once (otiai10/openaigo's clients). */
function baseUrlFields(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const m of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)[ \t]*\.[ \t]*BaseURL[ \t]*=[ \t]*([^\n;]{1,200})/g)) {
    const list = found.get(m[1] ?? '');
    if (list) list.push((m[2] ?? '').trim());
    else found.set(m[1] ?? '', [(m[2] ?? '').trim()]);
  }
  return found;
}

/** otiai10/openaigo's base: the `BaseURL` field the file sets on the client (`client.BaseURL = "http://localhost:11434/v1"`), else its default. */
function otiai10Base(settings: ReadonlyMap<string, string[]>, name: string): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  const set = settings.get(name) ?? [];
  if (set.length === 0) return undefined;
  const first = providerFromUrlExpression(set[0] ?? '');
  return set.every((b) => b === set[0]) ? first : { provider: 'unknown', providerDetail: `${name}.BaseURL set more than one way` };
}

function collectGo(s: Symbols, code: string, text: string, project: ProjectIndex | undefined, fileName?: string): void {
  // Blanks within the line only: `\s*` after a newline ran over every following blank line from
  // each of them (quadratic on long blank runs, found by `npm run fuzz`).
  // in an import block, or a single `import openai "github.com/…"`
  // (also go-openai's earlier name, go-gpt3, whose package is `gogpt`; and PullRequestInc's go-gpt3, package `gpt3`)
  // (and the Azure SDK for Go's azopenai, whose clients are Azure OpenAI's unless built for OpenAI)
  for (const m of text.matchAll(/(?:^|\n|\()[ \t]*(?:import[ \t]+)?([\w.]+[ \t]+)?"github\.com\/(openai\/openai-go(?:\/v\d+)?|sashabaranov\/go-openai|sashabaranov\/go-gpt3|PullRequestInc\/go-gpt3|ayush6624\/go-chatgpt|meinside\/openai-go|otiai10\/openaigo|Azure\/azure-sdk-for-go\/sdk\/ai\/azopenai)"/g)) {
    const alias = (m[1] ?? '').trim() || (m[2] === 'sashabaranov/go-gpt3' ? 'gogpt' : m[2] === 'PullRequestInc/go-gpt3' ? 'gpt3' : m[2] === 'ayush6624/go-chatgpt' ? 'chatgpt' : m[2] === 'otiai10/openaigo' ? 'openaigo' : m[2]?.endsWith('/azopenai') ? 'azopenai' : 'openai');
    if ((m[2] ?? '').startsWith('openai/')) s.goOfficial.add(alias);
    else s.goCommunity.add(alias);
    if (m[2] === 'PullRequestInc/go-gpt3') s.goLibraries.set(alias, 'go_gpt3');
    if (m[2] === 'ayush6624/go-chatgpt') s.goLibraries.set(alias, 'go_chatgpt');
    if (m[2] === 'meinside/openai-go') s.goLibraries.set(alias, 'go_meinside');
    if (m[2] === 'otiai10/openaigo') s.goLibraries.set(alias, 'go_otiai10');
    if (m[2]?.endsWith('/azopenai')) s.goLibraries.set(alias, 'go_azopenai');
  }
  // other providers' SDKs: a field typed with one is no OpenAI client whatever its methods are called
  if (s.goCommunity.size > 0) {
    for (const m of text.matchAll(/(?:^|\n|\()[ \t]*(?:import[ \t]+)?(\w+[ \t]+)?"([\w.-]+\/[^"\n]+)"/g)) {
      const path = m[2] ?? '';
      if (!OTHER_PROVIDER_NAMES.test(path)) continue;
      s.goOtherSdks.add((m[1] ?? '').trim() || (path.split('/').pop() ?? '').replace(/^go-/, '').replace(/-go$/, ''));
    }
  }
  // a file of the package that imports only openai-go's subpackages (`openai-go/v3/responses`) for
  // parameter types still calls through a client field another file declares
  const officialSubpackages = /"github\.com\/openai\/openai-go(?:\/v\d+)?\/[\w/-]+"/.test(text);
  if (s.goOfficial.size === 0 && s.goCommunity.size === 0 && !officialSubpackages) {
    // (one that imports no SDK may still read a client from a field its package fills: `c := user.Session.GptClient`)
    if (project) readGoFieldClients(code, lastFolder(fileName), s, project);
    return;
  }
  const configs = new Map<string, Pick<ClientInfo, 'provider' | 'providerDetail'>>();
  // `config := openai.DefaultConfig(…)`, `var config openai.ClientConfig = openai.DefaultConfig(…)`, `cfg := openai.ClientConfig{…}`
  // (go-chatgpt's `&chatgpt.Config{BaseURL: …}`)
  for (const m of code.matchAll(/\b(?:var[ \t]+)?(\w+)(?:[ \t]+[\w.*]+)?[ \t]*:?=[ \t]*&?(\w+)\.(DefaultAzureConfig|DefaultConfig|ClientConfig|Config)[ \t]*[({]/g)) {
    if (!s.goCommunity.has(m[2] ?? '')) continue;
    const info =
      m[3] === 'DefaultAzureConfig'
        ? { provider: 'azure' as const, providerDetail: 'go-openai DefaultAzureConfig' }
        : m[3] === 'ClientConfig' || m[3] === 'Config'
          ? goConfigLiteral(text, constructorArgs(code, text, (m.index ?? 0) + m[0].length - 1))
          : defaultGoCommunity();
    const before = configs.get(m[1] ?? '');
    // `config = DefaultConfig(…)`, then `config = DefaultAzureConfig(…)` when the endpoint is Azure's
    configs.set(m[1] ?? '', before && before.provider !== info.provider ? { provider: 'unknown', providerDetail: 'go-openai config: OpenAI or Azure, chosen at run time' } : info);
  }
  // each config's `X.BaseURL = …` settings, where they stand, for a client built in the same function
  let baseSettings: Map<string, Array<{ at: number; destination: Pick<ClientInfo, 'provider' | 'providerDetail'> }>> | undefined;
  const defaults = new Map(configs);
  // every config's settings gathered in one pass each (a pattern per config over the whole file was quadratic)
  const baseSet = new Map<string, Array<{ index: number; end: number; length: number }>>();
  const apiTypes = new Map<string, string>();
  if (configs.size > 0) {
    for (const b of code.matchAll(/(?<!\w)(\w+)\.BaseURL[ \t]*=(?!=)[ \t]*([^\n]+)/g)) {
      if (!configs.has(b[1] ?? '')) continue;
      const list = baseSet.get(b[1] ?? '') ?? [];
      list.push({ index: b.index ?? 0, end: (b.index ?? 0) + b[0].length, length: (b[2] ?? '').length });
      baseSet.set(b[1] ?? '', list);
    }
    for (const a of text.matchAll(/(?<!\w)(\w+)\.APIType\s*=(?!=)\s*([^\n;]+)/g)) if (configs.has(a[1] ?? '') && !apiTypes.has(a[1] ?? '')) apiTypes.set(a[1] ?? '', a[2] ?? '');
  }
  for (const [name] of configs) {
    // `const BaseUrl = "https://api.deepseek.com/v1"` … `config.BaseURL = BaseUrl`; set again when the
    // caller gives one (`if cfg.BaseURL != "" { config.BaseURL = cfg.BaseURL }`): a run-time choice
    // (`config.BaseURL = strings.TrimSuffix(config.BaseURL, "/")` only tidies the value it had; `strings.Replace(config.BaseURL,
    // base.Host, apiUrl.Host, 1)` puts another host in it)
    const settings = (baseSet.get(name) ?? [])
      .map((b) => ({ at: b.index, value: text.slice(b.end - b.length, b.end).trim() }))
      .filter((b) => !b.value.includes(`${name}.BaseURL`) || (/^strings\.Replace(?:All)?[ \t]*\(/.test(b.value) && !/^strings\.Replace(?:All)?[ \t]*\([^,]+,[ \t]*"[^"]*"[ \t]*,[ \t]*"[^"]*"/.test(b.value)))
      .map((b) => ({ at: b.at, destination: providerFromUrlExpression(stringConstant(text, b.value) ?? b.value) }));
    if (settings.length > 0) (baseSettings ??= new Map()).set(name, settings);
    const destinations = settings.map((b) => b.destination);
    const first = destinations[0];
    const base = first;
    if (first) configs.set(name, destinations.every((d) => d.provider === first.provider) ? first : { provider: 'unknown', providerDetail: `go-openai ${name}.BaseURL set more than one way (${[...new Set(destinations.map((d) => d.provider))].join(', ')}); decided at run time` });
    // `config.APIType = "OPEN_AI"` after `DefaultAzureConfig(key, url)`: OpenAI's API shape at the
    // base URL given; another value set at run time leaves it open
    const apiType = apiTypes.get(name)?.trim();
    if (apiType && !base && configs.get(name)?.provider === 'azure') {
      if (/OPEN_AI|APITypeOpenAI\b/.test(apiType)) configs.set(name, { provider: 'unknown', providerDetail: `go-openai Azure config switched to the OpenAI API type (${name}.APIType); the base URL it was given decides` });
      else if (!/^(?:openai\.)?(?:APITypeAzure|APITypeAzureAD)$|^["']AZURE(?:_AD)?["']$/i.test(apiType)) configs.set(name, { provider: 'unknown', providerDetail: `go-openai API type set at run time (${name}.APIType)` });
    }
  }
  // functional options applied to a config (`for _, o := range opts { o(&cfg) }`) when one of the file's
  // sets the base from its parameter (`func(c *openai.ClientConfig) { c.BaseURL = url }`): the caller decides
  // (the config handed to each option of a list, `for _, o := range opts { o(&cfg) }`; not to `logConfig(&cfg)`)
  if (configs.size > 0 && /\.BaseURL[ \t]*=(?!=)/.test(code) && /\bfunc[ \t]*(?:\w+[ \t]*)?\([ \t]*(\w+)[ \t]+\*\w+\.ClientConfig[ \t]*\)[ \t]*\{[^{}]{0,300}?\b\1\.BaseURL[ \t]*=(?!=)[ \t]*(?!["`])/.test(code)) {
    const options = new Set([...code.matchAll(/\bfor[ \t]+_[ \t]*,[ \t]*(\w+)[ \t]*:=[ \t]*range\b/g)].map((m) => m[1] ?? ''));
    const applied = new Set([...code.matchAll(/(?<![\w.])(\w+)[ \t]*\([ \t]*&(\w+)[ \t]*\)/g)].filter((m) => options.has(m[1] ?? '')).map((m) => m[2] ?? ''));
    for (const [name, info] of configs) {
      if (applied.has(name) && info.provider !== 'unknown') configs.set(name, { provider: 'unknown', providerDetail: `go-openai ${name} handed to options, one of which sets its BaseURL at run time` });
    }
  }
  s.goConfigs = configs;
  // configs read once per name: a file may build many clients from one config
  const elsewhere = new Map<string, Pick<ClientInfo, 'provider' | 'providerDetail'>>();
  let assigned: ((name: string) => string[]) | undefined;
  const assignedTo = (name: string): string[] => (assigned ??= goAssignments(code, text))(name);
  // `ai, err := aiServ.NewClient()`: what a factory of the application returns (`func (o *OpenAi) NewClient()
  // (*openai.Client, error)`), maybe in another package; go-openai's own method names on it say the rest
  // (the factory is named for AI, its receiver is (`aiServ`), or this file declares it returning go-openai's client;
  // `db, err := store.NewClient()` is some other client)
  if (s.goCommunity.size > 0) {
    const returnsClient = new Set([...code.matchAll(/\bfunc[ \t]+(?:\([^)\n]{0,200}\)[ \t]*)?(\w+)[ \t]*\([^)\n]{0,300}\)[ \t]*\(?[ \t]*\*?(\w+)\.Client\b/g)].filter((m) => s.goCommunity.has(m[2] ?? '')).map((m) => m[1] ?? ''));
    for (const m of code.matchAll(/(?<![\w.])(\w+)(?:[ \t]*,[ \t]*\w+)?[ \t]*:?=[ \t]*(?:(\w+)\.)?((?:New|Get|Create|Make|Init)?(OpenAI|OpenAi|Openai|AI|Ai|GPT|Gpt)?Client)[ \t]*\(/g)) {
      const receiver = m[2] ?? '';
      if (s.goCommunity.has(receiver) || s.goOfficial.has(receiver)) continue;
      if (m[4] || /^(?:ai|gpt|openai|oai|llm)(?:[A-Z_]|$)|(?:Ai|AI|Gpt|GPT|OpenAI|Openai)(?:[A-Z_]|$)/.test(receiver) || returnsClient.has(m[3] ?? '')) (s.goFactoryLocals ??= new Map()).set(m[1] ?? '', m[2] ? `${m[2]}.${m[3] ?? ''}` : (m[3] ?? ''));
    }
    // (whatever its name, a function or method this file declares returning go-openai's client: `c := g.connect()`)
    const otherNames = [...returnsClient].filter((name) => !/Client$/.test(name));
    for (const m of otherNames.length > 0 ? code.matchAll(new RegExp(`(?<![\\w.])(\\w+)(?:[ \\t]*,[ \\t]*\\w+)?[ \\t]*:?=[ \\t]*(?:(\\w+)\\.)?(${otherNames.join('|')})[ \\t]*\\(`, 'g')) : []) {
      if (s.goCommunity.has(m[2] ?? '') || s.goOfficial.has(m[2] ?? '')) continue;
      (s.goFactoryLocals ??= new Map()).set(m[1] ?? '', m[2] ? `${m[2]}.${m[3] ?? ''}` : (m[3] ?? ''));
    }
  }
  // local variables (`client := openai.NewClient()`), which an option setter elsewhere does not change
  const locals = new Set<string>();
  // `client := openai.NewClient(…)`, and a struct literal's field `ai: *openai.NewClient(…)`
  // also openai-go's services (`c.ChatService = openai.NewChatService(opts...)`), used as `c.ChatService.Completions.New(…)`
  // (go-chatgpt's constructors return an error too: `client, err := chatgpt.NewClient(key)`)
  // (azopenai's `NewClientWithKeyCredential(endpoint, key, nil)`, `NewClientForOpenAI(endpoint, key, nil)`)
  const assign = /\b(\w+)(?:[ \t]*,[ \t]*\w+)?\s*(?::?=|:)\s*\*?(\w+)\.(NewClient|NewClientWithConfig|NewClientWithKeyCredential|NewClientForOpenAI|New([A-Z]\w*?)Service)\s*\(/g;
  const builtHere = new Set<string>();
  let meinsideSettings: Map<string, number> | undefined;
  let otiai10Settings: Map<string, string[]> | undefined;
  for (let m = assign.exec(code); m; m = assign.exec(code)) {
    const pkg = m[2] ?? '';
    const name = m[1] ?? '';
    const args = constructorArgs(code, text, m.index + m[0].length - 1);
    if (/=/.test(m[0].slice(name.length, m[0].indexOf(pkg)))) locals.add(name);
    // (a service from its own package too: `responses.NewResponseService(opts...)`)
    const official = s.goOfficial.has(pkg) || (m[4] !== undefined && goServiceMembers(m[4]) !== undefined && goOfficialSubpackage(text, pkg));
    if (m[4] && !official) continue;
    if (m[4]) (s.goServices ??= new Map()).set(name, goServiceMembers(m[4]) ?? [m[4]]);
    if (official) {
      // `NewClient(opts...)`: the options are a slice built above, maybe with run-time choices; or a
      // struct's field `NewClient(o.Opts...)`, read by the field's name (assigned, or a keyed literal `Opts: …`)
      const spreadMatch = /^\(\s*((?:\w+\.)*)(\w+)\.\.\./.exec(args);
      const spread = spreadMatch?.[2];
      const spreadField = Boolean(spreadMatch?.[1]);
      const keyed = spread && spreadField ? goKeyedValues(code, text, spread) : [];
      const optionText = spread ? [...assignedTo(spread), ...keyed].join('\n') : args;
      const azure = /azure\.With|WithEndpoint/.test(optionText);
      const baseArg = /WithBaseURL\s*\(([^)]*)\)/.exec(optionText)?.[1]?.trim();
      // the signature of the named function around the call (closures inside it share its parameters)
      const header = goSignature(code, m.index);
      // a base held in a variable, alone or with a path added (`addr + "/v1/"`): its literal, else what
      // the file assigns to it (`fmt.Sprintf("https://%s.openai.azure.com/…")`), unless it is a parameter
      const baseName = baseArg === undefined ? undefined : /^(\w+)(?:\s*\+\s*"[^"\n]*")?$/.exec(baseArg)?.[1];
      const baseIsParameter = baseName !== undefined && new RegExp(`[(,]\\s*${baseName}\\b`).test(header);
      const constant = baseName !== undefined && !baseIsParameter ? stringConstant(text, baseName) : undefined;
      const assignedHere = baseName !== undefined && !baseIsParameter && constant === undefined ? assignedTo(baseName) : [];
      const assignedBase = assignedHere.length > 0 ? goAssignedDestination(assignedHere) : undefined;
      // or a package-level constant another file of the package declares
      const packageUrl = baseName !== undefined && !baseIsParameter && constant === undefined && assignedHere.length === 0 ? project?.goUrlConstant(goPackage(text, fileName), baseName) : undefined;
      const base = baseArg === undefined ? undefined : (constant ?? (packageUrl !== undefined ? `"${packageUrl}"` : baseArg));
      const both = azure && base !== undefined;
      // options a caller passes in (`opts ...option.RequestOption`) or a call builds (`cfg.Options()...`)
      // (a parameter of the function around the call: its signature, not a local slice of that type)
      const passedIn = spread !== undefined && !spreadField && new RegExp(`\\b${spread}[ \\t]+(?:\\.\\.\\.|\\[\\])[ \\t]*\\w+\\.RequestOption\\b`).test(header);
      // options held in a struct field (`o.Opts...`) that no literal here fills: whoever built the
      // struct may have put a base URL in
      const builtElsewhere = (spread === undefined && /\)\s*\.\.\./.test(args)) || (spreadField && keyed.length === 0);
      const info: ClientInfo = {
        family: 'go',
        ...(both
          ? { provider: 'unknown' as const, providerDetail: 'Azure or OpenAI options chosen at run time' }
          : (passedIn || builtElsewhere) && !azure && base === undefined
            ? { provider: 'unknown' as const, providerDetail: passedIn ? `options passed in by the caller (${spread}); they may set the base URL` : spreadField ? `options held in a field (${spread}) filled at run time; they may set the base URL` : 'options built by another call at run time; they may set the base URL' }
          : azure
            ? { provider: 'azure' as const, providerDetail: 'openai-go azure options' }
            : assignedBase
              ? assignedBase
              : base
                ? providerFromUrlExpression(base)
                : defaultOpenAI()),
      };
      // one field built in two places with two destinations (`ChatService: …api.openai.com…` in one
      // constructor, `c.ChatService = …(baseURL)` in another): a run-time choice
      const before = builtHere.has(name) ? s.clients.get(name) : undefined;
      s.clients.set(name, before && before.provider !== info.provider ? { family: 'go', provider: 'unknown', providerDetail: `${name} is built in more than one way in this file (${before.provider}, ${info.provider})` } : info);
      builtHere.add(name);
      if (locals.has(name)) recordGoLocal(s, name, m.index, info, /:=/.test(m[0]));
    } else if (s.goCommunity.has(pkg)) {
      // the whole argument is one name (`NewClientWithConfig(cfg)`), or a config made in place
      const configName = /^\(\s*(\w+)\s*\)?$/.exec(args)?.[1];
      const inline = /^\(\s*(\w+)\.(DefaultAzureConfig|DefaultConfig)\s*\(/.exec(args);
      const config =
        m[3] !== 'NewClientWithConfig'
          ? m[3] === 'NewClient'
            ? s.goLibraries.get(pkg) === 'go_meinside'
              ? meinsideBase(code, text, name, m.index + m[0].length - 1, (meinsideSettings ??= setBaseUrlCalls(code)))
              : s.goLibraries.get(pkg) === 'go_otiai10'
                ? otiai10Base((otiai10Settings ??= baseUrlFields(text)), name)
                : goGpt3Options(text, args)
            : undefined
          : configName
            ? (goConfigAt(code, m.index, configName, defaults.get(configName), baseSettings?.get(configName)) ?? configs.get(configName) ?? elsewhere.get(configName) ?? elsewhere.set(configName, goConfigElsewhere(assignedTo(configName).join('\n'), text, configName)).get(configName))
            : inline && s.goCommunity.has(inline[1] ?? '')
              ? inline[2] === 'DefaultAzureConfig'
                ? { provider: 'azure' as const, providerDetail: 'go-openai DefaultAzureConfig' }
                : defaultGoCommunity()
              : /\.(?:Client)?Config\s*\{/.test(args)
                ? goConfigLiteral(text, args)
                : undefined;
      const library = s.goLibraries.get(pkg);
      // azopenai: an Azure OpenAI endpoint, unless built for OpenAI's (then the endpoint it is given says where)
      const azopenai = library === 'go_azopenai' ? (m[3] === 'NewClientForOpenAI' ? providerFromUrlExpression(splitTopLevel(args.replace(/^\(|\)$/g, ''))[0]?.trim() ?? '') : { provider: 'azure' as const, providerDetail: `Azure SDK for Go (azopenai) ${m[3] ?? ''}: an Azure OpenAI endpoint` }) : undefined;
      const info: ClientInfo = { family: 'go_community', ...(azopenai ?? config ?? defaultGoCommunity()), ...(library ? { goLibrary: library } : {}) };
      s.clients.set(name, info);
      if (locals.has(name)) recordGoLocal(s, name, m.index, info, /:=/.test(m[0]));
    }
  }
  // parameters and fields typed as a client: `client *openai.Client`, `client openai.Client`. When
  // the file builds both an Azure and an OpenAI config, which one the field holds is a run-time choice.
  const kinds = new Set([...configs.values()].map((c) => c.provider));
  const typed: Pick<ClientInfo, 'provider' | 'providerDetail' | 'typedOnly'> =
    kinds.size > 1 ? { provider: 'unknown', providerDetail: 'Azure or OpenAI config chosen at run time' } : { provider: 'unknown', providerDetail: 'client passed in; its base URL is set by the code that built it', typedOnly: true };
  // `o.ApiClient = &client`: a field given a client built here holds that client; given a client
  // parameter (`func WithClient(c openai.Client) Option { … m.client = c }`), one the caller chose
  const parameters = goClientParameters(code, s);
  for (const m of code.matchAll(/\b\w+\.(\w+)[ \t]*=[ \t]*&?(\w+)[ \t]*$/gm)) {
    const field = m[1] ?? '';
    const family = parameterAt(parameters, m.index ?? 0)?.get(m[2] ?? '');
    if (family && !locals.has(field)) {
      s.clients.set(field, { family: family === 'go' ? 'go' : 'go_community', provider: 'unknown', providerDetail: 'client set through an option or setter by the caller; its base URL is set by the code that built it', ...(family === 'go' || family === 'go_community' ? {} : { goLibrary: family }) });
      continue;
    }
    const built = s.clients.get(m[2] ?? '');
    if (built && !s.clients.has(field)) s.clients.set(field, built);
  }
  // `c := openai.NewClient(…)` … `return &OpenAIProvider{client: c}`: a struct literal's field given a client built here
  // (given clients going two ways in two literals, `{llm: azureClient}` and `{llm: openaiClient}`: a run-time choice)
  const fromLiterals = new Set<string>();
  for (const m of code.matchAll(/[{,][ \t\n]*(\w+)[ \t]*:[ \t]*&?(\w+)[ \t\n]*(?=[,}])/g)) {
    const field = m[1] ?? '';
    // (a local built one way or another in the function, `if base != "" { oc = …WithConfig(cfg) } else { oc = openai.NewClient(key) }`, as its calls would read it)
    const local = goLocalClient(m[2] ?? '', m.index ?? 0, s, code);
    const built = local ?? s.clients.get(m[2] ?? '');
    if (!built || built.typedOnly) continue;
    const before = fromLiterals.has(field) ? s.clients.get(field) : undefined;
    if (before && before.provider !== built.provider) s.clients.set(field, { family: built.family, provider: 'unknown', providerDetail: `${field} is given clients built in more than one way here (${before.provider}, ${built.provider})` });
    // (a field named as the local it is given, `{oc: oc}`: the file-wide name holds the local's last assignment, the field all of them)
    else if (!s.clients.has(field) || (local && field === m[2] && !fromLiterals.has(field))) {
      s.clients.set(field, built);
      fromLiterals.add(field);
    }
  }
  // (also typed from a service's own package: `service responses.ResponseService`)
  for (const m of code.matchAll(/\b(\w+)[ \t]+\*?(\w+)\.([A-Z]\w*?)Service\b/g)) {
    if (!(s.goOfficial.has(m[2] ?? '') || (goOfficialSubpackage(text, m[2] ?? '') && goServiceMembers(m[3] ?? ''))) || s.clients.has(m[1] ?? '')) continue;
    (s.goServices ??= new Map()).set(m[1] ?? '', goServiceMembers(m[3] ?? '') ?? [m[3] ?? '']);
    s.clients.set(m[1] ?? '', { family: 'go', ...typed });
  }
  // `func (c *Client) Responses() *responses.ResponseService { return &c.sdk.Responses }`, called as
  // `c.Responses().NewStreaming(…)` or kept (`svc := c.Responses()`): the service of the client it reads
  // (detectSdkCalls blanks the getter's empty parentheses, so the chain reads `c.Responses.NewStreaming`)
  for (const m of code.matchAll(/\bfunc[ \t]*(?:\([^)\n]{0,200}\)[ \t]*)?(\w+)[ \t]*\([ \t]*\)[ \t]*\*?(\w+)\.([A-Z]\w*?)Service[ \t]*\{/g)) {
    const getter = m[1] ?? '';
    const members = goServiceMembers(m[3] ?? '');
    if (!members || !(s.goOfficial.has(m[2] ?? '') || goOfficialSubpackage(text, m[2] ?? '')) || s.clients.has(getter)) continue;
    const returned = /^[^}]*?\breturn[ \t]+&?((?:\w+\.)*\w+)/.exec(code.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 400))?.[1]?.split('.') ?? [];
    const holder = returned.slice(0, -1).reverse().find((name) => s.clients.has(name));
    (s.goServiceGetters ??= new Set()).add(getter);
    (s.goServices ??= new Map()).set(getter, members);
    s.clients.set(getter, holder ? (s.clients.get(holder) as ClientInfo) : { family: 'go', ...typed });
  }
  // `func Client() *openai.Client { clientOnce.Do(initClient); return client }`, called as `Client().Chat.Completions.New(…)`:
  // the client it returns, when the file builds that (detectSdkCalls blanks the call's empty parentheses too)
  // (also one that takes arguments, `func (o *OpenAI) clientFor(ctx context.Context) openai.Client`, whose result a variable keeps,
  // read below, or a chain uses in place, its arguments blanked by detectSdkCalls)
  for (const m of code.matchAll(/\bfunc[ \t]+(?:\([^)\n]{0,200}\)[ \t]*)?(\w+)[ \t]*\(([^)\n]{0,300})\)[ \t]*\*?(\w+)\.Client[ \t]*\{/g)) {
    const getter = m[1] ?? '';
    const sdk = m[3] ?? '';
    if (!(s.goOfficial.has(sdk) || s.goCommunity.has(sdk)) || s.clients.has(getter)) continue;
    if ((m[2] ?? '').trim() !== '') (s.goClientGettersWithArguments ??= new Set()).add(getter);
    // (its last `return`, after any blocks of its own: `if client == nil { panic(…) }`)
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    const returned = close < 0 ? undefined : [...code.slice(open, close).matchAll(/\breturn[ \t]+&?((?:\w+\.)*\w+)[ \t]*(?:\n|;|\})/g)].pop()?.[1]?.split('.').pop();
    // (or a package variable given a client built here: `c := openai.NewClient(…); client = &c`)
    const given = returned ? [...code.matchAll(new RegExp(`(?<![\\w.])${returned}[ \\t]*=[ \\t]*&?(\\w+)[ \\t]*$`, 'gm'))].map((g) => s.clients.get(g[1] ?? '')).filter((c) => c && !c.typedOnly) : [];
    const direct = returned ? s.clients.get(returned) : undefined;
    const built = direct && !direct.typedOnly ? direct : given.length === 1 ? given[0] : direct;
    (s.goClientGetters ??= new Set()).add(getter);
    // (one it does not build, `return shared.Get()`, is a client from elsewhere: typed, its base unknown here)
    s.clients.set(getter, built && !built.typedOnly ? built : { family: 'go', ...typed });
  }
  // `c := o.clientFor(ctx)` … `c.Responses.New(ctx, params)`
  for (const getter of s.goClientGettersWithArguments ?? []) {
    const info = s.clients.get(getter);
    if (!info) continue;
    for (const m of code.matchAll(new RegExp(`\\b(\\w+)[ \\t]*:?=[ \\t]*(?:\\w+\\.)?${getter}[ \\t]*\\(`, 'g'))) if (!s.clients.has(m[1] ?? '')) s.clients.set(m[1] ?? '', info);
  }
  for (const getter of s.goServiceGetters ?? []) {
    for (const m of code.matchAll(new RegExp(`\\b(\\w+)[ \\t]*:?=[ \\t]*(?:\\w+\\.)*${getter}[ \\t]*\\([ \\t]*\\)`, 'g'))) {
      if (s.clients.has(m[1] ?? '')) continue;
      s.goServices?.set(m[1] ?? '', s.goServices.get(getter) ?? []);
      s.clients.set(m[1] ?? '', s.clients.get(getter) as ClientInfo);
    }
  }
  // (fields only typed here: another file of the package may build them, see below)
  const fieldsOnlyTyped = new Set<string>();
  const boundOtherwise = new Set<string>();
  // (go-openai's client handed in, in a project that builds that library's clients only with `openai.NewClient(key)`: one of
  // those; asked once per file)
  let settled: Pick<ClientInfo, 'provider' | 'providerDetail' | 'typedOnly'> | null | undefined;
  const settledGoOpenAI = (): Pick<ClientInfo, 'provider' | 'providerDetail' | 'typedOnly'> | null =>
    (settled ??= typed.typedOnly && project?.goOpenAIDefaultsOnly() && /github\.com\/sashabaranov\/go-openai\b/.test(text) ? { provider: 'openai', providerDetail: 'client passed in; the project builds its go-openai clients only with openai.NewClient(key), whose DefaultConfig is api.openai.com', typedOnly: true } : null);
  // a package variable given a client built here: `var client gpt3.Client` … `c := gpt3.NewClient(key); client = c` (in `init`)
  // (given clients built two ways: a run-time choice, left to the typed reading below)
  const givenPackageVars = new Map<string, ClientInfo[]>();
  // (the names declared a client type on a line of their own, read once)
  let declaredClients: Set<string> | undefined;
  for (const m of code.matchAll(/^[ \t]*(\w+)[ \t]*=[ \t]*&?(\w+)[ \t]*$/gm)) {
    const built = s.clients.get(m[2] ?? '');
    const name = m[1] ?? '';
    if (!built || built.typedOnly || s.clients.has(name)) continue;
    declaredClients ??= new Set([...code.matchAll(/^[ \t]*(?:var[ \t]+)?(\w+)[ \t]+\*?\w+\.Client\b/gm)].map((d) => d[1] ?? ''));
    if (!declaredClients.has(name)) continue;
    givenPackageVars.set(name, [...(givenPackageVars.get(name) ?? []), built]);
  }
  for (const [name, given] of givenPackageVars) {
    const first = given[0];
    if (first && given.every((g) => g.provider === first.provider && g.providerDetail === first.providerDetail)) s.clients.set(name, first);
  }
  for (const m of code.matchAll(/\b(\w+)\s+\*?(\w+)\.Client\b/g)) {
    const pkg = m[2] ?? '';
    const name = m[1] ?? '';
    if (!s.goOfficial.has(pkg) && !s.goCommunity.has(pkg)) continue;
    // a struct field, on its own line; a parameter of that name is its caller's (read within a few
    // hundred characters: on one long line of parameters, reading to its ends from each was quadratic)
    const at = m.index ?? 0;
    const field = /(?:^|\n)[ \t]*$/.test(code.slice(Math.max(0, at - 200), at)) && /^[ \t]*(?:`[^`\n]{0,300}`)?[ \t]*(?:\/\/[^\n]{0,300})?(?:\n|$)/.test(code.slice(at + m[0].length, at + m[0].length + 700));
    (field ? fieldsOnlyTyped : boundOtherwise).add(name);
    // (a name this file builds a client into is that client)
    if (s.clients.has(name) && !s.clients.get(name)?.typedOnly) boundOtherwise.add(name);
    if (s.clients.has(name)) continue;
    const library = s.goLibraries.get(pkg);
    const goOpenAI = !library && !s.goOfficial.has(pkg) ? settledGoOpenAI() : null;
    s.clients.set(name, { family: s.goOfficial.has(pkg) ? 'go' : 'go_community', ...(goOpenAI ?? typed), ...(library ? { goLibrary: library } : {}) });
  }
  for (const name of boundOtherwise) fieldsOnlyTyped.delete(name);
  // `type Client struct { *openai.Client }` … `func (c *Client) Ask() { c.Chat.Completions.New(…) }`:
  // a type embedding the client has its methods, so its receivers are clients (as built in this file)
  let receivers: Map<string, Set<string>> | undefined;
  for (const m of code.matchAll(/\btype[ \t]+(\w+)[ \t]+struct[ \t]*\{[^}]{0,2000}?^[ \t]*\*?(\w+)\.Client[ \t]*$/gm)) {
    const pkg = m[2] ?? '';
    const family = s.goOfficial.has(pkg) ? 'go' : s.goCommunity.has(pkg) ? 'go_community' : undefined;
    if (!family) continue;
    // every method's receiver by its type, read in one pass
    if (!receivers) {
      receivers = new Map();
      for (const r of code.matchAll(/\bfunc[ \t]*\([ \t]*(\w+)[ \t]+\*?(\w+)[ \t]*\)/g)) {
        const names = receivers.get(r[2] ?? '') ?? new Set<string>();
        receivers.set(r[2] ?? '', names.add(r[1] ?? ''));
      }
    }
    const built = [...s.clients.values()].filter((c) => c.family === family);
    const providers = new Set(built.map((c) => c.provider));
    // (none kept under a name, but the type made here around go-openai's constructor: `return &client{openai.NewClient(key)}`)
    const inPlace = built.length === 0 && family === 'go_community' && !s.goLibraries.has(pkg) && new RegExp(`\\b${escapeRe(m[1] ?? '')}[ \\t]*\\{[ \\t\\n]*(?:\\w+[ \\t]*:[ \\t]*)?\\*?${escapeRe(pkg)}\\.NewClient[ \\t]*\\(`).test(code) && !/\.NewClientWithConfig[ \t]*\(/.test(code);
    const info: ClientInfo = inPlace
      ? { family, ...defaultGoCommunity() }
      : built.length > 0 && providers.size === 1
        ? (built[0] as ClientInfo)
        : { family, provider: 'unknown', providerDetail: `${m[1] ?? ''} embeds a client whose options are chosen at run time`, ...(s.goLibraries.has(pkg) ? { goLibrary: s.goLibraries.get(pkg) } : {}) };
    for (const receiver of receivers.get(m[1] ?? '') ?? []) if (!s.clients.has(receiver)) s.clients.set(receiver, info);
  }
  // `c.openAIClient.CreateChatCompletion(…)` where another file of the package declares and builds the field
  if (!project) return;
  let pkg: string | undefined;
  // each field name is asked once
  const asked = new Set<string>();
  // (also openai-go's `m.Client.Chat.Completions.New(…)`, the field first). The chain is matched
  // whole and its call checked after: a trailing `\(` in the pattern rescanned long chains from every dot.
  // (also a package variable another file declares: `apiClient.Post(ctx, "images/edits", …)`)
  for (const m of [...code.matchAll(/\.(\w+)(?:\.[A-Z]\w*)+/g), ...code.matchAll(/(?<![\w.])(\w+)(?:\.[A-Z]\w*)+/g)]) {
    if (!/^\s*\(/.test(code.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40))) continue;
    const name = m[1] ?? '';
    // (a field read, `c.client.X(…)`, is not bound by a parameter or a local of that name: `func (client *Client) …`)
    const field = code[m.index ?? 0] === '.';
    // (a field this file only types, `OpenAICli *openai.Client`, may be one main.go fills: `OpenAICli: openai.NewClient(key)`)
    if ((s.clients.has(name) && !fieldsOnlyTyped.has(name)) || asked.has(`${field}${name}`)) continue;
    asked.add(`${field}${name}`);
    const info = project.goClient(pkg ??= goPackage(text, fileName), name);
    // this file binds the name itself, to something else: a field of another type (`Client anthropic.Client`), and for
    // a bare name also a parameter (`client *restClient`) or a local (`client := anthropic.NewClient()`)
    // (a field of the SDK's own client type, `OpenAICli *openai.Client`, is the one another file builds)
    // (a field declared with others too: `name, client *anthropic.Client`)
    const bound = field ? `(?:^|[{;,])[ \\t]*${name}[ \\t]+\\*?[\\w.\\[\\]]+` : `(?:^|[({,;]|\\bvar)[ \\t]*${name}[ \\t]+\\*?[\\w.\\[\\]]+|\\b${name}[ \\t]*:=`;
    if (!info || (!fieldsOnlyTyped.has(name) && new RegExp(bound, 'm').test(code))) continue;
    if (info && ((info.family === 'go' && (s.goOfficial.size > 0 || officialSubpackages)) || (info.family === 'go_community' && s.goCommunity.size > 0))) s.clients.set(name, info);
  }
  // `client := helper.GetOpenAiClient()`: what a function of another package of the project builds and returns
  const packages = goImportedPackages(text);
  s.goImportPaths = goImportPaths(text);
  for (const m of packages.size === 0 ? [] : code.matchAll(/(?<![\w.])(\w+)(?:[ \t]*,[ \t]*\w+)?[ \t]*(:?=)[ \t]*(\w+)\.([A-Z]\w*)[ \t]*\(/g)) {
    const alias = m[3] ?? '';
    const imported = packages.get(alias);
    if (imported === undefined || s.goOfficial.has(alias) || s.goCommunity.has(alias)) continue;
    const info = project.goFactory(imported, m[4] ?? '');
    if (!info) continue;
    const name = m[1] ?? '';
    if (!s.clients.has(name)) s.clients.set(name, info);
    recordGoLocal(s, name, m.index ?? 0, info, m[2] === ':=');
  }
  // `c := NewClient()`: what a function another file of the same package builds and returns (this file defines no such function)
  const folder = lastFolder(fileName);
  let ownFunctions: Set<string> | undefined;
  for (const m of s.goCommunity.size + s.goOfficial.size === 0 || folder === '' ? [] : code.matchAll(/(?<![\w.])(\w+)(?:[ \t]*,[ \t]*\w+)?[ \t]*(:?=)[ \t]*([A-Za-z_]\w*)[ \t]*\(/g)) {
    const callee = m[3] ?? '';
    if (s.clients.has(m[1] ?? '') || (ownFunctions ??= new Set([...code.matchAll(/^func[ \t]+(\w+)/gm)].map((f) => f[1] ?? ''))).has(callee)) continue;
    const info = project.goFactory(folder, callee);
    if (!info) continue;
    s.clients.set(m[1] ?? '', info);
    recordGoLocal(s, m[1] ?? '', m.index ?? 0, info, m[2] === ':=');
  }
  // `c := user.Session.GptClient` or `session.GptClient.CreateChatCompletion(…)`: a field (of another package's type, maybe)
  // that the package's files fill only with what one function of the package returns, a client (`CreateClient(key)`)
  readGoFieldClients(code, folder, s, project);
  // `func NewOpenAiService(client *openai.Client) *OpenAiService { return &OpenAiService{client: client} }`, called
  // as `service.NewOpenAiService(openAiClient)` in main.go: the field holds what every such call hands it
  for (const m of s.goCommunity.size + s.goOfficial.size === 0 ? [] : code.matchAll(/^func[ \t]+(New\w*)[ \t]*\(([^)\n]{0,300})\)[^{\n]{0,100}\{/gm)) {
    const params = splitTopLevel(m[2] ?? '').map((p) => p.trim());
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const body = close < 0 ? '' : code.slice(open, close);
    params.forEach((param, position) => {
      const typed = /^(\w+)[ \t]+\*?(\w+)\.Client$/.exec(param);
      if (!typed || !(s.goCommunity.has(typed[2] ?? '') || s.goOfficial.has(typed[2] ?? ''))) return;
      const handed = project.goHandedClient(folder, m[1] ?? '', position);
      if (!handed) return;
      // the fields it is kept in: `{client: client}`, `s.client = client`
      for (const f of body.matchAll(new RegExp(`(?:\\b(\\w+)[ \\t]*:[ \\t]*|\\.(\\w+)[ \\t]*=[ \\t]*)${typed[1] ?? ''}\\b(?![ \\t]*[.(])`, 'g'))) {
        const field = f[1] ?? f[2] ?? '';
        const held = s.clients.get(field);
        if (!held || held.provider === 'unknown') s.clients.set(field, handed);
      }
    });
  }
}


/**
 * Go: the clients a file reads from struct fields its package fills with what one of its functions returns (see
 * `ProjectIndex.goFieldFactory`): a local given the field (`c := user.Session.GptClient`) and the field itself, called on
 * (`session.GptClient.CreateImage(…)`). Filled in this file, the field holds that client; filled in another, what it holds
 * when read here is not settled (its provider unknown).
 */
function readGoFieldClients(code: string, folder: string, s: Symbols, project: ProjectIndex): void {
  if (folder === '') return;
  const reads = new Map<string, string[]>();
  for (const m of code.matchAll(/(?<![\w.])(\w+)[ \t]*:?=[ \t]*\*?[A-Za-z_][\w.]*\.([A-Za-z_]\w*)[ \t]*$/gm)) {
    const list = reads.get(m[2] ?? '');
    if (list) list.push(m[1] ?? '');
    else reads.set(m[2] ?? '', [m[1] ?? '']);
  }
  // (the field itself is taken for a client only where it is called on and no name of the file is written like it: a parameter
  // `client` is not the field `s.client`)
  const direct = new Set<string>();
  // (through any path to it: `session.GptClient.CreateImage(…)`, `user.Session.GptClient.CreateImage(…)`)
  for (const m of code.matchAll(/(?<![\w.])\w+(?:\.\w+){0,4}?\.([A-Za-z_]\w*)\.[A-Z]\w*[ \t]*\(/g)) {
    direct.add(m[1] ?? '');
    if (!reads.has(m[1] ?? '')) reads.set(m[1] ?? '', []);
  }
  let ownFills: Map<string, string[]> | undefined;
  for (const [field, locals] of reads) {
    if (s.clients.has(field)) continue;
    const filled = project.goFieldFactory(folder, field);
    if (!filled) continue;
    const here = (ownFills ??= goFieldFills(code)).get(field)?.includes(filled.callee) === true;
    const info: ClientInfo = here ? filled.client : { family: filled.client.family, provider: 'unknown', providerDetail: `${field} is filled with what ${filled.callee}() returns in another file of the package; which client it holds here is decided at run time` };
    if (direct.has(field) && !new RegExp(`(?<![\\w.])${field}\\b(?![ \\t]*:(?!=))`).test(code)) {
      s.clients.set(field, info);
      (s.goFilledFields ??= new Set()).add(field);
    }
    for (const local of locals) if (!s.clients.has(local)) s.clients.set(local, info);
  }
}

/** Whether `pkg` is the name under which the file imports one of openai-go's subpackages (`openai-go/v3/responses`). */
function goOfficialSubpackage(text: string, pkg: string): boolean {
  for (const m of text.matchAll(/(?:^|\n|\()[ \t]*(?:import[ \t]+)?(\w+[ \t]+)?"github\.com\/openai\/openai-go(?:\/v\d+)?\/([\w/-]+)"/g)) {
    if (((m[1] ?? '').trim() || (m[2] ?? '').split('/').pop()) === pkg) return true;
  }
  return false;
}

/** Which Go SDK a client parameter's type is from. */
type GoSdk = 'go' | 'go_community' | GoLibrary;

/**
 * `func WithClient(c *openai.Client) Option {`: each top-level function's start and its client
 * parameters (name → SDK family), in source order. A closure inside belongs to its function.
 */
function goClientParameters(code: string, s: Symbols): Array<{ start: number; names: Map<string, GoSdk> }> {
  const functions: Array<{ start: number; names: Map<string, GoSdk> }> = [];
  for (const signature of code.matchAll(/^func\b[^{\n]*/gm)) {
    const names = new Map<string, GoSdk>();
    for (const m of (signature[0] ?? '').matchAll(/\b(\w+)[ \t]+\*?(\w+)\.Client\b/g)) {
      const pkg = m[2] ?? '';
      if (s.goOfficial.has(pkg)) names.set(m[1] ?? '', 'go');
      else if (s.goCommunity.has(pkg)) names.set(m[1] ?? '', s.goLibraries.get(pkg) ?? 'go_community');
    }
    functions.push({ start: signature.index ?? 0, names });
  }
  return functions;
}

/** The client parameters of the function around `offset` (the last one starting before it). */
function parameterAt(functions: Array<{ start: number; names: Map<string, GoSdk> }>, offset: number): Map<string, GoSdk> | undefined {
  let lo = 0;
  let hi = functions.length - 1;
  let found: Map<string, GoSdk> | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = functions[mid];
    if (f && f.start <= offset) {
      found = f.names;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * `openai.NewClientWithConfig(config)` where this file did not build `config` from DefaultConfig:
 * a `ClientConfig{BaseURL: …}` literal here, else a config some other function made (its base URL
 * is decided there).
 */
function goConfigElsewhere(built: string, text: string, name: string): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  if (/\.ClientConfig\s*\{/.test(built)) return goConfigLiteral(text, built);
  return { provider: 'unknown', providerDetail: `go-openai config \`${name}\` built elsewhere; its base URL is decided there` };
}

/**
 * Where a Go variable's assignments point, each read on its own: all to one destination
 * (`azureURL = fmt.Sprintf("https://%s.openai.azure.com/…")` in two branches), or a run-time
 * choice (`endpoint := "https://api.x.ai/v1"`, then `endpoint = customEndpoint`).
 */
function goAssignedDestination(statements: string[]): Pick<ClientInfo, 'provider' | 'providerDetail'> | undefined {
  // each statement's value as written on its first line
  const values = statements.map((statement) => /(?::=|=)(?!=)\s*(.+)$/m.exec(statement)?.[1]).filter((v): v is string => v !== undefined);
  if (values.length === 0) return undefined;
  const each = values.map((v) => providerFromUrlExpression(v));
  const first = each[0];
  return first && each.every((d) => d.provider === first.provider) ? first : { provider: 'unknown', providerDetail: 'base URL set more than one way at run time' };
}

/** `openai.ClientConfig{BaseURL: …}`: its base URL, else the library's default. */
function goConfigLiteral(text: string, literal: string): Pick<ClientInfo, 'provider' | 'providerDetail'> {
  const base = /\bBaseURL\s*:\s*([^,\n}]+)/.exec(literal)?.[1]?.trim();
  return base ? providerFromUrlExpression(stringConstant(text, base) ?? base) : defaultGoCommunity();
}

/**
 * Everything assigned to each Go variable in this file, read in one pass: `opts :=
 * []option.RequestOption{…}` with its whole composite literal (over several lines), and each
 * `opts = append(opts, …)`. One pass for all names: a pass per name was quadratic in files that
 * build many clients from many configs.
 */
function goAssignments(code: string, text: string): (name: string) => string[] {
  const statements = new Map<string, Array<{ start: number; line: string }>>();
  for (const m of code.matchAll(/\b(\w+)[ \t]*(?::=|=(?!=))[^\n]*/g)) {
    const name = m[1] ?? '';
    const list = statements.get(name) ?? [];
    statements.set(name, list);
    list.push({ start: m.index ?? 0, line: m[0] });
  }
  // a composite literal's extent is found only for the names asked about, once per name
  const answers = new Map<string, string[]>();
  return (name) => {
    const known = answers.get(name);
    if (known !== undefined) return known;
    const answer = (statements.get(name) ?? []).map(({ start, line }) => {
      const brace = line.indexOf('{');
      const close = brace < 0 ? -1 : matchingBracket(code, start + brace);
      return text.slice(start, close < 0 ? start + line.length : close + 1);
    });
    answers.set(name, answer);
    return answer;
  };
}

/** Module-level clients a file exports, for cross-file following (python and JS). */
export function exportedClients(
  src: SourceText,
  lexed: Lexed,
  language: SourceLanguage,
): { clients: Map<string, ClientInfo>; ownClients: ReadonlyMap<string, ClientInfo>; factories: Map<string, ClientInfo>; forwards: Map<string, string[]>; subclasses: SubclassClient[]; classClients: SubclassClient[]; instanceFactories: Map<string, string>; moduleInstances: Map<string, string> } {
  const family: Family = language === 'python' ? 'python' : language === 'go' ? 'go' : 'js';
  const symbols = collectSymbols(src, lexed, family, undefined);
  const clients = new Map([...symbols.clients].filter(([name]) => !name.includes('.')));
  // `import openai as openai_client` (`from openai_client import openai_client` elsewhere): the module
  // itself, configured as this module configures it (`openai.api_base = …`)
  if (family === 'python') {
    for (const name of symbols.modules) if (!name.includes('.') && !clients.has(name)) clients.set(name, { family: 'python', ...symbols.moduleProvider, legacyModule: true });
  }
  // `export default openai;` (`module.exports = openai`): the client is the module's default export
  if (family === 'js') {
    // a module-level client kept as a member of an exported object: `export const config = { …, OPENAI: openai }`, as `config.OPENAI`
    for (const m of clients.size > 0 ? lexed.code.matchAll(/^[ \t]*export[ \t]+(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*\{/gm) : []) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchingBracket(lexed.code, open);
      for (const member of close < 0 ? [] : lexed.code.slice(open, close).matchAll(/[{,][ \t\n]*([A-Za-z_$][\w$]*)[ \t]*:[ \t]*([A-Za-z_$][\w$]*)[ \t\n]*(?=[,}])/g)) {
        const info = clients.get(member[2] ?? '');
        if (info) clients.set(`${m[1] ?? ''}.${member[1] ?? ''}`, info);
      }
    }
    const exported = /^[ \t]*(?:export[ \t]+default|module\.exports[ \t]*=)[ \t]*([A-Za-z_$][\w$]*)[ \t]*;?[ \t]*$/m.exec(lexed.code)?.[1];
    const info = exported ? symbols.clients.get(exported) : undefined;
    if (info) clients.set('default', info);
    // a resource of a client built here, `const chat = openai.chat.completions` exported (by default or by name): importers' `chat.create(…)`
    for (const m of symbols.clients.size > 0 ? lexed.code.matchAll(/^[ \t]*(export[ \t]+)?(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)+)[ \t]*;?[ \t]*$/gm) : []) {
      const held = symbols.clients.get(m[3] ?? '');
      const resource = (m[4] ?? '').split('.').slice(1);
      if (!held || !['create', 'list', 'retrieve'].some((method) => lookupSdkMethod('node', [...resource, method]))) continue;
      if (m[1] !== undefined && !clients.has(m[2] ?? '')) clients.set(m[2] ?? '', { ...held, resource });
      if (!info && m[2] === exported) clients.set('default', { ...held, resource });
    }
    // `export default getClient;`, `export default function getClient() {…}`: the default import is that factory
    const exportedFunction = exported ?? /^[ \t]*export[ \t]+default[ \t]+(?:async[ \t]+)?function[ \t]*\*?[ \t]*([A-Za-z_$][\w$]*)/m.exec(lexed.code)?.[1];
    const factory = exportedFunction ? symbols.factories.get(exportedFunction) : undefined;
    if (factory && !symbols.factories.has('default')) symbols.factories.set('default', factory);
    // a module-level client kept as a member of the default-exported object: `export default { addMessage, openai }`, as `default.openai`
    const defaultObject = clients.size > 0 && !info ? /^[ \t]*export[ \t]+default[ \t]*\{/m.exec(lexed.code) : null;
    const defaultClose = defaultObject ? matchingBracket(lexed.code, (defaultObject.index ?? 0) + defaultObject[0].length - 1) : -1;
    if (defaultObject && defaultClose > 0) {
      for (const member of lexed.code.slice((defaultObject.index ?? 0) + defaultObject[0].length - 1, defaultClose).matchAll(/[{,][ \t\n]*([A-Za-z_$][\w$]*)(?:[ \t]*:[ \t]*([A-Za-z_$][\w$]*))?[ \t\n]*(?=[,}])/g)) {
        const kept = clients.get(member[2] ?? member[1] ?? '');
        if (kept) clients.set(`default.${member[1] ?? ''}`, kept);
      }
    }
    // `module.exports = new OpenAI({ … })`, `export default new OpenAI(…)`: built where it is exported
    const built = info ? undefined : /^[ \t]*(?:export[ \t]+default|module\.exports[ \t]*=)[ \t]*new[ \t]+([\w$.]+)[ \t]*\(/m.exec(lexed.code);
    const builtHere = (className: string, open: number): ClientInfo | undefined => {
      const cls = symbols.classes.get(className);
      if (!cls || cls === 'Configuration') return undefined;
      const made = jsClientBuilt(cls, constructorArgs(lexed.code, src.noComments, open), src.noComments);
      return { family: made.family ?? 'node', provider: made.provider, ...(made.providerDetail !== undefined ? { providerDetail: made.providerDetail } : {}) };
    };
    const builtDefault = built ? builtHere(built[1] ?? '', (built.index ?? 0) + built[0].length - 1) : undefined;
    if (builtDefault) clients.set('default', builtDefault);
    // CommonJS's named exports: `module.exports = { openai: new OpenAIApi(configuration) }` (or a module-level client under another
    // name, `{ openai: client }`), `exports.openai = new OpenAI(…)`
    const exportsObject = lexed.code.includes('exports') ? /^[ \t]*module\.exports[ \t]*=[ \t]*\{/m.exec(lexed.code) : null;
    const objectClose = exportsObject ? matchingBracket(lexed.code, (exportsObject.index ?? 0) + exportsObject[0].length - 1) : -1;
    if (exportsObject && objectClose > 0) {
      const from = (exportsObject.index ?? 0) + exportsObject[0].length - 1;
      for (const member of lexed.code.slice(from, objectClose).matchAll(/[{,][ \t\n]*([A-Za-z_$][\w$]*)[ \t]*:[ \t]*(?:new[ \t]+([\w$.]+)[ \t]*\(|([A-Za-z_$][\w$]*)[ \t\n]*(?=[,}]))/g)) {
        const made = member[2] !== undefined ? builtHere(member[2], from + (member.index ?? 0) + member[0].length - 1) : symbols.clients.get(member[3] ?? '');
        if (made && !clients.has(member[1] ?? '')) clients.set(member[1] ?? '', made);
      }
    }
    for (const m of lexed.code.includes('exports.') ? lexed.code.matchAll(/^[ \t]*(?:module\.)?exports\.([A-Za-z_$][\w$]*)[ \t]*=[ \t]*new[ \t]+([\w$.]+)[ \t]*\(/gm) : []) {
      const made = builtHere(m[2] ?? '', (m.index ?? 0) + m[0].length - 1);
      if (made && !clients.has(m[1] ?? '')) clients.set(m[1] ?? '', made);
    }
  }
  return {
    clients,
    // (also members, `this.openai`: what the file hands the project's functions)
    ownClients: symbols.clients,
    factories: symbols.factories,
    forwards: symbols.forwards,
    ...(family === 'python' ? pythonClassClients(classAttributeClients(lexed.code, src.noComments, symbols), lexed.code) : { subclasses: [], classClients: [], instanceFactories: new Map<string, string>(), moduleInstances: new Map<string, string>() }),
  };
}

/** The members a file reads off a name and goes on from (`aiUtils.openai.beta…`), by the name: `aiUtils` → {`openai`}. */
function membersReadOff(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const m of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\./g)) {
    const members = found.get(m[1] ?? '') ?? new Set<string>();
    members.add(m[2] ?? '');
    found.set(m[1] ?? '', members);
  }
  return found;
}

/** A file's `const x = y.z` lines, by `y`: each `[x, z]`. */
function takersOfMembers(text: string): Map<string, Array<[string, string]>> {
  const found = new Map<string, Array<[string, string]>>();
  for (const m of text.matchAll(/\b(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*([\w$]+)\.([\w$]+)[ \t]*;?[ \t]*$/gm)) {
    const list = found.get(m[2] ?? '') ?? [];
    list.push([m[1] ?? '', m[3] ?? '']);
    found.set(m[2] ?? '', list);
  }
  return found;
}

/**
 * `import azure_client` … `azure_client.client.chat.completions.create(…)`: clients read through an imported module of the
 * project (also `import app.llm as llm`, and a module imported from its package: `from app import llm`; a dotted module
 * read without an alias, `app.llm.client.…`, is not followed).
 */
function moduleAttributeClients(s: Symbols, code: string, project: ProjectIndex): void {
  const modules = new Map<string, string>();
  const parameterNames = new Map<string, boolean>();
  for (const m of code.matchAll(/^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/gm)) modules.set(m[2] ?? m[1] ?? '', m[1] ?? '');
  for (const imported of s.imports()) if (!s.clients.has(imported.local)) modules.set(imported.local, `${imported.module}.${imported.name}`);
  for (const m of modules.size > 0 ? code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}/g) : []) {
    // the chain's leading names (a module path of at most four) that are an imported module, then the attribute read off it
    const parts = m[0].split('.', 6);
    for (let k = 1; k < Math.min(parts.length - 1, 5); k++) {
      const local = parts.slice(0, k).join('.');
      const module = modules.get(local);
      const name = `${local}.${parts[k] ?? ''}`;
      if (module === undefined || /^openai(?:\.|$)/.test(module) || s.clients.has(name)) continue;
      const info = project.lookup(module, parts[k] ?? '');
      // (not where a function takes a parameter of the module's name: `def b(llm): llm.client…` is the caller's)
      let parameter = parameterNames.get(local);
      if (info && parameter === undefined) parameterNames.set(local, (parameter = new RegExp(`\\bdef[ \\t]+\\w+[ \\t]*\\([^)]{0,400}?(?<![\\w.])${escapeRe(local)}\\b`).test(code)));
      if (info && !parameter) s.clients.set(name, info);
      break;
    }
  }
}

/**
 * A class's clients on `self`, as the classes that inherit them see them (`classClients`), and those of subclasses (`subclasses`), which replace a base's;
 * the module functions that return an instance of such a class (`instanceFactories`), and the module's own instances of one
 * (`openai_client_factory = OpenAIClientFactory()`, `moduleInstances`), which other modules import.
 */
function pythonClassClients(all: SubclassClient[], code: string): { subclasses: SubclassClient[]; classClients: SubclassClient[]; instanceFactories: Map<string, string>; moduleInstances: Map<string, string> } {
  const classes = new Set(all.map((c) => c.subclass));
  return { subclasses: all.filter((c) => c.bases.length > 0), classClients: all, instanceFactories: all.length > 0 ? instanceFactories(code, classes) : new Map(), moduleInstances: all.length > 0 ? moduleInstances(code, classes) : new Map() };
}

/** `openai_client_factory = OpenAIClientFactory()` at a module's margin, for one of `classes`: the instance's name → its class. */
function moduleInstances(code: string, classes: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of code.matchAll(/^([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*([A-Za-z_]\w*)[ \t]*\(/gm)) {
    const [, name = '', cls = ''] = m;
    // (a name given two classes is neither's)
    if (classes.has(cls)) found.set(name, found.has(name) && found.get(name) !== cls ? '' : cls);
  }
  return found;
}

/**
 * `def get_azure_openai_service() -> AzureOpenAIService:` (or a body that returns `AzureOpenAIService(…)`) at a module's
 * top level: the function hands out an instance of one of `classes`, by the function's name.
 */
function instanceFactories(code: string, classes: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  const defs = [...code.matchAll(/^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm)];
  for (const [i, m] of defs.entries()) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    if (close < 0) continue;
    const annotated = /^[ \t]*->[ \t]*["']?([A-Za-z_]\w*)["']?[ \t]*:/.exec(code.slice(close, close + 200))?.[1];
    // (the body runs to the next line at the margin)
    const bodyEnd = /\n(?=[^\s#])/g;
    bodyEnd.lastIndex = close;
    const end = Math.min(bodyEnd.exec(code)?.index ?? code.length, defs[i + 1]?.index ?? code.length);
    const returned = annotated !== undefined && classes.has(annotated) ? annotated : [...code.slice(close, end).matchAll(/\breturn[ \t]+([A-Za-z_]\w*)[ \t]*\(/g)].map((r) => r[1] ?? '').find((c) => classes.has(c));
    if (returned) found.set(m[1] ?? '', returned);
  }
  return found;
}

/** A Python class that builds a client into an attribute (`subclass` names the class; `bases` are its base classes, perhaps none). */
export interface SubclassClient {
  subclass: string;
  bases: string[];
  attribute: string;
  client: ClientInfo;
}

/** `class AzureClient(OpenAIClient):` … `self.client = AzureOpenAI(…)`: each class's client attributes. */
function classAttributeClients(code: string, text: string, s: Symbols): SubclassClient[] {
  if (s.classes.size === 0) return [];
  const found: SubclassClient[] = [];
  for (const m of code.matchAll(/^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)]{0,300})\))?[ \t]*:/gm)) {
    const bases = (m[3] ?? '').split(',').map((b) => b.trim().split('.').pop() ?? '').filter((b) => /^[A-Za-z_]\w*$/.test(b) && b !== 'object');
    const start = m.index ?? 0;
    const end = pythonBlockEnd(code, start + m[0].length - 1, (m[1] ?? '').length);
    const body = code.slice(start, end);
    const before = found.length;
    // (a client the class builds, kept as `attribute`: its provider read off the call opened at `open` in the body)
    const built = (attribute: string, cls: string, open: number): void => {
      found.push({ subclass: m[2] ?? '', bases, attribute, client: { family: 'python', ...providerFromConstructor(cls, constructorArgs(code, text, start + open), text) } });
    };
    for (const a of body.matchAll(/\bself\.([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\(/g)) {
      const cls = s.classes.get(a[2] ?? '');
      // (or made by the class's own method: `self.client = self._get_client(async_client)`, whose returns build clients)
      const made = cls ? undefined : /^self\.([A-Za-z_]\w*)$/.exec(a[2] ?? '')?.[1];
      const factory = made === undefined ? undefined : s.factories.get(`${m[2] ?? ''}.${made}`);
      if (factory) found.push({ subclass: m[2] ?? '', bases, attribute: a[1] ?? '', client: factory });
      if (cls) built(a[1] ?? '', cls, (a.index ?? 0) + a[0].length - 1);
    }
    // a class attribute, built once for every instance (`class LlmUtils:` … `    client = AzureOpenAI(…)`, read as `LlmUtils.client`)
    const indent = /^[^\n]*\n(?:[ \t]*\n)*([ \t]+)\S/.exec(body.slice(m[0].length))?.[1];
    for (const a of indent === undefined ? [] : body.matchAll(new RegExp(`^${indent}([A-Za-z_]\\w*)[ \\t]*(?::[^=\\n]{0,80})?=[ \\t]*([A-Za-z_][\\w.]*)[ \\t]*\\(`, 'gm'))) {
      const cls = s.classes.get(a[2] ?? '');
      if (cls) built(a[1] ?? '', cls, (a.index ?? 0) + a[0].length - 1);
    }
    // a property handing out one of those (`@property def client(self): … return self._client`), its body to the next line as far in
    const own = found.slice(before);
    for (const [property, attribute] of own.length > 0 ? propertiesReturningAttributes(body) : []) {
      const kept = own.find((f) => f.attribute === attribute);
      if (kept && !own.some((f) => f.attribute === property)) found.push({ ...kept, attribute: property });
    }
  }
  return found;
}

/** `self.clients[key].chat` read as `self.clients     .chat` (same offsets), for the dicts of clients the file fills by key. */
function withKeyedClientsRead(code: string, holders: ReadonlySet<string>): string {
  const names = [...holders].map(escapeRe).join('|');
  return code.replace(new RegExp(`(?<![\\w.])(${names})\\[[^\\[\\]\\n]{1,120}\\](?=[ \\t]*\\.[ \\t]*[A-Za-z_])`, 'g'), (subscripted, name: string) => name + ' '.repeat(subscripted.length - name.length));
}

/**
 * Python dicts and lists of clients (see `keyedClients`): a holder filled by key (`clients[key] = OpenAI(…)`) or made at once
 * (`clients = [OpenAI(base_url=…) for p in ports]`, `{"a": OpenAI(), "b": AzureOpenAI(…)}`), and only when everything the file
 * puts in it is a client of the SDK: a dict that also holds an Anthropic or a Mistral client picks one of them by key.
 */
function collectKeyedClients(s: Symbols, code: string, text: string, classNames: string): void {
  const built = new Map<string, ClientInfo[]>();
  const others = new Set<string>();
  const take = (name: string, cls: string, open: number): void => {
    built.set(name, [...(built.get(name) ?? []), { family: 'python', ...providerFromConstructor(cls, constructorArgs(code, text, open), text) }]);
  };
  // filled by key: every value the file puts in the holder is looked at
  // (the pattern starts at every line: what follows the key's bracket, `] = OpenAI(`, is asked of the file first)
  for (const m of /\][ \t]*=[ \t]*[A-Za-z_][\w.]*[ \t]*\(/.test(code) ? code.matchAll(/^[ \t]*((?:self\.)?[A-Za-z_]\w*)\[[^\[\]\n]{1,120}\][ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\(/gm) : []) {
    const cls = s.classes.get(m[2] ?? '');
    if (cls) take(m[1] ?? '', cls, (m.index ?? 0) + m[0].length - 1);
    else others.add(m[1] ?? '');
  }
  // made at once: each element of the list or dict (a comprehension has one) is a constructor of the SDK's
  // (asked at the start of each line holding a constructor: most lines hold none)
  const madeAtOnce = new RegExp(`^[ \\t]*((?:self\\.)?[A-Za-z_]\\w*)[ \\t]*=[ \\t]*[\\[{][ \\t]*(?:[^{}:\\n]{1,80}:[ \\t]*)?(?:${classNames})[ \\t]*\\(`, 'my');
  const atOnce = [...startsOfLinesCalling(code, classNames)].flatMap((at) => {
    madeAtOnce.lastIndex = at;
    const made = madeAtOnce.exec(code);
    return made ? [made] : [];
  });
  for (const m of atOnce) {
    const open = (m.index ?? 0) + m[0].indexOf('=') + m[0].slice(m[0].indexOf('=')).search(/[[{]/);
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const elements = splitTopLevel(code.slice(open + 1, close - 1));
    const comprehension = elements.length === 1 && /\bfor\b/.test(elements[0] ?? '');
    const constructors = elements.map((e) => /^[ \t\n]*(?:[^{}:\n]{1,80}:[ \t]*)?([A-Za-z_][\w.]*)[ \t]*\(/.exec(comprehension ? (e.split(/\bfor\b/)[0] ?? '') : e));
    if (constructors.some((c) => !c || !s.classes.has(c[1] ?? ''))) {
      others.add(m[1] ?? '');
      continue;
    }
    for (const c of constructors) if (c) take(m[1] ?? '', s.classes.get(c[1] ?? '') ?? 'OpenAI', open + 1 + code.slice(open + 1).indexOf(c[1] ?? '') + (c[1] ?? '').length);
  }
  for (const [name, infos] of built) {
    if (others.has(name) || (s.clients.has(name) && !s.keyedClients?.has(name))) continue;
    const first = infos[0] as ClientInfo;
    s.clients.set(name, infos.every((i) => i.provider === first.provider) ? first : { family: 'python', provider: 'unknown', providerDetail: `${name} holds clients built in more than one way, picked by key at run time` });
    (s.keyedClients ??= new Set()).add(name);
  }
}

/** The starts of the lines holding a call of one of `classNames` (found going forward: walking back from each of many constructors on one line was quadratic). */
function startsOfLinesCalling(code: string, classNames: string): Set<number> {
  const lineStarts = new Set<number>();
  let lineStart = 0;
  for (const c of code.matchAll(new RegExp(`\\n|(?<![\\w.])(?:${classNames})[ \\t]*\\(`, 'g'))) {
    if (c[0] === '\n') lineStart = (c.index ?? 0) + 1;
    else lineStarts.add(lineStart);
  }
  return lineStarts;
}
