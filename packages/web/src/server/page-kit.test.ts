import { DomainError, tooMany } from '@rf/domain/errors';
import { isRouteErrorResponse } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The request's scope, without a database: `identity.me` answers what each test says.
const me = vi.fn();
vi.mock('./request.ts', () => {
  const scopes = new WeakMap<Request, unknown>();
  return {
    requestScope: async (request: Request) => {
      if (!scopes.has(request))
        scopes.set(request, {
          api: { identity: { me } },
          headers: new Headers({ 'set-cookie': 'rf-session=renewed' }),
          locale: 'fr',
          t: (key: string) => key,
        });
      return scopes.get(request);
    },
  };
});

const { currentViewer, requireViewer } = await import('./viewer.ts');
const { orNotFound, outageRetryAfter, pageError, pageErrorOutcome, withPageErrors } = await import(
  './page-errors.ts'
);

const viewer = (overrides: Record<string, unknown> = {}) => ({
  userId: 'u1',
  email: 'lea@example.org',
  displayName: 'Léa',
  networkRole: null,
  memberships: [],
  homeRole: 'resident',
  homeUrl: '/espace',
  ...overrides,
});

/** What a loader threw, for the assertions. */
async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

/** The status and headers of a thrown `data()` (React Router's `DataWithResponseInit`). */
function statusOf(error: unknown) {
  const init = (error as { init: ResponseInit }).init;
  return { status: init.status, headers: new Headers(init.headers) };
}

// The procedures' errors as `describeError` reads them (a TRPCError's cause is the DomainError; the
// mapping of TRPCErrors is packages/api's, tested there).
/** An outage as the procedures report it: the database refused the connection. */
const outage = () =>
  new DomainError('service_unavailable', { reason: 'connect ECONNREFUSED 127.0.0.1:5432' });

beforeEach(() => me.mockReset());

describe('requireViewer', () => {
  it('sends a signed-out person to sign in, coming back to the address asked for', async () => {
    me.mockResolvedValue(null);
    const request = new Request('https://site.test/espace/inscriptions/42?x=1');
    const response = (await thrown(requireViewer(request))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      `/connexion?retour=${encodeURIComponent('/espace/inscriptions/42?x=1')}`,
    );
    // The procedures' headers (a renewed or cleared session cookie) go along.
    expect(response.headers.get('set-cookie')).toBe('rf-session=renewed');
  });

  it('comes back to the returnTo given, and never to another site', async () => {
    me.mockResolvedValue(null);
    const to = (returnTo: string) =>
      thrown(requireViewer(new Request('https://site.test/espace'), { returnTo })).then((r) =>
        (r as Response).headers.get('location'),
      );
    expect(await to('/espace/prets')).toBe(`/connexion?retour=${encodeURIComponent('/espace/prets')}`);
    expect(await to('//evil.example/x')).toBe('/connexion');
    expect(await to('https://evil.example/')).toBe('/connexion');
  });

  it('answers 403 when the role the page needs is not held, and the viewer when it is', async () => {
    me.mockResolvedValue(viewer());
    const refused = await thrown(requireViewer(new Request('https://site.test/x'), { role: 'member' }));
    expect(isRouteErrorResponse(refused) || statusOf(refused).status === 403).toBe(true);
    expect(statusOf(refused).status).toBe(403);

    me.mockResolvedValue(viewer({ memberships: [{ placeId: 'p', placeName: 'P', role: 'manager' }] }));
    const request = new Request('https://site.test/x');
    expect(await requireViewer(request, { role: 'manager' })).toMatchObject({ userId: 'u1' });
    expect(await requireViewer(request, { role: 'member' })).toMatchObject({ userId: 'u1' });
    const notAdmin = await thrown(requireViewer(new Request('https://site.test/x'), { role: 'observer' }));
    expect(statusOf(notAdmin).status).toBe(403);

    me.mockResolvedValue(viewer({ networkRole: 'network_admin' }));
    expect(await requireViewer(new Request('https://site.test/x'), { role: 'observer' })).toBeTruthy();
  });

  it('asks the API who is signed in once per request, whoever asks (the root and the page)', async () => {
    me.mockResolvedValue(viewer());
    const request = new Request('https://site.test/espace');
    await Promise.all([currentViewer(request), requireViewer(request), currentViewer(request)]);
    expect(me).toHaveBeenCalledTimes(1);
    await currentViewer(new Request('https://site.test/espace'));
    expect(me).toHaveBeenCalledTimes(2);
  });
});

