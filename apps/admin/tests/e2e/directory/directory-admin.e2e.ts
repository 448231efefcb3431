import { fileURLToPath } from 'node:url';
import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

const EXAMPLE = fileURLToPath(
  new URL('../../../../../packages/domain/src/directory/fixtures/exemple-valide.csv', import.meta.url),
);

test('a manager fills in a missing field of their place and the completeness score goes up', async ({
  page,
}) => {
  await signIn(page, 'gestionnaire@demo.test');
  await page.getByRole('link', { name: /^Modifier la fiche de Konk Ar Lab/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Fiche de Konk Ar Lab');
  await expectNoAxeViolation(page);

  // Empty the accessibility notes: the score drops and says what is missing.
  const accessibility = page.getByLabel('Accessibilité (accès, aménagements)');
  const notes = await accessibility.inputValue();
  await accessibility.fill('');
  await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
  const completeness = page.locator('#completude');
  await expect(completeness).toContainText('À compléter : accessibilité.');
  const before = Number((await completeness.textContent())?.match(/(\d+) %/)?.[1]);

  // A wrong e-mail is shown next to its field, nothing is lost.
  await page.getByLabel('Adresse e-mail de contact').fill('pas-une-adresse');
  await accessibility.fill(notes || 'Atelier de plain-pied.');
  await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(page.getByText('Cette adresse e-mail n’est pas valide').first()).toBeVisible();
  await expectNoAxeViolation(page);

  await page.getByLabel('Adresse e-mail de contact').fill('');
  await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
  await expect(completeness).not.toContainText('accessibilité');
  const after = Number((await completeness.textContent())?.match(/(\d+) %/)?.[1]);
  expect(after).toBeGreaterThan(before);
});

test('a manager cannot open the profile of another place, nor the import', async ({ page }) => {
  await signIn(page, 'gestionnaire-b@demo.test');
  const response = await page.goto('/lieux/import');
  expect(response?.status()).toBe(403);
});

test('a network admin imports the standard’s example: preview line by line, then commit', async ({
  page,
}) => {
  await signIn(page, 'admin@demo.test');
  await page.getByRole('link', { name: 'Importer des lieux' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des lieux' })).toBeVisible();
  await expectNoAxeViolation(page);

  await page.getByLabel(/Fichier au standard/).setInputFiles(EXAMPLE);
  await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
  await expect(page.getByRole('heading', { name: 'Aperçu de l’import de exemple-valide.csv' })).toBeVisible();
  const row = page.getByRole('row', { name: /Anonymal/ });
  await expect(row).toContainText('structure-1');
  await expect(row).toContainText(/Création|Inchangé/);
  await expectNoAxeViolation(page);

  if ((await row.textContent())?.includes('Création')) {
    await page.getByRole('button', { name: 'Confirmer l’import' }).click();
    await expect(page.getByText(/Import terminé : 1 lieu\(x\) créé\(s\)/)).toBeVisible();
    await expectNoAxeViolation(page);
  }

  // Importing the same file again changes nothing.
  await page.getByLabel(/Fichier au standard/).setInputFiles(EXAMPLE);
  await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
  await expect(page.getByRole('row', { name: /Anonymal/ })).toContainText('Inchangé');
  await expect(page.getByText('Rien à importer : toutes les lignes sont déjà à jour.')).toBeVisible();
});
