import { ageShareLinks } from '../../../../../tests/e2e/database.ts';
import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// Activity dashboards on the demo data (Konk Ar Lab's records, its validated previous quarter): a network
// admin reads the network, then a département, shares it by a link that works signed out until revoked; the
// link's holder and an observer see the published figures (decision 038: validated quarters, statistical
// secrecy), not the admin’s raw ones.

/** A key figure of the page ("1 234" → 1234). */
async function keyFigure(page: Page, label: string): Promise<number> {
  const stat = page.locator('.rf-stat').filter({ has: page.getByText(label, { exact: true }) });
  return Number(((await stat.locator('dd').first().textContent()) ?? '').replace(/[^\d]/g, ''));
}

/** The quarter before today's, as the form's months (YYYY-MM), first and last. */
function previousQuarter(today = new Date()): { from: string; to: string } {
  const index = today.getUTCFullYear() * 4 + Math.floor(today.getUTCMonth() / 3) - 1;
  const year = Math.floor(index / 4);
  const first = (index % 4) * 3 + 1;
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return { from: month(first), to: month(first + 2) };
}

test('a network admin reads the network and a département, and shares it by a link that works signed out', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@demo.test');
  await page.getByRole('link', { name: 'Tableaux de bord', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord de l’activité' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Réseau Fabriques :/ })).toBeVisible();
  const network = await keyFigure(page, 'Personnes accompagnées');
  expect(network).toBeGreaterThan(0);
  // Every chart has its table; the demo's fabrique is on the map's.
  await expect(page.getByRole('img', { name: /personnes accompagnées par mois/ })).toBeVisible();
  const places = page.getByRole('table', { name: 'Personnes accompagnées par lieu' });
  await expect(places.getByRole('row', { name: /Konk Ar Lab/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Personnes accompagnées par genre' })).toBeVisible();
  await expectNoAxeViolation(page);

  // A period ending before it starts is refused next to the field.
  await page.getByLabel(/^Du mois/).fill('2026-06');
  await page.getByLabel(/^Au mois/).fill('2026-01');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.getByLabel(/^Au mois/)).toHaveAccessibleDescription(/ne peut pas précéder/);

  // Finistère, where Konk Ar Lab is.
  await page.goto('/tableaux-de-bord');
  await page.getByLabel('Périmètre', { exact: true }).selectOption({ label: 'Un département' });
  await page.getByLabel(/^Département/).selectOption({ label: '29 — Finistère' });
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Finistère :/ })).toBeVisible();
  const finistere = await keyFigure(page, 'Personnes accompagnées');
  expect(finistere).toBeGreaterThan(0);
  expect(finistere).toBeLessThanOrEqual(network);
  await expect(places.getByRole('row', { name: /Konk Ar Lab/ })).toBeVisible();

  // A share link, opened by someone who is not signed in.
  await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
  const link = page.getByRole('link', { name: /\/tableau\// });
  await expect(link).toBeVisible();
  const shareUrl = (await link.getAttribute('href')) ?? '';
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  const outline = visitor.waitForResponse((r) => new URL(r.url()).pathname === '/carte/france.svg');
  const response = await visitor.goto(shareUrl);
  expect(response?.headers()['x-robots-tag']).toContain('noindex');
  await expect(visitor.getByRole('heading', { level: 1, name: /^Finistère :/ })).toBeVisible();
  // Its holder reads the publication: validated quarters only, hidden figures marked and explained.
  await expect(visitor.getByText(/^« secret » : chiffre masqué par le secret statistique/)).toBeVisible();
  await expect(visitor.getByRole('table', { name: 'Personnes accompagnées par trimestre' })).toBeVisible();
  expect(await keyFigure(visitor, 'Personnes accompagnées')).toBeLessThanOrEqual(finistere);
  await expect(visitor.getByText('Activités enregistrées', { exact: true })).toHaveCount(0);
  await expect(visitor.getByRole('button', { name: 'Créer un lien de partage' })).toHaveCount(0);
  // The map's background, France's outline, is an image the browser fetches once and keeps, not 7 KB
  // repeated in every page.
  const outlineResponse = await outline;
  expect(outlineResponse.status()).toBe(200);
  expect(outlineResponse.headers()['content-type']).toContain('image/svg+xml');
  expect(outlineResponse.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
  expect(await outlineResponse.text()).toMatch(/^<svg [^>]*><path d="M[\d.]+ [\d.]+L/);
  expect(await response?.text()).not.toContain('<path d="M');
  // The outline takes nothing in: a post, cross-site or not, is refused without a server error.
  const outlineUrl = new URL('/carte/france.svg', shareUrl).toString();
  const crossSite = await visitor.request.post(outlineUrl, {
    headers: { origin: 'https://attacker.example' },
    form: { x: 'y' },
  });
  expect(crossSite.status()).toBe(403);
  const sameSite = await visitor.request.post(outlineUrl, {
    headers: { origin: new URL(shareUrl).origin },
    form: { x: 'y'.repeat(10_000) },
  });
  expect(sameSite.status()).toBe(405);
  await expectNoAxeViolation(visitor);

  // Revoked, it leads nowhere.
  await page.goto(page.url());
  await page
    .getByRole('button', { name: /^Révoquer le lien créé le/ })
    .first()
    .click();
  await expect(page).toHaveURL(/revoque=1/);
  await expect(page.getByText('Lien révoqué : il ne fonctionne plus.')).toBeVisible();
  expect((await visitor.goto(shareUrl))?.status()).toBe(404);

  // A link lasts the days chosen (90 unless said otherwise); once that has passed, its page says so (410).
  await page.getByLabel('Durée du lien').selectOption('7');
  await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
  const weekUrl = (await page.getByRole('link', { name: /\/tableau\// }).getAttribute('href')) ?? '';
  await page.goto(page.url());
  await expect(page.getByRole('columnheader', { name: 'Expire le' })).toBeVisible();
  await ageShareLinks(8);
  expect((await visitor.goto(weekUrl))?.status()).toBe(410);
  await expect(
    visitor.getByRole('heading', { level: 1, name: 'Ce lien de partage a expiré.' }),
  ).toBeVisible();
  await anonymous.close();
});

test('an observer sees the network dashboard with the figures of validated reports only', async ({
  browser,
}) => {
  const quarter = previousQuarter();
  const address = `/tableaux-de-bord?perimetre=network&du=${quarter.from}&au=${quarter.to}`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@demo.test');
  await admin.goto(address);
  const validated = await keyFigure(admin, 'Personnes accompagnées');
  expect(validated).toBeGreaterThan(0);
  await admin.goto('/tableaux-de-bord');
  const everything = await keyFigure(admin, 'Personnes accompagnées');
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'observateur@demo.test');
  await page.getByRole('link', { name: 'Tableaux de bord', exact: true }).click();
  await expect(
    page.getByText(/les chiffres publiés : les trimestres entiers couverts par un rapport/),
  ).toBeVisible();
  await expect(page.getByText(/^« secret » : chiffre masqué par le secret statistique/)).toBeVisible();
  // The current quarter is not validated yet: the observer's year holds less than the admin's.
  expect(await keyFigure(page, 'Personnes accompagnées')).toBeLessThan(everything);
  await expect(page.getByRole('button', { name: 'Créer un lien de partage' })).toHaveCount(0);
  await page.goto(address);
  // The validated quarter: the same total as the admin's (the network's is large enough to be published),
  // by quarter, never by month.
  expect(await keyFigure(page, 'Personnes accompagnées')).toBe(validated);
  await expect(page.getByRole('table', { name: 'Personnes accompagnées par trimestre' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Personnes accompagnées et activités par mois' })).toHaveCount(
    0,
  );
  await expectNoAxeViolation(page);
  await context.close();
});
