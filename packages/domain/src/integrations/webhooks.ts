import { z } from 'zod';

// Signed webhooks (decision 061): what a subscription may ask for, which addresses it may target, how a
// delivery is retried, and the shape of what is sent. Pure: the signature (node:crypto) and the HTTP call
// live in packages/jobs, the events are written by the database's triggers.

/** Every event a subscription may choose, in the order the console lists them. */
export const WEBHOOK_EVENTS = [
  'booking.confirmed',
  'booking.waitlisted',
  'booking.promoted',
  'booking.cancelled',
  'attendance.taken',
  'place.updated',
  'report.validated',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A delivery is tried once, then again after each of these waits: 1 min, 5 min, 30 min, 2 h, 12 h. */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 43_200_000] as const;
/** Attempts in all (the queue's `max_attempts` for `webhook-delivery`, migration 20261206180523). */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;
/** A receiver answers within this or the attempt fails. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_URL_MAX_LENGTH = 2000;

/** The wait before the next attempt after `attempt` failed ones (1-based); the last wait repeats. */
export function webhookRetryDelayMs(
  attempt: number,
  delays: readonly number[] = WEBHOOK_RETRY_DELAYS_MS,
): number {
  const index = Math.min(Math.max(attempt, 1), delays.length) - 1;
  return delays[index] ?? 60_000;
}

/**
 * Where deliveries may go. In production only `https://` to public addresses; `allowLocal` (the
 * `WEBHOOKS_ALLOW_LOCAL=1` setting, for tests and a receiver on the same machine) also lets `http://` and
 * loopback or private addresses through. Outside production, `http://` is allowed to local hosts only.
 */
export interface WebhookTargetPolicy {
  production: boolean;
  allowLocal: boolean;
}

export type WebhookUrlError =
  | 'webhooks.url_invalid'
  | 'webhooks.url_https_required'
  | 'webhooks.url_private'
  | 'webhooks.url_credentials';

function parseIPv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  return bytes.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255) ? bytes : null;
}

function expandIPv6(host: string): number[] | null {
  let text = host.toLowerCase();
  // An IPv4 tail (::ffff:127.0.0.1) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const bytes = parseIPv4(v4[1]);
    if (!bytes) return null;
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
  const groups = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'), ...tail];
  if (groups.length !== 8 || !groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => Number.parseInt(group, 16));
}

/**
 * Whether an IP address (v4 or v6, as text) is one a server must not be made to call: loopback, private
 * networks, link-local (169.254.0.0/16: cloud metadata services), carrier-grade NAT, "this network",
 * multicast and reserved ranges, their IPv6 counterparts and IPv4 addresses mapped into IPv6. Anything
 * that does not parse as an address is treated as not public.
 */
export function isPrivateAddress(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = parseIPv4(host);
  if (v4) {
    const [a = 0, b = 0] = v4;
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0 && v4[2] === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  const v6 = expandIPv6(host);
  if (!v6) return true;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = v6;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    // ::, ::1, and IPv4-mapped (::ffff:a.b.c.d) or -compatible addresses: judged as their IPv4 address.
    if (g5 === 0xffff || g5 === 0) {
      if (g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return true;
      return isPrivateAddress(`${g6 >> 8}.${g6 & 255}.${g7 >> 8}.${g7 & 255}`);
    }
  }
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xff00) === 0xff00 || // multicast
    (g0 === 0x64 && g1 === 0xff9b) || // NAT64, maps IPv4 addresses
    (g0 === 0x2001 && g1 === 0xdb8) // documentation
  );
}

/** Whether the host names this machine or a local network by its name (no DNS needed to know). */
function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name.endsWith('.local') ||
    name.endsWith('.internal') ||
    !name.includes('.')
  );
}

/** Whether a URL's host is an IP literal (v4 or bracketed v6). */
function isIpLiteral(host: string): boolean {
  return parseIPv4(host) !== null || host.startsWith('[');
}

/**
 * Checks a subscription's address against the policy, before any DNS: the scheme, credentials, and
 * hosts that are local by their very writing (127.0.0.1, [::1], 169.254.169.254, localhost, a bare name).
 * The worker checks the resolved addresses again at each delivery (`isPrivateAddress`), since a public
 * name may resolve to a private address.
 */
