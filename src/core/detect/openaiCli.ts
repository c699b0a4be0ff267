import type { CallSite, Provider } from '../model';
import { classifyHost } from '../policy/hosts';
import { readCallFlags } from './callFlags';
import type { Lexed } from './lexer';
import data from './openai-cli.yaml';
import type { SdkFamily } from './sdkMap';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';

interface CliVersion {
  sdk: 'python' | 'python_legacy';
  commands: Array<{ command: string; method: string }>;
}

let commands: Map<string, Array<{ family: SdkFamily; method: string }>> | undefined;

/** Each `openai api` subcommand with the SDK method it calls, in every package version that has it. */
function cliCommands(): Map<string, Array<{ family: SdkFamily; method: string }>> {
  if (commands) return commands;
  commands = new Map();
  for (const version of (data as { versions: CliVersion[] }).versions) {
    for (const c of version.commands) commands.set(c.command, [...(commands.get(c.command) ?? []), { family: version.sdk, method: c.method }]);
  }
  return commands;
}

// `openai [global options] api <command>`, at a command's start: a line's, or after `;`, `&&`, `|`, `$(`,
// a backtick, or `then`/`do`, maybe after variable assignments and `sudo`/`command`/`exec`/`time`
const CLI_CALL = /(?:^|[;&|`(]|\bthen\b|\bdo\b)[ \t]*(?:(?:[A-Za-z_]\w*=\S*|sudo|command|exec|time|nohup)[ \t]+)*(openai)((?:[ \t]+-[\w-]+(?:[ \t]+(?!api\b)[^\s-]\S*)?)*)[ \t]+api[ \t]+([a-z_]+(?:\.[a-z_]+)+)\b/gm;

/**
 * Requests sent through the OpenAI Python package's command-line tool in a shell script
 * (`openai api chat.completions.create -m gpt-4o-mini -g user "$prompt"`, 0.x's
 * `openai api chat_completions.create`): the subcommand is an SDK method. It goes to api.openai.com
 * unless the command names another base (`-b URL`), Azure (`-t azure`, `--azure-endpoint`), or the
 * script sets the base in the environment. Text in single quotes or here-documents is not run.
 */
export function detectOpenAICliCalls(src: SourceText, lexed: Lexed): CallSite[] {
  const text = src.noComments;
  if (!/\bapi[ \t]/.test(text)) return [];
  const sites: CallSite[] = [];
  const environmentBase = /\b(?:OPENAI_BASE_URL|OPENAI_API_BASE)=/.test(text);
  for (const m of text.matchAll(CLI_CALL)) {
    const start = (m.index ?? 0) + m[0].indexOf('openai');
    if (!runsAt(text, lexed, start)) continue;
    const command = m[3] ?? '';
    const known = cliCommands().get(command);
    // (a subcommand both versions have is read as 1.x's, the package installed today)
    const entry = known?.find((k) => k.family === 'python') ?? known?.[0];
    const method = entry ? lookupSdkMethod(entry.family, entry.method.split('.')) : undefined;
    if (!entry || !method) continue;
    const lineEnd = commandEnd(text, start);
    const options = `${m[2] ?? ''} ${text.slice((m.index ?? 0) + m[0].length, lineEnd)}`;
    const destination = cliDestination(m[2] ?? '', environmentBase);
    sites.push({
      kind: entry.family === 'python' ? 'sdk-python' : 'sdk-python-legacy',
      language: 'shellscript',
      method: `openai api ${command}`,
      httpMethod: method.http,
      endpoint: method.path,
      ...(method.also ? { alsoEndpoints: method.also } : {}),
      provider: destination.provider,
      providerDetail: destination.detail,
      range: src.range(start, start + 'openai'.length),
      callRange: src.range(start, lineEnd),
      flags: readCallFlags(options),
    });
  }
  return sites;
}

/** Where the command ends: the first line that does not end with a continuation backslash. */
function commandEnd(text: string, from: number): number {
  let at = from;
  for (let lines = 0; lines < 200; lines++) {
    const end = text.indexOf('\n', at);
    if (end < 0) return text.length;
    if (!/\\[ \t]*$/.test(text.slice(at, end))) return end;
    at = end + 1;
  }
  return at;
}

/** Whether the shell runs the word at `at`: not inside a single-quoted string or a here-document; inside double quotes only within `$(…)` or backticks. */
function runsAt(text: string, lexed: Lexed, at: number): boolean {
  const inside = lexed.strings.find((s) => s.start <= at && at < s.end);
  if (!inside) return true;
  if (text[inside.start] !== '"') return false;
  const before = text.slice(inside.start + 1, at);
  return /(?:\$\(|`)[^)`]*$/.test(before);
}

/** The tool's destination from its global options (`-b/--api-base`, `-t/--api-type`, `--azure-endpoint`) or the script's environment. */
function cliDestination(globalOptions: string, environmentBase: boolean): { provider: Provider; detail: string } {
  if (/(?:^|\s)(?:-t|--api-type)[ \t]+["']?azure\b|--azure-endpoint\b/.test(globalOptions)) return { provider: 'azure', detail: 'the openai command-line tool, with the Azure API type' };
  const base = /(?:^|\s)(?:-b|--api-base)[ \t]+["']?([^\s"']+)/.exec(globalOptions)?.[1];
  if (base !== undefined) {
    const host = /^https?:\/\/([^/\s]+)/i.exec(base)?.[1];
    if (!host) return { provider: 'unknown', detail: `the openai command-line tool with --api-base ${base} (decided at run time)` };
    const provider = classifyHost(host.toLowerCase()).provider;
    return { provider, detail: `the openai command-line tool with --api-base ${host}` };
  }
  if (environmentBase) return { provider: 'unknown', detail: 'the openai command-line tool; the script sets its base URL in the environment' };
  return { provider: 'openai', detail: 'api.openai.com (the openai command-line tool; OPENAI_BASE_URL may override)' };
}
