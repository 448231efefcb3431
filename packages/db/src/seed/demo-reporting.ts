// Demo data for activity reporting at Konk Ar Lab: activity records (individual and collective, anonymous
// counts only) from January and over the last and current quarters, coordination activities of the
// fabrique, and what feeds "À compléter": a workshop held yesterday whose attendance is still to be taken
// (the manager marks it from the console, then finds its record pre-filled), a workshop five days ago with
// attendance taken, and an appointment seen three days ago.
// Idempotent: stable ids, upserted; dates relative to today move on each load.
import { randomBytes } from 'node:crypto';
import { addDays, fromLocal } from '@rf/domain/time/local-time';
import { PARIS_TIME_ZONE, parisDay } from '@rf/domain/time/paris';
import type { Thematique } from '@rf/domain/vocabulary/activity-records';
import type { Insertable } from 'kysely';
import type { Tx } from '../rls.ts';
import type { DB } from '../schema.ts';

/** Local wall-clock time in Paris `days` from today (negative: in the past). */
function parisTime(now: Date, days: number, minutes: number): Date {
  return fromLocal(addDays(parisDay(now), days), minutes, PARIS_TIME_ZONE);
}

/** First day of the quarter `offset` quarters from today's (0: current, -1: last), as YYYY-MM-DD. */
function quarterStart(today: string, offset: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3) + offset;
  const y = Math.floor(index / 4);
  const m = (index % 4) * 3 + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

const THEMES: Thematique[][] = [
  ['email'],
  ['prendre_en_main_du_materiel'],
  ['aide_aux_demarches_administratives', 'argent_impots'],
  ['securite_numerique'],
  ['banque_et_achats_en_ligne'],
  ['sante', 'social_sante'],
  ['navigation_sur_internet'],
];
const WORKSHOPS = [
  { title: 'Prendre en main son smartphone', themes: ['prendre_en_main_du_materiel'], niveau: 'debutant' },
  { title: 'Déjouer les arnaques en ligne', themes: ['securite_numerique'], niveau: 'debutant' },
  { title: 'Initiation à l’impression 3D', themes: ['creer_avec_le_numerique'], niveau: 'intermediaire' },
  {
    title: 'Mes démarches CAF en ligne',
    themes: ['aide_aux_demarches_administratives', 'famille_scolarite'],
    niveau: 'debutant',
  },
] as const;
const GENRES = ['feminin', 'masculin', 'feminin', 'non_communique'] as const;
const AGES = [
  'soixante_dix_plus',
  'quarante_cinquante_neuf',
  'soixante_soixante_neuf',
  'vingt_cinq_trente_neuf',
] as const;
const STATUTS = ['retraite', 'en_emploi', 'retraite', 'sans_emploi'] as const;
const PLACES = ['lieu_activite', 'lieu_activite', 'a_distance', 'lieu_activite', 'domicile'] as const;

type RecordValues = Omit<Insertable<DB['activity_records']>, 'id' | 'place_id' | 'created_by'>;

/** One generated record: every fourth a collective workshop, else one person's support. */
function generated(i: number, date: string): RecordValues {
  if (i % 4 === 3) {
    const workshop = WORKSHOPS[(i >> 2) % WORKSHOPS.length] as (typeof WORKSHOPS)[number];
    const total = 4 + (i % 5);
    const women = Math.ceil(total * 0.6);
    const older = Math.floor(total / 2);
    return {
      type: 'collectif',
      date,
      duration_minutes: 120,
      type_lieu: 'lieu_activite',
      themes: [...workshop.themes],
      materiel: ['telephone', 'tablette'],
      titre_atelier: workshop.title,
      niveau: workshop.niveau,
      participants_total: total,
      deja_accompagne: Math.min(2, total),
      counts_by_genre: JSON.stringify({ feminin: women, masculin: total - women }),
      counts_by_tranche_age: JSON.stringify({
        soixante_soixante_neuf: older,
        soixante_dix_plus: total - older,
      }),
      counts_by_statut_social: JSON.stringify({ retraite: total - 1, en_emploi: 1 }),
    };
  }
  const place = PLACES[i % PLACES.length] as (typeof PLACES)[number];
  const redirected = i % 6 === 2;
  return {
    type: 'individuel',
    date,
    duration_minutes: 30 + 15 * (i % 3),
    type_lieu: place,
    commune_code: place === 'domicile' ? '29039' : null,
    themes: THEMES[i % THEMES.length] ?? ['email'],
    materiel: [i % 2 === 0 ? 'ordinateur' : 'telephone'],
    autonomie: i % 3 === 0 ? 'entierement_accompagne' : 'partiellement_autonome',
    oriente_vers_structure: redirected,
    structure_de_redirection: redirected ? 'aide_sociale' : null,
    participants_total: 1,
    deja_accompagne: i % 2,
    counts_by_genre: JSON.stringify({ [GENRES[i % GENRES.length] as string]: 1 }),
    counts_by_tranche_age: JSON.stringify({ [AGES[i % AGES.length] as string]: 1 }),
    counts_by_statut_social: JSON.stringify({ [STATUTS[i % STATUTS.length] as string]: 1 }),
  };
}

