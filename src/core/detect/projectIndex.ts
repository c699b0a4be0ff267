import { phpClassUrlConstants, phpInheritedUrlConstants, phpScriptUrls } from './phpScriptUrls';
import { calledMethodNames, declaredRequestReported, emptyRetrofitFacts, mergeRetrofitFacts, retrofitFacts } from './retrofit';
import type { RetrofitFacts } from './retrofit';
import type { ClientInfo } from './clients';
import { defaultGoCommunity } from './clients';
import { languageForFileName, mayMentionOpenAI } from './languages';
import type { DetectLanguage } from './languages';
import { lex, matchingBracket, splitTopLevel } from './lexer';
import { exportedClients } from './sdkCalls';
import type { SubclassClient } from './sdkCalls';
import { FileFacts, mergeByName, nonEmpty } from './fileFacts';
import { fileFolderKey, fileModuleKey, goImportedPackages, indexedFolder, jsModuleKeys, lastFolder, goPackage, importedFolderKey, kotlinPackage, kotlinTopLevelUrls, moduleKey, namedImports, phpIncludes } from './imports';
import { isSdkResource } from './sdkMap';
import { GO_FIELD_FILL, goFieldFills } from './goFieldFills';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import type { LocalSender } from './localHelpers';
import { guzzleSubclassBases, isFixedEndpoint, requestSendingFunctions } from './httpCalls';
import type { SourceLanguage } from '../model';
import { sourceText, withUnixLineEnds } from './sourceText';
import { objectName, PROPERTY } from './objectLiterals';
import { lastBefore } from './sorted';
import { configuredBase, rubyClassClientMethods, rubyConstantClients, rubyHandedClients } from './rubySdk';
import type { RubyHandedClient } from './rubySdk';
import { okGoDoItBuild } from './okGoDoItSdk';
import { dotnetRootBuild } from './dotnetSdk';
import { azureJavaBuild } from './azureJavaSdk';
import { theokanningBuild } from './theokanningSdk';
import { openAIJavaBuild } from './javaSdk';
import { phpClassClientMethods } from './phpSdk';
import type { SdkDestination } from './sdkBase';
import { openAIKotlinBuild } from './kotlinSdk';
import { openAISwiftBuild } from './openAISwiftSdk';
import { clientBuilds } from './clientBuilds';
import type { ClientBuild } from './clientBuilds';
import { faradayMethodBases, httpartyBases } from './rubyHttparty';
import { isSpringConfigPath, parseSpringConfig, springConfigPaths } from './springConfig';

