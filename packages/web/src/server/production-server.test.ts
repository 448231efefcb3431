import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clientAddress,
  createHttpServer,
  loggablePath,
  parseTrustProxy,
  serverEnvSchema,
} from './production-server.ts';

const silent = { info() {}, error() {} };
const running: ReturnType<typeof createHttpServer>[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

/** The app stands in for React Router: it reads the whole body and says who it thinks the client is. */
const echo: RequestHandler = (req, res) => {
  let bytes = 0;
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  req.on('end', () => {
    if (req.path === '/lent') setTimeout(() => res.json({ bytes }), 300);
    else res.json({ client: clientAddress(req), bytes });
  });
};

async function start(env: Record<string, string> = {}, handler = echo, root = '/nonexistent') {
  const server = createHttpServer({
    env: serverEnvSchema.parse({ MAX_FORM_BYTES: '1000', MAX_UPLOAD_BYTES: '5000', ...env }),
    logger: silent,
    root,
    uploadPaths: [/^\/envoi$/],
    handler,
    appOrigins: ['https://fabriques.example'],
  });
  await server.listen(0, '127.0.0.1');
  running.push(server);
  return { ...server, port: (server.server.address() as AddressInfo).port };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP exchange: `body` is written as given (a generator streams it chunked, without a length). */
function send(
  port: number,
  {
    method = 'POST',
    path = '/',
    headers = {},
    body,
  }: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | (() => Generator<Buffer>);
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (typeof body === 'function') {
      const chunks = body();
      const pump = () => {
        for (let next = chunks.next(); !next.done; next = chunks.next())
          if (!req.write(next.value)) return void req.once('drain', pump);
        req.end();
      };
      // The server may answer and close before the whole body is sent: that is the point.
      req.on('error', () => {});
      pump();
    } else req.end(body);
  });
}

