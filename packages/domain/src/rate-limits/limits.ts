/**
 * Every rate limit of the network, as data (decision 033). Each is a sliding window counted in Postgres,
 * so it holds across app instances; a refusal carries the seconds until the window frees (HTTP 429 and
 * `Retry-After`). The numbers were chosen for the people who really use the forms:
 *
 * - a resident books a workshop or an appointment for themselves, sometimes for a relative: a handful a
 *   day at most;
 * - a tiers-lieu or a France Services office puts many residents behind one internet box (and mobile
 *   networks put many phones behind one address), so a limit per address must leave room for several
 *   people at once;
 * - a France Services agent, a social worker or a conseiller numérique books a dozen people in an
 *   afternoon, often into the same workshop: without an account they get the anonymous allowance (enough
 *   for a dozen across workshops), with one — prescribers are invited — their own, keyed on the account;
 * - a script from one machine must not fill a session or a médiateur's agenda, nor use our forms to send
 *   e-mail to anyone, nor guess passwords across many addresses.
 */
import { normaliseEmail } from '../booking/person.ts';
import { clientSubject, type RateLimit, type RateLimitCheck } from './window.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const rateLimits = {
  /**
   * Anonymous bookings (workshop seats and appointments together) per client address and hour: a dozen
   * covers an agent booking a dozen residents in an afternoon without an account, or a few households
   * behind one box; a script gets 12 seats an hour, not 120.
   */
  bookingsPerAddress: { bucket: 'bookings:address', max: 12, windowSeconds: HOUR },
  /**
   * Anonymous bookings per client address into ONE session, or with ONE médiateur, per day: a family or a
   * couple of residents at one office, not the whole session (workshops hold 8 to 20 seats).
   */
  bookingsPerAddressAndTarget: { bucket: 'bookings:address:target', max: 4, windowSeconds: DAY },
  /**
   * A signed-in person (member, invited prescriber) books on their account, whatever the address: an
   * agent booking for a whole group on a busy afternoon still fits; a stolen account cannot fill the
   * agenda of the network.
   */
  bookingsPerAccount: { bucket: 'bookings:account', max: 40, windowSeconds: HOUR },
  /** A signed-in person into one session, or with one médiateur, per day: a whole group of 15. */
  bookingsPerAccountAndTarget: { bucket: 'bookings:account:target', max: 15, windowSeconds: DAY },
  /**
   * Bookings per person (their e-mail or phone, however spelled) per hour, from any address: each sends
   * them an e-mail or a text, so this stops a distributed script from flooding someone's inbox.
   */
  bookingsPerPerson: { bucket: 'bookings:person', max: 10, windowSeconds: HOUR },
  /**
   * Bookings whose news goes to one prescriber's e-mail (decision 043), per hour, from any address: an
   * agent booking a group in an afternoon fits; a script cannot use the form to flood someone's inbox.
   */
  bookingsPerPrescriberEmail: { bucket: 'bookings:prescriber', max: 20, windowSeconds: HOUR },

  /**
   * Failed sign-ins per e-mail address: five mistypes in a quarter of an hour, then the password is not
   * even checked (guessing stops paying; a magic link still gets the person in).
   */
  signInFailuresPerEmail: { bucket: 'sign-in:email', max: 5, windowSeconds: 15 * MINUTE },
  /**
   * Failed sign-ins per client address, across e-mail addresses (password spraying: one password tried
   * on many accounts). Ten leaves room for a few people mistyping in the same tiers-lieu.
   */
  signInFailuresPerAddress: { bucket: 'sign-in:address', max: 10, windowSeconds: 15 * MINUTE },

  /**
   * Sign-in links and password-reset links sent to one e-mail address per hour. Past it the answer does
   * not change (no one learns whether the address has an account) but nothing is sent: an inbox cannot
   * be flooded, and a person who asked three times has their link.
   */
  linkEmailsPerDestination: { bucket: 'link-email:destination', max: 3, windowSeconds: HOUR },
  /** Link e-mails asked from one client address per hour, whatever the destination: past it, 429. */
  linkEmailsPerAddress: { bucket: 'link-email:address', max: 10, windowSeconds: HOUR },

  /** Invitations to one e-mail address per hour, by anyone: a mistake corrected, not a flood. */
  invitationsPerDestination: { bucket: 'invitation:destination', max: 3, windowSeconds: HOUR },
  /** Invitations sent by one account per hour: a manager bringing in a whole team in one sitting. */
  invitationsPerAccount: { bucket: 'invitation:account', max: 30, windowSeconds: HOUR },

  /**
   * Requests to the public API (`/api/v1`, decision 062) per client address and minute: a script paging
   * through the whole directory (a hundred pages) fits in one minute, twice a second sustained; a loop
   * hammering the database does not. Its answers are cacheable, so a CDN in front absorbs the repeats.
   */
  publicApiPerAddress: { bucket: 'public-api:address', max: 120, windowSeconds: MINUTE },
} as const satisfies Record<string, RateLimit>;

