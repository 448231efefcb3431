import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// Decision 071, without JavaScript: a resident books an appointment at Konk Ar Lab (demo data) with an
// e-mail address; the place's manager cancels it from the day's list with a reason, sees it marked
// cancelled by the place, and the resident's notice (the place's words, the reason, where to book again)
// is in the development mailbox that the network admin reads.
const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';

test.use({ javaScriptEnabled: false });

async function signedInPage(browser: Browser, email: string, javaScriptEnabled = false): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  return page;
}

/** Books any free slot on the public site (other runs book on the same demo data); its Paris day. */
async function bookAnySlot(page: Page, email: string): Promise<string> {
  await page.goto(`${SITE}/lieux/konk-ar-lab/rendez-vous`);
  await page.getByRole('radio', { name: 'Sur place' }).check();
  await page.getByRole('button', { name: 'Voir les créneaux' }).click();
  const days = page.getByRole('region', { name: '2. Choisissez un jour' });
  await expect(days.getByRole('link').first()).toBeVisible();
  await days.getByRole('link').first().click();
  const times = page.getByRole('region', { name: /^3\. Choisissez une heure/ });
  await expect(times.getByRole('link').first()).toBeVisible();
  const count = await times.getByRole('link').count();
  await times
    .getByRole('link')
    .nth(Math.floor(Math.random() * count))
    .click();
  await page.getByRole('textbox', { name: /^Prénom/ }).fill('Soizic');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/J’accepte que le lieu garde/).check();
  await page.getByRole('button', { name: 'Je prends ce rendez-vous' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rendez-vous confirmé');
  const link = await page.getByRole('link', { name: 'Voir ou annuler mon rendez-vous' }).getAttribute('href');
  await page.goto(`${SITE}${link}`);
  const startsAt = (await page.locator('time').first().getAttribute('datetime')) as string;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date(startsAt));
}

test('a manager cancels an appointment with a reason; the resident is told in the place’s words', async ({
  browser,
}) => {
  const email = `annule-par-le-lieu-${Date.now()}@test.fr`;
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const day = await bookAnySlot(resident, email);

  const manager = await signedInPage(browser, 'gestionnaire@demo.test');
  await manager.goto(`/rendez-vous?jour=${day}`);
  const row = manager.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  // Axe runs in the page: checked in a browser with JavaScript, the disclosure open.
  const checker = await signedInPage(browser, 'gestionnaire@demo.test', true);
  await checker.goto(`/rendez-vous?jour=${day}`);
  await checker.getByRole('row').filter({ hasText: email }).getByText('Annuler ce rendez-vous').click();
  await expectNoAxeViolation(checker);

  // The form sits in a disclosure, opened without JavaScript.
  await row.getByText('Annuler ce rendez-vous').click();
  await row.getByLabel('Motif pour la personne (facultatif)').fill('Notre médiatrice est malade');
  await row.getByRole('button', { name: 'Confirmer l’annulation' }).click();

  await expect(manager.getByText(/^Rendez-vous annulé\. La personne est prévenue/)).toBeVisible();
  const cancelled = manager.getByRole('row').filter({ hasText: email });
  await expect(cancelled).toContainText('Annulé par le lieu');
  await expect(cancelled).toContainText('Motif : Notre médiatrice est malade');
  await expect(cancelled.getByRole('button', { name: 'Confirmer l’annulation' })).toHaveCount(0);
  await checker.goto(`/rendez-vous?jour=${day}&annule=cancelled`);
  await expect(checker.getByText(/^Rendez-vous annulé\. La personne est prévenue/)).toBeVisible();
  await expectNoAxeViolation(checker);

  // The notice, sent by the worker, in the development mailbox.
  const admin = await signedInPage(browser, 'admin@demo.test');
  const message = admin.locator('article, li, section').filter({ hasText: email });
  await expect(async () => {
    await admin.goto('/boite-mail');
    await expect(message.filter({ hasText: 'Rendez-vous annulé par le lieu' }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  const notice = message.filter({ hasText: 'Rendez-vous annulé par le lieu' }).first();
  await expect(notice).toContainText('Le lieu précise : « Notre médiatrice est malade »');
  await expect(notice).toContainText('/lieux/konk-ar-lab/rendez-vous');
});
