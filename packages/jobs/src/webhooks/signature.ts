// The signature of a webhook delivery (decision 061), in the shape of the Standard Webhooks specification
// (standardwebhooks.com) and of RDV Service Public's and Cal.com's webhooks:
//
//   Webhook-Id: <the event's id, the same at every attempt: receivers deduplicate with it>
//   Webhook-Timestamp: <Unix seconds of this attempt>
//   Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>
//
// For 24 hours after the secret is changed, the header carries two signatures, space-separated: the new
// secret's first, then the previous one's (`v1=<new> v1=<old>`), so a receiver still configured with the old
// secret keeps verifying until its owner pastes the new one in (decision 061, amendment).
//
// The key is the subscription's secret exactly as the console shows it (`whsec_…`, its UTF-8 bytes); the
// body is the raw request body. A receiver recomputes the HMAC, compares in constant time, and refuses a
// timestamp more than 5 minutes away from its clock (a replayed request).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_VERSION = 'v1';
/** How far a receiver may find the timestamp from its own clock (replays are refused beyond it). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `${SIGNATURE_VERSION}=${mac}`;
}

export interface SignedHeaders {
  'content-type': string;
  'user-agent': string;
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export function signedHeaders(input: {
  secret: string;
  /** The secret before the last change, while it is still accepted (24 hours); null or absent otherwise. */
  previousSecret?: string | null;
  eventId: string;
  body: string;
  timestamp: number;
}): SignedHeaders {
  const secrets = input.previousSecret ? [input.secret, input.previousSecret] : [input.secret];
  return {
    'content-type': 'application/json',
    'user-agent': 'ReseauFabriques-Webhooks/1',
    'webhook-id': input.eventId,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': secrets
      .map((secret) => webhookSignature(secret, input.timestamp, input.body))
      .join(' '),
  };
}

/**
 * What a receiver does (and what the tests do): true when one of the header's signatures (space-separated,
 * so a secret can be rotated) matches and the timestamp is recent.
 */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  now?: number;
}): boolean {
  const timestamp = Number(input.timestamp);
  if (!input.signature || !Number.isInteger(timestamp)) return false;
  const now = input.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(webhookSignature(input.secret, timestamp, input.body));
  return input.signature.split(' ').some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
