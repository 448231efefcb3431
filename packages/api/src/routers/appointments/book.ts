import { randomUUID } from 'node:crypto';
import { hashLinkToken } from '@rf/auth';
import {
  bookAppointment,
  findAppointmentById,
  setAppointmentLocale,
} from '@rf/db/appointments/appointment-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentBookingInput } from '@rf/domain/appointments/appointments.schema';
import { personKey } from '@rf/domain/booking/person';
import { isMobile } from '@rf/domain/contact/phone';
import { DomainError } from '@rf/domain/errors';
import { appointmentToken } from '@rf/jobs/appointment-link';
import { enforceBookingLimits } from '../../rate-limits.server.ts';
import { selfManagedProcedure } from '../../trpc.ts';
import { localeOf } from '../booking/booking.server.ts';
import type { AppointmentBookedDto } from './appointments.dto.ts';

/**
 * Books a slot without an account. The database checks the slot again under a lock on the médiateur
 * (inside the availability, notice, horizon, modality, free with its buffer) and its exclusion
 * constraint has the last word; its confirmation (and reminder) is queued in the same transaction by the
 * database and sent by the job worker (migration 20261123002200). Attempts count against the same
 * allowance as session bookings. A double submit (same idempotency key) returns the same appointment,
 * without its private link or contact: whoever sends a key again may not be who booked (as a booking
 * found `existing`); the link is in the confirmation e-mail.
 */
export const book = selfManagedProcedure
  .input(appointmentBookingInput)
  .mutation(async ({ ctx, input }): Promise<AppointmentBookedDto> => {
    const { services, session } = ctx;
    await enforceBookingLimits(
      ctx,
      { kind: 'appointment', availabilityId: input.availabilityId },
      { personKey: personKey(input), idempotencyKey: input.idempotencyKey },
    );

    const idempotencyKey = input.idempotencyKey ?? randomUUID();
    const token = appointmentToken(services.linkKey, idempotencyKey);
    const result = await withServiceRole(services.db, 'appointment without an account', async (tx) => {
      const booked = await bookAppointment(tx, {
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
      });
      // Its messages go out in the language the person uses the site in (queued jobs run after commit).
      if (booked.outcome === 'created') {
        await setAppointmentLocale(tx, booked.appointmentId, localeOf(ctx.exchange.request));
      }
      return booked;
    });
    if (result.outcome === 'taken') throw new DomainError('slot_taken');
    if (result.outcome === 'invalid') throw new DomainError('slot_unavailable');
    if (result.outcome === 'not_bookable') throw new DomainError('not_found');
    const { appointmentId } = result;

    const appointment = await withServiceRole(services.db, 'appointment confirmation', (tx) =>
      findAppointmentById(tx, appointmentId),
    );
    if (!appointment) throw new DomainError('not_found');
    const created = result.outcome === 'created';
    return {
      outcome: result.outcome,
      token: created ? token : null,
      startsAt: appointment.startsAt,
      modality: appointment.modality,
      placeName: appointment.placeName,
      email: created ? appointment.email : null,
      sms: created && appointment.phone ? (isMobile(appointment.phone) ? 'mobile' : 'landline') : null,
    };
  });
