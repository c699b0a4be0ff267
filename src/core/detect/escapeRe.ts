/** Text made literal inside a `RegExp` (names put into patterns built at run time). */
export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
