import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

const example = readFileSync(
  new URL('../../../../domain/src/directory/fixtures/exemple-valide.csv', import.meta.url),
  'utf8',
);
const HEADER = 'id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj,services,telephone';
const line = (id: string, name: string, extra = ',') =>
  `${id},43493312300029,${name},Reims,51100,51454,1 rue de Vesle,2024-01-01,${extra}`;
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

let h: ApiHarness;
let placeA: string;
let placeB: string;
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
const countImported = async () =>
  Number(
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from public.places where external_id is not null`.execute(h.db.db)
    ).rows[0]?.n,
  );

beforeAll(async () => {
  h = await startApiHarness();
  const insert = async (slug: string, name: string) =>
    (
      await sql<{ id: string }>`insert into public.places (slug, name, address, commune_code, postal_code)
        values (${slug}, ${name}, '1 rue du Port', '29039', '29900') returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
  placeA = await insert('lieu-a', 'Lieu A');
  placeB = await insert('lieu-b', 'Lieu B');
  await h.createPerson({
    email: 'admin@test.fr',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  await h.createPerson({
    email: 'gestion-a@test.fr',
    password: 'mot-de-passe-a',
    places: [{ placeId: placeA, role: 'manager' }],
  });
  await h.createPerson({
    email: 'gestion-b@test.fr',
    password: 'mot-de-passe-b',
    places: [{ placeId: placeB, role: 'manager' }],
  });
  signedIn.admin = await signIn('admin@test.fr', 'mot-de-passe-admin');
  signedIn.managerA = await signIn('gestion-a@test.fr', 'mot-de-passe-a');
  signedIn.managerB = await signIn('gestion-b@test.fr', 'mot-de-passe-b');
});
afterAll(() => h.stop());

describe('import of the national standard', () => {
  it('previews the standard’s example without writing, then commits it, and a second commit is a no-op', async () => {
    const admin = await api('admin');
    const preview = await admin.directoryAdmin.importPreview({
      fileName: 'exemple-valide.csv',
      content: example,
    });
    if (!preview.ok) throw new Error(preview.fileError);
    expect(preview.sha256).toBe(sha(example));
    expect(preview.report.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 0 });
    expect(preview.report.lines[0]).toMatchObject({ line: 2, action: 'create', externalId: 'structure-1' });
    expect(await countImported()).toBe(0);

    const commit = () =>
      admin.directoryAdmin.importCommit({ fileName: 'x.csv', content: example, sha256: preview.sha256 });
    expect(await commit()).toMatchObject({ ok: true, report: { counts: { create: 1 } } });
    const { rows } = await sql<{ status: string; commune_code: string; updated_at: Date; date_maj: string }>`
      select status, commune_code, updated_at, date_maj::text from public.places
      where external_id = 'structure-1'`.execute(h.db.db);
    expect(rows).toHaveLength(1);
    // The producer's date of the file, not the day of the import.
    expect(rows[0]).toMatchObject({ status: 'draft', commune_code: '51454', date_maj: '2024-04-02' });

    expect(await commit()).toMatchObject({
      ok: true,
      report: { counts: { create: 0, update: 0, unchanged: 1 } },
    });
    const again = await sql<{ updated_at: Date }>`
      select updated_at from public.places where external_id = 'structure-1'`.execute(h.db.db);
    expect(again.rows[0]?.updated_at).toEqual(rows[0]?.updated_at);
    expect(await countImported()).toBe(1);
  });

  it('updates the place of a changed line, matched by id, never duplicating it', async () => {
    const admin = await api('admin');
    const changed = example.replace('"Anonymal"', '"Anonymal, le tiers-lieu"');
    const preview = await admin.directoryAdmin.importPreview({ fileName: 'x.csv', content: changed });
    if (!preview.ok) throw new Error(preview.fileError);
    expect(preview.report.lines[0]).toMatchObject({ action: 'update', changedFields: ['name'] });
    await admin.directoryAdmin.importCommit({ fileName: 'x.csv', content: changed, sha256: preview.sha256 });
    const { rows } = await sql<{ name: string; date_maj: string }>`
      select name, date_maj::text from public.places where external_id = 'structure-1'`.execute(h.db.db);
    expect(rows).toEqual([{ name: 'Anonymal, le tiers-lieu', date_maj: '2024-04-02' }]);

    // A change made in the console dates the place today; a date written by anything but the import too.
    await sql`update public.places set date_maj = '2020-01-01', summary = 'Modifié à la main'
      where external_id = 'structure-1'`.execute(h.db.db);
    const edited = await sql<{ today: boolean }>`select date_maj = current_date as today from public.places
      where external_id = 'structure-1'`.execute(h.db.db);
    expect(edited.rows).toEqual([{ today: true }]);
  });

  it('rejects malformed lines with their reason, and then commits nothing unless told to skip them', async () => {
    const admin = await api('admin');
    const csv = [HEADER, line('ok-1', 'Bon lieu'), line('ko-1', 'Mauvais lieu', 'Cuisine,0102')].join('\n');
    const preview = await admin.directoryAdmin.importPreview({ fileName: 'x.csv', content: csv });
    if (!preview.ok) throw new Error(preview.fileError);
    expect(preview.report.rejected).toEqual([
      {
        line: 3,
        externalId: 'ko-1',
        name: 'Mauvais lieu',
        reasons: [
          { code: 'standard', field: 'services', detail: "Le service 'Cuisine' n'est pas une valeur admise" },
          { code: 'vocabulary', field: 'services', detail: 'Cuisine' },
          { code: 'format', field: 'telephone', detail: '0102' },
        ],
      },
    ]);
    const before = await countImported();
    expect(
      await admin.directoryAdmin.importCommit({ fileName: 'x.csv', content: csv, sha256: preview.sha256 }),
    ).toMatchObject({ ok: false, reason: 'rejected_lines' });
    expect(await countImported()).toBe(before);

    const skipped = await admin.directoryAdmin.importCommit({
      fileName: 'x.csv',
      content: csv,
      sha256: preview.sha256,
      skipRejected: true,
    });
    expect(skipped).toMatchObject({ ok: true, report: { counts: { create: 1, rejected: 1 } } });
    expect(await countImported()).toBe(before + 1);
  });

  it('reads a `;` file, refuses a quote never closed naming its line, and rejects an invalid date_maj', async () => {
    const admin = await api('admin');
    const semicolons = [
      HEADER,
      line('sc-1', 'Médiathèque'),
      line('sc-2', 'Lieu daté').replace('2024-01-01', '31/12/2025'),
    ]
      .map((l) => l.replaceAll(',', ';'))
      .join('\r\n');
    const preview = await admin.directoryAdmin.importPreview({ fileName: 'excel.csv', content: semicolons });
    if (!preview.ok) throw new Error(preview.fileError);
    expect(preview.report.lines).toMatchObject([{ line: 2, externalId: 'sc-1', name: 'Médiathèque' }]);
    expect(preview.report.rejected).toEqual([
      {
        line: 3,
        externalId: 'sc-2',
        name: 'Lieu daté',
        reasons: [{ code: 'date', field: 'date_maj', detail: '31/12/2025' }],
      },
    ]);

    const unclosed = [
      HEADER,
      line('q-1', 'Bon lieu'),
      line('q-2', '"Lieu ouvert'),
      line('q-3', 'Autre'),
    ].join('\n');
    expect(await admin.directoryAdmin.importPreview({ fileName: 'x.csv', content: unclosed })).toEqual({
      ok: false,
      fileError: 'unclosed_quote',
      detail: '3',
    });
  });

  it('writes nothing when the commit fails half-way', async () => {
    const admin = await api('admin');
    // A rule only the database knows: the second new place breaks it after the first was inserted.
    await sql`alter table public.places add constraint test_no_boum check (name <> 'Boum')`.execute(h.db.db);
    const csv = [HEADER, line('tx-1', 'Premier'), line('tx-2', 'Boum')].join('\n');
    const before = await countImported();
    const failure = await error(
      admin.directoryAdmin.importCommit({ fileName: 'x.csv', content: csv, sha256: sha(csv) }),
    );
    expect(failure?.code).toBe('invalid_input');
    expect(await countImported()).toBe(before);
    await sql`alter table public.places drop constraint test_no_boum`.execute(h.db.db);
  });

  it('refuses a file that is not the previewed one, unreadable files, and people who are not network admins', async () => {
    const admin = await api('admin');
    expect(
      await admin.directoryAdmin.importCommit({ fileName: 'x.csv', content: example, sha256: sha('autre') }),
    ).toEqual({ ok: false, reason: 'file_changed' });
    expect(await admin.directoryAdmin.importPreview({ fileName: 'x.csv', content: 'id,nom\n1,x' })).toEqual({
      ok: false,
      fileError: 'missing_columns',
      detail: 'pivot, commune, code_postal, adresse, date_maj',
    });
    const manager = await api('managerA');
    expect(
      (await error(manager.directoryAdmin.importPreview({ fileName: 'x.csv', content: example })))?.code,
    ).toBe('forbidden');
  });
});

