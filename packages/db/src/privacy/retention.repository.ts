// Residents' personal data past its time (docs/decisions/034-recurring-jobs-and-retention.md): the
// network's retention settings, the rows still holding personal data, and the ONE erasure
// (`private.erase_personal_data`, migration 20261206080000_retention.sql) used by the nightly purge and by
// the person's own "Effacer mes données". Service role only.
import type { RetainedStatus, RetentionSettings } from '@rf/domain/privacy/retention';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export async function readRetentionSettings(tx: Tx): Promise<unknown> {
  const { rows } = await sql<RetentionSettings>`
    select attended_days as "attendedDays", cancelled_days as "cancelledDays",
      dev_mailbox_days as "devMailboxDays", invitation_days as "invitationDays", link_hours as "linkHours"
    from private.retention_settings where id`.execute(tx);
  return rows[0];
}

/**
 * Saves the network's retention periods (the one row), saying which network admin did: the audit trigger
 * records old and new values. Saving the same values again is harmless.
 */
export async function updateRetentionSettings(
  tx: Tx,
  settings: RetentionSettings,
  updatedBy: string | null = null,
): Promise<RetentionSettings> {
  const { rows } = await sql<RetentionSettings>`
    update private.retention_settings
    set attended_days = ${settings.attendedDays}, cancelled_days = ${settings.cancelledDays},
      dev_mailbox_days = ${settings.devMailboxDays}, invitation_days = ${settings.invitationDays},
      link_hours = ${settings.linkHours}, updated_by = ${updatedBy}::uuid
    where id
    returning attended_days as "attendedDays", cancelled_days as "cancelledDays",
      dev_mailbox_days as "devMailboxDays", invitation_days as "invitationDays", link_hours as "linkHours"`.execute(
    tx,
  );
  const saved = rows[0];
  if (!saved) throw new Error('private.retention_settings has no row');
  return saved;
}

export interface ErasureCandidate {
  kind: 'booking' | 'appointment';
  id: string;
  status: RetainedStatus;
  endsAt: string;
}

/** Bookings and appointments not erased yet whose session ended before `endedBefore`. */
export async function listErasureCandidates(tx: Tx, endedBefore: Date): Promise<ErasureCandidate[]> {
  const { rows } = await sql<ErasureCandidate>`
    select 'booking' as kind, b.id, b.status::text as status, s.ends_at as "endsAt"
    from public.bookings b join public.sessions s on s.id = b.session_id
    where b.erased_at is null and s.ends_at < ${endedBefore.toISOString()}::timestamptz
    union all
    select 'appointment', a.id, a.status::text, a.ends_at
    from public.appointments a
    where a.erased_at is null and a.ends_at < ${endedBefore.toISOString()}::timestamptz`.execute(tx);
  return rows;
}

/** Erases the identifying fields of these bookings and appointments (once): how many rows it erased. */
export async function erasePersonalData(
  tx: Tx,
  ids: { bookingIds?: readonly string[]; appointmentIds?: readonly string[] },
): Promise<number> {
  const { rows } = await sql<{ erased: number }>`
    select private.erase_personal_data(
      ${[...(ids.bookingIds ?? [])]}::uuid[], ${[...(ids.appointmentIds ?? [])]}::uuid[]) as erased`.execute(
    tx,
  );
  return Number(rows[0]?.erased ?? 0);
}

export interface ShortLivedPurge {
  devMailbox: number;
  invitations: number;
  signInLinks: number;
  /** Webhook deliveries that ended (delivered, failed, cancelled) more than 30 days ago. */
  webhookDeliveries: number;
  /** SMS deliveries sent more than 13 months ago (no personal data, but the log grows for ever). */
  smsDeliveries: number;
  /** Previous webhook secrets past their 24 hours, erased. */
  webhookSecrets: number;
}

/**
 * Development e-mails, invitations never accepted and one-time sign-in links past their delay; the delivery
 * logs past theirs (`private.purge_delivery_logs`, migration 20261206205749: fixed periods, not the
 * network's settings — they hold no personal data). A pending or waiting webhook delivery is never deleted.
 */
