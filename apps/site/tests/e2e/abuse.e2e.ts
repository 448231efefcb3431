import { randomUUID } from 'node:crypto';
import {
  countBookings,
  countMails,
  createFloodableSessions,
  insertBookingDirectly,
} from '../../../../tests/e2e/database.ts';
import {
  documentationAddress,
  fromClient,
  postHuge,
  residentMiB,
} from '../../../../tests/e2e/hostile-client.ts';
import { PASSWORD } from '../../../../tests/e2e/support.ts';
import { type APIRequestContext, type APIResponse, expect, test } from '../../../../tests/e2e/test.ts';

// The site attacked over HTTP as a hostile script would, against its production server (scripts/e2e.ts):
// floods of bookings (with forged X-Forwarded-For too), password spraying, e-mail bombing through magic
// links, 200 MB bodies, cross-site posts, open redirects and direct SQL as PostgREST would run it. Each is
// refused with nothing written and no 5xx; in the same run, a resident and a prescriber still book.
// Decisions 030 (server, cross-site), 031 (RLS) and 033 (rate limits).

/** Sessions open for booking that no other test looks at (they would fill them). */
async function openSessions(request: APIRequestContext): Promise<string[]> {
  const sessions = await createFloodableSessions(6);
  // Bookable from the site, as a resident sees them.
  expect((await request.get(sessions[0] as string)).status()).toBe(200);
  return sessions;
}

function bookingForm(sessionPath: string, email: string, extra: Record<string, string> = {}) {
  return {
    sessionId: sessionPath.split('/').pop() ?? '',
    mode: 'resident',
    idempotencyKey: randomUUID(),
    firstName: 'Camille',
    email,
    consent: 'on',
    ...extra,
  };
}

/** A flood's answers: how many got through before the refusals, and that every refusal is a proper 429. */
function expectThrottled(responses: APIResponse[]) {
  const statuses = responses.map((r) => r.status());
  expect(statuses.every((s) => s < 500)).toBe(true);
  const firstRefusal = statuses.indexOf(429);
  expect(firstRefusal).toBeGreaterThan(0);
  // Once refused, always refused within the window.
  expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
  const refused = responses[firstRefusal] as APIResponse;
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  return firstRefusal;
}

test.describe('booking floods', () => {
  test('one client posting 100 bookings with fresh addresses is stopped, and nothing beyond is written', async ({
    request,
  }) => {
    const sessions = await openSessions(request);
    const client = fromClient(documentationAddress(1));
    const emails: string[] = [];
    const responses: APIResponse[] = [];
    for (let i = 0; i < 100; i += 1) {
      const email = `flot-${Date.now()}-${i}@exemple.test`;
      emails.push(email);
      const form = bookingForm(sessions[i % sessions.length] as string, email);
      responses.push(
        await request.post(`/seances/${form.sessionId}`, { headers: client, form, maxRedirects: 0 }),
      );
    }
    const accepted = expectThrottled(responses);
    expect(accepted).toBeLessThanOrEqual(20);
    const refusedPage = await (responses[accepted] as APIResponse).text();
    expect(refusedPage).toContain('Vous pourrez réessayer dans');
    expect(await countBookings(emails)).toBe(accepted);
  });

  test('forged X-Forwarded-For values change nothing: the proxy’s hop is the client', async ({ request }) => {
    const sessions = await openSessions(request);
    const address = documentationAddress(2);
    const emails: string[] = [];
    const responses: APIResponse[] = [];
    for (let i = 0; i < 100; i += 1) {
      const email = `forge-${Date.now()}-${i}@exemple.test`;
      emails.push(email);
      const forged = `${(i * 7) % 223}.${i}.${(i * 3) % 250}.${1 + (i % 250)}`;
      const form = bookingForm(sessions[i % sessions.length] as string, email);
      responses.push(
        await request.post(`/seances/${form.sessionId}`, {
          headers: fromClient(address, forged),
          form,
          maxRedirects: 0,
        }),
      );
    }
    const accepted = expectThrottled(responses);
    expect(accepted).toBeLessThanOrEqual(20);
    expect(await countBookings(emails)).toBe(accepted);
  });

  test('one client cannot fill a session', async ({ request }) => {
    const [session] = await openSessions(request);
    const client = fromClient(documentationAddress(3));
    const emails: string[] = [];
    const responses: APIResponse[] = [];
    for (let i = 0; i < 30; i += 1) {
      const email = `seance-${Date.now()}-${i}@exemple.test`;
      emails.push(email);
      const form = bookingForm(session as string, email);
      responses.push(
        await request.post(`/seances/${form.sessionId}`, { headers: client, form, maxRedirects: 0 }),
      );
    }
    const accepted = expectThrottled(responses);
    expect(accepted).toBeLessThanOrEqual(6);
    expect(await countBookings(emails)).toBe(accepted);
  });

  test('a resident still books, and a signed-in prescriber books for 12 people', async ({
    request,
    playwright,
    baseURL,
  }) => {
    const sessions = await openSessions(request);
    const resident = await request.post(`${sessions[0]}`, {
      headers: fromClient(documentationAddress(4)),
      form: bookingForm(sessions[0] as string, `resident-${Date.now()}@exemple.test`),
      maxRedirects: 0,
    });
    expect(resident.status()).toBe(200);
    expect(await resident.text()).toMatch(
      /C’est fait : vous êtes inscrit·e|Vous êtes sur la liste d’attente/,
    );

    // A France Services agent with an account, from their office's one address.
    const agent = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: fromClient(documentationAddress(5)),
    });
    try {
      const signedIn = await agent.post('/connexion', {
        form: { email: 'membre@demo.test', password: PASSWORD },
        maxRedirects: 0,
      });
      expect(signedIn.status()).toBe(302);
      for (let i = 0; i < 12; i += 1) {
        const session = sessions[i % sessions.length] as string;
        const answer = await agent.post(session, {
          form: bookingForm(session, `accompagne-${Date.now()}-${i}@exemple.test`, {
            mode: 'prescriber',
            prescriberName: 'Sam Martin',
            prescriberOrganisation: 'France Services de Concarneau',
          }),
          maxRedirects: 0,
        });
        expect(answer.status(), `booking ${i + 1} of 12`).toBe(200);
      }
    } finally {
      await agent.dispose();
    }
  });
});

