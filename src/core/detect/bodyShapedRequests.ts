import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import { buildSite, COMPLETION_TEXT_READ, isHttpCall, ownRequestSenders } from './httpCalls';
import type { LocalSender } from './localHelpers';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import { perText } from './perText';
import { countBelow } from './sorted';
import type { SourceText } from './sourceText';

/** How far back from a request its body may be built (the function around it, roughly). */
const BODY_WINDOW = 3000;
/** URL names that say another API: a chat-shaped body there is that API's own. */
const OTHER_API = /anthropic|claude|ollama|gemini|cohere|huggingface/i;
/** A URL's name that says an OpenAI-compatible host: `OPENROUTER_API_URL`, `settings.openai_url`, `DEEPSEEK_ENDPOINT`. */
const COMPATIBLE_NAMED = /open_?router|open_?ai|deep_?seek|groq|together|fireworks|perplexity|mistral/i;
/** A name or setting that says Azure OpenAI. */
const AZURE_NAMED = /azure_?-?open_?-?ai|aoai/i;

/**
 * Raw POSTs to a URL decided at run time with no path in the code (`requests.post(self.endpoint_url,
 * json=payload)`, `fetch(endpoint, …)`, Go's `http.NewRequest("POST", apiURL, body)`), recognised as
 * OpenAI-compatible chat completions by what they send and read: a body built with `model` and
 * `messages` (in the call, or a value it passes), and a response read through `choices` somewhere
 * in the file (Ollama's and Anthropic's own chat APIs take the same body but answer without
 * `choices`); or as Responses API requests by a body with `input` and `model` in a file that reads
 * `output_text` (embeddings take `input` and `model` too, and answer without it); or as legacy completions by a body
 * with `prompt` and `model` in a file that reads a choice's `text`. The destination
 * is unknown: only the run decides it. Calls already found by their
 * URL are left alone, and so is the request of a function that sends to a URL its caller hands it
 * (`func (c *Client) doWithRetry(ctx, url, …)`) when a call of it here was reported: the request is there.
 */
