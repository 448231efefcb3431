import { PASSWORD } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

// A fabrique's coordination work (Konk Ar Lab's manager), without JavaScript: the form is read with the
// procedure's schema, and each refused field says why next to itself.

test.use({ javaScriptEnabled: false });

test('a manager records a coordination action, told next to each field what to correct', async ({ page }) => {
  const title = `Comité ${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill('gestionnaire@demo.test');
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  await page.goto('/coordination');
  await expect(page.getByRole('heading', { level: 1, name: 'Actions de coordination' })).toBeVisible();

  // No title, and participants that are not a number: both refused, each next to its field.
  await page
    .getByRole('group', { name: /^Type d’action/ })
    .getByLabel('Animation de réseau')
    .check();
  await page.getByLabel('Nombre de participants').fill('beaucoup');
  await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
  await expect(page.getByLabel(/^Intitulé/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/^Intitulé/)).toHaveAccessibleDescription(/Indiquez l’intitulé de l’action/);
  await expect(page.getByLabel('Nombre de participants')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Nombre de participants')).toHaveAccessibleDescription(
    /Indiquez un nombre entier de participants/,
  );
  await expect(page.getByLabel('Nombre de participants')).toHaveValue('beaucoup');
  await expect(page.getByRole('link', { name: /Indiquez l’intitulé de l’action/ })).toHaveAttribute(
    'href',
    '#title',
  );

  // The kind's subtype is required.
  await page.getByLabel(/^Intitulé/).fill(title);
  await page.getByLabel('Nombre de participants').fill('12');
  await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
  await expect(page.getByLabel(/^Type d’animation/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/^Type d’animation/)).toHaveAccessibleDescription(/Précisez ce type d’action/);
  await expect(page.getByLabel(/^Intitulé/)).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(/^Type d’animation/).selectOption({ label: 'Comité' });
  await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
  await expect(page.getByText('Action enregistrée.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Animation de réseau — Comité');
  await expect(row).toContainText('12');

  // Changed: a duration of 0 minutes is refused next to its field; then the action is deleted.
  await row.getByRole('link', { name: /^Modifier/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier l’action' })).toBeVisible();
  await expect(page.getByLabel(/^Intitulé/)).toHaveValue(title);
  await page.getByLabel('Durée (en minutes)').fill('0');
  await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
  await expect(page.getByLabel('Durée (en minutes)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Durée (en minutes)')).toHaveAccessibleDescription(
    /Indiquez la durée en minutes \(1 ou plus\)/,
  );
  await page.getByLabel('Durée (en minutes)').fill('90');
  await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
  await expect(page.getByText('Action enregistrée.')).toBeVisible();
  await page
    .getByRole('row')
    .filter({ hasText: title })
    .getByRole('link', { name: /^Modifier/ })
    .click();
  await page.getByRole('button', { name: 'Supprimer cette action' }).click();
  await expect(page.getByText('Action supprimée.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0);
});
