import type { CallFlags, CallSite } from '../model';

/** One line per argument that changes what OpenAI keeps, in the words a developer reads in a hover. */
export function describeCallArguments(site: CallSite): string[] {
  const f: CallFlags = site.flags;
  const lines: string[] = [];
  const endpoint = site.endpoint;
  const storesByDefault = endpoint === '/v1/responses';
  if (endpoint === '/v1/responses' || endpoint === '/v1/chat/completions') {
    if (f.store === 'true') lines.push('`store: true`: the request asks OpenAI to keep the response as application state.');
    else if (f.store === 'false') lines.push('`store: false`: the request asks OpenAI not to keep the response as application state.');
    else if (f.store === 'omitted')
      lines.push(storesByDefault
        ? '`store` omitted: the Responses API keeps the response as application state by default.'
        : '`store` omitted: the policy table lists no application state for Chat Completions unless `store: true` is set.');
    else if (f.store === 'dynamic') lines.push('`store` is computed at run time: whether the response is kept depends on its value.');
  }
  if (f.background === 'true') lines.push('`background: true`: response data is stored on disk for about 10 minutes so the job can be polled.');
  else if (f.background === 'dynamic') lines.push('`background` is computed at run time.');
  if (f.previousResponseId) lines.push('`previous_response_id`: this call relies on a stored earlier response.');
  if (f.conversation) lines.push('`conversation`: items are added to a stored conversation.');
  if (f.imageInput) lines.push('Image input: images are scanned for CSAM on submission; flagged images can be kept even under ZDR.');
  if (f.fileInput) lines.push('File input: files are scanned on submission; a file uploaded through /v1/files is kept until deleted.');
  if (f.audioInput) lines.push('Audio input.');
  if (f.expiresAfter) lines.push('`expires_after`: the uploaded file is deleted automatically after the set time.');
  for (const tool of f.tools) {
    const text = TOOL_NOTES[tool];
    if (text) lines.push(text);
  }
  if (f.webSearchOffline) lines.push('`external_web_access: false`: web search runs in offline, cache-only mode.');
  if (f.stream === 'true') lines.push('`stream: true` (streaming does not change retention).');
  return lines;
}

const TOOL_NOTES: Partial<Record<CallFlags['tools'][number], string>> = {
  file_search: 'Tool `file_search`: reads vector stores, which are kept until deleted.',
  code_interpreter: 'Tool `code_interpreter`: a hosted container keeps temporary state until it expires or is deleted.',
  web_search: 'Tool `web_search`: live web search is not covered by a BAA.',
  computer_use: 'Tool `computer_use`: screenshots are image inputs.',
  mcp: 'Tool `mcp`: data sent to a remote MCP server follows that server\'s own retention.',
  shell: 'Tool `shell`: a hosted container keeps temporary state until it expires or is deleted.',
  image_generation: 'Tool `image_generation`.',
};
