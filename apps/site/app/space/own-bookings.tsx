import type { Caller } from '@rf/api';
import { Badge, Button, ButtonGroup, ButtonLink, DataTable } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// A member's own bookings in their space. Cancelling takes two posts (`cancel_booking`, then
// `cancel_booking_confirmed`) so a slip of the finger never frees a seat; both are plain forms.

type OwnBooking = Awaited<ReturnType<Caller['home']['space']>>['bookings'][number];

export function OwnBookingsTable({ bookings }: { bookings: OwnBooking[] }) {
  const t = useT();
  const format = useFormat();
  const which = (booking: { title: string; startsAt: string }) =>
    t('space.bookings.which', { title: booking.title, date: format.dateTime(booking.startsAt) });
  return (
    <DataTable
      caption={t('space.bookings.caption')}
      captionHidden
      rows={bookings}
      rowKey={(booking) => booking.id}
      columns={[
        { key: 'title', header: t('session.column.title'), cell: (b) => b.title, rowHeader: true },
        {
          key: 'date',
          header: t('session.column.date'),
          cell: (b) => <time dateTime={b.startsAt}>{format.dateTime(b.startsAt)}</time>,
        },
        { key: 'place', header: t('session.column.place'), cell: (b) => b.placeName },
        {
          key: 'status',
          header: t('session.column.status'),
          cell: (b) =>
            b.status === 'confirmed' ? (
              <Badge tone="success">{t('space.bookings.status.confirmed')}</Badge>
            ) : (
              <Badge tone="warning">{t('space.bookings.status.waitlisted')}</Badge>
            ),
        },
        {
          key: 'actions',
          header: t('space.bookings.column.actions'),
          cell: (b) =>
            b.canCancel ? (
              <ButtonGroup>
                <Form method="post">
                  <input type="hidden" name="intent" value="cancel_booking" />
                  <input type="hidden" name="bookingId" value={b.id} />
                  <Button type="submit" variant="secondary">
                    {t('space.bookings.cancel')}
                    <span className="visually-hidden"> : {which(b)}</span>
                  </Button>
                </Form>
                {b.canMove ? (
                  <ButtonLink href={`/espace/inscriptions/${b.id}`} variant="secondary">
                    {t('space.bookings.move')}
                    <span className="visually-hidden"> : {which(b)}</span>
                  </ButtonLink>
                ) : null}
              </ButtonGroup>
            ) : (
              t(b.courseFollower ? 'space.bookings.course_follower' : 'space.bookings.too_late')
            ),
        },
      ]}
    />
  );
}

export function CancelBookingConfirmation({ booking }: { booking: OwnBooking }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="annuler-inscription">
      <h3 id="annuler-inscription">{t('space.bookings.cancel_confirm_title')}</h3>
      <p>
        {t('space.bookings.cancel_confirm_body', {
          title: booking.title,
          date: format.dateTime(booking.startsAt),
          place: booking.placeName,
        })}
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="cancel_booking_confirmed" />
        <input type="hidden" name="bookingId" value={booking.id} />
        <Button type="submit" variant="danger">
          {t('space.bookings.cancel_confirm_button')}
        </Button>
      </Form>
      <p>
        <a href="/espace">{t('space.bookings.cancel_keep')}</a>
      </p>
    </section>
  );
}
