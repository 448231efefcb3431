import { z } from 'zod';
import { isMemberOf, type Viewer } from '../identity/roles.ts';
import { parisDay } from '../time/paris.ts';
import {
  ACTIVITY_RECORD_TYPES,
  AUTONOMIES,
  GENRES,
  MATERIELS,
  NIVEAUX,
  STATUTS_SOCIAUX,
  STRUCTURES_DE_REDIRECTION,
  THEMATIQUES,
  type Thematique,
  TRANCHES_AGE,
  TYPES_LIEU,
  type TypeLieu,
} from '../vocabulary/activity-records.ts';

// Activity records (compte-rendu d'activité) in the shape of the national tools (VOCABULARIES.md), and the
// rules that pre-fill them from what already happened on the platform: a session with attendance becomes
// a collective record, a seen appointment an individual one. The database checks
// (migration 20261123000600_reporting) state the same rules; these give the reason, next to the field, in
// the person's language. Messages are keys of the i18n catalogue (`validation.activity_record.*`).
// Collective records hold anonymous counts, never names.

/**
 * Who records a place's activity: its team (a member, then, sees and changes only what they wrote: RLS)
 * and network admins.
 */
export function canRecordFor(viewer: Viewer, placeId: string): boolean {
  return viewer.networkRole === 'network_admin' || isMemberOf(viewer, placeId);
}

/** The places whose activity a person records: theirs, or every place for a network admin (undefined). */
export function recordingPlaceIds(viewer: Viewer): string[] | undefined {
  return viewer.networkRole === 'network_admin' ? undefined : viewer.memberships.map((m) => m.placeId);
}

/** The anonymous breakdowns of participants, each over its own codes. */
export const COUNT_DIMENSIONS = {
  countsByGenre: GENRES,
  countsByTrancheAge: TRANCHES_AGE,
  countsByStatutSocial: STATUTS_SOCIAUX,
} as const;
export type CountDimension = keyof typeof COUNT_DIMENSIONS;
export const COUNT_DIMENSION_NAMES = Object.keys(COUNT_DIMENSIONS) as CountDimension[];

/** The form's name of a dimension (`genre`, `trancheAge`, `statutSocial`), used for its fields. */
export const countFieldPrefix: Record<CountDimension, string> = {
  countsByGenre: 'genre',
  countsByTrancheAge: 'trancheAge',
  countsByStatutSocial: 'statutSocial',
};

export const MAX_DURATION_MINUTES = 1440;
export const MAX_PARTICIPANTS = 10_000;

const message = (rule: string) => `validation.activity_record.${rule}`;

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const optionalText = (max: number) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.trim() || null : (v ?? null)),
      z.string().max(max, message('too_long')).nullable(),
    )
    .default(null);
