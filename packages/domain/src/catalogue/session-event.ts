// A public session as a schema.org `Event` (JSON-LD), so that search engines, agendas and the national
// tools read what, when, where, whether it is free and how many seats are left without scraping the page.
// Google's event guidelines name what is required (name, startDate, location) and recommended (endDate,
// eventStatus, eventAttendanceMode, description, offers, organizer); the types are Google's `schema-dts`.
import type { Event, ItemAvailability, Place, VirtualLocation, WithContext } from 'schema-dts';

export interface SessionEventInput {
  /** The session's page, where it is booked. */
  url: string;
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  format: 'on_site' | 'remote' | 'hybrid';
  place: {
    name: string;
    /** The place's page. */
    url: string;
    street: string | null;
    postalCode: string | null;
    commune: string | null;
  };
  capacity: number;
  seatsLeft: number;
  free: boolean;
  priceCents: number | null;
  /** Whether a booking (or a place on the waitlist) can be asked for now. */
  booking: 'not_yet_open' | 'open' | 'closed';
  bookingOpensAt: string | null;
  facilitatorName: string | null;
  language: string;
}

/** Few enough seats that the offer reads as limited. */
export const FEW_SEATS = 3;

function availability(input: SessionEventInput): ItemAvailability {
  if (input.booking === 'closed') return 'https://schema.org/OutOfStock';
  if (input.booking === 'not_yet_open') return 'https://schema.org/PreOrder';
  if (input.seatsLeft === 0) return 'https://schema.org/SoldOut';
  return input.seatsLeft <= FEW_SEATS
    ? 'https://schema.org/LimitedAvailability'
    : 'https://schema.org/InStock';
}

function location(input: SessionEventInput): Place | VirtualLocation | (Place | VirtualLocation)[] {
  const { place } = input;
  const onSite: Place = {
    '@type': 'Place',
    name: place.name,
    url: place.url,
    address: {
      '@type': 'PostalAddress',
      ...(place.street ? { streetAddress: place.street } : {}),
      ...(place.postalCode ? { postalCode: place.postalCode } : {}),
      ...(place.commune ? { addressLocality: place.commune } : {}),
      addressCountry: 'FR',
    },
  };
  // The link to join is sent to the people booked, never published: the page where one books stands for it.
  const online: VirtualLocation = { '@type': 'VirtualLocation', url: input.url };
  if (input.format === 'remote') return online;
  return input.format === 'hybrid' ? [onSite, online] : onSite;
}

const ATTENDANCE_MODE = {
  on_site: 'https://schema.org/OfflineEventAttendanceMode',
  remote: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

export function sessionEvent(input: SessionEventInput): WithContext<Event> {
  const price = input.free || input.priceCents === null ? 0 : input.priceCents / 100;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.title,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    startDate: input.startsAt,
    endDate: input.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE_MODE[input.format],
    location: location(input),
    organizer: { '@type': 'Organization', name: input.place.name, url: input.place.url },
    ...(input.facilitatorName ? { performer: { '@type': 'Person', name: input.facilitatorName } } : {}),
    isAccessibleForFree: input.free,
    inLanguage: input.language,
    maximumAttendeeCapacity: input.capacity,
    remainingAttendeeCapacity: input.seatsLeft,
    offers: {
      '@type': 'Offer',
      url: input.url,
      price,
      priceCurrency: 'EUR',
      availability: availability(input),
      ...(input.bookingOpensAt ? { validFrom: input.bookingOpensAt } : {}),
    },
  };
}
