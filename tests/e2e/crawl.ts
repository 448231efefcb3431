// The accessibility crawl (issue 16): from an app's home, a breadth-first walk over every same-origin link
// it finds, with axe on each page. Journeys check the pages people go through; the crawl checks the pages
// nobody thought of (a crawl is how `scrollable-region-focusable` on the site's /donnees was found).
//
// Links are grouped by the route they match in the app's routes.ts, so that `/lieux/:slug` is visited a
// few times, not once per place; links that only add a query string count towards a smaller cap.
// Downloads are not opened as pages: each kind is fetched once, to check it is not broken.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

/** What an app's routes.ts exports: entries with a path (none for the index) and maybe children. */
export interface RouteEntry {
  path?: string;
  index?: boolean;
  children?: RouteEntry[];
}

export interface CrawlOptions {
  /** The app's routes.ts, to tell `/lieux/konk-ar-lab` and `/lieux/la-machinerie` are the same page. */
  routes: readonly RouteEntry[];
  /** The app's origin, e.g. http://localhost:3100: links elsewhere are not followed. */
  origin: string;
  /** Where the walk starts. */
  start?: string;
  /** Pages opened in all (downloads fetched aside). */
  maxPages?: number;
  /** Pages opened per route. */
  perRoute?: number;
  /** Of those, pages whose address has a query string (filters, pagination, sorting). */
  queryVariantsPerRoute?: number;
  /** Whether the page runs JavaScript: then the walk waits for the network to settle before axe. */
  javaScriptEnabled: boolean;
}

export interface CrawledPage {
  url: string;
  route: string;
  status: number;
  from: string;
}

export interface CrawlReport {
  pages: CrawledPage[];
  /** One line per rule and page: URL, rule, impact, the first elements, what axe says. */
  violations: string[];
  /** Pages and downloads that answered 5xx, or could not be opened at all. */
  serverErrors: string[];
  /** Same-origin links that lead to a 404, with the page that holds them. */
  brokenLinks: string[];
  /** Links to pages the signed-in person may not open (403): not failures, but worth a look. */
  forbidden: string[];
  /** Uncaught errors in the browser, with JavaScript. */
  pageErrors: string[];
  /** Routes found but left unvisited because the page cap was reached. */
  unvisitedRoutes: string[];
  seconds: number;
}

// Links that act rather than show: signing out, switching language, a one-time sign-in link.
const ACTIONS = new Set(['/deconnexion', '/langue', '/connexion/lien']);
// Links that download rather than show a page: fetched once per route, not opened.
// The public API's answers are JSON (its documentation, `/api/v1`, is a page).
const DOWNLOAD =
  /\.(csv|xlsx|ics|json|geojson|pdf|png|jpe?g|webp|svg)$|^\/medias\/|\/export(\.|\/|$)|^\/api\/v1\//;
// Not pages: the load balancer's probe and the SMS provider's webhook.
const NOT_PAGES = new Set(['/health', '/api/sms/brevo']);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every route's full path, segments split, from a React Router route config. */
function routePatterns(routes: readonly RouteEntry[], parent: string[] = []): string[][] {
  return routes.flatMap((route) => {
    const own = route.path ? route.path.split('/').filter(Boolean) : [];
    const full = [...parent, ...own];
    return [full, ...(route.children ? routePatterns(route.children, full) : [])];
  });
}

/** The route a path matches, as written in routes.ts (`/lieux/:slug`); the most static match wins. */
export function routeOf(patterns: readonly string[][], pathname: string): string {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let best: { pattern: string[]; statics: number } | undefined;
  for (const pattern of patterns) {
    const splat = pattern.at(-1) === '*';
    const fixed = splat ? pattern.slice(0, -1) : pattern;
    if (splat ? segments.length < fixed.length : segments.length !== fixed.length) continue;
    let statics = 0;
    const matches = fixed.every((part, i) => {
      if (part.startsWith(':')) return true;
      statics += 1;
      return part === segments[i];
    });
    if (matches && (!best || statics > best.statics)) best = { pattern, statics };
  }
  return best ? `/${best.pattern.join('/')}` : `(no route) ${pathname}`;
}

