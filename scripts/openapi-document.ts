/**
 * Builds the OpenAPI 3.1 document of the Helpdock API from the route table and the zod schemas of
 * `@helpdock/sdk/schemas`, so the published description can never drift from what the SDK and the
 * reference server validate.
 */
import {
  type ErrorCode,
  ErrorEnvelope,
  errorStatus,
  MAX_UPLOAD_BYTES,
  type RouteAuth,
  type RouteDef,
  routeList,
  UploadContentType,
} from '@helpdock/sdk/schemas';
import { z } from 'zod';

/** A JSON Schema or OpenAPI fragment: plain JSON data. */
export type JsonObject = { [key: string]: unknown };

/** The contract version; it changes when the API does, independently of the packages' versions. */
export const API_VERSION = '1.0.0';

type SchemaIo = 'input' | 'output';

const COMPONENT_REF = '#/components/schemas/';

/**
 * Converts zod schemas to JSON Schema and moves every schema with a registry `id` (`.meta({id})`)
 * into `components.schemas`, so shared shapes like `Thread` are described once and referenced.
 * Input-side shapes get an `Input` suffix because defaults and transforms can make them differ.
 */
class ComponentRegistry {
  readonly schemas: Record<string, JsonObject> = {};

  /** The JSON Schema of `schema` as seen by a client sending it (`input`) or receiving it (`output`). */
  convert(schema: z.ZodType, io: SchemaIo): JsonObject {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
    }) as JsonObject;
    const { $schema: _dialect, $defs, ...rest } = json;
    const defs = ($defs ?? {}) as Record<string, JsonObject>;
    const names = new Map(Object.keys(defs).map((id) => [id, io === 'output' ? id : `${id}Input`]));
    for (const [id, def] of Object.entries(defs)) {
      const name = names.get(id)!;
      const rewritten = rewriteRefs(def, names) as JsonObject;
      const existing = this.schemas[name];
      if (existing && JSON.stringify(existing) !== JSON.stringify(rewritten)) {
        throw new Error(`Two different schemas share the id ${name}`);
      }
      this.schemas[name] = rewritten;
    }
    return rewriteRefs(rest, names) as JsonObject;
  }

  /** The registered schemas sorted by name, so the document is byte-for-byte reproducible. */
  sorted(): Record<string, JsonObject> {
    return Object.fromEntries(Object.entries(this.schemas).sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** Points `#/$defs/X` references at the component `X` was registered under. */
const rewriteRefs = (value: unknown, names: Map<string, string>): unknown => {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#/$defs/')) {
        const id = item.slice('#/$defs/'.length);
        return [key, `${COMPONENT_REF}${names.get(id) ?? id}`];
      }
      return [key, rewriteRefs(item, names)];
    }),
  );
};

/** One tag per SPEC section (§3 split into its staff, public and portal parts, as the SPEC does). */
const TAGS = [
  { name: 'Identity', description: 'Sign-in and JWT access tokens (SPEC §2).' },
  { name: 'Support', description: 'Support threads, portal tokens and configuration, for staff (SPEC §3).' },
  { name: 'Public', description: 'Anonymous bubble endpoints; the tenant is chosen by site key (SPEC §3).' },
  { name: 'Portal', description: 'Token-in-the-path endpoints for the customer side of a thread (SPEC §3).' },
  { name: 'Support access', description: 'Chatwoot support-access reset for providers (SPEC §4).' },
  { name: 'Customer portal', description: 'Tickets, uploads, calls, notifications and search (SPEC §5).' },
  { name: 'Partner attributes', description: "The signed-in user's partner settings (SPEC §6)." },
  { name: 'Events', description: 'Server-sent event streams (SPEC §7).' },
] as const;

type TagName = (typeof TAGS)[number]['name'];

const tagOf = (route: RouteDef): TagName => {
  if (route.auth === 'public') return 'Public';
  if (route.auth === 'portal') return 'Portal';
  const bySection: Record<string, TagName> = {
    '§2': 'Identity',
    '§3': 'Support',
    '§4': 'Support access',
    '§5': 'Customer portal',
    '§6': 'Partner attributes',
  };
  const tag = bySection[route.spec];
  if (!tag) throw new Error(`Route ${route.id} names an unknown SPEC section ${route.spec}`);
  return tag;
};

const WHO_MAY_CALL: Record<RouteAuth, string> = {
  none: 'anyone (this is how a bearer token is obtained)',
  public:
    'anyone; the tenant is chosen by the `X-Site-Key` header or `site_key` query, else the default tenant',
  portal: 'anyone holding a valid portal token (the token in the path is the credential)',
  staff: 'staff (`admin` or `ops`)',
  admin: '`admin` only',
  customer: 'customers (`customer` role), scoped to their own records',
  provider: 'providers (`provider` role)',
  user: 'any signed-in user, for their own attributes',
  file: "the file's owner and the tenant's staff",
};

