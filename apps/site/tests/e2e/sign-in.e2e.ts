import { expectNoAxeViolation, PASSWORD } from '../../../../tests/e2e/support.ts';
import { type Browser, devices, expect, type Page, test } from '../../../../tests/e2e/test.ts';

// Production builds on a throw-away database with the demo data (scripts/e2e.ts).
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const ADMIN = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto(`${SITE}/connexion`);
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('public home', () => {
  test.use({ timezoneId: 'America/Cayenne' });

  test('shows the network in figures, the next workshops and fabriques, and passes axe', async ({ page }) => {
    // Dates and numbers are formatted on the server and again in the browser: they must agree (no
    // hydration error), whatever the browser's time zone.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    await page.goto('/');
    await expect(page).toHaveTitle('Réseau Fabriques — tiers-lieux et Fabriques de territoire');
    await expect(heading1(page)).toHaveText('Les tiers-lieux près de chez vous');
    await expect(page.getByRole('heading', { level: 2, name: 'Le réseau en chiffres' })).toBeVisible();
    await expect(page.getByText('Fabriques de territoire', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Prochains ateliers' })).toBeVisible();
    const fabriques = page.getByRole('region', { name: 'Des Fabriques de territoire du réseau' });
    await expect(fabriques.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
    await expectNoAxeViolation(page);
    expect(errors).toEqual([]);
  });
});

test.describe('signing in lands on each role’s home', () => {
  test('a resident lands on their space, with their bookings and a way to find a workshop', async ({
    page,
  }) => {
    await signIn(page, 'resident@demo.test');
    expect(page.url()).toBe(`${SITE}/espace`);
    await expect(page).toHaveTitle('Mon espace — Réseau Fabriques');
    await expect(heading1(page)).toHaveText('Mon espace');
    await expect(page.getByRole('heading', { level: 2, name: 'Mes prochaines inscriptions' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Trouver un atelier' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mes lieux' })).toHaveCount(0);
    await expectNoAxeViolation(page);
  });

  test('a member lands on their space, with their place’s next sessions', async ({ page }) => {
    await signIn(page, 'membre@demo.test');
    expect(page.url()).toBe(`${SITE}/espace`);
    await expect(heading1(page)).toHaveText('Mon espace');
    await expect(page.getByRole('heading', { level: 2, name: 'Mes lieux' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Konk Ar Lab' })).toBeVisible();
    await expect(page.getByText('Votre rôle : membre')).toBeVisible();
    await expectNoAxeViolation(page);
  });

  test('a manager lands on the admin console, on their place', async ({ page }) => {
    await signIn(page, 'gestionnaire@demo.test');
    expect(page.url()).toBe(`${ADMIN}/`);
    await expect(heading1(page)).toHaveText('Mes lieux');
    await expect(page.getByRole('heading', { level: 2, name: 'Konk Ar Lab' })).toBeVisible();
  });

  test('the manager of La Machinerie sees their place, not Konk Ar Lab', async ({ page }) => {
    await signIn(page, 'gestionnaire-b@demo.test');
    expect(page.url()).toBe(`${ADMIN}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'La Machinerie' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Konk Ar Lab' })).toHaveCount(0);
  });

  test('a network admin lands on the network steering page', async ({ page }) => {
    await signIn(page, 'admin@demo.test');
    expect(page.url()).toBe(`${ADMIN}/`);
    await expect(heading1(page)).toHaveText('Pilotage du réseau');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Dernières actions enregistrées' }),
    ).toBeVisible();
  });

  test('an observer lands on the network dashboard', async ({ page }) => {
    await signIn(page, 'observateur@demo.test');
    expect(page.url()).toBe(`${ADMIN}/`);
    await expect(heading1(page)).toHaveText('Tableau de bord du réseau');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Indicateurs des bilans validés' }),
    ).toBeVisible();
  });
});

test.describe('sign-in errors', () => {
  test('a wrong password is said in plain French next to the form, and the e-mail stays', async ({
    page,
  }) => {
    await page.goto('/connexion');
    await expect(page).toHaveTitle('Connexion — Réseau Fabriques');
    await expectNoAxeViolation(page);
    await submitSignIn(page, 'resident@demo.test', 'pas-le-bon-mot-de-passe');
    await expect(page.getByRole('alert')).toContainText(
      'Adresse e-mail ou mot de passe incorrect. Vérifiez-les et réessayez.',
    );
    await expect(page.getByLabel('Adresse e-mail')).toHaveValue('resident@demo.test');
    await expectNoAxeViolation(page);
  });

  test('missing fields are listed in an error summary linked to the fields, and pass axe', async ({
    page,
  }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByText('Indiquez votre adresse e-mail.').first()).toBeVisible();
    await expect(page.getByText('Indiquez votre mot de passe.').first()).toBeVisible();
    await expectNoAxeViolation(page);
  });

  test('ten wrong passwords in a row get the rate-limit message', async ({ page }) => {
    // A dedicated address: the limit counts failures per address, and must not lock out other tests.
    const email = `limite-${Date.now()}@demo.test`;
    await page.goto('/connexion');
    for (let attempt = 1; attempt <= 10; attempt++) {
      await submitSignIn(page, email, `mauvais-mot-de-passe-${attempt}`);
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await expect(page.getByRole('alert')).toContainText('Trop de tentatives');
    await expect(page.getByLabel('Adresse e-mail')).toHaveValue(email);
    await expectNoAxeViolation(page);
  });
});

test('sign-out returns to the public home, and the member space then asks to sign in', async ({ page }) => {
  await signIn(page, 'membre@demo.test');
  await expect(heading1(page)).toHaveText('Mon espace');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(`${SITE}/`);
  await expect(heading1(page)).toHaveText('Les tiers-lieux près de chez vous');
  await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
  await page.goto('/espace');
  await expect(page).toHaveURL(/\/connexion/);
  await expect(heading1(page)).toHaveText('Se connecter');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole sign-in flow works: error, sign-in, space, sign-out', async ({ page }) => {
    await page.goto('/connexion');
    await submitSignIn(page, 'membre@demo.test', 'pas-le-bon-mot-de-passe');
    await expect(page.getByRole('alert')).toContainText('Adresse e-mail ou mot de passe incorrect');
    await expect(page.getByLabel('Adresse e-mail')).toHaveValue('membre@demo.test');

    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${SITE}/espace`);
    await expect(heading1(page)).toHaveText('Mon espace');
    await expect(page.getByRole('heading', { level: 3, name: 'Konk Ar Lab' })).toBeVisible();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${SITE}/`);
    await page.goto('/espace');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('a manager signing in on the site reaches the admin console', async ({ page }) => {
    await signIn(page, 'gestionnaire@demo.test');
    expect(page.url()).toBe(`${ADMIN}/`);
    await expect(heading1(page)).toHaveText('Mes lieux');
  });
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'fr-FR' })).newPage();
}

test('magic link: asked on the site, read in the development mailbox, opened, confirmed, signed in', async ({
  page,
  browser,
}) => {
  const email = 'resident@demo.test';
  await page.goto('/connexion/lien-par-email');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(heading1(page)).toHaveText('Regardez vos e-mails');
  const askedAt = Date.now();

  // No SMTP server in e2e: a network admin reads the e-mail in the console's development mailbox.
  const admin = await newPage(browser);
  await admin.goto(`${ADMIN}/connexion`);
  await submitSignIn(admin, 'admin@demo.test', PASSWORD);
  await admin.waitForURL(`${ADMIN}/`);
  await admin.getByRole('link', { name: 'Boîte mail de développement' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Boîte mail de développement');
  const message = admin
    .getByRole('listitem')
    .filter({ hasText: email })
    .filter({ has: admin.getByRole('heading', { name: 'Votre lien de connexion au Réseau Fabriques' }) })
    .first();
  const link = message.getByRole('link', { name: /\/connexion\/lien\?jeton=/ });
  const href = await link.getAttribute('href');
  expect(href).toMatch(new RegExp(`^${SITE}/connexion/lien\\?jeton=`));
  const received = await message.locator('time').getAttribute('datetime');
  expect(Date.parse(received ?? '')).toBeGreaterThan(askedAt - 60_000);

  await page.goto(href ?? '');
  await expect(heading1(page)).toHaveText('Connexion par lien');
  await page.getByRole('button', { name: 'Me connecter' }).click();
  await page.waitForURL(`${SITE}/espace`);
  await expect(heading1(page)).toHaveText('Mon espace');
});

test.describe('on a phone', () => {
  // Pixel 5 screen, touch and user agent; the browser stays the configured Chromium.
  const { defaultBrowserType: _, ...pixel5 } = devices['Pixel 5'];
  test.use({ ...pixel5, locale: 'fr-FR' });

  test('a member signs in and reads their space on a small screen', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolation(page);
    await signIn(page, 'membre@demo.test');
    await expect(heading1(page)).toHaveText('Mon espace');
    await expect(page.getByRole('heading', { level: 3, name: 'Konk Ar Lab' })).toBeVisible();
    // Nothing wider than the screen but the tables, which scroll inside their own region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolation(page);
  });
});
