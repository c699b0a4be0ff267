import type { ClientInfo } from './clients';
import { languageForFileName } from './languages';
import { lex } from './lexer';
import { exportedClients } from './sdkCalls';
import { sourceText } from './sourceText';

/**
 * Clients built at module level anywhere in the project, by module name, so a call in one file
 * can follow a plain import (`from app.clients import client`, `import { client } from './clients'`)
 * to where the client was built.
 */
export class ProjectIndex {
  private readonly byModule = new Map<string, Map<string, ClientInfo>>();

  addFile(fileName: string, text: string): void {
    const language = languageForFileName(fileName);
    if (language !== 'python' && language !== 'javascript' && language !== 'typescript' && language !== 'javascriptreact' && language !== 'typescriptreact') return;
    if (!/OpenAI|openai/.test(text)) return;
    const lexed = lex(text, language === 'python' ? 'python' : 'js');
    const clients = exportedClients(sourceText(text, lexed), lexed, language);
    if (clients.size === 0) return;
    const base = fileName.replace(/\\/g, '/').split('/').pop()?.replace(/\.[^.]+$/, '') ?? fileName;
    const existing = this.byModule.get(base) ?? new Map<string, ClientInfo>();
    for (const [name, info] of clients) existing.set(name, info);
    this.byModule.set(base, existing);
  }

  /** `module` as written in the import (`app.clients`, `./lib/clients.js`); matched by its last segment. */
  lookup(module: string, name: string): ClientInfo | undefined {
    const last = module.replace(/\\/g, '/').split(/[./]/).filter(Boolean).filter((s) => !/^(js|ts|mjs|cjs)$/.test(s)).pop() ?? module;
    return this.byModule.get(last)?.get(name);
  }
}
