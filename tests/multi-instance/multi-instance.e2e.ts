import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { bookingStatuses, createFloodableSessions } from '../e2e/database.ts';
import { documentationAddress, fromClient } from '../e2e/hostile-client.ts';
import { mailsPerRecipient, waitForDrainedQueue } from './queue.ts';

// Two instances of each app and two job workers on one Postgres, through a transaction-mode pooler
// (scripts/multi-instance.ts, decision 047). What a load balancer spreading requests would do, each test
// sends them to both instances itself.
const sites = (process.env.E2E_SITE_URLS ?? '').split(',');
const admins = (process.env.E2E_ADMIN_URLS ?? '').split(',');
const PASSWORD = 'demo-fabriques-2026';

let contexts: APIRequestContext[] = [];
test.beforeAll(async ({ playwright }) => {
  expect(sites).toHaveLength(2);
  contexts = await Promise.all(
    [...sites, ...admins].map((baseURL) => playwright.request.newContext({ baseURL })),
  );
});
test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
});
const site = (i: number) => contexts[i % 2] as APIRequestContext;

function bookingForm(sessionId: string, firstName: string, email: string) {
  return { sessionId, mode: 'resident', idempotencyKey: randomUUID(), firstName, email, consent: 'on' };
}

test('bookings through both instances at once: exactly the capacity confirmed, each person told once', async () => {
  const [path] = await createFloodableSessions(1, 6);
  const sessionId = (path as string).split('/').pop() as string;
  const run = Date.now();
  const people = Array.from({ length: 24 }, (_, i) => ({
    firstName: `Personne${run}n${i}`,
    email: `multi-${run}-${i}@exemple.test`,
  }));
  const answers = await Promise.all(
    people.map((person, i) =>
      site(i).post(path as string, {
        headers: fromClient(`198.19.${i}.${1 + (run % 250)}`),
        form: bookingForm(sessionId, person.firstName, person.email),
        maxRedirects: 0,
      }),
    ),
  );
  expect(answers.map((a) => a.status())).toEqual(people.map(() => 200));
  const statuses = Object.values(await bookingStatuses(sessionId));
  expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(6);
  expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(18);

  // Two workers took the 24 e-mail jobs between them: each person got exactly one message.
  await waitForDrainedQueue();
  const mails = await mailsPerRecipient(people.map((p) => p.email));
  expect(Object.keys(mails)).toHaveLength(24);
  expect(Object.values(mails).every((n) => n === 1)).toBe(true);
});

test('a double submit sent to both instances books once', async () => {
  const [path] = await createFloodableSessions(1, 6);
  const sessionId = (path as string).split('/').pop() as string;
  const form = bookingForm(sessionId, `Double${Date.now()}`, `double-${Date.now()}@exemple.test`);
  const headers = fromClient(documentationAddress(40));
  const answers = await Promise.all(
    [0, 1, 2, 3].map((i) => site(i).post(path as string, { headers, form, maxRedirects: 0 })),
  );
  expect(answers.map((a) => a.status())).toEqual([200, 200, 200, 200]);
  expect(Object.values(await bookingStatuses(sessionId))).toEqual(['confirmed']);
  await waitForDrainedQueue();
  expect(await mailsPerRecipient([form.email])).toEqual({ [form.email]: 1 });
});

test('a session opened on one instance is known to the other', async ({ playwright }) => {
  const headers = fromClient(documentationAddress(41));
  const first = await playwright.request.newContext({ baseURL: admins[0], extraHTTPHeaders: headers });
  try {
    const signedIn = await first.post('/connexion', {
      form: { email: 'gestionnaire@demo.test', password: PASSWORD },
      maxRedirects: 0,
    });
    expect(signedIn.status()).toBe(302);
    // The same cookies, presented to the other instance.
    const second = await playwright.request.newContext({
      baseURL: admins[1],
      extraHTTPHeaders: headers,
      storageState: await first.storageState(),
    });
    try {
      const home = await second.get('/', { maxRedirects: 0 });
      expect(home.status()).toBe(200);
      expect(await home.text()).toContain('Konk Ar Lab');
    } finally {
      await second.dispose();
    }
  } finally {
    await first.dispose();
  }
});

test('rate limits count the requests of every instance', async () => {
  // Booking: 12 an hour from one address, wherever they land.
  const paths = await createFloodableSessions(4);
  const client = fromClient(documentationAddress(42));
  const statuses: number[] = [];
  for (let i = 0; i < 16; i += 1) {
    const path = paths[i % paths.length] as string;
    const sessionId = path.split('/').pop() as string;
    const answer = await site(i).post(path, {
      headers: client,
      form: bookingForm(sessionId, `Flot${i}`, `flot-multi-${Date.now()}-${i}@exemple.test`),
      maxRedirects: 0,
    });
    statuses.push(answer.status());
  }
  expect(statuses.slice(0, 12)).toEqual(Array(12).fill(200));
  expect(statuses.slice(12)).toEqual([429, 429, 429, 429]);

  // Sign-in failures: five per address in a quarter of an hour, whichever instance checks the password.
  const target = `inconnu-${Date.now()}@exemple.test`;
  const failures: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const answer = await site(i).post('/connexion', {
      headers: fromClient(`198.20.${i}.${1 + (Date.now() % 250)}`),
      form: { email: target, password: `mauvais-${i}` },
      maxRedirects: 0,
    });
    failures.push(answer.status());
  }
  expect(failures.slice(0, 5).every((s) => s !== 429 && s < 500)).toBe(true);
  expect(failures.slice(5)).toEqual([429, 429]);
});
