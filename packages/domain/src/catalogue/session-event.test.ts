import { describe, expect, it } from 'vitest';
import { type SessionEventInput, sessionEvent } from './session-event.ts';

const session: SessionEventInput = {
  url: 'https://fabriques.example/seances/9aa9d700-a3a7-56e3-ab69-0d8109de631b',
  title: 'Prendre en main son smartphone',
  description: 'Les gestes de base, à votre rythme.',
  startsAt: '2026-12-15T09:00:00.000Z',
  endsAt: '2026-12-15T11:00:00.000Z',
  format: 'on_site',
  place: {
    name: 'Konk Ar Lab',
    url: 'https://fabriques.example/lieux/konk-ar-lab',
    street: '1 rue du Port',
    postalCode: '29900',
    commune: 'Concarneau',
  },
  capacity: 10,
  seatsLeft: 6,
  free: true,
  priceCents: null,
  booking: 'open',
  bookingOpensAt: null,
  facilitatorName: 'Camille',
  language: 'fr',
};

describe('a session as a schema.org Event', () => {
  it('carries what Google’s event guidelines require and recommend', () => {
    const event = JSON.parse(JSON.stringify(sessionEvent(session)));
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: session.title,
      description: session.description,
      startDate: session.startsAt,
      endDate: session.endsAt,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Konk Ar Lab',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '1 rue du Port',
          postalCode: '29900',
          addressLocality: 'Concarneau',
          addressCountry: 'FR',
        },
      },
      organizer: { '@type': 'Organization', name: 'Konk Ar Lab', url: session.place.url },
      isAccessibleForFree: true,
      maximumAttendeeCapacity: 10,
      remainingAttendeeCapacity: 6,
      offers: {
        '@type': 'Offer',
        url: session.url,
        price: 0,
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
    });
    // Dates are ISO 8601 with their offset, as the guidelines ask.
    expect(Number.isNaN(Date.parse(event.startDate))).toBe(false);
  });

  it('says how easy a seat is to get: few left, full (waitlist), not yet open, closed', () => {
    const availability = (over: Partial<SessionEventInput>) =>
      (sessionEvent({ ...session, ...over }).offers as { availability: string }).availability;
    expect(availability({ seatsLeft: 3 })).toBe('https://schema.org/LimitedAvailability');
    expect(availability({ seatsLeft: 0 })).toBe('https://schema.org/SoldOut');
    expect(availability({ booking: 'not_yet_open', bookingOpensAt: '2026-12-01T08:00:00.000Z' })).toBe(
      'https://schema.org/PreOrder',
    );
    expect(availability({ booking: 'closed' })).toBe('https://schema.org/OutOfStock');
    expect(
      (
        sessionEvent({ ...session, booking: 'not_yet_open', bookingOpensAt: '2026-12-01T08:00:00.000Z' })
          .offers as { validFrom?: string }
      ).validFrom,
    ).toBe('2026-12-01T08:00:00.000Z');
  });

  it('gives a paid session its price in euros', () => {
    const event = sessionEvent({ ...session, free: false, priceCents: 1250 });
    expect(event.isAccessibleForFree).toBe(false);
    expect(event.offers).toMatchObject({ price: 12.5, priceCurrency: 'EUR' });
  });

  it('places an online session at its page (never the link to join), a hybrid one at both', () => {
    const remote = sessionEvent({ ...session, format: 'remote' });
    expect(remote.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(remote.location).toEqual({ '@type': 'VirtualLocation', url: session.url });
    const hybrid = sessionEvent({ ...session, format: 'hybrid' });
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((hybrid.location as { '@type': string }[]).map((l) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
  });

  it('leaves out what is unknown rather than writing empty values', () => {
    const event = JSON.parse(
      JSON.stringify(
        sessionEvent({
          ...session,
          description: null,
          facilitatorName: null,
          place: { ...session.place, street: null, postalCode: null },
        }),
      ),
    );
    expect(event).not.toHaveProperty('description');
    expect(event).not.toHaveProperty('performer');
    expect(event.location.address).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Concarneau',
      addressCountry: 'FR',
    });
  });
});
