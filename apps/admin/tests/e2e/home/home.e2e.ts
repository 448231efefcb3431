import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// Production builds on a throw-away database with the demo data (scripts/e2e.ts).
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('the console sends someone not signed in to the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(`${ADMIN}/connexion`);
  await expect(heading1(page)).toHaveText('Se connecter');
  await expectNoAxeViolation(page);
});

test('a manager’s home shows their place: profile, sessions, loans, tools and report', async ({ page }) => {
  await signIn(page, 'gestionnaire@demo.test');
  expect(page.url()).toBe(`${ADMIN}/`);
  await expect(page).toHaveTitle('Mes lieux — Console du Réseau Fabriques');
  await expect(heading1(page)).toHaveText('Mes lieux');
  const place = page.getByRole('region', { name: /^Konk Ar Lab/ });
  await expect(place.getByRole('heading', { level: 2 })).toContainText('Konk Ar Lab');
  await expect(place.getByText('Fiche remplie')).toBeVisible();
  await expect(place.getByRole('heading', { level: 3, name: 'Prochaines séances' })).toBeVisible();
  await expect(place.getByRole('heading', { level: 3, name: 'Demandes de prêt à traiter' })).toBeVisible();
  await expect(place.getByRole('heading', { level: 3, name: 'Équipements' })).toBeVisible();
  await expect(place.getByText('Bilan', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /^La Machinerie/ })).toHaveCount(0);
  await expectNoAxeViolation(page);
});

test('the manager of La Machinerie sees nothing of Konk Ar Lab', async ({ page }) => {
  await signIn(page, 'gestionnaire-b@demo.test');
  await expect(heading1(page)).toHaveText('Mes lieux');
  await expect(page.getByRole('heading', { level: 2, name: 'La Machinerie' })).toBeVisible();
  await expect(page.getByText(/Konk Ar Lab/)).toHaveCount(0);
  await expectNoAxeViolation(page);
});

test('a network admin’s home shows the network’s figures, invitations and audit log', async ({ page }) => {
  await signIn(page, 'admin@demo.test');
  await expect(page).toHaveTitle('Pilotage du réseau — Console du Réseau Fabriques');
  await expect(heading1(page)).toHaveText('Pilotage du réseau');
  await expect(page.getByText('Bilans à valider')).toBeVisible();
  await expect(page.getByText(/Labels attribués en \d{4}/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Invitations en attente' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dernières actions enregistrées' })).toBeVisible();
  await expectNoAxeViolation(page);
});

test('a network admin reads the development mailbox, links included', async ({ page }) => {
  // Something to read: a sign-in link asked on the site.
  const asker = await (await page.context().browser()?.newContext({ locale: 'fr-FR' }))?.newPage();
  if (!asker) throw new Error('no browser');
  await asker.goto(`${SITE}/connexion/lien-par-email`);
  await asker.getByLabel('Adresse e-mail').fill('observateur@demo.test');
  await asker.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(asker.getByRole('heading', { level: 1 })).toHaveText('Regardez vos e-mails');

  await signIn(page, 'admin@demo.test');
  await page.goto('/boite-mail');
  await expect(page).toHaveTitle('Boîte mail de développement — Console du Réseau Fabriques');
  await expect(heading1(page)).toHaveText('Boîte mail de développement');
  const message = page.getByRole('listitem').filter({ hasText: 'observateur@demo.test' }).first();
  await expect(message.getByRole('heading', { level: 2 })).toHaveText(
    'Votre lien de connexion au Réseau Fabriques',
  );
  await expect(message.getByText('Destinataire')).toBeVisible();
  await expect(message.locator('time')).toBeVisible();
  await expect(message.getByRole('link', { name: /\/connexion\/lien\?jeton=/ })).toHaveAttribute(
    'href',
    new RegExp(`^${SITE}/connexion/lien\\?jeton=`),
  );
  await expectNoAxeViolation(page);
});

test('an observer’s home shows validated aggregates only, without personal data', async ({ page }) => {
  await signIn(page, 'observateur@demo.test');
  await expect(page).toHaveTitle('Tableau de bord du réseau — Console du Réseau Fabriques');
  await expect(heading1(page)).toHaveText('Tableau de bord du réseau');
  await expect(page.getByRole('heading', { level: 2, name: 'Lieux publiés par région' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Indicateurs des bilans validés' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Totaux du réseau, sur tous les bilans validés' }),
  ).toBeVisible();
  const main = (await page.getByRole('main').textContent()) ?? '';
  expect(main).not.toContain('@');
  await expectNoAxeViolation(page);
});

test('an observer or a manager has no development mailbox', async ({ page }) => {
  await signIn(page, 'observateur@demo.test');
  const response = await page.goto('/boite-mail');
  expect(response?.status()).toBe(403);
  await expect(heading1(page)).toHaveText('Vous n’avez pas accès à cette page ou à cette action.');
  await expect(page.getByRole('link', { name: 'Boîte mail de développement' })).toHaveCount(0);
});

for (const [who, email] of [
  ['a resident', 'resident@demo.test'],
  ['a member', 'membre@demo.test'],
] as const) {
  test(`${who} is told kindly that the console is not for them, with a way to their space`, async ({
    page,
  }) => {
    await signIn(page, email);
    // Signing in on the console still lands them on their space on the site.
    expect(page.url()).toBe(`${SITE}/espace`);
    const response = await page.goto(`${ADMIN}/`);
    expect(response?.status()).toBe(403);
    await expect(page).toHaveTitle(
      'Cette console est réservée aux équipes des lieux et du réseau — Console du Réseau Fabriques',
    );
    await expect(heading1(page)).toHaveText('Cette console est réservée aux équipes des lieux et du réseau');
    await expectNoAxeViolation(page);
    await page.getByRole('link', { name: 'Aller à mon espace' }).click();
    await page.waitForURL(`${SITE}/espace`);
    await expect(heading1(page)).toHaveText('Mon espace');
  });
}
