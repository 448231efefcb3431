import { describeError } from '@rf/api';
import { requestScope, withPageErrors } from '@rf/web/server';
import type { Route } from './+types/sms-receipts';

// Brevo's delivery receipts (decision 040): a server-to-server POST, checked with the shared secret by the
// procedure. Plain answers, no page: 204 recorded, 401 wrong secret, 400 not receipts, 405 anything but POST.
const plain = (status: number) => new Response(null, { status, headers: { 'cache-control': 'no-store' } });

const methodNotAllowed = () =>
  new Response(null, { status: 405, headers: { allow: 'POST', 'cache-control': 'no-store' } });

export const loader = withPageErrors(async (_args: Route.LoaderArgs) => methodNotAllowed());

// The database down: 503 with `Retry-After` (withPageErrors), so Brevo tries again later.
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  if (request.method !== 'POST') return methodNotAllowed();
  const { api } = await requestScope(request);
  try {
    await api.booking.smsReceipts({
      authorization: request.headers.get('authorization') ?? undefined,
      body: await request.text(),
    });
    return plain(204);
  } catch (error) {
    const { code } = describeError(error);
    if (code === 'unauthenticated') return plain(401);
    if (code === 'invalid_input') return plain(400);
    throw error;
  }
});
