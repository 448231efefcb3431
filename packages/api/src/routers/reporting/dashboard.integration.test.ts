import type { Dashboard } from '@rf/domain/reporting/dashboard';
import { isPublished, type PublishedDashboard } from '@rf/domain/reporting/publication';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { clearPublicationCache } from './publication.server.ts';

// Dashboards through the API: who may open which scope, share links created, read signed out and revoked;
// raw figures for network admins and managers, the one publication (decision 038) for observers and links.

let h: ApiHarness;
let placeA: string;
let placeB: string;
const signedIn: Record<string, string[]> = {};
const range = { from: '2026-01-01', to: '2026-07-01' };

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}
const api = async (who: string) => (await h.as(signedIn[who])).api;
function raw(dashboard: Dashboard | PublishedDashboard): Dashboard {
  if (isPublished(dashboard)) throw new Error('expected raw figures');
  return dashboard;
}
function published(dashboard: Dashboard | PublishedDashboard): PublishedDashboard {
  if (!isPublished(dashboard)) throw new Error('expected published figures');
  return dashboard;
}
const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e).code,
  );

beforeAll(async () => {
  h = await startApiHarness();
  const insert = async (slug: string, name: string, commune: string, postal: string) =>
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values (${slug}, ${name}, '1 rue du Port', ${commune}, ${postal}, 'published') returning id`.execute(
        h.db.db,
      )
    ).rows[0]?.id ?? '';
  placeA = await insert('fabrique-du-port', 'Fabrique du Port', '29039', '29900');
  placeB = await insert('tiers-lieu-amiens', 'Tiers-lieu d’Amiens', '80021', '80000');
  await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes, participants_total)
    values (${placeA}, 'collectif', '2026-02-10', 90, array['email'], 8),
           (${placeB}, 'collectif', '2026-03-10', 60, array['sante'], 5)`.execute(h.db.db);
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({ email: 'obs@test.fr', password: 'mot-de-passe-obs', networkRole: 'observer' });
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: placeA, role: 'manager' }],
  });
  signedIn.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
  signedIn.observer = await signIn('obs@test.fr', 'mot-de-passe-obs');
  signedIn.manager = await signIn('gestion@test.fr', 'mot-de-passe-g');
});
afterAll(() => h.stop());

