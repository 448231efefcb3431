import { router } from '../../trpc.ts';
import { mark } from './mark.ts';
import { sessionAttendance } from './session-attendance.ts';

export const attendanceRouter = router({
  sessionAttendance,
  mark,
});
