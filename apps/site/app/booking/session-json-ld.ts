import type { Caller } from '@rf/api';
import { sessionEvent } from '@rf/domain/catalogue/session-event';
import type { Locale } from '@rf/i18n';

type SessionDetails = Awaited<ReturnType<Caller['booking']['sessionDetails']>>;

/** The session page's schema.org `Event` (decision 058): what search engines and agendas read of it. */
export function sessionJsonLd(session: SessionDetails, siteUrl: string, locale: Locale) {
  const site = siteUrl.replace(/\/$/, '');
  return sessionEvent({
    url: `${site}/seances/${session.id}`,
    title: session.title,
    description: session.description,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    format: session.format,
    place: {
      name: session.placeName,
      url: `${site}/lieux/${session.placeSlug}`,
      street: session.street,
      postalCode: session.postalCode,
      commune: session.commune,
    },
    capacity: session.capacity,
    seatsLeft: session.seatsLeft,
    free: session.free,
    priceCents: session.priceCents,
    booking: session.booking,
    bookingOpensAt: session.bookingOpensAt,
    facilitatorName: session.facilitatorName,
    language: locale,
  });
}
