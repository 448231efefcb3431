import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

test('a manager invites a newcomer, who creates an account from the e-mailed link and joins the place', async ({
  browser,
}) => {
  const invited = `nouvelle-${Date.now()}@demo.test`;

  const manager = await signedInPage(browser, 'gestionnaire@demo.test');
  await manager.goto('/invitations');
  await expectNoAxeViolation(manager);
  await manager.getByLabel('Adresse e-mail de la personne').fill(invited);
  await manager.getByLabel('Rôle').selectOption('member');
  await manager.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(manager.getByText(`Invitation envoyée à ${invited}.`)).toBeVisible();
  await expect(manager.getByRole('rowheader', { name: invited })).toBeVisible();

  // No SMTP server in the embedded default: the e-mail waits in the development mailbox.
  const admin = await signedInPage(browser, 'admin@demo.test');
  await admin.goto('/boite-mail');
  const message = admin.locator('article, li, section').filter({ hasText: invited }).first();
  const href = await message.locator('a[href*="/invitation?jeton="]').first().getAttribute('href');
  expect(href).toContain(`${SITE}/invitation?jeton=`);

  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(href ?? '');
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Invitation' })).toBeVisible();
  await expect(newcomer.getByText('en tant que membre')).toBeVisible();
  await expectNoAxeViolation(newcomer);
  await newcomer.getByRole('button', { name: 'Créer mon compte et accepter' }).click();
  await expect(newcomer.getByText('Indiquez votre nom.').first()).toBeVisible();
  await newcomer.getByLabel('Votre nom, tel que les autres le verront').fill('Nadia');
  await newcomer.getByLabel('Mot de passe').fill('un-mot-de-passe-neuf');
  await newcomer.getByRole('button', { name: 'Créer mon compte et accepter' }).click();
  await newcomer.waitForURL(`${SITE}/espace`);
  await expect(newcomer.getByText('Konk Ar Lab').first()).toBeVisible();

  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(href ?? '');
  await expect(again.getByText('Cette invitation n’est plus valable')).toBeVisible();
});

test('a manager cannot give a network role', async ({ browser }) => {
  const manager = await signedInPage(browser, 'gestionnaire@demo.test');
  await manager.goto('/invitations');
  const roles = await manager.getByLabel('Rôle').locator('option').allTextContents();
  expect(roles).toEqual(['membre', 'gestionnaire']);
});
