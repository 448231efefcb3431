import { randomUUID } from 'node:crypto';
import { hashLinkToken } from '@rf/auth';
import { bookAppointment, findAppointmentById } from '@rf/db/appointments/appointment-engine.repository';
import { recordBookingAttempt } from '@rf/db/booking/booking-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentBookingInput } from '@rf/domain/appointments/appointments.schema';
import { personKey } from '@rf/domain/booking/person';
import { bookingThrottle, isBookingThrottled } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { appointmentToken } from '@rf/jobs/appointment-link';
import { selfManagedProcedure } from '../../trpc.ts';
import type { AppointmentBookedDto } from './appointments.dto.ts';

/**
 * Books a slot without an account. The database checks the slot again under a lock on the médiateur
 * (inside the availability, notice, horizon, modality, free with its buffer) and its exclusion
 * constraint has the last word; its confirmation (and reminder) is queued in the same transaction by the
 * database and sent by the job worker (migration 20261123002200). Attempts count against the same
 * allowance as session bookings. A double submit (same idempotency key) returns the same appointment.
 */
export const book = selfManagedProcedure
  .input(appointmentBookingInput)
  .mutation(async ({ ctx, input }): Promise<AppointmentBookedDto> => {
    const { services, exchange, session } = ctx;
    const key = personKey(input) as string;
    const forwarded = services.env.TRUST_PROXY
      ? exchange.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined;
    const client = forwarded || `unknown:${key}`;
    const recent = await withServiceRole(services.db, 'appointment throttle', (tx) =>
      recordBookingAttempt(tx, { client, personKey: key, windowMinutes: bookingThrottle.windowMinutes }),
    );
    if (isBookingThrottled({ forClient: recent.forClient - 1, forPerson: recent.forPerson - 1 }))
      throw new DomainError('too_many_bookings');

    const idempotencyKey = input.idempotencyKey ?? randomUUID();
    const token = appointmentToken(services.env.AUTH_JWT_SECRET, idempotencyKey);
    const result = await withServiceRole(services.db, 'appointment without an account', (tx) =>
      bookAppointment(tx, {
        availabilityId: input.availabilityId,
        startsAt: input.startsAt,
        modality: input.modality,
        firstName: input.firstName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        prescriberName: input.prescriberName ?? null,
        prescriberOrganisation: input.prescriberOrganisation ?? null,
        motive: input.motive ?? null,
        userId: session?.userId ?? null,
        manageTokenHash: hashLinkToken(token),
        idempotencyKey,
      }),
    );
    if (result.outcome === 'taken') throw new DomainError('slot_taken');
    if (result.outcome === 'invalid') throw new DomainError('slot_unavailable');
    if (result.outcome === 'not_bookable') throw new DomainError('not_found');
    const { appointmentId } = result;

    const appointment = await withServiceRole(services.db, 'appointment confirmation', (tx) =>
      findAppointmentById(tx, appointmentId),
    );
    if (!appointment) throw new DomainError('not_found');
    return {
      outcome: result.outcome,
      token,
      startsAt: appointment.startsAt,
      modality: appointment.modality,
      placeName: appointment.placeName,
      email: appointment.email,
    };
  });
