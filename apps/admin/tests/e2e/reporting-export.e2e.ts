import readXlsxFile from 'read-excel-file/node';
import { expect, type Page, test } from '../../../../tests/e2e/test.ts';

// A network admin downloads the network dashboard as XLSX and CSV: the workbook opens, one sheet per
// section, and its figures are those the page shows.

const PASSWORD = 'demo-fabriques-2026';

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** "1 234" (French grouping) → 1234. */
const figure = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** A key figure of the page: the <dd> after the <dt> of that label. */
async function keyFigure(page: Page, label: string) {
  const stat = page.locator('.rf-stat').filter({ has: page.getByText(label, { exact: true }) });
  return figure(await stat.locator('dd').first().textContent());
}

test('a network admin downloads the network dashboard as XLSX and CSV, with the figures of the page', async ({
  page,
}) => {
  await signIn(page, 'admin@demo.test');
  await page.goto('/tableaux-de-bord?perimetre=network');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const onPage = {
    participants: await keyFigure(page, 'Personnes accompagnées'),
    records: await keyFigure(page, 'Activités enregistrées'),
    individual: await keyFigure(page, 'Accompagnements individuels'),
    collective: await keyFigure(page, 'Ateliers collectifs'),
    dejaAccompagne: await keyFigure(page, 'Personnes déjà accompagnées'),
  };
  // The demo has activity: the comparison below is about real figures, not zeros.
  expect(onPage.participants).toBeGreaterThan(0);
  const monthRows = page
    .getByRole('table', { name: 'Personnes accompagnées et activités par mois' })
    .locator('tbody tr');
  const monthsOnPage = await monthRows.evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
  );

  // The download uses the address of the page (same scope and period).
  const query = new URL(page.url()).search;
  const response = await page.request.get(`/tableaux-de-bord/export.xlsx${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(response.headers()['content-disposition']).toMatch(
    /attachment; filename="tableau-de-bord-reseau-.*\.xlsx"/,
  );
  const sheets = await readXlsxFile(await response.body());
  expect(sheets.map((s) => s.sheet)).toEqual([
    'Totaux',
    'Mois',
    'Thématiques',
    'Publics',
    'Territoires',
    'Lieux',
  ]);
  const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
  const total = (label: string) => sheet('Totaux').find((row) => row[0] === label)?.[1];
  expect(total('Périmètre')).toBe('Réseau Fabriques');
  expect(total('Personnes accompagnées')).toBe(onPage.participants);
  expect(total('Activités')).toBe(onPage.records);
  expect(total('Accompagnements individuels')).toBe(onPage.individual);
  expect(total('Ateliers collectifs')).toBe(onPage.collective);
  expect(total('Personnes déjà accompagnées')).toBe(onPage.dejaAccompagne);
  const months = sheet('Mois').slice(1);
  expect(months.map((row) => [row[1], row[2]])).toEqual(monthsOnPage.map((cells) => cells.map(figure)));
  // The places' participants add up to the total.
  const places = sheet('Lieux').slice(1);
  expect(places.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(onPage.participants);

  const csv = await page.request.get(`/tableaux-de-bord/export.csv${query}`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain(`\r\nTotaux;Personnes accompagnées;${onPage.participants}\r\n`);
});

test('the exports refuse a visitor who is not signed in', async ({ page }) => {
  const response = await page.request.get('/tableaux-de-bord/export.xlsx?perimetre=network', {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toMatch(/^\/connexion\?retour=/);
});
