import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { touchPlace } from '../../../../../tests/e2e/database.ts';
import { expectNoAxeViolation, PASSWORD } from '../../../../../tests/e2e/support.ts';
import { type Browser, expect, type Page, test } from '../../../../../tests/e2e/test.ts';

// A network admin registers a webhook for the network's other tools (decision 061) in the console, a place
// changes, the delivery reaches a local HTTP server signed with the secret the console showed, the delivery
// log says "Reçu", "Renvoyer" sends the same event again, and "Changer le secret" shows a new secret with
// which (and with the old one, for 24 hours) the next delivery is signed. The subscription is deactivated at
// the end, so the other tests' changes are not sent anywhere. (The worker of `pnpm e2e` runs with
// WEBHOOKS_ALLOW_LOCAL=1.)
const PLACE = 'La Machinerie';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let receiver: Server;
let url: string;
const received: Received[] = [];

test.beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/reseau/hook`;
});
test.afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/connexion'));
  return page;
}

/** The deliveries about this place (other tests may change other places meanwhile). */
const about = (placeId: string) =>
  received.filter(
    (request) => (JSON.parse(request.body) as { data?: { place_id?: string } }).data?.place_id === placeId,
  );

test('a network admin registers a webhook, sees its signed delivery in the log and sends it again', async ({
  browser,
}) => {
  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.goto('/integrations/webhooks');
  await expect(admin.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(admin).toHaveTitle(/^Webhooks — Console/);
  await expectNoAxeViolation(admin);

  // No event chosen: the form says so, in French, and keeps the address.
  await admin.getByLabel('Adresse de réception').fill(url);
  await admin.getByRole('button', { name: 'Enregistrer l’abonnement' }).click();
  await expect(admin.getByText('Choisissez au moins un événement.').first()).toBeVisible();
  await expect(admin.getByLabel('Adresse de réception')).toHaveValue(url);

  await admin.getByLabel('Événements de').selectOption({ label: 'Tout le réseau' });
  await admin.getByLabel('Fiche du lieu modifiée').check();
  await admin.getByRole('button', { name: 'Enregistrer l’abonnement' }).click();
  await expect(admin.getByText('Abonnement enregistré.')).toBeVisible();
  const secret = (await admin.getByTestId('webhook-secret').textContent()) ?? '';
  expect(secret).toMatch(/^whsec_/);
  const subscriptionPath = new URL(admin.url()).pathname;
  await expectNoAxeViolation(admin);

  try {
    const placeId = await touchPlace(PLACE);
    await expect.poll(() => about(placeId).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const [first] = about(placeId);
    if (!first) throw new Error('nothing received');
    const timestamp = first.headers['webhook-timestamp'] as string;
    const expected = createHmac('sha256', secret).update(`${timestamp}.${first.body}`).digest('hex');
    expect(first.headers['webhook-signature']).toBe(`v1=${expected}`);
    const payload = JSON.parse(first.body) as { version: number; id: string; type: string };
    expect(payload).toMatchObject({ version: 1, type: 'place.updated' });
    expect(first.headers['webhook-id']).toBe(payload.id);

    // The log says it was received; "Renvoyer" sends the same event (same id) once more.
    await expect
      .poll(
        async () => {
          await admin.goto(subscriptionPath);
          return admin.getByRole('table').getByText('Reçu').count();
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThanOrEqual(1);
    await expect(admin.getByRole('heading', { level: 2, name: 'Journal des envois' })).toBeVisible();
    await expectNoAxeViolation(admin);
    const before = about(placeId).length;
    await admin
      .getByRole('button', { name: /^Renvoyer l’envoi n° / })
      .first()
      .click();
    await expect(admin.getByText(/^L’envoi n° \d+ repart\.$/)).toBeVisible();
    await expect.poll(() => about(placeId).length, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(about(placeId).at(-1)?.headers['webhook-id']).toBe(payload.id);

    // "Changer le secret": a new secret, shown at once; for 24 hours each delivery carries the new secret's
    // signature and the old one's (the receiver, still configured with the old secret, keeps accepting).
    await admin.getByRole('button', { name: 'Changer le secret' }).click();
    await expect(admin.getByText('Secret changé.')).toBeVisible();
    const fresh = (await admin.getByTestId('webhook-secret').textContent()) ?? '';
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    await expect(admin.getByText(/^L’ancien secret reste accepté jusqu’au /)).toBeVisible();
    await expectNoAxeViolation(admin);
    const sent = about(placeId).length;
    await touchPlace(PLACE);
    await expect.poll(() => about(placeId).length, { timeout: 15_000 }).toBeGreaterThan(sent);
    const rotated = about(placeId)[sent];
    if (!rotated) throw new Error('nothing received after the change');
    const signed = (key: string) =>
      `v1=${createHmac('sha256', key).update(`${rotated.headers['webhook-timestamp']}.${rotated.body}`).digest('hex')}`;
    expect(rotated.headers['webhook-signature']).toBe(`${signed(fresh)} ${signed(secret)}`);
  } finally {
    await admin.goto(subscriptionPath);
    await admin.getByRole('button', { name: 'Désactiver l’abonnement' }).click();
    await expect(admin.getByText('Abonnement désactivé : plus rien ne lui est envoyé.')).toBeVisible();
  }
});

test('a place’s manager registers only for their place; the network is not offered', async ({ browser }) => {
  const manager = await signedIn(browser, 'gestionnaire@demo.test');
  await manager.goto('/integrations/webhooks');
  const scopes = await manager.getByLabel('Événements de').locator('option').allTextContents();
  expect(scopes).not.toContain('Tout le réseau');
  expect(scopes.length).toBeGreaterThan(0);
});
