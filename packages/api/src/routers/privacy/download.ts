import { hashLinkToken } from '@rf/auth';
import type { Tx } from '@rf/db';
import {
  findHeldAppointmentData,
  findHeldBookingData,
  type HeldData,
  readRetentionSettings,
} from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import { appointmentTokenInput } from '@rf/domain/appointments/appointments.schema';
import { bookingTokenInput } from '@rf/domain/booking/booking.schema';
import { DomainError } from '@rf/domain/errors';
import { erasureDueAt, retentionSettingsSchema } from '@rf/domain/privacy/retention';
import { selfManagedProcedure } from '../../trpc.ts';

/** "Télécharger mes données": what the platform holds about one booking or appointment, and until when. */
export interface HeldDataDto {
  kind: 'booking' | 'appointment';
  exportedAt: string;
  /** When the identifying fields below will be erased, at the latest (the network's retention period). */
  erasedBy: string;
  data: HeldData;
}

async function held(
  tx: Tx,
  kind: HeldDataDto['kind'],
  find: (tx: Tx, hash: string) => Promise<HeldData | undefined>,
  token: string,
): Promise<HeldDataDto> {
  const data = await find(tx, hashLinkToken(token));
  if (!data) throw new DomainError('not_found');
  const settings = retentionSettingsSchema.parse(await readRetentionSettings(tx));
  const status = data.status as 'confirmed' | 'booked' | 'waitlisted' | 'cancelled';
  return {
    kind,
    exportedAt: new Date().toISOString(),
    erasedBy: erasureDueAt({ status, endsAt: data.endsAt }, settings).toISOString(),
    data,
  };
}

export const bookingData = selfManagedProcedure
  .input(bookingTokenInput)
  .query(({ ctx, input }) =>
    withServiceRole(ctx.services.db, 'booking data for its person', (tx) =>
      held(tx, 'booking', findHeldBookingData, input.token),
    ),
  );

export const appointmentData = selfManagedProcedure
  .input(appointmentTokenInput)
  .query(({ ctx, input }) =>
    withServiceRole(ctx.services.db, 'appointment data for its person', (tx) =>
      held(tx, 'appointment', findHeldAppointmentData, input.token),
    ),
  );
