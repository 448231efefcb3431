import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// A manager opens a médiateur's availability from the console, sees it listed, deactivates it, and
// looks at the day view of appointments.

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

test('a manager opens an availability, with errors shown next to the fields, then deactivates it', async ({
  browser,
}) => {
  // A start time of its own, so the row is this run's even when the suite runs again on the same data.
  const start = `07:${String(10 + Math.floor(Math.random() * 50)).padStart(2, '0')}`;
  const summary = `samedi, de ${start} à 12:00`;
  const manager = await signedInPage(browser, 'gestionnaire@demo.test');
  await manager.goto('/disponibilites');
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Disponibilités pour les rendez-vous');
  await expectNoAxeViolation(manager);

  // No day ticked and the end before the start: both said at once, next to their fields.
  const form = manager
    .locator('form')
    .filter({ has: manager.getByRole('button', { name: 'Ajouter la disponibilité' }) });
  await form.getByRole('checkbox', { name: 'mardi' }).uncheck();
  await form.getByRole('checkbox', { name: 'jeudi' }).uncheck();
  await form.locator('#startTime').fill('12:00');
  await form.locator('#endTime').fill('10:00');
  await form.getByRole('button', { name: 'Ajouter la disponibilité' }).click();
  await expect(manager.getByText('Cochez au moins un jour.').first()).toBeVisible();
  await expect(manager.getByText('L’heure de fin doit venir après l’heure de début.').first()).toBeVisible();
  await expectNoAxeViolation(manager);

  await form.getByRole('checkbox', { name: 'samedi' }).check();
  await form.locator('#startTime').fill(start);
  await form.locator('#endTime').fill('12:00');
  await form.getByRole('radio', { name: '60 minutes' }).check();
  await form.getByRole('checkbox', { name: 'À domicile' }).check();
  await form.getByRole('button', { name: 'Ajouter la disponibilité' }).click();
  await expect(manager.getByText('Disponibilité enregistrée.')).toBeVisible();
  const row = manager.getByRole('row').filter({ hasText: summary });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('60 min');
  await expect(row).toContainText('À domicile');

  await row.getByRole('button', { name: 'Désactiver' }).click();
  await expect(
    manager.getByRole('row').filter({ hasText: summary }).getByRole('button', { name: 'Réactiver' }),
  ).toBeVisible();

  // The day view of appointments.
  await manager.getByRole('link', { name: 'Rendez-vous' }).first().click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Rendez-vous');
  await expectNoAxeViolation(manager);
});
