import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCallSites } from '../../../src/core/detect/detectFile';
import { lex } from '../../../src/core/detect/lexer';
import { siteLines } from './siteLines';

const found = (text: string, fileName = 'chat.ps1'): string[] => siteLines(text, fileName);

describe('PowerShell lexer', () => {
  it('reads comments, block comments, doubled quotes, backtick escapes, subexpressions and here-strings', () => {
    const text = [
      '<# .EXAMPLE',
      '   Invoke-RestMethod -Uri "https://api.openai.com/v1/files" #>',
      '$a = "say ""hi"" and `"quote`" $($x.Replace("a", "b")) done" # trailing',
      "$b = 'it''s'",
      '$c = @"',
      '{ "model": "gpt-4o" }',
      '"@',
      'Write-Host a#b',
    ].join('\n');
    const lexed = lex(text, 'powershell');
    assert.deepEqual(
      lexed.strings.map((s) => s.value),
      ['say ""hi"" and `"quote`" $($x.Replace("a", "b")) done', "it''s", '{ "model": "gpt-4o" }'],
    );
    assert.equal(lexed.comments.length, 2, 'the block comment and the trailing comment; `a#b` is a word');
    assert.equal(lexed.code.length, text.length, 'offsets are kept');
    assert.ok(!lexed.code.includes('Invoke-RestMethod'), 'the help example is blanked');
  });

  it('an unterminated string runs to the end without a hang', () => {
    const text = `$a = "${'x'.repeat(100_000)}`;
    const started = performance.now();
    const lexed = lex(text, 'powershell');
    assert.equal(lexed.strings.length, 1);
    assert.ok(performance.now() - started < 2000);
  });
});

describe('PowerShell requests', () => {
  it('Invoke-RestMethod with -Uri from a script variable, -Method Post, a table of headers and a later -Body', () => {
    const ps = [
      '$uri = "https://api.openai.com/v1/responses"',
      'function Send-Prompt($body) {',
      '    $response = Invoke-RestMethod -Method Post -Uri $uri -Headers @{',
      '        "Authorization" = "Bearer $env:OPENAI_API_KEY"',
      '    } -Body $body -ContentType "application/json"',
      '    return $response',
      '}',
    ].join('\n');
    assert.deepEqual(found(ps), ['3 POST /v1/responses openai']);
  });

  it('an Azure deployment URL built from variables, a splatted table, positional and -Method: forms, GET by default', () => {
    const ps = [
      '$endpoint = "https://$openAiServiceName.openai.azure.com/openai/deployments/$deploymentName/completions?api-version=$apiVersion"',
      '$response = Invoke-RestMethod -Uri $endpoint -Method Post -Headers @{ "api-key" = $key } -Body $body',
      '$params = @{',
      '    Uri    = "https://api.openai.com/v1/chat/completions"',
      '    Method = "Post"',
      '}',
      'Invoke-RestMethod @params -Body $json',
      'irm "https://api.openai.com/v1/models" -Headers $h',
      'iwr -Uri:"https://api.openai.com/v1/embeddings" -Method:Post -Body $b',
    ].join('\n');
    assert.deepEqual(found(ps), ['2 POST /v1/completions azure', '7 POST /v1/chat/completions openai', '8 GET /v1/models openai', '9 POST /v1/embeddings openai']);
  });

  it('a base URL in a variable: its literal when it has one, else the host is decided at run time', () => {
    const ps = [
      '$baseUrl = "http://localhost:11434/v1"',
      'Invoke-RestMethod -Uri "$baseUrl/chat/completions" -Method Post -Body $b',
      'Invoke-RestMethod -Uri "$($env:OPENAI_BASE_URL)/chat/completions" -Method Post -Body $b',
    ].join('\n');
    assert.deepEqual(found(ps), ['2 POST /v1/chat/completions other', '3 POST /v1/chat/completions unknown']);
  });

  it(".NET HttpClient's own verbs in PowerShell; another host's URL is none of ours", () => {
    const ps = [
      '$httpClient = [System.Net.Http.HttpClient]::new()',
      '$response = $httpClient.PostAsync("https://api.openai.com/v1/audio/transcriptions", $multipartContent).Result',
      '$models = "https://api.openai.com/v1/models"',
      '$list = $script:http.GetStringAsync($models).Result',
      '$other = $httpClient.PostAsync("https://example.com/upload", $content).Result',
    ].join('\n');
    assert.deepEqual(found(ps), ['2 POST /v1/audio/transcriptions openai', '4 GET /v1/models openai']);
  });

  it('.NET HttpRequestMessage built in PowerShell', () => {
    const ps = '$uri = "https://api.openai.com/v1/responses"\n$req = [System.Net.Http.HttpRequestMessage]::new(\n    [System.Net.Http.HttpMethod]::Post, $uri)\n$resp = $client.SendAsync($req).Result\n';
    assert.deepEqual(found(ps), ['2 POST /v1/responses openai']);
  });

  it('not a request: another API, a help example, a string that only mentions an endpoint', () => {
    const ps = [
      '<#',
      '.EXAMPLE',
      '    Invoke-RestMethod -Uri "https://api.openai.com/v1/chat/completions" -Method Post',
      '#>',
      'Invoke-RestMethod -Uri "https://api.github.com/repos/x/y" -Method Get',
      'Write-Host "POST https://api.openai.com/v1/files to upload"',
      '# Invoke-RestMethod -Uri "https://api.openai.com/v1/files" -Method Post',
    ].join('\n');
    assert.deepEqual(found(ps), []);
  });

  it('.psm1 modules are read too', () => {
    assert.deepEqual(found('Invoke-WebRequest -Uri "https://api.openai.com/v1/audio/speech" -Method Post -Body $b\n', 'Gpt.psm1'), ['1 POST /v1/audio/speech openai']);
  });
});

