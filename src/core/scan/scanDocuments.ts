import { detectCallSites, mayMentionOpenAI } from '../detect/detectFile';
import { ProjectIndex } from '../detect/projectIndex';
import type { CallSite, Finding, OrgProfile } from '../model';
import { SEVERITY_RANK } from '../model';
import type { WorkspaceFacts } from '../rules/evaluate';
import { buildWorkspaceFacts, evaluateCallSite } from '../rules/evaluate';
import { applySuppressions, readInlineSuppressions } from '../suppress/suppressions';
import { PACKAGE_MATE, senderFilesFor, springConfigsFor } from './senderFiles';
import { TimeSlices } from './timeSlices';

export interface ScanOptions {
  profile: OrgProfile;
  /** YYYY-MM-DD used to expire suppressions; defaults to the current date. */
  today?: string;
  signal?: { readonly aborted: boolean };
  onProgress?(done: number, path: string): void;
  /** The step after reading: analysing the files that may mention OpenAI, then ranking. */
  onPhase?(phase: ScanPhase, candidates: number): void;
  /**
   * The whole text of a file the prefilter passed over, by the path it came with (undefined when
   * it cannot be read now). The scan reads the few such files that may define a function a
   * candidate sends its request through (see `senderFilesFor`), and the Spring Boot configuration files
   * beside a candidate (`src/main/resources/application.properties`); without this, neither is followed.
   */
  readOtherFile?(path: string): Promise<string | undefined> | string | undefined;
}

export type ScanPhase = 'indexing' | 'detecting' | 'evaluating' | 'ranking';

