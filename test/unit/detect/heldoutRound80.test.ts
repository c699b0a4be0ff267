import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

const found = siteLines;

// What round 79's corpora (459–461) left, and what the eightieth round's first runs (462–464) missed.
describe('held-out round 80', () => {
  it('Python: a client handed in, called in a branch for OpenAI of a function that serves several providers (and not in the others)', () => {
    const py = [
      'class Summaries:',
      '    @staticmethod',
      '    def title(text: str, client, provider: str = "openai") -> str:',
      '        try:',
      '            if provider == "openai":',
      '                response = client.chat.completions.create(',
      '                    model="gpt-4o-mini",',
      '                    messages=[{"role": "user", "content": text}],',
      '                )',
      '                return response.choices[0].message.content',
      '            elif provider == "anthropic":',
      '                return client.messages.create(model="claude", messages=[], max_tokens=20).content[0].text',
      '            elif provider == "groq":',
      '                return client.chat.completions.create(model="llama", messages=[]).choices[0].message.content',
      '        except Exception:',
      '            return text[:40]',
      '',
      '    def embed(self, client, kind, text):',
      '        match kind:',
      '            case Provider.OPENAI:',
      '                return client.embeddings.create(model="text-embedding-3-small", input=text)',
      '',
    ].join('\n');
    assert.deepEqual(found(py, 'summaries.py'), ['6 POST /v1/chat/completions unknown', '21 POST /v1/embeddings unknown']);
    // (with no branch for OpenAI, a file naming another provider says nothing of the client it is handed)
    const unbranched = py.replace('if provider == "openai":', 'if provider != "local":').replace('case Provider.OPENAI:', 'case Provider.GROQ:');
    assert.deepEqual(found(unbranched, 'summaries.py'), []);
    // (the name in any case, a one-line branch, a prompt written at the margin inside the branch; not `if not … == "openai":`)
    const variants = [
      'def ask(text, client, provider):',
      '    if provider == "OPENAI": return client.embeddings.create(model="m", input=text)',
      '    if provider is LLMProvider.OpenAI:',
      '        prompt = """',
      'Summarize this.',
      '"""',
      '        return client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])',
      '    if not provider == "openai":',
      '        return client.chat.completions.create(model="llama", messages=[])',
      '    return client.messages.create(model="claude", messages=[], max_tokens=20)',
      '',
    ].join('\n');
    assert.deepEqual(found(variants, 'ask.py'), ['2 POST /v1/embeddings unknown', '7 POST /v1/chat/completions unknown']);
    // (however long the branch: its 400th call is read under it as its first is, and the next branch's are not)
    const long = [
      'def run(client, provider, items):',
      '    if provider == "openai":',
      ...Array.from({ length: 400 }, (_, i) => `        r${i} = client.embeddings.create(model="m", input=items[${i}])`),
      '    elif provider == "groq":',
      '        return client.embeddings.create(model="m", input=items)',
      '',
    ].join('\n');
    const longSites = found(long, 'long.py');
    assert.equal(longSites.length, 400);
    assert.equal(longSites[399], '402 POST /v1/embeddings unknown');
    // (a line of other white space, a no-break space pasted in, is no statement that ends the branch: found by the review)
    assert.equal(found(long.replace('        r1 = ', '    \u00a0\n        r1 = '), 'long.py').length, 400);
  });

  it("Go: a client read from a struct field (another package's type) that the package fills only with what one of its functions returns", () => {
    const build = ['package openaibot', '', 'import openai "github.com/sashabaranov/go-openai"', '', 'func CreateClient(key string) *openai.Client {', '\treturn openai.NewClient(key)', '}', ''].join('\n');
    const setup = [
      'package openaibot',
      '',
      'import db "example.com/app/internal/database"',
      '',
      'func Setup(user db.User, ctx context.Context) (string, error) {',
      '\tclient := CreateClient(user.Session.Key)',
      '\tuser.Session.GptClient = *client',
      '\treturn ask(user, ctx)',
      '}',
      '',
      'func ask(user db.User, ctx context.Context) (string, error) {',
      '\tc := user.Session.GptClient',
      '\tresp, err := c.CreateChatCompletion(ctx, request("hi"))',
      '\treturn resp.Choices[0].Message.Content, err',
      '}',
      '',
    ].join('\n');
    const image = ['package openaibot', '', 'import db "example.com/app/internal/database"', '', 'func Draw(session *db.Session, ctx context.Context) {', '\tresp, _ := session.GptClient.CreateImage(ctx, imageRequest())', '\t_ = resp', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('internal/openaibot/client.go', build);
    project.addFile('internal/openaibot/setup.go', setup);
    project.addFile('internal/openaibot/draw.go', image);
    // (filled in this file, the field holds that client; in another, which it holds when read is settled at run time)
    assert.deepEqual(found(setup, 'internal/openaibot/setup.go', project), ['13 POST /v1/chat/completions openai']);
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), ['6 POST /v1/images/generations unknown']);
    // (a field the package also fills with something else, a parameter, holds what is not ours to tell)
    project.addFile('internal/openaibot/restore.go', ['package openaibot', '', 'func Restore(user db.User, saved Client) {', '\tuser.Session.GptClient = saved', '}', ''].join('\n'));
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), []);
    // (and in another package's folder the field is another package's)
    project.addFile('internal/openaibot/restore.go', '');
    assert.deepEqual(found(image, 'internal/other/draw.go', project), []);
    // (so is one filled with a value a comment follows, or with a parameter another function names as the builder names its local)
    project.addFile('internal/openaibot/restore.go', ['package openaibot', '', 'func Restore(user db.User, saved Client) {', '\tuser.Session.GptClient = saved // from the cache', '}', ''].join('\n'));
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), []);
    project.addFile('internal/openaibot/restore.go', ['package openaibot', '', 'func Restore(user db.User, client *openai.Client) {', '\tuser.Session.GptClient = client', '}', ''].join('\n'));
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), []);
    project.addFile('internal/openaibot/restore.go', '');
    assert.deepEqual(found(image, 'internal/openaibot/draw.go', project), ['6 POST /v1/images/generations unknown']);
    // (the field's name is no client where a parameter of the file has it: `GptClient *groq.Client`)
    const other = ['package openaibot', '', 'func Other(ctx context.Context, s *Session, GptClient *groq.Client) {', '\tx := s.GptClient', '\t_ = x', '\tGptClient.CreateChatCompletion(ctx, req)', '}', ''].join('\n');
    assert.deepEqual(found(other, 'internal/openaibot/other.go', project), []);
  });

  it("TypeScript: an instance of the project's class whose getters hand out its client's resources (`get images() { return this.openai.images; }`)", () => {
    const service = [
      'import OpenAI from "openai";',
      '',
      'export default class OpenAIService {',
      '  private readonly openai: OpenAI;',
      '  constructor() {',
      '    this.openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      '  }',
      '  get images() {',
      '    return this.openai.images;',
      '  }',
      '}',
      '',
    ].join('\n');
    const handler = [
      'import OpenAIService from "../lib/openai";',
      '',
      'export async function draw(prompt: string) {',
      '  const openai = new OpenAIService();',
      '  const resp = await openai.images.generate({ prompt, n: 1, size: "1024x1024" });',
      '  return resp.data[0].url;',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('functions/src/lib/openai.ts', service);
    project.addFile('functions/src/handlers/draw.ts', handler);
    assert.deepEqual(found(handler, 'functions/src/handlers/draw.ts', project), ['5 POST /v1/images/generations openai']);
    // (only the resources its getters hand out: its own `files`, a store's, are not the client's)
    const withStore = handler.replace('  return resp.data[0].url;', '  await openai.files.list();\n  return resp.data[0].url;');
    project.addFile('functions/src/lib/openai.ts', service.replace('  get images() {', '  readonly files = new FileStore();\n  get images() {'));
    assert.deepEqual(found(withStore, 'functions/src/handlers/draw.ts', project), ['5 POST /v1/images/generations openai']);
    // (another class of a module of the same name is not it; an emptied module hands out nothing)
    assert.deepEqual(found(handler.replace('import OpenAIService from "../lib/openai";', 'import { Gallery } from "../web/openai";').replace('new OpenAIService()', 'new Gallery()'), 'functions/src/handlers/draw.ts', project), []);
    project.addFile('functions/src/lib/openai.ts', '');
    assert.deepEqual(found(handler, 'functions/src/handlers/draw.ts', project), []);
    project.addFile('functions/src/lib/openai.ts', service);
    // (a getter handing out another member's property of that name, a store's `images`, makes no client)
    const store = service.replace('return this.openai.images;', 'return this.db.images;').replace('private readonly openai: OpenAI;', 'private readonly openai: OpenAI;\n  private readonly db = new Db();');
    project.addFile('functions/src/lib/openai.ts', store);
    assert.deepEqual(found(handler, 'functions/src/handlers/draw.ts', project), []);
  });

  it("JavaScript: a resource of a client another module builds and exports (`export default openai.chat.completions` through a name), called as `chat.create(…)`", () => {
    const chatModule = ['import OpenAI from "openai";', '', 'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });', '', 'const chat = openai.chat.completions;', 'export const embeddings = openai.embeddings;', '', 'export default chat;', ''].join('\n');
    const session = [
      'import chat, { embeddings } from "../openai/chat.js";',
      '',
      'export async function reply(text) {',
      '  const response = await chat.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });',
      '  const vector = await embeddings.create({ model: "text-embedding-3-small", input: text });',
      '  return [response.choices[0].message.content, vector];',
      '}',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/openai/chat.js', chatModule);
    project.addFile('app/whatsapp/session.js', session);
    assert.deepEqual(found(session, 'app/whatsapp/session.js', project), ['4 POST /v1/chat/completions openai', '5 POST /v1/embeddings openai']);
    // (an exported property that is no resource, `openai.apiKey`, makes no calls of its methods)
    const notResource = chatModule.replace('const chat = openai.chat.completions;', 'const chat = openai.apiKey;');
    const other = new ProjectIndex();
    other.addFile('app/openai/chat.js', notResource);
    other.addFile('app/whatsapp/session.js', session);
    assert.deepEqual(found(session, 'app/whatsapp/session.js', other), ['5 POST /v1/embeddings openai']);
  });

  it('C#: the verb made from its name, `new HttpRequestMessage(new HttpMethod("POST"), apiCall)`, to a URL a local joins', () => {
    const cs = [
      'class Program {',
      '    static string CallOpenAI(string input, string engine) {',
      '        var apiCall = "https://api.openai.com/v1/engines/" + engine + "/completions";',
      '        using (var httpClient = new HttpClient()) {',
      '            using (var request = new HttpRequestMessage(new HttpMethod("POST"), apiCall)) {',
      '                var response = httpClient.SendAsync(request).Result;',
      '                return response.Content.ReadAsStringAsync().Result;',
      '            }',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(found(cs, 'Program.cs'), ['5 POST /v1/engines/{engine_id}/completions openai']);
    assert.deepEqual(found(cs.replace('new HttpMethod("POST")', 'new HttpMethod("DELETE")'), 'Program.cs'), ['5 DELETE /v1/engines/{engine_id}/completions openai']);
  });

  it("Python: a client a method hands out, of an attribute made from the project's class named for OpenAI (`self.client_manager.get_client()`)", () => {
    const manager = [
      'import openai',
      '',
      'class OpenAIClient:',
      '    _local = threading.local()',
      '',
      '    def get_client(self):',
      '        if not hasattr(self._local, "client"):',
      '            self._local.client = openai.OpenAI(api_key=self.api_key)',
      '        return self._local.client',
      '',
    ].join('\n');
    const moderator = [
      'import openai',
      '',
      'from .openai_client import OpenAIClient',
      '',
      'class Moderator:',
      '    def __init__(self):',
      '        self.client_manager = OpenAIClient()',
      '',
      '    def check(self, text):',
      '        client = self.client_manager.get_client()',
      '        return client.moderations.create(input=text)',
      '',
    ].join('\n');
    const project = new ProjectIndex();
    project.addFile('app/services/ai/openai_client.py', manager);
    project.addFile('app/services/ai/moderator.py', moderator);
    // (the project builds its clients only with the default base: api.openai.com)
    assert.deepEqual(found(moderator, 'app/services/ai/moderator.py', project), ['11 POST /v1/moderations openai']);
    // (a manager class named for something else hands out what is not ours to tell)
    const other = moderator.replace('from .openai_client import OpenAIClient', 'from .store_client import StoreClient').replace('= OpenAIClient()', '= StoreClient()');
    project.addFile('app/services/ai/store_client.py', manager.replace('class OpenAIClient', 'class StoreClient'));
    assert.deepEqual(found(other, 'app/services/ai/moderator.py', project), []);
  });
});

