// Fresh data (issue 17, decision 063) on the real database: the weekly reminder picks only stale places with
// managers and respects the 30-day rule; "Toujours à jour" dates the record today, for its managers and
// network admins only (the procedure and RLS both refuse another place's manager); network admins list
// stale places.
import { type SessionClaims, withSession } from '@rf/db/rls';
import { sendFreshnessReminders } from '@rf/jobs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
const ids: Record<string, string> = {};
const cookies: Record<string, string[]> = {};
const userIds: Record<string, string> = {};

const api = async (who: string) => (await h.as(cookies[who])).api;
const dateMaj = async (id: string | undefined) =>
  (await sql<{ d: string }>`select date_maj::text as d from public.places where id = ${id}`.execute(h.db.db))
    .rows[0]?.d;
const today = async () =>
  (await sql<{ d: string }>`select current_date::text as d`.execute(h.db.db)).rows[0]?.d;
const deps = () => ({
  db: h.services.db,
  mailer: h.services.mailer,
  sms: h.services.sms,
  t: h.services.t,
  siteUrl: h.services.env.SITE_URL,
  adminUrl: h.services.env.ADMIN_URL,
  linkKey: h.services.linkKey,
});

beforeAll(async () => {
  h = await startApiHarness();
  // Dated as an import would: `rf.place_import` keeps the given date_maj.
  const insert = async (slug: string, date: string, status = 'published') =>
    h.db.db.transaction().execute(async (tx) => {
      await sql`select set_config('rf.place_import', 'on', true)`.execute(tx);
      return (
        (
          await sql<{
            id: string;
          }>`insert into public.places (slug, name, address, commune_code, postal_code, status, date_maj)
            values (${slug}, ${`Lieu ${slug}`}, '1 rue du Port', '29039', '29900', ${status}::public.publication_status,
              ${date}::date) returning id`.execute(tx)
        ).rows[0]?.id ?? ''
      );
    });
  ids.stale = await insert('ancien', '2025-01-15');
  ids.staleDraft = await insert('ancien-brouillon', '2025-03-01', 'draft');
  ids.archived = await insert('archive', '2024-01-01', 'archived');
  ids.orphan = await insert('sans-gestionnaire', '2024-06-01');
  ids.fresh = await insert('recent', new Date().toISOString().slice(0, 10));
  for (const [who, place] of [
    ['manager', ids.stale],
    ['draftManager', ids.staleDraft],
    ['archivedManager', ids.archived],
    ['freshManager', ids.fresh],
  ] as const) {
    const email = `${who.toLowerCase()}@fraicheur.test`;
    userIds[who] = await h.createPerson({
      email,
      password: 'mot-de-passe-123',
      places: [{ placeId: place ?? '', role: 'manager' }],
    });
    const scope = await h.as();
    await scope.api.identity.signIn({ email, password: 'mot-de-passe-123' });
    cookies[who] = scope.cookies;
  }
  await h.createPerson({
    email: 'admin@fraicheur.test',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  const scope = await h.as();
  await scope.api.identity.signIn({ email: 'admin@fraicheur.test', password: 'mot-de-passe-admin' });
  cookies.admin = scope.cookies;
});
afterAll(() => h.stop());

describe('the freshness reminder', () => {
  it('tells the managers of stale live places only, then waits 30 days before the next one', async () => {
    const now = new Date();
    expect(await sendFreshnessReminders(deps(), now)).toEqual({ places: 2, emails: 2 });
    const reminded = h.smtp.messages.filter((m) => m.subject?.includes('toujours à jour'));
    const to = reminded.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text).sort();
    expect(to).toEqual(['draftmanager@fraicheur.test', 'manager@fraicheur.test']);
    const mail = reminded.find((m) => m.text?.includes('Lieu ancien »'));
    expect(mail?.text).toContain('15 janvier 2025');
    expect(mail?.text).toContain(`/lieux/${ids.stale}/fiche#fraicheur`);

    // The same week, and 29 days later: nothing. 31 days later: again, the place still being stale.
    expect(await sendFreshnessReminders(deps(), now)).toEqual({ places: 0, emails: 0 });
    expect(await sendFreshnessReminders(deps(), new Date(now.getTime() + 29 * 86_400_000))).toEqual({
      places: 0,
      emails: 0,
    });
    const recorded = await sql<{ place_id: string; date_maj: string }>`
      select place_id, date_maj::text from private.place_freshness_reminders order by date_maj`.execute(
      h.db.db,
    );
    expect(recorded.rows).toEqual([
      { place_id: ids.stale, date_maj: '2025-01-15' },
      { place_id: ids.staleDraft, date_maj: '2025-03-01' },
    ]);
    expect(await sendFreshnessReminders(deps(), new Date(now.getTime() + 31 * 86_400_000))).toEqual({
      places: 2,
      emails: 2,
    });
  });
});

describe('"Toujours à jour"', () => {
  it('dates the record today for its manager, twice without harm, and is refused to another manager', async () => {
    const other = await api('freshManager');
    expect(
      await other.directoryAdmin.confirmStillCorrect({ placeId: ids.staleDraft ?? '' }).then(
        () => null,
        (e: unknown) => describeError(e),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(await dateMaj(ids.staleDraft)).toBe('2025-03-01');

    const manager = await api('draftManager');
    const first = await manager.directoryAdmin.confirmStillCorrect({ placeId: ids.staleDraft ?? '' });
    const second = await manager.directoryAdmin.confirmStillCorrect({ placeId: ids.staleDraft ?? '' });
    expect(first.dateMaj).toBe(await today());
    expect(second).toEqual(first);
    expect(await dateMaj(ids.staleDraft)).toBe(await today());
    // Confirmed: no reminder for it any more, even after 30 days.
    const later = await sendFreshnessReminders(deps(), new Date(Date.now() + 62 * 86_400_000));
    expect(later).toEqual({ places: 1, emails: 1 });
  });

  it('is refused by RLS too: another manager updates no row (direct SQL)', async () => {
    const claimsOf = (sub: string | undefined, email: string): SessionClaims => ({
      sub: sub ?? '',
      role: 'authenticated',
      email,
      aud: 'authenticated',
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    const updated = await withSession(
      h.db.db,
      claimsOf(userIds.freshManager, 'freshmanager@fraicheur.test'),
      (tx) => sql`update public.places set date_maj = current_date where id = ${ids.stale}`.execute(tx),
    );
    expect(updated.numAffectedRows).toBe(0n);
    expect(await dateMaj(ids.stale)).toBe('2025-01-15');
    const own = await withSession(h.db.db, claimsOf(userIds.manager, 'manager@fraicheur.test'), (tx) =>
      sql`update public.places set date_maj = current_date where id = ${ids.stale}`.execute(tx),
    );
    expect(own.numAffectedRows).toBe(1n);
    expect(await dateMaj(ids.stale)).toBe(await today());
  });
});

describe('the stale places list', () => {
  it('lists live places older than six months, oldest first, for network admins only', async () => {
    const admin = await api('admin');
    const list = await admin.directoryAdmin.stalePlaces({ page: 1 });
    // Confirmed (above), fresh and archived places are not listed; older records come first.
    const listed = list.items.map((p) => p.id);
    expect(listed).toContain(ids.orphan);
    for (const id of [ids.stale, ids.staleDraft, ids.fresh, ids.archived]) expect(listed).not.toContain(id);
    expect(list.items.find((p) => p.id === ids.orphan)).toMatchObject({
      name: 'Lieu sans-gestionnaire',
      dateMaj: '2024-06-01',
    });
    const dates = list.items.map((p) => p.dateMaj);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d < list.freshSince)).toBe(true);
    const manager = await api('manager');
    expect(
      await manager.directoryAdmin.stalePlaces({ page: 1 }).then(
        () => null,
        (e: unknown) => describeError(e),
      ),
    ).toMatchObject({ code: 'forbidden' });
  });
});
