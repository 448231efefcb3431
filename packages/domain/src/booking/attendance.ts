import { z } from 'zod';
import { isManagerOf, type Viewer } from '../identity/roles.ts';

/**
 * Attendance at a workshop session: managers mark each confirmed person seen, excused or no-show. The
 * database enum also has `revoked` (kept for records withdrawn later); it is not offered when taking
 * attendance. Messages are keys of the i18n catalogue.
 */
export const attendanceMarks = ['seen', 'excused', 'noshow'] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];

/** Who takes attendance for a place's sessions: its managers and network admins (RLS agrees). */
export function canTakeAttendance(viewer: Viewer, placeId: string): boolean {
  return viewer.networkRole === 'network_admin' || isManagerOf(viewer, placeId);
}

export const sessionAttendanceInput = z.object({ sessionId: z.uuid('validation.invalid') });

export const markAttendanceInput = z.object({
  sessionId: z.uuid('validation.invalid'),
  /** Only the rows the manager marked; the others are left as they were. */
  marks: z
    .array(
      z.object({
        bookingId: z.uuid('validation.invalid'),
        attendance: z.enum(attendanceMarks, { error: 'validation.attendance_invalid' }),
      }),
    )
    .min(1, 'validation.attendance_none')
    .max(500, 'validation.invalid'),
});
export type MarkAttendanceInput = z.infer<typeof markAttendanceInput>;

const attendanceOf = (row: object): unknown => ('attendance' in row ? row.attendance : undefined);
const isBlank = (value: unknown) => value === undefined || value === '';

/**
 * The attendance sheet's form: one row per person (`marks[0].bookingId`, hidden, and `marks[0].attendance`,
 * the radio group), read by `parseForm`. A row left unmarked has no `attendance` and is dropped, so only the
 * marked rows are saved (none marked: `validation.attendance_none`). It accepts its own output.
 */
export const markAttendanceForm = markAttendanceInput.extend({
  marks: z.preprocess(
    (rows) =>
      Array.isArray(rows)
        ? rows.filter((row) => typeof row !== 'object' || row === null || !isBlank(attendanceOf(row)))
        : rows,
    markAttendanceInput.shape.marks,
  ),
});
