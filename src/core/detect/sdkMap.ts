import sdkData from './sdk-methods.yaml';

export interface SdkMethod {
  /** Method path without the client root, e.g. `chat.completions.create`. */
  m: string;
  http: string;
  path: string;
  also?: string[];
}

/** The families whose map lists `methods` under their note (the SDKs other than the five compiled tables). */
const LISTED_FAMILIES = ['go_community', 'go_gpt3', 'go_chatgpt', 'go_meinside', 'go_otiai10', 'go_azopenai', 'node_azure', 'node_openai_api', 'java', 'dotnet', 'ruby', 'ruby_community', 'php', 'rust', 'rust_openai_crate', 'rust_chatgpt_crate', 'rust_openai_api_rust', 'rust_openai_rust', 'dart', 'dotnet_betalgo', 'swift', 'kotlin_community', 'java_theokanning', 'java_openai4j', 'java_unfbx', 'java_plexpt', 'dotnet_azure_beta', 'java_azure_beta', 'elixir_openai_ex', 'elixir_openai', 'dotnet_openai_dotnet', 'elixir_ex_openai', 'dotnet_okgodoit', 'swift_openaiswift', 'dart_openai_api', 'php_orhanerday', 'php_gzdsx', 'php_diversen', 'dotnet_whetstone', 'rust_openai_api_stream', 'dotnet_openai_unity', 'php_easygithdev', 'dart_openai_dart', 'cpp_openai_cpp', 'dart_chat_gpt_sdk', 'swift_chatgptswift', 'r_openai', 'julia_openai'] as const;
const TABLE_FAMILIES = ['python', 'node', 'go', 'python_legacy', 'node_legacy'] as const;

export type SdkFamily = (typeof TABLE_FAMILIES)[number] | (typeof LISTED_FAMILIES)[number];

let maps: Map<SdkFamily, Map<string, SdkMethod>> | undefined;

function load(): Map<SdkFamily, Map<string, SdkMethod>> {
  if (maps) return maps;
  const data = sdkData as Record<string, unknown>;
  maps = new Map();
  for (const family of TABLE_FAMILIES) {
    // (an instance's method, `Engine(id).generate`, is read off the chain as `Engine.generate`)
    maps.set(family, new Map((data[family] as SdkMethod[]).map((e) => [e.m.replace(/\(\w*\)/g, ''), e])));
  }
  for (const family of LISTED_FAMILIES) {
    const methods = (data[family] as { methods: SdkMethod[] }).methods;
    maps.set(family, new Map(methods.map((e) => [e.m, e])));
  }
  return maps;
}

/** Looks up a method path; normalises SDK wrappers such as `with_raw_response` and async legacy names. */
export function lookupSdkMethod(family: SdkFamily, members: string[]): SdkMethod | undefined {
  const map = load().get(family);
  if (!map) return undefined;
  const cleaned = members.filter((m) => !WRAPPERS.has(m));
  const key = cleaned.join('.');
  const direct = map.get(key);
  if (direct) return direct;
  if (family === 'python_legacy') {
    // every v0 method has an async twin prefixed with `a` (acreate, atranscribe, …)
    const last = cleaned[cleaned.length - 1] ?? '';
    if (last.startsWith('a')) return map.get([...cleaned.slice(0, -1), last.slice(1)].join('.'));
  }
  if (family === 'node' && cleaned[cleaned.length - 1] === 'del') return map.get([...cleaned.slice(0, -1), 'delete'].join('.'));
  // async-openai's `#[byot]` macro gives each method a `…_byot` twin with the same body, generic in its types
  // (async-openai-macros/src/lib.rs at 64bit/async-openai@ca74607): `client.responses().create_byot(request)`
  if (family === 'rust' && (cleaned[cleaned.length - 1] ?? '').endsWith('_byot')) return map.get([...cleaned.slice(0, -1), (cleaned[cleaned.length - 1] ?? '').slice(0, -5)].join('.'));
  if (family === 'go') {
    // every paged openai-go method has an `…AutoPaging` twin that wraps it: `ListAutoPaging(ctx)` returns
    // a pager over `r.List(ctx)` (all 55 in openai/openai-go@4e5a07a do exactly this)
    const last = cleaned[cleaned.length - 1] ?? '';
    if (last.endsWith('AutoPaging') && last.length > 10) return map.get([...cleaned.slice(0, -1), last.slice(0, -10)].join('.'));
  }
  return undefined;
}

