// The import preview flags likely duplicates of existing places (issue 17, decision 063): a new line whose
// name is close to, or whose address is the same as, a live place of its commune, or whose point is within
// 100 m of one, links to that place. Lines updating a place already imported by its `id` are not flagged.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

const HEADER = 'id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,date_maj,services';
const line = (id: string, name: string, address: string, point = ',') =>
  `${id},43493312300029,${name},Reims,51100,51454,${address},${point},2024-01-01,`;

let h: ApiHarness;
let cookies: string[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startApiHarness();
  const insert = async (slug: string, name: string, address: string) =>
    (
      await sql<{
        id: string;
      }>`insert into public.places (slug, name, address, commune_code, postal_code, status)
        values (${slug}, ${name}, ${address}, '51454', '51100', 'published') returning id`.execute(h.db.db)
    ).rows[0]?.id ?? '';
  ids.mediatheque = await insert(
    'mediatheque-croix-rouge',
    'Médiathèque Croix-Rouge',
    '19 rue Jean-Louis Debar',
  );
  ids.tiersLieu = await insert('le-cellier', 'Le Cellier', '4 bis rue de Mars');
  ids.archived = await insert('ancienne-mediatheque', 'Médiathèque Croix Rouge (ancienne)', '1 place X');
  await sql`update public.places set status = 'archived' where id = ${ids.archived}`.execute(h.db.db);
  await sql`update public.places set latitude = 49.2575, longitude = 4.0340 where id = ${ids.tiersLieu}`.execute(
    h.db.db,
  );
  await h.createPerson({
    email: 'admin@doublons.test',
    password: 'mot-de-passe-admin',
    networkRole: 'network_admin',
  });
  const scope = await h.as();
  await scope.api.identity.signIn({ email: 'admin@doublons.test', password: 'mot-de-passe-admin' });
  cookies = scope.cookies;
});
afterAll(() => h.stop());

describe('import preview: likely duplicates', () => {
  it('links each new line to the live places it likely duplicates, with why', async () => {
    const admin = (await h.as(cookies)).api;
    const csv = [
      HEADER,
      line('imp-1', 'Mediatheque Croix Rouge', '12 avenue Nationale'),
      line('imp-2', 'Espace numérique', '4 bis r. de Mars'),
      line('imp-3', 'Atelier partagé', '8 rue Neuve', '49.2578,4.0342'),
      line('imp-4', 'Garage solidaire', '30 rue du Barbâtre'),
    ].join('\n');
    const preview = await admin.directoryAdmin.importPreview({ fileName: 'doublons.csv', content: csv });
    if (!preview.ok) throw new Error(`preview refused: ${preview.fileError}`);
    const byId = Object.fromEntries(preview.report.lines.map((l) => [l.externalId, l.duplicates]));
    expect(byId['imp-1']).toEqual([
      { id: ids.mediatheque, name: 'Médiathèque Croix-Rouge', reasons: ['name'] },
    ]);
    expect(byId['imp-2']).toEqual([{ id: ids.tiersLieu, name: 'Le Cellier', reasons: ['address'] }]);
    expect(byId['imp-3']).toEqual([{ id: ids.tiersLieu, name: 'Le Cellier', reasons: ['distance'] }]);
    expect(byId['imp-4']).toEqual([]);
  });
});
