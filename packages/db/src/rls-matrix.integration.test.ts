// The RLS matrix: for EVERY table of the public schema, who may read which rows and who may insert, update
// and delete — denials included — proven by running each attempt as that person through `withSession`
// (real claims; anon without), each in its own transaction rolled back afterwards.
//
// Outcomes of a write:
//   ok      the statement affected exactly one row
//   zero    it ran but affected no row (RLS hid the row from this person)
//   denied  "permission denied for table …": no grant for this role (or for that column, or function)
//   rls     "new row violates row-level security policy": the row would be outside what they may write
//   guard   a trigger refused it (insufficient_privilege raised by a rule of the schema)
// A read is the set of fixture rows returned, or `denied` when the role has no select grant at all.
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClaims, type Tx, withSession } from './rls.ts';
import {
  ACTORS,
  type Actor,
  claimsFor,
  createRlsFixtures,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from './testing/index.ts';

type Outcome = 'ok' | 'zero' | 'denied' | 'rls' | 'guard';
type Outcomes = Record<Actor, Outcome>;
type Reads = Record<Actor, string[] | 'denied'>;

interface TableSpec {
  /** SQL of a row's identity (defaults to `id::text`). */
  key?: string;
  /** Fixture rows: label → identity. */
  rows: (f: RlsFixtures) => Record<string, string>;
  select: Reads;
  insert: { values: (f: RlsFixtures) => Record<string, unknown>; expect: Outcomes };
  update: { row: string; set: (f: RlsFixtures) => Record<string, unknown>; expect: Outcomes };
  delete: { row: string; expect: Outcomes };
}

/** `base` for everyone, then the exceptions. */
function outcomes(base: Outcome, exceptions: Partial<Outcomes> = {}): Outcomes {
  return { ...Object.fromEntries(ACTORS.map((a) => [a, base])), ...exceptions } as Outcomes;
}
/** Typical write rules: anon has no grant; the listed people succeed; the others get `others`. */
const only = (who: Actor[], others: Outcome): Outcomes =>
  outcomes(others, { anon: 'denied', ...Object.fromEntries(who.map((a) => [a, 'ok'])) });
const nobody = outcomes('denied');

function reads(rows: Partial<Reads>, base: string[] | 'denied' = []): Reads {
  return { ...Object.fromEntries(ACTORS.map((a) => [a, base])), ...rows } as Reads;
}

const t0 = () => new Date().toISOString();

const matrix: Record<string, TableSpec> = {
  // Territorial reference ---------------------------------------------------------------------------------
  regions: {
    key: 'code',
    rows: () => ({ bretagne: '53' }),
    select: reads({}, ['bretagne']),
    insert: { values: () => ({ code: '999', name: 'Nulle part' }), expect: nobody },
    update: { row: 'bretagne', set: () => ({ name: 'Breizh' }), expect: nobody },
    delete: { row: 'bretagne', expect: nobody },
  },
  departements: {
    key: 'code',
    rows: () => ({ finistere: '29' }),
    select: reads({}, ['finistere']),
    insert: { values: () => ({ code: '999', name: 'Nulle part', region_code: '53' }), expect: nobody },
    update: { row: 'finistere', set: () => ({ name: 'Penn-ar-Bed' }), expect: nobody },
    delete: { row: 'finistere', expect: nobody },
  },
  communes: {
    key: 'code',
    rows: () => ({ concarneau: '29039' }),
    select: reads({}, ['concarneau']),
    insert: {
      values: () => ({ code: '29999', name: 'Nulle part', departement_code: '29', region_code: '53' }),
      expect: nobody,
    },
    update: { row: 'concarneau', set: () => ({ name: 'Konk-Kerne' }), expect: nobody },
    delete: { row: 'concarneau', expect: nobody },
  },

  // Identity -----------------------------------------------------------------------------------------------
  profiles: {
    rows: (f) => Object.fromEntries(Object.entries(f.users).map(([name, u]) => [name, u.id])),
    select: reads({
      anon: 'denied',
      resident: ['resident'],
      memberA: ['managerA', 'memberA'],
      managerA: ['managerA', 'memberA'],
      managerB: ['managerB'],
      admin: ['admin', 'managerA', 'managerB', 'memberA', 'observer', 'resident'],
      observer: ['observer'],
    }),
    insert: { values: () => ({ id: crypto.randomUUID(), display_name: 'Intrus' }), expect: nobody },
    update: {
      row: 'resident',
      set: () => ({ display_name: 'Camille R.' }),
      expect: only(['resident', 'admin'], 'zero'),
    },
    delete: { row: 'resident', expect: nobody },
  },
  place_memberships: {
    key: `place_id || '/' || user_id`,
    rows: (f) => f.memberships,
    select: reads({
      anon: 'denied',
      memberA: ['managerA', 'memberA'],
      managerA: ['managerA', 'memberA'],
      managerB: ['managerB'],
      admin: ['managerA', 'managerB', 'memberA'],
    }),
    // Joining a place is accepting an invitation (server side, service role): nobody inserts directly.
    insert: {
      values: (f) => ({ place_id: f.places.A, user_id: f.users.resident.id, role: 'member' }),
      expect: nobody,
    },
    // The team page: the place's managers (and network admins) change a member's role, nobody else.
    update: { row: 'memberA', set: () => ({ role: 'manager' }), expect: only(['managerA', 'admin'], 'zero') },
    // A member may leave; the place's managers and network admins may remove them.
    delete: { row: 'memberA', expect: only(['memberA', 'managerA', 'admin'], 'zero') },
  },
  invitations: {
    rows: (f) => f.invitations,
    select: reads({ anon: 'denied', managerA: ['A'], managerB: ['B'], admin: ['A', 'B', 'network'] }),
    insert: {
      values: (f) => ({
        email: 'nouvelle@example.org',
        place_id: f.places.A,
        place_role: 'member',
        token_hash: f.hex64(),
      }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: { row: 'A', set: () => ({ revoked_at: t0() }), expect: only(['managerA', 'admin'], 'zero') },
    delete: { row: 'A', expect: only(['admin'], 'zero') },
  },

  // Directory ----------------------------------------------------------------------------------------------
  labels: {
    rows: (f) => ({
      fabrique: f.labels.fabrique,
      franceServices: f.labels.franceServices,
      extra: f.labels.extra,
    }),
    select: reads({}, ['extra', 'fabrique', 'franceServices']),
    insert: {
      values: () => ({ code: 'nouveau_label', name: 'Nouveau label' }),
      expect: only(['admin'], 'rls'),
    },
    update: { row: 'extra', set: () => ({ name: 'Label renommé' }), expect: only(['admin'], 'zero') },
    delete: { row: 'extra', expect: only(['admin'], 'zero') },
  },
  waves: {
    rows: (f) => f.waves,
    select: reads({ admin: ['draft', 'open'], observer: ['draft', 'open'] }, ['open']),
    insert: {
      values: () => ({ name: 'Vague 2031', opens_on: '2031-06-01' }),
      expect: only(['admin'], 'rls'),
    },
    update: { row: 'open', set: () => ({ name: 'Vague renommée' }), expect: only(['admin'], 'zero') },
    delete: { row: 'draft', expect: only(['admin'], 'zero') },
  },
  places: {
    rows: (f) => f.places,
    select: reads({ admin: ['A', 'B', 'C', 'D'], observer: ['A', 'B', 'C', 'D'] }, ['A', 'B']),
    insert: {
      values: () => ({ slug: 'nouveau-lieu', name: 'Nouveau lieu' }),
      expect: only(['admin'], 'rls'),
    },
    update: {
      row: 'A',
      set: () => ({ summary: 'Fab lab de la baie' }),
      expect: only(['managerA', 'admin'], 'zero'),
    },
    delete: { row: 'D', expect: only(['admin'], 'zero') },
  },
  place_labels: {
    rows: (f) => f.placeLabels,
    select: reads({ admin: ['A', 'B', 'C'], observer: ['A', 'B', 'C'] }, ['A', 'B']),
    insert: {
      values: (f) => ({ place_id: f.places.A, label_id: f.labels.franceServices, granted_on: '2024-01-01' }),
      expect: only(['admin'], 'rls'),
    },
    update: { row: 'A', set: () => ({ ends_on: '2030-12-31' }), expect: only(['admin'], 'zero') },
    delete: { row: 'A', expect: only(['admin'], 'zero') },
  },
  place_photos: {
    rows: (f) => f.photos,
    select: reads({ admin: ['A', 'B', 'C'], observer: ['A', 'B', 'C'] }, ['A', 'B']),
    // A storage path is written by the upload procedure only (service role).
    insert: {
      values: (f) => ({ place_id: f.places.A, storage_path: 'places/a/2.jpg', alt_text: 'L’atelier bois' }),
      expect: nobody,
    },
    update: {
      row: 'A',
      set: () => ({ alt_text: 'La découpeuse' }),
      expect: only(['managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A', expect: only(['managerA', 'admin'], 'zero') },
  },

  // Catalogue ----------------------------------------------------------------------------------------------
  activities: {
    rows: (f) => f.activities,
    select: reads(
      {
        memberA: ['A_draft', 'A_pub', 'B_pub'],
        managerA: ['A_draft', 'A_pub', 'B_pub'],
        managerB: ['A_pub', 'B_draft', 'B_pub'],
        admin: ['A_draft', 'A_pub', 'B_draft', 'B_pub', 'C_pub'],
      },
      ['A_pub', 'B_pub'],
    ),
    insert: {
      values: (f) => ({
        place_id: f.places.A,
        title: 'Atelier réparation',
        themes: ['maintenance_de_materiel'],
        // What happens below the minimum: the organisers' choice (decision 039).
        min_attendance_action: 'warn',
      }),
      expect: only(['memberA', 'managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A_draft',
      set: () => ({ title: 'Atelier renommé', min_attendance_action: 'warn' }),
      expect: only(['memberA', 'managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A_draft', expect: only(['memberA', 'managerA', 'admin'], 'zero') },
  },
  sessions: {
    rows: (f) => f.sessions,
    select: reads(
      {
        memberA: ['A_draft', 'A_pub', 'B_pub'],
        managerA: ['A_draft', 'A_pub', 'B_pub'],
        managerB: ['A_pub', 'B_draft', 'B_pub'],
        admin: ['A_draft', 'A_pub', 'B_draft', 'B_pub'],
      },
      ['A_pub', 'B_pub'],
    ),
    insert: {
      values: (f) => ({
        activity_id: f.activities.A_pub,
        place_id: f.places.A,
        starts_at: f.inDays(14, 14),
        ends_at: f.inDays(14, 16),
        capacity: 10,
      }),
      expect: only(['memberA', 'managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A_pub',
      set: () => ({ capacity: 12 }),
      expect: only(['memberA', 'managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A_draft', expect: only(['memberA', 'managerA', 'admin'], 'zero') },
  },
  appointment_availabilities: {
    rows: (f) => f.availabilities,
    select: reads(
      {
        memberA: ['A', 'A_agents', 'B'],
        managerA: ['A', 'A_agents', 'B'],
        admin: ['A', 'A_agents', 'B'],
      },
      ['A', 'B'],
    ),
    insert: {
      values: (f) => ({
        place_id: f.places.A,
        mediateur_id: f.users.managerA.id,
        first_day: '2026-02-02',
        start_time: '14:00',
        end_time: '17:00',
      }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: { row: 'A', set: () => ({ slot_minutes: 45 }), expect: only(['managerA', 'admin'], 'zero') },
    delete: { row: 'A_agents', expect: only(['managerA', 'admin'], 'zero') },
  },

  // Booking (personal data) --------------------------------------------------------------------------------
  bookings: {
    rows: (f) => f.bookings,
    select: reads({
      anon: 'denied',
      resident: ['A_resident'],
      memberA: ['A_anon', 'A_resident'],
      managerA: ['A_anon', 'A_resident'],
      managerB: ['B'],
      admin: ['A_anon', 'A_resident', 'B'],
    }),
    insert: {
      // Booking place A's public session for the resident's account.
      values: (f) => ({
        session_id: f.sessions.A_pub,
        place_id: f.places.A,
        first_name: 'Camille',
        email: 'camille.autre@example.org',
        consent_at: t0(),
        user_id: f.users.resident.id,
      }),
      // Only the booking engine books (private.book_session, service role): never a direct insert.
      expect: nobody,
    },
    // Cancelling goes through the engine too (it promotes the waitlist); clients only take attendance.
    update: {
      row: 'A_resident',
      set: () => ({ status: 'cancelled' }),
      expect: nobody,
    },
    delete: { row: 'A_anon', expect: only(['admin'], 'zero') },
  },
  appointments: {
    rows: (f) => f.appointments,
    select: reads({
      anon: 'denied',
      resident: ['A'],
      memberA: ['A'],
      managerA: ['A'],
      managerB: ['B'],
      admin: ['A', 'B'],
    }),
    insert: {
      values: (f) => ({
        availability_id: f.availabilities.A,
        place_id: f.places.A,
        mediateur_id: f.users.memberA.id,
        starts_at: f.inDays(4, 9),
        ends_at: f.inDays(4, 10),
        first_name: 'Camille',
        phone: '+33612345678',
        consent_at: t0(),
        user_id: f.users.resident.id,
      }),
      // Only the appointment engine books (private.book_appointment, service role).
      expect: nobody,
    },
    // Cancelling goes through the engine (private.cancel_appointment); attendance: see below.
    update: {
      row: 'A',
      set: () => ({ status: 'cancelled' }),
      expect: nobody,
    },
    delete: { row: 'A', expect: only(['admin'], 'zero') },
  },

  // Sharing ------------------------------------------------------------------------------------------------
  tools: {
    rows: (f) => f.tools,
    select: reads(
      {
        memberA: ['A_draft', 'A_pub', 'B_pub'],
        managerA: ['A_draft', 'A_pub', 'B_pub'],
        admin: ['A_draft', 'A_pub', 'B_pub'],
      },
      ['A_pub', 'B_pub'],
    ),
    insert: {
      values: (f) => ({ place_id: f.places.A, name: 'Brodeuse numérique' }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A_pub',
      set: () => ({ condition: 'Lentille changée' }),
      expect: only(['managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A_draft', expect: only(['managerA', 'admin'], 'zero') },
  },
  tool_qualifications: {
    rows: (f) => f.qualifications,
    select: reads({
      anon: 'denied',
      resident: ['A'],
      memberA: ['A', 'B'],
      managerA: ['A'],
      managerB: ['B'],
      admin: ['A', 'B'],
    }),
    // Granted by training attendance (trigger) or recorded by the server for an e-mail a manager gives.
    insert: {
      values: (f) => ({ tool_id: f.tools.A_pub, place_id: f.places.A, user_id: f.users.memberA.id }),
      expect: nobody,
    },
    update: {
      row: 'A',
      set: (f) => ({ expires_at: f.inDays(365) }),
      expect: nobody,
    },
    delete: { row: 'A', expect: only(['managerA', 'admin'], 'zero') },
  },
  tool_reservations: {
    rows: (f) => f.reservations,
    select: reads({
      anon: 'denied',
      resident: ['A'],
      memberA: ['A'],
      managerA: ['A'],
      managerB: ['B'],
      admin: ['A', 'B'],
    }),
    insert: {
      // The resident holds the qualification the laser cutter requires.
      values: (f) => ({
        tool_id: f.tools.A_pub,
        place_id: f.places.A,
        user_id: f.users.resident.id,
        during: `[${f.inDays(6, 9)},${f.inDays(6, 11)})`,
      }),
      expect: only(['resident', 'memberA', 'managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A',
      set: () => ({ purpose: 'Gravure de plaques' }),
      expect: only(['resident', 'managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A', expect: only(['managerA', 'admin'], 'zero') },
  },
  loans: {
    rows: (f) => f.loans,
    select: reads({
      anon: 'denied',
      memberA: ['AtoC', 'BtoA'],
      managerA: ['AtoC', 'BtoA'],
      managerB: ['BtoA'],
      admin: ['AtoC', 'BtoA'],
    }),
    insert: {
      values: (f) => ({
        tool_id: f.tools.B_pub,
        lender_place_id: f.places.B,
        borrower_place_id: f.places.A,
        period: `[${f.inDays(40)},${f.inDays(41)})`,
      }),
      expect: only(['memberA', 'managerA', 'admin'], 'rls'),
    },
    // Borrower's team and lender's managers may annotate a loan.
    update: {
      row: 'BtoA',
      set: () => ({ notes: 'Retrait le matin' }),
      expect: only(['memberA', 'managerA', 'managerB', 'admin'], 'zero'),
    },
    delete: { row: 'BtoA', expect: only(['admin'], 'zero') },
  },
  loan_events: {
    rows: (f) => f.loanEvents,
    select: reads({
      anon: 'denied',
      memberA: ['AtoC', 'BtoA'],
      managerA: ['AtoC', 'BtoA'],
      managerB: ['BtoA'],
      admin: ['AtoC', 'BtoA'],
    }),
    insert: { values: (f) => ({ loan_id: f.loans.BtoA, to_status: 'approved' }), expect: nobody },
    update: { row: 'BtoA', set: () => ({ note: 'réécrit' }), expect: nobody },
    delete: { row: 'BtoA', expect: nobody },
  },
  resources: {
    rows: (f) => f.resources,
    select: reads(
      {
        memberA: ['A_draft', 'A_pub', 'B_pub'],
        managerA: ['A_draft', 'A_pub', 'B_pub'],
        admin: ['A_draft', 'A_pub', 'B_pub'],
      },
      ['A_pub', 'B_pub'],
    ),
    insert: {
      values: (f) => ({ place_id: f.places.A, title: 'Gabarits', url: 'https://example.org/gabarits' }),
      expect: only(['memberA', 'managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A_pub',
      set: () => ({ title: 'Guide laser (v2)' }),
      expect: only(['memberA', 'managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A_draft', expect: only(['memberA', 'managerA', 'admin'], 'zero') },
  },

  // Reporting ----------------------------------------------------------------------------------------------
  activity_records: {
    rows: (f) => f.records,
    select: reads({
      anon: 'denied',
      memberA: ['A_member'],
      managerA: ['A_manager', 'A_member'],
      managerB: ['B'],
      admin: ['A_manager', 'A_member', 'B'],
    }),
    insert: {
      values: (f) => ({
        place_id: f.places.A,
        type: 'collectif',
        date: '2026-01-20',
        duration_minutes: 120,
        themes: ['email', 'securite_numerique'],
        titre_atelier: 'Sécuriser sa messagerie',
        participants_total: 6,
        counts_by_genre: JSON.stringify({ feminin: 4, masculin: 2 }),
      }),
      expect: only(['memberA', 'managerA', 'admin'], 'rls'),
    },
    // A member edits only the records they wrote; managers all of the place's.
    update: { row: 'A_manager', set: () => ({ notes: 'Relu' }), expect: only(['managerA', 'admin'], 'zero') },
    delete: { row: 'A_manager', expect: only(['managerA', 'admin'], 'zero') },
  },
  coordination_activities: {
    rows: (f) => f.coordination,
    select: reads({ anon: 'denied', memberA: ['A'], managerA: ['A'], managerB: ['B'], admin: ['A', 'B'] }),
    insert: {
      values: (f) => ({
        place_id: f.places.A,
        kind: 'partenariat',
        nature_partenariat: 'rdv_elu',
        date: '2026-01-22',
        title: 'Rencontre avec la mairie',
      }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: { row: 'A', set: () => ({ participants: 12 }), expect: only(['managerA', 'admin'], 'zero') },
    delete: { row: 'A', expect: only(['managerA', 'admin'], 'zero') },
  },
  reports: {
    rows: (f) => f.reports,
    select: reads({
      anon: 'denied',
      managerA: ['A_draft', 'A_validated'],
      managerB: ['B_submitted'],
      admin: ['A_draft', 'A_validated', 'B_submitted'],
      observer: ['A_validated'],
    }),
    insert: {
      values: (f) => ({ place_id: f.places.A, period: 'quarter', period_start: '2026-04-01' }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A_draft',
      set: () => ({ narrative: 'Un trimestre riche' }),
      expect: only(['managerA', 'admin'], 'zero'),
    },
    delete: { row: 'A_draft', expect: only(['managerA', 'admin'], 'zero') },
  },

  // Pre-aggregates of the records above (written only by triggers); observers see a place's months once a
  // validated report covers them (A's validated report is of 2025, the records of January 2026).
  activity_monthly_aggregates: {
    key: `place_id || '/' || month || '/' || dimension || '/' || code`,
    rows: (f) => ({
      A: `${f.places.A}/2026-01-01/total/`,
      A_email: `${f.places.A}/2026-01-01/theme/email`,
      B: `${f.places.B}/2026-01-01/total/`,
    }),
    select: reads({
      anon: 'denied',
      managerA: ['A', 'A_email'],
      managerB: ['B'],
      admin: ['A', 'A_email', 'B'],
    }),
    insert: {
      values: (f) => ({
        place_id: f.places.A,
        month: '2026-02-01',
        dimension: 'total',
        code: '',
        records: 1,
        individual: 1,
        collective: 0,
        participants: 1,
        minutes: 30,
        deja_accompagne: 0,
      }),
      expect: nobody,
    },
    update: { row: 'A', set: () => ({ participants: 1000 }), expect: nobody },
    delete: { row: 'A', expect: nobody },
  },

  // The network roll-up of those aggregates (written only by triggers): network admins read it; observers
  // its validated place-months (none here: A's validated report is of 2025).
  activity_network_monthly: {
    key: `month || '/' || dimension || '/' || code || '/' || validated`,
    rows: () => ({ total: '2026-01-01/total//false', email: '2026-01-01/theme/email/false' }),
    select: reads({ anon: 'denied', admin: ['email', 'total'] }),
    insert: {
      values: () => ({
        validated: true,
        month: '2026-02-01',
        dimension: 'total',
        code: '',
        records: 1,
        individual: 1,
        collective: 0,
        participants: 1,
        minutes: 30,
        deja_accompagne: 0,
      }),
      expect: nobody,
    },
    update: { row: 'total', set: () => ({ participants: 1000 }), expect: nobody },
    delete: { row: 'total', expect: nobody },
  },
  // Each place's monthly totals, with the state of the place-month (written only by triggers): network admins;
  // observers the validated place-months (none here).
  activity_place_monthly_totals: {
    key: `place_id || '/' || month`,
    rows: (f) => ({ A: `${f.places.A}/2026-01-01`, B: `${f.places.B}/2026-01-01` }),
    select: reads({ anon: 'denied', admin: ['A', 'B'] }),
    insert: {
      values: (f) => ({
        month: '2026-02-01',
        place_id: f.places.A,
        validated: false,
        records: 1,
        individual: 1,
        collective: 0,
        participants: 1,
        minutes: 30,
        deja_accompagne: 0,
      }),
      expect: nobody,
    },
    update: { row: 'A', set: () => ({ participants: 1000 }), expect: nobody },
    delete: { row: 'A', expect: nobody },
  },
  dashboard_share_links: {
    rows: (f) => f.shareLinks,
    select: reads({ anon: 'denied', managerA: ['A'], admin: ['A', 'network'] }),
    insert: {
      values: (f) => ({
        token_hash: f.hex64(),
        scope_kind: 'place',
        place_id: f.places.A,
        range_from: '2026-01-01',
        range_to: '2026-07-01',
      }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: { row: 'A', set: () => ({ revoked_at: t0() }), expect: only(['managerA', 'admin'], 'zero') },
    delete: { row: 'A', expect: nobody },
  },

  // Programme (funding: network admins, observers, and the funded place's managers) ---------------------
  funding_agreements: {
    rows: (f) => f.agreements,
    select: reads({
      anon: 'denied',
      managerA: ['A'],
      managerB: ['B'],
      admin: ['A', 'B'],
      observer: ['A', 'B'],
    }),
    insert: {
      values: (f) => ({
        place_id: f.places.A,
        starts_on: '2026-01-01',
        duration_years: 2,
        yearly_amounts_cents: [4_000_000, 3_500_000],
      }),
      expect: only(['admin'], 'rls'),
    },
    update: { row: 'A', set: () => ({ notes: 'Avenant n°1' }), expect: only(['admin'], 'zero') },
    delete: { row: 'A', expect: only(['admin'], 'zero') },
  },
  disbursements: {
    rows: (f) => f.disbursements,
    select: reads({
      anon: 'denied',
      managerA: ['A'],
      managerB: ['B'],
      admin: ['A', 'B'],
      observer: ['A', 'B'],
    }),
    insert: {
      values: (f) => ({ agreement_id: f.agreements.A, planned_on: '2021-04-01', amount_cents: 4_000_000 }),
      expect: only(['admin'], 'rls'),
    },
    update: { row: 'B', set: () => ({ notes: 'Décalé' }), expect: only(['admin'], 'zero') },
    delete: { row: 'B', expect: only(['admin'], 'zero') },
  },

  // Development mailbox (filed by the server with the service role; read by network admins) ---------------
  dev_mailbox: {
    rows: (f) => f.mailbox,
    select: reads({ anon: 'denied', admin: ['message'] }),
    insert: {
      values: () => ({
        from_address: 'a@example.org',
        to_address: 'b@example.org',
        subject: 'x',
        text_body: 'x',
      }),
      expect: nobody,
    },
    update: { row: 'message', set: () => ({ subject: 'réécrit' }), expect: nobody },
    delete: { row: 'message', expect: nobody },
  },
  dev_sms_mailbox: {
    rows: (f) => f.smsMailbox,
    select: reads({ anon: 'denied', admin: ['message'] }),
    insert: {
      values: () => ({ to_number: '+33612345678', text_body: 'x', reference: 'x' }),
      expect: nobody,
    },
    update: { row: 'message', set: () => ({ text_body: 'réécrit' }), expect: nobody },
    delete: { row: 'message', expect: nobody },
  },

  // Webhooks (decision 061): network admins manage all, a place's managers their place's; deliveries are
  // written by triggers and the worker only. The secret is never chosen by a client (no insert grant on it),
  // the previous one (kept 24 hours after a change) never read by one (see "rules beyond the matrix").
  webhook_subscriptions: {
    rows: (f) => f.webhookSubscriptions,
    select: reads({ anon: 'denied', managerA: ['A'], managerB: ['B'], admin: ['A', 'B', 'network'] }),
    insert: {
      values: (f) => ({ place_id: f.places.A, url: 'https://x.example.org/', events: '{booking.confirmed}' }),
      expect: only(['managerA', 'admin'], 'rls'),
    },
    update: {
      row: 'A',
      set: () => ({ events: '{booking.cancelled}' }),
      expect: outcomes('zero', { anon: 'denied', managerA: 'ok', admin: 'ok' }),
    },
    delete: { row: 'A', expect: nobody },
  },
  webhook_deliveries: {
    rows: (f) => f.webhookDeliveries,
    select: reads({ anon: 'denied', managerA: ['A'], admin: ['A', 'network'] }),
    insert: {
      values: (f) => ({
        subscription_id: f.webhookSubscriptions.A,
        event_id: '00000000-0000-4000-8000-000000000001',
        event_type: 'booking.confirmed',
        ordering_key: 'booking:x',
        payload: '{}',
      }),
      expect: nobody,
    },
    update: { row: 'A', set: () => ({ status: 'failed' }), expect: nobody },
    delete: { row: 'A', expect: nobody },
  },

  // Audit (read by network admins; written only by triggers) --------------------------------------------
  audit_events: {
    rows: (f) => f.audit,
    select: reads({ anon: 'denied', admin: ['agreementB', 'placeA'] }),
    insert: {
      values: () => ({ action: 'insert', table_name: 'places', row_id: 'forged' }),
      expect: nobody,
    },
    update: { row: 'placeA', set: () => ({ row_id: 'forged' }), expect: nobody },
    delete: { row: 'placeA', expect: nobody },
  },
};

// Running attempts ---------------------------------------------------------------------------------------

let t: TestDatabase;
let f: RlsFixtures;
let claims: Record<Actor, SessionClaims | null>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
  claims = {
    anon: null,
    resident: claimsFor(f.users.resident),
    memberA: claimsFor(f.users.memberA),
    managerA: claimsFor(f.users.managerA),
    managerB: claimsFor(f.users.managerB),
    admin: claimsFor(f.users.admin),
    observer: claimsFor(f.users.observer),
  };
});
afterAll(() => t.drop());

class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rollback');
  }
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: { code?: string; message: string } };

/** Runs `work` as `actor`, then rolls everything back so attempts never see each other. */
async function attempt<T>(actor: Actor, work: (tx: Tx) => Promise<T>): Promise<Attempt<T>> {
  try {
    await withSession(t.db, claims[actor], async (tx) => {
      throw new Rollback(await work(tx));
    });
    throw new Error('unreachable');
  } catch (error) {
    if (error instanceof Rollback) return { ok: true, value: error.value as T };
    return { ok: false, error: error as { code?: string; message: string } };
  }
}

function classify(result: Attempt<{ numAffectedRows?: bigint }>): Outcome | string {
  if (result.ok) {
    const rows = Number(result.value.numAffectedRows ?? 0n);
    return rows === 1 ? 'ok' : rows === 0 ? 'zero' : `${rows} rows`;
  }
  const { code, message } = result.error;
  if (code === '42501' && /^permission denied for (table|column|relation|function)/.test(message))
    return 'denied';
  if (code === '42501' && /row-level security/.test(message)) return 'rls';
  if (code === '42501') return 'guard';
  return `error ${code}: ${message}`;
}

const table = (name: string) => sql.table(`public.${name}`);
const keyOf = (spec: TableSpec) => sql.raw(`(${spec.key ?? 'id::text'})`);
const assignments = (values: Record<string, unknown>): RawBuilder<unknown>[] =>
  Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);

async function perActor<T>(run: (actor: Actor) => Promise<T>): Promise<Record<Actor, T>> {
  const out = {} as Record<Actor, T>;
  for (const actor of ACTORS) out[actor] = await run(actor);
  return out;
}

describe('RLS matrix', () => {
  it('has an expectation for every table of the public schema', async () => {
    const { rows } = await sql<{ name: string }>`
      select c.relname as name from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
      order by 1`.execute(t.db);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(matrix).sort());
  });

  describe.each(Object.entries(matrix))('%s', (name, spec) => {
    it('select: each person reads exactly the expected rows', async () => {
      const rows = spec.rows(f);
      const labelOf = new Map(Object.entries(rows).map(([label, id]) => [id, label]));
      const actual = await perActor(async (actor) => {
        const result = await attempt(actor, async (tx) => {
          const { rows: found } = await sql<{ key: string }>`
            select ${keyOf(spec)} as key from ${table(name)}
            where ${keyOf(spec)} = any (${Object.values(rows)}::text[])`.execute(tx);
          return found.map((r) => labelOf.get(r.key) ?? r.key).sort();
        });
        if (result.ok) return result.value;
        return classify(result) === 'denied'
          ? 'denied'
          : `error ${result.error.code}: ${result.error.message}`;
      });
      expect(actual).toEqual(spec.select);
    });

    it('insert', async () => {
      const values = spec.insert.values(f);
      const columns = Object.keys(values);
      const actual = await perActor(async (actor) =>
        classify(
          await attempt(actor, (tx) =>
            sql`insert into ${table(name)} (${sql.join(columns.map((c) => sql.ref(c)))})
                values (${sql.join(columns.map((c) => sql`${values[c]}`))})`.execute(tx),
          ),
        ),
      );
      expect(actual).toEqual(spec.insert.expect);
    });

    it(`update`, async () => {
      const id = spec.rows(f)[spec.update.row];
      const actual = await perActor(async (actor) =>
        classify(
          await attempt(actor, (tx) =>
            sql`update ${table(name)} set ${sql.join(assignments(spec.update.set(f)))}
                where ${keyOf(spec)} = ${id}`.execute(tx),
          ),
        ),
      );
      expect(actual).toEqual(spec.update.expect);
    });

    it('delete', async () => {
      const id = spec.rows(f)[spec.delete.row];
      const actual = await perActor(async (actor) =>
        classify(
          await attempt(actor, (tx) =>
            sql`delete from ${table(name)} where ${keyOf(spec)} = ${id}`.execute(tx),
          ),
        ),
      );
      expect(actual).toEqual(spec.delete.expect);
    });
  });
});

// Rules a single grant or policy cannot express, enforced by triggers -------------------------------------

describe('rules beyond the matrix', () => {
  const run = (actor: Actor, query: (f: RlsFixtures) => RawBuilder<unknown>) =>
    attempt(actor, (tx) => query(f).execute(tx)).then(classify);

  it('nobody grants themselves a network role', async () => {
    expect(
      await run(
        'resident',
        (f) =>
          sql`update public.profiles set network_role = 'network_admin' where id = ${f.users.resident.id}`,
      ),
    ).toBe('guard');
    expect(
      await run(
        'admin',
        (f) => sql`update public.profiles set network_role = 'observer' where id = ${f.users.resident.id}`,
      ),
    ).toBe('ok');
  });

  it('an invitation is renewed by the place managers, stamped with who renewed it, never widened', async () => {
    const renewed = await attempt('managerA', async (tx) => {
      await sql`update public.invitations set token_hash = ${f.hex64()}, invited_by = ${f.users.admin.id}
        where id = ${f.invitations.A}`.execute(tx);
      const { rows } = await sql<{ invited_by: string }>`
        select invited_by from public.invitations where id = ${f.invitations.A}`.execute(tx);
      return rows[0]?.invited_by;
    });
    expect(renewed).toEqual({ ok: true, value: f.users.managerA.id });
    const widened = await attempt('managerA', (tx) =>
      sql`update public.invitations set place_role = null, network_role = 'network_admin'
        where id = ${f.invitations.A}`.execute(tx),
    );
    expect(widened.ok ? 'ok' : widened.error.code).toBe('23514');
  });

  it('the last network admin cannot be removed', async () => {
    expect(
      await run(
        'admin',
        (f) => sql`update public.profiles set network_role = null where id = ${f.users.admin.id}`,
      ),
    ).toBe('guard');
  });

  it('a manager edits the place profile but not its status, flags or moderation', async () => {
    expect(
      await run(
        'managerA',
        (f) => sql`update public.places set status = 'archived' where id = ${f.places.A}`,
      ),
    ).toBe('guard');
    expect(
      await run('managerA', (f) => sql`update public.places set is_qpv = true where id = ${f.places.A}`),
    ).toBe('guard');
    expect(
      await run('admin', (f) => sql`update public.places set status = 'archived' where id = ${f.places.A}`),
    ).toBe('ok');
  });

  it('only network admins hide published content', async () => {
    expect(
      await run(
        'memberA',
        (f) =>
          sql`update public.activities set hidden_at = now(), hidden_reason = 'x' where id = ${f.activities.A_pub}`,
      ),
    ).toBe('guard');
    expect(
      await run(
        'admin',
        (f) =>
          sql`update public.activities set hidden_at = now(), hidden_reason = 'Hors charte' where id = ${f.activities.A_pub}`,
      ),
    ).toBe('ok');
  });

  it('only managers take attendance (the booking person cancels through their private link)', async () => {
    expect(
      await run(
        'resident',
        (f) => sql`update public.bookings set attendance = 'seen' where id = ${f.bookings.A_resident}`,
      ),
    ).toBe('zero');
    expect(
      await run(
        'memberA',
        (f) => sql`update public.bookings set attendance = 'seen' where id = ${f.bookings.A_resident}`,
      ),
    ).toBe('zero');
    // Attendance is taken from the session's day: refused a week before, allowed once it has started.
    expect(
      await run(
        'managerA',
        (f) => sql`update public.bookings set attendance = 'seen' where id = ${f.bookings.A_resident}`,
      ),
    ).toMatch(/^error 23514: attendance_not_open/);
    const started = sql`update public.sessions set starts_at = now() - interval '1 hour',
      ends_at = now() + interval '1 hour' where id = ${f.sessions.A_pub} returning starts_at, ends_at`;
    const { rows: before } = await sql<{ starts_at: string; ends_at: string }>`
      select starts_at, ends_at from public.sessions where id = ${f.sessions.A_pub}`.execute(t.db);
    await started.execute(t.db);
    try {
      expect(
        await run(
          'managerA',
          (f) => sql`update public.bookings set attendance = 'seen' where id = ${f.bookings.A_resident}`,
        ),
      ).toBe('ok');
    } finally {
      await sql`update public.sessions set starts_at = ${before[0]?.starts_at}, ends_at = ${before[0]?.ends_at}
        where id = ${f.sessions.A_pub}`.execute(t.db);
    }
    expect(
      await run(
        'resident',
        (f) => sql`update public.appointments set attendance = 'seen' where id = ${f.appointments.A}`,
      ),
    ).toBe('zero');
    expect(
      await run(
        'memberA',
        (f) => sql`update public.appointments set attendance = 'seen' where id = ${f.appointments.A}`,
      ),
    ).toBe('ok');
  });

  it('the lending place decides on a loan; the borrower may only cancel', async () => {
    expect(
      await run(
        'memberA',
        (f) => sql`update public.loans set status = 'approved' where id = ${f.loans.BtoA}`,
      ),
    ).toBe('guard');
    expect(
      await run(
        'memberA',
        (f) => sql`update public.loans set status = 'cancelled' where id = ${f.loans.BtoA}`,
      ),
    ).toBe('ok');
    const approved = await attempt('managerB', async (tx) => {
      await sql`update public.loans set status = 'approved' where id = ${f.loans.BtoA}`.execute(tx);
      const { rows } = await sql<{ from_status: string | null; to_status: string; actor: string }>`
        select from_status, to_status, actor from public.loan_events where loan_id = ${f.loans.BtoA} order by id`.execute(
        tx,
      );
      return rows;
    });
    expect(approved).toEqual({
      ok: true,
      value: [
        { from_status: null, to_status: 'requested', actor: null },
        { from_status: 'requested', to_status: 'approved', actor: f.users.managerB.id },
      ],
    });
  });

  it('a report is submitted by its managers, reviewed by network admins, then locked for everyone', async () => {
    expect(
      await run(
        'managerA',
        (f) => sql`update public.reports set status = 'submitted' where id = ${f.reports.A_draft}`,
      ),
    ).toBe('ok');
    // Once submitted, the report is out of its managers' hands (and they never validate it).
    const resubmitted = await attempt('managerA', async (tx) => {
      await sql`update public.reports set status = 'submitted' where id = ${f.reports.A_draft}`.execute(tx);
      return sql`update public.reports set status = 'validated' where id = ${f.reports.A_draft}`.execute(tx);
    });
    expect(classify(resubmitted)).toBe('zero');
    expect(
      await run(
        'admin',
        (f) => sql`update public.reports set status = 'validated' where id = ${f.reports.B_submitted}`,
      ),
    ).toBe('ok');
    expect(
      await run(
        'admin',
        (f) => sql`update public.reports set narrative = 'x' where id = ${f.reports.A_validated}`,
      ),
    ).toBe('guard');
    expect(
      await run('admin', (f) => sql`delete from public.reports where id = ${f.reports.A_validated}`),
    ).toBe('guard');
    // Not even the database owner (the service role and migrations) may change a validated report.
    await expect(
      sql`update public.reports set narrative = 'x' where id = ${f.reports.A_validated}`.execute(t.db),
    ).rejects.toThrow(/report_locked/);
  });

  it('erasing an account keeps the validated reports it touched, without its name', async () => {
    // auth.users belongs to Supabase Auth: the erasure runs as the database owner, then rolls back.
    const reports = await t.db
      .transaction()
      .execute(async (tx) => {
        await sql`delete from auth.users where id = ${f.users.managerA.id}`.execute(tx);
        const { rows } = await sql<{ status: string; submitted_by: string | null }>`
          select status, submitted_by from public.reports where id = ${f.reports.A_validated}`.execute(tx);
        throw new Rollback(rows);
      })
      .catch((error: unknown) => (error instanceof Rollback ? error.value : error));
    expect(reports).toEqual([{ status: 'validated', submitted_by: null }]);
  });

  it('a member edits the activity records they wrote', async () => {
    expect(
      await run(
        'memberA',
        (f) => sql`update public.activity_records set notes = 'Suivi' where id = ${f.records.A_member}`,
      ),
    ).toBe('ok');
  });

  it('reserving a tool that requires a training needs a current qualification', async () => {
    const during = `[${f.inDays(8, 9)},${f.inDays(8, 10)})`;
    expect(
      await run(
        'managerB',
        (f) => sql`insert into public.tool_reservations (tool_id, place_id, user_id, during)
          values (${f.tools.A_pub}, ${f.places.A}, ${f.users.managerB.id}, ${during})`,
      ),
    ).toBe('guard');
  });

  it('records every admin action in the audit log with its actor, readable by network admins only', async () => {
    const result = await attempt('admin', async (tx) => {
      await sql`update public.place_labels set ends_on = '2030-12-31' where id = ${f.placeLabels.A}`.execute(
        tx,
      );
      const { rows } = await sql<{ actor: string; action: string }>`
        select actor, action from public.audit_events
        where table_name = 'place_labels' and row_id = ${f.placeLabels.A} and actor is not null`.execute(tx);
      return rows;
    });
    expect(result).toEqual({ ok: true, value: [{ actor: f.users.admin.id, action: 'update' }] });
    await expect(sql`delete from public.audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });
});

// What a signed-in person could do with their own JWT on a Supabase project's Data API (/rest/v1), run
// here exactly as PostgREST would (decision 031): no more than the procedures allow.
describe('the Data API can do no more than the procedures (decision 031)', () => {
  const run = (actor: Actor, query: (f: RlsFixtures) => RawBuilder<unknown>) =>
    attempt(actor, (tx) => query(f).execute(tx)).then(classify);
  const each = (query: (f: RlsFixtures, actor: Actor) => RawBuilder<unknown>) =>
    perActor((actor) => run(actor, (f) => query(f, actor)));
  const own = (actor: Actor) => (actor === 'anon' ? null : f.users[actor].id);

  it('nobody books a seat or an appointment directly, not even for themselves', async () => {
    expect(
      await each(
        (
          f,
          actor,
        ) => sql`insert into public.bookings (session_id, place_id, first_name, email, consent_at, user_id)
          values (${f.sessions.A_pub}, ${f.places.A}, 'Moi', ${`${actor}.direct@example.org`}, now(), ${own(actor)})`,
      ),
    ).toEqual(nobody);
    expect(
      await each(
        (f, actor) => sql`insert into public.appointments (availability_id, place_id, mediateur_id, starts_at,
            ends_at, first_name, phone, consent_at, user_id)
          values (${f.availabilities.A}, ${f.places.A}, ${f.users.memberA.id}, ${f.inDays(5, 9)},
            ${f.inDays(5, 10)}, 'Moi', '+33612340000', now(), ${own(actor)})`,
      ),
    ).toEqual(nobody);
    // Nor cancels around the engine (which promotes the waitlist and checks the cut-off).
    expect(
      await run(
        'resident',
        (f) => sql`update public.bookings set status = 'cancelled' where id = ${f.bookings.A_resident}`,
      ),
    ).toBe('denied');
  });

  it('a manager adds nobody to their place, and roles change only within the team, by its managers', async () => {
    expect(
      await run(
        'managerA',
        (f) => sql`insert into public.place_memberships (place_id, user_id, role)
          values (${f.places.A}, ${f.users.managerB.id}, 'manager')`,
      ),
    ).toBe('denied');
    expect(
      await run(
        'admin',
        (f) => sql`insert into public.place_memberships (place_id, user_id, role)
          values (${f.places.B}, ${f.users.resident.id}, 'member')`,
      ),
    ).toBe('denied');
    // A membership never moves to another place or person; a member never promotes themselves; another
    // place's manager changes nothing.
    expect(
      await run(
        'managerA',
        (f) => sql`update public.place_memberships set place_id = ${f.places.B}
          where place_id = ${f.places.A} and user_id = ${f.users.memberA.id}`,
      ),
    ).toBe('denied');
    expect(
      await run(
        'managerA',
        (f) => sql`update public.place_memberships set user_id = ${f.users.resident.id}
          where place_id = ${f.places.A} and user_id = ${f.users.memberA.id}`,
      ),
    ).toBe('denied');
    expect(
      await run(
        'memberA',
        (f) => sql`update public.place_memberships set role = 'manager'
          where place_id = ${f.places.A} and user_id = ${f.users.memberA.id}`,
      ),
    ).toBe('zero');
    expect(
      await run(
        'managerB',
        (f) => sql`update public.place_memberships set role = 'manager'
          where place_id = ${f.places.A} and user_id = ${f.users.memberA.id}`,
      ),
    ).toBe('zero');
  });

  it('report indicators are computed by the database; clients write corrections of the right shape', async () => {
    for (const actor of ['managerA', 'admin'] as const) {
      expect(
        await run(
          actor,
          (f) => sql`update public.reports set indicators = ${JSON.stringify({ participants: 5000 })}::jsonb
            where id = ${f.reports.A_draft}`,
        ),
      ).toBe('denied');
      expect(
        await run(
          actor,
          (f) => sql`insert into public.reports (place_id, period, period_start, indicators)
            values (${f.places.A}, 'quarter', '2026-07-01', ${JSON.stringify({ participants: 5000 })}::jsonb)`,
        ),
      ).toBe('denied');
    }
    // Submitting snapshots the figures of the place's records of the period (Q1 2026: two individual
    // records of 45 minutes, one coordination activity of the fabrique).
    const submitted = await attempt('managerA', async (tx) => {
      await sql`update public.reports set status = 'submitted' where id = ${f.reports.A_draft}`.execute(tx);
      const { rows } = await sql<{ indicators: Record<string, number> }>`
        select indicators from public.reports where id = ${f.reports.A_draft}`.execute(tx);
      return rows[0]?.indicators;
    });
    expect(submitted).toEqual({
      ok: true,
      value: {
        records: 2,
        accompagnements: 2,
        ateliers_collectifs: 0,
        participants: 2,
        heures: 1.5,
        deja_accompagnes: 0,
        coordination: 1,
        'thematique.email': 2,
        'genre.feminin': 2,
        'tranche_age.non_renseigne': 2,
        'statut_social.non_renseigne': 2,
        'type_lieu.lieu_activite': 2,
      },
    });
    expect(
      await run(
        'managerA',
        (f) => sql`update public.reports set corrections = ${JSON.stringify({ participants: 5000 })}::jsonb
          where id = ${f.reports.A_draft}`,
      ),
    ).toMatch(/^error 23514: report_corrections_invalid/);
    expect(
      await run(
        'managerA',
        (f) =>
          sql`update public.reports set corrections = ${JSON.stringify({
            participants: { value: 3, justification: 'Une personne non saisie' },
          })}::jsonb where id = ${f.reports.A_draft}`,
      ),
    ).toBe('ok');
  });

  it('no client writes a storage path (photos, tool photos, resource files)', async () => {
    const writes: ((f: RlsFixtures) => RawBuilder<unknown>)[] = [
      (f) => sql`update public.place_photos set storage_path = 'places/b/1.jpg' where id = ${f.photos.A}`,
      (f) => sql`insert into public.place_photos (place_id, storage_path, alt_text)
        values (${f.places.A}, 'places/b/1.jpg', 'La grande salle')`,
      (f) =>
        sql`update public.tools set photo_path = 'places/b/1.jpg', photo_alt_text = 'x' where id = ${f.tools.A_pub}`,
      (f) => sql`insert into public.tools (place_id, name, photo_path, photo_alt_text)
        values (${f.places.A}, 'Scie', 'places/b/1.jpg', 'Une scie')`,
      (f) =>
        sql`update public.resources set storage_path = 'resources/b/secret.pdf' where id = ${f.resources.A_draft}`,
      (f) => sql`insert into public.resources (place_id, title, storage_path, mime_type, size_bytes)
        values (${f.places.A}, 'Kit', 'resources/b/secret.pdf', 'application/pdf', 10)`,
    ];
    for (const write of writes) {
      expect(await perActor((actor) => run(actor, write))).toEqual(nobody);
    }
    // The rest of those rows stays theirs to edit.
    expect(
      await run(
        'managerA',
        (f) => sql`update public.tools set photo_alt_text = 'Laser' where id = ${f.tools.A_pub}`,
      ),
    ).toBe('ok');
    expect(
      await run(
        'memberA',
        (f) => sql`update public.resources set title = 'Kit (v2)' where id = ${f.resources.A_draft}`,
      ),
    ).toBe('ok');
  });

  it('idempotency keys and token hashes are readable by nobody; the rest of a booking by its team', async () => {
    for (const table of ['bookings', 'appointments']) {
      for (const column of ['idempotency_key', 'manage_token_hash', '*']) {
        expect(
          await each(() => sql`select ${sql.raw(column)} from ${sql.table(`public.${table}`)}`),
          `${table}.${column}`,
        ).toEqual(nobody);
      }
    }
    const readable = await attempt('managerA', async (tx) => {
      const { rows } = await sql<{ first_name: string }>`
        select first_name, email, phone, status, attendance from public.bookings where id = ${f.bookings.A_anon}`.execute(
        tx,
      );
      return rows.map((r) => r.first_name);
    });
    expect(readable).toEqual({ ok: true, value: ['Dominique'] });
  });

  it('a webhook’s previous secret is the server’s only; its secret is changed by those who manage it', async () => {
    for (const column of ['previous_secret', '*']) {
      expect(
        await each(() => sql`select ${sql.raw(column)} from public.webhook_subscriptions`),
        `webhook_subscriptions.${column}`,
      ).toEqual(nobody);
    }
    const rotated = await perActor(async (actor) => {
      const result = await attempt(actor, async (tx) => {
        const { rows } = await sql<{ secret: string | null }>`
          select private.rotate_webhook_secret(${f.webhookSubscriptions.A}::uuid) as secret`.execute(tx);
        return rows[0]?.secret ? 'rotated' : 'refused';
      });
      return result.ok ? result.value : classify(result);
    });
    expect(rotated).toEqual({
      anon: 'denied',
      resident: 'refused',
      memberA: 'refused',
      managerA: 'rotated',
      managerB: 'refused',
      admin: 'rotated',
      observer: 'refused',
    });
  });

  it('a tool requires a training of its own place only', async () => {
    for (const actor of ['managerA', 'admin'] as const) {
      expect(
        await run(
          actor,
          (f) => sql`update public.tools set required_training_activity_id = ${f.activities.B_pub}
            where id = ${f.tools.A_pub}`,
        ),
      ).toMatch(/^error 23514: tool_training_other_place/);
      expect(
        await run(
          actor,
          (f) => sql`insert into public.tools (place_id, name, required_training_activity_id)
            values (${f.places.A}, 'Scie', ${f.activities.B_pub})`,
        ),
      ).toMatch(/^error 23514: tool_training_other_place/);
    }
    expect(
      await run(
        'managerA',
        (f) => sql`update public.tools set required_training_activity_id = ${f.activities.A_draft}
          where id = ${f.tools.A_draft}`,
      ),
    ).toBe('ok');
    expect(
      await run(
        'managerA',
        (f) => sql`insert into public.tools (place_id, name, required_training_activity_id)
          values (${f.places.A}, 'Scie', ${f.activities.A_pub})`,
      ),
    ).toBe('ok');
  });

  it('attendance at a training qualifies for the tools of its own place only', async () => {
    // A tool of B left pointing at A's training by an older version (the check refuses it today).
    const granted = await t.db
      .transaction()
      .execute(async (tx) => {
        await sql`alter table public.tools disable trigger tools_training_of_the_place`.execute(tx);
        const { rows } = await sql<{ id: string }>`
          insert into public.tools (place_id, name, required_training_activity_id)
          values (${f.places.B}, 'Outil de B', ${f.activities.A_pub}) returning id`.execute(tx);
        await sql`alter table public.tools enable trigger tools_training_of_the_place`.execute(tx);
        await sql`update public.sessions set starts_at = now() - interval '1 hour', ends_at = now()
          where id = ${f.sessions.A_pub}`.execute(tx);
        await sql`delete from public.tool_qualifications where tool_id = ${f.tools.A_pub}`.execute(tx);
        await sql`update public.bookings set attendance = 'seen' where id = ${f.bookings.A_resident}`.execute(
          tx,
        );
        const { rows: q } = await sql<{ tool_id: string }>`
          select tool_id from public.tool_qualifications where user_id = ${f.users.resident.id}
          order by tool_id = ${f.tools.A_pub} desc`.execute(tx);
        throw new Rollback(
          q.map((r) => (r.tool_id === f.tools.A_pub ? 'A_pub' : r.tool_id === rows[0]?.id ? 'B' : r.tool_id)),
        );
      })
      .catch((error: unknown) => (error instanceof Rollback ? error.value : error));
    expect(granted).toEqual(['A_pub']);
  });

  it('qualification look-ups say nothing about people outside the caller’s place', async () => {
    const holders = (toolId: string) =>
      perActor(async (actor) => {
        const result = await attempt(actor, async (tx) => {
          const { rows } = await sql<{ display_name: string }>`
            select display_name from private.tool_qualification_holders(${toolId})`.execute(tx);
          return rows.map((r) => r.display_name);
        });
        return result.ok ? result.value : classify(result);
      });
    expect(await holders(f.tools.A_pub)).toEqual(
      reads({ anon: 'denied', managerA: ['Camille Résidente'], admin: ['Camille Résidente'] }),
    );
    expect(await holders(f.tools.B_pub)).toEqual(
      reads({ anon: 'denied', managerB: ['Morgane Membre A'], admin: ['Morgane Membre A'] }),
    );
    // Whether someone is qualified: for oneself, the tool's team and network admins; unknown to others.
    const during = `[${f.inDays(6, 9)},${f.inDays(6, 11)})`;
    const qualified = await perActor(async (actor) => {
      const result = await attempt(actor, async (tx) => {
        const { rows } = await sql<{ q: boolean | null }>`
          select private.is_qualified_for_tool(${f.tools.A_pub}, ${f.users.resident.id}, ${during}::tstzrange) as q`.execute(
          tx,
        );
        return rows[0]?.q ?? null;
      });
      return result.ok ? result.value : classify(result);
    });
    expect(qualified).toEqual({
      anon: 'denied',
      resident: true,
      memberA: true,
      managerA: true,
      managerB: null,
      admin: true,
      observer: null,
    });
  });

  it('the engines are the server’s: no client may call them', async () => {
    const token = f.hex64();
    const engines: ((f: RlsFixtures) => RawBuilder<unknown>)[] = [
      (f) => sql`select * from private.book_session(${f.sessions.A_pub}::uuid, 'Moi', 'moi@example.org', null,
        null, null, null, null::uuid, ${token}, gen_random_uuid())`,
      () => sql`select * from private.cancel_booking(${token})`,
      (f) => sql`select * from private.move_booking(${token}, ${f.sessions.A_pub}::uuid)`,
      (
        f,
      ) => sql`select * from private.book_appointment(${f.availabilities.A}::uuid, ${f.inDays(5, 9)}::timestamptz,
        'sur_place', 'Moi', 'moi@example.org', null, null, null, null, null::uuid, ${token}, gen_random_uuid())`,
      () => sql`select * from private.cancel_appointment(${token})`,
      (f) => sql`select private.promote_waitlist(${f.sessions.A_pub}::uuid)`,
      () => sql`select private.enqueue_job('booking-mail', '{}'::jsonb)`,
      () => sql`select * from private.open_data_activity()`,
      () => sql`select private.rebuild_activity_aggregates()`,
      () => sql`select * from private.place_columns()`,
    ];
    for (const engine of engines) {
      expect(await perActor((actor) => run(actor, engine))).toEqual(nobody);
    }
  });

  it('no function of an exposed schema is callable by clients, nor any created later', async () => {
    const { rows } = await sql<{ name: string }>`
      select p.oid::regprocedure::text as name from pg_proc p
      where p.pronamespace = 'public'::regnamespace
        and (has_function_privilege('anon', p.oid, 'execute')
          or has_function_privilege('authenticated', p.oid, 'execute'))`.execute(t.db);
    expect(rows).toEqual([]);
    // Functions the migrations' role creates from now on, in any schema, are granted explicitly or to nobody.
    const probe = await t.db
      .transaction()
      .execute(async (tx) => {
        await sql`create function public.rf_probe() returns integer language sql as 'select 1'`.execute(tx);
        await sql`create function private.rf_probe() returns integer language sql as 'select 1'`.execute(tx);
        const { rows: grants } = await sql<{ grantee: string }>`
          select r.rolname as grantee from pg_roles r cross join (values ('public.rf_probe()'), ('private.rf_probe()')) f (name)
          where r.rolname in ('anon', 'authenticated') and has_function_privilege(r.oid, f.name::regprocedure, 'execute')`.execute(
          tx,
        );
        throw new Rollback(grants.map((g) => g.grantee));
      })
      .catch((error: unknown) => (error instanceof Rollback ? error.value : error));
    expect(probe).toEqual([]);
  });

  it('security-definer functions clients may execute are the policies’ helpers and the checked look-ups', async () => {
    const { rows } = await sql<{ name: string }>`
      select p.proname as name from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace) and p.prosecdef
        and (has_function_privilege('anon', p.oid, 'execute')
          or has_function_privilege('authenticated', p.oid, 'execute'))
      order by 1`.execute(t.db);
    // Three kinds, all in `private` (not exposed by PostgREST): helpers of policies and of triggers that run
    // as the caller (is_*, *_ids, tool_is_in_service, is_qualified_for_tool…); look-ups and actions the
    // procedures call as the caller, each checking the caller's rights itself (activity_record_sources_to_
    // complete, cancel_appointment_by_place, cancel_session, fabrique_yearly_activity, merge_places, place_reference_counts,
    // queue_place_geocoding, rotate_webhook_secret, tool_qualification_holders, webhook_redeliver); public facts (merged_place_slug, place_search_document,
    // public_activity_matches, public_place_matches, public_places_within — public places by their GiST index,
    // decision 069 —, public_figures_fingerprint — the versions of what the public figures read, decision
    // 048 —, public_session_seats_taken, tool_busy_periods, tool_is_free).
    expect(rows.map((r) => r.name)).toEqual([
      'activity_record_sources_to_complete',
      'cancel_appointment_by_place',
      'cancel_session',
      'fabrique_yearly_activity',
      'has_current_label',
      'is_fabrique',
      'is_fabrique_numerique',
      'is_manager_of',
      'is_member_of',
      'is_network_admin',
      'is_observer',
      'is_qualified_for_tool',
      'managed_hub_place_ids',
      'managed_place_ids',
      'member_place_ids',
      'merge_places',
      'merged_place_slug',
      'place_reference_counts',
      'place_search_document',
      'public_activity_ids',
      'public_activity_matches',
      'public_figures_fingerprint',
      'public_place_matches',
      'public_places_within',
      'public_session_seats_taken',
      'public_tool_ids',
      'published_place_ids',
      'queue_place_geocoding',
      'rotate_webhook_secret',
      'teammate_ids',
      'tool_busy_periods',
      'tool_is_free',
      'tool_is_in_service',
      'tool_qualification_holders',
      'validated_place_months',
      'webhook_redeliver',
    ]);
  });
});
