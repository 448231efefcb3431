import { listPlaceAppointments } from '@rf/db/appointments/availabilities.repository';
import { appointmentsDayInput } from '@rf/domain/appointments/appointments.schema';
import { addDays, fromLocal, toLocal } from '@rf/domain/appointments/local-time';
import { canPlaceCancelAppointment } from '@rf/domain/appointments/rules';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { managerProcedure } from '../../trpc.ts';
import type { DayAppointmentDto } from './appointments.dto.ts';

const TIME_ZONE = 'Europe/Paris';

/** The appointments of one Paris day (today by default) at the places the viewer manages. */
export const dayAppointments = managerProcedure
  .input(appointmentsDayInput)
  .query(async ({ ctx, input }): Promise<{ day: string; appointments: DayAppointmentDto[] }> => {
    const day = input.day ?? toLocal(new Date(), TIME_ZONE).date;
    const from = fromLocal(day, 0, TIME_ZONE).toISOString();
    const to = fromLocal(addDays(day, 1), 0, TIME_ZONE).toISOString();
    const rows = await listPlaceAppointments(ctx.tx, managedPlaceIds(ctx.viewer), from, to);
    const now = new Date();
    const appointments = rows.map((row) => ({ ...row, canCancel: canPlaceCancelAppointment(row, now) }));
    return { day, appointments };
  });
