import {
  type GENRES,
  type STATUTS_SOCIAUX,
  THEMATIQUES,
  type TRANCHES_AGE,
} from '@rf/domain/vocabulary/activity-records';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../client.ts';
import type { DB } from '../schema.ts';

// Activity records (comptes-rendus d'activité) for the generated network (network.ts): by default the
// 2 million records of issue 8 over three years, so the dashboards and their pre-aggregates are measured at
// the programme's size. Made in SQL, set-based, batch after batch (`generate_series` and a hash of the row
// number, never `random()`): loading takes minutes, not the hours of row-by-row inserts from Node, and the
// same seed gives the same rows (ids included) whatever the batch size or the machine. A rerun inserts
// nothing (`on conflict do nothing` on the deterministic ids). Inserted through the table with every
// trigger and check on, so pre-aggregates maintained by triggers stay right. Volume tests and benchmarks only.

export interface NetworkActivityOptions {
  seed?: number;
  /** Records in all. */
  records?: number;
  /** First day of the period (YYYY-MM-DD, inclusive). */
  from?: string;
  /** Day after the period (YYYY-MM-DD, exclusive). Fixed by default: the rows must not depend on today. */
  to?: string;
  /** Records inserted by one statement. */
  batchSize?: number;
  /**
   * How the pre-aggregates (migration 20261123002800) follow the load: `triggers` (default) inserts with
   * every trigger on, one aggregate upsert per batch; `rebuild` switches the aggregate trigger off for the
   * load and rebuilds the aggregates once at the end, in the same transaction — for a fresh bulk load.
   */
  aggregates?: 'triggers' | 'rebuild';
  /** Called after each batch (the loader's progress, for long loads). */
  onBatch?: (done: number, total: number, seconds: number) => void;
}

/** The volume of issue 8: 2 million records over the three years before November 2026. */
export const NETWORK_SCALE_ACTIVITY = {
  records: 2_000_000,
  from: '2023-11-01',
  to: '2026-11-01',
} as const;

// Shares seen in the national tools' published statistics, roughly: more women, older people and retirees,
// and administrative procedures and first steps with a device as the main themes.
const GENRE_WEIGHTS: Record<(typeof GENRES)[number], number> = {
  feminin: 0.55,
  masculin: 0.42,
  non_communique: 0.03,
};
const AGE_WEIGHTS: Record<(typeof TRANCHES_AGE)[number], number> = {
  moins_de_douze: 0.03,
  douze_dix_huit: 0.06,
  dix_huit_vingt_quatre: 0.07,
  vingt_cinq_trente_neuf: 0.16,
  quarante_cinquante_neuf: 0.22,
  soixante_soixante_neuf: 0.22,
  soixante_dix_plus: 0.2,
  non_communique: 0.04,
};
const STATUT_WEIGHTS: Record<(typeof STATUTS_SOCIAUX)[number], number> = {
  scolarise: 0.09,
  sans_emploi: 0.22,
  en_emploi: 0.2,
  retraite: 0.41,
  non_communique: 0.08,
};
// Every theme appears; these are the frequent ones, the others share what is left.
const FREQUENT_THEMES: Partial<Record<(typeof THEMATIQUES)[number], number>> = {
  aide_aux_demarches_administratives: 0.14,
  prendre_en_main_du_materiel: 0.14,
  email: 0.09,
  navigation_sur_internet: 0.08,
  bureautique: 0.06,
  securite_numerique: 0.06,
  gere_ses_contenus_numeriques: 0.05,
  sante: 0.04,
  creer_avec_le_numerique: 0.03,
  culture_numerique: 0.03,
  reseaux_sociaux: 0.03,
  banque_et_achats_en_ligne: 0.03,
  diagnostic_numerique: 0.03,
  insertion_professionnelle: 0.03,
};
const THEME_WEIGHTS = Object.fromEntries(
  THEMATIQUES.map((code) => {
    const rest = THEMATIQUES.length - Object.keys(FREQUENT_THEMES).length;
    const left = 1 - Object.values(FREQUENT_THEMES).reduce((a, b) => a + b, 0);
    return [code, FREQUENT_THEMES[code] ?? left / rest];
  }),
);
const WORKSHOP_TITLES = [
  'Prendre en main son smartphone',
  'Écrire et envoyer un e-mail',
  'Faire ses démarches en ligne',
  'Se protéger des arnaques',
  'Découverte de l’impression 3D',
  'Traitement de texte et tableur',
  'Parents : les écrans à la maison',
  'Comprendre l’intelligence artificielle',
];

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A SQL `case` picking a code from a uniform draw `u` in [0, 1) with these weights (need not add up to 1). */
function weighted(u: string, weights: Record<string, number>): string {
  const entries = Object.entries(weights);
  const sum = entries.reduce((total, [, weight]) => total + weight, 0);
  let cumulative = 0;
  const branches = entries.slice(0, -1).map(([code, weight]) => {
    cumulative += weight / sum;
    return `when ${u} < ${cumulative.toFixed(6)} then ${literal(code)}`;
  });
  return `(case ${branches.join(' ')} else ${literal(entries.at(-1)?.[0] ?? '')} end)`;
}

