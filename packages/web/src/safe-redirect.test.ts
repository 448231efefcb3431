import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-redirect.ts';

describe('safeReturnPath', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnPath('/invitation?jeton=abc')).toBe('/invitation?jeton=abc');
  });
  it('refuses other origins and odd values', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'espace',
      '',
      null,
      42,
    ]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });
});
