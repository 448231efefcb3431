import { findBookablePlace, findSlotSources } from '@rf/db/appointments/appointment-slots.repository';
import { withServiceRole } from '@rf/db/service';
import { placeSlotsInput } from '@rf/domain/appointments/appointments.schema';
import { appointmentModalities, bookableSlots, groupByDay } from '@rf/domain/appointments/slots';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import { addressLine } from '../booking/booking.server.ts';
import type { PlaceSlotsDto } from './appointments.dto.ts';

/**
 * A place's free appointment slots for the next `days` days, grouped by local day. Read with the service
 * role because booked appointments are closed to anon; only their times are used, never who booked.
 */
export const placeSlots = selfManagedProcedure
  .input(placeSlotsInput)
  .query(async ({ ctx, input }): Promise<PlaceSlotsDto> => {
    const now = new Date();
    const until = new Date(now.getTime() + input.days * 86_400_000);
    return withServiceRole(ctx.services.db, 'appointment slots', async (tx) => {
      const place = await findBookablePlace(tx, input.slug);
      if (!place) throw new DomainError('not_found');
      const sources = await findSlotSources(tx, place.id, until);
      const here = sources.availabilities.filter((a) => a.placeId === place.id && a.whoMayBook !== 'agents');
      const offered = new Set(here.flatMap((a) => a.modalities));
      const byId = new Map(sources.availabilities.map((a) => [a.id, a]));
      const slots = bookableSlots({ ...sources, now, until, placeId: place.id, modality: input.modality });
      return {
        place: {
          id: place.id,
          slug: place.slug,
          name: place.name,
          phone: place.phone,
          address: addressLine(place),
        },
        modalities: appointmentModalities.filter((m) => offered.has(m)),
        days: groupByDay(slots).map(({ day, slots: daySlots }) => ({
          day,
          slots: daySlots.map((slot) => {
            const availability = byId.get(slot.availabilityId);
            return {
              availabilityId: slot.availabilityId,
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
              minutes: availability?.slotMinutes ?? 30,
              modalities: [...slot.modalities],
              prescribersOnly: availability?.whoMayBook === 'agents_and_prescribers',
              locationNote: sources.locationNotes[slot.availabilityId] ?? null,
            };
          }),
        })),
      };
    });
  });