export async function loadDemoReporting(
  tx: Tx,
  { placeId, author, demoId }: { placeId: string; author: string; demoId: (key: string) => string },
): Promise<void> {
  const now = new Date();
  const today = parisDay(now);

  // January 2026: the records the demo has always had (ids kept).
  const records: { id: string; values: RecordValues }[] = [];
  for (let i = 0; i < 10; i++) {
    const date = new Date(Date.UTC(2026, 0, 5 + i * 3)).toISOString().slice(0, 10);
    records.push({ id: demoId(`record:konk:${i}`), values: generated(i, date) });
  }
  // The last quarter and the current one up to yesterday: a record every three days.
  for (const [key, offset] of [
    ['last', -1],
    ['current', 0],
  ] as const) {
    const start = quarterStart(today, offset);
    const end = quarterStart(today, offset + 1);
    for (let i = 0, date = addDays(start, 1); date < end && date < today; i++, date = addDays(date, 3)) {
      records.push({ id: demoId(`record:konk:${key}:${i}`), values: generated(i, date) });
    }
  }
  for (const { id, values } of records) {
    await tx
      .insertInto('activity_records')
      .values({ id, place_id: placeId, created_by: author, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet({ date: values.date }))
      .execute();
  }

  const coordination = [
    {
      key: 'comite',
      kind: 'animation',
      type_animation: 'comite',
      date: '2026-01-22',
      duration_minutes: 120,
      participants: 14,
      title: 'Comité du réseau des lieux de Cornouaille',
    },
    {
      key: 'webinaire',
      kind: 'animation',
      type_animation: 'webinaire',
      date: addDays(quarterStart(today, -1), 20),
      duration_minutes: 90,
      participants: 32,
      title: 'Webinaire des médiateurs du hub : les arnaques en ligne',
    },
    {
      key: 'nec',
      kind: 'evenement',
      type_evenement: 'nec_local',
      date: addDays(quarterStart(today, -1), 45),
      duration_minutes: 420,
      participants: 180,
      title: 'Numérique en communs à Concarneau',
    },
    {
      key: 'elus',
      kind: 'partenariat',
      nature_partenariat: 'rdv_elu',
      date:
        addDays(quarterStart(today, 0), 10) < today
          ? addDays(quarterStart(today, 0), 10)
          : addDays(today, -1),
      duration_minutes: 60,
      participants: 4,
      title: 'Rencontre avec la vice-présidente de l’agglomération',
    },
  ] as const;
  for (const { key, ...activity } of coordination) {
    await tx
      .insertInto('coordination_activities')
      .values({ id: demoId(`coordination:konk:${key}`), place_id: placeId, ...activity })
      .onConflict((oc) => oc.column('id').doUpdateSet({ date: activity.date }))
      .execute();
  }

  await loadAttendedSources(tx, { placeId, demoId, now });
}

/** The workshops and the appointment behind "À compléter" (see the module's comment). */
async function loadAttendedSources(
  tx: Tx,
  { placeId, demoId, now }: { placeId: string; demoId: (key: string) => string; now: Date },
): Promise<void> {
  const activityId = demoId('activity:securite-smartphone');
  await tx
    .insertInto('activities')
    .values({
      id: activityId,
      place_id: placeId,
      kind: 'workshop',
      title: 'Atelier : sécuriser son smartphone',
      description: 'Mots de passe, mises à jour, arnaques par SMS : les bons réflexes, sur votre téléphone.',
      themes: ['securite_numerique', 'prendre_en_main_du_materiel'],
      level: 'debutant',
      fees_kind: 'gratuit',
      facilitator_name: 'Maël, médiateur numérique',
      status: 'published',
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();

  const sessions: { key: string; days: number; people: string[]; marks: ('seen' | 'noshow')[] }[] = [
    // Attendance still to take (the console lists it as pending, the e2e test takes it).
    { key: 'yesterday', days: -1, people: ['Gwenaëlle', 'Hervé', 'Inès', 'Jean-Yves'], marks: [] },
    // Attendance taken: two seen, one no-show.
    {
      key: 'five-days-ago',
      days: -5,
      people: ['Maryvonne', 'Ronan', 'Soizic'],
      marks: ['seen', 'noshow', 'seen'],
    },
  ];
  for (const session of sessions) {
    const starts = parisTime(now, session.days, 14 * 60);
    const ends = new Date(starts.getTime() + 2 * 3_600_000);
    const sessionId = demoId(`session:securite-smartphone:${session.key}`);
    await tx
      .insertInto('sessions')
      .values({
        id: sessionId,
        activity_id: activityId,
        place_id: placeId,
        starts_at: starts.toISOString(),
        ends_at: ends.toISOString(),
        capacity: 8,
        booking_closes_at: starts.toISOString(),
        location_note: 'Salle de médiation',
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          starts_at: starts.toISOString(),
          ends_at: ends.toISOString(),
          booking_closes_at: starts.toISOString(),
        }),
      )
      .execute();
    for (const [n, firstName] of session.people.entries()) {
      await tx
        .insertInto('bookings')
        .values({
          id: demoId(`booking:securite-smartphone:${session.key}:${n}`),
          session_id: sessionId,
          place_id: placeId,
          first_name: firstName,
          phone: `+3360000${session.days < -1 ? '2' : '3'}${String(n).padStart(3, '0')}`,
          consent_at: new Date().toISOString(),
          manage_token_hash: randomBytes(32).toString('hex'),
          attendance: session.marks[n] ?? null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  }

  const starts = parisTime(now, -3, 15 * 60);
  await tx
    .insertInto('appointments')
    .values({
      id: demoId('appointment:konk-ar-lab:yann'),
      place_id: placeId,
      starts_at: starts.toISOString(),
      ends_at: new Date(starts.getTime() + 45 * 60_000).toISOString(),
      modality: 'sur_place',
      motive: 'Créer mon compte Ameli',
      themes: ['sante', 'social_sante'],
      first_name: 'Yann',
      phone: '+33600000041',
      consent_at: new Date().toISOString(),
      manage_token_hash: randomBytes(32).toString('hex'),
      attendance: 'seen',
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 45 * 60_000).toISOString(),
      }),
    )
    .execute();
}
