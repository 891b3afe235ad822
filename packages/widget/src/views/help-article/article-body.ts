/**
 * The paragraphs of a plain-text article body (SPEC §3: paragraphs are separated by blank lines),
 * trimmed, empty ones dropped. Rendered as text, one `<p>` each: nothing in a body is markup.
 *
 * @example paragraphsOf('First.\n\nSecond\nline.') // ['First.', 'Second\nline.']
 */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