/** An overload of a method, told from its namesakes by its parameters' types (`file(FileId)`, `file(FileUpload)`). */
interface SdkOverload extends SdkMethod {
  params: string[];
}

let overloads: Map<SdkFamily, SdkOverload[]> | undefined;

/**
 * The endpoint of a method one name gives to several (aallam/openai-kotlin's `file(FileId(…))` retrieves,
 * `file(FileUpload(…))` uploads), from the types of the call's arguments in order (undefined where not
 * known): the overload with those types, else the only one of that many parameters whose first type
 * is known and matches. Undefined when the types leave it open.
 */
export function lookupSdkOverload(family: SdkFamily, name: string, argumentTypes: ReadonlyArray<string | undefined>): SdkMethod | undefined {
  overloads ??= new Map(Object.entries(sdkData as Record<string, unknown>).flatMap(([key, value]) => (value && typeof value === 'object' && 'overloads' in value ? [[key as SdkFamily, (value as { overloads: SdkOverload[] }).overloads]] : [])));
  const candidates = (overloads.get(family) ?? []).filter((o) => o.m === name && o.params.length === argumentTypes.length);
  const exact = candidates.find((o) => o.params.every((p, i) => p === argumentTypes[i]));
  if (exact) return exact;
  const first = argumentTypes[0];
  const byFirst = first === undefined ? [] : candidates.filter((o) => o.params[0] === first);
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

const WRAPPERS = new Set(['with_raw_response', 'with_streaming_response', 'withResponse', 'asResponse', 'withRawResponse', 'async']);

let goServicePaths: Map<string, string[]> | undefined;

/**
 * openai-go names each resource's service type after its members, singular: `client.Chat.Completions`
 * is a `ChatCompletionService`, `client.Audio.Speech` an `AudioSpeechService`, `client.Batches` a
 * `BatchService`. The members a service type stands for, read from the SDK map's own paths.
 */
export function goServiceMembers(serviceType: string): string[] | undefined {
  if (!goServicePaths) {
    goServicePaths = new Map();
    const singular = (member: string): string => (/(?:ch|sh|x)es$/.test(member) ? member.slice(0, -2) : /[^s]s$/.test(member) ? member.slice(0, -1) : member);
    for (const key of load().get('go')?.keys() ?? []) {
      const members = key.split('.').slice(0, -1);
      for (let n = 1; n <= members.length; n++) {
        const prefix = members.slice(0, n);
        const name = prefix.map(singular).join('');
        if (!goServicePaths.has(name)) goServicePaths.set(name, prefix);
      }
    }
  }
  return goServicePaths.get(serviceType);
}

const resourcesByFamily = new Map<SdkFamily, Set<string>>();

/** Whether `members` name a resource of the family's client, the start of some method's path (`files`, `vector_stores.files`). */
export function isSdkResource(family: SdkFamily, members: readonly string[]): boolean {
  let resources = resourcesByFamily.get(family);
  if (!resources) {
    resources = new Set();
    for (const key of load().get(family)?.keys() ?? []) {
      const parts = key.split('.');
      for (let i = 1; i < parts.length; i++) resources.add(parts.slice(0, i).join('.'));
    }
    resourcesByFamily.set(family, resources);
  }
  return members.length > 0 && resources.has(members.join('.'));
}

let verbsByPath: Map<string, Set<string>> | undefined;

/** Every endpoint path the SDKs call, as templates (`/v1/files/{file_id}`). */
export function endpointPaths(): string[] {
  verbsForPath('');
  return [...(verbsByPath ?? new Map<string, Set<string>>()).keys()];
}

/** The HTTP verbs the SDKs use on an endpoint path (`/v1/chat/completions` → POST). */
export function verbsForPath(path: string): ReadonlySet<string> {
  if (!verbsByPath) {
    verbsByPath = new Map();
    for (const family of load().values()) {
      for (const e of family.values()) {
        if (e.http === 'MULTI') continue;
        const verbs = verbsByPath.get(e.path) ?? new Set<string>();
        verbs.add(e.http);
        verbsByPath.set(e.path, verbs);
      }
    }
  }
  // a legacy engine-scoped path takes the verbs of the endpoint after the engine
  const engineScoped = /^\/v1\/engines\/\{[^}]*\}(\/.+)$/.exec(path)?.[1];
  return verbsByPath.get(path) ?? (engineScoped ? verbsByPath.get(`/v1${engineScoped}`) : undefined) ?? new Set();
}
