import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// Translations per route (decision 049): a page's browser receives only the messages its routes declare, in its
// language. Every public page (a place, a session and a tool included), loaded and reached by client
// navigation, in French and in English, must render with no message missing (the translator logs "i18n: the
// message … was not sent with this page") and hydrate without a mismatch.
const PUBLIC_PAGES = [
  '/',
  '/lieux',
  '/ateliers',
  '/outils',
  '/ressources',
  '/donnees',
  '/donnees-personnelles',
  '/accessibilite',
];

/** Console errors that say a message was missing, or that the browser rendered other text than the server. */
function watchTranslationErrors(page: Page): string[] {
  const errors: string[] = [];
  const relevant = (text: string) => /i18n|hydrat|#418|#423|#425|did not match/i.test(text);
  page.on('console', (message) => {
    if (message.type() === 'error' && relevant(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (relevant(String(error))) errors.push(String(error));
  });
  return errors;
}

const hydrated = (page: Page) => page.waitForFunction(() => '__reactRouterRouteModules' in window);

for (const locale of ['fr', 'en'] as const) {
  test.describe(`in ${locale === 'fr' ? 'French' : 'English'}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      if (locale === 'en')
        await context.addCookies([{ name: 'rf-locale', value: 'en', url: baseURL as string }]);
    });

    test('every public page, a place, a session and a tool render with all their messages and hydrate', async ({
      page,
    }) => {
      const errors = watchTranslationErrors(page);
      const pages = [...PUBLIC_PAGES];
      await page.goto('/lieux');
      const place = await page.locator('a[href^="/lieux/"]').first().getAttribute('href');
      await page.goto('/ateliers');
      const session = await page.locator('a[href^="/seances/"]').first().getAttribute('href');
      await page.goto('/outils');
      const tool = await page.locator('a[href^="/outils/"]').first().getAttribute('href');
      for (const path of [place, session, tool]) if (path) pages.push(path);
      for (const path of pages) {
        await page.goto(path);
        await hydrated(page);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      }
      expect(errors).toEqual([]);
    });

    test('client navigation brings each page its messages', async ({ page }) => {
      const errors = watchTranslationErrors(page);
      const words =
        locale === 'fr'
          ? {
              places: 'Trouver un lieu',
              workshops: 'Ateliers et formations',
              resources: 'Ressources partagées',
            }
          : { places: 'Find a place', workshops: 'Workshops and trainings', resources: 'Shared resources' };
      await page.goto('/accessibilite');
      await hydrated(page);
      const nav = page.getByRole('navigation').first();
      await nav.getByRole('link', { name: words.places, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.places);
      await nav.getByRole('link', { name: words.workshops, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.workshops);
      await nav
        .getByRole('link', { name: locale === 'fr' ? 'Ressources' : 'Resources', exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.resources);
      await nav.getByRole('link', { name: locale === 'fr' ? 'Outils' : 'Tools', exact: true }).click();
      await expect(page).toHaveURL(/\/outils$/);
      await nav.getByRole('link', { name: locale === 'fr' ? 'Accueil' : 'Home', exact: true }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}

test('a page carries its language’s messages of its own namespaces only', async ({ request }) => {
  const statement = await (await request.get('/accessibilite')).text();
  // The layout's and the statement's messages, in French…
  expect(statement).toContain('site.accessibility.title');
  expect(statement).toContain('Déclaration d’accessibilité');
  // …not the English ones, nor those of another section.
  expect(statement).not.toContain('Accessibility statement');
  expect(statement).not.toContain('directory.meta_description');
  expect(statement).not.toContain('"booking.');
  const places = await (await request.get('/lieux')).text();
  expect(places).toContain('directory.meta_description');
  expect(places).toContain('directory_map.');
  // The public sharing pages: their own namespace, not the member space's nor the workshops' (amendment of 049).
  const tools = await (await request.get('/outils')).text();
  expect(tools).toContain('sharing.catalogue.form.title');
  expect(tools).not.toContain('sharing.space.');
  expect(tools).not.toContain('sharing.inventory.');
  const resources = await (await request.get('/ressources')).text();
  expect(resources).toContain('catalogue.theme.');
  expect(resources).not.toContain('"catalogue.form.');
  expect(resources).not.toContain('sharing.loans.');
});
