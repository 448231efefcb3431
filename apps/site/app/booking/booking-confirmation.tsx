import type { Caller } from '@rf/api';
import { Alert, ButtonLink, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { CourseDates } from './course-dates.tsx';

// What a session's page answers once its form was sent: booked, waitlisted or already booked. The private
// link is shown only to who just booked; a replayed form (same key) gets no link, only where to find it.

export type Booked = Awaited<ReturnType<Caller['booking']['book' | 'bookForMe']>>;

export function BookingConfirmation({ booked }: { booked: Booked }) {
  const t = useT();
  const format = useFormat();
  const title =
    booked.outcome === 'existing'
      ? t('booking.existing.title')
      : booked.status === 'confirmed'
        ? t('booking.confirmed.title')
        : t('booking.waitlisted.title');
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={title}
        lead={t('booking.confirmation.summary', {
          title: booked.title,
          date: format.dateTime(booked.startsAt),
          place: booked.placeName,
        })}
      />
      {booked.waitlistPosition !== null ? (
        <p>{t('booking.waitlisted.position', { position: format.number(booked.waitlistPosition) })}</p>
      ) : null}
      {booked.courseDates.length > 0 ? (
        <CourseDates dates={booked.courseDates} lead={t('booking.course.booked_all')} />
      ) : null}
      {booked.token ? (
        <>
          {booked.email ? <p>{t('booking.confirmation.mail_sent', { email: booked.email })}</p> : null}
          {booked.sms === 'mobile' ? <p>{t('booking.confirmation.sms_sent')}</p> : null}
          {booked.prescriberEmail ? (
            <p>{t('booking.confirmation.prescriber_told', { email: booked.prescriberEmail })}</p>
          ) : null}
          {booked.noContact ? <Alert kind="warning" title={t('booking.confirmation.no_contact')} /> : null}
          {booked.sms === 'landline' ? (
            <Alert kind="warning" title={t('booking.confirmation.landline')} />
          ) : null}
          <p>{t('booking.confirmation.keep_link')}</p>
          <ButtonLink href={`/reservation/${booked.token}`} block>
            {t('booking.confirmation.link')}
          </ButtonLink>
        </>
      ) : (
        <Alert kind="info" title={t('booking.existing.body')} />
      )}
    </div>
  );
}
