import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest, type RequestOrigin } from './cross-site.ts';

const SITE = 'https://fabriques.example';
const ADMIN = 'https://console.fabriques.example';
const trusted = [SITE, ADMIN];
const post = (origin?: string, fetchSite?: string): RequestOrigin => ({ method: 'POST', origin, fetchSite });

describe('cross-site requests', () => {
  it('lets the apps’ own forms through, with or without JavaScript, on new and old browsers', () => {
    expect(isCrossSiteRequest(post(SITE, 'same-origin'), trusted)).toBe(false);
    expect(isCrossSiteRequest(post(SITE), trusted)).toBe(false);
    // An old phone's browser that sends neither header, or a script that is not a browser page.
    expect(isCrossSiteRequest(post(), trusted)).toBe(false);
    // The console and the site are sibling subdomains: same-site, and both trusted.
    expect(isCrossSiteRequest(post(ADMIN, 'same-site'), trusted)).toBe(false);
  });

  it('refuses a post another site makes the browser send (CSRF, login CSRF)', () => {
    expect(isCrossSiteRequest(post('https://evil.example', 'cross-site'), trusted)).toBe(true);
    expect(isCrossSiteRequest(post('https://evil.example'), trusted)).toBe(true);
    expect(isCrossSiteRequest(post('null'), trusted)).toBe(true);
    expect(isCrossSiteRequest(post(undefined, 'cross-site'), trusted)).toBe(true);
    // A sibling subdomain that is not one of ours.
    expect(isCrossSiteRequest(post('https://blog.fabriques.example', 'same-site'), trusted)).toBe(true);
    // A look-alike origin: prefix tricks do not pass.
    expect(isCrossSiteRequest(post(`${SITE}.evil.example`), trusted)).toBe(true);
  });

  it('never refuses a read', () => {
    expect(isCrossSiteRequest({ method: 'GET', origin: undefined, fetchSite: 'cross-site' }, trusted)).toBe(
      false,
    );
  });
});
