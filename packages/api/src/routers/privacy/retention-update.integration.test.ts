// Network admins change the retention periods of residents' personal data from the console (decision 034):
// the public table follows, nobody else may change them, values out of bounds are a validation error (never
// a 500), and every change is audited with the admin who made it.
import { DEFAULT_RETENTION } from '@rf/domain/privacy/retention';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let adminId: string;
const cookies: Record<'admin' | 'manager' | 'observer', string[]> = { admin: [], manager: [], observer: [] };
const as = async (who: keyof typeof cookies) => (await h.as(cookies[who])).api;

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return describeError(error);
  }
  return { code: 'accepted', fieldErrors: {} };
}

const audited = async () =>
  (
    await sql<{
      actor: string | null;
      actorRole: string | null;
      old: Record<string, unknown>;
      new: Record<string, unknown>;
    }>`
      select actor, actor_role as "actorRole", old, new from public.audit_events
      where table_name = 'retention_settings' order by id`.execute(h.db.db)
  ).rows;

beforeAll(async () => {
  h = await startApiHarness();
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('lab-retention', 'Lab Rétention', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  const placeId = place.rows[0]?.id as string;
  adminId = await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-a',
    networkRole: 'network_admin',
  });
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId, role: 'manager' }],
  });
  await h.createPerson({ email: 'observe@test.fr', password: 'mot-de-passe-o', networkRole: 'observer' });
  for (const [who, email, password] of [
    ['admin', 'admin@test.fr', 'mot-de-passe-a'],
    ['manager', 'gestion@test.fr', 'mot-de-passe-g'],
    ['observer', 'observe@test.fr', 'mot-de-passe-o'],
  ] as const) {
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password });
    cookies[who] = scope.cookies;
  }
});
afterAll(() => h.stop());

describe('retention settings in the console', () => {
  const changed = {
    attendedDays: 120,
    cancelledDays: 14,
    devMailboxDays: 3,
    invitationDays: 60,
    linkHours: 48,
  };

  it('lets a network admin change the periods; the public table shows them and the change is audited', async () => {
    const admin = await as('admin');
    expect(await admin.privacy.retentionSettings()).toEqual(DEFAULT_RETENTION);

    await expect(admin.privacy.retentionUpdate(changed)).resolves.toEqual(changed);
    expect(await admin.privacy.retentionSettings()).toEqual(changed);
    const { table } = await (await h.as()).api.privacy.retention();
    expect(table).toEqual([
      { item: 'bookings_attended', amount: 120, unit: 'days' },
      { item: 'bookings_cancelled', amount: 14, unit: 'days' },
      { item: 'invitations', amount: 60, unit: 'days' },
      { item: 'sign_in_links', amount: 48, unit: 'hours' },
      // Not a setting: how long the rate limits keep their counters.
      { item: 'rate_limits', amount: 3, unit: 'days' },
      { item: 'dev_mailbox', amount: 3, unit: 'days' },
    ]);

    const events = await audited();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorRole: 'service_role',
      old: { attended_days: 90, cancelled_days: 30, updated_by: null },
      new: { attended_days: 120, cancelled_days: 14, link_hours: 48, updated_by: adminId },
    });
  });

  it('is idempotent: saving the same values again changes and records nothing', async () => {
    const admin = await as('admin');
    await expect(admin.privacy.retentionUpdate(changed)).resolves.toEqual(changed);
    expect(await admin.privacy.retentionSettings()).toEqual(changed);
    expect(await audited()).toHaveLength(1);
  });

  it('refuses managers, observers and visitors', async () => {
    for (const who of ['manager', 'observer'] as const) {
      const api = await as(who);
      expect((await refusal(api.privacy.retentionUpdate(DEFAULT_RETENTION))).code).toBe('forbidden');
      expect((await refusal(api.privacy.retentionSettings())).code).toBe('forbidden');
    }
    const visitor = (await h.as()).api;
    expect((await refusal(visitor.privacy.retentionUpdate(DEFAULT_RETENTION))).code).toBe('unauthenticated');
    expect(await (await as('admin')).privacy.retentionSettings()).toEqual(changed);
  });

  it('refuses values out of bounds with a validation error naming the field, never a 500', async () => {
    const admin = await as('admin');
    for (const [field, value] of [
      ['attendedDays', 29],
      ['attendedDays', 1096],
      ['cancelledDays', 6],
      ['devMailboxDays', 91],
      ['invitationDays', 0],
      ['linkHours', 169],
      ['linkHours', 1.5],
    ] as const) {
      expect(await refusal(admin.privacy.retentionUpdate({ ...changed, [field]: value }))).toEqual({
        code: 'invalid_input',
        fieldErrors: { [field]: 'validation.retention.out_of_range' },
      });
    }
    expect(await admin.privacy.retentionSettings()).toEqual(changed);
    expect(await audited()).toHaveLength(1);
  });

  it('accepts the bounds themselves, then the defaults again', async () => {
    const admin = await as('admin');
    const lowest = { attendedDays: 30, cancelledDays: 7, devMailboxDays: 1, invitationDays: 1, linkHours: 1 };
    const highest = {
      attendedDays: 1095,
      cancelledDays: 1095,
      devMailboxDays: 90,
      invitationDays: 365,
      linkHours: 168,
    };
    await expect(admin.privacy.retentionUpdate(lowest)).resolves.toEqual(lowest);
    await expect(admin.privacy.retentionUpdate(highest)).resolves.toEqual(highest);
    await expect(admin.privacy.retentionUpdate(DEFAULT_RETENTION)).resolves.toEqual(DEFAULT_RETENTION);
    expect((await (await h.as()).api.privacy.retention()).table[0]?.amount).toBe(90);
    expect(await audited()).toHaveLength(4);
  });
});
