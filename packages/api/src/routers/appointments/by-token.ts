import { hashLinkToken } from '@rf/auth';
import { findAppointmentByTokenHash } from '@rf/db/appointments/appointment-engine.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentTokenInput } from '@rf/domain/appointments/appointments.schema';
import { appointmentCancellationDeadline, canCancelAppointment } from '@rf/domain/appointments/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import { addressLine } from '../booking/booking.server.ts';
import type { AppointmentDto } from './appointments.dto.ts';

/** The private link: the appointment it stands for, and whether it can still be cancelled online. */
export const byToken = selfManagedProcedure
  .input(appointmentTokenInput)
  .query(async ({ ctx, input }): Promise<AppointmentDto> => {
    const appointment = await withServiceRole(ctx.services.db, 'appointment private link', (tx) =>
      findAppointmentByTokenHash(tx, hashLinkToken(input.token)),
    );
    if (!appointment) throw new DomainError('not_found');
    const cancellable = canCancelAppointment(appointment, new Date());
    return {
      status: appointment.status,
      firstName: appointment.firstName,
      email: appointment.email,
      phone: appointment.phone,
      prescriberName: appointment.prescriberName,
      modality: appointment.modality,
      motive: appointment.motive,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      placeName: appointment.placeName,
      placeSlug: appointment.placeSlug,
      placePhone: appointment.placePhone,
      address: addressLine(appointment),
      locationNote: appointment.locationNote,
      mediateurName: appointment.mediateurName,
      canCancel: cancellable,
      cancelUntil: cancellable
        ? appointmentCancellationDeadline(appointment.startsAt, appointment.noticeMinutes).toISOString()
        : null,
    };
  });
