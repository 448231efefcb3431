import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../../../tests/e2e/test.ts';

// The public API on the production build (decision 062), as a hostile script would use it: a flood is
// refused with 429 and Retry-After, huge or invalid parameters with a JSON 400, a write with a JSON 405,
// an unknown or traversing address with a JSON 404, and a repeat with If-None-Match gets an empty 304.
// Each test comes from an address of its own (tests/e2e/test.ts), so the flood holds back nobody else.

const PROBLEM = /^application\/problem\+json/;

test.describe('public API', () => {
  test('serves JSON anyone may cache and read, and its OpenAPI document', async ({ request }) => {
    const places = await request.get('/api/v1/places?departement=29');
    expect(places.status()).toBe(200);
    const headers = places.headers();
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers.etag).toMatch(/^W\/".+"$/);
    const body = (await places.json()) as { total: number; items: { slug: string }[] };
    expect(body.items.length).toBeGreaterThan(0);

    const slug = body.items[0]?.slug ?? '';
    const place = await request.get(`/api/v1/places/${slug}`);
    expect(place.status()).toBe(200);
    expect(((await place.json()) as { slug: string }).slug).toBe(slug);
    expect((await request.get(`/api/v1/places/${slug}/sessions`)).status()).toBe(200);
    for (const path of ['/sessions', '/tools', '/resources', '/open-data/activity']) {
      expect((await request.get(`/api/v1${path}`)).status(), path).toBe(200);
    }

    const openapi = await request.get('/api/v1/openapi.json');
    expect(openapi.status()).toBe(200);
    const document = (await openapi.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toContain('/places/{slug}/sessions');
  });

  test('a signed-in visitor gets the same anonymous data, kept by their browser only', async ({
    request,
  }) => {
    const anonymous = await request.get('/api/v1/places');
    const withCookie = await request.get('/api/v1/places', { headers: { cookie: 'rf-session=quelquun' } });
    expect(withCookie.status()).toBe(200);
    expect(await withCookie.text()).toBe(await anonymous.text());
    expect(withCookie.headers()['cache-control']).toMatch(/^private\b/);
  });

  test('If-None-Match with the ETag gets an empty 304', async ({ request }) => {
    for (const path of ['/api/v1/places', '/api/v1/openapi.json', '/api/v1/sessions']) {
      const first = await request.get(path);
      const etag = first.headers().etag as string;
      const again = await request.get(path, { headers: { 'if-none-match': etag } });
      expect(again.status(), path).toBe(304);
      expect((await again.body()).length).toBe(0);
      expect(again.headers().etag).toBe(etag);
    }
  });

  test('huge or invalid query parameters are a 400 problem, never a 500', async ({ request }) => {
    const queries = [
      `q=${'a'.repeat(5_000)}`,
      'page=-1',
      'page=99999999999999999999',
      'page=NaN',
      'rayon=7',
      'departement=%00',
      'service=%27%3B%20drop%20table%20places%3B--',
      'unknown=1',
      'q=a&q=b',
      'page[$gt]=1',
    ];
    for (const query of queries) {
      const response = await request.get(`/api/v1/places?${query}`);
      expect(response.status(), query).toBe(400);
      expect(response.headers()['content-type'], query).toMatch(PROBLEM);
      expect(response.headers()['cache-control']).toBe('private, no-store');
      const problem = (await response.json()) as { status: number; detail: string; title: string };
      expect(problem).toMatchObject({ status: 400, title: 'Bad Request' });
      expect(problem.detail).toContain('Paramètres de requête refusés');
    }
    expect((await request.get('/api/v1/sessions?du=2026-13-45')).status()).toBe(400);
    expect((await request.get('/api/v1/tools?lieu=1%20or%201=1')).status()).toBe(400);
  });

  test('a write is a 405 problem, whatever it sends', async ({ request }) => {
    const attempts = [
      request.post('/api/v1/places', { data: { name: 'x' } }),
      request.post('/api/v1/places', { form: { name: 'x' } }),
      request.put('/api/v1/places/konk-ar-lab', { data: {} }),
      request.delete('/api/v1/places/konk-ar-lab'),
      request.patch('/api/v1/openapi.json', { data: {} }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(405);
      expect(response.headers().allow).toBe('GET, HEAD, OPTIONS');
      expect(response.headers()['content-type']).toMatch(PROBLEM);
    }
  });

  test('an unknown or traversing address is a 404 problem in JSON', async ({ request }) => {
    const paths = [
      '/api/v1/nope',
      '/api/v1/places/nulle-part',
      '/api/v1/places/nulle-part/sessions',
      '/api/v1/places/..%2F..%2F..%2Fetc%2Fpasswd',
      '/api/v1/places/a/b/c',
      `/api/v1/places/${'x'.repeat(2_000)}`,
      '/api/v1/..%2f..%2fpackage.json',
    ];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toMatch(PROBLEM);
      expect(((await response.json()) as { status: number }).status).toBe(404);
    }
  });

  test('a flood from one address is refused with 429 and Retry-After', async ({ request }) => {
    let refused: Awaited<ReturnType<typeof request.get>> | undefined;
    for (let i = 0; i < 40 && !refused; i += 1) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => request.get('/api/v1/resources')));
      refused = batch.find((r) => r.status() === 429);
      for (const r of batch) expect([200, 429]).toContain(r.status());
    }
    expect(refused).toBeDefined();
    if (!refused) return;
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers()['content-type']).toMatch(PROBLEM);
    expect(((await refused.json()) as { status: number }).status).toBe(429);
  });

  test('the documentation page renders the document without JavaScript', async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    const response = await noScript.goto('/api/v1');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
    await expect(noScript.getByRole('heading', { level: 1, name: 'API publique' })).toBeVisible();
    await expect(noScript.getByRole('heading', { name: /GET \/places\/\{slug\}\/sessions/ })).toBeVisible();
    await expect(noScript.getByRole('link', { name: 'Le document OpenAPI 3.1' })).toHaveAttribute(
      'href',
      '/api/v1/openapi.json',
    );
    await context.close();

    // Accessibility, with axe (which runs as a script: in an ordinary context).
    await page.goto('/api/v1');
    const audit = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
});
