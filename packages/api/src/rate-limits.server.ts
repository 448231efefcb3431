// The one way procedures apply rate limits (docs/decisions/033-rate-limits.md): the limits are the
// domain's (packages/domain/src/rate-limits/limits.ts), counted in Postgres by packages/db, and a refusal
// is a DomainError carrying the seconds to wait, which the pages answer with 429 and `Retry-After`.

import type { Tx } from '@rf/db';
import {
  findAvailabilityMediateur,
  isAppointmentKeyUsed,
} from '@rf/db/appointments/appointment-engine.repository';
import { isBookingKeyUsed } from '@rf/db/booking/booking-engine.repository';
import { takeRateLimits } from '@rf/db/rate-limits/rate-limits.repository';
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

/**
 * Counts a booking (a seat or an appointment) against its limits: the signed-in person's account (even
 * when booking for someone else), or else the client address; per hour, and per session or médiateur;
 * and the person booked for. A form sent again with the same idempotency key replays the booking it
 * already made and is not counted again. Refused: `too_many_bookings`, with the wait.
 */
export async function enforceBookingLimits(
  ctx: Pick<Context, 'services' | 'exchange' | 'session'>,
  subject: BookingSubject,
  {
    personKey,
    prescriberEmail = null,
    idempotencyKey,
  }: { personKey: string | null; prescriberEmail?: string | null; idempotencyKey: string | undefined },
): Promise<void> {
  const look = async (tx: Tx): Promise<{ replayed: boolean; target: BookingTarget }> => {
    if (subject.kind === 'session') {
      const replayed = idempotencyKey ? await isBookingKeyUsed(tx, idempotencyKey) : false;
      return { replayed, target: { kind: 'session', id: subject.sessionId } };
    }
    const replayed = idempotencyKey ? await isAppointmentKeyUsed(tx, idempotencyKey) : false;
    // An unknown availability is refused by the booking itself; its id then stands for the agenda.
    const mediateur = await findAvailabilityMediateur(tx, subject.availabilityId);
    return { replayed, target: { kind: 'mediateur', id: mediateur ?? subject.availabilityId } };
  };
  const { replayed, target } = await withServiceRole(ctx.services.db, 'booking limits', look);
  if (replayed) return;
  const checks = bookingChecks({
    userId: ctx.session?.userId ?? null,
    clientAddress: ctx.exchange.clientAddress,
    target,
    personKey,
    prescriberEmail,
  });
  await enforceRateLimits(
    ctx,
    subject.kind === 'session' ? 'booking' : 'appointment',
    checks,
    'too_many_bookings',
  );
}