const isoDate = z
  .string({ error: message('date_invalid') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, message('date_invalid'))
  .refine((v) => !Number.isNaN(Date.parse(v)), message('date_invalid'));
const count = z
  .number({ error: message('count_invalid') })
  .int(message('count_invalid'))
  .min(0, message('count_invalid'))
  .max(MAX_PARTICIPANTS, message('count_invalid'));
/**
 * A breakdown's numbers as typed in the console's form (`countsByGenre.feminin`: text, blank or 0 meaning
 * none of that code), or as numbers (the schema's own output).
 */
function typedCounts(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const counts: Record<string, unknown> = {};
  for (const [code, n] of Object.entries(value)) {
    if (typeof n !== 'string') counts[code] = n;
    else if (n.trim() !== '' && n.trim() !== '0')
      counts[code] = /^\d{1,6}$/.test(n.trim()) ? Number(n.trim()) : Number.NaN;
  }
  return counts;
}
const countMap = <T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .preprocess(
      typedCounts,
      z.partialRecord(z.enum(codes, { error: 'validation.invalid' }), count).nullable(),
    )
    .default(null);
/** A yes-or-no choice: a boolean, or the form's radio buttons (`true`, `false`; none chosen is null). */
const yesOrNo = z
  .preprocess(
    (v) => (v === 'true' ? true : v === 'false' ? false : blankToNull(v)),
    z.boolean({ error: 'validation.invalid' }).nullable(),
  )
  .default(null);

/** Sum of a breakdown (a map of whole numbers). */
export function countTotal(counts: Readonly<Record<string, number | undefined>> | null): number {
  if (!counts) return 0;
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/** The fields a person enters, whether the record was typed or pre-filled. */
const recordFields = z.object({
  type: z.enum(ACTIVITY_RECORD_TYPES, { error: message('type_required') }),
  date: isoDate,
  durationMinutes: z
    .number({ error: message('duration_invalid') })
    .int(message('duration_invalid'))
    .min(1, message('duration_invalid'))
    .max(MAX_DURATION_MINUTES, message('duration_invalid')),
  typeLieu: z.enum(TYPES_LIEU, { error: message('type_lieu_required') }).default('lieu_activite'),
  /** The commune of the activity when not at the place: an INSEE code, or a postal code to resolve. */
  communeCode: z
    .preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[0-9][0-9AB][0-9]{3}$/, message('commune_invalid'))
        .nullable(),
    )
    .default(null),
  themes: z
    .array(z.enum(THEMATIQUES, { error: 'validation.invalid' }))
    .min(1, message('themes_required'))
    .transform((themes) => [...new Set(themes)]),
  materiel: z
    .array(z.enum(MATERIELS, { error: 'validation.invalid' }))
    .default([])
    .transform((m) => [...new Set(m)]),
  notes: optionalText(2000),
  autonomie: z
    .preprocess(blankToNull, z.enum(AUTONOMIES, { error: 'validation.invalid' }).nullable())
    .default(null),
  orienteVersStructure: yesOrNo,
  structureDeRedirection: z
    .preprocess(blankToNull, z.enum(STRUCTURES_DE_REDIRECTION, { error: 'validation.invalid' }).nullable())
    .default(null),
  titreAtelier: optionalText(200),
  niveau: z
    .preprocess(blankToNull, z.enum(NIVEAUX, { error: 'validation.invalid' }).nullable())
    .default(null),
  participantsTotal: z
    .number({ error: message('participants_invalid') })
    .int(message('participants_invalid'))
    .min(1, message('participants_invalid'))
    .max(MAX_PARTICIPANTS, message('participants_invalid'))
    .default(1),
  /** Blank in the form is none. */
  dejaAccompagne: z.preprocess((v) => (v === '' ? undefined : v), count.default(0)),
  countsByGenre: countMap(GENRES),
  countsByTrancheAge: countMap(TRANCHES_AGE),
  countsByStatutSocial: countMap(STATUTS_SOCIAUX),
});
type RecordFields = z.output<typeof recordFields>;

/**
 * One record's fields made consistent with its type (what the database's checks require): an individual
 * record counts one person and has no workshop title or level; a collective one has no autonomy nor
 * redirection. What the person did enter for the other type is dropped rather than refused, since a form
 * without JavaScript shows both sets of fields.
 */
function normalise<T extends RecordFields>(record: T): T {
  const empty = (counts: Record<string, number | undefined> | null) =>
    counts && countTotal(counts) > 0 ? counts : null;
  const base = {
    ...record,
    countsByGenre: empty(record.countsByGenre),
    countsByTrancheAge: empty(record.countsByTrancheAge),
    countsByStatutSocial: empty(record.countsByStatutSocial),
  };
  if (record.type === 'individuel') {
    return {
      ...base,
      participantsTotal: 1,
      dejaAccompagne: Math.min(record.dejaAccompagne, 1),
      titreAtelier: null,
      niveau: null,
      structureDeRedirection: record.orienteVersStructure ? record.structureDeRedirection : null,
    };
  }
  return {
    ...base,
    autonomie: null,
    orienteVersStructure: null,
    structureDeRedirection: null,
  };
}

function checkRecord(record: RecordFields, ctx: z.RefinementCtx): void {
  if (record.dejaAccompagne > record.participantsTotal) {
    ctx.addIssue({ code: 'custom', path: ['dejaAccompagne'], message: message('deja_accompagne_too_many') });
  }
  for (const dimension of COUNT_DIMENSION_NAMES) {
    const counts = record[dimension];
    if (counts && countTotal(counts) !== record.participantsTotal) {
      ctx.addIssue({
        code: 'custom',
        path: [dimension],
        message: message(record.type === 'individuel' ? 'one_person' : 'counts_sum'),
      });
    }
  }
  if (record.structureDeRedirection && !record.orienteVersStructure) {
    ctx.addIssue({
      code: 'custom',
      path: ['structureDeRedirection'],
      message: message('redirection_requires_orientation'),
    });
  }
  if (record.type === 'individuel' && record.orienteVersStructure && !record.structureDeRedirection) {
    ctx.addIssue({
      code: 'custom',
      path: ['structureDeRedirection'],
      message: message('redirection_required'),
    });
  }
}

