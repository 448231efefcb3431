import type { DuplicateCandidate as Candidate } from '@rf/domain/directory/likely-duplicates';
import type {
  CommuneRef,
  ExistingImportedPlace,
  ImportedPlace,
  PlannedLine,
} from '@rf/domain/directory/place-import';
import { slugify } from '@rf/domain/directory/place-import';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

/** The communes a file may refer to: by INSEE code, and by postal code for lines without one. */
export async function findCandidateCommunes(
  tx: Tx,
  keys: { codes: readonly string[]; postalCodes: readonly string[] },
): Promise<CommuneRef[]> {
  if (keys.codes.length === 0 && keys.postalCodes.length === 0) return [];
  const rows = await tx
    .selectFrom('communes')
    .select(['code', 'name', 'postal_codes'])
    .where((eb) =>
      eb.or([
        eb('code', '=', sql<string>`any(${sql.val([...keys.codes])}::text[])`),
        sql<boolean>`postal_codes && ${sql.val([...keys.postalCodes])}::text[]`,
      ]),
    )
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, postalCodes: r.postal_codes }));
}

const importedColumns = [
  'id',
  'external_id',
  'name',
  'pivot',
  'kinds',
  'address',
  'address_complement',
  'postal_code',
  'commune_code',
  'latitude',
  'longitude',
  'phone',
  'email',
  'website',
  'opening_hours',
  'summary',
  'description',
  'source',
  'itinerance',
  'services',
  'publics',
  'specific_support',
  'fees',
  'access_modes',
  'support_modes',
  'national_programmes',
  'acces_libre_url',
  'booking_url',
] as const;

/** The places already imported from these standard ids, by id (locked until the transaction ends). */
export async function findImportedPlaces(
  tx: Tx,
  externalIds: readonly string[],
): Promise<Map<string, ExistingImportedPlace>> {
  const found = new Map<string, ExistingImportedPlace>();
  if (externalIds.length === 0) return found;
  const rows = await tx
    .selectFrom('places')
    .select(importedColumns)
    .where('external_id', '=', sql<string>`any(${sql.val([...externalIds])}::text[])`)
    .forUpdate()
    .execute();
  for (const row of rows) {
    if (!row.external_id) continue;
    found.set(row.external_id, {
      id: row.id,
      fields: {
        name: row.name,
        pivot: row.pivot ?? '',
        kinds: row.kinds,
        address: row.address ?? '',
        addressComplement: row.address_complement,
        postalCode: row.postal_code ?? '',
        communeCode: row.commune_code ?? '',
        latitude: row.latitude,
        longitude: row.longitude,
        phone: row.phone,
        email: row.email,
        website: row.website,
        openingHours: row.opening_hours,
        summary: row.summary,
        description: row.description,
        source: row.source,
        itinerance: row.itinerance,
        services: row.services,
        publics: row.publics,
        specificSupport: row.specific_support,
        fees: row.fees,
        accessModes: row.access_modes,
        supportModes: row.support_modes,
        nationalProgrammes: row.national_programmes,
        accesLibreUrl: row.acces_libre_url,
        bookingUrl: row.booking_url,
      },
    });
  }
  return found;
}

function columnsOf(place: ImportedPlace) {
  return {
    name: place.name,
    pivot: place.pivot,
    kinds: place.kinds,
    address: place.address,
    address_complement: place.addressComplement,
    postal_code: place.postalCode,
    commune_code: place.communeCode,
    latitude: place.latitude,
    longitude: place.longitude,
    phone: place.phone,
    email: place.email,
    website: place.website,
    opening_hours: place.openingHours,
    summary: place.summary,
    description: place.description,
    source: place.source,
    itinerance: place.itinerance,
    services: place.services,
    publics: place.publics,
    specific_support: place.specificSupport,
    fees: place.fees,
    access_modes: place.accessModes,
    support_modes: place.supportModes,
    national_programmes: place.nationalProgrammes,
    acces_libre_url: place.accesLibreUrl,
    booking_url: place.bookingUrl,
    // The file's date when it gives one (the standard's "last updated by its producer"), else today's.
    ...(place.dateMaj ? { date_maj: place.dateMaj } : {}),
  };
}

/** Slugs not taken yet, one per name, in order (`name`, `name-2`, `name-3`…). */
async function freeSlugs(tx: Tx, names: readonly string[]): Promise<string[]> {
  const bases = names.map((n) => slugify(n));
  const taken = new Set(
    (
      await tx
        .selectFrom('places')
        .select('slug')
        .where(
          sql<boolean>`split_part(slug, '-', 1) = any(${sql.val([...new Set(bases.map((b) => b.split('-')[0] ?? b))])}::text[])`,
        )
        .execute()
    ).map((r) => r.slug),
  );
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * Writes an import plan: new places (as drafts: a network admin publishes them after review) and the
 * changed fields of places imported before. Unchanged lines are not touched, so their `date_maj` stays.
 */
/** Writes the plan; returns the ids of the places it created or updated. */
export async function applyImportPlan(tx: Tx, lines: readonly PlannedLine[]): Promise<string[]> {
  const written: string[] = [];
  // The places keep their file's `date_maj` (migration 20261206151525), in this transaction only.
  await sql`select set_config('rf.place_import', 'on', true)`.execute(tx);
  const creations = lines.filter((l) => l.action === 'create');
  if (creations.length > 0) {
    const slugs = await freeSlugs(
      tx,
      creations.map((l) => l.place.name),
    );
    for (let start = 0; start < creations.length; start += 500) {
      const created = await tx
        .insertInto('places')
        .values(
          creations.slice(start, start + 500).map((line, index) => ({
            ...columnsOf(line.place),
            slug: slugs[start + index] ?? slugify(line.place.name),
            external_id: line.place.externalId,
            status: 'draft' as const,
          })),
        )
        .returning('id')
        .execute();
      written.push(...created.map((row) => row.id));
    }
  }
  for (const line of lines) {
    if (line.action !== 'update' || !line.placeId) continue;
    await tx.updateTable('places').set(columnsOf(line.place)).where('id', '=', line.placeId).execute();
    written.push(line.placeId);
  }
  return written;
}

/**
 * The live places of these communes, what the import preview compares its new lines with to flag likely
 * duplicates (decision 063). Read through RLS (network admins see every place). A place standing on its
 * commune's centre has no point of its own to compare (decision 067): two of them are not "within 100 m".
 */
export async function findDuplicateCandidates(
  tx: Tx,
  communeCodes: readonly string[],
): Promise<DuplicateCandidate[]> {
  if (communeCodes.length === 0) return [];
  return tx
    .selectFrom('places')
    .select([
      'id',
      'name',
      'address',
      'commune_code as communeCode',
      sql<number | null>`case when coordinates_precision = 'commune' then null else latitude end`.as(
        'latitude',
      ),
      sql<number | null>`case when coordinates_precision = 'commune' then null else longitude end`.as(
        'longitude',
      ),
      'external_id as externalId',
    ])
    .where('commune_code', 'in', [...new Set(communeCodes)])
    .where('status', '<>', 'archived')
    .where('merged_into_id', 'is', null)
    .execute();
}

export type DuplicateCandidate = Candidate & { externalId: string | null };
