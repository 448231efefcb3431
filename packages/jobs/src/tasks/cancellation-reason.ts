// A session's cancellation reason, as the people booked read it. The minimum-attendance check writes its
// reason once, in the network's language (`mail.min_attendance.cancel_reason`, in `sessions.cancellation_reason`
// beside what organisers type); it is recognised here, in whichever language it was written, so that each
// person reads it in their own and gets the SMS that says why — without a second column for a reason code.
import { locales, type Translate, translator } from '@rf/i18n';

/** The minimum a minimum-attendance cancellation's reason names; null for any other reason. */
export function minAttendanceOf(reason: string | null): number | null {
  if (!reason) return null;
  for (const locale of locales) {
    // Without params the catalogue leaves `{minimum}` in place: the text around it is the reason's frame.
    const [before = '', after = ''] = translator(locale)('mail.min_attendance.cancel_reason').split(
      '{minimum}',
    );
    if (!reason.startsWith(before) || !reason.endsWith(after)) continue;
    const minimum = reason.slice(before.length, reason.length - after.length);
    if (/^\d{1,4}$/.test(minimum)) return Number(minimum);
  }
  return null;
}

/** The reason in the reader's language when it is the minimum-attendance one; what organisers wrote otherwise. */
export function reasonFor(t: Translate, reason: string | null): string {
  if (reason === null) return t('mail.booking.no_reason');
  const minimum = minAttendanceOf(reason);
  return minimum === null ? reason : t('mail.min_attendance.cancel_reason', { minimum });
}
