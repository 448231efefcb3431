import type { PublicationPlace, PublicationSourceRow } from '@rf/domain/reporting/publication';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// The exact counts behind the one publication of activity (decision 038): per place and quarter, the months a
// VALIDATED report of the place covers (`exists`: a quarter and its year both validated count once). Exact,
// hence read with the service role by the server only, and never returned as is: `publishActivity`
// suppresses them before anything leaves.

/**
 * The publication's version read with a service-role transaction's `begin` (`withServiceRole`'s `read`), for
 * the public share page: one round trip less than its own statement. `notePublicationFingerprint` takes it.
 */
export const READ_PUBLICATION_FINGERPRINT =
  'select private.publication_fingerprint() as publication_fingerprint';

const openedFingerprints = new WeakMap<Tx, string>();

/** Takes the version `tx` read in its opening (the row of `READ_PUBLICATION_FINGERPRINT`), if any. */
export function notePublicationFingerprint(tx: Tx, openingRow: Record<string, unknown> | undefined) {
  const fingerprint = openingRow?.publication_fingerprint;
  if (typeof fingerprint === 'string') openedFingerprints.set(tx, fingerprint);
}

/**
 * The publication's version as the database keeps it (migration 20261206205118, decision 064): the database,
 * its start, and a counter that statement-level triggers move, in the writing transaction, on every write
 * that can change the publication (reports' validation, places, communes, départements, régions). Equal
 * fingerprints mean an equal publication; one tiny statement (service role only).
 */
export async function publicationFingerprint(tx: Tx): Promise<string> {
  const opened = openedFingerprints.get(tx);
  if (opened !== undefined) return opened;
  const { rows } = await sql<{
    fingerprint: string;
  }>`select private.publication_fingerprint() as fingerprint`.execute(tx);
  return rows[0]?.fingerprint ?? '';
}

/**
 * Each quarter that validated reports cover, with a fingerprint of what its suppressed figures depend on:
 * which reports are validated (and when: a reopened and validated again report is a new version) and the
 * département and territory kind of their places. The records of a validated period are frozen (decision
 * 036), so an unchanged fingerprint means unchanged figures.
 */
export async function listPublicationQuarters(tx: Tx): Promise<{ quarter: string; fingerprint: string }[]> {
  const { rows } = await sql<{ quarter: string; fingerprint: string }>`
    select to_char(q.quarter, 'YYYY-MM-DD') as quarter,
      md5(string_agg(
        concat_ws(':', r.id, r.reviewed_at, c.departement_code, p.is_qpv, p.is_rural), ','
        order by r.id, q.quarter)) as fingerprint
    from public.reports r
    cross join lateral generate_series(r.period_start::timestamp, (r.period_end - 1)::timestamp,
      interval '3 months') as q(quarter)
    join public.places p on p.id = r.place_id
    left join public.communes c on c.code = p.commune_code
    where r.status = 'validated'
    group by q.quarter
    order by q.quarter`.execute(tx);
  return rows;
}

/** The exact counts of the quarters asked (first days), from the months validated reports cover. */
export async function listPublicationRows(
  tx: Tx,
  quarters: readonly string[],
): Promise<PublicationSourceRow[]> {
  if (quarters.length === 0) return [];
  const { rows } = await sql<{
    quarter: string;
    placeId: string;
    dimension: string;
    code: string;
    participants: string;
  }>`
    select to_char(date_trunc('quarter', a.month), 'YYYY-MM-DD') as quarter, a.place_id as "placeId",
      a.dimension, a.code, sum(a.participants)::int8 as participants
    from public.activity_monthly_aggregates a
    where date_trunc('quarter', a.month)::date = any(${sql.val(quarters)}::date[])
      and a.dimension in ('total', 'theme', 'genre', 'tranche_age', 'statut_social')
      and exists (
        select 1 from public.reports r
        where r.place_id = a.place_id and r.status = 'validated'
          and r.period_start <= a.month and a.month < r.period_end
      )
    group by 1, 2, 3, 4`.execute(tx);
  return rows.map((r) => ({ ...r, participants: Number(r.participants) }));
}

/** The places a publication can name: those with a validated report, and the fabriques of their hubs. */
export async function listPublicationPlaces(tx: Tx): Promise<PublicationPlace[]> {
  const { rows } = await sql<PublicationPlace>`
    select p.id as "placeId", p.name, p.latitude as lat, p.longitude as lng,
      coalesce(d.code, '') as "departementCode", coalesce(d.name, '') as "departementName",
      coalesce(g.code, '') as "regionCode", coalesce(g.name, '') as "regionName",
      p.hub_fabrique_id as "hubFabriqueId", (p.status = 'published' and p.hidden_at is null) as "isPublic",
      p.is_qpv as "isQpv", p.is_rural as "isRural"
    from public.places p
    left join public.communes c on c.code = p.commune_code
    left join public.departements d on d.code = c.departement_code
    left join public.regions g on g.code = d.region_code
    where p.id in (
      select r.place_id from public.reports r where r.status = 'validated'
      union
      select q.hub_fabrique_id from public.places q
      where q.hub_fabrique_id is not null
        and q.id in (select r.place_id from public.reports r where r.status = 'validated')
    )`.execute(tx);
  return rows;
}
