import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteLines } from './siteLines';

// What the eighty-fourth round's first runs (474–476) read wrong.
describe('held-out round 84', () => {
  it('a request built for a ws:// URL is a WebSocket: Swift handing URLRequest(url:) to webSocketTask(with:), OkHttp to newWebSocket', () => {
    const swift = ['import Foundation', 'func connect() {', '    let urlString = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"', '    guard let url = URL(string: urlString) else { return }', '    var request = URLRequest(url: url)', '    request.setValue("realtime=v1", forHTTPHeaderField: "OpenAI-Beta")', '    let task = URLSession.shared.webSocketTask(with: request)', '    task.resume()', '}', ''].join('\n');
    assert.deepEqual(siteLines(swift, 'Realtime.swift'), ['5 WEBSOCKET /v1/realtime openai']);
    const kotlin = ['import okhttp3.*', 'fun open(client: OkHttpClient, listener: WebSocketListener) {', '    val request = Request.Builder().url("wss://api.openai.com/v1/realtime?model=gpt-realtime").build()', '    client.newWebSocket(request, listener)', '}', ''].join('\n');
    assert.deepEqual(siteLines(kotlin, 'Realtime.kt'), ['3 WEBSOCKET /v1/realtime openai']);
    // (an https:// one stays a GET)
    assert.deepEqual(siteLines(swift.replace('wss://', 'https://').replace('/realtime?model=gpt-4o-realtime-preview', '/models'), 'Models.swift'), ['5 GET /v1/models openai']);
  });

  it("C#: a request made empty, then given its Method and RequestUri (`request.RequestUri = new Uri(URL)`), is where it is made", () => {
    const cs = [
      'using System.Net.Http;',
      'class Summarizer {',
      '    const string URL = "https://api.openai.com/v1/chat/completions";',
      '    async Task<string> Send(HttpClient client, string json) {',
      '        var request = new HttpRequestMessage();',
      '        request.Method = HttpMethod.Post;',
      '        request.RequestUri = new Uri(URL);',
      '        request.Content = new StringContent(json);',
      '        var response = await client.SendAsync(request);',
      '        return await response.Content.ReadAsStringAsync();',
      '    }',
      '    async Task Models(HttpClient client) {',
      '        HttpRequestMessage list = new();',
      '        list.RequestUri = new Uri("https://api.openai.com/v1/models");',
      '        await client.SendAsync(list);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(cs, 'OpenAIService.cs'), ['5 POST /v1/chat/completions openai', '13 GET /v1/models openai']);
    // (found by the review: the verb of the request as sent, not of the next one made under the name, nor one set after sending;
    // a request made in another method is not this one)
    const reused = ['using System.Net.Http;', 'class C {', '    async Task Run(HttpClient client, string id) {', '        var request = new HttpRequestMessage();', '        request.RequestUri = new Uri("https://api.openai.com/v1/models");', '        await client.SendAsync(request);', '        request.Method = HttpMethod.Post;', '        request = new HttpRequestMessage();', '        request.Method = HttpMethod.Delete;', '        request.RequestUri = new Uri("https://api.openai.com/v1/files/" + id);', '        await client.SendAsync(request);', '    }', '}', ''].join('\n');
    assert.deepEqual(siteLines(reused, 'C.cs'), ['4 GET /v1/models openai', '8 DELETE /v1/files/{file_id} openai']);
    const built = ['using System.Net.Http;', 'class C {', '    HttpRequestMessage Build() {', '        var request = new HttpRequestMessage();', '        return request;', '    }', '    async Task Run(HttpClient client) {', '        var request = Build();', '        request.RequestUri = new Uri("https://api.openai.com/v1/models");', '        await client.SendAsync(request);', '    }', '}', ''].join('\n');
    // (there, not read at the other method's line 4: left unread)
    assert.deepEqual(siteLines(built, 'C.cs'), []);
  });
});
