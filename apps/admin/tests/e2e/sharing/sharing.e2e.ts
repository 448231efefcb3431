import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// Sharing across both apps (production builds on a throw-away database with the demo data, scripts/e2e.ts):
// a member of the Médiathèque de Trégunc (a tiers-lieu) finds the 3D printer of the nearest fabrique, Konk
// Ar Lab, in the public catalogue and requests it for their place from the tool's page, then follows it in
// their member space; Konk Ar Lab's manager approves it in the console, hands it over and records its
// return, the condition noted at each step. Also: qualifications, tool photos, resources. axe checks every
// page on the way.
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const PRINTER = 'Imprimante 3D Prusa MK4 (prêtable)';
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function signedInPage(browser: Browser, base: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

/** A day far ahead, its own for this run (a loan approved on a run before must not overlap). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a member of a tiers-lieu borrows the nearest fabrique’s 3D printer: request, approval, hand-over and return', async ({
  browser,
}) => {
  const token = `run-${Date.now().toString(36)}`;
  const start = 200 + Math.floor(Math.random() * 2000);

  // A member (not a manager) of the Médiathèque de Trégunc finds the printer of the nearest fabrique.
  const borrower = await signedInPage(browser, SITE, 'membre-tregunc@demo.test');
  await borrower.goto(`${SITE}/outils`);
  await expect(borrower.getByRole('heading', { level: 1 })).toHaveText('Outils à partager');
  await expectNoAxeViolation(borrower);
  await borrower.getByLabel('Mots-clés').fill('imprimante');
  await borrower.getByLabel('Près de').fill('Trégunc');
  await borrower.getByRole('checkbox', { name: 'Seulement les outils prêtables' }).check();
  await borrower.getByRole('button', { name: 'Chercher' }).click();
  await expect(borrower).toHaveURL(/pret=1/);
  await expect(borrower.getByText('Du plus proche au plus loin de Trégunc.')).toBeVisible();
  const results = borrower.getByRole('region', { name: 'Résultats' });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(PRINTER);
  await expect(first).toContainText('Konk Ar Lab');
  await expectNoAxeViolation(borrower);
  await first.getByRole('link', { name: PRINTER }).click();

  await expect(borrower.getByRole('heading', { level: 1 })).toHaveText(PRINTER);
  await expect(borrower.getByText(/300\s€/)).toBeVisible();
  await expect(borrower.getByRole('table', { name: /^Disponibilité en / })).toBeVisible();
  await expectNoAxeViolation(borrower);
  await expect(borrower.getByLabel('Pour le lieu')).toHaveValue(/.+/);
  await expect(borrower.getByLabel('Pour le lieu').locator('option')).toHaveText(['Médiathèque de Trégunc']);
  await borrower.locator('#from').fill(dayFromNow(start));
  await borrower.locator('#to').fill(dayFromNow(start + 3));
  await borrower.locator('#notes').fill(`Pour l’atelier jeunes (${token})`);
  await borrower.getByRole('button', { name: 'Demander le prêt' }).click();
  await expect(borrower.getByText('Demande envoyée')).toBeVisible();
  await expectNoAxeViolation(borrower);

  // The same person books it for use on site; the day then shows as booked in the month grid.
  const toolUrl = borrower.url();
  const slotDay = dayFromNow(start + 10);
  await borrower.locator('#day').fill(slotDay);
  await borrower.locator('#startTime').fill('09:00');
  await borrower.locator('#endTime').fill('11:00');
  await borrower.getByRole('button', { name: 'Réserver ce créneau' }).click();
  await expect(borrower.getByText('Créneau réservé.', { exact: false })).toBeVisible();
  await borrower.goto(`${toolUrl.split('?')[0]}?mois=${slotDay.slice(0, 7)}`);
  await expect(borrower.locator(`td:has(time[datetime="${slotDay}"])`)).toContainText('réservé');
  await expectNoAxeViolation(borrower);

  // The request is followed in the member space.
  await borrower.goto(`${SITE}/espace`);
  await borrower.getByRole('link', { name: 'Mes demandes de prêt' }).click();
  await expect(borrower.getByRole('heading', { level: 1 })).toHaveText('Mes demandes de prêt');
  // This request's row: other tests may ask for the same printer at other dates.
  const firstDay = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(`${dayFromNow(start)}T12:00:00Z`),
  );
  const request = borrower.getByRole('row').filter({ hasText: PRINTER }).filter({ hasText: firstDay });
  await expect(request).toContainText('Demandé');
  await expect(request).toContainText('Konk Ar Lab');
  await expectNoAxeViolation(borrower);

  // The fabrique's manager approves, hands it over (condition required) and records its return.
  const lender = await signedInPage(browser, ADMIN, 'gestionnaire@demo.test');
  await lender.goto(`${ADMIN}/prets`);
  await expect(lender.getByRole('heading', { level: 1 })).toHaveText('Prêts d’outils');
  const loan = () => lender.getByRole('article').filter({ hasText: token });
  await expect(loan()).toContainText('Demandé');
  await expect(loan().getByRole('heading')).toContainText(`${PRINTER} — de Konk Ar Lab`);
  await expect(loan().getByRole('heading')).toContainText('à Médiathèque de Trégunc');
  await expectNoAxeViolation(lender);
  await loan().getByRole('button', { name: 'Accepter' }).click();
  await expect(lender.getByText('Prêt mis à jour : Accepté.')).toBeVisible();

  // Approved, the loan's days show as lent on the tool's calendar.
  await borrower.goto(`${toolUrl.split('?')[0]}?mois=${dayFromNow(start + 1).slice(0, 7)}`);
  await expect(borrower.locator(`td:has(time[datetime="${dayFromNow(start + 1)}"])`)).toContainText(
    'en prêt',
  );

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

  // The member sees the request returned in their space.
  await borrower.goto(`${SITE}/espace/prets`);
  await expect(request).toContainText('Rendu');
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
  await expect(
    person.getByText('Cet outil demande une formation à jour : « Initiation à la découpe laser ».', {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolation(person);

  // Konk Ar Lab's manager records the training Bastien did elsewhere; he can then book the cutter.
  const manager = await signedInPage(browser, ADMIN, 'gestionnaire@demo.test');
  await manager.goto(`${ADMIN}/outils`);
  await manager.getByRole('link', { name: 'Modifier Découpeuse laser 60 W' }).click();
  await manager.getByRole('link', { name: 'Personnes formées à cet outil' }).click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Personnes formées');
  await expectNoAxeViolation(manager);
  await manager.getByLabel('Adresse e-mail de son compte', { exact: false }).fill('personne@nulle-part.test');
  await manager.getByLabel('Formée le', { exact: false }).fill(dayFromNow(-1));
  await manager.getByRole('button', { name: 'Ajouter la qualification' }).click();
  await expect(
    manager.getByText('Aucun compte n’utilise cette adresse.', { exact: false }).first(),
  ).toBeVisible();
  await expectNoAxeViolation(manager);
  await manager.getByLabel('Adresse e-mail de son compte', { exact: false }).fill('gestionnaire-b@demo.test');
  await manager.getByLabel('Formée le', { exact: false }).fill(dayFromNow(-1));
  await manager.getByLabel('Valable jusqu’au', { exact: false }).fill(dayFromNow(365));
  await manager.getByRole('button', { name: 'Ajouter la qualification' }).click();
  await expect(manager.getByText('Qualification enregistrée.')).toBeVisible();
  await expect(manager.getByRole('row').filter({ hasText: 'gestionnaire-b@demo.test' })).toContainText(
    'Jusqu’au',
  );

  await person.locator('#day').fill(dayFromNow(30));
  await person.locator('#startTime').fill('14:00');
  await person.locator('#endTime').fill('16:00');
  await person.getByRole('button', { name: 'Réserver ce créneau' }).click();
  await expect(person.getByText('Créneau réservé.', { exact: false })).toBeVisible();

  // Revoked, the qualification is gone from the list.
  await manager
    .getByRole('button', { name: /^Retirer la qualification de / })
    .filter({ hasText: 'Bastien' })
    .click();
  await expect(manager.getByText('Qualification retirée.')).toBeVisible();
  await expect(manager.getByRole('row').filter({ hasText: 'gestionnaire-b@demo.test' })).toHaveCount(0);
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

  // A photo: a disguised file is refused next to the field, a PNG is kept (as WebP) and shown in the catalogue.
  await manager.locator('#photo-file').setInputFiles({
    name: 'scanner.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html>pas une image</html>'),
  });
  await manager.getByLabel('Description de la photo', { exact: false }).fill('Le scanner sur son pied');
  await manager.getByRole('button', { name: 'Enregistrer la photo' }).click();
  await expect(manager.getByText('Ce fichier n’est pas une photo JPEG, PNG ou WebP.').first()).toBeVisible();
  await expectNoAxeViolation(manager);
  await manager
    .locator('#photo-file')
    .setInputFiles({ name: 'scanner.png', mimeType: 'image/png', buffer: PNG });
  await manager.getByLabel('Description de la photo', { exact: false }).fill('Le scanner sur son pied');
  await manager.getByRole('button', { name: 'Enregistrer la photo' }).click();
  await expect(manager.getByText('Photo enregistrée.')).toBeVisible();
  await expect(manager.getByRole('img', { name: 'Le scanner sur son pied' })).toBeVisible();
  await expectNoAxeViolation(manager);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${SITE}/outils?q=${encodeURIComponent(name)}`);
  const card = visitor.getByRole('listitem').filter({ hasText: name });
  const image = card.getByRole('img', { name: 'Le scanner sur son pied' });
  await expect(image).toBeVisible();
  const response = await visitor.request.get(
    new URL((await image.getAttribute('src')) ?? '', SITE).toString(),
  );
  // Re-encoded on upload without its metadata (decision 035).
  expect(response.headers()['content-type']).toBe('image/webp');
  await expectNoAxeViolation(visitor);
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

  // The place's manager edits it, then deletes it: gone from the library, its file too.
  await manager.goto(`${ADMIN}/ressources`);
  await manager.getByRole('link', { name: `Modifier « ${title} »` }).click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Modifier une ressource');
  await expectNoAxeViolation(manager);
  await manager.getByLabel('Titre', { exact: false }).fill('');
  await manager.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(manager.getByText('Indiquez le titre de la ressource.').first()).toBeVisible();
  await manager.getByLabel('Titre', { exact: false }).fill(`${title} (v2)`);
  await manager.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(manager.getByText('Ressource partagée.')).toBeVisible();
  await manager.getByRole('link', { name: `Modifier « ${title} (v2) »` }).click();
  await manager.getByRole('button', { name: `Supprimer « ${title} (v2) »` }).click();
  await expect(manager.getByText('Ressource supprimée.')).toBeVisible();
  await expect(manager.getByRole('link', { name: `Modifier « ${title} (v2) »` })).toHaveCount(0);
  expect((await visitor.request.get(new URL(href ?? '', SITE).toString())).status()).toBe(404);
});
