import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../client.ts';
import type { SessionClaims } from '../rls.ts';
import { withAuthAdmin } from '../service.server.ts';

/** The people of SPEC §2, plus anon (no session). */
export const ACTORS = ['anon', 'resident', 'memberA', 'managerA', 'managerB', 'admin', 'observer'] as const;
export type Actor = (typeof ACTORS)[number];
export type Person = Exclude<Actor, 'anon'>;

export interface TestUser {
  id: string;
  email: string;
}

/** The claims of a Supabase access token for this user (what `withSession` receives from the session). */
export function claimsFor(user: TestUser): SessionClaims {
  return {
    sub: user.id,
    role: 'authenticated',
    email: user.email,
    aud: 'authenticated',
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
}

/** Creates an account the way Supabase Auth does (as `supabase_auth_admin`); the profile follows by trigger. */
export async function createTestUser(db: Db, email: string, displayName: string): Promise<TestUser> {
  const id = randomUUID();
  await withAuthAdmin(db, (tx) =>
    tx
      .insertInto('auth.users')
      .values({
        id,
        instance_id: '00000000-0000-0000-0000-000000000000',
        aud: 'authenticated',
        role: 'authenticated',
        email,
        encrypted_password: null,
        email_confirmed_at: new Date().toISOString(),
        raw_app_meta_data: JSON.stringify({ provider: 'email', providers: ['email'] }),
        raw_user_meta_data: JSON.stringify({ display_name: displayName }),
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .execute(),
  );
  return { id, email };
}

const hex64 = () => randomBytes(32).toString('hex');
const inDays = (days: number, hours = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hours, 0, 0, 0);
  return d.toISOString();
};

/**
 * A small network to test row-level security against: place A (a Fabrique de territoire, Concarneau) and
 * place B (a Fabrique numérique, Amiens), both published, and C, D (drafts without a team); one user per
 * role; and, for every table, rows of A and of B (published and draft where it matters). Created as the
 * database owner, so RLS does not apply here.
 */
export async function createRlsFixtures(db: Db) {
  const users = {
    resident: await createTestUser(db, 'resident@example.org', 'Camille Résidente'),
    memberA: await createTestUser(db, 'membre-a@example.org', 'Morgane Membre A'),
    managerA: await createTestUser(db, 'gestion-a@example.org', 'Gaël Gestionnaire A'),
    managerB: await createTestUser(db, 'gestion-b@example.org', 'Bérénice Gestionnaire B'),
    admin: await createTestUser(db, 'admin@example.org', 'Ada Admin'),
    observer: await createTestUser(db, 'observateur@example.org', 'Oscar Observateur'),
  } satisfies Record<Person, TestUser>;
  await db
    .updateTable('profiles')
    .set({ network_role: 'network_admin' })
    .where('id', '=', users.admin.id)
    .execute();
  await db
    .updateTable('profiles')
    .set({ network_role: 'observer' })
    .where('id', '=', users.observer.id)
    .execute();

  const label = async (code: string) =>
    (await db.selectFrom('labels').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const labels = {
    fabrique: await label('fabrique_territoire'),
    numerique: await label('fabrique_numerique_territoire'),
    franceServices: await label('france_services'),
    extra: (
      await db
        .insertInto('labels')
        .values({ code: 'label_de_test', name: 'Label de test' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  };

  const waves = {
    open: randomUUID(),
    draft: randomUUID(),
  };
  await db
    .insertInto('waves')
    .values([
      { id: waves.open, name: 'Vague test ouverte', opens_on: '2020-01-01', status: 'open' },
      { id: waves.draft, name: 'Vague test brouillon', opens_on: '2031-01-01', status: 'draft' },
    ])
    .execute();

  const places = { A: randomUUID(), B: randomUUID(), C: randomUUID(), D: randomUUID() };
  await db
    .insertInto('places')
    .values([
      {
        id: places.A,
        slug: 'lieu-a',
        name: 'Lieu A',
        kinds: ['FABLAB', 'FABRIQUE'],
        address: '1 rue du Port',
        postal_code: '29900',
        commune_code: '29039',
        latitude: 47.875,
        longitude: -3.918,
        status: 'published',
      },
      {
        id: places.B,
        slug: 'lieu-b',
        name: 'Lieu B',
        kinds: ['TIERS_LIEUX'],
        address: '1 rue de la Gare',
        postal_code: '80000',
        commune_code: '80021',
        status: 'published',
      },
      { id: places.C, slug: 'lieu-c', name: 'Lieu C (brouillon)' },
      { id: places.D, slug: 'lieu-d', name: 'Lieu D (brouillon, vide)' },
    ])
    .execute();

  await db
    .insertInto('place_memberships')
    .values([
      { place_id: places.A, user_id: users.memberA.id, role: 'member' },
      { place_id: places.A, user_id: users.managerA.id, role: 'manager' },
      { place_id: places.B, user_id: users.managerB.id, role: 'manager' },
    ])
    .execute();
  const memberships = {
    memberA: `${places.A}/${users.memberA.id}`,
    managerA: `${places.A}/${users.managerA.id}`,
    managerB: `${places.B}/${users.managerB.id}`,
  };

  const invitations = { A: randomUUID(), B: randomUUID(), network: randomUUID() };
  await db
    .insertInto('invitations')
    .values([
      {
        id: invitations.A,
        email: 'invite-a@example.org',
        place_id: places.A,
        place_role: 'member',
        token_hash: hex64(),
      },
      {
        id: invitations.B,
        email: 'invite-b@example.org',
        place_id: places.B,
        place_role: 'manager',
        token_hash: hex64(),
      },
      {
        id: invitations.network,
        email: 'financeur@example.org',
        network_role: 'observer',
        token_hash: hex64(),
      },
    ])
    .execute();

  const placeLabels = { A: randomUUID(), B: randomUUID(), C: randomUUID() };
  await db
    .insertInto('place_labels')
    .values([
      {
        id: placeLabels.A,
        place_id: places.A,
        label_id: labels.fabrique,
        wave_id: waves.open,
        granted_on: '2020-02-03',
      },
      {
        id: placeLabels.B,
        place_id: places.B,
        label_id: labels.numerique,
        wave_id: waves.open,
        granted_on: '2020-02-03',
      },
      { id: placeLabels.C, place_id: places.C, label_id: labels.franceServices, granted_on: '2022-01-01' },
    ])
    .execute();

  const photos = { A: randomUUID(), B: randomUUID(), C: randomUUID() };
  await db
    .insertInto('place_photos')
    .values([
      { id: photos.A, place_id: places.A, storage_path: 'places/a/1.jpg', alt_text: 'La découpeuse laser' },
      { id: photos.B, place_id: places.B, storage_path: 'places/b/1.jpg', alt_text: 'La grande salle' },
      { id: photos.C, place_id: places.C, storage_path: 'places/c/1.jpg', alt_text: '' },
    ])
    .execute();

  const activities = {
    A_pub: randomUUID(),
    A_draft: randomUUID(),
    B_pub: randomUUID(),
    B_draft: randomUUID(),
    C_pub: randomUUID(),
  };
  const activity = (id: string, place_id: string, status: 'draft' | 'published', title: string) => ({
    id,
    place_id,
    status,
    title,
    themes: ['prendre_en_main_du_materiel'],
    created_by: place_id === places.A ? users.memberA.id : place_id === places.B ? users.managerB.id : null,
  });
  await db
    .insertInto('activities')
    .values([
      activity(activities.A_pub, places.A, 'published', 'Initiation à la découpe laser'),
      activity(activities.A_draft, places.A, 'draft', 'Atelier en préparation A'),
      activity(activities.B_pub, places.B, 'published', 'Prendre en main son smartphone'),
      activity(activities.B_draft, places.B, 'draft', 'Atelier en préparation B'),
      activity(activities.C_pub, places.C, 'published', 'Atelier d’un lieu brouillon'),
    ])
    .execute();

  const sessions = { A_pub: randomUUID(), A_draft: randomUUID(), B_pub: randomUUID(), B_draft: randomUUID() };
  const session = (id: string, activity_id: string, place_id: string, day: number) => ({
    id,
    activity_id,
    place_id,
    starts_at: inDays(day, 14),
    ends_at: inDays(day, 16),
    capacity: 8,
  });
  await db
    .insertInto('sessions')
    .values([
      session(sessions.A_pub, activities.A_pub, places.A, 7),
      session(sessions.A_draft, activities.A_draft, places.A, 8),
      session(sessions.B_pub, activities.B_pub, places.B, 9),
      session(sessions.B_draft, activities.B_draft, places.B, 10),
    ])
    .execute();

  const availabilities = { A: randomUUID(), A_agents: randomUUID(), B: randomUUID() };
  const availability = (id: string, place_id: string, mediateur_id: string, who: 'everyone' | 'agents') => ({
    id,
    place_id,
    mediateur_id,
    first_day: '2026-01-05',
    start_time: '09:00',
    end_time: '12:00',
    who_may_book: who,
    modalities: ['sur_place' as const, 'telephone' as const],
  });
  await db
    .insertInto('appointment_availabilities')
    .values([
      availability(availabilities.A, places.A, users.memberA.id, 'everyone'),
      availability(availabilities.A_agents, places.A, users.managerA.id, 'agents'),
      availability(availabilities.B, places.B, users.managerB.id, 'everyone'),
    ])
    .execute();

  const bookings = { A_resident: randomUUID(), A_anon: randomUUID(), B: randomUUID() };
  const now = new Date().toISOString();
  await db
    .insertInto('bookings')
    .values([
      {
        id: bookings.A_resident,
        session_id: sessions.A_pub,
        place_id: places.A,
        first_name: 'Camille',
        email: users.resident.email,
        consent_at: now,
        user_id: users.resident.id,
        manage_token_hash: hex64(),
      },
      {
        id: bookings.A_anon,
        session_id: sessions.A_pub,
        place_id: places.A,
        first_name: 'Dominique',
        phone: '+33698765432',
        consent_at: now,
        manage_token_hash: hex64(),
        prescriber_name: 'Agent France Services',
        prescriber_organisation: 'France Services Concarneau',
      },
      {
        id: bookings.B,
        session_id: sessions.B_pub,
        place_id: places.B,
        first_name: 'Yanis',
        email: 'yanis@example.org',
        consent_at: now,
        manage_token_hash: hex64(),
      },
    ])
    .execute();

  const appointments = { A: randomUUID(), B: randomUUID() };
  await db
    .insertInto('appointments')
    .values([
      {
        id: appointments.A,
        availability_id: availabilities.A,
        place_id: places.A,
        mediateur_id: users.memberA.id,
        starts_at: inDays(3, 9),
        ends_at: inDays(3, 10),
        modality: 'sur_place',
        motive: 'Créer une adresse e-mail',
        themes: ['email'],
        first_name: 'Camille',
        email: users.resident.email,
        consent_at: now,
        user_id: users.resident.id,
        manage_token_hash: hex64(),
      },
      {
        id: appointments.B,
        availability_id: availabilities.B,
        place_id: places.B,
        mediateur_id: users.managerB.id,
        starts_at: inDays(3, 9),
        ends_at: inDays(3, 10),
        modality: 'telephone',
        first_name: 'Lou',
        phone: '+33611223344',
        consent_at: now,
        manage_token_hash: hex64(),
      },
    ])
    .execute();

  const tools = { A_pub: randomUUID(), A_draft: randomUUID(), B_pub: randomUUID() };
  await db
    .insertInto('tools')
    .values([
      {
        id: tools.A_pub,
        place_id: places.A,
        name: 'Découpeuse laser',
        usage: 'lendable',
        status: 'published',
        required_training_activity_id: activities.A_pub,
        qualification_validity_months: 12,
      },
      { id: tools.A_draft, place_id: places.A, name: 'Imprimante 3D (en test)' },
      {
        id: tools.B_pub,
        place_id: places.B,
        name: 'Vidéoprojecteur',
        usage: 'lendable',
        status: 'published',
      },
    ])
    .execute();

  const qualifications = { A: randomUUID(), B: randomUUID() };
  await db
    .insertInto('tool_qualifications')
    .values([
      { id: qualifications.A, tool_id: tools.A_pub, place_id: places.A, user_id: users.resident.id },
      { id: qualifications.B, tool_id: tools.B_pub, place_id: places.B, user_id: users.memberA.id },
    ])
    .execute();

  const reservations = { A: randomUUID(), B: randomUUID() };
  await db
    .insertInto('tool_reservations')
    .values([
      {
        id: reservations.A,
        tool_id: tools.A_pub,
        place_id: places.A,
        user_id: users.resident.id,
        during: `[${inDays(5, 9)},${inDays(5, 11)})`,
      },
      {
        id: reservations.B,
        tool_id: tools.B_pub,
        place_id: places.B,
        user_id: users.managerB.id,
        during: `[${inDays(5, 9)},${inDays(5, 11)})`,
      },
    ])
    .execute();

  // L1: B lends its projector to A (requested); L2: A lends its laser cutter to C.
  const loans = { BtoA: randomUUID(), AtoC: randomUUID() };
  await db
    .insertInto('loans')
    .values([
      {
        id: loans.BtoA,
        tool_id: tools.B_pub,
        lender_place_id: places.B,
        borrower_place_id: places.A,
        requested_by: users.memberA.id,
        period: `[${inDays(20)},${inDays(25)})`,
      },
      {
        id: loans.AtoC,
        tool_id: tools.A_pub,
        lender_place_id: places.A,
        borrower_place_id: places.C,
        period: `[${inDays(30)},${inDays(32)})`,
      },
    ])
    .execute();
  const loanEvent = async (loanId: string) =>
    String(
      (
        await db
          .selectFrom('loan_events')
          .select('id')
          .where('loan_id', '=', loanId)
          .executeTakeFirstOrThrow()
      ).id,
    );
  const loanEvents = { BtoA: await loanEvent(loans.BtoA), AtoC: await loanEvent(loans.AtoC) };

  const resources = { A_pub: randomUUID(), A_draft: randomUUID(), B_pub: randomUUID() };
  await db
    .insertInto('resources')
    .values([
      {
        id: resources.A_pub,
        place_id: places.A,
        title: 'Guide de la découpe laser',
        url: 'https://example.org/guide-laser',
        status: 'published',
        licence: 'CC-BY-SA-4.0',
      },
      {
        id: resources.A_draft,
        place_id: places.A,
        title: 'Kit en préparation',
        storage_path: 'resources/a/kit.pdf',
        mime_type: 'application/pdf',
        size_bytes: 1024,
      },
      {
        id: resources.B_pub,
        place_id: places.B,
        title: 'Fiches smartphone',
        url: 'https://example.org/fiches',
        status: 'published',
      },
    ])
    .execute();

  const records = { A_member: randomUUID(), A_manager: randomUUID(), B: randomUUID() };
  const record = (id: string, place_id: string, created_by: string) => ({
    id,
    place_id,
    created_by,
    type: 'individuel' as const,
    date: '2026-01-15',
    duration_minutes: 45,
    themes: ['email'],
    materiel: ['ordinateur'],
    autonomie: 'partiellement_autonome' as const,
    counts_by_genre: JSON.stringify({ feminin: 1 }),
  });
  await db
    .insertInto('activity_records')
    .values([
      record(records.A_member, places.A, users.memberA.id),
      record(records.A_manager, places.A, users.managerA.id),
      record(records.B, places.B, users.managerB.id),
    ])
    .execute();

  const coordination = { A: randomUUID(), B: randomUUID() };
  await db
    .insertInto('coordination_activities')
    .values([
      {
        id: coordination.A,
        place_id: places.A,
        kind: 'animation',
        type_animation: 'comite',
        date: '2026-01-20',
        title: 'Comité du hub',
      },
      {
        id: coordination.B,
        place_id: places.B,
        kind: 'evenement',
        type_evenement: 'grand_public',
        date: '2026-01-21',
        title: 'Portes ouvertes',
      },
    ])
    .execute();

  const reports = { A_draft: randomUUID(), A_validated: randomUUID(), B_submitted: randomUUID() };
  await db
    .insertInto('reports')
    .values([
      { id: reports.A_draft, place_id: places.A, period: 'quarter', period_start: '2026-01-01' },
      {
        id: reports.A_validated,
        place_id: places.A,
        period: 'year',
        period_start: '2025-01-01',
        status: 'validated',
        submitted_by: users.managerA.id,
        submitted_at: '2026-01-10T10:00:00Z',
        reviewed_by: users.admin.id,
        reviewed_at: '2026-01-12T10:00:00Z',
        indicators: JSON.stringify({ accompagnements: 120 }),
      },
      {
        id: reports.B_submitted,
        place_id: places.B,
        period: 'quarter',
        period_start: '2025-10-01',
        status: 'submitted',
        submitted_by: users.managerB.id,
        submitted_at: '2026-01-05T10:00:00Z',
      },
    ])
    .execute();

  const shareLinks = { A: randomUUID(), network: randomUUID() };
  await db
    .insertInto('dashboard_share_links')
    .values([
      {
        id: shareLinks.A,
        token_hash: hex64(),
        scope_kind: 'place',
        place_id: places.A,
        range_from: '2026-01-01',
        range_to: '2026-04-01',
        created_by: users.managerA.id,
      },
      {
        id: shareLinks.network,
        token_hash: hex64(),
        scope_kind: 'network',
        range_from: '2025-01-01',
        range_to: '2026-01-01',
        created_by: users.admin.id,
      },
    ])
    .execute();

  const agreements = { A: randomUUID(), B: randomUUID() };
  await db
    .insertInto('funding_agreements')
    .values([
      {
        id: agreements.A,
        place_id: places.A,
        wave_id: waves.open,
        starts_on: '2020-03-01',
        duration_years: 2,
        yearly_amounts_cents: [4_000_000, 4_000_000],
        status: 'signed',
        signed_on: '2020-03-01',
      },
      {
        id: agreements.B,
        place_id: places.B,
        wave_id: waves.open,
        starts_on: '2020-03-01',
        duration_years: 3,
        yearly_amounts_cents: [5_000_000, 5_000_000, 5_000_000],
        numerique_bonus_cents: 10_000_000,
        status: 'signed',
        signed_on: '2020-03-01',
      },
    ])
    .execute();

  const disbursements = { A: randomUUID(), B: randomUUID() };
  await db
    .insertInto('disbursements')
    .values([
      {
        id: disbursements.A,
        agreement_id: agreements.A,
        planned_on: '2020-04-01',
        amount_cents: 4_000_000,
        status: 'paid',
        paid_on: '2020-04-02',
      },
      { id: disbursements.B, agreement_id: agreements.B, planned_on: '2020-04-01', amount_cents: 5_000_000 },
    ])
    .execute();

  const mailbox = {
    message: (
      await db
        .insertInto('dev_mailbox')
        .values({
          from_address: 'noreply@example.org',
          to_address: users.resident.email,
          subject: 'Votre inscription',
          text_body: 'Bonjour Camille',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  };
  const smsMailbox = {
    message: (
      await db
        .insertInto('dev_sms_mailbox')
        .values({ to_number: '+33612345678', text_body: 'Atelier demain 14h', reference: 'fixture' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  };

  const auditOf = async (table: string, rowId: string) =>
    String(
      (
        await db
          .selectFrom('audit_events')
          .select('id')
          .where('table_name', '=', table)
          .where('row_id', '=', rowId)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  // Webhook subscriptions (decision 061) of A, B and the network, inactive so that the fixtures' later
  // changes write no events; one delivery each for A and the network.
  const subscription = (place_id: string | null) =>
    db
      .insertInto('webhook_subscriptions')
      .values({
        place_id,
        url: 'https://outil.example.org/hook',
        events: ['booking.confirmed'],
        active: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);
  const delivery = (subscription_id: string) =>
    db
      .insertInto('webhook_deliveries')
      .values({
        subscription_id,
        event_id: randomUUID(),
        event_type: 'booking.confirmed',
        ordering_key: 'booking:x',
        payload: JSON.stringify({ version: 1 }),
        status: 'delivered',
      })
      .returning(sql<string>`id::text`.as('id'))
      .executeTakeFirstOrThrow()
      .then((row) => row.id);
  const webhookSubscriptions = {
    A: await subscription(places.A),
    B: await subscription(places.B),
    network: await subscription(null),
  };
  const webhookDeliveries = {
    A: await delivery(webhookSubscriptions.A),
    network: await delivery(webhookSubscriptions.network),
  };

  const audit = {
    placeA: await auditOf('places', places.A),
    agreementB: await auditOf('funding_agreements', agreements.B),
  };

  return {
    users,
    labels,
    waves,
    places,
    memberships,
    invitations,
    placeLabels,
    photos,
    activities,
    sessions,
    availabilities,
    bookings,
    appointments,
    tools,
    qualifications,
    reservations,
    loans,
    loanEvents,
    resources,
    records,
    coordination,
    reports,
    shareLinks,
    agreements,
    disbursements,
    audit,
    mailbox,
    smsMailbox,
    webhookSubscriptions,
    webhookDeliveries,
    inDays,
    hex64,
  };
}

export type RlsFixtures = Awaited<ReturnType<typeof createRlsFixtures>>;
