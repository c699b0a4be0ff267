import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { detectCallSites, mayMentionOpenAI } from '../../src/core/detect/detectFile';
import { ProjectIndex } from '../../src/core/detect/projectIndex';
import type { CallSite } from '../../src/core/model';
import { senderFilesFor, springConfigsFor } from '../../src/core/scan/senderFiles';

// Real files from public repositories, labelled by a separate session that did not read the
// detector. Labels say where each OpenAI API call is (1-based line), its verb, endpoint and provider;
// `none: true` marks files with no OpenAI call.
//
// The repository holds only what we wrote: each corpus's labels.json, SOURCES.md and files.json
// (repository, commit, path and SHA-256 of every file). The public code itself is never committed;
// it lives in each corpus's git-ignored `files/` folder on the machine that measures, restored with
// `node scripts/heldout-files.mjs` (see CONTRIBUTING.md). A missing or altered file fails the run.
//
// Corpus 1 was measured once untuned (precision 1.000, recall 0.586, provider 0.902) and the
// detector was then improved on its misses, so it is no longer held out: it guards against
// regressions. Corpus 2 was collected after that work and measured before any change made for it
// (precision 0.983, recall 0.615, provider 0.864); the detector was then improved on the patterns
// behind its misses (injected clients, client factories, streaming Go methods, curl with a base-URL
// variable), so both now guard against regressions and a third corpus is the next honest measure.
const fixtures = path.resolve(__dirname, '../../test/fixtures');

interface Label {
  file: string;
  line: number;
  verb: string;
  endpoint: string;
  provider: string;
  note?: string;
  /** Notebooks: 0-based index among all cells; `line` is then 1-based inside the cell. */
  cell?: number;
}

interface Stats {
  tp: number;
  fp: number;
  fn: number;
  providerOk: number;
}

/**
 * Placeholder names differ between SDK docs (`{id}` vs `{file_id}`); the shape of the path is what counts.
 * A legacy engine-scoped path is the endpoint after the engine (the SDK map's sources read
 * `/engines/{engine_id}/completions` as "engine-scoped form of /completions"): collectors wrote it
 * either way before their brief settled one (heldout6 and 41 `/v1/completions`, 47 and after the engines path).
 */
function samePath(a: string, b: string): boolean {
  const norm = (p: string): string => p.replace(/^\/v1\/engines\/\{[^}]*\}\//, '/v1/').replace(/\{[^}]*\}/g, '{}');
  return norm(a) === norm(b);
}

function kindOf(file: string): string {
  const ext = path.extname(file).slice(1);
  // a script without an extension is named `sh_…` or `py_…`
  const lang = ({ py: 'python', ts: 'typescript', tsx: 'typescript', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript', go: 'go', sh: 'shell', zsh: 'shell', ipynb: 'notebook' } as Record<string, string>)[ext] ?? (ext === '' && file.startsWith('sh_') ? 'shell' : ext === '' && file.startsWith('py') ? 'python' : ext);
  // legacy SDKs: `py0_`/`js0_`/`ts0_` files, `_v3` in the name, and one corpus-1 file named before that rule
  const legacy = /^(?:py0|js0|ts0)_|_v3[_.]|^js_quickstart_node_generate/.test(file) ? '-legacy' : '';
  return `${lang}${legacy}`;
}

/**
 * Helpers that send several requests (`create_and_poll`) carry the verb MULTI, their main endpoint
 * and the others they reach: a label may name any of those (`UploadAndPoll` uploads the files, then
 * creates the batch it was called for). A WebSocket's site (WEBSOCKET) answers a label of GET: the brief asks for the HTTP method,
 * and a WebSocket opens with a GET that asks to upgrade (RFC 6455 §4.1); collectors label the Realtime API's socket either way.
 */
function matches(site: CallSite, label: Label): boolean {
  if (site.cell !== label.cell) return false;
  const line = label.line - 1;
  const start = site.callRange?.start.line ?? site.range.start.line;
  const end = site.callRange?.end.line ?? site.range.end.line;
  const endpoints = site.httpMethod === 'MULTI' ? [site.endpoint, ...(site.alsoEndpoints ?? [])] : [site.endpoint];
  return ((line >= start && line <= end) || line === site.range.start.line) && endpoints.some((e) => samePath(e, label.endpoint)) && (site.httpMethod === label.verb || site.httpMethod === 'MULTI' || (site.httpMethod === 'WEBSOCKET' && label.verb === 'GET'));
}

interface Source {
  file: string;
  repo: string;
  commit: string;
  path: string;
  sha256: string;
}

/** The corpus's files as files.json lists them, each checked against its recorded SHA-256. */
function readCorpusFiles(dir: string): { sources: Map<string, Source>; texts: Map<string, string>; problems: string[] } {
  const listed = JSON.parse(readFileSync(path.join(dir, 'files.json'), 'utf8')) as Source[];
  const sources = new Map(listed.map((s) => [s.file, s]));
  const texts = new Map<string, string>();
  const problems: string[] = [];
  for (const source of listed) {
    const at = path.join(dir, 'files', source.file);
    if (!existsSync(at)) {
      problems.push(`${source.file} is not on this machine`);
      continue;
    }
    const bytes = readFileSync(at);
    if (createHash('sha256').update(bytes).digest('hex') !== source.sha256) problems.push(`${source.file} differs from ${source.repo}@${source.commit.slice(0, 7)}:${source.path}`);
    else texts.set(source.file, bytes.toString('utf8'));
  }
  return { sources, texts, problems };
}

interface Floors {
  precision: number;
  recall: number;
  provider: number;
  minLabels: number;
  minFiles: number;
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const line = (name: string, s: Stats): string =>
  `${name}: ${s.tp + s.fn} labels, tp ${s.tp}, fp ${s.fp}, fn ${s.fn}; precision ${ratio(s.tp, s.tp + s.fp)}, recall ${ratio(s.tp, s.tp + s.fn)}, provider ${ratio(s.providerOk, s.tp)}`;

/** Every corpus's counts by kind, pooled for the summary at the end. */
const pooled = new Map<string, Stats>();

function measureCorpus(name: string, floors: Floors): void {
  const dir = path.join(fixtures, name);
  const raw = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Array<Label | { file: string; none: true }>;
  const labels = raw.filter((l): l is Label => !('none' in l));
  const { sources, texts, problems } = readCorpusFiles(dir);
  // one project per repository, each file under its own path there (`src/lib/openaiAxios.ts`), as
  // a workspace holds them: imports between files of one repository resolve, other repositories' do not
  const projects = new Map<string, ProjectIndex>();
  const projectOf = (file: string): ProjectIndex => {
    const repo = sources.get(file)?.repo ?? '';
    let project = projects.get(repo);
    if (!project) projects.set(repo, (project = new ProjectIndex()));
    return project;
  };
  // indexed as a scan indexes them (scanDocuments): the files the prefilter passes, then those it passed over that a
  // candidate may need (a module it imports, another file of its Go package, a Spring Boot module's configuration), read for what such a file can give
  const byRepo = new Map<string, Array<{ path: string; text: string }>>();
  for (const [f, text] of texts) {
    const repo = sources.get(f)?.repo ?? '';
    byRepo.set(repo, [...(byRepo.get(repo) ?? []), { path: sources.get(f)?.path ?? f, text }]);
  }
  for (const [repo, docs] of byRepo) {
    const project = new ProjectIndex();
    projects.set(repo, project);
    const candidates = docs.filter((d) => mayMentionOpenAI(d.text)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const others = docs.filter((d) => !mayMentionOpenAI(d.text));
    const read = senderFilesFor(candidates, others.map((d) => d.path)).files.map((path) => ({ path, text: others.find((d) => d.path === path)?.text ?? '' }));
    for (const mate of read) project.addRequestSenders(mate.path, mate.text);
    for (const path of springConfigsFor(candidates)) {
      const config = docs.find((d) => d.path === path);
      if (config) project.addSpringConfig(path, config.text);
    }
    for (const d of candidates) project.addFile(d.path, d.text);
    // (then the files read that call a service interface a candidate declares)
    for (const mate of read) if (project.callsDeclaredService(mate.text, mate.path)) project.addFile(mate.path, mate.text);
  }
  const total: Stats = { tp: 0, fp: 0, fn: 0, providerOk: 0 };
  const perKind = new Map<string, Stats>();
  const misses: string[] = [];
  for (const [file, text] of texts) {
    const stats = perKind.get(kindOf(file)) ?? { tp: 0, fp: 0, fn: 0, providerOk: 0 };
    perKind.set(kindOf(file), stats);
    const own = labels.filter((l) => l.file === file);
    const used = new Set<Label>();
    for (const site of detectCallSites(text, { fileName: sources.get(file)?.path ?? file, project: projectOf(file) }).sites) {
      const label = own.find((l) => !used.has(l) && matches(site, l));
      if (!label) {
        stats.fp++;
        misses.push(`${file}:${site.range.start.line + 1} false positive: ${site.httpMethod} ${site.endpoint} (${site.method}, ${site.provider})`);
        continue;
      }
      used.add(label);
      stats.tp++;
      if (label.provider === site.provider) stats.providerOk++;
      else misses.push(`${file}:${label.line} provider ${site.provider}, labelled ${label.provider}`);
    }
    for (const l of own.filter((x) => !used.has(x))) {
      stats.fn++;
      misses.push(`${file}:${l.line} missed: ${l.verb} ${l.endpoint} (${l.provider})${l.note ? ` — label note: ${l.note.slice(0, 90)}` : ''}`);
    }
  }
  for (const [kind, s] of perKind) {
    const p = pooled.get(kind) ?? { tp: 0, fp: 0, fn: 0, providerOk: 0 };
    pooled.set(kind, p);
    p.tp += s.tp;
    p.fp += s.fp;
    p.fn += s.fn;
    p.providerOk += s.providerOk;
  }
  for (const s of perKind.values()) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    total.providerOk += s.providerOk;
  }
  if (problems.length > 0) console.log(`${name}: ${problems.length} of ${sources.size} files missing or altered, the figures below are partial`);
  console.log(`${name} ${line('all', total)}`);
  for (const [kind, s] of [...perKind].sort()) console.log(`  ${line(kind, s)}`);
  for (const m of misses) console.log(`  ${m}`);

  // Floors, not targets (precision 0.97, recall 0.95, provider 0.95): they catch regressions on code
  // we did not write. Raise them as the engine improves; the printed figures are the measurement.
  // A clone holds no corpus's public files until they are restored: such a corpus is reported as skipped, with the
  // way to restore it, so a run here shows the corpora it did measure; a corpus with some files missing still fails.
  const absent = texts.size === 0 && problems.length === sources.size && problems.every((p) => p.endsWith('is not on this machine')) ? `its ${sources.size} public files are absent: node scripts/heldout-files.mjs --from-mirror DIR` : false;
  it('precision does not fall below its floor', { skip: absent }, () => assert.ok(total.tp / Math.max(1, total.tp + total.fp) >= floors.precision));
  it('recall does not fall below its last measured floor', { skip: absent }, () => assert.ok(total.tp / Math.max(1, total.tp + total.fn) >= floors.recall));
  it('provider stays right on the last measured share of matched sites', { skip: absent }, () => assert.ok(total.providerOk / Math.max(1, total.tp) >= floors.provider));

  it('has every file files.json lists, unaltered', { skip: absent }, () => {
    assert.deepEqual(problems, [], `restore them with: node scripts/heldout-files.mjs --from-mirror DIR (CONTRIBUTING.md)`);
  });
  it('has a corpus worth measuring', () => {
    assert.ok(labels.length >= floors.minLabels, `${labels.length} labels`);
    assert.ok(sources.size >= floors.minFiles, `${sources.size} files`);
    for (const l of labels) assert.ok(sources.has(l.file), `label for a file files.json does not list: ${l.file}`);
    for (const f of sources.keys()) assert.ok(raw.some((l) => l.file === f), `${f} has neither labels nor a none entry`);
  });
}

// (2026-12-03: recall 0.874 → 0.966 once curl commands handed to a shell runner in code were read: FastChat's test runs eight.)
describe('detection accuracy on public code: corpus 1 (tuned on since)', () => measureCorpus('heldout', { precision: 0.97, recall: 0.96, provider: 0.88, minLabels: 80, minFiles: 25 }));
describe('detection accuracy on public code: corpus 2 (tuned on since)', () => measureCorpus('heldout2', { precision: 0.97, recall: 0.88, provider: 0.95, minLabels: 90, minFiles: 35 }));
// Corpus 3 was collected and labelled by a helper that never read the detector, and measured
// before any change for it: first run precision 0.983, recall 0.853, provider 0.690. Two shapes it
// revealed were then fixed (a client on another object's attribute; fetch with its options built
// elsewhere), then its provider misses (a local name reused across functions, a base URL read from
// the environment with an OpenAI default, Azure endpoints by shape, a Go base URL in a variable),
// so it is tuned on now like the others.
describe('detection accuracy on public code: corpus 3 (tuned on since)', () => measureCorpus('heldout3', { precision: 0.97, recall: 0.88, provider: 0.95, minLabels: 60, minFiles: 30 }));
// Corpus 4: 31 files from 22 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02. First run, before any change made for it:
// precision 1.000, recall 0.836, provider 0.803 (73 labels). Then tuned on: a subclass of the legacy
// OpenAIApi, raw WebSockets, raw HTTP to an Azure deployment path or an endpoint path on a run-time
// host, a base URL in a module constant, typed client parameters counted as unknown. Its remaining
// provider differences are a convention: a client imported from a module not in view is unknown to
// us, where the labeller read that module in the repository and wrote openai.
describe('detection accuracy on public code: corpus 4 (tuned on since)', () => measureCorpus('heldout4', { precision: 0.97, recall: 0.94, provider: 0.88, minLabels: 70, minFiles: 30 }));
// Corpus 5: 37 files from 22 more repositories (none used before; three client modules copied so
// imports can be followed), collected and labelled by a helper that never read the detector, on
// 2026-12-02, after the corpus-4 changes. First run, before any change made for it: precision
// 1.000, recall 0.600, provider 0.979 (80 labels; one file's 14 calls through resource aliases).
// Then tuned on: resource aliases (`self.runs = self.client.beta.threads.runs`), client factories
// defined in another file of the project, `client.base_url = …` after construction, a factory that
// returns a client variable, raw HTTP to `config.url + "/v1/…"`, curl to an Azure deployment path,
// Go clients declared in another file of the package and single-line Go imports.
describe('detection accuracy on public code: corpus 5 (tuned on since)', () => measureCorpus('heldout5', { precision: 0.97, recall: 0.94, provider: 0.97, minLabels: 70, minFiles: 30 }));
// Corpus 6: 31 files from 21 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-5 changes. First run, with no
// change made for it: precision 1.000, recall 0.968, provider 0.984 (63 labels). Kept held out until
// 2026-12-03, then tuned on for one rule found in its misses: an options object with a literal
// `url` held in a variable (`const params = { method: 'post', url: '…' }` … `axios(params)`).
// Now 1.000 / 0.984 / 0.984.
describe('detection accuracy on public code: corpus 6 (tuned on since)', () => measureCorpus('heldout6', { precision: 0.97, recall: 0.98, provider: 0.98, minLabels: 60, minFiles: 30 }));
// Corpus 7: 25 files from 12 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after corpus 6 was measured. First run,
// before any change made for it: precision 0.981, recall 0.869, provider 0.981 (61 labels). Then
// tuned on: factories that return another file's factory, `def` bodies after a black-style
// multi-line signature, raw HTTP to another provider's OpenAI-compatible endpoint.
describe('detection accuracy on public code: corpus 7 (tuned on since)', () => measureCorpus('heldout7', { precision: 0.97, recall: 0.95, provider: 0.99, minLabels: 55, minFiles: 25 }));
// Corpus 8: 36 files from 17 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-7 changes. First run,
// before any change made for it: precision 0.714, recall 0.727, provider 0.800 (55 labels): all 16
// false positives came from a rule added for corpus 4 (`/models/{id}` on a run-time host taken
// for OpenAI's). Then tuned on: only fixed endpoint paths count on run-time and other hosts
// without `/v1`, Go receivers named `this`, EventSource streams, functions annotated to return a client.
// (2026-12-03: provider 0.936 → 0.917 when one more call was found, magentic's OpenRouter model through an inherited self._client, reported unknown where the label says other; no matched call changed provider.)
describe('detection accuracy on public code: corpus 8 (tuned on since)', () => measureCorpus('heldout8', { precision: 0.97, recall: 0.85, provider: 0.91, minLabels: 50, minFiles: 30 }));
// Corpus 9: 36 files from 24 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-8 changes. First run,
// before any change made for it: precision 1.000, recall 0.838, provider 0.985 (80 labels). Then
// tuned on: Go URLs built with fmt.Sprintf into a variable sent with http.NewRequest, HTTP clients
// made with a base URL (axios.create, httpx.Client), a URL kept on `self`, clients kept as class
// attributes. Still missed: a client from a dict filled in another module, and a client class
// bound by a dynamic `import("openai")`.
describe('detection accuracy on public code: corpus 9 (tuned on since)', () => measureCorpus('heldout9', { precision: 0.97, recall: 0.95, provider: 0.97, minLabels: 70, minFiles: 30 }));
// Corpus 10: 37 files from 25 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-9 changes. First run, before
// any change made for it: precision 0.962, recall 0.850, provider 0.843 (60 labels). Then tuned
// on: a parameter shadows a module-level client, `new OpenAI(options built elsewhere)` is unknown,
// `self.x` means what the enclosing class assigns, `.http` requests to a `{{variable}}` host, URLs
// joined with url.JoinPath / urljoin / new URL. Still missed: a third-party Go HTTP client, aiohttp
// posts to a URL parameter, Obsidian's requestUrl with a URL from a config object, Azure's old
// `images/generations:submit`; a module configured in another file (applying it project-wide
// broke six other corpora, whose files come from many repositories, so it was not kept).
// Since 2026-12-03 (next session), raw POSTs to a URL decided at run time are found by their chat
// body: two more of its calls (1.000 / 0.933 recall), one read as unknown where the label follows
// a default config object to openai (provider 0.929).
// Since 2026-12-03 (sixth session) the detector reports a request a file's own function makes to a URL it is handed
// at each caller, as the collectors' brief says from corpus 53 on; this corpus, collected before, labels it inside
// the helper (`self.async_openai(url=…)`, whose `session.post` is labelled): 3 false positive(s) at the callers, the floor below follows.
describe('detection accuracy on public code: corpus 10 (tuned on since)', () => measureCorpus('heldout10', { precision: 0.93, recall: 0.93, provider: 0.92, minLabels: 55, minFiles: 30 }));
// Corpus 11: 36 files from 22 more repositories, collected and labelled by a helper that never read
// the detector, on 2026-12-02, after the corpus-10 changes. A 37th file was dropped afterwards: it came
// from a repository corpus 3 already uses (see SOURCES.md). First run, before any change made for it,
// without that file: precision 1.000, recall 0.712, provider 0.857 (59 labels; with it 0.717 / 0.860
// of 60). Then tuned on:
// a factory's result used in one expression (`self.get_client().responses.create`), a base tidied
// inside an f-string, httpx `stream("POST", url)`, other placeholders holding any expression, an
// API gateway's prefix before `/openai/deployments/`, curl to a URL held whole in a variable, a
// plain JS reassignment (`openai = new OpenAI(…)`), Go websocket dials. Still missed: an openai-go
// client in a struct field set elsewhere, a client passed as a keyword parameter in a file that does
// not import the SDK, a React hook returning the legacy client; and base URLs given as dataclass
// field defaults (labelled other, read as unknown). A client from a settings object in another
// module (`client = settings.openai_client`) has been found since 2026-12-03: 1.000 / 0.966 / 0.912.
describe('detection accuracy on public code: corpus 11 (tuned on since)', () => measureCorpus('heldout11', { precision: 0.97, recall: 0.98, provider: 0.9, minLabels: 55, minFiles: 30 }));
// Corpus 12: 33 files from 18 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-11 changes and the review fixes.
// First run, with no change made for it: precision 1.000, recall 0.727, provider 0.625 (44 labels).
// Then tuned on (next session): Go base URLs held in constants, go-openai configs built by another
// function, openai-go clients set through an option, a Go receiver named like a client variable,
// CommonJS declarators after the first, JS `self = this`, a client from a plain getter
// (`getContext(ctx)()`), openai<1.0 routing passed per call or read from OPENAI_API_TYPE, httpx
// calls to a class attribute URL. Still missed: a request to a `.get("api_base", default)` URL in a
// file that names neither OpenAI nor `/v1/` (the prefilter skips it), and curl with its URL in an
// argument array in a shell script without an extension.
describe('detection accuracy on public code: corpus 12 (tuned on since)', () => measureCorpus('heldout12', { precision: 0.97, recall: 0.95, provider: 0.97, minLabels: 40, minFiles: 30 }));
// Corpus 13: 36 files from 23 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-12 changes. First run, before
// any change made for it: precision 1.000, recall 0.729, provider 0.860 (59 labels; Go 0.308 of 13).
// Then tuned on: paths under a whole endpoint URL (`fmt.Sprintf("%s/%s", ResponsesEndpoint, id)`),
// URL variables copied into another (`endpoint = ResponsesEndpoint`) and shadowed by a parameter of
// a later function, a base that is only a default (`url := o.url`, then a literal if empty),
// go-openai clients passed in as an interface, API gateways in front of Azure OpenAI
// (`…/openai/deployments/…` on another host), `.http` variables written in quotes and placeholders
// inside a host, Node's https.request with host and path in its options. Still missed: a client
// from a factory method that imports the SDK inside its body, a URL handed to a local helper. Then
// also: a base class's client replaced by a subclass in another file of the project (now unknown).
// Since 2026-12-03 (sixth session) the detector reports a request a file's own function makes to a URL it is handed
// at each caller, as the collectors' brief says from corpus 53 on; this corpus, collected before, labels it inside
// the helper (`fetchFromAPI(endpoint, …)`, whose `axios.get` is labelled): 2 false positive(s) at the callers, the floor below follows.
describe('detection accuracy on public code: corpus 13 (tuned on since)', () => measureCorpus('heldout13', { precision: 0.96, recall: 0.96, provider: 0.94, minLabels: 55, minFiles: 30 }));
// Corpus 14: 41 files from 19 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-13 changes. First run,
// before any change made for it: precision 0.966, recall 0.877, provider 0.965 (65 labels).
// Then tuned on: a client passed in or built here (`client or AsyncOpenAI(…)`, a conditional), a
// class-level client annotation, another instance's client attribute (`self._tts._client`), a whole
// URL followed by a query, one endpoint segment after a base named for OpenAI; a URL variable set
// differently in two branches is no longer copied (it gave two false positives). Still missed: a Go
// URL joined from a struct field and a constant, a base URL in another module's config object.
describe('detection accuracy on public code: corpus 14 (tuned on since)', () => measureCorpus('heldout14', { precision: 0.97, recall: 0.95, provider: 0.99, minLabels: 60, minFiles: 35 }));

// Corpus 15: 30 files from 16 more repositories (none used before), collected and labelled by a
// helper that never read the detector, on 2026-12-02, after the corpus-14 changes. First run, before
// any change made for it: precision 0.979, recall 0.797, provider 0.872 (59 labels; Go 0.400 of 15).
// Then tuned on: openai-go services (`openai.NewChatService(…)`, `c.ChatService.Completions.New`),
// a go-openai client in a field of an interface type, a Go base variable set two ways, same-named
// factory methods in two classes of one file. Still missed: a Realtime websocket to `{self.url}?…`,
// a urllib Request sent later by urlopen, curl to a URL a shell function sets; one call the
// labeller left out (a configuration check) counts as a false positive.
// Since 2026-12-03 (sixth session) the detector reports a request a file's own function makes to a URL it is handed
// at each caller, as the collectors' brief says from corpus 53 on; this corpus, collected before, labels it inside
// the helper (`self.post_request(url, …)`, whose `urllib.request.Request` is labelled): 1 false positive(s) at the callers, the floor below follows.
describe('detection accuracy on public code: corpus 15 (tuned on since)', () => measureCorpus('heldout15', { precision: 0.96, recall: 0.94, provider: 0.98, minLabels: 55, minFiles: 30 }));

// Corpus 16: collected and labelled by a helper that never read the detector, on 2026-12-02, after
// every change of that session (corpus-15 changes and both reviews). 36 files from 16 repositories.
// First run, with no change made for it: precision 1.000, recall 0.678, provider 0.925 (59 labels).
// Measured again unchanged at the start of the next session, then tuned on: a base from a method
// plus a path (`self._get_base_url() + "/chat/completions"`), one endpoint segment (`/embeddings`,
// `/models`) after any base in a file whose default base is OpenAI's, an openai-go client field that
// another file of the package declares (also from a file importing only openai-go subpackages), a
// JS factory arrow handing out a module's client (`getOpenAIClient: () => openai`), an axios
// instance another module makes with a literal base (and relative paths on it), a client assigned
// two ways in one function (the assignment whose block is still open decides), a shorthand
// `baseURL` option. Indexing each corpus per repository under the files' real paths (see
// files.json) let the cross-file cases resolve. Still missed: a client handed to a class in a file
// that imports no SDK; an Azure base from a helper method (`_getAzureBaseURL`) reads as unknown.
describe('detection accuracy on public code: corpus 16 (tuned on since)', () => measureCorpus('heldout16', { precision: 0.97, recall: 0.98, provider: 0.98, minLabels: 55, minFiles: 30 }));

// Corpus 17: collected and labelled by a helper that never read the detector, on 2026-12-02 (second
// session), while corpus 16 was tuned on; measured after every detector change of that session.
// 45 files from 16 repositories. First run, with no change made for it: precision 1.000, recall
// 0.768, provider 0.930 (56 labels; Go recall 4 of 10, .mjs 0 of 5, shell 0 of 1). Then tuned on:
// a client named for OpenAI handed to a file that imports no SDK (`checkStatus(openai, id)`,
// `self.client_openai`), openai-go service types read through the SDK map (`EmbeddingService` is
// `Embeddings`), options a caller passes in or another call builds (unknown), the SDKs' low-level
// `client.post("/…")` / `client.Post(ctx, "…")`, package variables another file of the package
// declares, go-openai's `config.APIType = "OPEN_AI"` after an Azure config, a shell base exported
// as another host's literal. Now 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 17 (tuned on since)', () => measureCorpus('heldout17', { precision: 0.97, recall: 0.98, provider: 0.98, minLabels: 50, minFiles: 30 }));

// Corpus 18: collected and labelled by a helper that never read the detector, on 2026-12-02 (second
// session), while corpus 17 was tuned on; measured after every detector change of that session
// (commit 0501110). 35 files from 14 repositories. First run, with no change made for it: precision
// 1.000, recall 0.904, provider 1.000 (52 labels; Go recall 3 of 6, legacy Python 5 of 7). Then
// tuned on: go-openai's methods completed from its source (ListModels, RetrieveRun, CreateResponse,
// … at the commit the map was checked against), a go-openai client built and used in one
// expression, openai<1.0's embeddings_utils helpers. Now 1.000 / 0.962 / 1.000; still missed: a
// Go URL returned by a function held in a struct field (weaviate's buildUrl), twice.
describe('detection accuracy on public code: corpus 18 (tuned on since)', () => measureCorpus('heldout18', { precision: 0.97, recall: 0.96, provider: 0.99, minLabels: 45, minFiles: 30 }));

// Corpus 19: collected and labelled by a helper that never read the detector, on 2026-12-02 (third
// session), after corpus 18 was tuned on; first measured at commit 678400a. 47 files from 14 repositories. First run, with no change made
// for it: precision 1.000, recall 0.905, provider 0.896 (74 labels; Python SDK recall 23 of 27, Go 12
// of 14, shell 3 of 4; Node, legacy Python and the notebook all found). Then tuned on: openai-go's
// `…AutoPaging` pagers, a Go client per function, a Go base URL built from a variable
// (`addr + "/v1/"`), options held in a struct field, a parameter's default is the caller's, a URL
// chosen by a Python conditional. Now 1.000 / 0.946 / 1.000; still missed: an httpx client handed
// out by another module's class and passed on as a parameter (3 calls), and curl to a local proxy
// at `/responses` with no `/v1`.
describe('detection accuracy on public code: corpus 19 (tuned on since)', () => measureCorpus('heldout19', { precision: 0.97, recall: 0.94, provider: 0.99, minLabels: 70, minFiles: 40 }));

// Corpus 20: collected and labelled by a helper that never read the detector, on 2026-12-03, while
// corpus 19 was tuned on; first measured at commit 820efa9. 38 files from 13 repositories (8 files of a repository named on an
// earlier exclusion list were removed before the first run). First run, with no change made for it:
// precision 1.000, recall 0.944, provider 0.838 (72 labels; Go provider 8 of 13, Python provider 25
// of 31, shell 0 of 3; Node, JavaScript and the three notebooks all found with the right provider).
// Then tuned on: curl in a shell script's strings that run (`"$(curl …)"`, `bash -c "curl …"`, a
// function that runs its argument), a port filled in at run time leaves the host known, a host set
// once in the file is read into an f-string, a go-openai base URL set twice, a Go package constant
// of another file, a parameter typed as an Azure client. Now 1.000 / 0.986 / 1.000; still missed: a
// Go request whose URL joins two fields of a config built in another file (GitHub Models).
describe('detection accuracy on public code: corpus 20 (tuned on since)', () => measureCorpus('heldout20', { precision: 0.97, recall: 0.98, provider: 0.99, minLabels: 65, minFiles: 35 }));

// Corpus 21: collected and labelled by a helper that never read the detector, on 2026-12-03, while
// corpus 20 was tuned on; first measured at commit 39390ed. 46 files from 12 repositories. First run, with no change made for
// it: precision 0.982, recall 0.701, provider 0.907 (77 labels; TypeScript recall 17 of 31, 13 of
// them Azure AI Foundry clients from @azure/ai-projects' getOpenAIClient(); legacy Python 1 of 5).
// Then tuned on: Foundry project clients (JS and Python), a factory re-exported by a folder's index,
// openai<1.0 kept on `self.llm`, .http variables ending in a slash, Obsidian's requestUrl, another
// function's own URL variable is not read, clients returned as members of an object or dict,
// Windows line ends, an object-literal return type, v4 ignores `basePath`. Now 1.000 / 0.922 /
// 1.000; still missed: requests to URLs built from a constructor's or a function's parameters (2),
// an SDK call in a `node - <<EOF` heredoc of a shell script, `/models` on a run-time base and on
// other providers' public hosts (3).
describe('detection accuracy on public code: corpus 21 (tuned on since)', () => measureCorpus('heldout21', { precision: 0.97, recall: 0.92, provider: 0.99, minLabels: 70, minFiles: 40 }));

// Corpus 22: collected and labelled by a helper that never read the detector, on 2026-12-03, while
// corpus 21 was tuned on; first measured at commit d8e0d09, after every change of this session.
// 48 files from 16 repositories. First run, with no change made for it: precision 0.985, recall
// 0.890, provider 0.969 (73 labels; Python recall 32 of 37 with one false positive, notebooks'
// provider 2 of 4; Go, legacy Python and curl all found). Its one false positive was a real request
// the labels had left out (`client.responses.retrieve`), since added (see its SOURCES.md); against
// the amended labels the first run is 1.000 / 0.892 / 0.969. Then tuned on: a URL whose host is
// filled in after the scheme (`http://${host}/v1/…`), Lunary's monitorOpenAI, a legacy v3 client
// from the project's own openai module; next session, a client handed to a class (`self.client`)
// in a file whose other clients come from a factory of the project. Now 1.000 / 0.986 / 0.973;
// still missed: a default import of the project's openai module (a shape corpus 19 labels as a
// local class); Portkey's gateway constant is read as unknown where the label says other (2).
describe('detection accuracy on public code: corpus 22 (tuned on since)', () => measureCorpus('heldout22', { precision: 0.97, recall: 0.98, provider: 0.97, minLabels: 70, minFiles: 40 }));

// Corpus 23: collected and labelled by a helper that never read the detector, on 2026-12-03, while
// corpus 22 was tuned on; first measured at commit 6bef51a, after every detector change of this
// session. 39 files from 18 repositories. First run, with no change made for it: precision 1.000,
// recall 0.905, provider 1.000 (63 labels; Python 37 of 38, Go 11 of 11; missed: both .http
// requests, two notebook calls, a k6 script's request). Then tuned on: .http requests to another
// provider or a local server. Now 1.000 / 0.937 / 1.000; still missed: a k6 http.asyncRequest, a
// PowerShell notebook's Invoke-WebRequest (no Python kernel: not analysed), requests to URLs held in
// environment settings or parameters (2).
describe('detection accuracy on public code: corpus 23 (tuned on since)', () => measureCorpus('heldout23', { precision: 0.97, recall: 0.93, provider: 0.99, minLabels: 60, minFiles: 35 }));

// Corpus 24: collected and labelled by a helper that never read the detector, on 2026-12-03, while
// corpus 23 was tuned on; first measured at commit ef307e6, the session's last detector change.
// 49 files from 16 repositories (6 files whose code is largely an earlier corpus's were removed
// before the first run; see its SOURCES.md). First run, with no change made for it: precision
// 1.000, recall 0.962, provider 0.780 (52 labels; every TypeScript, JavaScript, legacy and notebook
// call found; a Go request and a Python call missed; 11 providers wrong). Then tuned on: an Azure
// client pointed at a literal server of another kind (a local emulator) sends its data there. Now
// 1.000 / 0.962 / 0.900; still wrong: a client built from an imported config object spread into it
// (3; the label reads the config file), an Azure-shaped request to a local proxy in a .http file
// (2; unknown by design, the label says other). On 2026-12-03 (third session): a variable holding
// only an API path appended to a base (go-chatgpt's `c.config.BaseURL+endpoint`): 1.000 / 0.981 / 0.902.
describe('detection accuracy on public code: corpus 24 (tuned on since)', () => measureCorpus('heldout24', { precision: 0.97, recall: 0.98, provider: 0.9, minLabels: 50, minFiles: 40 }));

// Corpus 25: collected and labelled by a helper that never read the detector, on 2026-12-03, after
// every detector change of the session; first measured on the session's last detector (9ddafb9).
// 37 files from 14 repositories (one notebook largely the same as corpus 24's removed before the
// first run). First run, with no change made for it: precision 1.000, recall 0.944, provider 1.000
// (54 labels, 44 of them Python; Python 42 of 44, TypeScript 4 of 5, legacy Python, curl all found).
// Then tuned on (next session): a URL whose base is an expression in brackets, tidied in place
// (`(base_url or settings.api_base).rstrip("/") + "/v1/…"`), and raw POSTs to a URL decided at
// run time known by their chat body (its Obsidian requestUrl to a URL from the user's settings).
// Now 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 25 (tuned on since)', () => measureCorpus('heldout25', { precision: 0.97, recall: 0.99, provider: 0.99, minLabels: 50, minFiles: 35 }));

// Corpus 26: collected and labelled by a helper that never read the detector, on 2026-12-03 (next
// session), checked against every earlier repository and, by code, every earlier corpus file (no
// file shares more than 5 lines). 41 files from 24 repositories, at most 5 labels from one. First
// measured at commit 61bde3f, after this session's three detector changes (made on earlier
// corpora). First run, with no change made for it: precision 1.000, recall 0.960, provider 0.938
// (50 labels; Go, JavaScript, TypeScript, legacy Node and Python, notebooks all found; missed a
// client handed in as another object's attribute and a curl whose data comes from standard input;
// the 3 wrong providers are one file's, whose calls take the client as a parameter: openai here,
// unknown in the labels, which the collector lists among its doubts). Then tuned on: JavaScript
// client names per function (a parameter is the caller's client, a const its function's; a
// function only this file calls gets the client its calls hand it, which keeps corpus 1's route
// helpers openai), and a client read off an object passed in (`vlm.client`, an attribute a class
// of this file keeps a client in), and a script without an extension known by its first line,
// whose curl reads a URL from the environment with a quoted default. Now 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 26 (tuned on since)', () => measureCorpus('heldout26', { precision: 0.97, recall: 0.99, provider: 0.99, minLabels: 50, minFiles: 40 }));

// Corpus 27: collected and labelled by a second helper that never read the detector, at the same
// time as corpus 26 and leaning on JavaScript/TypeScript and Go; checked against every earlier
// repository, corpus 26's, and by code every earlier corpus file (a repository whose bot is
// corpus 17's was dropped; no kept file shares more than 7 lines). 46 files from 39 repositories,
// at most 7 labels from one. First measured at commit 5eb5a4e, after this session's detector changes
// (none made for it). First run: precision 1.000, recall 0.873, provider 0.873 (63 labels; 20 of
// them raw HTTP with many URLs from the environment, settings or parameters. Missed: Go net/http
// to a URL from the environment or a parameter (3), Obsidian's request()/requestUrl (3), an axios
// call to an Azure URL from a config object, a curl to a local port with the path in a variable;
// wrong providers: an Azure client class reached through a settings object (5: unknown here), a
// legacy module whose api_type is set under a module-level `if` on the environment (2: azure here)).
// Then tuned on: a Python block goes on past a bracket closed at the margin (the Azure class's
// client had been read as the whole file's), a legacy api_type set under a module-level `if` holds
// only in that branch, a URL given in an options object (in the call, or in a variable handed to
// it), an Azure endpoint setting ending in a slash (`${ENDPOINT}openai/deployments/…`). Now
// 1.000 / 0.921 / 1.000; still missed: Go net/http to a URL from the environment or a parameter
// with no path in the code (3; only the request body says which endpoint), a curl whose path is a
// variable, OpenRouter's /v1/models (a listing, not inference, on a public host: left out by design).
// Since then one of the Go requests is found by its chat body (a URL from the environment): 0.937.
describe('detection accuracy on public code: corpus 27 (tuned on since)', () => measureCorpus('heldout27', { precision: 0.97, recall: 0.93, provider: 0.99, minLabels: 60, minFiles: 40 }));

// Corpus 28: collected and labelled by a helper that never read the detector, on 2026-12-03, from
// repositories whose owner starts with A–M (corpus 29 took N–Z), checked like corpus 29 (at most
// 4 of a file's 39 lines shared). Smaller than asked: 27 files from 13 repositories, 31 calls, no
// other provider among them. First measured at commit 117169e (detector as at 64b32cd, no change
// made for it). First run: precision 1.000, recall 0.774, provider 1.000. Missed: axios to an
// Azure base URL from the environment with `api-version` in the path (2), an XMLHttpRequest
// (xhr2) open("POST", url), Go net/http to a URL from the environment with no path in the code,
// openai-edge calls on a client kept in a private `#ai` field (2), a client read off an injected
// dependencies object (`deps.client`). Rules made for corpus 29 since then find its openai-edge
// calls (a legacy client typed as a field or parameter): 1.000 / 0.839 / 1.000. On 2026-12-03
// (third session) tuned on for the first time: a client carried on an object passed in
// (`deps.client.chat.completions.create`), also in a file that imports no SDK: 1.000 / 0.871 / 1.000.
describe('detection accuracy on public code: corpus 28 (tuned on since)', () => measureCorpus('heldout28', { precision: 0.97, recall: 0.87, provider: 0.99, minLabels: 30, minFiles: 25 }));

// Corpus 29: collected and labelled by a helper that never read the detector, on 2026-12-03, from
// repositories whose owner starts with N–Z (corpus 28, collected at the same time, takes A–M);
// checked against every earlier repository and, by code, every earlier corpus file (at most 10
// of a file's 54 lines shared). Smaller than asked: 27 files from 15 repositories, 34 calls, 19 of
// them to a destination decided at run time. First measured at commit 64b32cd (no change made for
// it; the accuracy test's reading of SOURCES.md tables was fixed first, as this one has another
// table before its file table). First run: precision 0.923, recall 0.706, provider 1.000. Missed:
// raw requests to a URL that is a parameter or a field, with no path in the code (Go net/http 3,
// fetch 2, one built with `new URL` and a pathname), a subclass of the OpenAI client from another
// package (openpipe), legacy openai-edge calls on a parameter (2), one Together request read as
// /v1/completions where the label says /v1/chat/completions (also its one false positive, with a
// gpt4free client's chat call in a file that also uses the OpenAI client). Then tuned on: a
// client-like name imported from a module of the project that builds no client under it is no
// client (the gpt4free one), a legacy v3 client typed as a parameter (`openai: OpenAIApi`, also
// openai-edge's), OpenPipe's drop-in `openpipe/openai`. Now 0.964 / 0.794 / 1.000 (corpus 28 moved
// with it: 1.000 / 0.839 / 1.000); then raw POSTs to a URL decided at run time known by their chat
// body (one of its six such requests): 0.966 / 0.824 / 1.000.
describe('detection accuracy on public code: corpus 29 (tuned on since)', () => measureCorpus('heldout29', { precision: 0.96, recall: 0.82, provider: 0.99, minLabels: 30, minFiles: 25 }));

// Corpus 30: collected and labelled by a helper that never read the detector, on 2026-12-03, after
// every other change of the session, checked like corpora 28 and 29 (at most 6 of a file's 46
// lines shared with an earlier corpus). 43 files from 22 repositories, 42 calls, at most 6 from
// one. First measured at commit a0fdcc2, the session's final detector, with no change made for it:
// precision 1.000, recall 0.786, provider 0.970. Missed: TypeScript calls on clients from factories
// in another file of the project (Deno-style helpers, 3; a legacy v3 client, 1), a private axios
// helper handed a URL constant (2), the legacy `from openai import Model` then `Model.list()`,
// go-gpt3 (go-openai's earlier name), Go net/http whose URL is built by a helper. Then tuned on:
// Deno's names for the SDK (`@openai/openai`, `npm:openai@4`), constructor options passed through a
// cast (`new OpenAI(cfg as {…})`, with `cfg.baseURL` set from a parameter), a client cast to a
// structural type, openai<1.0 resources imported by name (`from openai import Model`), go-gpt3.
// Now 1.000 / 0.905 / 0.974; still missed: the private axios helper (2), a legacy v3 client from a
// factory in another file, Go net/http whose URL a helper builds. On 2026-12-03 (third session), a
// client from a function named for OpenAI that the file does not define (`createOpenAIClient(…)`)
// finds the legacy v3 call, with provider unknown where the label says openai (the project index
// does not read legacy v3 factories, so the factory's default host is not known): 1.000 / 0.929 / 0.949.
describe('detection accuracy on public code: corpus 30 (tuned on since)', () => measureCorpus('heldout30', { precision: 0.97, recall: 0.92, provider: 0.94, minLabels: 40, minFiles: 40 }));

// Corpus 31: collected and labelled by a helper that never read the detector, on 2026-12-03, after
// every change of the session, from snapshots already on this machine (its fetches were refused),
// checked like corpus 30 (one repository's files dropped as copies of corpus 3's). 30 files from 18
// repositories, 30 calls, at most 6 from one. First measured at commit d48df21, the session's final
// detector, with no change made for it: precision 1.000, recall 0.867, provider 0.923. Missed: an
// Extism plug-in's HTTP request, a notebook's requests.post to an Azure URL from an f-string over
// an environment setting, two calls on a client passed as a parameter in a file that imports no
// SDK; wrong providers: an Azure client's assistants calls read as unknown (2). Kept held out for
// the rest of that session; tuned on in the next: a URL whose base is read from the environment
// inside the f-string (`f"{os.getenv('AZURE_OPENAI_ENDPOINT')}openai/deployments/…"`), and in Python
// a client handed to a function in a file that imports no SDK and names no other provider whose SDK
// has the same shape (corpus 11's markitdown call too). Now 1.000 / 0.967 / 0.931; still missed:
// the Extism plug-in's request; the assistants calls are those of a file that never imports
// `AzureOpenAI` (found only through the project index, as unknown).
describe('detection accuracy on public code: corpus 31 (tuned on since)', () => measureCorpus('heldout31', { precision: 0.97, recall: 0.96, provider: 0.93, minLabels: 30, minFiles: 25 }));

// Corpus 32: collected and labelled by a helper that never read the detector, on 2026-12-03 (second
// session), from snapshots already on this machine (its fetch was refused; every other licensed
// snapshot had been judged by earlier collectors), checked like corpus 31 (at most 11 of a file's
// 162 lines shared). Small: 13 files from 10 repositories, 11 calls (8 files with calls, 5
// negatives); 3 of its calls are raw HTTP in languages the detector does not read (Kotlin, Rust,
// a C# notebook). First measured at commit 502bd25 with no change made for it: precision 1.000,
// recall 0.727, provider 1.000. Every call in a language the detector reads was found with its
// provider (8 of 8, no false positive: also none on the openai<1.0 call quoted in an `st.code`
// sample string); missed: the Kotlin, Rust and C# requests. Then tuned on: raw HTTP in Java,
// Kotlin, C#, Rust, Swift, Dart, Scala, PHP and Ruby, and a notebook's language taken from its
// kernel (a .NET notebook's C# cells). Now 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 32 (tuned on since)', () => measureCorpus('heldout32', { precision: 0.97, recall: 0.99, provider: 0.99, minLabels: 10, minFiles: 12 }));

// Corpus 33: collected and labelled by a helper that never read the detector, on 2026-12-03 (second
// session), from the stored index of public repositories, owners A–M (corpus 34 took N–Z at the
// same time); checked like corpus 34 (at most 5 of a file's 77 lines shared). 30 files from 14
// repositories, 38 calls. First measured at commit aa747d3 (detector as at 7363375, as for corpus
// 34), with no change made for it: precision 1.000, recall 0.789, provider 1.000. Missed: five calls
// in one Jest test on a client wrapped by MLflow's tracing (`tracedOpenAI(new OpenAI(…))`), two
// graphrag calls on a client handed to a class's constructor, Go net/http to a URL constant kept in
// another file of the package. Then tuned on: MLflow's `tracedOpenAI` and Opik's `track_openai`
// wrappers, a client kept from a parameter typed with a name that says OpenAI in a file that imports
// no SDK (`client: OpenAIClientTypes`), the prefilter reading OpenAI's name in any casing
// (`openAiUrl`), Go net/http to a URL variable another file of the package declares. Now
// 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 33 (tuned on since)', () => measureCorpus('heldout33', { precision: 0.97, recall: 0.99, provider: 0.99, minLabels: 30, minFiles: 25 }));

// Corpus 34: collected and labelled by a helper that never read the detector, on 2026-12-03 (second
// session), from the stored index of public repositories (find_repos / read_file) instead of git
// snapshots, owners N–Z (corpus 33 took A–M at the same time); checked against every earlier
// repository and, by code, every earlier corpus file (at most 7 of a file's 39 lines shared).
// 28 files from 19 repositories, 36 calls. First measured at commit 7363375 with no change made for
// it: precision 1.000, recall 0.889, provider 0.938. Missed: Spring's RestTemplate.exchange (2; one
// to a URL from application properties), a go-gpt3 client passed into a function, a client read off
// Streamlit's session state; wrong provider: a module-level client whose file the detector read as
// choosing its destination at run time (2). Then tuned on: Spring's `exchange` (with its
// `HttpMethod`), go-gpt3 files that name OpenAI nowhere (a prefilter term). Now 1.000 / 0.944 /
// 0.941; still missed: the request to a URL from application properties, the session-state client;
// the two providers stay unknown (the client is built from a settings dict, `OpenAI(**config)`).
describe('detection accuracy on public code: corpus 34 (tuned on since)', () => measureCorpus('heldout34', { precision: 0.97, recall: 0.94, provider: 0.94, minLabels: 30, minFiles: 25 }));

// Corpora 35 and 36: collected and labelled by two helpers that never read the detector, on
// 2026-12-03 (second session), after every detector change of the session, from the stored index
// of public repositories, owners A–M and N–Z (checked like corpora 33 and 34: at most 5 of a file's
// 74 lines, and 6 of another's 23, shared with an earlier corpus). Small, because the index's
// look-up budget ran out: 35 has 19 files from 15 repositories and 20 calls, 36 has 16 files from 8
// repositories and 16 calls. First measured at commit e9e3ee0, the session's detector after all its
// changes, with no change made for them. Corpus 35: precision 1.000, recall 0.900, provider 0.944
// (missed: Go net/http to a URL a helper formats, raw HTTP in Crystal, which is not read; a
// go-openai client whose base URL a setter may change read as OpenAI's). Corpus 36: precision
// 0.833, recall 0.625, provider 1.000 (two Rust hyper requests given the wrong verb: the builder's
// `.method(Method::POST)` comes before its `.uri(…)`, and the session's review fix made an unread
// verb GET; missed: two requests to OpenAI's container-file paths on a base from settings, a
// legacy completions call on a client from the application's own factory, the SDK imported from
// a deno.land URL). Together: 36 calls, precision 0.933, recall 0.778, provider 0.964. Then corpus
// 36 was tuned on: a verb set earlier in a builder chain, the SDK imported from a CDN URL. Now 36:
// 1.000 / 0.813 / 1.000 (35 unchanged).
describe('detection accuracy on public code: corpus 35 (held out)', () => measureCorpus('heldout35', { precision: 0.97, recall: 0.9, provider: 0.94, minLabels: 15, minFiles: 15 }));
describe('detection accuracy on public code: corpus 36 (tuned on since)', () => measureCorpus('heldout36', { precision: 0.97, recall: 0.81, provider: 0.99, minLabels: 15, minFiles: 15 }));

// Corpora 37, 38 and 39: collected and labelled by three helpers that never read the detector, on
// 2026-12-03 (third session), from the stored index of public repositories (find_repos /
// find_files / read_file; 39's collector also read git snapshots the index's fetch gave),
// owners A–F, G–O and P–Z at the same time; each repository checked against every earlier corpus,
// and the code of each file against every earlier corpus file and each other: one file of 38
// (obsidian-ai-actions' OpenAI provider, 2 labels) shared 42 of its 68 lines with a file of 37
// (the repository it derives from) and was dropped before any run. 37: 39 files from 26
// repositories, 41 calls; 38: 23 files from 13 repositories, 36 calls; 39: 30 files from 17
// repositories, 40 calls. First measured at commit 310d8b0 (the session's detector after its
// changes for the last closing note's gaps, all made before these corpora were opened), with no
// change made for them:
// - 37: precision 1.000, recall 0.829, provider 0.912. Missed: a fetch in a local helper handed the
//   path (2, Obsidian), Obsidian's requestUrl to a base from settings, the SDK's BedrockOpenAI client
//   in a notebook, a legacy openai<1.0 call in a class whose module sets only the key, Rust reqwest
//   to URLs built by methods (2). Wrong provider: an Azure wrapper class whose clients take the
//   endpoint from settings (2, read as unknown), a Perplexity client (unknown, labelled other).
// - 38: precision 1.000, recall 0.722, provider 0.923. Missed: scikit-llm's functions handed a
//   client in a file that imports only the project's helpers (6), a Locust client posting to a
//   relative /v1 path, a fetch to an endpoint handed in, raw HTTP in Lua (2, not read).
// - 39: precision 1.000, recall 0.775, provider 1.000. Missed: a client kept on a wrapper's attribute
//   (`client.openai_client`), a pytest file's client imported from the project's test helpers (4), a
//   client built per request in a Next.js route (`dynamicOpenai = new OpenAI({ apiKey, ...(apiBaseUrl && …) })`, 4).
// Together: 117 calls, precision 1.000, recall 0.778, provider 0.945.
// Then tuned on all three: files and fine-tuning resources on a client handed in (and `fine_tuning`
// as a prefilter term), a client-like name imported from a module named for OpenAI or made by one
// of its functions, a client on an attribute named for OpenAI (`client.openai_client`), a client
// made only when a key is there (`apiKey ? new OpenAI(…) : null`), a getter typed as a client and a
// local taken from it, `openai` later in an `import` list, a base URL attribute set once
// (`this.baseURL = "https://api.perplexity.ai"`), a base-URL name that is also a parameter (the
// caller's value), a host under a literal domain (`{prefix}--{app}.modal.run`), a base URL set
// after construction in brackets over several lines. Now 37: 1.000 / 0.854 / 1.000; 38: 1.000 /
// 0.889 / 1.000; 39: 1.000 / 1.000 / 0.900 (its pytest client's module is not in the corpus: unknown,
// labelled other). Still missed: a helper's fetch handed a path and single-segment paths on a base
// from settings (Obsidian, 3), the SDK's BedrockOpenAI, Rust URLs from methods (2), a Locust client,
// a fetch to an endpoint handed in, Lua (2).
describe('detection accuracy on public code: corpus 37 (tuned on since)', () => measureCorpus('heldout37', { precision: 0.97, recall: 0.85, provider: 0.99, minLabels: 40, minFiles: 35 }));
describe('detection accuracy on public code: corpus 38 (tuned on since)', () => measureCorpus('heldout38', { precision: 0.97, recall: 0.88, provider: 0.99, minLabels: 35, minFiles: 20 }));
describe('detection accuracy on public code: corpus 39 (tuned on since)', () => measureCorpus('heldout39', { precision: 0.97, recall: 0.99, provider: 0.9, minLabels: 40, minFiles: 28 }));

// Corpora 40, 41 and 42: collected and labelled by three helpers that never read the detector, on
// 2026-12-03 (third session), owners A–F, G–O and P–Z at the same time, after corpora 37–39 had been
// tuned on; files copied with `git show` from the git snapshots the index's fetch brings (the index
// holds few licence files), each repository checked against every earlier corpus and each file's
// code against every earlier corpus file and each other (at most 7 of a file's 73 lines shared).
// 40: 36 files from 20 repositories, 48 calls; 41: 40 files from 21 repositories, 53 calls; 42: 31
// files from 15 repositories, 41 calls. First measured at commit f47ee47, the detector after the
// tuning on 37–39, with no change made for them:
// - 40: precision 1.000, recall 0.938, provider 0.889. Missed: Go net/http to a URL a helper returns,
//   a class's client set either from an options object or built in its constructor (2). Wrong
//   provider: AzureOpenAI built from attributes (3, read as unknown), a client built as a class
//   field initialiser (`openai = new OpenAI({ apiKey })`, 2, unknown; labelled openai).
// - 41: precision 1.000, recall 0.679, provider 1.000. Missed: langextract's batch helpers handed a
//   client (6; two through getattr), a resource kept on an attribute (`this.openaiChatInstance =
//   openai.chat`, 4), raw HTTP in Elixir (3) and Haskell (1), which are not read, Rust reqwest to a
//   URL constant, a Go reverse proxy, a requests.get to a URL constant under another name.
// - 42: precision 1.000, recall 0.976, provider 0.925 (missed: a client from a constructor the
//   package does not export; wrong provider: a proxy's clients with base URLs from an in-file dict of
//   LAN addresses, 3, read as unknown).
// Together: 142 calls, precision 1.000, recall 0.852, provider 0.934. Corpus 42 is the second first
// run to meet the precision and recall goals.
// Then tuned on all three: prose in Python docstrings and generic words ("Inference") no longer count
// as naming another provider; a client-like default import from a module named for OpenAI (the v4
// SDK's resources only); a resource kept in a class field (`private readonly chat = openai.chat`);
// a type of the SDK's namespace (`OpenAI.Chat.…`) is no client; `this.client = options.client` beside
// a construction leaves the destination to run time; a loop after an assignment counts only while
// the next assignment is inside it; a class field built without modifiers; a base URL read by key
// from a dict whose entries all point one way. Now 40: 1.000 / 0.979 / 0.957; 41: 1.000 / 0.830 /
// 0.909 (the four calls found on the imported client are unknown, labelled openai); 42: 1.000 /
// 0.976 / 1.000. Still missed: Go net/http to a URL a helper returns, Elixir and Haskell (not read),
// Rust and Python requests to a URL constant of another file whose own file names no OpenAI term
// (the prefilter passes it by), a Go reverse proxy, langextract's calls through getattr (2), a
// constructor the package does not export.
describe('detection accuracy on public code: corpus 40 (tuned on since)', () => measureCorpus('heldout40', { precision: 0.97, recall: 0.97, provider: 0.95, minLabels: 45, minFiles: 30 }));
describe('detection accuracy on public code: corpus 41 (tuned on since)', () => measureCorpus('heldout41', { precision: 0.97, recall: 0.83, provider: 0.9, minLabels: 50, minFiles: 35 }));
describe('detection accuracy on public code: corpus 42 (tuned on since)', () => measureCorpus('heldout42', { precision: 0.97, recall: 0.97, provider: 0.99, minLabels: 40, minFiles: 28 }));

// Corpora 43, 44 and 45: collected and labelled by three helpers that never read the detector, on
// 2026-12-03 (third session), owners A–F, G–O and P–Z at the same time, after corpora 40–42 had been
// tuned on; copied with `git show` from fetched snapshots and checked like corpora 40–42 (one
// notebook of 43 dropped as a copy of a heldout6 notebook and replaced; at most 15 of a file's 53
// lines, 28 %, shared with an earlier corpus). The index's and fetch's look-up budgets ran out during
// all three, so 44 and 45 are smaller than asked. 43: 41 files from 25 repositories, 55 calls; 44:
// 27 files from 13 repositories, 32 calls; 45: 32 files from 19 repositories, 33 calls. First
// measured at commit f48fa41 (the detector after the tuning on 40–42), with no change made for them:
// - 43: precision 1.000, recall 0.709, provider 0.872. Missed: best-of-n helpers handed a client (3),
//   a client kept on an abstract base class, clients from a DIAL gateway helper (3), a bound SDK method
//   handed to a helper, a legacy resource kept in a dict, Rust ureq to URLs built with format! (2),
//   `got` requests to URLs helpers return (2), aiohttp to a URL an enum builds, requests.get to an
//   OpenRouter URL constant of another file, an Azure deployment GET. Wrong provider: Azure URLs from
//   helpers (2, unknown), a vLLM notebook's literal IP base (2, unknown), a client whose default base
//   the file does not show (unknown, labelled openai).
// - 44: precision 1.000, recall 0.938, provider 0.967 (missed: a client from a settings object built
//   in another file, Spring's RestTemplate to a property URL; wrong provider: a C# Azure deployment
//   path on a host from settings, unknown).
// - 45: precision 1.000, recall 0.848, provider 0.750. Missed: a local helper handed the verb and path
//   (2), curl_cffi to /models on a literal NVIDIA base (2), Swift's URLSession upload. Wrong provider:
//   clients imported from files not in the corpus (5, unknown; labelled openai by reading them), a
//   local server's base from a helper (2).
// Together: 120 calls, precision 1.000, recall 0.808, provider 0.866.
// Then corpus 43 was tuned on (44 and 45 were not): a word that contains a provider's name
// ("coherence") no longer counts as naming it, and a function of an application module named openai
// imported by name (`from statgpt.utils import openai` … `openai.get_async_client(…)`) makes a client.
// Then an abstract factory method named for OpenAI (`def get_openai_client(self): pass`, filled in by
// subclasses elsewhere) makes a client. Now 43: 0.979 / 0.836 / 0.870; its one false positive is a
// real `self.client.chat.completions.parse(…)` call in a nested function that the labels leave out
// (left as measured: held-out labels are not edited after a run).
describe('detection accuracy on public code: corpus 43 (tuned on since)', () => measureCorpus('heldout43', { precision: 0.97, recall: 0.83, provider: 0.86, minLabels: 50, minFiles: 35 }));
describe('detection accuracy on public code: corpus 44 (held out)', () => measureCorpus('heldout44', { precision: 0.97, recall: 0.93, provider: 0.96, minLabels: 30, minFiles: 25 }));
describe('detection accuracy on public code: corpus 45 (held out)', () => measureCorpus('heldout45', { precision: 0.97, recall: 0.84, provider: 0.75, minLabels: 30, minFiles: 28 }));
// Corpus 46: 44 files from 31 repositories (owners A–F), collected on 2026-12-03 like 47. First run
// at the detector of 22e56f6, before any change made for it: precision 0.960, recall 0.857, provider
// 0.958 (56 calls). Both false positives are a line apart from a label on the same call: a Go
// request helper handed the method and URL (labelled inside the helper, reported at the caller that
// holds the literal URL) and Java OkHttp (labelled on `.post(body)`, reported on `.url(…)`). Missed:
// fetch to `${baseURL.value}path` with a base from browser storage (3), a Groq models GET, an instance
// of a legacy resource class (`completion = openai.Completion()` … `completion.create`), a v3
// client in a Next.js route. Wrong provider: a client module read as unknown (2).
// Then tuned on: a base ending in a slash joined without one (2), an instance of a legacy resource
// class, a v3 client a module of the project exports as its default, Groq's model listing under
// `/openai/v1/`, a key variable handed to `new OpenAI(apiKey)` where its options go (2 providers).
// Now 0.964 / 0.946 / 1.000.
describe('detection accuracy on public code: corpus 46 (tuned on since)', () => measureCorpus('heldout46', { precision: 0.96, recall: 0.94, provider: 0.99, minLabels: 56, minFiles: 44 }));
// Corpus 47: 18 files from 14 repositories (owners G–O), collected on 2026-12-03 by a helper that
// never read the detector, from the index and fetched snapshots; the first corpus whose files were
// never committed (files.json). First run at 22e56f6, before any change made for it: precision
// 0.750, recall 0.600, provider 0.933 (25 calls). Four of the five false positives and four misses are
// one Java file whose labels sit on the line that sends an OkHttp request (`newCall(request)`,
// `newEventSource`), where earlier corpora label the line that builds it with its URL and verb (the
// detector's line); the fifth is `/v1/engines/{engine_id}/completions`, which the detector reports as
// `/v1/completions`. Missed: the official openai-java SDK (3, not analysed), Spring WebClient with
// its URL in a setting, Go net/http to a URL from configuration. Wrong provider: a URL from a
// setting with an api.openai.com default (labelled unknown).
describe('detection accuracy on public code: corpus 47 (held out)', () => measureCorpus('heldout47', { precision: 0.75, recall: 0.6, provider: 0.93, minLabels: 25, minFiles: 18 }));
// Corpus 48: 38 files from 26 repositories (owners P–Z), collected on 2026-12-03 like 47. First run
// at 3f02781 (the detector of 22e56f6), before any change made for it: precision 0.975, recall 0.867,
// provider 1.000 (45 calls): precision and provider at the goal. Missed: raw `requests.post` to an
// Azure host parsed from the environment with `/openai/v1/…` paths (3), a Go websocket to a
// `url.URL{Host: …}` literal, the third-party Go client otiai10/openaigo, PowerShell (not read).
// The false positive: a llama.cpp provider's request to `/v1/chat/completions` read as a GET.
// Then tuned on: a URL variable given `${settings.url}/health` no longer lends another function's
// API URL (the false positive), Azure OpenAI's `/openai/v1/…` on a host named for Azure (3). Now
// 1.000 / 0.933 / 1.000.
describe('detection accuracy on public code: corpus 48 (tuned on since)', () => measureCorpus('heldout48', { precision: 0.97, recall: 0.93, provider: 0.99, minLabels: 45, minFiles: 38 }));

// Corpora 49 (owners A–F: 41 files, 28 repositories) and 50 (G–O: 35 files, 26 repositories),
// collected on 2026-12-03 with 51 by helpers that never read the detector, after 46 and 48 were
// tuned on. First runs at 3c788b2, before any change made for them:
// - 49: precision 1.000, recall 0.837, provider 0.805 (49 calls). Missed: a v4 client handed to a
//   TypeScript plugin class (4, `this.client.beta.threads.messages…`), fetch to a URL from user
//   configuration, a Deno v3 client on `state.openai`, PHP Guzzle `post('')` on a `base_uri` from
//   settings, `requests.post(f'{self.endpoint}/v1/…')` in a class whose endpoint is a parameter. Wrong
//   provider: clients imported from modules not in the corpus (5, unknown; labelled openai), a legacy
//   module whose API type comes from the environment, an AzureOpenAI class given a parameter endpoint.
// - 50: precision 0.939, recall 0.721, provider 1.000 (43 calls). The false positives: two legacy
//   `openai.FineTune.retrieve` calls in a notebook that the labels leave out. Missed: a legacy module
//   handed to a retry wrapper as a parameter (3), `get_openai_client().chat…` from a module not in
//   the corpus (2), curl in a `.txt` note (2, not read), a local `fetchWithTimeout` helper (2), a
//   Next.js module's client (2), Dart Retrofit-generated code.
// Together with 51, 123 calls: precision 0.980, recall 0.789, provider 0.918.
// Then 49 was tuned on: a thread's messages and runs on a client handed to a file that imports no
// SDK (4). Now 49: 1.000 / 0.918 / 0.822.
describe('detection accuracy on public code: corpus 49 (tuned on since)', () => measureCorpus('heldout49', { precision: 0.97, recall: 0.91, provider: 0.82, minLabels: 49, minFiles: 41 }));
// Then 50 was tuned on: regular expression literals in the lexer (a backtick in one hid a Next.js
// module's two calls), another file's factory used in one expression from a module whose name starts
// with `openai` (2). Now 50: 0.946 / 0.814 / 1.000.
describe('detection accuracy on public code: corpus 50 (tuned on since)', () => measureCorpus('heldout50', { precision: 0.94, recall: 0.81, provider: 0.99, minLabels: 43, minFiles: 35 }));
// Corpus 51: 28 files from 16 repositories (owners P–Z), collected on 2026-12-03 by a helper that
// never read the detector, after 46 and 48 were tuned on. First run at d43e189, before any change
// made for it: precision 1.000, recall 0.806, provider 1.000 (31 calls). Missed: a client from a
// function of a module not in the corpus (4, `service.host_service`), a Python script saved with a
// `.sh` name, Spring's RestTemplate to a URL from a property.
describe('detection accuracy on public code: corpus 51 (held out)', () => measureCorpus('heldout51', { precision: 0.97, recall: 0.8, provider: 0.99, minLabels: 31, minFiles: 28 }));

// Corpus 52: 49 files from 31 repositories (owners A–F), collected with 53 and 54 under the same rules.
// First run at e590039 (the detector of 268ca2f), before any change made for it: precision 0.953,
// recall 0.788, provider 0.780 (52 calls). Missed: a legacy `openai` module handed to functions as a
// parameter (3), Angular `this.http.post(this.apiURL, …)` with the URL a class field (2), a client
// imported from a module not in the corpus (1), a SvelteKit route's client, CommonJS `client.responses`
// in a retry loop, C# RestSharp's `RestClientOptions(url)`. The false positives are one call each
// read another way: a `fetch` to a typo host (`api.openapi.com`) read as GET where the options say
// POST, and `vectorStores.files.uploadAndPoll` reported under its first request (`/v1/files`).
// Wrong provider (9): clients built in modules not in the corpus (a gitignored `utils/openai`, a shared
// client file), read as unknown where the labeller read the other file.
// Together with 53 and 54, 183 calls: precision 0.982, recall 0.874, provider 0.944.
// Then 52-54 were tuned on (9bad5ca, PowerShell, 8d6bebf): the legacy module handed in as a
// parameter or attribute, TypeScript class fields holding a URL, JSON-style fetch options, Go typed
// package variables, PowerShell, `$lib/` imports and the SDK from a dynamic import. Now 52:
// 0.980 / 0.942 / 0.796 (what is left is a typo host's verb, uploadAndPoll's endpoint, RestSharp,
// and clients of modules not in the corpus).
describe('detection accuracy on public code: corpus 52 (tuned on since)', () => measureCorpus('heldout52', { precision: 0.97, recall: 0.94, provider: 0.79, minLabels: 52, minFiles: 49 }));

// Corpus 53: 45 files from 32 repositories (owners G–O), collected on 2026-12-03 (fifth session) by a
// helper that never read the detector, under a written rule for requests built on one line and sent
// on another (label where the URL is given) and for local helpers handed the URL (label the caller).
// First run at 268ca2f, before any change made for it: precision 0.981, recall 0.850, provider 1.000
// (60 calls). Missed: PowerShell `Invoke-RestMethod` and .NET `HttpRequestMessage` (4, not read), a
// legacy `openai` module handed to a class as a parameter (3, `self.openai_session.Completion.create`),
// a shell script whose unclosed quote (a placeholder key) hides its `curl`, and
// `/v1/engines/{engine_id}/completions`, reported as `/v1/completions` (also the one false positive).
// Now 53: 0.983 / 0.950 / 1.000.
describe('detection accuracy on public code: corpus 53 (tuned on since)', () => measureCorpus('heldout53', { precision: 0.97, recall: 0.95, provider: 0.99, minLabels: 60, minFiles: 45 }));

// Corpus 54: 53 files from 38 repositories (owners P–Z), collected with 53 under the same rules.
// First run at 268ca2f, before any change made for it: precision 1.000, recall 0.958, provider 1.000
// (71 calls). Missed: Go `http.NewRequest("POST", OPENAI_CHAT_COMPLETION_URL, …)` with the URL a
// package variable declared with its type (`var OPENAI_CHAT_COMPLETION_URL string = "https://…"`), a
// Flask app's client (`current_app.openai`) set in another module, PowerShell (not read).
// Together with 53, 131 calls: precision 0.992, recall 0.908, provider 1.000.
// Now 54: 1.000 / 0.986 / 1.000.
describe('detection accuracy on public code: corpus 54 (tuned on since)', () => measureCorpus('heldout54', { precision: 0.99, recall: 0.98, provider: 0.99, minLabels: 71, minFiles: 53 }));

// Corpus 55: 31 files from 18 repositories (owners A–F), collected on 2026-12-03 (fifth session) by a
// helper that never read the detector, under the same rules as 52-54, after 52-54 were tuned on.
// First run at abec97c (the detector of 8d6bebf), before any change made for it: precision 1.000,
// recall 0.927, provider 0.868 (41 calls). Missed: an OpenRouter URL constant imported from a module
// not in the corpus (2), OpenRouter's model listing (`/api/v1/models` on a public host is not read as
// the OpenAI-compatible listing). Wrong provider (5): clients built in modules not in the corpus
// (`../config/openaiConfig.js`, `../../backend/openai.ts`), read as unknown where the labeller read
// the other file.
describe('detection accuracy on public code: corpus 55 (held out)', () => measureCorpus('heldout55', { precision: 0.99, recall: 0.92, provider: 0.86, minLabels: 41, minFiles: 31 }));

// Corpus 56: 45 files from 27 repositories (owners G–O), collected with 55 and 57 under the same rules.
// First run at the detector of 8d6bebf, before any change made for it: precision 1.000, recall 0.776,
// provider 1.000 (67 calls). Missed: the legacy module re-exported by a project module not in the
// corpus (6, `from component.openai import openai` … `openai.ChatCompletion.create`), a notebook's
// client imported from `src.open_ai`, a module not in the corpus (5), `urllib.request.Request(f"{self.base_url}/responses")`,
// a local `fetchStream(url, …)` helper's caller, and the official .NET SDK and MacPaw's Swift SDK (not read).
// Together with 55 and 57, 157 calls: precision 0.993, recall 0.860, provider 0.933.
// Then tuned on (4171e7e): modules named `open_ai`, the legacy module a project module re-exports.
// Now 56: 1.000 / 0.940 / 0.825 (the calls found since are read as unknown: their clients are built in
// modules not in the corpus, which the labeller read as OpenAI's).
describe('detection accuracy on public code: corpus 56 (tuned on since)', () => measureCorpus('heldout56', { precision: 0.99, recall: 0.93, provider: 0.82, minLabels: 67, minFiles: 45 }));

// Corpus 57: 45 files from 23 repositories (owners P–Z), collected with 55 under the same rules.
// First run at the detector of 8d6bebf, before any change made for it: precision 0.978, recall 0.918,
// provider 0.911 (49 calls). Missed: go-openai through a fork of the library (2,
// `github.com/tibeahx/go-openai`), a test helper's call on a client imported from a module not in the
// corpus, and a Java `HttpRequest.newBuilder()` labelled on its `newBuilder` line where the detector
// reports the `.uri(…)` line below (also the one false positive: the collectors' written rule named
// `newBuilder(` for Java and `.url(` for OkHttp). Wrong provider (4): the legacy-style `openai.api_type =
// OPENAI_API_TYPE` with the constant `'azure'` (2, read as OpenAI), a Go package variable `Client`
// whose value is set outside the corpus (2, unknown; the labeller followed the package's `New()`).
// Then tuned on (4171e7e): `api_type` through a constant of the file. Now 57: 0.978 / 0.918 / 0.956.
describe('detection accuracy on public code: corpus 57 (tuned on since)', () => measureCorpus('heldout57', { precision: 0.97, recall: 0.91, provider: 0.95, minLabels: 49, minFiles: 45 }));

// Corpus 58: 53 files from 45 repositories (owners A–F), collected with 59 and 60 under the same rules.
// First run at bfe773f (the detector of 4171e7e), before any change made for it: precision 0.974,
// recall 0.962, provider 0.934 (79 calls). Missed: C# RestSharp's `new RestRequest("/chat/completions",
// Method.Post)` on an injected client, and two legacy `openai.Completion.create(engine=…)` calls this
// collector labelled with the engines path (`/v1/engines/{engine_id}/completions`; the detector, and the
// collectors of 55 and 60, say `/v1/completions`; also the two false positives). Wrong provider (5): an
// `AsyncOpenAI` whose `base_url` is reset from per-user settings later (4, read as OpenAI's default), a
// client from a module not in view whose literal base is a local Ollama server (read as unknown).
// Together with 59 and 60, 171 calls: precision 0.981, recall 0.924, provider 0.968.
// Then tuned on (5403c69): a client's `base_url` set again from a run-time value. Now 58: 0.974 / 0.962 / 0.987.
describe('detection accuracy on public code: corpus 58 (tuned on since)', () => measureCorpus('heldout58', { precision: 0.97, recall: 0.96, provider: 0.98, minLabels: 79, minFiles: 53 }));

// Corpus 59: 32 files from 22 repositories (owners G–O), collected on 2026-12-03 (fifth session) by a
// helper that never read the detector, under the rules of 52-57 (the Java builder's line made the
// `.uri(` line, as OkHttp's `.url(`), after 52-57 were tuned on.
// First run at f9db182 (the detector of 4171e7e), before any change made for it: precision 1.000,
// recall 0.837, provider 1.000 (43 calls). Missed: Go resty `.Post(c.ChatUrl)` with the URLs in struct
// fields set from literals (3), C# `HttpClient.PostAsync("v1/chat/completions")` relative to a
// `BaseAddress` (2), OpenRouter's model listing, a NestJS service's `apiCall({ url: CHAT_AI_API_ENDPOINT.… })` helper.
// Then tuned on (66c3a6c): Go struct fields holding an API URL, read through any receiver. Now 59:
// 1.000 / 0.907 / 1.000.
describe('detection accuracy on public code: corpus 59 (tuned on since)', () => measureCorpus('heldout59', { precision: 0.99, recall: 0.9, provider: 0.99, minLabels: 43, minFiles: 32 }));

// Corpus 60: 47 files from 31 repositories (owners P–Z), collected with 59 under the same rules.
// First run at the detector of 4171e7e, before any change made for it: precision 0.979, recall 0.939,
// provider 1.000 (49 calls). Missed: a Python git hook with no extension (`#!/usr/bin/env python`;
// only shell `#!` lines are read), Java Unirest on a URL constant of another file, and a `curl` inside
// `"$(curl … \` whose `-d` on a continuation line was not read, so it was reported as a GET (also the
// one false positive).
// Together with 59, 92 calls: precision 0.988, recall 0.891, provider 1.000.
// Then tuned on (5403c69): shell command substitutions with quotes of their own inside double quotes.
// Then (0e01dae) Python scripts without an extension, by their `#!` line. Now 60: 1.000 / 0.980 / 1.000.
describe('detection accuracy on public code: corpus 60 (tuned on since)', () => measureCorpus('heldout60', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 49, minFiles: 47 }));

// Corpus 61: 48 files from 27 repositories (owners A–F), collected with 62 and 63 under the same rules.
// First run at 379557d (the detector of 5403c69), before any change made for it: precision 0.984,
// recall 0.984, provider 0.952 (63 calls): all three goals met on a first run. Missed: Go
// `http.NewRequest(http.MethodGet, API_MODEL_LIST, nil)` with the constant in another file of the package.
// The one false positive is a live `detect_language` request to api.openai.com (line 543) that the labels
// leave out (their note takes it for the commented-out code below it); the labels are kept as collected.
// Wrong provider (3): a client switched at run time among three literal non-OpenAI bases (2, read as
// unknown, labelled other), `AzureOpenAI` on a placeholder host `my-custom-azure.com` (read as other).
// Together with 62 and 63, 153 calls: precision 0.992, recall 0.830, provider 0.953.
describe('detection accuracy on public code: corpus 61 (held out)', () => measureCorpus('heldout61', { precision: 0.98, recall: 0.98, provider: 0.95, minLabels: 63, minFiles: 48 }));

// Corpus 62: 34 files from 21 repositories (owners G–O), collected on 2026-12-03 (fifth session) by a
// helper that never read the detector, under the rules of 58-60 (SDK `engine=` calls as `/v1/completions`,
// as heldout31 wrote), after 52-60 were tuned on.
// First run at 9a0a737 (the detector of 5403c69), before any change made for it: precision 1.000,
// recall 0.878, provider 0.930 (49 calls). Missed: requests through a settings object's URLs
// (`self._settings.chat_completions_url`, 3, one through a local `_request_json` helper), OpenRouter's
// model listing, Spring WebClient's `.post()` on a client built with `.baseUrl("https://api.openai.com…")`,
// a v4 client on another object's attribute (`openAIBot.client`). Wrong provider (3): a client from a
// settings module not in the corpus (2), a `this.openai` used outside its class (read as OpenAI's).
describe('detection accuracy on public code: corpus 62 (held out)', () => measureCorpus('heldout62', { precision: 0.99, recall: 0.87, provider: 0.92, minLabels: 49, minFiles: 34 }));

// Corpus 63: 34 files from 18 repositories (owners P–Z), collected with 62 under the same rules.
// First run at the detector of 5403c69, before any change made for it: precision 1.000, recall 0.537,
// provider 1.000 (41 calls): most of its requests take their URL at run time from configuration.
// Missed: Spring WebClient's `webClient.post().uri(THREAD_URI + …)` on an injected client (5), an axios
// instance imported from `../request` with a relative base (4), a local `submitRequest(params, apiUrl)`
// helper's callers and its `fetch` (3, engines paths), Python `http.client.HTTPSConnection("api.openai.com")`
// … `conn.request("POST", "/v1/chat/completions")` (2), Go `http.NewRequest("POST", Conf.ApiServer, …)`
// and `"https://" + cfg.Api.Host + RealtimeSessionsPath` with the paths elsewhere (3), a curl to `"$url"`
// set from configuration, a v4 client imported from a module not in the corpus.
// Together with 62, 90 calls: precision 1.000, recall 0.722, provider 0.954.
// Then tuned on (c278303): Python http.client. Now 63: 1.000 / 0.585 / 1.000.
describe('detection accuracy on public code: corpus 63 (tuned on since)', () => measureCorpus('heldout63', { precision: 0.99, recall: 0.58, provider: 0.99, minLabels: 41, minFiles: 34 }));

// Corpus 64: 29 files from 22 repositories (owners A–F), collected with 65 and 66 under the same rules
// (a PHP file the collector could not copy exactly was removed before the first run; see its SOURCES.md).
// First run at a509433 (the detector of 0e01dae), before any change made for it: precision 1.000,
// recall 0.892, provider 0.970 (37 calls). Missed: CommonJS `const { default: OpenAI } = require("openai")`,
// GDScript's `HTTPRequest.request(_url + "/v1/chat/completions", …)` (2, not read), a call of an `httpsPost`
// helper imported from a module not in the corpus. Wrong provider: a go-openai client passed in whose
// only caller passes a default client (read as OpenAI's, labelled unknown).
// Then tuned on: `{ default: OpenAI }` from require. Now 64: 1.000 / 0.919 / 0.971.
describe('detection accuracy on public code: corpus 64 (tuned on since)', () => measureCorpus('heldout64', { precision: 0.99, recall: 0.91, provider: 0.96, minLabels: 37, minFiles: 29 }));

// Corpus 65: 30 files from 20 repositories (owners G–O), collected on 2026-12-03 (fifth session) by a
// helper that never read the detector, under the rules of 61-63, after 52-63 were tuned on.
// First run at 045d6c8 (the detector of 0e01dae), before any change made for it: precision 1.000,
// recall 0.860, provider 0.892 (43 calls). Missed: Assistants calls on `self.client`, a constructor
// argument, in a Python file that imports no SDK (5), a `fetch` to an endpoint from the environment with a
// literal default on another provider. Wrong provider (4): `new OpenAI(openaiConfig)` with the options
// from a module not in the corpus (read as unknown; the labeller read that module: only a key).
// Then tuned on: Assistants calls on an untyped client kept from a constructor parameter. Now 65:
// 1.000 / 0.977 / 0.905.
describe('detection accuracy on public code: corpus 65 (tuned on since)', () => measureCorpus('heldout65', { precision: 0.99, recall: 0.97, provider: 0.9, minLabels: 43, minFiles: 30 }));

// Corpus 66: 38 files from 27 repositories (owners P–Z), collected with 64 and 65 under the same rules.
// First run at 67dce7a (the detector of 0e01dae), before any change made for it: precision 0.973,
// recall 0.857, provider 0.972 (42 calls). Missed: WordPress's `wp_remote_post('https://api.openai.com/…')`
// (2), Scala http4s `Request[F](method = Method.POST, uri = uri)`, a curl to Ollama's `/v1/models` on a
// host named `ollama.llm-host`, a `client` the file never defines, and a Go request to
// `/v1/engines/davinci/completions` reported as `/v1/completions` (also the one false positive).
// Together with 64 and 65, 122 calls: precision 0.991, recall 0.869, provider 0.943.
// Then tuned on: WordPress's `wp_remote_post`. Now 66: 0.974 / 0.905 / 0.974.
describe('detection accuracy on public code: corpus 66 (tuned on since)', () => measureCorpus('heldout66', { precision: 0.97, recall: 0.9, provider: 0.97, minLabels: 42, minFiles: 38 }));

// Corpus 67: 39 files from 31 repositories (owners A–F), collected on 2026-12-03 (sixth session) by a
// helper that never read the detector, under the rules of 64-66, after 52-66 were tuned on.
// First run at the detector of 7e9912d, before any change made for it: precision 1.000, recall 0.935,
// provider 1.000 (46 calls). Missed: OpenRouter's model listing, `requests.get(f"{API_BASE}/models")` with
// the literal OpenRouter base (3, `/api/v1/models` on a public host is not read as the OpenAI-compatible listing).
describe('detection accuracy on public code: corpus 67 (tuned on since)', () => measureCorpus('heldout67', { precision: 0.99, recall: 0.93, provider: 0.99, minLabels: 46, minFiles: 39 }));

// Corpus 68: 40 files from 30 repositories (owners G–O), collected with 67 and 69 under the same rules.
// First run at the detector of 7e9912d, before any change made for it: precision 1.000, recall 0.882,
// provider 1.000 (51 calls). Missed: a `.http` file's `curl -i -X POST {{openaiBaseUrl}}/openai/deployments/…`
// lines (2, curl commands written in a REST-client file), PHP `curl_init(self::API_ENDPOINT)` with a class
// constant, PowerShell `Invoke-RestMethod -Uri $openAiUrl` with the URL from a parameter, a `curl` inside a
// string a shell function runs with `eval`, and a legacy `openai.Answer.create` (`/v1/answers`) in a cell
// that does not parse.
describe('detection accuracy on public code: corpus 68 (tuned on since)', () => measureCorpus('heldout68', { precision: 0.99, recall: 0.88, provider: 0.99, minLabels: 51, minFiles: 40 }));

// Corpus 69: 44 files from 26 repositories (owners P–Z), collected with 67 and 68 under the same rules.
// First run at the detector of 7e9912d, before any change made for it: precision 0.980, recall 0.923,
// provider 1.000 (52 calls). Missed: raw requests to a URL decided at run time whose body is no chat
// completion (aiohttp and urllib to a TTS `self._url`, 2; aiohttp to `f"{provider.base_url or …}/…"`), and the
// SDK's `audio.speech.with_streaming_response.create`. The one false positive: a callback `requests.post`
// whose body is read from a chat completion's answer, taken for a chat-completion request.
// Together with 67 and 68, 149 calls: precision 0.993, recall 0.913, provider 1.000. (The detector of
// eaff8c2, the last session's, scores the same under this matcher: 7e9912d's two rules found nothing new here.)
describe('detection accuracy on public code: corpus 69 (tuned on since)', () => measureCorpus('heldout69', { precision: 0.97, recall: 0.92, provider: 0.99, minLabels: 52, minFiles: 44 }));

// Corpus 70: 33 files from 22 repositories (owners A–F), collected on 2026-12-03 (sixth session) by a
// helper that never read the detector, under the rules of 67-69, after 52-69 were tuned on.
// First run at 4743fff, before any change made for it: precision 0.975, recall 0.929, provider 0.949
// (42 calls). Missed: a Swift helper `postApiData(requestURL:)` handed the URL (2, local helpers are read in
// JavaScript/TypeScript, Python and Go only), and a PHP `curl_init(URL)` whose `curl_setopt_array(…, [CURLOPT_POST
// => true])` was not read, so it was reported as a GET (also the one false positive). Wrong provider (2): a client
// from a module not in the corpus (read as unknown), a client parameter whose only caller passes a default
// client (read as OpenAI's, labelled unknown).
describe('detection accuracy on public code: corpus 70 (tuned on since)', () => measureCorpus('heldout70', { precision: 0.97, recall: 0.92, provider: 0.94, minLabels: 42, minFiles: 33 }));

// Corpus 71: 29 files from 19 repositories (owners G–O), collected with 70 and 72 under the same rules.
// First run at 4743fff, before any change made for it: precision 0.972, recall 0.921, provider 0.943 (38 calls).
// Missed: legacy v3 `openai.createImage`/`createCompletion` on an `openai` the file never defines (2), and
// `GET /models` on an httpx client imported from a module not in the corpus. The one false positive is a second
// `client.post(baseUrl)` to the Hugging Face router in another function that the labels leave out (labels kept as
// collected). Wrong provider (2): clients from modules not in the corpus, read as unknown, labelled other.
// Since eecf2d5 the v3 call on the undefined `openai` is found, destination unknown (labelled openai: the collector
// read the repository's other files): provider 0.917.
describe('detection accuracy on public code: corpus 71 (tuned on since)', () => measureCorpus('heldout71', { precision: 0.97, recall: 0.92, provider: 0.91, minLabels: 38, minFiles: 29 }));

// Corpus 72: 36 files from 21 repositories (owners P–Z), collected with 70 and 71 under the same rules.
// First run at 4743fff, before any change made for it: precision 1.000, recall 1.000, provider 1.000 (44 calls).
// Together with 70 and 71, 124 calls: precision 0.983, recall 0.952, provider 0.966: all three goals met on a
// first run of a round.
describe('detection accuracy on public code: corpus 72 (held out)', () => measureCorpus('heldout72', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 44, minFiles: 36 }));

// Corpus 73: 40 files from 19 repositories (owners A–F), collected on 2026-12-03 (sixth session) by a
// helper that never read the detector, under the rules of 70-72, after 52-72 were tuned on.
// First run at 96a397c, before any change made for it: precision 0.914, recall 0.800, provider 1.000
// (40 calls). Missed: PHP `curl_setopt_array` whose JSON body in single quotes runs over lines (2; the lexer
// ended a PHP string at its line, the options array was not read whole, so the requests were taken for GETs:
// also 2 false positives), a Go helper `c.callAPI(ctx, "GET", "engines", nil)` that joins a path to a base
// field (2), rxjs `fromFetch(url)` (not read as a request), clients imported from a module not in the corpus
// (3). The third false positive: a Swift `URLRequest` built but never sent (a negative file).
describe('detection accuracy on public code: corpus 73 (tuned on since)', () => measureCorpus('heldout73', { precision: 0.91, recall: 0.8, provider: 0.99, minLabels: 40, minFiles: 40 }));

// Corpus 74: 54 files from 28 repositories (owners G–O), collected with 73 and 75 under the same rules.
// First run at 92e7407 (after tuning on 73), before any change made for it: precision 0.984, recall 0.926,
// provider 0.984 (68 calls). Missed: Google Apps Script `UrlFetchApp.fetch(url, options)` (3, not read), axios
// to a URL from an injected config service, a Python client on `self.client` (`.choices` read on the call). The
// false positive: a curl to Azure AI Foundry's own `/anthropic/v1/messages`, read as an Azure OpenAI path.
// Wrong provider: a base URL from the user's settings with another provider's fallback (read as unknown).
describe('detection accuracy on public code: corpus 74 (tuned on since)', () => measureCorpus('heldout74', { precision: 0.98, recall: 0.92, provider: 0.98, minLabels: 68, minFiles: 54 }));

// Corpus 75: 46 files from 31 repositories (owners P–Z), collected with 73 and 74 under the same rules.
// First run at 92e7407, before any change made for it: precision 0.909, recall 0.714, provider 0.975 (56 calls).
// Missed: Java `HttpRequest.newBuilder().uri(…)` whose `.POST(…)` is read as a GET (4; the same 4 calls are the
// false positives), Deno's `axiod({ url, method })` (3), the npm `openai` v2 `createCompletion(engine,
// body)` (3), a legacy module imported under an alias (`import openai as openai_client`), a legacy v3 client from
// another module, a Dart helper inherited from another file, PHP `curl_setopt($ch, CURLOPT_URL, $endpoint)`, and a
// WordPress AI client's `new Request(HttpMethodEnum::POST(), $url)` (2). Wrong provider: `api_type` chosen at run
// time (read as Azure).
// Together with 73 and 74, 164 calls: precision 0.944, recall 0.823, provider 0.985.
// Since eecf2d5 a v3 client imported from a module not in the corpus is found, destination unknown (labelled openai).
describe('detection accuracy on public code: corpus 75 (tuned on since)', () => measureCorpus('heldout75', { precision: 0.9, recall: 0.71, provider: 0.96, minLabels: 56, minFiles: 46 }));

// Corpus 76: 38 files from 22 repositories (owners A–F), collected on 2026-12-03 (sixth session) by a
// helper that never read the detector, under the rules of 73-75, after 52-75 were tuned on.
// First run at 0fd1db5, before any change made for it: precision 0.981, recall 0.929, provider 0.904
// (56 calls). Missed: Node `https.request(options)` with the options, host `api.deepseek.com`, in a variable (3),
// an Objective-C `NSMutableURLRequest` (not read). The false positive: go-openai in a test against a mock server
// (a negative file). Wrong provider (5): clients from modules not in the corpus, read as unknown.
describe('detection accuracy on public code: corpus 76 (tuned on since)', () => measureCorpus('heldout76', { precision: 0.98, recall: 0.92, provider: 0.9, minLabels: 56, minFiles: 38 }));

// Corpus 77: 40 files from 27 repositories (owners G–O), collected with 76 and 78 under the same rules.
// First run at 0fd1db5, before any change made for it: precision 1.000, recall 0.780, provider 0.969 (41 calls).
// Missed: legacy v3 clients from another module (4: `require('../config/openaiConfig')`, parameters, a React Query
// hook), `asyncio.to_thread(oai_client.responses.create, …)` (2), a client kept in Streamlit's session state, the
// third-party Go `go-gpt3`, C++ libcurl (not read). Wrong provider: a Dart client injected from another file.
describe('detection accuracy on public code: corpus 77 (tuned on since)', () => measureCorpus('heldout77', { precision: 0.99, recall: 0.78, provider: 0.96, minLabels: 41, minFiles: 40 }));

// Corpus 78: 33 files from 21 repositories (owners P–Z), collected with 76 and 77 under the same rules.
// First run at 0fd1db5, before any change made for it: precision 1.000, recall 0.870, provider 1.000 (46 calls).
// Missed: `fetch(`${this.options.baseUrl}/models`)` (2; one segment on a run-time host is not read as an OpenAI
// path), a Scala helper `HttpClient.post(ext, "chat/completions", body)` (3, helpers are read in JS/TS, Python and
// Go), a `curl` in an unquoted `$(…)` with its URL last.
// Together with 76 and 77, 143 calls: precision 0.992, recall 0.867, provider 0.952.
describe('detection accuracy on public code: corpus 78 (tuned on since)', () => measureCorpus('heldout78', { precision: 0.99, recall: 0.86, provider: 0.99, minLabels: 46, minFiles: 33 }));

// Corpus 79: 31 files from 23 repositories (owners A–F), collected on 2026-12-03 (sixth session) by a
// helper that never read the detector, under the rules of 76-78, after 52-78 were tuned on.
// First run at 6761040, before any change made for it: precision 1.000, recall 0.810, provider 0.853
// (42 calls). Missed: legacy v3 calls on a client from a local factory `makeOpenAIClient()` (3), GDScript
// `HTTPRequest.request(url, …)` (2, not read), a Rust `client.post(&url)` with the URL from another module, a
// notebook's `requests.post(endpoint, …)` to an environment URL, a WebSocket to a URL from a config module not
// in the corpus. Wrong provider (5): clients and endpoints from modules not in the corpus, read as unknown.
describe('detection accuracy on public code: corpus 79 (tuned on since)', () => measureCorpus('heldout79', { precision: 0.99, recall: 0.8, provider: 0.85, minLabels: 42, minFiles: 31 }));

// Corpus 80: 35 files from 23 repositories (owners G–O), collected with 79 and 81 under the same rules.
// First run at 6761040, before any change made for it: precision 1.000, recall 0.957, provider 1.000 (47 calls).
// Missed: legacy v3 calls on a client imported from a configuration module not in the corpus (2).
// Since eecf2d5 both are found, destination unknown (the module is not in the corpus; labelled openai): provider 0.957.
describe('detection accuracy on public code: corpus 80 (tuned on since)', () => measureCorpus('heldout80', { precision: 0.99, recall: 0.95, provider: 0.95, minLabels: 47, minFiles: 35 }));

// Corpus 81: 37 files from 24 repositories (owners P–Z), collected with 79 and 80 under the same rules.
// First run at 6761040, before any change made for it: precision 1.000, recall 0.976, provider 1.000 (41 calls):
// all three goals met on a first run. Missed: a C# `new HttpRequestMessage(HttpMethod.Post, OpenRouterApiUrl)`.
// Together with 79 and 80, 130 calls: precision 1.000, recall 0.915, provider 0.958.
describe('detection accuracy on public code: corpus 81 (tuned on since)', () => measureCorpus('heldout81', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 41, minFiles: 37 }));

// Corpora 82-84: small (46 calls together), collected on 2026-12-03 (sixth session) under the rules of 79-81 by
// helpers whose look-ups ran out (the session's search budget and snapshot fetches were used up), after 52-81
// were tuned on. First run at 4a1fad3 (5ae56b7 changed only documents), before any change made for them.
// 82: 17 files from 10 repositories: precision 1.000, recall 0.824, provider 1.000 (17 calls). Missed: an
// `axios.post` in a JavaScript file that holds stray Markdown fences (its ``` opens a template literal that runs on),
// browser JavaScript in a `.php` file (`xhr.open("POST", …)`, jQuery `$.ajax({ url, type: "POST" })`).
describe('detection accuracy on public code: corpus 82 (tuned on since)', () => measureCorpus('heldout82', { precision: 0.99, recall: 0.82, provider: 0.99, minLabels: 17, minFiles: 17 }));

// 83: 17 files from 11 repositories: precision 1.000, recall 0.938, provider 0.800 (16 calls). Missed: an engines path
// posted on an axios instance imported from another file. Wrong provider (3): a client from a module not in the corpus.
describe('detection accuracy on public code: corpus 83 (held out)', () => measureCorpus('heldout83', { precision: 0.99, recall: 0.93, provider: 0.8, minLabels: 16, minFiles: 17 }));

// 84: 12 files from 9 repositories: precision 1.000, recall 0.769, provider 1.000 (13 calls). Missed: the OpenAI .NET
// SDK's `ChatClient` from Azure's `AzureOpenAIClient` (3; the .NET SDKs are not read, and the brief counts Azure's
// own SDKs out: the collector labelled them with a doubt).
// Together, 46 calls: precision 1.000, recall 0.848, provider 0.923.
// Since the .NET SDK is read (199257d), its three calls are found: recall 1.000.
describe('detection accuracy on public code: corpus 84 (tuned on since)', () => measureCorpus('heldout84', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 13, minFiles: 12 }));

// Corpora 85-87: collected on 2026-12-03 (seventh session) by three helpers that never read the detector (owners
// A–F / G–O / P–Z), under the rules of 79-84, after 52-84 were tuned on. First run at eecf2d5 (dc5b154 changed
// only tests), before any change made for them.
// 85: 37 files from 25 repositories: precision 1.000, recall 0.894, provider 0.952 (47 calls). Missed: Laravel's
// `Http::withHeaders(…)->post($this->apiUrl, …)` with the URL in a typed class property (4), a client inherited from
// a base class in a file not in the corpus. Wrong provider (2): legacy calls handed the user's own `api_type` and
// `api_base` (read as OpenAI's, labelled unknown).
// Since 465d63e: the Laravel calls through a class property are found (recall 0.979).
describe('detection accuracy on public code: corpus 85 (tuned on since)', () => measureCorpus('heldout85', { precision: 0.99, recall: 0.97, provider: 0.95, minLabels: 47, minFiles: 37 }));

// 86: 43 files from 31 repositories: precision 0.938, recall 0.978, provider 1.000 (46 calls). Missed: otiai10/openaigo's
// `client.Chat(…)` (a Go SDK not read). The three false positives are legacy v3 `createFile`, `createFineTune` and
// `createImage` calls in a file whose `createCompletion` calls are labelled: true requests the labels leave out
// (labels kept as collected).
describe('detection accuracy on public code: corpus 86 (held out)', () => measureCorpus('heldout86', { precision: 0.93, recall: 0.97, provider: 0.99, minLabels: 46, minFiles: 43 }));

// 87: 44 files from 37 repositories: precision 0.945, recall 0.881, provider 0.942 (59 calls). Three `axios(config)`
// calls are labelled on the `url:` line of the object (the brief's "where the request is built") and reported
// where `axios(config)` sends it: each is a miss and a false positive. Missed besides: Spring's
// `restTemplate.postForEntity(url, …)` with the URL from `@Value("${…}")` (2), a v4 client handed to a callback by
// `this.getApi((api) => …)`, `this.beta.chat.completions.stream(…)` in a class that extends `OpenAI`. Wrong
// provider (3): v3 clients from a module not in the corpus (found since eecf2d5; read as unknown, labelled openai).
// Together, 152 calls: precision 0.959, recall 0.914, provider 0.964.
// Since 465d63e: the subclass's own `this.beta.chat.completions.stream(…)` is found (recall 0.898).
describe('detection accuracy on public code: corpus 87 (tuned on since)', () => measureCorpus('heldout87', { precision: 0.94, recall: 0.89, provider: 0.94, minLabels: 59, minFiles: 44 }));

// Corpora 88-90: collected on 2026-12-03 (seventh session) by three more helpers that never read the detector,
// under the rules of 85-87, after 85-87 were tuned on. First run at 3b97681, before any change made for them.
// 88: 59 files from 38 repositories: precision 1.000, recall 0.946, provider 1.000 (74 calls). Missed: Node v4 calls
// on a client taken by `const { openai } = require('../index.js')` from a module of the corpus (3), a request made
// through a local `post(endpoint, data)` helper handed a URL from the add-in's settings.
// Since 1091bd0 the destructured require is followed (recall 0.986).
describe('detection accuracy on public code: corpus 88 (tuned on since)', () => measureCorpus('heldout88', { precision: 0.99, recall: 0.98, provider: 0.99, minLabels: 74, minFiles: 59 }));

// 89: 43 files from 27 repositories: precision 1.000, recall 0.869, provider 0.962 (61 calls). Missed: legacy
// `openai.ChatCompletion.create(…)` and the like on an `openai` the file takes through `from telegram import *` (6),
// Haskell's http-conduit request string, a shell `curl -X POST $LLM_URL` with the path in an environment URL. Wrong
// provider (2): a global client reassigned at run time between OpenAI, LM Studio and Groq (read as OpenAI's).
// Since 1091bd0 the star-imported module's calls are found, destination unknown (labelled openai: the collector read the
// other module): recall 0.951, provider 0.879.
describe('detection accuracy on public code: corpus 89 (tuned on since)', () => measureCorpus('heldout89', { precision: 0.99, recall: 0.95, provider: 0.87, minLabels: 61, minFiles: 43 }));

// 90: 49 files from 34 repositories: precision 1.000, recall 0.903, provider 0.982 (62 calls). Missed: go-openai calls
// on a client from another file's `NewClient()` factory method (2), legacy `openai.Embedding().create(…)` on an
// instance made in place, a v1 client taken from a dict of clients, a Rust `post(config.url())`, a shell
// `curl "$ENDPOINT"`. Wrong provider: an Azure deployments path on a base URL from the environment (read as unknown).
// Together, 197 calls: precision 1.000, recall 0.909, provider 0.983.
// Since 1091bd0 the factory's clients (destination unknown, labelled openai) and the resource made in place are found:
// recall 0.952, provider 0.949.
describe('detection accuracy on public code: corpus 90 (tuned on since)', () => measureCorpus('heldout90', { precision: 0.99, recall: 0.95, provider: 0.94, minLabels: 62, minFiles: 49 }));

// Corpora 91-93: collected on 2026-12-03 (seventh session) by three more helpers that never read the detector,
// under the rules of 85-90, after 85-90 were tuned on. First run at 5f2cfa3 (detector of 1091bd0), before any change
// made for them.
// 91: 43 files from 26 repositories: precision 1.000, recall 0.952, provider 0.950 (42 calls): all three goals met on
// a first run. Missed: a Go request through a local helper that holds the host and takes method and path from its
// argument, a Kotlin `HttpRequest` to an endpoint from settings. Wrong provider (2): a go-openai client kept in a
// struct field (read as unknown, labelled openai), a Groq request through a helper (read as unknown, labelled other).
describe('detection accuracy on public code: corpus 91 (held out)', () => measureCorpus('heldout91', { precision: 0.99, recall: 0.95, provider: 0.95, minLabels: 42, minFiles: 43 }));

// 92: 41 files from 28 repositories: precision 1.000, recall 0.831, provider 1.000 (59 calls). Missed: a fish shell
// script's curl commands (4; `.fish` is not read), PullRequestInc/go-gpt3's client (a Go library not in the SDK map),
// two fetches through a local `fetchWithTimeout(url, …)` helper with the URL from a configuration object, a client
// required from `../utils/openai`, whose module builds it after `require ('openai')` (a blank before the parenthesis), a Lua
// `curl.post`, PHP Symfony's `$this->http->request('GET', sprintf('https://api.openai.com/v1/conversations/%s/items', …))`.
// Since e2ea498 the curl commands of the fish script (destination unknown, labelled other: its `set` is not read), the
// blank-before-parenthesis require and PHP's sprintf are read: recall 0.932, provider 0.927.
describe('detection accuracy on public code: corpus 92 (tuned on since)', () => measureCorpus('heldout92', { precision: 0.99, recall: 0.93, provider: 0.92, minLabels: 59, minFiles: 41 }));

// 93: 36 files from 19 repositories: precision 1.000, recall 0.950, provider 0.816 (40 calls). Missed: an Azure API
// Management URL concatenated from a command-line name, an httpx post to the package's own local server. Wrong
// provider (7): an environment base URL with a literal localhost default (4, read as unknown, labelled other: the
// brief's "without default"), clients from a module not in the corpus (3, read as unknown, labelled openai).
// Together, 141 calls: precision 1.000, recall 0.901, provider 0.929.
describe('detection accuracy on public code: corpus 93 (held out)', () => measureCorpus('heldout93', { precision: 0.99, recall: 0.95, provider: 0.81, minLabels: 40, minFiles: 36 }));

// Corpora 94-96: collected on 2026-12-03 (seventh session) by three more helpers that never read the detector,
// under the rules of 85-93, after 85-93 were tuned on; the session's snapshot fetches ran out part way (the rest
// read from the index). First run at 8f3e3ad (detector of e2ea498), before any change made for them.
// 94: 37 files from 27 repositories: precision 1.000, recall 0.784, provider 1.000 (37 calls). Missed: Realtime
// WebSockets opened with websocket-client's `websocket.WebSocketApp(url, …)` in notebooks (3), v4 calls on a client
// default-imported from `./shared/openapi-client` (2), legacy v3 classes destructured from a default import
// (`const { Configuration, OpenAIApi } = openai`), an axios instance whose base is the whole endpoint posted with
// `''`, a Go request to an environment URL.
// Since 3be36b0: websocket-client, the destructured v3 classes and the client from the misspelt module are read
// (recall 0.946, provider 0.943: that client's destination is unknown, labelled openai).
describe('detection accuracy on public code: corpus 94 (tuned on since)', () => measureCorpus('heldout94', { precision: 0.99, recall: 0.94, provider: 0.94, minLabels: 37, minFiles: 37 }));

// 95: 38 files from 31 repositories: precision 1.000, recall 1.000, provider 0.837 (43 calls). Wrong provider (7):
// clients and URLs from modules not in the corpus (read as unknown, labelled openai).
describe('detection accuracy on public code: corpus 95 (held out)', () => measureCorpus('heldout95', { precision: 0.99, recall: 0.99, provider: 0.83, minLabels: 43, minFiles: 38 }));

// 96: 33 files from 22 repositories: precision 1.000, recall 0.765, provider 0.769 (51 calls). Missed: GDScript's
// `HTTPRequest.request(…)` (5; not read), Laravel calls to `"https://{$this->resource}/openai/threads…"` (4, Azure by
// the path), two fetches to Groq's OpenAI-compatible URL, a legacy v3 client handed to a constructor. Wrong provider
// (9): a go-openai client from a helper module of the corpus (6, read as unknown), a client chosen by whether an
// import succeeds (3, read as OpenAI's, labelled unknown).
// Together, 131 calls: precision 1.000, recall 0.847, provider 0.856.
// Since 3be36b0: the Groq fetches (an escaped backquote in a template literal had ended it early), the run-time Azure
// host and the v3 client handed to a constructor are found (recall 0.902, provider 0.804).
describe('detection accuracy on public code: corpus 96 (tuned on since)', () => measureCorpus('heldout96', { precision: 0.99, recall: 0.9, provider: 0.8, minLabels: 51, minFiles: 33 }));

// Corpora 97-99: collected on 2026-12-03 (seventh session) by three more helpers that never read the detector, under
// the rules of 85-96, after 85-96 were tuned on. No snapshot could be fetched any more: every file was copied from
// the index's `read_file` (checked against the character count it reports, not against a git hash), at the commit
// it names. First run at 71461b1 (detector of 3be36b0), before any change made for them.
// 97: 37 files from 25 repositories: precision 1.000, recall 0.902, provider 1.000 (41 calls). Missed: v4 calls on
// `new openai.OpenAI({ apiKey })` from the default import (4).
// Since 9d0822d the default export's `openai.OpenAI` is read: recall 1.000.
describe('detection accuracy on public code: corpus 97 (tuned on since)', () => measureCorpus('heldout97', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 41, minFiles: 37 }));

// 98: small (10 files from 6 repositories; the collector stopped early for the look-up budget): precision 1.000,
// recall 0.889, provider 1.000 (9 calls). Missed: a v3 call whose answer is destructured where it is awaited
// (`const { data } = await this.openaiService.createChatCompletion(…)`) on a client injected by NestJS.
// Since 9d0822d the destructured answer is read (destination unknown, labelled openai): recall 1.000, provider 0.889.
describe('detection accuracy on public code: corpus 98 (tuned on since)', () => measureCorpus('heldout98', { precision: 0.99, recall: 0.99, provider: 0.88, minLabels: 9, minFiles: 10 }));

// 99: 37 files from 31 repositories: precision 1.000, recall 0.841, provider 0.946 (44 calls). Missed: Go requests to a
// base kept in a struct field, set by a keyed literal in the constructor (`BaseURL: "https://api.openai.com/v1"`)
// or handed in (4), a Python helper `_post(path, body)` on a base from a parameter, a raw request to an environment
// base with a deployments path. Wrong provider (2): a base in a struct field (read as unknown), a judge client on
// 127.0.0.1 with a run-time port (read as unknown, labelled other).
// Together, 94 calls: precision 1.000, recall 0.872, provider 0.976.
// Since 9d0822d the keyed struct field's base is read: recall 0.864, provider 0.974.
// Since dc59db5 (a chat body named `body`; one path segment in a Go package named for OpenAI): recall 0.955, provider 0.976.
describe('detection accuracy on public code: corpus 99 (tuned on since)', () => measureCorpus('heldout99', { precision: 0.99, recall: 0.95, provider: 0.97, minLabels: 44, minFiles: 37 }));

// 100: 12 files from 8 repositories (a short round: the collector stopped at 50 minutes; no Go, notebook,
// curl or Azure file), first run at 6d89d87: precision 1.000, recall 1.000, provider 1.000 (22 calls).
describe('detection accuracy on public code: corpus 100 (held out)', () => measureCorpus('heldout100', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 22, minFiles: 12 }));

// 101: 40 files from 23 repositories, first run at 6d89d87: precision 1.000, recall 0.900, provider 1.000 (40 calls).
// Missed: two Python requests to an Azure deployment URL from the environment (`requests.post(endpoint_url, …)` with an
// `api-key` header), a Go request to a URL from settings with a literal default, a curl to `$LLM_URL` built from two
// variables (`$OPENAI_CUSTOM_URL$SUB_PATH`, the path in the second).
// Since dc59db5 (an Azure deployment URL from two literals, a shell path variable, a joining helper): recall 1.000.
describe('detection accuracy on public code: corpus 101 (tuned on since)', () => measureCorpus('heldout101', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 40, minFiles: 40 }));

// 102: 21 files from 15 repositories, first run at 6d89d87: precision 0.923, recall 0.750, provider 0.833 (32 calls).
// Missed: five TypeScript `fetchImpl(…)` requests through an injected fetch to URLs from local helpers
// (`resolveOpenAiResponsesUrl(baseUrl)`), a Python SDK call on a client handed in as a parameter. Two Python
// `urllib.request.Request(url, body, headers)` calls were read as GET (a body passed by position makes urllib POST):
// each a false positive and a miss. Wrong provider (5): bases from settings with a literal default (labelled by the
// default), an Azure client reached through a wrapper.
// 100–102 together, 94 calls: precision 0.976, recall 0.872, provider 0.951.
// Since dc59db5 urllib's body by position makes a POST: precision 1.000, recall 0.813, provider 0.846.
describe('detection accuracy on public code: corpus 102 (tuned on since)', () => measureCorpus('heldout102', { precision: 0.99, recall: 0.81, provider: 0.84, minLabels: 32, minFiles: 21 }));

// 103: 32 files from 16 repositories, first run at dc59db5: precision 1.000, recall 0.585, provider 0.917 (41 calls).
// The brief of this round (and of 104, 105) asked to prefer repositories that bring raw HTTP in any language, Azure and
// OpenAI-compatible servers: 34 of its 41 calls are raw HTTP, 23 to other providers. Missed: Kotlin and Java OkHttp
// requests through a project's request-building helpers (`baseRequest(CHAT_URL, key).post(…)`, 7), Swift
// `URLRequest(url: …)` on URLs from a constants type (2), C# `HttpRequestMessage` with a path relative to the
// client's `BaseAddress` (2), TypeScript requests through a helper in a module not in the corpus (2), a GET of
// `${baseUrl}/models` on a base from settings, a Databricks notebook's client in a Spark UDF.
// Since df99c9b (Kotlin, Java and PHP request helpers): recall 0.683, provider 0.929.
describe('detection accuracy on public code: corpus 103 (tuned on since)', () => measureCorpus('heldout103', { precision: 0.99, recall: 0.68, provider: 0.92, minLabels: 41, minFiles: 32 }));

// 104: 32 files from 23 repositories, first run at 3de4af7: precision 0.964, recall 0.675, provider 0.926 (40 calls).
// Missed: browser `fetch` calls in `<script>` blocks of two HTML pages (5; .html was not read), PHP requests through a
// file's own helper functions (`send_json_with_auth_token("https://api.openai.com/v1/…", …)`, 4), JavaScript requests
// through a local `requestJson(endpoint(base, '/chat/completions'), …)` (3), a Go request to a URL from settings. False
// positive: a Gemini request read as a run-time chat completion (a destructured parameter `signal, x = false` taken
// for an assignment of `signal` whose value ran into the function's body).
// Since 1d0d0fb (HTML `<script>` blocks; the parameter list fixed): precision 1.000, recall 0.800; since df99c9b (PHP helpers,
// also through a second helper): recall 0.900, provider 0.944.
describe('detection accuracy on public code: corpus 104 (tuned on since)', () => measureCorpus('heldout104', { precision: 0.99, recall: 0.9, provider: 0.94, minLabels: 40, minFiles: 32 }));

// 105: 31 files from 15 repositories, first run at b66101f: precision 0.931, recall 0.675, provider 0.963 (40 calls).
// Missed: Go requests to a URL from settings with an OpenAI-format body (3), Python SDK calls on a client handed in
// as a parameter to a file's helpers (3), a bound method passed uncalled to a retry helper (2), httpx requests to
// `self._url()` (2), curl commands whose URL is on the line after `curl` in a bash function (2), a GET of
// `${baseURL}/models` in a Next.js route. False positives (2): true OpenRouter requests (httpx, requests) in a second
// function the collector left unlabelled at the six-calls-per-repository cap; labels kept as collected.
// 103–105 together (rounds whose brief preferred raw HTTP, Azure and compatible servers), 121 calls:
// precision 0.963, recall 0.645, provider 0.936.
// Since a951d18 (a CRLF script's here-document ends; a Go `map[string]interface{}{…}` body): recall 0.750, provider 0.967.
describe('detection accuracy on public code: corpus 105 (tuned on since)', () => measureCorpus('heldout105', { precision: 0.93, recall: 0.75, provider: 0.96, minLabels: 40, minFiles: 31 }));

// 106: 58 files from 32 repositories, first run at 384f6d6: precision 1.000, recall 0.985, provider 0.970 (67 calls).
// Missed: a second SDK call on a client a helper of the file returns. Wrong provider (2): a Groq URL replaced by an
// environment variable when set (read as other, labelled unknown), a client resolved through two files not in the corpus.
// 106–108 together (the neutral brief, after this session's tuning on 99–105), 147 calls: precision 1.000, recall 0.952,
// provider 0.971.
describe('detection accuracy on public code: corpus 106 (held out)', () => measureCorpus('heldout106', { precision: 0.99, recall: 0.98, provider: 0.96, minLabels: 67, minFiles: 58 }));

// 107: 34 files from 29 repositories (the neutral brief again), first run at c7ed1d3: precision 1.000, recall 0.925,
// provider 1.000 (40 calls). Missed: two axios POSTs to a whole Azure URL from the environment
// (`axios.post(process.env.AZURE_OPENAI_ENDPOINT, { messages, … }, { headers: { 'api-key': … } })`), a curl command
// written inside a here-document that the script runs with `eval`.
// Since 7bbbde2 (a run-time chat POST to a URL named for Azure OpenAI, no model in its body): recall 0.975.
describe('detection accuracy on public code: corpus 107 (tuned on since)', () => measureCorpus('heldout107', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 40, minFiles: 34 }));

// 108: 40 files from 29 repositories, first run at d05174a: precision 1.000, recall 0.925, provider 0.946 (40 calls).
// Missed: a Java call of a request helper from a file not in the corpus, a call through theokanning's community Java
// SDK (labelled by the collector although the brief leaves other SDKs out), a legacy v3 call on a client from React
// context with optional chaining (`openAiApiCtx?.createChatCompletion(…)`). Wrong provider (2): a go-openai client
// in a package-level variable another file of the package sets (read as unknown).
describe('detection accuracy on public code: corpus 108 (held out)', () => measureCorpus('heldout108', { precision: 0.99, recall: 0.92, provider: 0.94, minLabels: 40, minFiles: 40 }));

// 109: 31 files from 25 repositories, first run at 7bbbde2: precision 1.000, recall 1.000, provider 0.806 (36 calls).
// Wrong provider (7): clients built in another file (a Go struct field set in main.go; a v3 client from an Express
// app's module), `new OpenAI(apiKey)` with a string argument, an OpenRouter base from the environment with a literal
// default (read as unknown, labelled other).
// Since 37499aa (a Go field typed here and built in main.go; `new OpenAI(process.env.KEY)`): provider 0.889.
describe('detection accuracy on public code: corpus 109 (tuned on since)', () => measureCorpus('heldout109', { precision: 0.99, recall: 0.99, provider: 0.88, minLabels: 36, minFiles: 31 }));

// 110: 39 files from 30 repositories, first run at 7bbbde2: precision 1.000, recall 0.909, provider 0.975 (44 calls).
// Missed: a client from a factory called in place (`createClient().chat.completions.create(…)`), an AzureOpenAI client
// in a file that does not parse (a stray `import ...`), a C program's libcurl helper (C is not read), a curl to
// `$OPENAI_API_URL` read from a config file at run time.
describe('detection accuracy on public code: corpus 110 (held out)', () => measureCorpus('heldout110', { precision: 0.99, recall: 0.9, provider: 0.97, minLabels: 44, minFiles: 39 }));

// 111: 30 files from 22 repositories, first run at 7bbbde2: precision 1.000, recall 1.000, provider 0.950 (40 calls).
// Wrong provider (2): a Go struct-field client set only in main.go, a client handed in whose one caller passes an Azure
// endpoint (read as Azure, labelled unknown).
// 109–111 together (the neutral brief, after this session's tuning on 99–107), 120 calls: precision 1.000, recall 0.967,
// provider 0.914.
// Since 37499aa (the Go field built in main.go): provider 0.975.
describe('detection accuracy on public code: corpus 111 (tuned on since)', () => measureCorpus('heldout111', { precision: 0.99, recall: 0.99, provider: 0.97, minLabels: 40, minFiles: 30 }));

// 112: 28 files from 19 repositories, first run at d535385: precision 1.000, recall 0.833, provider 0.943 (42 calls).
// Missed: requests through request-sending functions another file of the project defines (a Go package's
// `doPostRequest(url, body, auth)` in utils.go, 2; a Python module's `execute(param, verb, target_url)`, 3), a fetch to
// `chatCompletionsUrl(this.config.baseUrl)`, a Swift request through a local `multipartRequest(url:…)`.
// Since 6ced332 (a function of the file that returns one API URL): recall 0.857, provider 0.944. Since 0282030 (request-
// sending functions another file defines; the corpus holds the module that defines `execute`): recall 0.905, provider 0.947.
describe('detection accuracy on public code: corpus 112 (tuned on since)', () => measureCorpus('heldout112', { precision: 0.99, recall: 0.85, provider: 0.94, minLabels: 42, minFiles: 28 }));

// 113: 37 files from 32 repositories, first run at 763eb08: precision 1.000, recall 1.000, provider 1.000 (41 calls).
describe('detection accuracy on public code: corpus 113 (held out)', () => measureCorpus('heldout113', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 41, minFiles: 37 }));

// 114: 35 files from 30 repositories, first run at ce4a740: precision 1.000, recall 0.976, provider 1.000 (41 calls).
// Missed: a call through PullRequestInc/go-gpt3, a community Go client with no sourced method map.
// 112–114 together, 124 calls: precision 1.000, recall 0.935, provider 0.983. The three rounds 106–114 (the usual
// brief, after this session's tuning on 99–105), 391 calls: precision 1.000, recall 0.951, provider 0.957.
// Then PullRequestInc/go-gpt3 got a method map (read from its source; tuned on 121 and 122). Since then: recall 1.000.
describe('detection accuracy on public code: corpus 114 (tuned on since)', () => measureCorpus('heldout114', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 41, minFiles: 35 }));

// 115: 38 files from 32 repositories, first run at 0282030: precision 1.000, recall 0.952, provider 0.950 (42 calls).
// Collected while corpora 1–99 and 100–102 were not on this machine: its code-copy check compared it with the 484 files
// present (corpora 103–114 and 117, our own corpus); py_ragsearchazure_azure_openai.py shares 6 of its 7 lines with 117's
// py_azragv3_azure_openai.py (the same Azure sample, under the 8-line floor; kept).
// Missed: Spring WebClient `post().uri("/chat/completions")` on a client built with a base in the constructor, an httpx
// client's `post("/embeddings")` on an environment-configured base. Wrong provider: a go-openai client in a receiver
// field built in the same file (read as unknown, labelled openai), a legacy module whose `api_type = "azure"` a sibling
// module sets (read as openai).
// Then tuned on: a path on a Spring WebClient built with a literal base (tuned in the tenth session). Since then: recall 0.976.
describe('detection accuracy on public code: corpus 115 (tuned on since)', () => measureCorpus('heldout115', { precision: 0.99, recall: 0.97, provider: 0.95, minLabels: 42, minFiles: 38 }));

// 116: 34 files from 32 repositories, first run at c1ea3e4: precision 1.000, recall 0.956, provider 1.000 (45 calls).
// Missed: a Go POST to a URL read from a settings file at run time (`settings.URL_API`), a Rust reqwest `.post(url)` on a
// `format!("{}/engines/{}/completions", …)` URL.
// 115–117 together, each at its first run, 121 calls: precision 1.000, recall 0.934, provider 0.982.
// Then tuned on: Rust's `format!` (the `engines` URL). Since then: recall 0.978.
describe('detection accuracy on public code: corpus 116 (tuned on since)', () => measureCorpus('heldout116', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 45, minFiles: 34 }));

// 117: 32 files from 32 repositories, first run at 0282030: precision 1.000, recall 0.882, provider 1.000 (34 calls).
// Missed: PullRequestInc/go-gpt3's `ChatCompletion` (a community Go client with no sourced method map), an injected
// fetch (`this.fetchImpl(this.chatCompletionsUrl(), { method: "POST" })`), a Go POST to a run-time `config.Endpoint`
// whose body is shaped for the Responses API, and legacy Python inside a shell script's here-document (the script
// writes the Python file; the collector's doubt 1).
// 115 and 117 together (first runs), 76 calls: precision 1.000, recall 0.921, provider 0.971.
// Then tuned on: an injected fetch (`fetchImpl`). Since then: recall 0.912; with PullRequestInc/go-gpt3 (tuned on 121 and 122), 0.941.
describe('detection accuracy on public code: corpus 117 (tuned on since)', () => measureCorpus('heldout117', { precision: 0.99, recall: 0.94, provider: 0.99, minLabels: 34, minFiles: 32 }));

// 118: 30 files from 30 repositories (25 copied from read_file text, two rebuilt with CRLF line ends), first run at
// d0f4079: precision 1.000, recall 0.971, provider 1.000 (34 calls). Missed: the OpenAI Python CLI run from a shell script.
describe('detection accuracy on public code: corpus 118 (held out)', () => measureCorpus('heldout118', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 34, minFiles: 30 }));

// 119: 32 files from 31 repositories (all copied from read_file text), first run at d0f4079: precision 1.000, recall 0.966,
// provider 0.964 (29 calls). Missed: a Go POST to a URL held in a struct field set by the constructors. Wrong provider: an
// endpoint from an environment variable named AZURE_OPENAI_ENDPOINT (read as Azure, labelled unknown).
describe('detection accuracy on public code: corpus 119 (held out)', () => measureCorpus('heldout119', { precision: 0.99, recall: 0.96, provider: 0.96, minLabels: 29, minFiles: 32 }));

// 120: 31 files from 31 repositories (all copied from read_file text), first run at d0f4079: precision 0.938, recall 0.857,
// provider 1.000 (35 calls). Both false positives are the same requests labelled elsewhere: a Go helper's requests the
// collector labelled at its callers (`c.audioRequest(ctx, apiBase+"/audio/transcriptions", …)`, its doubt 1; read at the
// helper's own line), a PHP request whose path is set by a branch (read as transcriptions, labelled chat). Also missed: an
// Azure URL built in an f-string from environment parts.
// 118–120 together, first runs at d0f4079, 98 calls: precision 0.978, recall 0.929, provider 0.989.
// Then tuned on: a Go method that sends to the URL its caller hands it (`c.audioRequest(…)`, called through a value).
// Since then: 0.971 / 0.943 / 1.000.
describe('detection accuracy on public code: corpus 120 (tuned on since)', () => measureCorpus('heldout120', { precision: 0.97, recall: 0.94, provider: 0.99, minLabels: 35, minFiles: 31 }));

// 121: 35 files from 32 repositories, first run at f024f68: precision 1.000, recall 0.936, provider 0.864 (47 calls).
// Missed: PullRequestInc/go-gpt3's `CompletionStreamWithEngine`, ayush6624/go-chatgpt's `Send` (a community Go client
// with no sourced map), a Python helper's request whose path its caller hands it (labelled in the helper). Wrong
// provider: five calls on clients another module builds with defaults, which the collector followed into files not
// copied (its doubt 1; read as unknown), one base URL in an uncopied config module (labelled other).
// Then tuned on: PullRequestInc/go-gpt3 (its method map, read from its source).
// Since then: 1.000 / 0.957 / 0.844 (the go-gpt3 call found is on a client parameter: read as the file's own client, labelled unknown);
// with ayush6624/go-chatgpt (tuned on 121 and 128), 1.000 / 0.979 / 0.848.
describe('detection accuracy on public code: corpus 121 (tuned on since)', () => measureCorpus('heldout121', { precision: 0.99, recall: 0.97, provider: 0.84, minLabels: 47, minFiles: 35 }));

// 122: 37 files from 37 repositories, first run at f024f68: precision 1.000, recall 0.929, provider 0.923 (56 calls).
// Missed: PullRequestInc/go-gpt3 again, a fetch to `process.env.OPEN_ROUTER_URL` in a file that names no prefilter
// term, a Java OkHttp request to a run-time `apiUrl`, a Go URL built as `strings.TrimRight(cfg.BaseURL, "/") +
// "/v1/chat/completions"`. Wrong provider: four calls on a client imported from an uncopied module (labelled openai).
// Then tuned on: go-gpt3, the Go `strings.TrimRight` base. Since then: 1.000 / 0.964 / 0.926.
describe('detection accuracy on public code: corpus 122 (tuned on since)', () => measureCorpus('heldout122', { precision: 0.99, recall: 0.96, provider: 0.92, minLabels: 56, minFiles: 37 }));

// 123: 37 files from 27 repositories, first run at f024f68: precision 0.976, recall 0.976, provider 1.000 (41 calls).
// Missed: a go-openai call on a camel-case field (`s.AIClient.CreateChatCompletion`). False positive: a POST to a
// gateway's `/api/embeddings` URL constant, defined far above the call, with a chat-shaped body.
// 121–123 together, first runs at f024f68, 144 calls: precision 0.993, recall 0.944, provider 0.926.
// Then tuned on: the camel-case client field, the URL constant read from the whole file. Since then: 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 123 (tuned on since)', () => measureCorpus('heldout123', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 41, minFiles: 37 }));

// 124: 34 files from 32 repositories, first run at 6ffd18e (after this session's tuning on 114–123, before any change
// made for it): precision 1.000, recall 0.958, provider 0.848 (48 calls). Missed: a base read from a setting with a
// default inside an f-string (`f"{config.get('api_base', 'https://api.deepseek.com/v1')}/chat/completions"`), a v1
// `chat.completions.create` on a legacy `openai.Completion(api_key=…)` object. Wrong provider: six calls on one
// variable set in four environment-flag branches, which the collector paired with the client of each branch (its
// doubt; read as unknown), and a go-gpt3 client parameter whose only caller builds a default client (labelled unknown).
// Then tuned on: the setting read with a default. Since then: 1.000 / 0.979 / 0.851.
describe('detection accuracy on public code: corpus 124 (tuned on since)', () => measureCorpus('heldout124', { precision: 0.99, recall: 0.97, provider: 0.85, minLabels: 48, minFiles: 34 }));

// 125: 35 files from 32 repositories, first run at 6ffd18e: precision 0.982, recall 0.982, provider 1.000 (55 calls).
// Missed: curl last in a command substitution (`RESPONSE=$(curl … $ENDPOINT)`). The false positive is a go-openai
// `c.client.Moderations(…)` the collector did not label (a real request to /v1/moderations; the file's two other calls
// are labelled).
// Then tuned on: the URL variable before a command substitution's `)`. Since then: 0.982 / 1.000 / 1.000.
// Since the eleventh session, which reads the Azure SDK for Go (azopenai): 0.965 / 1.000 / 1.000. Its second false
// positive is neg_go_rezumator_azure_openai.go's azopenai GetChatCompletions, an Azure OpenAI request that the label
// conventions of this corpus's time left unlabelled (the SDK was not in the map then).
describe('detection accuracy on public code: corpus 125 (tuned on since)', () => measureCorpus('heldout125', { precision: 0.96, recall: 0.99, provider: 0.99, minLabels: 55, minFiles: 35 }));

// 126: 32 files from 28 repositories, first run at 6ffd18e: precision 1.000, recall 0.923, provider 1.000 (39 calls).
// Missed: two Crystal files (`HTTP::Client.new(URI.new("https", "api.openai.com"))` then `client.post("/v1/…")`; Crystal
// is not a language the detector reads), an SDK method handed to `executor.submit(client.chat.completions.create, …)`.
// 124–126 together, first runs at 6ffd18e, 142 calls: precision 0.993, recall 0.958, provider 0.949.
// Then tuned on: `submit` as a wrapper that calls the function it is given. Since then: 1.000 / 0.949 / 1.000.
describe('detection accuracy on public code: corpus 126 (tuned on since)', () => measureCorpus('heldout126', { precision: 0.99, recall: 0.94, provider: 0.99, minLabels: 39, minFiles: 32 }));

// 127: 35 files from 32 repositories, first run at f8400a6 (after this session's tuning on 114–126, before any change
// made for it): precision 1.000, recall 0.974, provider 1.000 (39 calls). Missed: a browser fetch to a URL a class
// method picks at run time.
describe('detection accuracy on public code: corpus 127 (held out)', () => measureCorpus('heldout127', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 39, minFiles: 35 }));

// 128: 33 files from 33 repositories, first run at f8400a6: precision 1.000, recall 0.919, provider 1.000 (37 calls).
// Missed: ayush6624/go-chatgpt's `SimpleSend` twice (a community Go client with no sourced map), Python run by
// `python3 -c` inside a shell script.
// Then tuned on: ayush6624/go-chatgpt (its method map, read from its source). Since then: 1.000 / 0.973 / 1.000.
describe('detection accuracy on public code: corpus 128 (tuned on since)', () => measureCorpus('heldout128', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 37, minFiles: 33 }));

// 129: 34 files from 29 repositories, first run at f8400a6: precision 1.000, recall 0.949, provider 1.000 (39 calls).
// Missed: a Go request to a URL constant another file of the package declares (not copied), a requests.post to a
// run-time `self.endpoint` with an Azure `api-key` header.
// 127–129 together, first runs at f8400a6, 115 calls: precision 1.000, recall 0.948, provider 1.000.
// The tenth session's three rounds (121–129), each at its first run, 401 calls: precision 0.995, recall 0.950, provider 0.955.
// Since the eleventh session: 1.000 / 0.974 / 0.974; the `self.endpoint` request is found now, reported for Azure (the
// attribute holds os.getenv("AZURE_OPENAI_ENDPOINT")) where the collector wrote unknown.
describe('detection accuracy on public code: corpus 129 (tuned on since)', () => measureCorpus('heldout129', { precision: 0.99, recall: 0.97, provider: 0.97, minLabels: 39, minFiles: 34 }));

// 130: 32 files from 25 repositories (8 copied from read_file text), first run at 5a9d006 (after this session's tuning on
// 114–129, before any change made for it): precision 1.000, recall 0.872, provider 1.000 (39 calls). Missed: a Flask
// proxy's two requests to a URL chosen from its config and headers, a helper's request whose URL defaults to a config
// constant, an Azure deployment URL built in an f-string from environment parts, a proxy's own `/chat` path.
describe('detection accuracy on public code: corpus 130 (tuned on since)', () => measureCorpus('heldout130', { precision: 0.99, recall: 0.87, provider: 0.99, minLabels: 39, minFiles: 32 }));

// 131: 32 files from 29 repositories (24 copied from read_file text, three rebuilt with CRLF line ends), first run at
// 5a9d006: precision 1.000, recall 0.891, provider 1.000 (46 calls). Missed: three Go chat requests to URLs read from
// config or a struct field (one through a resty chain), two calls on a client a CommonJS module of the project exports
// (`const openai = require('../../config/openai')`).
// Then tuned on: the CommonJS require of a client-like name. Since then: 1.000 / 0.935 / 0.953 (the two calls read as
// unknown, the module that builds the client not being copied; labelled openai, the collector's doubt 2).
describe('detection accuracy on public code: corpus 131 (tuned on since)', () => measureCorpus('heldout131', { precision: 0.99, recall: 0.93, provider: 0.95, minLabels: 46, minFiles: 32 }));

// 132: 30 files from 28 repositories (14 copied from read_file text), first run at 5a9d006: precision 1.000, recall 1.000,
// provider 1.000 (30 calls).
// 130–132 together, first runs at 5a9d006, 115 calls: precision 1.000, recall 0.913, provider 1.000.
// The tenth session's four rounds (121–132), each at its first run, 516 calls: precision 0.996, recall 0.942, provider 0.965.
describe('detection accuracy on public code: corpus 132 (held out)', () => measureCorpus('heldout132', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 30, minFiles: 30 }));

// The eleventh (2026-12-04) session's corpora, collected by helper sessions that never read the detector.
// 133: 35 files from 25 repositories (2 copied from read_file text), first run at 680be55: precision 1.000, recall 0.919,
// provider 1.000 (37 calls).
describe('detection accuracy on public code: corpus 133 (tuned on since)', () => measureCorpus('heldout133', { precision: 0.99, recall: 0.91, provider: 0.99, minLabels: 37, minFiles: 35 }));
// 134 (owners G–O): 36 files from 32 repositories (2 copied from read_file text), first run at 025e588: precision 0.976, recall 0.851,
// provider 0.975 (47 calls).
describe('detection accuracy on public code: corpus 134 (tuned on since)', () => measureCorpus('heldout134', { precision: 0.97, recall: 0.85, provider: 0.97, minLabels: 47, minFiles: 36 }));
// 135 (owners P–Z): 33 files from 32 repositories (5 copied from read_file text), first run at f07189d: precision 0.979,
// recall 0.979, provider 0.979 (48 calls).
describe('detection accuracy on public code: corpus 135 (tuned on since)', () => measureCorpus('heldout135', { precision: 0.97, recall: 0.97, provider: 0.97, minLabels: 48, minFiles: 33 }));
// 136 (owners A–F, the session's second round): 35 files from 32 repositories, first run at ff3bd7b: precision 1.000,
// recall 0.816, provider 1.000 (49 calls).
describe('detection accuracy on public code: corpus 136 (tuned on since)', () => measureCorpus('heldout136', { precision: 0.99, recall: 0.81, provider: 0.99, minLabels: 49, minFiles: 35 }));
// 137 (owners G–O): 36 files from 31 repositories, first run at cdab2da: precision 0.977, recall 0.956,
// provider 0.977 (45 calls).
describe('detection accuracy on public code: corpus 137 (tuned on since)', () => measureCorpus('heldout137', { precision: 0.97, recall: 0.95, provider: 0.97, minLabels: 45, minFiles: 36 }));
// 138 (owners P–Z): 35 files from 32 repositories, first run at b725fb3: precision 1.000, recall 0.958,
// provider 0.957 (48 calls).
// 133–135 together, each at its first run (680be55, 025e588, f07189d), 132 calls: precision 0.984, recall 0.917, provider 0.983.
// 136–138 together, each at its first run (ff3bd7b, cdab2da, b725fb3), 142 calls: precision 0.992, recall 0.908, provider 0.977.
// The eleventh session's six corpora (133–138), each at its first run, 274 calls: precision 0.988, recall 0.912, provider 0.980.
describe('detection accuracy on public code: corpus 138 (tuned on since)', () => measureCorpus('heldout138', { precision: 0.99, recall: 0.95, provider: 0.95, minLabels: 48, minFiles: 35 }));
// The session's third round (139–141), briefed to finish within 30 minutes and to label Azure OpenAI's own SDKs.
// 139 (owners A–F): 36 files from 31 repositories, first run at 108cd60: precision 1.000, recall 0.892,
// provider 0.939 (37 calls).
describe('detection accuracy on public code: corpus 139 (tuned on since)', () => measureCorpus('heldout139', { precision: 0.99, recall: 0.89, provider: 0.93, minLabels: 37, minFiles: 36 }));
// 140 (owners G–O): 30 files from 23 repositories, first run at 9d3becd: precision 1.000, recall 0.933,
// provider 0.964 (30 calls).
// (provider floor 0.93 since the twelfth session: rltproject's helper is handed an OpenRouter client by
// its one caller, now read as `other`; the label says `unknown` by the parameter rule and notes `other` could be argued)
describe('detection accuracy on public code: corpus 140 (tuned on since)', () => measureCorpus('heldout140', { precision: 0.99, recall: 0.93, provider: 0.93, minLabels: 30, minFiles: 30 }));
// 141 (owners P–Z): 30 files from 20 repositories, first run at 827f73d: precision 1.000, recall 0.933,
// provider 0.964 (30 calls).
// 139–141 together, each at its first run (108cd60, 9d3becd, 827f73d), 97 calls: precision 1.000, recall 0.918, provider 0.955.
// The eleventh session's nine corpora (133–141), each at its first run, 371 calls: precision 0.991, recall 0.914, provider 0.973.
describe('detection accuracy on public code: corpus 141 (held out)', () => measureCorpus('heldout141', { precision: 0.99, recall: 0.93, provider: 0.96, minLabels: 30, minFiles: 30 }));

// The twelfth session's round (142–144), briefed as the eleventh's third round (35 minutes), collected
// after the restored working copy had lost its staging folders (the exclusion list rebuilt from every
// corpus's files.json and SOURCES.md).
// 142 (owners A–F): 39 files from 25 repositories, first run at f2ae6ac: precision 1.000, recall 0.976,
// provider 0.800 (41 calls).
describe('detection accuracy on public code: corpus 142 (tuned on since)', () => measureCorpus('heldout142', { precision: 0.99, recall: 0.99, provider: 0.95, minLabels: 41, minFiles: 39 }));
// 143 (owners G–O): 30 files from 24 repositories, first run at 779c4a6: precision 1.000, recall 0.906,
// provider 0.958 (53 calls).
describe('detection accuracy on public code: corpus 143 (held out)', () => measureCorpus('heldout143', { precision: 0.99, recall: 0.9, provider: 0.95, minLabels: 53, minFiles: 30 }));
// 144 (owners P–Z): 34 files from 19 repositories, first run at 779c4a6: precision 0.962, recall 0.806,
// provider 0.960 (31 calls).
// 142–144 together, each at its first run, 125 calls: precision 0.991, recall 0.904, provider 0.903.
describe('detection accuracy on public code: corpus 144 (tuned on since)', () => measureCorpus('heldout144', { precision: 0.96, recall: 0.93, provider: 0.99, minLabels: 31, minFiles: 34 }));

// The session's second round (145–147) found the fetch tool's quota spent after a few repositories.
// 145 (owners A–F): 7 files from 3 repositories, all the collector could copy from snapshots already
// fetched; first run at e7d8ea9: precision 1.000, recall 0.500, provider 1.000 (2 calls).
describe('detection accuracy on public code: corpus 145 (tuned on since)', () => measureCorpus('heldout145', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 2, minFiles: 7 }));

// 146 (owners G–O): 38 files from 37 repositories, each written from the search index's text (read_file,
// length checked; the commit it reports, not always the head); first run at b714da7: precision 1.000,
// recall 0.946, provider 0.971 (37 calls).
describe('detection accuracy on public code: corpus 146 (tuned on since)', () => measureCorpus('heldout146', { precision: 0.99, recall: 0.99, provider: 0.97, minLabels: 37, minFiles: 38 }));

// 147 (owners P–Z): 32 files from 28 repositories, 2 copied from a snapshot fetched earlier, 30 written from the
// index's text; first run at 9a625d5: precision 1.000, recall 0.974, provider 0.973 (38 calls).
describe('detection accuracy on public code: corpus 147 (tuned on since)', () => measureCorpus('heldout147', { precision: 0.99, recall: 0.99, provider: 0.97, minLabels: 38, minFiles: 32 }));
// 148 (owners A–F, a third round briefed to copy with read_file): 39 files from 39 repositories, written
// from the index's text, length checked; first run at 05cda54: precision 1.000, recall 0.947, provider 1.000 (38 calls).
describe('detection accuracy on public code: corpus 148 (tuned on since)', () => measureCorpus('heldout148', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 38, minFiles: 39 }));

// The session's last round (149–151), copied with read_file as 148.
// 149 (owners A–F): 34 files from 34 repositories; first run at 5003923: precision 1.000, recall 0.970,
// provider 0.938 (33 calls).
describe('detection accuracy on public code: corpus 149 (tuned on since)', () => measureCorpus('heldout149', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 33, minFiles: 34 }));
// 150 (owners G–O): 34 files from 31 repositories; first run at 72bb9ac: precision 1.000, recall 1.000,
// provider 0.813 (32 calls; five of the six provider misses are a client another copied file of the
// project builds with no base URL, which the label calls unknown by the imported-client rule and its note says is api.openai.com).
describe('detection accuracy on public code: corpus 150 (held out)', () => measureCorpus('heldout150', { precision: 0.99, recall: 0.99, provider: 0.81, minLabels: 32, minFiles: 34 }));

// 145–148 together, each at its first run (e7d8ea9, b714da7, 9a625d5, 05cda54), 115 calls: precision 1.000, recall 0.948, provider 0.982.
// 149–150 together, each at its first run (5003923, 72bb9ac), 65 calls: precision 1.000, recall 0.985, provider 0.875.
// The twelfth session's nine corpora (142–150), each at its first run, 305 calls: precision 0.997, recall 0.938, provider 0.927;
// the six measured after the first round's changes (145–150), 180 calls: precision 1.000, recall 0.961, provider 0.942.

// The thirteenth session's round (152–155), briefed with the issue's rule for a client another copied file builds.
// 155 (any owner; Go, raw HTTP outside Python and JavaScript, curl, notebooks, .http): 30 files from 22 repositories,
// copied from snapshots; first run at abcc434: precision 1.000, recall 0.864, provider 0.974 (44 calls).
describe('detection accuracy on public code: corpus 155 (tuned on since)', () => measureCorpus('heldout155', { precision: 0.99, recall: 0.9, provider: 0.99, minLabels: 44, minFiles: 30 }));

// 154 (owners P–Z and digits): 31 files from 29 repositories, copied from snapshots; first run at 7947d34:
// precision 0.884, recall 0.974, provider 0.974 (39 calls; four of the five false positives are openai-go
// calls the collector did not label, `a.client.Files.New`, `Batches.New`, `Files.Content`, `Batches.Get`:
// with them as labels, 43 calls, precision 0.977, recall 0.977).
describe('detection accuracy on public code: corpus 154 (tuned on since)', () => measureCorpus('heldout154', { precision: 0.99, recall: 0.99, provider: 0.97, minLabels: 43, minFiles: 31 }));

// 152 (owners A–F): 38 files from 33 repositories, copied from snapshots; first run at 48e6a7b: precision 0.974,
// recall 0.949, provider 0.946 (39 calls).
describe('detection accuracy on public code: corpus 152 (tuned on since)', () => measureCorpus('heldout152', { precision: 0.99, recall: 0.99, provider: 0.97, minLabels: 39, minFiles: 38 }));
// 153 (owners G–O): 29 files from 22 repositories, copied from snapshots; first run at 48e6a7b: precision 1.000,
// recall 0.968, provider 1.000 (31 calls).
describe('detection accuracy on public code: corpus 153 (tuned on since)', () => measureCorpus('heldout153', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 31, minFiles: 29 }));

// The session's second round (156–159), briefed to label every call in each copied file.
// 156 (owners A–F): 34 files from 29 repositories, copied from snapshots; first run at cb43509: precision 1.000,
// recall 1.000, provider 0.981 (52 calls).
describe('detection accuracy on public code: corpus 156 (tuned on since)', () => measureCorpus('heldout156', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 52, minFiles: 34 }));

// 157 (owners G–O): 32 files from 19 repositories, copied from snapshots; first run at da5eede: precision 0.943,
// recall 0.917, provider 1.000 (36 calls; one false positive and one miss were the same Go request labelled at
// `p.client.Do` where every other corpus labels `http.NewRequestWithContext`: with the label moved there, 0.971 / 0.944).
describe('detection accuracy on public code: corpus 157 (tuned on since)', () => measureCorpus('heldout157', { precision: 0.97, recall: 0.97, provider: 0.99, minLabels: 36, minFiles: 32 }));
// 158 (owners P–Z): 34 files from 30 repositories, copied from snapshots; first run at da5eede: precision 1.000,
// recall 1.000, provider 1.000 (33 calls).
describe('detection accuracy on public code: corpus 158 (held out)', () => measureCorpus('heldout158', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 33, minFiles: 34 }));

// 159 (any owner; Go, raw HTTP outside Python and JavaScript, curl, notebooks, clients imported from another module):
// 35 files from 21 repositories, copied from snapshots; first run at 9406ab0: precision 1.000, recall 0.833, provider 1.000 (30 calls).
describe('detection accuracy on public code: corpus 159 (tuned on since)', () => measureCorpus('heldout159', { precision: 0.99, recall: 0.9, provider: 0.99, minLabels: 30, minFiles: 35 }));

// The session's third round (160–162), briefed as the second and to prefer shapes less common than one chat call.
// 160 (owners A–F): 39 files from 22 repositories, copied from snapshots; first run at 2c89144: precision 1.000,
// recall 0.980, provider 0.980 (51 calls).
describe('detection accuracy on public code: corpus 160 (tuned on since)', () => measureCorpus('heldout160', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 51, minFiles: 39 }));

// 161 (owners G–O): 37 files from 24 repositories, copied from snapshots; first run at 967ce07: precision 0.980,
// recall 0.941, provider 0.979 (51 calls).
describe('detection accuracy on public code: corpus 161 (tuned on since)', () => measureCorpus('heldout161', { precision: 0.99, recall: 0.96, provider: 0.99, minLabels: 51, minFiles: 37 }));

// 162 (owners P–Z; the collector's search quota ran out halfway): 28 files from 20 repositories, copied from snapshots;
// first run at 9b55cfb: precision 1.000, recall 0.960, provider 0.917 (25 calls).
describe('detection accuracy on public code: corpus 162 (tuned on since)', () => measureCorpus('heldout162', { precision: 0.99, recall: 0.96, provider: 0.95, minLabels: 25, minFiles: 28 }));

// The session's fourth round (163–165), measured on the session's last detector; the collectors' search quota was spent, so
// they fetched repositories they knew of.
// 165 (owners S–Z): 41 files from 25 repositories, copied from snapshots; first run at 41b0cd8: precision 0.956, recall 0.985,
// provider 0.985 (66 calls; of the three false positives, one is an openai-python call the collector did not label,
// `self.client.beta.chat.completions.parse` at wandbot's llm.py:167, added with a note: 67 calls, 0.970 / 0.985).
describe('detection accuracy on public code: corpus 165 (tuned on since)', () => measureCorpus('heldout165', { precision: 0.99, recall: 0.98, provider: 0.98, minLabels: 67, minFiles: 41 }));

// 163 (owners A–H): 27 files from 16 repositories, copied from snapshots; first run at 41b0cd8: precision 1.000,
// recall 0.939, provider 0.935 (33 calls).
describe('detection accuracy on public code: corpus 163 (tuned on since)', () => measureCorpus('heldout163', { precision: 0.99, recall: 0.93, provider: 0.96, minLabels: 33, minFiles: 27 }));
// 164 (owners I–R): 37 files from 24 repositories, copied from snapshots; first run at 41b0cd8: precision 0.933,
// recall 0.609, provider 0.964 (46 calls; eighteen misses, most of them calls through a project's own wrapper or
// constants in a file not copied, a client handed in through a struct of clients, and URLs built by functions elsewhere).
describe('detection accuracy on public code: corpus 164 (tuned on since)', () => measureCorpus('heldout164', { precision: 0.99, recall: 0.73, provider: 0.99, minLabels: 46, minFiles: 37 }));

// The thirteenth session's fourteen corpora (152–165), each at its first run, 576 calls: precision 0.974, recall 0.924,
// provider 0.976 (with the labels corrected after review, 581 calls: 0.985 / 0.926 / 0.976); its rounds: 152–155 153 calls
// 0.960 / 0.935 / 0.972; 156–159 151 calls 0.986 / 0.947 / 0.993; 160–162 127 calls 0.992 / 0.961 / 0.967; 163–165 145 calls
// 0.961 / 0.855 / 0.968.

// The fourteenth session's round (2026-12-04), collected by helper sessions that never read the detector.
// 166 (owners A–F): 39 files from 28 repositories, copied from snapshots; first run at a4dae63: precision 1.000,
// recall 0.930, provider 1.000 (43 calls). Its Go client with a second constructor taking any URL is now found, as
// unknown (labelled openai: the repository calls only the constructor with OpenAI's URL).
describe('detection accuracy on public code: corpus 166 (tuned on since)', () => measureCorpus('heldout166', { precision: 0.99, recall: 0.95, provider: 0.97, minLabels: 43, minFiles: 39 }));
// 167 (owners G–O): 36 files from 23 repositories; first run at 430877d: precision 1.000, recall 0.788, provider 1.000
// (33 calls; six of the seven misses in one file, whose client another copied file builds).
describe('detection accuracy on public code: corpus 167 (tuned on since)', () => measureCorpus('heldout167', { precision: 0.99, recall: 0.96, provider: 0.99, minLabels: 33, minFiles: 36 }));
// 168 (owners P–Z): 39 files from 35 repositories; first run at 430877d: precision 0.978, recall 0.936, provider 1.000 (47 calls).
describe('detection accuracy on public code: corpus 168 (tuned on since)', () => measureCorpus('heldout168', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 47, minFiles: 39 }));
// 169 (less common kinds: Go, raw HTTP outside Python and JavaScript, curl, notebooks, .http, clients imported from
// another module): 36 files from 23 repositories; first run at a4dae63: precision 0.892, recall 0.805, provider 0.939
// (41 calls); with four labels moved to the line that builds the request, as every corpus labels it (SOURCES.md):
// precision 1.000, recall 0.902, provider 0.919. Two providers corrected later to unknown, as the collector allowed
// (`client or default_openai_client()`, a client the callers not copied may hand in).
describe('detection accuracy on public code: corpus 169 (tuned on since)', () => measureCorpus('heldout169', { precision: 0.99, recall: 0.97, provider: 0.94, minLabels: 41, minFiles: 36 }));

// The fourteenth session's second round, collected after the first round's changes.
// 170 (owners A–F; the collector found few repositories not used before): 9 files from 8 repositories; first run at
// eef0541: precision 1.000, recall 0.714, provider 1.000 (7 calls).
describe('detection accuracy on public code: corpus 170 (tuned on since)', () => measureCorpus('heldout170', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 7, minFiles: 9 }));
// 171 (owners G–O): 34 files from 29 repositories; first run at 0660159: precision 1.000, recall 1.000, provider 1.000 (41 calls).
describe('detection accuracy on public code: corpus 171 (held out)', () => measureCorpus('heldout171', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 41, minFiles: 34 }));

// 172 (owners P–Z): 36 files from 26 repositories; first run at b45786a: precision 1.000, recall 0.844, provider 0.963 (32 calls).
describe('detection accuracy on public code: corpus 172 (tuned on since)', () => measureCorpus('heldout172', { precision: 0.99, recall: 0.9, provider: 0.96, minLabels: 32, minFiles: 36 }));
// 173 (less common kinds, and Azure and other providers): 38 files from 32 repositories; first run at b45786a: precision 1.000,
// recall 0.972, provider 1.000 (36 calls).
describe('detection accuracy on public code: corpus 173 (tuned on since)', () => measureCorpus('heldout173', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 36, minFiles: 38 }));

// The fourteenth session's third round, collected after the second round's changes.
// 174 (owners A–H): 36 files from 31 repositories; first run at 11719f1: precision 1.000, recall 1.000, provider 0.950 (40 calls).
describe('detection accuracy on public code: corpus 174 (held out)', () => measureCorpus('heldout174', { precision: 0.99, recall: 0.99, provider: 0.95, minLabels: 40, minFiles: 36 }));
// 175 (owners I–R): 31 files from 28 repositories; first run at 11719f1: precision 1.000, recall 0.957, provider 1.000 (47 calls).
describe('detection accuracy on public code: corpus 175 (tuned on since)', () => measureCorpus('heldout175', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 47, minFiles: 31 }));

// 176 (owners S–Z and digits): 45 files from 36 repositories; first run at 6bb8d62: precision 1.000, recall 0.932,
// provider 0.976 (44 calls).
describe('detection accuracy on public code: corpus 176 (tuned on since)', () => measureCorpus('heldout176', { precision: 0.99, recall: 0.97, provider: 0.97, minLabels: 44, minFiles: 45 }));

// 177 (less common kinds; the collector's search quota ran out): 20 files from 16 repositories; first run at d0d0194:
// precision 1.000, recall 0.955, provider 0.905 (22 calls).
describe('detection accuracy on public code: corpus 177 (held out)', () => measureCorpus('heldout177', { precision: 0.99, recall: 0.95, provider: 0.9, minLabels: 22, minFiles: 20 }));

// The fifteenth session's first round (its brief's extra note, "label a raw request where it is built", led two collectors to
// label a helper's own request: those two labels were moved to the caller, as every corpus puts them; the first runs are given both ways).
// 178 (owners G–L): 36 files from 29 repositories; first run at 870f95d: precision 0.957, recall 0.917, provider 0.977 (48 calls);
// with the label moved and a MULTI helper matched by any endpoint it reaches: 0.978 / 0.938 / 0.956.
describe('detection accuracy on public code: corpus 178 (tuned on since)', () => measureCorpus('heldout178', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 48, minFiles: 36 }));

// 179 (owners M–R): 36 files from 34 repositories; first run at 870f95d: precision 1.000, recall 0.968, provider 0.967 (31 calls).
describe('detection accuracy on public code: corpus 179 (tuned on since)', () => measureCorpus('heldout179', { precision: 0.99, recall: 0.99, provider: 0.96, minLabels: 31, minFiles: 36 }));

// 180 (owners S–Z and digits): 29 files from 22 repositories; first run at 870f95d: precision 1.000, recall 0.943, provider 0.970 (35 calls).
describe('detection accuracy on public code: corpus 180 (tuned on since)', () => measureCorpus('heldout180', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 35, minFiles: 29 }));

// 181 (less common kinds): 30 files from 26 repositories; first run at 870f95d: precision 1.000, recall 0.875, provider 0.929 (32 calls);
// without two labels its collector put on calls inside block comments (removed since): 30 calls, 1.000 / 0.933 / 0.929.
describe('detection accuracy on public code: corpus 181 (less common kinds; tuned on since)', () => measureCorpus('heldout181', { precision: 0.99, recall: 0.96, provider: 0.92, minLabels: 30, minFiles: 30 }));

// The second round, collected after the first round's changes. 182 (owners A–F): 42 files from 35 repositories; first run at 844b8c8:
// precision 0.975, recall 0.886, provider 1.000 (44 calls).
describe('detection accuracy on public code: corpus 182 (tuned on since)', () => measureCorpus('heldout182', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 44, minFiles: 42 }));

// 183 (owners G–O): 34 files from 24 repositories; first run at 844b8c8: precision 1.000, recall 0.907, provider 1.000 (43 calls).
describe('detection accuracy on public code: corpus 183 (tuned on since)', () => measureCorpus('heldout183', { precision: 0.99, recall: 0.95, provider: 0.99, minLabels: 43, minFiles: 34 }));

// 184 (owners P–Z and digits): 40 files from 33 repositories; first run at 844b8c8: precision 1.000, recall 0.980, provider 0.959 (50 calls).
describe('detection accuracy on public code: corpus 184 (tuned on since)', () => measureCorpus('heldout184', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 50, minFiles: 40 }));

// 185 (less common kinds): 39 files from 24 repositories; first run at 844b8c8: precision 1.000, recall 0.917, provider 0.955 (48 calls).
describe('detection accuracy on public code: corpus 185 (less common kinds; tuned on since)', () => measureCorpus('heldout185', { precision: 0.99, recall: 0.95, provider: 0.99, minLabels: 48, minFiles: 39 }));

// The third round. 186 (owners A–H): 40 files from 33 repositories; first run at 9d7a06f: precision 0.937, recall 0.967, provider 1.000
// (61 calls); with a real call its collector left unlabelled added and a helper's request moved to its caller: 62 calls, 0.968 / 0.984 / 1.000.
describe('detection accuracy on public code: corpus 186 (tuned on since)', () => measureCorpus('heldout186', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 62, minFiles: 40 }));

// 187 (owners I–Q): 35 files from 22 repositories; first run at 9d7a06f: precision 1.000, recall 0.903, provider 1.000 (31 calls).
describe('detection accuracy on public code: corpus 187 (tuned on since)', () => measureCorpus('heldout187', { precision: 0.99, recall: 0.96, provider: 0.99, minLabels: 31, minFiles: 35 }));

// 188 (owners R–Z and digits): 45 files from 37 repositories; first run at 9d7a06f: precision 1.000, recall 1.000, provider 1.000 (73 calls).
describe('detection accuracy on public code: corpus 188 (held out)', () => measureCorpus('heldout188', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 73, minFiles: 45 }));

// 189 (less common kinds; six repositories it shared with 187 withdrawn): 26 files from 19 repositories; first run at be216dd:
// precision 0.833, recall 0.667, provider 0.950 (30 calls).
describe('detection accuracy on public code: corpus 189 (less common kinds; tuned on since)', () => measureCorpus('heldout189', { precision: 0.99, recall: 0.83, provider: 0.95, minLabels: 30, minFiles: 26 }));

// The fourth round (every collector's search quota was spent: 191 found only a repository 193 holds, 192 one call through a third-party Ruby gem; neither is kept).
// 190 (owners A–I): 27 files from 12 repositories; first run at 218404a: precision 1.000, recall 1.000, provider 0.907 (43 calls).
describe('detection accuracy on public code: corpus 190 (tuned on since)', () => measureCorpus('heldout190', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 43, minFiles: 27 }));

// 193 (less common kinds, from snapshots already on this machine): 20 files from 14 repositories; first run at 218404a: precision 1.000,
// recall 0.667, provider 0.750 (18 calls; three of its six misses were calls of the ruby-openai gem, which the detector reads since c94fb40).
describe('detection accuracy on public code: corpus 193 (less common kinds; tuned on since)', () => measureCorpus('heldout193', { precision: 0.99, recall: 0.88, provider: 0.99, minLabels: 18, minFiles: 20 }));

// The sixteenth session's round. 194 (owners A–H): 34 files from 25 repositories; first run at c94fb40: precision 1.000, recall 1.000,
// provider 1.000 (46 calls).
describe('detection accuracy on public code: corpus 194 (held out)', () => measureCorpus('heldout194', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 46, minFiles: 34 }));

// 195 (owners I–Q): 35 files from 32 repositories; first run at c94fb40: precision 0.980, recall 0.961, provider 1.000 (51 calls);
// with a Swift request labelled where it is built, as every corpus labels one: 1.000 / 0.980 / 1.000.
describe('detection accuracy on public code: corpus 195 (tuned on since)', () => measureCorpus('heldout195', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 51, minFiles: 35 }));

// 196 (owners R–Z and digits): 38 files from 29 repositories; first run at 1708ff4: precision 1.000, recall 0.917, provider 0.977 (48 calls).
describe('detection accuracy on public code: corpus 196 (tuned on since)', () => measureCorpus('heldout196', { precision: 0.99, recall: 0.95, provider: 0.99, minLabels: 48, minFiles: 38 }));

// 197 (less common kinds, any owner): 41 files from 27 repositories; first run at e38f685: precision 0.930, recall 0.769, provider 0.975
// (52 calls); with a Swift and a PHP request labelled where they are built, as every corpus labels them: 0.977 / 0.808 / 0.976.
// (its three Go image requests are `unknown` since: the URL function's two branches, a base of any host and an Azure deployment path, are a run-time choice; labelled azure)
describe('detection accuracy on public code: corpus 197 (less common kinds; tuned on since)', () => measureCorpus('heldout197', { precision: 0.99, recall: 0.99, provider: 0.94, minLabels: 52, minFiles: 41 }));

// 198 (languages other than Python, JavaScript and TypeScript; any owner): 30 files from 28 repositories; first run at caaf3bc:
// precision 0.810, recall 0.500, provider 1.000 (34 calls); with five requests labelled where they are built, as every corpus labels
// them: 1.000 / 0.618 / 1.000. Most misses are SDKs the detector does not read (Rust's async-openai, Dart's dart_openai,
// openai-php, Azure.AI.OpenAI's beta, a Kotlin library) and Elixir.
// (tuned on since: openai-php, async-openai, dart_openai, Apache HttpClient and a PHP property base read; its Laravel facade call is labelled unknown
// from an app config not copied, and found as openai)
describe('detection accuracy on public code: corpus 198 (other languages; tuned on since)', () => measureCorpus('heldout198', { precision: 0.99, recall: 0.82, provider: 0.96, minLabels: 34, minFiles: 30 }));

// The sixteenth session's second round. 199 (owners A–H): 33 files from 28 repositories; first run at fd7c53b: precision 1.000,
// recall 0.906, provider 1.000 (32 calls).
describe('detection accuracy on public code: corpus 199 (tuned on since)', () => measureCorpus('heldout199', { precision: 0.99, recall: 0.93, provider: 0.99, minLabels: 32, minFiles: 33 }));

// 200 (owners I–Q): 33 files from 28 repositories; first run at fd7c53b: precision 1.000,
// recall 0.973, provider 1.000 (37 calls).
describe('detection accuracy on public code: corpus 200 (held out)', () => measureCorpus('heldout200', { precision: 0.99, recall: 0.97, provider: 0.99, minLabels: 37, minFiles: 33 }));

// 201 (owners R–Z and digits): 32 files from 25 repositories; first run at fd71b44: precision 1.000,
// recall 0.974, provider 0.919 (38 calls).
describe('detection accuracy on public code: corpus 201 (tuned on since)', () => measureCorpus('heldout201', { precision: 0.99, recall: 0.99, provider: 0.97, minLabels: 38, minFiles: 32 }));

// The sixteenth session's third round. 202 (owners A–H): 35 files from 30 repositories; first run at 2dca65f: precision 1.000,
// recall 0.955, provider 0.976 (44 calls).
describe('detection accuracy on public code: corpus 202 (held out)', () => measureCorpus('heldout202', { precision: 0.99, recall: 0.95, provider: 0.97, minLabels: 44, minFiles: 35 }));

// 203 (owners I–Q; eight of its repositories read from snapshots other sessions had fetched): 35 files from 24 repositories;
// first run at 79abe98: precision 1.000, recall 0.952, provider 0.983 (62 calls).
describe('detection accuracy on public code: corpus 203 (held out)', () => measureCorpus('heldout203', { precision: 0.99, recall: 0.95, provider: 0.98, minLabels: 62, minFiles: 35 }));

// 204 (owners R–Z and digits): 32 files from 22 repositories; first run at 8ed0864:
// precision 1.000, recall 0.969, provider 1.000 (32 calls).
describe('detection accuracy on public code: corpus 204 (tuned on since)', () => measureCorpus('heldout204', { precision: 0.99, recall: 0.99, provider: 0.99, minLabels: 32, minFiles: 32 }));

// 205 (less common kinds, any owner): 37 files from 24 repositories; first run at 8ed0864: precision 0.957, recall 0.918,
// provider 0.956 (49 calls; its Ruby gem and openai-php calls, 19, all found).
describe('detection accuracy on public code: corpus 205 (less common kinds; tuned on since)', () => measureCorpus('heldout205', { precision: 0.97, recall: 0.91, provider: 0.95, minLabels: 49, minFiles: 37 }));

// The seventeenth session's round, collected by helper sessions under a new brief with the earlier rounds' conventions.
// 206 (owners A–H): 32 files from 20 repositories; first run at 4ef9555: precision 1.000, recall 0.940, provider 0.979 (50 calls).
// Tuned on since: recall 0.960 (an arrow's expression body giving the URL), then 1.000 (RestTemplate to `@Value` fields the module's application.properties sets).
describe('detection accuracy on public code: corpus 206 (tuned on since)', () => measureCorpus('heldout206', { precision: 0.99, recall: 1, provider: 0.97, minLabels: 50, minFiles: 32 }));

// 207 (owners I–Q): 43 files from 21 repositories; first run at 4ef9555: precision 0.927, recall 0.884, provider 1.000 (43 calls).
// Tuned on since: 0.977 / 0.977 / 0.952 (OpenAI-DotNet read from its source, its client from a factory's file unknown; a cURL handle
// turned back to GET; a Swift verb set at run time on a request with a body).
describe('detection accuracy on public code: corpus 207 (tuned on since)', () => measureCorpus('heldout207', { precision: 0.97, recall: 0.97, provider: 0.95, minLabels: 43, minFiles: 43 }));

// 208 (owners R–Z and digits): 38 files from 22 repositories; first run at 5a23a33: precision 1.000, recall 0.927,
// provider 0.974 (41 calls).
// Tuned on since: recall 0.976 (a Spring WebClient a method of the class builds; image and audio terms in the prefilter), provider 0.950.
describe('detection accuracy on public code: corpus 208 (tuned on since)', () => measureCorpus('heldout208', { precision: 0.99, recall: 0.97, provider: 0.95, minLabels: 41, minFiles: 38 }));

// 209 (languages other than Python/JS/TS, any owner): 41 files from 25 repositories; first run at 9d81469: precision 1.000,
// recall 0.675, provider 0.963 (40 calls: Swift 5 and C# 5 all found, Kotlin's Retrofit services, openai-php and an Elixir wrapper missed).
// Tuned on since: recall 0.900, provider 0.889 (openai-php clients a method returns, their base from config in another file read as
// unknown where the labels say another provider; a WebClient on a property's base; Retrofit services, their interface, constants
// and builder in other files). Still missed: an Elixir wrapper module (3), a hand-written Rust request.
describe('detection accuracy on public code: corpus 209 (tuned on since)', () => measureCorpus('heldout209', { precision: 0.99, recall: 0.9, provider: 0.88, minLabels: 40, minFiles: 41 }));

// 210 (less common kinds, any owner): 47 files from 24 repositories; first run at 4ef9555: precision 1.000, recall 0.909,
// provider 0.950 (44 calls).
// Tuned on since: recall 0.955 (a property handing out an openai<1.0 resource; a Retrofit service kept on an object).
describe('detection accuracy on public code: corpus 210 (tuned on since)', () => measureCorpus('heldout210', { precision: 0.99, recall: 0.95, provider: 0.95, minLabels: 44, minFiles: 47 }));

// The seventeenth session's second round. 211 (owners A–H): 41 files from 18 repositories; first run at bb77cdf: precision 1.000,
// recall 0.978, provider 0.933 (46 calls).
// Tuned on since: recall 1.000 (a property handing out a client the class makes lazily).
describe('detection accuracy on public code: corpus 211 (tuned on since)', () => measureCorpus('heldout211', { precision: 0.99, recall: 0.99, provider: 0.93, minLabels: 46, minFiles: 41 }));

// 212 (owners I–Q): 34 files from 22 repositories; first run at c368bca: precision 1.000, recall 0.875, provider 0.943 (40 calls;
// three of the five missed are an exercise snippet calling `OpenAI(…)` it never imports).
// Tuned on since: recall 0.925 (an Azure chat client a method of the class returns).
describe('detection accuracy on public code: corpus 212 (tuned on since)', () => measureCorpus('heldout212', { precision: 0.99, recall: 0.92, provider: 0.94, minLabels: 40, minFiles: 34 }));

// 213 (owners R–Z and digits): 34 files from 18 repositories; first run at bb77cdf: precision 1.000, recall 0.976, provider 0.850
// (41 calls; of the six providers missed, three are bases from an environment variable whose literal default is another provider's,
// which this corpus labels as that provider and 208 and 211 as unknown, and two a plain client on an Azure `…/openai/v1/` base from
// the environment, read here as Azure's and labelled unknown).
// Tuned on since: recall 1.000 (image and audio terms in the prefilter: a file naming only `${A4F_BASE_URL}/images/generations`), provider 0.829.
describe('detection accuracy on public code: corpus 213 (tuned on since)', () => measureCorpus('heldout213', { precision: 0.99, recall: 0.99, provider: 0.82, minLabels: 41, minFiles: 34 }));

// 214 (languages other than Python/JS/TS, any owner): 37 files from 23 repositories; first run at 624afb0: precision 1.000,
// recall 0.756, provider 0.935 (41 calls: Ruby 9, PHP 6, Swift 3 and Java 2 all found; Dart's multipart requests, a URL handed to
// a Dart service, the official .NET client written in full, an async-openai client from a factory, an Elixir HTTPoison.Base module missed).
// Tuned on since: recall 0.878 (Dart's multipart requests, the .NET client with its namespace, an async-openai client from a function);
// then 0.902 with provider 0.919: a Kotlin WebClient's `@Value("${openai.api.url}")` read from the module's application.properties
// (api.openai.com, so openai), which this corpus labels unknown as a URL read from configuration and 206 and 239 label openai.
describe('detection accuracy on public code: corpus 214 (tuned on since)', () => measureCorpus('heldout214', { precision: 0.99, recall: 0.9, provider: 0.91, minLabels: 41, minFiles: 37 }));

// The seventeenth session's third round (the brief's provider rule restated in the prompt: a base from configuration or the
// environment is unknown, literal default or not). 217 (owners R–Z and digits): 37 files from 24 repositories; first run at 9c041cb:
// precision 0.980, recall 0.925, provider 0.959 (53 calls; the false positive is a real `client.models.list()` the collector left
// unlabelled). Tuned on since: recall 0.943 (a TypeScript cast around the receiver, whose OpenRouter client a function builds: read
// as unknown, so the provider share falls to 0.940).
describe('detection accuracy on public code: corpus 217 (tuned on since)', () => measureCorpus('heldout217', { precision: 0.97, recall: 0.94, provider: 0.94, minLabels: 53, minFiles: 37 }));

// 215 (owners A–H, third round): 38 files from 20 repositories; first run at b97d601: precision 1.000, recall 1.000, provider 0.820
// (50 calls; seven of the nine wrong providers in one scheduler file whose client another module builds).
// Tuned on since: provider 0.960 (a client kept as a member of an object another module exports).
describe('detection accuracy on public code: corpus 215 (tuned on since)', () => measureCorpus('heldout215', { precision: 0.99, recall: 0.99, provider: 0.96, minLabels: 50, minFiles: 38 }));

// 216 (owners I–Q, third round): 41 files from 16 repositories; first run at a870179: precision 0.938, recall 0.750, provider 0.833
// (40 calls; missed: three calls through Vercel's AI SDK (`generateText({ model: openai("gpt-4o") })`), which no earlier corpus
// labelled, two calls on a client a config module builds, URLs set by the user or another file; the two false positives and one
// miss are one helper's request, reported at its callers that hand it the URL and labelled inside the helper).
// Tuned on since: recall 0.800 (image and audio terms in the prefilter: `client.images.generate(…)` on a client `config.py` builds).
describe('detection accuracy on public code: corpus 216 (tuned on since)', () => measureCorpus('heldout216', { precision: 0.93, recall: 0.8, provider: 0.84, minLabels: 40, minFiles: 41 }));

// 219 (owners I–Q, fourth round): 30 files from 17 repositories; first run at f1aa7e8: precision 1.000, recall 0.909, provider 0.940
// (55 calls; missed: five calls through resources a Node module keeps in variables of its own).
// Tuned on since: recall 1.000, provider 0.982 (resources taken by destructuring; an Azure deployment URL a method of the file builds).
describe('detection accuracy on public code: corpus 219 (tuned on since)', () => measureCorpus('heldout219', { precision: 1, recall: 1, provider: 0.98, minLabels: 55, minFiles: 30 }));

// 221 (languages other than Python/JS/TS, fourth round): 43 files from 21 repositories; first run at f1aa7e8: precision 1.000,
// recall 0.804, provider 0.811 (46 calls; missed: Rust reqwest on a configured base, Guzzle on `$this->base . '/…'`,
// ex_openai's generated functions, a Spring WebClient chain; providers of an official .NET client and openai-java built elsewhere).
// Tuned on since: recall 1.000, provider 1.000 (PHP's `.` joins, Rust's `&url`, C# factory methods, Kotlin's `Companion`, Spring beans in another file, ex_openai).
describe('detection accuracy on public code: corpus 221 (tuned on since)', () => measureCorpus('heldout221', { precision: 1, recall: 1, provider: 0.99, minLabels: 46, minFiles: 43 }));

// 220 (owners R–Z, digits, fourth round): 34 files from 19 repositories; first run at f1aa7e8: precision 1.000, recall 0.952, provider 0.825
// (42 calls; the wrong providers: OpenAI-compatible services' URLs kept in static fields of a class, a client handed in from scripts that build it).
// Tuned on since: recall 1.000, provider 0.976 (static URL fields through their class, the file's one instance's options, beta vector-store helpers,
// a module function's client parameter from what the project's importing scripts hand it).
describe('detection accuracy on public code: corpus 220 (tuned on since)', () => measureCorpus('heldout220', { precision: 1, recall: 1, provider: 0.97, minLabels: 42, minFiles: 34 }));

// 222 (less common kinds, fourth round): 42 files from 25 repositories; first run at d6b4ddf: precision 1.000, recall 0.897, provider 0.981
// (58 calls; missed: five SAS `proc http` requests, in notebooks with a SAS kernel and a .sas file, a language the detector does not read; a raw WebSocket).
// Tuned on since: recall 1.000, provider 0.983 (SAS's PROC HTTP and DS2 requests, also in SAS-kernel notebooks; a URL joined to a query-string constant).
describe('detection accuracy on public code: corpus 222 (tuned on since)', () => measureCorpus('heldout222', { precision: 1, recall: 1, provider: 0.98, minLabels: 58, minFiles: 42 }));

// 223 (owners A–H, fifth round): 29 files from 21 repositories; first run at 1810f98: precision 1.000, recall 0.979, provider 0.979
// (48 calls; missed: a moderation through a client a function of another module returns; a client handed in by another module's caller).
describe('detection accuracy on public code: corpus 223', () => measureCorpus('heldout223', { precision: 1, recall: 0.97, provider: 0.97, minLabels: 48, minFiles: 29 }));

// 224 (owners I–Q, fifth round): 43 files from 20 repositories; first run at 2c4a6d3: precision 1.000, recall 0.980, provider 0.979
// (49 calls; missed: embeddings on a client handed to a class by another module's main).
describe('detection accuracy on public code: corpus 224', () => measureCorpus('heldout224', { precision: 1, recall: 0.97, provider: 0.97, minLabels: 49, minFiles: 43 }));

// 218 (owners A–H, fourth round): 25 files from 14 repositories; first run at 2e6755f: precision 1.000, recall 0.865, provider 0.875
// (37 calls; missed: five scripts' calls on a client imported from config/oai.py; four calls on a client built from settings).
// Tuned on since: recall 1.000, provider 1.000 (the prefilter passes Assistants/models/moderations/vector-store calls; a client built from a dict of options with no base_url).
describe('detection accuracy on public code: corpus 218 (tuned on since)', () => measureCorpus('heldout218', { precision: 1, recall: 1, provider: 0.99, minLabels: 37, minFiles: 25 }));

// 225 (owners R–Z, fifth round): 37 files from 15 repositories; first run at fc91119: precision 1.000, recall 0.961, provider 0.878
// (51 calls; missed: two health checks on other providers' /v1/models; the wrong providers: a lazily built client's calls, an OpenRouter default).
// Tuned on since: recall 1.000, provider 0.922 (DeepSeek's and DashScope's OpenAI-compatible bases; a client built from a dict of options with no base_url).
describe('detection accuracy on public code: corpus 225 (tuned on since)', () => measureCorpus('heldout225', { precision: 1, recall: 1, provider: 0.92, minLabels: 51, minFiles: 37 }));

// 226 (languages other than Python/JS/TS, fifth round): 38 files from 19 repositories; first run at 0190074: precision 0.971, recall 0.825,
// provider 0.667 (40 calls; missed: go-openai through a client embedded two fields deep, a .NET beta method name, a run-time URL method;
// the wrong providers: go-openai and .NET clients built in another file of the package/project).
// Tuned on since: precision 1.000, recall 0.950, provider 0.605 (go-openai through a field's field, now found with its destination unknown where the
// collector followed the client into another package; cURL options handed by name; the .NET betas' GenerateSpeechFromText).
// Since: provider 0.789 (a go-openai client main.go builds and hands to another package's constructor).
describe('detection accuracy on public code: corpus 226 (tuned on since)', () => measureCorpus('heldout226', { precision: 1, recall: 0.95, provider: 0.78, minLabels: 40, minFiles: 38 }));

// 228 (owners I–Q, sixth round): 32 files from 21 repositories; first run at fa8f32a: precision 1.000, recall 1.000, provider 0.960
// (50 calls; the wrong providers: two calls on clients handed in from another module).
describe('detection accuracy on public code: corpus 228', () => measureCorpus('heldout228', { precision: 1, recall: 1, provider: 0.96, minLabels: 50, minFiles: 32 }));

// 227 (owners A–H, sixth round): 33 files from 20 repositories; first run at 71ef10a: precision 0.979, recall 0.939, provider 0.978
// (49 calls; missed: two image calls on a client a local wrapper of an imported factory returns; one request's verb (a GET taken where a POST is sent)).
// Tuned on since: precision 1.000, recall 1.000, provider 0.980 (a wrapper returning another module's factory's client kept in a global;
// fetch's options object written just before the call).
describe('detection accuracy on public code: corpus 227 (tuned on since)', () => measureCorpus('heldout227', { precision: 1, recall: 1, provider: 0.97, minLabels: 49, minFiles: 33 }));

// 229 (owners R–Z, digits, sixth round): 39 files from 29 repositories; first run at d2ec75c: precision 1.000, recall 0.961, provider 0.878
// (51 calls; missed: calls on clients a class is handed; the wrong providers: an Assistants flow on a client another file's bot builds).
describe('detection accuracy on public code: corpus 229', () => measureCorpus('heldout229', { precision: 1, recall: 0.96, provider: 0.87, minLabels: 51, minFiles: 39 }));

// 230 (other languages and less common kinds, sixth round): 37 files from 21 repositories; first run at 220bac2: precision 1.000,
// recall 0.643, provider 0.972 (56 calls; missed: twelve requests of one Go package through a function joining its base constant to
// endpoint constants, five openai-php calls on a client kept in a property, two calls of Swift's OpenAISwift, a ruby-openai client from a method).
// Tuned on since: recall 0.732, provider 0.976 (a PHP string after a ternary's `?` that runs over lines).
describe('detection accuracy on public code: corpus 230 (tuned on since)', () => measureCorpus('heldout230', { precision: 1, recall: 0.73, provider: 0.97, minLabels: 56, minFiles: 37 }));

// 234 (other languages, seventh round): 35 files from 22 repositories; first run at b5f1497: precision 1.000, recall 0.700, provider 0.929
// (40 calls; missed: Spring AI's models (six), simple-openai's Assistants calls (three), the Rust openai crate, a reqwest URL in a field
// given as an Option, a Guzzle post to a URL property; the wrong providers: PHP's env('OPENAI_BASE_URI', 'https://api.openai.com/v1')).
// Tuned on since: recall 0.750 (the Rust openai crate's `ChatCompletion::builder(…).create()`).
describe('detection accuracy on public code: corpus 234 (tuned on since)', () => measureCorpus('heldout234', { precision: 1, recall: 0.75, provider: 0.93, minLabels: 40, minFiles: 35 }));

// 233 (owners R–Z, digits, seventh round): 37 files from 24 repositories; first run at c9b6780: precision 1.000, recall 0.952, provider 0.950
// (42 calls; missed: httpx posting to a URL attribute an Azure class builds, a model list on a router's base; the wrong providers:
// a client another module's function returns).
describe('detection accuracy on public code: corpus 233', () => measureCorpus('heldout233', { precision: 1, recall: 0.95, provider: 0.95, minLabels: 42, minFiles: 37 }));

// 235 (less common kinds, seventh round): 35 files from 17 repositories; first run at 2d9bab6: precision 1.000, recall 0.941, provider 0.979
// (51 calls; missed: PowerShell's HttpClient PostAsync, two Go requests to a URL field another file fills from the environment with
// OpenAI's default; the wrong provider: a browser fetch to a URL constant of a config script).
describe('detection accuracy on public code: corpus 235', () => measureCorpus('heldout235', { precision: 1, recall: 0.94, provider: 0.97, minLabels: 51, minFiles: 35 }));

// 231 (owners A–H, seventh round): 35 files from 27 repositories; first run at 479f20c: precision 1.000, recall 0.913, provider 1.000
// (46 calls; missed: four calls on a client a ternary picks from two imported clients, OpenAI's or DeepSeek's).
describe('detection accuracy on public code: corpus 231', () => measureCorpus('heldout231', { precision: 1, recall: 0.91, provider: 1, minLabels: 46, minFiles: 35 }));

// 232 (owners I–Q, seventh round): 38 files from 21 repositories; first run at e3bc684: precision 1.000, recall 1.000, provider 0.929
// (56 calls; the wrong providers: clients built from a config dict whose one base URL is DeepSeek's).
describe('detection accuracy on public code: corpus 232', () => measureCorpus('heldout232', { precision: 1, recall: 1, provider: 0.92, minLabels: 56, minFiles: 38 }));

// 236 (owners A–H, eighth round): 31 files from 21 repositories; first run at 2a94f56: precision 1.000, recall 0.906, provider 1.000
// (53 calls; missed: five Assistants requests to Azure's non-deployment paths, `${endpoint}/openai/threads?api-version=…`).
describe('detection accuracy on public code: corpus 236', () => measureCorpus('heldout236', { precision: 1, recall: 0.9, provider: 1, minLabels: 53, minFiles: 31 }));

// 238 (owners R–Z, digits, eighth round): 36 files from 18 repositories; first run at 1bc1e4f: precision 1.000, recall 0.732, provider 0.967
// (41 calls; missed: five calls on a client parameter whose callers in another file hand an OpenRouter client, four calls through an
// object a factory of another module returns (its method calls the client), tsc's compiled `openai_1.default` client, a v3 client kept
// on a Discord client object; the wrong provider: an Azure client from another module).
describe('detection accuracy on public code: corpus 238', () => measureCorpus('heldout238', { precision: 1, recall: 0.73, provider: 0.96, minLabels: 41, minFiles: 36 }));

// 237 (owners I–Q, eighth round): 40 files from 24 repositories; first run at ffdcfde: precision 1.000, recall 0.930, provider 0.975
// (43 calls; missed: fetch to a URL a config object's method builds, openai-php's \\OpenAI::Client(…) written with a leading backslash and
// capital C, an axios instance imported from a config module; the wrong provider: an openai<1.0 Azure setup in another function).
describe('detection accuracy on public code: corpus 237', () => measureCorpus('heldout237', { precision: 1, recall: 0.93, provider: 0.97, minLabels: 43, minFiles: 40 }));

// 240 (less common kinds, eighth round): 31 files from 16 repositories; first run at d12dda8: precision 1.000, recall 1.000, provider 0.922
// (51 calls; the wrong providers: four calls in the OpenAI branch of a client an environment flag makes Azure's or OpenAI's).
describe('detection accuracy on public code: corpus 240', () => measureCorpus('heldout240', { precision: 1, recall: 1, provider: 0.92, minLabels: 51, minFiles: 31 }));

// 239 (other languages, eighth round; frameworks left out by the brief): 49 files from 26 repositories; first run at 2d9b8f1:
// precision 1.000, recall 0.825, provider 0.879 (40 calls; missed: four C# requests to relative paths from a settings class on a typed
// HttpClient, a Rust reqwest URL joined from a constant host, Spring's RestTemplate to a @Value property, HTTParty posting a constant in
// a string; the wrong providers: async-openai clients from a config made elsewhere, a C# constructor parameter's default base).
// Tuned on since: recall 0.875 (that RestTemplate request, its `@Value` read from the module's application.yml).
describe('detection accuracy on public code: corpus 239 (tuned on since)', () => measureCorpus('heldout239', { precision: 1, recall: 0.87, provider: 0.88, minLabels: 40, minFiles: 49 }));

// 243 (owners R–Z, digits, ninth round): 43 files from 28 repositories; first run at 5f564e6: precision 0.961, recall 0.980, provider 0.816
// (50 calls; the false positives: one helper's fetch reported at its two callers, which name the URLs (Groq's, OpenAI's), where the
// label puts it inside the helper; missed: a client a project class's method returns; the wrong providers: clients built from a config
// object no caller in the project passes, a client parameter every caller builds with OpenAI's base).
describe('detection accuracy on public code: corpus 243', () => measureCorpus('heldout243', { precision: 0.96, recall: 0.98, provider: 0.81, minLabels: 50, minFiles: 43 }));

// 244 (other languages, ninth round: Go, Ruby, PHP, Rust, C++): 41 files from 22 repositories; first run at 607b3a3: precision 1.000,
// recall 0.667, provider 0.607 (42 calls; missed: twelve Rust requests (the rellfy/openai crate, reqwest to URLs that methods and
// url::Url::join build, a project's own transport), two C++ cpp-httplib posts (no C++ reader); the wrong providers: eight openai-php/laravel
// facade calls the collector labels unknown from the app's published config, where the detector takes the package's default).
// Tuned on since: recall 0.786, provider 0.667 (the rellfy/openai crate's embeddings and chat builders, four calls).
describe('detection accuracy on public code: corpus 244 (tuned on since)', () => measureCorpus('heldout244', { precision: 1, recall: 0.78, provider: 0.66, minLabels: 42, minFiles: 41 }));

// 245 (less common kinds asked; all Python as collected, ninth round): 30 files from 18 repositories; first run at ee260db: precision 0.977,
// recall 0.933, provider 0.976 (45 calls; missed: calls on clients kept in a list by index, a requests.post to a URL from a config file;
// the false positive: a models list on a local server the labels leave out; the wrong provider: a client from another module).
describe('detection accuracy on public code: corpus 245', () => measureCorpus('heldout245', { precision: 0.97, recall: 0.93, provider: 0.97, minLabels: 45, minFiles: 30 }));

// 241 (owners A–H, ninth round): 37 files from 21 repositories; first run at 6a9407b: precision 1.000, recall 0.953, provider 0.951
// (43 calls; missed: a Lua program running curl (no Lua reader), requests.post to a URL attribute another module fills; the wrong
// providers: a ruby-openai client a method of another file builds, a client built from spread settings).
describe('detection accuracy on public code: corpus 241', () => measureCorpus('heldout241', { precision: 1, recall: 0.95, provider: 0.95, minLabels: 43, minFiles: 37 }));

// 242 (owners I–Q, ninth round): 31 files from 15 repositories; first run at 8638f98: precision 0.967, recall 0.935, provider 0.897
// (31 calls; the false positive and a miss: a go-resty request reported where its URL and verb are set, the label at the generic
// helper's send; missed: a models list whose host is OpenAI's or Azure's by a setting; the wrong providers: a URL the labels leave
// open between OpenAI and Azure, read as Azure, and an OpenAI-DotNet client from another file).
describe('detection accuracy on public code: corpus 242', () => measureCorpus('heldout242', { precision: 0.96, recall: 0.93, provider: 0.89, minLabels: 31, minFiles: 31 }));

// 246 (owners A–H, tenth round): 26 files from 16 repositories; first run at d64a4bd: precision 1.000, recall 0.844, provider 0.947
// (45 calls; missed: clients a Python factory returns in a tuple, JS clients kept on this by a constructor reading settings).
describe('detection accuracy on public code: corpus 246', () => measureCorpus('heldout246', { precision: 1, recall: 0.84, provider: 0.94, minLabels: 45, minFiles: 26 }));

// 250 (less common kinds asked, any owner, tenth round): 31 files from 17 repositories; first run at e9c1909: precision 1.000,
// recall 0.783, provider 0.972 (46 calls; missed: a TypeScript class method returning a client by model (six), Go structs keeping
// their URL in a field set by a constructor, curl in Lua, a curl URL chosen by a flag; the wrong provider: a .http file's variable host).
// Tuned on since: the class method's calls are found, three of them with a client whose base is read as set at run time where the
// labels say OpenAI (provider 0.909; the floor was left at the first run's until 2026-12-05, and this suite failed on it unnoticed).
describe('detection accuracy on public code: corpus 250', () => measureCorpus('heldout250', { precision: 1, recall: 0.95, provider: 0.9, minLabels: 46, minFiles: 31 }));

// 248 (owners R–Z and digits, tenth round): 34 files from 20 repositories; first run at 827b8bb: precision 1.000, recall 0.932,
// provider 0.902 (44 calls; missed: a TypeScript AzureOpenAI client a lazy getter builds and returns; the wrong providers: a
// parameter typed AzureOpenAI that nothing in the repository builds, read as Azure where the labels leave it open).
describe('detection accuracy on public code: corpus 248', () => measureCorpus('heldout248', { precision: 1, recall: 0.93, provider: 0.9, minLabels: 44, minFiles: 34 }));

// 247 (owners I–Q, tenth round): 42 files from 22 repositories; first run at 095afd4: precision 1.000, recall 0.933, provider 1.000
// (45 calls; missed: a go-openai engines list, Go requests to url.JoinPath(c.url, "chat/completions") sent through a helper).
describe('detection accuracy on public code: corpus 247', () => measureCorpus('heldout247', { precision: 1, recall: 0.93, provider: 1, minLabels: 45, minFiles: 42 }));

// 249 (other languages, any owner, tenth round): 33 files from 20 repositories; first run at c6d358f: precision 1.000,
// recall 0.500, provider 1.000 (50 calls; missed: one Go file's thirteen go-resty requests to one-segment Assistants paths
// on a base from config, aallam/openai-kotlin called on a getter's client, OkGoDoIt's OpenAI_API (C#), Laravel requests to a
// URL a method returns, a Swift models list on a configured base, a Dart URL from a config class).
describe('detection accuracy on public code: corpus 249', () => measureCorpus('heldout249', { precision: 1, recall: 0.5, provider: 1, minLabels: 50, minFiles: 33 }));

// 255 (less common kinds asked, any owner, eleventh round): 36 files from 15 repositories; first run at a39f0c8: precision 1.000,
// recall 0.927, provider 1.000 (55 calls; missed: Ruby HTTParty `self.class.post(@path)` with the path in an instance variable
// the initializer sets, a base_uri the parent class declares (four)).
describe('detection accuracy on public code: corpus 255', () => measureCorpus('heldout255', { precision: 1, recall: 0.92, provider: 1, minLabels: 55, minFiles: 36 }));

// 253 (owners R–Z and digits, eleventh round): 36 files from 16 repositories; first run at 23c3b7a: precision 1.000, recall 1.000,
// provider 0.930 (43 calls; the wrong provider: a TypeScript class field with a literal base read in a template (`${this.baseUrl}/…`),
// a typed client parameter the project's caller hands a client of the server's (two)).
describe('detection accuracy on public code: corpus 253', () => measureCorpus('heldout253', { precision: 1, recall: 1, provider: 0.93, minLabels: 43, minFiles: 36 }));

// 251 (owners A–H, eleventh round): 34 files from 19 repositories; first run at 26f48f8: precision 1.000, recall 1.000,
// provider 0.745 (47 calls; the wrong provider: a client a settings object builds, handed by main.py to services' initialize()
// classmethods and on to the classes they make (eleven), a JavaScript client of the file kept under another name).
describe('detection accuracy on public code: corpus 251', () => measureCorpus('heldout251', { precision: 1, recall: 1, provider: 0.74, minLabels: 47, minFiles: 34 }));

// 252 (owners I–Q, eleventh round): 32 files from 15 repositories; first run at 05439cc: precision 1.000, recall 0.980,
// provider 0.860 (51 calls; missed: Azure's realtime sessions path on a host from the environment; the wrong provider: NestJS
// use-case functions handed the client of a service that builds it (seven)).
describe('detection accuracy on public code: corpus 252', () => measureCorpus('heldout252', { precision: 1, recall: 0.98, provider: 0.86, minLabels: 51, minFiles: 32 }));

// 254 (other languages asked, any owner, eleventh round): 43 files from 25 repositories; first run at a756e9e: precision 1.000,
// recall 0.658, provider 0.840 (38 calls; missed: OkGoDoIt's OpenAI_API for .NET (five), Rust and Go URLs read from config
// (three), a PHP constant's URL, Elixir Req with base_url, OpenAISwift, Spring @Value; the wrong provider: Go defaults
// overridden by options (four)).
describe('detection accuracy on public code: corpus 254', () => measureCorpus('heldout254', { precision: 1, recall: 0.65, provider: 0.84, minLabels: 38, minFiles: 43 }));

// 256 (owners A–H, twelfth round): 35 files from 22 repositories; first run at 1f903d6: precision 1.000, recall 0.957,
// provider 1.000 (47 calls; missed: a raw POST to a URL from the environment with no model in its body, a files.retrieve on a client
// handed from main.py).
describe('detection accuracy on public code: corpus 256', () => measureCorpus('heldout256', { precision: 1, recall: 0.95, provider: 1, minLabels: 47, minFiles: 35 }));

// 257 (owners I–Q, twelfth round): 36 files from 20 repositories; first run at 2da603e: precision 1.000, recall 0.935,
// provider 1.000 (46 calls; missed: openai<1.0's Audio class made into an instance, `Audio().transcribe(…)` (two), a files.create
// in a TypeScript router).
describe('detection accuracy on public code: corpus 257', () => measureCorpus('heldout257', { precision: 1, recall: 0.93, provider: 1, minLabels: 46, minFiles: 36 }));

// 259 (other languages asked, any owner, twelfth round): 43 files from 28 repositories; first run at 0757cc9: precision 0.964,
// recall 0.628, provider 0.963 (43 calls; missed: a Dart service posting to a URL from the user's profile (eight), Rust crates
// openai-api-rs and chatgpt_rs, dart_openai through a service's instance, a Rust URL built by format! on a field, a C# request
// object's RequestUri, a Go URL formatted from literals; false: a Dart URL variable of a later function read in an earlier one).
// Tuned on since: a Rust base set at run time in a file whose only literal base is OpenAI's is read as unknown (the labels follow
// main.rs, which hands it OpenAI's): recall 0.837, provider 0.944.
describe('detection accuracy on public code: corpus 259', () => measureCorpus('heldout259', { precision: 0.96, recall: 0.83, provider: 0.94, minLabels: 43, minFiles: 43 }));

// 258 (owners R–Z and digits, twelfth round): 35 files from 20 repositories; first run at c670010: precision 0.942, recall 0.942,
// provider 1.000 (52 calls; false: a JavaScript URL variable of one function read in others that declare their own (three, one of
// them in place of a loop's Responses URL); missed: Azure's realtime sessions path, a client from a factory of the project).
describe('detection accuracy on public code: corpus 258', () => measureCorpus('heldout258', { precision: 0.94, recall: 0.94, provider: 1, minLabels: 52, minFiles: 35 }));

// 260 (less common kinds asked, any owner, twelfth round): 35 files from 23 repositories; first run at bb50741: precision 1.000,
// recall 0.925, provider 0.980 (53 calls; missed: a Python client named `cliente` (Portuguese) handed in or imported from the
// project's utils package (four); the wrong provider: a client handed to a class the file builds for a local vLLM server).
describe('detection accuracy on public code: corpus 260', () => measureCorpus('heldout260', { precision: 1, recall: 0.92, provider: 0.98, minLabels: 53, minFiles: 35 }));

// 261 (owners A–H, thirteenth round, measured at the session's last detector and not tuned on): 39 files from 25 repositories;
// first run at 05f6f9d: precision 1.000, recall 0.857, provider 0.972 (42 calls; missed: openai v3's listEngines and a v3 client
// of a service, clients kept per key in a dict (`self.clients[key]`), an httpx client's stream and embeddings on a base from settings).
// Since: recall 0.952, provider 0.950 (the httpx stream is found, its base from a table of providers' settings read as unknown; labelled other).
describe('detection accuracy on public code: corpus 261', () => measureCorpus('heldout261', { precision: 1, recall: 0.95, provider: 0.95, minLabels: 42, minFiles: 39 }));

// 262 (owners I–Q, thirteenth round, not tuned on): 31 files from 17 repositories; first run at 05f6f9d: precision 1.000,
// recall 0.952, provider 0.950 (42 calls; missed: a client held in a factory's returned object (`azure.client.chat…`), an axios POST
// to an Azure endpoint from the environment; the wrong provider: plain OpenAI clients on an Azure deployment base from the environment).
describe('detection accuracy on public code: corpus 262', () => measureCorpus('heldout262', { precision: 1, recall: 0.95, provider: 0.95, minLabels: 42, minFiles: 31 }));

// 263 (owners R–Z and digits, thirteenth round, not tuned on): 39 files from 23 repositories; first run at 05f6f9d: precision
// 0.976, recall 0.976, provider 0.950 (41 calls; false: a models.list the label left out; missed: a hand-written client class named
// OpenAI; the wrong provider: a constructor parameter's literal OpenRouter default).
describe('detection accuracy on public code: corpus 263', () => measureCorpus('heldout263', { precision: 0.97, recall: 0.97, provider: 0.95, minLabels: 41, minFiles: 39 }));

// 264 (other languages asked, any owner, thirteenth round, not tuned on): 42 files from 26 repositories; first run at 05f6f9d:
// precision 1.000, recall 0.762, provider 0.844 (42 calls; missed: Rust URLs a helper joins (five), a Rust request written by hand
// over TLS, Laravel's Http posting to a property, a go-openai field of a struct another file builds; the wrong provider: Kotlin
// Retrofit and C# clients whose base another file sets).
describe('detection accuracy on public code: corpus 264', () => measureCorpus('heldout264', { precision: 1, recall: 0.76, provider: 0.84, minLabels: 42, minFiles: 42 }));

// 265 (less common kinds asked, any owner, thirteenth round, not tuned on): 33 files from 14 repositories; first run at
// 05f6f9d: precision 1.000, recall 1.000, provider 1.000 (49 calls).
describe('detection accuracy on public code: corpus 265', () => measureCorpus('heldout265', { precision: 1, recall: 1, provider: 1, minLabels: 49, minFiles: 33 }));

// 267 (other languages and less common kinds asked, any owner, fourteenth round, not tuned on): 31 files from 14 repositories;
// first run at 320e45d (the detector of 05f6f9d): precision 1.000, recall 1.000, provider 1.000 (37 calls).
describe('detection accuracy on public code: corpus 267', () => measureCorpus('heldout267', { precision: 1, recall: 1, provider: 1, minLabels: 37, minFiles: 31 }));

// 266 (Python and JavaScript applications asked, any owner, fourteenth round, not tuned on): 27 files from 11 repositories;
// first run at ebec0c5 (the detector of 05f6f9d): precision 0.974, recall 1.000, provider 0.947 (38 calls; false: a function's
// call that hands its fetch the URL, reported beside the fetch itself; the wrong provider: a v3 basePath from the environment
// with a localhost default read as the default's, a notebook function's client parameter its main() hands it in the same cell).
describe('detection accuracy on public code: corpus 266', () => measureCorpus('heldout266', { precision: 0.97, recall: 1, provider: 0.94, minLabels: 38, minFiles: 27 }));

// 268 (owners A–H, fifteenth round, not tuned on): 32 files from 15 repositories; first run at 78f0aa1: precision 1.000, recall
// 0.644, provider 0.897 (45 calls; missed: sixteen ruby-openai calls of service classes another file of the project
// hands its client (the labels follow the gem's v4, whose finetunes were the legacy fine-tunes API); the wrong provider: Python
// requests on a host constant another module of the project declares). Tuned on since: the service classes' calls are found, and
// five of them (`client.finetunes.*`) read as the gem's current version maps them (/v1/fine_tuning/jobs), where the labels follow
// its v4 (the legacy /v1/fine-tunes; the repository pins no version): five false positives beside the same five misses. Then recall
// 0.867 (the gem's 4.x `client.transcribe`).
describe('detection accuracy on public code: corpus 268', () => measureCorpus('heldout268', { precision: 0.88, recall: 0.86, provider: 1, minLabels: 45, minFiles: 32 }));

// 269 (owners I–Q, fifteenth round, not tuned on): 36 files from 27 repositories; first run at 78f0aa1: precision 1.000, recall
// 0.860, provider 0.946 (43 calls; missed: an HTTParty module mixin's base_uri, the http.rb gem on a base constant of another
// module, two calls of @azure/openai's beta OpenAIClient, a fetch of a URL a function of the file returns, a C# request on two
// options joined; the wrong provider: openai-go's default client, a plain OpenAI client on an Azure-named base from the environment).
describe('detection accuracy on public code: corpus 269', () => measureCorpus('heldout269', { precision: 1, recall: 0.86, provider: 0.94, minLabels: 43, minFiles: 36 }));

// 270 (owners R–Z and digits, fifteenth round, not tuned on): 34 files from 18 repositories; first run at 78f0aa1: precision
// 1.000, recall 0.958, provider 0.891 (48 calls; missed: a C# request to an interpolated Azure deployment URL held in a variable, a
// Go stream to a package constant another file declares; the wrong provider: a Python client handed in by every caller of the
// repository, a Dart base of another provider, an OpenRouter base read from a module of the project).
describe('detection accuracy on public code: corpus 270', () => measureCorpus('heldout270', { precision: 1, recall: 0.95, provider: 0.89, minLabels: 48, minFiles: 34 }));

// 271 (Python and JavaScript applications asked, any owner, sixteenth round, not tuned on): 38 files from 22 repositories; first
// run at b3e164e: precision 1.000, recall 1.000, provider 1.000 (55 calls).
describe('detection accuracy on public code: corpus 271', () => measureCorpus('heldout271', { precision: 1, recall: 1, provider: 1, minLabels: 55, minFiles: 38 }));

// 273 (less common kinds and resources asked, any owner, sixteenth round, not tuned on): 29 files from 20 repositories; first run
// at b3e164e: precision 1.000, recall 1.000, provider 0.914 (58 calls; the wrong provider: five calls of a plain OpenAI client on a
// base built from AZURE_* environment variables (`<endpoint>/openai/v1/`), which the collector labelled azure and called doubtful).
describe('detection accuracy on public code: corpus 273', () => measureCorpus('heldout273', { precision: 1, recall: 1, provider: 0.91, minLabels: 58, minFiles: 29 }));

// 272 (other languages, curl, .http files and notebooks asked, any owner, sixteenth round, not tuned on): 45 files from 18
// repositories; first run at a7662bb: precision 1.000, recall 0.667, provider 1.000 (42 calls; missed: a Unity C# client's URL
// properties (five), the official .NET SDK's AudioClient on a client another method builds, Spring AI's ChatClient (three) and
// Semantic Kernel (two), C with libcurl, curl in a shell script inside a Nix file, Vimscript). Tuned on since: the AudioClient kept in
// an auto-property is found, its destination unknown (the OpenAIClient it comes from is handed in; the label says OpenAI).
describe('detection accuracy on public code: corpus 272', () => measureCorpus('heldout272', { precision: 1, recall: 0.69, provider: 0.96, minLabels: 42, minFiles: 45 }));

// 275 (owners I–Q, seventeenth round, not tuned on): 32 files from 20 repositories; first run at d50a497: precision 1.000,
// recall 0.571, provider 0.917 (42 calls; missed: R's httr (six), Lua's plenary.curl and jobstart curl (six), Laravel's Http client
// a method builds with a literal baseUrl (four), a rake task's ruby-openai client under a global Azure configuration; the wrong
// provider: a Go client pointed at DeepSeek through a base another file sets). Tuned on since: Laravel's baseUrl client (three) and R's
// httr (five: the Assistants paths on an endpoint from the environment read as Azure's, their shape, where the labels say unknown);
// then recall 0.786 (the rake task, once .rake files are read as Ruby), then precision 0.974, recall 0.905 (Lua: plenary.curl and curl
// started by jobstart; the false one is a thread URL the code joins without its slash, `'…/v1/threads' .. thread.id`, read as /v1/threads).
describe('detection accuracy on public code: corpus 275', () => measureCorpus('heldout275', { precision: 0.97, recall: 0.9, provider: 0.81, minLabels: 42, minFiles: 32 }));

// 276 (owners R–Z and digits, seventeenth round, not tuned on): 27 files from 17 repositories; first run at d50a497: precision
// 0.976, recall 0.741, provider 1.000 (54 calls; false: a Swift helper's own request builder, whose path is its parameter; missed: the
// calls of that helper, which the labels count (seven), a Dio client's literal baseUrl (three), a Go helper given base and path, a
// WordPress wp_remote_post to an option's URL, ureq to a formatted base).
describe('detection accuracy on public code: corpus 276', () => measureCorpus('heldout276', { precision: 0.97, recall: 0.74, provider: 1, minLabels: 54, minFiles: 27 }));

// 274 (owners A–H, seventeenth round, not tuned on): 49 files from 20 repositories; first run at 3a26682: precision 1.000,
// recall 0.650, provider 1.000 (40 calls; missed: R's httr and the openai R package (six), Nuxt's $fetch (four), Rust requests on a
// URL parameter or a parsed Url, a Spring Cloud OpenFeign client, Crystal's HTTP::Client). Tuned on since: recall 0.825 (among others,
// Rust's `Url::parse("https://…")?`).
describe('detection accuracy on public code: corpus 274', () => measureCorpus('heldout274', { precision: 1, recall: 0.82, provider: 1, minLabels: 40, minFiles: 49 }));

// 278 (owners I–Q, eighteenth round, not tuned on): 29 files from 15 repositories; first run at 5639570: precision 1.000,
// recall 0.957, provider 0.955 (46 calls; missed: a Ruby service's second method, which builds its URI from a literal after the first
// built one from a constant (the variable's assignments were then out of order); the wrong provider: two official clients on a base
// from settings whose default is Perplexity's or Groq's, labelled other). Tuned on since: recall 1.000 (those assignments kept in order).
describe('detection accuracy on public code: corpus 278', () => measureCorpus('heldout278', { precision: 1, recall: 1, provider: 0.95, minLabels: 46, minFiles: 29 }));

// 277 (owners A–H, eighteenth round, not tuned on): 38 files from 25 repositories; first run at d0e6cbc: precision 0.971,
// recall 0.786, provider 0.939 (42 calls; missed: curl to `${BASE}/v1/…` where BASE is `http://${HOST}` (three), factories returning an
// Instructor-wrapped client imported by another module (two), a legacy v3 client a folder's index.js exports again (two), a Rust GET of
// `{base}/models`, urllib to a loopback URL with a path parameter; false: that Rust GET read with a later function's chat URL).
// Tuned on since: 1.000 / 0.976 / 1.000 (the four kinds above but the urllib one).
describe('detection accuracy on public code: corpus 277', () => measureCorpus('heldout277', { precision: 1, recall: 0.97, provider: 1, minLabels: 42, minFiles: 38 }));

// 279 (owners R–Z and digits, eighteenth round, not tuned on): 35 files from 23 repositories; first run at 78e2cc4: precision
// 1.000, recall 0.904, provider 1.000 (52 calls; missed: a Ruby adapter's requests through two helpers of its own (three), a Rake task
// (the .rake extension was not read), a TypeScript client made from a cast class, `new (OpenAI as any)({…})`). Tuned on since: recall
// 0.942 (the last two).
describe('detection accuracy on public code: corpus 279', () => measureCorpus('heldout279', { precision: 1, recall: 0.94, provider: 1, minLabels: 52, minFiles: 35 }));

// The nineteenth round, by asked kind (eighteenth session's second round). 280 (Python and JavaScript/TypeScript applications, owners
// A–M preferred, not tuned on): 36 files from 23 repositories; first run at a54b6ae: precision 1.000, recall 1.000, provider 1.000 (48 calls).
describe('detection accuracy on public code: corpus 280', () => measureCorpus('heldout280', { precision: 1, recall: 1, provider: 1, minLabels: 48, minFiles: 36 }));

// 281 (languages other than Python and JavaScript, and notebooks, any owner, not tuned on): 43 files from 25 repositories; first run at
// a54b6ae: precision 0.889, recall 0.800, provider 0.938 (40 calls; false and missed: three httr2 pipes read as GETs, a PHP cURL request
// reported at the caller of the private function that sends it; missed: an HTTParty class's bare `post`, a Dart top-level URL constant
// of another file (its importer names no OpenAI term, so the prefilter passes it over), Android Volley, a Kotlin object's Retrofit
// service). Tuned on since: 0.974 / 0.950 / 0.947 (httr2's verbs, HTTParty's bare verbs, Volley, a Retrofit service made lazily).
describe('detection accuracy on public code: corpus 281', () => measureCorpus('heldout281', { precision: 0.97, recall: 0.95, provider: 0.94, minLabels: 40, minFiles: 43 }));

// 282 (less common resources, settings and compatible hosts, owners N–Z preferred, not tuned on): 31 files from 17 repositories; first
// run at a54b6ae: precision 0.978, recall 0.863, provider 1.000 (51 calls; missed: urllib to a local batch server's `/files` and
// `/batches` without /v1 (four), ruby-openai 4.x `client.transcribe`, two requests through a vLLM benchmark's helpers, one read at
// the helper's caller). Tuned on since: recall 0.882 (`client.transcribe`).
describe('detection accuracy on public code: corpus 282', () => measureCorpus('heldout282', { precision: 0.97, recall: 0.88, provider: 1, minLabels: 51, minFiles: 31 }));

// The twentieth round, by owner range (the twenty-third session's third). 283 (owners A–H, not tuned on): 42 files from 22
// repositories; first run at 5f3dd45: precision 1.000, recall 0.818, provider 1.000 (44 calls; missed: a Rails client's bare HTTParty verbs
// in a subclass whose parent sets the base (five), a Faraday connection on an OpenRouter base a constant defaults to (two), a Rust
// reqwest post to a URL constant held in a field). Tuned on since: recall 0.841 (a Rust struct field given a URL constant).
describe('detection accuracy on public code: corpus 283', () => measureCorpus('heldout283', { precision: 1, recall: 0.84, provider: 1, minLabels: 44, minFiles: 42 }));

// 284 (owners I–Q, not tuned on): 39 files from 24 repositories; first run at 5f3dd45: precision 1.000, recall 0.854, provider 0.971
// (41 calls; missed: a Next.js factory caching its client on a named alias of the global (two), an HTTParty path constant, Azure OpenAI's
// v1 API (`${endpoint}/openai/v1/responses`), a ruby-openai client a class method hands out, a client handed to a function whose callers
// are commented out). Tuned on since: recall 0.951 (the first three kinds).
describe('detection accuracy on public code: corpus 284', () => measureCorpus('heldout284', { precision: 1, recall: 0.95, provider: 0.94, minLabels: 41, minFiles: 39 }));

// 285 (owners R–Z and digits, not tuned on): 43 files from 24 repositories; first run at 5f3dd45: precision 1.000, recall 0.932,
// provider 0.927 (44 calls; missed: Nuxt's auto-imported server util client, urllib to `base_url + "/models"` on a parameter, a Ruby
// client another file's class method returns; the wrong providers: C# clients whose endpoint a configuration class holds). Tuned on
// since: recall 0.977 (the Ruby class method's client; Nuxt's `~~/` alias, which the file imports the client by).
describe('detection accuracy on public code: corpus 285', () => measureCorpus('heldout285', { precision: 1, recall: 0.97, provider: 0.92, minLabels: 44, minFiles: 43 }));

// The twenty-first round, by asked kind (the twenty-third session's fourth). 287 (languages other than Python and JavaScript, and
// notebooks, any owner, not tuned on): 38 files from 25 repositories; first run at b76bd33: precision 1.000, recall 0.682, provider
// 1.000 (44 calls; missed: an R package's glue-built URLs and its calls of the openai R package (seven), Elixir's Tesla on a literal
// BaseUrl (three), three Spring services on a URL from configuration the corpus does not hold, curl to `$1/v1/…` in a shell function).
// Tuned on since: recall 0.818 (Tesla, R's glue).
describe('detection accuracy on public code: corpus 287', () => measureCorpus('heldout287', { precision: 1, recall: 0.81, provider: 1, minLabels: 44, minFiles: 38 }));

// 288 (less common resources, settings and compatible hosts, owners A–M preferred, not tuned on): 38 files from 18 repositories;
// first run at b76bd33: precision 0.979, recall 0.839, provider 0.766 (56 calls; missed: Ktor's submitFormWithBinaryData (two) and a
// Ktor post, a Go client's five requests on a base from the environment joined with path constants, a Hurl request file; false: a
// vLLM snippet's request at its helper; the wrong providers: eleven calls on an AsyncOpenAI client handed in, which the project's
// other clients (all built with the default base) make OpenAI's and the labels leave unknown, its origin being outside the repository).
// Tuned on since: 0.981 / 0.911 / 0.784 (Ktor's forms, Hurl files); 0.982 / 1.000 / 0.804 (path constants after a run-time base).
describe('detection accuracy on public code: corpus 288', () => measureCorpus('heldout288', { precision: 0.98, recall: 1, provider: 0.8, minLabels: 56, minFiles: 38 }));

// 286 (Python and JavaScript/TypeScript applications, owners N–Z preferred, not tuned on): 30 files from 18 repositories; first run
// at 9af16b4: precision 1.000, recall 1.000, provider 1.000 (50 calls).
describe('detection accuracy on public code: corpus 286', () => measureCorpus('heldout286', { precision: 1, recall: 1, provider: 1, minLabels: 50, minFiles: 30 }));

// The twenty-second round, by owner range (the twenty-third session's fifth; the collectors' search budget was spent, so their
// candidates came from earlier collectors' lists). 289 (owners A–L, not tuned on): 39 files from 25 repositories; first run at aa237b5:
// precision 1.000, recall 0.830, provider 0.923 (47 calls; missed: the Rust chatgpt_rs crate (five), a Guzzle post to an endpoint its
// caller names, a Dart request helper, orhanerday/open-ai's legacy completion; the wrong providers: a Mistral client whose configurable
// base defaults to Mistral's, labelled other). Tuned on since: recall 0.957 (the chatgpt_rs crate; orhanerday/open-ai).
describe('detection accuracy on public code: corpus 289', () => measureCorpus('heldout289', { precision: 1, recall: 0.95, provider: 0.93, minLabels: 47, minFiles: 39 }));

// 290 (owners M–Z and digits, not tuned on): 37 files from 25 repositories; first run at aa237b5: precision 1.000, recall 0.902,
// provider 1.000 (51 calls; missed: a ruby-openai client kept as `self.client` (two), HTTParty posting URL constants built on a base
// constant (two), a request to ChatGPT's own Codex backend labelled as the Responses API). Tuned on since: recall 0.941 (`self.client`,
// built in Sorbet's `T.let(…)`); recall 0.980 (URL constants typed by Sorbet's `T.let(…)`).
describe('detection accuracy on public code: corpus 290', () => measureCorpus('heldout290', { precision: 1, recall: 0.98, provider: 1, minLabels: 51, minFiles: 37 }));

// The twenty-third round, by asked kind (the twenty-fourth session's first). 291 (Python and JavaScript/TypeScript applications, owners
// N–Z preferred, not tuned on): 33 files from 17 repositories; first run at b9cebed: precision 1.000, recall 1.000, provider 1.000
// (48 calls).
describe('detection accuracy on public code: corpus 291', () => measureCorpus('heldout291', { precision: 1, recall: 1, provider: 1, minLabels: 48, minFiles: 33 }));

// 293 (less common resources, settings and compatible hosts, owners N–Z preferred, not tuned on): 43 files from 16 repositories;
// first run at 7b5316d: precision 1.000, recall 0.982, provider 0.982 (57 calls; missed: curl in a GitHub Actions workflow's `run:`
// step; the wrong provider: one fetch whose host the model chooses among OpenRouter, z.ai and the app's own proxy, labelled other).
// Tuned on since: recall 1.000 (the shell of CI steps in YAML).
describe('detection accuracy on public code: corpus 293', () => measureCorpus('heldout293', { precision: 1, recall: 1, provider: 0.98, minLabels: 57, minFiles: 43 }));

// 292 (languages other than Python and JavaScript/TypeScript, owners A–M preferred, not tuned on): 43 files from 27 repositories;
// first run at 7b5316d: precision 1.000, recall 0.875, provider 1.000 (40 calls; missed: a Retrofit call in an activity whose
// service holder's file names no OpenAI term, two Swift requests on URL constants another file of the project declares, a C#
// HttpRequestMessage with a relative path on a client whose base another method sets, a Rust client's URL field set from a constant).
// Tuned on since: recall 0.900 (the Rust field); 0.975 (Swift URL constants wrapped in `URL(string:)`, C# HttpClients registered by name).
describe('detection accuracy on public code: corpus 292', () => measureCorpus('heldout292', { precision: 1, recall: 0.97, provider: 1, minLabels: 40, minFiles: 43 }));

// The twenty-fourth round, by owner range (the twenty-fourth session's second). 296 (owners R–Z and digits, not tuned on): 32 files
// from 21 repositories; first run at b6006e6: precision 1.000, recall 0.732, provider 1.000 (41 calls; missed: a Dart service's dio
// posts on local URL variables (four), legacy Node v3 calls on `OpenAIApiFactory` and in a class field (three), a Rust client's request
// helpers (two), an imroc/req post of a path constant, a legacy Python embedding). Tuned on since: 1.000 / 0.927 / 0.974 (dio's nested
// generic type, `OpenAIApiFactory`, a getter's client, the path constant; that request's base, a constant of another file of the package,
// is not followed: unknown, labelled openai). The legacy embedding is inside a string (code commented out): the label is wrong.
describe('detection accuracy on public code: corpus 296', () => measureCorpus('heldout296', { precision: 1, recall: 0.92, provider: 0.97, minLabels: 41, minFiles: 32 }));

// 295 (owners I–Q, not tuned on): 42 files from 23 repositories; first run at 31b4dd6: precision 1.000, recall 0.882, provider 1.000
// (34 calls; missed: async-openai 0.10's `edits()`, two calls of the Rust `open_ai` crate (a port of openai-node), a community Azure
// client's `GetTextCompletionAsync`). Tuned on since: recall 0.912 (async-openai's client renamed on import, its `edits()`).
describe('detection accuracy on public code: corpus 295', () => measureCorpus('heldout295', { precision: 1, recall: 0.91, provider: 1, minLabels: 34, minFiles: 42 }));

// 294 (owners A–H, not tuned on): 29 files from 20 repositories; first run at 9cdcc50: precision 1.000, recall 1.000, provider 0.976
// (41 calls; the wrong provider: a client handed to a helper whose callers in the file pass Gemini's or Groq's client from two factories,
// unknown here, labelled other). Tuned on since: provider 1.000 (a parameter every call of its function hands clients of one destination).
describe('detection accuracy on public code: corpus 294', () => measureCorpus('heldout294', { precision: 1, recall: 1, provider: 1, minLabels: 41, minFiles: 29 }));

// The twenty-fifth round, by asked kind (the twenty-fourth session's third). 299 (less common resources, settings and compatible hosts,
// owners A–M preferred, not tuned on): 39 files from 17 repositories; first run at c9e9b83: precision 1.000, recall 1.000, provider
// 0.764 (55 calls; the wrong providers: eleven vector-store calls on a client an arrow typed `(): OpenAI =>` builds, read as built
// elsewhere; an Azure deployment base written `${endpoint}openai/deployments/…`; a DeepSeek client on a configured base, labelled other).
// Tuned on since: provider 0.982 (the typed arrow, the Azure base).
describe('detection accuracy on public code: corpus 299', () => measureCorpus('heldout299', { precision: 1, recall: 1, provider: 0.98, minLabels: 55, minFiles: 39 }));

// 298 (languages other than Python and JavaScript/TypeScript, owners N–Z preferred, not tuned on): 40 files from 19 repositories;
// first run at 529ea9d: precision 1.000, recall 0.854, provider 0.914 (41 calls; missed: two requests in a Blazor page's `@code` block
// (`.razor` files are not read), chatgpt_rs conversations kept as a field (two), openai-kotlin's `imageURL`/`imageJSON` (two); the
// wrong providers: openai-kotlin clients another file of the project builds (two), a Go client on Groq's base from another file).
// Tuned on since: 1.000 / 0.902 / 0.919 (the prefilter passes chatgpt_rs's import; a conversation's chain broken after `self`); 1.000 /
// 0.951 / 0.923 (Razor's `@code` blocks read as C#).
describe('detection accuracy on public code: corpus 298', () => measureCorpus('heldout298', { precision: 1, recall: 0.95, provider: 0.92, minLabels: 41, minFiles: 40 }));

// 297 (Python and JavaScript/TypeScript applications, owners A–M preferred, not tuned on): 41 files from 28 repositories; first run
// at 7b08407: precision 1.000, recall 1.000, provider 1.000 (51 calls).
describe('detection accuracy on public code: corpus 297', () => measureCorpus('heldout297', { precision: 1, recall: 1, provider: 1, minLabels: 51, minFiles: 41 }));

// The twenty-sixth round, by owner range (the twenty-fourth session's fourth). 300 (owners A–H, not tuned on): 33 files from 16
// repositories; first run at 7033fec: precision 0.981, recall 0.897, provider 0.981 (58 calls; missed: three fine-tuning calls in a
// notebook, a C# Azure deployment URL built in a method, two Rust requests to a URL field built from a parameter; false: an Anthropic
// models request in a Go file whose OpenAI one is labelled). Tuned on since: 0.982 / 0.966 / 0.982 (a bare `OpenAI()` after `import openai`;
// a C# URL assigned on the line after its `=`).
describe('detection accuracy on public code: corpus 300', () => measureCorpus('heldout300', { precision: 0.98, recall: 0.96, provider: 0.98, minLabels: 58, minFiles: 33 }));

// 302 (owners R–Z and digits, not tuned on): 33 files from 21 repositories; first run at 529b32e: precision 1.000, recall 0.951,
// provider 0.974 (41 calls; missed: two embedding calls on a client a class is handed in a file that imports no SDK; the wrong
// provider: a Go request to an Azure deployment URL on a configured host, labelled azure). Tuned on since: 1.000 / 1.000 / 0.976
// (the class's constructions in another file hand it an OpenAI client).
describe('detection accuracy on public code: corpus 302', () => measureCorpus('heldout302', { precision: 1, recall: 1, provider: 0.97, minLabels: 41, minFiles: 33 }));

// 301 (owners I–Q, not tuned on): 39 files from 24 repositories; first run at 1f0ca2c: precision 1.000, recall 0.905, provider 0.974
// (42 calls; missed: two Guzzle posts to a URL read whole from the environment, known only by their body, a Rust post to a URL field
// from configuration, an openai-php client built with its own HttpTransporter; the wrong provider: GitHub Models' host with an Azure
// deployment path, labelled other). Tuned on since: 1.000 / 0.952 / 1.000 (GitHub Models' hosts are GitHub's, whatever the path;
// PHP posts to a URL read whole from a setting, known by their chat body and the choices read).
describe('detection accuracy on public code: corpus 301', () => measureCorpus('heldout301', { precision: 1, recall: 0.95, provider: 1, minLabels: 42, minFiles: 39 }));

// 303 (Python and JavaScript applications, not tuned on): 52 files from 20 repositories; first run at e010c51: precision 1.000,
// recall 0.943, provider 1.000 (53 calls; missed: three Python calls on clients a class is handed, one through FastAPI's
// `Depends`, one never built in the repository, one built in another module's class). Tuned on since: 1.000 / 0.981 / 1.000
// (a client kept from a class's constructor parameter, from what each construction hands it; FastAPI's `Depends(factory)`); then
// provider 0.981 (thirty-second session: a client the project's other files hand in is unknown, with what they hand in its detail).
describe('detection accuracy on public code: corpus 303', () => measureCorpus('heldout303', { precision: 1, recall: 0.98, provider: 0.98, minLabels: 53, minFiles: 52 }));

// 304 (other languages, not tuned on): 47 files from 25 repositories; first run at f086110: precision 0.972, recall 0.875,
// provider 0.943 (40 calls; missed: dart_openai's `OpenAI.instance.chat.create` in a file that is wholly one block comment (its
// label corrected since to none, see SOURCES.md: that run reads 39 calls, recall 0.897), three calls of the openai_api package's
// `OpenaiClient`, a Swift models list whose GET we read as the chat completions another function's `let url` held, which is the
// false positive too; the wrong providers: a Rust and a Swift client of a local LM Studio server, labelled other). Tuned on since:
// 1.000 / 1.000 / 0.923 (the openai_api package; Swift's and Rust's `let` scoped to its block; Swift's `"\(base)/chat/completions"`
// marks the base as OpenAI-compatible).
describe('detection accuracy on public code: corpus 304', () => measureCorpus('heldout304', { precision: 1, recall: 1, provider: 0.92, minLabels: 39, minFiles: 47 }));

// 305 (less common resources and hosts, not tuned on): 27 files from 16 repositories; first run at 6397ce0: precision 1.000,
// recall 0.957, provider 0.933 (47 calls; missed: two calls on a client whose class a variable picks from a table at run time
// (`client_class(**config)`); the wrong providers: three requests of an LM Studio client whose base is a user setting defaulting to
// localhost, labelled other).
describe('detection accuracy on public code: corpus 305', () => measureCorpus('heldout305', { precision: 1, recall: 0.95, provider: 0.93, minLabels: 47, minFiles: 27 }));

// 308 (owners R–Z and digits, not tuned on): 41 files from 21 repositories; first run at e5005f3: precision 1.000, recall 0.977,
// provider 0.952 (43 calls; missed: orhanerday/open-ai's PHP client; the wrong providers: DeepSeek and Qwen clients whose base is a
// parameter defaulting to the provider's host, labelled other). Tuned on since: recall 1.000 (orhanerday/open-ai).
describe('detection accuracy on public code: corpus 308', () => measureCorpus('heldout308', { precision: 1, recall: 1, provider: 0.95, minLabels: 43, minFiles: 41 }));

// 306 (owners A–H, not tuned on): 33 files from 19 repositories; first run at 93a9829: precision 0.915, recall 0.878,
// provider 1.000 (49 calls; missed: two Azure requests of helpers whose callers hand the URL, which we report at the callers (three
// false positives: the labels put them in the helpers), two chat calls on an instructor-patched Azure client from another file, a Rust
// and a Go models list on a URL read whole; false: Azure's Sora video generation path, read as a video's). Tuned on since:
// 0.918 / 0.918 / 1.000 (a member the constructing class builds, handed to the class that keeps it); then precision 0.938 (Sora's path);
// then provider 0.956 (thirty-second session: a client the project's other files hand in is unknown, with what they hand in its detail).
describe('detection accuracy on public code: corpus 306', () => measureCorpus('heldout306', { precision: 0.93, recall: 0.91, provider: 0.95, minLabels: 49, minFiles: 33 }));

// 307 (owners I–Q, not tuned on): 38 files from 24 repositories; first run at 5de51fd: precision 1.000, recall 0.596,
// provider 0.893 (47 calls; missed: thirteen Assistants API methods handed uncalled to a helper that runs them
// (`self._run_sync(self.client.beta.threads.create, …)`), five openai-php calls on a client a factory class of another file builds
// (`ClientFactory::get()`), a C# request relative to an HttpClient's base; the wrong providers: a Dart client whose base defaults
// to OpenAI's, and an OpenRouter client a parameter may replace). Tuned on since: 1.000 / 0.979 / 0.935 (a class's own private
// bridge, `_run_sync`, among the wrappers that call what they are given; a PHP class of the project whose method makes the client;
// then recall 1.000, a C# fixed endpoint path relative to a BaseAddress set at run time; then provider 0.979, an openai-kotlin client
// handed in where the project builds it only with the default host).
describe('detection accuracy on public code: corpus 307', () => measureCorpus('heldout307', { precision: 1, recall: 1, provider: 0.97, minLabels: 47, minFiles: 38 }));

// 309 (Python and JavaScript applications, not tuned on): 41 files from 20 repositories; first run at e214eb8: precision 1.000,
// recall 0.887, provider 0.979 (53 calls; missed: five NestJS calls on a client an injected provider class hands out
// (`this.openAIProvider.getInstance()`, `this.openaiProvider.client`), a Python call on a service container's member; the wrong
// provider: a client whose base is a parameter, labelled other). Tuned on since: 1.000 / 0.981 / 0.981 (a class of the project injected
// by type, its member's client and what its methods return; a module path keeps its dotted name, `./openai.provider`).
describe('detection accuracy on public code: corpus 309', () => measureCorpus('heldout309', { precision: 1, recall: 0.98, provider: 0.98, minLabels: 53, minFiles: 41 }));

// 311 (less common resources and hosts, not tuned on): 34 files from 20 repositories; first run at ac77252 (the detector of e214eb8):
// precision 0.956, recall 0.860, provider 0.930 (50 calls; missed: three conversations calls on a subclass of the SDK's client for an
// OCI host (`OciOpenAI(…)`), a fetch to a URL function's result known by its Whisper form, open-uri's `URI.open` of a file's content,
// a C# HttpRequestMessage whose verb and URL its object initializer sets, a Lua curl command built as a string; false: two posts to
// Azure's own `openai/files/import`, read as a file's; the wrong providers: an LM Studio client whose base is a parameter, labelled other).
// Tuned on since: precision 1.000 (Azure's own operations, file import and Sora's video jobs, are no OpenAI path); then 1.000 / 0.880 /
// 0.932 (the C# object initializer).
describe('detection accuracy on public code: corpus 311', () => measureCorpus('heldout311', { precision: 1, recall: 0.88, provider: 0.93, minLabels: 50, minFiles: 34 }));

// 310 (other languages, not tuned on): 43 files from 28 repositories; first run at 8610141: precision 0.973, recall 0.818,
// provider 0.861 (44 calls; missed: Elixir Req requests whose path and base a keyword list holds (two), a Symfony HttpClient
// `request(Request::METHOD_POST, …)` read as a GET (the false positive too) and one to an environment's base joined with a path, a
// Guzzle post to a URL an injected config holds, a Kotlin OkHttp builder's URL constant of another object, a Rust post to a URL read
// whole from the environment, a Lua plenary post to an options field; the wrong providers: Go clients whose config a factory of
// another file builds with OpenAI's defaults (five), labelled openai). Tuned on since: 1.000 / 0.841 / 0.919 (Symfony's
// `Request::METHOD_POST`; a go-openai client handed in, in a project that builds them only with `openai.NewClient(key)`).
describe('detection accuracy on public code: corpus 310', () => measureCorpus('heldout310', { precision: 1, recall: 0.84, provider: 0.91, minLabels: 44, minFiles: 43 }));

// 314 (owners R–Z and digits, not tuned on): 29 files from 22 repositories; first run at a48b5a6: precision 1.000, recall 0.766,
// provider 1.000 (47 calls; missed: eight Azure.AI.OpenAI Java calls of the 1.0.0-beta.1 SDK on a client its builder makes
// (`getChatCompletions`, `getEmbeddings`), two langchaingo `GenerateContent` calls, a Node call on a client another file's
// class builds).
// Tuned on since (twenty-sixth session): 1.000 / 0.936 / 1.000 (Azure's Java client azure-ai-openai 1.0 beta).
describe('detection accuracy on public code: corpus 314', () => measureCorpus('heldout314', { precision: 1, recall: 0.93, provider: 1, minLabels: 47, minFiles: 29 }));

// The thirty-first round (2026-12-05, twenty-sixth session), collected under a brief rewritten from the conventions
// (/work/staging/collect5.md; the earlier brief was not on this machine), any owner, by kind.
// 315 (Python and JavaScript applications, not tuned on): 41 files from 19 repositories; first run at 542f8c5: precision 0.976,
// recall 0.909, provider 1.000 (44 calls; missed: two `requests.request("POST", url)` to `os.getenv('OPENAI_BASE_URL') +
// "/chat/completions"` (and `/embeddings`), a Next.js route's `chat.create(…)` on `openai.chat.completions` another file exports;
// the false positive and one miss are one WebSocket labelled `GET /v1/realtime`, which the new brief asked for, where every
// earlier corpus labels the verb `WEBSOCKET`).
// Tuned on since: 1.000 / 0.977 / 1.000 (a base read from the environment in place before a path; the WebSocket label corrected).
describe('detection accuracy on public code: corpus 315', () => measureCorpus('heldout315', { precision: 1, recall: 0.97, provider: 1, minLabels: 44, minFiles: 41 }));

// 316 (other languages, not tuned on): 32 files from 17 repositories; first run at 542f8c5: precision 1.000, recall 0.733,
// provider 0.909 (30 calls; missed: four Go requests through a generic helper of another file of the package that is handed the
// URL (`httpRequest[ChatRequest, ChatResponse](ctx, chatEndpoint, in)`), two curl commands built in strings a shell function runs
// with `eval`, one curl to a base read from a file, an R httr `POST` to a URL `paste0` joins from two literals; the wrong
// providers: two ruby-openai calls on a client configured with an Ollama host read from the environment, labelled unknown).
// Tuned on since: 1.000 / 0.933 / 1.000 (Go generic helpers, a host filled in from the environment, curl kept in a variable for eval).
describe('detection accuracy on public code: corpus 316', () => measureCorpus('heldout316', { precision: 1, recall: 0.93, provider: 1, minLabels: 30, minFiles: 32 }));

// 317 (less common resources and hosts, not tuned on): 37 files from 18 repositories; first run at 542f8c5: precision 1.000,
// recall 0.844, provider 0.974 (45 calls; missed: five calls of the EasyGithDev PHPOpenAI SDK (`(new OpenAIClient($key))->File()
// ->download($id)`), a Python post to an Azure deployment URL whose host is a placeholder (`https:/your_end_point/openai/…`), an
// `.http` request to `{{$dotenv OPENAI_AZURE_ENDPOINT}}/openai/deployments/…`; the wrong provider: a client whose base is a
// literal local server, labelled other, read as unknown).
// Tuned on since: 1.000 / 0.867 / 1.000 (a `.http` deployment placeholder, a folder's index.ts imported by the folder's name); then
// 1.000 / 0.978 / 1.000 (EasyGithDev/PHPOpenAI, read from its source).
describe('detection accuracy on public code: corpus 317', () => measureCorpus('heldout317', { precision: 1, recall: 0.97, provider: 1, minLabels: 45, minFiles: 37 }));

// The thirty-second round (the same brief), by owner range.
// 318 (owners A–H, not tuned on): 36 files from 20 repositories; first run at 291516c: precision 1.000, recall 0.714, provider
// 0.900 (42 calls; missed: four browser `fetch('/openai/v1/chat/completions')` calls to the page's own origin, which its nginx
// proxies, four SDK methods handed uncalled to a wrapper whose result is called at once
// (`self.with_overrides(self.client.chat.completions.create)(…)`), two legacy v3 calls on a TypeScript class field
// (`public readonly openai = new OpenAIApi(configuration)`), a resty `.Post("/embeddings")` on a base set with `SetBaseURL`, a C#
// `ClientWebSocket.ConnectAsync` to the realtime URL; the wrong providers: two Azure Java SDK calls on a client another class of
// the project builds (read as unknown), a Ruby client that is a constructor parameter with an OpenAI default, labelled unknown).
// Tuned on since: 1.000 / 0.976 / 0.976 (same-origin paths, a curried wrapper, a v3 class field, the project's Azure Java builders, C#'s ConnectAsync).
describe('detection accuracy on public code: corpus 318', () => measureCorpus('heldout318', { precision: 1, recall: 0.97, provider: 0.97, minLabels: 42, minFiles: 36 }));

// 319 (owners I–Q, not tuned on): 26 files from 20 repositories; first run at 291516c: precision 1.000, recall 0.881, provider
// 0.865 (42 calls; missed: five async-openai calls on a `&Client<OpenAIConfig>` a Rust function is handed; the wrong providers:
// four ruby-openai calls on an Azure client labelled azure, read as unknown, one notebook call).
// Tuned on since: 1.000 / 1.000 / 0.976 (async-openai resources in a let and its vector stores, a Ruby method handing on another's client).
describe('detection accuracy on public code: corpus 319', () => measureCorpus('heldout319', { precision: 1, recall: 1, provider: 0.97, minLabels: 42, minFiles: 26 }));

// 320 (owners R–Z and digits, not tuned on): 30 files from 19 repositories; first run at 291516c: precision 1.000, recall 0.947,
// provider 1.000 (38 calls; missed: a `fetch(apiUrl)` of OpenRouter's models list through an environment helper's default, an
// Alamofire `AF.streamRequest` to a literal URL).
// Tuned on since: 1.000 / 1.000 / 1.000 (an environment helper's default URL, Alamofire's streamRequest).
describe('detection accuracy on public code: corpus 320', () => measureCorpus('heldout320', { precision: 1, recall: 1, provider: 1, minLabels: 38, minFiles: 30 }));

// The thirty-third round (the same brief, any owner, by kind; the fetch quota nearly spent, at most 22 repositories each).
// 321 (Python and JavaScript applications, not tuned on): 36 files from 18 repositories (two of them also in 322 and 323, other
// files); first run at 76209d2: precision 1.000, recall 0.952, provider 1.000 (42 calls; missed: two requests through a helper of
// another file handed an options object, `req({ base: "openAi", uri: "v1/chat/completions", method: "POST" })`).
describe('detection accuracy on public code: corpus 321', () => measureCorpus('heldout321', { precision: 1, recall: 0.95, provider: 1, minLabels: 42, minFiles: 36 }));

// 322 (other languages, not tuned on): 34 files from 18 repositories; first run at 76209d2: precision 1.000, recall 0.943,
// provider 0.939 (35 calls; missed: an openai-php client Laravel's container makes (`app('openai')->chat()->createStreamed(…)`), an
// Elixir Tesla module's `post("/chat/completions", …)` on its `Tesla.Middleware.BaseUrl`; the wrong providers: two Go requests
// through a helper of another file, labelled openai, read as unknown).
// Tuned on since: 1.000 / 0.971 / 0.941 (a Tesla BaseUrl given by a module attribute).
describe('detection accuracy on public code: corpus 322', () => measureCorpus('heldout322', { precision: 1, recall: 0.97, provider: 0.94, minLabels: 35, minFiles: 34 }));

// 323 (less common resources and hosts, not tuned on): 39 files from 24 repositories; first run at 76209d2: precision 1.000,
// recall 0.818, provider 0.972 (44 calls; missed: two Unity `new UnityWebRequest(API_URL, "POST")`, three legacy v3 calls on a client
// another file of the project exports (`createFineTune`, `createFile`, `listFineTunes`), a Dart `Uri.https(authority, '/v1/…')`, a Go
// generic helper of another package (`ht.Post[modRes](ctx, url, …)`), a Python post to `self.url` an Azure deployment path is
// joined into; the wrong provider: a client whose base is a local server literal, labelled other, read as unknown).
// Tuned on since: 1.000 / 1.000 / 0.977 (CommonJS named exports, UnityWebRequest, Dart's Uri.https, a slashless Azure path, a Go generic's lower-case type).
describe('detection accuracy on public code: corpus 323', () => measureCorpus('heldout323', { precision: 1, recall: 1, provider: 0.97, minLabels: 44, minFiles: 39 }));

// The thirty-fourth round (the same brief, by owner range; the fetch quota spent, at most 10 snapshots each, the other files copied
// from the search index's text at the commit it held, as each SOURCES.md says: a snapshot of a later head may not restore those).
// 324 (owners A–H, not tuned on): 30 files from 15 repositories; first run at 58b2915: precision 1.000, recall 0.857, provider
// 1.000 (35 calls; missed: two Python posts to a base from the environment joined with an Azure deployment path and more
// (`BASE_URL + '/openai/deployments/' + …`), three realtime SIP calls through the file's own helper handed a URL function's result
// (`makeOpenAIRequest(acceptUrl(callId), body)`)).
// Tuned on since: 1.000 / 0.914 / 1.000 (Python's explicit line joining).
describe('detection accuracy on public code: corpus 324', () => measureCorpus('heldout324', { precision: 1, recall: 0.91, provider: 1, minLabels: 35, minFiles: 30 }));

// 325 (owners I–Q, not tuned on): 22 files from 21 repositories; first run at f1caded: precision 0.946, recall 0.946, provider 1.000
// (37 calls; the two false positives are the two misses: a PHP class's own `$this->request($endpoint, $data)`, read as a library's
// `request()` GET instead of its helper's curl POST). Tuned on since (58b2915): 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 325', () => measureCorpus('heldout325', { precision: 1, recall: 1, provider: 1, minLabels: 37, minFiles: 22 }));

// 326 (owners R–Z and digits, not tuned on): 32 files from 19 repositories; first run at 58b2915: precision 0.935, recall 0.829,
// provider 1.000 (35 calls; missed: three calls of meinside/openai-go, a community Go SDK the detector does not know, a C# PostAsync to
// an interpolated Azure deployment URL; the two false positives are two label matters: a curl whose `-d` lines carry no line
// continuation, so that it runs as a GET (labelled POST, as the collector says it knew), and the billing usage GET labelled
// without the `/v1` the brief asks for).
// With its two label matters corrected: 1.000 / 0.886 / 1.000; tuned on since: 1.000 / 0.914 / 1.000 (a C# field read without `this.`);
// then 1.000 / 1.000 / 1.000 (meinside/openai-go, read from its source).
describe('detection accuracy on public code: corpus 326', () => measureCorpus('heldout326', { precision: 1, recall: 1, provider: 1, minLabels: 35, minFiles: 32 }));

// The thirty-fifth round (the same brief, any owner, by kind; at most 5 snapshots each, the other files copied from the search index's
// text; the look-up budget ran out before the collectors could check most licences, as their SOURCES.md say).
// 327 (Python and JavaScript applications, not tuned on): 36 files from 24 repositories; first run at b170804 (the detector of
// e66cd9c): precision 0.969, recall 1.000, provider 1.000 (31 calls; the false positive: a post of chat messages to the project's
// own `localhost:8002/chat/completions`, which the collector counts as a negative and says a detector could reasonably flag).
describe('detection accuracy on public code: corpus 327', () => measureCorpus('heldout327', { precision: 0.96, recall: 1, provider: 1, minLabels: 31, minFiles: 36 }));

// 328 (other languages, not tuned on): 31 files from 18 repositories; first run at b170804: precision 1.000, recall 0.667, provider
// 0.950 (30 calls; missed: five Go requests through another file's `post(ctx, "/v1/…", …)` helper of a client type, a Lua wrapper's
// `self:request('/chat/completions', payload)`, openai-dotnet's `GenerateSpeechAsync`, a community Rust crate (openai_chatgpt_api),
// a curl to `$AZURE_OPENAI_ENDPOINT/openai/deployments/…`, an Apache `new HttpPost(endpoint)` with the endpoint a parameter).
// Tuned on since: 1.000 / 0.733 / 0.955 (the .NET SDK under another file's global usings, a curl to a one-segment Azure deployment path);
// then 1.000 / 0.900 / 1.000 (a Go client type's request method of another file, reached through a field, on the base its file gives).
describe('detection accuracy on public code: corpus 328', () => measureCorpus('heldout328', { precision: 1, recall: 0.9, provider: 1, minLabels: 30, minFiles: 31 }));

// 329 (less common resources and hosts, not tuned on; three curl scripts of iamslash/openai-ex, three calls, are also in 328, the two
// collectors working at once; the round's figures count them once): 35 files from 23 repositories;
// first run at b170804: precision 0.971, recall 0.868, provider 1.000 (38 calls; missed: three `.http` requests through a variable
// whose value names others (`@apiUrl = {{baseUrl}}/api/{{version}}`), a Java HttpClient `.uri(URI.create(endpoint))` with the endpoint
// a constructor parameter; a Java `HttpURLConnection` labelled at `new URL(…)`, found at `url.openConnection()` the line after (a miss
// and a false positive)).
// Tuned on since: 0.972 / 0.921 / 1.000 (`.http` variables that name others).
describe('detection accuracy on public code: corpus 329', () => measureCorpus('heldout329', { precision: 0.97, recall: 0.92, provider: 1, minLabels: 38, minFiles: 35 }));

// The thirty-sixth round (the same brief, /work/staging/collect5.md: owners by range, fetched snapshots where the session's fetches
// allowed, the other files copied from the search index's text as each SOURCES.md says). Each first run at c441eba, before any change
// made for it.
// 330 (owners A–H, not tuned on): 30 files from 20 repositories; first run: precision 1.000, recall 1.000, provider 1.000 (33 calls).
describe('detection accuracy on public code: corpus 330', () => measureCorpus('heldout330', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 30 }));

// 331 (owners I–Q, not tuned on): 33 files from 29 repositories; first run: precision 1.000, recall 0.667, provider 1.000 (30 calls;
// missed: three go-openai calls on a client another file of the package returns (`c := NewClient()`), a Go client type's
// `c.request("POST", "/v1/…")` of another file, an oapi-codegen client, two openai-go services kept in interface-typed fields, an
// AudioClient named as a ChatClient of another method, two calls on a client a notebook builds after a misspelt import).
// Tuned on since: 1.000 / 0.867 / 1.000 (a go-openai client another file of the package returns; a name each method builds as its
// own .NET client; a bare `OpenAI(…)` after any import from the SDK).
describe('detection accuracy on public code: corpus 331', () => measureCorpus('heldout331', { precision: 1, recall: 0.86, provider: 1, minLabels: 30, minFiles: 33 }));

// 332 (owners R–Z and digits, not tuned on): 28 files from 17 repositories; first run: precision 1.000, recall 0.767, provider 1.000
// (30 calls; missed: four Go requests through another file's `c.Post(ctx, URL, body)` helper, a curl run through a variable, two
// Spring calls through a connector with the URL in configuration). Tuned on since: 1.000 / 0.833 / 1.000 (a Go helper whose context
// comes before the URL, when it posts, puts or patches: a `Get(ctx, …)` may be a cache's, as go-redis's is, so its GET stays missed);
// then recall 0.867 (a `Get(ctx, URL)` on a receiver named for no store).
describe('detection accuracy on public code: corpus 332', () => measureCorpus('heldout332', { precision: 1, recall: 0.86, provider: 1, minLabels: 30, minFiles: 28 }));

// The thirty-seventh round (the same brief, any owner, by kind), first runs at c441eba.
// 333 (Python and JavaScript applications, not tuned on): 34 files from 17 repositories; first run: precision 1.000, recall 1.000,
// provider 0.971 (35 calls; the wrong provider: a legacy call after one branch of the function sets `openai.api_type = "open_ai"` on a
// module another file configures for Azure, labelled azure, read as a run-time choice).
describe('detection accuracy on public code: corpus 333', () => measureCorpus('heldout333', { precision: 1, recall: 1, provider: 0.97, minLabels: 35, minFiles: 34 }));

// 334 (other languages, not tuned on): 27 files from 25 repositories; first run: precision 1.000, recall 0.697, provider 0.957 (33
// calls; missed: four Kotlin requests through another file's helper, two .NET calls on a client a method builds either way, the Dart
// package openai_dart, a Lua helper of another file, a Laravel post to a URL from configuration, an HTTParty post to a URL only read
// from the environment). Tuned on since: 1.000 / 0.788 / 0.962 (a .NET factory building either client; openai_dart).
describe('detection accuracy on public code: corpus 334', () => measureCorpus('heldout334', { precision: 1, recall: 0.78, provider: 0.96, minLabels: 33, minFiles: 27 }));

// 335 (less common resources and hosts, not tuned on): 31 files from 17 repositories; first run: precision 0.974, recall 0.927,
// provider 1.000 (41 calls; missed: a legacy v3 client another module exports under a name the prefilter does not know, a WebSocket
// to a URL an abstract base class keeps, the PHP SDK tectalic/openai; the false positive: a Python function's `url` read as another
// function's). Tuned on since: 1.000 / 0.927 / 1.000 (a Python function's own variables end with it).
describe('detection accuracy on public code: corpus 335', () => measureCorpus('heldout335', { precision: 1, recall: 0.92, provider: 1, minLabels: 41, minFiles: 31 }));

// The thirty-eighth round (the same brief; other languages by kind, and two owner ranges asked for repositories of several files),
// each first run at 1617d03, after rounds 36 and 37 were tuned on and before any change made for this one.
// 336 (other languages, not tuned on): 36 files from 16 repositories; first run: precision 1.000, recall 0.500, provider 1.000 (40
// calls; missed: five PowerShell calls through a module's `Invoke-OpenAIAPI -Uri (Get-OpenAIModelsURI)` whose files were not copied,
// four PowerShell requests to `"$($endpoint)chat/completions"` and `$endpoint + $route`, two Scala SDKs (sttp-openai, zio-openai), C++
// libcurl (C++ is not read), a C# file with the extension `.csharp`, three Guzzle posts on a client imported under another name).
// Tuned on since: 1.000 / 0.625 / 1.000 (PowerShell's `$($endpoint)` before a path; Guzzle by its alias).
describe('detection accuracy on public code: corpus 336', () => measureCorpus('heldout336', { precision: 1, recall: 0.62, provider: 1, minLabels: 40, minFiles: 36 }));

// 337 (owners A–M, not tuned on): 33 files from 15 repositories; first run: precision 1.000, recall 0.892, provider 0.879 (37 calls;
// missed: a ruby-openai client a Rails initializer keeps in a constant, a Go request built from options (`NewRequest(WithURL(…))`), two
// calls on a client a class is handed as another class's attribute; the wrong providers: four calls of an `AzureOpenAI` client
// pointed at a local emulator (`http://localhost:4041`), labelled azure by the brief's class rule, read as the local server it is).
// Tuned on since: 1.000 / 0.919 / 0.882 (a ruby-openai client a Rails initializer keeps in a constant).
describe('detection accuracy on public code: corpus 337', () => measureCorpus('heldout337', { precision: 1, recall: 0.91, provider: 0.88, minLabels: 37, minFiles: 33 }));

// 338 (owners N–Z and digits, not tuned on): 30 files from 16 repositories; first run: precision 1.000, recall 0.938, provider 1.000
// (32 calls; missed: Azure's AI Inference client (`@azure-rest/ai-inference`) posting to GitHub Models, a WordPress plugin's
// request through a helper of a file not copied).
describe('detection accuracy on public code: corpus 338', () => measureCorpus('heldout338', { precision: 1, recall: 0.93, provider: 1, minLabels: 32, minFiles: 30 }));

// The thirty-ninth round (the same brief, any owner, by kind), each first run at ce377f3, before any change made for it; not tuned on.
// 339 (other languages): 31 files from 18 repositories; first run: precision 1.000, recall 0.839, provider 0.962 (31 calls; missed: a Go
// helper that dials a Realtime WebSocket (`x/net/websocket` `cfg.DialContext`) with the URL its caller hands it, a Go helper
// `o.sendRequest("POST", "audio/speech", …)` on its own base, two Elixir functions posting to module-attribute URLs through `post/2`, a
// Ktor `pathUrl("v1/completions")` on a base another file sets; the wrong provider: a go-openai client from another package's
// factory, labelled unknown). Tuned on since (after round 41): 1.000 / 0.871 / 0.963 (a helper that puts its caller's path after a
// literal base); then provider 1.000 (thirty-second session: a client the project's other files hand in is unknown, with what they hand in its detail).
describe('detection accuracy on public code: corpus 339', () => measureCorpus('heldout339', { precision: 1, recall: 0.87, provider: 1, minLabels: 31, minFiles: 31 }));

// 340 (Python and JavaScript applications): 33 files from 16 repositories; first run: precision 1.000, recall 0.906, provider 0.966
// (32 calls; missed: an httpx post to an Azure API Management deployment path on a host in a variable, two SDK methods handed to
// the app's own `run_func(method, **params)`; the wrong provider: a client whose base a condition picks, labelled unknown).
// Tuned on since (after round 41): 1.000 / 0.969 / 0.968 (pyassorted's `run_func` among the wrappers that call what they are given).
describe('detection accuracy on public code: corpus 340', () => measureCorpus('heldout340', { precision: 1, recall: 0.96, provider: 0.96, minLabels: 32, minFiles: 33 }));

// 341 (less common resources and hosts): 31 files from 16 repositories; first run: precision 1.000, recall 0.919, provider 1.000
// (37 calls; missed: two Swift requests through a session manager handed URL constants of another type, an official .NET
// `ImageClient` in a Blazor page whose usings another file brings).
describe('detection accuracy on public code: corpus 341', () => measureCorpus('heldout341', { precision: 1, recall: 0.91, provider: 1, minLabels: 37, minFiles: 31 }));

// The fortieth round (the same brief), each first run at 2be1132, before any change made for it.
// 342 (owners A–H): 38 files from 15 repositories; first run: precision 1.000, recall 1.000, provider 1.000 (37 calls).
describe('detection accuracy on public code: corpus 342', () => measureCorpus('heldout342', { precision: 1, recall: 1, provider: 1, minLabels: 37, minFiles: 38 }));

// 343 (other languages, any owner): 39 files from 17 repositories; first run: precision 0.840, recall 0.636, provider 0.714 (33 calls;
// missed: libcurl in a C program (C was not read), openai_ex's module names before 0.6.0 (`ChatCompletion.create`), an openai-php client
// typed by the package's `ClientContract`, two Kotlin Retrofit annotations naming another file's top-level constants (labelled at the
// annotation; no copied file calls the service), two calls of a C# helper handed RestSharp's `Method.Post` (one a chat body to a URL from
// configuration), a Spring WebClient `.uri(…)` of a path from properties, a Lua `curl.post` to a configured endpoint in a plugin that also
// speaks Anthropic, a Swift `URLRequest` to a configured endpoint, a thread created on the project's own HTTParty wrapper class; the false
// positives: three Swift GETs read with another method's `url`, a PHP script's own `requestUrl($url, …)` read as Obsidian's fetch (a GET,
// and so a miss too); the wrong providers: five Ruby calls on that wrapper class, a post to `platform.openai.com`, read as another host's).
// Tuned on since: 1.000 / 0.818 / 1.000 (C and C++ read; openai_ex's old names; `ClientContract`; a PHP file's own function by its body;
// a name declared again is another variable; an instance of the project's HTTParty class; other hosts of openai.com; a C# helper given
// `Method.Post` and a chat body).
describe('detection accuracy on public code: corpus 343', () => measureCorpus('heldout343', { precision: 1, recall: 0.81, provider: 1, minLabels: 33, minFiles: 39 }));

// 344 (Python and JavaScript applications): 30 files from 20 repositories; first run: precision 1.000, recall 0.933, provider 1.000
// (30 calls; missed: two openai-edge calls in Deno functions on a client another file builds, imported from esm.sh's versioned path
// `https://esm.sh/v106/openai-edge@0.2.2`). Tuned on since: 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 344', () => measureCorpus('heldout344', { precision: 1, recall: 1, provider: 1, minLabels: 30, minFiles: 30 }));

// The forty-first round (the same brief), each first run at 2be1132, before any change made for it.
// 345 (owners I–R, several files a repository): 45 files from 16 repositories; first run: precision 1.000, recall 0.846, provider 0.909
// (39 calls; missed: four calls on the client a dependency-injection function typed `(): OpenAI` returns, an openai-java service a class
// keeps (`completionService = openAIClient.chat().completions()`), .NET's `WebRequest.Create(url)`; the wrong providers: a go-gpt3 client
// given to a package variable in `init`, read as handed in, and two calls on a client handed in as a parameter, labelled unknown by the
// brief's parameter rule, read as the project's only (default) client). Tuned on since: 1.000 / 1.000 / 0.949.
describe('detection accuracy on public code: corpus 345', () => measureCorpus('heldout345', { precision: 1, recall: 1, provider: 0.94, minLabels: 39, minFiles: 45 }));

// 346 (owners S–Z and digits): 31 files from 20 repositories; first run: precision 1.000, recall 0.806, provider 0.760 (31 calls; missed:
// a Go `httpx.GetJSON(url, …)` of another package, a Rust post to `env::var(…).unwrap_or_else(|_| DEFAULT_URL.to_string())`, MacPaw's
// client through another object's property, two `client.beta.chat.completions.parse` on a client imported from a package whose
// `__init__.py` is not copied, an httpx stream to a Python 3.12 f-string that reuses its quote; the wrong providers: four calls on that
// imported client (labelled openai from the package's module), an Azure client handed through a factory's tuple and three parameters,
// a C# client of a class no SDK has). Tuned on since: 1.000 / 1.000 / 0.710 (the calls found since on clients from elsewhere, unknown).
describe('detection accuracy on public code: corpus 346', () => measureCorpus('heldout346', { precision: 1, recall: 1, provider: 0.7, minLabels: 31, minFiles: 31 }));

// 347 (less common resources and hosts): 28 files from 21 repositories; first run: precision 1.000, recall 0.743, provider 0.962 (35 calls;
// missed: five calls of a snippet pasted from the v3 SDK's docs (`openai` never set), two Kotlin requests through another file's helper
// handed an endpoint constant, a Rust post to a URL a function picks by provider, a Guzzle request on a client the constructor may be
// handed; the wrong provider: Azure.AI.OpenAI's beta client built on a `Uri` variable). Tuned on since: 1.000 / 0.886 / 1.000.
describe('detection accuracy on public code: corpus 347', () => measureCorpus('heldout347', { precision: 1, recall: 0.88, provider: 1, minLabels: 35, minFiles: 28 }));

// The forty-second round (the same brief), each first run at 5364e30 (after the fortieth and forty-first rounds' changes), before any
// change made for it.
// 348 (other languages, requests through another file's client or helper): 38 files from 15 repositories (three files of chatwoot's
// `enterprise/` folder, under a licence of its own, were taken out before the first run); first run: precision 1.000, recall 0.821,
// provider 0.913 (28 calls; missed: a PHP module's `api_call($url, …)`, a Java `HttpRequest` to an abstract `getUri()` another class
// implements, Ruby's `Net::HTTP::Post.new("/v1/realtime/sessions")` on the host of the file's URI, an Elixir call through two helpers
// of other files, a curl written into a here-document and run with `eval`; the wrong providers: an openai-kotlin client a Koin module
// of the project builds with the default host, and a Dio client whose `BaseOptions` start on the next line). Tuned on since:
// 1.000 / 0.893 / 1.000.
describe('detection accuracy on public code: corpus 348', () => measureCorpus('heldout348', { precision: 1, recall: 0.89, provider: 1, minLabels: 28, minFiles: 38 }));

// 349 (owners A–M): 32 files from 19 repositories; first run: precision 1.000, recall 0.927, provider 1.000 (41 calls; missed: two
// calls of the Go library otiai10/openaigo (not read), a reqwest post to `Url::parse(&format!("{}", "https://…"))`). Tuned on since:
// 1.000 / 0.976 / 1.000 (otiai10/openaigo's map, from its source).
describe('detection accuracy on public code: corpus 349', () => measureCorpus('heldout349', { precision: 1, recall: 0.97, provider: 1, minLabels: 41, minFiles: 32 }));

// 350 (owners N–Z and digits): 28 files from 22 repositories; first run: precision 1.000, recall 0.970, provider 0.844 (33 calls;
// missed: a realtime-session `fetch` to a URL read from the environment (the endpoint labelled from the repository's env.example); the
// wrong providers: four calls of an openai-java client a constructor builds into `this.client`, read as handed in, and a go-openai
// client another file builds for DeepSeek). Tuned on since: 1.000 / 0.970 / 0.969.
describe('detection accuracy on public code: corpus 350', () => measureCorpus('heldout350', { precision: 1, recall: 0.96, provider: 0.96, minLabels: 33, minFiles: 28 }));

// The forty-third round (the same brief; the collectors' look-up budget ran out early, two corpora are of fewer repositories than
// asked), each first run at a79c9a6 (after the forty-second round's changes), before any change made for it.
// 351 (other languages): 28 files from 12 repositories (jackMort/ChatGPT.nvim, which corpus 353 also took, taken out before the first
// run); first run: precision 0.938, recall 0.517, provider 0.867 (29 calls; missed: discourse-ai's six requests (`Net::HTTP::Post.new
// (model_uri)` on a URI from a model record, a Faraday post to an endpoint from settings, helpers of the file handed `api_url:`),
// gptstudio's three httr2 requests built by helpers and `req_url_path_append(…)`, instructor_ex's two Req posts to `url(config)`, a
// Retrofit annotation (labelled at the annotation), a PowerShell `Invoke-RestMethod -Uri $endpoint` picked at run time; the false
// positive: a misspelt `/v1/audio/transcription` read as the path it is (and the labelled transcriptions missed); the wrong
// providers: two ruby-openai Responses calls on a client a constructor is handed, labelled unknown, read as the project's only
// default client). Not tuned on.
describe('detection accuracy on public code: corpus 351', () => measureCorpus('heldout351', { precision: 0.93, recall: 0.51, provider: 0.86, minLabels: 29, minFiles: 28 }));

// 352 (Python and JavaScript applications): 28 files from 15 repositories; first run: precision 1.000, recall 0.871, provider 0.963
// (31 calls; missed: two calls of the community package openai-api (`openai.complete({ engine })`, not read), two requests of a FuelIX
// SDK to `f"{client.base_url}/threads/runs"` on a client handed in; the wrong provider: a Django service's default client, labelled
// unknown as one it may be handed). Not tuned on until the next session, which read openai-api's methods from its source: 1.000 /
// 0.935 / 0.966.
describe('detection accuracy on public code: corpus 352', () => measureCorpus('heldout352', { precision: 1, recall: 0.87, provider: 0.96, minLabels: 31, minFiles: 28 }));

// 353 (less common resources and hosts): 32 files from 9 repositories; first run: precision 0.941, recall 0.471, provider 1.000 (34
// calls; missed: chatGPTBox's requests through its `fetchSSE` and through a helper that puts its own path after the base its caller
// hands (six), aichat's six Rust requests labelled at `RequestData::new(url, body)` (the send is in a file not copied), vim-ai's two
// through the class's `_openai_request(url, …)` with the URL from options, ChatGPT.nvim's three Lua curl runs through helpers, a
// Groq SDK call (labelled other as OpenAI-shaped); the false positive: a Bedrock `${this.baseUrl}${modelName}/invoke` fetch with a
// chat body). Tuned on since: 1.000 / 0.647 / 1.000 (`fetchSSE`; a helper that puts its path after its caller's base; a template with
// a path after two placeholders is no body-shaped request).
describe('detection accuracy on public code: corpus 353', () => measureCorpus('heldout353', { precision: 1, recall: 0.64, provider: 1, minLabels: 34, minFiles: 32 }));

// The forty-fourth round (the twenty-ninth session's first), every first run at 6c19616.
// 354 (owners A–L, Python and JavaScript applications whose client one module builds for others): 33 files from 12 repositories;
// first run: precision 1.000, recall 0.914, provider 1.000 (35 calls; missed: a client a module exports as the promise of an async
// IIFE, `await openai`; two httpx requests on a proxy's `…/openai/v1` base, `/files` (not read on another host) and a base cut with
// `rsplit('/chat', 1)[0]`). Tuned on since: 1.000 / 0.943 / 1.000 (`/v1/files` under an OpenAI-compatible base).
describe('detection accuracy on public code: corpus 354', () => measureCorpus('heldout354', { precision: 1, recall: 0.94, provider: 1, minLabels: 35, minFiles: 33 }));

// 355 (other languages, at most three repositories of one): 36 files from 16 repositories; first run: precision 1.000, recall 0.524,
// provider 0.818 (42 calls; missed: three Rust hyper requests whose URL and verb are set through `uri_mut()`/`method_mut()`, four PHP
// requests through a class of another file, two Lua plenary requests to a URL from Neovim settings, an openai-cpp call, Methanol's
// `MutableRequest.POST`, Betalgo's `ChatCompletion.Create`, two Elixir Finch requests to a URL in a variable, openai.ex inside the
// app's `defmodule …OpenAI`, a Dart Azure getter's URL, a curl run through `eval`, Alamofire's `self.baseURL + "completions"`, two
// Dart requests to a base another file declares; the wrong providers: four Dart requests on that base). Tuned on since: 1.000 / 0.738
// / 1.000 (all but the Rust, PHP, Lua, C++ and shell ones); then 1.000 / 0.762 / 1.000 (openai-cpp's methods, read from its source).
describe('detection accuracy on public code: corpus 355', () => measureCorpus('heldout355', { precision: 1, recall: 0.76, provider: 1, minLabels: 42, minFiles: 36 }));

// 356 (owners M–Z and digits, less common resources and hosts): 30 files from 16 repositories; first run: precision 1.000, recall
// 0.757, provider 0.893 (37 calls; missed: four calls of course exercises that build `OpenAI(…)` and import nothing, four R httr2
// requests through a helper of the file, a realtime WebSocket whose URL is given as `uri=uri`; the wrong providers: a legacy
// method's own `api_type = "openai"` beside another's Azure settings, two Azure.AI.OpenAI calls on a client a target-typed `new(…)`
// builds). Tuned on since: 1.000 / 0.865 / 1.000; then 1.000 / 0.892 / 1.000 (the WebSocket's `uri=uri`).
describe('detection accuracy on public code: corpus 356', () => measureCorpus('heldout356', { precision: 1, recall: 0.89, provider: 1, minLabels: 37, minFiles: 30 }));

// The forty-fifth round, every first run at 6c19616.
// 357 (owners M–Z and digits, Python and JavaScript applications): 30 files from 15 repositories; first run: precision 1.000, recall
// 0.879, provider 0.862 (33 calls; missed: two calls on a parameter `OPENAI` in a file that takes only `toFile` from the SDK, an Azure
// speech URL a method returns in a tuple, DeepSeek's `/models` at its root base; the wrong providers: clients handed in where the
// project builds only default ones, labelled unknown by the brief's rule). Tuned on since: 1.000 / 0.939 / 0.806 (the first two; their
// providers, read as the project's default clients, are labelled unknown).
describe('detection accuracy on public code: corpus 357', () => measureCorpus('heldout357', { precision: 1, recall: 0.93, provider: 0.8, minLabels: 33, minFiles: 30 }));

// 358 (other languages, at most two repositories of one): 27 files from 19 repositories; first run: precision 0.952, recall 0.667,
// provider 0.900 (30 calls; missed: three Lua requests through another file's helper, an Elixir one through the project's `OpenAI.API`,
// a Dart request to a URL from dotenv, a Go request through an interface's `Do`, an azure-ai-openai method on the line after its
// client, two async-openai `…_byot` calls, an R httr2 request piped from its variable on a later line (read as a GET: the false
// positive)). Tuned on since: 1.000 / 0.800 / 0.917 (the last three kinds).
describe('detection accuracy on public code: corpus 358', () => measureCorpus('heldout358', { precision: 1, recall: 0.8, provider: 0.91, minLabels: 30, minFiles: 27 }));

// 359 (owners A–L, less common resources, Azure and compatible hosts): 28 files from 14 repositories (a fifteenth, already in corpus
// 219, removed before the first run); first run: precision 1.000, recall 0.927, provider 0.921 (41 calls; missed: two axios calls
// whose verb starts the line after the instance's name, a curl to `"$URL"` set from another variable; the wrong providers: three legacy
// Azure calls on settings read from the environment). Tuned on since: 1.000 / 0.976 / 0.925.
describe('detection accuracy on public code: corpus 359', () => measureCorpus('heldout359', { precision: 1, recall: 0.97, provider: 0.92, minLabels: 41, minFiles: 28 }));

// The forty-sixth round, every first run at f3f5eb2 (the collectors' look-up budget ran short: 362 holds 17 calls).
// 360 (owners A–M, repositories whose client or helper one file builds for others): 38 files from 15 repositories; first run:
// precision 1.000, recall 0.912, provider 0.903 (34 calls; missed: a ruby-openai client a Rails initializer keeps in a constant, an
// OpenRouter client imported under a path whose letter case differs from its file's, an openai-dotnet ChatClient from a property in
// a file with no `using OpenAI`; the wrong providers: a Spring-injected client labelled by the project's one bean, a Go parameter
// labelled unknown by the brief's rule). Not tuned on.
describe('detection accuracy on public code: corpus 360', () => measureCorpus('heldout360', { precision: 1, recall: 0.91, provider: 0.9, minLabels: 34, minFiles: 38 }));

// 361 (owners N–Z and digits, Python and JavaScript of every kind): 28 files from 16 repositories; first run: precision 1.000, recall
// 0.710, provider 1.000 (31 calls; missed: four calls on clients a factory picks from Azure or OpenAI by configuration, a client from a
// connection manager's pool, two images requests through the file's helpers that put the path after the configured base, a client a
// class keeps in a static field read through the class, an embeddings call on a factory imported as `client`). Tuned on since:
// 1.000 / 0.742 / 1.000 (the static field); then 1.000 / 0.806 / 1.000 (two calls on what a function of the project's module
// named for OpenAI returns, where the index cannot follow it).
describe('detection accuracy on public code: corpus 361', () => measureCorpus('heldout361', { precision: 1, recall: 0.8, provider: 1, minLabels: 31, minFiles: 28 }));

// 362 (other languages, at most two repositories of one): 21 files from 14 repositories; first run: precision 0.900, recall 0.529,
// provider 0.889 (17 calls; missed: two Rust requests through the file's helper to `format!("{API_URL}:{port}/v1/…")`, a Lua request
// through the module's curl helper, a Retrofit method labelled at its annotation, two PowerShell requests (a splatted table's quoted
// keys; a verb in a variable, read as a GET: the false positive), a Dart chat_gpt_sdk call, a Java request through another file's
// helper; the wrong provider: a Go client from configuration labelled openai). Tuned on since: 1.000 / 0.647 / 0.909 (the PowerShell
// ones; a port after the base's placeholder, read where the URL is sent directly).
describe('detection accuracy on public code: corpus 362', () => measureCorpus('heldout362', { precision: 1, recall: 0.64, provider: 0.9, minLabels: 17, minFiles: 21 }));

// The forty-seventh round, both first runs at c4e1909 (the session's look-up budget ran out: two corpora).
// 363 (any owner, Python and JavaScript applications and scripts): 34 files from 17 repositories; first run: precision 1.000, recall
// 1.000, provider 1.000 (33 calls). Not tuned on.
describe('detection accuracy on public code: corpus 363', () => measureCorpus('heldout363', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 34 }));

// 364 (other languages, at most two repositories of one): 20 files from 15 repositories; first run: precision 1.000, recall 0.750,
// provider 1.000 (24 calls; missed: a curl command built in a Lua string and run later, a Guzzle post to a URL a constructor is
// handed, a Swift request object built here and sent by another file's service, a Spring RestTemplate post to an `@Value` field read
// as `apiURL!!`, C#'s `PostAsync("", …)` on a client whose BaseAddress is the endpoint, chatgpt_rs's `send_message` on a tuple's
// conversation). Tuned on since: 1.000 / 0.792 / 1.000 (the C# one); then 1.000 / 0.833 / 1.000 (the Lua one: a command written in
// pieces, kept in a name `vim.fn.jobstart` is handed, read for round 48's corpus 366).
describe('detection accuracy on public code: corpus 364', () => measureCorpus('heldout364', { precision: 1, recall: 0.83, provider: 1, minLabels: 24, minFiles: 20 }));

// The forty-eighth round (the thirtieth session's first), all three first runs at b0277b9; the collectors' fetches ran short
// (several repositories had no snapshot): 86 calls, precision 1.000, recall 0.744, provider 0.953.
// 365 (owners A–L, Python and JavaScript applications): 17 files from 6 repositories; first run: precision 1.000, recall 0.850,
// provider 1.000 (20 calls; missed: a client chosen between Ollama and Groq by a conditional over lines, `const aiClient = AI_PROVIDER
// === 'ollama' ? new OpenAI({…}) : new OpenAI({…})`, and two calls on `self.client = azure_openai.client` in a file with merge-conflict
// markers, `azure_openai` a module global another module sets to None and app.py fills). Tuned on since: 1.000 / 0.900 / 1.000
// (clients chosen by a conditional, in JavaScript and Python). Thirty-second session: 1.000 / 1.000 / 0.900 (the two calls on
// `self.client` found as chat completions on a client the class is handed, read as unknown where the label follows it to Azure).
describe('detection accuracy on public code: corpus 365', () => measureCorpus('heldout365', { precision: 1, recall: 1, provider: 0.9, minLabels: 20, minFiles: 17 }));

// 366 (owners M–Z, other languages): 26 files from 12 repositories (with a file moved from 367, whose collector copied the same two
// repositories); first run: precision 1.000, recall 0.741, provider 1.000 (27 calls; missed: two calls of the Rust crate
// openai_api_rust, `openai.chat_completion_create(&body)`, a curl command a Lua string holds in pieces and `vim.fn.jobstart` runs,
// openai-kotlin's `OpenAIHelper.openAI.chatCompletion(…)` on an object's property, two Laravel posts to `$this->getChatEndpoint()`
// an abstract method each provider class answers, a Spring WebClient GET to a URL read whole from configuration). Tuned on since:
// 1.000 / 0.889 / 1.000 (openai_api_rust's ten request methods; the Lua curl; the object's property).
describe('detection accuracy on public code: corpus 366', () => measureCorpus('heldout366', { precision: 1, recall: 0.88, provider: 1, minLabels: 27, minFiles: 26 }));

// 367 (any owner, less common resources and destinations): 27 files from 14 repositories; first run: precision 1.000, recall
// 0.692, provider 0.889 (39 calls; missed: four RestTemplate requests to `properties.getBaseUrl() + "/batches"` and the like in a
// class named OpenAiClientImpl, two axios requests to `${cleanBaseUrl}${apiPath}` with the path a conditional of two literals,
// three DALL·E requests through a Swift network layer of the project, three axios requests of another file's instance to a static
// `basePath`; the wrong provider: three Sora video requests on an `/openai/v1/` path under an endpoint from the environment, with no
// api-version, labelled azure, which the collector doubted: the brief's rule reads them unknown). Tuned on since: 1.000 / 0.846 /
// 0.909 (a class named for OpenAI makes its bases' resources OpenAI's; a path after a base goes on with an id; a path a name holds
// filled in after a base; Java's, C#'s, Kotlin's, Dart's and Scala's method variables are their method's). Then 1.000 / 0.795 / 0.903
// after the session's review: one segment (`/batches`, `/files`) only on a base whose own name says OpenAI, not a class's.
describe('detection accuracy on public code: corpus 367', () => measureCorpus('heldout367', { precision: 1, recall: 0.79, provider: 0.9, minLabels: 39, minFiles: 27 }));

// The forty-ninth round, all three first runs at 8735f87 (round 48's tuning): 101 calls, precision 1.000, recall 0.792, provider 0.950.
// 368 (owners M–Z, Python and JavaScript applications): 25 files from 15 repositories; first run: precision 1.000, recall 1.000,
// provider 1.000 (33 calls). Not tuned on.
describe('detection accuracy on public code: corpus 368', () => measureCorpus('heldout368', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 25 }));

// 369 (owners A–L, other languages): 27 files from 14 repositories; first run: precision 1.000, recall 0.600, provider 0.778 (30 calls;
// missed: two libcurl requests to URL constants a header the C++ file includes declares, three calls of a C program's libcurl wrappers
// (`curlHttpPostJSON("https://api.openai.com/…")`, their file not copied), a Volley request with its verb and URL over lines, five Ktor
// requests on a client an `object` of another file builds with a `defaultRequest` base, read through Kotlin context receivers, a
// go-openai call on a client another file's function returns in a file that imports no SDK; the wrong providers: two Retrofit services
// whose Java builder is made with `new` on A4F's OpenAI-compatible base, a ruby-openai client an `if` assigns, the Ktor base). Tuned on
// since: 1.000 / 0.800 / 0.958 (a header's URL constants, the wrappers, Volley over lines, Retrofit's `new` builder and another
// provider's base, the Ruby `if`; and a libcurl MIME post is a POST). Then 1.000 / 0.900 / 0.852: three of the Ktor requests found, a
// path without its slash, `threads/${threadId.id}/runs`, beside the same client's OpenAI path (their destination unknown: the
// `defaultRequest` base of the other file is not read; the other two send GETs to POST endpoints).
describe('detection accuracy on public code: corpus 369', () => measureCorpus('heldout369', { precision: 1, recall: 0.9, provider: 0.85, minLabels: 30, minFiles: 27 }));

// 370 (any owner, less common resources and destinations): 25 files from 13 repositories; first run: precision 1.000, recall 0.763,
// provider 1.000 (38 calls; missed: six calls of the Java SDK ralscha/openai4j, `client.audio.transcriptionsCreate(…)`, two .NET calls on
// `var client = GetImageClient()`, a method returning the scenario client of an AzureOpenAIClient built target-typed, a reqwest post to
// `format!("{}{}", llm_host, llm_path)` of two parameters). Tuned on since: 1.000 / 0.974 / 1.000 (openai4j's 74 methods mapped from
// its Feign interfaces at f75a644; the .NET factory method and each method's own `var client`).
describe('detection accuracy on public code: corpus 370', () => measureCorpus('heldout370', { precision: 1, recall: 0.97, provider: 1, minLabels: 38, minFiles: 25 }));

// The fiftieth round, all three first runs at 4b0b8aa (round 49's tuning): 82 calls, precision 0.987, recall 0.915, provider 0.853.
// 371 (any owner, Python and JavaScript applications): 26 files from 12 repositories; first run: precision 1.000, recall 1.000, provider
// 1.000 (33 calls). Not tuned on.
describe('detection accuracy on public code: corpus 371', () => measureCorpus('heldout371', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 26 }));

// 372 (any owner, other languages; the collector's fetches ran short): 20 files from 13 repositories; first run: precision 0.933,
// recall 0.737, provider 1.000 (19 calls; missed: three calls of the Java SDK Grt1228/chatgpt-java (`com.unfbx`, `v2.chatCompletion(…)`),
// a plenary.curl post to the base of a provider a setting picks, a C# request through a helper of another file not copied; the false
// positive: chatgpt_rs 0.x driving ChatGPT's web app with a session token). Tuned on since: 1.000 / 0.737 / 1.000 (that web API); then
// 1.000 / 0.895 / 1.000 (chatgpt-java's 57 methods mapped from its OpenAiClient and OpenAiApi at a105435).
describe('detection accuracy on public code: corpus 372', () => measureCorpus('heldout372', { precision: 1, recall: 0.89, provider: 1, minLabels: 19, minFiles: 20 }));

// 373 (any owner, clients and helpers of other files, destinations decided by configuration): 35 files from 12 repositories; first
// run: precision 1.000, recall 0.933, provider 0.607 (30 calls; missed: an embeddings call on a parameter named `EmbeddingClient`, a
// realtime client a config helper returns; the wrong providers: four openai-java calls on a client Spring injects, labelled openai by
// the project's one `@Bean` with no base URL where the brief's rule (and corpora 338 and 345) read a handed-in client as unknown, six
// on a parameter typed `AzureOpenAI` labelled unknown where the type says Azure, an OpenRouter base a config module's object holds).
// Not tuned on (the labels disagree with the brief's rule or the type).
describe('detection accuracy on public code: corpus 373', () => measureCorpus('heldout373', { precision: 1, recall: 0.93, provider: 0.6, minLabels: 30, minFiles: 35 }));

// Round 51 (the thirty-first session), each corpus collected under /work/staging/collect5.md and first run at 6d24657, before any change made for it.
// 374 (any owner, Python and JavaScript applications): 31 files from 14 repositories; first run: precision 0.975, recall 0.975,
// provider 1.000 (40 calls; the miss and the false positive are one request: a `fetch(url)` whose URL a ternary picks between
// `/v1/containers/{id}/files/{id}/content` and `/v1/container-files/{id}/content`, no path of the API, read as the second).
// Tuned on since: 1.000 / 1.000 / 1.000 (a ternary's branch that is no path of the API gives way to the other's).
describe('detection accuracy on public code: corpus 374', () => measureCorpus('heldout374', { precision: 1, recall: 1, provider: 1, minLabels: 40, minFiles: 31 }));

// 375 (any owner, other languages; the collector's fetches ran short): 21 files from 9 repositories; first run: precision 1.000,
// recall 0.870, provider 1.000 (23 calls; missed: a go-openai client a method of the file returns, `c := g.connect()`, two PHP cURL
// requests to `$CFG['or_endpoint']`, an array entry a settings helper fills with an OpenRouter default). Tuned on since:
// 1.000 / 1.000 / 1.000 (a Go method declared returning the client; PHP configuration arrays, `CURLOPT_URL =>` a variable,
// `env()`/`config()` and `?:` defaults).
describe('detection accuracy on public code: corpus 375', () => measureCorpus('heldout375', { precision: 1, recall: 1, provider: 1, minLabels: 23, minFiles: 21 }));

// 376 (any owner, less common resources and destinations, clients of other files): 35 files from 12 repositories; first run:
// precision 1.000, recall 0.909, provider 0.875 (44 calls; missed: two `openai.AzureOpenAI(…)` clients whose `openai` a module of the
// project hands on (`from .lazy_imports import openai`), an Azure realtime WebSocket at `{endpoint}/openai/realtime?api-version=…`,
// and an Azure AI Inference SDK call (`ChatCompletionsClient.complete`, which corpora 23, 105 and 161 leave unlabelled as another SDK;
// not read); the wrong providers: five Assistants calls on a client the project's index.ts hands in, `new OpenAI()`, read as openai
// where the brief's rule labels a client handed in from another file unknown). Tuned on since: 1.000 / 0.977 / 0.884; then provider
// 0.977 (thirty-second session: a client the project's other files hand in is unknown, with what they hand in its detail).
describe('detection accuracy on public code: corpus 376', () => measureCorpus('heldout376', { precision: 1, recall: 0.97, provider: 0.97, minLabels: 44, minFiles: 35 }));

// Round 52 (the thirty-first session), first run at 7f53430, before any change made for it. The collectors' fetches ran short
// (snapshots missing, a repository over the size limit, most candidates already used): 11 to 13 repositories each.
// 377 (any owner, Python and JavaScript applications): 26 files from 12 repositories; first run: precision 1.000, recall 1.000,
// provider 0.938 (32 calls; the wrong providers: two calls on `openai_client = async_client`, another name for an OpenRouter client
// imported from the project's app/client.py, read as unknown). Tuned on since: 1.000 / 1.000 / 1.000 (another name given once at the
// module's level for a client the file has).
describe('detection accuracy on public code: corpus 377', () => measureCorpus('heldout377', { precision: 1, recall: 1, provider: 1, minLabels: 32, minFiles: 26 }));

// 378 (any owner, other languages): 25 files from 11 repositories; first run: precision 1.000, recall 0.690, provider 0.800 (29 calls;
// missed: six httr2 requests a URL is piped into (`"https://…/v1/assistants" |> httr2::request()`, a glued URL, a variable), an
// openai-kotlin client used where it is built (`OpenAI(token = key, …).moderations(…)` over lines), a plenary.curl post to
// `providerOpts.base_url .. '/chat/completions'`, a Spring RestClient to Gemini's OpenAI-compatible `/models` (not read); the wrong
// providers: four openai-kotlin calls on a client whose construction the published file elides (`....`), labelled unknown, read as
// the file's default build). Tuned on since: 1.000 / 0.966 / 0.857.
describe('detection accuracy on public code: corpus 378', () => measureCorpus('heldout378', { precision: 1, recall: 0.96, provider: 0.85, minLabels: 29, minFiles: 25 }));

// 379 (any owner, clients, bases and helpers of other files, less common resources): 36 files from 13 repositories; first run:
// precision 1.000, recall 0.725, provider 0.931 (40 calls; missed: five wretch requests (`wretch(url).auth(…).post(params)`), three
// Assistants calls on a camel-case parameter (`openApiClient.beta.threads…`) in files that import no SDK, two Dart requests to
// `endPoint("images/generations")`, a URL function of another file (not read), a Go request through the file's own helper given a
// field (not read); the wrong providers: two openai-java calls on a Spring-injected client labelled openai, as in 373). Tuned on
// since: 1.000 / 0.925 / 0.946.
describe('detection accuracy on public code: corpus 379', () => measureCorpus('heldout379', { precision: 1, recall: 0.92, provider: 0.94, minLabels: 40, minFiles: 36 }));

// Round 53 (the thirty-first session), first run at db447d4, before any change made for it; the collectors' fetches ran short again
// (11 repositories each).
// 380 (any owner, Python and JavaScript applications): 27 files from 11 repositories; first run: precision 0.929, recall 0.929,
// provider 0.808 (28 calls; the false positives and four wrong providers are one file's provider classes, each setting its own
// `self.base_url` (OpenAI, Groq, Together, Hugging Face, Anthropic), all read as the first's; missed: aiohttp posts to a constant
// another module builds with an f-string (`f'{OPENAI_BASE_URL}/embeddings'`), a GET to a constant `from config.constants import *`
// brings, in a file the prefilter passes over; the other wrong provider: an AsyncOpenAI base from that star import). Tuned on since:
// 1.000 / 0.964 / 1.000.
describe('detection accuracy on public code: corpus 380', () => measureCorpus('heldout380', { precision: 1, recall: 0.96, provider: 1, minLabels: 28, minFiles: 27 }));

// 381 (any owner, other languages): 25 files from 11 repositories; first run: precision 1.000, recall 0.640, provider 1.000 (25 calls;
// missed: five PHP calls of the class's own `sendRequest('POST', 'threads')` on a Guzzle client whose `base_uri` the constructor sets,
// two Kotlin Retrofit annotations labelled where they are declared (the calls are in a file not copied), two Dart calls on a Dio a
// function of another file builds). Tuned on since (thirty-second session): 1.000 / 0.840 / 1.000 (the five `sendRequest` calls).
describe('detection accuracy on public code: corpus 381', () => measureCorpus('heldout381', { precision: 1, recall: 0.84, provider: 1, minLabels: 25, minFiles: 25 }));

// 382 (any owner, less common resources and destinations): 25 files from 11 repositories; first run: precision 1.000, recall 0.615,
// provider 1.000 (26 calls; missed: three realtime connections through the SDK's resource class made on a client
// (`AsyncRealtime(a_oa).connect(…)`), two Azure realtime WebSockets of the rtclient library (`RTLowLevelClient(…).connect()`), an Azure
// `/openai/models` listing, an Azure preview `/openai/realtimeapi/sessions`, two browser requests to URLs read from the environment,
// an Obsidian `requestUrl` to a base and a path constant joined in a template). Tuned on since: 1.000 / 0.769 / 1.000.
describe('detection accuracy on public code: corpus 382', () => measureCorpus('heldout382', { precision: 1, recall: 0.76, provider: 1, minLabels: 26, minFiles: 25 }));

// Round 54 (the thirty-first session), first run at 8b54894, before any change made for it.
// 383 (any owner, Python and JavaScript applications): 26 files from 13 repositories; first run: precision 1.000, recall 0.750,
// provider 1.000 (32 calls; missed: three calls of a v4 client a class keeps under its v3 name (`this.openAIApi.chat.completions…`),
// four legacy calls through the module kept as a class attribute (`framework = openai`, read as `self.__class__.framework…` and through
// another object), an axios post to a URL read from the environment). Tuned on since: 1.000 / 0.906 / 1.000.
describe('detection accuracy on public code: corpus 383', () => measureCorpus('heldout383', { precision: 1, recall: 0.9, provider: 1, minLabels: 32, minFiles: 26 }));

// 384 (any owner, other languages; the collector's fetches ran short): 23 files from 11 repositories; first run: precision 1.000,
// recall 0.722, provider 1.000 (18 calls; missed: an Alamofire request to a Swift type's stored property (`self.baseUrl`), a go-openai
// call on a field holding the app's clients (`app.OpenAIClients`), two Lua curl argument lists whose URL is a variable, a Java request
// to a URI a method picks by a switch). Tuned on since: 1.000 / 0.833 / 0.933.
describe('detection accuracy on public code: corpus 384', () => measureCorpus('heldout384', { precision: 1, recall: 0.83, provider: 0.93, minLabels: 18, minFiles: 23 }));

// 385 (any owner, clients and helpers of other files, less common resources): 43 files from 14 repositories; first run: precision
// 1.000, recall 0.721, provider 0.806 (43 calls; missed: six calls on `openAI()`, an arrow of another module returning the client
// it keeps, in files that also import the SDK for its types, two image calls cast in place (`(getOpenAI().images.generate as any)(…)`),
// a vector store's file and file-batch calls on a client handed in, two Retrofit calls to OpenRouter's `api/v1/…` paths; the wrong
// providers: three Assistants calls on a client index.ts hands in (the detector follows it to `new OpenAI()`), an Azure.AI.OpenAI
// client a constructor is given, a vector store made on a client handed in that the project's one caller builds (labelled unknown)).
// Tuned on since: 1.000 / 0.907 / 0.795 (the vector store's two file calls found read as that caller's client too, labelled unknown);
// then provider 0.897 (thirty-second session: a client the project's other files hand in is unknown, with what they hand in its detail).
describe('detection accuracy on public code: corpus 385', () => measureCorpus('heldout385', { precision: 1, recall: 0.9, provider: 0.89, minLabels: 43, minFiles: 43 }));

// Round 55 (the thirty-first session), first run at b550efd, before any change made for it.
// 386 (any owner, Python and JavaScript, less plain styles): 39 files from 12 repositories; first run: precision 1.000, recall 0.932,
// provider 0.976 (44 calls; missed: two calls on a client a project class keeps (`self.client.client.chat…`, built by its own method),
// a Node `https.request(options)` to DeepSeek's host with a root path; the wrong provider: a Helicone proxy in front of Azure, labelled
// azure, read as the proxy's host). Tuned on since (thirty-second session): 1.000 / 0.977 / 0.977 (the two `self.client.client` calls).
describe('detection accuracy on public code: corpus 386', () => measureCorpus('heldout386', { precision: 1, recall: 0.97, provider: 0.97, minLabels: 44, minFiles: 39 }));

// 387 (any owner, other languages): 24 files from 12 repositories; first run: precision 0.824, recall 0.538, provider 1.000 (26 calls;
// the three false positives and three of the misses are one shape: a Lua request pool's `pool:Request(LINK, data, …)` read as a GET;
// missed: six hayeah/goo `oai.JSON("GET", "/assistants")`/`ai.SSE(…)` calls on a client another file builds, a Go request to a URL a
// YAML file configures, a Laravel Http client the class keeps with `->baseUrl(self::API_URL)`, a Python call a bash heredoc writes out).
// Tuned on since: 1.000 / 0.692 / 1.000.
describe('detection accuracy on public code: corpus 387', () => measureCorpus('heldout387', { precision: 1, recall: 0.69, provider: 1, minLabels: 26, minFiles: 24 }));

// 388 (any owner, clients and helpers of other files, less common resources): 31 files from 12 repositories; first run: precision
// 1.000, recall 0.778, provider 1.000 (27 calls; missed: two Python calls through a helper class of another file given its endpoint
// (`OpenAIClient(endpoint=f'{OPENAI_HOST}/v1/…').call(…)`), two Dart requests to a `Uri(host: Constants.openAIHost, path: …)` of another
// file, a Spring RestClient whose base a properties file sets, an axios instance of another file posted to with an empty path in a Vue
// file). Not tuned on: 1.000 / 0.778 / 1.000.
describe('detection accuracy on public code: corpus 388', () => measureCorpus('heldout388', { precision: 1, recall: 0.77, provider: 1, minLabels: 27, minFiles: 31 }));

// Round 56 (the thirty-second session), first run at 84a38c8, before any change made for it.
// 389 (any owner, Python and JavaScript applications): 34 files from 12 repositories; first run: precision 1.000, recall 1.000,
// provider 0.778 (36 calls; the wrong providers: five Assistants calls on a client index.ts hands in (the detector follows it to the
// project's one caller, `new OpenAI()`; labelled unknown), two clients a React handler builds as a `const` in each branch of an `if`
// (read as one name built two ways), an Azure client a method is handed (labelled azure by the file's one caller that hands one)).
// Tuned on since: 1.000 / 1.000 / 0.833 (a `const` is its block's own); then provider 0.944 (thirty-second session: a client the project's other files hand in is unknown, with what they hand in its detail).
describe('detection accuracy on public code: corpus 389', () => measureCorpus('heldout389', { precision: 1, recall: 1, provider: 0.94, minLabels: 36, minFiles: 34 }));

// 390 (any owner, other languages): 27 files from 12 repositories; first run: precision 1.000, recall 0.893, provider 1.000 (28 calls;
// missed: a RestSharp `new RestRequest("", Method.Post)` on a RestClient given a whole endpoint URL, a Kotlin Retrofit annotation
// labelled where it is declared, a Go request to a URL read from the environment). Tuned on since: 1.000 / 0.929 / 1.000 (RestSharp's
// literal bases).
describe('detection accuracy on public code: corpus 390', () => measureCorpus('heldout390', { precision: 1, recall: 0.92, provider: 1, minLabels: 28, minFiles: 27 }));

// 391 (any owner, clients and helpers of other files, less common resources and destinations): 18 files from 9 repositories; first
// run: precision 1.000, recall 0.955, provider 0.952 (22 calls; missed: a call on a client attribute a constructor is handed, in a file
// that imports nothing of the SDK; the wrong provider: a client handed in that the project's other files build only with OpenAI's
// default base, labelled unknown). Tuned on since: 1.000 / 1.000 / 0.955 (chat completions sent with `messages` on a client attribute a
// class is handed, in a file importing nothing of the SDK, read as unknown).
describe('detection accuracy on public code: corpus 391', () => measureCorpus('heldout391', { precision: 1, recall: 1, provider: 0.95, minLabels: 22, minFiles: 18 }));

// 392 (any owner, Python and JavaScript, less plain styles): 25 files from 12 repositories; first run: precision 1.000, recall 0.895,
// provider 0.912 (38 calls; missed: four Assistants calls on a client kept as a member of another module's default-exported object
// (`aiUtils.openai.beta.threads.create()`); the wrong providers: three calls on a client NestJS injects, whose factory builds it with
// OpenAI's default base (labelled unknown)). Tuned on since: 1.000 / 1.000 / 0.921.
describe('detection accuracy on public code: corpus 392', () => measureCorpus('heldout392', { precision: 1, recall: 1, provider: 0.92, minLabels: 38, minFiles: 25 }));

// Round 57 (the thirty-second session), first run at 0b580a1, before any change made for it.
// 393 (any owner, Python and JavaScript applications): 24 files from 12 repositories; first run: precision 1.000, recall 1.000,
// provider 1.000 (30 calls). Not tuned on: 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 393', () => measureCorpus('heldout393', { precision: 1, recall: 1, provider: 1, minLabels: 30, minFiles: 24 }));

// 394 (any owner, other languages): 25 files from 15 repositories; first run: precision 1.000, recall 0.864, provider 1.000 (22 calls;
// missed: a Spring RestTemplate posting to a `@Value` URL field, a C# HttpClient of a named factory client posting to a path held in a
// local, a Go request to a URL a parameter's config holds). Tuned on since (after round 58, for 397's shape): 1.000 / 0.909 / 1.000
// (an HttpClient's path held in a variable).
describe('detection accuracy on public code: corpus 394', () => measureCorpus('heldout394', { precision: 1, recall: 0.9, provider: 1, minLabels: 22, minFiles: 25 }));

// 395 (any owner, clients and helpers of other files, less common resources and destinations): 29 files from 12 repositories; first
// run: precision 1.000, recall 1.000, provider 1.000 (30 calls). Not tuned on: 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 395', () => measureCorpus('heldout395', { precision: 1, recall: 1, provider: 1, minLabels: 30, minFiles: 29 }));

// Round 58 (the thirty-second session), first run at b461e22, before any change made for it.
// 396 (any owner, Python and JavaScript applications): 25 files from 13 repositories; first run: precision 0.967, recall 0.967,
// provider 1.000 (30 calls; the false positive and the miss are one call: an Azure URL variable assigned a chat path in one branch of
// an `if` and the legacy completions path in the other, read as the last, labelled as the first (the collector's doubt)). Not tuned
// on: 0.967 / 0.967 / 1.000.
describe('detection accuracy on public code: corpus 396', () => measureCorpus('heldout396', { precision: 0.96, recall: 0.96, provider: 1, minLabels: 30, minFiles: 25 }));

// 397 (any owner, other languages): 23 files from 10 repositories; first run: precision 1.000, recall 0.875, provider 1.000 (24 calls;
// missed: a C# HttpClient with a literal BaseAddress posting to a path held in a variable, two callers of a Ruby class's own request
// helpers handing it the path). Tuned on since: 1.000 / 0.917 / 1.000 (an HttpClient's path held in a variable, on a BaseAddress made
// from a string the file gives one literal).
describe('detection accuracy on public code: corpus 397', () => measureCorpus('heldout397', { precision: 1, recall: 0.91, provider: 1, minLabels: 24, minFiles: 23 }));

// 398 (any owner, clients and helpers of other files, less common resources and destinations): 34 files from 13 repositories; first
// run: precision 1.000, recall 0.906, provider 1.000 (32 calls; missed: two Arduino HTTPClient requests (`https.begin(url, root_ca)`)
// whose URL is a class's constant member in the header, a Laravel facade whose root is a Guzzle client another file registers).
// Tuned on since: 1.000 / 0.969 / 1.000 (Arduino's HTTPClient; a C++ class's constant URL member in an included header).
describe('detection accuracy on public code: corpus 398', () => measureCorpus('heldout398', { precision: 1, recall: 0.96, provider: 1, minLabels: 32, minFiles: 34 }));

// Round 59 (the thirty-second session), first run at 2b40c8b, before any change made for it.
// 399 (any owner, Python and JavaScript applications): 27 files from 10 repositories; first run: precision 1.000, recall 0.913,
// provider 1.000 (23 calls; missed: two Nuxt server routes calling the client `server/utils/openai.ts` exports, which Nuxt imports
// for them (both import another name from that module; three routes that import nothing were found)). Tuned on since:
// 1.000 / 1.000 / 1.000 (Nuxt's server utilities).
describe('detection accuracy on public code: corpus 399', () => measureCorpus('heldout399', { precision: 1, recall: 1, provider: 1, minLabels: 23, minFiles: 27 }));

// 400 (any owner, other languages): 27 files from 14 repositories; first run: precision 1.000, recall 0.760, provider 1.000 (25 calls;
// missed: a PowerShell URL on a base tidied in a subexpression (`"$($BaseUrl.TrimEnd('/'))/chat/completions"`), Elixir's WebSockex
// opening the Realtime socket on a module attribute copied to a local, two theokanning calls on a service a getter of another file
// returns, a Swift OpenAIKit client (a package not mapped), a Swift URLRequest on a URL a config object holds). Tuned on since:
// 1.000 / 0.840 / 1.000 (the first two).
describe('detection accuracy on public code: corpus 400', () => measureCorpus('heldout400', { precision: 1, recall: 0.84, provider: 1, minLabels: 25, minFiles: 27 }));

// 401 (any owner, clients and helpers of other files, less common resources and destinations): 27 files from 13 repositories; first
// run: precision 1.000, recall 0.844, provider 1.000 (32 calls; missed: two Swift calls handing a helper of the file a URL another
// file's constant holds or the user configures, a Python WebSocket to a URL read from the environment, a TypeScript call on
// `(await this.#getClient())`, a fetch to a URL picked from a table by a parameter). Not tuned on: 1.000 / 0.844 / 1.000.
describe('detection accuracy on public code: corpus 401', () => measureCorpus('heldout401', { precision: 1, recall: 0.84, provider: 1, minLabels: 32, minFiles: 27 }));

// Round 60 (the thirty-second session), first run at 017c309, before any change made for it.
// 402 (any owner, Python and JavaScript applications): 27 files from 13 repositories; first run: precision 1.000, recall 0.969,
// provider 1.000 (32 calls; missed: an `@azure-rest/ai-inference` client's `client.path('/chat/completions').post(…)`). Not tuned on:
// 1.000 / 0.969 / 1.000.
describe('detection accuracy on public code: corpus 402', () => measureCorpus('heldout402', { precision: 1, recall: 0.96, provider: 1, minLabels: 32, minFiles: 27 }));

// 403 (any owner, other languages): 18 files from 12 repositories; first run: precision 1.000, recall 0.524, provider 1.000 (21 calls;
// missed: five GDScript calls through a Godot plugin (a language not read), two go-openrouter calls (a community SDK for OpenRouter
// with go-openai's method names, not mapped), two C# requests to a URL read from a database, a Go request to a URL a config
// holds). Not tuned on: 1.000 / 0.524 / 1.000.
describe('detection accuracy on public code: corpus 403', () => measureCorpus('heldout403', { precision: 1, recall: 0.52, provider: 1, minLabels: 21, minFiles: 18 }));

// 404 (any owner, clients and helpers of other files, less common resources and destinations): 35 files from 13 repositories; first
// run: precision 1.000, recall 0.875, provider 1.000 (40 calls; missed: four calls of a Ruby helper of another file handed a URL
// parameter, a Spring Cloud OpenFeign client's method). Not tuned on: 1.000 / 0.875 / 1.000.
describe('detection accuracy on public code: corpus 404', () => measureCorpus('heldout404', { precision: 1, recall: 0.87, provider: 1, minLabels: 40, minFiles: 35 }));

// Round 61 (the thirty-second session), first run at 7c28240, before any change made for it.
// 405 (any owner, Python and JavaScript applications): 31 files from 11 repositories; first run: precision 1.000, recall 0.938,
// provider 0.967 (32 calls; missed: two Obsidian `requestUrl` calls, one a lone `/embeddings` on a base a setting holds, one to a URL
// function of another file; the wrong provider: an Assistants call on a client the project's other file builds with OpenAI's default,
// labelled unknown). Not tuned on: 1.000 / 0.938 / 0.967.
describe('detection accuracy on public code: corpus 405', () => measureCorpus('heldout405', { precision: 1, recall: 0.93, provider: 0.96, minLabels: 32, minFiles: 31 }));

// 406 (any owner, other languages): 31 files from 10 repositories; first run: precision 1.000, recall 0.778, provider 0.952 (27 calls;
// missed: six calls of rcaneppele's simple-openai-client for Java (not mapped); the wrong provider: an openai-java client a method of
// the file builds on a constant's base, read as handed in). Tuned on since: 1.000 / 0.778 / 1.000 (openai-java clients a method of
// the file builds, and a builder's base held in a constant).
describe('detection accuracy on public code: corpus 406', () => measureCorpus('heldout406', { precision: 1, recall: 0.77, provider: 1, minLabels: 27, minFiles: 31 }));

// 407 (any owner, clients and helpers of other files, less common resources and destinations): 39 files from 12 repositories; first
// run: precision 0.967, recall 0.853, provider 0.897 (34 calls; the false positive: a C# helper's own request, which the labels put at
// its callers in other files (three missed there, three wrong providers where the plugins' own requests name no base); missed: a
// Kotlin WebRTC offer posted through a helper of another file, a Ruby Faraday connection another file may hand in). Not tuned on:
// 0.967 / 0.853 / 0.897.
describe('detection accuracy on public code: corpus 407', () => measureCorpus('heldout407', { precision: 0.96, recall: 0.85, provider: 0.89, minLabels: 34, minFiles: 39 }));

// Round 62 (the thirty-second session), first run at 658ef34, before any change made for it.
// 408 (any owner, Python and JavaScript applications): 26 files from 14 repositories; first run: precision 1.000, recall 0.852,
// provider 1.000 (27 calls; missed: four calls of a QML app's own XMLHttpRequest helper, `request("POST", url, …)`, whose
// `xhr.open(method, url)` names the method first). Tuned on since: 1.000 / 1.000 / 1.000.
describe('detection accuracy on public code: corpus 408', () => measureCorpus('heldout408', { precision: 1, recall: 1, provider: 1, minLabels: 27, minFiles: 26 }));

// 409 (any owner, other languages): 18 files from 11 repositories; first run: precision 0.923, recall 0.522, provider 0.917 (23 calls;
// missed: four calls of a Ruby class's own Net::HTTP transport handed a path, three Kotlin OkHttp requests to a configured URL, two
// Dio posts to a configured URL, a Go URL handed to the file's helper with its path joined to a normalised base; the false positive
// and a miss are one Go resty call read as GET through two helpers; the wrong provider: a Groq base labelled other, read as set at run
// time). Not tuned on: 0.923 / 0.522 / 0.917.
describe('detection accuracy on public code: corpus 409', () => measureCorpus('heldout409', { precision: 0.92, recall: 0.52, provider: 0.91, minLabels: 23, minFiles: 18 }));

// 410 (any owner, clients and helpers of other files, less common resources and destinations): 20 files from 9 repositories; first
// run: precision 1.000, recall 0.870, provider 1.000 (23 calls; missed: two groq-sdk calls (Groq's own SDK, of OpenAI's shape, not
// read), a Python requester class of another file called with an Azure URL). Not tuned on: 1.000 / 0.870 / 1.000.
describe('detection accuracy on public code: corpus 410', () => measureCorpus('heldout410', { precision: 1, recall: 0.86, provider: 1, minLabels: 23, minFiles: 20 }));

// 411 (any owner, Python and JavaScript applications): 36 files from 15 repositories; first run at 83db775: precision 1.000, recall
// 0.900, provider 0.972 (40 calls; missed: a client kept as a default client's beta namespace (`client = OpenAI().beta`, two Assistants
// calls), DeepSeek's model listing at its host's root in a file naming nothing else the prefilter looks for, a realtime WebSocket to a
// URL read from a configuration template; the wrong provider: a client built with settings another file's function returns, read as set
// at run time). Tuned on: the beta namespace.
describe('detection accuracy on public code: corpus 411', () => measureCorpus('heldout411', { precision: 1, recall: 0.95, provider: 0.97, minLabels: 40, minFiles: 36 }));

// 412 (any owner, other languages): 23 files from 13 repositories; first run at 83db775: precision 0.917, recall 0.647, provider 0.682
// (34 calls; missed: six Kotlin Ktor requests built by the file's own request builders (`HttpStatement(builder, client).execute`), two
// ruby-openai calls on clients handed in by a file not copied, two PHP cURL requests whose URL a helper picks by key, a Kotlin helper named
// `postMultipart`; the false positives and two misses are one line apart: two Lua curl argument tables labelled on the table's line, read
// on its "curl" element's, as earlier corpora label them; the wrong providers: six go-openai calls on a client handed in, read as the
// project's only default client (a rule kept with its disagreements: 389, 391, 405)). Tuned on: the `postMultipart` helper.
describe('detection accuracy on public code: corpus 412', () => measureCorpus('heldout412', { precision: 0.92, recall: 0.67, provider: 0.69, minLabels: 34, minFiles: 23 }));

// 413 (any owner, other files' clients, less common resources): 27 files from 11 repositories; first run at 83db775: precision 1.000,
// recall 0.676, provider 1.000 (34 calls; missed: four Guzzle requests on a property typed with the project's subclass of Guzzle's client
// that sets the base in another file, three Assistants calls on the client a wrapper from a factory keeps (`client = client_wrapper.raw`),
// two ruby-openai calls on a client a Rails initializer keeps as `OpenAI.client`, a Rust request to an Azure URL built with `format!`, a
// realtime WebSocket to a URL from settings). Tuned on: the Guzzle subclass, the wrapper's client.
describe('detection accuracy on public code: corpus 413', () => measureCorpus('heldout413', { precision: 1, recall: 0.88, provider: 1, minLabels: 34, minFiles: 27 }));

// 414 (any owner, Python and JavaScript applications): 29 files from 13 repositories; first run at 13c6cd9: precision 1.000, recall
// 0.964, provider 1.000 (28 calls; missed: an aiohttp post to Open WebUI's chat route read from configuration). Not tuned on.
describe('detection accuracy on public code: corpus 414', () => measureCorpus('heldout414', { precision: 1, recall: 0.96, provider: 1, minLabels: 28, minFiles: 29 }));

// 415 (any owner, other languages): 30 files from 14 repositories; first run at 13c6cd9: precision 1.000, recall 0.500, provider 0.882
// (34 calls; missed: seven Clojure requests (clj-http, babashka's http client; a language not read), four Rust requests through the
// file's helper picking the URL from an engine and a task, two WordPress `wp_remote_post` calls to a class constant joined with a path,
// a Haskell servant client, a Unity request to a configured URL, a C# Azure Responses request, an io.net model listing (a host not
// listed as OpenAI-compatible); the wrong providers: two Go requests to OpenRouter read as set at run time). Tuned on since: Clojure
// is read (src/core/detect/clojure.ts), 1.000 / 0.706 / 0.917.
describe('detection accuracy on public code: corpus 415', () => measureCorpus('heldout415', { precision: 1, recall: 0.7, provider: 0.91, minLabels: 34, minFiles: 30 }));

// 416 (any owner, other files' clients and helpers, less common resources): 36 files from 14 repositories; first run at 13c6cd9:
// precision 0.931, recall 0.659, provider 0.963 (41 calls; missed: five Swift requests to a base joined with `appendingPathComponent`,
// four C# requests through a web client's `POST` method, two Go requests to endpoints read from configuration, a Java RestClient path on a
// base set elsewhere; the false positives and two misses are two Kotlin Ktor requests whose `$version` segment was read into the path; the
// wrong provider: a Python helper handed the client, read as the file's default client). Tuned on: `appendingPathComponent` (four of
// five; the fifth goes through URLComponents), the capital `POST`, the `$name` segment and the constructor property's default.
describe('detection accuracy on public code: corpus 416', () => measureCorpus('heldout416', { precision: 1, recall: 0.9, provider: 0.97, minLabels: 41, minFiles: 36 }));

// 417 (any owner, Python and JavaScript applications): 23 files from 14 repositories; first run at b150ce2: precision 1.000, recall
// 1.000, provider 1.000 (40 calls). Not tuned on.
describe('detection accuracy on public code: corpus 417', () => measureCorpus('heldout417', { precision: 1, recall: 1, provider: 1, minLabels: 40, minFiles: 23 }));

// 418 (any owner, other languages): 20 files from 12 repositories; first run at b150ce2: precision 1.000, recall 0.304, provider 1.000
// (23 calls; missed: six Go requests through another package's helpers (`api.GenericRequest(nil, body, BaseFileRoute, "GET", …)`, a
// file not copied), five Emacs Lisp requests (a language not read), two async-openai calls on a parameter typed with the file's alias of
// the client (`pub type OpenAIClient = Client<OpenAIConfig>`), a Perl LWP post, a Clojure helper handed a path after a configured base, a
// Java OkHttp request to a configured URL). Tuned on: the Rust type alias.
describe('detection accuracy on public code: corpus 418', () => measureCorpus('heldout418', { precision: 1, recall: 0.39, provider: 1, minLabels: 23, minFiles: 20 }));

// 419 (any owner, other files' clients and helpers, less common resources): 13 files from 9 repositories (a fork's copy of 410's file
// removed, see its SOURCES.md); first run at b150ce2: precision 1.000, recall 0.636, provider 0.357 (22 calls; missed: six Java OkHttp
// requests through the class's own builder helper (`authorisedRequest(BASE_URL + "files").post(body)`), two calls on Groq's own SDK
// (labelled other here, not labelled in most corpora); the wrong providers: seven calls on a client whose base is an Azure resource's
// `/openai/v1/` path from the environment, read as Azure, labelled unknown (no api-version), two batch helpers' client built with
// keyword arguments passed through, read as set at run time, labelled openai). Not tuned on.
describe('detection accuracy on public code: corpus 419', () => measureCorpus('heldout419', { precision: 1, recall: 0.63, provider: 0.35, minLabels: 22, minFiles: 13 }));

// The thirty-fourth session (2026-12-06) started on a new machine: no earlier corpus's files were on it (`node
// scripts/heldout-files.mjs` restores them from snapshots), so its rounds were measured on their own corpora.
// 420 (any owner, Python and JavaScript applications): 22 files from 13 repositories; first run at a6474ff: precision 1.000,
// recall 0.960, provider 1.000 (25 calls; missed: a chat body posted to a URL from `OPENROUTER_BASE_URL` in a file naming no
// term the prefilter knew). Tuned on: OpenRouter's name is a prefilter term.
describe('detection accuracy on public code: corpus 420', () => measureCorpus('heldout420', { precision: 1, recall: 1, provider: 1, minLabels: 25, minFiles: 22 }));

// 421 (any owner, other languages): 17 files from 10 repositories; first run at a6474ff: precision 0.947, recall 0.783, provider
// 1.000 (23 calls; missed: two GET requests through a PHP helper whose cURL options array takes the URL (`CURLOPT_URL => $url`),
// two levels up, two Godot HTTPRequest calls (GDScript, a language not read), the Laravel facade written `Openai::chat()`; the
// false positive: an R request to Ollama read with the URL the function sets later, in its other branch, with `url = …`).
// Tuned on: the cURL options array, the facade in any case, R's `=` assignments in a function.
describe('detection accuracy on public code: corpus 421', () => measureCorpus('heldout421', { precision: 1, recall: 0.91, provider: 1, minLabels: 23, minFiles: 17 }));

// 422 (any owner, other files' clients and helpers, less common resources): 31 files from 12 repositories; first run at a6474ff:
// precision 0.971, recall 0.892, provider 1.000 (37 calls; missed: an ESP-IDF request in C++ to a base from a compile-time
// definition, a curl to a URL from a PopClip option, a speech request through a transport its class is handed (defaulting to the
// file's own urllib helper), a Go list of files whose query string is formatted right after `files` (`…/v1/files%s`, read into the
// path, the false positive too)). Tuned on: a query string glued to the last segment.
describe('detection accuracy on public code: corpus 422', () => measureCorpus('heldout422', { precision: 1, recall: 0.91, provider: 1, minLabels: 37, minFiles: 31 }));

// 423 (any owner, Python and JavaScript applications): 23 files from 12 repositories; first run at e2acef0: precision 1.000,
// recall 1.000, provider 1.000 (22 calls). Nothing to tune on.
describe('detection accuracy on public code: corpus 423', () => measureCorpus('heldout423', { precision: 1, recall: 1, provider: 1, minLabels: 22, minFiles: 23 }));

// 424 (any owner, other languages): 18 files from 13 repositories; first run at e2acef0: precision 1.000, recall 0.650, provider
// 1.000 (20 calls; missed: two Scheme requests, one Haskell http-conduit request and one Emacs Lisp helper call (languages not
// read), a community Go SDK not known (franciscoescher/goopenai), Roblox's `HttpService:RequestAsync({ Url = endpoint, … })`, an
// Azure.AI.OpenAI client a method of the class builds (`var client = GetClient();`)). Tuned on: the Roblox request, the C# factory.
describe('detection accuracy on public code: corpus 424', () => measureCorpus('heldout424', { precision: 1, recall: 0.75, provider: 1, minLabels: 20, minFiles: 18 }));

// 425 (any owner, other files' clients and helpers, less common resources): 35 files from 13 repositories; first run at e2acef0:
// precision 1.000, recall 0.978, provider 1.000 (45 calls; missed: a client declared with no value and set later from the
// project's factory, `let client;` … `client = getOpenAIClient();` in a `try` block). Tuned on: that assignment.
describe('detection accuracy on public code: corpus 425', () => measureCorpus('heldout425', { precision: 1, recall: 1, provider: 1, minLabels: 45, minFiles: 35 }));

// 426 (any owner, Python and JavaScript applications): 28 files from 14 repositories; first run at 57f8a6c: precision 1.000,
// recall 0.960, provider 0.917 (25 calls; missed: an Electron main process's `axios.post("https://api.openai.com/" + endpoint)`,
// the route coming over IPC from a file not copied; the wrong providers: a notebook's default client after
// `os.environ["OPENAI_BASE_URL"] = "https://models.github.ai/inference"`, read as OpenAI's, and a base URL written as a placeholder
// (`"BASE_URL_FROM_OPENROUTER"`), read as unknown, labelled other). Tuned on: OPENAI_BASE_URL set to a literal in the file.
describe('detection accuracy on public code: corpus 426', () => measureCorpus('heldout426', { precision: 1, recall: 0.96, provider: 0.95, minLabels: 25, minFiles: 28 }));

// 427 (any owner, other languages): 21 files from 14 repositories; first run at 57f8a6c: precision 1.000, recall 0.227, provider
// 0.800 (22 calls; missed: six Unreal C++ requests through the project's own request handler in another file and one on
// FHttpModule (`Request->SetURL("https://…")`), three Delphi, one AutoHotkey, one Racket and one Julia request (languages not read),
// two Groovy requests (a java.net.http builder configured in a `with` block, curl in a Jenkins `sh` step; Groovy not read), two Qt
// requests through the file's own `send()`; the wrong provider: a Drupal class choosing among three literal hosts, read as other).
// Tuned on: Groovy and Julia are read, Unreal's SetURL/SetVerb.
// (After the review of the round's rules, Groovy's own lexer reads single-quoted strings: a field's literal default base,
// `private baseUrl = 'https://api.openai.com'`, is read as Java's is (openai), where the label says unknown.)
describe('detection accuracy on public code: corpus 427', () => measureCorpus('heldout427', { precision: 1, recall: 0.72, provider: 0.87, minLabels: 22, minFiles: 21 }));

// 428 (any owner, other files' clients and helpers, less common resources): 32 files from 12 repositories; first run at 57f8a6c:
// precision 1.000, recall 0.853, provider 0.931 (34 calls; missed: five calls on a client a Nuxt middleware puts on the request
// context (`event.context.openai.files.del(id)`); the wrong providers: two NestJS use-cases handed a client the project builds only with
// the default base, read as openai, labelled unknown (the label disagreement earlier corpora show)). Tuned on after round 69: a client
// kept on the request's context under a name that says OpenAI (`event.context.openai`), with the Node SDK's camel-case resources.
describe('detection accuracy on public code: corpus 428', () => measureCorpus('heldout428', { precision: 1, recall: 1, provider: 0.94, minLabels: 34, minFiles: 32 }));

// 429 (any owner, Python and JavaScript applications): 19 files from 12 repositories; first run at d9f7260: precision 1.000,
// recall 1.000, provider 1.000 (22 calls). Nothing to tune on.
describe('detection accuracy on public code: corpus 429', () => measureCorpus('heldout429', { precision: 1, recall: 1, provider: 1, minLabels: 22, minFiles: 19 }));

// 430 (any owner, other languages): 24 files from 11 repositories; first run at d9f7260: precision 1.000, recall 0.160, provider
// 1.000 (25 calls; missed: four calls through a community PHP client (diversen/tiny-gpt-client), two Haskell requests (a language
// not read), three GDScript scripts calling an addon's request classes of other files, three Go requests through another package's
// helper (`api.Request(http.MethodPost, url, req, &res)`, two of them to a typed constant of a `const (` block), a Guzzle proxy
// passing any path on, three Micronaut declarative client calls (Groovy), three Retrofit calls on injected services (Kotlin), a Go
// chat body posted to a URL from the environment). Tuned on: another package's helper, the typed constant in a block.
describe('detection accuracy on public code: corpus 430', () => measureCorpus('heldout430', { precision: 1, recall: 0.28, provider: 1, minLabels: 25, minFiles: 24 }));

// 431 (any owner, other files' clients and helpers, less common resources): 27 files from 12 repositories; first run at d9f7260:
// precision 1.000, recall 0.636, provider 0.857 (22 calls; missed: six calls on `this.client` in NestJS services extending the
// project's class that builds it (`class FileService extends OpenAIClient`), two Azure realtime WebSockets whose URL callers hand the
// file's own connect helper; the wrong providers: a Spring `@Autowired` and a C# injected client the project builds one way, read as
// unknown, labelled openai). Tuned on: the extended class's member clients.
describe('detection accuracy on public code: corpus 431', () => measureCorpus('heldout431', { precision: 1, recall: 0.9, provider: 0.9, minLabels: 22, minFiles: 27 }));

// 432 (any owner, Python and JavaScript applications): 26 files from 12 repositories; first run at 40810a9: precision 1.000,
// recall 1.000, provider 0.917 (24 calls; the wrong providers: two transcriptions on `openai || openaiClient()`, a client handed in
// or the file's factory's, read as the factory's (openai), labelled unknown). Not tuned on.
describe('detection accuracy on public code: corpus 432', () => measureCorpus('heldout432', { precision: 1, recall: 1, provider: 0.91, minLabels: 24, minFiles: 26 }));

// 433 (any owner, other languages): 21 files from 11 repositories; first run at 40810a9: precision 0.905, recall 0.950, provider
// 1.000 (20 calls; missed: a Spring WebClient bean's relative `post().uri("/responses")`, the bean built in another file; the false
// positives: two ElevenLabs requests in a Swift `switch` read with the OpenAI case's `guard let url`, declared later in another case).
// Tuned on: Swift's `guard let`, `if let` and `var` are block-scoped.
describe('detection accuracy on public code: corpus 433', () => measureCorpus('heldout433', { precision: 1, recall: 0.95, provider: 1, minLabels: 20, minFiles: 21 }));

// 434 (any owner, other files' clients and helpers, less common resources): 37 files from 13 repositories; first run at 40810a9:
// precision 1.000, recall 1.000, provider 1.000 (32 calls). Nothing to tune on.
describe('detection accuracy on public code: corpus 434', () => measureCorpus('heldout434', { precision: 1, recall: 1, provider: 1, minLabels: 32, minFiles: 37 }));

// 435 (any owner, Python and JavaScript applications): 37 files from 14 repositories; first run at b6964b7: precision 1.000,
// recall 1.000, provider 1.000 (38 calls). Nothing to tune on.
describe('detection accuracy on public code: corpus 435', () => measureCorpus('heldout435', { precision: 1, recall: 1, provider: 1, minLabels: 38, minFiles: 37 }));

// 436 (any owner, other languages): 32 files from 13 repositories; first run at b6964b7: precision 1.000, recall 0.643, provider
// 0.833 (28 calls; missed: a Go chat body posted to a URL from the configuration, two PHP scripts sending to the `$apiurl` of the
// `config.php` they require, three requests to OpenAI's IP address with its `Host` header (Go, Java, C), a Rust request to a URL
// parsed from a formatted Azure deployment URL (`Url::parse(&url_string)`, sent as `url.clone()`), two Kotlin Ktor requests to route
// constants of another file on a base from BuildConfig, a Ruby `OpenAI::Completion.create(engine: …)`; the wrong providers: three
// go-openai calls through a receiver named like the struct field another file builds (`func (client *Client)` … `client.client.…`),
// read as unknown). Tuned on: the PHP script's required URLs, the Rust parsed URL, the Go field read through a same-named receiver;
// also Ktor's request block named at its client and verb.
describe('detection accuracy on public code: corpus 436', () => measureCorpus('heldout436', { precision: 1, recall: 0.75, provider: 1, minLabels: 28, minFiles: 32 }));

// 437 (any owner, other files' clients and helpers, less common resources): 43 files from 12 repositories; first run at b6964b7:
// precision 1.000, recall 0.978, provider 0.955 (45 calls; missed: `moderations.create` on a parameter typed as the SDK's resource
// class (`moderations: OpenAI.Moderations`); the wrong providers: two calls on a helper's client, AzureOpenAI or OpenAI with a base from
// the settings, read as unknown, labelled azure). Tuned on at the session's end: the parameter typed as a resource class.
describe('detection accuracy on public code: corpus 437', () => measureCorpus('heldout437', { precision: 1, recall: 1, provider: 0.95, minLabels: 45, minFiles: 43 }));

// 438 (any owner, Python and JavaScript applications of several files): 31 files from 17 repositories; first run at b6964b7:
// precision 1.000, recall 0.939, provider 1.000 (33 calls; missed: two calls on a client imported from a module the collector did
// not copy (it held a key), `deepseek.chat.completions.create`; found when that module is in the project). Not tuned on.
describe('detection accuracy on public code: corpus 438', () => measureCorpus('heldout438', { precision: 1, recall: 0.93, provider: 1, minLabels: 33, minFiles: 31 }));

// 439 (any owner, other languages): 28 files from 17 repositories; first run at b6964b7: precision 1.000, recall 0.769, provider
// 0.950 (26 calls; missed: a Go request to an Azure AI inference host from the environment, a Rust request to a URL borrowed from a
// formatted string (`let url: &str = &format!(…)`), a Ruby request to a URL wholly from the environment, an Elixir HTTPoison post to
// a module attribute joined with `<>`, a Kotlin OkHttp request to a top-level constant of another file of the package, a TypeScript
// fetch to a parameter's `apiUrl`; the wrong provider: a Go request to a DeepSeek URL read as unknown). Tuned on: the borrowed
// formatted string, Elixir's `<>` and module attributes, Kotlin's package constants (read in files that name no OpenAI term too).
describe('detection accuracy on public code: corpus 439', () => measureCorpus('heldout439', { precision: 1, recall: 0.88, provider: 0.95, minLabels: 26, minFiles: 28 }));

// 440 (any owner, other files' clients and helpers, less common resources): 34 files from 12 repositories; first run at b6964b7:
// precision 0.950, recall 0.864, provider 1.000 (44 calls; missed: a Node `beta.vector_stores.files.create` (snake case, under
// `@ts-ignore`), go-openai's `CreateBatchWithUploadFile`, four Responses calls on a cast chain (`(openai.responses as any).retrieve(id)`);
// the false positives: a Go call on another package's interface wrapping go-openai, a C# request built twice and sent once). Tuned on:
// CreateBatchWithUploadFile, the cast chain, the wrapper's interface (its package's files define the method).
describe('detection accuracy on public code: corpus 440', () => measureCorpus('heldout440', { precision: 0.97, recall: 0.97, provider: 1, minLabels: 44, minFiles: 34 }));

// 441 (any owner, Python and JavaScript code of any kind): 39 files from 17 repositories; first run at b6964b7: precision 0.974,
// recall 0.950, provider 0.947 (40 calls; missed: an Apps Script `UrlFetchApp.fetch(url, options,)` read as a GET (the trailing comma
// hid the options), an Azure API Management request to `/api/deployments/…`; the wrong providers: two plain OpenAI clients on
// `AZURE_OPENAI_ENDPOINT`, read as azure, labelled unknown). Tuned on: the trailing comma.
describe('detection accuracy on public code: corpus 441', () => measureCorpus('heldout441', { precision: 1, recall: 0.97, provider: 0.94, minLabels: 40, minFiles: 39 }));

// 442 (any owner, other languages): 25 files from 15 repositories; first run at b6964b7: precision 1.000, recall 0.800, provider
// 0.950 (25 calls; missed: two Go requests to a struct field given an Azure deployment URL joined onto a base, a Java request to a
// constant of a class not in the repository, a Rust request to a struct field given a literal (`let url = self.base_url.clone()` in
// an `impl … for` whose method returns `impl Future`), a PHP `file_get_contents` with a stream context; the wrong provider: a go-openai
// client embedded in a type the file builds around `openai.NewClient(key)`, read as unknown). Tuned on all but the Java one.
describe('detection accuracy on public code: corpus 442', () => measureCorpus('heldout442', { precision: 1, recall: 0.96, provider: 1, minLabels: 25, minFiles: 25 }));

// 443 (any owner, other files' clients and helpers, less common resources): 35 files from 15 repositories; first run at b6964b7:
// precision 0.953, recall 0.911, provider 0.976 (45 calls; missed: two calls handing a route to a helper of another file that tidies
// it (`context = endpoint.lstrip("/")`) after its module's literal base, two F# requests (a language not read); the false positives:
// that helper's own two requests, kept with their path unknown as for any helper; the wrong provider: a client parameter every
// importer hands the default client, read as openai, labelled unknown). Tuned on: the tidied path and the helper module's base;
// since the eighty-first round, the helper's own two requests give way to its importers' (precision 1.000).
describe('detection accuracy on public code: corpus 443', () => measureCorpus('heldout443', { precision: 1, recall: 0.95, provider: 0.97, minLabels: 45, minFiles: 35 }));

// 444 (any owner, Python and JavaScript applications): 27 files from 14 repositories; first run at 21342ec: precision 0.955,
// recall 0.656, provider 1.000 (32 calls; missed: six requests to URLs read from a bot's config.ini (five chat bodies whose answers
// other files read, an Azure deployment URL), aiohttp's `ws_connect` to the Realtime API, a C# request to an Azure deployment path
// alone on a client's base (`var api = "openai/deployments/dalle3/images/generations?api-version=…"`), two calls through
// TypeScript's non-null assertion (`this.openai!.chat.completions.create`), an aiohttp request in a file whose lines end with a lone
// CR (read as one line: the false positive at its line 1)). Tuned on: all but the configuration's URLs.
describe('detection accuracy on public code: corpus 444', () => measureCorpus('heldout444', { precision: 1, recall: 0.81, provider: 1, minLabels: 32, minFiles: 27 }));

// 445 (any owner, other languages): 21 files from 12 repositories; first run at 21342ec: precision 1.000, recall 0.739, provider
// 0.941 (23 calls; missed: a PowerShell `Invoke-RestMethod` to a URL a dot-sourcing script sets, a PowerShell `curl` with curl's
// flags, three requests to undocumented billing paths, a Dart `dio.post(` whose imported constant starts the next line; the wrong
// provider: a go-openai client every caller hands in, the project building it with `openai.NewClient(key)`, read as openai,
// labelled unknown). Tuned on: PowerShell's curl, the Dart argument on the next line.
describe('detection accuracy on public code: corpus 445', () => measureCorpus('heldout445', { precision: 1, recall: 0.82, provider: 0.94, minLabels: 23, minFiles: 21 }));

// 446 (any owner, other files' clients and helpers, less common resources): 32 files from 14 repositories; first run at 21342ec:
// precision 1.000, recall 1.000, provider 0.950 (40 calls; the wrong providers: two calls on a client a constructor is handed, every
// construction in the file giving the default client, read as openai, labelled unknown). Nothing to tune on.
describe('detection accuracy on public code: corpus 446', () => measureCorpus('heldout446', { precision: 1, recall: 1, provider: 0.95, minLabels: 40, minFiles: 32 }));

// 447 (any owner, Python and JavaScript applications): 41 files from 15 repositories; first run at 867b418: precision 1.000, recall
// 1.000, provider 0.933 (45 calls; the wrong providers: a module function's client parameter that every call in the file hands
// `self.client`, a DeepSeek client its class keeps, read as unknown; two httpx classes whose `self.base_url` is a module constant's
// literal (OpenAI's, Groq's), read as unknown). Tuned on both.
describe('detection accuracy on public code: corpus 447', () => measureCorpus('heldout447', { precision: 1, recall: 1, provider: 1, minLabels: 45, minFiles: 41 }));

// 448 (any owner, other languages): 28 files from 15 repositories; first run at 867b418: precision 0.857, recall 0.414, provider
// 1.000 (29 calls; 867b418 was committed before the corpus was opened; at eb0ba24, the session's start: 0.846 / 0.379 / 1.000; missed: five Excel
// VBA requests to paths joined to a base set at run time, an AutoHotkey request whose script's single-quoted string holds a double
// quote, two VBScript requests to a URL an ini file holds, two Clojure requests whose map a `let` name holds (one on a one-segment
// path), a Kotlin Volley request given an imported `Method.POST`, three Java OkHttp requests to getters of a base a constructor
// defaults to Moonshot's, a Business Central AL request (AL is not read), a Go resty request to another file's package constant;
// false positives: a PHP Workerman request read as GET (its options array names POST), an openai-java call in a file the collector
// marked negative (the call is real)). Tuned on: VBA, AutoHotkey, one Clojure request, Volley, the PHP verb.
describe('detection accuracy on public code: corpus 448', () => measureCorpus('heldout448', { precision: 0.95, recall: 0.72, provider: 1, minLabels: 29, minFiles: 28 }));

// 449 (any owner, other files' clients and helpers, less common resources): 40 files from 15 repositories; first run at 867b418:
// precision 1.000, recall 1.000, provider 0.895 (38 calls; the wrong providers: three calls on an async client parameter that no
// caller hands (typed `AsyncOpenAI`, read as openai, labelled unknown), an openai-java service injected where the project's Spring
// bean builds it with the library's base, read as unknown). Tuned on the latter.
describe('detection accuracy on public code: corpus 449', () => measureCorpus('heldout449', { precision: 1, recall: 1, provider: 0.92, minLabels: 38, minFiles: 40 }));

// 450 (any owner, Python and JavaScript applications of several files): 34 files from 16 repositories; first run at 04f57a0:
// precision 1.000, recall 1.000, provider 0.909 (33 calls; the wrong providers: three fetches to the deployment URL a TypeScript
// method with a return type builds, `getBaseUrl(): string`, read as unknown). Tuned on it.
describe('detection accuracy on public code: corpus 450', () => measureCorpus('heldout450', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 34 }));

// 451 (any owner, other languages): 25 files from 12 repositories; first run at 04f57a0: precision 1.000, recall 0.741, provider
// 1.000 (27 calls; missed: two R calls of another file's helper handing a path, a Dart `http.post(_chatUri())` on a method that
// builds the URL from an environment base, a PHP class wrapping Guzzle in openai-php's style, a Spring RestTemplate exchange on a
// URL from configuration, two Lua calls of the file's own curl helper (a plenary Job) handing URL constants). Tuned on since: the
// Lua curl helper (the forty-second session; recall 0.815).
describe('detection accuracy on public code: corpus 451', () => measureCorpus('heldout451', { precision: 1, recall: 0.81, provider: 1, minLabels: 27, minFiles: 25 }));

// 452 (any owner, other files' clients and helpers, less common resources): 41 files from 16 repositories; first run at 04f57a0:
// precision 1.000, recall 0.750, provider 0.852 (36 calls; missed: a go-openai-realtime client's connection, four NestJS calls on a
// service's `provider` another file builds, a Dart helper of another file handed '/completions', a Java WebClient bean's `post()`
// with no `uri`, a Python client from an imported factory's attribute, a websockets connection to a `.format()`ed constant; the
// wrong providers: a Dart helper's base, three Python calls on a client handed in or else built by a factory, labelled openai, read
// as unknown). Not tuned on.
// (forty-sixth session: a WebClient post with no uri to the base of the project's one WebClient bean, read: recall 0.806; read as
// OpenAI's, where the label, by the brief's rule for an injected client, says unknown: provider 0.828.)
describe('detection accuracy on public code: corpus 452', () => measureCorpus('heldout452', { precision: 1, recall: 0.8, provider: 0.82, minLabels: 36, minFiles: 41 }));

// 453 (any owner, Python and JavaScript applications of several files): 41 files from 15 repositories; first run at 69379f5:
// precision 1.000, recall 1.000, provider 0.911 (45 calls; the wrong providers: two Python calls on a client a constructor is handed,
// labelled unknown, read as its type's openai (the one caller, in another file, hands a default OpenAI client); two Next.js fetches to
// a URL a function imported from `@/lib/azure-openai` builds with an API version, labelled azure, read unknown). Tuned on since:
// the Azure module's builder.
describe('detection accuracy on public code: corpus 453', () => measureCorpus('heldout453', { precision: 1, recall: 1, provider: 0.95, minLabels: 45, minFiles: 41 }));

// 454 (any owner, languages other than Python and JavaScript): 30 files from 15 repositories; first run at 69379f5: precision
// 1.000, recall 0.903, provider 0.929 (31 calls; missed: three Kotlin calls on a metering wrapper of openai-java's client,
// `client.chatCompletions().create(params)`; the wrong providers: two Rust reqwest posts to a struct's base, set to api.openai.com
// in `new()` with a setter beside it, labelled openai, read unknown). Tuned on since: the SDK's parameter classes.
describe('detection accuracy on public code: corpus 454', () => measureCorpus('heldout454', { precision: 1, recall: 1, provider: 0.93, minLabels: 31, minFiles: 30 }));

// 455 (any owner, other files' clients, less common resources): 31 files from 13 repositories; first run at aadf02f: precision
// 1.000, recall 0.946, provider 0.971 (37 calls; missed: two httpx embeddings posts to a URL from the environment; the wrong
// provider: a TypeScript parameter typed OpenAI, labelled unknown, read openai: its one builder in another file uses the default
// base). Tuned on since: the embeddings body shape.
describe('detection accuracy on public code: corpus 455', () => measureCorpus('heldout455', { precision: 1, recall: 1, provider: 0.97, minLabels: 37, minFiles: 31 }));

// 456 (any owner, Python and JavaScript applications of several files, raw HTTP too): 39 files from 15 repositories; first run at
// ee98626: precision 1.000, recall 0.976, provider 1.000 (42 calls; missed: an Amplify function's fetch to `env.API_ENDPOINT`, which
// the function's `resource.ts` sets to the realtime sessions URL). Not tuned on.
describe('detection accuracy on public code: corpus 456', () => measureCorpus('heldout456', { precision: 1, recall: 0.97, provider: 1, minLabels: 42, minFiles: 39 }));

// 457 (any owner, languages other than Python and JavaScript): 27 files from 18 repositories; first run at ee98626: precision
// 1.000, recall 0.581, provider 1.000 (31 calls; missed: six TheoKanning calls on a service another class keeps in a static field
// (`Main.service.createModeration(request)`), four Rust reqwest requests to legacy paths (`/engines`, `/fine-tunes`) on a struct
// field given `String::from("https://api.openai.com/v1")`, a C++ cpr post to a member a constructor sets, a Dart chat_gpt_sdk
// `onCompletion`, a Lua helper of another file). Tuned on since: the static field; the Rust field, the C++ member and chat_gpt_sdk
// (5e14a68).
describe('detection accuracy on public code: corpus 457', () => measureCorpus('heldout457', { precision: 1, recall: 0.96, provider: 1, minLabels: 31, minFiles: 27 }));

// 458 (any owner, other files' clients, less common resources): 33 files from 15 repositories; first run at ee98626: precision
// 1.000, recall 0.818, provider 1.000 (33 calls; missed: two calls on a Groq client a function named get_openai_client() builds,
// two chat calls on a client a project function of another file returns (`const provider = layout()`), an httpx post to
// `settings.OPENROUTER_API_URL` whose file reads no `choices`, an f-string base read off a call (`{Settings().OPENROUTER_BASE_URL}`)).
// Tuned on since: the last two; the project function's client (5e14a68).
describe('detection accuracy on public code: corpus 458', () => measureCorpus('heldout458', { precision: 1, recall: 0.93, provider: 1, minLabels: 33, minFiles: 33 }));

// 459 (any owner, Python and JavaScript applications of several files, raw HTTP too): 47 files from 17 repositories; first run at
// 5e14a68: precision 1.000, recall 0.923, provider 0.889 (39 calls; missed: two chat calls on a client parameter in an
// `if provider == "openai":` branch of a file that also calls Anthropic's SDK, an images call through a getter of a service class
// of another file; provider: three Python calls on a client a handler is handed, labelled unknown, read openai, and a JavaScript call
// labelled openai, read unknown). Tuned on since: the branch for OpenAI and the getter (fbf90b8, f834e93); the two branch calls
// now read openai (the project builds its clients only with the default base), as the handler's three do, labelled unknown.
describe('detection accuracy on public code: corpus 459', () => measureCorpus('heldout459', { precision: 1, recall: 1, provider: 0.84, minLabels: 39, minFiles: 47 }));

// 460 (any owner, languages other than Python and JavaScript): 31 files from 16 repositories; first run at 5e14a68: precision
// 0.938, recall 0.441, provider 1.000 (34 calls; missed: six Spring WebClient requests (`openAIClient(option).get().uri("/files")`)
// on a client a project class hands out, five Apache HttpClient posts (`new HttpPost(apiUrl)`) to run-time URLs with chat bodies
// built by methods of the file (two of them in a file naming nothing of OpenAI's, which the prefilter passes over), four go-openai
// calls on a client kept in another package's struct field, two Unity requests to a URL of a parameter's field, a Spring
// RestTemplate post to an injected setting, a libcurl post to a legacy engine path joined with `std::string(models[i])` and
// read as a GET of `/v1/engines/{id}` (the false positive)). Tuned on since: the WebClient chain, HttpPost, the libcurl verb and path;
// the struct field a package fills from its own factory (fbf90b8).
describe('detection accuracy on public code: corpus 460', () => measureCorpus('heldout460', { precision: 1, recall: 0.85, provider: 1, minLabels: 34, minFiles: 31 }));

// 461 (any owner, other files' clients, less common resources): 40 files from 14 repositories; first run at 5e14a68: precision
// 1.000, recall 1.000, provider 0.943 (35 calls; provider: two NestJS calls on a client injected by constructor, labelled openai
// because the project's one builder uses the default base, read unknown). Not tuned on.
describe('detection accuracy on public code: corpus 461', () => measureCorpus('heldout461', { precision: 1, recall: 1, provider: 0.94, minLabels: 35, minFiles: 40 }));

// 462 (any owner, Python and JavaScript applications of several files, raw HTTP too): 40 files from 15 repositories; first run at
// f834e93: precision 0.971, recall 0.917, provider 0.939 (36 calls; missed: three `chat.create(…)` calls on the chat-completions
// resource another module exports (`const chat = openai.chat.completions; export default chat`); the false positive: a helper's own
// `fetch(\`https://api.openai.com/v1/${path}\`)` read as `POST /v1/{}`, whose callers in another file are labelled (and found);
// provider: an httpx post to a URL wholly from `AZURE_OPENAI_ENDPOINT`, read azure, labelled unknown, and a call on a client another
// file builds from Azure settings, read openai, labelled unknown). Tuned on since: the exported resource (the thirty-ninth session);
// the helper's own request gives way to its importers' (the fortieth: precision 1.000).
describe('detection accuracy on public code: corpus 462', () => measureCorpus('heldout462', { precision: 1, recall: 1, provider: 0.94, minLabels: 36, minFiles: 40 }));

// 463 (any owner, languages other than Python and JavaScript): 21 files from 15 repositories; first run at f834e93: precision 1.000,
// recall 0.944, provider 0.941 (18 calls; missed: a C# `new HttpRequestMessage(new HttpMethod("POST"), apiCall)`; provider: a
// go-openai call read unknown, labelled openai). Tuned on since: the verb made from its name (this session).
describe('detection accuracy on public code: corpus 463', () => measureCorpus('heldout463', { precision: 1, recall: 1, provider: 0.94, minLabels: 18, minFiles: 21 }));

// 464 (any owner, other files' clients, less common resources): 40 files from 15 repositories; first run at f834e93: precision
// 1.000, recall 0.933, provider 0.976 (45 calls; missed: three calls on what `self.client_manager.get_client()` returns, the
// manager made from the project's `OpenAIClient` class, which keeps its client in a thread-local; provider: Mistral's transcription
// path posted by Go, read unknown, labelled other). Tuned on since: the manager's client (this session).
describe('detection accuracy on public code: corpus 464', () => measureCorpus('heldout464', { precision: 1, recall: 1, provider: 0.97, minLabels: 45, minFiles: 40 }));

// The eighty-first round (465–467, collected by helper sessions that never read the detector), first run at be8f11a.
// 465 (any owner, Python and JavaScript applications of several files, raw HTTP too): 35 files from 15 repositories; first run:
// precision 1.000, recall 0.871, provider 1.000 (31 calls; missed: two embeddings calls on `self.client = OpenAIClient().client`, the
// project's class keeping its client; two axios-instance requests given one options object, `openaiService({ url: "/v1/chat/completions",
// method: "POST", data })`, their instance built in a file not copied). Tuned on since: both (this session).
describe('detection accuracy on public code: corpus 465', () => measureCorpus('heldout465', { precision: 1, recall: 1, provider: 1, minLabels: 31, minFiles: 35 }));

// 466 (any owner, languages other than Python and JavaScript): 18 files from 11 repositories (the collector's fetches ran out: half
// the usual size); first run: precision 1.000, recall 0.867, provider 1.000 (15 calls; missed: two Go requests described by
// monaco-io/request's `request.Client{URL: …, Method: "POST"}` literal). Tuned on since: that literal (this session).
describe('detection accuracy on public code: corpus 466', () => measureCorpus('heldout466', { precision: 1, recall: 1, provider: 1, minLabels: 15, minFiles: 18 }));

// 467 (any owner, less common resources, other files' clients, notebooks): 28 files from 16 repositories; first run: precision 1.000,
// recall 0.941, provider 1.000 (34 calls; missed: a chat-completions body posted by the file's own helper to a URL importers set on the
// module, `post_request(uri, key, payload)`, and a literal OpenAI URL handed to `fetchAPI` imported from a URL module). Tuned on since:
// a function named for fetching an API (this session); the helper's body is not read.
describe('detection accuracy on public code: corpus 467', () => measureCorpus('heldout467', { precision: 1, recall: 0.97, provider: 1, minLabels: 34, minFiles: 28 }));

// The eighty-second round (468–470), first run at 802f3f2 (before the review's fixes of the round before).
// 468 (any owner, Python and JavaScript applications of several files, frameworks): 37 files from 17 repositories; first run:
// precision 1.000, recall 0.968, provider 1.000 (31 calls; missed: a Groq client a Next.js route takes from a dynamic
// `await import("@/lib/ai/open-ai-groq")`). Not tuned on.
describe('detection accuracy on public code: corpus 468', () => measureCorpus('heldout468', { precision: 1, recall: 0.96, provider: 1, minLabels: 31, minFiles: 37 }));

// 469 (any owner, languages other than Python and JavaScript): 22 files from 16 repositories; first run: precision 0.824, recall
// 0.483, provider 1.000 (29 calls; missed: three Whetstone.ChatGPT (C#) calls, a community SDK not read; three Neovim Lua calls
// handing a module's URL constant to a curl helper; three Elixir calls (OpenaiEx with a client from configuration or a parameter,
// Req posting to a configured base); two Retrofit `@POST("v1/…")` methods whose base another file declares; a Ktor `client.sse(`;
// the three false positives are misplaced or wrong requests: a RestSharp request read at `new RestRequest("", Method.Post)` three
// lines below the labelled `new RestClient(url)`, a Java `HttpURLConnection` read at `openConnection()` a line below the labelled
// `new URL(…)`, and an Arduino `http.begin(client, uri)` read as GET where the code posts, a message naming `http.begin()` taken for
// another request). Tuned on since: the Arduino verb (precision 0.882, recall 0.517); the Lua curl helper (the forty-second
// session; precision 0.900, recall 0.621).
describe('detection accuracy on public code: corpus 469', () => measureCorpus('heldout469', { precision: 0.9, recall: 0.62, provider: 1, minLabels: 29, minFiles: 22 }));

// 470 (any owner, less common resources, injected clients, notebooks, curl): 33 files from 12 repositories; first run: precision
// 1.000, recall 1.000, provider 1.000 (38 calls). Not tuned on.
describe('detection accuracy on public code: corpus 470', () => measureCorpus('heldout470', { precision: 1, recall: 1, provider: 1, minLabels: 38, minFiles: 33 }));

// 312 (owners A–H, not tuned on): 41 files from 19 repositories; first run at a325667: precision 1.000, recall 0.762,
// provider 0.969 (42 calls; missed: six LangChain wrapper calls (`ChatOpenAI(…).invoke`, `AzureOpenAIEmbeddings.embed_documents`),
// which the detector leaves to LangChain by design, two Rust canister HTTP outcalls (`ic_cdk` `http_request`), a ruby-openai client a
// class attribute holds, an openai-php call; the wrong provider: a client whose base is read from the environment with OpenAI's
// default, labelled openai). Tuned on since: recall 0.786 (an openai-php client made on a condition, `… ? OpenAI::client($key) : null`).
describe('detection accuracy on public code: corpus 312', () => measureCorpus('heldout312', { precision: 1, recall: 0.78, provider: 0.96, minLabels: 42, minFiles: 41 }));

// 313 (owners I–Q, not tuned on): 40 files from 27 repositories; first run at 06356bd: precision 0.972, recall 0.745,
// provider 0.971 (47 calls; missed: six legacy calls through names `getattr(openai, 'ChatCompletion')` gives (fallback branches a
// pinned openai 1.3 would not run), a PHP curl whose POST a `curl_setopt_array` sets, read as a GET (the false positive too), two PHP
// curls to URL properties and one in a helper its callers hand the URL, a .NET ChatClient from another service, an embeddings call on
// a client FastAPI's Depends hands a router; the wrong provider: an Azure deployment URL on a base from settings, labelled azure).
// Tuned on since: 1.000 / 0.787 / 0.973 (a cURL handle's options set sixty lines on; a plain `client = Depends(…)` default).
// Then 1.000 / 0.830 / 0.974 (PHP curls whose handle is a property, `curl_setopt($this->curl, CURLOPT_URL, $this->imageURL)`).
describe('detection accuracy on public code: corpus 313', () => measureCorpus('heldout313', { precision: 1, recall: 0.82, provider: 0.97, minLabels: 47, minFiles: 40 }));

// The fourteenth session's eleven corpora (166–176 and 177), each at its first run, 433 calls: precision 0.988, recall 0.919,
// provider 0.980 (with labels moved to the line that builds a request, as every corpus labels it: 0.998 / 0.928 / 0.978);
// its rounds: 166–169 164 calls 0.966 / 0.872 / 0.986 (corrected 0.993 / 0.896 / 0.980); 170–173 116 calls
// 1.000 / 0.931 / 0.991; 174–177 153 calls 1.000 / 0.961 / 0.966.

// 471 (any owner, Python and JavaScript applications of several files, raw HTTP, frameworks): 44 files from 16 repositories; first
// run at b7ab1e0: precision 1.000, recall 0.978, provider 1.000 (45 calls; missed: a client handed to a constructor, read as
// `self.client.client.audio.transcriptions.create`). Not tuned on.
describe('detection accuracy on public code: corpus 471', () => measureCorpus('heldout471', { precision: 1, recall: 0.97, provider: 1, minLabels: 45, minFiles: 44 }));

// 472 (any owner, other languages; half the usual size, seven repositories had no snapshot): 17 files from 9 repositories; first run
// at b7ab1e0: precision 1.000, recall 0.625, provider 1.000 (16 calls; missed: two C# requests to a URL an IOptions settings class
// holds, four Lua calls handing a module field's URL to the file's own curl job helper, ChatGPT.nvim's shape). Tuned on since:
// the Lua curl helper (the forty-second session; recall 0.875).
// (forty-sixth session: a C# PostAsJsonAsync to an IOptions URL with a chat body, read: recall 0.938.)
describe('detection accuracy on public code: corpus 472', () => measureCorpus('heldout472', { precision: 1, recall: 0.93, provider: 1, minLabels: 16, minFiles: 17 }));

// 473 (any owner, less common resources, other files' clients, curl): 23 files from 12 repositories; first run at b7ab1e0: precision
// 1.000, recall 0.926, provider 0.960 (27 calls; missed: an aiohttp post to a config class's base, a shell-out to the legacy `openai`
// CLI; provider: an Azure speech client read as another provider's). Not tuned on.
describe('detection accuracy on public code: corpus 473', () => measureCorpus('heldout473', { precision: 1, recall: 0.92, provider: 0.96, minLabels: 27, minFiles: 23 }));

// 474 (any owner, Python and JavaScript applications, OpenAI-compatible providers): 39 files from 13 repositories; first run at
// b7ab1e0: precision 1.000, recall 0.814, provider 0.971 (43 calls; missed: two httpx posts to a settings base, three Nuxt
// fetches to a runtimeConfig base, three calls on a client parameter; provider: a client chosen between Azure and OpenAI at run
// time read as Azure's). Not tuned on.
describe('detection accuracy on public code: corpus 474', () => measureCorpus('heldout474', { precision: 1, recall: 0.81, provider: 0.97, minLabels: 43, minFiles: 39 }));

// 475 (any owner, other languages): 20 files from 11 repositories; first run at b7ab1e0: precision 0.929, recall 0.684, provider
// 1.000 (19 calls; missed: two Go calls through the file's own request helper, a Guzzle post on the client a method of the file
// builds, a C# HttpRequestMessage given its RequestUri later, a heredoc curl run by eval; the false positive: a Swift WebSocket
// labelled at `webSocketTask(with:)`, read as a GET at its `URLRequest(url:)` five lines up, a WEBSOCKET there since). Tuned on
// since: the WebSocket's verb only (the figures unchanged); the C# RequestUri set later (the forty-second session; precision 0.933,
// recall 0.737).
describe('detection accuracy on public code: corpus 475', () => measureCorpus('heldout475', { precision: 0.93, recall: 0.73, provider: 1, minLabels: 19, minFiles: 20 }));

// 476 (any owner, less common resources, other files' clients, notebooks, curl): 33 files from 15 repositories; first run at
// b7ab1e0: precision 1.000, recall 0.927, provider 1.000 (41 calls; missed: a C# ClientWebSocket to a parameter's URL, Haskell's
// openai-hs, a theokanning service a plugin's getter hands out). Not tuned on.
describe('detection accuracy on public code: corpus 476', () => measureCorpus('heldout476', { precision: 1, recall: 0.95, provider: 1, minLabels: 41, minFiles: 33 }));

// 477 (any owner, Python and JavaScript applications of several files, frameworks, OpenAI-compatible providers and Azure): 35
// files from 18 repositories; first run at 43220ab: precision 0.944, recall 0.895, provider 1.000 (38 calls; missed: a Next.js
// route proxying its request's body to a URL from the environment, an axios post to `${process.env.API_BASE_URL}/completions`, two
// calls of the community `azure-openai` package (the v3 SDK's shape); the two false positives are a negative file's chat-shaped
// fetches to a parameter's URL, one in a helper nothing calls, one in a helper called with the app's own route). Tuned on since:
// the azure-openai package and one segment read by its answer (the forty-second session; precision 0.949, recall 0.974).
describe('detection accuracy on public code: corpus 477', () => measureCorpus('heldout477', { precision: 0.94, recall: 0.97, provider: 1, minLabels: 38, minFiles: 35 }));

// 478 (any owner, other languages; smaller than asked, three repositories had no snapshot): 20 files from 14 repositories; first
// run at 43220ab: precision 1.000, recall 0.583, provider 1.000 (24 calls; missed: two chat_gpt_sdk calls through Dart's null
// assertion `chatGPT!.`, three of the official .NET SDK's `OpenAIResponseClient` (the Responses client's name before 2.8.0), two
// openai-kotlin calls from Swift, an Apache `RequestBuilder.create("POST").setUri(…)`, two Unity calls handing a URL to another
// file's helper). Tuned on since: the Dart null assertion and OpenAIResponseClient (the forty-second session; recall 0.792).
// Precision 0.950 since 8ef7f42 (a Retrofit interface's method no file read calls is reported at its annotation): the negative
// ApiInterface.kt's `@POST("audio/translations")`, whose caller, ChatTranslation.kt, was not copied (its SOURCES.md).
describe('detection accuracy on public code: corpus 478', () => measureCorpus('heldout478', { precision: 0.95, recall: 0.79, provider: 1, minLabels: 24, minFiles: 20 }));

// 479 (any owner, less common resources, other files' clients, notebooks, curl): 29 files from 14 repositories; first run at
// 43220ab: precision 1.000, recall 0.886, provider 0.871 (35 calls; missed: a Go call handing a field whose default is OpenAI's URL
// to the file's helper, two `requests` functions handed to `asyncio.to_thread`, a curl argument list naming a URL set to an f-string;
// provider: two calls on the `openai` module a star import brings, two MacPaw/OpenAI calls read as sent to a Postgres
// Configuration's `localhost`). Tuned on since: the f-string and the Swift Configuration (the forty-second session; recall 0.914,
// provider 0.938).
describe('detection accuracy on public code: corpus 479', () => measureCorpus('heldout479', { precision: 1, recall: 1, provider: 1, minLabels: 35, minFiles: 29 }));

// 480 (any owner, Python and JavaScript applications of several files, frameworks, OpenAI-compatible providers and Azure): 33
// files from 16 repositories; first run at 3e01a24: precision 1.000, recall 0.871, provider 1.000 (31 calls; missed: two fetches to
// a URL a provider-keys table of another file gives, a GET to `${OLLAMA_API_URL.split('/v1/')[0]}/v1/models`, an AzureOpenAI
// client a class of another module keeps as an attribute). Not tuned on.
describe('detection accuracy on public code: corpus 480', () => measureCorpus('heldout480', { precision: 1, recall: 0.87, provider: 1, minLabels: 31, minFiles: 33 }));

// 481 (any owner, other languages; half the usual size, four repositories had no snapshot): 19 files from 11 repositories; first run
// at 3e01a24: precision 1.000, recall 0.867, provider 0.923 (15 calls; missed: an OkHttp request built by another file's builder
// handed another file's URL constant, openai-php's client built in another file; provider: a go-gpt3 client read as built
// elsewhere). Not tuned on.
describe('detection accuracy on public code: corpus 481', () => measureCorpus('heldout481', { precision: 1, recall: 0.86, provider: 0.92, minLabels: 15, minFiles: 19 }));

// 482 (any owner, less common resources, other files' clients, notebooks): 25 files from 15 repositories; first run at 3e01a24:
// precision 1.000, recall 0.919, provider 1.000 (37 calls; missed: two RestSharp requests made with no resource (`new RestRequest()`,
// `request.Method = Method.Post`) on a RestClient given the whole endpoint's URL, a Go request to a base constant plus one
// segment, `/generations`). Not tuned on.
describe('detection accuracy on public code: corpus 482', () => measureCorpus('heldout482', { precision: 1, recall: 0.94, provider: 1, minLabels: 37, minFiles: 25 }));

// 483 (any owner, Python and JavaScript applications of several files, frameworks, OpenAI-compatible providers and Azure): 32
// files from 16 repositories; first run at abe900e: precision 1.000, recall 0.968, provider 1.000 (31 calls; missed: a
// request-promise POST given its Azure deployment URL as `url:` in its options). Not tuned on.
describe('detection accuracy on public code: corpus 483', () => measureCorpus('heldout483', { precision: 1, recall: 0.96, provider: 1, minLabels: 31, minFiles: 32 }));

// 484 (any owner, other languages; 12 repositories, four had no snapshot): 29 files; first run at abe900e: precision 0.947, recall
// 0.514, provider 0.944 (35 calls; missed: six calls of the PHP client gzdsx/openai, six OkHttp requests to another file's class
// constants `OpenAIConst.HOST + OpenAIConst.CHATGPT_MAPPING`, two of the Unity package OpenAI-Unity, two Lua plenary posts to a URL
// a user setting gives; an Alamofire URLRequest given `.method = .post` read as a GET; provider: an openai-go client read as
// built elsewhere). Then tuned on: gzdsx/openai, class path constants, Alamofire's verb, OpenAI-Unity: recall 0.886, provider 0.968;
// the legacy billing path beside `/v1` (4b15f07): recall 0.914.
describe('detection accuracy on public code: corpus 484', () => measureCorpus('heldout484', { precision: 1, recall: 0.91, provider: 0.96, minLabels: 35, minFiles: 29 }));

// 485 (any owner, less common resources, other files' clients, notebooks; 11 repositories, six had no snapshot): 25 files; first
// run at abe900e: precision 1.000, recall 0.962, provider 0.920 (26 calls; missed: a client a resource registry's class gives;
// provider: two clients handed in that the labels leave unknown, read as the file's default OpenAI()). Not tuned on.
describe('detection accuracy on public code: corpus 485', () => measureCorpus('heldout485', { precision: 1, recall: 0.96, provider: 0.92, minLabels: 26, minFiles: 25 }));

// 486 (any owner, Python and JavaScript applications of several files, OpenAI-compatible providers and Azure; 14 repositories, four
// had no snapshot): 28 files; first run at 4b15f07: precision 1.000, recall 0.967, provider 1.000 (30 calls; missed: a call of
// `@azure/openai/api`'s modular `listChatCompletions(context, …)`). Then tuned on: the modular API, recall 1.000.
describe('detection accuracy on public code: corpus 486', () => measureCorpus('heldout486', { precision: 1, recall: 1, provider: 1, minLabels: 30, minFiles: 28 }));

// 487 (any owner, languages other than Python and JavaScript; 16 repositories): 26 files; first run at 4b15f07: precision 1.000,
// recall 0.741, provider 0.900 (27 calls; missed: a Dart post to two constants of another file's class, `ApiConstants.openAIBaseUrl +
// ApiConstants.chatCompletionsEndpoint`; two Dio requests to another file's `Endpoints` on a client handed in; an Elixir HTTPoison
// post to a URL the application's configuration gives; three Retrofit interface annotations labelled where they are declared (the
// files that call them were not copied; earlier corpora label Retrofit requests at their calls); provider: two Ruby Faraday posts
// through `conn`, a class method another file's parent class defines with a literal URL). Then tuned on: another file's class path
// constant without the version, a parent's Faraday connection method: recall 0.778, provider 1.000.
describe('detection accuracy on public code: corpus 487', () => measureCorpus('heldout487', { precision: 1, recall: 0.77, provider: 1, minLabels: 27, minFiles: 26 }));

// 488 (any owner, less common resources, other files' clients, notebooks, Rust and Dart; 15 repositories): 33 files; first run at
// 4b15f07: precision 1.000, recall 0.837, provider 1.000 (43 calls; missed: five calls of the Rust crate openai-rust, an Azure
// realtime session's key `{endpoint}/openai/realtimeapi/sessions`, a WebRTC offer posted to a URL the backend's answer gives). Then
// tuned on: openai-rust, Azure's realtime sessions: recall 0.977, provider 0.881 (the crate's five calls read as api.openai.com,
// its fixed base, where the labels, by the brief's rule for a client handed in, say unknown).
describe('detection accuracy on public code: corpus 488', () => measureCorpus('heldout488', { precision: 1, recall: 0.97, provider: 0.88, minLabels: 43, minFiles: 33 }));

// 489 (any owner, Python and JavaScript applications of several files, compatible providers, Azure; 14 repositories): 33 files;
// first run at 45e0518: precision 1.000, recall 0.867, provider 0.923 (30 calls; missed: a chat request on the client of an object
// a factory of another file returns with the client built in place, `return { client: new OpenAI({ baseURL }), deploymentName }`;
// a fetch to a whole URL an environment variable gives; two fetches of `${this.baseUrl}/models`, one segment on a base a constructor
// parameter gives; provider: two requests of a proxy to a base read at run time, labelled with the provider its default names).
// Then tuned on: the factory's object built in place: recall 0.900, provider 0.926.
// (forty-sixth session: a base a local function returns with its region filled in, read as Bedrock's: provider 1.000.)
describe('detection accuracy on public code: corpus 489', () => measureCorpus('heldout489', { precision: 1, recall: 0.9, provider: 1, minLabels: 30, minFiles: 33 }));

// 490 (any owner, languages other than Python and JavaScript; 17 repositories): 28 files; first run at 45e0518: precision 1.000,
// recall 0.444, provider 0.833 (27 calls; missed: three Java hutool requests to URLs joined only from the class's constants,
// `String.format("%s%s%s", BASE_URL, V1, CHAT_URL)`, one through the file's retry helper; two Dart posts to another file's
// `endPoint("completions")`, a function joining another file's constant; two Dart requests to `$baseUrl/models` and
// `$baseUrl/completions` on a base an uncopied file gives; a Kotlin RestTemplate and a C# HttpClient post to URLs the configuration
// gives; two .NET SDK chat calls on a client another file's factory class builds from configuration; three Azure Responses requests
// to an endpoint an options class of another file assembles; a Go post to a URL a JSON configuration gives; provider: an openai-java
// client a Spring @Bean of another file builds with the SDK's base; a Unity URL field whose default is OpenAI's, labelled unknown).
// Then tuned on: URLs joined from the file's constants, the project's openai-java builds: recall 0.556, provider 0.933.
// (forty-sixth session: the Kotlin and C# posts by their typed bodies, the .NET factory's client, a completion's answer read by an index
// name: recall 0.741, provider 0.950.)
describe('detection accuracy on public code: corpus 490', () => measureCorpus('heldout490', { precision: 1, recall: 0.74, provider: 0.95, minLabels: 27, minFiles: 28 }));

// 491 (any owner, less common resources, other files' clients, notebooks, curl; 16 repositories): 34 files; first run at 45e0518:
// precision 1.000, recall 0.884, provider 1.000 (43 calls; missed: three @azure/openai calls on a React ref,
// `clientRef.current = new OpenAIClient(…)`; a fetch to a URL a local function returns, Azure's deployment URL or an environment
// override; a curl example in a Markdown document, which the scan does not read by design). Then tuned on: React refs: recall 0.953.
describe('detection accuracy on public code: corpus 491', () => measureCorpus('heldout491', { precision: 1, recall: 0.95, provider: 1, minLabels: 43, minFiles: 34 }));

// 492 (any owner, Python and JavaScript applications of several files, compatible providers, Azure; 13 repositories): 31 files;
// first run at 5f16cd9: precision 1.000, recall 1.000, provider 0.967 (30 calls; provider: a parameter `az_openai` that callers in
// other files hand the module's AzureOpenAI singleton, read as Azure, labelled unknown by the brief's rule for a client handed in).
describe('detection accuracy on public code: corpus 492', () => measureCorpus('heldout492', { precision: 1, recall: 1, provider: 0.96, minLabels: 30, minFiles: 31 }));

// 493 (any owner, languages other than Python and JavaScript; 15 repositories): 26 files; first run at 5f16cd9: precision 0.833,
// recall 0.577, provider 0.867 (26 calls; false positives: three requests of a Flutter class named OpenAIService to its own
// backend, `$_baseUrl/files/upload` read as a file's id; missed: async-openai's first API, `Completion::create(&client, request)`;
// two plexpt chatgpt-java calls on a bean another file builds; three EJS templates, `sample.go.template`, which the scan does not
// read; a Spring WebClient post with no uri to a base that is the whole endpoint; two RestTemplate posts to URLs a configuration
// gives, with typed bodies of no `messages`; two Ruby callers handing a path to a Faraday helper another file defines; provider:
// two .NET SDK calls on an OpenAIClient Program.cs registers, read as unknown). Then tuned on: an app's own routes on a base set at
// run time, the WebClient's base, the project's one OpenAIClient build: precision 1.000, recall 0.615, provider 1.000.
describe('detection accuracy on public code: corpus 493', () => measureCorpus('heldout493', { precision: 1, recall: 0.61, provider: 1, minLabels: 26, minFiles: 26 }));

// 494 (any owner, less common resources, other files' clients, notebooks, curl; 15 repositories): 34 files; first run at 5f16cd9:
// precision 1.000, recall 0.829, provider 0.931 (35 calls; missed: four PHP calls handing a literal URL to a helper of another
// file named for its verb, `$this->comms->doPost("https://api.openai.com/v1/threads", $data)`; websocket-client's
// `create_connection(WS_URL)` imported by name; a WebSocket to a URL a constructor parameter gives; provider: a client handed to
// a class, built with no base in another file, labelled unknown by the brief's rule; a notebook's request to `"your_api_url"`,
// labelled other). Then tuned on: helpers named for their verb, create_connection: recall 0.971, provider 0.941.
describe('detection accuracy on public code: corpus 494', () => measureCorpus('heldout494', { precision: 1, recall: 1, provider: 0.94, minLabels: 35, minFiles: 34 }));

// 495 (any owner, Python and JavaScript applications of several files, compatible providers, Azure; 12 repositories): 20 files; first
// run at 163d19a: precision 1.000, recall 0.875, provider 0.857 (24 calls; missed: two Assistants API calls on a client kept as a
// member of a module another file builds, `openai.openai.beta.threads.runs.createAndStream(…)`; a Spring Cloud OpenFeign interface's
// `@PostMapping("/chat/completions")`, labelled at the declaration; provider: a client's base a method returns in a tuple, one of
// several other providers', read as unknown; two Assistants API calls in private functions handed a client, read as OpenAI's because
// the project builds only default clients, labelled unknown by the brief's rule for a client handed in). Then tuned on: a client
// kept as a module's member: recall 0.958, provider 0.870.
describe('detection accuracy on public code: corpus 495', () => measureCorpus('heldout495', { precision: 1, recall: 0.95, provider: 0.86, minLabels: 24, minFiles: 20 }));

// 496 (any owner, other languages; 14 repositories): 20 files; first run at 163d19a: precision 1.000, recall 0.864, provider 1.000
// (22 calls; missed: ruby-openai's `OpenAI::Client.new(access_token: key).models.list`, built and asked without brackets; a gorilla
// WebSocket Dial to a run-time URL with the Realtime API's `OpenAI-Beta` header; Go's `fmt.Sprintf("%s%s", API_V1_URL,
// "/chat/completions")` with the typed constant in another file of the package). Then tuned on: those three: recall 1.000.
describe('detection accuracy on public code: corpus 496', () => measureCorpus('heldout496', { precision: 1, recall: 1, provider: 1, minLabels: 22, minFiles: 20 }));

// 497 (any owner, less common resources, other files' clients, notebooks, curl; 12 repositories): 38 files; first run at 163d19a:
// precision 1.000, recall 0.917, provider 0.970 (36 calls; missed: a Python websockets connect to a constructor parameter's URL
// with the Realtime API's beta header; two calls handing a path to a C++ class's own libcurl `post(suffix)` helper on a member
// base; provider: a realtime socket whose URL is Azure's or OpenAI's by a branch, labelled azure). Then tuned on: sockets told by the
// Realtime API's beta header: recall 0.944, provider 0.971.
describe('detection accuracy on public code: corpus 497', () => measureCorpus('heldout497', { precision: 1, recall: 0.94, provider: 0.97, minLabels: 36, minFiles: 38 }));

// 498 (any owner, Python and JavaScript applications of several files, compatible providers, Azure; 12 repositories): 31 files; first
// run at fdd9dc1: precision 1.000, recall 1.000, provider 1.000 (33 calls; 14 of them Azure's, 10 other providers').
describe('detection accuracy on public code: corpus 498', () => measureCorpus('heldout498', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 31 }));

// 499 (any owner, other languages; 13 repositories): 21 files; first run at fdd9dc1: precision 1.000, recall 0.947, provider 1.000
// (19 calls; missed: the Rust crate openai-api-stream-rs's `OpenAIStream::gpt_stream(input)`). Then tuned on: that crate read from
// its source: recall 1.000.
describe('detection accuracy on public code: corpus 499', () => measureCorpus('heldout499', { precision: 1, recall: 1, provider: 1, minLabels: 19, minFiles: 21 }));

// 500 (any owner, less common resources, other files' clients, notebooks, curl; 15 repositories): 39 files; first run at 8ef7f42:
// precision 0.974, recall 0.841, provider 1.000 (44 calls; missed: four Assistants API calls a ColdFusion component hands to
// another file's `cfhttp` helper (ColdFusion is read by no detector); a PHP helper handed a constant the file `define`s; a notebook's
// shell escape running the legacy CLI, `!openai api fine_tunes.create`; PowerShell's `Invoke-RestMethod` in a file named `.sh`;
// a false positive: `"https://api.openai.com/v1/engines/" . $engine . "/completions"` also read as `/completions` on a base
// `$engine`). Then tuned on: all but ColdFusion's: precision 1.000, recall 0.909.
describe('detection accuracy on public code: corpus 500', () => measureCorpus('heldout500', { precision: 1, recall: 0.9, provider: 1, minLabels: 44, minFiles: 39 }));

// 501 (any owner, Python and JavaScript applications of several files, compatible providers, Azure; 13 repositories): 31 files; first
// run at eed40e7: precision 1.000, recall 0.912, provider 1.000 (34 calls; 10 of them Azure's, 5 OpenRouter's; missed: a request to
// a whole URL from the environment; two requests on an axios client a function of the file makes at each call, `getApiClient().get(
// '/models')`, its base a member of an object another module exports). Then tuned on: that function's client; a body of messages
// alone posted to a URL read from a setting named for OpenAI: recall 1.000.
describe('detection accuracy on public code: corpus 501', () => measureCorpus('heldout501', { precision: 1, recall: 1, provider: 1, minLabels: 34, minFiles: 31 }));

// 502 (any owner, other languages; 12 repositories): 20 files; first run at eed40e7: precision 1.000, recall 0.958, provider 0.957
// (24 calls; missed: the Swift package ChatGPTSwift's `api.sendMessageStream(text:)`; provider: the Elixir openai package's call
// in a project whose config/runtime.exs sets `api_url` from the environment on one branch (not copied), labelled unknown). Then tuned
// on: ChatGPTSwift read from its source: recall 1.000. (The project's `config :openai, api_url:` is read since, when it is scanned.)
describe('detection accuracy on public code: corpus 502', () => measureCorpus('heldout502', { precision: 1, recall: 1, provider: 0.95, minLabels: 24, minFiles: 20 }));

// 503 (any owner, less common resources, other files' clients, notebooks, curl; 12 repositories): 29 files; first run at eed40e7:
// precision 0.968, recall 0.968, provider 1.000 (31 calls; one false positive and one miss on one line: a Go request the label gave
// as `/v1/engines/{engine_id}/completions` while the copied file sends to `/v1/chat/completions`, which was reported; the label was
// corrected after the first run, see its SOURCES.md). With the label corrected: precision 1.000, recall 1.000.
describe('detection accuracy on public code: corpus 503', () => measureCorpus('heldout503', { precision: 1, recall: 1, provider: 1, minLabels: 31, minFiles: 29 }));

// 506 (any owner, less common resources, other files' clients, notebooks, curl; 13 repositories): 29 files; first run at 47e8059:
// precision 1.000, recall 0.933, provider 0.964 (30 calls; missed: two curl scripts, one to a host a command substitution fills in,
// `https://api.$(pass show …)/v1/chat/completions`, one to `${OPENAI_API_BASE}/responses` with the base unset in the script;
// provider: a client parameter typed `AzureOpenAI`, read as Azure's, labelled unknown). Then tuned on: those two: recall 1.000.
describe('detection accuracy on public code: corpus 506', () => measureCorpus('heldout506', { precision: 1, recall: 1, provider: 0.96, minLabels: 30, minFiles: 29 }));

// 504 (any owner, Python and JavaScript applications of several files, compatible providers, Azure; 13 repositories): 33 files;
// first run at c5968a8: precision 1.000, recall 0.969, provider 1.000 (32 calls; 6 of them Groq's, OpenRouter's and Together's;
// missed: an httpx post to a Realtime session URL a function of a constants module not copied returns).
describe('detection accuracy on public code: corpus 504', () => measureCorpus('heldout504', { precision: 1, recall: 0.96, provider: 1, minLabels: 32, minFiles: 33 }));

// 505 (any owner, other languages; 14 repositories): 25 files; first run at 6c99021: precision 1.000, recall 0.950, provider 0.895
// (20 calls; missed: Spring's RestTemplate posting a `new ChatRequestRestCall(…)` to a URL from configuration; provider: two go-openai
// calls on a client handed to a constructor, in a project that builds that library's clients only with the default host, read as
// OpenAI's, labelled unknown). Then tuned on: a request type's name going on after `ChatRequest`: recall 1.000.
describe('detection accuracy on public code: corpus 505', () => measureCorpus('heldout505', { precision: 1, recall: 1, provider: 0.89, minLabels: 20, minFiles: 25 }));

// 507 (any owner, Python and JavaScript applications, compatible providers, Azure; 16 repositories): 39 files; first run at 753041d:
// precision 1.000, recall 0.974, provider 1.000 (39 calls; 13 of them DeepSeek's, OpenRouter's, Groq's and Anthropic's compatible API;
// missed: a DeepSeek `GET https://api.deepseek.com/models` in a file naming nothing else).
describe('detection accuracy on public code: corpus 507', () => measureCorpus('heldout507', { precision: 1, recall: 0.97, provider: 1, minLabels: 39, minFiles: 39 }));

// 508 (any owner, other languages; 15 repositories): 30 files; first run at 753041d: precision 1.000, recall 0.517, provider 1.000
// (29 calls; missed: R's `httr::RETRY("POST", url = url)`, a `GET(paste0(api_url, "/models"))` and an httr2 pipe of
// `req_url_path_append` steps to an Azure deployment; Rust ureq posting to a URL from the command line; four Swift `URLRequest`s to a
// base from the app's settings; Unity's `UnityWebRequest.Post` to another file's constant; two ruby-openai calls on a client handed
// in; C++ libcurl's `CURLOPT_URL` set to a constant plus a path; Java's HttpClient and Apache HttpPost to a URL from Spring's `@Value`).
// Then tuned on: httr's RETRY and VERB; a Java chat request object posted by Apache's HttpPost with its entity set after it, or by
// HttpClient's builder, to a URL from `@Value` (and ChatGPT's name read by the prefilter); a C# class constant named through its
// namespace; Rust's ureq posting a completion body from a link of its chain: recall 0.690.
describe('detection accuracy on public code: corpus 508', () => measureCorpus('heldout508', { precision: 1, recall: 0.68, provider: 1, minLabels: 29, minFiles: 30 }));

// 509 (any owner, less common resources, other files' clients, notebooks, curl; 14 repositories): 29 files; first run at 753041d:
// precision 1.000, recall 0.946, provider 0.943 (37 calls; missed: `requests.get` handed to `asyncio.to_thread` with the URL after it,
// and a Go client's `c.URL("audio/transcriptions")` helper; provider: two calls on a client parameter in a module importing `openai`,
// read as OpenAI's, labelled unknown).
describe('detection accuracy on public code: corpus 509', () => measureCorpus('heldout509', { precision: 1, recall: 0.94, provider: 0.94, minLabels: 37, minFiles: 29 }));

// 510 (any owner, Python and JavaScript applications, compatible providers, Azure; 16 repositories): 31 files; first run at 49a9516:
// precision 1.000, recall 0.867, provider 1.000 (30 calls; missed: four calls on `OpenAIAsync.instance()`, a class method returning
// the client its class keeps, imported from the project's utils.py). Then tuned on: a Python class or static method returning a
// client, called on its class: recall 1.000.
describe('detection accuracy on public code: corpus 510', () => measureCorpus('heldout510', { precision: 1, recall: 1, provider: 1, minLabels: 30, minFiles: 31 }));

// 511 (any owner, other languages; 16 repositories): 26 files; first run at c777682: precision 0.870, recall 0.667, provider 1.000
// (30 calls; false positives: a Kotlin helper's `.url(apiUrl)` read as the companion object's constant its parameter shadows (its
// caller's line was reported too), and two Lua requests to a configured URL or, for a payload with `input`, a literal
// `/v1/responses`, reported as the latter where the label gives chat completions; missed: five openai-php calls written
// `$client->assistants()->threads()->…`, a shape no openai-php release has (SOURCES.md: the labels give the intended requests), two
// PHP calls through a helper handed `self::chatUrl()` from a trait not copied, the two Lua ones, and an OpenAI-Unity sample inside the
// package's own namespace). Then tuned on: the Kotlin shadowing, the Unity namespace: precision 0.913, recall 0.700.
describe('detection accuracy on public code: corpus 511', () => measureCorpus('heldout511', { precision: 0.91, recall: 0.7, provider: 1, minLabels: 30, minFiles: 26 }));

// 512 (any owner, less common resources, other files' clients, notebooks, curl; 16 repositories): 34 files; first run at c777682:
// precision 1.000, recall 0.952, provider 0.950 (42 calls; missed: a requests post to a URL a function picks from the file's table of
// providers, and a Java HttpClient GET to a URL from `@Value`; provider: an embeddings call on a client imported from a module the
// repository does not have, read as OpenAI's, labelled unknown; a request whose URL comes from that providers table, read as unknown,
// labelled other).
describe('detection accuracy on public code: corpus 512', () => measureCorpus('heldout512', { precision: 1, recall: 0.95, provider: 0.95, minLabels: 42, minFiles: 34 }));

// 513 (any owner, Python and JavaScript applications, compatible providers, Azure; 13 repositories): 32 files; first run at 43b96eb:
// precision 1.000, recall 1.000, provider 0.933 (30 calls; provider: a legacy-SDK call on what `openai.configuration()` returns, the static
// method of a class another file exports whole, read as unknown, labelled openai; a DeepSeek adapter's call whose client a factory
// picks by model name, read as other, labelled openai, a judgement call SOURCES.md notes). Then tuned on: factories of a module
// imported whole (`const openai = require(…)`, `import * as ai from …`), called as its members.
describe('detection accuracy on public code: corpus 513', () => measureCorpus('heldout513', { precision: 1, recall: 1, provider: 0.96, minLabels: 30, minFiles: 32 }));

// 514 (any owner, other languages; 17 repositories): 34 files; first run at 43b96eb: precision 1.000, recall 0.656, provider 1.000
// (32 calls; missed: five Dart requests to `Uri.https('api.openai.com', 'v1/chat/completions')` kept in a variable, its path without
// the leading slash; two Qt requests, a `QNetworkRequest` on `m_baseUrl + "/v1/…"` whose base a header keeps, posted by a
// `QNetworkAccessManager`; two PHP `file_get_contents` requests to proxy URLs; a call of sgraaf's openai-php,
// `$this->client->createChatCompletion(…)`; a Rust reqwest post to an endpoint from an enum's method). Then tuned on: the Dart
// path without its slash: recall 0.813.
describe('detection accuracy on public code: corpus 514', () => measureCorpus('heldout514', { precision: 1, recall: 0.81, provider: 1, minLabels: 32, minFiles: 34 }));

// 515 (any owner, less common resources, notebooks, other files' clients; 12 repositories): 22 files; first run at 43b96eb: precision
// 1.000, recall 1.000, provider 0.926 (27 calls; provider: two batch calls on a client parameter that the one caller in the repository
// hands `OpenAI()`, read as OpenAI's, labelled unknown).
describe('detection accuracy on public code: corpus 515', () => measureCorpus('heldout515', { precision: 1, recall: 1, provider: 0.92, minLabels: 27, minFiles: 22 }));

// 516 (any owner, Python and JavaScript applications: bots, API routes, backends, extensions; 15 repositories): 30 files; first run at
// a312a39: precision 1.000, recall 0.882, provider 1.000 (34 calls; missed: an aiohttp GET of `{self.base_url}/models`, the base the
// file hands its AsyncOpenAI client; three posts of `''` on an axios instance whose base a VS Code setting gives, their endpoint read
// by the labeller from the body). Then tuned on: a path on the base a file hands its OpenAI client: recall 0.912.
describe('detection accuracy on public code: corpus 516', () => measureCorpus('heldout516', { precision: 1, recall: 0.91, provider: 1, minLabels: 34, minFiles: 30 }));

// 517 (any owner, other languages; 12 repositories): 17 files; first run at a312a39: precision 1.000, recall 0.536, provider 1.000
// (28 calls; missed: six calls of R's `openai` package, `create_completion()`, `list_models()`, a package the engine does not read;
// six WordPress requests through a class's helper, `$this->make_request('/chat/completions', …)`, its base a property
// (`$this->api_base . $endpoint`) or a table of routes; a Blazor `HttpClient.PostAsync` to a configured URL). Then tuned on: PHP
// helpers putting the path after a base by `.`, a property's literal base, a method parameter's default verb: recall 0.643; in the
// fifty-second session, R's `openai` package: recall 0.857.
describe('detection accuracy on public code: corpus 517', () => measureCorpus('heldout517', { precision: 1, recall: 0.85, provider: 1, minLabels: 28, minFiles: 17 }));

// 518 (any owner, less common resources, notebooks, Makefiles, other files' clients; 15 repositories): 27 files; first run at a312a39:
// precision 0.974, recall 0.860, provider 1.000 (43 calls; a Kotlin HttpURLConnection POST, its verb set by the property
// `connection.requestMethod = "POST"`, read as a GET; missed: three HTTPie commands in a Makefile, `http POST https://…`; two
// Azure assistants calls, `GetRunAsync` and `GetMessagesAsync`, on an injected AssistantClient). Then tuned on: Kotlin's
// `requestMethod` property: precision 1.000, recall 0.884; in the fifty-second session, HTTPie in Makefiles and the .NET
// AssistantClient's reading methods: recall 1.000.
describe('detection accuracy on public code: corpus 518', () => measureCorpus('heldout518', { precision: 1, recall: 1, provider: 1, minLabels: 43, minFiles: 27 }));

// Round 99 (fifty-second session), each corpus first run at 8571655, made before any of them arrived.
// 519 (Python and JavaScript apps, compatible providers; 16 repositories): 33 files; first run: precision 1.000, recall 0.914,
// provider 1.000 (35 calls; missed: three Nuxt server requests to `buildOpenAIUrl(baseUrl, "models")`, the path one endpoint
// segment, written in place or kept in a constant). Then tuned on: a joining helper named for OpenAI: recall 1.000.
describe('detection accuracy on public code: corpus 519', () => measureCorpus('heldout519', { precision: 1, recall: 1, provider: 1, minLabels: 35, minFiles: 33 }));

// 520 (other languages; 14 repositories, fewer than the brief asks: its fetches ran out): 22 files; first run: precision 0.944,
// recall 0.586, provider 1.000 (29 calls; a PHP curl POST whose options are an `array(…)` with CURLOPT_POST, read as a GET;
// missed: ten Go requests through a client's own builder method, five of them handed an endpoint constant of another package
// not copied, five joined as `fmt.Sprintf("%s%s?api-version=%s", c.endpoint, path, v)` with one-segment or formatted paths; a
// Dart request on a base imported from a file not copied). Then tuned on: `array(…)` options, the builder's query: precision
// 1.000, recall 0.621.
describe('detection accuracy on public code: corpus 520', () => measureCorpus('heldout520', { precision: 1, recall: 0.62, provider: 1, minLabels: 29, minFiles: 22 }));

// 521 (less common resources, legacy SDKs, notebooks; 8 repositories, fewer than the brief asks): 22 files; first run: precision
// 1.000, recall 0.824, provider 1.000 (34 calls; missed: six ruby-openai calls on a client handed in as a parameter,
// `open_ai_client.images.variations(parameters: …)`, in files that only `require "openai"`). Then tuned on: such parameters:
// recall 1.000.
describe('detection accuracy on public code: corpus 521', () => measureCorpus('heldout521', { precision: 1, recall: 1, provider: 1, minLabels: 34, minFiles: 22 }));

// The hundredth round (fifty-third session), each corpus first run at 62bbdfa, made before any of them arrived.
// 522 (Python and JavaScript apps, compatible providers, Azure; 15 repositories): 30 files; first run: precision 1.000, recall 0.971,
// provider 1.000 (35 calls; missed: a vLLM request to `host.rstrip("/") + "/" + path.lstrip("/")`, `path` a local holding
// "chat/completions", its body with no `model`). Not tuned on.
describe('detection accuracy on public code: corpus 522', () => measureCorpus('heldout522', { precision: 1, recall: 0.97, provider: 1, minLabels: 35, minFiles: 30 }));

// 523 (other languages; 11 repositories, fewer than the brief asks): 23 files; first run: precision 1.000, recall 0.750, provider
// 1.000 (32 calls; missed: six Spring requests through `openAIRestTemplate.makeRequest("/files", body, null, HttpMethod.POST)`, the
// helper's class in a file not copied; a Rust `format!("{}/models", base_url)` in a file declaring `struct OpenAiCompatProvider`; a
// Dio `client.get('models')` on an injected client). Then tuned on: a helper of a class named for OpenAI handed a path and a verb,
// Rust's structs named for OpenAI: recall 0.969.
describe('detection accuracy on public code: corpus 523', () => measureCorpus('heldout523', { precision: 1, recall: 0.96, provider: 1, minLabels: 32, minFiles: 23 }));

// 524 (less common resources, legacy SDKs; 12 repositories, fewer than the brief asks): 30 files; first run: precision 1.000, recall
// 0.771, provider 1.000 (35 calls; missed: six Go Assistants requests on `s.client.BaseURL + "/threads"` and formatted paths, a
// client handed in, each sent with the `OpenAI-Beta` header; an R `curl::curl_fetch_memory(url = …, handle = h)`; the legacy CLI's
// private `cli.FineTune._get_or_upload`). Then tuned on: the `OpenAI-Beta` header saying the base is OpenAI's, R's curl
// package with its handle's verb: recall 0.971.
describe('detection accuracy on public code: corpus 524', () => measureCorpus('heldout524', { precision: 1, recall: 0.97, provider: 1, minLabels: 35, minFiles: 30 }));

// The hundred-and-first round (fifty-fourth session), each corpus first run at f1c7c9b, made before any of their files was opened.
// 525 (Python and JavaScript applications, compatible providers, Azure; 13 repositories, fewer than the brief asks): 28 files; first
// run: precision 1.000, recall 0.970, provider 1.000 (33 calls; missed: `self.client.audio.transcriptions.create(…)` in a class kept
// from `__init__(self, openai_client)`, in a file importing no SDK). Then tuned on: a parameter named for OpenAI kept in `self`:
// recall 1.000.
describe('detection accuracy on public code: corpus 525', () => measureCorpus('heldout525', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 28 }));

// 526 (other languages; 14 repositories, fewer than the brief asks): 31 files; first run: precision 0.968, recall 0.909, provider
// 0.933 (33 calls; a Java `HttpURLConnection` reported at `url.openConnection()`, labelled at `new URL(…)` the line before: one
// false positive and one miss; missed: a Dart app's generic Dio wrapper posting to a URL from the environment, its one caller in
// another file; a Rust hyper request to a misspelled host, `api.openapi.com`, labelled another provider's; provider: two Kotlin
// Retrofit calls labelled openai from a DI module the collector did not copy, unknown here, as the brief's rule would say).
// Then tuned on: the connection's call spans the URL made just before it: precision 1.000, recall 0.939, provider 0.935.
describe('detection accuracy on public code: corpus 526', () => measureCorpus('heldout526', { precision: 1, recall: 0.93, provider: 0.93, minLabels: 33, minFiles: 31 }));

// 527 (less common resources, legacy SDKs, notebooks, curl, .http; 13 repositories, fewer than the brief asks): 27 files; first
// run: precision 1.000, recall 0.861, provider 1.000 (36 calls; missed: Fuel's post on a Kotlin object's constant joined from its
// base constant and a path; a Ktor post whose URL an extension function sets; a Next.js route's fetch of a session URL from the
// environment; two WebRTC offers posted to `${config.realtimeApiUrl}?model=…`, the URL given by a layout file as a prop).
// Then tuned on: joined class constants, WebRTC offers to a run-time URL naming the Realtime API (unknown destination, labelled
// openai from the layout): recall 0.944, provider 0.941.
describe('detection accuracy on public code: corpus 527', () => measureCorpus('heldout527', { precision: 1, recall: 0.94, provider: 0.94, minLabels: 36, minFiles: 27 }));

// The hundred-and-second round (fifty-fourth session), each corpus first run at 14cd28c, made before any of them arrived.
// 528 (Python and JavaScript applications, compatible providers, Azure; 15 repositories): 24 files; first run: precision 1.000,
// recall 0.968, provider 0.900 (31 calls; missed: LM Studio's model list, `fetch(`${env.LMSTUDIO_BASE_URL}/models`)`, on a base from
// the environment; provider: a legacy `openai.ChatCompletion.create` in a package whose `__init__.py` sets `api_type = 'azure'`; an
// LM Studio base a parameter's default gives, `def generate_response(…, endpoint=ENDPOINT)`, its one caller not passing it; a legacy
// module's `api_base` set from an instance's attribute, `config.base_url`). Then tuned on: the package's `__init__.py`: provider 0.933;
// in the next round, the default no call in the file passes: provider 0.967.
describe('detection accuracy on public code: corpus 528', () => measureCorpus('heldout528', { precision: 1, recall: 0.96, provider: 0.96, minLabels: 31, minFiles: 24 }));

// 529 (other languages; 13 repositories, fewer than the brief asks): 27 files; first run: precision 1.000, recall 0.962, provider
// 1.000 (26 calls; missed: Scala's tapir endpoint interpreted by http4s on a base URI, `toSecureRequest(OpenAI.completion, baseUri =
// …)`). Not tuned on.
describe('detection accuracy on public code: corpus 529', () => measureCorpus('heldout529', { precision: 1, recall: 0.96, provider: 1, minLabels: 26, minFiles: 27 }));

// 530 (less common resources, legacy SDKs, notebooks; 11 repositories, fewer than the brief asks): 22 files; first run: precision
// 1.000, recall 1.000, provider 0.909 (33 calls; provider: three Azure.AI.OpenAI calls on `new OpenAIClient(new Uri("[Your Azure OAI
// endpoint]"), new AzureKeyCredential(…))`, read as another provider's). Then tuned on: a placeholder endpoint beside an Azure key
// credential is Azure's: provider 1.000.
describe('detection accuracy on public code: corpus 530', () => measureCorpus('heldout530', { precision: 1, recall: 1, provider: 1, minLabels: 33, minFiles: 22 }));

// The hundred-and-third round (fifty-fifth session), each corpus first run at badde0c, made before any of them arrived.
// 531 (Python and JavaScript applications, compatible providers, Azure; 15 repositories): 32 files; first run: precision 1.000,
// recall 1.000, provider 1.000 (32 calls). Not tuned on.
describe('detection accuracy on public code: corpus 531', () => measureCorpus('heldout531', { precision: 1, recall: 1, provider: 1, minLabels: 32, minFiles: 32 }));

// 532 (other languages; 15 repositories): 28 files; first run: precision 0.964, recall 0.871, provider 0.741 (31 calls; a Laravel
// `Http::withOptions(…)->withHeaders(…)->post(…)` chain labelled where it starts, reported at its `->post(` five lines on, as this
// detector does for every chain: one false positive and one miss; missed: a Unity `new UnityWebRequest(apiUrl, "POST")` on a field
// the editor fills, its body built by another method; a Kotlin Retrofit call whose interface the collector did not copy; Guzzle's
// PSR-7 request imported under another name, `new GuzzelHttpRequest('POST', 'https://api.openai.com/…')`; provider: Ruby's
// `Faraday.new(BASE_URL)`, the base its first argument; six OpenAI-DotNet calls on `OpenAI = new(OpenAIAuthentication…)`, C#'s
// target-typed `new` of a member declared `OpenAIClient`). Then tuned on: the alias, the positional base, the target-typed
// client: precision 0.966, recall 0.903, provider 1.000; in the round after, Unity's request given a body another method builds:
// precision 0.967, recall 0.935; in the fifty-sixth session, a chain's call range from its head, `Http::withOptions(`: precision
// 1.000, recall 0.968.
describe('detection accuracy on public code: corpus 532', () => measureCorpus('heldout532', { precision: 1, recall: 0.96, provider: 1, minLabels: 31, minFiles: 28 }));

// 533 (less common resources, legacy SDKs, notebooks; 15 repositories): 26 files; first run: precision 1.000, recall 0.943,
// provider 0.939 (35 calls; missed: a Spring WebClient chain on a URL a constants class reads from application.yml; a RestTemplate
// post of `new OpenAIRequest(model, context, prompt)` to an injected URL; provider: two posts labelled openai whose constants, in
// the copied snapshot, name api.wakaa.tech: the labels were corrected to other, see its SOURCES.md). Then tuned on: a request type
// named for OpenAI in a file reading a choice's message is a chat's body: recall 0.971, provider 1.000.
describe('detection accuracy on public code: corpus 533', () => measureCorpus('heldout533', { precision: 1, recall: 0.97, provider: 1, minLabels: 35, minFiles: 26 }));

// The hundred-and-fourth round (fifty-fifth session), each corpus first run at 096a092, made before any of them arrived.
// 534 (Python and JavaScript applications on newer API features, compatible providers, Azure; 15 repositories): 34 files; first
// run: precision 1.000, recall 0.949, provider 0.811 (39 calls; missed: a Responses stream posted through `client.stream('POST',
// url)` where the URL is handed in from the method that built it; a chat on `client = self.azure_client or self.openai_client`;
// provider: an Ollama client a closure hands on, `limited(p)` calling `process_prompt(client, p)` inside the function that built
// it; three httpx requests on `f"{self.base_url}/responses"` whose attribute is Azure's in one branch and OpenAI's literal in the
// other, read as OpenAI's; a Groq base as an `__init__` parameter's default (the caller's to change, as this detector reads
// every default); a pydantic wrapper's client whose `base_url` field defaults to None, labelled openai). Then tuned on: the
// closure, the attribute set two ways: provider 0.919; then the either-or client: recall 0.974, provider 0.921.
describe('detection accuracy on public code: corpus 534', () => measureCorpus('heldout534', { precision: 1, recall: 0.97, provider: 0.92, minLabels: 39, minFiles: 34 }));

// 535 (the less common languages; 15 repositories, 29 calls, one fewer than the brief asks): 26 files; first run: precision 1.000,
// recall 0.414, provider 1.000 (29 calls; missed: Julia's OpenAI.jl, `OpenAI.create_chat(ENV["OPENAI_API_KEY"], …)` and a bare
// `create_images(…)`; Julia's `HTTP.post` on `joinpath(OPENAI_API, "chat/completions")`; four ruby-openai calls on
// `openai_client`, a parameter, with `parameters:` in a file requiring no gem; OCaml's Cohttp posts on another module's URL
// constants; Nim's and Zig's std clients (two each), languages not read at all; an ESP32 sketch writing `POST /openai/v1/…` to a
// TLS socket; Clojure's interop with openai-java). Then tuned on: OpenAI.jl's functions (a map read from its source),
// `joinpath`, the handed client with `parameters:`: recall 0.655.
// In the fifty-sixth session, Nim, Zig and OCaml read by the API URLs they write (Nim's two and Zig's two calls): recall 0.793.
describe('detection accuracy on public code: corpus 535', () => measureCorpus('heldout535', { precision: 1, recall: 0.79, provider: 1, minLabels: 29, minFiles: 26 }));

// 536 (less common forms and resources: curl in Makefiles and workflows, PowerShell, notebooks, batches, vector stores, Realtime,
// image edits, legacy SDKs; 16 repositories): 29 files; first run: precision 1.000, recall 0.971, provider 0.939 (34 calls; missed:
// the community Go client mfmayer/goai's `bot.oai.GetChatCompletion(prompt)`; provider: an image edit and a variation whose client
// another file's functions build, one per function, and hand in by keyword through `import image_edit`, labelled openai). Not
// tuned on.
describe('detection accuracy on public code: corpus 536', () => measureCorpus('heldout536', { precision: 1, recall: 0.97, provider: 0.93, minLabels: 34, minFiles: 29 }));

// The hundred-and-fifth round (fifty-fifth session), each corpus first run at 3108a86, made before any of them was collected. The
// collectors ran out of the search budget they share early, and chose most repositories by name: three small corpora.
// 537 (Python and JavaScript web backends and bots; 12 repositories, 20 calls, fewer than the brief asks): 20 files; first run:
// precision 1.000, recall 0.950, provider 1.000 (20 calls; missed: chatgpt_rs's `send_message` chained on a Conversation taken out of a
// `HashMap<UserId, Conversation>`). Then tuned on: that chain, named from where it starts: recall 1.000.
describe('detection accuracy on public code: corpus 537', () => measureCorpus('heldout537', { precision: 1, recall: 1, provider: 1, minLabels: 20, minFiles: 20 }));

// 538 (mobile, desktop and game-engine apps; 10 repositories, 12 calls): 14 files; first run: precision 1.000, recall 0.750,
// provider 1.000 (12 calls; missed: a Flutter post to `endPoint('completions')`, a helper of a file not copied; two requests of a WordPress
// plugin's own copy of orhanerday's OpenAi class, `$this->sendRequest($url, 'POST', $opts)` on `$url = self::chatUrl()`, a static
// method joining a class constant and a path). Not tuned on.
describe('detection accuracy on public code: corpus 538', () => measureCorpus('heldout538', { precision: 1, recall: 0.75, provider: 1, minLabels: 12, minFiles: 14 }));

// 539 (data-science scripts and legacy SDK code; 14 repositories, 9 calls): 16 files; first run: precision 1.000, recall 1.000,
// provider 1.000 (9 calls). Not tuned on.
describe('detection accuracy on public code: corpus 539', () => measureCorpus('heldout539', { precision: 1, recall: 1, provider: 1, minLabels: 9, minFiles: 16 }));

// The hundred-and-sixth round (fifty-sixth session), each corpus first run at 748b624, made before any of them was collected.
// 540 (Python and TypeScript apps of 2025–2026: Responses, vector stores, images, audio, Realtime; compatible providers and Azure;
// 13 repositories, fewer than the brief asks: five of its fetches gave nothing): 36 files; first run: precision 1.000, recall 1.000,
// provider 0.977 (43 calls; provider: a Responses stream on the client `get_client(AIhost)` returns, Azure's or OpenAI's by a host name
// the file sets to "AzureOpenAI" above it, labelled azure). Not tuned on.
describe('detection accuracy on public code: corpus 540', () => measureCorpus('heldout540', { precision: 1, recall: 1, provider: 0.97, minLabels: 43, minFiles: 36 }));

// 541 (Go, Java, Kotlin, C#, PHP, Swift, Dart, Ruby, Rust; SDKs and raw HTTP; 16 repositories): 35 files; first run: precision 0.960,
// recall 0.667, provider 0.917 (36 calls; missed: two WordPress `wp_remote_post($api_url, …)` on an option `add_option` first gives;
// a Ktor `client.post(urlString = NetowrkConst.BASE_URL)`; two go-openai calls on `c.getClient(model)`, a method returning the client,
// used in place; two calls of PlexPt's chatgpt-java, copied into the project; Azure's Java `getImages`; two assistants calls in C#
// partial-class files whose `GetClient()` another part of the class defines; two Swift requests a helper builds from an endpoint enum;
// false positive: a Volcengine bot's `%s/%s/completions`, read as the legacy completions). Then tuned on: the option's first value,
// `urlString =`, the getter used in place, PlexPt's SDK (a map read from its source), `getImages`: recall 0.889. The session after, the
// partial class's parts (the SDK's `#pragma warning disable OPENAI001` in sight, the project building its clients one way, Azure's):
// recall 0.944, provider 1.000.
describe('detection accuracy on public code: corpus 541', () => measureCorpus('heldout541', { precision: 0.97, recall: 0.94, provider: 1, minLabels: 36, minFiles: 35 }));

// 542 (glue and less common places: VS Code and Obsidian plugins, Google Apps Script, a Bun server, shell and Python CLIs, notebooks,
// legacy SDKs; 15 repositories): 28 files; first run: precision 0.966, recall 0.903, provider 0.893 (31 calls; missed: an Obsidian
// plugin's SSE to `apiUrl + this.endpoints[modelType]`, a setting and a path chosen by the model; a bash CLI's `curl "${args[@]}"` on
// a URL joined from the environment, the API version and the endpoint's name; Apps Script's `UrlFetchApp.fetch(BASE_URL, options)`
// whose options say `method: "GET"` with a payload, read as GET and labelled POST (one miss, one false positive); provider: three calls
// on a client every caller in the project hands from `get_openai_client()`, labelled openai, which this detector leaves unknown by
// design (a caller outside the project may hand another)). Not tuned on (the handed client's detail now names the factory's client
// whichever file the index reads first).
describe('detection accuracy on public code: corpus 542', () => measureCorpus('heldout542', { precision: 0.96, recall: 0.9, provider: 0.89, minLabels: 31, minFiles: 28 }));

// The hundred-and-seventh round (fifty-sixth session), each corpus first run at 748b624, made before any of them was collected.
// 543 (Python backends and bots: Django with Celery, Flask, FastAPI, Telegram, Discord and Slack bots, small agents; 17 repositories):
// 26 files; first run: precision 1.000, recall 1.000, provider 0.968 (31 calls; provider: a DeepSeek bot's base read from the
// environment with `https://api.deepseek.com` as its default, labelled other). Not tuned on.
describe('detection accuracy on public code: corpus 543', () => measureCorpus('heldout543', { precision: 1, recall: 1, provider: 0.96, minLabels: 31, minFiles: 26 }));

// 544 (JavaScript and TypeScript servers and apps: SvelteKit, Nuxt, Next.js, Hono on Bun, Electron, React Native; 15 repositories, 30
// calls): 30 files; first run: precision 1.000, recall 0.967, provider 0.897 (30 calls; missed: a snippet file calling
// `client.beta.assistants.create` on a client it never defines, labelled unknown; provider: three requests of a fetch wrapper whose
// base another file's `getServiceConfig('openai')` gives, labelled openai). Not tuned on.
describe('detection accuracy on public code: corpus 544', () => measureCorpus('heldout544', { precision: 1, recall: 0.96, provider: 0.89, minLabels: 30, minFiles: 30 }));

// 545 (less common languages: Lua for Neovim, Garry's Mod and Roblox, Perl, Rust, C++ with Qt, Emacs Lisp, Zig, Vim script, Clojure;
// 17 repositories): 34 files; first run: precision 0.909, recall 0.313, provider 0.900 (32 calls; missed: six Garry's Mod
// `HTTP({ url = …, method = "post" })` requests, a global this detector did not know; two Zig `std.http.Client.fetch`, a language not
// read then; three Perl requests on URLs a helper joins to a base from the options (`_build_url('/chat/completions')`); three requests of a Garry's Mod addon's own
// request object, `request:SetType('chat')`; two Roblox requests on URLs another script hands to `OpenAI.new`; four Neovim requests,
// curl argument lists on a URL from the plugin's configuration and a raw HTTP/1.1 request on a libuv socket; a Vim script's request
// through its own HTTP helper; Emacs Lisp's `url-retrieve-synchronously` on a URL a `let*` binds, read at the binding: one false
// positive). Then tuned on: Garry's Mod's `HTTP`, Zig's field default read through `self.url` (and not each `u8` after its type), a
// call's range from the call whose arguments hold the URL, the `let*` binding: recall 0.594. The session after, the path handed to the
// project's URL builder (`$self->_build_url("/chat/completions")`, two of its three): recall 0.656, provider 0.952.
describe('detection accuracy on public code: corpus 545', () => measureCorpus('heldout545', { precision: 1, recall: 0.65, provider: 0.95, minLabels: 32, minFiles: 34 }));

// The hundred-and-eighth round (fifty-sixth session), each corpus first run at 748b624, made before any of them was collected.
// 546 (notebooks and data-science scripts: fine-tuning, batches, embeddings with retrieval by hand, judging and labelling; 13
// repositories, fewer than the brief asks: the collector's search budget ran out): 32 files; first run: precision 1.000, recall 1.000,
// provider 1.000 (41 calls). Not tuned on.
describe('detection accuracy on public code: corpus 546', () => measureCorpus('heldout546', { precision: 1, recall: 1, provider: 1, minLabels: 41, minFiles: 32 }));

// 547 (C# and Java services: ASP.NET Core, MAUI, Spring Boot, Quarkus, RestSharp, Apache HttpClient; 15 repositories, three with negatives
// only): 39 files; first run: precision 1.000, recall 0.818, provider 0.926 (33 calls; missed: a Quarkus declarative REST client's two
// methods on `@RegisterRestClient(baseUri = "https://api.openai.com/v1")`; Spring's `restTemplate.execute(url, HttpMethod.POST, …)`;
// RestSharp's `new RestClient($"{_config.OpenAIUrl}v1/chat/completions")`; a `postForObject` on a URL from `@Value`; Apache HttpClient
// 5's `new HttpPost(endpoint)` on a parameter; provider: a MAUI service's two requests on an HttpClient whose BaseAddress another file's constants give, labelled openai).
// Then tuned on, the session after: the Quarkus client (MicroProfile's `baseUri` and JAX-RS's `@Path`), `restTemplate.execute`, the
// RestSharp client on a local holding the interpolated URL (its verb in an object initializer): recall 0.939, provider 0.935.
describe('detection accuracy on public code: corpus 547', () => measureCorpus('heldout547', { precision: 1, recall: 0.93, provider: 0.93, minLabels: 33, minFiles: 39 }));

// 548 (Go, Rust, PHP and Ruby services and plugins; 15 repositories, two of them with negatives only, 25 calls, fewer than the brief
// asks: the collector's search budget ran out): 24 files; first run: precision 1.000, recall 0.960, provider 0.958 (25 calls; missed:
// orhanerday's client from the class's own `$this->getOpenAI()`, chained over lines; provider: the openai-php/laravel facade, whose
// client the app's service provider builds again on a base from its configuration, read as OpenAI's and labelled unknown). Then tuned on,
// the session after: a method typed to hand out orhanerday's client, `getOpenAI(): OpenAi`, read as the property it returns: recall 1.000.
describe('detection accuracy on public code: corpus 548', () => measureCorpus('heldout548', { precision: 1, recall: 1, provider: 0.96, minLabels: 25, minFiles: 24 }));

// The hundred-and-ninth round (fifty-seventh session), each corpus first run at f496fd1, made before any of them was collected.
// 549 (Python apps: FastAPI backends, bots, a DeepSeek course's scripts, a vLLM benchmark and its tests, a realtime client; Azure, Groq and
// Vertex AI's compatible endpoint; 13 repositories, fewer than the brief asks: five fetches gave no snapshot): 27 files; first run:
// precision 0.724, recall 0.700, provider 0.905 (30 calls; missed: five `requests.post(Config.API_URL, json=data)` with a chat body in files
// naming DeepSeek alone, which the prefilter passed over; two httpx requests in a benchmark's helpers, read at the caller handing them the
// URL (a false positive there); a use case's `self.client`, handed in; false positives: six calls of that helper in a test, handed a
// MagicMock client; the realtime WebSocket, labelled GET, read as WEBSOCKET (and a miss); provider: two requests on a Vertex AI base an
// environment variable may replace, read unknown, labelled other). Then tuned on: DeepSeek's name in the prefilter, a helper handed a
// test double: precision 0.926, recall 0.833, provider 0.920; a WebSocket's site answering a label of GET since (see `matches`): precision
// 0.963, recall 0.867, provider 0.923.
describe('detection accuracy on public code: corpus 549', () => measureCorpus('heldout549', { precision: 0.96, recall: 0.86, provider: 0.92, minLabels: 30, minFiles: 27 }));

// 550 (JavaScript and TypeScript apps: Supabase Edge Functions on Deno, Cloudflare Pages Functions, Next.js route handlers, Express, a
// Chrome extension, Expo, Electron, a VS Code extension; OpenAI, OpenRouter, Groq and Cohere's and Gemini's compatible endpoints; 17
// repositories): 37 files; first run: precision 1.000, recall 0.929, provider 1.000 (42 calls; missed: an Electron app's LM Studio
// connector's `fetch(url)` on `${url.endsWith('/') ? url.slice(0, -1) : url}/v1/chat/completions`, and its two `api.get('v1/models')` on
// an axios client another module makes on a parameter). Now 40 of 42: the base trimmed on a condition is read.
describe('detection accuracy on public code: corpus 550', () => measureCorpus('heldout550', { precision: 1, recall: 0.95, provider: 1, minLabels: 42, minFiles: 37 }));

// 551 (PHP with Laravel, Kotlin, Java, C# and Dart apps; 15 repositories, 26 calls, fewer than the brief asks: the collector's fetches
// ran out): 24 files; first run: precision 1.000, recall 0.731, provider 0.895 (26 calls; missed: two Guzzle requests on `self::GPT4_URL`,
// a constant the parent class declares in another file; an OkHttp request on a URL another class sets; four requests of a vendored copy of
// openai-kotlin's Ktor services on path constants of another file; provider: two requests on `$openaiUrl = self::GPT4_URL`, read as a
// URL decided at run time). Now 21 of 26, every provider right: a parent's constant in another file, and a local copied from one, are read.
describe('detection accuracy on public code: corpus 551', () => measureCorpus('heldout551', { precision: 1, recall: 0.8, provider: 1, minLabels: 26, minFiles: 24 }));

// The hundred-and-tenth round (fifty-seventh session), each corpus first run at 5112fed, made before any of them was collected (with
// `matches` reading a WebSocket's site as a label of GET, as since).
// 552 (notebooks and data-science scripts: labelling and annotation, synthetic data, LLM-as-judge, RAG by hand, fine-tuning in a notebook;
// Python, R and R Markdown; 16 repositories): 31 files; first run: precision 1.000, recall 0.902, provider 0.973 (41 calls; missed: an R
// Markdown lecture's three httr `POST(url = api_url)` on Azure URLs read from text files beside it; an R script's httr2 pipe,
// `request(base_url) |> req_url_path_append("chat/completions")`; provider: a helper handed its client, labelled openai). Then tuned on:
// httr2's appended path: recall 0.927.
describe('detection accuracy on public code: corpus 552', () => measureCorpus('heldout552', { precision: 1, recall: 0.92, provider: 0.97, minLabels: 41, minFiles: 31 }));

// 553 (TypeScript and JavaScript backends on the Node SDK: NestJS providers and use cases, lazy singletons, per-deployment Azure clients,
// assistants, vector stores, realtime sockets, images and audio; Node v3; 15 repositories): 37 files; first run: precision 0.976, recall
// 0.976, provider 0.878 (42 calls; missed: an axios config object's URL, labelled where the URL is, read where `axios(config)` sends it
// eight lines on (a false positive there); provider: five calls of NestJS use cases handed the service's client, labelled openai, read
// unknown: an exported function's client is its callers', and one outside the project may hand another). Not tuned on.
describe('detection accuracy on public code: corpus 553', () => measureCorpus('heldout553', { precision: 0.97, recall: 0.97, provider: 0.87, minLabels: 42, minFiles: 37 }));

// 554 (Go, Ruby, Swift, Rust, Java, Kotlin and C# apps: go-openai, openai-go, async-openai, ruby-openai, Azure.AI.OpenAI, URLSession,
// reqwest, Retrofit, WebClient, RestTemplate; 16 repositories, 27 calls, fewer than the brief asks: the collector's fetches ran out): 24
// files; first run: precision 1.000, recall 0.815, provider 0.773 (27 calls; missed: two Swift requests on `URL(string: baseURL + endpoint)`
// with `endpoint` a local path each method sets to another value; an async-openai call on a client handed in; a Retrofit service's call
// whose base another file's constants give; a `restTemplate.postForEntity(openAiConfig.getUrl(), …)`; provider: five go-openai
// Assistants calls on a package-level client another file of the package builds with `DefaultConfig` and a proxy, read unknown). Not
// tuned on.
describe('detection accuracy on public code: corpus 554', () => measureCorpus('heldout554', { precision: 1, recall: 0.81, provider: 0.77, minLabels: 27, minFiles: 24 }));

// All corpora together, by language and kind (tuned-on and held-out alike: a summary, not a held-out
// measure). Keep it last: it sums what the describe blocks above measured.
describe('detection accuracy on public code: all corpora pooled', () => {
  const all: Stats = { tp: 0, fp: 0, fn: 0, providerOk: 0 };
  for (const s of pooled.values()) {
    all.tp += s.tp;
    all.fp += s.fp;
    all.fn += s.fn;
    all.providerOk += s.providerOk;
  }
  console.log(`pooled ${line('all', all)}`);
  for (const [kind, s] of [...pooled].sort()) console.log(`  ${line(kind, s)}`);
  // (with no corpus's public files on this machine there is nothing to pool)
  const none = all.tp + all.fp + all.fn === 0 ? 'no corpus has its public files here: node scripts/heldout-files.mjs --from-mirror DIR' : false;
  it('pooled precision stays at the target', { skip: none }, () => assert.ok(all.tp / Math.max(1, all.tp + all.fp) >= 0.97, line('all', all)));
});
