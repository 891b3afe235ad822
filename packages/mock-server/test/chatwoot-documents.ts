/**
 * Chatwoot's published OpenAPI documents (`fixtures/chatwoot`, see its SOURCE.md) and a small
 * validator for their response schemas: `type` (also as a list, and OpenAPI 3.0's `nullable`),
 * `enum`, `properties`, `required`, `items`, `allOf`/`anyOf`/`oneOf` and local `$ref`s. A `$ref` the
 * document does not define (the application document's `inbox_contact`, `portal_single`) accepts
 * anything, as the documents leave it open.
 */
import { readFileSync } from 'node:fs';

type Schema = Record<string, unknown>;
interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

const load = (name: string): OpenApiDocument =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/chatwoot/${name}`, import.meta.url), 'utf8'),
  ) as OpenApiDocument;

/** The two documents: platform paths live in the (newer) platform one, the rest in the application one. */
export const chatwootDocuments = {
  platform: load('platform_swagger.json'),
  application: load('application_swagger.json'),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function validate(
  document: OpenApiDocument,
  schema: Schema,
  value: unknown,
  path: string,
  errors: string[],
): void {
  if (typeof schema.$ref === 'string') {
    const target = document.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (target) validate(document, target, value, path, errors);
    return;
  }
  for (const part of (schema.allOf as Schema[] | undefined) ?? [])
    validate(document, part, value, path, errors);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (options && !options.some((option) => check(document, option, value).length === 0)) {
      errors.push(`${path || '(root)'}: matches none of ${key}`);
    }
  }
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type, schema.nullable === true ? ['null'] : []);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      errors.push(`${path || '(root)'}: ${JSON.stringify(value)} is not ${types.join(' | ')}`);
      return;
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${path || '(root)'}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in object)) errors.push(`${path}.${name}: missing`);
    }
    for (const [name, property] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) {
      if (name in object) validate(document, property, object[name], `${path}.${name}`, errors);
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => {
      validate(document, schema.items as Schema, item, `${path}[${index}]`, errors);
    });
  }
}

function check(document: OpenApiDocument, schema: Schema, value: unknown): string[] {
  const errors: string[] = [];
  validate(document, schema, value, '', errors);
  return errors;
}

/**
 * Where `body` breaks the `200` response schema of `method path` in the document that owns the
 * path (empty when it conforms). Throws when the document does not describe the operation.
 */
export function responseViolations(method: string, path: string, body: unknown): string[] {
  const document = path.startsWith('/platform/') ? chatwootDocuments.platform : chatwootDocuments.application;
  const schema =
    document.paths[path]?.[method.toLowerCase()]?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`The Chatwoot documents describe no 200 JSON answer for ${method} ${path}`);
  return check(document, schema, body);
}

/** Where `value` breaks the named component schema of a document (empty when it conforms). */
export function componentViolations(api: 'platform' | 'application', name: string, value: unknown): string[] {
  const document = chatwootDocuments[api];
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`The ${api} document defines no schema ${name}`);
  return check(document, schema, value);
}
