import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteLines } from './siteLines';

// What earlier rounds left unread (528), and what rounds 103 and 104 (531–) read wrong.
describe('held-out rounds 103 and 104', () => {
  it("a client built on a parameter's default that no call in the file passes goes where the default says", () => {
    const bot = (call: string, signature = 'prompt, model=MODEL, endpoint=ENDPOINT, api_key="lm-studio"'): string =>
      [
        'import openai',
        '',
        'ENDPOINT = "http://localhost:1234/v1"',
        'MODEL = "qwen2.5-7b-instruct"',
        '',
        `def ask(${signature}):`,
        '    client = openai.Client(base_url=endpoint, api_key=api_key)',
        '    reply = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])',
        '    return reply.choices[0].message.content',
        '',
        'def main():',
        `    print(${call})`,
        '',
      ].join('\n');
    // LM Studio's local server, the only call leaving the endpoint out
    assert.deepEqual(siteLines(bot('ask("hello")'), 'bot.py'), ['8 POST /v1/chat/completions other']);
    assert.deepEqual(siteLines(bot('ask("hello", model="llama-3")'), 'bot.py'), ['8 POST /v1/chat/completions other']);
    // (a literal default too)
    assert.deepEqual(siteLines(bot('ask("hello")', 'prompt, model=MODEL, endpoint="http://localhost:11434/v1", api_key="x"'), 'bot.py'), ['8 POST /v1/chat/completions other']);
    // a call that passes it, by keyword, by position or in a spread, decides at run time
    assert.deepEqual(siteLines(bot('ask("hello", endpoint=url)'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(bot('ask("hello", MODEL, url)'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(bot('ask("hello", **options)'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    // the function handed on uncalled, or never called here: its callers are out of sight
    assert.deepEqual(siteLines(bot('run(callback=ask)'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(bot('"nothing"'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    // no default, or a default of None (the SDK's own default then, or the environment's)
    assert.deepEqual(siteLines(bot('ask("hello")', 'prompt, model=MODEL, endpoint, api_key="x"'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(bot('ask("hello")', 'prompt, model=MODEL, endpoint=None, api_key="x"'), 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    // a keyword-only parameter: positional arguments never reach it
    assert.deepEqual(siteLines(bot('ask("hello", "llama-3")', 'prompt, model=MODEL, *, endpoint=ENDPOINT, api_key="x"'), 'bot.py'), ['8 POST /v1/chat/completions other']);
    // two functions taking the name: which one builds the client is not read
    assert.deepEqual(siteLines(`${bot('ask("hello")')}\ndef other(endpoint="https://api.openai.com/v1"):\n    return endpoint\n`, 'bot.py'), ['8 POST /v1/chat/completions unknown']);
    // (a value the function sets itself, from the environment with the default as fallback, is decided at run time)
    assert.deepEqual(siteLines(bot('ask("hello")').replace('    client = openai.Client(', '    endpoint = os.environ.get("LLM_BASE_URL", endpoint)\n    client = openai.Client('), 'bot.py'), ['9 POST /v1/chat/completions unknown']);
    // (a signature over lines keeps its defaults)
    assert.deepEqual(siteLines(bot('ask("hello")', '\n    prompt,\n    model=MODEL,\n    endpoint=ENDPOINT,\n'), 'bot.py'), ['12 POST /v1/chat/completions other']);
    // (JavaScript's shorthand property on a parameter with a default, as `baseURL: baseURL`)
    const js = ['import OpenAI from "openai";', 'function ask(prompt, baseURL = "http://localhost:1234/v1") {', '  const client = new OpenAI({ baseURL });', '  return client.chat.completions.create({ model: "m", messages: [{ role: "user", content: prompt }] });', '}', 'ask("hello");', ''].join('\n');
    assert.deepEqual(siteLines(js, 'ask.js'), ['4 POST /v1/chat/completions other']);
    assert.deepEqual(siteLines(js.replace('ask("hello");', 'ask("hello", process.env.BASE);'), 'ask.js'), ['4 POST /v1/chat/completions unknown']);
    // a method, its calls through an instance naming no `self`
    const method = [
      'from openai import OpenAI',
      '',
      'class Bot:',
      '    def reply(self, prompt, base_url="https://api.groq.com/openai/v1"):',
      '        client = OpenAI(base_url=base_url)',
      '        return client.chat.completions.create(model="llama3-8b-8192", messages=[{"role": "user", "content": prompt}])',
      '',
      'print(Bot().reply("hi"))',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(method, 'bot.py'), ['6 POST /v1/chat/completions other']);
    assert.deepEqual(siteLines(method.replace('reply("hi")', 'reply("hi", "https://api.openai.com/v1")'), 'bot.py'), ['6 POST /v1/chat/completions unknown']);
  });

  it("Ruby's Faraday connection on its base given as the first argument, memoised in a method", () => {
    const rb = (base: string): string =>
      [
        'class Client',
        "  BASE_URL = 'https://api.openai.com'",
        '',
        '  def chat(messages)',
        '    connection.post("v1/chat/completions", { model: "gpt-4o-mini", messages: messages })',
        '  end',
        '',
        '  private',
        '',
        '  def connection',
        `    @connection ||= Faraday.new(${base}) do |conn|`,
        '      conn.request :json',
        '    end',
        '  end',
        'end',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(rb('BASE_URL'), 'client.rb'), ['5 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(rb("'https://api.groq.com/openai'"), 'client.rb'), ['5 POST /v1/chat/completions other']);
    // (a keyword argument that is not the URL says nothing of the base)
    assert.deepEqual(siteLines(rb('headers: { "X" => "y" }'), 'client.rb'), ['5 POST /v1/chat/completions unknown']);
  });

  it("OpenAI-DotNet's client built by C#'s target-typed `new(…)` into a member declared as OpenAIClient", () => {
    const cs = (build: string): string =>
      [
        'using OpenAI;',
        'using OpenAI.Chat;',
        '',
        'public class ChatAssistant',
        '{',
        '    private OpenAIClient OpenAI { get; set; }',
        '',
        `    public void Init() { ${build} }`,
        '',
        '    public async Task<ChatResponse> Ask(ChatRequest request)',
        '    {',
        '        return await OpenAI.ChatEndpoint.GetCompletionAsync(request);',
        '    }',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(cs('OpenAI = new(OpenAIAuthentication.Default.LoadFromDirectory(path));'), 'ChatAssistant.cs'), ['12 POST /v1/chat/completions openai']);
    // (handed in from elsewhere: its settings are out of sight)
    assert.deepEqual(siteLines(cs('OpenAI = client;'), 'ChatAssistant.cs'), ['12 POST /v1/chat/completions unknown']);
  });

  it("Guzzle's PSR-7 request under the name the file imports it by", () => {
    const php = (use: string, made: string): string =>
      [
        '<?php',
        'use GuzzleHttp\\Client;',
        use,
        '',
        'class ImageController',
        '{',
        '    public function generate($body)',
        '    {',
        '        $client = new Client();',
        `        $req = new ${made}('POST', 'https://api.openai.com/v1/images/generations', ['Content-Type' => 'application/json'], $body);`,
        '        return $client->sendAsync($req)->wait();',
        '    }',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(php('use GuzzleHttp\\Psr7\\Request as GuzzleRequest;', 'GuzzleRequest'), 'ImageController.php'), ['10 POST /v1/images/generations openai']);
    assert.deepEqual(siteLines(php('use GuzzleHttp\\Psr7\\{Request as GuzzleRequest, Uri};', 'GuzzleRequest'), 'ImageController.php'), ['10 POST /v1/images/generations openai']);
    // (another class under a name of its own says nothing: the URL is only a string handed to it)
    assert.deepEqual(siteLines(php('use App\\Models\\Job as GuzzleRequest;', 'GuzzleRequest'), 'ImageController.php'), []);
  });

  it("a request object of a type named for OpenAI alone, in a file reading a choice's message, is a chat completion's body", () => {
    const java = (type: string, read: string): string =>
      [
        'public class OpenAIBl {',
        '    @Value("${openai.api.url}")',
        '    private String apiUrl;',
        '',
        '    public String ask(String context, String prompt) {',
        `        ${type} request = new ${type}(model, context, prompt);`,
        `        ${type.replace('Request', 'Response')} response = restTemplate.postForObject(apiUrl, request, OpenAIResponse.class);`,
        `        return response.getChoices().get(0).${read};`,
        '    }',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(java('OpenAIRequest', 'getMessage().getContent()'), 'OpenAIBl.java'), ['7 POST /v1/chat/completions unknown']);
    // a choice's text is the legacy completions' answer, and a type named for something else says nothing
    assert.deepEqual(siteLines(java('OpenAIRequest', 'getText()'), 'OpenAIBl.java'), []);
    assert.deepEqual(siteLines(java('ReviewRequest', 'getMessage().getContent()'), 'OpenAIBl.java'), []);
  });

  it("ruby-openai's `parameters:` hash on a client handed in under a name for OpenAI, in a file that requires no gem", () => {
    const rb = (receiver: string, args: string): string =>
      ['def ask(bot, event, ' + receiver + ')', `  response = ${receiver}.responses.create(`, `    ${args}`, '  event.respond(response.dig("output", 1, "content", 0, "text"))', 'end', ''].join('\n');
    assert.deepEqual(siteLines(rb('openai_client', 'parameters: { model: "gpt-5-nano", input: key })'), 'lib/openai.rb'), ['2 POST /v1/responses unknown']);
    // (a name any gem's client may have, or no `parameters:` hash: nothing says ruby-openai)
    assert.deepEqual(siteLines(rb('client', 'parameters: { model: "gpt-5-nano", input: key })'), 'lib/openai.rb'), []);
    assert.deepEqual(siteLines(rb('openai_client', 'model: "gpt-5-nano", input: key)'), 'lib/openai.rb'), []);
  });

  it("Julia's OpenAI.jl: a key sends to api.openai.com, a provider where it says; the package's names bare only where the file brings them in", () => {
    const jl = (head: string, call: string): string => [head, '', 'function ask(prompt, model)', `    r = ${call}`, '    return r.response[:choices][begin][:message][:content]', 'end', ''].join('\n');
    assert.deepEqual(siteLines(jl('', 'OpenAI.create_chat(ENV["OPENAI_API_KEY"], model, [Dict("role" => "user", "content" => prompt)])'), 'src/ask.jl'), ['4 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(jl('using OpenAI', 'create_images(secret_key, prompt, 1, "512x512")'), 'src/ask.jl'), ['4 POST /v1/images/generations openai']);
    // (a provider built in the file: its base; one handed in: unknown)
    assert.deepEqual(siteLines(jl('using OpenAI\nconst provider = OpenAI.OpenAIProvider(api_key = "ollama", base_url = "http://localhost:11434/v1")', 'create_chat(provider, model, msgs)'), 'src/ask.jl'), ['5 POST /v1/chat/completions other']);
    assert.deepEqual(siteLines(jl('using OpenAI\nconst provider = AzureProvider(api_key = k, base_url = u)', 'create_chat(provider, model, msgs)'), 'src/ask.jl'), ['5 POST /v1/chat/completions azure']);
    assert.deepEqual(siteLines(jl('using OpenAI', 'create_chat(p, model, msgs)'), 'src/ask.jl'), ['4 POST /v1/chat/completions unknown']);
    // (a provider written over lines, or with its fields in order; a helper's result, or a provider set two ways: unknown)
    assert.deepEqual(siteLines(jl('using OpenAI\nprovider = OpenAIProvider(\n    api_key = "ollama",\n    base_url = "http://localhost:11434/v1",\n)', 'create_chat(provider, model, msgs)'), 'src/ask.jl'), ['8 POST /v1/chat/completions other']);
    assert.deepEqual(siteLines(jl('using OpenAI', 'create_chat(OpenAIProvider(ENV["KEY"], "http://localhost:11434/v1", ""), model, msgs)'), 'src/ask.jl'), ['4 POST /v1/chat/completions other']);
    assert.deepEqual(siteLines(jl('using OpenAI', 'create_chat(make_provider(cfg.api_key, cfg.base_url), model, msgs)'), 'src/ask.jl'), ['4 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(jl('using OpenAI\nif local\n    provider = OpenAIProvider(base_url = "http://localhost:11434/v1")\nelse\n    provider = AzureProvider(api_key = k, base_url = u)\nend', 'create_chat(provider, model, msgs)'), 'src/ask.jl'), ['9 POST /v1/chat/completions unknown']);
    // (`import OpenAI` brings no name in: only calls through the module; `using OpenAI: create_chat` only that one)
    assert.deepEqual(siteLines(jl('import OpenAI', 'OpenAI.create_chat(api_key, model, msgs)\n    create_message(thread_id, prompt)'), 'src/ask.jl'), ['4 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(jl('using OpenAI: create_chat', 'create_chat(api_key, model, msgs)\n    list_models(registry)'), 'src/ask.jl'), ['4 POST /v1/chat/completions openai']);
    // a bare name with the package not brought in, or the file's own function of that name: not the package's
    assert.deepEqual(siteLines(jl('using HTTP', 'create_images(secret_key, prompt, 1, "512x512")'), 'src/ask.jl'), []);
    assert.deepEqual(siteLines(jl('using OpenAI\ncreate_chat(k, m, x) = nothing', 'create_chat(k, model, msgs)'), 'src/ask.jl'), []);
  });

  it("Julia's `joinpath(BASE, \"chat/completions\")` joins a base and a path", () => {
    const jl = ['using HTTP, JSON', 'const OPENAI_API = "https://api.openai.com/v1"', '', 'function step(messages)', '  completions = joinpath(OPENAI_API, "chat/completions")', '  response = @mock HTTP.post(completions, headers, JSON.json(Dict("model" => "gpt-4o", "messages" => messages)))', 'end', ''].join('\n');
    assert.deepEqual(siteLines(jl, 'src/openai.jl'), ['6 POST /v1/chat/completions openai']);
    assert.deepEqual(siteLines(jl.replace('https://api.openai.com/v1', 'https://api.groq.com/openai/v1'), 'src/openai.jl'), ['6 POST /v1/chat/completions other']);
  });

  it('a client a function hands on from inside a closure of the function that built it', () => {
    const py = [
      'from openai import AsyncOpenAI',
      '',
      'async def process(client, prompt):',
      '    return await client.chat.completions.create(model="gpt-oss:120b", messages=[{"role": "user", "content": prompt}])',
      '',
      'async def batch(prompts):',
      '    client = AsyncOpenAI(base_url="http://localhost:11434/v1", api_key="ollama")',
      '    async def limited(prompt):',
      '        return await process(client, prompt)',
      '    return [await limited(p) for p in prompts]',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'batch.py'), ['4 POST /v1/chat/completions other']);
    // (the closure's own parameter of that name is its caller's)
    assert.deepEqual(siteLines(py.replace('async def limited(prompt):', 'async def limited(prompt, client=None):'), 'batch.py'), ['4 POST /v1/chat/completions unknown']);
  });

  it('an attribute set to a literal base in one branch and to another value in the other is decided at run time', () => {
    const py = (otherwise: string): string =>
      [
        'import os, httpx',
        '',
        'class ResponsesClient:',
        '    def __init__(self):',
        '        endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")',
        '        if endpoint:',
        `            self.base_url = ${otherwise}`,
        '        else:',
        '            self.base_url = "https://api.openai.com/v1"',
        '',
        '    async def create(self, body):',
        '        async with httpx.AsyncClient() as client:',
        '            r = await client.post(f"{self.base_url}/responses", json=body)',
        '            return r.json()',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(py('f"{endpoint}/openai/v1"'), 'client.py'), ['13 POST /v1/responses unknown']);
    // (the same literal both ways is that base, whatever its quotes)
    assert.deepEqual(siteLines(py('"https://api.openai.com/v1"'), 'client.py'), ['13 POST /v1/responses openai']);
    assert.deepEqual(siteLines(py("'https://api.openai.com/v1'"), 'client.py'), ['13 POST /v1/responses openai']);
  });

  it('whichever of two clients the class keeps is set: `client = self.azure_client or self.openai_client`', () => {
    const py = (second: string): string =>
      [
        'from openai import AsyncOpenAI',
        '',
        'class LLMClient:',
        '    def __init__(self, key, endpoint):',
        '        self.azure_client = None',
        '        self.openai_client = None',
        '        if endpoint:',
        '            self.azure_client = AsyncOpenAI(base_url="https://res.openai.azure.com/openai/v1", api_key=key)',
        '        else:',
        `            self.openai_client = ${second}`,
        '',
        '    async def chat(self, messages):',
        '        client = self.azure_client or self.openai_client',
        '        return await client.chat.completions.create(model="gpt-4o", messages=messages)',
        '',
        'async def summarise(text):',
        '    client = get_responses_client()',
        '    return await client.create(text)',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(py('AsyncOpenAI(api_key=key)'), 'llm_client.py'), ['14 POST /v1/chat/completions unknown']);
    // (both to one destination: that one)
    assert.deepEqual(siteLines(py('AsyncOpenAI(base_url="https://res.openai.azure.com/openai/v1", api_key=key)'), 'llm_client.py'), ['14 POST /v1/chat/completions azure']);
  });

  it("Unity's `new UnityWebRequest(url, \"POST\")` whose upload handler is given a chat body another method builds", () => {
    const cs = (verb: string, read: string): string =>
      [
        'using UnityEngine.Networking;',
        'public class OpenAIAPIManager : MonoBehaviour',
        '{',
        '    public string apiUrl;',
        '    private IEnumerator PostRequest(string prompt)',
        '    {',
        '        string jsonPayload = CreateJsonPayload(prompt);',
        '        byte[] jsonToSend = new UTF8Encoding().GetBytes(jsonPayload);',
        `        using (UnityWebRequest request = new UnityWebRequest(apiUrl, ${verb}))`,
        '        {',
        '            request.uploadHandler = new UploadHandlerRaw(jsonToSend);',
        '            yield return request.SendWebRequest();',
        '            var response = JsonUtility.FromJson<OpenAIResponse>(request.downloadHandler.text);',
        `            Debug.Log(${read});`,
        '        }',
        '    }',
        '    public string CreateJsonPayload(string prompt)',
        '    {',
        '        var payload = new OpenAIPayload { model = apiModel, messages = new[] { new Message { role = "user", content = prompt } } };',
        '        return JsonUtility.ToJson(payload);',
        '    }',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(cs('"POST"', 'response.choices[0].message.content'), 'OpenAIAPIManager.cs'), ['9 POST /v1/chat/completions unknown']);
    // (the handler cast, as Unity's samples write it, or handed to the constructor)
    assert.deepEqual(siteLines(cs('"POST"', 'response.choices[0].message.content').replace('= new UploadHandlerRaw', '= (UploadHandler)new UploadHandlerRaw'), 'OpenAIAPIManager.cs'), ['9 POST /v1/chat/completions unknown']);
    assert.deepEqual(siteLines(cs('"POST", new DownloadHandlerBuffer(), new UploadHandlerRaw(jsonToSend)', 'response.choices[0].message.content').replace('            request.uploadHandler = new UploadHandlerRaw(jsonToSend);\n', ''), 'OpenAIAPIManager.cs'), ['9 POST /v1/chat/completions unknown']);
    // (a GET, or an answer read as no chat's: nothing)
    assert.deepEqual(siteLines(cs('"GET"', 'response.choices[0].message.content'), 'OpenAIAPIManager.cs'), []);
    assert.deepEqual(siteLines(cs('"POST"', 'response.result'), 'OpenAIAPIManager.cs'), []);
  });

  it("chatgpt_rs: a Conversation taken out of a collection of them, the send chained on, named where the chain starts", () => {
    const rs = (held: string): string =>
      [
        'use chatgpt::converse::Conversation;',
        'pub struct State {',
        `    pub conversations: ${held},`,
        '}',
        'async fn ask(author: UserId, message: &str) -> Result<String, Error> {',
        '    let response = STATE',
        '        .lock()',
        '        .await',
        '        .conversations',
        '        .entry(author)',
        '        .or_insert_with(new_conversation)',
        '        .send_message(message)',
        '        .await?;',
        '    Ok(response.message().content.clone())',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(siteLines(rs('HashMap<UserId, Conversation>'), 'handlers.rs'), ['12 POST /v1/chat/completions openai']);
    // (a Telegram bot's `send_message` in the same file goes through no collection of conversations)
    assert.deepEqual(siteLines(`${rs('HashMap<UserId, Conversation>')}async fn greet(bot: Bot, msg: Message) {\n    bot.clone().send_message(msg.chat.id, "Hello!").await?;\n}\n`, 'handlers.rs'), ['12 POST /v1/chat/completions openai']);
    // (no collection of conversations: the chain's receiver is not known to be one)
    assert.deepEqual(siteLines(rs('HashMap<UserId, Session>'), 'handlers.rs'), []);
  });
});