describe('TRUST_PROXY', () => {
  it('is off unless set, a hop count, or a list of proxies; never "trust everyone"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    const trusted = parseTrustProxy('loopback, 10.0.0.0/8');
    expect(typeof trusted).toBe('function');
    expect(() => parseTrustProxy('true')).toThrow(/hop count/);
    expect(() => parseTrustProxy('pas-une-adresse')).toThrow();
    expect(serverEnvSchema.safeParse({ TRUST_PROXY: 'true' }).success).toBe(false);
  });

  it('without a proxy, the address is the socket’s: X-Forwarded-For is the client’s own writing', async () => {
    const { port } = await start();
    const answer = await send(port, { method: 'GET', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(JSON.parse(answer.body).client).toMatch(/127\.0\.0\.1$/);
  });

  it('behind trusted proxies, the right-most hop they did not write; forged hops on the left are ignored', async () => {
    const byList = await start({ TRUST_PROXY: 'loopback' });
    const forged = { 'x-forwarded-for': '6.6.6.6, 10.9.9.9, 203.0.113.5' };
    const answer = await send(byList.port, { method: 'GET', headers: forged });
    expect(JSON.parse(answer.body).client).toBe('203.0.113.5');

    // One load balancer in front: the hop it appended, whatever the client wrote before it.
    const byHops = await start({ TRUST_PROXY: '1' });
    const hop = await send(byHops.port, { method: 'GET', headers: forged });
    expect(JSON.parse(hop.body).client).toBe('203.0.113.5');
  });
});

describe('request bodies', () => {
  it('lets a form under the limit through whole', async () => {
    const { port } = await start();
    const answer = await send(port, { body: 'a'.repeat(900), headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).bytes).toBe(900);
  });

  it('answers 413 at once to a declared length over the limit, before reading a byte of it', async () => {
    let reached = false;
    const { port } = await start({}, (_req, res) => {
      reached = true;
      res.end();
    });
    // 200 MB announced and never sent: an answer proves nothing waited for the body.
    const answer = await send(port, { headers: { 'content-length': String(200 * 1024 * 1024) }, body: '' });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toContain('trop volumineux');
    expect(reached).toBe(false);
  });

  it('cuts a chunked body at the limit', async () => {
    const { port } = await start();
    const answer = await send(port, {
      *body() {
        for (let i = 0; i < 1000; i += 1) yield Buffer.alloc(1024, 'x');
      },
    });
    expect(answer.status).toBe(413);
  });

  it('gives the larger limit only to the paths that take files', async () => {
    const { port } = await start();
    const file = 'f'.repeat(4000);
    expect((await send(port, { path: '/envoi', body: file })).status).toBe(200);
    expect((await send(port, { path: '/envoi.data', body: file })).status).toBe(200);
    expect((await send(port, { path: '/autre', body: file })).status).toBe(413);
  });

  it('answers in English to someone who chose English', async () => {
    const { port } = await start();
    const answer = await send(port, { headers: { cookie: 'rf-locale=en' }, body: 'x'.repeat(2000) });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('lang="en"');
  });
});

describe('cross-site posts', () => {
  it('are refused with a plain 403 page before the app sees them', async () => {
    let reached = 0;
    const { port } = await start({}, (_req, res) => {
      reached += 1;
      res.end();
    });
    const evil = await send(port, { headers: { origin: 'https://evil.example' }, body: 'a=1' });
    expect(evil.status).toBe(403);
    expect(evil.body).toContain('depuis un autre site');
    const fetched = await send(port, { headers: { 'sec-fetch-site': 'cross-site' }, body: 'a=1' });
    expect(fetched.status).toBe(403);
    expect(reached).toBe(0);
    // Its own origin, a trusted app origin, or no header at all (an old browser): through.
    const own = await send(port, { headers: { origin: `http://127.0.0.1:${port}` }, body: 'a=1' });
    const sibling = await send(port, { headers: { origin: 'https://fabriques.example' }, body: 'a=1' });
    const old = await send(port, { body: 'a=1' });
    expect([own.status, sibling.status, old.status]).toEqual([200, 200, 200]);
    expect(reached).toBe(3);
  });
});

describe('the server', () => {
  it('keeps idle connections longer than load balancers do', async () => {
    const { server } = await start();
    expect(server.keepAliveTimeout).toBe(75_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('finishes the requests under way when stopped, then refuses new connections', async () => {
    const { port, stop } = await start();
    const slow = send(port, { method: 'GET', path: '/lent' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = stop();
    expect((await slow).status).toBe(200);
    await stopped;
    await expect(send(port, { method: 'GET' })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('static files', () => {
  it('serves the build’s and public files, hashed assets for a year, and leaves every other path to the app', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rf-static-'));
    await mkdir(join(root, 'build/client/assets'), { recursive: true });
    await mkdir(join(root, 'public/images'), { recursive: true });
    await writeFile(join(root, 'build/client/favicon.ico'), 'icon');
    await writeFile(join(root, 'build/client/assets/root-abc.css'), 'body{}');
    await writeFile(join(root, 'public/images/carte la.svg'), '<svg/>');
    const { port } = await start({}, echo, root);
    const get = (path: string) => send(port, { method: 'GET', path });

    expect((await get('/favicon.ico')).body).toBe('icon');
    const asset = await get('/assets/root-abc.css');
    expect(asset.body).toBe('body{}');
    expect(asset.headers['cache-control']).toContain('immutable');
    const image = await get('/images/carte%20la.svg');
    expect(image.body).toBe('<svg/>');
    expect(image.headers['cache-control']).toBe('public, max-age=3600');
    // Pages, unknown files and a way out of the folder all reach the app.
    for (const path of ['/lieux', '/robots.txt', '/../package.json', '/images/']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(JSON.parse(answer.body), path).toMatchObject({ bytes: 0 });
    }
  });
});

describe('request logs', () => {
  it('never carry a private link’s token or a query string', () => {
    expect(loggablePath('/reservation/Zk3hQ9x_Lw2mN8bV4cT1yR6u?x=1')).toBe('/reservation/:token');
    expect(loggablePath('/connexion/lien?jeton=secret')).toBe('/connexion/lien');
    expect(loggablePath('/seances/0b4f1c1e-8d5a-4c3e-9f7a-2b6d8e9a1c3f')).toBe(
      '/seances/0b4f1c1e-8d5a-4c3e-9f7a-2b6d8e9a1c3f',
    );
  });
});

describe('compression and conditional requests (decision 042)', () => {
  const page = `<!doctype html><html><body>${'<p>Un lieu du réseau</p>'.repeat(200)}</body></html>`;
  /** Stands in for React Router: a public page with its validator, and the 304 the entry answers. */
  const cached: RequestHandler = (req, res) => {
    res.set({ 'Cache-Control': 'public, max-age=60', ETag: 'W/"v1"', Vary: 'Cookie' });
    if (req.path === '/donnees.json') return void res.type('application/json').end(JSON.stringify({ page }));
    if (req.get('if-none-match') === 'W/"v1"') return void res.status(304).end();
    res.type('text/html').end(page);
  };

  it('compresses HTML and JSON for clients that accept it', async () => {
    const { port } = await start({}, cached);
    for (const path of ['/', '/donnees.json']) {
      const answer = await send(port, { method: 'GET', path, headers: { 'accept-encoding': 'gzip' } });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers.vary).toBe('Cookie, Accept-Encoding');
    }
    const plain = await send(port, { method: 'GET', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(page);
  });

  it('sends a 304 as it is: no body, nothing compressed, the validator and caching headers kept', async () => {
    const { port } = await start({}, cached);
    const answer = await send(port, {
      method: 'GET',
      headers: { 'accept-encoding': 'gzip, br', 'if-none-match': 'W/"v1"' },
    });
    expect(answer.status).toBe(304);
    expect(answer.body).toBe('');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.etag).toBe('W/"v1"');
    expect(answer.headers['cache-control']).toBe('public, max-age=60');
  });
});

describe('a malformed address', () => {
  it('is a 400 in plain French (a hostile or broken link), never the 503 of an outage', async () => {
    const { port } = await start();
    for (const path of ['/lieux/%E0%A4%A', '/%', '/ateliers/%C0%80/x']) {
      const answer = await send(port, { method: 'GET', path });
      expect(answer.status, path).toBe(400);
      expect(answer.body).toContain('Cette adresse est mal formée');
      expect(answer.headers['retry-after']).toBeUndefined();
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    // The same server still answers well-formed addresses.
    expect((await send(port, { method: 'GET', path: '/lieux/%C3%A9' })).status).toBe(200);
  });
});
