import { describe, expect, it } from 'vitest';
import { rejectUnreadableForms } from './form-guard.ts';

const ok = () => Promise.resolve(new Response('action ran'));
const post = (path: string, init: RequestInit = {}) =>
  new Request(`http://localhost${path}`, { method: 'POST', ...init });
/** The status the middleware answers with, or 200 when it let the action run. */
async function statusOf(request: Request): Promise<number> {
  try {
    return (await rejectUnreadableForms({ request }, ok)).status;
  } catch (thrown) {
    return (thrown as { init?: { status?: number } }).init?.status ?? -1;
  }
}

describe('rejectUnreadableForms', () => {
  it('lets forms through, and the action can still read the body', async () => {
    const request = post('/connexion', { body: new URLSearchParams({ email: 'a@b.fr' }) });
    expect(await statusOf(request)).toBe(200);
    expect((await request.formData()).get('email')).toBe('a@b.fr');
    const multipart = new FormData();
    multipart.set('photo', new Blob(['x']), 'x.jpg');
    expect(await statusOf(post('/lieux/x', { body: multipart }))).toBe(200);
  });

  it('answers 415 to a body that is not a form, before any action runs', async () => {
    const json = post('/seances/x', { body: '{"email":1}', headers: { 'content-type': 'application/json' } });
    expect(await statusOf(json)).toBe(415);
    expect(await statusOf(post('/deconnexion'))).toBe(415);
  });

  it('lets a provider’s JSON reach the webhooks under /api/, and nothing else', async () => {
    const headers = { 'content-type': 'application/json' };
    expect(await statusOf(post('/api/sms/brevo', { body: '{"messageId":1}', headers }))).toBe(200);
    expect(
      await statusOf(post('/api/sms/brevo', { body: 'x', headers: { 'content-type': 'text/plain' } })),
    ).toBe(415);
    expect(await statusOf(post('/apiculture', { body: '{}', headers }))).toBe(415);
  });

  it('lets any method reach the read-only public API, which answers it itself (405)', async () => {
    expect(await statusOf(post('/api/v1/places'))).toBe(200);
    expect(
      await statusOf(post('/api/v1/places', { body: 'x', headers: { 'content-type': 'text/plain' } })),
    ).toBe(200);
    expect(await statusOf(new Request('http://localhost/api/v1/places', { method: 'OPTIONS' }))).toBe(200);
    expect(await statusOf(post('/api/v1x', { body: 'x', headers: { 'content-type': 'text/plain' } }))).toBe(
      415,
    );
  });

  it('answers 400 to a form that cannot be read', async () => {
    const broken = post('/lieux/x', {
      body: 'not multipart at all',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
    });
    expect(await statusOf(broken)).toBe(400);
  });

  it('leaves reads alone', async () => {
    expect(await statusOf(new Request('http://localhost/seances/x'))).toBe(200);
  });
});
