import { expectNoAxeViolation } from '../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// Production builds on a throw-away database with the demo data (scripts/e2e.ts).

async function searchThenOpenThenBack(page: Page) {
  await page.goto('/lieux');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver un lieu');
  // A typo and no accent: still found.
  await page.getByLabel('Rechercher', { exact: true }).fill('concarnau fablab');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/[?&]q=concarnau/);
  // The result card's link (it carries the search back); the map, once loaded, has its own place links.
  const result = page
    .getByRole('listitem')
    .getByRole('link', { name: /Konk Ar Lab/ })
    .first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/lieux\/konk-ar-lab/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Konk Ar Lab');
  await expect(page.getByRole('heading', { level: 2, name: 'Horaires d’ouverture' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Mercredi' })).toBeVisible();
  await page.getByRole('link', { name: 'Retour à la recherche' }).click();
  await expect(page).toHaveURL(/\/lieux\?q=concarnau/);
  await expect(page.getByLabel('Rechercher', { exact: true })).toHaveValue('concarnau fablab');
}

test.describe('public directory', () => {
  test('search, open a place, come back — with JavaScript', async ({ page }) => {
    await searchThenOpenThenBack(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('search, open a place, come back', async ({ page }) => {
      await searchThenOpenThenBack(page);
    });
  });

  test('axe finds nothing on the list and on a place page', async ({ page }) => {
    await page.goto('/lieux?ouvert=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver un lieu');
    await expectNoAxeViolation(page);
    await page.goto('/lieux');
    await expectNoAxeViolation(page);
    await page.goto('/lieux/konk-ar-lab');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Konk Ar Lab');
    await expectNoAxeViolation(page);
    // Its next sessions lead to their booking pages (issue 14: where residents start).
    await page.getByRole('region', { name: 'Prochains ateliers' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/seances\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('button', { name: 'Je m’inscris' })).toBeVisible();
  });

  test('an unknown or draft place is not found', async ({ page }) => {
    const response = await page.goto('/lieux/aucun-lieu-de-ce-nom');
    expect(response?.status()).toBe(404);
  });

  test('exports the directory in the national standard', async ({ request }) => {
    const csv = await request.get('/donnees/lieux.csv');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toMatch(
      /^id,pivot,nom,commune,code_postal,code_insee,adresse,/,
    );
    const json = await request.get('/donnees/lieux.json');
    const records = (await json.json()) as { nom: string }[];
    expect(records.some((r) => r.nom.startsWith('Konk Ar Lab'))).toBe(true);
  });
});
