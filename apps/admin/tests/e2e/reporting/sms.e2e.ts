import AxeBuilder from '@axe-core/playwright';
import {
  bookingStatuses,
  createFloodableSessions,
  releaseHeldSms,
} from '../../../../../tests/e2e/database.ts';
import { mobile } from '../../../../../tests/e2e/phone.ts';
import { PASSWORD } from '../../../../../tests/e2e/support.ts';
import { expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// Decision 040, as a resident with a phone and no e-mail lives it, without JavaScript: they book with a
// mobile number; the SMS (in the development SMS mailbox, which the network admin reads in the console)
// carries a short link; following it and answering "j'annule" gives the seat to the next person in line,
// who is told by SMS. The session is one of its own (createFloodableSessions), with one seat.

const SITE = process.env.E2E_SITE_URL ?? 'http://localhost:3100';

async function book(page: Page, sessionPath: string, firstName: string, phone: string) {
  await page.goto(`${SITE}${sessionPath}`);
  await page.getByRole('textbox', { name: /^Prénom/ }).fill(firstName);
  await page.getByLabel('Numéro de téléphone').fill(phone);
  await page.getByLabel(/J’accepte que le lieu garde/).check();
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
}

/** The SMS to a number in the console's development mailbox, once the worker has sent it. */
async function smsTo(admin: Page, e164: string, startsWith: string): Promise<string> {
  const card = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('heading', { name: `SMS au ${e164}` }) });
  await expect(async () => {
    await releaseHeldSms();
    await admin.goto('/boite-mail');
    await expect(card.filter({ hasText: startsWith })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  return (await card.filter({ hasText: startsWith }).innerText()).trim();
}

test('a resident books with a mobile number, gets the SMS, and cancels from its link; the next person is told', async ({
  browser,
}) => {
  const [sessionPath] = await createFloodableSessions(1, 1);
  const sessionId = sessionPath?.split('/').pop() as string;
  const yvonne = mobile();
  const gael = mobile();

  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await book(resident, sessionPath as string, 'Yvonne', yvonne.typed);
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText('C’est fait : vous êtes inscrit·e');
  await expect(resident.getByText('Vous allez recevoir un SMS avec ce lien')).toBeVisible();
  const next = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await book(next, sessionPath as string, 'Gaël', gael.typed);
  await expect(next.getByText(/liste d’attente/i).first()).toBeVisible();

  // The network admin reads the development SMS mailbox.
  const admin = await (await browser.newContext()).newPage();
  await admin.goto('/connexion');
  await admin.getByLabel('Adresse e-mail').fill('admin@demo.test');
  await admin.getByLabel('Mot de passe').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Se connecter' }).click();
  await admin.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  const confirmation = await smsTo(admin, yvonne.e164, 'Inscription confirmée');
  const results = await new AxeBuilder({ page: admin }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations).toEqual([]);
  const link = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{22}/.exec(confirmation)?.[0] as string;
  expect(link).toBeTruthy();

  // The short link opens the private page; "j'annule" is one tap there, without JavaScript.
  await resident.goto(link);
  await expect(resident).toHaveURL(/\/reservation\//);
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText('Mon inscription');
  await resident.getByRole('button', { name: 'Oui, j’annule mon inscription' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText('Votre inscription est annulée');

  // The seat goes to the next person in line, who is told by SMS.
  expect(await bookingStatuses(sessionId)).toEqual({ Yvonne: 'cancelled', Gaël: 'confirmed' });
  const promotion = await smsTo(admin, gael.e164, 'Une place pour vous');
  // Gaël answers from the link of that SMS: "Je viens", one tap, without JavaScript.
  const gaelLink = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{22}/.exec(promotion)?.[0] as string;
  await next.goto(gaelLink);
  await next.getByRole('button', { name: 'Je viens' }).click();
  await expect(next.getByText('Merci : le lieu sait que vous venez.')).toBeVisible();

  // The SMS are counted for the place; the network admin may cap them (a wrong number is refused in words).
  await admin.goto('/sms');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('SMS envoyés aux habitants');
  const row = admin.getByRole('row').filter({ hasText: /Electrolab/ });
  expect(Number((await row.getByRole('cell').first().innerText()).replace(/\s/g, ''))).toBeGreaterThanOrEqual(
    3,
  );
  const cap = row.getByRole('textbox', { name: /Plafond de SMS par mois pour Electrolab/ });
  await cap.fill('beaucoup');
  await row.getByRole('button', { name: 'Enregistrer le plafond' }).click();
  await expect(admin.getByText('Indiquez un nombre entier de SMS').first()).toBeVisible();
  await cap.fill('');
  await row.getByRole('button', { name: 'Enregistrer le plafond' }).click();
  await expect(admin.getByText('Plafond enregistré.')).toBeVisible();
  const page = await new AxeBuilder({ page: admin }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(page.violations).toEqual([]);

  // A short link that does not exist is a plain 404.
  expect((await resident.request.get(`${SITE}/r/${'x'.repeat(22)}`)).status()).toBe(404);
});
