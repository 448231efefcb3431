import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

const PLACE = 'Konk Ar Lab — le Fab Lab de la baie';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

test('a manager runs their own team: invites, promotes, demotes and removes, never the last manager', async ({
  browser,
}) => {
  const email = `recrue-${Date.now()}@demo.test`;
  const manager = await signedInPage(browser, 'gestionnaire@demo.test');
  await manager.getByRole('link', { name: 'Équipe', exact: true }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Mon équipe' })).toBeVisible();
  await expect(manager.getByRole('heading', { level: 2, name: `Équipe de ${PLACE}` })).toBeVisible();
  await expect(manager.getByRole('rowheader', { name: 'Gwenn Coordinatrice (vous)' })).toBeVisible();
  await expectNoAxeViolation(manager);

  // The only manager can neither step down nor leave: the page says why.
  await manager.getByRole('button', { name: 'Rendre Gwenn Coordinatrice membre' }).click();
  await expect(manager.getByText('c’est le dernier gestionnaire de ce lieu')).toBeVisible();
  await manager.getByRole('button', { name: 'Retirer l’accès de Gwenn Coordinatrice' }).click();
  await expect(manager.getByText('c’est le dernier gestionnaire de ce lieu')).toBeVisible();
  await expectNoAxeViolation(manager);

  // An invitation with a wrong address is refused next to the field; a right one is pending.
  await manager.getByLabel(`Adresse e-mail de la personne à inviter à ${PLACE}`).fill('pas-une-adresse');
  await manager.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(
    manager.getByLabel(`Adresse e-mail de la personne à inviter à ${PLACE}`),
  ).toHaveAccessibleDescription(/.+/);
  await manager.getByLabel(`Adresse e-mail de la personne à inviter à ${PLACE}`).fill(email);
  await manager.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(manager.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  await expect(manager.getByRole('table', { name: `Invitations en attente pour ${PLACE}` })).toContainText(
    email,
  );

  // The newcomer accepts (the link from the development mailbox, read by a network admin).
  const admin = await signedInPage(browser, 'admin@demo.test');
  await admin.goto('/boite-mail');
  const mail = admin.locator('article, li, section').filter({ hasText: email }).first();
  const href = await mail.locator('a[href*="/invitation?jeton="]').first().getAttribute('href');
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(href ?? '');
  await newcomer.getByLabel('Votre nom, tel que les autres le verront').fill('Yann Recrue');
  await newcomer.getByLabel('Mot de passe').fill('un-mot-de-passe-neuf');
  await newcomer.getByRole('button', { name: 'Créer mon compte et accepter' }).click();
  await newcomer.waitForURL((url) => url.pathname === '/espace');

  await manager.reload();
  const row = manager.getByRole('row').filter({ hasText: 'Yann Recrue' });
  await expect(row).toContainText('membre');
  await manager.getByRole('button', { name: 'Nommer Yann Recrue gestionnaire' }).click();
  await expect(manager.getByText('Le rôle est modifié.')).toBeVisible();
  await expect(row).toContainText('gestionnaire');
  await manager.getByRole('button', { name: 'Rendre Yann Recrue membre' }).click();
  await expect(row).toContainText('membre');
  await manager.getByRole('button', { name: 'Retirer l’accès de Yann Recrue' }).click();
  await expect(manager.getByText('L’accès au lieu a été retiré.')).toBeVisible();
  await expect(manager.getByRole('row').filter({ hasText: 'Yann Recrue' })).toHaveCount(0);
  await expectNoAxeViolation(manager);

  // The newcomer loses the place at once.
  await newcomer.reload();
  await expect(newcomer.getByText('Konk Ar Lab')).toHaveCount(0);
});

test('the team page is for a place’s managers only', async ({ browser }) => {
  const member = await signedInPage(browser, 'membre@demo.test');
  expect((await member.goto('/equipe'))?.status()).toBe(403);
  const admin = await signedInPage(browser, 'admin@demo.test');
  await expect(admin.getByRole('link', { name: 'Équipe', exact: true })).toHaveCount(0);
});
