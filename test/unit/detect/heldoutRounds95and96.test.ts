import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayMentionOpenAI } from '../../../src/core/detect/languages';
import { ProjectIndex } from '../../../src/core/detect/projectIndex';
import { siteLines } from './siteLines';

// What the ninety-fifth and ninety-sixth rounds' first runs (507–512) read wrong.
describe('held-out rounds 95 and 96', () => {
  it("R: httr's RETRY and VERB, handed the verb first and the URL after it", () => {
    const text = [
      'transcribe <- function(key, file) {',
      '  url <- "https://api.openai.com/v1/audio/transcriptions"',
      '  response <- httr::RETRY("POST", url = url, httr::add_headers(h), body = body, quiet = TRUE)',
      '  again <- RETRY("POST", url, body = body)',
      '  r <- httr::VERB("POST", "https://api.openai.com/v1/embeddings", body = list(model = "m", input = x), encode = "json")',
      '  other <- RETRY("POST", url = "https://api.example.com/v1/send")',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'R/transcribe.R'), ['3 POST /v1/audio/transcriptions openai', '4 POST /v1/audio/transcriptions openai', '5 POST /v1/embeddings openai']);
  });

  it("Java: a chat request object posted to a URL from Spring's @Value, by Apache's HttpPost (its entity set after) or HttpClient's builder", () => {
    const apache = [
      'import org.apache.http.client.methods.HttpPost;',
      '',
      'public class ChatGPTService {',
      '    @Value("${chatgpt.url}")',
      '    private String CHATGPT_URL;',
      '',
      '    public String search(String query) throws Exception {',
      '        ChatGPTRequest chatGPTRequest = new ChatGPTRequest();',
      '        chatGPTRequest.setModel(GPT_MODEL);',
      '        chatGPTRequest.setMessages(messages);',
      '        HttpPost post = new HttpPost(CHATGPT_URL);',
      '        post.addHeader("Content-Type", "application/json");',
      '        String body = gson.toJson(chatGPTRequest);',
      '        final StringEntity entity = new StringEntity(body);',
      '        post.setEntity(entity);',
      '        ChatGPTResponse r = gson.fromJson(EntityUtils.toString(client.execute(post).getEntity()), ChatGPTResponse.class);',
      '        return r.getChoices().get(0).getMessage().getContent();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(apache, 'ChatGPTService.java'), ['11 POST /v1/chat/completions unknown']);
    // (the entity is what makes it a chat's: one set from something else is none)
    assert.deepEqual(siteLines(apache.replace('post.setEntity(entity);', 'post.setEntity(new StringEntity(query));'), 'ChatGPTService.java'), []);
    const builder = [
      'public class ChatGptClient {',
      '  @Value("${chat-gpt.url}")',
      '  private String API_URL;',
      '',
      '  public String ask(Message message) throws Exception {',
      '    ChatGptRequest chatGptRequest = new ChatGptRequest(API_MODEL, new Message[] {message}, 1);',
      '    String input = mapper.writeValueAsString(chatGptRequest);',
      '    HttpRequest request = HttpRequest.newBuilder()',
      '        .uri(URI.create(API_URL))',
      '        .header("Content-Type", "application/json")',
      '        .POST(HttpRequest.BodyPublishers.ofString(input))',
      '        .build();',
      '    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());',
      '    return mapper.readValue(response.body(), ChatGptResponse.class).choices()[0].message().content();',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(builder, 'ChatGptClient.java'), ['9 POST /v1/chat/completions unknown']);
    // (a GET built the same way sends no body)
    assert.deepEqual(siteLines(builder.replace('.POST(HttpRequest.BodyPublishers.ofString(input))', '.GET()'), 'ChatGptClient.java'), []);
    // files naming ChatGPT alone are read
    assert.equal(mayMentionOpenAI(builder), true);
    assert.equal(mayMentionOpenAI('@Value("${chatgpt.url}") private String url;'), true);
  });

  it("C#: a class's URL constant named through its namespace (`OpenAI.Api.Url`)", () => {
    const project = new ProjectIndex();
    project.addFile('Assets/Editor/OpenAI.cs', 'namespace AICommand.OpenAI\n{\n    public static class Api\n    {\n        public const string Url = "https://api.openai.com/v1/chat/completions";\n    }\n}\n');
    const util = [
      'using UnityEngine.Networking;',
      'namespace AICommand {',
      'static class OpenAIUtil {',
      '    public static string InvokeChat(string prompt) {',
      '        using var post = UnityWebRequest.Post',
      '          (OpenAI.Api.Url, CreateChatRequestBody(prompt), "application/json");',
      '        var req = post.SendWebRequest();',
      '        return req;',
      '    }',
      '}',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(util, 'Assets/Editor/OpenAIUtil.cs', project), ['5 POST /v1/chat/completions openai']);
    // (a constant of another class of that name is not this one)
    assert.deepEqual(siteLines(util.replace('OpenAI.Api.Url', 'OpenAI.Routes.Url'), 'Assets/Editor/OpenAIUtil.cs', project), []);
  });

  it("Python: a class method that keeps and returns one client, called on its class here or imported from the project's module", () => {
    const utils = [
      'import openai',
      '',
      'class OpenAIAsync:',
      '    _instance = None',
      '',
      '    @classmethod',
      '    def instance(cls):',
      '        params = {"api_key": cls._key}',
      '        if cls._instance is None:',
      '            cls._instance = openai.AsyncOpenAI(**params)',
      '        return cls._instance',
      '',
      'async def warm():',
      '    await OpenAIAsync.instance().models.list()',
      '',
    ].join('\n');
    // (its options hold a key alone: OpenAI's host)
    assert.deepEqual(siteLines(utils, 'app/openai_helpers/utils.py'), ['14 GET /v1/models openai']);
    const project = new ProjectIndex();
    project.addFile('app/openai_helpers/utils.py', utils);
    const whisper = [
      'from app.openai_helpers.utils import OpenAIAsync',
      '',
      'async def speech_to_text(filename):',
      "    with open(filename, 'rb') as audio_file:",
      '        transcript = await OpenAIAsync.instance().audio.transcriptions.create(',
      '            file=audio_file, model="gpt-4o-transcribe"',
      '        )',
      '    return transcript.text',
      '',
      'def other():',
      '    return OpenAIAsync.settings().audio.transcriptions.create(file=f)',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(whisper, 'app/openai_helpers/whisper.py', project), ['5 POST /v1/audio/transcriptions openai']);
    // (a method that returns what is not a client builds none)
    const notClient = new ProjectIndex();
    notClient.addFile('app/openai_helpers/utils.py', utils.replace('        return cls._instance', '        return cls._key'));
    assert.deepEqual(siteLines(whisper, 'app/openai_helpers/whisper.py', notClient), []);
  });

  it("Kotlin: a helper's parameter shadows a companion object's constant of its name declared after it", () => {
    const text = [
      'class MainActivity : AppCompatActivity() {',
      '    fun onSubmit(question: String) {',
      '        makeApiRequest(apiUrl, question) { response -> show(response) }',
      '        makeApiRequest(apiUrlTest, question) { response -> show(response) }',
      '    }',
      '',
      '    fun makeApiRequest(apiUrl: String, prompt: String, callback: (String) -> Unit) {',
      '        val request = Request.Builder()',
      '            .url(apiUrl)',
      '            .post(buildRequestBody(prompt))',
      '            .build()',
      '        client.newCall(request).enqueue(callback)',
      '    }',
      '',
      '    fun models() {',
      '        val request = Request.Builder().url(apiUrl).get().build()',
      '    }',
      '',
      '    companion object {',
      '        private const val apiUrl = "https://api.openai.com/v1/chat/completions"',
      '        private const val apiUrlTest = "https://postman-echo.com/post"',
      '    }',
      '}',
      '',
    ].join('\n');
    // (the request is where the caller hands OpenAI's URL; the helper's own line sends whatever it is handed; a function without
    // that parameter reads the constant)
    assert.deepEqual(siteLines(text, 'app/MainActivity.kt'), ['3 POST /v1/chat/completions openai', '16 GET /v1/chat/completions openai']);
  });

  it("C#: OpenAI-Unity's own samples, in its namespace rather than using it", () => {
    const text = ['using UnityEngine;', '', 'namespace OpenAI', '{', '    public class Whisper : MonoBehaviour', '    {', '        private OpenAIApi openai = new OpenAIApi();', '', '        private async void Transcribe(byte[] data)', '        {', '            var req = new CreateAudioTranscriptionsRequest { FileData = new FileData() { Data = data, Name = "audio.wav" }, Model = "whisper-1" };', '            var res = await openai.CreateAudioTranscription(req);', '        }', '    }', '}', ''].join('\n');
    assert.deepEqual(siteLines(text, 'Assets/Samples/Whisper.cs'), ['12 POST /v1/audio/transcriptions openai']);
    assert.deepEqual(siteLines(text.replace('namespace OpenAI', 'namespace Game'), 'Assets/Samples/Whisper.cs'), []);
  });

  it("Rust: ureq's post to a URL from the command line, its completion body sent by a link of the chain", () => {
    // (the endpoint is a flag whose default, OpenAI's, the environment may override)
    const text = [
      'struct Args {',
      '    #[arg(long, default_value_t = String::from("https://api.openai.com/v1/completions"), env = "OPENAI_ENDPOINT")]',
      '    endpoint: String,',
      '}',
      '',
      'fn run(args: Args, prompt: String) -> anyhow::Result<String> {',
      '    let body = json!({ "model": args.model, "prompt": prompt, "max_tokens": args.max_tokens });',
      '    let resp: String = ureq::post(&args.endpoint)',
      '        .set("Authorization", format!("Bearer {}", args.api_key).as_str())',
      '        .send_json(&body)?',
      '        .into_string()?;',
      '    let value: Value = from_str(&resp)?;',
      '    Ok(value["choices"][0]["text"].to_string())',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(siteLines(text, 'src/main.rs'), ['8 POST /v1/completions unknown']);
    // (a body that is not a completion's is none)
    assert.deepEqual(siteLines(text.replace('"prompt": prompt', '"query": text'), 'src/main.rs'), []);
  });
});
