import { randomUUID } from 'node:crypto';
import { type APIRequest, type APIRequestContext, type APIResponse, expect, test } from '@playwright/test';
import { createFloodableSessions } from '../e2e/database.ts';
import { documentationAddress, fromClient } from '../e2e/hostile-client.ts';
import { mobile } from '../e2e/phone.ts';

// The database stopped for real under the running apps (issue 16, decision 055 point 3): every page type of
// both apps answers 503 with `Retry-After` and the "try again" page, never a 404 or a 500, never a stack
// trace, never a shared cache's copy. Runs last (its own Playwright project, after every other test of the
// run): scripts/multi-instance.ts stops its Postgres server when asked (E2E_DATABASE_CONTROL_URL), and
// does not start it again. The apps reach Postgres through pgbouncer there, which keeps running: what the
// apps see is what a pooler in front of a database that went away answers.
const sites = (process.env.E2E_SITE_URLS ?? '').split(',');
const admins = (process.env.E2E_ADMIN_URLS ?? '').split(',');
const PASSWORD = 'demo-fabriques-2026';
// What the person reads: the error page's title, or the form's message (a form that needs no page data is
// shown again with what was typed). Read outside the scripts: the pages carry their catalogue of messages.
const TRY_AGAIN = 'Le service est momentanément indisponible';
const saysTryAgain = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, '').includes(TRY_AGAIN);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// What a stack trace or a server path looks like in a page.
const STACK = /\n\s+at \S+ \(|\bat [\w.<>]+ \(?(?:file:\/\/|\/)[^\s)]+:\d+:\d+|node_modules|\.tsx?:\d+:\d+/;

interface Target {
  label: string;
  /** Which app and instance answers (both instances of each app are asked in turn). */
  client: APIRequestContext;
  /** Null when the address could not be found before the outage (said by a soft assertion, left out). */
  path: string | null;
  form?: Record<string, string>;
  /** A resource route (JSON, CSV…): no page, so no text to read. */
  resource?: boolean;
  /**
   * A page that needs no database for a signed-out visitor (static text, the sign-in form): it may still
   * answer in full (200); if it answers an error, it is the outage page.
   */
  static?: boolean;
  /** What was typed that the answer shows again (a form whose page needs no database). */
  keeps?: string;
}

/** The first path on the page that matches `pattern` (an `href`), with `&amp;` read back. */
function firstLink(html: string, pattern: RegExp): string | null {
  const match = html.match(pattern);
  return match ? match[0].replaceAll('&amp;', '&') : null;
}

async function signedIn(
  request: APIRequest,
  baseURL: string,
  email: string,
  tag: number,
): Promise<APIRequestContext> {
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: fromClient(documentationAddress(tag)),
  });
  const answer = await context.post('/connexion', { form: { email, password: PASSWORD }, maxRedirects: 0 });
  expect(answer.status(), `${email} signs in on ${baseURL}`).toBe(302);
  return context;
}

async function get(client: APIRequestContext, path: string): Promise<string> {
  const answer = await client.get(path, { maxRedirects: 0 });
  expect(answer.status(), `${path} before the outage`).toBe(200);
  return answer.text();
}

/** What an answer during the outage says, in the terms the test checks. */
async function outcome(target: Target, answer: APIResponse) {
  const body = await answer.text();
  const headers = answer.headers();
  if (target.static && answer.status() === 200)
    return {
      page: label(target),
      status: 200,
      errorPage: saysTryAgain(body),
      stackTrace: STACK.test(body),
    };
  return {
    page: label(target),
    status: answer.status(),
    retryAfter: /^\d+$/.test(headers['retry-after'] ?? '') ? 'seconds' : (headers['retry-after'] ?? null),
    shared: /\bpublic\b/i.test(headers['cache-control'] ?? ''),
    saysTryAgain: target.resource ? null : saysTryAgain(body),
    stackTrace: STACK.test(body),
    ...(target.keeps ? { keepsTyped: body.includes(`value="${target.keeps}"`) } : {}),
  };
}

const label = (target: Target) => `${target.form ? 'POST' : 'GET'} ${target.label}`;

