import readXlsxFile from 'read-excel-file/node';
import { signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// A network admin downloads the network dashboard as XLSX and CSV: the workbook opens, one sheet per
// section, and its figures are those the page shows. An observer's download holds the published figures
// (decision 038): whole validated quarters, no figure of 1 to 4 people, "secret" where one is hidden.

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

/** The quarter before today's, as the form's months (YYYY-MM), first and last. */
function previousQuarter(today = new Date()): { from: string; to: string } {
  const index = today.getUTCFullYear() * 4 + Math.floor(today.getUTCMonth() / 3) - 1;
  const year = Math.floor(index / 4);
  const first = (index % 4) * 3 + 1;
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return { from: month(first), to: month(first + 2) };
}

test('an observer downloads the published figures: a month asks for its whole validated quarter, no small count', async ({
  page,
}) => {
  await signIn(page, 'observateur@demo.test');
  await page.goto('/tableaux-de-bord');
  await page.getByLabel('Périmètre', { exact: true }).selectOption({ label: 'Un lieu' });
  await page.getByLabel(/^Lieu \(/).selectOption({ label: 'Konk Ar Lab — le Fab Lab de la baie' });
  // One month of Konk Ar Lab's validated quarter.
  const month = previousQuarter().from;
  await page.getByLabel(/^Du mois/).fill(month);
  await page.getByLabel(/^Au mois/).fill(month);
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /^Konk Ar Lab — le Fab Lab de la baie :/ }),
  ).toBeVisible();
  const participants = await keyFigure(page, 'Personnes accompagnées');
  expect(participants).toBeGreaterThan(0);

  const query = new URL(page.url()).search;
  const response = await page.request.get(`/tableaux-de-bord/export.xlsx${query}`);
  expect(response.status()).toBe(200);
  const sheets = await readXlsxFile(await response.body());
  expect(sheets.map((s) => s.sheet)).toEqual([
    'Totaux',
    'Trimestres',
    'Thématiques',
    'Publics',
    'Territoires',
    'Lieux',
  ]);
  const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
  const total = (label: string) => sheet('Totaux').find((row) => row[0] === label)?.[1];
  expect(total('Personnes accompagnées')).toBe(participants);
  expect(String(total('Secret statistique'))).toMatch(/^« secret » : chiffre masqué/);
  // The whole quarter, and only it.
  expect(
    sheet('Trimestres')
      .slice(1)
      .map((row) => row[1]),
  ).toEqual([participants]);
  // Every figure is published as 0, 5 or more, or hidden as "secret".
  const figures = ['Thématiques', 'Territoires', 'Lieux', 'Publics'].flatMap((name) =>
    sheet(name)
      .slice(1)
      .map((row) => row[name === 'Publics' ? 2 : name === 'Lieux' ? 2 : 1]),
  );
  expect(figures.length).toBeGreaterThan(0);
  for (const value of figures) expect(value === 'secret' || value === 0 || Number(value) >= 5).toBe(true);

  const csv = await (await page.request.get(`/tableaux-de-bord/export.csv${query}`)).text();
  expect(csv).toContain(`\r\nTotaux;Personnes accompagnées;${participants}\r\n`);
  expect(csv).not.toMatch(/;[1-4]\r\n/);
});

test('the exports refuse a visitor who is not signed in', async ({ page }) => {
  const response = await page.request.get('/tableaux-de-bord/export.xlsx?perimetre=network', {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toMatch(/^\/connexion\?retour=/);
});
