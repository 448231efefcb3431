// The private link of an appointment and how its place is written in e-mails: shared by the booking
// procedure (which gives the link back on the confirmation page) and the e-mails the worker sends later.
import { createHmac } from 'node:crypto';
import { addressLine } from './booking-link.ts';

/**
 * Derived from the appointment's idempotency key with the server's private-links key (as bookings' links
 * are, with another label): a double submit gets the same link back, the worker can write it again in a
 * reminder, and the database keeps only its hash.
 */
export function appointmentToken(linkKey: Uint8Array, idempotencyKey: string): string {
  return createHmac('sha256', linkKey).update(`appointment:${idempotencyKey}`).digest('base64url');
}

export function appointmentLink(siteUrl: string, token: string): string {
  return new URL(`/rendez-vous/${token}`, siteUrl).toString();
}

export function placeLine(place: {
  placeName: string;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
}): string {
  return [place.placeName, addressLine(place)].filter(Boolean).join(', ');
}
