// Playwright's `test`, as every end-to-end test imports it: each test is a different person on a different
// connection. The apps run behind a trusted proxy on loopback (scripts/e2e.ts sets TRUST_PROXY=loopback), and
// each test's browser contexts and request contexts come through it from an address of their own, as
// residents' phones would. Without this, every test would share 127.0.0.1 and one test's sign-in failures or
// bookings would use up the rate limits of all the others.
import { createHash } from 'node:crypto';
import { test as base } from '@playwright/test';

export * from '@playwright/test';

/** A stable private address (10.0.0.0/8) per test, different for each test. */
export function clientAddressFor(testId: string): string {
  const [a = 0, b = 0, c = 0] = createHash('sha256').update(testId).digest();
  return `10.${a}.${b}.${Math.max(c, 1)}`;
}

export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, 'x-forwarded-for': clientAddressFor(testInfo.testId) });
  },
});
