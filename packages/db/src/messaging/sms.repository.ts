import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// SMS bookkeeping (decision 040), service role only: the short link's hash on the booking or appointment
// it leads to, and the count of SMS per place and month (no number, no text).

export type SmsSubject = { kind: 'booking'; id: string } | { kind: 'appointment'; id: string };

/**
 * Keeps the hash of the short link an SMS carries (the same each time: it is derived, not random). A
 * session of a course (decision 044) carries its lead booking's link: the hash is kept on the lead.
 */
export async function recordSmsLink(tx: Tx, subject: SmsSubject, tokenHash: string): Promise<void> {
  const table = subject.kind === 'booking' ? 'bookings' : 'appointments';
  const holder =
    subject.kind === 'booking'
      ? sql<string>`coalesce((select f.course_booking_id from public.bookings f where f.id = ${subject.id}::uuid), ${subject.id}::uuid)`
      : sql<string>`${subject.id}::uuid`;
  await tx
    .updateTable(table)
    .set({ sms_token_hash: tokenHash })
    .where('id', '=', holder)
    .where('erased_at', 'is', null)
    .where((eb) => eb.or([eb('sms_token_hash', 'is', null), eb('sms_token_hash', '!=', tokenHash)]))
    .execute();
}

/** Keeps the provider's id of an SMS just sent, with its place and kind (no number, no text). */
export async function recordSmsDelivery(
  tx: Tx,
  subject: SmsSubject,
  delivery: { providerId: string; kind: string },
): Promise<void> {
  const place =
    subject.kind === 'booking'
      ? sql`(select s.place_id from public.bookings b join public.sessions s on s.id = b.session_id
          where b.id = ${subject.id})`
      : sql`(select a.place_id from public.appointments a where a.id = ${subject.id})`;
  await sql`insert into private.sms_deliveries (provider_id, place_id, kind)
    values (${delivery.providerId}, ${place}, ${delivery.kind})
    on conflict (provider_id) do nothing`.execute(tx);
}

/**
 * What the provider's receipts say: each SMS's latest status. A final word (delivered, failed) is not
 * overwritten by a late "sent". Returns how many SMS were known.
 */
export async function applySmsReceipts(
  tx: Tx,
  receipts: readonly { providerId: string; status: 'sent' | 'delivered' | 'failed' | 'other' }[],
): Promise<number> {
  let known = 0;
  for (const receipt of receipts) {
    const { rows } = await sql<{ known: boolean }>`
      with updated as (
        update private.sms_deliveries set status = ${receipt.status}, updated_at = now()
        where provider_id = ${receipt.providerId}
          and not (status in ('delivered', 'failed') and ${receipt.status} in ('sent', 'other'))
        returning 1
      )
      select exists (select 1 from private.sms_deliveries where provider_id = ${receipt.providerId}) as known`.execute(
      tx,
    );
    if (rows[0]?.known) known += 1;
  }
  return known;
}

/** Counts one SMS for the place of the booking or appointment, in the current month (Paris). */
export async function countSmsSent(tx: Tx, subject: SmsSubject): Promise<void> {
  const place =
    subject.kind === 'booking'
      ? sql`(select s.place_id from public.bookings b join public.sessions s on s.id = b.session_id
          where b.id = ${subject.id})`
      : sql`(select a.place_id from public.appointments a where a.id = ${subject.id})`;
  await sql`insert into private.sms_usage as u (place_id, month, sent)
    select ${place}, date_trunc('month', now() at time zone 'Europe/Paris')::date, 1
    where ${place} is not null
    on conflict (place_id, month) do update set sent = u.sent + 1`.execute(tx);
}

/** SMS sent for a place in a month (first day, YYYY-MM-DD). */
export async function smsSentInMonth(tx: Tx, placeId: string, month: string): Promise<number> {
  const { rows } = await sql<{ sent: number }>`select sent from private.sms_usage
    where place_id = ${placeId} and month = ${month}::date`.execute(tx);
  return rows[0]?.sent ?? 0;
}

