import type { BookingMode } from '@rf/domain/booking/booking.schema';
import { useT } from '@rf/web/i18n';
import { BookingForm } from './booking-form.tsx';
import type { FormWithLandline } from './landline.ts';
import { OneClickBooking } from './one-click-booking.tsx';

// The booking part of a session's page, once booking is open. The prescriber's form is a link away
// (`?pour=autre`), not a toggle, so it works without JavaScript and can be sent to a prescriber as is. A
// full session keeps the same forms: they join the waitlist.

/** The query parameter that opens the form for booking on someone else's behalf. */
const PRESCRIBER_QUERY = 'pour=autre';

export function SessionBooking({
  sessionId,
  mode,
  account,
  idempotencyKey,
  full,
  failure,
}: {
  sessionId: string;
  mode: BookingMode;
  account: { name: string; email: string } | null;
  idempotencyKey: string;
  full: boolean;
  failure: FormWithLandline | null;
}) {
  const t = useT();
  const forOther = mode === 'prescriber';
  const pageUrl = `/seances/${sessionId}`;
  return (
    <section aria-labelledby="inscription">
      <h2 id="inscription">
        {forOther
          ? t('booking.prescriber.title')
          : full
            ? t('booking.form.waitlist_title')
            : t('booking.form.title')}
      </h2>
      {forOther ? (
        <>
          <p>{t('booking.prescriber.lead')}</p>
          <BookingForm
            mode="prescriber"
            sessionId={sessionId}
            idempotencyKey={idempotencyKey}
            full={full}
            failure={failure}
          />
          <p>
            <a href={pageUrl}>{t('booking.prescriber.back_to_self')}</a>
          </p>
        </>
      ) : account ? (
        <OneClickBooking
          account={account}
          sessionId={sessionId}
          idempotencyKey={idempotencyKey}
          full={full}
          failure={failure}
        />
      ) : (
        <>
          <p>{t('booking.form.lead')}</p>
          <BookingForm
            mode="resident"
            sessionId={sessionId}
            idempotencyKey={idempotencyKey}
            full={full}
            failure={failure}
          />
        </>
      )}
      {forOther ? null : (
        <p>
          <a href={`${pageUrl}?${PRESCRIBER_QUERY}`}>{t('booking.prescriber.switch')}</a>
        </p>
      )}
    </section>
  );
}
