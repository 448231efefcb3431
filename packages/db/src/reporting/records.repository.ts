// Activity records, read and written through RLS as the signed-in person (`withSession`): a member sees and
// changes the records they wrote for their place, its managers all of the place's, network admins all.
// `activity_records` is the single source of the reporting indicators: reports and dashboards compute from
// it. What a place still has to record comes from `private.activity_record_sources_to_complete`, which sees
// past every author's records (migration 20261123002700_activity_record_sources).
import type {
  ActivityRecordFields,
  ActivityRecordInput,
  AttendedAppointment,
  AttendedSession,
} from '@rf/domain/reporting/records';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

type Counts = Record<string, number>;

export interface ActivityRecordRow extends ActivityRecordFields {
  id: string;
  placeId: string;
  placeName: string;
  communeName: string | null;
  sessionId: string | null;
  appointmentId: string | null;
  createdBy: string | null;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ActivityRecordSummary {
  id: string;
  type: 'individuel' | 'collectif';
  date: string;
  durationMinutes: number;
  themes: string[];
  titreAtelier: string | null;
  participantsTotal: number;
  source: 'session' | 'appointment' | null;
  authorName: string | null;
}

const countsOf = (value: unknown): Counts | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Counts) : null;
const json = (counts: Counts | null | undefined) => (counts ? JSON.stringify(counts) : null);

/** The columns a person writes, from the record's fields. */
function columns(record: ActivityRecordFields) {
  return {
    type: record.type,
    date: record.date,
    duration_minutes: record.durationMinutes,
    type_lieu: record.typeLieu,
    commune_code: record.communeCode,
    themes: record.themes,
    materiel: record.materiel,
    notes: record.notes,
    autonomie: record.autonomie,
    oriente_vers_structure: record.orienteVersStructure,
    structure_de_redirection: record.structureDeRedirection,
    titre_atelier: record.titreAtelier,
    niveau: record.niveau,
    participants_total: record.participantsTotal,
    deja_accompagne: record.dejaAccompagne,
    counts_by_genre: json(record.countsByGenre as Counts | null),
    counts_by_tranche_age: json(record.countsByTrancheAge as Counts | null),
    counts_by_statut_social: json(record.countsByStatutSocial as Counts | null),
  };
}