/** What a short link leads to: the booking's or appointment's idempotency key (its private link's seed). */
export async function findSmsLink(
  tx: Tx,
  tokenHash: string,
): Promise<{ kind: 'booking' | 'appointment'; idempotencyKey: string } | null> {
  const { rows } = await sql<{ kind: 'booking' | 'appointment'; idempotencyKey: string | null }>`
    select 'booking' as kind, idempotency_key as "idempotencyKey" from public.bookings
      where sms_token_hash = ${tokenHash}
    union all
    select 'appointment', idempotency_key from public.appointments where sms_token_hash = ${tokenHash}
    limit 1`.execute(tx);
  const row = rows[0];
  return row?.idempotencyKey ? { kind: row.kind, idempotencyKey: row.idempotencyKey } : null;
}

/** The place's monthly SMS cap (null: none), and what it sent this month (Paris). */
export async function smsAllowance(
  tx: Tx,
  subject: SmsSubject,
): Promise<{ cap: number | null; sent: number }> {
  const place =
    subject.kind === 'booking'
      ? sql`(select s.place_id from public.bookings b join public.sessions s on s.id = b.session_id
          where b.id = ${subject.id})`
      : sql`(select a.place_id from public.appointments a where a.id = ${subject.id})`;
  const { rows } = await sql<{ cap: number | null; sent: number | null }>`
    select (select c.monthly_cap from private.sms_caps c where c.place_id = ${place}) as cap,
      (select u.sent from private.sms_usage u where u.place_id = ${place}
        and u.month = date_trunc('month', now() at time zone 'Europe/Paris')::date) as sent`.execute(tx);
  return { cap: rows[0]?.cap ?? null, sent: rows[0]?.sent ?? 0 };
}

export interface SmsUsageRow {
  placeId: string;
  placeName: string;
  thisMonth: number;
  lastMonth: number;
  cap: number | null;
  /** This month's SMS the provider reported as not delivered. */
  failedThisMonth: number;
  /** How long before a session or appointment its reminder goes (the place's choice). */
  reminderHours: number;
}

/**
 * SMS per place this month and last (Paris), with each cap: the places given (a manager's), or every place
 * that sent some in those months or has a cap (a network admin's view).
 */
export async function listSmsUsage(tx: Tx, placeIds: readonly string[] | 'all'): Promise<SmsUsageRow[]> {
  const { rows } = await sql<SmsUsageRow>`
    with months as (
      select date_trunc('month', now() at time zone 'Europe/Paris')::date as this_month,
        (date_trunc('month', now() at time zone 'Europe/Paris') - interval '1 month')::date as last_month
    )
    select p.id as "placeId", p.name as "placeName",
      coalesce((select u.sent from private.sms_usage u, months m
        where u.place_id = p.id and u.month = m.this_month), 0) as "thisMonth",
      coalesce((select u.sent from private.sms_usage u, months m
        where u.place_id = p.id and u.month = m.last_month), 0) as "lastMonth",
      (select c.monthly_cap from private.sms_caps c where c.place_id = p.id) as cap,
      (select count(*)::int from private.sms_deliveries d, months m where d.place_id = p.id
        and d.status = 'failed' and d.sent_at >= m.this_month::timestamp at time zone 'Europe/Paris')
        as "failedThisMonth",
      p.reminder_hours as "reminderHours"
    from public.places p
    where ${
      placeIds === 'all'
        ? sql`p.id in (select u.place_id from private.sms_usage u, months m where u.month >= m.last_month
            union select c.place_id from private.sms_caps c)`
        : sql`p.id = any(${sql.val([...placeIds])}::uuid[])`
    }
    order by p.name`.execute(tx);
  return rows;
}

/** Sets or removes (null) a place's monthly SMS cap. */
export async function setSmsCap(tx: Tx, placeId: string, cap: number | null): Promise<void> {
  if (cap === null) {
    await sql`delete from private.sms_caps where place_id = ${placeId}`.execute(tx);
    return;
  }
  await sql`insert into private.sms_caps (place_id, monthly_cap) values (${placeId}, ${cap})
    on conflict (place_id) do update set monthly_cap = excluded.monthly_cap, updated_at = now()
    where private.sms_caps.monthly_cap is distinct from excluded.monthly_cap`.execute(tx);
}

/** A place's reminder lead time, as the caller's row level security lets them change it (its managers). */
export async function setReminderHours(tx: Tx, placeId: string, hours: number): Promise<boolean> {
  const result = await tx
    .updateTable('places')
    .set({ reminder_hours: hours })
    .where('id', '=', placeId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
