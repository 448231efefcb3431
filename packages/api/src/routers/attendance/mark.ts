import { markAttendance } from '@rf/db/booking/attendance.repository';
import { markAttendanceInput } from '@rf/domain/booking/attendance';
import { attendanceOpen } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { sessionForAttendance } from './load-session.server.ts';

/**
 * Saves the marks of a session's attendance sheet, all or nothing, from the session's day on. RLS is the
 * second lock: the update policy lets only the place's managers and network admins change a booking.
 */
export const mark = signedInProcedure
  .input(markAttendanceInput)
  .mutation(async ({ ctx, input }): Promise<{ updated: number }> => {
    const session = await sessionForAttendance(ctx.tx, ctx.viewer, input.sessionId);
    if (!attendanceOpen(session, new Date())) throw new DomainError('attendance_not_open');
    const updated = await markAttendance(ctx.tx, session.id, input.marks);
    return { updated };
  });