/** Text a file must have to define a function that sends a request: one of the HTTP calls' names. */
const MAY_SEND = /(?:fetch\w*|_fetch|customFetch|post|get|put|patch|delete|request|Request|requestUrl|EventSource|urlopen|NewRequest(?:WithContext)?|Post|Get|Do|axios|ajax|got|ofetch|ky|stream)[ \t]*\(/i;

/** How a Java or Kotlin file builds Azure's Java client (see azureJavaBuild), lexed once. */
function javaBuild(text: string, lexed: Lexed): ClientBuild | '' | undefined {
  return azureJavaBuild(sourceText(text, lexed).noComments, lexed.code);
}

/** The languages whose files are modules the index keeps by name (Python's, JavaScript's and TypeScript's). */
type ModuleLanguage = 'python' | 'javascript' | 'typescript' | 'javascriptreact' | 'typescriptreact';

function isModuleLanguage(language: DetectLanguage | undefined): language is ModuleLanguage {
  return language === 'python' || language === 'javascript' || language === 'typescript' || language === 'javascriptreact' || language === 'typescriptreact';
}

/** A file that may define request-sending functions: its text until they are read (on first need), then what was found. */
export interface SenderSource {
  /** Its module key (`fileModuleKey`), or a Go file's package key (`goPackage`). */
  key: string;
  /** Its folder and name (`fileFolderKey`), for a module. */
  folder?: string;
  text?: string;
  language: SourceLanguage;
  found?: ReadonlyMap<string, LocalSender>;
}

/** The sender sources by key and by folder, in the order their files were read, and Go's keys by package name. */
interface SenderLists {
  byKey: Map<string, SenderSource[]>;
  byFolder: Map<string, SenderSource[]>;
  goKeysByName: Map<string, string[]>;
}

/** A module of Nuxt's (or Nitro's) `server/utils/` folder, whose exports the server's routes use without importing them. */
const NUXT_SERVER_UTIL = /(?:^|[\\/])server[\\/]utils[\\/][^\\/]+\.(?:ts|js|mjs)$/;

/** A test's file (`tests/test_llm.py`, `llm_test.py`, `src/llm.spec.ts`): its calls of a helper are no requests of the application. */
const TEST_FILE = /(?:^|[\\/])(?:tests?|__tests__|spec)[\\/]|(?:^|[\\/])test_[^\\/]*\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/** The names a file calls with a string literal first, on lines that are no comments: `post_openai("embeddings", …)`. */
function namesCalledWithLiteral(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*\([ \t\r\n]*[rfbu]{0,2}["'`]/g)) {
    const name = m[1] ?? '';
    if (names.has(name)) continue;
    // (the line before the call read back 200 characters at most: a minified line's calls are code)
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (!/^[ \t]*(?:\/\/|#|\*|\/\*)/.test(line)) names.add(name);
  }
  return names;
}

/** A ProjectIndex's contents as plain, cloneable maps. */
export interface ProjectIndexData {
  /** By module key, then by file (two files can share a key), the clients each file builds at its top level. */
  byModule: Map<string, Map<string, Map<string, ClientInfo>>>;
  /** The rest by file (see `FileFacts`): what each file adds to the project's factories, URL constants, Go packages, other languages' facts, module keys. */
  moduleFacts: Map<string, ModuleFileFacts>;
  urls: Map<string, Map<string, string>>;
  goFacts: Map<string, GoFileFacts>;
  otherFacts: Map<string, OtherFileFacts>;
  moduleFiles: Map<string, string>;
  /** Every file read. */
  files: Set<string>;
  pythonClassClients: Map<string, Array<{ cls: string; attribute: string; client: ClientInfo }>>;
  reexports: Map<string, Map<string, Map<string, { module: string; name: string }>>>;
  /** By file, the client it exports as its default, under its folder key (`fileFolderKey`). */
  defaultClients: Map<string, { folder: string; client: ClientInfo }>;
  nuxtServerUtils: Map<string, Map<string, ClientInfo>>;
  /** By file, the request-sending functions it defines (read), under its key and folder. */
  senders: Map<string, SenderSource>;
  communityBuilds: Map<string, Map<string, ClientBuild | ''>>;
  clientBuilds: Map<string, { family: 'python' | 'js'; ways: ClientBuild[] }>;
  classRequestBases: Map<string, Map<string, string>>;
  rubyHanded: Map<string, Map<string, RubyHandedClient[]>>;
  memberClients: Map<string, Map<string, Map<string, ClientInfo>>>;
  goOpenAIBuilds: Map<string, { defaults: number; others: number }>;
  springProperties: Map<string, Map<string, string>>;
  dartConstants: Map<string, Map<string, string>>;
  retrofitCalls: Map<string, string[]>;
  includedUrls: Map<string, Map<string, string>>;
  rubyClassClients: Map<string, Map<string, string>>;
  handedClients: Map<string, Map<string, HandedArgument[]>>;
  goHanded: Map<string, Map<string, HandedArgument[]>>;
  goWrapperMethods: Map<string, string[]>;
  goFieldFills: Map<string, GoFieldFills>;
  importedNames: Map<string, Map<string, Map<string, string>>>;
  getterClients: Map<string, Map<string, GetterClient>>;
}

/** What one JavaScript or Python file adds to the project's factories (see `ProjectIndex.factory`). */
export interface ModuleFileFacts {
  factories?: Map<string, ClientInfo>;
  /** Functions that return another function's result, name → callees (not the file's factories). */
  forwards?: Map<string, Set<string>>;
  subclasses?: SubclassClient[];
  instanceFactories?: Map<string, string>;
  moduleInstances?: Map<string, string>;
}

/** What the project's JavaScript and Python files add up to (see `ModuleFileFacts`), with the answers worked out from it. */
interface ModuleFactsView {
  /** By name ('unknown' where two files define one name to two destinations). */
  factories: Map<string, ClientInfo>;
  forwards: Map<string, Set<string>>;
  /** Python: client attributes that subclasses build, by base class then attribute. */
  subclasses: Map<string, Map<string, { subclass: string; client: ClientInfo }>>;
  /** Python: module functions returning an instance of a class keeping clients, by name: the class ('' when two disagree). */
  instanceFactories: Map<string, string>;
  /** Python: module-level instances of such a class (`openai_client_factory = OpenAIClientFactory()`), by the module's key, then name: the class. */
  moduleInstances: Map<string, Map<string, string>>;
  /** The factories by the module that defines them, and by the folder holding it (for imports of a folder's index). */
  byModule: Map<string, Map<string, ClientInfo>>;
  byFolder: Map<string, Map<string, ClientInfo>>;
  /** Whether some factory returns clients as members (`name#key` entries: `return { aiClient }`). */
  memberFactories: boolean;
  /** factory() answers. */
  resolved: Map<string, ClientInfo | undefined>;
}

/** What one Go file adds to its package's facts: by `package.name`, its clients, URL constants and names reassigned at run time; by `folder.name`, its factories. */
export interface GoFileFacts {
  /** By package, then name. */
  clients?: Map<string, Map<string, ClientInfo>>;
  urls?: Map<string, string>;
  reassigned?: Set<string>;
  factories?: Map<string, ClientInfo>;
}

/** What one file of another language adds to the project's facts, each read from anywhere in the project. */
export interface OtherFileFacts {
  /** Ruby: top-level constants holding an HTTP client made with a literal base. */
  rubyClients?: Map<string, string>;
  /** Ruby: the `uri_base` an `OpenAI.configure` block sets. */
  rubyBase?: string;
  /** PHP: classes' methods that return an openai-php client, by `Class::method`. */
  phpClientFactories?: Map<string, SdkDestination>;
  /** C#: the literal bases of the HttpClients `AddHttpClient` registers. */
  csharpClientBases?: Map<string, string>;
  /** Java, Kotlin, C#, Dart, Swift, Scala, Rust: URL constants of a class (see `classUrlConstants`). */
  classUrls?: Map<string, string>;
  /** The same languages: API paths a class keeps in a constant, `OpenAIConst.CHATGPT_MAPPING = "v1/chat/completions"` (see `classPathConstants`). */
  classPaths?: Map<string, string>;
  /** Java, Kotlin: Spring beans' literal bases, by type. */
  springBases?: Map<string, string>;
  retrofit?: RetrofitFacts;
  /** Elixir: the modules it defines. */
  elixirModules?: Set<string>;
  /** Elixir: the `api_url` a `config :openai, …` of the openai package sets: the literal, or '' for one read at run time. */
  elixirOpenAIUrl?: string;
}

/** The project's view of `OtherFileFacts`: '' (null for PHP) where two files disagree. */
interface OtherFactsView {
  rubyClients: Map<string, string>;
  rubyBase: string | undefined;
  phpClientFactories: Map<string, SdkDestination | null>;
  csharpClientBases: Map<string, string>;
  classUrls: Map<string, string>;
  classPaths: Map<string, string>;
  springBases: Map<string, string>;
  retrofit: RetrofitFacts;
  elixirModules: Set<string>;
  elixirOpenAIUrl: string | undefined;
}

/** JavaScript: a class that hands out its member client's resources by getters (`get images() { return this.openai.images; }`). */
export interface GetterClient {
  className: string;
  /** Whether the module exports the class as its default. */
  exportedDefault: boolean;
  /** The resources its getters hand out: `['images']`. */
  resources: string[];
  client: ClientInfo;
}

/** Go: the struct fields one file fills with what a function of its package returns (`s.GptClient = *client` after `client := CreateClient(key)`). */
export interface GoFieldFills {
  folder: string;
  /** field → the functions whose results fill it */
  fills: Map<string, string[]>;
}

/** What one call of a project's Python function hands it: by position or keyword, a client the calling file builds (null: something else). */
export interface HandedArgument {
  position?: number;
  keyword?: string;
  client: ClientInfo | null;
  /** Python: the project's function that made the client handed (`self.client = build_openai_client(…)`), read when asked (`client`, what the calling file read of it, stands only where the index knows no such factory). */
  factory?: string;
}

/**
 * Clients built at module level anywhere in the project, by module name, so a call in one file
 * can follow a plain import (`from app.clients import client`, `import { client } from './clients'`)
 * to where the client was built; and functions or methods anywhere in the project that build and
 * return a client, by name (`config.initialize_openai()`).
 */
export class ProjectIndex {
  /** By module key, then by file: an edited file's entries are replaced, an emptied one's go. */
  private readonly byModule: Map<string, Map<string, Map<string, ClientInfo>>>;
  /** A module key's clients over its files (a later file's name wins), built when first asked for after a change. */
  private readonly mergedModules = new Map<string, Map<string, ClientInfo>>();
  /** What each JavaScript and Python file adds to the project's factories (see `ModuleFileFacts`). */
  private readonly moduleFacts: FileFacts<ModuleFileFacts, ModuleFactsView>;
  /** URLs held in module-level constants, by file; by module name and by folder and name (`backend/api`, for imports whose path says which). */
  private readonly urls: FileFacts<Map<string, string>, { byModule: Map<string, Map<string, string>>; byFolder: Map<string, Map<string, string>> }>;
  /**
   * Python: clients a class keeps on `self`, by file (an edited file's replace its earlier ones), for the classes that inherit
   * them (`class Agent(BaseAgent)`) and the instances made of them; `classClientsByName` reads them by class then attribute,
   * rebuilt when asked after a change.
   */
  private readonly pythonClassClients: Map<string, Array<{ cls: string; attribute: string; client: ClientInfo }>>;
  private classClientsByName: Map<string, Map<string, ClientInfo>> | undefined;
  /** Python: the names a module imports from another (`from .client import client` in `app/llm/__init__.py`), by module key, which importers of it may take from it. */
  /** A module name → each file of that name (a path) → what it hands on from another module, by the name it offers. */
  private readonly reexports: Map<string, Map<string, Map<string, { module: string; name: string }>>>;
  /** Go: what each file adds to its package's clients, URL constants and factories (see `GoFileFacts`); a package spans several files. */
  private readonly goFacts: FileFacts<GoFileFacts, { clients: Map<string, ClientInfo>; urls: Map<string, string>; reassigned: Set<string>; factories: Map<string, ClientInfo> }>;
  /** Every JavaScript/TypeScript and Python module of the project by its key (`fileModuleKey`), clients or not, by file. */
  private readonly moduleFiles: FileFacts<string, Set<string>>;
  /** The client a module exports as its default, by the module's last folder and name (`lib/openai`). */
  private readonly defaultClients: FileFacts<{ folder: string; client: ClientInfo }, Map<string, ClientInfo>>;
  /** Nuxt's `server/utils/` modules' exported clients, by name and file: a server route uses them without importing them. */
  private readonly nuxtServerUtils: Map<string, Map<string, ClientInfo>>;
  /**
   * Files that may define functions sending a request to a URL their caller hands them, by file: read only when another
   * file asks for them (finding a file's senders reads every function body, and few files' are ever asked for), by the
   * module that defines them (`fileModuleKey`) or its folder and name (`fileFolderKey`: `tools/store.py` is not
   * `backend.store`), or in Go by package (`goPackage`): a call from another file is a request.
   */
  private readonly senderFiles: Map<string, SenderSource>;
  /** The sender files by key and folder, made when first asked for after a change. */
  private senderListsMade: SenderLists | undefined;
  /** Each key's and folder's senders (the first file's of a name winning), built when asked for, until a sender file changes. */
  private readonly senders = new Map<string, Map<string, LocalSender>>();
  private readonly sendersByFolder = new Map<string, Map<string, LocalSender>>();
  /** Ruby, PHP, C#, Java, Kotlin, Dart, Swift, Scala, Rust, Elixir: what each file adds to the project's facts (see `OtherFileFacts`). */
  private readonly otherFacts: FileFacts<OtherFileFacts, OtherFactsView>;
  /** How each of the project's Python and JavaScript files builds the SDK's clients, by file. */
  private readonly builds: Map<string, { family: 'python' | 'js'; ways: ClientBuild[] }>;
  /** Ruby classes that include HTTParty with one literal `base_uri`, by file and qualified name. */
  private readonly classRequestBases: Map<string, Map<string, string>>;
  /** Per Go package: a pattern of its URL constants' names (see `usesPackageUrl`), made on first need. */
  private readonly packageUrlPatterns = new Map<string, RegExp | null>();
  /** Per Ruby file: the clients it builds and hands to classes (`Svc.new(client, …)`), by the class's last name. */
  private readonly rubyHanded: Map<string, Map<string, RubyHandedClient[]>>;
  /** The ways all files build them, by family (cleared when a file is indexed). */
  private buildsByFamily: Map<string, Set<ClientBuild>> | undefined;
  /** How each file builds a community SDK's client, by SDK (`okgodoit`, `openaiswift`) and file ('' for two ways in one file). */
  private readonly communityBuilds: Map<string, Map<string, ClientBuild | ''>>;
  /** A JavaScript module's one class's members that hold a client it builds (`this.client = new OpenAI(…)`), by module, then file. */
  private readonly memberClients: Map<string, Map<string, Map<string, ClientInfo>>>;
  /** JavaScript: by module then file, the client a module's one class hands out resource by resource through getters (`get images() { return this.openai.images; }`). */
  private readonly getterClients: Map<string, Map<string, GetterClient>>;
  /** How each Go file builds go-openai clients: `openai.NewClient(key)` (its DefaultConfig, api.openai.com) or otherwise. */
  private readonly goOpenAIBuilds: Map<string, { defaults: number; others: number }>;
  /** A Spring Boot configuration file read (`service/src/main/resources/application.yml`) → the properties it sets. */
  private readonly springProperties: Map<string, Map<string, string>>;
  /** A Dart file (its path) → the URL constants it declares at the top level (`const chatGPTEndpoint = 'https://…';`). */
  private readonly dartConstants: Map<string, Map<string, string>>;
  /** By Java or Kotlin file, the names of the methods it calls on anything (see `retrofitServices`). */
  private readonly retrofitCalls: Map<string, string[]>;
  /** The project's Retrofit facts with `called` filled in, until a file changes. */
  private retrofitView: RetrofitFacts | undefined;
  /**
   * A C or C++ file (its path) → the URL constants it declares at file level (`const string OPENAI_URL = "https://…";`, `#define`);
   * a PHP file → the URLs its script assigns at the margin (`$apiurl = "https://…";`, by `$apiurl`) or defines (`define('API_URL', …)`).
   * Files that include it by path read them.
   */
  private readonly includedUrls: Map<string, Map<string, string>>;
  /** The names `includedUrls` holds, read again after a C, C++ or PHP file changes. */
  private includedNames: Set<string> | undefined;
  /** A Ruby file → its class methods that build a client (`OpenaiClient.client`), each with the statement that builds it. */
  private readonly rubyClassClients: Map<string, Map<string, string>>;
  /** Python: the arguments each call of an imported function hands it, by the function's name, then the calling file (read again, a file's replace its own). */
  private readonly handedClients: Map<string, Map<string, HandedArgument[]>>;
  /** Go: what calls of another package's constructor (`service.NewOpenAiService(client)`) hand it, by `folder.Function`, then the calling file. */
  private readonly goHanded: Map<string, Map<string, HandedArgument[]>>;
  /** Go: the methods each file importing go-openai defines on its own types (`func (c *openAIClient) RetrieveBatch(…)`), a wrapper's. */
  private readonly goWrapperMethods: Map<string, string[]>;
  /** Go: by file, the fields it fills with its package's functions' results; `goFieldFillsByKey` reads them by `folder.Field`, rebuilt when they change. */
  private readonly goFieldFills: Map<string, GoFieldFills>;
  private goFieldFillsByKey: Map<string, Set<string>> | undefined;
  /**
   * Python and JavaScript: by importing file (not a test's), the names it imports and calls with a literal first argument
   * (`from services.openai_client import post_openai_json` … `post_openai_json("chat/completions", …)`), by the key of their
   * module, each with the module as written; `importersByKey` reads them by module, rebuilt when asked after a change.
   */
  private readonly importedNames: Map<string, Map<string, Map<string, string>>>;
  private importersByKey: Map<string, Array<{ file: string; names: Map<string, string> }>> | undefined;

  /** Every file read (`addFile`, `addRequestSenders`) and not removed since. */
  private readonly files: Set<string>;

  /** Empty, or what `data()` of another index (maybe on another thread) held. */
  constructor(data?: ProjectIndexData) {
    this.byModule = data?.byModule ?? new Map();
    this.files = data?.files ?? new Set();
    this.moduleFacts = new FileFacts(data?.moduleFacts ?? new Map(), mergeModuleFacts);
    this.urls = new FileFacts(data?.urls ?? new Map(), mergeUrls);
    this.pythonClassClients = data?.pythonClassClients ?? new Map();
    this.reexports = data?.reexports ?? new Map();
    this.goFacts = new FileFacts(data?.goFacts ?? new Map(), mergeGoFacts);
    this.moduleFiles = new FileFacts(data?.moduleFiles ?? new Map(), (files) => new Set(files.values()));
    // (two files of one folder key, `apps/web/src/lib/openai.ts` and `apps/api/src/lib/openai.ts`: the one read last decides)
    this.defaultClients = new FileFacts(data?.defaultClients ?? new Map(), (files) => new Map([...files.values()].map(({ folder, client }) => [folder, client])));
    this.nuxtServerUtils = data?.nuxtServerUtils ?? new Map();
    this.senderFiles = data?.senders ?? new Map();
    this.otherFacts = new FileFacts(data?.otherFacts ?? new Map(), mergeOtherFacts);
    this.communityBuilds = data?.communityBuilds ?? new Map();
    this.builds = data?.clientBuilds ?? new Map();
    this.classRequestBases = data?.classRequestBases ?? new Map();
    this.rubyHanded = data?.rubyHanded ?? new Map();
    this.memberClients = data?.memberClients ?? new Map();
    this.getterClients = data?.getterClients ?? new Map();
    this.goOpenAIBuilds = data?.goOpenAIBuilds ?? new Map();
    this.springProperties = data?.springProperties ?? new Map();
    this.dartConstants = data?.dartConstants ?? new Map();
    this.retrofitCalls = data?.retrofitCalls ?? new Map();
    this.includedUrls = data?.includedUrls ?? new Map();
    this.rubyClassClients = data?.rubyClassClients ?? new Map();
    this.handedClients = data?.handedClients ?? new Map();
    this.goHanded = data?.goHanded ?? new Map();
    this.goWrapperMethods = data?.goWrapperMethods ?? new Map();
    this.goFieldFills = data?.goFieldFills ?? new Map();
    this.importedNames = data?.importedNames ?? new Map();
  }

  /**
   * What the index holds, as plain maps a worker thread can post (structured clone): a scan
   * thread hands its index to the editor, whose live analysis then follows imports as the scan did.
   */
  data(): ProjectIndexData {
    // (the senders read now, each file's without its text: the other thread need not read them again)
    const senders = new Map<string, SenderSource>();
    for (const [file, source] of this.senderFiles) {
      const found = readSenders(source);
      // (one that defines none too: it still counts among its package's keys, `goImportedSenders`)
      senders.set(file, { key: source.key, ...(source.folder !== undefined ? { folder: source.folder } : {}), language: source.language, found });
    }
    return { byModule: this.byModule, moduleFacts: this.moduleFacts.byFile, urls: this.urls.byFile, goFacts: this.goFacts.byFile, otherFacts: this.otherFacts.byFile, moduleFiles: this.moduleFiles.byFile, files: this.files, pythonClassClients: this.pythonClassClients, reexports: this.reexports, defaultClients: this.defaultClients.byFile, nuxtServerUtils: this.nuxtServerUtils, senders, communityBuilds: this.communityBuilds, clientBuilds: this.builds, classRequestBases: this.classRequestBases, rubyHanded: this.rubyHanded, memberClients: this.memberClients, goOpenAIBuilds: this.goOpenAIBuilds, springProperties: this.springProperties, dartConstants: this.dartConstants, retrofitCalls: this.retrofitCalls, includedUrls: this.includedUrls, rubyClassClients: this.rubyClassClients, handedClients: this.handedClients, goHanded: this.goHanded, goWrapperMethods: this.goWrapperMethods, goFieldFills: this.goFieldFills, importedNames: this.importedNames, getterClients: this.getterClients };
  }

  /**
   * Only the request-sending functions of a file the scan's prefilter passed over (it names no
   * OpenAI term), read because a candidate may call them: another file of its Go package, a module it imports
   * (and, of a Python module, the names it imports from others, which it hands on; of a module, the URLs it keeps).
   */
  addRequestSenders(fileName: string, raw: string): void {
    // (a file read in full before, now only for its senders, as a scan reads a file that names no OpenAI term: what it added goes)
    if (this.files.has(fileName)) this.removeFile(fileName);
    this.files.add(fileName);
    const text = withUnixLineEnds(raw);
    const language = languageForFileName(fileName);
    // (a package's `__init__.py` that names no OpenAI term may still hand on a client: `from .client import client`; so may
    // a folder's `index.js`: `export { default as llm } from './llm.js'`)
    if (isModuleLanguage(language)) this.addReexports(fileName, text, language === 'python' ? 'python' : 'js');
    // (and the URLs it keeps: `module.exports = axios.create({ baseURL: 'https://openrouter.ai/api/v1' })` in a config module)
    if (isModuleLanguage(language)) this.urls.set(fileName, /(?:https?|wss?):\/\//i.test(text) ? nonEmpty(moduleUrlConstants(lexIndexed(text, language))) : undefined);
    if (!MAY_SEND.test(text)) this.setSenders(fileName, undefined);
    else if (language === 'go') this.setSenders(fileName, { key: goPackage(text, fileName), text, language });
    else if (isModuleLanguage(language)) this.setSenders(fileName, { key: fileModuleKey(fileName), folder: fileFolderKey(fileName), text, language });
  }

  /** Replaces a file's request-sending functions, read on first need (see `senderFiles`); undefined: it defines none. */
  private setSenders(fileName: string, source: SenderSource | undefined): void {
    // (a file read again keeps its place, as a rescan would read it)
    if (source) this.senderFiles.set(fileName, source);
    else if (!this.senderFiles.delete(fileName)) return;
    this.senderListsMade = undefined;
    this.senders.clear();
    this.sendersByFolder.clear();
  }

  private senderLists(): SenderLists {
    if (this.senderListsMade) return this.senderListsMade;
    const lists: SenderLists = { byKey: new Map(), byFolder: new Map(), goKeysByName: new Map() };
    const push = <E>(map: Map<string, E[]>, key: string, source: E): void => {
      const list = map.get(key);
      if (list) list.push(source);
      else map.set(key, [source]);
    };
    for (const source of this.senderFiles.values()) {
      push(lists.byKey, source.key, source);
      if (source.folder !== undefined) push(lists.byFolder, source.folder, source);
    }
    // (Go's keys, `folder:package`, by package name: a module's have no colon)
    for (const key of lists.byKey.keys()) {
      const colon = key.lastIndexOf(':');
      if (colon >= 0) push(lists.goKeysByName, key.slice(colon + 1), key);
    }
    return (this.senderListsMade = lists);
  }

  /** The senders of one key or folder, built from its files on first need, the first file's of a name winning. */
  private sendersAt(built: Map<string, Map<string, LocalSender>>, lists: Map<string, SenderSource[]>, key: string): Map<string, LocalSender> | undefined {
    let merged = built.get(key);
    if (!merged) {
      merged = new Map<string, LocalSender>();
      for (const source of lists.get(key) ?? []) for (const [name, sender] of readSenders(source)) if (!merged.has(name)) merged.set(name, sender);
      built.set(key, merged);
    }
    return merged.size > 0 ? merged : undefined;
  }

  /**
   * A function the module an import names defines that sends a request to a URL it is handed
   * (`from .api import post_json`). With the importing file's path, an import that names a folder
   * (`backend.store`, `../lib/http`) takes that folder's module, or a top-level file of the folder
   * scanned (`http_utils.py` for `app.http_utils`, when `app` is what was scanned). A JavaScript
   * import through a path alias or a package (`@utils/http`, `#lib/http`, `@acme/shared/http`) names
   * folders the project maps elsewhere: it falls back to the module's name, as `urlConstant` does.
   */
  senderIn(module: string, name: string, importer?: string): LocalSender | undefined {
    const folder = importer !== undefined ? importedFolderKey(module, importer) : undefined;
    const lists = this.senderLists();
    const byName = (): LocalSender | undefined => this.sendersAt(this.senders, lists.byKey, moduleKey(module))?.get(name);
    if (folder === undefined) return byName();
    const found = this.sendersAt(this.sendersByFolder, lists.byFolder, folder)?.get(name) ?? this.sendersAt(this.sendersByFolder, lists.byFolder, folder.split('/').pop() ?? '')?.get(name);
    return found ?? (!module.startsWith('.') && module.includes('/') ? byName() : undefined);
  }

  /** The request-sending functions of Go package `pkg` (see `goPackage`), from any of its files. */
  goSenders(pkg: string): ReadonlyMap<string, LocalSender> | undefined {
    return this.sendersAt(this.senders, this.senderLists().byKey, pkg);
  }

  /**
   * Go: the request-sending functions of another package of the project a file imports (`import "github.com/u/oai-go/api"`, then
   * `api.Request(http.MethodPost, url, req, &res)`): the package whose folder the import path ends with and whose name is its last
   * segment. None when two such packages could be meant.
   */
  goImportedSenders(importPath: string): ReadonlyMap<string, LocalSender> | undefined {
    const last = importPath.split('/').pop() ?? '';
    const lists = this.senderLists();
    const keys = (lists.goKeysByName.get(last) ?? []).filter((key) => {
      const folder = key.slice(0, key.lastIndexOf(':'));
      return folder.split('/').pop() === last && `/${importPath}`.endsWith(`/${folder}`);
    });
    return keys.length === 1 ? this.sendersAt(this.senders, lists.byKey, keys[0] ?? '') : undefined;
  }

  private addGoFile(fileName: string, text: string): void {
    this.packageUrlPatterns.clear();
    // by package: another package's field of the same name is another field
    const pkg = goPackage(text, fileName);
    let lexed: Lexed | undefined;
    const lexedGo = (): Lexed => (lexed ??= lex(text, 'go'));
    this.setSenders(fileName, MAY_SEND.test(text) ? { key: pkg, text, language: 'go' } : undefined);
    this.addGoFieldFills(fileName, text, lexedGo);
    const facts: GoFileFacts = {};
    // `const baseURL = "http://localhost/v1"` in one file of a package, `option.WithBaseURL(baseURL)` in another
    const urls = text.includes('http') ? nonEmpty(new Map([...goPackageUrls(text)].map(([name, url]) => [`${pkg}.${name}`, url]))) : undefined;
    if (urls) facts.urls = urls;
    // `baseURL = v` in an init() or a flag bound to `&baseURL`: the value is set at run time
    const reassigned = nonEmpty(new Set([...goAssignedInFunctions(text)].map((name) => `${pkg}.${name}`)));
    if (reassigned) facts.reassigned = reassigned;
    // (how it builds go-openai clients, for a client another file hands in: see goOpenAIDefaultsOnly)
    // go-openai under the name the file imports it by (`redis.NewClient(…)` is another library's), read from its line's start as
    // collectGo reads it (from every blank of a long run it was quadratic)
    const goOpenAIImport = /(?:^|\n|\()[ \t]*(?:import[ \t]+)?(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/sashabaranov\/go-openai"/.exec(text);
    const goOpenAIAlias = goOpenAIImport === null ? undefined : (goOpenAIImport[1] ?? 'openai');
    if (/github\.com\/sashabaranov\/go-openai\b/.test(text)) {
      const code = lexedGo().code;
      const alias = goOpenAIAlias ?? 'openai';
      const defaults = code.match(new RegExp(`\\b${escapeRe(alias)}\\.NewClient[ \\t]*\\(`, 'g'))?.length ?? 0;
      const others = (code.match(/\.NewClientWithConfig[ \t]*\(|\bDefaultAzureConfig\b|\.BaseURL\b/g)?.length ?? 0);
      this.goOpenAIBuilds.set(fileName, { defaults, others });
      const methods = [...code.matchAll(/\bfunc[ \t]*\([ \t]*\w+[ \t]+\*?\w+[ \t]*\)[ \t]*([A-Z]\w*)[ \t]*[(\[]/g)].map((m) => m[1] ?? '');
      if (methods.length > 0) this.goWrapperMethods.set(fileName.replace(/\\/g, '/'), methods);
      else this.goWrapperMethods.delete(fileName.replace(/\\/g, '/'));
    } else {
      this.goOpenAIBuilds.delete(fileName);
      this.goWrapperMethods.delete(fileName.replace(/\\/g, '/'));
    }
    if (!/github\.com\/(?:openai\/openai-go|sashabaranov\/go-openai|sashabaranov\/go-gpt3|PullRequestInc\/go-gpt3|ayush6624\/go-chatgpt|meinside\/openai-go|Azure\/azure-sdk-for-go\/sdk\/ai\/azopenai)/.test(text)) {
      // (a file that no longer imports a client library: what it built and handed before goes)
      this.goFacts.set(fileName, urls || reassigned ? facts : undefined);
      replaceFileEntries(this.goHanded, fileName, new Map());
      return;
    }
    const { clients } = exportedClients(sourceText(text, lexedGo()), lexedGo(), 'go');
    // (by the package's folder, the last segment of the path other packages import it by: `"app/internal/helper"`)
    const folder = lastFolder(fileName);
    // (go-openai's constructor returned in place, `return openai.NewClient(key)`: its default base)
    const factories = nonEmpty(new Map([...goFunctionsReturningClients(lexedGo().code, clients, goOpenAIAlias)].map(([name, info]): [string, ClientInfo] => [`${folder}.${name}`, { ...info, providerDetail: `${info.providerDetail ?? info.provider} (built by ${folder}.${name}())` }])));
    if (factories) facts.factories = factories;
    this.addGoHandedClients(fileName, lexedGo().code, text, clients);
    const packageClients = clients.size > 0 ? new Map([[pkg, clients]]) : undefined;
    if (packageClients) facts.clients = packageClients;
    this.goFacts.set(fileName, facts.urls || facts.reassigned || factories || packageClients ? facts : undefined);
  }

  /** The clients class `cls` (anywhere in the project) keeps on `self`, by attribute. */
  classClients(cls: string): ReadonlyMap<string, ClientInfo> | undefined {
    if (!this.classClientsByName) {
      this.classClientsByName = new Map();
      for (const found of this.pythonClassClients.values()) {
        for (const { cls: name, attribute, client } of found) {
          const byAttribute = this.classClientsByName.get(name) ?? new Map<string, ClientInfo>();
          this.classClientsByName.set(name, byAttribute);
          const before = byAttribute.get(attribute);
          // (two classes of one name, or one attribute built two ways: which one a subclass gets is not ours to tell)
          byAttribute.set(attribute, before && before.provider !== client.provider ? { family: client.family, provider: 'unknown', providerDetail: `${name}.${attribute} is built in more than one way in the project` } : client);
        }
      }
    }
    return this.classClientsByName.get(cls);
  }

  /** The class whose instance a module function of the project returns, when that class keeps clients (see `classClients`). */
  instanceFactory(name: string): string | undefined {
    return this.moduleFacts.view.instanceFactories.get(name) || undefined;
  }

  /** The class of a module-level instance `module` keeps, when that class keeps clients (see `classClients`). */
  moduleInstance(module: string, name: string): string | undefined {
    return this.moduleFacts.view.moduleInstances.get(moduleKey(module))?.get(name) || undefined;
  }

  hasClassClients(): boolean {
    return this.pythonClassClients.size > 0;
  }

  /** A client that some subclass of `baseClass` (anywhere in the project) builds into `self.<attribute>`. */
  subclassClient(baseClass: string, attribute: string): { subclass: string; client: ClientInfo } | undefined {
    return this.moduleFacts.view.subclasses.get(baseClass)?.get(attribute);
  }

  /**
   * Whether a Go file reads a URL constant another file of its package declares (`openRouterURL` in a package whose
   * `openrouter.go` holds `const openRouterURL = "https://openrouter.ai/api/v1/chat/completions"`): a file that names no OpenAI
   * term, which the prefilter would pass over, may still send that request. So may a PHP script reading a URL of a script it
   * requires, and a Kotlin file reading a top-level URL constant of its package.
   */
  usesPackageUrl(text: string, fileName: string): boolean {
    if (fileName.endsWith('.php')) return (this.includedUrls.size > 0 && this.readsIncludedPhpUrl(text, fileName)) || (!this.otherFacts.empty && text.includes('extends') && phpInheritedUrlConstants(text, (key) => this.classUrlConstant(key)).size > 0);
    if (/\.kts?$/.test(fileName)) return !this.otherFacts.empty && this.readsPackageKotlinUrl(text);
    if (this.goFacts.empty || languageForFileName(fileName) !== 'go') return false;
    const prefix = `${goPackage(text, fileName)}.`;
    // (one pattern per package, made on first need: a scan asks once per file of the package)
    let pattern = this.packageUrlPatterns.get(prefix);
    if (pattern === undefined) {
      const names = [...this.goFacts.view.urls].filter(([key, url]) => key.startsWith(prefix) && url !== '' && !this.goFacts.view.reassigned.has(key)).map(([key]) => escapeRe(key.slice(prefix.length)));
      this.packageUrlPatterns.set(prefix, (pattern = names.length > 0 ? new RegExp(`(?<![\\w.])(?:${names.join('|')})\\b`) : null));
    }
    return pattern !== null && pattern.test(text);
  }

  /** Whether a Kotlin file names a URL constant another file declares at the top level of its package (see `classUrlConstants`). */
  private readsPackageKotlinUrl(text: string): boolean {
    const prefix = `${kotlinPackage(text)}::`;
    // (the constant-like names the file writes, found once)
    let written: Set<string> | undefined;
    for (const [key, url] of this.otherFacts.view.classUrls) {
      if (url === '' || !key.startsWith(prefix)) continue;
      written ??= new Set(text.match(/(?<![\w.$])[A-Z_][A-Z0-9_]*\b/g) ?? []);
      if (written.has(key.slice(prefix.length))) return true;
    }
    return false;
  }

  /** The URLs the scripts a PHP script requires give (see `phpScriptUrls`), by name: the first include's where two give one name. */
  phpRequiredUrls(text: string, fileName: string): Map<string, string> {
    const shared = new Map<string, string>();
    // (each included file once: a script may require the same one many times)
    const files = new Set(phpIncludes(text).map((include) => this.includedBeside(fileName, include)));
    for (const urls of files) for (const [name, url] of urls ?? []) if (!shared.has(name)) shared.set(name, url);
    return shared;
  }

  /** Whether a PHP script requires a script of the project that assigns a URL (see `phpScriptUrls`) and names one of its names. */
  private readsIncludedPhpUrl(text: string, fileName: string): boolean {
    const shared = this.phpRequiredUrls(text, fileName);
    if (shared.size === 0) return false;
    for (const m of text.matchAll(/\$?[A-Za-z_]\w*/g)) if (shared.has(m[0])) return true;
    return false;
  }

  /** A URL that some file of package `pkg` keeps in a package-level constant or variable of that name. */
  goUrlConstant(pkg: string, name: string): string | undefined {
    return this.goFacts.view.reassigned.has(`${pkg}.${name}`) ? undefined : this.goFacts.view.urls.get(`${pkg}.${name}`) || undefined;
  }

  /** The URL a class of the project keeps in a constant (`Constants.OPENAI_URL`), by `Class.NAME`. */
  classUrlConstant(name: string): string | undefined {
    return this.otherFacts.view.classUrls.get(name) || undefined;
  }

  /** The API path a class of the project keeps in a constant (`OpenAIConst.CHATGPT_MAPPING`), by `Class.NAME`. */
  classPathConstant(name: string): string | undefined {
    return this.otherFacts.view.classPaths.get(name) || undefined;
  }

  /** The literal base of the HTTP client a Ruby file of the project keeps in top-level constant `name`. */
  rubyClientBase(name: string): string | undefined {
    return this.otherFacts.view.rubyClients.get(name) || undefined;
  }

  /**
   * Whether the project's files build the SDK's clients (of that family) and only with its default base URL: a client
   * handed in to a function whose callers are not followed is then one of those (api.openai.com).
   */
  onlyDefaultClients(family: 'python' | 'js'): boolean {
    if (!this.buildsByFamily) {
      this.buildsByFamily = new Map();
      for (const { family: of, ways } of this.builds.values()) this.buildsByFamily.set(of, new Set([...(this.buildsByFamily.get(of) ?? []), ...ways]));
    }
    const ways = this.buildsByFamily.get(family);
    return ways?.size === 1 && ways.has('default');
  }

  /** The literal `base_uri` of the project's HTTParty class of that qualified name (`OpenAi::Base`), or of its PHP Guzzle subclass (`php:App\OpenAI\Client`). */
  classRequestBase(qualifiedName: string): string | undefined {
    // (two files declaring the class with two bases: which one a subclass gets is not ours to tell)
    const bases = new Set([...this.classRequestBases.values()].flatMap((classes) => classes.get(qualifiedName) ?? []));
    return bases.size === 1 ? [...bases][0] : undefined;
  }

  /**
   * How the project's files build an SDK's client (a community SDK's, or the official .NET SDK's `OpenAIClient`, `'dotnet'`), when
   * they all build it one way (a client handed in is one of those).
   */
  communityBuild(sdk: 'okgodoit' | 'openaiswift' | 'azurejava' | 'openaikotlin' | 'theokanning' | 'openaijava' | 'dotnet'): ClientBuild | undefined {
    const ways = new Set(this.communityBuilds.get(sdk)?.values() ?? []);
    return ways.size === 1 ? [...ways][0] || undefined : undefined;
  }

  private setCommunityBuild(sdk: string, fileName: string, build: ClientBuild | '' | undefined): void {
    const byFile = this.communityBuilds.get(sdk) ?? new Map<string, ClientBuild | ''>();
    if (build === undefined) byFile.delete(fileName);
    else byFile.set(fileName, build);
    this.communityBuilds.set(sdk, byFile);
  }

  /** Whether any Ruby file of the project has a class method that builds a client (`OpenaiClient.client`). */
  hasRubyClassClients(): boolean {
    return this.rubyClassClients.size > 0;
  }

  /** The statement that builds the client a Ruby class method returns (`OpenaiClient.client`), when one file of the project defines it. */
  rubyClassClient(qualified: string): string | undefined {
    const found = [...this.rubyClassClients.values()].map((methods) => methods.get(qualified)).filter((s): s is string => s !== undefined);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Whether any Ruby file of the project hands a client it builds to a class (`Svc.new(client, …)`). */
  hasRubyHandedClients(): boolean {
    return this.rubyHanded.size > 0;
  }

  /** What the project's files hand a Ruby class of this name when they make one (`Svc.new(client, …)`). */
  rubyHandedClients(cls: string): RubyHandedClient[] {
    return [...this.rubyHanded.values()].flatMap((classes) => classes.get(cls) ?? []);
  }

  /** What an `OpenAI.configure` block of the project sets as the Ruby gem's `uri_base` (see `configuredBase`), '' when files disagree. */
  rubyOpenAIBase(): string | undefined {
    return this.otherFacts.view.rubyBase;
  }

  /**
   * The project's Retrofit services (Java, Kotlin), for calls of their methods in other files; `called` holds those of their
   * methods' names some file read calls (`.generateImage(`), the rest being declared only.
   */
  retrofitServices(): RetrofitFacts {
    const merged = this.otherFacts.view.retrofit;
    if (this.retrofitView?.apis !== merged.apis) {
      // (only the interfaces' own method names are kept: the files call thousands of others)
      const declared = new Set([...merged.apis.values()].flatMap((methods) => [...methods.keys()]));
      const called = new Set<string>();
      for (const names of declared.size === 0 ? [] : this.retrofitCalls.values()) for (const name of names) if (declared.has(name)) called.add(name);
      this.retrofitView = { ...merged, called };
    }
    return this.retrofitView;
  }

  /**
   * Whether a Java, Kotlin or Groovy file calls a method of the project's Retrofit or declarative-client interfaces that sends a
   * request this tool reports (`client.ask(request)`), naming the interface's type (`@Inject ChatClient client`): another
   * object's method of the same name (`users.list()`) is not the interface's.
   */
  callsDeclaredService(text: string, fileName: string): boolean {
    if (!/\.(?:java|kts?|groovy)$/.test(fileName)) return false;
    const facts = this.retrofitServices();
    if (facts.apis.size === 0) return false;
    let called: Set<string> | undefined;
    for (const [api, methods] of facts.apis) {
      if (!new RegExp(`\\b${escapeRe(api)}\\b`).test(text)) continue;
      called ??= calledMethodNames(text);
      for (const [name, endpoint] of methods) if (called.has(name) && declaredRequestReported(facts, api, endpoint)) return true;
    }
    return false;
  }

  /** A Java, Kotlin or Groovy file's Retrofit and declarative-client facts, and the names of the methods it calls. */
  private recordRetrofit(fileName: string, text: string, other: OtherFileFacts): void {
    const retrofit = retrofitFacts(text);
    if (retrofit.apis.size + retrofit.bases.size + retrofit.constants.size + retrofit.holders.size > 0) other.retrofit = retrofit;
    // (kept apart from the facts merged per file: a project's Kotlin files call thousands of names)
    const called = calledMethodNames(text);
    if (called.size > 0) this.retrofitCalls.set(fileName, [...called]);
    else this.retrofitCalls.delete(fileName);
    this.retrofitView = undefined;
  }

  /** The one literal base the project's Spring beans of this type (`WebClient`, `RestClient`) are built with, if there is one. */
  springBase(type: string): string | undefined {
    return this.otherFacts.view.springBases.get(type) || undefined;
  }

  /** What `Class::method()` returns when the project's PHP class of that name builds an openai-php client there. */
  phpClientFactory(qualified: string): SdkDestination | undefined {
    return this.otherFacts.view.phpClientFactories.get(qualified) ?? undefined;
  }

  hasPhpClientFactories(): boolean {
    return this.otherFacts.view.phpClientFactories.size > 0;
  }

  /** The literal base of the HttpClient registered with `AddHttpClient` under this name, or typed client class written `<Class>` ('' when it is not a literal, or two differ); undefined when none is registered so. */
  csharpClientBase(nameOrType: string): string | undefined {
    return this.otherFacts.view.csharpClientBases.get(nameOrType);
  }

  /** Reads a Spring Boot configuration file (`src/main/resources/application.properties`, `.yml`) for its module's `@Value` fields. */
  addSpringConfig(fileName: string, text: string): void {
    this.files.add(fileName);
    this.springProperties.set(fileName.replace(/\\/g, '/'), parseSpringConfig(fileName, withUnixLineEnds(text)));
  }

  /**
   * The value the configuration of a source file's Spring Boot module sets for a property: `application.properties`'s, which
   * Spring Boot prefers, else the YAML files' when they agree.
   */
  springProperty(sourceFile: string, property: string): string | undefined {
    const [properties, ...yaml] = springConfigPaths(sourceFile);
    const preferred = properties === undefined ? undefined : this.springProperties.get(properties)?.get(property);
    if (preferred !== undefined) return preferred;
    const values = new Set(yaml.map((config) => this.springProperties.get(config)?.get(property)).filter((v): v is string => v !== undefined));
    return values.size === 1 ? [...values][0] : undefined;
  }

  /**
   * A URL constant a Dart file declares at the top level, for a file importing it by `uri` (`'const.dart'`,
   * `'../utils/const.dart'`, `'package:app/utils/const.dart'`): the imported file is found by its path, relative to the
   * importer or under a `lib/` folder.
   */
  dartConstant(importer: string, uri: string, name: string): string | undefined {
    if (this.dartConstants.size === 0 || !uri.endsWith('.dart') || uri.startsWith('dart:')) return undefined;
    const packaged = /^package:[\w.]+\/(.+)$/.exec(uri)?.[1];
    let target: string | undefined;
    if (packaged === undefined) {
      const parts = importer.replace(/\\/g, '/').split('/').slice(0, -1);
      for (const part of uri.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.' && part !== '') parts.push(part);
      }
      target = parts.join('/');
    }
    for (const [path, constants] of this.dartConstants) {
      if (target !== undefined ? path === target || path.endsWith(`/${target}`) : path === `lib/${packaged}` || path.endsWith(`/lib/${packaged}`)) {
        const url = constants.get(name);
        if (url !== undefined) return url;
      }
    }
    return undefined;
  }

  /**
   * A URL constant a C or C++ file declares, for a file including it (`#include "openai_client.h"`): the included file found
   * beside the importer, else by its path's end anywhere in the project (headers kept under `include/`, an include written
   * `../include/x.h`); undefined where files of that name disagree. (A PHP script's are read by `phpRequiredUrls`, from the
   * script's folder only, as PHP looks.)
   */
  includedUrl(importer: string, include: string, name: string): string | undefined {
    if (!this.includedUrlNames().has(name)) return undefined;
    const besideUrl = this.includedBeside(importer, include)?.get(name);
    if (besideUrl !== undefined) return besideUrl;
    const tail = include.replace(/^(?:\.\.?\/)+/, '');
    const found = new Set<string>();
    for (const [path, constants] of this.includedUrls) {
      const url = path === tail || path.endsWith(`/${tail}`) ? constants.get(name) : undefined;
      if (url !== undefined) found.add(url);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  private setIncludedUrls(fileName: string, constants: Map<string, string>): void {
    const path = fileName.replace(/\\/g, '/');
    if (constants.size > 0) this.includedUrls.set(path, constants);
    else if (!this.includedUrls.delete(path)) return;
    this.includedNames = undefined;
  }

  /** The URLs of the file an include names from the importer's folder (`..` and `.` read), if the project has that file. */
  includedBeside(importer: string, include: string): ReadonlyMap<string, string> | undefined {
    const parts = importer.replace(/\\/g, '/').split('/').slice(0, -1);
    for (const part of include.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.' && part !== '') parts.push(part);
    }
    return this.includedUrls.get(parts.join('/'));
  }

  /** Every name some C, C++ or PHP file of the project declares a URL constant under (a cheap test before a lookup). */
  private includedUrlNames(): ReadonlySet<string> {
    return (this.includedNames ??= new Set([...this.includedUrls.values()].flatMap((constants) => [...constants.keys()])));
  }

  /** Whether some Elixir file of the project defines module `name` (`OpenAI`: then `OpenAI.chat_completion(…)` is the app's own). */
  definesElixirModule(name: string): boolean {
    return this.otherFacts.view.elixirModules.has(name);
  }

  /** The `api_url` the project's configuration gives the Elixir openai package: a literal, '' when read at run time, undefined when none. */
  elixirOpenAIUrl(): string | undefined {
    return this.otherFacts.view.elixirOpenAIUrl;
  }

  /** `service.NewOpenAiService(openAiClient)`: what each call of another package's constructor hands it, from a Go file that builds clients. */
  private addGoHandedClients(fileName: string, code: string, text: string, clients: ReadonlyMap<string, ClientInfo>): void {
    const packages = goImportedPackages(text);
    const found = new Map<string, HandedArgument[]>();
    for (const m of code.matchAll(/(?<![\w.])(\w+)\.(New\w*)[ \t]*\(/g)) {
      const folder = packages.get(m[1] ?? '');
      if (folder === undefined) continue;
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchingBracket(code, open, 2000);
      if (close < 0) continue;
      const key = `${folder}.${m[2] ?? ''}`;
      const handed = splitTopLevel(code.slice(open + 1, close - 1)).map((arg, position): HandedArgument => ({ position, client: clients.get(arg.trim().replace(/^[&*]/, '')) ?? null }));
      found.set(key, [...(found.get(key) ?? []), ...handed]);
    }
    replaceFileEntries(this.goHanded, fileName, found);
  }

  /** The client every call in the project of `folder.name(…)` hands it at `position`, when each hands one its file builds, all to one provider. */
  goHandedClient(folder: string, name: string, position: number): ClientInfo | undefined {
    const handed = [...(this.goHanded.get(`${folder}.${name}`)?.values() ?? [])].flat().filter((h) => h.position === position);
    return agreedClient(handed, `every call of ${name}() in the project`);
  }

  /** `client := CreateClient(key)` … `user.Session.Client = *client`: the fields this file fills with its package's functions' results. */
  private addGoFieldFills(fileName: string, text: string, lexedGo: () => Lexed): void {
    const had = this.goFieldFills.delete(fileName);
    if (!GO_FIELD_FILL.test(text)) {
      if (had) this.goFieldFillsByKey = undefined;
      return;
    }
    const fills = goFieldFills(lexedGo().code);
    if (fills.size > 0) this.goFieldFills.set(fileName, { folder: lastFolder(fileName), fills });
    if (had || fills.size > 0) this.goFieldFillsByKey = undefined;
  }

  /**
   * What a Go struct field holds when the project's files of `folder` fill it only with what one function of that folder
   * returns, a client (`CreateClient(key)` returning `openai.NewClient(key)`): that function's name and its client.
   */
  goFieldFactory(folder: string, field: string): { callee: string; client: ClientInfo } | undefined {
    if (!this.goFieldFillsByKey) {
      const byKey = new Map<string, Set<string>>();
      for (const { folder: at, fills } of this.goFieldFills.values()) {
        for (const [name, callees] of fills) {
          const key = `${at}.${name}`;
          const all = byKey.get(key) ?? new Set<string>();
          for (const callee of callees) all.add(callee);
          byKey.set(key, all);
        }
      }
      this.goFieldFillsByKey = byKey;
    }
    const callees = [...(this.goFieldFillsByKey.get(`${folder}.${field}`) ?? [])];
    const client = callees.length === 1 ? this.goFactory(folder, callees[0] ?? '') : undefined;
    return client ? { callee: callees[0] ?? '', client } : undefined;
  }

  /** What `folder.name()` returns, when a Go file in a folder of that name (an imported package's path ends in it) builds and returns a client there. */
  goFactory(folder: string, name: string): ClientInfo | undefined {
    return this.goFacts.view.factories.get(`${folder}.${name}`);
  }

  /** A Go variable or struct field that some file of package `pkg` (see `goPackage`) declares or builds as a client. */
  goClient(pkg: string, name: string): ClientInfo | undefined {
    return this.goFacts.view.clients.get(`${pkg}.${name}`);
  }

  /**
   * A file's new text (saved in the editor), read as a scan reads it: in full when it may name OpenAI, else only for the
   * functions other files may call to send requests (what it added before goes either way). A Spring Boot configuration
   * file is read for its properties.
   */
  updateFile(fileName: string, raw: string): void {
    if (isSpringConfigPath(fileName)) this.addSpringConfig(fileName, raw);
    else if (mayMentionOpenAI(raw)) this.addFile(fileName, raw);
    else this.addRequestSenders(fileName, raw);
  }

  /** Forgets a file the project no longer has (deleted, or renamed from): what it added goes, as if it had never been read. */
  removeFile(fileName: string): void {
    this.addFile(fileName, '');
    this.moduleFiles.set(fileName, undefined);
    this.springProperties.delete(fileName.replace(/\\/g, '/'));
    this.files.delete(fileName);
  }

  /** The files read that are `path` or lie under it (a folder deleted or renamed). */
  filesAt(path: string): string[] {
    const folder = path.endsWith('/') ? path : `${path}/`;
    return [...this.files].filter((file) => file === path || file.startsWith(folder));
  }

  addFile(fileName: string, raw: string): void {
    this.files.add(fileName);
    if (isSpringConfigPath(fileName)) {
      this.addSpringConfig(fileName, raw);
      return;
    }
    // read as the detector reads it (see detectCallSites)
    const text = withUnixLineEnds(raw);
    const language = languageForFileName(fileName);
    if (language === 'go') {
      this.addGoFile(fileName, text);
      return;
    }
    // (what the file adds to the project's facts of other languages, replacing what it added before)
    const other: OtherFileFacts = {};
    const setOther = (): void => this.otherFacts.set(fileName, Object.keys(other).length > 0 ? other : undefined);
    if (language === 'elixir') {
      const modules = nonEmpty(new Set([...text.matchAll(/^[ \t]*defmodule[ \t]+([A-Z][\w.]*)[ \t]+do\b/gm)].map((m) => m[1] ?? '')));
      if (modules) other.elixirModules = modules;
      // (only the configuration a release runs with: `config/test.exs` and `config/dev.exs` point tests and development elsewhere)
      const apiUrl = /(?:^|\/)config\/(?:config|runtime|prod|releases)\.exs$/.test(fileName) ? elixirOpenAIUrl(text) : undefined;
      if (apiUrl !== undefined) other.elixirOpenAIUrl = apiUrl;
      setOther();
      return;
    }
    if (language === 'ruby') {
      const clients = nonEmpty(rubyClientConstants(text));
      if (clients) other.rubyClients = clients;
      const lexed = text.includes('HTTParty') || text.includes('OpenAI::Client') || text.includes('Faraday.new') ? lex(text, 'hash') : undefined;
      const noComments = lexed ? sourceText(text, lexed).noComments : '';
      // (with the methods that build a Faraday connection on a literal URL, by `Class#method`)
      const classes = new Map([...(lexed && text.includes('HTTParty') ? httpartyBases(lexed.code, noComments) : []), ...(lexed && text.includes('Faraday.new') ? faradayMethodBases(lexed.code, noComments) : [])]);
      if (classes.size > 0) this.classRequestBases.set(fileName, classes);
      else this.classRequestBases.delete(fileName);
      // (and its constants keeping a client, `::OpenAIClient`: a Rails initializer's, read by every file)
      const classClients = lexed && text.includes('OpenAI::Client') ? new Map([...rubyClassClientMethods(lexed.code, noComments), ...rubyConstantClients(lexed.code, noComments)]) : new Map<string, string>();
      if (classClients.size > 0) this.rubyClassClients.set(fileName, classClients);
      else this.rubyClassClients.delete(fileName);
      const handed = lexed && text.includes('OpenAI::Client') ? rubyHandedClients(lexed.code, noComments) : new Map<string, RubyHandedClient[]>();
      if (handed.size > 0) this.rubyHanded.set(fileName, handed);
      else this.rubyHanded.delete(fileName);
      const configured = configuredBase(text);
      if (configured !== undefined) other.rubyBase = configured;
      setOther();
      return;
    }
    // (a PHP subclass of Guzzle's client setting its base, kept beside the HTTParty classes as `php:Namespace\Class`: its instances' requests go there)
    // (a PHP file lexed once, on first need)
    let phpNoComments: string | undefined;
    const phpNoCommentsOf = (): string => (phpNoComments ??= sourceText(text, lex(text, 'hash')).noComments);
    if (language === 'php') {
      const guzzle = text.includes('base_uri') && text.includes('GuzzleHttp') ? guzzleSubclassBases(phpNoCommentsOf()) : new Map<string, string>();
      if (guzzle.size > 0) this.classRequestBases.set(fileName, new Map([...guzzle].map(([cls, base]) => [`php:${cls}`, base])));
      else this.classRequestBases.delete(fileName);
    }
    // (read without comments: a commented-out `new OpenAIAPI(…)` builds nothing)
    // (a PHP class whose methods return an openai-php client: `final class ClientFactory { public static function get(): Client { return OpenAI::client(…); } }`)
    if (language === 'php') this.setIncludedUrls(fileName, text.includes('://') ? phpScriptUrls(phpNoCommentsOf()) : new Map());
    // (and its classes' URL constants, which a subclass in another file reads as `self::GPT4_URL`)
    const phpClassUrls = language === 'php' && text.includes('://') && text.includes('const') ? nonEmpty(phpClassUrlConstants(phpNoCommentsOf())) : undefined;
    if (phpClassUrls) other.classUrls = phpClassUrls;
    const phpFactories = language === 'php' && /\bOpenAI[ \t]*::[ \t]*(?:[Cc]lient|[Ff]actory)\b/.test(text) ? nonEmpty(phpClassClientMethods(text)) : undefined;
    if (phpFactories) other.phpClientFactories = phpFactories;
    if (language === 'csharp' || language === 'swift') {
      const sdk = language === 'csharp' ? 'okgodoit' : 'openaiswift';
      const builds = language === 'csharp' ? text.includes('OpenAIAPI') || text.includes('OpenAIClient') : text.includes('OpenAISwift');
      const lexed = builds ? lex(text, 'c') : undefined;
      const noComments = lexed && text.includes(language === 'csharp' ? 'OpenAIAPI' : 'OpenAISwift') ? sourceText(text, lexed).noComments : undefined;
      this.setCommunityBuild(sdk, fileName, noComments === undefined ? undefined : language === 'csharp' ? okGoDoItBuild(noComments) : openAISwiftBuild(noComments));
      // (the official SDK's OpenAIClient, built in one way across the project: a DI registration in Program.cs, one handed in elsewhere)
      if (language === 'csharp') this.setCommunityBuild('dotnet', fileName, lexed && text.includes('OpenAIClient') ? dotnetRootBuild(lexed.code) : undefined);
      const registered = language === 'csharp' && text.includes('AddHttpClient') ? nonEmpty(registeredHttpClients(text)) : undefined;
      if (registered) other.csharpClientBases = registered;
    }
    if (language === 'c' || language === 'cpp') {
      this.setIncludedUrls(fileName, text.includes('://') ? cFileUrls(text) : new Map());
      return;
    }
    // (Groovy's declarative clients: Micronaut's `@Client` interfaces, in tests and in apps)
    if (language === 'groovy') {
      this.recordRetrofit(fileName, text, other);
      setOther();
      return;
    }
    if (language !== undefined && CLASS_CONSTANT_LANGUAGES.has(language)) {
      // (the file's declared types read once, when either asks)
      let types: Array<{ at: number; name: string }> | undefined;
      const typesOf = (): Array<{ at: number; name: string }> => (types ??= declaredTypes(text));
      const classUrls = nonEmpty(classUrlConstants(text, typesOf));
      if (classUrls) other.classUrls = classUrls;
      const classPaths = text.includes('v1/') || /["']\/?[a-z_]+\/[a-z]/.test(text) ? nonEmpty(classPathConstants(text, typesOf)) : undefined;
      if (classPaths) other.classPaths = classPaths;
      if (language === 'dart') {
        const constants = dartTopLevelUrls(text);
        if (constants.size > 0) this.dartConstants.set(fileName.replace(/\\/g, '/'), constants);
        else this.dartConstants.delete(fileName.replace(/\\/g, '/'));
      }
      if (language === 'java' || language === 'kotlin') {
        // (the file lexed once, on first need, for the three SDKs' builds)
        let lexed: Lexed | undefined;
        const lexedOf = (): Lexed => (lexed ??= lex(text, 'c'));
        this.setCommunityBuild('azurejava', fileName, text.includes('com.azure.ai.openai') ? javaBuild(text, lexedOf()) : undefined);
        this.setCommunityBuild('theokanning', fileName, theokanningBuild(text, lexedOf));
        this.setCommunityBuild('openaijava', fileName, openAIJavaBuild(text, lexedOf));
        if (language === 'kotlin') this.setCommunityBuild('openaikotlin', fileName, text.includes('com.aallam.openai') ? openAIKotlinBuild(text) : undefined);
        this.recordRetrofit(fileName, text, other);
        const springBases = nonEmpty(springBeanBases(text));
        if (springBases) other.springBases = springBases;
      }
      setOther();
      return;
    }
    setOther();
    if (!isModuleLanguage(language)) return;
    this.moduleFiles.set(fileName, fileModuleKey(fileName));
    // (an edited file's earlier default export goes, the new one, if any, is set below; so do its Nuxt server utilities)
    this.defaultClients.set(fileName, undefined);
    for (const byFile of this.nuxtServerUtils.values()) byFile.delete(fileName);
    // (an edited file's earlier clients, and what its calls handed, go)
    if (this.builds.delete(fileName)) this.buildsByFamily = undefined;
    replaceFileEntries(this.handedClients, fileName, new Map());
    this.addReexports(fileName, text, language === 'python' ? 'python' : 'js');
    this.setImportedNames(fileName, text, language === 'python' ? 'python' : 'js');
    const names = /OpenAI|openai/.test(text);
    this.setSenders(fileName, names || MAY_SEND.test(text) ? { key: fileModuleKey(fileName), folder: fileFolderKey(fileName), text, language } : undefined);
    const base = fileModuleKey(fileName);
    // (and the members its one class kept clients in, and the client its getters handed out)
    // (a folder's `index.ts` is also the module its folder names: `import { openai } from "@/lib/ai"` reads lib/ai/index.ts)
    const moduleKeys = language === 'python' ? [base] : jsModuleKeys(fileName);
    for (const key of moduleKeys) this.mergedModules.delete(key);
    if (this.pythonClassClients.delete(fileName)) this.classClientsByName = undefined;
    for (const [index, keys] of [[this.memberClients, [base]], [this.getterClients, [base]], [this.byModule, moduleKeys]] as const) {
      for (const key of keys) {
        const byFile: Map<string, unknown> | undefined = index.get(key);
        if (byFile?.delete(fileName) && byFile.size === 0) index.delete(key);
      }
    }
    if (!names) {
      this.moduleFacts.set(fileName, undefined);
      // `LM_URL = "http://localhost:1234/v1/chat/completions"` in a config module that names no client
      this.urls.set(fileName, /(?:https?|wss?):\/\//i.test(text) ? nonEmpty(moduleUrlConstants(lexIndexed(text, language))) : undefined);
      return;
    }
    const lexed = lexIndexed(text, language);
    const src = sourceText(text, lexed);
    const family = language === 'python' ? 'python' : 'js';
    const ways = [...clientBuilds(lexed.code, src.noComments, family)];
    if (ways.length > 0) {
      this.builds.set(fileName, { family, ways });
      this.buildsByFamily = undefined;
    }
    const { clients, ownClients, factories, forwards, subclasses, classClients, instanceFactories, moduleInstances } = exportedClients(src, lexed, language);
    if (classClients.length > 0) {
      this.pythonClassClients.set(fileName, classClients.map(({ subclass: cls, attribute, client }) => ({ cls, attribute, client })));
      this.classClientsByName = undefined;
    }
    const facts: ModuleFileFacts = {};
    if (factories.size > 0) facts.factories = factories;
    const forwarded = nonEmpty(new Map([...forwards].filter(([name]) => !factories.has(name)).map(([name, callees]) => [name, new Set(callees)])));
    if (forwarded) facts.forwards = forwarded;
    if (subclasses.length > 0) facts.subclasses = subclasses;
    if (instanceFactories.size > 0) facts.instanceFactories = instanceFactories;
    if (moduleInstances.size > 0) facts.moduleInstances = moduleInstances;
    this.moduleFacts.set(fileName, Object.keys(facts).length > 0 ? facts : undefined);
    this.urls.set(fileName, nonEmpty(moduleUrlConstants(lexed)));
    // (Python: also a member whose destination the file says, `ResponseProcessor(self.config, self.client)` in the class that
    // builds `self.client`, in a file of one class (two classes' `self.client` are two clients); one the file cannot place is
    // left for the project's other rules)
    const oneClass = language === 'python' && (lexed.code.match(/^[ \t]*class[ \t]+\w/gm)?.length ?? 0) === 1;
    if (language === 'python') this.addHandedClients(fileName, lexed.code, oneClass ? new Map([...clients, ...[...ownClients].filter(([name, info]) => /^self\.\w+$/.test(name) && info.provider !== 'unknown')]) : clients);
    else this.addJsHandedClients(fileName, text, lexed.code, ownClients);
    // (a JavaScript module of one class: the members it keeps a client in, read as `this.provider.client` by the classes it is injected in)
    const members = language !== 'python' && (lexed.code.match(/\bclass[ \t]+[A-Za-z_$]/g)?.length ?? 0) === 1 ? [...ownClients].filter(([name]) => /^this\.[\w$]+$/.test(name)).map(([name, info]): [string, ClientInfo] => [name.slice(5), info]) : [];
    // (by file within the module's name: an Angular `openai.provider.ts` beside the NestJS one is another module)
    // (the file's earlier entries went above)
    if (members.length > 0) this.memberClients.set(base, (this.memberClients.get(base) ?? new Map<string, Map<string, ClientInfo>>()).set(fileName, new Map(members)));
    // (and one whose getters hand out a member's resources, `get images() { return this.openai.images; }`: its instances serve as that client)
    const getters = members.length > 0 && /\bget[ \t]+[\w$]+[ \t]*\(/.test(lexed.code) ? getterForwardedClient(lexed.code, new Map(members)) : undefined;
    if (getters) this.getterClients.set(base, (this.getterClients.get(base) ?? new Map<string, GetterClient>()).set(fileName, getters));
    if (clients.size === 0) return;
    if (NUXT_SERVER_UTIL.test(fileName)) {
      // (only what the module exports: `export const openai = …`, `export { openai }`)
      for (const [name, info] of clients) {
        if (name === 'default' || name.includes('.') || !new RegExp(`\\bexport[ \\t]+(?:const|let|var)[ \\t]+${escapeRe(name)}\\b|\\bexport[ \\t]*\\{[^}]{0,2000}?(?<![\\w$])${escapeRe(name)}(?![\\w$])`).test(lexed.code)) continue;
        const byFile = this.nuxtServerUtils.get(name) ?? new Map<string, ClientInfo>();
        byFile.set(fileName, info);
        this.nuxtServerUtils.set(name, byFile);
      }
    }
    const exportedDefault = clients.get('default');
    this.defaultClients.set(fileName, exportedDefault ? { folder: fileFolderKey(fileName), client: exportedDefault } : undefined);
    for (const key of moduleKeys) this.byModule.set(key, (this.byModule.get(key) ?? new Map<string, Map<string, ClientInfo>>()).set(fileName, new Map(clients)));
  }

  /**
   * `simplify_text(line, client)` in a script that builds `client = openai.OpenAI(…)` at its top level and
   * imports `simplify_text` from a module of the project: what the call hands each parameter.
   */
  private addHandedClients(file: string, code: string, clients: ReadonlyMap<string, ClientInfo>): void {
    // (a module of the project imported whole counts too: `import bot.services.vision_service as vision_mod` … `vision_mod.analyze(client, …)`)
    const modules = [...code.matchAll(/^[ \t]*import[ \t]+([A-Za-z_][\w.]*)(?:[ \t]+as[ \t]+([A-Za-z_]\w*))?[ \t]*$/gm)].filter((m) => !/^openai\b/.test(m[1] ?? '') && (m[2] !== undefined || (m[1] ?? '').includes('.')));
    const imported = namedImports(code, 'python').filter((i) => !/^openai\b/.test(i.module));
    const found = new Map<string, HandedArgument[]>();
    // (no imported function: the file's earlier entries still go)
    // (a file that builds no client still counts: what it hands is something else)
    if (imported.length === 0 && modules.length === 0) {
      replaceFileEntries(this.handedClients, file, found);
      return;
    }
    const names = new Map(imported.map((i) => [i.local, i.name]));
    const importedNames = imported.map((i) => escapeRe(i.local)).join('|') || '(?!)';
    const moduleNames = modules.map((m) => escapeRe(m[2] ?? m[1] ?? '')).join('|') || '(?!)';
    // `self.client = build_openai_client(settings)`: a client an imported factory makes, resolved when asked
    // (by the factory's name; a name assigned from two factories is left out)
    const madeBy = new Map<string, string | null>();
    const factoryMade = new Map<string, number>();
    for (const m of code.matchAll(new RegExp(`^[ \\t]*((?:self\\.)?[A-Za-z_]\\w*)[ \\t]*(?::[^=\\n]{0,80})?=[ \\t]*(${importedNames})[ \\t]*\\(`, 'gm'))) {
      const factory = names.get(m[2] ?? '') ?? '';
      const before = madeBy.get(m[1] ?? '');
      madeBy.set(m[1] ?? '', before === undefined || before === factory ? factory : null);
      factoryMade.set(m[1] ?? '', (factoryMade.get(m[1] ?? '') ?? 0) + 1);
    }
    // (a name also given another value, `client = OpenAI(base_url=…)` under a condition, is no factory's alone;
    // the file's assignments counted in one pass, not one pass per name)
    if (factoryMade.size > 0) {
      const assignments = new Map<string, number>();
      for (const m of code.matchAll(/^[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=(?!=)/gm)) {
        const name = m[1] ?? '';
        if (factoryMade.has(name)) assignments.set(name, (assignments.get(name) ?? 0) + 1);
      }
      for (const [name, count] of factoryMade) if ((assignments.get(name) ?? 0) > count) madeBy.set(name, null);
    }
    const calls = new RegExp(`(?<![\\w.])(?:(${importedNames})|(?:${moduleNames})\\.([A-Za-z_]\\w*))[ \\t]*\\(`, 'g');
    let count = 0;
    for (const m of code.matchAll(calls)) {
      // (a `def`'s own name is no call)
      if (++count > 500 || /\bdef[ \t]+$/.test(code.slice(Math.max(0, (m.index ?? 0) - 10), m.index))) continue;
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchingBracket(code, open, 2000);
      if (close < 0) continue;
      const handed: HandedArgument[] = [];
      splitTopLevel(code.slice(open + 1, close - 1)).forEach((raw, position) => {
        const keyword = /^\s*([A-Za-z_]\w*)[ \t]*=(?!=)\s*(.*)$/s.exec(raw);
        const value = (keyword ? keyword[2] : raw)?.trim() ?? '';
        // (a name an imported factory builds is that factory's, as the index resolves it when asked: what the file read of it
        // depends on whether the factory's module was indexed before it, and stays only for a factory the index does not know)
        const factory = madeBy.get(value);
        handed.push({ ...(keyword ? { keyword: keyword[1] ?? '' } : { position }), client: clients.get(value) ?? null, ...(factory ? { factory } : {}) });
      });
      const name = m[2] ?? names.get(m[1] ?? '') ?? '';
      found.set(name, [...(found.get(name) ?? []), ...handed]);
    }
    replaceFileEntries(this.handedClients, file, found);
  }

  /**
   * `imageVariationUseCase(this.openai, { … })` in a module that builds `this.openai` and imports the function from a
   * module of the project (`./use-cases`, `@/lib/…`): what each call hands each parameter, by position.
   */
  private addJsHandedClients(file: string, text: string, code: string, clients: ReadonlyMap<string, ClientInfo>): void {
    // (the module names are strings, which the lexed code blanks)
    const imported = namedImports(text, 'js').filter((i) => /^(?:\.|@@?\/|~~?\/|src\/)/.test(i.module));
    const found = new Map<string, HandedArgument[]>();
    if (imported.length > 0) {
      // (a default import by the name it is given, which is the function's own as a rule: `import whisper from "./whisper"`)
      const names = new Map(imported.map((i) => [i.local, i.name === 'default' ? i.local : i.name]));
      const calls = new RegExp(`(?<![\\w$.])(${imported.map((i) => escapeRe(i.local)).join('|')})[ \\t]*\\(`, 'g');
      let count = 0;
      for (const m of code.matchAll(calls)) {
        if (++count > 500) break;
        const open = (m.index ?? 0) + m[0].length - 1;
        const close = matchingBracket(code, open, 2000);
        if (close < 0) continue;
        const handed = splitTopLevel(code.slice(open + 1, close - 1)).map((raw, position): HandedArgument => ({ position, client: clients.get(raw.trim()) ?? null }));
        const name = names.get(m[1] ?? '') ?? '';
        found.set(name, [...(found.get(name) ?? []), ...handed]);
      }
    }
    replaceFileEntries(this.handedClients, file, found);
  }

  /**
   * `from .client import client`, `export { default as openai } from './openai.js'`: what a module hands on from another module by
   * name (not from the SDK); `export * from './openai'` hands on all that module's names (kept as `*` and the module). A folder's
   * `index.ts` is also the module its folder names (`import { openai } from './lib'`).
   */
  private addReexports(fileName: string, text: string, family: 'python' | 'js'): void {
    const key = fileModuleKey(fileName);
    // (a file added again replaces what it handed on before)
    const names = new Map<string, { module: string; name: string }>();
    // Python: a name a module imports is a name it offers (`from app.llm import client` in `app/__init__.py`)
    if (family === 'python' && /^[ \t]*from[ \t]/m.test(text)) {
      for (const i of namedImports(text, 'python')) if (!/^openai\b/.test(i.module) && moduleKey(i.module) !== key) names.set(i.local, { module: i.module, name: i.name });
    }
    // JavaScript: only what it exports again (`export { default as openai } from './openai.js'`, `export { client } from './llm'`)
    for (const m of family === 'js' && text.includes('export') ? text.matchAll(/\bexport[ \t]*\{([^{}]{1,2000})\}[ \t]*from[ \t]*["']([^"'\n]+)["']/g) : []) {
      const module = m[2] ?? '';
      if (moduleKey(module) === key || /^openai\b/.test(module)) continue;
      for (const part of (m[1] ?? '').split(',')) {
        const named = /^\s*([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
        if (named) names.set(named[2] ?? named[1] ?? '', { module, name: named[1] ?? '' });
      }
    }
    for (const m of family === 'js' && text.includes('export') ? text.matchAll(/\bexport[ \t]*\*[ \t]*from[ \t]*["']([^"'\n]+)["']/g) : []) {
      const module = m[1] ?? '';
      if (moduleKey(module) !== key && !/^openai\b/.test(module)) names.set(`*${module}`, { module, name: '*' });
    }
    for (const k of family === 'js' ? jsModuleKeys(fileName) : [key]) {
      const files = this.reexports.get(k) ?? new Map<string, Map<string, { module: string; name: string }>>();
      if (names.size > 0) files.set(fileName, names);
      else files.delete(fileName);
      if (files.size > 0) this.reexports.set(k, files);
      else this.reexports.delete(k);
    }
  }

  /**
   * What `find` answers for the module an import names, or, where it answers nothing, for the module that one hands `name` on
   * from (`export { AiService } from './ai.service'`, `export * from './ai.service'`), a few hops at most.
   */
  private throughReexports<T>(module: string, name: string, find: (module: string) => T | undefined, depth = 0, seen = new Set<string>()): T | undefined {
    // (each module and name asked once: indexes that hand each other on, or hundreds of `export *`, end)
    const key = moduleKey(module);
    if (seen.has(`${key}\n${name}`)) return undefined;
    const own = find(module);
    if (own !== undefined || depth >= 4) return own;
    seen.add(`${key}\n${name}`);
    for (const names of this.reexports.get(key)?.values() ?? []) {
      const named = names.get(name);
      const found = named ? this.throughReexports(named.module, named.name, find, depth + 1, seen) : undefined;
      if (found !== undefined) return found;
    }
    // (`export *` hands on every name, but a class's own facts are asked of the module named for it: `AiService` of
    // `./ai.service`, NestJS's naming; another module's class is another's)
    for (const names of this.reexports.get(key)?.values() ?? []) {
      for (const via of names.values()) {
        const found = via.name === '*' && (moduleKey(via.module).replace(/[^A-Za-z0-9]/g, '').toLowerCase() === name.toLowerCase() || this.reexports.has(moduleKey(via.module))) ? this.throughReexports(via.module, name, find, depth + 1, seen) : undefined;
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  private setImportedNames(fileName: string, text: string, family: 'python' | 'js'): void {
    const found = new Map<string, Map<string, string>>();
    const may = !TEST_FILE.test(fileName) && (family === 'python' ? /^[ \t]*from[ \t]/m.test(text) : text.includes('import') || text.includes('require'));
    const imports = may ? namedImports(text, family) : [];
    const called = imports.length > 0 ? namesCalledWithLiteral(text) : new Set<string>();
    for (const i of imports) {
      if (/^openai\b/.test(i.module) || !called.has(i.local)) continue;
      const key = moduleKey(i.module);
      found.set(key, (found.get(key) ?? new Map<string, string>()).set(i.name, i.module));
    }
    if (found.size > 0) this.importedNames.set(fileName, found);
    else if (!this.importedNames.delete(fileName)) return;
    this.importersByKey = undefined;
  }

  /**
   * Whether a file of the project other than `fileName` (nor a test) imports `name` from `fileName`'s module and calls it
   * with a literal first argument. The module as written must lead to the file where it names a folder (`app.llm.http_openai`,
   * `./lib/openaiRequest.js`): `from github.api import call_api` is not `app/openai/api.py`'s.
   */
  importedElsewhere(fileName: string, name: string): boolean {
    if (!this.importersByKey) {
      this.importersByKey = new Map();
      for (const [file, byKey] of this.importedNames) for (const [key, names] of byKey) {
        const importers = this.importersByKey.get(key) ?? [];
        importers.push({ file, names });
        this.importersByKey.set(key, importers);
      }
    }
    const folder = fileFolderKey(fileName);
    return (this.importersByKey.get(fileModuleKey(fileName)) ?? []).some((i) => {
      const module = i.file === fileName ? undefined : i.names.get(name);
      if (module === undefined) return false;
      const imported = importedFolderKey(module, i.file);
      return imported === undefined || imported === folder;
    });
  }

  /** Whether any indexed file hands an argument to a function another module defines (see `handedClient`). */
  hasHandedClients(): boolean {
    return this.handedClients.size > 0;
  }

  /**
   * The client every call the project's indexed files make of a function of this name hands its
   * parameter `param` (at `position`), when each hands one the calling file builds and all go to one
   * provider; undefined when some call hands something else there, or none is known.
   */
  handedClient(functionName: string, position: number, param: string): ClientInfo | undefined {
    const handed = [...(this.handedClients.get(functionName)?.values() ?? [])]
      .flat()
      .filter((h) => h.keyword === param || (h.keyword === undefined && h.position === position))
      .map((h) => (h.factory !== undefined ? { ...h, client: this.moduleFacts.view.factories.get(h.factory) ?? h.client } : h));
    return agreedClient(handed, `every call of ${functionName}() in the project's other files`);
  }

  /**
   * Whether some indexed call of a function of this name hands its parameter `param` (at `position`) what another
   * SDK's or library's call made (`llm = Groq()` … `chat(llm, …)`): a name the calling file assigns from a call of
   * something no module of the project builds a client with. (An expression the file does not read, `data["client"]`,
   * says nothing either way.)
   */
  handsOtherThanClients(functionName: string, position: number, param: string): boolean {
    return [...(this.handedClients.get(functionName)?.values() ?? [])].flat().some((h) => (h.keyword === param || (h.keyword === undefined && h.position === position)) && !h.client && h.factory !== undefined && !this.moduleFacts.view.factories.has(h.factory));
  }

  /** `module` as written in the import (`app.clients`, `./lib/clients.js`); matched by its last segment. */
  lookup(module: string, name: string): ClientInfo | undefined {
    return this.lookupFrom(module, name, 0, new Set());
  }

  private lookupFrom(module: string, name: string, depth: number, seen: Set<string>): ClientInfo | undefined {
    // the module's own binding, unless it only says the name comes from elsewhere: then a name the module imports from
    // another module of the project is followed to where that one builds it, a few hops at most (also through `export *`)
    const key = moduleKey(module);
    const own = this.moduleClients(key)?.get(name);
    if (own && own.provider !== 'unknown') return own;
    // (each module and name asked once, as in throughReexports; one met at the last depth is not marked, so another path may still read it)
    const files = depth < 4 && !seen.has(`${key}\n${name}`) ? this.reexports.get(key) : undefined;
    if (files) seen.add(`${key}\n${name}`);
    const via = files ? [...files.values()].map((names) => names.get(name)).find((v) => v !== undefined) : undefined;
    const starred = (): ClientInfo | undefined => {
      for (const names of files?.values() ?? []) {
        for (const star of names.values()) {
          const found = star.name === '*' ? this.lookupFrom(star.module, name, depth + 1, seen) : undefined;
          if (found) return found;
        }
      }
      return undefined;
    };
    return (via ? this.lookupFrom(via.module, via.name, depth + 1, seen) : undefined) ?? own ?? starred();
  }

  /**
   * The legacy `openai` module as the `__init__.py` of a Python file's package configures it (`openai.api_type = 'azure'`): Python
   * runs that file before any module of the package. Undefined for the package's `__init__.py` itself, or when it configures nothing.
   */
  packageInitLegacyModule(fileName: string): ClientInfo | undefined {
    const path = fileName.replace(/\\/g, '/');
    const slash = path.lastIndexOf('/');
    if (slash <= 0 || path.endsWith('/__init__.py')) return undefined;
    const init = `${path.slice(0, slash)}/__init__.py`;
    return [...(this.byModule.get(fileModuleKey(init))?.get(init)?.values() ?? [])].find((client) => client.legacyModule === true);
  }

  /** Every client a module builds at its top level, by name: what `from app.clients import *` brings. */
  clientsOf(module: string): ReadonlyMap<string, ClientInfo> | undefined {
    return this.moduleClients(moduleKey(module));
  }

  private moduleClients(key: string): ReadonlyMap<string, ClientInfo> | undefined {
    const cached = this.mergedModules.get(key);
    if (cached) return cached;
    const byFile = this.byModule.get(key);
    if (!byFile) return undefined;
    const merged = new Map<string, ClientInfo>();
    for (const clients of byFile.values()) for (const [name, info] of clients) merged.set(name, info);
    this.mergedModules.set(key, merged);
    return merged;
  }

  /**
   * A URL a module of the project keeps in a constant (`export const CHAT_URL = "https://api.openai.com/v1/…"`).
   * With the importing file's path, a relative import is resolved to its folder: `../backend/api`
   * is not `src/openai/api.ts`, though both end in `api`.
   */
  urlConstant(module: string, name: string, importer?: string): string | undefined {
    const folder = importer !== undefined ? importedFolderKey(module, importer) : undefined;
    if (folder !== undefined) {
      const found = this.urls.view.byFolder.get(folder)?.get(name);
      if (found !== undefined || module.startsWith('.')) return found;
    }
    return this.urls.view.byModule.get(moduleKey(module))?.get(name);
  }

  /** Every URL constant of a module (`from config.constants import *` brings them all), as `urlConstant` finds the module. */
  urlConstantsOf(module: string, importer?: string): ReadonlyMap<string, string> | undefined {
    const folder = importer !== undefined ? importedFolderKey(module, importer) : undefined;
    const found = folder !== undefined ? this.urls.view.byFolder.get(folder) : undefined;
    return found !== undefined || module.startsWith('.') ? found : this.urls.view.byModule.get(moduleKey(module));
  }

  /** `make_client()`, `config.initialize_openai()`: a function or method some file of the project defines to build a client. */
  factory(name: string): ClientInfo | undefined {
    return this.followFactory(name, new Set());
  }

  /** `visiting` stops cycles (`a()` returns `b()`, `b()` returns `a()`) and bounds the depth. */
  private followFactory(name: string, visiting: Set<string>): ClientInfo | undefined {
    const view = this.moduleFacts.view;
    const direct = view.factories.get(name);
    if (direct || visiting.has(name) || visiting.size > 4) return direct;
    // every name is worked out once (inside a cycle, from the part outside it)
    if (view.resolved.has(name)) return view.resolved.get(name);
    visiting.add(name);
    // `create_openai_client()` returns `build_openai_client(…)`, defined in a third file
    const built = [...(view.forwards.get(name) ?? [])].flatMap((callee) => {
      const info = this.followFactory(callee, visiting);
      return info ? [info] : [];
    });
    visiting.delete(name);
    const first = built[0];
    const providers = new Set(built.map((b) => b.provider));
    const info: ClientInfo | undefined = !first
      ? undefined
      : providers.size === 1
        ? { ...first, providerDetail: `${first.providerDetail ?? first.provider} (built by ${name}())` }
        : { family: first.family, provider: 'unknown', providerDetail: `${name}() returns an ${[...providers].join(' or ')} client, chosen at run time` };
    view.resolved.set(name, info);
    return info;
  }

  /**
   * Whether a file of the Go package another package imports (`batch-gpt/services/client`, found by its folder) that imports
   * go-openai defines `method` on a type of its own: a wrapper of the library, whose interface its importers call
   * (`p.client.RetrieveBatch(ctx, id)` on a `client.OpenAIClient`). Its tests' files are none.
   */
  goWrapperDefines(importPath: string, method: string): boolean {
    // (the package's folder ends as the import path does, over its last two segments: `services/client` is not `tools/client`;
    // a folder at the project's root, `client`, ends the path `batch-gpt/client`)
    const tail = importPath.split('/').slice(-2).join('/');
    for (const [path, methods] of this.goWrapperMethods) {
      const folder = path.split('/').slice(0, -1).join('/');
      const same = folder === tail || folder.endsWith(`/${tail}`) || (folder !== '' && !folder.includes('/') && tail.endsWith(`/${folder}`));
      if (same && !path.endsWith('_test.go') && methods.includes(method)) return true;
    }
    return false;
  }

  /** Whether the project's Go files build go-openai clients, and only with `openai.NewClient(key)` (its DefaultConfig: api.openai.com). */
  goOpenAIDefaultsOnly(): boolean {
    let defaults = 0;
    for (const builds of this.goOpenAIBuilds.values()) {
      if (builds.others > 0) return false;
      defaults += builds.defaults;
    }
    return defaults > 0;
  }

  /**
   * The clients the one class of the module an import names keeps in its members (`client` of `this.client = new OpenAI()`), by
   * member; `name`, the class imported, is followed where the module hands it on from another (a folder's `index.ts`).
   */
  memberClientsIn(module: string, name: string): ReadonlyMap<string, ClientInfo> | undefined {
    return this.throughReexports(module, name, (m) => this.ownMemberClients(m));
  }

  private ownMemberClients(module: string): ReadonlyMap<string, ClientInfo> | undefined {
    // (files of one name in two folders: a member both keep, built two ways, is not ours to tell)
    const merged = new Map<string, ClientInfo>();
    const disagree = new Set<string>();
    for (const members of this.memberClients.get(moduleKey(module))?.values() ?? []) {
      for (const [member, info] of members) {
        const before = merged.get(member);
        if (before && before.provider !== info.provider) disagree.add(member);
        else merged.set(member, info);
      }
    }
    for (const member of disagree) merged.delete(member);
    return merged.size > 0 ? merged : undefined;
  }

  /**
   * The class `name` of a module (`default` for its default export) when it hands out its member client's resources by getters (see
   * `getterForwardedClient`): one file's, or all alike.
   */
  getterClientIn(module: string, name: string): GetterClient | undefined {
    const found = [...(this.getterClients.get(moduleKey(module))?.values() ?? [])].filter((g) => (name === 'default' ? g.exportedDefault : g.className === name));
    const first = found[0];
    return first && found.every((g) => g.client.provider === first.client.provider && g.resources.join() === first.resources.join()) ? first : undefined;
  }

  /** The factories a module defines (its functions and its class's methods that return a client), by name; `name` as in `memberClientsIn`. */
  factoriesIn(module: string, name: string): ReadonlyMap<string, ClientInfo> | undefined {
    return this.throughReexports(module, name, (m) => this.moduleFacts.view.byModule.get(moduleKey(m)));
  }

  /** A factory that the module an import names defines (`getOpenAIClient` from `./utils`). */
  factoryIn(module: string, name: string): ClientInfo | undefined {
    // a folder's index re-exports its modules (`export * from "./azureAI"`): one of them defines it
    const view = this.moduleFacts.view;
    return view.byModule.get(moduleKey(module))?.get(name) ?? view.byFolder.get(moduleKey(module))?.get(name);
  }

  /**
   * A client a Nuxt `server/utils/` module exports under this name (`export const openai = new OpenAI(…)`), which Nuxt makes
   * every server route's without an import; undefined when none, or when two such modules export it to two providers.
   */
  nuxtServerUtil(name: string): ClientInfo | undefined {
    const all = [...(this.nuxtServerUtils.get(name)?.values() ?? [])];
    const first = all[0];
    return first && all.every((info) => info.provider === first.provider) ? first : undefined;
  }

  /**
   * The client a module exports as its default, for a path from the project's root (`src/lib/openai`, as TypeScript's `baseUrl`
   * reads it), by its last folder and name: modules are otherwise keyed by name alone, and `lib/search/openai` is not `lib/openai`.
   */
  defaultClientAt(module: string): ClientInfo | undefined {
    const folder = importedFolderKey(module, '');
    return folder === undefined ? undefined : this.defaultClients.view.get(folder);
  }

  /** Whether the project holds a module of that name (`./lib/openai` → a file `openai.ts` or `openai.py`), clients or not. */
  hasModule(module: string): boolean {
    return this.moduleFiles.view.has(moduleKey(module));
  }

  /** Whether some factory of the project returns clients as members (`name#key` entries: `return { aiClient }`). */
  hasMemberFactories(): boolean {
    return this.moduleFacts.view.memberFactories;
  }

  hasFactories(): boolean {
    return !this.moduleFacts.empty && (this.moduleFacts.view.factories.size > 0 || this.moduleFacts.view.forwards.size > 0);
  }
}

/**
 * Module-level constants holding an http(s)/ws(s) URL, by name: `export const URL = "…"`,
 * `URL = "…"` at a Python module's top level (a value may start on the next line).
 */
const CONSTANT = /\n(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*\(?[ \t]*\n?[ \t]*$/;
const LINE_START_CONSTANT = /(?:^|\n)(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*\(?[ \t]*\n?[ \t]*$/;

function moduleUrlConstants(lexed: Lexed): Map<string, string> {
  const urls = new Map<string, string>();
  // `${OpenAIAPI}/chat/completions` after `const OpenAIAPI = 'https://api.openai.com/v1'`: a template
  // whose only placeholder leads and names a URL constant of the module, read in a second pass
  const templates: Array<{ start: number; name: string; rest: string }> = [];
  for (const lit of lexed.strings) {
    // (Python's f-string too: `OPENAI_EMBEDDINGS_URL = f'{OPENAI_BASE_URL}/embeddings'`)
    const led = lit.interpolated ? /^\$?\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}(\/[^${}`'"\s]*)$/.exec(lit.value) : null;
    if (led?.[1] && led[2] !== undefined) templates.push({ start: lit.start, name: led[1], rest: led[2] });
    if (lit.interpolated || !/^(?:https?|wss?):\/\//i.test(lit.value)) continue;
    // a bounded window (searching back for line starts on a minified line was quadratic); `^`
    // stands for a line start only when the window begins at one
    const from = Math.max(0, lit.start - 240);
    const before = lexed.code.slice(from, lit.start).replace(/\r\n/g, '\n');
    const atLineStart = from === 0 || lexed.code.charCodeAt(from - 1) === 10;
    const name = (atLineStart ? LINE_START_CONSTANT : CONSTANT).exec(before)?.[1];
    if (name) urls.set(name, lit.value);
    // `export const config = { baseURL: "https://…" }`: kept as `config.baseURL` (a direct property
    // of an object literal assigned to a name)
    const key = name ? undefined : PROPERTY.exec(before)?.[1];
    const owner = key ? objectName(lexed.code, lit.start) : undefined;
    if (key && owner) urls.set(`${owner}.${key}`, lit.value);
  }
  for (const { start, name, rest } of templates) {
    const base = urls.get(name);
    if (base === undefined) continue;
    const value = `${base.replace(/\/+$/, '')}${rest}`;
    const from = Math.max(0, start - 240);
    const before = lexed.code.slice(from, start).replace(/\r\n/g, '\n');
    const constant = (from === 0 || lexed.code.charCodeAt(from - 1) === 10 ? LINE_START_CONSTANT : CONSTANT).exec(before)?.[1];
    const key = constant ? undefined : PROPERTY.exec(before)?.[1];
    const owner = key ? objectName(lexed.code, start) : undefined;
    if (constant) urls.set(constant, value);
    else if (key && owner) urls.set(`${owner}.${key}`, value);
  }
  // `module.exports = openRouterAPI;` (`export default api;`) of an instance made with a literal base: the default export's
  const exported = urls.size > 0 ? /^[ \t]*(?:module\.exports[ \t]*=|export[ \t]+default)[ \t]*([A-Za-z_$][\w$]*)[ \t]*;?[ \t]*$/m.exec(lexed.code)?.[1] : undefined;
  for (const key of exported === undefined ? [] : ['baseURL', 'prefixUrl']) {
    const value = urls.get(`${exported}.${key}`);
    if (value !== undefined && !urls.has(`default.${key}`)) urls.set(`default.${key}`, value);
  }
  return urls;
}

/** A file of the index lexed as the detector lexes it: Go's, Python's, or JavaScript's for the JavaScript family. */
function lexIndexed(text: string, language: SourceLanguage): Lexed {
  return lex(text, language === 'go' ? 'go' : language === 'python' ? 'python' : 'js');
}


/** Languages whose URL constants live in classes and are read as `Class.NAME` from other files. */
const CLASS_CONSTANT_LANGUAGES: ReadonlySet<DetectLanguage> = new Set(['java', 'kotlin', 'csharp', 'dart', 'swift', 'scala', 'rust']);

/**
 * A file's class constants holding an http(s) URL literal, by `Class.NAME` (a Rust crate's by its name): `static const String
 * openaiBaseUrl = 'https://…'` in Dart, `public static final String URL = "…"` in Java, `const val
 * URL = "…"` in a Kotlin object, each under the class declared last before it.
 */
function classUrlConstants(text: string, typesOf: () => Array<{ at: number; name: string }>): Map<string, string> {
  const found = new Map<string, string>();
  if (!/https?:\/\//.test(text)) return found;
  // Kotlin: a top-level constant of the file's package (`const val API_URL = "https://…"` at the margin), read bare by the
  // package's other files, kept as `package::NAME` (`::NAME` in the default package)
  const topLevel = kotlinTopLevelUrls(text);
  if (topLevel.size > 0) {
    const pkg = kotlinPackage(text);
    for (const [name, url] of topLevel) found.set(`${pkg}::${name}`, url);
  }
  // Rust: a crate's `pub const BASE_URL: &str = "https://…";`, read elsewhere as `use crate::BASE_URL`
  for (const m of text.matchAll(/^pub(?:\([\w:]+\))?[ \t]+(?:const|static)[ \t]+([A-Z_][A-Z0-9_]*)[ \t]*:[ \t]*&(?:'static[ \t]+)?str[ \t]*=[ \t]*"(https?:\/\/[^"\s]+)"[ \t]*;/gm)) found.set(m[1] ?? '', m[2] ?? '');
  const classes = typesOf();
  if (classes.length === 0) return found;
  // (also wrapped in a URL type in place: Swift's `static let chatURL = URL(string: "https://…")!`, Java's `URI.create("…")`)
  for (const m of text.matchAll(CLASS_URL_CONSTANT)) {
    const owner = classes[lastBefore(classes, m.index ?? 0)];
    if (owner) found.set(`${owner.name}.${m[1] ?? ''}`, m[2] ?? '');
  }
  // (and one joined from such a constant and a path: `val generateURL: String = baseURL + "/images/generations"`, Kotlin's
  // `"$baseURL/chat/completions"`; a name the class already holds keeps its value, a function's local of that name is not it)
  for (const m of found.size > 0 ? text.matchAll(CLASS_JOINED_URL_CONSTANT) : []) {
    const owner = classes[lastBefore(classes, m.index ?? 0)];
    if (!owner) continue;
    const key = `${owner.name}.${m[1] ?? ''}`;
    const base = found.get(`${m[2] ?? owner.name}.${m[3] ?? m[5] ?? ''}`);
    if (base !== undefined && !found.has(key)) found.set(key, `${base.replace(/\/$/, '')}/${(m[4] ?? m[6] ?? '').replace(/^\//, '')}`);
  }
  return found;
}

/** A class constant's declaration up to its value, `public static final String NAME =` ([1] the name; the value may start on the next line). */
const CLASS_CONSTANT_HEAD = String.raw`\b(?:static|const|final|val|let)\b[^=;\n{}()]{0,80}?\b([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,60})?=[ \t]*\n?[ \t]*`;
/** A class constant holding a URL, maybe wrapped in a URL type in place ([1] the name, [2] the URL). */
const CLASS_URL_CONSTANT = new RegExp(String.raw`${CLASS_CONSTANT_HEAD}(?:(?:URL|URI|Uri)(?:\.(?:create|parse))?\([ \t]*(?:string:[ \t]*)?)?@?["'](https?:\/\/[^"'\s]+)["'](?:[ \t]*\)!?)?[ \t]*;?[ \t]*$`, 'gm');
/**
 * A class constant joined from a URL constant of its class (maybe named through it) and a path, or Kotlin's template of them
 * ([1] the name, [2] the class, [3] the constant, [4] the path; the template's: [5] the constant, [6] the path).
 */
const CLASS_JOINED_URL_CONSTANT = new RegExp(
  String.raw`${CLASS_CONSTANT_HEAD}(?:(?:([A-Z]\w*)\.)?([A-Za-z_]\w*)[ \t]*\+[ \t]*["'](\/?[a-z][^"'\s]*)["']|"\$\{?([A-Za-z_]\w*)\}?(\/[a-z][^"\s$]*)")[ \t]*;?[ \t]*$`,
  'gm',
);
/** A class constant holding a path of two segments or more ([1] the name, [2] the path). */
const CLASS_PATH_CONSTANT = new RegExp(String.raw`${CLASS_CONSTANT_HEAD}@?["'](\/?[a-z][\w-]*\/[a-z][\w\/{}.%-]*(?:\?[\w=%&.{}-]*)?)["'][ \t]*;?[ \t]*$`, 'gm');

/** The classes, objects, structs, enums and interfaces a file declares, in source order, each by where its keyword is. */
function declaredTypes(text: string): Array<{ at: number; name: string }> {
  return [...text.matchAll(/\b(?:class|object|struct|enum|interface)[ \t]+([A-Za-z_]\w*)/g)].map((m) => ({ at: m.index ?? 0, name: m[1] ?? '' }));
}

/**
 * A file's class constants holding an API path under the version (or a legacy billing path beside it, or a fixed endpoint's
 * path of two segments written without the version), with or without the leading slash and with a query after it, by `Class.NAME`:
 * `public static final String CHATGPT_MAPPING = "v1/chat/completions"` under the class declared last before it.
 */
function classPathConstants(text: string, typesOf: () => Array<{ at: number; name: string }>): Map<string, string> {
  const found = new Map<string, string>();
  const classes = typesOf();
  if (classes.length === 0) return found;
  for (const m of text.matchAll(CLASS_PATH_CONSTANT)) {
    const path = m[2] ?? '';
    // (a path of two segments or more without the version counts where it is one of the API's fixed endpoints: `/chat/completions`)
    if (!/^\/?(?:v1|dashboard)\//.test(path) && !isFixedEndpoint(`/v1/${path.replace(/^\//, '').replace(/\?.*$/, '')}`)) continue;
    const owner = classes[lastBefore(classes, m.index ?? 0)];
    if (owner) found.set(`${owner.name}.${m[1] ?? ''}`, path);
  }
  return found;
}

/**
 * C#: the HttpClients a file registers with a literal base, by name or typed client class: `AddHttpClient("OpenAI", client =>
 * { client.BaseAddress = new Uri("https://api.openai.com/"); })`, `AddHttpClient<OpenAIService>(c => c.BaseAddress = new
 * Uri("…"))`. A registration whose base is not a literal (`new Uri(config["Url"])`) is kept as ''.
 */
function registeredHttpClients(text: string): Map<string, string> {
  const found = new Map<string, string>();
  // (a registration's options end where the next registration starts: `.AddHttpClient("Local", …).Services.AddHttpClient("OpenAI", …)`)
  for (const m of text.matchAll(/\.AddHttpClient(?:<[ \t]*(?:\w+[ \t]*,[ \t]*)?(\w+)[ \t]*>)?[ \t]*\([ \t]*(?:"(\w[\w.-]*)"[ \t]*,[ \t]*)?(?:\(?[ \t]*(?:\w+[ \t]*,[ \t]*)?(\w+)[ \t]*\)?[ \t]*=>)((?:(?!AddHttpClient)[^;]){0,400}?\.BaseAddress[ \t]*=[ \t]*[^;]{0,200})/g)) {
    // (a typed client's class as `<OpenAIService>`: a named client may have the same name)
    const key = m[2] ?? (m[1] ? `<${m[1]}>` : undefined);
    if (!key) continue;
    const base = new RegExp(`\\b${m[3] ?? ''}\\.BaseAddress[ \\t]*=[ \\t]*new[ \\t]+Uri[ \\t]*\\([ \\t]*"(https?:\\/\\/[^"\\s]+)"[ \\t]*\\)`).exec(m[4] ?? '')?.[1] ?? '';
    found.set(key, found.has(key) && found.get(key) !== base ? '' : base);
  }
  return found;
}

/** A Dart file's URL constants at the top level (at the margin): `const chatGPTEndpoint = 'https://…';`, `final String url = "https://…";`. */
function dartTopLevelUrls(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!/https?:\/\//.test(text)) return found;
  // (also a top-level variable, `String BASE_URL = 'https://…';`, that the file sets nowhere else; the file's assignments are
  // counted once, outside `//` comments)
  let assigned: Map<string, number> | undefined;
  const assignments = (): Map<string, number> => {
    if (assigned) return assigned;
    assigned = new Map();
    for (const m of text.matchAll(/^[ \t]*(\/\/)?[^\n]*$/gm)) {
      if (m[1] !== undefined) continue;
      for (const a of m[0].matchAll(/(?<![\w.$])([A-Za-z_]\w*)[ \t]*(?:\?\?|\+)?=(?![=>])/g)) assigned.set(a[1] ?? '', (assigned.get(a[1] ?? '') ?? 0) + 1);
    }
    return assigned;
  };
  for (const m of text.matchAll(/^(const|final|String|var)[ \t]+(?:String[ \t]+)?([A-Za-z_]\w*)[ \t]*=[ \t]*["'](https?:\/\/[^"'\s$]+)["'][ \t]*;/gm)) {
    const name = m[2] ?? '';
    if ((m[1] === 'String' || m[1] === 'var') && (assignments().get(name) ?? 0) > 1) continue;
    found.set(name, m[3] ?? '');
  }
  return found;
}

/**
 * A C or C++ file's URL constants at file level (outside comments, at a line's start: a function's indented locals are its
 * own): `#define OPENAI_URL "https://…"`, `const string NAME = "…";`, `static const char *NAME = "…";`, `constexpr auto NAME =
 * "…";`, `const std::string NAME{"…"};`. (One blank run per quantifier: long runs of blanks stay linear.)
 */
function cFileUrls(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const lexed = lex(text, 'c');
  const code = sourceText(text, lexed).noComments;
  // (also a class's or a struct's constant member, `class ChatGPT { const String url = "https://…"; }` (Arduino's `String`), kept
  // as `ChatGPT::url`: the class's own methods read it by its bare name; not a function's local, indented the same)
  const classAt = cClassBodies(lexed.code);
  for (const m of code.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+"(https?:\/\/[^"\s]+)"|^([ \t]*)(?:(?:static|inline|extern)[ \t]+)*const(?:expr)?[ \t]+(?:std::)?(?:string_view|string|char|auto|QString|String|wchar_t)(?:[ \t]+const)?(?:[ \t]*\*[ \t]*|[ \t]+)(?:const[ \t]+)?([A-Za-z_]\w*)(?:\[[ \t]*\])?[ \t]*(?:=[ \t]*|\{[ \t]*|\([ \t]*)(?:u8|L)?"(https?:\/\/[^"\s]+)"/gm)) {
    const owner = m[3] ? classAt(m.index ?? 0) : undefined;
    if (m[3] && owner === undefined) continue;
    const name = owner === undefined ? (m[1] ?? m[4] ?? '') : `${owner}::${m[4] ?? ''}`;
    const url = m[2] ?? m[5] ?? '';
    found.set(name, found.has(name) && found.get(name) !== url ? '' : url);
  }
  for (const [name, url] of found) if (url === '') found.delete(name);
  return found;
}

/**
 * The class or struct whose body is the innermost block open at an offset (C++, strings blanked), asked at rising offsets:
 * one pass over the file's braces with a stack, however many offsets are asked.
 */
function cClassBodies(code: string): (at: number) => string | undefined {
  const stack: Array<string | undefined> = [];
  let i = 0;
  return (at) => {
    for (; i < at && i < code.length; i++) {
      if (code[i] === '{') stack.push(/\b(?:class|struct)[ \t]+(\w+)[^{};()]*$/.exec(code.slice(Math.max(0, i - 300), i))?.[1]);
      else if (code[i] === '}') stack.pop();
    }
    return stack.length > 0 ? stack[stack.length - 1] : undefined;
  };
}

/** A Ruby file's top-level constants made as `NAME = Faraday.new(url: "https://…")`, with that literal base. */
function rubyClientConstants(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes('Faraday.new')) return found;
  for (const m of text.matchAll(/^([A-Z]\w*)[ \t]*=[ \t]*Faraday\.new[ \t]*\(?[ \t\n]*url:[ \t]*["']([^"'\n]+)["']/gm)) found.set(m[1] ?? '', m[2] ?? '');
  return found;
}

/**
 * A Go file's package-level URL constants and variables: `const baseURL = "http://…"`, and
 * `name = "https://…"` lines of a top-level `const ( … )` or `var ( … )` block.
 */
function goPackageUrls(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (/^(?:const|var)[ \t]*\([ \t]*(?:\/\/.*)?$/.test(line)) inBlock = true;
    else if (inBlock && /^\)/.test(line)) inBlock = false;
    const m = (inBlock ? /^[ \t]+(\w+)(?:[ \t]+[\w.]+)?[ \t]*=[ \t]*"(https?:\/\/[^"\n]*)"/ : /^(?:const|var)[ \t]+(\w+)(?:[ \t]+[\w.]+)?[ \t]*=[ \t]*"(https?:\/\/[^"\n]*)"/).exec(line);
    if (m?.[1] && m[2] !== undefined) found.set(m[1], m[2]);
  }
  return found;
}

/** Names a Go file assigns in an indented statement outside a top-level `const (…)`/`var (…)` block, or takes the address of. */
function goAssignedInFunctions(text: string): Set<string> {
  const names = new Set<string>();
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (/^(?:const|var)[ \t]*\(/.test(line)) inBlock = true;
    else if (inBlock && /^\)/.test(line)) inBlock = false;
    else if (!inBlock) {
      const assigned = /^[ \t]+(\w+)[ \t]*=(?!=)/.exec(line)?.[1];
      if (assigned) names.add(assigned);
    }
    for (const m of line.matchAll(/&(\w+)\b/g)) names.add(m[1] ?? '');
  }
  return names;
}

/**
 * Spring beans built with a literal base, by type: `@Bean public WebClient webClient() { return
 * WebClient.builder().baseUrl("https://api.openai.com/v1/")…build(); }`, Kotlin's `fun webClient():
 * WebClient = WebClient.builder().baseUrl("…")…`. A service that has one injected (`private final
 * WebClient webClient;`) sends to that base when the project defines no other.
 */
function springBeanBases(text: string): Map<string, string> {
  const bases = new Map<string, string>();
  if (!text.includes('.baseUrl(')) return bases;
  for (const m of text.matchAll(/@Bean\b[^{}=]{0,300}?\b(WebClient|RestClient)\b[ \t]*\(?[^{}=]{0,200}?(?:\{\s*return|=)\s*(?:WebClient|RestClient)[ \t]*\.[ \t]*builder\(\)[^;{}]{0,400}?\.baseUrl\([ \t]*"([^"\n]+)"/g)) {
    const type = m[1] ?? '';
    const base = m[2] ?? '';
    bases.set(type, bases.has(type) && bases.get(type) !== base ? '' : base);
  }
  return bases;
}

/**
 * Go functions that return a client they build (`func GetOpenAiClient() *openai.Client { c := openai.NewClient(…); return &c }`),
 * by name: every value they return (but `nil` on an error path) is a client of the file's `clients` (its locals too).
 */
function goFunctionsReturningClients(code: string, clients: ReadonlyMap<string, ClientInfo>, goOpenAIAlias: string | undefined): Map<string, ClientInfo> {
  const found = new Map<string, ClientInfo>();
  if (clients.size === 0 && goOpenAIAlias === undefined) return found;
  const builtInPlace = goOpenAIAlias === undefined ? undefined : new RegExp(`^${escapeRe(goOpenAIAlias)}\\.NewClient[ \\t]*\\(`);
  const inPlace = (value: string): ClientInfo | undefined => (builtInPlace?.test(value) ? { family: 'go_community', ...defaultGoCommunity() } : undefined);
  for (const m of code.matchAll(/^func[ \t]+(\w+)[ \t]*\([^)\n]{0,300}\)[ \t]*\(?[ \t]*\*?\w+\.Client\b[^{\n]{0,100}\{/gm)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const returned = [...code.slice(open, close).matchAll(/\breturn\b[ \t]*([^\n;]*)/g)].map((r) => splitTopLevel(r[1] ?? '').map((v) => v.trim()));
    const values = returned.filter((r) => !(r.length > 1 && r[0] === 'nil')).map((r) => (r[0] ?? '').replace(/^[*&]/, ''));
    const infos = values.map((v) => clients.get(v) ?? inPlace(v));
    const first = infos[0];
    if (first && infos.every((i) => i !== undefined && i.provider === first.provider)) found.set(m[1] ?? '', first);
  }
  return found;
}

/** A file read again replaces what it handed before: its entries under every function go, then what it hands now is kept. */
/**
 * The client a class hands out by getters that return its member's resources of the same name (`get images() { return
 * this.openai.images; }`, `this.openai` a client the class builds): each getter's member's, when they agree.
 */
function getterForwardedClient(code: string, members: ReadonlyMap<string, ClientInfo>): GetterClient | undefined {
  const declared = /\b(export[ \t]+default[ \t]+)?class[ \t]+([A-Za-z_$][\w$]*)/.exec(code);
  if (!declared) return undefined;
  let found: ClientInfo | undefined;
  const resources: string[] = [];
  for (const m of code.matchAll(/\bget[ \t]+([\w$]+)[ \t]*\([ \t]*\)[^{\n]{0,80}\{[ \t\n]*return[ \t]+this\.([\w$]+)\.([\w$]+)[ \t]*;?[ \t\n]*\}/g)) {
    const held = members.get(m[2] ?? '');
    if (!held || m[1] !== m[3] || !isSdkResource('node', [m[1] ?? ''])) continue;
    if (found && found.provider !== held.provider) return undefined;
    found = held;
    resources.push(m[1] ?? '');
  }
  const className = declared[2] ?? '';
  const exportedDefault = declared[1] !== undefined || new RegExp(`^[ \\t]*export[ \\t]+default[ \\t]+${escapeRe(className)}[ \\t]*;?[ \\t]*$`, 'm').test(code);
  return found ? { className, exportedDefault, resources, client: found } : undefined;
}

function replaceFileEntries(index: Map<string, Map<string, HandedArgument[]>>, file: string, found: ReadonlyMap<string, HandedArgument[]>): void {
  for (const byFile of index.values()) byFile.delete(file);
  for (const [key, handed] of found) {
    const byFile = index.get(key) ?? new Map<string, HandedArgument[]>();
    byFile.set(file, handed);
    index.set(key, byFile);
  }
}

/** Reads a sender file's request-sending functions once (its text is not needed after). */
function readSenders(source: SenderSource): ReadonlyMap<string, LocalSender> {
  if (!source.found) {
    const text = source.text ?? '';
    const lexed = lexIndexed(text, source.language);
    source.found = requestSendingFunctions(sourceText(text, lexed), lexed, source.language);
    delete source.text;
  }
  return source.found;
}

/** The project's factories over its JavaScript and Python files (see `ModuleFileFacts`). */
function mergeModuleFacts(byFile: ReadonlyMap<string, ModuleFileFacts>): ModuleFactsView {
  const all = [...byFile.values()];
  // one name, two destinations in two files: which one a call reaches is not ours to tell
  const factories = mergeByName(
    all.map((f) => f.factories),
    (before, next) => before.provider === next.provider,
    (name, before, next): ClientInfo => ({ family: next.family, provider: 'unknown', providerDetail: `${name}() is defined more than once in the project (${before.provider}, ${next.provider})` }),
  );
  const forwards = new Map<string, Set<string>>();
  for (const [name, callees] of all.flatMap((f) => [...(f.forwards ?? [])])) forwards.set(name, new Set([...(forwards.get(name) ?? []), ...callees]));
  const subclasses = new Map<string, Map<string, { subclass: string; client: ClientInfo }>>();
  for (const { subclass, bases, attribute, client } of all.flatMap((f) => f.subclasses ?? [])) {
    for (const base of bases) {
      const byAttribute = subclasses.get(base) ?? new Map<string, { subclass: string; client: ClientInfo }>();
      subclasses.set(base, byAttribute);
      const before = byAttribute.get(attribute);
      byAttribute.set(attribute, before && before.client.provider !== client.provider ? { subclass: `${before.subclass}, ${subclass}`, client: { family: client.family, provider: 'unknown' } } : { subclass, client });
    }
  }
  const byModule = new Map<string, Map<string, ClientInfo>>();
  const byFolder = new Map<string, Map<string, ClientInfo>>();
  // (an instance is the importing module's only by the module it is imported from: two modules' `service` are two)
  const moduleInstances = new Map<string, Map<string, string>>();
  for (const [file, { moduleInstances: own }] of byFile) if (own) addAll(moduleInstances, fileModuleKey(file), own);
  for (const [file, { factories: own }] of byFile) {
    if (!own) continue;
    addAll(byModule, fileModuleKey(file), own);
    const folder = lastFolder(file);
    if (folder) addAll(byFolder, folder, own);
  }
  return {
    factories,
    forwards,
    subclasses,
    instanceFactories: mergeByName(all.map((f) => f.instanceFactories), (before, next) => before === next, () => ''),
    moduleInstances,
    byModule,
    byFolder,
    memberFactories: [...factories.keys()].some((k) => k.includes('#')),
    resolved: new Map(),
  };
}

/** Adds entries to the map a key holds (a later entry of a name wins), made on first need: in place, as thousands of files may share a key. */
function addAll<V>(index: Map<string, Map<string, V>>, key: string, entries: ReadonlyMap<string, V>): void {
  let map = index.get(key);
  if (!map) index.set(key, (map = new Map()));
  for (const [name, value] of entries) map.set(name, value);
}

/** Module-level URL constants by module key and by folder and name, a later file's name winning. */
function mergeUrls(byFile: ReadonlyMap<string, Map<string, string>>): { byModule: Map<string, Map<string, string>>; byFolder: Map<string, Map<string, string>> } {
  const byModule = new Map<string, Map<string, string>>();
  const byFolder = new Map<string, Map<string, string>>();
  for (const [file, urls] of byFile) {
    addAll(byModule, fileModuleKey(file), urls);
    addAll(byFolder, fileFolderKey(file), urls);
    // (a folder's index module is what an import of the folder names: `import { URLS } from '../constants'`)
    const folder = indexedFolder(file);
    if (folder) addAll(byFolder, fileFolderKey(folder), urls);
  }
  return { byModule, byFolder };
}

/** Go packages' facts over their files (see `GoFileFacts`). */
function mergeGoFacts(byFile: ReadonlyMap<string, GoFileFacts>): { clients: Map<string, ClientInfo>; urls: Map<string, string>; reassigned: Set<string>; factories: Map<string, ClientInfo> } {
  const all = [...byFile.values()];
  const clients = new Map<string, ClientInfo>();
  for (const [pkg, named] of all.flatMap((f) => [...(f.clients ?? [])])) {
    for (const [name, info] of named) {
      const key = `${pkg}.${name}`;
      const before = clients.get(key);
      // a field only typed in one file (`OpenAICli *openai.Client`) and built in another (`OpenAICli: openai.NewClient(key)`) is the one built
      if (before && info.typedOnly) continue;
      clients.set(key, before && !before.typedOnly && before.provider !== info.provider ? { family: info.family, provider: 'unknown', providerDetail: `${name} holds clients built in more than one way in the project` } : info);
    }
  }
  return {
    clients,
    urls: mergeByName(all.map((f) => f.urls), (before, next) => before === next, () => ''),
    reassigned: new Set(all.flatMap((f) => [...(f.reassigned ?? [])])),
    factories: mergeByName(
      all.map((f) => f.factories),
      (before, next) => before.provider === next.provider,
      (key, _before, next): ClientInfo => ({ family: next.family, provider: 'unknown', providerDetail: `${key}() is defined more than once in the project` }),
    ),
  };
}

/** Other languages' facts over the project's files (see `OtherFileFacts`): '' (null for PHP's) where two files disagree. */
function mergeOtherFacts(byFile: ReadonlyMap<string, OtherFileFacts>): OtherFactsView {
  const all = [...byFile.values()];
  const same = (before: string, next: string): boolean => before === next;
  const retrofit = emptyRetrofitFacts();
  for (const f of all) if (f.retrofit) mergeRetrofitFacts(retrofit, f.retrofit);
  return {
    rubyClients: mergeByName(all.map((f) => f.rubyClients), same, () => ''),
    rubyBase: agreedValue(all.map((f) => f.rubyBase)),
    phpClientFactories: mergeByName<SdkDestination | null>(all.map((f) => f.phpClientFactories), (before, next) => JSON.stringify(before) === JSON.stringify(next), () => null),
    csharpClientBases: mergeByName(all.map((f) => f.csharpClientBases), same, () => ''),
    classUrls: mergeByName(all.map((f) => f.classUrls), same, () => ''),
    classPaths: mergeByName(all.map((f) => f.classPaths), same, () => ''),
    springBases: mergeByName(all.map((f) => f.springBases), same, () => ''),
    retrofit,
    elixirModules: new Set(all.flatMap((f) => [...(f.elixirModules ?? [])])),
    // (two configurations setting two values, `config/dev.exs` and `config/runtime.exs`: which one runs is the environment's)
    elixirOpenAIUrl: agreedValue(all.map((f) => f.elixirOpenAIUrl)),
  };
}

/** The one value given (undefined ones aside), '' where two differ, undefined where none is. */
function agreedValue(values: Iterable<string | undefined>): string | undefined {
  let agreed: string | undefined;
  for (const value of values) if (value !== undefined) agreed = agreed === undefined || agreed === value ? value : '';
  return agreed;
}

/** The client every one of these arguments is, when each is a client of one provider; undefined when one is something else or none is known. */
function agreedClient(handed: readonly HandedArgument[], how: string): ClientInfo | undefined {
  const first = handed[0]?.client;
  if (!first || handed.some((h) => !h.client || h.client.provider !== first.provider)) return undefined;
  // A parameter is decided by whoever calls: the calls in view agree, but a caller outside the workspace (a library's user,
  // a test, a script run by hand) may hand another client. So it stays unknown, saying what the project's own calls hand.
  if (first.provider === 'unknown') return { ...first, providerDetail: `${first.providerDetail ?? first.provider}; handed in by ${how}` };
  return { ...first, provider: 'unknown', providerDetail: `a client passed in, so its caller decides: ${how} hands one for ${HANDED_PROVIDER_NAMES[first.provider]} (${first.providerDetail ?? first.provider}), but a caller outside the project may hand another` };
}

/** How agreedClient names the provider the project's own callers hand. */
const HANDED_PROVIDER_NAMES: Record<ClientInfo['provider'], string> = { openai: 'OpenAI', azure: 'Azure OpenAI', other: 'another provider', unknown: 'a provider decided at run time' };

/**
 * The `api_url` a configuration file gives the openai package (`config :openai, api_key: …, api_url: "https://…"`): the literal,
 * or '' for a value read at run time (`System.get_env("TEXT_GENERATION_API_URL")`); undefined when the file sets none.
 */
function elixirOpenAIUrl(text: string): string | undefined {
  // (the keyword list runs to the next `config` or the block's end; a value may start on the next line)
  const set = [...text.matchAll(/^[ \t]*config[ \t]+:openai[ \t]*,([\s\S]{0,1500}?)(?=^[ \t]*(?:config\b|end\b|import_config\b|if\b|case\b)|$(?![\s\S]))/gm)].map((m) => {
    const value = /\bapi_url:[ \t\n]*("[^"\n]*"|[^,\n]+)/.exec(m[1] ?? '')?.[1]?.trim();
    return value === undefined ? undefined : (/^"((?:https?):\/\/[^"#{}]*)"$/.exec(value)?.[1] ?? '');
  });
  return agreedValue(set);
}
