import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// HTTP caching on the production server (decision 042): anonymous public pages are cacheable by anyone, with
// an ETag that a conditional request turns into an empty 304; anything personal stays `private, no-store`.
// Public pages carry no nonce: their inline scripts are allowed by hashes, and still run.

const PUBLIC = /^public, max-age=\d+, stale-while-revalidate=\d+$/;

test.describe('anonymous public pages', () => {
  for (const path of ['/', '/lieux', '/ateliers', '/outils', '/ressources', '/donnees', '/accessibilite']) {
    test(`${path} is cacheable, with a validator a conditional request turns into a 304`, async ({
      request,
    }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const headers = first.headers();
      expect(headers['cache-control']).toMatch(PUBLIC);
      expect(headers.vary).toMatch(/\bCookie\b/i);
      // Compressed by the production server (brotli or gzip, whichever the client prefers).
      expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
      const etag = headers.etag as string;
      expect(etag).toMatch(/^W\/".+"$/);
      // No nonce a cache would share: the inline scripts are allowed by their hashes.
      expect(headers['content-security-policy']).not.toContain('nonce-');
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
      expect(await first.text()).not.toContain('nonce=');

      // The same page again: the same body, so the same validator.
      expect((await request.get(path)).headers().etag).toBe(etag);
      const again = await request.get(path, { headers: { 'if-none-match': etag } });
      expect(again.status()).toBe(304);
      expect((await again.body()).length).toBe(0);
      expect(again.headers().etag).toBe(etag);
      expect(again.headers()['content-encoding']).toBeUndefined();
      expect(again.headers()['content-security-policy']).toBe(headers['content-security-policy']);
    });
  }

  test('a session page is shared by caches too, its form key bound to each person when they book', async ({
    request,
  }) => {
    const catalogue = await (await request.get('/ateliers')).text();
    const path = catalogue.match(/\/seances\/[0-9a-f-]{36}/)?.[0];
    expect(path).toBeDefined();
    const anonymous = await request.get(path as string);
    expect(anonymous.headers()['cache-control']).toMatch(PUBLIC);
    const signedIn = await request.get(path as string, { headers: { cookie: 'rf-session=quelquun' } });
    expect(signedIn.headers()['cache-control']).toBe('private, no-store');
  });

  test('the language cookie keeps the page public, in that language, with its own validator', async ({
    request,
  }) => {
    const french = await request.get('/accessibilite');
    const english = await request.get('/accessibilite', { headers: { cookie: 'rf-locale=en' } });
    expect(english.headers()['cache-control']).toMatch(PUBLIC);
    expect(await english.text()).toContain('Accessibility statement');
    expect(english.headers().etag).not.toBe(french.headers().etag);
  });
});

test.describe('anything personal', () => {
  test('a session cookie makes a public page private, without a validator', async ({ request }) => {
    const answer = await request.get('/lieux', { headers: { cookie: 'rf-session=quelquun' } });
    expect(answer.headers()['cache-control']).toBe('private, no-store');
    expect(answer.headers().etag).toBeUndefined();
    expect(await answer.text()).toContain('nonce=');
  });

  test('a private link, a sign-in page and an error page are never stored', async ({ request }) => {
    for (const path of [
      '/reservation/jeton-inexistant-0123456789abcdef',
      '/connexion',
      '/lieux/nexiste-pas',
    ]) {
      const answer = await request.get(path, { maxRedirects: 0 });
      expect(answer.headers()['cache-control'], path).toBe('private, no-store');
      expect(answer.headers().etag, path).toBeUndefined();
    }
  });

  test('the answer to a form post is never stored', async ({ request }) => {
    const answer = await request.post('/langue', {
      form: { locale: 'en', redirectTo: '/lieux' },
      maxRedirects: 0,
    });
    expect(answer.status()).toBeGreaterThanOrEqual(300);
    expect(answer.headers()['cache-control']).toBe('private, no-store');
  });
});

test.describe('the accessibility statement', () => {
  const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

  test('is linked from every page’s footer, and a public page hydrates under its hashed CSP', async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/lieux');
    await page.getByRole('link', { name: /^Accessibilité/ }).click();
    await expect(heading1(page)).toHaveText('Déclaration d’accessibilité');
    await expect(page).toHaveTitle('Déclaration d’accessibilité — Réseau Fabriques');
    // React Router's inline scripts ran: the client router took over.
    await page.waitForFunction(() => '__reactRouterRouteModules' in window);
    expect(refused).toEqual([]);
  });
});
