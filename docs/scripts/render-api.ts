/**
 * Renders `docs/guides/api.md` (the route reference) from `docs/openapi.json`, so the guide can
 * never drift from the contract. `npx tsx docs/scripts/render-api.ts` writes the file;
 * `tests/docs.test.ts` fails when the committed file differs from a fresh render.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A JSON Schema or OpenAPI fragment: plain JSON data. */
type Json = { [key: string]: unknown };

/** Where the OpenAPI document is read from. */
export const OPENAPI_PATH = fileURLToPath(new URL('../openapi.json', import.meta.url));
/** Where the rendered guide is written. */
export const API_GUIDE_PATH = fileURLToPath(new URL('../guides/api.md', import.meta.url));

/** The repository root: Biome runs from there so it reads the repository's formatting rules. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** One operation of the document with the path and method it sits under. */
interface Operation {
  method: string;
  path: string;
  op: Json;
}

const asJson = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Table cells may not contain raw pipes or line breaks. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** GitHub-style heading anchor of a schema name. */
const anchor = (name: string): string => `schema-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Follows a local `$ref` (`#/components/...`). */
function resolve(doc: Json, value: unknown): Json {
  const ref = asJson(value).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return asJson(value);
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) node = asJson(node)[part];
  return asJson(node);
}

const refName = (schema: Json): string | undefined =>
  typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;

/** A short, TypeScript-like spelling of a schema's type. */
export function typeOf(schema: Json): string {
  const name = refName(schema);
  if (name) return `[${name}](#${anchor(name)})`;
  if ('const' in schema) return JSON.stringify(schema.const);
  const union = asArray(schema.anyOf ?? schema.oneOf);
  if (union.length) return union.map((s) => typeOf(asJson(s))).join(' \\| ');
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  const type = schema.type;
  if (Array.isArray(type)) return type.map((t) => typeOf({ ...schema, type: t })).join(' \\| ');
  if (type === 'array') return `${wrapUnion(typeOf(asJson(schema.items)))}[]`;
  if (type === 'string' && schema.format === 'binary') return 'file';
  if (type === 'integer') return 'integer';
  if (type === 'object' && !schema.properties) return 'object';
  if (typeof type === 'string') return type;
  return 'any';
}

const wrapUnion = (text: string): string => (text.includes(' \\| ') ? `(${text})` : text);

/** Constraints worth a reader's attention: lengths, ranges, defaults, formats, patterns. */
export function constraintsOf(schema: Json): string {
  const notes: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    if (typeof min === 'number' && typeof max === 'number') notes.push(`${min}–${max}${unit}`);
    else if (typeof min === 'number') notes.push(`≥ ${min}${unit}`);
    else if (typeof max === 'number') notes.push(`≤ ${max}${unit}`);
  };
  range(schema.minLength, schema.maxLength, ' chars');
  // The safe-integer bounds zod puts on every integer say nothing to a reader.
  const bound = (n: unknown) =>
    typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined;
  range(bound(schema.minimum), bound(schema.maximum), '');
  range(schema.minItems, schema.maxItems, ' items');
  if (typeof schema.format === 'string' && schema.format !== 'binary')
    notes.push(`format \`${schema.format}\``);
  // A format already says what the (often unreadable) pattern checks.
  if (typeof schema.pattern === 'string' && typeof schema.format !== 'string')
    notes.push(`pattern \`${schema.pattern}\``);
  if ('default' in schema) notes.push(`default \`${JSON.stringify(schema.default)}\``);
  if (typeof schema.description === 'string') notes.push(schema.description);
  return notes.join('; ');
}

/** The non-null object branch of a schema (`X | null` objects are documented by their fields). */
function objectBranch(schema: Json): Json | undefined {
  if (schema.type === 'object' && schema.properties) return schema;
  const branches = asArray(schema.anyOf).map(asJson);
  const objects = branches.filter((b) => b.type === 'object' && b.properties);
  return objects.length === 1 ? objects[0] : undefined;
}

/** One row per field of an inline object, nested objects flattened as `parent.child`. */
function fieldRows(schema: Json, prefix = ''): string[] {
  const object = objectBranch(schema);
  if (!object) return [];
  const required = new Set(asArray(object.required).map(String));
  const rows: string[] = [];
  for (const [name, value] of Object.entries(asJson(object.properties))) {
    const field = asJson(value);
    const path = `${prefix}${name}`;
    const nested = !refName(field) ? objectBranch(field) : undefined;
    const type = nested
      ? nested === field
        ? 'object'
        : `object${field.anyOf ? ' \\| null' : ''}`
      : typeOf(field);
    rows.push(
      `| \`${path}\` | ${type} | ${required.has(name) ? 'yes' : 'no'} | ${cell(constraintsOf(field))} |`,
    );
    if (nested) rows.push(...fieldRows(nested, `${path}.`));
  }
  return rows;
}

