import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { fileModuleKey, importedModuleNames, moduleKey } from '../../../src/core/detect/imports';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';

describe('importedModuleNames', () => {
  it('names the Python modules a file imports, then lower-case names that may be submodules; not the SDK or the standard library', () => {
    const text = [
      'import os, json',
      'import openai',
      'from openai import OpenAI',
      'from app.llm import client as llm_client, Settings',
      'from .helpers.openai_client_handler import (',
      '    get_openai_client,',
      ')',
      'from . import prompts',
      'import services.vector_store as vs',
      '',
      'def f():',
      '    return get_openai_client().chat.completions.create(model="gpt-4o", messages=[])',
    ].join('\n');
    assert.deepEqual(importedModuleNames(text, 'python'), ['llm', 'openai_client_handler', 'vector_store', 'client', 'get_openai_client', 'prompts']);
  });

  it('names the JavaScript modules a file imports by path, not bare packages', () => {
    const text = [
      "import OpenAI from 'openai';",
      "import { openai } from '@/lib/openai';",
      "import type { Msg } from './types.js';",
      "const { makeClient } = require('../server/clients');",
      "const lazy = await import('~/utils/azure-client');",
      "import React from 'react';",
      "import { z } from 'zod';",
      "import 'dotenv/config';",
    ].join('\n');
    assert.deepEqual(importedModuleNames(text, 'js'), ['openai', 'types', 'clients', 'azure-client', 'config']);
  });

  it('stays bounded on a file of thousands of imports', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `from pkg.mod${i} import name${i}`).join('\n');
    const names = importedModuleNames(text, 'python');
    assert.equal(names.length, 40);
    assert.equal(names[0], 'mod0');
  });
});

describe('an index of only the imported modules', () => {
  // A small project: the call's client comes from two other files; other files are unrelated.
  const project: Record<string, string> = {
    'app/llm.py': 'from openai import AzureOpenAI\nimport os\n\nclient = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21")\n',
    'app/helpers/openai_client_handler.py': 'from app.helpers.local_llm import build_local_client\n\ndef get_openai_client():\n    return build_local_client()\n',
    'app/helpers/local_llm.py': 'from openai import OpenAI\n\ndef build_local_client():\n    return OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")\n',
    'app/other.py': 'from openai import OpenAI\n\ndef get_client():\n    return OpenAI()\n',
    'web/lib/openai.ts': 'import OpenAI from "openai";\nexport const openai = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\n',
  };
  const caller = [
    'from app.llm import client',
    'from app.helpers.openai_client_handler import get_openai_client',
    '',
    'def summarize(text):',
    '    a = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])',
    '    b = get_openai_client().embeddings.create(model="nomic-embed-text", input=text)',
    '    return a, b',
  ].join('\n');

  // what the editor does: find files named like the imports (findFiles), then their imports too
  function importsOnlyIndex(text: string): ProjectIndex {
    const index = new ProjectIndex();
    const added = new Set<string>();
    let names = importedModuleNames(text, 'python');
    for (let depth = 0; depth < 2; depth++) {
      const next: string[] = [];
      for (const [path, source] of Object.entries(project)) {
        if (added.has(path) || !names.includes(fileModuleKey(path))) continue;
        added.add(path);
        index.addFile(path, source);
        next.push(...importedModuleNames(source, 'python'));
      }
      names = next;
    }
    return index;
  }

  const describeSites = (index?: ProjectIndex): string[] =>
    detectCallSites(caller, { fileName: 'app/summarize.py', ...(index ? { project: index } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.endpoint} ${s.provider}`);

  it('answers as the whole project index does for the calls on imported clients and factories', () => {
    const whole = new ProjectIndex();
    for (const [path, source] of Object.entries(project)) whole.addFile(path, source);
    whole.addFile('app/summarize.py', caller);
    const expected = ['5 /v1/chat/completions azure', '6 /v1/embeddings other'];
    assert.deepEqual(describeSites(whole), expected);
    assert.deepEqual(describeSites(importsOnlyIndex(caller)), expected);
  });

  it('is needed: without any index the imported client is not followed', () => {
    assert.notDeepEqual(describeSites(), ['5 /v1/chat/completions azure', '6 /v1/embeddings other']);
  });
});

describe('module keys', () => {
  it('a path keeps its last name whole (NestJS names files with dots) and loses only a script extension; a Python module its package', () => {
    assert.equal(moduleKey('./openai.provider'), fileModuleKey('src/agents/openai.provider.ts'));
    assert.equal(moduleKey('src/agents/openai.provider'), 'openai.provider');
    assert.equal(moduleKey('./lib/openai.js'), 'openai');
    assert.equal(moduleKey('@/lib/openai'), 'openai');
    assert.equal(moduleKey('app.clients'), 'clients');
    assert.equal(moduleKey('..utils.client'), 'client');
  });
});
