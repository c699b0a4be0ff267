import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';

const found = (text: string, fileName = 'api.lua'): string[] => detectCallSites(text, { fileName }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);

// The held-out corpora's most common Lua miss (three ChatGPT.nvim forks, 451, 469, 472): a function running curl as a
// plenary job on the URL its caller hands it. The requests are its calls.
describe('Lua functions that run curl on a URL their caller hands them', () => {
  it('a job table naming curl and a named argument table; the URLs assigned to the names the callers hand', () => {
    const lua = [
      'local job = require("plenary.job")',
      'local Api = {}',
      'Api.CHAT_URL = "https://api.openai.com/v1/chat/completions"',
      'Api.EDITS_URL = "https://api.openai.com/v1/edits"',
      'function Api.chat(params, cb)',
      '  Api.make_call(Api.CHAT_URL, params, cb)',
      'end',
      'function Api.edits(params, cb)',
      '  if params.old then',
      '    Api.make_call(Api.EDITS_URL, params, cb)',
      '    return',
      '  end',
      '  Api.make_call(Api.CHAT_URL, params, cb)',
      'end',
      'function Api.make_call(url, params, cb)',
      '  local args = { url, "-H", "Content-Type: application/json", "-d", vim.fn.json_encode(params) }',
      '  for _, p in ipairs(extra) do table.insert(args, p) end',
      '  Api.job = job:new({',
      '    command = "curl",',
      '    args = args,',
      '    on_exit = vim.schedule_wrap(function(response, code) cb(response) end),',
      '  }):start()',
      'end',
      'return Api',
      '',
    ].join('\n');
    assert.deepEqual(found(lua), ['6 POST /v1/chat/completions openai', '10 POST /v1/edits openai', '13 POST /v1/chat/completions openai']);
  });

  it("a name assigned one endpoint on a configured host and on an Azure deployment is decided at run time; a local helper's literal constants", () => {
    const lua = [
      'local Api = {}',
      'function Api.completions(params, cb)',
      '  Api.make_call(Api.COMPLETIONS_URL, params, cb)',
      'end',
      'function Api.setup(host, base, engine, version)',
      '  Api.COMPLETIONS_URL = ensureUrlProtocol(host .. "/v1/completions")',
      '  if engine then',
      '    Api.COMPLETIONS_URL = base',
      '      .. "/openai/deployments/"',
      '      .. engine',
      '      .. "/completions?api-version="',
      '      .. version',
      '  end',
      'end',
      'function Api.make_call(url, params, cb)',
      '  local args = { url, "-d", "@" .. write(params) }',
      '  Job:new({ command = "curl", args = args }):start()',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(lua), ['3 POST /v1/completions unknown']);
    const local = [
      'local Job = require "plenary.job"',
      'local CHAT_URL = "https://api.openai.com/v1/chat/completions"',
      'local function http_request(url, request)',
      '  local job = Job:new {',
      '    command = "curl",',
      '    args = { url, "-H", "Authorization: Bearer " .. key(), "-d", vim.fn.json_encode(request) },',
      '  }',
      '  return job:sync(10000)',
      'end',
      'function M.chat(input)',
      '  return http_request(CHAT_URL, { model = "gpt-4o-mini", messages = input })',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(local), ['11 POST /v1/chat/completions openai']);
  });

  it('no request: a job fetching a configured file, a helper handed names assigned no URL or two endpoints, a call inside the helper', () => {
    const lua = [
      'local function download(url, path)',
      '  Job:new({ command = "curl", args = { "-L", url, "-o", path } }):start()',
      '  if retry then download(url, path) end',
      'end',
      'download(Config.options.prompts_url, cache)',
      'local PICK = "https://api.openai.com/v1/models"',
      'PICK = "https://api.openai.com/v1/files"',
      'download(PICK, cache)',
      '',
    ].join('\n');
    assert.deepEqual(found(lua), []);
    // (the same helper handed one URL is a request)
    assert.deepEqual(found(lua.replace('PICK = "https://api.openai.com/v1/files"', '')), ['8 GET /v1/models openai']);
  });
});