describe('place profile', () => {
  const profile = {
    name: 'Lieu A',
    summary: 'Un fab lab pour tout le monde',
    address: '1 rue du Port',
    postalCode: '29900',
    communeCode: '29039',
    phone: '02 98 00 00 00',
    services: ['Loisirs et créations numériques' as const],
  };

  it('lets a manager fill in their place, which raises the completeness score', async () => {
    const manager = await api('managerA');
    const before = await manager.directoryAdmin.placeProfile({ placeId: placeA });
    expect(before.completeness.missing).toContain('summary');
    await manager.directoryAdmin.updateProfile({ placeId: placeA, ...profile });
    const after = await manager.directoryAdmin.placeProfile({ placeId: placeA });
    expect(after.fields).toMatchObject({ summary: 'Un fab lab pour tout le monde', phone: '+33298000000' });
    expect(after.completeness.missing).not.toContain('summary');
    expect(after.completeness.missing).not.toContain('contact');
    expect(after.completeness.percent).toBeGreaterThan(before.completeness.percent);
  });

  it('says which field is wrong, in catalogue words', async () => {
    const manager = await api('managerA');
    const failure = await error(
      manager.directoryAdmin.updateProfile({ placeId: placeA, ...profile, communeCode: '99999' }),
    );
    expect(failure).toEqual({
      code: 'invalid_input',
      fieldErrors: { communeCode: 'validation.place.commune_code_unknown' },
    });
  });

  it('keeps a manager of place B out of place A, in the procedure and in the database', async () => {
    const managerB = await api('managerB');
    expect((await error(managerB.directoryAdmin.placeProfile({ placeId: placeA })))?.code).toBe('forbidden');
    expect(
      (await error(managerB.directoryAdmin.updateProfile({ placeId: placeA, ...profile, name: 'Pris' })))
        ?.code,
    ).toBe('forbidden');
    // RLS alone: the same update as manager B's database session touches no row.
    const { rows } = await sql<{
      id: string;
    }>`select id from auth.users where email = 'gestion-b@test.fr'`.execute(h.db.db);
    const claims = JSON.stringify({ sub: rows[0]?.id, role: 'authenticated' });
    const updated = await h.db.db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`.execute(
        tx,
      );
      return (await sql`update public.places set name = 'Pris' where id = ${placeA}`.execute(tx))
        .numAffectedRows;
    });
    expect(updated).toBe(0n);
    // And the admin-only guard: a manager cannot change their own place's status.
    const { rows: a } = await sql<{
      id: string;
    }>`select id from auth.users where email = 'gestion-a@test.fr'`.execute(h.db.db);
    const claimsA = JSON.stringify({ sub: a[0]?.id, role: 'authenticated' });
    await expect(
      h.db.db.transaction().execute(async (tx) => {
        await sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claimsA}, true)`.execute(
          tx,
        );
        await sql`update public.places set status = 'published' where id = ${placeA}`.execute(tx);
      }),
    ).rejects.toThrow();
  });
});
