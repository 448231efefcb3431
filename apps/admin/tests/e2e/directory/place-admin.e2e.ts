import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';

test('a network admin creates a place, labels it, publishes it, and residents find it', async ({ page }) => {
  // A place of our own (demo places stay as they are); a made-up word keeps it unique across runs.
  const word = `Zorglub${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
  const name = `Atelier ${word}`;
  await signIn(page, 'admin@demo.test');
  await page.getByRole('link', { name: 'Lieux', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lieux du réseau' })).toBeVisible();
  await expectNoAxeViolation(page);

  // A wrong postal code is shown next to its field, nothing typed is lost.
  await page.getByLabel('Nom du lieu').fill(name);
  await page.getByLabel(/^Adresse/).fill('3 rue Vauban');
  await page.getByLabel('Code postal').fill('299');
  await page.getByLabel('Code INSEE de la commune').fill('29039');
  await page.getByRole('button', { name: 'Créer le lieu' }).click();
  await expect(page.getByText('Le code postal fait 5 chiffres').first()).toBeVisible();
  await expect(page.getByLabel('Nom du lieu')).toHaveValue(name);
  await expectNoAxeViolation(page);
  await page.getByLabel('Code postal').fill('29900');
  await page.getByRole('button', { name: 'Créer le lieu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gérer ${name}` })).toBeVisible();
  await expect(page.getByText('Lieu créé en brouillon.')).toBeVisible();
  await expectNoAxeViolation(page);

  // A label with dates; an end before the grant is refused next to its field.
  await page.getByRole('combobox', { name: /^Label/ }).selectOption({ label: 'France Services' });
  await page.locator('#grantedOn').fill('2026-01-15');
  await page.locator('#endsOn').fill('2025-01-01');
  await page.getByRole('button', { name: 'Attribuer le label' }).click();
  await expect(page.getByText('La fin du label ne peut pas précéder son attribution.').first()).toBeVisible();
  await page.locator('#endsOn').fill('');
  await page.getByRole('button', { name: 'Attribuer le label' }).click();
  await expect(page.getByText('Modification enregistrée.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'France Services' })).toBeVisible();

  // A hub is led only by a fabrique: the choices offered are fabriques.
  await expect(page.getByLabel('Fabrique du lieu')).toBeVisible();

  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByText('Statut actuel : Publié')).toBeVisible();
  await expectNoAxeViolation(page);

  // The list finds it by name and status.
  await page.goto(`/lieux?q=${word.toLowerCase()}&statut=published`);
  await expect(page.getByRole('link', { name })).toBeVisible();

  // Residents find it on the public site.
  await page.goto(`${SITE}/lieux?q=${encodeURIComponent(word.toLowerCase())}`);
  await expect(page.getByRole('link', { name: new RegExp(name) }).first()).toBeVisible();
});

test('a manager never sees the place actions', async ({ page }) => {
  await signIn(page, 'gestionnaire@demo.test');
  await expect(page.getByRole('link', { name: 'Lieux', exact: true })).toHaveCount(0);
  expect((await page.goto('/lieux'))?.status()).toBe(403);
  await page.goto('/');
  const profile = page.getByRole('link', { name: /^Modifier la fiche de Konk Ar Lab/ });
  const href = (await profile.getAttribute('href')) ?? '';
  const placeId = href.split('/')[2] ?? '';
  expect((await page.goto(`/lieux/${placeId}`))?.status()).toBe(403);
});