describe('dashboards', () => {
  it('show the network its totals, a département its own, to network admins', async () => {
    const admin = await api('admin');
    const network = await admin.reporting.dashboardGet({ scope: { kind: 'network' }, range });
    expect(raw(network.dashboard).totals.participants).toBe(13);
    expect(network.canShare).toBe(true);
    const somme = await admin.reporting.dashboardGet({ scope: { kind: 'departement', code: '80' }, range });
    expect(somme.dashboard.title).toBe('Somme');
    expect(raw(somme.dashboard).totals.participants).toBe(5);
  });

  it('keep a manager to their place, and an observer to validated months', async () => {
    const manager = await api('manager');
    const own = await manager.reporting.dashboardGet({ scope: { kind: 'place', placeId: placeA }, range });
    expect(raw(own.dashboard).totals.participants).toBe(8);
    expect(await error(manager.reporting.dashboardGet({ scope: { kind: 'network' }, range }))).toBe(
      'forbidden',
    );
    expect(
      await error(manager.reporting.dashboardGet({ scope: { kind: 'place', placeId: placeB }, range })),
    ).toBe('forbidden');
    const observer = await api('observer');
    const seen = await observer.reporting.dashboardGet({ scope: { kind: 'network' }, range });
    // Nothing validated yet: the publication is empty.
    expect(published(seen.dashboard).participants).toBe(0);
    expect(seen.canShare).toBe(false);
    expect(seen.validatedOnly).toBe(true);
  });

  it('refuse a malformed scope or period with a validation error, never a crash', async () => {
    const admin = await api('admin');
    expect(
      await error(
        admin.reporting.dashboardGet({
          scope: { kind: 'network' },
          range: { from: '2026-07-01', to: '2026-01-01' },
        }),
      ),
    ).toBe('invalid_input');
    expect(
      await error(admin.reporting.dashboardGet({ scope: { kind: 'region', code: 'xx' } as never, range })),
    ).toBe('invalid_input');
  });

  it('share a dashboard by a link anyone can read until it is revoked', async () => {
    const manager = await api('manager');
    const scope = { kind: 'place' as const, placeId: placeA };
    const { id, token } = await manager.reporting.dashboardShareCreate({ scope, range });
    const anonymous = (await h.as()).api;
    const shared = await anonymous.reporting.dashboardShared({ token });
    expect(shared.title).toBe('Fabrique du Port');
    // Its holder reads the publication, not the raw 8 its author sees: nothing is validated yet.
    expect(shared.figures).toBe('published');
    expect(shared.participants).toBe(0);
    expect((await manager.reporting.dashboardGet({ scope, range })).shareLinks.map((l) => l.id)).toEqual([
      id,
    ]);
    // Neither a link to someone else's place nor to the network for a manager.
    expect(await error(manager.reporting.dashboardShareCreate({ scope: { kind: 'network' }, range }))).toBe(
      'forbidden',
    );
    await manager.reporting.dashboardShareRevoke({ id });
    expect(await error(anonymous.reporting.dashboardShared({ token }))).toBe('not_found');
    expect(await error(anonymous.reporting.dashboardShared({ token: 'x' }))).toBe('invalid_input');
  });

  it('end a share link after the days chosen at its creation, 90 unless said otherwise, audited', async () => {
    const manager = await api('manager');
    const scope = { kind: 'place' as const, placeId: placeA };
    const week = await manager.reporting.dashboardShareCreate({ scope, range, days: 7 });
    const standard = await manager.reporting.dashboardShareCreate({ scope, range });
    expect(await error(manager.reporting.dashboardShareCreate({ scope, range, days: 3650 as 7 }))).toBe(
      'invalid_input',
    );
    const { rows } = await sql<{ id: string; days: number }>`
      select id, round(extract(epoch from expires_at - created_at) / 86400)::int as days
      from public.dashboard_share_links where id in (${week.id}, ${standard.id})`.execute(h.db.db);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.days]))).toEqual({ [week.id]: 7, [standard.id]: 90 });

    // Eight days later the week's link answers "expired"; the console lists only the live one.
    await sql`update public.dashboard_share_links set created_at = created_at - interval '8 days',
      expires_at = expires_at - interval '8 days' where id = ${week.id}`.execute(h.db.db);
    const anonymous = (await h.as()).api;
    expect(await error(anonymous.reporting.dashboardShared({ token: week.token }))).toBe(
      'link_invalid_or_expired',
    );
    expect((await anonymous.reporting.dashboardShared({ token: standard.token })).title).toBe(
      'Fabrique du Port',
    );
    const live = (await manager.reporting.dashboardGet({ scope, range })).shareLinks.map((l) => l.id);
    expect(live).toEqual([standard.id]);

    // Creation and revocation are audited, without the token's hash; a revoked link stays revoked.
    await manager.reporting.dashboardShareRevoke({ id: standard.id });
    const audit = await sql<{ action: string; hash: boolean }>`
      select action, (coalesce(new, old) ? 'token_hash') as hash from public.audit_events
      where table_name = 'dashboard_share_links' and row_id = ${standard.id} order by id`.execute(h.db.db);
    expect(audit.rows).toEqual([
      { action: 'insert', hash: false },
      { action: 'update', hash: false },
    ]);
    await expect(
      sql`update public.dashboard_share_links set revoked_at = null where id = ${standard.id}`.execute(
        h.db.db,
      ),
    ).rejects.toThrow(/stays revoked/);
  });

  it('show observers, share links and open data the same suppressed figures of validated quarters', async () => {
    // Two people of 12–18 among A's workshop of 20 in the third quarter (A also had activity in Q1), and
    // B's 15 adults; both quarters of A and B's third quarter validated (records first: decision 036).
    await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes,
        participants_total, counts_by_tranche_age)
      values (${placeA}, 'collectif', '2026-07-10', 90, array['email'], 20,
          ${JSON.stringify({ douze_dix_huit: 2, soixante_dix_plus: 18 })}::jsonb),
        (${placeB}, 'collectif', '2026-08-10', 90, array['email'], 15,
          ${JSON.stringify({ soixante_dix_plus: 15 })}::jsonb)`.execute(h.db.db);
    for (const [place, start] of [
      [placeA, '2026-01-01'],
      [placeA, '2026-07-01'],
      [placeB, '2026-07-01'],
    ] as const) {
      await sql`insert into public.reports (place_id, period, period_start, status, submitted_at, reviewed_at)
        values (${place}, 'quarter', ${start}::date, 'validated', now(), now())`.execute(h.db.db);
    }
    const july = { from: '2026-07-01', to: '2026-08-01' };
    const scope = { kind: 'place' as const, placeId: placeA };
    // The place's manager and network admins keep raw figures, month by month.
    const manager = await api('manager');
    const own = raw((await manager.reporting.dashboardGet({ scope, range: july })).dashboard);
    expect(own.byTrancheAge.find((c) => c.code === 'douze_dix_huit')?.participants).toBe(2);
    // The observer's July is the whole validated quarter, with the 2 hidden (and its partner).
    const observer = await api('observer');
    const seen = published((await observer.reporting.dashboardGet({ scope, range: july })).dashboard);
    expect(seen.range).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    const age = (d: PublishedDashboard, code: string) =>
      d.byTrancheAge.find((c) => c.code === code)?.participants;
    expect(age(seen, 'douze_dix_huit')).toBeNull();
    expect(age(seen, 'soixante_dix_plus')).toBeNull();
    expect(seen.participants).toBe(20);
    // A link the manager shares shows the same, and so does the open-data file.
    const { token } = await manager.reporting.dashboardShareCreate({ scope, range: july });
    const anonymous = (await h.as()).api;
    const shared = await anonymous.reporting.dashboardShared({ token });
    expect({ ...shared, title: '' }).toEqual({ ...seen, title: '' });
    const open = (await anonymous.reporting.openData()).filter(
      (r) => r.idLieu === placeA && r.trimestre === '2026-T3' && r.dimension === 'tranche_age',
    );
    expect(open.map((r) => [r.modalite, r.participants]).sort()).toEqual([
      ['douze_dix_huit', null],
      ['soixante_dix_plus', null],
    ]);
    // Over both quarters, a sum is shown only when every quarter's figure is.
    const year = published(
      (await observer.reporting.dashboardGet({ scope, range: { from: '2026-01-01', to: '2027-01-01' } }))
        .dashboard,
    );
    expect(year.byQuarter.map((q) => [q.quarter, q.participants])).toEqual([
      ['2026-01-01', 8],
      ['2026-07-01', 20],
    ]);
    expect(year.participants).toBe(28);
    expect(age(year, 'douze_dix_huit')).toBeNull();
  });

  it('keep a shared page for its version of the publication, until a write changes its figures (064)', async () => {
    const admin = await api('admin');
    const manager = await api('manager');
    const observer = await api('observer');
    const year = { from: '2026-01-01', to: '2027-01-01' };
    const network = { kind: 'network' as const };
    const { token } = await admin.reporting.dashboardShareCreate({ scope: network, range: year });
    const anonymous = (await h.as()).api;
    const page = () => anonymous.reporting.dashboardShared({ token });
    const before = await page();
    expect(before.byQuarter.map((q) => q.quarter)).toEqual(['2026-01-01', '2026-07-01']);
    // Asked again, it is this process's copy (the very same lists), not a new computation; so it stays
    // after writes the publication does not read: a place's phone, a record of a period not validated.
    expect((await page()).byTheme).toBe(before.byTheme);
    await sql`update public.places set phone = '+33298000000' where id = ${placeA}`.execute(h.db.db);
    await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes,
        participants_total)
      values (${placeA}, 'collectif', '2026-05-12', 60, array['email'], 12)`.execute(h.db.db);
    expect((await page()).byTheme).toBe(before.byTheme);

    // The place's second quarter validated through the console: the page shows it at once, and so do the
    // observer's dashboard and the open-data file.
    const { id: reportId } = await manager.reporting.openReport({
      placeId: placeA,
      period: 'quarter',
      periodStart: '2026-04-01',
    });
    await manager.reporting.submitReport({ reportId, narrative: 'Un trimestre.' });
    expect((await page()).byQuarter).toEqual(before.byQuarter);
    // The public figures of 048 (home page, directory) do not read reports: their caches stay.
    const publicFigures = async () =>
      (await sql<{ f: string }>`select private.public_figures_fingerprint() as f`.execute(h.db.db)).rows[0]
        ?.f;
    const figuresBefore = await publicFigures();
    await admin.reporting.reviewReport({ reportId, decision: 'validate' });
    expect(await publicFigures()).toBe(figuresBefore);
    const after = await page();
    expect(after.byQuarter.map((q) => [q.quarter, q.participants])).toEqual([
      ['2026-01-01', before.byQuarter[0]?.participants],
      ['2026-04-01', 12],
      ['2026-07-01', before.byQuarter[1]?.participants],
    ]);
    expect(after.participants).toBe((before.participants ?? Number.NaN) + 12);
    const seen = published(
      (await observer.reporting.dashboardGet({ scope: network, range: year })).dashboard,
    );
    expect({ ...seen, title: '' }).toEqual({ ...after, title: '' });
    expect((await anonymous.reporting.openData()).some((r) => r.trimestre === '2026-T2')).toBe(true);

    // A place renamed is renamed on the page at once (the publication names its places).
    await sql`update public.places set name = 'Fabrique du Port de Brest' where id = ${placeA}`.execute(
      h.db.db,
    );
    const renamed = await page();
    expect(renamed.places.find((p) => p.placeId === placeA)?.name).toBe('Fabrique du Port de Brest');
    // Reopened, the quarter leaves the page again.
    await admin.reporting.reviewReport({ reportId, decision: 'reopen', comment: 'Une séance oubliée.' });
    expect((await page()).byQuarter.map((q) => q.quarter)).toEqual(['2026-01-01', '2026-07-01']);
    // What the process kept is what a computation from scratch gives.
    const kept = await page();
    clearPublicationCache(h.services.db);
    const fresh = await page();
    expect(fresh.byTheme).not.toBe(kept.byTheme);
    expect(fresh).toEqual(kept);
  });
});
