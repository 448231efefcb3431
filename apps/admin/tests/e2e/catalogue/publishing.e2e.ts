import { expectNoAxeViolation, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// Publishing a weekly workshop from the console WITHOUT JavaScript (every form posts to its action):
// description, recurrence with plain fields, a preview, then the sessions, then publication; and from a
// member's space, with axe on each page (axe needs JavaScript in the page). Production builds on a
// throw-away database with the demo data (scripts/e2e.ts).
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';

/** A Tuesday three to four weeks ahead, as the date field expects it. */
function tuesdayInThreeWeeks(): string {
  const day = new Date(Date.now() + 21 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

async function previewWeeklyPlan(page: Page, firstDate: string) {
  const plan = page.getByRole('region', { name: 'Ajouter des séances' });
  await plan.getByLabel('Date de la première séance').fill(firstDate);
  await plan.getByLabel('Heure de début').fill('14:00');
  await plan.getByLabel('Heure de fin').fill('16:00');
  await plan.getByLabel('Chaque semaine, les jours cochés').check();
  await plan.getByLabel('mardi', { exact: true }).check();
  await plan.getByLabel('Après un nombre de séances').check();
  await plan.getByLabel('Nombre de séances', { exact: true }).fill('4');
  await plan.getByLabel('Nombre de places').fill('10');
  await plan.getByRole('button', { name: 'Voir l’aperçu' }).click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a manager creates a weekly workshop of 4 sessions, previews, creates them once, publishes it', async ({
    page,
  }) => {
    // Many pages and forms in one story, on a machine shared with other runs.
    test.slow();
    const title = `Atelier smartphone ${Date.now()}`;
    await signIn(page, 'gestionnaire@demo.test', ADMIN);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Ateliers' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ateliers et formations');

    await page.getByRole('link', { name: 'Nouvel atelier' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvel atelier ou formation');
    // Sent empty: the messages are next to the fields.
    await page.getByRole('button', { name: 'Créer l’atelier (brouillon)' }).click();
    await expect(page.getByText('Cochez au moins une thématique.').first()).toBeVisible();

    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Prendre en main un ordinateur, une tablette, un smartphone').check();
    await page.getByLabel('Nombre minimum de participants').fill('3');
    // Below the minimum the session is cancelled and its people told, unless the organiser only wants a warning.
    const belowMinimum = page.getByLabel('Si le minimum n’est pas atteint');
    await expect(belowMinimum).toHaveValue('cancel');
    await belowMinimum.selectOption({ label: 'me prévenir seulement' });
    await page.getByRole('button', { name: 'Créer l’atelier (brouillon)' }).click();
    await expect(page).toHaveURL(/\/ateliers\/[0-9a-f-]{36}\?cree=1/);
    await expect(page.getByText('Atelier créé en brouillon. Ajoutez maintenant ses séances.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByLabel('Si le minimum n’est pas atteint')).toHaveValue('warn');

    const firstDate = tuesdayInThreeWeeks();
    await previewWeeklyPlan(page, firstDate);

    const preview = page.getByRole('region', { name: /^Aperçu : 4 séances du / });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('listitem')).toHaveCount(4);
    for (const item of await preview.getByRole('listitem').all()) await expect(item).toContainText('mardi');
    for (const item of await preview.getByRole('listitem').all()) await expect(item).toContainText('14:00');

    await preview.getByRole('button', { name: 'Créer ces séances' }).click();
    await expect(page.getByText('4 séances ajoutées.')).toBeVisible();
    const sessions = page.getByRole('table', { name: `Séances de ${title}` });
    await expect(sessions.getByRole('row')).toHaveCount(5);
    await expect(sessions.getByRole('row').nth(1)).toContainText('0 / 10');

    // The same plan sent again (a second tab, a double submit) adds nothing: the preview says so first.
    await previewWeeklyPlan(page, firstDate);
    const again = page.getByRole('region', { name: /^Aperçu : 4 séances du / });
    await expect(again.getByText('déjà prévue, ne sera pas ajoutée')).toHaveCount(4);
    await again.getByRole('button', { name: 'Créer ces séances' }).click();
    await expect(
      page.getByText('4 séances étaient déjà prévues : elles n’ont pas été ajoutées une seconde fois.'),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: `Séances de ${title}` }).getByRole('row')).toHaveCount(5);

    await page.getByRole('button', { name: 'Publier' }).click();
    await expect(page.getByText('L’atelier est publié.')).toBeVisible();

    await page.getByRole('link', { name: 'Tous les ateliers' }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('Publié');
    await expect(row).toContainText('4');
  });

  test('a resident has no publishing space, and a manager of another place cannot open this one', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'resident@demo.test', SITE);
    await page.goto(`${SITE}/espace/ateliers`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réservé aux équipes des lieux');

    const other = await browser.newPage();
    await signIn(other, 'gestionnaire@demo.test', ADMIN);
    await other.goto(`${ADMIN}/ateliers`);
    const href = await other
      .getByRole('link', { name: 'Café numérique du mardi' })
      .first()
      .getAttribute('href');
    await other.close();
    const b = await browser.newPage();
    await signIn(b, 'gestionnaire-b@demo.test', ADMIN);
    const response = await b.goto(`${ADMIN}${href}`);
    // The published workshop is public, but only its place’s team (and network admins) may change it.
    expect(response?.status()).toBe(403);
    await b.close();
  });
});

test('a member publishes from their space and sees the sessions short of their minimum', async ({ page }) => {
  // Axe on five long pages.
  test.slow();
  await signIn(page, 'membre@demo.test', SITE);
  await page.goto(`${SITE}/espace`);
  await page.getByRole('link', { name: 'Publier un atelier' }).click();
  await expect(page).toHaveURL(/\/espace\/ateliers$/);
  // The demo's weekly café has nobody booked a few days ahead, for a minimum of 3.
  const warning = page
    .getByRole('alert')
    .or(page.getByRole('status'))
    .filter({ hasText: 'Séances sous le minimum' });
  await expect(warning.first()).toContainText('Café numérique du mardi');
  await expectNoAxeViolation(page);
  await page.getByRole('link', { name: 'Café numérique du mardi' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café numérique du mardi');
  await expect(page.getByText(/Sous le minimum \(0 sur 3\)/).first()).toBeVisible();
  await expectNoAxeViolation(page);

  // A plan with mistakes: the messages are next to the fields; then the preview (nothing created yet).
  const plan = page.getByRole('region', { name: 'Ajouter des séances' });
  await plan.getByLabel('Nombre de places').fill('2');
  await plan.getByRole('button', { name: 'Voir l’aperçu' }).click();
  await expect(plan.getByText('Indiquez une date valide. Exemple : 2026-11-24').first()).toBeVisible();
  await expectNoAxeViolation(page);
  await previewWeeklyPlan(page, tuesdayInThreeWeeks());
  await expect(page.getByRole('region', { name: /^Aperçu : 4 séances du / })).toBeVisible();
  await expectNoAxeViolation(page);
  // The café's minimum is 3: two seats could never reach it.
  await plan.getByLabel('Nombre de places').fill('2');
  await plan.getByRole('button', { name: 'Voir l’aperçu' }).click();
  await expect(
    page
      .getByText('Le nombre de places doit être au moins égal au minimum de participants de l’atelier.')
      .first(),
  ).toBeVisible();

  await page.goto(`${SITE}/espace/ateliers/nouveau`);
  await page.getByRole('button', { name: 'Créer l’atelier (brouillon)' }).click();
  await expect(page.getByText('Indiquez le titre.').first()).toBeVisible();
  await expectNoAxeViolation(page);
});
