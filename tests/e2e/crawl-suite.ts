import { crawl, type RouteEntry, summary } from './crawl.ts';
import { expect, type Page, test } from './test.ts';

// Issue 16: signed in as each role of an app, and as nobody, with and without JavaScript, every page a link
// leads to passes axe, and no link is broken. Production builds on the demo data (scripts/e2e.ts). Each app's
// `crawl.e2e.ts` declares its roles; the tests are the same for both.
const PASSWORD = 'demo-fabriques-2026';

export interface CrawlRole {
  who: string;
  /** A demo account (null: nobody signed in). */
  email: string | null;
}

/** Signs in with the app's own form, which works without JavaScript too. */
async function signIn(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

export function describeCrawl({
  origin,
  routes,
  roles,
  minPages,
}: {
  origin: string;
  routes: readonly RouteEntry[];
  roles: readonly CrawlRole[];
  /** Fewer pages than this means the crawl went nowhere (a sign-in that failed, a broken home page). */
  minPages: number;
}) {
  test.describe.configure({ mode: 'parallel' });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      // Without JavaScript, on a 320-pixel-wide screen (WCAG 1.4.10, reflow): the page must still fit, and
      // what scrolls sideways must take the keyboard focus.
      test.use(
        javaScriptEnabled
          ? { javaScriptEnabled }
          : { javaScriptEnabled, viewport: { width: 320, height: 640 } },
      );

      for (const { who, email } of roles) {
        test(`every page ${who} can reach passes axe, and no link is broken`, async ({ page }, testInfo) => {
          // A network admin's crawl opens about 50 pages and runs axe on each: 4 minutes on a slow 2-core
          // machine running the other project's browser at the same time. A limit on the test, not on speed.
          test.setTimeout(600_000);
          if (email) await signIn(page, origin, email);
          const report = await crawl(page, { routes, origin: new URL(origin).origin, javaScriptEnabled });
          const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
          await testInfo.attach('crawl', {
            body: summary(`${who}, ${mode}`, report),
            contentType: 'text/plain',
          });
          console.log(summary(`${who}, ${mode}`, report));

          expect(report.pages.length).toBeGreaterThanOrEqual(minPages);
          expect.soft(report.serverErrors, report.serverErrors.join('\n')).toEqual([]);
          expect.soft(report.brokenLinks, report.brokenLinks.join('\n')).toEqual([]);
          expect.soft(report.pageErrors, report.pageErrors.join('\n')).toEqual([]);
          expect(report.violations, report.violations.join('\n')).toEqual([]);
        });
      }
    });
  }
}
