import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientSubject,
  combineVerdicts,
  type RateLimit,
  secondsUntilFree,
  slidingHits,
  verdict,
} from './window.ts';

const hourly: RateLimit = { bucket: 'test', max: 12, windowSeconds: 3600 };

describe('sliding window', () => {
  it('allows up to the limit in a fresh window, refuses the next one', () => {
    for (let current = 1; current <= 12; current++) {
      expect(verdict(hourly, { current, previous: 0, elapsedSeconds: 600 })).toEqual({ allowed: true });
    }
    expect(verdict(hourly, { current: 13, previous: 0, elapsedSeconds: 600 }).allowed).toBe(false);
  });

  it('counts the previous window by the share of it still inside the last hour', () => {
    expect(slidingHits(hourly, { current: 2, previous: 12, elapsedSeconds: 900 })).toBe(11);
    expect(slidingHits(hourly, { current: 2, previous: 12, elapsedSeconds: 0 })).toBe(14);
    expect(slidingHits(hourly, { current: 2, previous: 12, elapsedSeconds: 3599.9 })).toBeCloseTo(2, 2);
  });

  it('allows no burst of twice the limit across a window boundary', () => {
    // 12 at the end of one window, then one at the start of the next: refused.
    expect(verdict(hourly, { current: 1, previous: 12, elapsedSeconds: 60 }).allowed).toBe(false);
  });

  it('says to wait until the end of the window and a bit when the current window is full', () => {
    // 12 counted 10 minutes into the window: in the next window the 12 must weigh at most 11,
    // i.e. 1/12 of an hour (5 minutes) in: 50 + 5 = 55 minutes.
    const v = verdict(hourly, { current: 13, previous: 0, elapsedSeconds: 600 });
    expect(v).toEqual({ allowed: false, retryAfterSeconds: 55 * 60 });
  });

  it('says to wait while the previous window slides out', () => {
    // 12 last hour, 0 now, 30 minutes in: 6 still count; 6 + 1 ≤ 12, allowed. 12 last hour, 6 now, 30
    // minutes in: 6 + 6 = 12, the 13th waits until the previous weighs 5: at 35 minutes, in 5 minutes.
    expect(verdict(hourly, { current: 1, previous: 12, elapsedSeconds: 1800 }).allowed).toBe(true);
    expect(verdict(hourly, { current: 7, previous: 12, elapsedSeconds: 1800 })).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
    });
  });

  it('never says to wait less than a second, nor longer than two windows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 3599 }),
        (max, current, previous, elapsedSeconds) => {
          const limit = { bucket: 'p', max, windowSeconds: 3600 };
          const wait = secondsUntilFree(limit, { current, previous, elapsedSeconds });
          expect(wait).toBeGreaterThanOrEqual(1);
          expect(wait).toBeLessThanOrEqual(7200);
        },
      ),
    );
  });

  it('is right about the wait: one more hit is refused just before it, allowed once it has passed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 3599 }),
        (max, current, previous, elapsedSeconds) => {
          const limit = { bucket: 'p', max, windowSeconds: 3600 };
          const counted = { current, previous, elapsedSeconds };
          const refusedNow = !verdict(limit, { ...counted, current: current + 1 }).allowed;
          fc.pre(refusedNow);
          const wait = secondsUntilFree(limit, counted);
          // Where the counts stand `s` seconds later, nothing else having been counted.
          const at = (s: number) => {
            const t = elapsedSeconds + s;
            return t < 3600
              ? { current: current + 1, previous, elapsedSeconds: t }
              : t < 7200
                ? { current: 1, previous: current, elapsedSeconds: t - 3600 }
                : { current: 1, previous: 0, elapsedSeconds: t - 7200 };
          };
          expect(verdict(limit, at(wait)).allowed).toBe(true);
          if (wait > 1) expect(verdict(limit, at(wait - 1.5)).allowed).toBe(false);
        },
      ),
    );
  });

  it('combines limits: refused by any, retried when the longest frees', () => {
    expect(combineVerdicts([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
    expect(
      combineVerdicts([
        { allowed: true },
        { allowed: false, retryAfterSeconds: 60 },
        { allowed: false, retryAfterSeconds: 3000 },
      ]),
    ).toEqual({ allowed: false, retryAfterSeconds: 3000 });
  });
});

describe('clientSubject', () => {
  it('counts an IPv4 address as itself, also written as IPv6', () => {
    expect(clientSubject('203.0.113.7')).toBe('203.0.113.7');
    expect(clientSubject('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientSubject(' 203.0.113.7 ')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address with its /64, however it is written', () => {
    const subject = '2001:db8:85a3:8d3::/64';
    expect(clientSubject('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(subject);
    expect(clientSubject('2001:0DB8:85A3:08D3::1')).toBe(subject);
    expect(clientSubject('[2001:db8:85a3:8d3::abcd]')).toBe(subject);
    expect(clientSubject('2001:db8:85a3:8d3::1%eth0')).toBe(subject);
    expect(clientSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientSubject('::1')).toBe('0:0:0:0::/64');
    expect(clientSubject('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('keeps anything else as it is, and an empty address as unknown', () => {
    expect(clientSubject('')).toBe('unknown');
    expect(clientSubject('not an address')).toBe('not an address');
    expect(clientSubject('1:2:3')).toBe('1:2:3');
    expect(clientSubject('1::2::3')).toBe('1::2::3');
  });
});
