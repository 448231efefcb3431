import { hashLinkToken } from '@rf/auth';
import { findAppointmentByTokenHash } from '@rf/db/appointments/appointment-engine.repository';
import { findSlotSources } from '@rf/db/appointments/appointment-slots.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentTokenInput } from '@rf/domain/appointments/appointments.schema';
import { appointmentMoveSlots } from '@rf/domain/appointments/move';
import {
  appointmentCancellationDeadline,
  appointmentMoveRefusal,
  canCancelAppointment,
  canSayComing,
} from '@rf/domain/appointments/rules';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import { addressLine } from '../booking/booking.server.ts';
import type { AppointmentDto, MoveSlotDto } from './appointments.dto.ts';

/** How many of the place's next free slots the private link offers to move to, and how far ahead. */
const MOVE_SLOTS_SHOWN = 12;
const MOVE_DAYS_AHEAD = 60;

/**
 * The private link: the appointment it stands for, whether it can still be cancelled or moved online,
 * the place's next free slots it could move to (read with the service role: only their times), and
 * whether to ask "Je viens".
 */
export const byToken = selfManagedProcedure
  .input(appointmentTokenInput)
  .query(async ({ ctx, input }): Promise<AppointmentDto> => {
    const now = new Date();
    const found = await withServiceRole(ctx.services.db, 'appointment private link', async (tx) => {
      const appointment = await findAppointmentByTokenHash(tx, hashLinkToken(input.token));
      if (!appointment) return undefined;
      if (appointmentMoveRefusal(appointment, now)) return { appointment, moveSlots: [] };
      const until = new Date(now.getTime() + MOVE_DAYS_AHEAD * 86_400_000);
      const sources = await findSlotSources(tx, appointment.placeId, until, appointment.id);
      const slots = appointmentMoveSlots({ ...sources, now, until }, appointment, MOVE_SLOTS_SHOWN * 2);
      // Two médiateurs free at the same time are one choice for the person: the first one offered.
      const seen = new Set<string>();
      const moveSlots: MoveSlotDto[] = [];
      for (const slot of slots) {
        if (seen.has(slot.startsAt) || moveSlots.length === MOVE_SLOTS_SHOWN) continue;
        seen.add(slot.startsAt);
        moveSlots.push({ availabilityId: slot.availabilityId, startsAt: slot.startsAt, endsAt: slot.endsAt });
      }
      return { appointment, moveSlots };
    });
    if (!found) throw new DomainError('not_found');
    const { appointment, moveSlots } = found;
    const cancellable = canCancelAppointment(appointment, now);
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
      comingConfirmedAt: appointment.comingConfirmedAt,
      canSayComing: canSayComing(appointment, now),
      canMove: cancellable && moveSlots.length > 0,
      moveSlots,
    };
  });
