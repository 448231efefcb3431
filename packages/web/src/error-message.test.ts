import { translator } from '@rf/i18n';
import { data, UNSAFE_ErrorResponseImpl } from 'react-router';
import { describe, expect, it } from 'vitest';
import { errorMessageKey, errorStatus } from './error-message.ts';

const fr = translator('fr');

describe('errorMessageKey', () => {
  it('explains a refused post instead of blaming a technical problem', () => {
    expect(errorMessageKey(400)).toBe('errors.bad_request');
    expect(errorMessageKey(415)).toBe('errors.unsupported_content');
    expect(errorMessageKey(413)).toBe('errors.payload_too_large');
    expect(errorMessageKey(429)).toBe('errors.too_many_requests');
    expect(errorMessageKey(503)).toBe('errors.service_unavailable');
  });

  it('keeps the existing 404 and 403 messages and stays generic for the rest', () => {
    expect(errorMessageKey(404)).toBe('errors.not_found');
    expect(errorMessageKey(403)).toBe('errors.forbidden');
    expect(errorMessageKey(500)).toBe('errors.unexpected');
    expect(errorMessageKey(418)).toBe('errors.unexpected');
  });

  it('gives each handled status its own French sentence', () => {
    const statuses = [400, 403, 404, 413, 415, 429, 503];
    const sentences = statuses.map((status) => fr(errorMessageKey(status)));
    expect(new Set(sentences).size).toBe(statuses.length);
    expect(sentences).not.toContain(fr('errors.unexpected'));
  });
});

describe('errorStatus', () => {
  it('reads the status of a thrown route response and treats anything else as 500', () => {
    expect(errorStatus(new UNSAFE_ErrorResponseImpl(415, 'Unsupported Media Type', null))).toBe(415);
    expect(errorStatus(new Error('boom'))).toBe(500);
    expect(errorStatus(data(null, { status: 400 }))).toBe(500);
  });
});
