import type { Caller } from '@rf/api';
import { data, redirect } from 'react-router';
import { signInPath } from '../safe-redirect.ts';
import { requestScope } from './request.ts';

/** The signed-in person as `identity.me` tells the pages: their account, memberships and network role. */
export type SignedInViewer = NonNullable<Awaited<ReturnType<Caller['identity']['me']>>>;

/**
 * The roles a page may ask for, as the procedures' guards define them (packages/api/src/trpc.ts): a
 * `member` belongs to a place, a `manager` manages one, an `observer` holds a network role (network admins
 * included), a `network_admin` administers the network.
 */
export type ViewerRole = 'member' | 'manager' | 'observer' | 'network_admin';

const ROLE_TESTS: Readonly<Record<ViewerRole, (viewer: SignedInViewer) => boolean>> = {
  member: (viewer) => viewer.memberships.length > 0,
  manager: (viewer) => viewer.memberships.some((m) => m.role === 'manager'),
  observer: (viewer) => viewer.networkRole !== null,
  network_admin: (viewer) => viewer.networkRole === 'network_admin',
};

/** Whether the viewer holds `role` (or passes the page's own test). */
export function hasRole(viewer: SignedInViewer, role: ViewerRole | ((viewer: SignedInViewer) => boolean)) {
  return typeof role === 'function' ? role(viewer) : ROLE_TESTS[role](viewer);
}

// The root loader and the page's loader of one request share one look-up (one transaction, not two).
const viewers = new WeakMap<Request, Promise<SignedInViewer | null>>();

/** Who is signed in for this request, or null; asked of the API once per request, whoever asks. */
export function currentViewer(request: Request): Promise<SignedInViewer | null> {
  let viewer = viewers.get(request);
  if (!viewer) {
    viewer = requestScope(request).then(({ api }) => api.identity.me());
    viewers.set(request, viewer);
  }
  return viewer;
}

/** The path and query the request asked for: where the sign-in page sends the person back to. */
export function requestedPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** The answer that sends a signed-out person to sign in, coming back to `returnTo` (a path of this site). */
export async function signInRedirect(request: Request, returnTo: string = requestedPath(request)) {
  const { headers } = await requestScope(request);
  return redirect(signInPath(returnTo), { headers });
}

export interface RequireViewerOptions {
  /** Refused with 403 when the viewer does not hold it (the same test as the procedure's guard). */
  role?: ViewerRole | ((viewer: SignedInViewer) => boolean);
  /** Where to come back after signing in; the address asked for by default. */
  returnTo?: string;
}

/**
 * The signed-in viewer of a page that needs one. Signed out: throws the redirect to the sign-in page
 * (`/connexion?retour=…`, through `signInPath`, so only a path of this site comes back). Signed in without
 * `role`: throws a 403, which the root's error boundary shows as "Vous n'avez pas accès…".
 */
export async function requireViewer(
  request: Request,
  options: RequireViewerOptions = {},
): Promise<SignedInViewer> {
  const viewer = await currentViewer(request);
  if (!viewer) throw await signInRedirect(request, options.returnTo);
  if (options.role && !hasRole(viewer, options.role)) {
    const { headers } = await requestScope(request);
    throw data(null, { status: 403, headers });
  }
  return viewer;
}