/** The `type` constant of an event-like union branch (`{type: {const: 'heartbeat'}, data}`). */
const eventType = (branch: Json): string | undefined => {
  const type = asJson(asJson(branch.properties).type).const;
  return typeof type === 'string' ? type : undefined;
};

/** A union of `{type, id, data}` events, one section per event type. */
function eventTables(schema: Json): string[] {
  const branches = asArray(schema.oneOf ?? schema.anyOf).map(asJson);
  if (!branches.length || !branches.every((b) => eventType(b) !== undefined)) return [];
  const lines = [`One of ${branches.length} event types, each \`{type, id, data}\`:`, ''];
  for (const branch of branches) {
    const data = asJson(asJson(branch.properties).data);
    lines.push(`- \`${eventType(branch)}\`: \`data\` is ${refName(data) ? typeOf(data) : 'an object'}`);
    const rows = refName(data) ? [] : fieldRows(data, 'data.');
    if (rows.length)
      lines.push(
        '',
        '  | Field | Type | Required | Notes |',
        '  | --- | --- | --- | --- |',
        ...rows.map((r) => `  ${r}`),
        '',
      );
  }
  return [...lines, ''];
}

function fieldTable(schema: Json): string[] {
  const events = eventTables(schema);
  if (events.length) return events;
  const rows = fieldRows(schema);
  if (!rows.length) return [];
  return ['| Field | Type | Required | Notes |', '| --- | --- | --- | --- |', ...rows, ''];
}

/** The SDK call that sends an operation (operation ids mirror the client's resource tree). */
export function sdkCall(operationId: string): string {
  if (operationId.startsWith('portal.'))
    return `client.portal(token).${operationId.slice('portal.'.length)}()`;
  return `client.${operationId}()`;
}

const whoMayCall = (op: Json): string => {
  const description = typeof op.description === 'string' ? op.description : '';
  const match = /Who may call: ([^.]*(?:\([^)]*\))?[^.]*)\./.exec(description);
  return match?.[1]?.trim() ?? '';
};

