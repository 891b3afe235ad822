/**
 * An esbuild plugin for the one-script-tag build: it shrinks the whitespace inside Lit's `css`,
 * `html` and `svg` tagged templates, which minifiers leave alone (they cannot know the text is CSS
 * or markup). Only template text changes, never the `${…}` expressions between, so the result
 * renders the same. Keeps `helpdock.js` within its gzip budget.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** Minimal esbuild plugin shape (tsup passes esbuild plugins through). */
interface TemplatePlugin {
  name: string;
  setup(build: {
    onLoad(
      options: { filter: RegExp },
      callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' }>,
    ): void;
  }): void;
}

/**
 * CSS: runs of whitespace become one space; none is kept around `{`, `}`, `;`, `,` or after a `:`
 * (a space before one is a descendant combinator, `.header :focus-visible`, and stays).
 */
function minifyCss(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * Markup: a line break with its indentation between two tags goes (the layouts around are flex or
 * grid, where such text is ignored); elsewhere it becomes one space, as HTML renders it anyway.
 */
function minifyMarkup(text: string): string {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/** Rewrites the literal parts of every `css`/`html`/`svg` template in `source`. */
export function minifyTemplates(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const minify = tag === 'css' ? minifyCss : tag === 'html' || tag === 'svg' ? minifyMarkup : undefined;
      if (minify) {
        const template = node.template;
        const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          // The literal's source text includes its delimiters (` or }, and ` or ${): keep them.
          const start = part.getStart(file) + 1;
          const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
          edits.push({ start, end, text: minify(source.slice(start, end)) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The plugin: applies {@link minifyTemplates} to the widget's TypeScript sources. */
export const minifyTemplatesPlugin: TemplatePlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /packages[\\/]widget[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
