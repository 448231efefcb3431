import { sql } from 'kysely';
import type { Db } from '../client.ts';
import { prng } from './network.ts';

// Workshops and trainings for the generated network (network.ts): a published activity for most of its
// places, each with weekly sessions over the coming weeks (and, optionally, the past ones, their bookings
// marked attended or not), so the catalogue and the booking benchmark run on a programme-sized volume.
// Deterministic for a given seed and first day: the same rows (ids included) every time, and a second run
// inserts nothing. For volume tests and benchmarks only.

export interface NetworkCatalogueOptions {
  seed?: number;
  /** Paris calendar day (YYYY-MM-DD) of the first upcoming sessions; sessions go on weekly from there. */
  firstDay: string;
  /** Upcoming sessions per activity, one a week from `firstDay`. */
  sessionsPerActivity?: number;
  /** Past sessions per activity, one a week before `firstDay` (their bookings carry an attendance). */
  pastWeeks?: number;
  /** Share of the network's places that publish an activity (0..1). */
  share?: number;
  /** Seats of a session, smallest and largest (inclusive). */
  capacity?: readonly [number, number];
  /** Confirmed bookings in all: seats are added or removed, session by session, until the plan has this many. */
  bookings?: number;
}

/**
 * The volume of issue 8 on the generated network (1,800 places, ~1,090 activities): 46 weekly sessions per
 * activity, 30 of them past (~50,000 sessions), and exactly 500,000 confirmed bookings.
 */
export const NETWORK_SCALE_CATALOGUE = {
  sessionsPerActivity: 16,
  pastWeeks: 30,
  capacity: [8, 20],
  bookings: 500_000,
} as const satisfies Omit<NetworkCatalogueOptions, 'firstDay'>;

const TITLES: readonly { title: string; description: string; themes: string[] }[] = [
  {
    title: 'Prendre en main son smartphone',
    description: 'Réglages, applications, appels vidéo : les gestes de base, à votre rythme.',
    themes: ['prendre_en_main_du_materiel'],
  },
  {
    title: 'Écrire et envoyer un e-mail',
    description: 'Créer son adresse, répondre, joindre une pièce, trier ses messages.',
    themes: ['email'],
  },
  {
    title: 'Faire ses démarches en ligne',
    description: 'France Connect, impôts, CAF, Ameli : s’y retrouver et garder ses codes.',
    themes: ['aide_aux_demarches_administratives', 'argent_impots'],
  },
  {
    title: 'Se protéger des arnaques',
    description: 'Reconnaître un faux message, choisir ses mots de passe, sauvegarder ses données.',
    themes: ['securite_numerique'],
  },
  {
    title: 'Découverte de l’impression 3D',
    description: 'Modéliser un objet simple et l’imprimer au fablab.',
    themes: ['creer_avec_le_numerique'],
  },
  {
    title: 'Découpe laser pour débutants',
    description: 'Préparer un dessin vectoriel et découper du bois ou du carton en sécurité.',
    themes: ['creer_avec_le_numerique'],
  },
  {
    title: 'Traitement de texte et tableur',
    description: 'Mettre en page une lettre, faire un budget simple.',
    themes: ['bureautique'],
  },
  {
    title: 'Trouver un emploi en ligne',
    description: 'CV, candidatures, France Travail : les outils pour chercher un travail.',
    themes: ['insertion_professionnelle', 'travail_formation'],
  },
  {
    title: 'Parents : les écrans à la maison',
    description: 'Contrôle parental, ENT de l’école, temps d’écran : en parler et s’outiller.',
    themes: ['parentalite', 'scolarite_et_numerique'],
  },
  {
    title: 'Comprendre l’intelligence artificielle',
    description: 'Ce que font (et ne font pas) les assistants conversationnels, essais guidés.',
    themes: ['intelligence_artificielle', 'culture_numerique'],
  },
];
const LEVELS = ['debutant', 'intermediaire', 'avance', null] as const;
const FORMATS = ['on_site', 'on_site', 'on_site', 'hybrid', 'remote'] as const;
const FEES = ['gratuit', 'gratuit', 'gratuit', 'payant', 'payant'] as const;
const HOURS_UTC = [8, 9, 13, 14, 16] as const;

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface CatalogueActivityRow {
  id: string;
  place_id: string;
  kind: 'workshop' | 'training';
  title: string;
  description: string;
  themes: string[];
  level: (typeof LEVELS)[number];
  fees_kind: (typeof FEES)[number];
  format: (typeof FORMATS)[number];
  accessibility_notes: string | null;
  status: 'published';
}

export interface CatalogueSessionRow {
  id: string;
  activity_id: string;
  place_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  /** Confirmed bookings to create (never more than the capacity). */
  booked: number;
}

