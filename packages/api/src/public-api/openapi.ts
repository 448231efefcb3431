// The OpenAPI 3.1 document of the public API (decision 062), generated from the route table and the zod
// schemas of its answers with zod's own JSON Schema output (draft 2020-12, the dialect of OpenAPI 3.1): no
// hand-written schema, so the document says what the code does.
import { rateLimits } from '@rf/domain/rate-limits/limits';
import { z } from 'zod';
import { type PublicApiRoute, publicApiRoutes, publicApiTags } from './routes.ts';
import { components, problemSchema } from './schemas.ts';

export const PUBLIC_API_VERSION = '1.0.0';
/** Where the API lives on the site; the document's `servers` names it relative to itself. */
export const PUBLIC_API_BASE = '/api/v1';
export const OPENAPI_PATH = '/openapi.json';

type JsonSchema = Record<string, unknown>;

const COMPONENT_REF = (id: string) => `#/components/schemas/${id}`;

/** A schema without the keys that only make sense at a document's root. */
function embedded(schema: JsonSchema): JsonSchema {
  const { $schema: _, $id: __, ...rest } = schema;
  return rest;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  return embedded(
    z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema,
  );
}

/** The `$ref` of a registered answer schema. */
function refOf(schema: z.ZodType): JsonSchema {
  const id = components.get(schema)?.id;
  if (!id) throw new Error('public API answers must be named components');
  return { $ref: COMPONENT_REF(id) };
}

function parametersOf(route: PublicApiRoute): JsonSchema[] {
  const docs = route.parameterDocs ?? {};
  const describe = (location: 'path' | 'query', shape: Record<string, z.ZodType>) =>
    Object.entries(shape).map(([name, field]) => ({
      name,
      in: location,
      required: location === 'path' || !field.safeParse(undefined).success,
      ...(docs[name] ? { description: docs[name] } : {}),
      schema: jsonSchema(field, 'input'),
    }));
  return [
    ...describe('path', (route.params?.shape ?? {}) as Record<string, z.ZodType>),
    ...describe('query', (route.query?.shape ?? {}) as Record<string, z.ZodType>),
  ];
}

const problem = (description: string, headers?: JsonSchema) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: refOf(problemSchema) } },
});

const CACHE_HEADERS = {
  'Cache-Control': {
    description: '`public, max-age=60, stale-while-revalidate=300`.',
    schema: { type: 'string' },
  },
  ETag: { description: 'A weak validator: send it back as `If-None-Match`.', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': {
    description: '`*`: any web page may read it.',
    schema: { type: 'string' },
  },
};

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } };

function operationOf(route: PublicApiRoute): JsonSchema {
  const responses: Record<string, unknown> = {
    '200': {
      description: route.summary,
      headers: CACHE_HEADERS,
      content: { 'application/json': { schema: refOf(route.response) } },
    },
    '304': { description: 'Not modified: the `If-None-Match` sent still holds.', headers: CACHE_HEADERS },
  };
  // Every route refuses unknown parameters, even one that takes none.
  responses['400'] = { $ref: '#/components/responses/BadRequest' };
  if (route.mayBeMissing) responses['404'] = { $ref: '#/components/responses/NotFound' };
  responses['429'] = { $ref: '#/components/responses/TooManyRequests' };
  responses['503'] = { $ref: '#/components/responses/ServiceUnavailable' };
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters: parametersOf(route),
    responses,
  };
}

function buildDocument(): JsonSchema {
  const paths: Record<string, unknown> = {};
  for (const route of publicApiRoutes) paths[route.path] = { get: operationOf(route) };
  paths[OPENAPI_PATH] = {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['About'],
      summary: 'This document',
      description: 'The OpenAPI 3.1 document of the API, generated from the code that serves it.',
      responses: {
        '200': {
          description: 'The OpenAPI document.',
          headers: CACHE_HEADERS,
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        '304': { description: 'Not modified.', headers: CACHE_HEADERS },
      },
    },
  };
  const generated = z.toJSONSchema(components, { target: 'draft-2020-12', uri: COMPONENT_REF }) as {
    schemas: Record<string, JsonSchema>;
  };
  const schemas = Object.fromEntries(
    Object.entries(generated.schemas).map(([id, schema]) => [id, embedded(schema)]),
  );
  return {
    openapi: '3.1.1',
    info: {
      title: 'Réseau Fabriques — public API',
      version: PUBLIC_API_VERSION,
      summary: 'Places, upcoming sessions with seats left, tools, resources and open-data figures.',
      description:
        'Read-only and anonymous: what the public pages of the site show, as JSON. No key is needed. ' +
        'Every answer may be cached (`Cache-Control: public, max-age=60, stale-while-revalidate=300`) ' +
        'and carries a weak `ETag`: send it back as `If-None-Match` to get an empty `304` while it holds. ' +
        `Requests are limited per client address (${rateLimits.publicApiPerAddress.max} a minute); past it, ` +
        '`429` with `Retry-After`. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) whose `detail` is in French. ' +
        'Unknown or invalid query parameters are refused (`400`), never ignored. ' +
        'Any web page may read the API (`Access-Control-Allow-Origin: *`). ' +
        'Field values follow the national standard of places of digital inclusion and its vocabularies.',
      license: {
        name: 'Licence Ouverte 2.0',
        url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      },
    },
    servers: [{ url: PUBLIC_API_BASE }],
    tags: [...publicApiTags, { name: 'About', description: 'The API itself.' }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: problem(
          'A query parameter is unknown, repeated or invalid (`invalidParams` says which).',
        ),
        NotFound: problem('Nothing public at this address.'),
        TooManyRequests: problem(
          'Too many requests from this address: wait `Retry-After` seconds.',
          RETRY_AFTER,
        ),
        ServiceUnavailable: problem('The database cannot be reached: try again later.', RETRY_AFTER),
      },
    },
  };
}

let document: JsonSchema | undefined;

/** The OpenAPI document, built once per process (it depends on the code only). */
export function openApiDocument(): JsonSchema {
  document ??= buildDocument();
  return document;
}
