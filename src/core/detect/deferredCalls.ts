/**
 * Python's calls handed to another thread or executor, read as the calls they make: the runner
 * and its executor are blanked and the comma after the function becomes its bracket, so
 * `asyncio.to_thread(requests.post, url, json=body)` reads as `requests.post(url, json=body)` at the same offsets.
 */

/**
 * A runner and the function it is handed with arguments after it: `asyncio.to_thread(`, `anyio.to_thread.run_sync(`,
 * `run_in_threadpool(`, `executor.submit(`, Home Assistant's `hass.async_add_executor_job(`, and
 * `loop.run_in_executor(` after its executor (`None`, `self._pool`). [1] is the function, a dotted name.
 */
const DEFERRED_CALL =
  /(?<![\w.])(?:(?:[A-Za-z_]\w*\.)*(?:to_thread|run_sync|run_in_threadpool|submit|async_add_executor_job)[ \t]*\([ \t\n]*|(?:[A-Za-z_]\w*\.)*run_in_executor[ \t]*\([ \t\n]*(?:None|[A-Za-z_][\w.]*)[ \t\n]*,[ \t\n]*)([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[ \t\n]*,/;

const DEFERRED_CALLS = new RegExp(DEFERRED_CALL.source, 'g');
/** The runners' names alone, asked before DEFERRED_CALL: that starts at every word of a file, most of which names none. */
const RUNNER_NAMED = /to_thread|run_sync|run_in_threadpool|submit|async_add_executor_job|run_in_executor/;

/** Whether the code hands a call to a runner (DEFERRED_CALL), its runners' names asked first. */
export function makesDeferredCalls(code: string): boolean {
  return RUNNER_NAMED.test(code) && DEFERRED_CALL.test(code);
}

/**
 * The lexed code and the source text with each deferred call made in place, the same edits in both (the arguments are
 * read from the text): newlines kept, so every offset and line stays.
 */
export function withDeferredCallsMade(code: string, text: string): { code: string; text: string } {
  let madeCode = '';
  let madeText = '';
  let from = 0;
  for (const m of code.matchAll(DEFERRED_CALLS)) {
    const whole = m[0];
    const fn = m[1] ?? '';
    const at = m.index ?? 0;
    const fnAt = whole.lastIndexOf(fn, whole.length - 1);
    const made = `${whole.slice(0, fnAt).replace(/[^\n]/g, ' ')}${whole.slice(fnAt, -1)}(`;
    madeCode += code.slice(from, at) + made;
    madeText += text.slice(from, at) + made;
    from = at + whole.length;
  }
  return { code: madeCode + code.slice(from), text: madeText + text.slice(from) };
}
