/**
 * Security headers for every document. Scripts need the response's nonce (React Router's inline
 * hydration data); nothing may frame our pages; forms post only to us.
 */
export interface SecurityOptions {
  https: boolean;
  /** Origins a form may post to or be redirected to after posting (the site and the admin console). */
  formOrigins: string[];
  /** Extra image origins: the directory map's tile server (an `http:` one in development is not covered by `https:`). */
  imageOrigins?: string[];
  /** Vite's development server: its hot reload speaks over a WebSocket, which production pages never open. */
  devServer?: boolean;
}

export function applySecurityHeaders(
  headers: Headers,
  nonce: string,
  { https, formOrigins, imageOrigins = [], devServer = false }: SecurityOptions,
): void {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob: https:", ...imageOrigins].join(' '),
    "font-src 'self'",
    // Production pages connect to their own origin only: a script injected despite the nonce could not
    // send what it reads to a socket elsewhere.
    devServer ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    `form-action 'self' ${formOrigins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  headers.set('Content-Security-Policy', csp.join('; '));
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self), payment=()');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (https) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}
