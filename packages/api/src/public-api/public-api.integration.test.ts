import { loadDemoData } from '@rf/db/seed/demo';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../caller.ts';
import { type ApiHarness, startApiHarness } from '../testing.ts';
import { answerPublicApi } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { publicApiReference } from './reference.ts';

// The contract of the public API (decision 062) on a real database with the demo network: the OpenAPI
// document validates, and every documented path answers as documented — each status it gives is one the
// document lists for it, with a body valid against the schema documented for that status (ajv, draft
// 2020-12, formats checked), and the headers it promises.

interface Operation {
  parameters: { name: string; in: 'path' | 'query'; required: boolean }[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Operation['responses'][string]> };
}

let h: ApiHarness;
const doc = openApiDocument() as unknown as Document;
const ajv = new Ajv2020({ allErrors: true, strictSchema: false });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: { schemas: doc.components.schemas } });

/** What a client address asks the API; each test file's addresses have their own allowance. */
async function call(path: string, init: RequestInit = {}, clientAddress = '198.51.100.9') {
  const request = new Request(`http://localhost:3000/api/v1${path}`, init);
  const api = await callerFor(h.services, {
    request: new Request('http://localhost:3000/'),
    responseHeaders: new Headers(),
    clientAddress,
  });
  const response = await answerPublicApi({ request, api });
  const text = await response.text();
  return { response, body: text ? (JSON.parse(text) as unknown) : null };
}

/** The response a document lists for a status, its `$ref` followed. */
function documented(template: string, status: number) {
  const entry = doc.paths[template]?.get.responses[String(status)];
  if (!entry) return undefined;
  return entry.$ref ? doc.components.responses[entry.$ref.split('/').at(-1) ?? ''] : entry;
}

