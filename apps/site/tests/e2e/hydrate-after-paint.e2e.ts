import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// Decision 073: a page's hydration scripts start loading only once its first contentful paint is shown, so
// they never hold it; then the page hydrates, under its CSP (hashes on a public page, a nonce on a personal
// one).

/** The first contentful paint, and when each of the site's scripts started loading (ms since navigation). */
function timings(page: Page) {
  return page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scriptStarts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/') && entry.name.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
}

for (const { kind, cookie, csp } of [
  { kind: 'a public page', cookie: null, csp: /script-src 'self' 'sha256-/ },
  { kind: 'a personal page', cookie: 'rf-session=quelquun', csp: /script-src 'self' 'nonce-/ },
]) {
  test(`${kind} paints before its hydration scripts load, then hydrates under its CSP`, async ({
    page,
    context,
    baseURL,
  }) => {
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: baseURL as string }]);
    }
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const answer = await page.goto('/lieux');
    expect(answer?.headers()['content-security-policy']).toMatch(csp);
    // Until then, the modules are held in a form the browser leaves alone.
    await page.waitForFunction(() => '__reactRouterRouteModules' in window);
    const { firstContentfulPaint, scriptStarts } = await timings(page);
    expect(firstContentfulPaint).not.toBeNull();
    expect(scriptStarts.length).toBeGreaterThan(3);
    for (const start of scriptStarts) expect(start).toBeGreaterThanOrEqual(firstContentfulPaint as number);
    expect(await page.locator('link[rel="rf-modulepreload"], script[type="rf-module"]').count()).toBe(0);

    // Hydrated: React has taken over the server's elements (it keeps its fiber on each).
    await page.waitForFunction(() => {
      const main = document.querySelector('main');
      return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
    });
    expect(refused).toEqual([]);
  });
}
