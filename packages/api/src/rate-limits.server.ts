// The one way procedures apply rate limits (docs/decisions/033-rate-limits.md): the limits are the
// domain's (packages/domain/src/rate-limits/limits.ts), counted in Postgres by packages/db, and a refusal
// is a DomainError carrying the seconds to wait, which the pages answer with 429 and `Retry-After`.

import type { Tx } from '@rf/db';
import { findAvailabilityMediateur } from '@rf/db/appointments/appointment-engine.repository';
import { refusalOf, takeRateLimits, takeRateLimitsIn } from '@rf/db/rate-limits/rate-limits.repository';
import { withServiceRole } from '@rf/db/service';
import { tooMany } from '@rf/domain/errors';
import { type BookingTarget, bookingChecks } from '@rf/domain/rate-limits/limits';
import type { RateLimitCheck } from '@rf/domain/rate-limits/window';
import type { Context } from './context.ts';

type RateLimitCode = Parameters<typeof tooMany>[0];

/** Counts one hit on every check, or refuses with `code` and the wait, counting nothing. */
export async function enforceRateLimits(
  { services }: Pick<Context, 'services'>,
  purpose: string,
  checks: readonly RateLimitCheck[],
  code: RateLimitCode,
): Promise<void> {
  const taken = await takeRateLimits(services.db, purpose, checks);
  if (!taken.allowed) throw tooMany(code, taken.retryAfterSeconds);
}

/** What is being booked: a seat of a session, or a slot of an availability (the médiateur's agenda). */
export type BookingSubject =
  | { kind: 'session'; sessionId: string }
  | { kind: 'appointment'; availabilityId: string };

export interface BookingLimitsInput {
  personKey: string | null;
  prescriberEmail?: string | null;
  idempotencyKey: string | undefined;
}

/**
 * Counts a booking (a seat or an appointment) against its limits, inside the booking's own transaction
 * (one statement: the replay check and the counters): the signed-in person's account (even when booking
 * for someone else), or else the client address; per hour, and per session or médiateur; and the person
 * booked for. A form sent again with the same idempotency key replays the booking it already made and is
 * not counted again. Refused: throws `too_many_bookings` with the wait, and the transaction rolls back, so
 * a refusal counts nothing. Whatever else the transaction refuses afterwards (a full or closed session)
 * stays counted only if the caller lets it commit.
 */
export async function countBookingLimits(
  tx: Tx,
  ctx: Pick<Context, 'exchange' | 'session'>,
  subject: BookingSubject,
  { personKey, prescriberEmail = null, idempotencyKey }: BookingLimitsInput,
): Promise<void> {
  // An unknown availability is refused by the booking itself; its id then stands for the agenda.
  const target: BookingTarget =
    subject.kind === 'session'
      ? { kind: 'session', id: subject.sessionId }
      : {
          kind: 'mediateur',
          id: (await findAvailabilityMediateur(tx, subject.availabilityId)) ?? subject.availabilityId,
        };
  const checks = bookingChecks({
    userId: ctx.session?.userId ?? null,
    clientAddress: ctx.exchange.clientAddress,
    target,
    personKey,
    prescriberEmail,
  });
  const replay = idempotencyKey && {
    table: subject.kind === 'session' ? ('bookings' as const) : ('appointments' as const),
    idempotencyKey,
  };
  try {
    await takeRateLimitsIn(tx, checks, replay || undefined);
  } catch (error) {
    const refused = refusalOf(error);
    if (refused) throw tooMany('too_many_bookings', refused.retryAfterSeconds);
    throw error;
  }
}

/** {@link countBookingLimits} in a transaction of its own, for bookings made in several steps. */
export function enforceBookingLimits(
  ctx: Pick<Context, 'services' | 'exchange' | 'session'>,
  subject: BookingSubject,
  input: BookingLimitsInput,
): Promise<void> {
  return withServiceRole(ctx.services.db, 'booking limits', (tx) =>
    countBookingLimits(tx, ctx, subject, input),
  );
}