export async function purgeShortLivedData(tx: Tx, at: Date): Promise<ShortLivedPurge> {
  const { rows } = await sql<Pick<ShortLivedPurge, 'devMailbox' | 'invitations' | 'signInLinks'>>`
    select dev_mailbox as "devMailbox", invitations, sign_in_links as "signInLinks"
    from private.purge_short_lived_data(${at.toISOString()}::timestamptz)`.execute(tx);
  const { rows: logs } = await sql<
    Pick<ShortLivedPurge, 'webhookDeliveries' | 'smsDeliveries' | 'webhookSecrets'>
  >`
    select webhook_deliveries as "webhookDeliveries", sms_deliveries as "smsDeliveries",
      webhook_secrets as "webhookSecrets"
    from private.purge_delivery_logs(${at.toISOString()}::timestamptz)`.execute(tx);
  return {
    ...(rows[0] ?? { devMailbox: 0, invitations: 0, signInLinks: 0 }),
    ...(logs[0] ?? { webhookDeliveries: 0, smsDeliveries: 0, webhookSecrets: 0 }),
  };
}

/** Everything the platform holds about one booking or appointment, for its person ("Télécharger mes données"). */
export interface HeldData {
  id: string;
  status: string;
  attendance: string | null;
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  prescriberOrganisation: string | null;
  linkedToAccount: boolean;
  consentAt: string;
  createdAt: string;
  cancelledAt: string | null;
  title: string;
  placeName: string;
  startsAt: string;
  endsAt: string;
  /** Appointments only. */
  motive?: string | null;
  modality?: string;
  themes?: string[];
}

export async function findHeldBookingData(tx: Tx, manageTokenHash: string): Promise<HeldData | undefined> {
  const { rows } = await sql<HeldData>`
    select b.id, b.status::text, b.attendance::text, b.first_name as "firstName", b.email, b.phone,
      b.prescriber_name as "prescriberName", b.prescriber_organisation as "prescriberOrganisation",
      b.user_id is not null as "linkedToAccount", b.consent_at as "consentAt", b.created_at as "createdAt",
      b.cancelled_at as "cancelledAt", a.title, p.name as "placeName", s.starts_at as "startsAt",
      s.ends_at as "endsAt"
    from public.bookings b
    join public.sessions s on s.id = b.session_id
    join public.activities a on a.id = s.activity_id
    join public.places p on p.id = b.place_id
    where b.manage_token_hash = ${manageTokenHash}`.execute(tx);
  return rows[0];
}

export async function findHeldAppointmentData(
  tx: Tx,
  manageTokenHash: string,
): Promise<HeldData | undefined> {
  const { rows } = await sql<HeldData>`
    select ap.id, ap.status::text, ap.attendance::text, ap.first_name as "firstName", ap.email, ap.phone,
      ap.prescriber_name as "prescriberName", ap.prescriber_organisation as "prescriberOrganisation",
      ap.user_id is not null as "linkedToAccount", ap.consent_at as "consentAt", ap.created_at as "createdAt",
      ap.cancelled_at as "cancelledAt", 'Rendez-vous' as title, p.name as "placeName",
      ap.starts_at as "startsAt", ap.ends_at as "endsAt", ap.motive, ap.modality::text as modality, ap.themes
    from public.appointments ap
    join public.places p on p.id = ap.place_id
    where ap.manage_token_hash = ${manageTokenHash}`.execute(tx);
  return rows[0];
}

/** A person's bookings and appointments still holding a seat or slot, with their private link's hash. */
export async function listOwnLiveBookings(
  tx: Tx,
  userId: string,
): Promise<
  {
    kind: 'booking' | 'appointment';
    status: RetainedStatus;
    startsAt: string;
    sessionCancelled: boolean;
    manageTokenHash: string;
  }[]
> {
  const { rows } = await sql<{
    kind: 'booking' | 'appointment';
    status: RetainedStatus;
    startsAt: string;
    sessionCancelled: boolean;
    manageTokenHash: string;
  }>`
    select 'booking' as kind, b.status::text as status, s.starts_at as "startsAt",
      s.status = 'cancelled' as "sessionCancelled", b.manage_token_hash as "manageTokenHash"
    from public.bookings b join public.sessions s on s.id = b.session_id
    where b.user_id = ${userId} and b.status <> 'cancelled' and b.manage_token_hash is not null
    union all
    select 'appointment', a.status::text, a.starts_at, false, a.manage_token_hash
    from public.appointments a
    where a.user_id = ${userId} and a.status <> 'cancelled' and a.manage_token_hash is not null`.execute(tx);
  return rows;
}

/** Deletes the account (private.delete_account): its bookings erased, its profile and memberships gone. */
export async function deleteAccount(tx: Tx, userId: string): Promise<void> {
  await sql`select private.delete_account(${userId}::uuid)`.execute(tx);
}
