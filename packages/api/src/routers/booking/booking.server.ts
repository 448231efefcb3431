import { negotiateLocale } from '@rf/i18n';

// What the booking procedures share: the private link's token and the address line.
//
// E-mails are NOT sent from here any more: the database queues them (`private.jobs`, migration
// 20261123001800_job_queue.sql) in the same transaction as the booking, promotion, move or cancellation
// that causes them, and the worker (`apps/worker`, tasks in `packages/jobs`) sends them, retrying while the
// SMTP server is down. A procedure that changes a booking has nothing to send.
export { addressLine, bookingToken } from '@rf/jobs/booking-link';

/**
 * The language the person uses the site in (the language switch's cookie, `rf-locale`), French otherwise:
 * the browser's language is not followed. Their booking's messages go out in it.
 */
export function localeOf(request: Request): 'fr' | 'en' {
  return negotiateLocale(request.headers.get('cookie')?.match(/(?:^|;\s*)rf-locale=(fr|en)/)?.[1] ?? null);
}
