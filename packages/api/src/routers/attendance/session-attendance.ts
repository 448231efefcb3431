import { listSessionAttendance } from '@rf/db/booking/attendance.repository';
import { sessionAttendanceInput } from '@rf/domain/booking/attendance';
import { attendanceOpen } from '@rf/domain/booking/rules';
import { signedInProcedure } from '../../trpc.ts';
import type { SessionAttendanceDto } from './attendance.dto.ts';
import { sessionForAttendance } from './load-session.server.ts';

/** The list a manager ticks: the session and its confirmed bookings with their attendance so far. */
export const sessionAttendance = signedInProcedure
  .input(sessionAttendanceInput)
  .query(async ({ ctx, input }): Promise<SessionAttendanceDto> => {
    const session = await sessionForAttendance(ctx.tx, ctx.viewer, input.sessionId);
    const rows = await listSessionAttendance(ctx.tx, session.id);
    return {
      session,
      open: attendanceOpen(session, new Date()),
      people: rows.map((row) => ({
        bookingId: row.id,
        firstName: row.firstName,
        prescriberName: row.prescriberName,
        comingConfirmed: row.comingConfirmed,
        attendance: row.attendance,
      })),
    };
  });