/** A uniform pick among `values` from a draw `u`. */
function uniform(u: string, values: readonly (string | number)[]): string {
  const array = values.map((v) => (typeof v === 'number' ? String(v) : literal(v))).join(', ');
  return `(array[${array}])[1 + floor(${u} * ${values.length})::int]`;
}

/**
 * A breakdown of `p` participants in a dimension: a main and a second category drawn by weight, the main
 * one taking about 70 % (stochastic rounding, so one person goes to either). Adds up to `p` by construction;
 * null (not given) for a share of records.
 */
function breakdown(
  p: string,
  weights: Record<string, number>,
  [given, first, second, split]: [string, string, string, string],
  givenShare: number,
): string {
  const a = weighted(first, weights);
  const b = weighted(second, weights);
  const x = `least(${p}, floor(${p} * 0.7 + ${split})::int)`;
  return `case when ${given} >= ${givenShare} then null
    when ${a} = ${b} then jsonb_build_object(${a}, ${p})
    else jsonb_strip_nulls(jsonb_build_object(${a}, nullif(${x}, 0), ${b}, nullif(${p} - ${x}, 0))) end`;
}

/** The insert of records `first`..`last` (row numbers) of the plan, as SQL text (exported for profiling). */
export function activityBatchQuery(
  seed: number,
  first: number,
  last: number,
  total: number,
  from: string,
  to: string,
): string {
  // Draw k of row i: a uniform number in [0, 1) from Postgres's 64-bit integer hash, seeded per draw.
  const draws = Array.from(
    { length: 25 },
    (_, k) => `(hashint8extended(i, ${seed * 100 + k}) & 2147483647)::float8 / 2147483648.0 as u${k}`,
  ).join(',\n        ');
  const individual = 'not r.collective';
  const query = `
    with network as (
      -- Fabriques first (no hub): the skewed pick below makes them the most active places.
      select array_agg(id order by hub_fabrique_id is null desc, slug) as ids, count(*)::int as n
      from public.places where slug like 'reseau-%' and status = 'published'
    )
    insert into public.activity_records (
      id, place_id, type, date, duration_minutes, type_lieu, themes, materiel, autonomie,
      oriente_vers_structure, structure_de_redirection, titre_atelier, niveau, participants_total,
      deja_accompagne, counts_by_genre, counts_by_tranche_age, counts_by_statut_social, created_at, updated_at
    )
    select
      md5('${seed}:' || r.i)::uuid,
      network.ids[1 + floor(network.n * power(r.u0, 1.6))::int],
      case when r.collective then 'collectif' else 'individuel' end::public.activity_record_type,
      r.day,
      case when r.collective then ${uniform('r.u3', [60, 90, 120, 120, 180])}
        else ${uniform('r.u3', [15, 30, 30, 45, 60, 60, 90])} end,
      (case when r.collective then (case when r.u4 < 0.93 then 'lieu_activite' else 'autre' end)
        when r.u4 < 0.82 then 'lieu_activite' when r.u4 < 0.9 then 'a_distance'
        when r.u4 < 0.97 then 'domicile' else 'autre' end)::public.type_lieu,
      case when r.u6 < 0.35 and ${weighted('r.u5', THEME_WEIGHTS)} <> ${weighted('r.u7', THEME_WEIGHTS)}
        then array[${weighted('r.u5', THEME_WEIGHTS)}, ${weighted('r.u7', THEME_WEIGHTS)}]
        else array[${weighted('r.u5', THEME_WEIGHTS)}] end,
      case when r.collective then array['ordinateur']
        else array[${uniform('r.u8', ['ordinateur', 'telephone', 'telephone', 'tablette', 'aucun'])}] end,
      case when ${individual} then ${weighted('r.u9', { entierement_accompagne: 0.45, partiellement_autonome: 0.4, autonome: 0.15 })}::public.autonomie end,
      case when ${individual} then r.u10 < 0.18 end,
      case when ${individual} and r.u10 < 0.18
        then ${uniform('r.u11', ['administration', 'mediation_numerique', 'operateur_ou_organisme_en_charge', 'aide_sociale', 'insertion_professionnelle', 'aide_aux_demarches_administratives', 'autre'])}::public.structure_de_redirection end,
      case when r.collective then ${uniform('r.u11', WORKSHOP_TITLES)} end,
      case when r.collective then ${weighted('r.u9', { debutant: 0.6, intermediaire: 0.3, avance: 0.1 })}::public.niveau end,
      r.p,
      case when r.collective then floor(r.p * r.u12)::int when r.u12 < 0.45 then 1 else 0 end,
      ${breakdown('r.p', GENRE_WEIGHTS, ['r.u13', 'r.u14', 'r.u15', 'r.u16'], 0.9)},
      ${breakdown('r.p', AGE_WEIGHTS, ['r.u17', 'r.u18', 'r.u19', 'r.u20'], 0.8)},
      ${breakdown('r.p', STATUT_WEIGHTS, ['r.u21', 'r.u22', 'r.u23', 'r.u24'], 0.7)},
      r.day + time '17:00',
      r.day + time '17:00'
    from (
      select d.*,
        d.u1 < 0.18 as collective,
        case when d.u1 < 0.18 then 3 + floor(d.u2 * d.u2 * 13)::int else 1 end as p,
        -- More records as the network grows (density rising over the period); Sundays count on Saturday.
        -- The day follows the row number, so a batch covers a few months only and the pre-aggregate
        -- triggers touch each month's rows about once over the whole load, instead of every batch
        -- updating every month.
        greatest(date '${from}', d.raw_day - case when extract(isodow from d.raw_day) = 7 then 1 else 0 end) as day
      from (
        select i,
        date '${from}' + floor((date '${to}' - date '${from}') * sqrt((i - 0.5) / ${total}))::int as raw_day,
        ${draws}
        from generate_series(${first}::bigint, ${last}::bigint) as i
      ) d
    ) r
    cross join network
    on conflict (id) do nothing`;
  return query;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Inserts the records into a database holding the generated network (run `loadNetwork` first), as the
 * database owner, one committed statement per batch (one transaction in all with `aggregates: 'rebuild'`).
 * Returns the rows inserted and the time it took.
 */
export async function loadNetworkActivity(
  db: Db,
  options: NetworkActivityOptions = {},
): Promise<{ records: number; inserted: number; seconds: number }> {
  const seed = options.seed ?? 2023;
  const records = options.records ?? NETWORK_SCALE_ACTIVITY.records;
  const from = options.from ?? NETWORK_SCALE_ACTIVITY.from;
  const to = options.to ?? NETWORK_SCALE_ACTIVITY.to;
  const batchSize = options.batchSize ?? 100_000;
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to) || from >= to)
    throw new Error('from/to: two ISO days, from < to');
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('seed: a whole number ≥ 0');
  // Interpolated into the SQL text: whole numbers only.
  if (!Number.isSafeInteger(records) || records < 0) throw new Error('records: a whole number ≥ 0');
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error('batchSize: a whole number ≥ 1');
  const places = await db
    .selectFrom('places')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slug', 'like', 'reseau-%')
    .executeTakeFirstOrThrow();
  if (Number(places.n) === 0) throw new Error('no generated network: run loadNetwork first');
  const started = performance.now();
  let inserted = 0;
  const insertAll = async (executor: Db | Transaction<DB>) => {
    for (let first = 1; first <= records; first += batchSize) {
      const last = Math.min(records, first + batchSize - 1);
      const result = await sql
        .raw(activityBatchQuery(seed, first, last, records, from, to))
        .execute(executor);
      inserted += Number(result.numAffectedRows ?? 0);
      options.onBatch?.(last, records, (performance.now() - started) / 1000);
    }
  };
  if (options.aggregates === 'rebuild') {
    await db.transaction().execute(async (tx) => {
      await sql`alter table public.activity_records disable trigger activity_records_aggregates_insert`.execute(
        tx,
      );
      await insertAll(tx);
      await sql`alter table public.activity_records enable trigger activity_records_aggregates_insert`.execute(
        tx,
      );
      await sql`select private.rebuild_activity_aggregates()`.execute(tx);
    });
  } else {
    await insertAll(db);
  }
  return { records, inserted, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
