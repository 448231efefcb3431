import { type FileStorage, isSafeKey } from './storage.ts';

/**
 * The response of the apps' media route for a key taken from the URL: the file with long-lived cache
 * headers (keys are never reused), or a plain 404 for a missing file or a key that is not safe.
 */
export async function storedFileResponse(
  storage: FileStorage,
  key: string,
  request: Request,
): Promise<Response> {
  if (!isSafeKey(key)) return new Response('Not found', { status: 404 });
  const etag = `"${key.replaceAll('/', '-')}"`;
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers: { etag } });
  const file = await storage.get(key);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(request.method === 'HEAD' ? null : (file.body as BodyInit), {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.size),
      'cache-control': 'public, max-age=31536000, immutable',
      etag,
      'x-content-type-options': 'nosniff',
      // A file is never a document: nothing in it may run.
      'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
