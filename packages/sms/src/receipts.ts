import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Delivery receipts from Brevo (transactional SMS webhooks, https://developers.brevo.com/docs/transactional-webhooks).
 * Brevo does not sign its webhooks: the notify URL is protected by a shared secret that Brevo sends back,
 * either as a bearer token (webhook created with `auth: { type: 'bearer', token }` →
 * `Authorization: Bearer <secret>`) or as basic authentication written in the URL
 * (`https://brevo:<secret>@…` → `Authorization: Basic base64(brevo:<secret>)`; the user name is not
 * checked). Both are compared in constant time; no secret configured refuses everything.
 *
 * An SMS event is JSON such as
 *   { "messageId": 1511882900176220, "msg_status": "delivered", "to": "33612345678", "tag": "<our reference>",
 *     "ts_event": 1733476800, "date": "2026-12-06 10:00:00", "sms_count": 1, … }
 * (batched webhooks send an array of them). `msg_status` is sent, accepted, delivered, soft_bounce,
 * hard_bounce, replied, subscribe, unsubscribe, skip or rejected; the spellings of the e-mail events
 * (`event`: softBounce, hardBounce…) are read too.
 */

export type SmsDeliveryStatus = 'sent' | 'delivered' | 'failed' | 'other';

export interface ParsedSmsEvent {
  /** Brevo's messageId, as `send` returned it. */
  providerId: string;
  status: SmsDeliveryStatus;
  /** Brevo's own name for the event (delivered, hard_bounce, replied…). */
  event: string;
  /** Our reference (sent as Brevo's `tag`), when Brevo echoes it. */
  reference: string | undefined;
  /** When it happened, when Brevo says. */
  at: Date | undefined;
}

export type BrevoSmsEvent =
  | { ok: true; events: ParsedSmsEvent[] }
  | { ok: false; reason: 'unauthorized' | 'invalid' };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

const STATUSES: Record<string, SmsDeliveryStatus> = {
  sent: 'sent',
  accepted: 'sent',
  delivered: 'delivered',
  soft_bounce: 'failed',
  softbounce: 'failed',
  softbounces: 'failed',
  hard_bounce: 'failed',
  hardbounce: 'failed',
  hardbounces: 'failed',
  rejected: 'failed',
  blocked: 'failed',
  skip: 'failed',
  error: 'failed',
  failed: 'failed',
  undelivered: 'failed',
  expired: 'failed',
};

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Equality of two strings in a time that does not depend on where they differ (nor on their lengths). */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The secret the request presents (bearer token, or basic authentication's password). */
function presentedSecret(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value] = authorization.trim().split(/\s+/, 2);
  if (!scheme || !value) return undefined;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? undefined : decoded.slice(colon + 1);
  }
  return undefined;
}

function parseOne(item: unknown): ParsedSmsEvent | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const id = record.messageId ?? record.message_id;
  const providerId =
    typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : typeof id === 'string' ? id : '';
  const name = record.msg_status ?? record.event;
  if (!/^[0-9A-Za-z<>._:-]{1,100}$/.test(providerId) || typeof name !== 'string' || name === '')
    return undefined;
  const seconds = record.ts_event;
  const at =
    typeof seconds === 'number' && Number.isFinite(seconds)
      ? new Date(seconds * 1000)
      : typeof record.date === 'string' && !Number.isNaN(Date.parse(record.date))
        ? new Date(record.date)
        : undefined;
  return {
    providerId,
    status: STATUSES[name.toLowerCase()] ?? 'other',
    event: name,
    reference: typeof record.tag === 'string' && record.tag !== '' ? record.tag : undefined,
    at,
  };
}

/**
 * Checks a delivery receipt posted by Brevo and reads it. `body` is the request's body, as text or already
 * parsed; `secret` the shared secret of the notify URL. Unauthorised requests are refused before the body is
 * read (answer 401); an unreadable body is `invalid` (answer 400); events of other kinds are `other`.
 */
export function parseBrevoSmsEvent(body: unknown, headers: HeaderBag, secret: string): BrevoSmsEvent {
  const presented = presentedSecret(header(headers, 'authorization'));
  if (!secret || presented === undefined || !constantTimeEqual(presented, secret)) {
    return { ok: false, reason: 'unauthorized' };
  }
  let payload = body;
  if (typeof body === 'string') {
    try {
      payload = JSON.parse(body);
    } catch {
      return { ok: false, reason: 'invalid' };
    }
  }
  const items = Array.isArray(payload) ? payload : [payload];
  const events = items.map(parseOne);
  if (events.length === 0 || events.some((e) => e === undefined)) return { ok: false, reason: 'invalid' };
  return { ok: true, events: events as ParsedSmsEvent[] };
}
