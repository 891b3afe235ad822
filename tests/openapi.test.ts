import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, type JsonObject } from '../scripts/openapi-document.js';

const committed = JSON.parse(readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8'));
const document = buildOpenApiDocument();
type Operation = JsonObject & { operationId: string; responses: Record<string, JsonObject> };
const paths = document.paths as Record<string, Record<string, Operation>>;

/** Every route of SPEC §2–§7, copied from the SPEC by hand (not from the route table). */
const SPEC_ROUTES = [
  'POST /api/auth/login',
  'GET /api/support/threads',
  'POST /api/support/threads',
  'GET /api/support/threads/{id}',
  'PATCH /api/support/threads/{id}',
  'POST /api/support/threads/{id}/messages',
  'POST /api/support/attachments',
  'POST /api/support/threads/{id}/resolve',
  'POST /api/support/threads/{id}/close',
  'POST /api/support/threads/{id}/typing',
  'GET /api/support/events',
  'POST /api/support/tokens',
  'GET /api/support/tokens',
  'POST /api/support/tokens/{id}/revoke',
  'GET /api/support/config',
  'PUT /api/support/config',
  'POST /api/support/config/identity-secret',
  'GET /api/support/public/config',
  'POST /api/support/public/threads',
  'POST /api/support/public/identify',
  'GET /api/support/portal/{token}',
  'POST /api/support/portal/{token}/threads',
  'POST /api/support/portal/{token}/messages',
  'POST /api/support/portal/{token}/typing',
  'GET /api/support/public/kb',
  'GET /api/support/public/kb/{id}',
  'GET /api/support/portal/{token}/events',
  'POST /api/support/portal/{token}/attachments',
  'GET /api/support/portal/{token}/files/{id}',
  'POST /api/v1/chatwoot/support-access/reset',
  'GET /api/customers/me',
  'GET /api/customers/me/tickets',
  'POST /api/customers/me/tickets',
  'GET /api/customers/me/tickets/{ticketId}',
  'POST /api/customers/me/tickets/{ticketId}/messages',
  'POST /api/customers/me/tickets/{ticketId}/typing',
  'POST /api/customers/me/tickets/{ticketId}/attachments',
  'POST /api/customers/me/attachments',
  'GET /api/files/{id}',
  'POST /api/customers/me/calls',
  'GET /api/customers/me/notifications',
  'POST /api/customers/me/notifications/{id}/read',
  'POST /api/customers/me/feedback',
  'GET /api/customers/me/kb',
  'GET /api/customers/me/kb/{id}',
  'GET /api/customers/me/events',
  'GET /api/v1/profile/attributes',
  'PUT /api/v1/profile/attributes',
];

const operation = (route: string): Operation => {
  const [method, path] = route.split(' ') as [string, string];
  const op = paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`${route} is not in the document`);
  return op;
};

/** Every `$ref` string anywhere in a JSON value. */
const refsIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '$ref' && typeof item === 'string' ? [item] : refsIn(item),
  );
};