test('password spraying: 30 failures across 30 addresses from one client are stopped', async ({
  request,
}) => {
  const client = fromClient(documentationAddress(6));
  const responses: APIResponse[] = [];
  for (let i = 0; i < 30; i += 1) {
    responses.push(
      await request.post('/connexion', {
        headers: client,
        form: { email: `cible-${i}@exemple.test`, password: `mauvais-mot-de-passe-${i}` },
        maxRedirects: 0,
      }),
    );
  }
  expectThrottled(responses);
  // The right password does not get through from that client either, while another client signs in.
  const fromSprayer = await request.post('/connexion', {
    headers: client,
    form: { email: 'resident@demo.test', password: PASSWORD },
    maxRedirects: 0,
  });
  expect(fromSprayer.status()).toBe(429);
  const fromSomeoneElse = await request.post('/connexion', {
    headers: fromClient(documentationAddress(7)),
    form: { email: 'resident@demo.test', password: PASSWORD },
    maxRedirects: 0,
  });
  expect(fromSomeoneElse.status()).toBe(302);
});

test('15 magic-link requests for one address send a few e-mails, and say the same for an unknown one', async ({
  request,
}) => {
  // An account no other test asks links for: the limit per address is shared by the whole run.
  const target = 'membre-tregunc@demo.test';
  const mails = () => countMails(target);
  const before = await mails();
  const answers: APIResponse[] = [];
  for (let i = 0; i < 15; i += 1) {
    // From 15 different clients: the limit per address is what holds.
    answers.push(
      await request.post('/connexion/lien-par-email', {
        headers: fromClient(documentationAddress(20 + i)),
        form: { email: target },
        maxRedirects: 0,
      }),
    );
  }
  expect(answers.every((a) => a.status() < 500)).toBe(true);
  // The worker sends what was queued; give it time, then count.
  await expect.poll(mails, { timeout: 10_000 }).toBeGreaterThan(before);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect((await mails()) - before).toBeLessThanOrEqual(3);

  const known = await request.post('/connexion/lien-par-email', {
    headers: fromClient(documentationAddress(40)),
    form: { email: 'gestionnaire-b@demo.test' },
    maxRedirects: 0,
  });
  const unknown = await request.post('/connexion/lien-par-email', {
    headers: fromClient(documentationAddress(41)),
    form: { email: `personne-${Date.now()}@exemple.test` },
    maxRedirects: 0,
  });
  expect(unknown.status()).toBe(known.status());
  const strip = (html: string) => html.replace(/[\w.-]+@[\w.-]+/g, '@').replace(/nonce="[^"]*"/g, '');
  expect(strip(await unknown.text())).toBe(strip(await known.text()));
});

