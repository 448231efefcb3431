/** What a browser says about where a state-changing request comes from. */
export interface RequestOrigin {
  method: string;
  /** The `Origin` header, if any. */
  origin: string | undefined;
  /** The `Sec-Fetch-Site` header, if any. */
  fetchSite: string | undefined;
}

/**
 * Whether a request was sent by another site (CSRF, login CSRF), the way Go's `CrossOriginProtection`
 * decides: browsers say where a request comes from in `Sec-Fetch-Site` (all current ones) or `Origin`
 * (older ones, on every POST). A request with neither is not from a browser page, or from a browser too old
 * to send them: it passes, so forms keep working without JavaScript on an old phone. `trustedOrigins` are
 * the apps' own public origins (the request's own, `SITE_URL` and `ADMIN_URL`).
 */
export function isCrossSiteRequest(
  { method, origin, fetchSite }: RequestOrigin,
  trustedOrigins: readonly string[],
): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD' || verb === 'OPTIONS') return false;
  const trusted = origin !== undefined && trustedOrigins.includes(origin);
  if (fetchSite !== undefined) return !(fetchSite === 'same-origin' || fetchSite === 'none' || trusted);
  return origin !== undefined && !trusted;
}