/** The caller in a few words, for the overview table (the route's section has the whole sentence). */
const shortWho = (op: Json): string =>
  whoMayCall(op)
    .split(/;|,| \((?:this|the token)/)[0]
    ?.trim() ?? '';

function operations(doc: Json): Operation[] {
  const list: Operation[] = [];
  for (const [path, item] of Object.entries(asJson(doc.paths))) {
    for (const method of METHODS) {
      const op = asJson(item)[method];
      if (op) list.push({ method: method.toUpperCase(), path, op: asJson(op) });
    }
  }
  return list;
}

/** Headers every route (or every POST) takes: described once under "Conventions", not per route. */
const COMMON_PARAMETERS = new Set([
  '#/components/parameters/RequestId',
  '#/components/parameters/IdempotencyKey',
]);

function renderParameters(doc: Json, op: Json): string[] {
  const rows = asArray(op.parameters)
    .filter((p) => !COMMON_PARAMETERS.has(String(asJson(p).$ref)))
    .map((p) => resolve(doc, p))
    .map((p) => {
      const schema = asJson(p.schema);
      const notes = [constraintsOf(schema), typeof p.description === 'string' ? p.description : '']
        .filter(Boolean)
        .join('; ');
      return `| \`${String(p.name)}\` | ${String(p.in)} | ${typeOf(schema)} | ${p.required ? 'yes' : 'no'} | ${cell(notes)} |`;
    });
  if (!rows.length) return [];
  return [
    '**Parameters**',
    '',
    '| Name | In | Type | Required | Notes |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function renderBody(doc: Json, op: Json): string[] {
  const body = resolve(doc, op.requestBody);
  const content = asJson(body.content);
  const [mediaType] = Object.keys(content);
  if (!mediaType) return [];
  const schema = asJson(asJson(content[mediaType]).schema);
  const lines = [`**Request body** (\`${mediaType}\`${refName(schema) ? `: ${typeOf(schema)}` : ''})`, ''];
  const resolved = refName(schema) ? resolve(doc, schema) : schema;
  const table = fieldTable(resolved);
  return [...lines, ...(table.length ? table : ['No fields.', ''])];
}

function renderResponses(doc: Json, op: Json): string[] {
  const lines: string[] = [];
  const errors: string[] = [];
  for (const [status, value] of Object.entries(asJson(op.responses))) {
    const response = resolve(doc, value);
    if (!/^2/.test(status) && status !== '304') {
      errors.push(status);
      continue;
    }
    const content = asJson(response.content);
    const [mediaType] = Object.keys(content);
    const schema = mediaType ? asJson(asJson(content[mediaType]).schema) : {};
    const what = mediaType
      ? `\`${mediaType}\`${Object.keys(schema).length ? ` ${typeOf(schema)}` : ''}`
      : String(response.description ?? '');
    lines.push(`**${status}**: ${what}${mediaType === 'text/event-stream' ? ' (one event per frame)' : ''}`);
    lines.push('');
  }
  if (errors.length) lines.push(`**Errors**: ${errors.join(', ')} (see [errors](#errors))`, '');
  return lines;
}

function renderOperation(doc: Json, { method, path, op }: Operation): string[] {
  const id = String(op.operationId);
  return [
    // Plain text: TypeDoc's page outline drops code spans from headings.
    `### ${method} ${path}`,
    '',
    `${String(op.summary ?? '')}. Who may call: ${whoMayCall(op) || 'see the description'}.`,
    '',
    `Operation \`${id}\` · SDK: \`${sdkCall(id)}\``,
    '',
    ...renderParameters(doc, op),
    ...renderBody(doc, op),
    ...renderResponses(doc, op),
  ];
}

function renderSchemas(doc: Json): string[] {
  const lines = [
    '## Schemas',
    '',
    'The shapes the routes above refer to (`…Input` is what a client sends, before defaults).',
    '',
  ];
  for (const [name, value] of Object.entries(asJson(asJson(doc.components).schemas))) {
    const schema = asJson(value);
    lines.push(`<a id="${anchor(name)}"></a>`, '', `### ${name}`, '');
    const table = fieldTable(schema);
    if (table.length) lines.push(...table);
    else lines.push(`${typeOf(schema)}${constraintsOf(schema) ? ` (${constraintsOf(schema)})` : ''}`, '');
  }
  return lines;
}

function renderCommonHeaders(doc: Json): string[] {
  const parameters = asJson(asJson(doc.components).parameters);
  const row = (name: string, when: string) => {
    const p = asJson(parameters[name]);
    return `| \`${String(p.name)}\` | ${when} | ${cell(String(p.description ?? ''))} |`;
  };
  return [
    'Bodies are JSON (`Content-Type: application/json`) except uploads (`multipart/form-data`). Signed-in routes take `Authorization: Bearer <access_token>`.',
    '',
    '| Header | Sent on | Meaning |',
    '| --- | --- | --- |',
    row('RequestId', 'any request'),
    row('IdempotencyKey', 'any POST'),
    '',
  ];
}

function renderErrors(doc: Json): string[] {
  const lines = [
    '## Errors',
    '',
    'Every error answer is `{"error": {"code", "message", "request_id", "details"?}}` ([ErrorEnvelope](#schema-errorenvelope)).',
    '',
    '| Response | Meaning |',
    '| --- | --- |',
  ];
  for (const [name, value] of Object.entries(asJson(asJson(doc.components).responses))) {
    lines.push(`| ${name} | ${cell(String(asJson(value).description ?? ''))} |`);
  }
  return [...lines, ''];
}

/** The whole guide as Markdown. */
export function renderApiMarkdown(doc: Json): string {
  const info = asJson(doc.info);
  const ops = operations(doc);
  const servers = asArray(doc.servers).map(asJson);
  const lines: string[] = [
    '# API reference',
    '',
    '<!-- Generated from docs/openapi.json by `npx tsx docs/scripts/render-api.ts`; do not edit by hand. -->',
    '',
    `${String(info.title)} ${String(info.version)}. ${String(info.description ?? '')}`,
    '',
    `The machine-readable contract is [\`docs/openapi.json\`](../openapi.json) (OpenAPI ${String(doc.openapi)}).` +
      (servers[0] ? ` The reference server answers at \`${String(servers[0].url)}\` by default.` : ''),
    '',
    '## Conventions',
    '',
    ...renderCommonHeaders(doc),
    '## All routes',
    '',
    '| Method | Path | Summary | Who may call | SDK |',
    '| --- | --- | --- | --- | --- |',
    ...ops.map(
      ({ method, path, op }) =>
        `| ${method} | \`${cell(path)}\` | ${cell(String(op.summary ?? ''))} | ${cell(shortWho(op))} | \`${sdkCall(String(op.operationId))}\` |`,
    ),
    '',
  ];
  for (const tag of asArray(doc.tags).map(asJson)) {
    const tagged = ops.filter(({ op }) => asArray(op.tags)[0] === tag.name);
    if (!tagged.length) continue;
    lines.push(`## ${String(tag.name)}`, '', String(tag.description ?? ''), '');
    for (const operation of tagged) lines.push(...renderOperation(doc, operation));
  }
  lines.push(...renderErrors(doc), ...renderSchemas(doc));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * Formats Markdown as the repository's `biome check` wants it (aligned tables), so the generated
 * guide passes the lint unchanged.
 */
export function formatMarkdown(markdown: string, filePath: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${filePath}`], {
    cwd: ROOT,
    input: markdown,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

/** Reads `docs/openapi.json` and renders the guide, formatted. */
export function renderApiGuide(): string {
  return formatMarkdown(
    renderApiMarkdown(JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Json),
    API_GUIDE_PATH,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_GUIDE_PATH, renderApiGuide());
  console.log(`Wrote ${API_GUIDE_PATH}`);
}
