// Fresh data (issue 17, decision 063): network admins list the places whose record is older than six months;
// a place's manager confirms it "Toujours à jour" in one click from the place's page, and it leaves the list.
import { agePlaceRecord } from '../../../../../tests/e2e/database.ts';
import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

const PLACE = 'La Machinerie';

test('a stale record is listed for network admins and confirmed in one click by its manager', async ({
  browser,
}) => {
  const placeId = await agePlaceRecord(PLACE, '2025-01-10');

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@demo.test');
  await admin.goto('/lieux');
  await admin.getByRole('main').getByRole('link', { name: 'Fiches à mettre à jour' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Fiches à mettre à jour' })).toBeVisible();
  const row = admin.getByRole('row').filter({ hasText: PLACE });
  await expect(row).toContainText('10 janvier 2025');
  await expectNoAxeViolation(admin);

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, 'gestionnaire-b@demo.test');
  await manager.goto(`/lieux/${placeId}/fiche`);
  const freshness = manager.locator('#fraicheur');
  await expect(freshness.getByRole('heading', { name: 'Fraîcheur de la fiche' })).toBeVisible();
  await expect(freshness).toContainText('10 janvier 2025');
  await expect(freshness).toContainText('plus de six mois');
  await expectNoAxeViolation(manager);
  await freshness.getByRole('button', { name: 'Toujours à jour' }).click();
  await expect(manager.getByText('Merci : la fiche est datée d’aujourd’hui.')).toBeVisible();
  await expect(manager.locator('#fraicheur')).toContainText('La fiche est à jour.');
  // A second click (a double submit, a reload of the post) changes nothing and still says so.
  await manager.locator('#fraicheur').getByRole('button', { name: 'Toujours à jour' }).click();
  await expect(manager.getByText('Merci : la fiche est datée d’aujourd’hui.')).toBeVisible();

  await admin.reload();
  await expect(admin.getByRole('row').filter({ hasText: PLACE })).toHaveCount(0);

  // Another place's manager cannot confirm it: the page is refused.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'gestionnaire@demo.test');
  const response = await other.goto(`/lieux/${placeId}/fiche`);
  expect(response?.status()).toBe(403);
});