export function checkWebhookUrl(url: string, policy: WebhookTargetPolicy): WebhookUrlError | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'webhooks.url_invalid';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'webhooks.url_invalid';
  if (parsed.username || parsed.password) return 'webhooks.url_credentials';
  const host = parsed.hostname;
  const local = isLocalName(host) || (isIpLiteral(host) && isPrivateAddress(host));
  if (local && policy.production && !policy.allowLocal) return 'webhooks.url_private';
  if (parsed.protocol === 'http:') {
    if (policy.allowLocal) return null;
    if (policy.production || !local) return 'webhooks.url_https_required';
  }
  return null;
}

/** The address typed in the console or sent to the procedure (the policy is checked by the procedure). */
export const webhookUrlSchema = z
  .string({ error: 'webhooks.url_required' })
  .trim()
  .min(1, 'webhooks.url_required')
  .max(WEBHOOK_URL_MAX_LENGTH, 'webhooks.url_too_long')
  .refine((value) => !/\s/.test(value), 'webhooks.url_invalid')
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'webhooks.url_invalid');

export const webhookSubscriptionInput = z.object({
  /** null: the network's subscription (network admins only). */
  placeId: z.uuid('validation.place_required').nullable(),
  url: webhookUrlSchema,
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { error: 'webhooks.events_required' }), {
      error: 'webhooks.events_required',
    })
    .min(1, 'webhooks.events_required')
    .max(WEBHOOK_EVENTS.length, 'webhooks.events_required')
    .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event))),
});
export type WebhookSubscriptionInput = z.infer<typeof webhookSubscriptionInput>;

export const webhookSubscriptionId = z.object({ id: z.uuid('validation.not_found') });
export const webhookDeliveryId = z.object({
  deliveryId: z.coerce
    .number()
    .int('validation.not_found')
    .positive('validation.not_found')
    .max(Number.MAX_SAFE_INTEGER, 'validation.not_found'),
  /** The delivery's round the page showed: a second click of the same page sends nothing more. */
  round: z.coerce
    .number()
    .int('validation.not_found')
    .positive('validation.not_found')
    // A Postgres integer: beyond it the statement would fail (a 500) instead of a plain refusal.
    .max(2_147_483_647, 'validation.not_found')
    .optional(),
});

// What receivers get: `{ version: 1, id, type, occurred_at, data }`. Strict objects: a field the triggers
// add without saying so here fails the integration test that parses every payload — personal data cannot
// slip in unnoticed.
const uuid = z.uuid();
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
const count = z.number().int().min(0);

const bookingData = z.strictObject({
  booking_id: uuid,
  session_id: uuid,
  activity_id: uuid,
  place_id: uuid,
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  previous_session_id: uuid.nullable(),
  seats: z.strictObject({ capacity: count, confirmed: count }),
  waitlist_position: z.number().int().min(1).nullable(),
});
const attendanceData = z.strictObject({
  session_id: uuid,
  activity_id: uuid,
  place_id: uuid,
  attendance: z.strictObject({
    seen: count,
    excused: count,
    revoked: count,
    noshow: count,
    unmarked: count,
  }),
});
const placeData = z.strictObject({
  place_id: uuid,
  slug: z.string(),
  status: z.string(),
  hidden: z.boolean(),
  merged_into_id: uuid.nullable(),
  updated_at: instant,
});
const reportData = z.strictObject({
  report_id: uuid,
  place_id: uuid,
  period: z.enum(['quarter', 'year']),
  period_start: z.iso.date(),
  period_end: z.iso.date(),
  validated_at: instant,
});

function envelope<T extends string, D extends z.ZodType>(types: readonly T[], data: D) {
  return z.strictObject({
    version: z.literal(1),
    id: uuid,
    type: z.enum(types as [T, ...T[]]),
    occurred_at: instant,
    data,
  });
}

export const webhookPayloadSchema = z.union([
  envelope(['booking.confirmed', 'booking.waitlisted', 'booking.promoted', 'booking.cancelled'], bookingData),
  envelope(['attendance.taken'], attendanceData),
  envelope(['place.updated'], placeData),
  envelope(['report.validated'], reportData),
]);
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