/** The rows for these places (pure: the same seed, places and first day give the same plan). */
export function planNetworkCatalogue(
  placeIds: readonly string[],
  options: NetworkCatalogueOptions,
): { activities: CatalogueActivityRow[]; sessions: CatalogueSessionRow[] } {
  const next = prng(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const perActivity = options.sessionsPerActivity ?? 8;
  const pastWeeks = options.pastWeeks ?? 0;
  const share = options.share ?? 0.6;
  const [minSeats, maxSeats] = options.capacity ?? [4, 12];
  const first = Date.parse(`${options.firstDay}T00:00:00Z`);
  const activities: CatalogueActivityRow[] = [];
  const sessions: CatalogueSessionRow[] = [];
  for (const placeId of placeIds) {
    if (next() >= share) continue;
    const model = pick(TITLES);
    const activity: CatalogueActivityRow = {
      id: uuid(next),
      place_id: placeId,
      kind: next() < 0.2 ? 'training' : 'workshop',
      title: model.title,
      description: model.description,
      themes: model.themes,
      level: pick(LEVELS),
      fees_kind: pick(FEES),
      format: pick(FORMATS),
      accessibility_notes: next() < 0.3 ? 'Salle de plain-pied, boucle magnétique.' : null,
      status: 'published',
    };
    activities.push(activity);
    const offsetDays = Math.floor(next() * 7);
    const hour = pick(HOURS_UTC);
    for (let week = -pastWeeks; week < perActivity; week += 1) {
      const start = first + ((offsetDays + week * 7) * 24 + hour) * 3_600_000;
      const capacity = minSeats + Math.floor(next() * (maxSeats - minSeats + 1));
      // About one session in eight is full; the others are partly booked.
      const booked = next() < 0.125 ? capacity : Math.floor(next() * capacity);
      sessions.push({
        id: uuid(next),
        activity_id: activity.id,
        place_id: placeId,
        starts_at: new Date(start).toISOString(),
        ends_at: new Date(start + 2 * 3_600_000).toISOString(),
        capacity,
        booked,
      });
    }
  }
  if (options.bookings !== undefined) adjustBookings(sessions, options.bookings);
  return { activities, sessions };
}

/** Adds (or removes) one seat at a time, session after session, until the plan books `target` seats. */
function adjustBookings(sessions: CatalogueSessionRow[], target: number) {
  let total = sessions.reduce((sum, s) => sum + s.booked, 0);
  const seats = sessions.reduce((sum, s) => sum + s.capacity, 0);
  if (target > seats) throw new Error(`${target} bookings need more than the ${seats} seats planned`);
  for (let index = 0; total !== target; index = (index + 1) % sessions.length) {
    const session = sessions[index] as CatalogueSessionRow;
    if (total < target && session.booked < session.capacity) {
      session.booked += 1;
      total += 1;
    } else if (total > target && session.booked > 0) {
      session.booked -= 1;
      total -= 1;
    }
  }
}

/**
 * Inserts activities, sessions and confirmed bookings for the generated network's places (run
 * `loadNetwork` first), as the database owner in one transaction. Existing rows are left alone.
 */
export async function loadNetworkCatalogue(
  db: Db,
  options: NetworkCatalogueOptions,
): Promise<{ activities: number; sessions: number; bookings: number }> {
  const places = await db
    .selectFrom('places')
    .select('id')
    .where('slug', 'like', 'reseau-%')
    .where('status', '=', 'published')
    .orderBy('slug')
    .execute();
  const plan = planNetworkCatalogue(
    places.map((p) => p.id),
    options,
  );
  const batch = 500;
  let bookings = 0;
  await db.transaction().execute(async (tx) => {
    for (let start = 0; start < plan.activities.length; start += batch) {
      await tx
        .insertInto('activities')
        .values(plan.activities.slice(start, start + batch))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (let start = 0; start < plan.sessions.length; start += batch) {
      await tx
        .insertInto('sessions')
        .values(plan.sessions.slice(start, start + batch).map(({ booked: _, ...row }) => row))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    // Confirmed bookings, made up in SQL: one row per seat taken, skipped when the session has some. They
    // are history, not people booking now: loaded with triggers off (`replica`), so no confirmation e-mail
    // or reminder is queued for each of them, nor the capacity check run row by row — the plan never books
    // more than the capacity. Ids come from the session and the seat, so a reload gives the same rows.
    // Bookings of past sessions carry an attendance: mostly seen, some no-shows and excused.
    await sql`set local session_replication_role = replica`.execute(tx);
    const sessionsWithBookings = plan.sessions.filter((s) => s.booked > 0);
    const bookingBatch = 2_000;
    for (let start = 0; start < sessionsWithBookings.length; start += bookingBatch) {
      const slice = sessionsWithBookings.slice(start, start + bookingBatch);
      const result = await sql`
        insert into public.bookings (id, session_id, place_id, status, first_name, email, consent_at, attendance)
        select md5(s.id::text || '-' || n)::uuid, s.id, s.place_id, 'confirmed', 'Personne ' || n,
          'personne' || n || '-' || s.id || '@exemple.test', s.starts_at - interval '7 days',
          case
            when s.starts_at >= ${new Date(Date.parse(`${options.firstDay}T00:00:00Z`)).toISOString()}::timestamptz then null
            when hashtext(s.id::text || n) & 1023 < 840 then 'seen'
            when hashtext(s.id::text || n) & 1023 < 960 then 'noshow'
            else 'excused'
          end::public.attendance
        from unnest(${sql.val(slice.map((s) => s.id))}::uuid[], ${sql.val(slice.map((s) => s.booked))}::int[])
          as plan(id, booked)
        join public.sessions s on s.id = plan.id
        cross join lateral generate_series(1, plan.booked) as n
        where not exists (select 1 from public.bookings b where b.session_id = s.id)`.execute(tx);
      bookings += Number(result.numAffectedRows ?? 0);
    }
    await sql`set local session_replication_role = origin`.execute(tx);
  });
  return { activities: plan.activities.length, sessions: plan.sessions.length, bookings };
}