const source = {
  /** The session it was pre-filled from (collective). */
  sessionId: z.preprocess(blankToNull, z.uuid('validation.invalid').nullable()).default(null),
  /** The appointment it was pre-filled from (individual). */
  appointmentId: z.preprocess(blankToNull, z.uuid('validation.invalid').nullable()).default(null),
};

/** A new record of a place, typed or pre-filled (then it names its source, at most one). */
export const activityRecordInput = recordFields
  .extend({ placeId: z.uuid('validation.invalid'), ...source })
  .transform(normalise)
  .superRefine((record, ctx) => {
    checkRecord(record, ctx);
    if (record.sessionId && record.appointmentId) {
      ctx.addIssue({ code: 'custom', path: ['sessionId'], message: 'validation.invalid' });
    }
    if (record.sessionId && record.type !== 'collectif') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: message('session_is_collective') });
    }
    if (record.appointmentId && record.type !== 'individuel') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: message('appointment_is_individual') });
    }
  });
export type ActivityRecordInput = z.output<typeof activityRecordInput>;
/** The record's own fields (what an update may change). */
export type ActivityRecordFields = Omit<ActivityRecordInput, 'placeId' | 'sessionId' | 'appointmentId'>;

/** Changes to a record: its fields, its source and place stay. */
export const activityRecordUpdateInput = recordFields
  .extend({ id: z.uuid('validation.invalid') })
  .transform(normalise)
  .superRefine(checkRecord);
export type ActivityRecordUpdateInput = z.output<typeof activityRecordUpdateInput>;

export const activityRecordIdInput = z.object({ id: z.uuid('validation.invalid') });

export const ACTIVITY_RECORDS_PAGE_SIZE = 25;

