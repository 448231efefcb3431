import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeStorageContract } from './storage-contract.ts';
import { createSupabaseStorage } from './supabase.ts';

interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const SERVICE_ROLE_KEY = 'service-role-key-for-tests';
const BUCKET = 'photos';

/**
 * A real HTTP server answering like Supabase Storage's REST API (object upload, download, remove), keeping
 * every request it received so the tests can check what `supabase-js` actually sent.
 */
function startStorageServer(): Promise<{
  server: Server;
  url: string;
  requests: Recorded[];
  objects: Map<string, { type: string; body: Buffer }>;
}> {
  const requests: Recorded[] = [];
  const objects = new Map<string, { type: string; body: Buffer }>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ method: req.method ?? '', path, headers: req.headers, body });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const objectPrefix = `/storage/v1/object/${BUCKET}/`;
    if (req.method === 'POST' && path.startsWith(objectPrefix)) {
      const key = path.slice(objectPrefix.length);
      objects.set(key, { type: String(req.headers['content-type']), body });
      return json(200, { Id: 'c1b4b0a2-0000-4000-8000-000000000001', Key: `${BUCKET}/${key}` });
    }
    if (req.method === 'GET' && path.startsWith(objectPrefix)) {
      const object = objects.get(path.slice(objectPrefix.length));
      // What Supabase Storage answers for a missing object.
      if (!object) return json(400, { statusCode: '404', error: 'not_found', message: 'Object not found' });
      res.writeHead(200, { 'content-type': object.type, 'content-length': object.body.length });
      return res.end(object.body);
    }
    if (req.method === 'DELETE' && path === `/storage/v1/object/${BUCKET}`) {
      const { prefixes } = JSON.parse(body.toString()) as { prefixes: string[] };
      const removed = prefixes
        .filter((key) => objects.delete(key))
        .map((name) => ({ name, bucket_id: BUCKET }));
      return json(200, removed);
    }
    return json(500, { statusCode: '500', error: 'unexpected', message: `${req.method} ${path}` });
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, objects }),
    ),
  );
}

let stub: Awaited<ReturnType<typeof startStorageServer>>;
beforeAll(async () => {
  stub = await startStorageServer();
});
afterAll(() => new Promise<void>((done) => stub.server.close(() => done())));
beforeEach(() => {
  stub.requests.length = 0;
});

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describeStorageContract('Supabase Storage', () =>
  createSupabaseStorage({ url: stub.url, serviceRoleKey: SERVICE_ROLE_KEY, bucket: BUCKET }),
);

describe('Supabase Storage adapter', () => {
  const storage = () =>
    createSupabaseStorage({ url: stub.url, serviceRoleKey: SERVICE_ROLE_KEY, bucket: BUCKET });

  it('uploads with the service role, the media type and long cache, then downloads the same bytes', async () => {
    await storage().put('places/p1/a.jpg', jpeg, { contentType: 'image/jpeg' });
    const upload = stub.requests[0];
    expect(upload?.method).toBe('POST');
    expect(upload?.path).toBe('/storage/v1/object/photos/places/p1/a.jpg');
    expect(upload?.headers.authorization).toBe(`Bearer ${SERVICE_ROLE_KEY}`);
    expect(upload?.headers['content-type']).toBe('image/jpeg');
    expect(upload?.headers['cache-control']).toBe('max-age=31536000');
    expect(new Uint8Array(upload?.body ?? [])).toEqual(jpeg);

    const file = await storage().get('places/p1/a.jpg');
    expect(file).toEqual({ body: jpeg, contentType: 'image/jpeg', size: jpeg.byteLength });
    expect(stub.requests[1]?.path).toBe('/storage/v1/object/photos/places/p1/a.jpg');
  });

  it('answers null for a missing object and removes objects by key', async () => {
    expect(await storage().get('places/p1/none.jpg')).toBeNull();
    await storage().put('places/p2/b.jpg', jpeg, { contentType: 'image/jpeg' });
    await storage().delete('places/p2/b.jpg');
    const removal = stub.requests.at(-1);
    expect(removal?.method).toBe('DELETE');
    expect(JSON.parse(removal?.body.toString() ?? '{}')).toEqual({ prefixes: ['places/p2/b.jpg'] });
    expect(stub.objects.has('places/p2/b.jpg')).toBe(false);
  });

  it("gives the bucket's public URL without a request, and refuses unsafe keys before sending anything", async () => {
    expect(storage().publicUrl('places/p1/a.jpg')).toBe(
      `${stub.url}/storage/v1/object/public/photos/places/p1/a.jpg`,
    );
    await expect(storage().get('../secrets')).rejects.toThrow(/invalid storage key/);
    expect(stub.requests).toHaveLength(0);
  });

  it('reports a refused upload as an error', async () => {
    const broken = createSupabaseStorage({
      url: stub.url,
      serviceRoleKey: SERVICE_ROLE_KEY,
      bucket: 'other',
    });
    await expect(broken.put('a.jpg', jpeg, { contentType: 'image/jpeg' })).rejects.toThrow(
      /refused the upload/,
    );
  });
});
