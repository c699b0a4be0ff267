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
export const DEFERRED_CALL =
  /(?<![\w.])(?:(?:[A-Za-z_]\w*\.)*(?:to_thread|run_sync|run_in_threadpool|submit|async_add_executor_job)[ \t]*\([ \t\n]*|(?:[A-Za-z_]\w*\.)*run_in_executor[ \t]*\([ \t\n]*(?:None|[A-Za-z_][\w.]*)[ \t\n]*,[ \t\n]*)([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[ \t\n]*,/;

const DEFERRED_CALLS = new RegExp(DEFERRED_CALL.source, 'g');

/** The code with each deferred call made in place (newlines kept, so every offset and line stays). */
export function withDeferredCallsMade(code: string): string {
  return code.replace(DEFERRED_CALLS, (whole, fn: string) => {
    const fnAt = whole.lastIndexOf(fn, whole.length - 1);
    const runner = whole.slice(0, fnAt).replace(/[^\n]/g, ' ');
    return `${runner}${whole.slice(fnAt, -1)}(`;
  });
}