/** A place's records RLS shows the person over a period (`to` exclusive), newest first, one page. */
export async function listActivityRecords(
  tx: Tx,
  filter: {
    placeId: string;
    from: string | null;
    to: string | null;
    type: 'individuel' | 'collectif' | null;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ActivityRecordSummary[]; total: number }> {
  let query = tx.selectFrom('activity_records as r').where('r.place_id', '=', filter.placeId);
  if (filter.from) query = query.where('r.date', '>=', filter.from);
  if (filter.to) query = query.where('r.date', '<', filter.to);
  if (filter.type) query = query.where('r.type', '=', filter.type);
  const [rows, count] = await Promise.all([
    query
      .leftJoin('profiles as p', 'p.id', 'r.created_by')
      .select([
        'r.id',
        'r.type',
        'r.date',
        'r.duration_minutes as durationMinutes',
        'r.themes',
        'r.titre_atelier as titreAtelier',
        'r.participants_total as participantsTotal',
        sql<'session' | 'appointment' | null>`case when r.session_id is not null then 'session'
          when r.appointment_id is not null then 'appointment' end`.as('source'),
        sql<string | null>`coalesce(p.display_name, p.email)`.as('authorName'),
      ])
      .orderBy('r.date', 'desc')
      .orderBy('r.created_at', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.total };
}

/** One record, if RLS shows it to the person. */
export async function findActivityRecord(tx: Tx, id: string): Promise<ActivityRecordRow | undefined> {
  const row = await tx
    .selectFrom('activity_records as r')
    .innerJoin('places as pl', 'pl.id', 'r.place_id')
    .leftJoin('communes as c', 'c.code', 'r.commune_code')
    .leftJoin('profiles as p', 'p.id', 'r.created_by')
    .selectAll('r')
    .select([
      'pl.name as placeName',
      'c.name as communeName',
      sql<string | null>`coalesce(p.display_name, p.email)`.as('authorName'),
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    placeId: row.place_id,
    placeName: row.placeName,
    type: row.type,
    date: row.date,
    durationMinutes: row.duration_minutes,
    typeLieu: row.type_lieu,
    communeCode: row.commune_code,
    communeName: row.communeName,
    themes: row.themes as ActivityRecordFields['themes'],
    materiel: row.materiel as ActivityRecordFields['materiel'],
    notes: row.notes,
    autonomie: row.autonomie,
    orienteVersStructure: row.oriente_vers_structure,
    structureDeRedirection: row.structure_de_redirection,
    titreAtelier: row.titre_atelier,
    niveau: row.niveau,
    participantsTotal: row.participants_total,
    dejaAccompagne: row.deja_accompagne,
    countsByGenre: countsOf(row.counts_by_genre),
    countsByTrancheAge: countsOf(row.counts_by_tranche_age),
    countsByStatutSocial: countsOf(row.counts_by_statut_social),
    sessionId: row.session_id,
    appointmentId: row.appointment_id,
    createdBy: row.created_by,
    authorName: row.authorName,
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

/** The id of the record already written from a source, if RLS shows it to the person. */
export async function findRecordOfSource(
  tx: Tx,
  source: { sessionId: string | null; appointmentId: string | null },
): Promise<string | undefined> {
  let query = tx.selectFrom('activity_records').select('id');
  if (source.sessionId)
    query = query.where('session_id', '=', source.sessionId).where('type', '=', 'collectif');
  else if (source.appointmentId) query = query.where('appointment_id', '=', source.appointmentId);
  else return undefined;
  const row = await query.executeTakeFirst();
  return row?.id;
}

/**
 * Writes a record; `undefined` when its source already has one (the unique indexes of the sources make a
 * double submit of the same pre-filled record write it once).
 */
export async function insertActivityRecord(tx: Tx, record: ActivityRecordInput): Promise<string | undefined> {
  const row = await tx
    .insertInto('activity_records')
    .values({
      place_id: record.placeId,
      session_id: record.sessionId,
      appointment_id: record.appointmentId,
      ...columns(record),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes a record's fields; how many rows RLS let through (0 or 1). */
export async function updateActivityRecord(
  tx: Tx,
  id: string,
  record: ActivityRecordFields,
): Promise<number> {
  const result = await tx
    .updateTable('activity_records')
    .set(columns(record))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Whether a validated report of the place covers the day (decision 036: its records and coordination
 * activities are frozen), as the caller's row level security shows the place's reports.
 */
export async function periodIsFrozen(tx: Tx, placeId: string, day: string): Promise<boolean> {
  const row = await tx
    .selectFrom('reports')
    .select('id')
    .where('place_id', '=', placeId)
    .where('status', '=', 'validated')
    .where('period_start', '<=', day)
    .where('period_end', '>', day)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteActivityRecord(tx: Tx, id: string): Promise<number> {
  const result = await tx.deleteFrom('activity_records').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface SourceToComplete {
  source: 'session' | 'appointment';
  sourceId: string;
  startsAt: string;
  endsAt: string;
  title: string;
  seen: number;
}

/** The place's attended sessions and seen appointments that no record comes from yet, newest first. */
export async function listSourcesToComplete(
  tx: Tx,
  placeId: string,
  limit: number,
): Promise<SourceToComplete[]> {
  const { rows } = await sql<SourceToComplete>`
    select source, source_id as "sourceId", starts_at as "startsAt", ends_at as "endsAt", title, seen
    from private.activity_record_sources_to_complete(${placeId}::uuid)
    limit ${limit}`.execute(tx);
  return rows.map((row) => ({
    ...row,
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
  }));
}

/**
 * A session with what a record needs: its workshop, times, the people marked seen and, of them, those
 * already seen at the place before (by a booking or an appointment, matched on the contact's key).
 */
export async function findAttendedSession(tx: Tx, sessionId: string): Promise<AttendedSession | undefined> {
  const { rows } = await sql<AttendedSession>`
    select s.id, s.place_id as "placeId", s.starts_at as "startsAt", s.ends_at as "endsAt", a.title,
      a.themes, a.level, a.format,
      (select count(*)::int from public.bookings b
        where b.session_id = s.id and b.status = 'confirmed' and b.attendance = 'seen') as seen,
      (select count(distinct b.person_key)::int from public.bookings b
        where b.session_id = s.id and b.status = 'confirmed' and b.attendance = 'seen'
          and (
            exists (
              select 1 from public.bookings earlier
              join public.sessions es on es.id = earlier.session_id
              where earlier.place_id = s.place_id and earlier.person_key = b.person_key
                and earlier.attendance = 'seen' and es.starts_at < s.starts_at
            )
            or exists (
              select 1 from public.appointments ap
              where ap.place_id = s.place_id and ap.person_key = b.person_key
                and ap.attendance = 'seen' and ap.starts_at < s.starts_at
            )
          )) as "seenBefore"
    from public.sessions s
    join public.activities a on a.id = s.activity_id
    where s.id = ${sessionId}`.execute(tx);
  const row = rows[0];
  return row && { ...row, startsAt: iso(row.startsAt), endsAt: iso(row.endsAt) };
}

/** A seen appointment with what a record needs, and whether the person had been seen at the place before. */
export async function findAttendedAppointment(
  tx: Tx,
  appointmentId: string,
): Promise<(AttendedAppointment & { attendance: string | null }) | undefined> {
  const { rows } = await sql<AttendedAppointment & { attendance: string | null }>`
    select ap.id, ap.place_id as "placeId", ap.starts_at as "startsAt", ap.ends_at as "endsAt", ap.modality,
      ap.themes, ap.attendance,
      (exists (
        select 1 from public.appointments earlier
        where earlier.place_id = ap.place_id and earlier.person_key = ap.person_key
          and earlier.attendance = 'seen' and earlier.starts_at < ap.starts_at
      ) or exists (
        select 1 from public.bookings b join public.sessions s on s.id = b.session_id
        where b.place_id = ap.place_id and b.person_key = ap.person_key
          and b.attendance = 'seen' and s.starts_at < ap.starts_at
      )) as "seenBefore"
    from public.appointments ap
    where ap.id = ${appointmentId}`.execute(tx);
  const row = rows[0];
  return row && { ...row, startsAt: iso(row.startsAt), endsAt: iso(row.endsAt) };
}

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * The INSEE code of a commune typed as its postal code (what people know) or its INSEE code; `ambiguous`
 * when a postal code covers several communes, `undefined` when nothing matches.
 */
export async function resolveCommune(tx: Tx, code: string): Promise<string | 'ambiguous' | undefined> {
  const byPostal = await tx
    .selectFrom('communes')
    .select('code')
    .where(sql<boolean>`${code} = any(postal_codes)`)
    .limit(2)
    .execute();
  if (byPostal.length > 1) return 'ambiguous';
  if (byPostal[0]) return byPostal[0].code;
  const exact = await tx.selectFrom('communes').select('code').where('code', '=', code).executeTakeFirst();
  return exact?.code;
}
