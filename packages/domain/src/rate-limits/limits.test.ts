import { describe, expect, it } from 'vitest';
import { bookingChecks, invitationChecks, linkEmailChecks, rateLimits, signInChecks } from './limits.ts';
import { verdict } from './window.ts';

const session = { kind: 'session', id: 's-1' } as const;

describe('booking limits', () => {
  it('count an anonymous booking per address, per address and session, and per person', () => {
    const checks = bookingChecks({
      userId: null,
      clientAddress: '2001:db8:1:2::99',
      target: session,
      personKey: 'email:camille@test.fr',
    });
    expect(checks.map((c) => [c.limit.bucket, c.subject])).toEqual([
      ['bookings:address', '2001:db8:1:2::/64'],
      ['bookings:address:target', '2001:db8:1:2::/64|session:s-1'],
      ['bookings:person', 'email:camille@test.fr'],
    ]);
  });

  it('count a signed-in person on their account, not their address', () => {
    const checks = bookingChecks({
      userId: 'u-1',
      clientAddress: '203.0.113.7',
      target: { kind: 'mediateur', id: 'm-1' },
      personKey: null,
    });
    expect(checks.map((c) => [c.limit.bucket, c.subject])).toEqual([
      ['bookings:account', 'u-1'],
      ['bookings:account:target', 'u-1|mediateur:m-1'],
    ]);
  });

  it('let an agent book a dozen people in an afternoon, but not fill a session from one address', () => {
    const {
      bookingsPerAddress,
      bookingsPerAddressAndTarget,
      bookingsPerAccount,
      bookingsPerAccountAndTarget,
    } = rateLimits;
    expect(bookingsPerAddress.max).toBeGreaterThanOrEqual(12);
    expect(bookingsPerAddress.max).toBeLessThan(20);
    expect(bookingsPerAddressAndTarget.max).toBeLessThan(8); // the smallest workshops hold 8
    // With an account, a group of 12 into one workshop fits, with room for a mistake.
    expect(bookingsPerAccountAndTarget.max).toBeGreaterThan(12);
    expect(bookingsPerAccount.max).toBeGreaterThan(bookingsPerAddress.max);
    // A dozen in an hour from one office, one after another, all allowed; the 13th waits.
    for (let n = 1; n <= 12; n++) {
      expect(verdict(bookingsPerAddress, { current: n, previous: 0, elapsedSeconds: n * 60 }).allowed).toBe(
        true,
      );
    }
    expect(verdict(bookingsPerAddress, { current: 13, previous: 0, elapsedSeconds: 900 }).allowed).toBe(
      false,
    );
  });
});

describe('sign-in limits', () => {
  it('count failures per e-mail (however spelled) and per client address', () => {
    const { email, address } = signInChecks(' Lea@Example.org ', '::ffff:198.51.100.9');
    expect([email.limit.bucket, email.subject]).toEqual(['sign-in:email', 'lea@example.org']);
    expect([address.limit.bucket, address.subject]).toEqual(['sign-in:address', '198.51.100.9']);
    expect(email.limit.max).toBe(5);
    expect(address.limit.max).toBe(10);
    expect(address.limit.windowSeconds).toBe(15 * 60);
  });
});

describe('e-mail limits', () => {
  it('count link e-mails per destination and per client address', () => {
    const { address, destination } = linkEmailChecks('Lea@Example.org', '198.51.100.9');
    expect([destination.limit.bucket, destination.subject]).toEqual([
      'link-email:destination',
      'lea@example.org',
    ]);
    expect([address.limit.bucket, address.subject]).toEqual(['link-email:address', '198.51.100.9']);
    expect(destination.limit.max).toBeLessThan(address.limit.max);
  });

  it('count invitations per inviter and per destination', () => {
    expect(invitationChecks('u-1', 'New@Test.fr').map((c) => [c.limit.bucket, c.subject])).toEqual([
      ['invitation:account', 'u-1'],
      ['invitation:destination', 'new@test.fr'],
    ]);
  });

  it('give every bucket its own name', () => {
    const buckets = Object.values(rateLimits).map((l) => l.bucket);
    expect(new Set(buckets).size).toBe(buckets.length);
  });
});