describe('the mapping of errors to pages', () => {
  const request = () => new Request('https://site.test/seances/1');

  it('answers an outage with 503 and a wait, never with a 404', async () => {
    expect(pageErrorOutcome(outage())).toEqual({ kind: 'status', status: 503, retryAfter: 30 });
    const error = await thrown(pageError(outage(), request()));
    expect(statusOf(error).status).toBe(503);
    expect(statusOf(error).headers.get('retry-after')).toBe('30');
    // Even when the page would have said "not found" in its own words.
    const down = outage();
    await expect(orNotFound(Promise.reject(down))).rejects.toBe(down);
    const loader = withPageErrors(async (_: { request: Request }) => orNotFound(Promise.reject(outage())));
    expect(statusOf(await thrown(loader({ request: request() }))).status).toBe(503);
  });

  it('puts the wait back on any 503 that lost it (the root error page, a resource route)', async () => {
    const answered = (response: Response) =>
      outageRetryAfter({} as never, async () => response) as Promise<Response>;
    const errorPage = await answered(new Response('<h1>indisponible</h1>', { status: 503 }));
    expect(errorPage.headers.get('retry-after')).toBe('30');
    expect(await errorPage.text()).toBe('<h1>indisponible</h1>');
    const ownWait = new Response(null, { status: 503, headers: { 'Retry-After': '5' } });
    expect(await answered(ownWait)).toBe(ownWait);
    const page = new Response('ok');
    expect(await answered(page)).toBe(page);
  });

  it('reads a raw connection failure (before any procedure ran) as an outage too', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(pageErrorOutcome(refused)).toMatchObject({ status: 503 });
  });

  it('maps not found to 404, forbidden to 403, a rate limit to 429, signed out to the sign-in page', async () => {
    const notFound = new DomainError('not_found');
    expect(statusOf(await thrown(pageError(notFound, request()))).status).toBe(404);
    const forbidden = new DomainError('forbidden');
    expect(statusOf(await thrown(pageError(forbidden, request()))).status).toBe(403);
    const limited = await thrown(pageError(tooMany('too_many_bookings', 90), request()));
    expect(statusOf(limited)).toMatchObject({ status: 429 });
    expect(statusOf(limited).headers.get('retry-after')).toBe('90');
    const signedOut = new DomainError('unauthenticated');
    const response = (await thrown(pageError(signedOut, request()))) as Response;
    expect(response.headers.get('location')).toBe(`/connexion?retour=${encodeURIComponent('/seances/1')}`);
  });

  it('rethrows anything else (a 500), and lets the responses a loader threw through', async () => {
    const bug = new TypeError('x is undefined');
    expect(await thrown(pageError(bug, request()))).toBe(bug);
    const conflict = new DomainError('booking_closed');
    expect(await thrown(pageError(conflict, request()))).toBe(conflict);
    const moved = new Response(null, { status: 301, headers: { location: '/lieux/b' } });
    expect(
      await thrown(
        withPageErrors(async (_: { request: Request }) => Promise.reject(moved))({ request: request() }),
      ),
    ).toBe(moved);
  });

  it('orNotFound gives null for what does not exist, or whose address the procedure refuses', async () => {
    expect(await orNotFound(Promise.resolve(1))).toBe(1);
    expect(await orNotFound(Promise.reject(new DomainError('not_found')))).toBeNull();
    expect(await orNotFound(Promise.reject(new DomainError('invalid_input')))).toBeNull();
    const forbidden = new DomainError('forbidden');
    await expect(orNotFound(Promise.reject(forbidden))).rejects.toBe(forbidden);
  });
});