/** Walks the app from `start` as whoever `page` is signed in as, and reports what it found. */
export async function crawl(page: Page, options: CrawlOptions): Promise<CrawlReport> {
  const began = Date.now();
  const { origin, maxPages = 60, perRoute = 3, queryVariantsPerRoute = 1, javaScriptEnabled } = options;
  const patterns = routePatterns(options.routes);
  const report: CrawlReport = {
    pages: [],
    violations: [],
    serverErrors: [],
    brokenLinks: [],
    forbidden: [],
    pageErrors: [],
    unvisitedRoutes: [],
    seconds: 0,
  };

  // Addresses already queued or opened (without their fragment), and how many per route.
  const seen = new Set<string>();
  const planned = new Map<string, { all: number; withQuery: number }>();
  const visitedRoutes = new Set<string>();
  const queue: { url: URL; route: string; from: string }[] = [];
  const downloads = new Set<string>();

  let current = '';
  page.on('pageerror', (error) => report.pageErrors.push(`${current}: ${error.message}`));

  // axe runs in the page, so it cannot run where JavaScript is off: there, each page's HTML, as the browser
  // without JavaScript parsed it, is replayed in a page that runs axe but none of the page's own scripts,
  // with <noscript> content shown, as it is to people without JavaScript.
  let replay: { url: string; html: string } | undefined;
  let axeContext: BrowserContext | undefined;
  let axePage = page;
  if (!javaScriptEnabled) {
    const browser = page.context().browser();
    if (!browser) throw new Error('the crawl needs a browser to run axe without JavaScript');
    // Playwright Test gives new contexts the test's options: JavaScript must be turned back on here.
    axeContext = await browser.newContext({
      javaScriptEnabled: true,
      locale: 'fr-FR',
      reducedMotion: 'reduce',
      viewport: page.viewportSize(),
    });
    axePage = await axeContext.newPage();
    await axePage.route('**/*', (route) => {
      const request = route.request();
      if (replay && request.isNavigationRequest() && request.url() === replay.url) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: replay.html });
      }
      if (request.resourceType() === 'script') return route.abort();
      return route.continue();
    });
  }

  const consider = async (href: string, from: string) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    if (url.origin !== origin) return;
    url.hash = '';
    const key = url.href;
    if (seen.has(key)) return;
    if (ACTIONS.has(url.pathname) || NOT_PAGES.has(url.pathname)) return;
    const route = routeOf(patterns, url.pathname);
    if (DOWNLOAD.test(url.pathname)) {
      if (downloads.has(route)) return;
      downloads.add(route);
      seen.add(key);
      const response = await page.request.get(key, { maxRedirects: 0 }).catch((error: Error) => error);
      if (response instanceof Error)
        report.serverErrors.push(`${key} (download, from ${from}): ${response.message}`);
      else if (response.status() >= 500)
        report.serverErrors.push(`${key} (download, from ${from}): ${response.status()}`);
      else if (response.status() === 404) report.brokenLinks.push(`${key} (download, from ${from})`);
      return;
    }
    const count = planned.get(route) ?? { all: 0, withQuery: 0 };
    if (count.all >= perRoute) return;
    if (url.search && count.withQuery >= queryVariantsPerRoute) return;
    count.all += 1;
    if (url.search) count.withQuery += 1;
    planned.set(route, count);
    seen.add(key);
    queue.push({ url, route, from });
  };

  await consider(new URL(options.start ?? '/', origin).href, '(start)');

  while (queue.length > 0 && report.pages.length < maxPages) {
    // Breadth first, but a route not seen yet goes before another instance of a route already seen.
    const next = queue.findIndex((item) => !visitedRoutes.has(item.route));
    const [item] = queue.splice(next === -1 ? 0 : next, 1);
    if (!item) break;
    const { url, route, from } = item;
    current = url.href;
    visitedRoutes.add(route);

    let status = 0;
    try {
      const response = await page.goto(url.href, { waitUntil: 'load' });
      status = response?.status() ?? 0;
    } catch (error) {
      report.serverErrors.push(`${url.href} (from ${from}): ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    report.pages.push({ url: url.href, route, status, from });
    if (status >= 500) report.serverErrors.push(`${url.href} (from ${from}): ${status}`);
    if (status === 404) report.brokenLinks.push(`${url.href} (from ${from})`);
    if (status === 403) report.forbidden.push(`${url.href} (from ${from})`);

    // A redirect (to the sign-in page, say) lands on a page that counts as seen too.
    const landed = new URL(page.url());
    landed.hash = '';
    if (landed.origin !== origin) continue;
    seen.add(landed.href);
    if (javaScriptEnabled) await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => {});

    if (!javaScriptEnabled) {
      const html = (await page.content())
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
        .replace(/<\/?noscript>/gi, '');
      replay = { url: landed.href, html };
      await axePage.goto(landed.href, { waitUntil: 'load' });
    }
    const results = await new AxeBuilder({ page: axePage }).withTags(AXE_TAGS).analyze();
    for (const violation of results.violations) {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      const more = violation.nodes.length > 3 ? ` (+${violation.nodes.length - 3} more)` : '';
      report.violations.push(
        `${landed.pathname}${landed.search} — ${violation.id} (${violation.impact}): ${targets.join(' | ')}${more} — ${violation.help}`,
      );
    }

    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) await consider(href, `${landed.pathname}${landed.search}`);
  }

  await axeContext?.close();
  report.unvisitedRoutes = [...new Set(queue.map((item) => item.route))].filter(
    (route) => !visitedRoutes.has(route),
  );
  report.seconds = Math.round((Date.now() - began) / 1000);
  return report;
}

/** One paragraph for the test's output: what was opened, and what was left. */
export function summary(who: string, report: CrawlReport): string {
  const routes = new Set(report.pages.map((page) => page.route));
  const lines = [
    `crawl as ${who}: ${report.pages.length} pages, ${routes.size} routes, ${report.seconds} s`,
    ...report.pages.map((page) => `  ${page.status} ${page.url}`),
  ];
  if (report.unvisitedRoutes.length > 0) lines.push(`  left unvisited: ${report.unvisitedRoutes.join(', ')}`);
  if (report.forbidden.length > 0) lines.push(`  403: ${report.forbidden.join(', ')}`);
  for (const [what, list] of [
    ['axe', report.violations],
    ['5xx', report.serverErrors],
    ['404', report.brokenLinks],
    ['uncaught', report.pageErrors],
  ] as const) {
    for (const line of list) lines.push(`  ${what}: ${line}`);
  }
  return lines.join('\n');
}
