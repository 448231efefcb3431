import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedHeaders, verifyWebhookSignature, webhookSignature } from './signature.ts';

const secret = 'whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
const body = '{"version":1,"type":"booking.confirmed"}';

describe('webhook signature', () => {
  it('is v1= and the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
    const expected = createHmac('sha256', secret).update(`1765044000.${body}`).digest('hex');
    expect(webhookSignature(secret, 1765044000, body)).toBe(`v1=${expected}`);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('puts the event id, the timestamp and the signature in the headers', () => {
    const headers = signedHeaders({ secret, eventId: 'e1', body, timestamp: 1765044000 });
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'webhook-id': 'e1',
      'webhook-timestamp': '1765044000',
      'webhook-signature': webhookSignature(secret, 1765044000, body),
    });
  });

  it('signs with the new secret then the previous one while a change is recent, each verifying', () => {
    const previous = 'whsec_previous0123456789abcdefghijklmnopqrstuvwx';
    const headers = signedHeaders({
      secret,
      previousSecret: previous,
      eventId: 'e1',
      body,
      timestamp: 1765044000,
    });
    expect(headers['webhook-signature']).toBe(
      `${webhookSignature(secret, 1765044000, body)} ${webhookSignature(previous, 1765044000, body)}`,
    );
    const check = (key: string) =>
      verifyWebhookSignature({
        secret: key,
        body,
        timestamp: headers['webhook-timestamp'],
        signature: headers['webhook-signature'],
        now: 1765044000,
      });
    expect([check(secret), check(previous), check(`${secret}x`)]).toEqual([true, true, false]);
    // Past the 24 hours (no previous secret): one signature, the new secret's.
    expect(
      signedHeaders({ secret, previousSecret: null, eventId: 'e1', body, timestamp: 1 })['webhook-signature'],
    ).toBe(webhookSignature(secret, 1, body));
  });

  it('verifies what was signed, and nothing else', () => {
    const now = 1765044000;
    const signature = webhookSignature(secret, now, body);
    const check = (over: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({ secret, body, timestamp: String(now), signature, now, ...over });
    expect(check({})).toBe(true);
    expect(check({ signature: `v1=deadbeef ${signature}` })).toBe(true);
    expect(check({ body: `${body} ` })).toBe(false);
    expect(check({ secret: `${secret}x` })).toBe(false);
    expect(check({ timestamp: String(now + 1) })).toBe(false);
    // A replay: the same request, too long after.
    expect(check({ now: now + 301 })).toBe(false);
    expect(check({ signature: undefined })).toBe(false);
  });
});