/** A place's records over a period (`to` exclusive), of one type or both; newest first, by pages. */
export const activityRecordListInput = z.object({
  placeId: z.uuid('validation.invalid'),
  from: z.preprocess(blankToNull, isoDate.nullable()).default(null),
  to: z.preprocess(blankToNull, isoDate.nullable()).default(null),
  type: z
    .preprocess(blankToNull, z.enum(ACTIVITY_RECORD_TYPES, { error: 'validation.invalid' }).nullable())
    .default(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ActivityRecordListInput = z.output<typeof activityRecordListInput>;

export const activityRecordPlaceInput = z.object({ placeId: z.uuid('validation.invalid') });

/** What a record is pre-filled from: exactly one of a session or an appointment. */
export const activityRecordPrefillInput = z.union([
  z.object({ sessionId: z.uuid('validation.invalid') }),
  z.object({ appointmentId: z.uuid('validation.invalid') }),
]);
export type ActivityRecordPrefillInput = z.output<typeof activityRecordPrefillInput>;

// Pre-fill ------------------------------------------------------------------------------------------------

/** Minutes between two instants, within what a record accepts. */
export function durationBetween(startsAt: string, endsAt: string): number {
  const minutes = Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
  return Math.min(Math.max(minutes, 1), MAX_DURATION_MINUTES);
}

/** Where an appointment happened, in the records' words. */
export function typeLieuForModality(modality: 'sur_place' | 'domicile' | 'telephone' | 'visio'): TypeLieu {
  if (modality === 'domicile') return 'domicile';
  if (modality === 'telephone' || modality === 'visio') return 'a_distance';
  return 'lieu_activite';
}

/** What the platform knows of a past session: its workshop, its times and who was marked seen. */
export interface AttendedSession {
  id: string;
  placeId: string;
  startsAt: string;
  endsAt: string;
  title: string;
  themes: readonly string[];
  level: 'debutant' | 'intermediaire' | 'avance' | null;
  format: 'on_site' | 'remote' | 'hybrid';
  /** People marked seen. */
  seen: number;
  /** Of them, people already seen at the place before (by a booking or an appointment). */
  seenBefore: number;
}

/** What the platform knows of a seen appointment. */
export interface AttendedAppointment {
  id: string;
  placeId: string;
  startsAt: string;
  endsAt: string;
  modality: 'sur_place' | 'domicile' | 'telephone' | 'visio';
  themes: readonly string[];
  /** Whether the person was already seen at the place before. */
  seenBefore: boolean;
}

const knownThemes = (themes: readonly string[]): Thematique[] =>
  themes.filter((t): t is Thematique => (THEMATIQUES as readonly string[]).includes(t));

/**
 * The collective record a session with attendance writes by itself: its day in France, its length, its
 * workshop's title, themes and level, the people marked seen (and how many had come before). A remote
 * workshop happened at a distance. Themes may be empty when the workshop has none: the person adds one.
 */
export function prefillFromSession(session: AttendedSession): ActivityRecordInput {
  const participants = Math.max(session.seen, 1);
  return {
    placeId: session.placeId,
    sessionId: session.id,
    appointmentId: null,
    type: 'collectif',
    date: parisDay(new Date(session.startsAt)),
    durationMinutes: durationBetween(session.startsAt, session.endsAt),
    typeLieu: session.format === 'remote' ? 'a_distance' : 'lieu_activite',
    communeCode: null,
    themes: knownThemes(session.themes),
    materiel: [],
    notes: null,
    autonomie: null,
    orienteVersStructure: null,
    structureDeRedirection: null,
    titreAtelier: session.title.slice(0, 200),
    niveau: session.level,
    participantsTotal: participants,
    dejaAccompagne: Math.min(session.seenBefore, participants),
    countsByGenre: null,
    countsByTrancheAge: null,
    countsByStatutSocial: null,
  };
}

/** The individual record a seen appointment writes by itself: day, length, where (from the modality), themes. */
export function prefillFromAppointment(appointment: AttendedAppointment): ActivityRecordInput {
  return {
    placeId: appointment.placeId,
    sessionId: null,
    appointmentId: appointment.id,
    type: 'individuel',
    date: parisDay(new Date(appointment.startsAt)),
    durationMinutes: durationBetween(appointment.startsAt, appointment.endsAt),
    typeLieu: typeLieuForModality(appointment.modality),
    communeCode: null,
    themes: knownThemes(appointment.themes),
    materiel: [],
    notes: null,
    autonomie: null,
    orienteVersStructure: null,
    structureDeRedirection: null,
    titreAtelier: null,
    niveau: null,
    participantsTotal: 1,
    dejaAccompagne: appointment.seenBefore ? 1 : 0,
    countsByGenre: null,
    countsByTrancheAge: null,
    countsByStatutSocial: null,
  };
}

/** Whether a pre-filled record can be saved as it is (one click), or needs the form first (no theme). */
export function prefillIsComplete(record: ActivityRecordInput): boolean {
  return activityRecordInput.safeParse(record).success;
}

// The console's form ----------------------------------------------------------------------------------------

/**
 * What the console's form shows for a record (a saved one, or a pre-filled one), its fields named as the
 * record's input (`countsByGenre.feminin` for a workshop's numbers), except an individual record's person:
 * one choice per breakdown (`genre`, `trancheAge`, `statutSocial`) and whether they came before
 * (`dejaAccompagneIndividuel`), which the page reads into the record's numbers.
 */
export interface ActivityRecordFormState {
  values: Record<string, string>;
  themes: string[];
  materiel: string[];
}

export function activityRecordToForm(
  record: Partial<ActivityRecordFields> & {
    placeId?: string;
    sessionId?: string | null;
    appointmentId?: string | null;
  },
): ActivityRecordFormState {
  const values: Record<string, string> = {};
  const put = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined) values[name] = String(value);
  };
  put('placeId', record.placeId);
  put('sessionId', record.sessionId);
  put('appointmentId', record.appointmentId);
  put('type', record.type);
  put('date', record.date);
  put('durationMinutes', record.durationMinutes);
  put('typeLieu', record.typeLieu);
  put('communeCode', record.communeCode);
  put('notes', record.notes);
  put('autonomie', record.autonomie);
  if (record.orienteVersStructure !== null && record.orienteVersStructure !== undefined)
    values.orienteVersStructure = String(record.orienteVersStructure);
  put('structureDeRedirection', record.structureDeRedirection);
  put('titreAtelier', record.titreAtelier);
  put('niveau', record.niveau);
  if (record.type === 'collectif') {
    put('participantsTotal', record.participantsTotal);
    put('dejaAccompagne', record.dejaAccompagne);
  } else if (record.dejaAccompagne) {
    values.dejaAccompagneIndividuel = 'true';
  }
  for (const dimension of COUNT_DIMENSION_NAMES) {
    const counts = record[dimension] as Record<string, number | undefined> | null | undefined;
    if (!counts) continue;
    const prefix = countFieldPrefix[dimension];
    for (const [code, n] of Object.entries(counts)) {
      if (!n) continue;
      if (record.type === 'collectif') values[`${dimension}.${code}`] = String(n);
      else values[prefix] = code;
    }
  }
  return { values, themes: [...(record.themes ?? [])], materiel: [...(record.materiel ?? [])] };
}
