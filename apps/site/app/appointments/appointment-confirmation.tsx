import type { Caller } from '@rf/api';
import { Alert, ButtonLink, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';

// What the appointment page answers once its form was sent. The API gives the private link only to who
// booked: a replayed form (same key) learns that the appointment exists and that the link is in the e-mail.

export type BookedAppointment = Awaited<ReturnType<Caller['appointments']['book']>>;

export function AppointmentConfirmation({ booked }: { booked: BookedAppointment }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={booked.token ? t('appointments.confirmed.title') : t('appointments.replayed.title')}
        lead={t('appointments.confirmed.summary', {
          date: format.dateTime(booked.startsAt),
          modality: t(`appointments.modality.${booked.modality}`).toLowerCase(),
          place: booked.placeName,
        })}
      />
      {booked.token ? (
        <>
          {booked.email ? <p>{t('appointments.confirmed.mail_sent', { email: booked.email })}</p> : null}
          {booked.sms === 'mobile' ? <p>{t('appointments.confirmed.sms_sent')}</p> : null}
          {booked.sms === 'landline' ? (
            <Alert kind="warning" title={t('appointments.confirmed.landline')} />
          ) : null}
          <p>{t('appointments.confirmed.keep_link')}</p>
          <ButtonLink href={`/rendez-vous/${booked.token}`} block>
            {t('appointments.confirmed.link')}
          </ButtonLink>
        </>
      ) : (
        <Alert kind="info" title={t('appointments.replayed.body')} />
      )}
    </div>
  );
}