// Found by held-out corpus 362.
describe('PowerShell requests found by held-out corpus 362', () => {
  it("a splatted table's quoted keys (`\"URI\" = $uri`, `\"Method\" = \"POST\"`) and a verb held in a variable (`-Method $method`)", () => {
    const splat = '$uri = "https://api.openai.com/v1/images/generations"\n$params = @{\n    "URI" = $uri\n    "Method" = "POST"\n    "Body" = $json\n}\n$r = Invoke-WebRequest @params\n';
    assert.deepEqual(found(splat), ['7 POST /v1/images/generations openai']);
    // (found in a second review: a nested table's keys are no entries of the splatted one)
    const nested = '$uri = "https://api.openai.com/v1/images/generations"\n$params = @{\n    "Method" = "POST"\n    "URI" = $uri\n    "Body" = @{\n        "method" = "GET"\n    }\n}\n$r = Invoke-WebRequest @params\n';
    assert.deepEqual(found(nested), ['9 POST /v1/images/generations openai']);
    const held = 'function Invoke-Dalle {\n    $method = "POST"\n    $url = "https://api.openai.com/v1/images/generations"\n    $r = Invoke-RestMethod -Method $method -Uri $url -Body $b\n}\n';
    assert.deepEqual(found(held), ['4 POST /v1/images/generations openai']);
  });
});

describe('PowerShell requests on a base named for OpenAI (found in review of the thirtieth session)', () => {
  it("one segment, any resource's, on a base whose own name says OpenAI", () => {
    const ps1 = '$openaiBase = $env:OPENAI_BASE\nInvoke-RestMethod -Uri "$openaiBase/files" -Headers $h\nInvoke-RestMethod -Method Post -Uri "$openaiBase/batches" -Body $b\n$storage = $env:STORE\nInvoke-RestMethod -Uri "$storage/files"\n';
    assert.deepEqual(
      detectCallSites(ps1, { fileName: 'batch.ps1' }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`),
      ['2 GET /v1/files unknown', '3 POST /v1/batches unknown'],
    );
  });
});

describe('found by held-out corpus 400', () => {
  it("a base tidied in place in a subexpression (`\"$($BaseUrl.TrimEnd('/'))/chat/completions\"`) is that base", () => {
    const ps1 = "function Invoke-Chat {\n    param([string] $BaseUrl, $Body)\n    $APIEndpoint = \"$($BaseUrl.TrimEnd('/'))/chat/completions\"\n    $RequestParams = @{\n        Uri     = $APIEndpoint\n        Method  = \"POST\"\n        Body    = $Body\n    }\n    $Response = Invoke-RestMethod @RequestParams\n}\n";
    assert.deepEqual(detectCallSites(ps1, { fileName: 'Invoke-Chat.ps1' }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`), ['9 POST /v1/chat/completions unknown']);
    // (any other method's result is no base: `$($Config.Get('x'))` is not read as `$Config`)
    assert.deepEqual(detectCallSites(ps1.replace("$BaseUrl.TrimEnd('/')", "$Config.Get('x')"), { fileName: 'Invoke-Chat.ps1' }).sites, []);
  });
});

describe('found in review of round 59', () => {
  it('a base trimmed of other characters than slashes or blanks is no known base', () => {
    const ps1 = "$u = \"$($BaseUrl.TrimEnd('/v1'))/v1/chat/completions\"\nInvoke-RestMethod -Method Post -Uri $u -Body $b\n";
    assert.deepEqual(detectCallSites(ps1, { fileName: 'a.ps1' }).sites.map((s) => `${s.httpMethod} ${s.endpoint}`), []);
  });
});

describe('found by held-out round 74 (corpus 445)', () => {
  it("`curl` with curl's own flags (curl.exe, as PowerShell 7 runs it): POST with data or `-X`, over backtick continuations; written with a cmdlet's parameters, Invoke-WebRequest's", () => {
    const ps = [
      '$body = @{ prompt = $Prompt } | ConvertTo-Json',
      '$response = curl https://api.openai.com/v1/images/generations `',
      '    -H "Content-Type: application/json" `',
      '    -H "Authorization: Bearer $ApiKey" `',
      '    -d $body',
      'curl.exe -s -X DELETE "https://api.openai.com/v1/files/$fileId" -H "Authorization: Bearer $ApiKey"',
      '$models = curl -Uri "https://api.openai.com/v1/models" -Headers $headers',
      '$chat = curl -Uri "https://api.openai.com/v1/chat/completions" -Method Post -Body $body',
      'curl https://example.com/install.sh -o install.sh',
      '',
    ].join('\n');
    assert.deepEqual(found(ps), ['2 POST /v1/images/generations openai', '6 DELETE /v1/files/{file_id} openai', '7 GET /v1/models openai', '8 POST /v1/chat/completions openai']);
  });
});
