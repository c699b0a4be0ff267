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

  // found by the review of the change (each read otherwise before its fix)
  it("a caller's own local URL, a forwarded parameter, a table's field and another function's local are read as the call's scope makes them", () => {
    const scoped = [
      'local function make_call(url, body)',
      '  Job:new({ command = "curl", args = { url, "-d", body } }):start()',
      'end',
      'function M.chat(body)',
      '  local url = "https://api.openai.com/v1/chat/completions"',
      '  make_call(url, body)',
      'end',
      'function M.report(body)',
      '  local url = "https://hooks.slack.com/services/T000/B000/XXXX"',
      '  make_call(url, body)',
      'end',
      'function M.ping(url)',
      '  make_call(url, "{}")',
      'end',
      'function M.embed(body)',
      '  local url = "https://api.openai.com/v1/embeddings"',
      '  make_call(url, body)',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(scoped), ['6 POST /v1/chat/completions openai', '17 POST /v1/embeddings openai']);
    const field = [
      'M.defaults = { url = "https://api.openai.com/v1/chat/completions", model = "gpt-4o" }',
      'local function download(url, path)',
      '  Job:new({ command = "curl", args = { "-L", url, "-o", path } }):start()',
      'end',
      'function M.get_plugin(url)',
      '  download(url, "/tmp/plugin.zip")',
      'end',
      '',
    ].join('\n');
    assert.deepEqual(found(field), []);
    const otherLocal = [
      'local function curl_job(url)',
      '  Job:new({ command = "curl", args = { "-s", url } }):start()',
      'end',
      'function M.list()',
      '  local url = "https://api.openai.com/v1/models"',
      '  curl_job(url)',
      'end',
      'curl_job("https://raw.githubusercontent.com/org/repo/main/prompts.csv")',
      '',
    ].join('\n');
    assert.deepEqual(found(otherLocal), ['6 GET /v1/models openai']);
    const otherTable = [
      'function M.list_models()',
      '  local args = { "https://api.openai.com/v1/models", "-H", "x" }',
      '  return args',
      'end',
      'function M.download(args)',
      '  Job:new({ command = "curl", args = args }):start()',
      'end',
      'M.download({ "-L", "https://github.com/org/repo/archive.zip" })',
      '',
    ].join('\n');
    assert.deepEqual(found(otherTable), []);
  });

  it('a helper named like an HTTP verb reported once; a job with a literal URL at the line that makes it', () => {
    const verb = [
      'local CHAT_URL = "https://api.openai.com/v1/chat/completions"',
      'local function post(url, body)',
      '  local job = Job:new { command = "curl", args = { url, "-d", body } }',
      '  return job:sync(10000)',
      'end',
      'function M.chat(input)',
      '  return post(CHAT_URL, vim.fn.json_encode(input))',
      'end',
      'post("https://api.openai.com/v1/moderations", "{}")',
      '',
    ].join('\n');
    assert.deepEqual(found(verb), ['7 POST /v1/chat/completions openai', '9 POST /v1/moderations openai']);
    const direct = ['local Job = require("plenary.job")', 'function M.models()', '  Job:new({', '    on_exit = function(j) print(j:result()) end,', '    command = "curl",', '    args = { "-s", "https://api.openai.com/v1/models" },', '  }):start()', 'end', ''].join('\n');
    assert.deepEqual(found(direct), ['3 GET /v1/models openai']);
  });
});
