// @ts-check
/**
 * A TypeDoc plugin that names each guide after its first `# Heading` instead of its file name, so
 * the guides need no front matter (which Biome's Markdown formatter would rewrite into a heading).
 */
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const text = document.content.map((part) => part.text).join('');
    const heading = /^# (.+)$/m.exec(text);
    if (heading?.[1]) document.name = heading[1].trim();
  });
}