const check = (limit: RateLimit, subject: string): RateLimitCheck => ({ limit, subject });

/**
 * Whole days a counter may outlive a subject's last hit: it counts for two of its windows (the current one,
 * then as the previous), and the worker's hourly purge may take up to an hour more (decision 075). Shown on
 * the public "Données personnelles" page.
 */
export const RATE_LIMIT_COUNTERS_KEPT_DAYS = Math.ceil(
  (2 * Math.max(...Object.values(rateLimits).map((limit: RateLimit) => limit.windowSeconds)) + HOUR) / DAY,
);

/** What a booking is made into: a workshop session, or the agenda of a médiateur. */
export type BookingTarget = { kind: 'session'; id: string } | { kind: 'mediateur'; id: string };

/**
 * The limits a booking (a workshop seat or an appointment) counts against: the account's when signed in,
 * the client address's otherwise; and always the person's, when they gave a contact.
 */
export function bookingChecks(booking: {
  userId: string | null;
  clientAddress: string;
  target: BookingTarget;
  personKey: string | null;
  /** The prescriber kept informed, if any: they get an e-mail per booking too. */
  prescriberEmail?: string | null;
}): RateLimitCheck[] {
  const target = `${booking.target.kind}:${booking.target.id}`;
  const checks = booking.userId
    ? [
        check(rateLimits.bookingsPerAccount, booking.userId),
        check(rateLimits.bookingsPerAccountAndTarget, `${booking.userId}|${target}`),
      ]
    : [
        check(rateLimits.bookingsPerAddress, clientSubject(booking.clientAddress)),
        check(rateLimits.bookingsPerAddressAndTarget, `${clientSubject(booking.clientAddress)}|${target}`),
      ];
  if (booking.personKey) checks.push(check(rateLimits.bookingsPerPerson, booking.personKey));
  if (booking.prescriberEmail)
    checks.push(check(rateLimits.bookingsPerPrescriberEmail, normaliseEmail(booking.prescriberEmail)));
  return checks;
}

/** The two counters a password sign-in counts against until it succeeds. */
export function signInChecks(email: string, clientAddress: string) {
  return {
    email: check(rateLimits.signInFailuresPerEmail, normaliseEmail(email)),
    address: check(rateLimits.signInFailuresPerAddress, clientSubject(clientAddress)),
  };
}

/** A sign-in or password-reset link asked for `email` from `clientAddress`. */
export function linkEmailChecks(email: string, clientAddress: string) {
  return {
    /** Past it: 429. */
    address: check(rateLimits.linkEmailsPerAddress, clientSubject(clientAddress)),
    /** Past it: the same answer as always, and no e-mail. */
    destination: check(rateLimits.linkEmailsPerDestination, normaliseEmail(email)),
  };
}

/** An invitation sent by `inviterId` to `email`: both limits answer 429 (the inviter is signed in). */
export function invitationChecks(inviterId: string, email: string): RateLimitCheck[] {
  return [
    check(rateLimits.invitationsPerAccount, inviterId),
    check(rateLimits.invitationsPerDestination, normaliseEmail(email)),
  ];
}

/** A request to the public API from `clientAddress` (decision 062): past the limit, 429. */
export function publicApiChecks(clientAddress: string): RateLimitCheck[] {
  return [check(rateLimits.publicApiPerAddress, clientSubject(clientAddress))];
}
