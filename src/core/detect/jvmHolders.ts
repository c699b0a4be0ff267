import type { CallSite, SourceLanguage } from '../model';
import { lookupSdkMethod } from './sdkMap';
import type { SdkFamily } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The names a Java or Kotlin file keeps a client in: made here (`OpenAiService service = new OpenAiService(token)`,
 * `val client = OpenAIClientBuilder()…`; `made` is the pattern of what makes it) or a field or parameter typed so
 * (`private final OpenAIClient client;`, `(private val service: OpenAiService)`; `type`, the type's pattern).
 */
export function jvmHolders(code: string, made: string, type: string): Set<string> {
  const holders = new Set<string>();
  for (const m of code.matchAll(new RegExp(`\\b([A-Za-z_]\\w*)[ \\t]*(?::[ \\t]*${type}[ \\t]*)?=[ \\t]*(?:new[ \\t]+)?${made}[ \\t]*\\(`, 'g'))) holders.add(m[1] ?? '');
  for (const m of code.matchAll(new RegExp(`\\b${type}[ \\t]+([A-Za-z_]\\w*)[ \\t]*[;,)=]|\\b([A-Za-z_]\\w*)[ \\t]*:[ \\t]*${type}\\b`, 'g'))) holders.add(m[1] ?? m[2] ?? '');
  return holders;
}

/** The calls of a family's methods on those holders (`service.createChatCompletion(…)`, `this.client.getEmbeddings(…)`), each to `destination`. */
export function jvmHolderCalls(src: SourceText, code: string, language: SourceLanguage, holders: ReadonlySet<string>, family: SdkFamily, methodName: string, destination: { provider: CallSite['provider']; detail: string }): CallSite[] {
  const sites: CallSite[] = [];
  // (the method may start the next line: `client\n    .getAudioTranscription(…)`)
  // (a class's static field too, `Main.service`, when the holders name it so)
  for (const m of code.matchAll(new RegExp(`(?<![\\w$.])(?:this[ \\t]*\\.[ \\t]*)?((?:[A-Z]\\w*[ \\t]*\\.[ \\t]*)?[A-Za-z_]\\w*)[ \\t]*(?:\\r?\\n[ \\t]*)?\\??\\.[ \\t]*(${methodName})[ \\t]*\\(`, 'g'))) {
    const receiver = (m[1] ?? '').replace(/[ \t]+/g, '');
    if (!holders.has(receiver)) continue;
    const name = m[2] ?? '';
    const method = lookupSdkMethod(family, [name]);
    if (!method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-java', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}
