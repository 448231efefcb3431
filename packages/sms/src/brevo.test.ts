import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBrevoSmsSender } from './brevo.ts';
import { createSmsSender, InvalidSmsEnvError, parseSmsEnv } from './index.ts';
import { SmsSendError, type SmsSender } from './sender.ts';
import { type BrevoTestServer, startBrevoTestServer } from './testing.ts';

let brevo: BrevoTestServer;
let sender: SmsSender;
beforeAll(async () => {
  brevo = await startBrevoTestServer({ apiKey: 'xkeysib-secret', credits: 1000 });
  sender = createBrevoSmsSender({
    apiKey: 'xkeysib-secret',
    sender: 'RFabriques',
    apiUrl: brevo.url,
    timeoutMs: 500,
  });
});
afterAll(() => brevo.stop());
afterEach(() => {
  brevo.messages.length = 0;
  brevo.requests.length = 0;
});

/** The error a send failed with. */
async function failure(promise: Promise<unknown>): Promise<SmsSendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsSendError);
  return error as SmsSendError;
}

const sms = {
  to: '+590690123456',
  text: 'Rappel : Atelier smartphone jeu. 12/03 14h. Annuler : https://rf.example/r/Ab3d',
  reference: 'job-42',
};

describe('Brevo transactional SMS', () => {
  it('sends the documented request and returns Brevo’s messageId', async () => {
    const { providerId } = await sender.send(sms);
    const received = await brevo.waitFor((m) => m.tag === 'job-42');
    expect(received).toMatchObject({
      path: '/v3/transactionalSMS/send',
      sender: 'RFabriques',
      recipient: '590690123456',
      content: sms.text,
      type: 'transactional',
      tag: 'job-42',
      unicodeEnabled: false,
      smsCount: 1,
    });
    expect(providerId).toBe(String(received.messageId));
  });

  it('asks for Unicode only when the text is not GSM-7, and passes the receipts URL', async () => {
    const withWebhook = createBrevoSmsSender({
      apiKey: 'xkeysib-secret',
      sender: 'RFabriques',
      apiUrl: brevo.url,
      webhookUrl: 'https://rf.example/webhooks/brevo-sms',
    });
    await withWebhook.send({ ...sms, text: 'Cœur 🎉', reference: 'unicode' });
    expect(brevo.messages.at(-1)).toMatchObject({
      unicodeEnabled: true,
      webUrl: 'https://rf.example/webhooks/brevo-sms',
    });
  });

  it('reads the deprecated endpoint’s longer answer too', async () => {
    const server = await startBrevoTestServer();
    const res = await fetch(`${server.url}/v3/transactionalSMS/sms`, {
      method: 'POST',
      headers: { 'api-key': server.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ sender: 'RF', recipient: '33612345678', content: 'x'.repeat(161) }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      messageId: expect.any(Number),
      smsCount: 2,
      usedCredits: 2,
      remainingCredits: 98,
    });
    await server.stop();
  });

  it('is refused with a wrong key: not retryable', async () => {
    const wrongKey = createBrevoSmsSender({
      apiKey: 'xkeysib-wrong',
      sender: 'RFabriques',
      apiUrl: brevo.url,
    });
    const error = await failure(wrongKey.send(sms));
    expect(error).toMatchObject({ retryable: false, status: 401, code: 'unauthorized' });
    expect(brevo.messages).toEqual([]);
  });

  it.each([
    [400, 'invalid_parameter', false],
    [401, 'unauthorized', false],
    [402, 'not_enough_credits', false],
    [429, 'too_many_requests', true],
    [500, 'internal_error', true],
    [502, 'bad_gateway', true],
    [503, 'service_unavailable', true],
  ] as const)('maps Brevo’s %i (%s) to retryable=%s', async (status, code, retryable) => {
    brevo.failNext(status);
    const error = await failure(sender.send(sms));
    expect(error).toMatchObject({ status, code, retryable });
    // The next request is answered normally again.
    await expect(sender.send(sms)).resolves.toMatchObject({ providerId: expect.any(String) });
  });

  it('fails for good when Brevo accepts the SMS with an unreadable answer: sending again could send it twice', async () => {
    brevo.failNext('unreadable');
    expect(await failure(sender.send(sms))).toMatchObject({ retryable: false, status: 201 });
    expect(brevo.messages).toHaveLength(1);
  });

  it('fails retryable when Brevo does not answer in time, or cuts the connection', async () => {
    brevo.failNext('timeout');
    expect(await failure(sender.send(sms))).toMatchObject({ retryable: true, code: 'timeout' });
    brevo.failNext('reset');
    expect(await failure(sender.send(sms))).toMatchObject({ retryable: true, code: 'network' });
    expect(brevo.requests.map((r) => r.status)).toEqual(['timeout', 'reset']);
  });

  it('fails retryable when Brevo cannot be reached at all', async () => {
    const server = await startBrevoTestServer();
    const url = server.url;
    await server.stop();
    const unreachable = createBrevoSmsSender({ apiKey: 'k', sender: 'RF', apiUrl: url });
    expect(await failure(unreachable.send(sms))).toMatchObject({ retryable: true, code: 'network' });
  });

  it('answers 402 when the account has no credits left', async () => {
    const server = await startBrevoTestServer({ credits: 1 });
    const client = createBrevoSmsSender({ apiKey: server.apiKey, sender: 'RF', apiUrl: server.url });
    await client.send(sms);
    expect(await failure(client.send(sms))).toMatchObject({
      status: 402,
      code: 'not_enough_credits',
      retryable: false,
    });
    expect(server.messages).toHaveLength(1);
    await server.stop();
  });

  it('refuses what Brevo would refuse before calling it', async () => {
    expect(await failure(sender.send({ ...sms, to: '0690123456' }))).toMatchObject({
      retryable: false,
      code: 'invalid_recipient',
    });
    expect(await failure(sender.send({ ...sms, text: '' }))).toMatchObject({
      retryable: false,
      code: 'empty_text',
    });
    expect(brevo.requests).toEqual([]);
    expect(() =>
      createBrevoSmsSender({ apiKey: 'k', sender: 'Réseau Fabriques', apiUrl: brevo.url }),
    ).toThrow(/BREVO_SMS_SENDER/);
  });

  it('validates requests as Brevo documents them', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${brevo.url}/v3/transactionalSMS/send`, {
        method: 'POST',
        headers: { 'api-key': brevo.apiKey, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    expect(await post({ sender: 'RF', content: 'x' })).toEqual({
      status: 400,
      body: { code: 'missing_parameter', message: 'recipient is missing' },
    });
    expect((await post({ sender: 'RF', recipient: '+33612345678', content: 'x' })).body.code).toBe(
      'invalid_parameter',
    );
    expect((await post({ sender: 'Trop long nom', recipient: '33612345678', content: 'x' })).body.code).toBe(
      'invalid_parameter',
    );
    expect((await post('{not json')).status).toBe(400);
    expect(
      (await post({ sender: 'RF', recipient: '33612345678', content: 'x' }, { 'api-key': 'nope' })).status,
    ).toBe(401);
    expect(brevo.messages).toEqual([]);
  });
});

describe('the configured transport', () => {
  // The Brevo transport never touches the database (the development mailbox would).
  const noDatabase = {} as Parameters<typeof createSmsSender>[1];
  const brevoEnv = { BREVO_API_KEY: 'xkeysib-secret', BREVO_SMS_SENDER: 'RFabriques' };

  it('sends through Brevo when BREVO_API_KEY is set', async () => {
    const smsSender = createSmsSender({ ...brevoEnv, BREVO_API_URL: brevo.url }, noDatabase);
    await smsSender.send({ ...sms, reference: 'by-env' });
    expect((await brevo.waitFor((m) => m.tag === 'by-env')).recipient).toBe('590690123456');
  });

  it('chooses the development mailbox without Brevo, outside production', () => {
    expect(parseSmsEnv({})).toEqual({ transport: 'mailbox' });
    expect(parseSmsEnv({ NODE_ENV: 'test' })).toEqual({ transport: 'mailbox' });
    expect(parseSmsEnv(brevoEnv)).toEqual({
      transport: 'brevo',
      apiKey: 'xkeysib-secret',
      sender: 'RFabriques',
      apiUrl: 'https://api.brevo.com',
    });
    // An explicit choice wins over BREVO_API_KEY.
    expect(parseSmsEnv({ ...brevoEnv, SMS_TRANSPORT: 'mailbox' })).toEqual({ transport: 'mailbox' });
  });

  it('refuses production without Brevo unless the development mailbox is chosen explicitly', () => {
    expect(() => parseSmsEnv({ NODE_ENV: 'production' })).toThrow(InvalidSmsEnvError);
    expect(() => parseSmsEnv({ NODE_ENV: 'production' })).toThrow(
      /BREVO_API_KEY: required in production[\s\S]*SMS_TRANSPORT=mailbox/,
    );
    expect(parseSmsEnv({ NODE_ENV: 'production', SMS_TRANSPORT: 'mailbox' })).toEqual({
      transport: 'mailbox',
    });
    expect(parseSmsEnv({ NODE_ENV: 'production', ...brevoEnv }).transport).toBe('brevo');
  });

  it('refuses an incomplete or wrong Brevo configuration, listing every problem', () => {
    expect(() => parseSmsEnv({ SMS_TRANSPORT: 'twilio' })).toThrow(
      /SMS_TRANSPORT must be "brevo" or "mailbox"/,
    );
    expect(() => parseSmsEnv({ SMS_TRANSPORT: 'brevo' })).toThrow(
      /BREVO_API_KEY: required when SMS_TRANSPORT=brevo[\s\S]*BREVO_SMS_SENDER: required/,
    );
    expect(() => parseSmsEnv({ ...brevoEnv, BREVO_SMS_SENDER: 'Réseau Fabriques' })).toThrow(
      /BREVO_SMS_SENDER: at most 11/,
    );
    expect(() => parseSmsEnv({ ...brevoEnv, BREVO_API_URL: 'api.brevo.com' })).toThrow(/BREVO_API_URL/);
  });
});
