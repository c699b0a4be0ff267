import assert from 'node:assert/strict';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';

// Inputs that once made a pattern quadratic or worse: each took seconds to minutes before its fix and takes
// milliseconds now. The fuzz test runs them for their results (no time is asserted there); `npm run bench` times
// each against the typical module's analysis rate in the same process.

/** Runs one case; the test runs it plainly, the bench times it. */
export type CaseRunner = <T>(name: string, run: () => T) => T;

let analysed = 0;
/** Characters handed to the detector so far, so the bench can rate each case per 100 KB. */
export const charactersAnalysed = (): number => analysed;
const failures: string[] = [];
/** The analyses that failed so far (the detector reports an exception as a problem, `analysis failed: …`, and goes on). */
export const analysisFailures = (): readonly string[] => failures;
const detect: typeof detectCallSites = (text, options) => {
  analysed += text.length;
  const result = detectCallSites(text, options);
  for (const problem of result.problems) if (problem.startsWith('analysis failed')) failures.push(`${options.fileName}: ${problem}`);
  return result;
};

/** `legacyNodeFile`: the corpus file `node_cjs_legacy.js`, where `npm run fuzz` found the first such input. */
export function runHostileInputs(linear: CaseRunner, legacyNodeFile: string): void {
  // Found by `npm run fuzz` (seed 294914991): the comment blanked the rest of the file to spaces,
  // and an ambiguous `\s*[?!]?\s*:` pattern backtracked quadratically over them (300 ms for 20 KB).
  const at = 698830649 % (legacyNodeFile.length + 1);
  const text = `${legacyNodeFile.slice(0, at)}/*${legacyNodeFile.slice(at)}`.repeat(21);
  assert.deepStrictEqual(linear('unterminated comment before a typed field (corpus file)', () => detect(text, { fileName: 'node_cjs_legacy.js' }).problems), []);
  linear('long blanks before a typed field', () => detect(`class A {\n  private client${' '.repeat(50_000)}: OpenAI;\n}\n${'  '.repeat(20_000)}`, { fileName: 'a.ts' }));
  // the same shape in Python (a long comment after `else:`), and a minified line with 2,000 calls
  linear('long comment after else:', () => detect(`from openai import OpenAI\nclient = OpenAI()\nif x:\n    pass\nelse:  # ${'c'.repeat(50_000)}\n`, { fileName: 'a.py' }));
  const minified = `const OpenAI=require("openai");const client = new OpenAI();${'const r = client.files.create({purpose:"batch"});'.repeat(2_000)}`;
  assert.strictEqual(linear('minified line with 2,000 calls', () => detect(minified, { fileName: 'bundle.min.js' }).sites.length), 2_000);
  // A long line of `name:` pairs (a dict or a type-annotated one-liner) in Python: the annotation
  // part of the assignment pattern ran to the line end from every name (40 KB took 0.5 s, 400 KB
  // about a minute); it is bounded now.
  // A class body of 20,000 client attributes: each looked back to its `class` line (5,000 took 1.3 s, quadratic).
  linear('class body of client attributes', () => detect(`from openai import OpenAI\nclass A:\n${'    c = OpenAI()\n'.repeat(20_000)}`, { fileName: 'attrs.py' }));
  assert.strictEqual(linear('axios instance with 3,000 posts on one line', () => detect(`const api=axios.create({baseURL:x});${"api.post('/v1/chat/completions',b);".repeat(3_000)}`, { fileName: 'api.min.js' }).sites.length), 3_000);
  // Found in review of this session's rules (each took 5–40 s at these sizes before its fix):
  linear('strings starting with / in unclosed calls', () => detect(`// openai\n${`f(${'"/",'.repeat(900)}`.repeat(60)}`, { fileName: 'join.js' }));
  linear('unclosed .bind( after each =', () => detect(`import OpenAI from "openai";\n${'x=a.b.bind('.repeat(40_000)}`, { fileName: 'bind.js' }));
  linear('24,000 assignments and uses of one URL variable', () => detect(`import requests\n${'u="https://api.openai.com/v1/models"\nget(u)\n'.repeat(24_000)}`, { fileName: 'urls.py' }));
  linear('40,000 functions taking the module client as a parameter', () => detect(`from openai import OpenAI\nc = OpenAI()\n${'def f(c):\n pass\n'.repeat(40_000)}`, { fileName: 'params.py' }));
  // Found by probes in the eighth 2026-12-03 session: 11,000 nested JavaScript functions (200 KB) took
  // 20 s, each function's body read again inside its parents'; pages of unclosed `<script>` tags.
  linear('11,000 nested functions', () => detect(`const U = "https://api.openai.com/v1/models";\nfunction s(url) { return fetch(url); }\n${'function f(url) {\n'.repeat(11_000)}s(url);\n${'}\n'.repeat(11_000)}f(U);\n`, { fileName: 'deep.js' }));
  // (YAML: a CI step's list item of 200,000 blanks, a file of 40,000 `run:` keys)
  linear('a CI step key line of blanks', () => detect(`# openai\nsteps:\n  - run: "${' '.repeat(200_000)}x\n`, { fileName: 'ci.yml' }));
  linear('a CI list item of blanks', () => detect(`# openai\nscript:\n  - "${' '.repeat(200_000)}x\n`, { fileName: '.gitlab-ci.yml' }));
  // (a class of 5,000 getters handing out its client: each client a name held was asked about across the file)
  // (5,000 classes keeping a client handed to their constructors: each answer reads the file for the class's constructions)
  linear('5,000 classes handed a client', () => detect(`import requests\n${Array.from({ length: 5_000 }, (_, i) => `class C${i}:\n    def __init__(self, client):\n        self.client = client\n    def go(self):\n        return self.client.chat.completions.create(model="m")\nC${i}(make())\n`).join('')}`, { fileName: 'classes.py' }));
  // (found in review: orhanerday's destination read the file once per call; a Swift \`let\`'s block searched once per \`let\`)
  linear('8,000 orhanerday calls', () => detect(`<?php\nuse Orhanerday\\OpenAi\\OpenAi;\n$open_ai = new OpenAi($k);\n$open_ai->setBaseURL($u);\n${'$r = $open_ai->chat($o);\n'.repeat(8_000)}`, { fileName: 'orh.php' }));
  linear('4,000 nested Swift lets', () => detect('if a {\n let url = "https://api.openai.com/v1/chat/completions"\n'.repeat(4_000), { fileName: 'nested.swift' }));
  linear('20,000 calls of a handed-in client 200 nested branches below the one for OpenAI', () => detect(`def run(client, provider):\n  if provider == "openai":\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 3)}if x${i}:\n`).join('')}${`${' '.repeat(203)}client.embeddings.create(model="m", input="x")\n`.repeat(20_000)}`, { fileName: 'branch.py' }));
  linear('20,000 openai-rust calls on 2,000 typed parameters', () => detect(`${Array.from({ length: 2_000 }, (_, i) => `fn f${i}(c${i}: &openai_rust::Client) {}\n`).join('')}${Array.from({ length: 20_000 }, (_, i) => `c${i % 2_000}.create_chat(a);\n`).join('')}`, { fileName: 'c.rs' }));
  linear('an @azure/openai/api import of 20,000 names (read no further), then 20,000 calls', () => detect(`import { ${Array.from({ length: 20_000 }, (_, i) => `n${i}`).join(', ')}, getEmbeddings } from "@azure/openai/api";\n${'getEmbeddings(ctx, "e", ["x"]);\n'.repeat(20_000)}`, { fileName: 'e.ts' }));
  linear('20,000 functions each calling an @azure/openai/api function, each asked whether a parameter shadows it', () => detect(`import { getEmbeddings } from "@azure/openai/api";\n${'function f(a, b) { return getEmbeddings(ctx, "e", ["x"]); }\n'.repeat(20_000)}`, { fileName: 'e.ts' }));
  linear('a Ruby subclass posting on 20,000 names, in a project of 2,000 Faraday parents', () => {
    const project = new ProjectIndex();
    for (let i = 0; i < 2_000; i++) project.addFile(`p${i}.rb`, `class P${i}\n  def self.conn\n    Faraday.new(url: 'https://api.openai.com')\n  end\nend\n`);
    return detect(`class C < P1\n${Array.from({ length: 20_000 }, (_, i) => `  c${i}.post('/v1/chat/completions')\n`).join('')}end\n`, { fileName: 'c.rb', project });
  });
  {
    // (the service is found past every other index's names: each module and name is asked once)
    const project = new ProjectIndex();
    for (let i = 0; i < 200; i++) project.addFile(`src/m${i}/index.ts`, `${Array.from({ length: 200 }, (_, j) => `export * from '../m${j}';\n`).join('')}${i === 0 ? "export * from './ai.service';\n" : ''}`);
    project.addFile('src/m0/ai.service.ts', "import OpenAI from 'openai';\nexport class AiService {\n  provider = new OpenAI();\n}\n");
    const code = `import { a0, AiService } from '../m199';\nclass T {\n  constructor(private readonly ai: AiService) {}\n${'  f() { a0.chat.completions.create({}); this.ai.provider.models.list(); }\n'.repeat(2_000)}}\n`;
    const found = linear('2,000 calls on clients imported through 200 folder indexes that each hand on all 200 by export *', () => detect(code, { fileName: 'src/t.ts', project }).sites.map((site) => `${site.endpoint} ${site.provider}`));
    assert.deepStrictEqual(new Set(found), new Set(['/v1/models openai']));
    assert.equal(found.length, 2_000);
  }
  // (also a file of thousands of locals: each name's declarations were once found by a pass of their own)
  linear('10,000 Java constants and 10,000 locals joined from them', () => detect(`class A {\n${Array.from({ length: 10_000 }, (_, i) => `static final String C${i} = "https://api.openai.com/v1/models?p=${i}";\n`).join('')}void f() {\n${Array.from({ length: 10_000 }, (_, i) => `String u${i} = ${i % 2 === 0 ? `C${i} + ""` : `C${i} + C${i % 7} + "x" + String.format("%s%s", C1, C2)`};\nHttpRequest.get(u${i}).execute();\n`).join('')}}\n}\n`, { fileName: 'A.java' }));
  linear('20,000 unclosed openai_rust::Client::new( chains', () => detect(`use openai_rust::Client as C;\n${'let c = C::new(openai_rust::Client::new(k.create_chat(\n'.repeat(20_000)}`, { fileName: 'n.rs' }));
  linear('20,000 unclosed use openai_rust::{ lists', () => detect(`fn f(c: openai_rust::Client) {}\n${'use openai_rust::{a,\n'.repeat(20_000)}`, { fileName: 'u.rs' }));
  linear('5,000 getters of one client', () => detect(`import OpenAI from "openai";\nclass A {\n  private _a = new OpenAI();\n${Array.from({ length: 5_000 }, (_, i) => `  get x${i}() { return this._a; }\n`).join('')}}\n`, { fileName: 'getters.ts' }));
  linear('a Razor page of 20,000 code blocks never closed', () => detect(`@* openai *@\n${'@code {\n'.repeat(20_000)}`, { fileName: 'Page.razor' }));
  linear('40,000 run keys', () => detect(`# openai\n${'- run: |\n    curl https://api.openai.com/v1/models\n'.repeat(40_000)}`, { fileName: 'ci.yml' }));
  for (const page of ['<script>'.repeat(200_000), '</script>'.repeat(200_000), `<script type="${'x'.repeat(400_000)}`]) linear('a page of unclosed script tags', () => detect(`<!-- openai -->${page}`, { fileName: 'page.html' }));
  // Found in a review of the same session: `<script` never closed by `>`, unclosed template blocks, and calls of a
  // request-sending function nested 1,900 deep (2.7–3 s at 200 KB in Kotlin, PHP and JavaScript), bodies never closed.
  linear('a page of <script without >', () => detect(`openai\n${'<script '.repeat(25_000)}`, { fileName: 'a.html' }));
  linear('unclosed template blocks', () => detect(`openai\n${'<script type="text/x-template">'.repeat(6_000)}`, { fileName: 'b.html' }));
  const nest = (definition: string, call: string, close: string): string => `${definition}\n${`${call}${'send('.repeat(1_900)}u${')'.repeat(1_900)}${close}\n`.repeat(20)}`;
  linear('nested sender calls (Kotlin)', () => detect(nest('import okhttp3.*\nfun send(url: String) = Request.Builder().url(url)\nval U = "https://api.openai.com/v1/models"', 'fun g(u: String) { ', '}'), { fileName: 'n.kt' }));
  linear('nested sender calls (PHP)', () => detect(nest('<?php\nfunction send($url) { return curl_init($url); }\n$U = "https://api.openai.com/v1/models";', 'function g($u) { ', '}'), { fileName: 'n.php' }));
  linear('nested sender calls (JavaScript)', () => detect(nest('const U = "https://api.openai.com/v1/models";\nfunction send(url) { return fetch(url); }', 'function g(u) { ', '}'), { fileName: 'n.js' }));
  linear('bodies never closed (Kotlin)', () => detect(`val U = "https://api.openai.com/v1/models"\nfun s(url: String) = Request.Builder().url(url)\nfun h() = s(U)\n${'fun f(u: String) {\n'.repeat(10_000)}`, { fileName: 'o.kt' }));
  linear('one line of 11,000 client parameters (Go)', () => detect(`package main\nimport "github.com/sashabaranov/go-openai"\nfunc f(${'a *openai.Client, '.repeat(11_000)}) {}\n`, { fileName: 'p.go', project: new ProjectIndex() }));
  // Found in review of the twenty-third session's rules (each took 3–79 s at these sizes before its fix): a cast class
  // after `new` looked for behind every blank of a long comment; Dart names each tried against the whole file again;
  // curl lists each of whose words read the whole file; a .properties value continued over thousands of lines.
  linear('a TypeScript cast beside a 200 KB comment and string', () => detect(`import OpenAI from "openai";\nconst x = y as any;\n/*${' '.repeat(200_000)}*/\nconst s = "${' '.repeat(200_000)}";\n`, { fileName: 'cast.ts' }));
  linear('a Dart file of 20,000 one-name calls', () => detect(`import 'const.dart';\n// openai\n${Array.from({ length: 20_000 }, (_, i) => `f(v${i});`).join('\n')}\n`, { fileName: 'lib/a.dart', project: new ProjectIndex() }));
  linear('20,000 curl lists of a run-time word (Lua)', () => detect(`-- openai\n${'vim.fn.jobstart({"curl", x})\n'.repeat(20_000)}`, { fileName: 'a.lua' }));
  linear('one curl list of 3,000 words (Python)', () => detect(`import subprocess\n# openai\nsubprocess.run(["curl", ${Array.from({ length: 3_000 }, (_, i) => `v${i}`).join(', ')}])\n`, { fileName: 'a.py' }));
  linear('unclosed curl calls (Python)', () => detect(`# openai\n${'f("curl", \n'.repeat(20_000)}`, { fileName: 'b.py' }));
  linear('a .properties value continued over 60,000 lines', () => {
    const project = new ProjectIndex();
    project.addFile('src/main/resources/application.properties', `a=${'x\\\n'.repeat(60_000)}`);
    return detect('@Value("${a}") private String url;\n// openai\n', { fileName: 'src/main/java/A.java', project });
  });
  linear('10,000 R glue strings after 10,000 assignments', () => detect(`# openai\n${Array.from({ length: 10_000 }, (_, i) => `t${i} <- "chat/completions"`).join('\n')}\n${'u <- glue::glue("https://api.openai.com/v1/{t1}")\n'.repeat(10_000)}`, { fileName: 'g.R' }));
  linear('5,000 Ruby classes each with a client class method', () => {
    const project = new ProjectIndex();
    project.addFile('clients.rb', Array.from({ length: 5_000 }, (_, i) => `class C${i}\n  def self.client\n    OpenAI::Client.new(access_token: "x")\n  end\nend`).join('\n'));
    return detect('c = C1.client\nc.chat(parameters: {})\n# openai\n', { fileName: 'use.rb', project });
  });
  linear('one line of 4,400 Kotlin expression bodies', () => detect(`val U = "https://api.openai.com/v1/models"; ${'fun f(u: String) = Request.Builder().url(u); '.repeat(4_400)}fun g() = f(U)\n`, { fileName: 'm.kt' }));
  linear('3,000 functions returning a URL', () => detect(`// openai\n${Array.from({ length: 3_000 }, (_, i) => `function u${i}(b) { return \`\${b}/v1/chat/completions\`; }\n`).join('')}fetch(u1(x));\n`, { fileName: 'urls.js' }));
  linear('70,000 URL strings on one minified line', () => new ProjectIndex().addFile('m.js', `const openai=1;${'"https://a.b/",'.repeat(70_000)}`));
  linear('20,000 .http requests without separators', () => detect('GET {{h}}/v1/models\n'.repeat(20_000), { fileName: 'many.http' }));
  // JavaScript client names per function (found in review of the change that added them): 5,000
  // unclosed functions, each taking the client as a parameter, each called by the next, took 203 s
  // (every body scanned to the end of the file, every caller followed through every other).
  linear('5,000 unclosed functions handing on a client', () => detect(`import OpenAI from "openai";const openai=new OpenAI();${'function f(openai) {'.repeat(5_000)}openai.models.list();const openai=new OpenAI();`, { fileName: 'unclosed.js' }));
  assert.strictEqual(linear('5,000 arrows taking the client, each called', () => detect(`import OpenAI from "openai";
const openai = new OpenAI();
${'const f = (openai) =>\n  openai.models.list(f(openai));\n'.repeat(5_000)}const openai = new OpenAI();\n`, { fileName: 'arrows.js' }).sites.length), 5_000);
  assert.strictEqual(linear('5,000 raw POSTs of chat bodies to a URL decided at run time', () => detect(`import requests\nx = r.json()["choices"]  # openai\n${'payload = {"model": m, "messages": x}\nr = requests.post(u, json=payload)\n'.repeat(5_000)}`, { fileName: 'posts.py' }).sites.length), 5_000);
  linear('line of name: pairs', () => detect(`from openai import OpenAI\nclient = OpenAI()\nx = {${'a:'.repeat(200_000)}}\n`, { fileName: 'pairs.py' }));
  // `import` followed by a long comment (blanked to spaces): four adjacent optional blanks in the
  // import pattern backtracked as n^4 (found by `npm run fuzz`; 800 blanks took 20 s).
  linear('import followed by a long comment', () => detect(`import OpenAI from "openai";\nimport /*${' '.repeat(100_000)}*/ x from "y";\nimport { a, ${'b, '.repeat(30_000)}`, { fileName: 'imports.ts' }));
  // A 400,000-character identifier: assignment patterns tried a start at every letter of it
  // (40 KB took 2.4 s); they now start only at a word boundary.
  linear('400,000-character identifier', () => detect(`from openai import OpenAI\nclient = OpenAI()\n${'a'.repeat(400_000)}\n`, { fileName: 'word.py' }));
  // Found in review of the third session's rules (each took 6–57 s at these sizes before its fix):
  linear('import x and 200 KB of blanks (default imports)', () => detect(`import OpenAI from "openai";\nimport x${' '.repeat(200_000)}\n`, { fileName: 'imp.ts' }));
  linear('a string opening an import and 100 KB of blanks', () => detect(`import OpenAI from "openai";\nconst s = "import foo${' '.repeat(100_000)}";\n`, { fileName: 'str.ts' }));
  linear('a base URL name and a bracket of 28,000 of that name', () => detect(`from openai import OpenAI\nc = OpenAI(base_url=client)\n(${' client'.repeat(28_000)}\n`, { fileName: 'p.py' }));
  linear('a base URL name and 40,000 unclosed def (', () => detect(`from openai import OpenAI\nc = OpenAI(base_url=client)\n${'def ('.repeat(40_000)}\n`, { fileName: 'd.py' }));
  linear('20,000 uses of a path variable', () => detect(`package x\n// openai\nendpoint := "/chat/completions"\n${'+ endpoint'.repeat(20_000)}`, { fileName: 'p.go' }));
  // `function` followed by a long comment: `function\s*\*?\s*name` has two blank runs around an
  // optional `*`, quadratic over a blanked comment (found by `npm run fuzz`, seed 310311385:
  // 80 KB took 4.6 s, these 240 KB about 40 s; now about 60 ms).
  const factoryFile = `const { AzureOpenAI } = require("openai");\nasync function/*${'x\n'.repeat(120_000)}`;
  assert.deepStrictEqual(linear('function followed by a long comment', () => detect(factoryFile, { fileName: 'factories.js' }).problems), []);
  // A Go file with a long run of blank lines: the import pattern's `\s*` after a newline ran over
  // the rest of the run from every newline (found by `npm run fuzz`: 40,000 blank lines took
  // 2.6 s, these 100,000 about 16 s; now under a millisecond).
  const goFile = `package main\n\nimport "github.com/openai/openai-go"\n${'\n'.repeat(100_000)}func main() {}\n`;
  assert.deepStrictEqual(linear('Go import pattern over blank lines', () => detect(goFile, { fileName: 'blank.go' }).problems), []);
  // fetch whose second argument is followed by a long comment: three adjacent blank quantifiers
  // in the options-elsewhere pattern backtracked cubically (found in review: 4,000 spaces took 12.7 s).
  const fetchFile = `fetch("https://api.openai.com/v1/chat/completions", opts /*${' '.repeat(20_000)}*/, x);\n`;
  assert.strictEqual(linear('fetch options followed by a long comment', () => detect(fetchFile, { fileName: 'fetch.ts' }).sites.length), 1);
  // Found in review: `name = a.b` followed by a long blank run (a blanked comment) but not by the
  // line end: the `[ \t]*;?[ \t]*$` tails of the alias and bound-method patterns were quadratic
  // (a 40,000-blank run took 6–8 s).
  linear('attribute assignment followed by a long comment (Python)', () => detect(`from openai import OpenAI\nclient = OpenAI()\nx = a.b${' '.repeat(40_000)}x\n`, { fileName: 'tail.py' }));
  // Found in review of the other languages' SDK readers: a dotted run before a type name (C#), a chain
  // written with blanks (Ruby), blanks before a chain, and a method called with a relative path
  // thousands of times in a C# file with a BaseAddress (each call read the whole file again).
  linear('a dotted run of 100,000 names (C#, Betalgo)', () => detect(`using OpenAI.Managers;\n${'a.'.repeat(100_000)}\n`, { fileName: 'd.cs' }));
  linear('a chain of 20,000 links written with blanks (Ruby)', () => detect(`c = OpenAI::Client.new\nclient${' . a'.repeat(20_000)}\n`, { fileName: 'c.rb' }));
  linear('a long blank run before a chain (Ruby)', () => detect(`c = OpenAI::Client.new\nx = ${' '.repeat(100_000)}client.chat(parameters: p)\n`, { fileName: 'b.rb' }));
  // Found in review of the seventeenth session's readers: each factory method read the whole file again for its takers,
  // nested bodies were read once per enclosing method, and an annotation scanned to the end of the file for a method name.
  linear('8,000 PHP methods returning an openai-php client, and their takers', () => detect(`<?php\nuse OpenAI\\Client;\n${'function c(): Client { return OpenAI::client($k); }\n$x = self::c();\n'.repeat(8_000)}`, { fileName: 'f.php' }));
  linear('5,000 nested PHP functions', () => detect(`<?php\n$c = OpenAI::client($k);\n${'function g($u) {\n'.repeat(5_000)}`, { fileName: 'n.php' }));
  linear('8,000 C# methods returning a chat client', () => detect(`using OpenAI.Chat;\n${'ChatClient C() { return new OpenAIClient(k).GetChatClient("m"); }\nvar c = C();\n'.repeat(8_000)}`, { fileName: 'f.cs' }));
  linear('8,000 Rust functions returning an async-openai client', () => detect(`use async_openai::Client;\n${'fn c() -> Client<OpenAIConfig> { Client::new() }\nlet x = c();\n'.repeat(8_000)}`, { fileName: 'f.rs' }));
  linear('8,000 Spring methods returning a WebClient', () => detect(`${'WebClient w() { return b.baseUrl("https://api.openai.com").build(); }\nx = w();\n'.repeat(8_000)}`, { fileName: 'W.java' }));
  linear('a Retrofit annotation before 200,000 characters with no method', () => detect(`import retrofit2.http.POST\ninterface A {\n${'@POST("chat/completions")\n'.repeat(2_000)}${'word '.repeat(40_000)}\n}\n`, { fileName: 'A.kt' }));
  linear('4,000 Retrofit interfaces and their typed holders', () => detect(`import retrofit2.http.POST\n${Array.from({ length: 4_000 }, (_, i) => `interface A${i} {\n  @POST("chat/completions") fun c(): R\n}\nval a${i}: A${i} = r\n`).join('')}`, { fileName: 'B.kt' }));
  linear('a dotted run of 100,000 module names (Elixir)', () => detect(`# OpenaiEx\n${'A.'.repeat(100_000)}\n`, { fileName: 'd.ex' }));
  linear('8,000 calls of a method with a relative path (C#)', () => detect(`class S {\n  S() { _http.BaseAddress = new Uri("https://api.openai.com/v1/"); }\n${'  void M() { Send("chat/completions"); }\n'.repeat(8_000)}  Task Send(string url) { return _http.PostAsync(url, null); }\n}\n`, { fileName: 's.cs' }));
  linear('attribute assignment followed by a long comment (JS)', () => detect(`import OpenAI from "openai";\nconst client = new OpenAI();\nconst x = a.b /*${' '.repeat(40_000)}*/ || z;\n`, { fileName: 'tail.ts' }));
  // Found in review of the corpus-12 rules (timings before each fix, at smaller sizes than these):
  // a URL variable's call pattern had an optional `)` between two blank runs (75 KB: 13 s); each
  // go-openai config name was read with a pass over the file (1.2 MB: 11 s); the class-body test
  // looked back to the line start from every URL on one long line (1.7 MB: 20 s); the CommonJS
  // declarator pattern started at every comma (1.6 MB: 7 s).
  // Found in review of the raw-HTTP languages (also true before them in every language): in a
  // file with a URL variable, the pattern for calls handed it was tried at every character of a
  // long identifier or dotted chain (20 KB took 0.5–1 s, 200 KB up to two minutes).
  for (const [fileName, head] of [['long.py', 'import requests\nURL = "https://api.openai.com/v1/models"\n'], ['long.ts', 'const URL = "https://api.openai.com/v1/models";\n'], ['Long.kt', 'val URL = "https://api.openai.com/v1/models"\n'], ['long.go', 'package x\nvar URL = "https://api.openai.com/v1/models"\n']] as const) {
    linear(`200,000-character identifier after a URL variable (${fileName})`, () => detect(`${head}${'client'.repeat(33_000)}\n`, { fileName }));
    linear(`200,000-character dotted chain after a URL variable (${fileName})`, () => detect(`${head}${'x.'.repeat(100_000)}x\n`, { fileName }));
  }
  // Found in the second review: the method-head pattern for Java, C# and Dart rescanned a dotted
  // chain from every dot (200 KB: 25 s), and each call on `self.client` re-read the file for the
  // parameter it was kept from (100 KB: 120 s).
  linear('200,000-character dotted chain in Java after a URL variable', () => detect(`String u = "https://api.openai.com/v1/models";\n${'a.'.repeat(100_000)}post(u)`, { fileName: 'Chain.java' }));
  linear('2,000 kept clients and 1,000 calls on them', () => detect(`class A:\n    def __init__(self, client):\n${'        self.client = client\n'.repeat(2_000)}    def f(self):\n${'        self.client.chat.completions.create(model="x")\n'.repeat(1_000)}`, { fileName: 'kept.py' }));
  // (a call chained on another call's result is still a call: `requests.Session().get(URL)`)
  assert.strictEqual(detect('import requests\nURL = "https://api.openai.com/v1/models"\nrequests.Session().get(URL)\n', { fileName: 'chained.py' }).sites.length, 1);
  linear('call after a URL variable, its argument followed by a long comment', () => detect(`import requests\nurl = "https://api.openai.com/v1/chat/completions"\nx = foo(a\n${'    # comment line\n'.repeat(8_000)}    + b)\n`, { fileName: 'ws.py' }));
  linear('8,000 go-openai clients from 8,000 configs', () => detect(`package p\n\nimport openai "github.com/sashabaranov/go-openai"\n\n${Array.from({ length: 8_000 }, (_, i) => `func f${i}() {\n\tc${i} := openai.NewClientWithConfig(cfg${i})\n\t_ = c${i}\n}\n`).join('')}`, { fileName: 'configs.go' }));
  linear('40,000 URL class attributes on one line', () => detect(`class A:\n    ${Array.from({ length: 40_000 }, (_, i) => `u${i} = "https://api.openai.com/v1/chat/completions"`).join('; ')}\n`, { fileName: 'line.py' }));
  // Found by the twenty-seventh session's review: a copy's values filtered per copy, the meinside base looked up per client, a
  // Go import read from every blank, Dart builds copied per build, a Go function's name looked for per assignment
  // (JavaScript names declared with no value and set later from a call, found in the thirty-fourth session's round 67)
  linear('a typed declaration with no value followed by 200 KB of blanks, and 20,000 unset names each set from a call', () => detect(`import OpenAI from "openai";\nlet a:${' '.repeat(200_000)}x\n${Array.from({ length: 20_000 }, (_, i) => `let c${i};\nc${i} = make${i}();\n`).join('')}`, { fileName: 'unset.ts' }));
  // (found in review of that round's rules: a query cut at `?` or `#` read to the line's end from each of a run of them; a C#
  // file's client factories each looked for across the whole file)
  linear('a URL with 100,000 ? and # before its line ends', () => detect(`fetch(\`https://api.openai.com/v1/chat/completions?${'?#'.repeat(50_000)}\nx\`, { method: "POST" });\n`, { fileName: 'q.js' }));
  assert.strictEqual(linear('8,000 Azure.AI.OpenAI client factories and one call', () => detect(`using Azure.AI.OpenAI;\nclass S {\n${Array.from({ length: 8_000 }, (_, i) => `  OpenAIClient M${i}() => new OpenAIClient(k);\n`).join('')}  void A() { var c = M1(); c.GetChatCompletionsAsync(o); }\n}\n`, { fileName: 's.cs' }).sites.length), 1);
  // (found in review of round 69: each `pkg.Func(` call looked through all of a large project's Go packages)
  linear('20,000 calls of an imported package in a project of 2,000 Go packages', () => {
    const project = new ProjectIndex();
    const sender = 'package api\n\nfunc Request(method, url string) error {\n\trq, _ := http.NewRequest(method, url, nil)\n\t_ = rq\n\treturn nil\n}\n';
    for (let i = 0; i < 2_000; i++) project.addRequestSenders(`p${i}/api/api.go`, sender);
    project.addRequestSenders('api/api.go', sender);
    return detect(`package main\n\nimport "github.com/u/app/api"\n\nconst u = "https://api.openai.com/v1/models"\n\nfunc main() {\n${Array.from({ length: 20_000 }, (_, i) => `\tapi.Fn${i}(u)\n`).join('')}}\n`, { fileName: 'cmd/main.go', project });
  });
  linear('20,000 Python functions each copying its own URL variable', () => detect(`import requests\n${Array.from({ length: 20_000 }, (_, i) => `def f${i}():\n    url = "https://api.openai.com/v1/chat/completions"\n    target = url\n    requests.post(target)\n`).join('')}`, { fileName: 'many.py' }));
  linear('10,000 meinside/openai-go clients, indexed and detected', () => {
    const go = `package p\nimport "github.com/meinside/openai-go"\n${Array.from({ length: 10_000 }, (_, i) => `func f${i}() { c${i} := openai.NewClient("k", "")\n c${i}.ListModels() }\n`).join('')}`;
    const project = new ProjectIndex();
    project.addFile('p/a.go', go);
    return detect(go, { fileName: 'p/a.go', project });
  });
  linear('a go-openai import after 400 KB of blanks, indexed', () => new ProjectIndex().addFile('p/a.go', `package p\n${' '.repeat(400_000)}\nimport ai "github.com/sashabaranov/go-openai"\n`));
  linear('20,000 openai_dart clients of one name', () => detect(`import 'package:openai_dart/openai_dart.dart';\n${'c = OpenAIClient(apiKey: k);\nc.listModels();\n'.repeat(20_000)}`, { fileName: 'a.dart' }));
  linear('40,000 Go assignments of calls in a go-openai file', () => detect(`package p\nimport ai "github.com/sashabaranov/go-openai"\nfunc g() {\n${Array.from({ length: 40_000 }, (_, i) => `\tx${i} := f${i}()\n`).join('')}}\n`, { fileName: 'p/a.go', project: new ProjectIndex() }));
  // Found in the twenty-sixth session: Python's `name = callee(` reader looked for each `=`'s line start back from it (a 1 MB
  // minified line: 39 s to index, 39 s to detect), and Ruby's bracketless calls likewise for each literal (1 MB: 6 s).
  linear('140,000 assignments of calls on one Python line, indexed and detected', () => {
    const line = `import openai;${'a=b(c);'.repeat(140_000)}`;
    const project = new ProjectIndex();
    project.addFile('min.py', line);
    return detect(line, { fileName: 'min.py', project });
  });
  linear('37,000 path literals joined on one Ruby line', () => detect(`# openai\n${'u=base+"/chat/completions";'.repeat(37_000)}`, { fileName: 'line.rb' }));
  // and from this session's review: `.http` variables naming themselves grew without bound (369 bytes: 12.7 s, 1 KB: a crash)
  linear('an .http variable naming itself 200 times', () => detect(`# openai\n@a = ${'{{a}}'.repeat(200)}\n\nPOST https://api.openai.com/v1/chat/completions?x={{a}}\n`, { fileName: 'loop.http' }));
  linear('800,000 commas before braces in a CommonJS file', () => detect(`const OpenAI = require("openai");\n${',{'.repeat(800_000)}\n`, { fileName: 'commas.js' }));
  // the parameter-declaration pass (read when a URL variable reaches a call) after `function`/`func` and long blanks
  linear('function keyword and func followed by long blanks, with a URL variable in use', () => detect(`const url = "https://api.openai.com/v1/models";\nfetch(url);\nfunction${' '.repeat(60_000)}x\nfunc${' '.repeat(60_000)}y\n`, { fileName: 'params.js' }));
  linear('40,000 path: strings in one object', () => detect(`// openai\nconst routes = {${'a: { path: "/v1/x", hostname: "api.openai.com" },'.repeat(40_000)}};\n`, { fileName: 'routes.js' }));
  // Found in the second review (0.5 MB took 4 s, 0.56 MB 3.4 s, 4 MB 3.7 s before the fixes):
  linear('URL variable copied 10,000 times', () => detect(`import requests\n${'url = "https://api.openai.com/v1/models"\nu = url\n'.repeat(10_000)}`, { fileName: 'copies.py' }));
  linear('one object literal with 40,000 path: entries', () => detect(`// openai\nconst o = {\n${'  path: "/a",\n'.repeat(40_000)}};\n`, { fileName: 'paths.js' }));
  linear('40,000 classes assigning from self. calls, indexed and analysed', () => {
    const text = `from openai import OpenAI\n${'class C:\n    def m(self):\n        x = self.make()\n'.repeat(40_000)}`;
    new ProjectIndex().addFile('classes.py', text);
    detect(text, { fileName: 'classes.py' });
  });
  linear('a Go chain of 40,000 capitalised fields with no call, in a package whose client field another file declares', () => {
    const project = new ProjectIndex();
    project.addFile('m/model.go', 'package m\nimport "github.com/openai/openai-go/v3"\ntype M struct {\n\tClient openai.Client\n}\n');
    detect(`package m\nimport "github.com/openai/openai-go/v3/responses"\nfunc f() {\n\tx${'.Abc'.repeat(40_000)}\n}\n`, { fileName: 'm/chain.go', project });
  });
  linear('3,000 calls on a client built two ways in one function', () => detect(`from openai import OpenAI, AzureOpenAI\ndef f():\n    client = OpenAI()\n    client = AzureOpenAI()\n${'    client.chat.completions.create(model="m")\n'.repeat(3_000)}`, { fileName: 'branch.py' }));
  linear('3,000 Go types embedding the client, each with methods', () => detect(`package m\nimport "github.com/openai/openai-go/v3"\n${'type A struct {\n\t*openai.Client\n}\n'.repeat(3_000)}${'func (c *A) f() { c.Chat.Completions.New(ctx, p) }\n'.repeat(3_000)}`, { fileName: 'embeds.go' }));
  linear('a module-level client rebuilt two ways on alternate lines, with a call after each (8,000 of each)', () => detect(`import os\nfrom openai import OpenAI, AzureOpenAI\n${'client = OpenAI()\nclient.x()\nclient = AzureOpenAI()\nclient.models.list()\n'.repeat(4_000)}`, { fileName: 'alternate.py' }));
  linear('a client rebuilt two ways every 19 KB, a call on every line between', () => {
    let text = 'import os\nfrom openai import OpenAI, AzureOpenAI\n';
    for (let i = 0; text.length < 300_000; i++) text += `${i % 2 ? 'client = OpenAI()\n' : 'client = AzureOpenAI(azure_endpoint=os.environ["E"], api_version="v")\n'}${'r = client.embeddings.create(model="m", input="x")\n'.repeat(380)}`;
    detect(text, { fileName: 'rebuilt.py' });
  });
  linear('one 240 KB word made of "openai", in a file with no SDK', () => detect(`x = ${'openai'.repeat(40_000)}\n`, { fileName: 'word.py' }));
  linear('10,000 Go functions each building a client from options', () => detect(`package p\nimport (\n"github.com/openai/openai-go"\n"github.com/openai/openai-go/option"\n)\n${Array.from({ length: 10_000 }, (_, i) => `func f${i}() {\n\tc${i} := openai.NewClient(opts${i}...)\n\tc${i}.Chat.Completions.New(ctx, p)\n}\n`).join('')}`, { fileName: 'opts.go' }));
  // Found in review of the corpus-20 rules (before the fixes: 20,000 strings on one line 37 s,
  // 40,000 `curl` words in one string 5 s, 20,000 continued `curl x\` lines 13 s):
  assert.strictEqual(linear('20,000 quoted curl commands on one shell line', () => detect(`x=1; ${'run "curl https://api.openai.com/v1/models"; '.repeat(20_000)}\n`, { fileName: 'line.sh' }).sites.length), 20_000);
  linear('40,000 curl words in one quoted string', () => detect(`# openai\nrun "${'curl x '.repeat(40_000)}"\n`, { fileName: 'words.sh' }));
  linear('20,000 continued curl lines', () => detect(`# openai\n${'curl x \\\n'.repeat(20_000)}\n`, { fileName: 'cont.sh' }));
  linear('20,000 continued curl lines in a string', () => detect(`# openai\nrun "${'curl x \\\n'.repeat(20_000)}"\n`, { fileName: 'contstr.sh' }));
  linear('8,000 Python shell runs of curl on one line', () => detect(`import os\n${'os.system("curl https://api.openai.com/v1/models"); '.repeat(8_000)}\n`, { fileName: 'runs.py' }));
  // Found in review of the corpus-21 rules (40,000 method references in one call 19.5 s; 40,000
  // destructurings with 40,000 imports 8 s):
  linear('40,000 method references in one call, in a file with a retry helper', () => detect(`from tenacity import retry\nfrom openai import OpenAI\nclient = OpenAI()\nregister(${'client.models.list, '.repeat(40_000)}x)\n`, { fileName: 'refs.py' }));
  linear('20,000 imports and 20,000 destructurings of a factory\'s members', () => {
    const project = new ProjectIndex();
    project.addFile('lib/clients.ts', 'import { AzureOpenAI } from "openai";\nexport function getClients() {\n  const aiClient = new AzureOpenAI({ endpoint: e });\n  return { aiClient };\n}\n');
    const text = `import OpenAI from "openai";\n${Array.from({ length: 20_000 }, (_, i) => `import { f${i} } from './m${i}';\n`).join('')}${Array.from({ length: 20_000 }, (_, i) => `const { aiClient: c${i} } = f${i}();\n`).join('')}`;
    detect(text, { fileName: 'src/x.ts', project });
  });
  // URL members of imported constants objects (held-out corpus 164): the reads are gathered once, not per import
  linear('20,000 imported objects and 20,000 member reads, 20,000 class attributes', () => {
    const project = new ProjectIndex();
    project.addFile('lib/urls.ts', 'export const E = { chat: "https://api.openai.com/v1/chat/completions" };\n');
    detect(`${Array.from({ length: 20_000 }, (_, i) => `import { E${i} } from './m${i}';\n`).join('')}${Array.from({ length: 20_000 }, (_, i) => `fetch(E${i}.chat, o);\n`).join('')}`, { fileName: 'src/x.ts', project });
    detect(`import requests\n${Array.from({ length: 20_000 }, (_, i) => `class C${i}:\n    U = "https://api.openai.com/v1/models"\n`).join('')}requests.get(C1.U)\n`, { fileName: 'c.py' });
  });
  // the fourteenth session's rules: parameter defaults, C# bases, Azure formats, go-openai configs
  linear('20,000 keyword arguments given a URL variable, 20,000 defaults', () => detect(`import requests\nURL = "https://api.openai.com/v1/models"\n${'f(u=URL, v=URL)\ndef g(self, url: str = URL):\n    self.url = url\n'.repeat(10_000)}requests.get(URL)\n`, { fileName: 'defaults.py' }));
  linear('20,000 C# relative requests on a client with a base', () => detect(`class A {\n  void M() {\n    client.BaseAddress = new Uri("https://api.openai.com/");\n${'    client.PostAsync("v1/chat/completions", c); var r = new HttpRequestMessage(HttpMethod.Post, "v1/embeddings");\n'.repeat(10_000)}  }\n}\n`, { fileName: 'a.cs' }));
  linear('20,000 Azure deployment URLs formatted without their slash', () => detect(`import requests\n${'url = "{}openai/deployments/{}/chat/completions?api-version={}".format(base, d, v)\nrequests.post(url, json=b)\n'.repeat(10_000)}`, { fileName: 'az.py' }));
  linear('20,000 unclosed in-place programs and 5,000 here-documents in one shell script', () => detect(`${"python3 - <<EOF\nimport openai\nEOF\n".repeat(5_000)}${'python3 -c "import openai\n'.repeat(20_000)}`, { fileName: 'progs.sh' }));
  linear('a 400,000-link dotted chain on an imported module, in a project', () => {
    const project = new ProjectIndex();
    project.addFile('azure_client.py', 'from openai import AzureOpenAI\nclient = AzureOpenAI(azure_endpoint=e)\n');
    detect(`import azure_client\nazure_client${'.x'.repeat(200_000)}\n${'azure_client.client.models.list()\n'.repeat(10_000)}`, { fileName: 'rag.py', project });
  });
  // found in review of the fourteenth session (a 40,000-link chain took 45.9 s; 16,000 Go joins to a package constant 15.3 s)
  linear('16,000 Go requests joined to a package constant another file declares', () => {
    const project = new ProjectIndex();
    project.addFile('consts.go', 'package main\nconst ApiUrl = "https://api.openai.com/v1"\n');
    detect(`package main\n${'\treq, _ := http.NewRequest("POST", ApiUrl+"/chat/completions", body)\n'.repeat(16_000)}`, { fileName: 'main.go', project });
  });
  linear('20,000 reads of a client through its module, 20,000 calls under a parameter default', () => {
    const project = new ProjectIndex();
    project.addFile('app/llm.py', 'from openai import OpenAI\nclient = OpenAI()\n');
    detect(`# openai\nimport app.llm as llm\n${'llm.client.models.list()\n'.repeat(20_000)}`, { fileName: 'use.py', project });
    detect(`import requests\nURL = "https://api.openai.com/v1/models"\ndef f(url=URL):\n${'    requests.get(url)\n'.repeat(20_000)}`, { fileName: 'p.py' });
  });
  // Found in review of the corpus-22 rules (20,000 Foundry-like receivers 93 s; 40,000 dict readers 19.7 s):
  linear('20,000 get_openai_client() calls on receivers that are no project client', () => detect(`from azure.ai.projects import AIProjectClient\n${Array.from({ length: 20_000 }, (_, i) => `p${i} = make(${i})\nc${i} = p${i}.get_openai_client()\n`).join('')}`, { fileName: 'foundry.py' }));
  linear('40,000 readers of a dict of clients', () => {
    const project = new ProjectIndex();
    project.addFile('u.py', 'from openai import OpenAI\ndef get_clients():\n    ai_client = OpenAI()\n    return {"ai_client": ai_client}\n');
    detect(`from u import get_clients\n${'clients = get_clients()\nc = clients["ai_client"]\n'.repeat(40_000)}`, { fileName: 'holders.py', project });
  });
  // regular expression literals that never close on a 200 KB minified line
  linear('a 200 KB line of unclosed regular expression classes', () => detect(`import OpenAI from "openai";\nconst a = [${'(/['.repeat(70_000)}];\n`, { fileName: 'min.js' }));
  // PowerShell: 20,000 requests on one variable, and unclosed tables and subexpressions on a 200 KB line
  linear('20,000 PowerShell requests on one URL variable', () => detect(`$uri = "https://api.openai.com/v1/responses"\n${'Invoke-RestMethod -Method Post -Uri $uri -Body $b\n'.repeat(20_000)}`, { fileName: 'many.ps1' }));
  linear('a 200 KB PowerShell line of unclosed tables and subexpressions', () => detect(`Invoke-RestMethod -Uri "https://api.openai.com/v1/files" ${'@{ "$( '.repeat(30_000)}\n`, { fileName: 'open.ps1' }));
  // shell: command substitutions in double quotes that never close, 40,000 on one line
  linear('40,000 unclosed "$( on one shell line', () => detect(`R="${'$( curl "https://api.openai.com/v1/files" '.repeat(40_000)}\n`, { fileName: 'open.sh' }));
  linear('20,000 http.client requests on one connection', () => detect(`import http.client\nconn = http.client.HTTPSConnection("api.openai.com")\n${'conn.request("POST", "/v1/chat/completions", body)\n'.repeat(20_000)}`, { fileName: 'conn.py' }));
  linear('20,000 Go calls on a receiver field holding an API URL', () => detect(`package p\nfunc (c *C) Init() { c.ChatUrl = "https://api.openai.com/v1/chat/completions" }\n${'func (c *C) T() { r.Post(c.ChatUrl) }\n'.repeat(20_000)}`, { fileName: 'fields.go' }));
  // Found in the thirteenth session's review (8,000 bases built from a name took 7.6 s, 1 MB of Sprintf paths 5.2 s, before the answers were kept per file):
  linear('8,000 clients whose base is built from a name', () => detect(`import OpenAI from "openai";\nconst B = "https://api.openai.com";\n${Array.from({ length: 8_000 }, (_, i) => `const c${i} = new OpenAI({ baseURL: \`\${B}/v1\` });`).join('\n')}\n`, { fileName: 'bases.ts' }));
  linear('8,000 go-openai configs beside an option that sets the base', () => detect(`package p\n\nimport openai "github.com/sashabaranov/go-openai"\n\nfunc WithBaseURL(u string) Option { return func(c *openai.ClientConfig) { c.BaseURL = u } }\n${Array.from({ length: 8_000 }, (_, i) => `func f${i}() {\n\tcfg${i} := openai.DefaultConfig(k)\n\tfor _, o := range opts {\n\t\to(&cfg${i})\n\t}\n}\n`).join('')}`, { fileName: 'configs.go' }));
  linear('10,000 calls of a wrapper\'s own methods on its receiver', () => detect(`package p\n\nimport openai "github.com/sashabaranov/go-openai"\n\nfunc (client *impl) CreateChatCompletion(ctx context.Context) {}\n${'func (client *impl) Ask() { client.CreateChatCompletion(ctx) }\n'.repeat(10_000)}`, { fileName: 'wrapper.go' }));
  linear('12,000 Sprintf paths filled by constants', () => detect(`package p\nconst V = "v1"\nconst Q = "chat/completions"\n${'func f() { r, _ := http.NewRequest("POST", fmt.Sprintf("%s/%s/%s", c.baseURL, V, Q), nil) }\n'.repeat(12_000)}`, { fileName: 'paths.go' }));
  // Found in the fifteenth session (each answered per name, not per use):
  linear('12,000 Python requests on a class attribute read through self', () => detect(`import requests\nclass C:\n    BASE = "https://openrouter.ai/api/v1"\n${'    def f(self):\n        return requests.post(f"{self.BASE}/chat/completions", json={})\n'.repeat(12_000)}`, { fileName: 'attr.py' }));
  linear('12,000 Go struct literals given a formatted deployment URL', () => detect(`package p\n${'func f() *C { return &C{chatURL: fmt.Sprintf("%s/openai/deployments/%s/chat/completions", b, d)} }\n'.repeat(12_000)}func (c *C) g() { http.NewRequest("POST", c.chatURL, nil) }\n`, { fileName: 'keyed.go' }));
  linear('12,000 curl commands expanding an argument array', () => detect(`#!/bin/bash\nargs=(-F "model=whisper-1")\n${'curl -s "${args[@]}" "https://api.openai.com/v1/audio/transcriptions"\n'.repeat(12_000)}`, { fileName: 'arr.sh' }));
  linear('12,000 Go requests on a field of an OpenAI-named receiver', () => detect(`package llm\n${'func (o *OpenAI) f() { http.NewRequest("POST", o.cfg.BaseURL+"/responses", nil) }\n'.repeat(12_000)}`, { fileName: 'recv.go' }));
  linear('12,000 Ruby methods returning a connection, each called without a path', () => detect(`${'def conn\n  Faraday.new(url: "https://api.openai.com/v1/chat/completions")\nend\nconn.post do |req| end\n'.repeat(12_000)}`, { fileName: 'many.rb' }));
  linear('12,000 PHP URLs joined with $this->members', () => detect(`<?php\n${'$x = send("https://api.openai.com/v1/threads/" . $this->a->b . "/messages", post: false);\n'.repeat(12_000)}`, { fileName: 'many.php' }));
  // Found in a review of the twentieth 2026-12-05 session's change (54 s, 12.6 s and 7.3 s at these sizes before its fix):
  linear('a long blank run in a Kotlin file of openai-kotlin', () => detect(`import com.aallam.openai.client.OpenAI\nfoo${' '.repeat(6_000)}x\n`, { fileName: 'k.kt' }));
  linear('long blank runs where a Python tuple may be unpacked', () => detect(`from openai import OpenAI\ndef make():\n    c = OpenAI()\n    return c, "m"\n${' '.repeat(120_000)}x\na, b${' '.repeat(120_000)}x\n`, { fileName: 't.py' }));
  linear('a long blank run after a member given a client', () => detect(`import OpenAI from "openai";\nconst openai = new OpenAI();\nthis.x = openai${' '.repeat(60_000)}x\n`, { fileName: 'm.ts' }));
  // Found in a review of the twenty-first 2026-12-05 session's change (6.0 s, 4.3 s and 9.8 s at these sizes before its fix):
  linear('a long blank run after a Dart constructor default', () => detect(`import 'package:http/http.dart' as http;\nclass S {\n  static const _e = 'https://openrouter.ai/api/v1/chat/completions';\n  const S({\n    this.chatUrl = _e${' '.repeat(80_000)}x\n  });\n}\n`, { fileName: 's.dart' }));
  linear('2,000 one-segment paths on a Go client after long chains', () => detect(`package p\n// completions\n${`c.x(${'a'.repeat(3_900)})`.repeat(12).concat('\n').repeat(18)}${'func f() { c.R().Post("/threads") }\n'.repeat(2_000)}`, { fileName: 'r.go' }));
  linear('16,000 HTTParty requests to an instance variable', () => detect(`class C\n  include HTTParty\n  base_uri 'https://api.openai.com/v1'\n${'  def m; self.class.get(@p, q); end\n'.repeat(16_000)}end\n`, { fileName: 'c.rb' }));
  // the twenty-second 2026-12-05 session's reads: a Ruby file of 5,000 classes a client is handed to (each class's body was read to
  // the file's end before a bound), and 20,000 dict subscripts on a Python dict of clients
  const handing = new ProjectIndex();
  handing.addFile('cli.rb', 'client = OpenAI::Client.new\nSvc.new(client)\n');
  linear('5,000 Ruby classes handed a client', () => detect(`# OpenAI\n${'class Svc\n  def initialize(client)\n    @client = client\n  end\n'.repeat(5_000)}`, { fileName: 'svc.rb', project: handing }));
  linear('5,000 R functions each given a URL, and 5,000 unclosed ones', () => detect(`${'f <- function(x) {\n  url <- "https://api.openai.com/v1/models"\n  GET(url)\n}\n'.repeat(5_000)}${'g <- function(y) {\n  u <- "https://api.openai.com/v1/files"\n'.repeat(5_000)}`, { fileName: 'a.R' }));
  linear('20,000 subscripts on a dict of clients', () => detect(`from openai import OpenAI\nclients = {}\nclients[k] = OpenAI()\n${'clients[a[b][c]].x\n'.repeat(20_000)}`, { fileName: 'd.py' }));
  // found in review of the twenty-eighth 2026-12-05 session's rules: each was asked per call of the whole file
  linear('10,000 v3 calls on an `openai` never set, and 40,000 `var [`', () => detect(`${'openai.createCompletion({ model: "x" });\n'.repeat(10_000)}${'var ['.repeat(40_000)}`, { fileName: 'v3.js' }));
  linear('10,000 Azure beta clients built on one name', () => detect(`using Azure.AI.OpenAI;\n${'var c = new OpenAIClient(endpoint, cred);\n'.repeat(10_000)}c.GetChatCompletionsAsync(o);\n`, { fileName: 'a.cs' }));
  linear('40,000 Go package variables given a client', () => detect(`package p\nimport "github.com/PullRequestInc/go-gpt3"\nfunc init() {\nc := gpt3.NewClient(k)\n${'x = c\n'.repeat(40_000)}}\n`, { fileName: 'p/a.go', project: new ProjectIndex() }));
  const wrapper = new ProjectIndex();
  wrapper.addFile('lib/open_ai/client.rb', "module OpenAI\n  class Client\n    include HTTParty\n    base_uri 'https://api.openai.com'\n  end\nend\n");
  linear('20,000 instances of a project HTTParty class', () => detect(`module OpenAI\n${'  x = Client.new\n'.repeat(20_000)}`, { fileName: 'lib/a.rb', project: wrapper }));
  linear('10,000 calls after a name declared again each time', () => detect(`const url = "https://api.openai.com/v1/chat/completions";\n${'let url = 1;\nfetch(url, { method: "POST" });\n'.repeat(10_000)}`, { fileName: 'r.js' }));
  linear('5,000 helpers that put a path after their caller\'s base, each called', () => detect(`${Array.from({ length: 5_000 }, (_, i) => `async function h${i}(base) { return fetch(\`\${base}/chat/completions\`) }\nh${i}(cfg.url);\n`).join('')}`, { fileName: 'h.js' }));
  linear('a 200,000-character dotted chain before a helper\'s name', () => detect(`async function h(base) { return fetch(\`\${base}/chat/completions\`) }\n${'a.'.repeat(100_000)}h(x);\n`, { fileName: 'c.js' }));
  // found in review of the rules of corpora 348–353: each read per call, or per client, the whole file
  linear('20,000 calls of a base-taking helper, each with its own name', () => detect(`async function ask(base) { return fetch(\`\${base}/chat/completions\`) }\n${Array.from({ length: 20_000 }, (_, i) => `ask(a${i});\n`).join('')}`, { fileName: 'ask.js' }));
  linear('10,000 unclosed calls of a base-taking helper', () => detect(`async function ask(base) { return fetch(\`\${base}/chat/completions\`) }\n${'ask(x, '.repeat(10_000)}`, { fileName: 'open.js' }));
  linear('20,000 otiai10 clients', () => detect(`package p\nimport "github.com/otiai10/openaigo"\n${Array.from({ length: 20_000 }, (_, i) => `c${i} := openaigo.NewClient(k)\n`).join('')}`, { fileName: 'o.go' }));
  linear('20,000 Net::HTTP path requests', () => detect(`uri = URI("https://api.openai.com/v1/models")\nNet::HTTP.new(uri.host, uri.port)\n${'Net::HTTP::Get.new("/v1/models")\n'.repeat(20_000)}`, { fileName: 'n.rb' }));
  // found in review of the rules of corpora 354–359: a module name looked for inside its quotes, every top-level Dart URL
  // counted against the whole file
  linear('an unclosed import of 30,000 `openai ` words', () => detect(`from '${'openai '.repeat(30_000)}\nopenai.chat.completions.create(x)\n`, { fileName: 'u.js' }));
  linear('an unclosed require of 30,000 `openai ` words', () => detect(`const x = require('${'openai '.repeat(30_000)}\nopenai.chat.completions.create(x)\n`, { fileName: 'r.js' }));
  const dart = new ProjectIndex();
  linear('10,000 top-level Dart URL variables indexed', () => dart.addFile('lib/urls.dart', Array.from({ length: 10_000 }, (_, i) => `String u${i} = 'https://api.openai.com/v1/models';\n`).join('')));
  linear('40,000 unclosed calls given an empty C# string beside a BaseAddress', () => detect(`class P { void M() { var client = new HttpClient(); client.BaseAddress = new Uri("https://api.openai.com/v1/");\n${'f("",'.repeat(40_000)}`, { fileName: 'e.cs' }));
  // (found in a second review: the verb call itself, unclosed, each read to the span's bound)
  linear('20,000 unclosed PostAsync("" calls beside a BaseAddress', () => detect(`class P { void M() { var client = new HttpClient(); client.BaseAddress = new Uri("https://api.openai.com/v1/");\n${'client.PostAsync("",'.repeat(20_000)}`, { fileName: 'p.cs' }));
  // Unclosed calls, each read to the bracket span's bound several times, and an assignment looked for back to the
  // start of a one-line file: 30,000 SDK calls took 8.8 s; a text read that much is indexed once now, and the
  // assignment looked for in its window only.
  assert.strictEqual(linear('30,000 unclosed SDK calls on one line', () => detect(`from openai import OpenAI\nc = OpenAI()\n${'c.chat.completions.create(model="x",'.repeat(30_000)}`, { fileName: 'u.py' }).sites.length), 30_000);
  // found in review of the rules of corpora 365–367 (each took 10–22 s, or tripled with each name, before its fix)
  linear('a curl command joined to 26 names without spaces', () => detect(`os.execute("curl -s https://api.openai.com/v1/models -d "${Array.from({ length: 26 }, (_, i) => `..v${i}`).join('')}..tostring(x))\nprint("done")\n`, { fileName: 'j.lua' }));
  // (a Lua curl job's function, looked for around each job: 5,000 unclosed or nested functions read to the file's end for each)
  linear('5,000 unclosed Lua functions before 200 curl jobs of a parameter', () => detect(`U = "https://api.openai.com/v1/models"\n${'function f(url)\n  if x then\n'.repeat(5000)}${'Job:new({ command = "curl", args = { url } })\n'.repeat(200)}`, { fileName: 'k.lua' }));
  // found by the review of the Lua helpers and the one-segment answers (21.7 s and 14.7 s before their fixes): each name's
  // assignments read once for the file, each segment's answer once
  linear('20,000 calls of a Lua curl helper, each handing another name', () => detect(`U = "https://api.openai.com/v1/models"\nlocal function post(url)\n  Job:new({ command = "curl", args = { url } }):start()\nend\n${Array.from({ length: 20_000 }, (_, i) => `post(name${i})\n`).join('')}`, { fileName: 'm.lua' }));
  assert.strictEqual(linear('20,000 assignments of one name, each handed to a Lua curl helper', () => detect(`local function send(url)\n  Job:new({ command = "curl", args = { url } }):start()\nend\nfunction f()\n${'  url = "https://api.openai.com/v1/models"\n  send(url)\n'.repeat(20_000)}end\n`, { fileName: 'n.lua' }).sites.length), 20_000);
  linear('64,000 one-segment paths after a run-time base in a file reading completions', () => detect(`${'fetch(`${b}/completions`);\n'.repeat(64_000)}x.choices[0].text; prompt\n`, { fileName: 'o.js' }));
  // (each job's function's calls read once: 200 jobs in one function made 4,000,000 sites, one per job and call, and overflowed the stack)
  assert.strictEqual(linear('200 curl jobs of a parameter inside 5,000 nested Lua functions, called 20,000 times', () => detect(`${'function a(url)\n'.repeat(5000)}${'Job:new({ command = "curl", args = { url } })\n'.repeat(200)}${'end\n'.repeat(5000)}${'a("https://api.openai.com/v1/models")\n'.repeat(20_000)}`, { fileName: 'l.lua' }).sites.length), 20_000);
  // the forty-third session's rules: calls run on another thread, a Go helper's calls through a field's value, a Go field's constant
  assert.strictEqual(linear('20,000 requests handed to asyncio.to_thread', () => detect(`import asyncio, requests\nasync def f(b):\n${'    await asyncio.to_thread(requests.post, "https://api.openai.com/v1/moderations", json=b)\n'.repeat(20_000)}`, { fileName: 'd.py' }).sites.length), 20_000);
  linear('40,000 unclosed runners over a long dotted name', () => detect(`import openai\n${`asyncio.to_thread(${'a.'.repeat(200)}b `.repeat(40_000)}\n`, { fileName: 'e.py' }));
  assert.strictEqual(linear("10,000 Go methods calling a helper through a field's value, each handing a field", () => detect(`package m\nimport ("bytes"; "net/http")\nconst u = "https://api.openai.com/v1/moderations"\ntype S struct{}\ntype C struct { s *S; End string }\nfunc (s *S) Do(url string, b []byte) { r, _ := http.NewRequest("POST", url, bytes.NewReader(b)); http.DefaultClient.Do(r) }\nfunc N() *C { return &C{End: u} }\n${Array.from({ length: 10_000 }, (_, i) => `func (c *C) F${i}(b []byte) { c.s.Do(c.End, b) }\n`).join('')}`, { fileName: 'm.go' }).sites.length), 10_000);
  assert.strictEqual(linear('10,000 OpenAI-Unity clients, each called once', () => detect(`using OpenAI;\nclass A {\n${Array.from({ length: 10_000 }, (_, i) => `  OpenAIApi c${i} = new();\n  void F${i}() { c${i}.CreateChatCompletion(r); }\n`).join('')}}\n`, { fileName: 'A.cs' }).sites.length), 10_000);
  linear('40,000 class constants read after a plus, none a known one', () => detect(`import okhttp3.*;\nclass B {\n  String u = "https://api.openai.com/v1/models";\n${'  String x = Consts.HOST + Consts.PATH_X;\n'.repeat(40_000)}}\n`, { fileName: 'B.java', project: new ProjectIndex() }));
  // (found by the review: each distinct field read the file's keyed literals and assignments again, 12.9 s at 8,000)
  linear('8,000 Go requests each on another field of the receiver', () => detect(`package m\nimport "net/http"\n${Array.from({ length: 8_000 }, (_, i) => `func (c *C) F${i}() { http.Post(c.f${i} + "/chat/completions", "application/json", nil) }\n`).join('')}`, { fileName: 'f.go' }));
  // (found re-reading the review's fix: each call through a field of no known type looked for the field's declaration over the file)
  assert.strictEqual(linear("10,000 Go calls of a helper through a field of another type", () => detect(`package m\nimport ("bytes"; "net/http")\nconst u = "https://api.openai.com/v1/moderations"\ntype S struct{}\ntype C struct { log *L; End string }\nfunc (s *S) Do(url string, b []byte) { r, _ := http.NewRequest("POST", url, bytes.NewReader(b)); http.DefaultClient.Do(r) }\nfunc N() *C { return &C{End: u} }\n${Array.from({ length: 10_000 }, (_, i) => `func (c *C) F${i}(b []byte) { c.log.Do(c.End, b) }\n`).join('')}`, { fileName: 'o.go' }).sites.length), 0);
  // (found by the tidy's reading: each read of a field copied the list of the field's earlier reads, 7.9 s at 40,000)
  const goReads = `package app\nimport "github.com/sashabaranov/go-openai"\nfunc f() {\n${Array.from({ length: 40_000 }, (_, i) => `\tc${i} := user.Session.Other\n`).join('')}}\n`;
  const goReadsProject = new ProjectIndex();
  goReadsProject.addFile('app/a.go', goReads);
  linear('40,000 Go locals given one field of a value', () => detect(goReads, { fileName: 'app/a.go', project: goReadsProject }));
  linear('a Go file of 20,000 dotted receivers before an unclosed helper call', () => detect(`package m\nimport "net/http"\nfunc (s *S) Do(url string) { http.Get(url) }\n${`${'x.'.repeat(20_000)}Do(`}\n`, { fileName: 'n.go' }));
  linear('20,000 path assignments and 80,000 placeholders after a base', () => detect(`${'p = "/v1/models";\n'.repeat(20_000)}fetch(\`${'${b}${p}'.repeat(80_000)}\`);\n`, { fileName: 'q.js' }));
  assert.strictEqual(linear('20,000 openai_api_rust calls on one client', () => detect(`use openai_api_rust::*;\nfn main() {\n  let openai = OpenAI::new(auth, "https://api.openai.com/v1/");\n${'  let x = openai.models_list();\n'.repeat(20_000)}}\n`, { fileName: 'r.rs' }).sites.length), 20_000);
  // found in the second review of the session (20 lines of 10,000 blanks took 2.8 s): a header's constants read with one blank run per quantifier
  const header = new ProjectIndex();
  linear('a C header of 20 lines with 10,000 blanks after a const type', () => header.addFile('include/h.h', `// https://api.openai.com\n${`const char${' '.repeat(10_000)}!\n`.repeat(20)}`));
  assert.strictEqual(linear('10,000 classes each keeping a client in a static field', () => detect(`import OpenAI from "openai";\n${Array.from({ length: 10_000 }, (_, i) => `class C${i} {\n  static client = new OpenAI();\n}\n`).join('')}C5.client.models.list();\n`, { fileName: 'many.ts' }).sites.length), 1);
  // found in review of the rules of rounds 71–74 (0.2–5.6 s, or minutes at 4,000 requires, before their fixes)
  const php = new ProjectIndex();
  php.addFile('app/config.php', `<?php\n${Array.from({ length: 4_000 }, (_, i) => `$url${i} = "https://api.openai.com/v1/models";\n`).join('')}`);
  const requiring = `<?php\n${'require_once "config.php";\n'.repeat(4_000)}${Array.from({ length: 4_000 }, (_, i) => `echo $url${i};\n`).join('')}`;
  linear('4,000 requires of a script giving 4,000 URLs, each read', () => detect(requiring, { fileName: 'app/page.php', project: php }));
  linear('4,000 requires of other scripts and 4,000 names', () => php.usesPackageUrl(`<?php\n${Array.from({ length: 4_000 }, (_, i) => `require_once "inc${i}.php";\necho $v${i};\n`).join('')}`, 'app/page.php'));
  linear('12,500 curl words on one PowerShell line', () => detect(`$r = ${'curl -H '.repeat(12_500)}https://api.openai.com/v1/models\n`, { fileName: 'c.ps1' }));
  linear('4,000 Rust methods copying a struct field URL', () => detect(`struct A { url: String }\nimpl A {\n  fn new() -> Self { Self { url: "https://api.openai.com/v1/models".to_string() } }\n${Array.from({ length: 4_000 }, (_, i) => `  fn f${i}(&self) { let u = self.url.clone(); client.get(&u).send(); }\n`).join('')}}\n`, { fileName: 'a.rs' }));
  linear('4,000 Elixir joins onto module attributes', () => detect(`defmodule X do\n${Array.from({ length: 4_000 }, (_, i) => `  @b${i} "https://api.groq.com/openai/v1"\n  def f${i}(b), do: HTTPoison.post(@b${i} <> "/chat/completions", b, [])\n`).join('')}end\n`, { fileName: 'x.ex' }));
  // (the languages read by their URLs: names bound to URLs and their uses, one name re-bound in every function)
  assert.strictEqual(linear('4,000 VBA functions each binding and sending one URL name', () => detect(Array.from({ length: 4_000 }, (_, i) => `Function F${i}(ByVal base As String)\n    Dim strURL As String\n    strURL = base & "/v1/chat/completions"\n    http.Open "POST", strURL, False\nEnd Function\n`).join(''), { fileName: 'Module1.bas' }).sites.length), 4_000);
  assert.strictEqual(linear('4,000 Perl URL constants and their uses', () => detect(Array.from({ length: 4_000 }, (_, i) => `my $u${i} = "https://api.openai.com/v1/embeddings";\n$ua->post($u${i});\n`).join(''), { fileName: 'x.pl' }).sites.length), 4_000);
  assert.strictEqual(linear('an AutoHotkey line of 20,000 quoted strings and comments', () => detect(`${Array.from({ length: 20_000 }, () => `x := "a\`"b" 'c"d' `).join('')}; done\nhttp.open("POST", "https://api.openai.com/v1/chat/completions")\n`, { fileName: 'x.ahk' }).sites.length), 1);
  assert.strictEqual(linear('one Visual Basic line using a URL constant 25,000 times', () => detect(`Const U = "https://api.openai.com/v1/models"\nx = Array(${Array(25_000).fill('U').join(', ')})\n`, { fileName: 'a.bas' }).sites.length), 25_000);
  assert.strictEqual(linear('one Emacs Lisp form using a defined URL 25,000 times', () => detect(`(defconst u "https://api.openai.com/v1/models")\n(list ${Array(25_000).fill('u').join(' ')})\n`, { fileName: 'a.el' }).sites.length), 25_000);
  // (found in the review of session 37's rules: 6.9 s at 100 KB, 28 s at 200 KB before the fix)
  assert.strictEqual(linear('a Haskell line of 100,000 dashes', () => detect(`main = parseRequest_ "POST https://api.openai.com/v1/embeddings"\nx = y ${'-'.repeat(100_000)}> z\n`, { fileName: 'a.hs' }).sites.length), 1);
  linear('20,000 unclosed `import {` before an Azure-built URL', () => detect(`${'import {x '.repeat(20_000)}\nconst url = buildChatCompletionsUrl(modelId, cfg.apiVersion);\nconst r = await fetch(url, { method: 'POST', body: JSON.stringify({ model, messages }) });\nr.choices;\n`, { fileName: 'route.ts' }));
  // (found by the review of round 79's rules: a Java method's declaration looked for from every modifier, 3 s at 200 KB; a
  // Rust receiver's type looked for from the file's start at each request, 440 ms at 400 KB)
  const javaBody = 'String send(String openAiUrl) throws Exception {\n  String body = buildBody(m);\n  HttpPost post = new HttpPost(openAiUrl);\n  post.setEntity(new StringEntity(body));\n  return run(post).getChoices().toString();\n}\nprivate String buildBody(String m) {\n  body.put("model", m);\n  body.put("messages", m);\n  return mapper.writeValueAsString(body);\n}\n';
  assert.strictEqual(linear('a Java file of 25,000 `public` modifiers before a body builder', () => detect(`class Chat {\n${'public '.repeat(25_000)}\n${javaBody}}\n`, { fileName: 'Chat.java' }).sites.length), 1);
  linear('a Rust file of 5,000 requests on a base through an untyped receiver', () => detect(`struct C { base: String }\nfn new() -> C { C { base: String::from("https://api.openai.com/v1") } }\nfn f(c: &reqwest::Client) {\n${'c.post(&format!("{}/models", zz.base)).send();\n'.repeat(5_000)}}\n`, { fileName: 'lib.rs' }));
  assert.strictEqual(linear('20,000 calls on a client a project function returns', () => detect(`import { layout } from "@/utils";\nimport type { X } from "openai/resources";\nconst provider = layout();\n${'provider.chat.completions.create({ model: "m", messages: [] });\n'.repeat(20_000)}`, { fileName: 'workflow.ts' }).sites.length), 20_000);
  // (found by the review of round 80's rules: a branch for OpenAI let each plain-client call ask the file's callers again, 41 s at
  // 4 MB; each assignment from an attribute's method looked for the attribute's class over the whole file, 8.7 s at 32,000)
  // (each call reads its enclosing lines from the file's outline, built once: all 8,000 are read under the branch)
  assert.strictEqual(linear('8,000 plain-client calls in a branch for OpenAI', () => detect(`def f(client, provider):\n    if provider == "openai":\n${'        client.chat.completions.create(model="m", messages=[])\n'.repeat(8_000)}    elif provider == "anthropic":\n        pass\n`, { fileName: 'a.py' }).sites.length), 8_000);
  linear("16,000 clients given an attribute's method's result", () => detect(`import openai\ndef f():\n${'    client = mgr.get_client()\n'.repeat(16_000)}`, { fileName: 'a.py', project: new ProjectIndex() }));
  const kotlin = new ProjectIndex();
  kotlin.addFile('app/Constants.kt', `package app\n${Array.from({ length: 4_000 }, (_, i) => `const val URL_${i} = "https://api.openai.com/v1/models"\n`).join('')}`);
  linear('a Kotlin file reading 4,000 package constants', () => detect(`package app\n${Array.from({ length: 4_000 }, (_, i) => `fun f${i}() = Request.Builder().url(URL_${i}).build()\n`).join('')}`, { fileName: 'app/Client.kt', project: kotlin }));
  // the fortieth session's rules: options objects, a Go request library's literals, instances' attributes, a helper's importers
  linear('20,000 options objects with an OpenAI path in one call', () => detect(`export const all = () => Promise.all([${'api.request({ method: "POST", url: "/v1/chat/completions", data: {} }),'.repeat(20_000)}]);\n`, { fileName: 'all.js' }));
  linear('one options object with 40,000 url keys', () => detect(`// openai\napi.request({ method: "POST", ${'url: "/v1/chat/completions", '.repeat(40_000)}});\n`, { fileName: 'keys.js' }));
  linear('20,000 monaco-io/request literals', () => detect(`package llm\n\nimport "github.com/monaco-io/request"\n\nfunc F() {\n${'\tc := request.Client{URL: "https://api.openai.com/v1/models", Method: "GET"}\n'.repeat(20_000)}}\n`, { fileName: 'llm/f.go' }));
  linear('8,000 Go struct literals with a URL field, in a file not importing monaco-io/request', () => detect(`package cfg\n\n${'var _ = Cfg{URL: "https://api.openai.com/v1/models/m"}\n'.repeat(8_000)}// ${'x'.repeat(200_000)}\n`, { fileName: 'cfg/cfg.go' }));
  const gateway = new ProjectIndex();
  gateway.addFile('app/gateway.py', 'from openai import OpenAI\n\nclass Gateway:\n    def __init__(self):\n        self.client = OpenAI()\n');
  linear("16,000 attributes read off new instances of the project's class", () => detect(`from app.gateway import Gateway\n\nclass A:\n    def __init__(self):\n${'        self.client = Gateway().client\n'.repeat(16_000)}\n    def f(self):\n        return self.client.embeddings.create(model="m", input="x")\n`, { fileName: 'app/a.py', project: gateway }));
  const importers = new ProjectIndex();
  for (let i = 0; i < 4_000; i++) importers.addFile(`app/routes/r${i}.py`, `from app.http_openai import post_openai\nimport openai\n`);
  linear("a helper's 8,000 requests to `/v1/{route}`, imported by 4,000 files", () => detect(`import httpx\n\ndef post_openai(route, body):\n${'    httpx.post(f"https://api.openai.com/v1/{route}", json=body)\n'.repeat(8_000)}`, { fileName: 'app/http_openai.py', project: importers }));
  // the forty-sixth session's: bases a function of the file returns, each asked once (a pass per base name was 3.6× slower)
  assert.strictEqual(linear('2,000 bases each given by its own function returning a URL', () => detect(`// openai\n${Array.from({ length: 2_000 }, (_, i) => `function getBase${i}(r) { return \`https://x.\${r}.example.com/v1\`; }\nconst base${i} = getBase${i}(r); fetch(\`\${base${i}}/chat/completions\`);\n`).join('')}`, { fileName: 'bases.js' }).sites.length), 2_000);
  // the forty-seventh session's: sockets told by the Realtime API's beta header (each once asked of every header before it was
  // headers × sockets, 2.6 s at 40,000 of each), and the headers all ahead of the sockets, out of their reach
  assert.strictEqual(linear('20,000 sockets, each handed a header built just before it', () => detect(`// openai\n${'const h = { "OpenAI-Beta": "realtime=v1" };\nconst w = new WebSocket(u, { headers: h });\n'.repeat(20_000)}`, { fileName: 'sockets.js' }).sites.length), 20_000);
  linear('40,000 beta headers, then 40,000 sockets', () => detect(`${'const h = { "OpenAI-Beta": "realtime=v1" };\n'.repeat(40_000)}${'const w = new WebSocket(u, { headers: h });\n'.repeat(40_000)}`, { fileName: 'far.js' }));
  // the fiftieth session's: a base named by its own name per client, each name once searched for over the whole file (20,000
  // Python clients took 74 s, 40,000 `axios.create({ baseURL: cfgN })` about 4 min; the words' starts are read once since)
  assert.strictEqual(linear('8,000 Python clients each on a base set just before it', () => detect(`from openai import OpenAI\n${Array.from({ length: 8_000 }, (_, i) => `cfg${i} = "http://h${i}.internal/v1"\nc${i} = OpenAI(base_url=cfg${i})\nc${i}.chat.completions.create(model="m", messages=[])\n`).join('')}`, { fileName: 'bases.py' }).sites.filter((s) => s.provider === 'other').length), 8_000);
  linear('8,000 Python clients each on a base the file never sets', () => detect(`from openai import OpenAI\n${Array.from({ length: 8_000 }, (_, i) => `c${i} = OpenAI(base_url=cfg${i})\nc${i}.chat.completions.create(model="m", messages=[])\n`).join('')}`, { fileName: 'configs.py' }));
  // (and, found by its review, a name asked at each of its starts on one long line: each search back for the line's start was quadratic)
  linear('8,000 clients and their bases on one line', () => detect(`import OpenAI from "openai";${Array.from({ length: 8_000 }, (_, i) => `const b${i}="http://h${i}.internal/v1";new OpenAI({baseURL:b${i}}).chat.completions.create({model:"m",messages:[]});`).join('')}\n`, { fileName: 'one.ts' }));
  linear('a line of 400,000 words of a base name asked about, after 30 clients', () => detect(`import OpenAI from "openai";\n${Array.from({ length: 30 }, (_, i) => `const cfg${i} = "http://h${i}.internal/v1";\nnew OpenAI({ baseURL: cfg${i} }).chat.completions.create({ model: "m", messages: [] });\n`).join('')}const s = "${'x '.repeat(400_000)}";\nnew OpenAI({ baseURL: x }).chat.completions.create({ model: "m", messages: [] });\n`, { fileName: 'long.ts' }));
  linear('40,000 axios clients on bases the file never sets', () => detect(`import axios from "axios";\n${Array.from({ length: 40_000 }, (_, i) => `const api${i} = axios.create({ baseURL: cfg${i} });\n`).join('')}`, { fileName: 'apis.ts' }));
  // the fifty-second session's, found by its review: HTTPie's command after a run of blanks (a look-behind over them took 47 s on
  // 500,000), a command of 110,000 continued `http` words, a Makefile of 60,000 recipe lines (3.3 MB)
  assert.strictEqual(linear('HTTPie after a 200 KB string and 500,000 blanks', () => detect(`BASE=https://api.openai.com/v1\nDATA="${'QUJD'.repeat(50_000)}"\n${' '.repeat(500_000)}http GET $BASE/models\n`, { fileName: 'run.sh' }).sites.length), 1);
  linear('110,000 continued http words', () => detect(`BASE=https://api.openai.com/v1\n${'http a \\\n'.repeat(110_000)}`, { fileName: 'long.sh' }));
  assert.strictEqual(linear('a Makefile of 60,000 recipe lines', () => detect(`BASE := https://api.openai.com/v1\nall:\n${'\t@http GET $(BASE)/models "Authorization:Bearer $$KEY"\n'.repeat(60_000)}`, { fileName: 'Makefile' }).sites.length), 60_000);
  // the fifty-third session's, found by its review: 25,000 helper calls on as many receivers, each once searched for its type over
  // the whole file (124 s on 1 MB); the same calls on a helper named for OpenAI, each a request
  const receivers = Array.from({ length: 25_000 }, (_, i) => `  r${i}.call("/x", HttpMethod.GET);\n`).join('');
  assert.strictEqual(linear('25,000 helper calls on distinct receivers', () => detect(`class OpenAIThing {}\nclass X { void f() {\n${receivers}}}\n`, { fileName: 'X.java' }).sites.length), 0);
  assert.strictEqual(linear('20,000 calls of a helper named for OpenAI', () => detect(`class X { void f() {\n${'  openAiHelper.send("/models", HttpMethod.GET);\n'.repeat(20_000)}}}\n`, { fileName: 'X.java' }).sites.length), 20_000);
  // the fifty-fourth session's, found by its review: a parameter named for OpenAI kept in `self`, its `def` searched for at every call
  // (4.6 s on 8,000 calls); one URL and 8,000 connections opened on it, the lines between each and the URL counted (10 s)
  assert.strictEqual(linear('8,000 calls on a client kept from a parameter named for OpenAI', () => detect(`import io\n\nclass C:\n    def __init__(self, openai_client):\n        self.client = openai_client\n${'    def t(self, f):\n        return self.client.audio.transcriptions.create(model="whisper-1", file=f)\n'.repeat(8_000)}`, { fileName: 'c.py' }).sites.length), 8_000);
  linear('8,000 connections opened on one URL', () => detect(`class A { void f() throws Exception {\n  URL url = new URL("https://api.openai.com/v1/models");\n${'  HttpURLConnection c = (HttpURLConnection) url.openConnection();\n'.repeat(8_000)}}}\n`, { fileName: 'A.java' }));
  // the fifty-fifth session's, found by its review: a parameter's default asked of the whole file at each of 20,000 constructors
  // (2 min 15 s); 100,000 constructors on one line, each walked back to the line's start (27 s); an attribute's values, 25,000
  // declared OpenAI-DotNet clients and 16,000 chained conversations each searched for over the whole file
  assert.strictEqual(linear('20,000 clients on a parameter whose default no call passes', () => detect(`from openai import OpenAI\nE = "http://localhost:1234/v1"\ndef ask(prompt, endpoint=E):\n${'    c = OpenAI(base_url=endpoint)\n'.repeat(20_000)}    return c.models.list()\n\n${'ask("q")\n'.repeat(5_000)}`, { fileName: 'ask.py' }).sites.length), 1);
  linear('100,000 constructors in one list on one line', () => detect(`from openai import OpenAI\nx = [${'OpenAI(),'.repeat(100_000)}]\n`, { fileName: 'list.py' }));
  linear('19,000 attributes set to one base', () => detect(`import httpx\n\nclass C:\n    def __init__(self):\n${Array.from({ length: 19_000 }, (_, i) => `        self.b${i} = "https://api.openai.com/v1"\n`).join('')}\n    def f(self):\n        return httpx.post(f"{self.b0}/chat/completions", json={})\n`, { fileName: 'c.py' }));
  linear('25,000 declared OpenAI-DotNet clients', () => detect(`using OpenAI;\npublic class A {\n  void F() { var x = new(); }\n${Array.from({ length: 25_000 }, (_, i) => `  OpenAIClient c${i};\n`).join('')}  void G() { c0.ChatEndpoint.GetCompletionAsync(req); }\n}\n`, { fileName: 'A.cs' }));
  assert.strictEqual(linear('16,000 sends chained on conversations taken out of a map', () => detect(`use chatgpt::converse::Conversation;\nstruct S { c: HashMap<u64, Conversation> }\nasync fn f() {\n${'    let r = s.c.get_mut(&1).unwrap().send_message(m).await?;\n'.repeat(16_000)}}\n`, { fileName: 'f.rs' }).sites.length), 16_000);  // the fifty-sixth session's, found by its review: each WordPress option's first value searched for over the whole file (4.3 s on
  // 5,000 options and 20,000 lines)
  linear('5,000 WordPress options given URLs, 20,000 lines of variables', () => detect(`<?php\n${Array.from({ length: 5_000 }, (_, i) => `add_option('o${i}', 'https://api.openai.com/v1/chat/completions');\n`).join('')}${'$a = $b;\n'.repeat(20_000)}`, { fileName: 'plugin.php' }));
}