/** What the page should answer; a page that needs no database may answer in full (see `Target.static`). */
function expected(target: Target, actual?: { status: unknown }) {
  if (target.static && actual?.status === 200)
    return { page: label(target), status: 200, errorPage: false, stackTrace: false };
  return {
    page: label(target),
    status: 503,
    retryAfter: 'seconds',
    shared: false,
    saysTryAgain: target.resource ? null : true,
    stackTrace: false,
    ...(target.keeps ? { keepsTyped: true } : {}),
  };
}

test('with the database stopped, every page type of both apps answers 503 and asks to try again', async ({
  playwright,
}) => {
  // Some sixty pages read before the outage, then again during it, and the bookings that give private links.
  test.setTimeout(300_000);
  const control = process.env.E2E_DATABASE_CONTROL_URL;
  if (!control) throw new Error('E2E_DATABASE_CONTROL_URL is not set: run this test with pnpm e2e:multi');
  expect(sites).toHaveLength(2);
  expect(admins).toHaveLength(2);
  const contexts: APIRequestContext[] = [];
  const open = async (baseURL: string, tag: number) => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: fromClient(documentationAddress(tag)),
    });
    contexts.push(context);
    return context;
  };
  try {
    // Before the outage: real addresses of every page type, read from the pages themselves, and the
    // sessions opened while the database answers.
    const [site0, site1] = [await open(sites[0] as string, 50), await open(sites[1] as string, 51)];
    const [anonAdmin0, anonAdmin1] = [
      await open(admins[0] as string, 52),
      await open(admins[1] as string, 53),
    ];

    const catalogue = await get(site0, '/ateliers');
    const sessionPath = firstLink(catalogue, new RegExp(`/seances/${UUID}`));
    expect(sessionPath, 'a session on the catalogue').not.toBeNull();
    const placePath = '/lieux/konk-ar-lab';
    await get(site1, placePath);
    const tools = await get(site0, '/outils');
    const toolPath = firstLink(tools, new RegExp(`/outils/${UUID}`));
    expect(toolPath, 'a tool on the tools page').not.toBeNull();

    // A booking of our own, for its private link (a session no other page lists).
    const [floodable] = await createFloodableSessions(1, 10);
    const bookingSession = floodable as string;
    const bookingPage = await site1.post(bookingSession, {
      form: {
        sessionId: bookingSession.split('/').pop() as string,
        mode: 'resident',
        idempotencyKey: randomUUID(),
        firstName: 'Panne',
        email: `panne-${Date.now()}@exemple.test`,
        consent: 'on',
      },
      maxRedirects: 0,
    });
    expect(bookingPage.status()).toBe(200);
    const bookingPath = firstLink(await bookingPage.text(), /\/reservation\/[\w-]{40,}/);
    expect(bookingPath, 'the private link of a booking').not.toBeNull();
    await get(site0, bookingPath as string);

    // An appointment of our own, for its private link: a day, a time, then the details.
    const pick = `${placePath}/rendez-vous`;
    const appointmentPath = await (async () => {
      const days = await get(site0, `${pick}?modalite=telephone`);
      const dayLink = firstLink(days, /\?modalite=telephone&(?:amp;)?jour=\d{4}-\d{2}-\d{2}/);
      if (!dayLink) return null;
      const times = await get(site1, `${pick}${dayLink}`);
      const timeLink = firstLink(times, /\?modalite=telephone&(?:amp;)?jour=[^"]*dispo=[^"]+/);
      if (!timeLink) return null;
      const chosen = new URLSearchParams(timeLink.slice(1));
      const confirmation = await site0.post(pick, {
        form: {
          availabilityId: chosen.get('dispo') ?? '',
          startsAt: chosen.get('debut') ?? '',
          modality: 'telephone',
          idempotencyKey: randomUUID(),
          firstName: 'Panne',
          phone: mobile().typed,
          consent: 'on',
        },
        maxRedirects: 0,
      });
      return firstLink(await confirmation.text(), /\/rendez-vous\/[\w-]{40,}/);
    })();
    expect.soft(appointmentPath, 'the private link of an appointment (Konk Ar Lab, by phone)').not.toBeNull();

    // Signed in before the outage, on each app: a member on the site, a manager, a network admin and an
    // observer on the console (each context keeps its session cookie).
    const member = await signedIn(playwright.request, sites[1] as string, 'membre@demo.test', 54);
    const manager = await signedIn(playwright.request, admins[0] as string, 'gestionnaire@demo.test', 55);
    const networkAdmin = await signedIn(playwright.request, admins[1] as string, 'admin@demo.test', 56);
    const observer = await signedIn(playwright.request, admins[0] as string, 'observateur@demo.test', 57);
    contexts.push(member, manager, networkAdmin, observer);
    await get(member, '/espace');

    // The console's detail pages, from their lists (one missing is said, and left out).
    const detail = async (client: APIRequestContext, list: string, pattern: RegExp) => {
      const path = firstLink(await get(client, list), pattern);
      expect.soft(path, `a detail page linked from ${list}`).not.toBeNull();
      return path;
    };
    const adminPlace = await detail(networkAdmin, '/lieux', new RegExp(`/lieux/${UUID}`));
    const activity = await detail(manager, '/ateliers', new RegExp(`/ateliers/${UUID}`));
    const availability = await detail(manager, '/disponibilites', new RegExp(`/disponibilites/${UUID}`));
    const adminTool = await detail(manager, '/outils', new RegExp(`/outils/${UUID}`));
    const record = await detail(manager, '/activite', new RegExp(`/activite/${UUID}`));
    const report = await detail(manager, '/rapports', new RegExp(`/rapports/${UUID}`));
    const agreementPlace = await detail(networkAdmin, '/financements', new RegExp(`/financements/${UUID}`));
    const person = await detail(networkAdmin, '/personnes', new RegExp(`/personnes/${UUID}`));

    const site = (i: number) => (i % 2 === 0 ? site0 : site1);
    const anonAdmin = (i: number) => (i % 2 === 0 ? anonAdmin0 : anonAdmin1);
    const wanted: Target[] = [
      // The site, signed out.
      { label: 'site home', client: site(0), path: '/' },
      { label: 'site directory', client: site(1), path: '/lieux' },
      { label: 'site place', client: site(0), path: placePath },
      { label: 'site catalogue', client: site(1), path: '/ateliers' },
      { label: 'site session', client: site(0), path: sessionPath as string },
      { label: 'site booking private link', client: site(1), path: bookingPath as string },
      { label: 'site appointment booking', client: site(0), path: pick },
      { label: 'site appointment private link', client: site(1), path: appointmentPath },
      { label: 'site tools', client: site(0), path: '/outils' },
      { label: 'site tool', client: site(1), path: toolPath as string },
      { label: 'site resources', client: site(0), path: '/ressources' },
      { label: 'site open data', client: site(1), path: '/donnees', static: true },
      { label: 'site sign-in', client: site(0), path: '/connexion', static: true },
      { label: 'site member space', client: member, path: '/espace' },
      {
        label: 'site booking form',
        client: site(1),
        path: sessionPath as string,
        form: {
          sessionId: (sessionPath as string).split('/').pop() as string,
          mode: 'resident',
          idempotencyKey: randomUUID(),
          firstName: 'Panne',
          email: 'panne-pendant@exemple.test',
          consent: 'on',
        },
      },
      {
        label: 'site sign-in form',
        client: site(0),
        path: '/connexion',
        form: { email: 'membre@demo.test', password: PASSWORD },
        keeps: 'membre@demo.test',
      },
      // The site's resource routes.
      { label: 'site seats left', client: site(1), path: `${sessionPath}/places`, resource: true },
      { label: 'site booking data', client: site(0), path: `${bookingPath}/donnees.json`, resource: true },
      {
        label: 'site appointment data',
        client: site(1),
        path: appointmentPath && `${appointmentPath}/donnees.json`,
        resource: true,
      },
      { label: 'site place agenda', client: site(0), path: `${placePath}/agenda.ics`, resource: true },
      { label: 'site map markers', client: site(1), path: '/lieux.geojson', resource: true },
      { label: 'site open data: places CSV', client: site(0), path: '/donnees/lieux.csv', resource: true },
      { label: 'site open data: places JSON', client: site(1), path: '/donnees/lieux.json', resource: true },
      {
        label: 'site open data: activity CSV',
        client: site(0),
        path: '/donnees/activite.csv',
        resource: true,
      },

      // The console, signed out and signed in, one page at least of each context.
      { label: 'console sign-in', client: anonAdmin(0), path: '/connexion', static: true },
      {
        label: 'console sign-in form',
        client: anonAdmin(1),
        path: '/connexion',
        form: { email: 'gestionnaire@demo.test', password: PASSWORD },
        keeps: 'gestionnaire@demo.test',
      },
      { label: 'console home (manager)', client: manager, path: '/' },
      { label: 'console home (network admin)', client: networkAdmin, path: '/' },
      { label: 'console home (observer)', client: observer, path: '/' },
      { label: 'directory: places', client: networkAdmin, path: '/lieux' },
      { label: 'directory: a place', client: networkAdmin, path: adminPlace },
      { label: 'directory: import', client: networkAdmin, path: '/lieux/import' },
      { label: 'catalogue: workshops', client: manager, path: '/ateliers' },
      { label: 'catalogue: a workshop', client: manager, path: activity },
      { label: 'catalogue: new workshop', client: manager, path: '/ateliers/nouveau' },
      { label: 'appointments: availabilities', client: manager, path: '/disponibilites' },
      { label: 'appointments: an availability', client: manager, path: availability },
      { label: 'appointments: the day', client: manager, path: '/rendez-vous' },
      { label: 'sharing: tools', client: manager, path: '/outils' },
      { label: 'sharing: a tool', client: manager, path: adminTool },
      { label: 'sharing: loans', client: manager, path: '/prets' },
      { label: 'sharing: resources', client: manager, path: '/ressources' },
      { label: 'reporting: activity', client: manager, path: '/activite' },
      { label: 'reporting: a record', client: manager, path: record },
      { label: 'reporting: reports', client: manager, path: '/rapports' },
      { label: 'reporting: a report', client: manager, path: report },
      { label: 'reporting: dashboards', client: observer, path: '/tableaux-de-bord' },
      { label: 'reporting: coordination', client: manager, path: '/coordination' },
      { label: 'reporting: SMS', client: manager, path: '/sms' },
      { label: 'programme: funding', client: networkAdmin, path: '/financements' },
      { label: 'programme: a place’s funding', client: networkAdmin, path: agreementPlace },
      { label: 'programme: waves', client: networkAdmin, path: '/programme/vagues' },
      { label: 'programme: moderation', client: networkAdmin, path: '/moderation' },
      { label: 'programme: journal', client: networkAdmin, path: '/journal' },
      { label: 'identity: people', client: networkAdmin, path: '/personnes' },
      { label: 'identity: a person', client: networkAdmin, path: person },
      { label: 'identity: invitations', client: networkAdmin, path: '/invitations' },
      { label: 'identity: team', client: manager, path: '/equipe' },
      { label: 'identity: mailbox', client: networkAdmin, path: '/boite-mail' },
      { label: 'identity: personal data', client: networkAdmin, path: '/donnees-personnelles' },
      {
        label: 'identity: invitation form',
        client: networkAdmin,
        path: '/invitations',
        form: { email: `invitee-${Date.now()}@exemple.test`, role: 'observer', placeId: '' },
      },
      // A signed-in form of each context of the console, and of the member's space: the session is read
      // from the database before the procedure runs, so each action answers the outage itself (503, the
      // "try again" page), never a 500.
      {
        label: 'directory: import form',
        client: networkAdmin,
        path: '/lieux/import',
        form: { intent: 'commit', fileName: 'lieux.csv', content: 'id', sha256: '0'.repeat(64) },
      },
      {
        label: 'catalogue: new workshop form',
        client: manager,
        path: '/ateliers/nouveau',
        form: { title: 'Atelier pendant la panne' },
      },
      {
        label: 'appointments: availability switch',
        client: manager,
        path: '/disponibilites',
        form: { intent: 'toggle', id: randomUUID(), active: 'false' },
      },
      {
        label: 'sharing: loan step',
        client: manager,
        path: '/prets',
        form: { loanId: randomUUID(), action: 'cancel' },
      },
      {
        label: 'reporting: SMS reminder form',
        client: manager,
        path: '/sms',
        form: { intent: 'reminder', hours: '24' },
      },
      {
        label: 'programme: wave status form',
        client: networkAdmin,
        path: '/programme/vagues',
        form: { intent: 'status', id: randomUUID(), status: 'closed' },
      },
      { label: 'identity: team form', client: manager, path: '/equipe', form: { intent: 'role' } },
      {
        label: 'site member space: cancel a booking',
        client: member,
        path: '/espace',
        form: { intent: 'cancel_booking_confirmed', bookingId: randomUUID() },
      },
    ];
    const targets = wanted.filter((target): target is Target & { path: string } => target.path !== null);
    // Every page answered before the outage (the addresses are real, the sessions open).
    for (const target of targets.filter((t) => !t.form && !t.resource)) {
      const answer = await target.client.get(target.path, { maxRedirects: 0 });
      expect.soft(answer.status(), `${target.label} (${target.path}) before the outage`).toBe(200);
    }

    // The outage: the Postgres server itself stops (pgbouncer stays, with nothing behind it).
    const stopped = await fetch(`${control}/database/stop`, { method: 'POST' });
    expect(stopped.status, 'the database stopped').toBe(204);

    // The apps' pools drop their idle connections after 10 s (node-postgres's default). One still open when
    // the database went away is logged in to pgbouncer, which holds its next query until query_wait_timeout
    // (2 minutes) before refusing it; a new connection is refused at once once pgbouncer failed to reach the
    // server (`server login has been failing`). The pages below are asked in that steady state of an outage.
    await new Promise((resolve) => setTimeout(resolve, 12_000));

    // The health checks of every instance say so (the first query of an outage may be the one pgbouncer
    // holds: they are asked together, with time to spare).
    const healths = await Promise.all(
      [...sites, ...admins].map(async (baseURL) => {
        const started = Date.now();
        const health = await fetch(`${baseURL}/health`);
        return {
          instance: baseURL,
          status: health.status,
          body: await health.json(),
          seconds: Math.round((Date.now() - started) / 1000),
        };
      }),
    );
    console.log('health during the outage:', JSON.stringify(healths));
    for (const health of healths) {
      expect.soft(health.status, `${health.instance}/health`).toBe(503);
      expect
        .soft(health.body, `${health.instance}/health`)
        .toMatchObject({ status: 'degraded', database: 'unavailable' });
    }

    const results: { status: unknown }[] = [];
    for (const target of targets) {
      const answer = await (target.form
        ? target.client.post(target.path, { form: target.form, maxRedirects: 0, timeout: 20_000 })
        : target.client.get(target.path, { maxRedirects: 0, timeout: 20_000 })
      ).catch((error: Error) => error);
      // No answer within 20 s (the pooler holding the query) is a failure of its own, said as such.
      results.push(
        answer instanceof Error
          ? { ...expected(target), status: `no answer: ${answer.message.split('\n')[0]}` }
          : await outcome(target, answer),
      );
    }
    // A booking sent by a browser with JavaScript (a data request) gets its form back: 503, the typed
    // values and the "try again" message, so nothing typed is lost.
    const sessionId = (sessionPath as string).split('/').pop() as string;
    const typed = { firstName: 'Gwenaëlle', email: `gwenaelle-${Date.now()}@exemple.test` };
    const dataAnswer = await site(0).post(`${sessionPath}.data`, {
      form: { sessionId, mode: 'resident', idempotencyKey: randomUUID(), ...typed, consent: 'on' },
      maxRedirects: 0,
    });
    const dataBody = await dataAnswer.text();
    expect.soft(dataAnswer.status()).toBe(503);
    expect.soft(dataBody).toContain(typed.firstName);
    expect.soft(dataBody).toContain(typed.email);
    expect.soft(dataBody).toContain('errors.service_unavailable');
    expect.soft(dataBody).not.toMatch(STACK);

    // One comparison: a failure lists every page that did not answer as it should.
    expect(results).toEqual(targets.map((target, i) => expected(target, results[i])));
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
});
