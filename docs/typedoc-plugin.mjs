// @ts-check
/**
 * TypeDoc plugin for the Helpdock reference.
 *
 * 1. Names each guide after its first `# Heading` instead of its file name, so the guides need no
 *    front matter (which Biome's Markdown formatter would rewrite into a heading).
 * 2. Describes the fields of anonymous types that TypeScript infers from the contract's zod schemas
 *    (`src/schemas/`) and from the message dictionaries (`src/i18n/`). TypeDoc expands such inferred
 *    types wherever a signature uses them and would otherwise ask for a doc comment on every contract
 *    field at every use; those fields are documented once, in the API reference generated from the
 *    same schemas. Exported declarations, class and interface members, and hand-written anonymous
 *    types elsewhere still need their own comments: the docs test fails without them.
 */
import { Comment, Converter, ReflectionKind } from 'typedoc';

/** Where inferred types come from, and what their fields are. */
const INFERRED_SOURCES = [
  { path: /^src\/schemas\//, text: 'A field of the API contract: see the API reference.' },
  { path: /^src\/(inbox\/)?i18n\//, text: 'A translated text.' },
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const text = document.content.map((part) => part.text).join('');
    const heading = /^# (.+)$/m.exec(text);
    if (heading?.[1]) document.name = heading[1].trim();
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const { project } = context;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (!reflection.parent?.kindOf(ReflectionKind.TypeLiteral) || reflection.hasComment()) continue;
      const packagePath = project.getSymbolIdFromReflection(reflection)?.packagePath ?? '';
      const source = INFERRED_SOURCES.find(({ path }) => path.test(packagePath));
      if (source) reflection.comment = new Comment([{ kind: 'text', text: source.text }]);
    }
  });
}