const securityOf = (auth: RouteAuth): JsonObject[] => {
  if (auth === 'none' || auth === 'portal') return [];
  // An empty requirement makes the site key optional: without it the default tenant answers.
  if (auth === 'public') return [{ siteKey: [] }, {}];
  return [{ bearerAuth: [] }];
};

/** The error responses a route can give, by HTTP status. */
const errorCodesOf = (route: RouteDef): ErrorCode[] => {
  const codes: ErrorCode[] = [];
  if (route.auth !== 'public') codes.push('unauthorized');
  if (route.auth !== 'none' && route.auth !== 'public') codes.push('forbidden');
  if (route.params) codes.push('not_found');
  if (route.method === 'POST' || route.method === 'PATCH') codes.push('conflict');
  if (route.bodyType !== 'none') codes.push('payload_too_large', 'unsupported_media_type');
  if (route.params || route.query || route.bodyType !== 'none') codes.push('validation_error');
  codes.push('rate_limited');
  if (route.auth === 'provider') codes.push('upstream_error');
  codes.push('internal_error');
  return [...new Set(codes)].sort((a, b) => errorStatus[a] - errorStatus[b]);
};

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  validation_error: 'The input is invalid; `details` names each field',
  unauthorized: 'Missing, invalid or expired credentials',
  forbidden: 'Signed in, but not allowed to do this',
  not_found: 'No such resource (also for resources of another tenant or customer)',
  conflict: 'The resource is in the wrong state, or an Idempotency-Key was reused with another body',
  payload_too_large: 'The body is over 1 MiB (JSON) or 10 MiB (uploads)',
  unsupported_media_type: 'Wrong Content-Type, or an upload of a type that is not accepted',
  rate_limited: 'Too many requests; retry after `Retry-After` seconds',
  upstream_error: 'Chatwoot or another upstream failed; nothing was changed',
  internal_error: 'Unexpected server error',
};

const componentName = (code: ErrorCode): string =>
  code.replace(/(^|_)(\w)/g, (_, _sep: string, letter: string) => letter.toUpperCase());

/** Path parameters from the route's `params` object schema: every one is required. */
const pathParameters = (route: RouteDef, registry: ComponentRegistry): JsonObject[] => {
  if (!route.params) return [];
  const json = registry.convert(route.params, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonObject>;
  return Object.entries(properties).map(([name, schema]) => ({ name, in: 'path', required: true, schema }));
};

/** Query parameters from the route's `query` object schema, one per property. */
const queryParameters = (route: RouteDef, registry: ComponentRegistry): JsonObject[] => {
  if (!route.query) return [];
  const json = registry.convert(route.query, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
};

const headerParameters = (route: RouteDef): JsonObject[] => {
  const refs = ['RequestId'];
  if (route.method === 'POST') refs.push('IdempotencyKey');
  if (route.responseKind === 'sse') refs.push('LastEventId');
  if (route.id === 'public.config') refs.push('IfNoneMatch');
  return refs.map((name) => ({ $ref: `#/components/parameters/${name}` }));
};

const requestBodyOf = (route: RouteDef, registry: ComponentRegistry): JsonObject | undefined => {
  if (route.bodyType === 'json' && route.body) {
    return {
      required: true,
      content: { 'application/json': { schema: registry.convert(route.body, 'input') } },
    };
  }
  if (route.bodyType === 'multipart') {
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              file: {
                type: 'string',
                format: 'binary',
                contentMediaType: 'application/octet-stream',
                description: `The file: ${UploadContentType.options.join(', ')} (checked by content), at most ${MAX_UPLOAD_BYTES} bytes.`,
              },
            },
            required: ['file'],
          },
          encoding: { file: { contentType: UploadContentType.options.join(', ') } },
        },
      },
    };
  }
  return undefined;
};

const REQUEST_ID_HEADER = { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } };

const successResponseOf = (route: RouteDef, registry: ComponentRegistry): JsonObject => {
  const description = route.status === 201 ? 'Created' : 'OK';
  if (route.responseKind === 'empty') return { description: 'No content', headers: REQUEST_ID_HEADER };
  if (route.responseKind === 'file') {
    return {
      description: 'The file, as an attachment, with its stored content type',
      headers: {
        ...REQUEST_ID_HEADER,
        'Content-Disposition': { schema: { type: 'string' }, description: '`attachment; filename="…"`' },
        'X-Content-Type-Options': { schema: { type: 'string', const: 'nosniff' } },
      },
      content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
    };
  }
  if (!route.response) throw new Error(`Route ${route.id} has no response schema`);
  const schema = registry.convert(route.response, 'output');
  if (route.responseKind === 'sse') {
    return {
      description:
        'A server-sent event stream. Each frame is `id: <n>`, `event: <type>`, `data: <one JSON line>`; ' +
        'the schema describes one event as `{type, id, data}` (`type` and `id` come from the frame). ' +
        'Starts with `retry: 3000`; reconnect with `Last-Event-ID` to replay missed events.',
      headers: REQUEST_ID_HEADER,
      content: { 'text/event-stream': { schema } },
    };
  }
  return { description, headers: REQUEST_ID_HEADER, content: { 'application/json': { schema } } };
};

