import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addVary,
  etagMatches,
  hasPersonalCookie,
  httpCache,
  inlineScriptHashes,
  isPublicRoute,
  isShareable,
  notModified,
  PRIVATE_CACHE_CONTROL,
  privateCopy,
  weakEtag,
  withScriptHashes,
} from './http-cache.ts';

const anonymousGet = {
  method: 'GET',
  status: 200,
  requestHeaders: new Headers(),
  responseHeaders: new Headers(),
  publicRoute: true,
};

describe('who may share a page', () => {
  it('is an anonymous, successful GET of a route marked public', () => {
    expect(isShareable(anonymousGet)).toBe(true);
    expect(isShareable({ ...anonymousGet, requestHeaders: new Headers({ cookie: 'rf-locale=en' }) })).toBe(
      true,
    );
  });

  it('never when a session (or any unknown cookie) comes with the request, or the answer sets one', () => {
    for (const cookie of ['rf-session=abc', '__Host-rf-session=abc', 'rf-locale=fr; autre=1']) {
      expect(isShareable({ ...anonymousGet, requestHeaders: new Headers({ cookie }) })).toBe(false);
    }
    expect(
      isShareable({
        ...anonymousGet,
        responseHeaders: new Headers({ 'set-cookie': 'rf-session=x; Path=/' }),
      }),
    ).toBe(false);
    expect(isShareable({ ...anonymousGet, requestHeaders: new Headers({ authorization: 'Bearer x' }) })).toBe(
      false,
    );
  });

  it('never for a post, an error page or a route that did not say so', () => {
    expect(isShareable({ ...anonymousGet, method: 'POST' })).toBe(false);
    expect(isShareable({ ...anonymousGet, status: 404 })).toBe(false);
    expect(isShareable({ ...anonymousGet, status: 500 })).toBe(false);
    expect(isShareable({ ...anonymousGet, publicRoute: false })).toBe(false);
  });

  it('reads the deepest matched route’s handle', () => {
    const modules = { root: {}, 'routes/places': { handle: { cache: 'public' } }, 'routes/booking': {} };
    const match = (id: string) => ({ route: { id } });
    expect(isPublicRoute([match('root'), match('routes/places')], modules)).toBe(true);
    expect(isPublicRoute([match('root'), match('routes/booking')], modules)).toBe(false);
    expect(isPublicRoute([match('root')], modules)).toBe(false);
    expect(isPublicRoute([], modules)).toBe(false);
  });

  it('tells a cookie header with only the language apart', () => {
    expect(hasPersonalCookie(null)).toBe(false);
    expect(hasPersonalCookie('')).toBe(false);
    expect(hasPersonalCookie('rf-locale=en')).toBe(false);
    expect(hasPersonalCookie('rf-locale=en; rf-session=1')).toBe(true);
  });
});

describe('validators', () => {
  it('are weak, the same for the same body and different for another', () => {
    const etag = weakEtag('<html>a</html>');
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(weakEtag('<html>a</html>')).toBe(etag);
    expect(weakEtag('<html>b</html>')).not.toBe(etag);
  });

  it('match If-None-Match by weak comparison, in a list, or *', () => {
    const etag = weakEtag('x');
    expect(etagMatches(etag, etag)).toBe(true);
    expect(etagMatches(etag.slice(2), etag)).toBe(true);
    expect(etagMatches(`W/"autre", ${etag}`, etag)).toBe(true);
    expect(etagMatches('*', etag)).toBe(true);
    expect(etagMatches('W/"autre"', etag)).toBe(false);
    expect(etagMatches(null, etag)).toBe(false);
  });

  it('a 304 repeats the caching headers and the CSP, and nothing else', async () => {
    const headers = new Headers({
      'cache-control': 'public, max-age=60',
      etag: 'W/"x"',
      vary: 'Cookie',
      'content-security-policy': "script-src 'self'",
      'content-type': 'text/html',
      'x-frame-options': 'DENY',
    });
    const answer = notModified(headers);
    expect(answer.status).toBe(304);
    expect(await answer.text()).toBe('');
    expect(answer.headers.get('etag')).toBe('W/"x"');
    expect(answer.headers.get('content-security-policy')).toBe("script-src 'self'");
    expect(answer.headers.has('content-type')).toBe(false);
  });

  it('adds a Vary field once', () => {
    const headers = new Headers();
    addVary(headers, 'Cookie');
    addVary(headers, 'cookie');
    addVary(headers, 'Accept-Encoding');
    expect(headers.get('vary')).toBe('Cookie, Accept-Encoding');
  });
});

