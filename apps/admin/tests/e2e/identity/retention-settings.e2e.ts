import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// A network admin changes how long residents' personal data is kept (decision 034) from the console, and
// the public "Données personnelles" page of the site says the new period. The periods are restored at the
// end, so the other tests (the site's privacy.e2e.ts reads "90 jours") see the defaults.
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const ATTENDED = 'Inscriptions et rendez-vous des personnes venues ou attendues (en jours)';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

async function saveAttendedDays(page: Page, days: string) {
  await page.goto('/donnees-personnelles');
  await page.getByLabel(ATTENDED).fill(days);
  await page.getByRole('button', { name: 'Enregistrer les durées' }).click();
}

test('a network admin changes how long attended bookings are kept; the public page says it', async ({
  browser,
}) => {
  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.getByRole('link', { name: 'Données personnelles', exact: true }).click();
  await expect(
    admin.getByRole('heading', { level: 1, name: 'Durées de conservation des données personnelles' }),
  ).toBeVisible();
  await expect(admin).toHaveTitle(/^Durées de conservation des données personnelles — Console/);
  await expect(admin.getByLabel(ATTENDED)).toHaveValue('90');
  await expect(admin.getByText('Entre 30 et 1095 jours ; 90 par défaut.')).toBeVisible();
  await expectNoAxeViolation(admin);

  // Out of bounds: the field says so, nothing is saved.
  await saveAttendedDays(admin, '10');
  await expect(
    admin.getByText('Indiquez un nombre entier compris entre les bornes indiquées.'),
  ).toBeVisible();
  await expect(admin.getByLabel(ATTENDED)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolation(admin);

  try {
    await saveAttendedDays(admin, '120');
    await expect(admin.getByRole('status')).toContainText('Les durées de conservation sont enregistrées.');
    await expect(admin.getByLabel(ATTENDED)).toHaveValue('120');
    await expectNoAxeViolation(admin);

    const site = await (await browser.newContext()).newPage();
    await site.goto(`${SITE}/donnees-personnelles`);
    await expect(
      site.getByRole('row', { name: /venus ou attendus.*120 jours après la séance/ }),
    ).toBeVisible();
  } finally {
    await saveAttendedDays(admin, '90');
    await expect(admin.getByRole('status')).toContainText('Les durées de conservation sont enregistrées.');
    await expect(admin.getByLabel(ATTENDED)).toHaveValue('90');
  }
});

test('a manager has no link to the periods and is refused the page', async ({ browser }) => {
  const manager = await signedIn(browser, 'gestionnaire@demo.test');
  await expect(manager.getByRole('link', { name: 'Données personnelles', exact: true })).toHaveCount(0);
  const response = await manager.goto('/donnees-personnelles');
  expect(response?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form saves as a plain post and says so', async ({ browser }) => {
    const admin = await signedIn(browser, 'admin@demo.test');
    await saveAttendedDays(admin, '90');
    await expect(admin).toHaveURL(/\/donnees-personnelles\?enregistre$/);
    await expect(admin.getByRole('status')).toContainText('Les durées de conservation sont enregistrées.');
    await saveAttendedDays(admin, '12.5');
    await expect(
      admin.getByText('Indiquez un nombre entier compris entre les bornes indiquées.'),
    ).toBeVisible();
  });
});
