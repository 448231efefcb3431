import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';

// A loan between places, across both apps (production builds on a throw-away database with the demo data,
// scripts/e2e.ts): the manager of La Machinerie finds the 3D printer Konk Ar Lab lends in the public
// catalogue and requests it for their place; Konk Ar Lab's manager approves it in the console, hands it
// over and records its return, the condition noted at each step. axe checks every page on the way.
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const PASSWORD = 'demo-fabriques-2026';
const PRINTER = 'Imprimante 3D Prusa MK4 (prêtable)';

async function signedInPage(browser: Browser, base: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

async function expectNoAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** A day far ahead, its own for this run (a loan approved on a run before must not overlap). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a place borrows a fabrique’s 3D printer: request, approval, hand-over and return', async ({
  browser,
}) => {
  const token = `run-${Date.now().toString(36)}`;
  const start = 200 + Math.floor(Math.random() * 2000);

  // The borrower finds the printer in the catalogue (GET filters) and asks for it.
  const borrower = await signedInPage(browser, SITE, 'gestionnaire-b@demo.test');
  await borrower.goto(`${SITE}/outils`);
  await expect(borrower.getByRole('heading', { level: 1 })).toHaveText('Outils à partager');
  await expectNoAxeViolation(borrower);
  await borrower.getByLabel('Mots-clés').fill('imprimante');
  await borrower.getByLabel('Près de').fill('Amiens');
  await borrower.getByRole('checkbox', { name: 'Seulement les outils prêtables' }).check();
  await borrower.getByRole('button', { name: 'Chercher' }).click();
  await expect(borrower).toHaveURL(/pret=1/);
  const results = borrower.getByRole('region', { name: 'Résultats' });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(PRINTER);
  await expect(first).toContainText('Konk Ar Lab');
  await expectNoAxeViolation(borrower);
  await first.getByRole('link', { name: PRINTER }).click();

  await expect(borrower.getByRole('heading', { level: 1 })).toHaveText(PRINTER);
  await expect(borrower.getByText(/300,00\s€/)).toBeVisible();
  await expectNoAxeViolation(borrower);
  await borrower.locator('#from').fill(dayFromNow(start));
  await borrower.locator('#to').fill(dayFromNow(start + 3));
  await borrower.locator('#notes').fill(`Pour l’atelier jeunes (${token})`);
  await borrower.getByRole('button', { name: 'Demander le prêt' }).click();
  await expect(borrower.getByText('Demande envoyée')).toBeVisible();
  await expectNoAxeViolation(borrower);

  // The same person books it for use on site; the slot then shows in the tool's availability.
  await borrower.locator('#day').fill(dayFromNow(start + 10));
  await borrower.locator('#startTime').fill('09:00');
  await borrower.locator('#endTime').fill('11:00');
  await borrower.getByRole('button', { name: 'Réserver ce créneau' }).click();
  await expect(borrower.getByText('Créneau réservé.', { exact: false })).toBeVisible();
  await expectNoAxeViolation(borrower);

  // The fabrique's manager approves, hands it over (condition required) and records its return.
  const lender = await signedInPage(browser, ADMIN, 'gestionnaire@demo.test');
  await lender.goto(`${ADMIN}/prets`);
  await expect(lender.getByRole('heading', { level: 1 })).toHaveText('Prêts d’outils');
  const loan = () => lender.getByRole('article').filter({ hasText: token });
  await expect(loan()).toContainText('Demandé');
  await expect(loan().getByRole('heading')).toContainText(`${PRINTER} — de Konk Ar Lab`);
  await expectNoAxeViolation(lender);
  await loan().getByRole('button', { name: 'Accepter' }).click();
  await expect(lender.getByText('Prêt mis à jour : Accepté.')).toBeVisible();

  await loan().getByRole('button', { name: 'Noter la remise' }).click();
  await expect(loan().getByText('Indiquez l’état de l’outil.')).toBeVisible();
  await expectNoAxeViolation(lender);
  await loan().getByLabel('État de l’outil').fill('Très bon état, deux bobines de PLA');
  await loan().getByRole('button', { name: 'Noter la remise' }).click();
  await expect(lender.getByText('Prêt mis à jour : Remis.')).toBeVisible();

  await loan().getByLabel('État de l’outil').fill('Bon état, buse à nettoyer');
  await loan().getByRole('button', { name: 'Noter le retour' }).click();
  await expect(lender.getByText('Prêt mis à jour : Rendu.')).toBeVisible();
  await expect(loan()).toContainText('Bon état, buse à nettoyer');
  await expect(loan().getByRole('button')).toHaveCount(0);
  await expectNoAxeViolation(lender);

  // The tool's page in the inventory keeps its loan history.
  await lender.goto(`${ADMIN}/outils`);
  await lender.getByRole('link', { name: `Modifier ${PRINTER}` }).click();
  const historyRow = lender.getByRole('row').filter({ hasText: 'Bon état, buse à nettoyer' });
  await expect(historyRow).toContainText('Rendu');
  await expect(historyRow).toContainText('Très bon état, deux bobines de PLA');
  await expectNoAxeViolation(lender);

  // The borrowing place follows its request in the console.
  const borrowerConsole = await signedInPage(browser, ADMIN, 'gestionnaire-b@demo.test');
  await borrowerConsole.goto(`${ADMIN}/prets`);
  const ours = borrowerConsole.getByRole('article').filter({ hasText: token });
  await expect(ours).toContainText('Rendu');
  await expect(ours).toContainText('Très bon état, deux bobines de PLA');
});