describe('script hashes instead of a shared nonce', () => {
  it('hash every inline script exactly as the browser reads it, and skip external ones', () => {
    const inline = 'window.__ctx = {"a":"\\u003c/script>"};';
    const html = `<head><script type="module" src="/assets/x.js"></script></head><body><script>${inline}</script><script type="module">import "/a.js";</script><script>${inline}</script></body>`;
    const expected = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(expected);
    expect(inlineScriptHashes(Buffer.from(html))).toEqual(hashes);
  });

  it('hash the bytes of a script with accents, and skip tags that only start like a script', () => {
    const inline = 'window.t = "Été — Fabriques";';
    const html = `<scripts>x</scripts><script nonce="n">${inline}</script><script\ntype="module">b()</script>`;
    const hashes = inlineScriptHashes(Buffer.from(html, 'utf8'));
    expect(hashes).toEqual([
      `'sha256-${createHash('sha256').update(inline, 'utf8').digest('base64')}'`,
      `'sha256-${createHash('sha256').update('b()').digest('base64')}'`,
    ]);
  });

  it('replace the nonce source of the CSP', () => {
    const csp = "default-src 'self'; script-src 'self' 'nonce-abc'; object-src 'none'";
    expect(withScriptHashes(csp, 'abc', ["'sha256-1'", "'sha256-2'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-1' 'sha256-2'; object-src 'none'",
    );
  });
});

describe('the root middleware', () => {
  const run = async (request: Request, response: Response) =>
    (await httpCache(
      { request, url: new URL(request.url), pattern: '/', params: {}, context: {} as never },
      async () => response,
    )) as Response;
  const url = 'http://site.test/x';

  it('makes private whatever did not say it is public (data requests, redirects, posts)', async () => {
    const answer = await run(new Request(url), new Response('{}'));
    expect(answer.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
    const redirect = await run(new Request(url, { method: 'POST' }), Response.redirect(`${url}/ok`, 303));
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('keeps a public resource public; private (same lifetime) for someone signed in; never kept if it sets a cookie', async () => {
    const file = () => new Response('a;b', { headers: { 'cache-control': 'public, max-age=300' } });
    expect((await run(new Request(url), file())).headers.get('cache-control')).toBe('public, max-age=300');
    const signedIn = await run(new Request(url, { headers: { cookie: 'rf-session=1' } }), file());
    expect(signedIn.headers.get('cache-control')).toBe('private, max-age=300');
    const setting = file();
    setting.headers.set('set-cookie', 'rf-session=; Max-Age=0');
    expect((await run(new Request(url), setting)).headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('turns a shared lifetime into a browser-only one', () => {
    expect(privateCopy('public, max-age=31536000, immutable')).toBe('private, max-age=31536000, immutable');
    expect(privateCopy('public, max-age=60, s-maxage=600, stale-while-revalidate=300')).toBe(
      'private, max-age=60, stale-while-revalidate=300',
    );
  });

  it('never lets an error be cached publicly', async () => {
    const failed = new Response('no', { status: 500, headers: { 'cache-control': 'public, max-age=60' } });
    expect((await run(new Request(url), failed)).headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('leaves the public page and its 304 that the document entry made', async () => {
    const page = new Response('<html></html>', {
      headers: { 'cache-control': 'public, max-age=60', etag: 'W/"x"', vary: 'Cookie' },
    });
    const answer = await run(new Request(url), page);
    expect(answer.headers.get('etag')).toBe('W/"x"');
    const unchanged = await run(new Request(url), notModified(page.headers));
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('cache-control')).toBe('public, max-age=60');
  });
});
