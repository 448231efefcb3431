import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RETURN_PATH_LENGTH, safeReturnPath } from './safe-redirect.ts';

const SITE = 'https://site.example';

/** What a browser does with the Location header: resolves it against the page's URL. */
function staysOnSite(result: string): boolean {
  return (
    result.startsWith('/') &&
    !result.startsWith('//') &&
    new URL(result, `${SITE}/lieux/une-page?x=1`).origin === SITE
  );
}

describe('safeReturnPath', () => {
  it('keeps paths of this site, with their query and fragment', () => {
    expect(safeReturnPath('/invitation?jeton=abc')).toBe('/invitation?jeton=abc');
    expect(safeReturnPath('/')).toBe('/');
    expect(safeReturnPath('/lieux?commune=29039&page=2#resultats')).toBe(
      '/lieux?commune=29039&page=2#resultats',
    );
    expect(safeReturnPath('/tableaux-de-bord?perimetre=reseau&du=2026-01-01', SITE)).toBe(
      '/tableaux-de-bord?perimetre=reseau&du=2026-01-01',
    );
  });

  it('keeps accents, written as the browser would send them', () => {
    expect(safeReturnPath('/lieux?q=café crème')).toBe('/lieux?q=caf%C3%A9%20cr%C3%A8me');
    expect(safeReturnPath('/ateliers/déjà-vu')).toBe('/ateliers/d%C3%A9j%C3%A0-vu');
    // Already encoded: unchanged.
    expect(safeReturnPath('/lieux?q=caf%C3%A9')).toBe('/lieux?q=caf%C3%A9');
  });

  it('normalises dot segments that stay on the site', () => {
    expect(safeReturnPath('/lieux/../ateliers')).toBe('/ateliers');
    expect(safeReturnPath('/../../espace')).toBe('/espace');
  });

  it('refuses other origins, scheme-relative and absolute URLs', () => {
    for (const value of [
      'https://evil.example',
      'https://site.example/espace',
      'http:evil.example',
      'https:evil.example',
      'https:/evil.example',
      '//evil.example',
      '///evil.example',
      '////evil.example',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'evil.example',
      '@evil.example',
      'espace',
      '?retour=/espace',
      '#top',
      ' /espace',
    ]) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('refuses what browsers strip or read as a slash: tab, CR, LF, other controls, backslash', () => {
    for (const value of [
      '/\t/evil.example',
      '/\r/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '\t//evil.example',
      '/\u0000/evil.example',
      '/\u001f/evil.example',
      '/\u007f/evil.example',
      '/\u0085/evil.example',
      '/\u2028/evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      '\\\\evil.example',
      '/espace\\',
      '/lieux?q=a\nb',
      '/lieux#a\tb',
    ]) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('refuses paths the parser turns into //host (dot segments, their %2e spellings)', () => {
    for (const value of [
      '/.//evil.example',
      '/./\\evil.example',
      '/..//evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example',
      '/a/%2e%2e//evil.example',
    ]) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('leaves percent-encoded slashes, tabs and backslashes encoded: a path of this site', () => {
    for (const value of [
      '/%09/evil.example',
      '/%2f%2fevil.example',
      '/%5c%5cevil.example',
      '/%0d%0a//evil',
    ]) {
      const result = safeReturnPath(value);
      expect(result, value).toBe(value);
      expect(staysOnSite(result as string)).toBe(true);
    }
  });

  it('refuses non-strings, empty and absurdly long values', () => {
    for (const value of [null, undefined, 42, {}, ['/espace'], '']) {
      expect(safeReturnPath(value)).toBeNull();
    }
    const long = `/lieux?q=${'a'.repeat(MAX_RETURN_PATH_LENGTH)}`;
    expect(safeReturnPath(long)).toBeNull();
    expect(safeReturnPath(long.slice(0, MAX_RETURN_PATH_LENGTH))).toBe(long.slice(0, MAX_RETURN_PATH_LENGTH));
  });

  it('returns the same path whatever origin of ours it is checked against', () => {
    expect(safeReturnPath('/espace?x=1', SITE)).toBe('/espace?x=1');
    expect(safeReturnPath('/espace?x=1', 'http://localhost:5173')).toBe('/espace?x=1');
    expect(safeReturnPath('//evil.example', SITE)).toBeNull();
    expect(safeReturnPath('/espace', 'not an origin')).toBeNull();
  });
});

describe('safeReturnPath, whatever it is given', () => {
  const fragment = fc.constantFrom(
    '/',
    '//',
    '///',
    '\\',
    '\\\\',
    '\t',
    '\r',
    '\n',
    '\u0000',
    '\u000b',
    '\u000c',
    '\u0085',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\ufeff',
    ' ',
    '.',
    '..',
    '/./',
    '/../',
    '@',
    ':',
    '?',
    '#',
    '&',
    '%',
    '%2f',
    '%2F',
    '%5c',
    '%5C',
    '%09',
    '%0a',
    '%2e',
    '%2e%2e',
    '%00',
    'evil.example',
    'site.example',
    'https:',
    'http:',
    'javascript:',
    'data:',
    'file:',
    'alert(1)',
    'lieux',
    'é',
    '／',
    '＼',
    '。',
    'ⓔⓥⓘⓛ',
    '\u202e',
    '🙂',
  );
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
    fc.array(fragment, { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
    fc
      .tuple(fc.array(fragment, { maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 20 }))
      .map(([parts, tail]) => `${parts.join('')}${tail}`),
  );

  it('returns null or a path that, resolved by a browser, stays on the site', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(undefined, SITE), (value, origin) => {
        const result = safeReturnPath(value, origin);
        if (result === null) return;
        expect(staysOnSite(result)).toBe(true);
        expect(result).not.toMatch(/[\p{Cc}\\]/u);
        // What it returns is already normalised: checking it again gives it back.
        expect(safeReturnPath(result, origin)).toBe(result);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps every plain path of this site', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const path = `/${segments.join('/')}`;
        expect(safeReturnPath(path)).toBe(path);
      }),
    );
  });
});
