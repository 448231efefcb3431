import { describe, expect, it } from 'vitest';
import {
  checkWebhookUrl,
  isPrivateAddress,
  WEBHOOK_MAX_ATTEMPTS,
  webhookDeliveryId,
  webhookPayloadSchema,
  webhookRetryDelayMs,
  webhookSubscriptionInput,
} from './webhooks.ts';

const production = { production: true, allowLocal: false };
const development = { production: false, allowLocal: false };

describe('webhook addresses', () => {
  it('refuses loopback, private, link-local and metadata addresses in production', () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://127.1.2.3:8443/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.5/',
      'https://192.168.1.1/',
      'https://172.16.0.1/',
      'https://[::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[fd00::1]/',
      'https://[fe80::1]/',
      'https://localhost/',
      'https://api.localhost/',
      'https://intranet/',
      'https://0.0.0.0/',
    ])
      expect(checkWebhookUrl(url, production), url).toBe('webhooks.url_private');
  });

  it('asks https in production, allows http to local hosts in development and with allowLocal', () => {
    expect(checkWebhookUrl('http://outil.example.org/hook', production)).toBe('webhooks.url_https_required');
    expect(checkWebhookUrl('https://outil.example.org/hook', production)).toBeNull();
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', development)).toBeNull();
    expect(checkWebhookUrl('http://outil.example.org/hook', development)).toBe('webhooks.url_https_required');
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', { production: true, allowLocal: true })).toBeNull();
  });

  it('refuses credentials in the address and other schemes', () => {
    expect(checkWebhookUrl('https://user:pw@outil.example.org/', production)).toBe(
      'webhooks.url_credentials',
    );
    expect(checkWebhookUrl('ftp://outil.example.org/', production)).toBe('webhooks.url_invalid');
    expect(checkWebhookUrl('pas une adresse', production)).toBe('webhooks.url_invalid');
  });

  it('tells public addresses from the others', () => {
    expect(isPrivateAddress('93.184.216.34')).toBe(false);
    expect(isPrivateAddress('2606:4700::6810:84e5')).toBe(false);
    expect(isPrivateAddress('100.64.0.1')).toBe(true);
    expect(isPrivateAddress('::ffff:10.1.2.3')).toBe(true);
    expect(isPrivateAddress('::ffff:93.184.216.34')).toBe(false);
    expect(isPrivateAddress('not an address')).toBe(true);
  });
});

describe('webhook retries', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 12 h: six attempts in all', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => webhookRetryDelayMs(attempt))).toEqual([
      60_000, 300_000, 1_800_000, 7_200_000, 43_200_000,
    ]);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
    expect(webhookRetryDelayMs(9)).toBe(43_200_000);
    expect(webhookRetryDelayMs(2, [10, 20])).toBe(20);
  });
});

describe('webhook subscription input', () => {
  it('keeps the events in their order, once each', () => {
    const parsed = webhookSubscriptionInput.parse({
      placeId: null,
      url: ' https://outil.example.org/hook ',
      events: ['place.updated', 'booking.confirmed', 'place.updated'],
    });
    expect(parsed).toEqual({
      placeId: null,
      url: 'https://outil.example.org/hook',
      events: ['booking.confirmed', 'place.updated'],
    });
    // The output is accepted again (the page parses the form, the procedure parses its output).
    expect(webhookSubscriptionInput.parse(parsed)).toEqual(parsed);
  });

  it('refuses huge or invalid input with catalogue keys', () => {
    const huge = webhookSubscriptionInput.safeParse({
      placeId: null,
      url: `https://outil.example.org/${'a'.repeat(3000)}`,
      events: ['booking.confirmed'],
    });
    expect(huge.error?.issues[0]?.message).toBe('webhooks.url_too_long');
    const noEvents = webhookSubscriptionInput.safeParse({
      placeId: null,
      url: 'https://a.example.org',
      events: [],
    });
    expect(noEvents.error?.issues[0]?.message).toBe('webhooks.events_required');
    const unknown = webhookSubscriptionInput.safeParse({
      placeId: null,
      url: 'https://a.example.org',
      events: ['booking.deleted'],
    });
    expect(unknown.success).toBe(false);
  });
});

describe('"send again" form', () => {
  it('takes the delivery and the round the page showed, and refuses numbers the database cannot hold', () => {
    expect(webhookDeliveryId.parse({ deliveryId: '12', round: '2' })).toEqual({ deliveryId: 12, round: 2 });
    expect(webhookDeliveryId.parse({ deliveryId: '12' })).toEqual({ deliveryId: 12 });
    for (const hostile of [
      { deliveryId: '12', round: '99999999999' },
      { deliveryId: '1e300' },
      { deliveryId: '12', round: '-1' },
      { deliveryId: '12', round: '1.5' },
    ]) {
      const parsed = webhookDeliveryId.safeParse(hostile);
      expect(parsed.success, JSON.stringify(hostile)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('validation.not_found');
    }
  });
});

describe('webhook payloads', () => {
  const booking = {
    version: 1,
    id: '6f2d7c1e-3c1a-4f7e-9a51-2b0c9c4a1d10',
    type: 'booking.confirmed',
    occurred_at: '2026-12-06T18:00:00.123456Z',
    data: {
      booking_id: '0d5b3f3e-7e0c-4bb3-8f7e-1f0f7f0e9a01',
      session_id: '1d5b3f3e-7e0c-4bb3-8f7e-1f0f7f0e9a01',
      activity_id: '2d5b3f3e-7e0c-4bb3-8f7e-1f0f7f0e9a01',
      place_id: '3d5b3f3e-7e0c-4bb3-8f7e-1f0f7f0e9a01',
      status: 'confirmed',
      previous_session_id: null,
      seats: { capacity: 10, confirmed: 3 },
      waitlist_position: null,
    },
  };

  it('accepts a booking event, versioned, with its event id', () => {
    expect(webhookPayloadSchema.parse(booking)).toEqual(booking);
  });

  it('refuses a payload that carries anything about the person', () => {
    for (const extra of [{ first_name: 'Camille' }, { email: 'c@example.org' }, { phone: '+33612345678' }])
      expect(
        webhookPayloadSchema.safeParse({ ...booking, data: { ...booking.data, ...extra } }).success,
      ).toBe(false);
  });
});
