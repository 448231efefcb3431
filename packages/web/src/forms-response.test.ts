import { tooMany } from '@rf/domain/errors';
import { createRequestHandler, data, type ServerBuild } from 'react-router';
import { describe, expect, it } from 'vitest';
import { failureInit, formFailure, retryAfterHeaders } from './forms.ts';

// Through React Router's own request handler (a one-route build): a form refused by a rate limit answers
// 429 with `Retry-After`, both as a page (posted without JavaScript) and as a data request (with it).
function build({ withHeaders = true } = {}): ServerBuild {
  const page = {
    default: () => null,
    ...(withHeaders ? { headers: retryAfterHeaders } : {}),
    async action({ request }: { request: Request }) {
      const formData = await request.formData();
      const headers = new Headers({ 'Set-Cookie': 'rf-session=renewed; Path=/' });
      const failure = formFailure(tooMany('too_many_bookings', 600), formData);
      return data(failure, failureInit(failure, headers));
    },
  };
  return {
    entry: {
      module: {
        default: (_request: Request, status: number, headers: Headers) =>
          new Response('<!doctype html><p>page</p>', { status, headers }),
      },
    },
    routes: {
      root: { id: 'root', path: 'reserver', module: page as never },
    },
    assets: {
      entry: { module: '/entry.js', imports: [] },
      routes: {
        root: {
          id: 'root',
          path: 'reserver',
          module: '/root.js',
          hasAction: true,
          hasLoader: false,
          hasClientAction: false,
          hasClientLoader: false,
          hasClientMiddleware: false,
          hasErrorBoundary: false,
        },
      },
      url: '/manifest.js',
      version: '1',
    },
    publicPath: '/',
    assetsBuildDirectory: '/tmp',
    future: {},
    ssr: true,
    isSpaMode: false,
    prerender: [],
    routeDiscovery: { mode: 'initial', manifestPath: '/__manifest' },
  } as unknown as ServerBuild;
}

const post = (path: string) =>
  new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' },
    body: new URLSearchParams({ email: 'lea@example.org' }),
  });

describe('a form refused by a rate limit', () => {
  it('is a normal page with 429 and Retry-After without JavaScript', async () => {
    const response = await createRequestHandler(build(), 'production')(post('/reserver'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('600');
    expect(response.headers.get('set-cookie')).toContain('rf-session=renewed');
    expect(await response.text()).toContain('page');
  });

  it('answers the data request of the same form with 429 and Retry-After too', async () => {
    const response = await createRequestHandler(build(), 'production')(post('/reserver.data'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('600');
  });

  it('needs the route’s `headers`: React Router passes an action’s other headers on as cookies only', async () => {
    const response = await createRequestHandler(
      build({ withHeaders: false }),
      'production',
    )(post('/reserver'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
  });
});
