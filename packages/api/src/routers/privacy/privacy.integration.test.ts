// A person's own data through the private link, on the real database: download what is held, erase it —
// the seat goes to the next person waiting, who is told; the link stops working; the statistics stay.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../../caller.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let placeId: string;
let activityId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

function caller(ip: string) {
  const request = new Request('http://localhost:3000/');
  return callerFor(h.services, { request, responseHeaders: new Headers(), clientAddress: ip });
}

beforeAll(async () => {
  h = await startApiHarness();
  const place = await sql<{ id: string }>`
    insert into public.places (slug, name, kinds, address, postal_code, commune_code, status)
    values ('konk-ar-lab', 'Konk Ar Lab', '{FABLAB}', '1 rue du Port', '29900', '29039', 'published')
    returning id`.execute(h.db.db);
  placeId = place.rows[0]?.id as string;
  const activity = await sql<{ id: string }>`
    insert into public.activities (place_id, title, themes, status)
    values (${placeId}, 'Prendre en main son smartphone', '{prendre_en_main_du_materiel}', 'published')
    returning id`.execute(h.db.db);
  activityId = activity.rows[0]?.id as string;
});
afterAll(() => h.stop());

describe('privacy', () => {
  it('shows the retention periods from the network settings', async () => {
    const { table, contact } = await (await caller('10.0.0.1')).privacy.retention();
    expect(contact).toBeNull();
    expect(table[0]).toEqual({ item: 'bookings_attended', amount: 90, unit: 'days' });
    await sql`update private.retention_settings set attended_days = 180`.execute(h.db.db);
    expect((await (await caller('10.0.0.1')).privacy.retention()).table[0]?.amount).toBe(180);
    await sql`update private.retention_settings set attended_days = 90`.execute(h.db.db);
  });

  it('downloads, then erases a booking: the seat goes to the waitlist and nothing names the person', async () => {
    const { rows } = await sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${activityId}, ${placeId}, ${inHours(72)}, ${inHours(74)}, 1) returning id`.execute(h.db.db);
    const sessionId = rows[0]?.id as string;
    const book = async (ip: string, firstName: string, email: string) =>
      (await caller(ip)).booking.book({
        sessionId,
        mode: 'resident',
        firstName,
        email,
        consent: true,
        prescriberName: 'Sam Martin',
      });
    const mine = await book('10.0.1.1', 'Effacée', 'efface@test.fr');
    await book('10.0.1.2', 'Suivante', 'suivante@test.fr');
    const api = await caller('10.0.1.1');
    const token = mine.token as string;

    const held = await api.privacy.bookingData({ token });
    expect(held).toMatchObject({
      kind: 'booking',
      data: {
        status: 'confirmed',
        firstName: 'Effacée',
        email: 'efface@test.fr',
        prescriberName: 'Sam Martin',
        title: 'Prendre en main son smartphone',
        placeName: 'Konk Ar Lab',
      },
    });
    expect(new Date(held.erasedBy).getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);

    await expect(api.privacy.eraseBooking({ token })).resolves.toEqual({ status: 'erased' });
    const { rows: after } = await sql<Record<string, unknown>>`
      select first_name, email, phone, person_key, prescriber_name, manage_token_hash, status, erased_at
      from public.bookings where session_id = ${sessionId} order by arrival`.execute(h.db.db);
    expect(after[0]).toMatchObject({
      first_name: '—',
      email: null,
      phone: null,
      person_key: null,
      prescriber_name: null,
      manage_token_hash: null,
      status: 'cancelled',
    });
    expect(after[0]?.erased_at).not.toBeNull();
    expect(after[1]).toMatchObject({ first_name: 'Suivante', status: 'confirmed' });
    const { rows: trace } = await sql<{ n: number }>`
      select count(*)::int as n from public.bookings where first_name = 'Effacée' or email = 'efface@test.fr'`.execute(
      h.db.db,
    );
    expect(trace[0]?.n).toBe(0);

    // The next person is told; the erased one gets nothing more (no address left to write to).
    await h.drainJobs();
    await h.smtp.waitFor(
      (m) =>
        (m.to && 'text' in m.to ? m.to.text : '') === 'suivante@test.fr' &&
        (m.subject ?? '').startsWith('Une place s’est libérée'),
    );
    // The link no longer works.
    await expect(api.privacy.bookingData({ token })).rejects.toThrow('not_found');
    await expect(api.booking.byToken({ token })).rejects.toThrow('not_found');
    await expect(api.privacy.eraseBooking({ token })).rejects.toThrow('not_found');
  });

  it('refuses an unknown link', async () => {
    const api = await caller('10.0.2.1');
    await expect(api.privacy.eraseAppointment({ token: 'x'.repeat(43) })).rejects.toThrow('not_found');
  });

  it('deletes a member’s account: the seat to come goes back, the bookings are erased, the account is gone', async () => {
    const { rows } = await sql<{ id: string }>`
      insert into public.sessions (activity_id, place_id, starts_at, ends_at, capacity)
      values (${activityId}, ${placeId}, ${inHours(96)}, ${inHours(98)}, 1) returning id`.execute(h.db.db);
    const sessionId = rows[0]?.id as string;
    const userId = await h.createPerson({
      email: 'membre-parti@test.fr',
      password: 'mot-de-passe-membre',
      places: [{ placeId, role: 'member' }],
    });
    const scope = await h.as();
    await scope.api.identity.signIn({ email: 'membre-parti@test.fr', password: 'mot-de-passe-membre' });
    const member = await h.as(scope.cookies);
    await member.api.booking.bookForMe({ sessionId });
    const { rows: before } = await sql<{ status: string }>`
      select status from public.bookings where user_id = ${userId}`.execute(h.db.db);
    expect(before).toEqual([{ status: 'confirmed' }]);

    await expect(member.api.privacy.deleteAccount()).resolves.toEqual({ status: 'deleted' });
    const { rows: after } = await sql<Record<string, unknown>>`
      select status, first_name, email, user_id, erased_at is not null as erased
      from public.bookings where session_id = ${sessionId}`.execute(h.db.db);
    expect(after).toEqual([
      { status: 'cancelled', first_name: '—', email: null, user_id: null, erased: true },
    ]);
    const { rows: left } = await sql<{ n: number }>`
      select (select count(*)::int from public.profiles where id = ${userId})
        + (select count(*)::int from public.place_memberships where user_id = ${userId})
        + (select count(*)::int from auth.users where id = ${userId}) as n`.execute(h.db.db);
    expect(left[0]?.n).toBe(0);
  });

  it('refuses to delete the last manager of a place or the last network admin, and changes nothing', async () => {
    const managerId = await h.createPerson({
      email: 'seule-gestionnaire@test.fr',
      password: 'mot-de-passe-gestion',
      places: [{ placeId, role: 'manager' }],
    });
    const adminId = await h.createPerson({
      email: 'seul-admin@test.fr',
      password: 'mot-de-passe-admin1',
      networkRole: 'network_admin',
    });
    // The demo-free test database has no other admin: this one is the last.
    await sql`delete from public.profiles where network_role = 'network_admin' and id <> ${adminId}`.execute(
      h.db.db,
    );
    for (const [email, password, code, id] of [
      ['seule-gestionnaire@test.fr', 'mot-de-passe-gestion', 'last_place_manager', managerId],
      ['seul-admin@test.fr', 'mot-de-passe-admin1', 'last_network_admin', adminId],
    ] as const) {
      const scope = await h.as();
      await scope.api.identity.signIn({ email, password });
      const person = await h.as(scope.cookies);
      await expect(person.api.privacy.deleteAccount()).rejects.toThrow(code);
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from public.profiles where id = ${id}`.execute(h.db.db);
      expect(rows[0]?.n).toBe(1);
    }
  });
});
