import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

let h: ApiHarness;
let managed: string;
let fabrique: string;
let fabriqueLabel: string;
const signedIn: Record<string, string[]> = {};

async function signIn(email: string, password: string) {
  const scope = await h.as();
  await scope.api.identity.signIn({ email, password });
  return scope.cookies;
}
const api = async (who: string) => (await h.as(signedIn[who])).api;
const error = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => describeError(e),
  );
const auditCount = async (table: string, rowId: string) =>
  Number(
    (
      await sql<{ n: number }>`select count(*)::int as n from public.audit_events
        where table_name = ${table} and row_id = ${rowId}`.execute(h.db.db)
    ).rows[0]?.n,
  );
const placeRow = async (id: string) =>
  (
    await sql<{
      status: string;
      hidden_at: Date | null;
      hidden_reason: string | null;
      hub_fabrique_id: string | null;
    }>`select status, hidden_at, hidden_reason, hub_fabrique_id from public.places where id = ${id}`.execute(
      h.db.db,
    )
  ).rows[0];

const newPlace = {
  name: 'Atelier du Port',
  communeCode: '29039',
  address: '2 quai Carnot',
  postalCode: '29900',
};

beforeAll(async () => {
  h = await startApiHarness();
  const insert = async (slug: string, name: string) =>
    (
      await sql<{ id: string }>`insert into public.places (slug, name, address, commune_code, postal_code)
        values (${slug}, ${name}, '1 rue du Port', '29039', '29900') returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
  managed = await insert('lieu-gere', 'Lieu géré');
  fabrique = await insert('la-fabrique', 'La Fabrique');
  fabriqueLabel =
    (
      await sql<{ id: string }>`select id from public.labels where code = 'fabrique_territoire'`.execute(
        h.db.db,
      )
    ).rows[0]?.id ?? '';
  await sql`insert into public.place_labels (place_id, label_id, granted_on)
    values (${fabrique}, ${fabriqueLabel}, '2024-01-01')`.execute(h.db.db);
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({
    email: 'gestion@test.fr',
    password: 'mot-de-passe-g',
    places: [{ placeId: managed, role: 'manager' }],
  });
  signedIn.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
  signedIn.manager = await signIn('gestion@test.fr', 'mot-de-passe-g');
});
afterAll(() => h.stop());

describe('network admin place actions', () => {
  it('creates a draft place, and a double click returns the same place', async () => {
    const admin = await api('admin');
    const first = await admin.directoryAdmin.createPlace({ ...newPlace, kinds: ['TIERS_LIEUX'] });
    expect(first.created).toBe(true);
    expect((await placeRow(first.id))?.status).toBe('draft');
    const again = await admin.directoryAdmin.createPlace({ ...newPlace, kinds: ['TIERS_LIEUX'] });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await auditCount('places', first.id)).toBe(1);
  });

  it('reports an unknown commune next to its field', async () => {
    const admin = await api('admin');
    expect(
      await error(admin.directoryAdmin.createPlace({ ...newPlace, name: 'Autre', communeCode: '99999' })),
    ).toEqual({
      code: 'invalid_input',
      fieldErrors: { communeCode: 'validation.place.commune_code_unknown' },
    });
  });

  it('lists places by name without accents, by status, in pages', async () => {
    const admin = await api('admin');
    const found = await admin.directoryAdmin.listPlaces({ q: 'lieu gere' });
    expect(found.items.map((p) => p.name)).toEqual(['Lieu géré']);
    const drafts = await admin.directoryAdmin.listPlaces({ status: 'published' });
    expect(drafts.items.every((p) => p.status === 'published')).toBe(true);
    expect((await admin.directoryAdmin.listPlaces({ page: 99 })).items).toEqual([]);
  });

  it('publishes and archives, writing once for a repeated click, with an audit row', async () => {
    const admin = await api('admin');
    const before = await auditCount('places', managed);
    await admin.directoryAdmin.setPlaceStatus({ placeId: managed, status: 'published' });
    await admin.directoryAdmin.setPlaceStatus({ placeId: managed, status: 'published' });
    expect((await placeRow(managed))?.status).toBe('published');
    expect(await auditCount('places', managed)).toBe(before + 1);
    await admin.directoryAdmin.setPlaceStatus({ placeId: managed, status: 'archived' });
    expect((await placeRow(managed))?.status).toBe('archived');
    await admin.directoryAdmin.setPlaceStatus({ placeId: managed, status: 'published' });
  });

  it('hides with a reason and restores, audited', async () => {
    const admin = await api('admin');
    const before = await auditCount('places', managed);
    await admin.directoryAdmin.hidePlace({ placeId: managed, reason: 'Signalement en cours' });
    expect((await placeRow(managed))?.hidden_reason).toBe('Signalement en cours');
    await admin.directoryAdmin.restorePlace({ placeId: managed });
    await admin.directoryAdmin.restorePlace({ placeId: managed });
    expect((await placeRow(managed))?.hidden_at).toBeNull();
    expect(await auditCount('places', managed)).toBe(before + 2);
    expect(await error(admin.directoryAdmin.hidePlace({ placeId: managed, reason: '' }))).toMatchObject({
      fieldErrors: { reason: 'validation.place_admin.hide_reason_required' },
    });
  });

  it('grants a label with dates (twice is once), ends it, and refuses an end before the grant', async () => {
    const admin = await api('admin');
    const input = {
      placeId: managed,
      labelId: fabriqueLabel,
      grantedOn: '2025-03-01',
      endsOn: '',
      waveId: '',
    };
    const { id } = await admin.directoryAdmin.grantLabel(input);
    expect((await admin.directoryAdmin.grantLabel(input)).id).toBe(id);
    expect(await auditCount('place_labels', id)).toBe(1);
    const view = await admin.directoryAdmin.placeAdmin({ placeId: managed });
    expect(view.place.labels).toMatchObject([{ id, grantedOn: '2025-03-01', endsOn: null }]);
    expect(view.place.isFabrique).toBe(true);
    expect(
      await error(
        admin.directoryAdmin.endLabel({ placeId: managed, placeLabelId: id, endsOn: '2025-01-01' }),
      ),
    ).toMatchObject({ fieldErrors: { endsOn: 'validation.place_admin.ends_before_granted' } });
    await admin.directoryAdmin.endLabel({ placeId: managed, placeLabelId: id, endsOn: '2025-06-30' });
    expect((await admin.directoryAdmin.placeAdmin({ placeId: managed })).place.isFabrique).toBe(false);
    expect(await auditCount('place_labels', id)).toBe(2);
  });

  it('sets a hub only to a fabrique, and never for a fabrique', async () => {
    const admin = await api('admin');
    const { id: other } = await admin.directoryAdmin.createPlace({
      ...newPlace,
      name: 'Tiers-lieu du Bourg',
    });
    expect(
      await error(admin.directoryAdmin.setHub({ placeId: fabrique, hubFabriqueId: other })),
    ).toMatchObject({ fieldErrors: { hubFabriqueId: 'validation.place_admin.hub_place_is_fabrique' } });
    expect(
      await error(admin.directoryAdmin.setHub({ placeId: managed, hubFabriqueId: other })),
    ).toMatchObject({
      fieldErrors: { hubFabriqueId: 'validation.place_admin.hub_not_fabrique' },
    });
    await admin.directoryAdmin.setHub({ placeId: other, hubFabriqueId: fabrique });
    await admin.directoryAdmin.setHub({ placeId: other, hubFabriqueId: fabrique });
    expect((await placeRow(other))?.hub_fabrique_id).toBe(fabrique);
    expect(await auditCount('places', other)).toBe(2);
    await admin.directoryAdmin.setHub({ placeId: other, hubFabriqueId: '' });
    expect((await placeRow(other))?.hub_fabrique_id).toBeNull();
  });

  it('refuses every action to a manager, even on their own place', async () => {
    const manager = await api('manager');
    const forbidden = { code: 'forbidden', fieldErrors: {} };
    const calls: (() => Promise<unknown>)[] = [
      () => manager.directoryAdmin.listPlaces({}),
      () => manager.directoryAdmin.placeAdmin({ placeId: managed }),
      () => manager.directoryAdmin.createPlace({ ...newPlace, name: 'Pas permis' }),
      () => manager.directoryAdmin.setPlaceStatus({ placeId: managed, status: 'archived' }),
      () => manager.directoryAdmin.hidePlace({ placeId: managed, reason: 'Pas permis' }),
      () => manager.directoryAdmin.restorePlace({ placeId: managed }),
      () =>
        manager.directoryAdmin.grantLabel({
          placeId: managed,
          labelId: fabriqueLabel,
          grantedOn: '2025-01-01',
        }),
      () => manager.directoryAdmin.setHub({ placeId: managed, hubFabriqueId: fabrique }),
    ];
    for (const call of calls) expect(await error(call())).toEqual(forbidden);
    expect((await placeRow(managed))?.status).toBe('published');
  });
});
