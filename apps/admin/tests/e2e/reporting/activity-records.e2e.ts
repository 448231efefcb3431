import { expectNoAxeViolation, PHONE, signIn } from '../../../../../tests/e2e/support.ts';
import { expect, test } from '../../../../../tests/e2e/test.ts';

// Activity records write themselves from attendance: a manager takes attendance of yesterday's workshop
// on a phone, finds its record pre-filled under "À compléter", adds the counts by gender and saves; another
// attended workshop is saved in one click. Production builds on a throw-away database with the demo data
// (scripts/e2e.ts, packages/db/src/seed/demo-reporting.ts): Konk Ar Lab held "Atelier : sécuriser son
// smartphone" yesterday (four people booked, attendance not taken) and five days ago (two seen).
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';
const WORKSHOP = 'Atelier : sécuriser son smartphone';

test.describe('on a phone', () => {
  test.use(PHONE);

  test('a manager takes attendance, then completes and saves the pre-filled record', async ({ page }) => {
    await signIn(page, 'gestionnaire@demo.test', ADMIN);
    await page
      .getByRole('region', { name: /^Konk Ar Lab/ })
      .getByRole('link', { name: new RegExp(`^Noter les présences de ${WORKSHOP}`) })
      .click();
    await expect(page).toHaveURL(/\/seances\/[0-9a-f-]{36}\/presences$/);
    for (const name of ['Gwenaëlle', 'Hervé', 'Inès'])
      await page.getByRole('group', { name }).getByLabel('Présent·e').tap();
    await page.getByRole('group', { name: 'Jean-Yves' }).getByLabel('Absent·e').tap();
    await page.getByRole('button', { name: 'Enregistrer les présences' }).tap();
    await expect(page.getByText('Présences enregistrées.')).toBeVisible();

    // The workshop is now to complete, with its record filled in from the attendance.
    await page.goto(`${ADMIN}/activite`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activité');
    const toComplete = page.getByRole('region', { name: 'À compléter' });
    const yesterday = toComplete.getByRole('article').filter({ hasText: '3 personnes présentes' });
    await expect(yesterday.getByRole('heading', { name: WORKSHOP })).toBeVisible();
    await expect(yesterday.getByText('Thèmes : Se protéger en ligne, Prendre en main')).toBeVisible();
    // Nothing makes the page wider than the phone (the records' table scrolls inside its own region).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolation(page);

    await yesterday.getByRole('link', { name: /^Compléter/ }).tap();
    await expect(page).toHaveURL(/\/activite\/nouveau\?.*seance=[0-9a-f-]{36}/);
    await expect(
      page.getByRole('group', { name: /^Type d’activité/ }).getByLabel('Atelier collectif'),
    ).toBeChecked();
    await expect(page.getByLabel('Durée (en minutes)')).toHaveValue('120');
    await expect(page.getByRole('checkbox', { name: 'Se protéger en ligne' })).toBeChecked();
    const collective = page.getByRole('group', { name: 'Pour un atelier collectif' });
    await expect(collective.getByLabel('Titre de l’atelier')).toHaveValue(WORKSHOP);
    await expect(collective.getByLabel('Nombre de participants')).toHaveValue('3');
    await expectNoAxeViolation(page);

    // Completes it: the counts by gender, anonymous numbers adding up to the participants.
    const genre = collective.getByRole('group', { name: 'Genre' });
    await genre.getByLabel('Femme').fill('2');
    await genre.getByLabel('Homme').fill('1');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).tap();

    await expect(page).toHaveURL(/\/activite\?lieu=[0-9a-f-]{36}&enregistre$/);
    await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
    await expect(toComplete.getByRole('article').filter({ hasText: '3 personnes présentes' })).toHaveCount(0);
    const row = page.getByRole('row').filter({ hasText: WORKSHOP });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: /^Modifier/ }).tap();
    const saved = page
      .getByRole('group', { name: 'Pour un atelier collectif' })
      .getByRole('group', { name: 'Genre' });
    await expect(saved.getByLabel('Femme')).toHaveValue('2');
    await expect(saved.getByLabel('Homme')).toHaveValue('1');

    // The other attended workshop is saved as it is, in one tap.
    await page.goto(`${ADMIN}/activite`);
    const earlier = toComplete.getByRole('article').filter({ hasText: '2 personnes présentes' });
    await earlier.getByRole('button', { name: /^Enregistrer/ }).tap();
    await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
    await expect(toComplete.getByRole('article').filter({ hasText: '2 personnes présentes' })).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: WORKSHOP })).toHaveCount(2);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form says in French, next to the field, what to correct', async ({ page }) => {
    await signIn(page, 'gestionnaire@demo.test', ADMIN);
    await page.goto(`${ADMIN}/activite/nouveau`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle fiche d’activité');
    // A refused field says why next to itself: marked invalid, the message in its description.
    await page.getByLabel('Durée (en minutes)').fill('0');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(page.getByLabel('Durée (en minutes)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Durée (en minutes)')).toHaveAccessibleDescription(
      /Indiquez la durée en minutes, entre 1 et 1440/,
    );
    await expect(page.getByRole('link', { name: /Indiquez la durée en minutes/ })).toHaveAttribute(
      'href',
      '#durationMinutes',
    );
    await page.getByLabel('Durée (en minutes)').fill('45');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();

    const themes = page.getByRole('group', { name: /^Thèmes : médiation numérique/ });
    await expect(themes.getByText('Choisissez au moins un thème.')).toBeVisible();
    await expect(page.getByLabel('Durée (en minutes)')).toHaveValue('45');
    await expect(page.getByLabel('Durée (en minutes)')).not.toHaveAttribute('aria-invalid', 'true');

    // A workshop whose breakdown does not add up: the message goes to that breakdown.
    await page
      .getByRole('group', { name: /^Type d’activité/ })
      .getByLabel('Atelier collectif')
      .check();
    await page.getByRole('checkbox', { name: 'Utiliser ses e-mails' }).check();
    const collective = page.getByRole('group', { name: 'Pour un atelier collectif' });
    await collective.getByLabel('Nombre de participants').fill('5');
    await collective.getByRole('group', { name: 'Genre' }).getByLabel('Femme').fill('2');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(
      collective
        .getByRole('group', { name: 'Genre' })
        .getByText('Le total de cette répartition doit être égal au nombre de participants.'),
    ).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Utiliser ses e-mails' })).toBeChecked();

    // A number that is not one is refused on its own field (`countsByGenre.masculin`).
    const genre = collective.getByRole('group', { name: 'Genre' });
    await genre.getByLabel('Femme').fill('4');
    await genre.getByLabel('Homme').fill('un');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(genre.getByLabel('Homme')).toHaveAttribute('aria-invalid', 'true');
    await expect(genre.getByLabel('Homme')).toHaveAccessibleDescription(
      /Indiquez un nombre entier de personnes/,
    );
    await expect(genre.getByLabel('Femme')).toHaveValue('4');
  });
});
