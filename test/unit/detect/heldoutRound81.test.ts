import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

const found = siteLines;

// What round 80 left, and what the eighty-first round's first runs (465–467) missed.
describe('held-out round 81', () => {
  it("JavaScript: a module's exported client goes from the project's index when the module is rewritten without it or emptied", () => {
    const clients = ['import OpenAI from "openai";', '', 'export const llm = new OpenAI({ baseURL: "https://api.groq.com/openai/v1", apiKey: process.env.GROQ_API_KEY });', ''].join('\n');
    const route = ['import { llm } from "../lib/ai";', '', 'export async function answer(question: string) {', '  return llm.chat.completions.create({ model: "llama-3.1-8b-instant", messages: [{ role: "user", content: question }] });', '}', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('src/lib/ai/index.ts', clients);
    project.addFile('src/routes/answer.ts', route);
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
    // (rewritten to build another client under another name: `llm` is no longer the module's)
    project.addFile('src/lib/ai/index.ts', clients.replace('export const llm', 'export const groq'));
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), []);
    project.addFile('src/lib/ai/index.ts', clients);
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
    project.addFile('src/lib/ai/index.ts', '');
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), []);
    // (two files of one module name: the other file's export stays when one is emptied)
    project.addFile('src/lib/ai/index.ts', clients);
    project.addFile('src/server/ai.ts', clients.replace('https://api.groq.com/openai/v1', 'https://openrouter.ai/api/v1').replace('export const llm', 'export const router'));
    project.addFile('src/server/ai.ts', '');
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
    // (and an index handed to another thread keeps the files apart)
    const copy = new ProjectIndex(structuredClone(project.data()));
    copy.addFile('src/lib/ai/index.ts', '');
    assert.deepEqual(found(route, 'src/routes/answer.ts', copy), []);
    assert.deepEqual(found(route, 'src/routes/answer.ts', project), ['4 POST /v1/chat/completions other']);
  });
});
