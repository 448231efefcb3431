import { listPlaceAppointments } from '@rf/db/appointments/availabilities.repository';
import { appointmentsDayInput } from '@rf/domain/appointments/appointments.schema';
import { canPlaceCancelAppointment } from '@rf/domain/appointments/rules';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { parisDay, parisDays } from '@rf/domain/time/paris';
import { managerProcedure } from '../../trpc.ts';
import type { DayAppointmentDto } from './appointments.dto.ts';

/** The appointments of one Paris day (today by default) at the places the viewer manages. */
export const dayAppointments = managerProcedure
  .input(appointmentsDayInput)
  .query(async ({ ctx, input }): Promise<{ day: string; appointments: DayAppointmentDto[] }> => {
    const day = input.day ?? parisDay();
    const { from, to } = parisDays(day);
    const rows = await listPlaceAppointments(ctx.tx, managedPlaceIds(ctx.viewer), from, to);
    const now = new Date();
    const appointments = rows.map((row) => ({ ...row, canCancel: canPlaceCancelAppointment(row, now) }));
    return { day, appointments };
  });
