import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import {
  type Browser,
  type BrowserContextOptions,
  expect,
  type Page,
  test,
} from '../../../../../tests/e2e/test.ts';

// The console's navigation by task (issue 16): a manager's groups as their week runs, a network admin's
// by network, programme and data, each link's badge saying what waits there — and on a 320-pixel phone
// without JavaScript, a "Menu" that opens and links that work. Production builds on the demo data
// (scripts/e2e.ts); the counts are checked against the pages that list what they count.
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const PRINTER = 'Imprimante 3D Prusa MK4 (prêtable)';

async function signedIn(browser: Browser, base: string, email: string, options: BrowserContextOptions = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

/** The count a link's badge describes it with ("3 demandes à traiter"), 0 without a badge. */
async function badgeCount(page: Page, linkName: string, words: RegExp): Promise<number> {
  const link = menu(page).getByRole('link', { name: linkName, exact: true });
  await expect(link).toBeVisible();
  const ids = (await link.getAttribute('aria-describedby'))?.split(' ') ?? [];
  if (ids.length === 0) return 0;
  await expect(link).toHaveAccessibleDescription(words);
  const sentence = await page.locator(`[id="${ids[0]}"] .visually-hidden`).textContent();
  return Number(sentence?.match(/^\d+/)?.[0]);
}

/** "4e trimestre 2026": the quarter of today in Paris. */
function quarterLabel(): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const quarter = Math.floor((month - 1) / 3) + 1;
  return `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year}`;
}

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a manager’s console is grouped as their week runs; the loans badge counts the requests to answer', async ({
  browser,
}) => {
  // Something to answer: a member of the Médiathèque de Trégunc asks Konk Ar Lab for its 3D printer.
  const token = `nav-${Date.now().toString(36)}`;
  const start = 2400 + Math.floor(Math.random() * 2000);
  const borrower = await signedIn(browser, SITE, 'membre-tregunc@demo.test');
  await borrower.goto(`${SITE}/outils`);
  await borrower.getByLabel('Mots-clés').fill('imprimante');
  await borrower.getByRole('button', { name: 'Chercher' }).click();
  await borrower
    .getByRole('region', { name: 'Résultats' })
    .getByRole('link', { name: PRINTER })
    .first()
    .click();
  await expect(borrower.getByRole('heading', { level: 1 })).toHaveText(PRINTER);
  await borrower.locator('#from').fill(dayFromNow(start));
  await borrower.locator('#to').fill(dayFromNow(start + 2));
  await borrower.locator('#notes').fill(`Pour la navigation (${token})`);
  await borrower.getByRole('button', { name: 'Demander le prêt' }).click();
  await expect(borrower.getByText('Demande envoyée')).toBeVisible();

  const page = await signedIn(browser, ADMIN, 'gestionnaire@demo.test');
  await expect(menu(page).getByRole('heading')).toHaveText([
    'Ma semaine',
    'Ateliers',
    'Outils et prêts',
    'Activité et rapports',
    'Mon lieu et l’équipe',
  ]);
  const week = menu(page).getByRole('list', { name: 'Ma semaine' });
  await expect(week.getByRole('link')).toHaveText(['Accueil', 'Rendez-vous', 'Disponibilités']);
  await expect(week.getByRole('link', { name: 'Accueil' })).toHaveAttribute('aria-current', 'page');
  await expect(menu(page).getByRole('list', { name: 'Mon lieu et l’équipe' }).getByRole('link')).toHaveText([
    /^Fiche : Konk Ar Lab/,
    'Équipe',
    'Invitations',
    'SMS envoyés',
    'Webhooks',
  ]);
  // No network admin's links.
  await expect(menu(page).getByRole('link', { name: 'Financements' })).toHaveCount(0);
  // On a wide screen the groups stand side by side.
  const [first, second] = await Promise.all(
    ['Ma semaine', 'Ateliers'].map((name) => menu(page).getByRole('heading', { name }).boundingBox()),
  );
  expect(first?.y).toBe(second?.y);
  expect(second?.x ?? 0).toBeGreaterThan(first?.x ?? 0);
  await expectNoAxeViolation(page);

  const loans = await badgeCount(page, 'Prêts', /^\d+ demandes? à traiter$/);
  expect(loans).toBeGreaterThanOrEqual(1);
  await menu(page).getByRole('link', { name: 'Prêts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prêts d’outils');
  await expect(menu(page).getByRole('link', { name: 'Prêts', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('article').filter({ hasText: token })).toContainText('Demandé');
  // One "Accepter" per request the manager's place is asked to answer: what the badge counts.
  await expect(
    page.getByRole('region', { name: 'Prêts de vos lieux' }).getByRole('button', { name: 'Accepter' }),
  ).toHaveCount(await badgeCount(page, 'Prêts', /à traiter$/));
});

test('a network admin’s console is grouped by network, programme and data; reports to validate are counted', async ({
  browser,
}) => {
  // Something to validate: La Machinerie's manager opens and sends this quarter's report.
  const manager = await signedIn(browser, ADMIN, 'gestionnaire-b@demo.test');
  await manager.goto(`${ADMIN}/rapports`);
  const open = manager.getByRole('button', {
    name: `Ouvrir le bilan « ${quarterLabel()} » de La Machinerie`,
  });
  if ((await open.count()) > 0) {
    await open.click();
    await manager.getByLabel(/^Récit du trimestre/).fill('Un trimestre pour la navigation par tâche.');
    await manager.getByRole('button', { name: 'Envoyer le bilan pour validation' }).click();
    await expect(manager.getByText('Bilan envoyé à l’équipe du réseau.')).toBeVisible();
  }

  const page = await signedIn(browser, ADMIN, 'admin@demo.test');
  await expect(menu(page).getByRole('heading')).toHaveText(['Réseau', 'Programme', 'Données']);
  await expect(menu(page).getByRole('list', { name: 'Programme' }).getByRole('link')).toHaveText([
    'Financements',
    'Vagues',
    'Bilans',
    'Activité',
    'Coordination',
    'Journal',
  ]);
  await expect(menu(page).getByRole('list', { name: 'Données' }).getByRole('link')).toHaveText([
    'Tableaux de bord',
    'Données personnelles',
    'SMS envoyés',
    'Webhooks',
    'Boîte mail de développement',
  ]);
  // No manager's week.
  await expect(menu(page).getByRole('heading', { name: 'Ma semaine' })).toHaveCount(0);
  await expectNoAxeViolation(page);

  const toValidate = await badgeCount(page, 'Bilans', /^\d+ à valider$/);
  expect(toValidate).toBeGreaterThanOrEqual(1);
  await menu(page).getByRole('link', { name: 'Bilans', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilans d’activité');
  const queue = page.getByRole('region', { name: 'À valider' });
  await expect(queue.getByRole('link', { name: /La Machinerie$/ }).first()).toBeVisible();
  await expect(queue.getByRole('rowheader')).toHaveCount(await badgeCount(page, 'Bilans', /à valider$/));
});

test.describe('on a 320-pixel phone', () => {
  test('without JavaScript, the menu opens and its links work', async ({ browser }) => {
    const page = await signedIn(browser, ADMIN, 'gestionnaire@demo.test', {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    const loansLink = menu(page).getByRole('link', { name: 'Prêts', exact: true });
    await expect(loansLink).toBeHidden();
    const summary = menu(page).locator('summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('Menu');
    await summary.click();
    await expect(menu(page).getByRole('heading', { name: 'Outils et prêts' })).toBeVisible();
    await expect(loansLink).toBeVisible();
    await loansLink.click();
    await expect(page).toHaveURL(`${ADMIN}/prets`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prêts d’outils');
    // Closed again on the new page, the current page marked inside.
    await expect(loansLink).toBeHidden();
    await summary.click();
    await expect(loansLink).toHaveAttribute('aria-current', 'page');
  });

  test('the menu, open, passes axe and fits the screen', async ({ browser }) => {
    const page = await signedIn(browser, ADMIN, 'admin@demo.test', { viewport: { width: 320, height: 640 } });
    await menu(page).locator('summary').click();
    await expect(menu(page).getByRole('link', { name: 'Bilans', exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolation(page);
  });
});
