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

/** The form field of one booking's mark: `presence-<booking id>`. */
export const attendanceField = (bookingId: string) => `presence-${bookingId}`;

/** Reads the marks a form posted (one radio group per person); unknown values are left for zod to refuse. */
export function marksFromForm(entries: Iterable<[string, unknown]>): {
  bookingId: string;
  attendance: string;
}[] {
  const marks: { bookingId: string; attendance: string }[] = [];
  for (const [name, value] of entries) {
    if (name.startsWith('presence-') && typeof value === 'string')
      marks.push({ bookingId: name.slice('presence-'.length), attendance: value });
  }
  return marks;
}