export interface ScanResult {
  findings: Finding[];
  problems: Array<{ path: string; message: string }>;
  filesScanned: number;
  filesMatched: number;
  cancelled: boolean;
  /** The clients, factories and URL constants of the files scanned, for analysing one of them later. */
  project?: ProjectIndex;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The scan every surface shares: read each document once, keep those that may mention OpenAI,
 * index their clients, then detect and evaluate with facts from the whole set (e.g. whether
 * anything deletes the files created here). Cancellation is checked between documents.
 */
export async function scanDocuments(docs: AsyncIterable<{ path: string; text: string }> | Iterable<{ path: string; text: string }>, options: ScanOptions): Promise<ScanResult> {
  const candidates: Array<{ path: string; text: string }> = [];
  const project = new ProjectIndex();
  let filesScanned = 0;
  const slices = new TimeSlices();
  // the paths of the others, when the scan may read some of them again
  const others: string[] = [];
  for await (const doc of docs) {
    if (options.signal?.aborted) return { findings: [], problems: [], filesScanned, filesMatched: 0, cancelled: true };
    filesScanned++;
    if (mayMentionOpenAI(doc.text)) candidates.push(doc);
    else if (options.readOtherFile) others.push(doc.path);
    options.onProgress?.(filesScanned, doc.path);
    if (slices.due()) await slices.next();
  }
  // Documents may arrive in any order (parallel readers); analyse them in path order so the
  // project index and the problems list do not depend on it.
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  options.onPhase?.('indexing', candidates.length);
  const problems: ScanResult['problems'] = [];
  // the other files of a candidate's Go package, read for their senders, and the PHP scripts and JVM files beside one: a file
  // that reads the package's URL constant, the URL a script it requires assigns, or calls a service interface, is analysed too
  const packageMates: Array<{ path: string; text: string }> = [];
  if (options.readOtherFile) {
    const { files, leftOut } = senderFilesFor(candidates, others);
    problems.push(...leftOut);
    for (const path of files) {
      if (options.signal?.aborted) return { findings: [], problems: [], filesScanned, filesMatched: 0, cancelled: true };
      try {
        const text = await options.readOtherFile(path);
        if (text !== undefined) project.addRequestSenders(path, text);
        if (text !== undefined && PACKAGE_MATE.test(path)) packageMates.push({ path, text });
      } catch (error) {
        problems.push({ path, message: `reading it for the functions that send requests failed: ${error instanceof Error ? error.message : String(error)}` });
      }
      if (slices.due()) await slices.next();
    }
  }
  // the Spring Boot configuration of the modules whose Java and Kotlin files inject values (`@Value("${openai.api.url}")`)
  for (const path of options.readOtherFile ? springConfigsFor(candidates) : []) {
    if (options.signal?.aborted) return { findings: [], problems: [], filesScanned, filesMatched: 0, cancelled: true };
    try {
      const text = await options.readOtherFile?.(path);
      if (text !== undefined) project.addSpringConfig(path, text);
    } catch (error) {
      problems.push({ path, message: `reading it for the values of @Value fields failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  for (const doc of candidates) {
    if (options.signal?.aborted) return { findings: [], problems: [], filesScanned, filesMatched: 0, cancelled: true };
    // like detection, indexing one odd file must not stop the scan of the others
    try {
      project.addFile(doc.path, doc.text);
    } catch (error) {
      problems.push({ path: doc.path, message: `indexing failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (slices.due()) await slices.next();
  }
  // (once the candidates are indexed: their package's URL constants and their scripts' URLs are known then)
  const users = packageMates.filter((mate) => project.usesPackageUrl(mate.text, mate.path));
  // (and the files calling a service interface a candidate declares, indexed too: a method called there is not only declared)
  for (const mate of packageMates) {
    if (!project.callsDeclaredService(mate.text, mate.path)) continue;
    project.addFile(mate.path, mate.text);
    if (!users.includes(mate)) users.push(mate);
  }
  if (users.length > 0) {
    candidates.push(...users);
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  const detected: Array<{ path: string; text: string; sites: CallSite[] }> = [];
  options.onPhase?.('detecting', candidates.length);
  for (const doc of candidates) {
    if (options.signal?.aborted) return { findings: [], problems, filesScanned, filesMatched: 0, cancelled: true };
    const result = detectCallSites(doc.text, { fileName: doc.path, project });
    for (const message of result.problems) problems.push({ path: doc.path, message });
    if (result.sites.length > 0) detected.push({ path: doc.path, text: doc.text, sites: result.sites });
    if (slices.due()) await slices.next();
  }
  options.onPhase?.('evaluating', candidates.length);
  const facts = buildWorkspaceFacts(detected.flatMap((d) => d.sites));
  const today = options.today ?? todayIso();
  const findings: Finding[] = [];
  for (const d of detected) {
    if (options.signal?.aborted) return { findings: [], problems, filesScanned, filesMatched: 0, cancelled: true };
    findings.push(...evaluateSites(d.path, d.text, d.sites, options.profile, facts, today));
    if (slices.due()) await slices.next();
  }
  // Ranking 20,000 findings is a few tens of milliseconds: give it a slice of its own.
  await slices.next();
  options.onPhase?.('ranking', candidates.length);
  return { findings: rankFindings(findings), problems, filesScanned, filesMatched: detected.length, cancelled: false, project };
}

/** Verdicts with suppressions applied for the sites of one file. */
export function evaluateSites(path: string, text: string, sites: CallSite[], profile: OrgProfile, facts: WorkspaceFacts, today: string): Finding[] {
  const inline = readInlineSuppressions(text, path);
  return sites.map((site) => ({
    file: path,
    site,
    verdicts: applySuppressions(site, evaluateCallSite(site, { profile, facts }), { file: path, inline, profile, today }),
  }));
}

/**
 * One document on its own, with facts from sites found elsewhere (live analysis in the editor),
 * following imports through the project index of the last scan when there is one.
 */
export function analyzeText(
  text: string,
  options: { fileName: string; relativePath: string; language?: Parameters<typeof detectCallSites>[1]['language']; profile: OrgProfile; otherSites: CallSite[]; today?: string; project?: ProjectIndex },
): { findings: Finding[]; problems: string[] } {
  const { sites, problems } = detectCallSites(text, { fileName: options.fileName, ...(options.language ? { language: options.language } : {}), ...(options.project ? { project: options.project } : {}) });
  const facts = buildWorkspaceFacts([...options.otherSites, ...sites]);
  return { findings: evaluateSites(options.relativePath, text, sites, options.profile, facts, options.today ?? todayIso()), problems };
}


export function topVerdict(finding: Finding): Finding['verdicts'][number] | undefined {
  return finding.verdicts.filter((v) => !v.suppression || v.suppression.expired).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
}

/** Most severe first, then by file and line. */
export function rankFindings(findings: Finding[]): Finding[] {
  // Each finding's rank is computed once: inside the comparator it would run twice per comparison.
  const ranked = findings.map((finding) => {
    const top = topVerdict(finding);
    return { finding, rank: top ? SEVERITY_RANK[top.severity] : 9 };
  });
  // Plain code-unit order for paths: localeCompare costs a quarter of a second on 20,000 findings.
  ranked.sort((a, b) => a.rank - b.rank || (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : 0) || a.finding.site.range.start.line - b.finding.site.range.start.line);
  return ranked.map((r) => r.finding);
}
