import { data } from 'react-router';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Root middleware of both apps: every action reads `request.formData()`, which throws on a body that is not
 * a form (a robot posting JSON, or nothing) and turned such a post into a 500. Refused here instead, before
 * any action runs: 415 for another content type, 400 for a form that cannot be read. The one exception:
 * webhooks under `/api/` (a provider's JSON, e.g. Brevo's SMS receipts), whose routes read the body as text;
 * and the read-only public API under `/api/v1/` (decision 062), whose routes never read a body.
 */
export async function rejectUnreadableForms(
  { request }: { request: Request },
  next: () => Promise<Response>,
): Promise<Response> {
  if (request.method === 'GET' || request.method === 'HEAD') return next();
  // The public API reads no body: it answers any other method itself (405, or a CORS preflight).
  if (new URL(request.url).pathname.startsWith('/api/v1/')) return next();
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' && new URL(request.url).pathname.startsWith('/api/')) return next();
  if (!FORM_TYPES.has(type)) throw data(null, { status: 415 });
  try {
    // A copy: the action reads the body again.
    await request.clone().formData();
  } catch {
    throw data(null, { status: 400 });
  }
  return next();
}