test('a tool that needs a training cannot be booked without a current qualification', async ({ browser }) => {
  const person = await signedInPage(browser, SITE, 'gestionnaire-b@demo.test');
  await person.goto(`${SITE}/outils?q=d%C3%A9coupeuse`);
  await person.getByRole('link', { name: 'Découpeuse laser 60 W' }).click();
  await expect(person.getByText('Formation demandée')).toBeVisible();
  await person.locator('#day').fill(dayFromNow(30));
  await person.locator('#startTime').fill('14:00');
  await person.locator('#endTime').fill('13:00');
  await person.getByRole('button', { name: 'Réserver ce créneau' }).click();
  await expect(person.getByText('La fin doit venir après le début.').first()).toBeVisible();
  await person.locator('#endTime').fill('16:00');
  await person.getByRole('button', { name: 'Réserver ce créneau' }).click();
  await expect(person.getByText('Cet outil demande une formation à jour.', { exact: false })).toBeVisible();
  await expectNoAxeViolation(person);
});

test('a manager adds a tool to the inventory, with errors next to the fields', async ({ browser }) => {
  const name = `Scanner 3D ${Date.now().toString(36)}`;
  const manager = await signedInPage(browser, ADMIN, 'gestionnaire@demo.test');
  await manager.goto(`${ADMIN}/outils`);
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Outils de mon lieu');
  await expectNoAxeViolation(manager);
  await manager.getByLabel('Caution en euros', { exact: false }).fill('douze');
  await manager.getByRole('button', { name: 'Ajouter l’outil' }).click();
  await expect(manager.getByText('Indiquez le nom de l’outil.').first()).toBeVisible();
  await expect(
    manager.getByText('Indiquez une caution en euros, par exemple 50 ou 12,50.').first(),
  ).toBeVisible();
  await expectNoAxeViolation(manager);
  await manager.getByLabel('Nom de l’outil', { exact: false }).fill(name);
  await manager.getByLabel('Caution en euros', { exact: false }).fill('120,50');
  await manager.getByRole('radio', { name: 'Prêtable' }).check();
  await manager.getByLabel('Statut').selectOption('published');
  await manager.getByRole('button', { name: 'Ajouter l’outil' }).click();
  await expect(manager.getByText('Outil enregistré.')).toBeVisible();
  await manager.getByRole('link', { name: `Modifier ${name}` }).click();
  await expect(manager.getByLabel('Caution en euros', { exact: false })).toHaveValue('120,5');
  await expectNoAxeViolation(manager);
});

test('a place shares a guide as a file; anyone finds it in the library and downloads it', async ({
  browser,
}) => {
  const title = `Kit badges découpe laser ${Date.now().toString(36)}`;
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const manager = await signedInPage(browser, ADMIN, 'gestionnaire@demo.test');
  await manager.goto(`${ADMIN}/ressources`);
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Partager une ressource');
  await expectNoAxeViolation(manager);

  // A web page renamed .pdf is refused, next to the file field.
  await manager.getByLabel('Titre', { exact: false }).fill(title);
  await manager.locator('#file').setInputFiles({
    name: 'kit.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><body>pas un PDF</body></html>'),
  });
  await manager.getByRole('button', { name: 'Partager la ressource' }).click();
  await expect(
    manager.getByText('Ce type de fichier n’est pas accepté', { exact: false }).first(),
  ).toBeVisible();
  await expectNoAxeViolation(manager);

  await manager.getByLabel('Titre', { exact: false }).fill(title);
  await manager.getByLabel('Type').selectOption('kit');
  await manager.locator('#file').setInputFiles({ name: 'kit.pdf', mimeType: 'application/pdf', buffer: pdf });
  await manager.getByRole('button', { name: 'Partager la ressource' }).click();
  await expect(manager.getByText('Ressource partagée.')).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${SITE}/ressources`);
  await expectNoAxeViolation(visitor);
  await visitor.getByLabel('Mots-clés').fill(title);
  await visitor.getByLabel('Type').selectOption('kit');
  await visitor.getByRole('button', { name: 'Chercher' }).click();
  const card = visitor.getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText('CC-BY-SA-4.0');
  await expect(card).toContainText('Partagé par Konk Ar Lab');
  const download = card.getByRole('link', { name: `Télécharger « ${title} » (PDF, 1 Ko)` });
  const href = await download.getAttribute('href');
  const response = await visitor.request.get(new URL(href ?? '', SITE).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).toString()).toBe(pdf.toString());
  await expectNoAxeViolation(visitor);
});
