import * as vscode from 'vscode';
import { profileSchema } from './engine';
import { PROFILE_FILE_NAME } from './profileService';
import type { ProfileService } from './profileService';

interface SchemaNode {
  description?: string;
  enum?: unknown[];
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const SELECTOR: vscode.DocumentSelector = { pattern: `**/${PROFILE_FILE_NAME}` };

/** Completion and hover for `.openai-privacy.yaml`, both read from the same JSON schema that validates it. */
export function registerProfileLanguageFeatures(profiles: ProfileService): vscode.Disposable[] {
  void profiles;
  const schema = profileSchema() as SchemaNode;
  return [
    vscode.languages.registerCompletionItemProvider(SELECTOR, {
      provideCompletionItems(document, position) {
        const line = document.lineAt(position.line).text.slice(0, position.character);
        const node = nodeForLine(schema, document, position.line);
        const valueMatch = /^\s*(?:-\s+)?([A-Za-z_]+)\s*:\s*\S*$/.exec(line);
        if (valueMatch?.[1]) {
          const prop = node?.properties?.[valueMatch[1]];
          const values = prop?.enum ?? (prop?.type === 'boolean' ? [true, false] : prop?.items?.enum);
          return (values ?? []).map((v) => {
            const item = new vscode.CompletionItem(String(v), vscode.CompletionItemKind.EnumMember);
            if (prop?.description) item.documentation = new vscode.MarkdownString(prop.description);
            return item;
          });
        }
        if (!/^\s*(?:-\s+)?[A-Za-z_]*$/.test(line)) return [];
        return Object.entries(node?.properties ?? {}).map(([key, prop]) => {
          const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
          item.insertText = `${key}: `;
          if (prop.description) item.documentation = new vscode.MarkdownString(prop.description);
          item.detail = Array.isArray(prop.type) ? prop.type.join(' | ') : prop.type;
          return item;
        });
      },
    }),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const range = document.getWordRangeAtPosition(position, /[A-Za-z_]+(?=\s*:)/);
        if (!range) return undefined;
        const key = document.getText(range);
        const prop = nodeForLine(schema, document, position.line)?.properties?.[key];
        if (!prop?.description) return undefined;
        const md = new vscode.MarkdownString(`**${key}**\n\n${prop.description}${prop.enum ? `\n\nOne of: ${prop.enum.map((v) => `\`${String(v)}\``).join(', ')}` : ''}`);
        return new vscode.Hover(md, range);
      },
    }),
  ];
}

/** The schema node that governs a line: top level, or an item of a list such as `suppressions`. */
function nodeForLine(schema: SchemaNode, document: vscode.TextDocument, line: number): SchemaNode | undefined {
  const indent = (/^\s*/.exec(document.lineAt(line).text)?.[0].length ?? 0) + (/^\s*-\s/.test(document.lineAt(line).text) ? 2 : 0);
  if (indent === 0) return schema;
  for (let l = line - 1; l >= 0; l--) {
    const m = /^([A-Za-z_]+)\s*:/.exec(document.lineAt(l).text);
    if (m?.[1]) {
      const parent = schema.properties?.[m[1]];
      return parent?.items ?? parent;
    }
  }
  return schema;
}