describe('docs/openapi.json', () => {
  it('is what `npm run openapi` generates from the route table (run it after changing a schema)', () => {
    expect(committed).toEqual(document);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has only references that resolve inside the document', () => {
    const resolve = (ref: string): unknown =>
      ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    const refs = [...new Set(refsIn(document))];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith('#/') || resolve(ref) === undefined)).toEqual([]);
  });

  it('lists every route of SPEC §2–§7 and nothing else', () => {
    const listed = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...listed].sort()).toEqual([...SPEC_ROUTES].sort());
  });

  it('gives every operation a unique operationId', () => {
    const ids = SPEC_ROUTES.map((route) => operation(route).operationId);
    expect(new Set(ids).size).toBe(SPEC_ROUTES.length);
  });

  it('declares bearer JWT and site-key security and uses them where the SPEC says', () => {
    const schemes = (document.components as JsonObject).securitySchemes as Record<string, JsonObject>;
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(schemes.siteKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Site-Key' });
    expect(operation('GET /api/support/threads').security).toEqual([{ bearerAuth: [] }]);
    expect(operation('POST /api/auth/login').security).toEqual([]);
    expect(operation('GET /api/support/portal/{token}').security).toEqual([]);
    expect(operation('GET /api/support/public/config').security).toContainEqual({ siteKey: [] });
  });

  it('describes path and query parameters', () => {
    const params = (route: string) =>
      (operation(route).parameters as JsonObject[]).filter((p) => p.in === 'path' || p.in === 'query');
    expect(params('GET /api/support/threads/{id}')).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
    const listQuery = params('GET /api/support/threads').map((p) => p.name);
    expect(listQuery).toEqual(
      expect.arrayContaining(['status', 'priority', 'assignment_id', 'q', 'limit', 'cursor']),
    );
    expect(params('GET /api/customers/me/kb')).toContainEqual(
      expect.objectContaining({ name: 'q', in: 'query', required: true }),
    );
  });

  it('says what the server refuses: empty PATCH and token bodies, unknown keys, past call times', () => {
    const bodySchema = (route: string): JsonObject => {
      const content = (operation(route).requestBody as JsonObject).content as Record<string, JsonObject>;
      const schema = content['application/json']?.schema as JsonObject;
      const ref = schema.$ref as string | undefined;
      return ref
        ? ((document.components as JsonObject).schemas as Record<string, JsonObject>)[
            ref.split('/').at(-1) ?? ''
          ]!
        : schema;
    };
    expect(bodySchema('PATCH /api/support/threads/{id}')).toMatchObject({
      minProperties: 1,
      additionalProperties: false,
    });
    expect(bodySchema('POST /api/support/tokens').anyOf).toEqual([
      { required: ['assignment_id'] },
      { required: ['thread_id'] },
    ]);
    const call = bodySchema('POST /api/customers/me/calls');
    expect(call.additionalProperties).toBe(false);
    expect((call.properties as Record<string, JsonObject>).scheduledAt?.description).toMatch(/future/);
    for (const route of SPEC_ROUTES) {
      const body = (operation(route).requestBody as JsonObject | undefined)?.content as
        | Record<string, JsonObject>
        | undefined;
      if (body?.['application/json']) expect(bodySchema(route).additionalProperties, route).toBe(false);
    }
  });

  it('accepts any X-Request-Id, as the server does (it replaces what it cannot echo)', () => {
    const parameter = ((document.components as JsonObject).parameters as Record<string, JsonObject>)
      .RequestId;
    expect(parameter?.schema).toEqual({ type: 'string' });
  });

  it('describes uploads as multipart with a binary `file` field', () => {
    const body = operation('POST /api/customers/me/attachments').requestBody as JsonObject;
    expect(body).toMatchObject({
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: ['file'], properties: { file: { format: 'binary' } } },
        },
      },
    });
  });

  it('describes event streams as text/event-stream with the event union', () => {
    const events = operation('GET /api/customers/me/events').responses['200'] as JsonObject;
    expect(events.content).toEqual({
      'text/event-stream': { schema: { $ref: '#/components/schemas/CustomerEvent' } },
    });
    const portal = operation('GET /api/support/portal/{token}/events').responses['200'] as JsonObject;
    expect(Object.keys(portal.content as JsonObject)).toEqual(['text/event-stream']);
  });

  it('answers errors with the error envelope', () => {
    const responses = (document.components as JsonObject).responses as Record<string, JsonObject>;
    for (const response of Object.values(responses)) {
      expect(response.content).toEqual({
        'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } },
      });
    }
    const login = operation('POST /api/auth/login').responses;
    expect(login['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
    expect(login['429']).toEqual({ $ref: '#/components/responses/RateLimited' });
    expect(operation('GET /api/support/threads/{id}').responses['404']).toEqual({
      $ref: '#/components/responses/NotFound',
    });
  });

  it('serves files as binary downloads', () => {
    const download = operation('GET /api/files/{id}').responses['200'] as JsonObject;
    expect(download.content).toEqual({ '*/*': { schema: { type: 'string', format: 'binary' } } });
  });
});