const responsesOf = (route: RouteDef, registry: ComponentRegistry): JsonObject => {
  const responses: JsonObject = { [String(route.status)]: successResponseOf(route, registry) };
  if (route.id === 'public.config') {
    responses['304'] = { description: 'Not modified (the `If-None-Match` ETag still matches)' };
  }
  for (const code of errorCodesOf(route)) {
    responses[String(errorStatus[code])] = { $ref: `#/components/responses/${componentName(code)}` };
  }
  return responses;
};

const operationOf = (route: RouteDef, registry: ComponentRegistry): JsonObject => {
  const tags: TagName[] = [tagOf(route)];
  if (route.responseKind === 'sse') tags.push('Events');
  const requestBody = requestBodyOf(route, registry);
  return {
    operationId: route.id,
    summary: route.summary,
    description: `Who may call: ${WHO_MAY_CALL[route.auth]}. SPEC ${route.spec}.`,
    tags,
    security: securityOf(route.auth),
    parameters: [
      ...pathParameters(route, registry),
      ...queryParameters(route, registry),
      ...headerParameters(route),
    ],
    ...(requestBody ? { requestBody } : {}),
    responses: responsesOf(route, registry),
  };
};

const errorResponses = (): JsonObject =>
  Object.fromEntries(
    (Object.keys(errorStatus) as ErrorCode[])
      .sort((a, b) => errorStatus[a] - errorStatus[b])
      .map((code) => [
        componentName(code),
        {
          description: `${ERROR_DESCRIPTIONS[code]} (\`${code}\`)`,
          headers: {
            ...REQUEST_ID_HEADER,
            ...(code === 'rate_limited'
              ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }
              : {}),
          },
          content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}ErrorEnvelope` } } },
        },
      ]),
  );

/**
 * The OpenAPI 3.1 document for every route of the contract (SPEC §2–§7).
 *
 * @example
 * ```ts
 * const doc = buildOpenApiDocument();
 * doc.paths[routes.login.path].post.operationId; // 'auth.login'
 * ```
 */
export const buildOpenApiDocument = (): JsonObject => {
  const registry = new ComponentRegistry();
  registry.convert(ErrorEnvelope, 'output');
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routeList) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(route, registry) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Helpdock API',
      version: API_VERSION,
      summary: 'Support threads, customer portal, partner attributes and live events.',
      description:
        'Generated from the zod schemas and route table of `@helpdock/sdk/schemas` by `npm run openapi`. ' +
        'JSON in and out; every response carries `X-Request-Id`; errors use one envelope; lists take ' +
        '`limit` (1–100, default 20) and an opaque `cursor`; every POST accepts `Idempotency-Key`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:4010', description: 'The reference server (`npm start`)' }],
    security: [{ bearerAuth: [] }],
    tags: TAGS,
    paths,
    components: {
      schemas: registry.sorted(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The `access_token` from `POST /api/auth/login` (HS256 JWT).',
        },
        siteKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Site-Key',
          description:
            "A site's public key (e.g. `pk_acme_demo`); also accepted as the `site_key` query parameter.",
        },
      },
      parameters: {
        RequestId: {
          name: 'X-Request-Id',
          in: 'header',
          required: false,
          description:
            'Echoed back when it is 1–128 characters of `[A-Za-z0-9._-]`; any other value is accepted and replaced by a new id.',
          // Any value is accepted (and replaced when it is not an echoable id), so the schema is a plain string.
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'The same key, route and principal within 24 h replays the first response; the same key with another body is a 409.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        LastEventId: {
          name: 'Last-Event-ID',
          in: 'header',
          required: false,
          description: 'Resume a stream: every retained event after this id is replayed first.',
          schema: { type: 'string' },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An ETag from an earlier response; answered with 304 when unchanged.',
          schema: { type: 'string' },
        },
      },
      headers: {
        RequestId: { description: 'The id of this request', schema: { type: 'string' } },
        RetryAfter: {
          description: 'Seconds to wait before retrying',
          schema: { type: 'integer', minimum: 0 },
        },
      },
      responses: errorResponses(),
    },
  };
};