test('200 MB bodies on a public form are refused at once, and the server’s memory stays flat', async ({
  request,
  baseURL,
}) => {
  const [session] = await openSessions(request);
  const pid = Number(process.env.E2E_SITE_PID);
  const target = `${baseURL}${session}`;
  const headers = fromClient(documentationAddress(8));
  const post = (chunked: boolean) => postHuge(target, 200, { chunked, headers });
  // Warmed up first (the first requests load the route modules), then measured across five refusals.
  await post(false);
  await post(true);
  const before = residentMiB(pid);
  for (const chunked of [false, true, false, true, false]) {
    const answer = await post(chunked);
    // 413, or the connection cut before that answer could be read (a reset): refused either way.
    expect([413, 0]).toContain(answer.status);
    expect(answer.sent).toBeLessThan(100 * 1024 * 1024);
  }
  expect(residentMiB(pid) - before).toBeLessThan(60);
  // Still serving.
  expect((await request.get(session as string)).status()).toBe(200);
});

test('a booking posted from another site is refused, and nothing is written', async ({ request }) => {
  const [session] = await openSessions(request);
  const email = `csrf-${Date.now()}@exemple.test`;
  const crossSite: Record<string, string>[] = [
    { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    { origin: 'https://evil.example' },
    { origin: 'null' },
  ];
  for (const headers of crossSite) {
    const answer = await request.post(session as string, {
      headers: { ...fromClient(documentationAddress(9)), ...headers },
      form: bookingForm(session as string, email),
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(403);
    expect(await answer.text()).toContain('depuis un autre site');
  }
  const language = await request.post('/langue', {
    headers: { origin: 'https://evil.example' },
    form: { locale: 'en', redirectTo: '/' },
    maxRedirects: 0,
  });
  expect(language.status()).toBe(403);
  expect(language.headers()['set-cookie']).toBeUndefined();
  expect(await countBookings([email])).toBe(0);
});

const HOSTILE_RETURNS = [
  '//evil.example',
  '/\t/evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\r\n/evil.example',
  '///evil.example',
  '/%09/evil.example',
  '/%5Cevil.example',
  'https://evil.example/',
  'https:evil.example',
  'javascript:alert(1)',
  ' //evil.example',
  '/.//evil.example',
];

test('no return path or language switch redirects to another site', async ({
  request,
  playwright,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const staysHome = (answer: APIResponse) => {
    expect(answer.status()).toBeLessThan(500);
    const location = answer.headers().location;
    if (location) expect(new URL(location, origin).origin).toBe(origin);
  };
  for (const target of HOSTILE_RETURNS) {
    staysHome(await request.post('/langue', { form: { locale: 'fr', redirectTo: target }, maxRedirects: 0 }));
    staysHome(
      await request.post(`/connexion?retour=${encodeURIComponent(target)}`, {
        form: { email: 'resident@demo.test', password: PASSWORD, retour: target },
        maxRedirects: 0,
      }),
    );
  }
  // Signed in, the sign-in page sends the person on to `retour`: still never off the site.
  const signedIn = await playwright.request.newContext({ baseURL });
  try {
    await signedIn.post('/connexion', { form: { email: 'resident@demo.test', password: PASSWORD } });
    for (const target of HOSTILE_RETURNS)
      staysHome(await signedIn.get(`/connexion?retour=${encodeURIComponent(target)}`, { maxRedirects: 0 }));
  } finally {
    await signedIn.dispose();
  }
});

test('direct SQL as PostgREST would run it: nobody inserts a booking around the engine', async ({
  request,
}) => {
  const [session] = await openSessions(request);
  const sessionId = (session as string).split('/').pop() as string;
  for (const as of [null, 'resident@demo.test', 'membre@demo.test', 'gestionnaire@demo.test'])
    expect(await insertBookingDirectly(as, sessionId), String(as)).toMatch(
      /permission denied|row-level security/,
    );
});
