import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

async function openPerson(admin: Page, email: string) {
  await admin.goto('/personnes');
  await admin.getByLabel('Rechercher par nom ou adresse e-mail').fill(email);
  await admin.getByRole('button', { name: 'Rechercher' }).click();
  // The unfiltered list may already show this person: wait for the search itself, then take their row.
  await admin.waitForURL((url) => url.searchParams.get('q') === email);
  const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: email }) });
  await row.getByRole('rowheader').getByRole('link').click();
  await admin.waitForURL(/\/personnes\/[0-9a-f-]{36}$/);
  await expect(admin.getByText(email).first()).toBeVisible();
}

test('a network admin removes a member’s access to a place; the member loses it at once', async ({
  browser,
}) => {
  // A newcomer of our own, so the shared demo accounts keep their places for the other tests.
  const email = `equipe-${Date.now()}@demo.test`;
  const admin = await signedInPage(browser, 'admin@demo.test');
  await admin.goto('/invitations');
  await admin.getByLabel('Adresse e-mail de la personne').fill(email);
  await admin
    .getByLabel('Lieu', { exact: true })
    .selectOption({ label: 'Konk Ar Lab — le Fab Lab de la baie' });
  await admin.getByLabel('Rôle').selectOption('member');
  await admin.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  // With JavaScript the form posts by fetch: leaving before the answer would cancel the invitation.
  await expect(admin.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  await admin.goto('/boite-mail');
  const mail = admin.locator('article, li, section').filter({ hasText: email }).first();
  const href = await mail.locator('a[href*="/invitation?jeton="]').first().getAttribute('href');
  const member = await (await browser.newContext()).newPage();
  await member.goto(href ?? '');
  await member.getByLabel('Votre nom, tel que les autres le verront').fill('Morgane Équipe');
  await member.getByLabel('Mot de passe').fill('un-mot-de-passe-neuf');
  await member.getByRole('button', { name: 'Créer mon compte et accepter' }).click();
  await member.waitForURL((url) => url.pathname === '/espace');
  await expect(member.getByText('Konk Ar Lab').first()).toBeVisible();

  await openPerson(admin, email);
  await expectNoAxeViolation(admin);
  await admin.getByRole('button', { name: /^Retirer l’accès à Konk Ar Lab/ }).click();
  await expect(admin.getByText('L’accès au lieu a été retiré.')).toBeVisible();
  await expect(admin.getByText('Cette personne n’appartient à aucun lieu.')).toBeVisible();

  await member.reload();
  await expect(member.getByText('Konk Ar Lab')).toHaveCount(0);
});

test('the last network admin cannot be removed, and the page says why', async ({ browser }) => {
  const admin = await signedInPage(browser, 'admin@demo.test');
  await admin.goto('/personnes');
  await expectNoAxeViolation(admin);
  await openPerson(admin, 'admin@demo.test');
  await admin.getByRole('button', { name: 'Retirer du réseau (administrateur du réseau)' }).click();
  await expect(admin.getByText('c’est le dernier administrateur du réseau')).toBeVisible();
  await expectNoAxeViolation(admin);
  await expect(
    admin.getByRole('button', { name: 'Retirer du réseau (administrateur du réseau)' }),
  ).toBeVisible();
});
