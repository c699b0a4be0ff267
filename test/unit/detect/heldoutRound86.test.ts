import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the eighty-fifth and eighty-sixth rounds' first runs (477–482) still missed, taken up the session after.
describe('held-out rounds 85 and 86, the leftovers', () => {
  const goClient = (fill: string): string =>
    [
      'package dalle',
      'import ("bytes"; "net/http")',
      'const (',
      '\tdefaultBaseURL = "https://api.openai.com/v1/images"',
      ')',
      'type client struct {',
      '\tbaseURL string',
      '}',
      'func NewClient() *client {',
      `\treturn &client{${fill}}`,
      '}',
      'func (c *client) Generate(body []byte) error {',
      '\turl := c.baseURL + "/generations"',
      '\treq, _ := http.NewRequest("POST", url, bytes.NewBuffer(body))',
      '\t_, err := http.DefaultClient.Do(req)',
      '\treturn err',
      '}',
      '',
    ].join('\n');

  it("Go: a receiver's field a keyed literal gives a constant's URL, then one segment after it", () => {
    assert.deepEqual(siteLines(goClient('baseURL: defaultBaseURL'), 'dalle.go'), ['14 POST /v1/images/generations openai']);
    // (a field also given another value, or set by a statement, is a run-time choice: the host is unknown)
    assert.deepEqual(siteLines(goClient('baseURL: defaultBaseURL').replace('\treturn &client', '\tif true { return &client{baseURL: os.Getenv("BASE")} }\n\treturn &client'), 'dalle.go'), []);
    assert.deepEqual(siteLines(goClient('baseURL: defaultBaseURL').replace('\turl := c', '\tc.baseURL = os.Getenv("BASE")\n\turl := c'), 'dalle.go'), []);
    // (also a run-time value on the line after the key, found by the review; a raw string is a literal)
    assert.deepEqual(siteLines(goClient('baseURL: defaultBaseURL').replace('\treturn &client', '\tif true { return &client{baseURL:\n\t\tos.Getenv("BASE")} }\n\treturn &client'), 'dalle.go'), []);
    assert.deepEqual(siteLines(goClient('baseURL: `https://api.openai.com/v1/images`'), 'dalle.go'), ['14 POST /v1/images/generations openai']);
  });

  it("Go: a method of another value (`c.s.MakeRequest`) handed a field that holds the endpoint's URL", () => {
    const go = [
      'package moderation',
      'import ("bytes"; "context"; "net/http")',
      'const defaultCreateEndpoint = "https://api.openai.com/v1/moderations"',
      'type Session struct { APIKey string }',
      'type Client struct {',
      '\ts *Session',
      '\tCreateEndpoint string',
      '}',
      'func (s *Session) MakeRequest(ctx context.Context, url string, payload []byte, result interface{}) error {',
      '\treq, err := http.NewRequestWithContext(ctx, "POST", url, bytes.NewReader(payload))',
      '\tif err != nil { return err }',
      '\t_, err = http.DefaultClient.Do(req)',
      '\treturn err',
      '}',
      'func NewClient(s *Session) *Client { return &Client{s: s, CreateEndpoint: defaultCreateEndpoint} }',
      'func (c *Client) Create(ctx context.Context, p []byte) error {',
      '\treturn c.s.MakeRequest(ctx, c.CreateEndpoint, p, nil)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(go, 'main.go'), ['17 POST /v1/moderations openai']);
    // (the constant handed straight through the two receivers reads the same)
    assert.deepEqual(siteLines(go.replace('c.s.MakeRequest(ctx, c.CreateEndpoint', 'c.s.MakeRequest(ctx, defaultCreateEndpoint'), 'main.go'), ['17 POST /v1/moderations openai']);
    // (through a field of another type, another type's method of that name: found by the review)
    assert.deepEqual(siteLines(go.replace('c.s.MakeRequest(ctx, c.CreateEndpoint', 'c.log.MakeRequest(ctx, c.CreateEndpoint'), 'main.go'), []);
    assert.deepEqual(siteLines(go.replace('c.s.MakeRequest(ctx, c.CreateEndpoint', 'a.b.c.MakeRequest(ctx, c.CreateEndpoint'), 'main.go'), []);
  });

  it('Python: a request or an SDK call run on another thread, its function handed to the runner with its arguments', () => {
    const py = [
      'import asyncio',
      'import requests',
      'from openai import OpenAI',
      'client = OpenAI()',
      'async def transcribe(self, files, data):',
      '    return await asyncio.to_thread(',
      '        requests.post,',
      '        f"{self.api_url}/v1/audio/transcriptions",',
      '        files=files, data=data)',
      'async def ask(msgs):',
      '    return await asyncio.to_thread(client.chat.completions.create, model="gpt-4o", messages=msgs)',
      'async def embed(loop, text):',
      '    return await loop.run_in_executor(None, client.embeddings.create, model="text-embedding-3-small", input=text)',
      'def later(pool, body):',
      '    return pool.submit(requests.post, "https://api.openai.com/v1/moderations", json=body)',
      'async def pause():',
      '    await asyncio.to_thread(time.sleep, 1)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(py, 'stt.py'), ['7 POST /v1/audio/transcriptions unknown', '11 POST /v1/chat/completions openai', '13 POST /v1/embeddings openai', '15 POST /v1/moderations openai']);
    // (the verb is read from the call's own arguments, found by the review: `requests.request` with its verb, `urlopen` with none)
    const verbs = ['import asyncio, requests, urllib.request', 'async def f(pool):', '    await asyncio.to_thread(requests.request, "DELETE", "https://api.openai.com/v1/files/file-1")', '    await asyncio.to_thread(urllib.request.urlopen, "https://api.openai.com/v1/models")', ''].join('\n');
    assert.deepEqual(siteLines(verbs, 'verbs.py'), ['3 DELETE /v1/files/{file_id} openai', '4 GET /v1/models openai']);
  });

  it("Python: the `openai` module a star import brings from a project module that imports and configures it", () => {
    const init = ['import os', 'import openai', 'openai.api_key = os.environ.get("OPENAI_API_KEY")', ''].join('\n');
    const script = ['from init import *', 'job = openai.fine_tuning.jobs.retrieve(fine_tuning_job_id=job_id)', 'reply = openai.chat.completions.create(model=job.fine_tuned_model, messages=m)', ''].join('\n');
    const project = new ProjectIndex();
    project.addFile('init.py', init);
    project.addFile('finetune.py', script);
    assert.deepEqual(siteLines(script, 'finetune.py', project), ['2 GET /v1/fine_tuning/jobs/{fine_tuning_job_id} openai', '3 POST /v1/chat/completions openai']);
    // (a module that imports something else under the name brings no OpenAI client: where the calls go is unknown, as before)
    const other = new ProjectIndex();
    other.addFile('init.py', init.replace('import openai', 'import mylib as openai'));
    other.addFile('finetune.py', script);
    assert.deepEqual(siteLines(script, 'finetune.py', other), ['2 GET /v1/fine_tuning/jobs/{fine_tuning_job_id} unknown', '3 POST /v1/chat/completions unknown']);
  });
});
