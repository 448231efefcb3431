import { describe, expect, it } from 'vitest';
import { applySecurityHeaders } from './security-headers.ts';

function policy(devServer?: boolean): Map<string, string> {
  const headers = new Headers();
  applySecurityHeaders(headers, 'abc', {
    https: true,
    formOrigins: ['https://site.example'],
    ...(devServer === undefined ? {} : { devServer }),
  });
  const csp = headers.get('Content-Security-Policy') ?? '';
  return new Map(
    csp.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values.join(' ')];
    }),
  );
}

describe('applySecurityHeaders', () => {
  it('lets production pages connect to their own origin only, never to a socket elsewhere', () => {
    expect(policy().get('connect-src')).toBe("'self'");
    expect(policy(false).get('connect-src')).toBe("'self'");
  });

  it('allows the development server’s hot-reload socket in development only', () => {
    expect(policy(true).get('connect-src')).toBe("'self' ws: wss:");
  });

  it('runs only the response’s own scripts and lets nothing frame the page', () => {
    const csp = policy();
    expect(csp.get('script-src')).toBe("'self' 'nonce-abc'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
  });
});