/** Checks an answer against what the document says of `template` for its status. */
function expectAsDocumented(template: string, { response, body }: Awaited<ReturnType<typeof call>>): void {
  const spec = documented(template, response.status);
  expect(spec, `${template} answered ${response.status}, which is not documented`).toBeDefined();
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  const content = spec?.content;
  if (!content) {
    expect(body).toBeNull();
    return;
  }
  const type = response.headers.get('content-type')?.split(';')[0] ?? '';
  const media = content[type];
  expect(media, `${template} ${response.status} answered ${type}`).toBeDefined();
  const validate = ajv.compile(
    JSON.parse(JSON.stringify(media?.schema).replaceAll('"#/components/', '"openapi#/components/')),
  );
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${template} ${response.status}`).toEqual([]);
}

let slug: string;
let placeWithSessions: string;

beforeAll(async () => {
  h = await startApiHarness();
  await loadDemoData(h.db.db);
  const sessions = (await call('/sessions')).body as {
    items: { place: { slug: string } }[];
  };
  placeWithSessions = sessions.items[0]?.place.slug ?? '';
  const places = (await call('/places')).body as { items: { slug: string }[] };
  slug = places.items[0]?.slug ?? '';
}, 180_000);
afterAll(() => h.stop());

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect((openApiDocument() as { openapi: string }).openapi).toMatch(/^3\.1\./);
  });

  it('is what the documentation page shows: every path, parameter and named object', () => {
    const reference = publicApiReference();
    expect(reference.operations.map((o) => o.path).sort()).toEqual(Object.keys(doc.paths).sort());
    expect(reference.schemas.map((s) => s.name).sort()).toEqual(Object.keys(doc.components.schemas).sort());
    const places = reference.operations.find((o) => o.path === '/places');
    expect(places?.parameters.map((p) => p.name)).toContain('pres');
    expect(places?.responses.find((r) => r.status === '200')?.body).toBe('PlacesPage');
    expect(reference.schemas.find((s) => s.name === 'PlacesPage')?.fields.map((f) => f.type)).toContain(
      'PlaceSummary[]',
    );
  });

  it('is served at /api/v1/openapi.json, cacheable', async () => {
    const answer = await call('/openapi.json');
    expect(answer.response.status).toBe(200);
    expect(answer.body).toEqual(openApiDocument());
    expect(answer.response.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    );
    expectAsDocumented('/openapi.json', answer);
  });
});

describe('every documented route answers as documented', () => {
  it('documents the routes the issue asks for', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/open-data/activity',
        '/openapi.json',
        '/places',
        '/places/{slug}',
        '/places/{slug}/sessions',
        '/resources',
        '/sessions',
        '/tools',
      ].sort(),
    );
  });

  it('answers 200 with a valid body and cache headers on every path', async () => {
    expect(slug).not.toBe('');
    expect(placeWithSessions).not.toBe('');
    for (const template of Object.keys(doc.paths)) {
      const path = template.replace('{slug}', placeWithSessions);
      const answer = await call(path);
      expect(answer.response.status, path).toBe(200);
      expect(answer.response.headers.get('etag'), path).toMatch(/^W\/"/);
      expectAsDocumented(template, answer);
    }
  });

  it('answers the searches with their filters as documented', async () => {
    const cases: [string, string][] = [
      ['/places', '?q=mediatheque&page=1'],
      ['/places', '?pres=Concarneau&rayon=25'],
      ['/places', '?departement=29&ouvert=1'],
      ['/places', '?territoire=rural&page=50'],
      ['/sessions', '?gratuit=1&type=workshop'],
      ['/sessions', '?pres=29900&du=2026-01-01&au=2027-12-31'],
      ['/tools', '?pret=1&pres=Concarneau'],
      ['/resources', '?type=guide'],
      [`/places/{slug}`, ''],
    ];
    for (const [template, query] of cases) {
      const answer = await call(template.replace('{slug}', slug) + query);
      expect(answer.response.status, template + query).toBe(200);
      expectAsDocumented(template, answer);
    }
    const near = (await call('/places?pres=Concarneau')).body as {
      near: { status: string };
      items: unknown[];
    };
    expect(near.near.status).toBe('found');
  });

  it('lists a place’s upcoming sessions with the seats left', async () => {
    const { body } = await call(`/places/${placeWithSessions}/sessions`);
    const { items } = body as { items: { startsAt: string; capacity: number; seatsLeft: number }[] };
    expect(items.length).toBeGreaterThan(0);
    for (const s of items) {
      expect(new Date(s.startsAt).getTime()).toBeGreaterThan(Date.now());
      expect(s.seatsLeft).toBeLessThanOrEqual(s.capacity);
    }
  });

  it('publishes the open-data figures of /donnees/activite.csv, suppressed the same way', async () => {
    const { body } = await call('/open-data/activity');
    const expected = await (await h.as()).api.reporting.openData();
    expect((body as { items: unknown[] }).items).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('refuses unknown, repeated and invalid query parameters with 400 problem details', async () => {
    const cases: [string, string, string][] = [
      ['/places', '?page=0', 'page'],
      ['/places', '?page=abc', 'page'],
      ['/places', `?q=${'x'.repeat(500)}`, 'q'],
      ['/places', '?service=nope', 'service'],
      ['/places', '?rayon=7&pres=Brest', 'rayon'],
      ['/places', '?nope=1', 'nope'],
      ['/places', '?q=a&q=b', 'q'],
      ['/sessions', '?du=2026-02-30', 'du'],
      ['/tools', '?lieu=not-a-uuid', 'lieu'],
      ['/resources', '?theme=nope', 'theme'],
      ['/open-data/activity', '?x=1', 'x'],
      ['/places', `?q=${'y'.repeat(2_000)}`, ''],
    ];
    for (const [template, query, name] of cases) {
      const answer = await call(template + query);
      expect(answer.response.status, template + query).toBe(400);
      expect(answer.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.response.headers.get('cache-control')).toBe('private, no-store');
      expectAsDocumented(template, answer);
      const problem = answer.body as { detail: string; invalidParams: { name: string }[] };
      expect(problem.detail).toMatch(/Paramètres de requête refusés/);
      expect(problem.invalidParams.map((p) => p.name)).toContain(name);
    }
  });

  it('answers 404 problem details for a place that is not public, and for unknown addresses', async () => {
    for (const template of ['/places/{slug}', '/places/{slug}/sessions']) {
      for (const missing of ['nulle-part', '..%2F..%2Fetc%2Fpasswd', 'A%00', 'x'.repeat(300)]) {
        const answer = await call(template.replace('{slug}', missing));
        expect(answer.response.status, missing).toBe(404);
        expectAsDocumented(template, answer);
      }
    }
    for (const unknown of [
      '/',
      '/lieux',
      '/places/',
      '/places/a/b/c',
      '/../../etc/passwd',
      '/openapi.yaml',
    ]) {
      const { response, body } = await call(unknown);
      expect(response.status, unknown).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ status: 404, type: 'about:blank' });
    }
  });

  it('answers a valid If-None-Match with an empty 304', async () => {
    for (const template of ['/places', '/openapi.json', '/open-data/activity']) {
      const first = await call(template);
      const etag = first.response.headers.get('etag') ?? '';
      const again = await call(template, { headers: { 'if-none-match': etag } });
      expect(again.response.status, template).toBe(304);
      expect(again.response.headers.get('etag')).toBe(etag);
      expectAsDocumented(template, again);
    }
  });

  it('is read-only: other methods get 405 with Allow, OPTIONS the CORS preflight', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const { response, body } = await call('/places', { method, body: '{}' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(body).toMatchObject({ status: 405 });
    }
    const preflight = await call('/places', { method: 'OPTIONS' });
    expect(preflight.response.status).toBe(204);
    expect(preflight.response.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/);
  });

  it('counts requests per client address: 429 with Retry-After past the limit', async () => {
    const flooder = '203.0.113.66';
    let refused: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 130 && !refused; i += 1) {
      const answer = await call('/resources?type=kit', {}, flooder);
      if (answer.response.status === 429) refused = answer;
      else expect(answer.response.status).toBe(200);
    }
    expect(refused).toBeDefined();
    if (!refused) return;
    expectAsDocumented('/resources', refused);
    const wait = Number(refused.response.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429, retryAfterSeconds: wait });
    // Another address is not held back.
    expect((await call('/resources?type=kit', {}, '203.0.113.67')).response.status).toBe(200);
  });
});
