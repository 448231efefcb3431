// Webhook subscriptions through the procedures (decision 061), with the server in production mode: a
// manager registers for their place and only theirs, addresses on this machine or a private network and
// plain http are refused with a French message next to the field, huge or invalid input is a validation
// error (never a 500), and another place's manager can neither read, deactivate nor send again.
import { translator } from '@rf/i18n';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
const places = { A: '', B: '' };
const cookies: Record<'admin' | 'managerA' | 'managerB' | 'observer', string[]> = {
  admin: [],
  managerA: [],
  managerB: [],
  observer: [],
};
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;
const fr = translator('fr');

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return describeError(error);
  }
  return { code: 'accepted', fieldErrors: {} as Record<string, string> };
}

async function place(slug: string) {
  const { rows } = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values (${slug}, ${slug}, '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  return rows[0]?.id as string;
}

beforeAll(async () => {
  h = await startApiHarness({
    env: {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'webhooks-test-secret-webhooks-test-secret',
      STORAGE_LOCAL_IN_PRODUCTION: '1',
    },
  });
  places.A = await place('lab-webhooks-a');
  places.B = await place('lab-webhooks-b');
  type Roles = {
    networkRole?: 'network_admin' | 'observer';
    places?: { placeId: string; role: 'member' | 'manager' }[];
  };
  const people: ['admin' | 'managerA' | 'managerB' | 'observer', string, Roles][] = [
    ['admin', 'admin@webhooks.test', { networkRole: 'network_admin' }],
    ['managerA', 'gestion-a@webhooks.test', { places: [{ placeId: places.A, role: 'manager' }] }],
    ['managerB', 'gestion-b@webhooks.test', { places: [{ placeId: places.B, role: 'manager' }] }],
    ['observer', 'observe@webhooks.test', { networkRole: 'observer' }],
  ];
  for (const [who, email, roles] of people) {
    await h.createPerson({ email, password: 'mot-de-passe-webhooks', ...roles });
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password: 'mot-de-passe-webhooks' });
    cookies[who] = scope.cookies;
  }
});
afterAll(() => h.stop());

const valid = (placeId: string | null) => ({
  placeId,
  url: 'https://outil.example.org/hooks/rf',
  events: ['booking.confirmed', 'booking.cancelled'] as ('booking.confirmed' | 'booking.cancelled')[],
});