export function detectBodyShapedRequests(src: SourceText, lexed: Lexed, language: SourceLanguage, found: readonly CallSite[]): CallSite[] {
  const code = lexed.code;
  const text = src.noComments;
  // (`choices` read as a key, Go's field `Choices`, a Java getter `getChoices()`, or a DTO's `getChoicesList()`)
  const choicesRead = /(?:\b|get)[Cc]hoices(?:List)?\b/.test(text);
  const chatFile = choicesRead && /\bmessages\b/i.test(text);
  // (or sent to a URL named for an OpenAI-compatible host, whatever the file reads of the answer: `settings.OPENROUTER_API_URL`)
  // (when it reads no answer as another API's: Anthropic's `['content'][0]`, Ollama's `['message']['content']`)
  const compatibleNamed = !chatFile && COMPATIBLE_NAMED.test(text) && /\bmessages\b/i.test(text) && !/\[[ \t]*["']content["'][ \t]*\]|\.content[ \t]*\[|\bmessage\.content\b/.test(text);
  // (a Responses API request: its answer read through `output_text`, the body an `input` and a `model`)
  const responsesFile = /\boutput_text\b/.test(text) && /\binput\b/.test(text);
  // (an embeddings request: the same body, its answer read as `data[0].embedding`; Ollama's own answer has `embeddings`)
  const embeddingsFile = /\bembedding\b/.test(text) && /\binput\b/.test(text);
  // (a legacy completions request: its answer read as a choice's `text`, `choices[0].text`, `["choices"][i]["text"]`, Java's
  // `getChoices().get(0).getText()`, or Go's `Choices []struct { Text string }`; not any `choices` and any `.text` of a file)
  const completionsFile = choicesRead && COMPLETION_READ.test(text);
  // (Java, Kotlin and C# send a request object of a type named for a chat completion, its messages built inside it:
  // `restTemplate.postForObject(apiUrl, new ChatRequest(model, prompt), ChatResponse.class)`)
  // (its answer's choices read off it: `response.getChoices()`, `.choices[0]`, C#'s `.Choices[0]`; not any word `choices`)
  const jvm = language === 'java' || language === 'kotlin';
  const jsonMayBeBody = jvm || language === 'csharp';
  // (or a type named for OpenAI alone, `new OpenAIRequest(model, context, prompt)`, in a file reading a choice's message: a chat's answer)
  // (the file asked once: each call site's bodies are asked again)
  let choiceMessageRead: boolean | undefined;
  const typedBody = (body: string): boolean => TYPED_CHAT_BODY(body) || (TYPED_OPENAI_BODY.test(body) && (choiceMessageRead ??= CHOICE_MESSAGE_READ.test(text)));
  const typedChatFile = jsonMayBeBody && choicesRead && /(?:\.[ \t]*|\bget)[Cc]hoices(?:List)?\b/.test(text) && typedBody(text);
  if (!chatFile && !compatibleNamed && !responsesFile && !embeddingsFile && !completionsFile && !typedChatFile) return [];
  const modelNamed = /\bmodel\b/i.test(text);
  // (most files name no other API: the function around each request is read only when one does)
  const mentionsOtherApi = OTHER_API.test(text);
  const taken = new Set(found.map((s) => s.range.start.line));
  const sites: CallSite[] = [];
  // a function that sends to its parameter `url`, one of whose calls in this file was reported as
  // the request (the others, and a function only other files call, keep the request where it is)
  let senders: Array<[string, LocalSender]> | undefined;
  let starts: number[] | undefined;
  let callLines: Map<string, number[]> | undefined;
  const inSenderOf = (url: string, at: number): boolean => {
    senders ??= [...ownRequestSenders(src, lexed, language)].sort((a, b) => a[1].start - b[1].start);
    starts ??= senders.map(([, s]) => s.start);
    // the senders around the request: the last few to start before it (nesting is shallow)
    const lo = countBelow(starts, at + 1);
    const around = senders.slice(Math.max(0, lo - 8), lo).filter(([, s]) => at < s.end && [...s.urlParams].some((i) => s.params[i] === url));
    if (around.length === 0) return false;
    // every sender's calls, found in one pass over the file
    callLines ??= sendersCallLines(code, senders);
    return around.some(([name, s]) => (callLines?.get(name.replace(/^\./, '')) ?? []).some((c) => (c < s.start || c >= s.end) && taken.has(src.range(c, c).start.line)));
  };
  // the module each imported name comes from, read on first need
  let imported: Map<string, string> | undefined;
  // (read on first need: most files with a chat body send it to a URL found nearby)
  let earlierValues: ReturnType<typeof assignmentsAndParameters> | undefined;
  const earlier = (): ReturnType<typeof assignmentsAndParameters> | undefined => (language === 'go' ? undefined : (earlierValues ??= assignmentsAndParameters(text)));
  // (PHP: a Guzzle client's or Laravel's `Http` post, `$this->client->post(env('OPENAI_API_URL'), [...])`, by its method alone)
  const calls = language === 'go' ? /\b((?:[A-Za-z_]\w*\.)?NewRequest(WithContext)?)[ \t]*\(/g : language === 'php' ? /(?<=(?:->|::)[ \t]*)(post)[ \t]*\(/g : /(?<![\w$]|[\w$]\.)((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)[ \t]*\(/g;
  for (const m of code.matchAll(calls)) {
    const callee = m[1] ?? '';
    const start = m.index ?? 0;
    // (C#: a project's own helper handed RestSharp's verb, `httpService.GetResponseFromUrl(url, Method.Post, …, data)`)
    // (Apache HttpClient's `new HttpPost(apiUrl)`, its body set on it after: `httpPost.setEntity(new StringEntity(requestBody))`)
    // (Kotlin builds it without `new`: `val httpPost = HttpPost(apiUrl)`)
    // (Unity's `new UnityWebRequest(apiUrl, "POST")`, its body set on it after: `request.uploadHandler = new UploadHandlerRaw(bytes)`)
    // (or handed it as the fourth argument: `new UnityWebRequest(url, "POST", new DownloadHandlerBuffer(), new UploadHandlerRaw(bytes))`)
    const unityPost = language === 'csharp' && callee === 'UnityWebRequest' && /\bnew[ \t]+$/.test(code.slice(Math.max(0, start - 12), start)) && UNITY_POST_ARGUMENTS.test(text.slice(start + m[0].length - 1, start + 400));
    // (a request object made to post, Apache's or Unity's: its body is read apart from its URL)
    const postRequestObject = unityPost || (jvm && callee === 'HttpPost' && (language === 'kotlin' ? /(?:=|\breturn)[ \t]*$/ : /\bnew[ \t]+$/).test(code.slice(Math.max(0, start - 12), start)));
    // (Java's HttpClient: `HttpRequest.newBuilder().uri(URI.create(apiUrl))…POST(BodyPublishers.ofString(body))`, posted by the chain)
    const builderPost = jvm && callee === 'URI.create' && /\.[ \t]*uri[ \t]*\([ \t]*$/.test(code.slice(Math.max(0, start - 20), start));
    if (language !== 'php' && !postRequestObject && !builderPost && !isHttpCall(callee) && !(language === 'csharp' && /^[^;]{0,200}?[(,][ \t\n]*Method\.Post[ \t\n]*[,)]/.test(code.slice(start + m[0].length - 1, start + 400)))) continue;
    const open = start + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (close < 0) continue;
    const args = splitTopLevel(text.slice(open + 1, close - 1)).map((a) => a.trim());
    const url = urlArgument(args, language, m[2] !== undefined);
    // (the builder's body: the argument of the `POST(` its chain goes on to, in the same statement)
    const builderBody = builderPost ? chainedPostBody(code, text, close) : undefined;
    if (!url || OTHER_API.test(url) || !(postRequestObject || builderBody || posts(callee, args, language)) || (mentionsOtherApi && forOtherApi(text, start, text.slice(open, close)))) continue;
    const at = src.range(start, start + callee.length).start.line;
    if (taken.has(at)) continue;
    // a URL this function builds from a literal was the URL detectors' to judge (`ollamaUrl + '/api/chat'`)
    // (also a template that puts a path after a placeholder: `f"{GATEWAY_URL}/api/embeddings"`)
    const value = lastValue(text, url, start, earlier) ?? '';
    // (also a path after two placeholders: `${this.baseUrl}${modelName}/invoke`, Bedrock's)
    if (/["'`](?:[a-z]+:\/\/|\/|\$?\{[^{}\n]*\}\/)|\+[ \t]*["'`]/i.test(value) || /^`[^`]*\}\/[\w-]/.test(value.trim())) continue;
    // an Azure OpenAI deployment's URL (`process.env.AZURE_OPENAI_ENDPOINT`, also read into
    // `self.endpoint`) names the model in its path: the body has none
    // (or sent with Azure's `api-version` query: `f"{self.api_url}?api-version={v}"`)
    // (or built by a function of a module named for it, handed an API version: `buildChatCompletionsUrl(modelId, cfg.apiVersion)`
    // imported from `@/lib/azure-openai`)
    const azure = AZURE_NAMED.test(url) || AZURE_NAMED.test(value) || /^[rfbu]{0,2}["'`][^"'`\n]*\?api-version=/.test(args[0] ?? '') || builtByAzureModule(value, (imported ??= importedFrom(text)));
    // (Unity's upload handler handed to the constructor: its fourth argument, `new UploadHandlerRaw(bytes)`)
    const handler = unityPost ? UPLOAD_HANDLER_ARGUMENT.exec(args[3] ?? '') : null;
    // (else the body is read back from where it is set: it may be built after the request, `post.setEntity(new StringEntity(body))`)
    const entity = handler ? { body: handler[1] ?? '', at: start } : postRequestObject ? bodySetAfter(text, start, close) : builderBody;
    // (Rust hands the body to a link of the request's chain: ureq's `.send_json(&body)`, reqwest's `.json(&body)`)
    const sent = entity ? entity.body : `${args.filter((a) => a !== url).join(',')}${language === 'rust' ? chainedRustBody(code, text, close) : ''}`;
    const sends = (isBody: (body: string) => boolean): boolean => sendsBody(text, sent, entity?.at ?? start, 0, isBody, jsonMayBeBody);
    // (the URL named so, or read from a setting named so: `endpoint = os.getenv("OPENAI_FULL_ENDPOINT")`; one named for OpenAI
    // itself may be a deployment's whole URL, whose body names no model)
    const openAINamed = compatibleNamed && /open_?ai/i.test(`${url} ${value}`);
    const chat = ((chatFile || (compatibleNamed && (COMPATIBLE_NAMED.test(url) || COMPATIBLE_NAMED.test(value)))) && (modelNamed || azure) && sends(azure || openAINamed ? MESSAGES_BODY : CHAT_BODY)) || (typedChatFile && sends(typedBody));
    // (an embeddings request first: a file may read `output_text` elsewhere; both send the same body, read once)
    let inputSent: boolean | undefined;
    const sendsInput = (): boolean => (inputSent ??= sends(RESPONSES_BODY));
    const embeddings = !chat && embeddingsFile && modelNamed && readsEmbeddings(text, close) && sendsInput();
    const responses = !chat && !embeddings && responsesFile && !azure && modelNamed && sendsInput();
    const completions = !chat && !embeddings && !responses && completionsFile && modelNamed && sends(COMPLETIONS_BODY);
    if (!chat && !responses && !embeddings && !completions) continue;
    if (inSenderOf(url, start)) continue;
    taken.add(at);
    const dest = embeddings
      ? { provider: azure ? ('azure' as const) : ('unknown' as const), host: `${url} (a URL decided at run time; the request sends an embeddings input and reads data[…].embedding)` }
      : azure
        ? { provider: 'azure' as const, host: `${url} (an Azure OpenAI deployment URL by its name or the setting it is read from, decided at run time; the request sends ${completions ? "a completion prompt and reads its choices' text" : 'chat messages and reads their choices'})` }
        : responses
          ? { provider: 'unknown' as const, host: `${url} (a URL decided at run time; the request sends a Responses API input and reads its output_text)` }
          : completions
            ? { provider: 'unknown' as const, host: `${url} (a URL decided at run time; the request sends a completion prompt and reads its choices' text)` }
            : { provider: 'unknown' as const, host: `${url} (a URL decided at run time; the request sends a chat completion${chatFile || typedChatFile ? ' and reads its choices' : ', to a URL named for an OpenAI-compatible host'})` };
    sites.push(buildSite(src, language, { callee, start, open, close }, `https://runtime.invalid/v1/${embeddings ? 'embeddings' : responses ? 'responses' : completions ? 'completions' : 'chat/completions'}`, dest, text.slice(open, close), builderPost ? 'POST' : undefined));
  }
  return sites;
}

/** The arguments of the links of a Rust request's chain after `from` that hand it its body (`.send_json(&body)`, `.json(&req)`). */
function chainedRustBody(code: string, text: string, from: number): string {
  let end = from;
  let body = '';
  for (let links = 0; links < 8; links++) {
    const next = /^\s*\.\s*([a-z_]\w*)\s*\(/.exec(code.slice(end, end + 200));
    const close = next ? matchingBracket(code, end + next[0].length - 1, 4000) : -1;
    if (!next || close < 0) break;
    if (/^(?:send_json|json|send_string|body|form|send_form)$/.test(next[1] ?? '')) body += `,${text.slice(end + next[0].length, close - 1)}`;
    end = close;
    // (`?` between links: `.send_json(&body)?.into_string()?`)
    while (code[end] === '?') end++;
  }
  return body;
}

/** A body handed to a request apart from its call, and where: the names it is built from are looked for before `at`. */
type HandedBody = { body: string; at: number };

/** The body a Java request builder's chain hands its `.POST(…)` after `from` (before the statement ends), and where. */
function chainedPostBody(code: string, text: string, from: number): HandedBody | undefined {
  const post = /^[^;]{0,600}?\.[ \t]*POST[ \t]*\(/.exec(code.slice(from, from + 600));
  if (!post) return undefined;
  const open = from + post[0].length - 1;
  const end = matchingBracket(code, open);
  return end < 0 ? undefined : { body: text.slice(open + 1, end - 1), at: open };
}

/**
 * What a request object built at `start` is given to send after it, in the method, and where: the arguments of Apache
 * HttpClient's `holder.setEntity(…)`, or of the handler Unity's `holder.uploadHandler = new UploadHandlerRaw(…)` makes.
 */
function bodySetAfter(text: string, start: number, close: number): HandedBody | undefined {
  const holder = /([A-Za-z_]\w*)(?:[ \t]*:[ \t]*\w+)?[ \t]*=[ \t]*(?:new[ \t]+)?$/.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  if (holder === undefined) return undefined;
  const set = new RegExp(`\\b${escapeRe(holder)}[ \\t]*\\.[ \\t]*(?:setEntity[ \\t]*\\(|uploadHandler[ \\t]*=[ \\t]*${NEW_UPLOAD_HANDLER})`).exec(text.slice(close, close + 1500));
  if (!set) return undefined;
  const open = close + set.index + set[0].length - 1;
  const end = matchingBracket(text, open);
  return end < 0 ? undefined : { body: text.slice(open + 1, end - 1), at: open };
}

/** Unity's request made to post, read from its bracket: `new UnityWebRequest(url, "POST"`, `(url, UnityWebRequest.kHttpVerbPOST)`. */
const UNITY_POST_ARGUMENTS = /^\([^,()]+,[ \t]*(?:"POST"|UnityWebRequest\.kHttpVerbPOST)[ \t]*[,)]/;
/** Unity's upload handler made on a body, cast or not, to its bracket: `new UploadHandlerRaw(`, `(UploadHandler)new UploadHandlerRaw(`. */
const NEW_UPLOAD_HANDLER = String.raw`(?:\([ \t]*UploadHandler[ \t]*\)[ \t]*)?new[ \t]+UploadHandlerRaw[ \t]*\(`;
/** An argument that is such a handler, [1] its body. */
const UPLOAD_HANDLER_ARGUMENT = new RegExp(String.raw`^${NEW_UPLOAD_HANDLER}([\s\S]*)\)$`);

/** Whether `value` calls a function imported from a module named for Azure OpenAI, handing it an API version. */
function builtByAzureModule(value: string, imported: ReadonlyMap<string, string>): boolean {
  const called = /^(?:await[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*\(([^()]*)\)/.exec(value.trim());
  return called !== null && /api_?version/i.test(called[2] ?? '') && AZURE_NAMED.test(imported.get(called[1] ?? '') ?? '');
}

/** The module each name a file imports comes from: `import { a, b as c } from "m"`, Python's `from m import a, b`. */
function importedFrom(text: string): Map<string, string> {
  const modules = new Map<string, string>();
  for (const m of text.matchAll(/\bimport[ \t]*\{([^{}]{0,2000})\}[ \t]*from[ \t]*["']([^"'\n]+)["']|\bfrom[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w \t,]{0,2000})/g)) {
    for (const part of (m[1] ?? m[4] ?? '').split(',')) {
      const local = /(?:^|\s)(?:[\w$]+[ \t]+as[ \t]+)?([\w$]+)\s*$/.exec(part)?.[1];
      if (local) modules.set(local, m[2] ?? m[3] ?? '');
    }
  }
  return modules;
}

/**
 * Whether the answer to the request that ends at `close` is read as OpenAI's embeddings answer, in the function it is sent from:
 * its `data` list, then an item's `embedding` (`data["data"][0]["embedding"]`, `item["embedding"] for item in data["data"]`,
 * `json.data[0].embedding`).
 */
function readsEmbeddings(text: string, close: number): boolean {
  const after = text.slice(close, close + 800);
  // (the next function, or the next method of a class: `async embed(text: string) {`)
  const nextFunction = /\n[ \t]*(?:(?:async[ \t]+)?def[ \t]|(?:export[ \t]+)?(?:async[ \t]+)?function\b|func[ \t]|(?:(?:public|private|protected|static|async)[ \t]+)*(?!(?:if|for|while|switch|catch)\b)[A-Za-z_$][\w$]*[ \t]*\([^()\n]*\)[^\n;]*\{)/.exec(after);
  const body = nextFunction ? after.slice(0, nextFunction.index) : after;
  return /\[[ \t]*["']data["'][ \t]*\]|\.data\b/.test(body) && /\[[ \t]*["']embedding["'][ \t]*\]|\.embedding\b/.test(body);
}

/**
 * Whether the request is another API's: the function around it is named for one by its own name or
 * receiver type (`func (p *anthropicLLM) Complete(…)`, `def call_claude(…)`, `const askClaude = async () =>`;
 * not its parameters), or the request itself carries that API's header (`anthropic-version`): in its
 * arguments, in a headers value they name, or set on the request it builds (Go's `req.Header.Set(…)`).
 */
function forOtherApi(text: string, at: number, args: string): boolean {
  const before = text.slice(Math.max(0, at - BODY_WINDOW), at);
  let name: string | undefined;
  for (const m of before.matchAll(FUNCTION_HEAD)) {
    const own = m.slice(1).filter((g) => g !== undefined).join(' ');
    if (!/^(?:if|for|while|switch|catch|with|return)$/.test(own)) name = own;
  }
  if (name !== undefined && OTHER_API.test(name)) return true;
  if (/anthropic-version/i.test(args)) return true;
  const headers = /\bheaders["']?[ \t]*[:=][ \t]*([A-Za-z_$][\w$.]*)/.exec(args)?.[1];
  const assigned = headers === undefined ? undefined : lastAssignment(before, headers);
  if (assigned !== undefined && /anthropic-version/i.test(valueOf(before, assigned, before.length))) return true;
  const holder = /(?:^|[^\w$.])([A-Za-z_]\w*)(?:[ \t]*,[ \t]*\w+)?[ \t]*:?=[ \t]*$/.exec(before.slice(-120))?.[1];
  return holder !== undefined && new RegExp(`\\b${escapeRe(holder)}\\.Header\\.(?:Set|Add)\\([ \\t]*"anthropic-version"`, 'i').test(text.slice(at, at + 1200));
}
/**
 * A line that starts a function, its name in a group (Go's with its receiver's): Go's `func`,
 * Python's `def`, JavaScript's `function`, an arrow given to a name, a method.
 */
const FUNCTION_HEAD = /^[ \t]*(?:func[ \t]*(?:\([ \t]*\w*[ \t]*\*?[ \t]*(\w+)[^)\n]{0,100}\)[ \t]*)?(\w+)[ \t]*\(|(?:async[ \t]+)?def[ \t]+(\w+)|(?:export[ \t]+)?(?:default[ \t]+)?(?:async[ \t]+)?function\b[ \t*]*([\w$]*)|(?:export[ \t]+)?(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*(?:async[ \t]*)?(?:\([^()\n]{0,200}\)|[\w$]+)[ \t]*=>|(?:(?:public|private|protected|static|async)[ \t]+)*([\w$]+)[ \t]*\([^()\n]{0,200}\)[ \t]*(?::[^{\n]{0,80})?\{)/gm;

/** A completion's answer read as such (see detectBodyShapedRequests). */
const COMPLETION_READ = new RegExp(String.raw`${COMPLETION_TEXT_READ.source}|\bgetChoices\(\)\.get\([^()]{1,20}\)\.getText\(|\bChoices[ \t]+\[\][ \t]*struct[ \t]*\{[^{}]{0,300}\bText\b`);

// keys, keyword arguments, Go fields, or JavaScript shorthand (`{ model, messages }`)
const MODEL_KEY = /["']?\b[Mm]odel["']?[ \t]*(?:[:=]|[,}\n])/;
const MESSAGES_KEY = /["']?\b[Mm]essages["']?[ \t]*(?:[:=]|[,}\n])/;
const INPUT_KEY = /["']?\b[Ii]nput["']?[ \t]*(?:[:=]|[,}\n])/;
const PROMPT_KEY = /["']?\b[Pp]rompt["']?[ \t]*(?:[:=]|[,}\n])/;
/** A constructor handed the names as its whole argument list, in any order: Kotlin's `ChatGptRequest(model, messages)`. */
const constructedWith = (body: string, names: readonly string[]): boolean => {
  for (const m of body.matchAll(/\b[A-Z]\w*[ \t]*\(([^()\n]{0,200})\)/g)) {
    const args = new Set((m[1] ?? '').split(',').map((a) => a.trim().toLowerCase()));
    if (args.size === names.length && names.every((n) => args.has(n))) return true;
  }
  return false;
};
const MESSAGES_BODY = (body: string): boolean => MESSAGES_KEY.test(body);
/** A request object built of a type named for a chat completion: `new ChatCompletionRequest(model, prompt)`, Kotlin's `ChatGptRequest(…)`, C#'s `new ChatRequest { … }`. */
// (named for OpenAI's chat only: `LiveChatRequest`, `CreateChatRequest` are others'; C#'s brace may open the next line; a word
// after it names the same body, `ChatRequestRestCall`, `ChatRequestDto`)
const TYPED_CHAT_BODY = (body: string): boolean => /(?<![\w$.])(?:new[ \t]+)?(?:OpenA[Ii]|Gpt|GPT)?Chat(?:GPT|Gpt)?(?:Completions?)?Request(?:(?:Rest)?Call|Dto|DTO|Body|Payload)?(?:[ \t]*\(|\s{0,40}\{)/.test(body);
/** A request type named for OpenAI alone, `new OpenAIRequest(model, context, prompt)`: a chat's only where a choice's message is read. */
const TYPED_OPENAI_BODY = /(?<![\w$.])(?:new[ \t]+)?OpenA[Ii](?:Api)?Request(?:Dto|DTO|Body)?[ \t]*\(/;
/** A choice's message read off a typed answer: `response.getChoices().get(0).getMessage()`, C#'s `.Choices[0].Message`. */
const CHOICE_MESSAGE_READ = /[Cc]hoices(?:List)?\b[^;\n]{0,60}?(?:\.[ \t]*getMessage[ \t]*\(|\.[ \t]*[Mm]essage\b)/;
const CHAT_BODY = (body: string): boolean => (MESSAGES_KEY.test(body) && MODEL_KEY.test(body)) || constructedWith(body, ['model', 'messages']);
const RESPONSES_BODY = (body: string): boolean => (INPUT_KEY.test(body) && MODEL_KEY.test(body)) || constructedWith(body, ['model', 'input']);
// (a body with `messages` too is a chat's)
const COMPLETIONS_BODY = (body: string): boolean => ((PROMPT_KEY.test(body) && MODEL_KEY.test(body)) || constructedWith(body, ['model', 'prompt'])) && !MESSAGES_KEY.test(body);

/**
 * Whether what the call sends is a body `isBody` accepts (a chat's `model` and `messages`, a response's `input`, a
 * completion's `prompt`): in its own arguments, or in the value last given to a name they pass (`json=payload`, `JSON.stringify(body)`,
 * Go's `bytes.NewBuffer(reqBody)` from `json.Marshal(request)`), three names deep at most, or in
 * what a function of this file returns when the last of them is its result.
 */
function sendsBody(text: string, sent: string, callStart: number, depth: number, isBody: (body: string) => boolean, jsonMayBeBody: boolean): boolean {
  if (isBody(sent)) return true;
  if (depth >= 3) return false;
  const window = text.slice(Math.max(0, callStart - BODY_WINDOW), callStart);
  const offset = Math.max(0, callStart - BODY_WINDOW);
  for (const name of new Set([...sent.matchAll(/(?<![\w$."'])([A-Za-z_$][\w$]*)(?![\w$]*[ \t]*[=(:])/g)].map((m) => m[1] ?? ''))) {
    // (`json` is Python's and JavaScript's module or keyword argument; a body variable's name only in C#, Java and Kotlin)
    if (name === 'json' && !jsonMayBeBody) continue;
    if (/^(?:headers?|self|this|true|false|None|nil|null|ctx|context|method|POST|http|JSON|bytes|strings|url)$/.test(name)) continue;
    // (an answer read where it is sent on, `json={"text": result.choices[0].message.content}`: not the request's body)
    if (new RegExp(`${escapeRe(name)}(?:\\.|->)choices\\b|${escapeRe(name)}\\[["']choices["']\\]`).test(sent)) continue;
    const assigned = lastAssignment(window, name);
    if (assigned === undefined) continue;
    const valueStart = offset + assigned;
    const value = valueOf(text, valueStart, callStart);
    // a value read from an answer (`response.choices[0].message.content`) is no request body, even
    // when the request it answers was a chat completion (a callback posting the result on)
    if (ANSWER_READ.test(value)) continue;
    // (nor is an answer decoded, `$d = json_decode($result)`, `data = r.json()`: what it was decoded from was sent elsewhere)
    if (/\b(?:json_decode|json\.loads|JSON\.parse)[ \t]*\(|\.json[ \t]*\([ \t]*\)/.test(value)) continue;
    // (nor is a value that carries an answer on, `new ConversationEntry { Model = model, Messages = messages, Answer = answer }` with
    // `answer` read from the choices: a record of the exchange posted elsewhere)
    if (carriesAnswer(window, value)) continue;
    if (sendsBody(text, value, valueStart, depth + 1, isBody, jsonMayBeBody)) return true;
    // a body a function of this file builds (`chatRequest := newChatRequest(question)`): what it returns
    const built = /^[&*]?(?:(?:self|this)\.)?([A-Za-z_$][\w$]*)[ \t]*\(/.exec(value)?.[1];
    // (Java's, Kotlin's and C#'s, the languages whose JSON may be a body, declare methods alike:
    // `public string CreateJsonPayload(…) { var payload = new Payload { … }; return … }`)
    const returned = built === undefined ? undefined : returnedValues(text, built, jsonMayBeBody);
    if (returned !== undefined && isBody(returned)) return true;
  }
  return false;
}

/**
 * What the function `name` of this file returns (Python `def`, JavaScript `function`, Go `func`,
 * also a Go method): the values of its `return` statements, read to the end of each's brackets.
 * With `javaMethods` (Java, Kotlin, C#) and no such function, a method declared with its types (jvmMethodBody).
 */
function returnedValues(text: string, name: string, javaMethods: boolean): string | undefined {
  return returned(text, name, () => readReturnedValues(text, name, javaMethods));
}
// (one file's answers, by function name: a file asks about the same builder for each of its requests)
const returned = perText<string | undefined>();

function readReturnedValues(text: string, name: string, javaMethods: boolean): string | undefined {
  const declared = new RegExp(`(?:\\bdef|\\bfunction\\*?|\\bfunc(?:[ \\t]*\\([^()\\n]*\\))?)[ \\t]+${escapeRe(name)}[ \\t]*\\(`).exec(text);
  if (!declared) return javaMethods ? jvmMethodBody(text, name) : undefined;
  const start = declared.index + declared[0].length;
  // to the end of its block (its closing brace, or the next line indented no deeper than `def`),
  // and no further than a builder of a request body reaches
  let end = Math.min(text.length, start + BODY_WINDOW);
  if (declared[0].startsWith('def')) {
    const indent = /[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', declared.index) + 1, declared.index))?.[0].length ?? 0;
    const next = new RegExp(`\\n[ \\t]{0,${indent}}(?=[^ \\t\\n])`, 'g');
    next.lastIndex = Math.max(start, text.indexOf(':\n', start));
    const dedent = next.exec(text);
    if (dedent && dedent.index < end) end = dedent.index;
  } else {
    const open = text.indexOf('{', start);
    const close = open < 0 || open > end ? -1 : matchingBracket(text, open);
    if (close > 0 && close < end) end = close;
  }
  const body = text.slice(start, end);
  const values: string[] = [];
  // (a body it builds: a dict or object, Go's composite literal; not a request it sends and returns)
  for (const r of body.matchAll(/\breturn[ \t]+(?=\{|dict[ \t]*\(|&?[A-Za-z_][\w.]*[ \t]*\{)/g)) {
    values.push(valueOf(text, start + (r.index ?? 0) + r[0].length, start + body.length));
    if (values.length >= 4) break;
  }
  return values.length > 0 ? values.join('\n') : undefined;
}

/**
 * A Java or Kotlin method of the file that builds a request body with calls and returns it (`body.put("model", model);
 * body.put("messages", messages); return mapper.writeValueAsString(body);`): its whole body, within the window a builder
 * reaches. Not a method that sends a request itself or reads an answer (`askGpt(q)` returning the reply's content).
 */
function jvmMethodBody(text: string, name: string): string | undefined {
  // (each `name(` found once, its declaration's head read in a bounded window before it: one pattern over the file from
  // every modifier was quadratic)
  for (const m of text.matchAll(new RegExp(`\\b${escapeRe(name)}[ \\t]*\\(`, 'g'))) {
    const at = m.index ?? 0;
    if (!/\b(?:private|public|protected|static|final|fun|override|internal)\b[^;{}()=\n]*$/.test(text.slice(Math.max(0, at - 200), at))) continue;
    const paramsClose = matchingBracket(text, at + m[0].length - 1);
    const head = paramsClose < 0 ? null : /^[^{;=]{0,120}\{/.exec(text.slice(paramsClose, paramsClose + 121));
    if (!head) continue;
    const open = paramsClose + head[0].length - 1;
    const close = matchingBracket(text, open);
    if (close < 0 || close - open > BODY_WINDOW) return undefined;
    const body = text.slice(open, close);
    return /\breturn\b/.test(body) && !SENDS_OR_READS_ANSWER.test(body) ? body : undefined;
  }
  return undefined;
}
/** A method body that sends a request or reads an answer: its own chat body is no value it returns. */
const SENDS_OR_READS_ANSWER = /[Cc]hoices\b|\bHttp(?:Post|Get|Request)\b|\.(?:execute|send|sendAsync|exchange|postForEntity|postForObject|retrieve|openConnection|newCall)[ \t]*\(|getString[ \t]*\([ \t]*"content"/;

/** An answer read off a response: `.choices`, `["choices"]`, C#'s `GetProperty("choices")`, Java's `getChoices()`. */
const ANSWER_READ = /\.choices\b|\[["']choices["']\]|\([ \t]*["']choices["'][ \t]*\)|\bgetChoices[ \t]*\(/;

/** Whether a value names a variable last given an answer read off a response (`var answer = doc.RootElement.GetProperty("choices")…`). */
function carriesAnswer(window: string, value: string): boolean {
  for (const m of value.matchAll(/(?<=[=:][ \t]*)([A-Za-z_$][\w$]*)[ \t]*(?=[,}\n])/g)) {
    const assigned = lastAssignment(window, m[1] ?? '');
    if (assigned !== undefined && ANSWER_READ.test(valueOf(window, assigned, window.length))) return true;
  }
  return false;
}

/** Where the value of `name`'s last assignment in `window` starts: `payload = {`, `const body = {`, `reqBody, _ := json.Marshal(request)`. */
function lastAssignment(window: string, name: string): number | undefined {
  let pattern = ASSIGNMENT_PATTERNS.get(name);
  if (!pattern) {
    const escaped = escapeRe(name);
    // (Go's pair `body, _ := …`; not a JavaScript parameter list `{ signal, retry = false }`)
    pattern = new RegExp(`(?<![\\w$.])${escaped}(?:[ \\t]*,[ \\t]*\\w+[ \\t]*:=|[ \\t]*(?::[^=\\n]{0,60})?:?=(?!=))[ \\t]*`, 'g');
    if (ASSIGNMENT_PATTERNS.size > 500) ASSIGNMENT_PATTERNS.clear();
    ASSIGNMENT_PATTERNS.set(name, pattern);
  }
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) last = m;
  return last ? last.index + last[0].length : undefined;
}
/** The compiled pattern of each name asked about (the same few names, request after request). */
const ASSIGNMENT_PATTERNS = new Map<string, RegExp>();

/**
 * The value last given to `name` before `at`, within the window, else anywhere before it (a
 * constant far above: `_EMBED_URL = f"{GATEWAY}/api/embeddings"`, `if …: endpoint = "http://…"`)
 * unless a function declaring a parameter `name` starts in between: then the value is its caller's.
 */
function lastValue(text: string, name: string, at: number, earlierValues: () => ReturnType<typeof assignmentsAndParameters> | undefined): string | undefined {
  const offset = Math.max(0, at - BODY_WINDOW);
  const assigned = lastAssignment(text.slice(offset, at), name);
  if (assigned !== undefined) return valueOf(text, offset + assigned, at);
  if (offset === 0) return undefined;
  const earlier = earlierValues();
  const values = earlier?.assignments.get(name) ?? [];
  const value = values[countBelow(values, offset) - 1];
  if (value === undefined) return undefined;
  // (positions are in source order: a parameter declared after the value and before the call is one below `at`, above `value`)
  const parameters = earlier?.parameters.get(name) ?? [];
  if (countBelow(parameters, at) > countBelow(parameters, value + 1)) return undefined;
  return valueOf(text, value, at);
}

/**
 * Read once per file: where each assignment's value starts (`NAME = …`, `const NAME = …`, at any
 * indent), and where each function declaring a parameter of that name starts (`def f(url, …)`,
 * `function f(url)`, `(url) =>`).
 */
function assignmentsAndParameters(text: string): { assignments: Map<string, number[]>; parameters: Map<string, number[]> } {
  const add = (map: Map<string, number[]>, name: string, at: number): void => {
    const list = map.get(name) ?? [];
    list.push(at);
    map.set(name, list);
  };
  const assignments = new Map<string, number[]>();
  for (const m of text.matchAll(/^[ \t]*(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,60})?=(?!=)[ \t]*/gm)) add(assignments, m[1] ?? '', (m.index ?? 0) + m[0].length);
  const parameters = new Map<string, number[]>();
  for (const m of text.matchAll(/(?:\bdef[ \t]+\w+|\bfunction\b[ \t*]*\w*)[ \t]*\(([^()\n]{0,300})\)|\(([^()\n]{0,300})\)[ \t]*=>/g)) {
    for (const p of (m[1] ?? m[2] ?? '').matchAll(/[A-Za-z_$][\w$]*/g)) add(parameters, p[0], m.index ?? 0);
  }
  return { assignments, parameters };
}

/** The offsets of every call of each sender's name (`send(`, `c.send(`), by name, in one pass over the file. */
function sendersCallLines(code: string, senders: ReadonlyArray<[string, LocalSender]>): Map<string, number[]> {
  const names = [...new Set(senders.map(([name]) => name.replace(/^\./, '')))];
  const calls = new Map<string, number[]>();
  if (names.length === 0) return calls;
  for (const m of code.matchAll(new RegExp(`(?<![\\w$])(${names.map(escapeRe).join('|')})[ \\t]*\\(`, 'g'))) {
    const list = calls.get(m[1] ?? '') ?? [];
    list.push(m.index ?? 0);
    calls.set(m[1] ?? '', list);
  }
  return calls;
}

/** An assigned value: to the bracket that closes what it opens, else to the end of its line. */
function valueOf(text: string, from: number, limit: number): string {
  const lineEnd = text.indexOf('\n', from);
  const line = text.slice(from, lineEnd < 0 ? limit : Math.min(lineEnd, limit));
  // (a string opened and closed on the line: its own braces are no brackets, `f"{GATEWAY_URL}/api/embeddings"`)
  if (/^[rfbu]{0,2}(?:"(?!"")(?:[^"\\\n]|\\.)*"|'(?!'')(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`)[ \t;,]*$/i.test(line)) return line;
  // (Go names a composite literal's type first: `map[string]interface{}{`, `[]Message{`: its brace is the first not closed at once)
  const open = /^(?:map\[|\[\])/.test(line) ? line.search(/\{(?!\})/) : line.search(/[{([]/);
  if (open < 0) {
    // (C#'s brace on the next line: `var data = new` or `new OpenAIRequestDto` then `{ model = …, messages = … }`)
    const next = lineEnd < 0 ? null : /^\n[ \t]*\{/.exec(text.slice(lineEnd, Math.min(limit, lineEnd + 200)));
    const close = next ? matchingBracket(text, lineEnd + next[0].length - 1) : -1;
    return next && /\bnew(?:[ \t]+[A-Za-z_][\w.]*(?:<[\w., ]*>)?)?[ \t]*(?:\[\])?[ \t]*$/.test(line) ? text.slice(from, close < 0 ? Math.min(limit, from + 2000) : Math.min(close, limit)) : line;
  }
  let close = matchingBracket(text, from + open);
  // (and the calls chained on it: `new UTF8Encoding().GetBytes(json)`, `json.dumps(body).encode()`)
  for (let links = 0; close > 0 && close < limit && links < 4; links++) {
    const link = /^[ \t]*\.[ \t]*[A-Za-z_]\w*[ \t]*\(/.exec(text.slice(close, close + 80));
    const linkClose = link ? matchingBracket(text, close + link[0].length - 1) : -1;
    if (linkClose < 0) break;
    close = linkClose;
  }
  return text.slice(from, close < 0 ? Math.min(limit, from + 2000) : Math.min(close, limit));
}

/** The URL argument when it is a name, an attribute or an environment read (literals and templates are the URL detectors' job). */
function urlArgument(args: string[], language: SourceLanguage, withContext: boolean): string | undefined {
  let url: string | undefined;
  if (language === 'go') url = args[withContext ? 2 : 1];
  else if (language === 'python') url = args.find((a) => /^url[ \t]*=/.test(a))?.replace(/^url[ \t]*=[ \t]*/, '') ?? (args[0] && !/^\w+[ \t]*=(?!=)/.test(args[0]) ? args[0] : undefined);
  // (Rust borrows it: `ureq::post(&args.endpoint)`)
  else if (language === 'rust') url = args[0]?.replace(/^&/, '');
  else url = args[0]?.startsWith('{') ? /\burl[ \t]*:[ \t]*([^,}\n]+)/.exec(args[0])?.[1]?.trim() : args[0];
  if (!url) return undefined;
  // PHP: a variable or property (`$url`, `$this->apiUrl`), or a setting read whole (`env('OPENAI_API_URL')`, `config('services.openai.url')`)
  if (language === 'php') return /^\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*)*$|^(?:env|getenv|config)\(\s*["'][\w.]+["']\s*\)$/.test(url) ? url : undefined;
  // a name with only a query after it: f"{self.api_url}?api-version={self.api_version}", `${endpoint}?api-version=${v}`
  // (a `$` belongs to the placeholder it opens, never to the run before it: either way was 2^k tries on a failing match)
  const queried = /^[rfbu]{0,2}(["'`])\$?\{[ \t]*((?:self\.|this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t]*\}\?(?:[^"'`{}\n$]|\$(?!\{))*(?:\$?\{[^{}\n]*\}(?:[^"'`{}\n$]|\$(?!\{))*)*\1$/.exec(url)?.[2];
  if (queried !== undefined) return queried;
  const name = /^(?:self\.|this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(url);
  const environment = /^(?:os\.Getenv|os\.getenv|os\.environ\.get)\(\s*["'][\w]+["']\s*\)$|^os\.environ\[\s*["'][\w]+["']\s*\]$|^process\.env\.\w+$/.test(url);
  return name || environment ? url : undefined;
}

/** Whether the call sends a POST: `requests.post`, `axios.post`, `method: "POST"`, Go's `"POST"` / `http.MethodPost`. */
function posts(callee: string, args: string[], language: SourceLanguage): boolean {
  // (also Spring's `postForObject`/`postForEntity`, .NET's `PostAsync`/`PostAsJsonAsync`)
  if (/(?:^|\.)post(?:ForObject|ForEntity|Async|AsJsonAsync)?$/i.test(callee)) return true;
  if (language === 'go') return /^(?:"POST"|http\.MethodPost)$/.test(args[callee.endsWith('WithContext') ? 1 : 0] ?? '');
  if (language === 'csharp' && args.includes('Method.Post')) return true;
  // (Godot's HTTPRequest: `request(url, headers, HTTPClient.METHOD_POST, body)`)
  if (language === 'gdscript' && args.includes('HTTPClient.METHOD_POST')) return true;
  return args.some((a) => /\bmethod[ \t]*[:=][ \t]*["'`]POST["'`]/i.test(a));
}
