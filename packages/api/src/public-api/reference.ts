// What the documentation page `/api/v1` shows, read from the OpenAPI document itself (decision 062): the
// page renders this on the server with the site's layout (no script, no external renderer), so it cannot
// say anything the document does not.
import { openApiDocument, PUBLIC_API_BASE } from './openapi.ts';
import { publicApiRoutes } from './routes.ts';

export interface ReferenceParameter {
  name: string;
  in: string;
  type: string;
  required: boolean;
  description: string;
}

export interface ReferenceOperation {
  id: string;
  method: 'GET';
  path: string;
  tag: string;
  summary: string;
  description: string;
  parameters: ReferenceParameter[];
  responses: { status: string; description: string; body: string | null }[];
  /** A request to try, with the API's base. */
  example: string;
}

export interface ReferenceSchema {
  name: string;
  description: string;
  /** For a schema that is not an object of fields (a union): its type. */
  type: string | null;
  fields: { name: string; type: string; required: boolean; description: string }[];
}

export interface PublicApiReference {
  title: string;
  version: string;
  description: string;
  base: string;
  operations: ReferenceOperation[];
  schemas: ReferenceSchema[];
}

type Json = Record<string, unknown>;

const asJson = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A JSON Schema as a short type: `PlaceSummary[]`, `string | null`, `"on_site" | "lendable"`. */
export function typeName(schema: unknown): string {
  const s = asJson(schema);
  if (typeof s.$ref === 'string') return s.$ref.split('/').at(-1) ?? '';
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key])) return [...new Set((s[key] as unknown[]).map(typeName))].join(' | ');
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : [text(s.type) || 'any'];
  return types
    .map((type) => {
      if (type === 'array') return `${typeName(s.items)}[]`;
      if (type === 'object' && s.properties) {
        const required = new Set((s.required as string[] | undefined) ?? []);
        const fields = Object.entries(asJson(s.properties)).map(
          ([name, value]) => `${name}${required.has(name) ? '' : '?'}: ${typeName(value)}`,
        );
        return `{ ${fields.join('; ')} }`;
      }
      if (type === 'string' && typeof s.format === 'string') return `string (${s.format})`;
      return type;
    })
    .join(' | ');
}

function exampleOf(path: string, slug: string): string {
  const examples: Record<string, string> = {
    '/places': '/places?q=mediatheque&departement=29',
    '/sessions': '/sessions?gratuit=1&pres=Concarneau&rayon=25',
    '/tools': '/tools?pret=1',
    '/resources': '/resources?type=guide',
  };
  return `${PUBLIC_API_BASE}${examples[path] ?? path.replace('{slug}', slug)}`;
}

let reference: PublicApiReference | undefined;

/** The page's content, built once per process from the document. */
export function publicApiReference(exampleSlug = 'konk-ar-lab'): PublicApiReference {
  if (reference) return reference;
  const doc = openApiDocument();
  const info = asJson(doc.info);
  const paths = asJson(doc.paths);
  const tagOrder = new Map(publicApiRoutes.map((r, i) => [r.path, i]));
  const operations = Object.entries(paths)
    .map(([path, item]): ReferenceOperation => {
      const get = asJson(asJson(item).get);
      const responses = asJson(get.responses);
      const shared = asJson(asJson(doc.components).responses);
      return {
        id: text(get.operationId),
        method: 'GET',
        path,
        tag: text((get.tags as string[] | undefined)?.[0]),
        summary: text(get.summary),
        description: text(get.description),
        parameters: ((get.parameters as Json[] | undefined) ?? []).map((p) => ({
          name: text(p.name),
          in: text(p.in),
          type: typeName(p.schema),
          required: p.required === true,
          description: text(p.description),
        })),
        responses: Object.entries(responses).map(([status, raw]) => {
          const ref = text(asJson(raw).$ref);
          const response = ref ? asJson(shared[ref.split('/').at(-1) ?? '']) : asJson(raw);
          const [media] = Object.values(asJson(response.content));
          return {
            status,
            description: text(response.description),
            body: media ? typeName(asJson(media).schema) : null,
          };
        }),
        example: exampleOf(path, exampleSlug),
      };
    })
    .sort((a, b) => (tagOrder.get(a.path) ?? 99) - (tagOrder.get(b.path) ?? 99));
  const schemas = Object.entries(asJson(asJson(doc.components).schemas)).map(
    ([name, raw]): ReferenceSchema => {
      const schema = asJson(raw);
      const required = new Set((schema.required as string[] | undefined) ?? []);
      return {
        name,
        description: text(schema.description),
        type: schema.properties ? null : typeName(schema),
        fields: Object.entries(asJson(schema.properties)).map(([field, value]) => ({
          name: field,
          type: typeName(value),
          required: required.has(field),
          description: text(asJson(value).description),
        })),
      };
    },
  );
  reference = {
    title: text(info.title),
    version: text(info.version),
    description: text(info.description),
    base: PUBLIC_API_BASE,
    operations,
    schemas,
  };
  return reference;
}
