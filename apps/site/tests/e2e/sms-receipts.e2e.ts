import { postHuge } from '../../../../tests/e2e/hostile-client.ts';
import { expect, test } from '../../../../tests/e2e/test.ts';

// Brevo's delivery receipts route (`/api/sms/brevo`, decision 040) attacked as a hostile script would, on
// the production server: no secret or a forged one, a body that is not receipts, a huge body, another
// method, a cross-site post — each refused; Brevo's own post, with the shared secret, is taken.
const SECRET = 'secret-e2e-des-accuses-de-reception';
const receipt = JSON.stringify({ messageId: 1511882901158461, msg_status: 'delivered', to: '33612345678' });

test('the SMS receipts route takes only Brevo’s posts with the shared secret', async ({
  request,
  baseURL,
}) => {
  const post = (headers: Record<string, string>, data: string) =>
    request.post('/api/sms/brevo', { headers: { 'content-type': 'application/json', ...headers }, data });

  expect((await post({}, receipt)).status()).toBe(401);
  expect((await post({ authorization: 'Bearer devine-le-secret' }, receipt)).status()).toBe(401);
  const forgedBasic = `Basic ${Buffer.from('brevo:mauvais-secret-mais-long').toString('base64')}`;
  expect((await post({ authorization: forgedBasic }, receipt)).status()).toBe(401);
  expect((await post({ authorization: `Bearer ${SECRET}` }, '{"pas un accusé"')).status()).toBe(400);
  expect((await post({ authorization: `Bearer ${SECRET}` }, '[]')).status()).toBe(400);

  // Brevo's post (server to server: no Origin, no Sec-Fetch-Site), for an SMS we do not know: accepted.
  expect((await post({ authorization: `Bearer ${SECRET}` }, receipt)).status()).toBe(204);
  const basic = `Basic ${Buffer.from(`brevo:${SECRET}`).toString('base64')}`;
  expect((await post({ authorization: basic }, receipt)).status()).toBe(204);

  // Another site's page cannot post it; nor can anything but POST reach it.
  const crossSite = await post(
    { authorization: `Bearer ${SECRET}`, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    receipt,
  );
  expect(crossSite.status()).toBe(403);
  expect((await request.get('/api/sms/brevo')).status()).toBe(405);

  // A huge body is cut off long before it is read.
  const huge = await postHuge(`${baseURL}/api/sms/brevo`, 50, {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
  });
  expect([413, 0]).toContain(huge.status);
  expect(huge.sent).toBeLessThan(20 * 1024 * 1024);
  expect((await post({ authorization: `Bearer ${SECRET}` }, receipt)).status()).toBe(204);
});
