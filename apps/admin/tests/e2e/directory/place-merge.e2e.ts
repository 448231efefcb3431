import { fileURLToPath } from 'node:url';
import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const FACADE = fileURLToPath(new URL('./fixtures/facade.jpg', import.meta.url));

// Each test walks through several pages with an axe check on most: more than the default budget on a busy
// machine.
test.slow();

async function createPlace(page: Page, name: string) {
  await page.goto('/lieux');
  await page.getByLabel('Nom du lieu').fill(name);
  await page.getByLabel(/^Adresse/).fill('3 rue Vauban');
  await page.getByLabel('Code postal').fill('29900');
  await page.getByLabel('Code INSEE de la commune').fill('29039');
  await page.getByRole('button', { name: 'Créer le lieu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gérer ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByText('Statut actuel : Publié')).toBeVisible();
  return new URL(page.url()).pathname;
}

test('a network admin merges a duplicate place into the one kept; its old address leads there', async ({
  page,
}) => {
  const word = `Zorglub${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
  const kept = `Fabrique ${word}`;
  const duplicate = `Atelier ${word}`;
  await signIn(page, 'admin@demo.test');
  const keptPath = await createPlace(page, kept);
  await createPlace(page, duplicate);
  // The duplicate holds a label: it moves with the merge.
  await page.getByRole('combobox', { name: /^Label/ }).selectOption({ label: 'France Services' });
  await page.locator('#grantedOn').fill('2026-01-15');
  await page.getByRole('button', { name: 'Attribuer le label' }).click();
  await expect(page.getByRole('rowheader', { name: 'France Services' })).toBeVisible();

  await page.getByRole('link', { name: 'Fusionner avec un autre lieu…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Fusionner « ${duplicate} » avec un autre lieu`,
  );
  await page.getByLabel('Nom du lieu à conserver').fill(word.toLowerCase());
  await page.getByRole('button', { name: 'Chercher' }).click();
  await expectNoAxeViolation(page);
  await page.getByRole('link', { name: `Conserver ${kept}` }).click();

  // The preview says what moves before anything is done.
  await expect(page.getByRole('heading', { level: 2, name: /^Aperçu/ })).toBeVisible();
  const labels = page.getByRole('row', { name: /Labels/ });
  await expect(labels.getByRole('cell')).toHaveText('1');
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: `Fusionner dans « ${kept} »` }).click();

  await expect(page).toHaveURL(new RegExp(`${keptPath}\\?fusionne$`));
  await expect(page.getByText('Les deux lieux ont été fusionnés')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'France Services' })).toBeVisible();
  await expectNoAxeViolation(page);

  // The duplicate's public address redirects, for good, to the kept place's page.
  const slug = word.toLowerCase();
  const old = await page.request.get(`${SITE}/lieux/atelier-${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toBe(`/lieux/fabrique-${slug}`);
  await page.goto(`${SITE}/lieux/atelier-${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: kept })).toBeVisible();
});

test('a manager adds a photo of their place, makes it the cover, and residents see it', async ({ page }) => {
  const alt = 'La façade bleue du Konk Ar Lab';
  await signIn(page, 'gestionnaire@demo.test');
  await page.getByRole('link', { name: /^Modifier la fiche de Konk Ar Lab/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Photos' })).toBeVisible();

  // Not a photo, no description: both are said next to their field.
  await page.locator('#photo').setInputFiles({
    name: 'plan.png',
    mimeType: 'image/png',
    buffer: Buffer.from('%PDF-1.7 a plan, not a photo'),
  });
  await page.getByRole('button', { name: 'Ajouter la photo' }).click();
  await expect(page.getByText('Ce fichier n’est pas une photo JPEG, PNG ou WebP.')).toBeVisible();
  await expect(page.getByText('Décrivez la photo en quelques mots.')).toBeVisible();
  await expect(page.locator('#photo')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolation(page);

  await page.locator('#photo').setInputFiles(FACADE);
  await page.getByLabel(/^Description de la photo/).fill(alt);
  await page.getByRole('button', { name: 'Ajouter la photo' }).click();
  await expect(page.getByText('Photo ajoutée.')).toBeVisible();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
  await page.getByRole('button', { name: `Mettre en couverture la photo « ${alt} »` }).click();
  await expect(page.getByText('Photos enregistrées.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Photo de couverture' })).toContainText(alt);
  await expectNoAxeViolation(page);

  // On the public page: the cover first, with its text alternative, really served.
  await page.goto(`${SITE}/lieux/konk-ar-lab`);
  const cover = page.getByRole('img', { name: alt });
  await expect(cover).toBeVisible();
  // Re-encoded on upload (decision 035): one WebP rendition, never enlarged past the 480 px photo. (Its
  // naturalWidth follows `sizes`, 40rem: the density of a 480w candidate in a 640 px box.)
  await expect(cover).toHaveAttribute('srcset', /-480\.webp 480w$/);
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => (img.naturalWidth > 0 ? img.currentSrc : '')))
    .toMatch(/-480\.webp$/);
  await expectNoAxeViolation(page);

  // Tidy up: the demo place keeps only its own photo.
  await page.goBack();
  await page.getByRole('button', { name: `Supprimer la photo « ${alt} »` }).click();
  await expect(page.getByText('Photos enregistrées.')).toBeVisible();
  await expect(page.getByRole('img', { name: alt })).toHaveCount(0);
});