describe('webhook subscriptions in the console', () => {
  it('lets a manager register for their place, shows the generated secret to them only', async () => {
    const managerA = await as('managerA');
    const { id } = await managerA.webhooks.create(valid(places.A));
    const detail = await managerA.webhooks.get({ id });
    expect(detail).toMatchObject({
      placeId: places.A,
      url: 'https://outil.example.org/hooks/rf',
      active: true,
    });
    expect(detail.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect((await managerA.webhooks.list()).map((row) => row.id)).toEqual([id]);
    expect(await refusal((await as('managerB')).webhooks.get({ id }))).toMatchObject({ code: 'not_found' });
    expect(await refusal((await as('observer')).webhooks.list())).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a manager registering for another place or for the network', async () => {
    const managerA = await as('managerA');
    expect(await refusal(managerA.webhooks.create(valid(places.B)))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(managerA.webhooks.create(valid(null)))).toMatchObject({ code: 'forbidden' });
    expect(await refusal((await as('observer')).webhooks.create(valid(null)))).toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses loopback, metadata and private addresses, and plain http, in production', async () => {
    const admin = await as('admin');
    for (const url of [
      'https://127.0.0.1/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]:8443/',
      'https://10.1.2.3/',
      'https://localhost:3000/',
    ]) {
      const refused = await refusal(admin.webhooks.create({ ...valid(null), url }));
      expect(refused, url).toMatchObject({
        code: 'invalid_input',
        fieldErrors: { url: 'webhooks.url_private' },
      });
    }
    const http = await refusal(admin.webhooks.create({ ...valid(null), url: 'http://outil.example.org/' }));
    expect(http.fieldErrors.url).toBe('webhooks.url_https_required');
    expect(fr('webhooks.url_private')).toMatch(/adresse publique/);
  });

  it('refuses huge or invalid input with a clear French message', async () => {
    const admin = await as('admin');
    const huge = await refusal(
      admin.webhooks.create({ ...valid(null), url: `https://outil.example.org/${'a'.repeat(5000)}` }),
    );
    expect(huge).toMatchObject({ code: 'invalid_input', fieldErrors: { url: 'webhooks.url_too_long' } });
    expect(fr('webhooks.url_too_long')).toBe('Cette adresse est trop longue (2 000 caractères au plus).');
    const none = await refusal(admin.webhooks.create({ ...valid(null), events: [] }));
    expect(none.fieldErrors.events).toBe('webhooks.events_required');
    expect(fr('webhooks.events_required')).toBe('Choisissez au moins un événement.');
    const unknown = await refusal(
      // @ts-expect-error an event that does not exist, as a hostile client would send it
      admin.webhooks.create({ ...valid(null), events: ['booking.deleted'] }),
    );
    expect(unknown.code).toBe('invalid_input');
    const notUrl = await refusal(admin.webhooks.create({ ...valid(null), url: 'javascript:alert(1)' }));
    expect(notUrl.fieldErrors.url).toBe('webhooks.url_invalid');
  });

  it('lets only the place’s managers and admins deactivate and send again', async () => {
    const managerA = await as('managerA');
    const { id } = await managerA.webhooks.create(valid(places.A));
    await sql`insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload,
      status) values (${id}, gen_random_uuid(), 'booking.confirmed', 'booking:x', '{}', 'failed')`.execute(
      h.db.db,
    );
    const [delivery] = (await managerA.webhooks.get({ id })).deliveries;
    if (!delivery) throw new Error('no delivery');
    const managerB = await as('managerB');
    expect(await refusal(managerB.webhooks.redeliver({ deliveryId: delivery.id }))).toMatchObject({
      code: 'not_found',
    });
    expect(await refusal(managerB.webhooks.setActive({ id, active: false }))).toMatchObject({
      code: 'not_found',
    });
    // Twice: the second click finds it queued and sends nothing more.
    expect(await managerA.webhooks.redeliver({ deliveryId: delivery.id })).toEqual({ status: 'pending' });
    expect(await managerA.webhooks.redeliver({ deliveryId: delivery.id })).toEqual({ status: 'pending' });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from private.jobs
      where job_key = ${`webhook:${delivery.id}`}`.execute(h.db.db);
    expect(rows[0]?.n).toBe(1);
    // The worker quicker than a second click: the first click's sending (round 2) is already delivered
    // when the same page's form, which showed round 1, comes again. Nothing more is sent; a page showing
    // round 2 may send it again. (Written as the owner, so no worker of this harness races the test.)
    const { rows: sentRows } = await sql<{
      id: number;
    }>`insert into public.webhook_deliveries (subscription_id,
      event_id, event_type, ordering_key, payload, status, round)
      values (${id}, gen_random_uuid(), 'booking.confirmed', 'booking:y', '{}', 'delivered', 2)
      returning id::int as id`.execute(h.db.db);
    const sent = sentRows[0]?.id ?? 0;
    const roundOf = async () =>
      (
        await sql<{ round: number }>`select round from public.webhook_deliveries where id = ${sent}`.execute(
          h.db.db,
        )
      ).rows[0]?.round;
    expect(await managerA.webhooks.redeliver({ deliveryId: sent, round: 1 })).toEqual({ status: 'pending' });
    expect(await roundOf()).toBe(2);
    expect(await managerA.webhooks.redeliver({ deliveryId: sent, round: 2 })).toEqual({ status: 'pending' });
    expect(await roundOf()).toBe(3);
    expect(await managerA.webhooks.setActive({ id, active: false })).toEqual({ active: false });
    expect((await managerA.webhooks.get({ id })).active).toBe(false);
  });
});

describe('changing a subscription’s secret', () => {
  const previousOf = async (id: string) => {
    const { rows } = await sql<{ previous_secret: string | null }>`
      select previous_secret from public.webhook_subscriptions where id = ${id}`.execute(h.db.db);
    return rows[0]?.previous_secret ?? null;
  };

  it('gives a new secret, the old one accepted 24 hours more; a second click changes nothing', async () => {
    const managerA = await as('managerA');
    const { id } = await managerA.webhooks.create(valid(places.A));
    const shown = await managerA.webhooks.get({ id });
    expect(shown.previousSecretExpiresAt).toBeNull();
    expect(shown.secretFingerprint).toMatch(/^[0-9a-f]{16}$/);

    const first = await managerA.webhooks.rotateSecret({ id, fingerprint: shown.secretFingerprint });
    expect(first.rotated).toBe(true);
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect(first.secret).not.toBe(shown.secret);
    const hours = (Date.parse(first.previousSecretExpiresAt ?? '') - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect(await previousOf(id)).toBe(shown.secret);

    // The same form posted again (a double click, the back button): the secret it showed is gone already.
    const second = await managerA.webhooks.rotateSecret({ id, fingerprint: shown.secretFingerprint });
    expect(second).toEqual({ ...first, rotated: false });
    expect(await previousOf(id)).toBe(shown.secret);

    const after = await managerA.webhooks.get({ id });
    expect(after).toMatchObject({
      secret: first.secret,
      previousSecretExpiresAt: first.previousSecretExpiresAt,
    });
    expect(after.secretFingerprint).not.toBe(shown.secretFingerprint);
    expect(JSON.stringify(after)).not.toContain(shown.secret);
  });

  it('rotates once when two clicks arrive together', async () => {
    const managerA = await as('managerA');
    const { id } = await managerA.webhooks.create(valid(places.A));
    const shown = await managerA.webhooks.get({ id });
    const [a, b] = await Promise.all([
      managerA.webhooks.rotateSecret({ id, fingerprint: shown.secretFingerprint }),
      (await as('managerA')).webhooks.rotateSecret({ id, fingerprint: shown.secretFingerprint }),
    ]);
    expect([a.rotated, b.rotated].sort()).toEqual([false, true]);
    expect(a.secret).toBe(b.secret);
    expect(await previousOf(id)).toBe(shown.secret);
  });

  it('is refused to another place’s manager and to observers; a malformed fingerprint is invalid input', async () => {
    const managerA = await as('managerA');
    const { id } = await managerA.webhooks.create(valid(places.A));
    const { secret, secretFingerprint } = await managerA.webhooks.get({ id });
    expect(
      await refusal((await as('managerB')).webhooks.rotateSecret({ id, fingerprint: secretFingerprint })),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await refusal((await as('observer')).webhooks.rotateSecret({ id, fingerprint: secretFingerprint })),
    ).toMatchObject({ code: 'forbidden' });
    expect(await refusal(managerA.webhooks.rotateSecret({ id, fingerprint: 'not-hex' }))).toMatchObject({
      code: 'invalid_input',
    });
    expect((await managerA.webhooks.get({ id })).secret).toBe(secret);
    expect(await previousOf(id)).toBeNull();
    // The network's subscription is the network admins': a manager cannot reach it.
    const admin = await as('admin');
    const network = await admin.webhooks.create(valid(null));
    const networkShown = await admin.webhooks.get({ id: network.id });
    expect(
      await refusal(
        managerA.webhooks.rotateSecret({ id: network.id, fingerprint: networkShown.secretFingerprint }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      (await admin.webhooks.rotateSecret({ id: network.id, fingerprint: networkShown.secretFingerprint }))
        .rotated,
    ).toBe(true);
  });
});
