import { isGsm7 } from '@rf/domain/contact/sms-text';
import { E164, SmsSendError, type SmsSender } from './sender.ts';

/**
 * Brevo's transactional SMS API (https://developers.brevo.com/docs/transactional-sms-endpoints):
 *
 *   POST {BREVO_API_URL}/v3/transactionalSMS/send
 *   api-key: <key>    content-type: application/json    accept: application/json
 *   { "sender": "RFabriques", "recipient": "33612345678", "content": "…", "type": "transactional",
 *     "tag": "<our reference>", "unicodeEnabled": false, "webUrl"?: "<delivery receipts URL>" }
 *
 * answers 201 { "messageId": 1511882900176220 } (the deprecated /v3/transactionalSMS/sms answered
 * { reference, messageId, smsCount, usedCredits, remainingCredits }: both are read), and errors as
 * { "code": "…", "message": "…" }: 400 (invalid_parameter, missing_parameter), 401 (unauthorized),
 * 402 (not_enough_credits), 429 (too many requests), 5xx.
 */
export const BREVO_SMS_PATH = '/v3/transactionalSMS/send';
export const BREVO_DEFAULT_API_URL = 'https://api.brevo.com';

/** Brevo's sender: at most 11 letters and digits (an alphanumeric sender ID), or at most 15 digits. */
export const BREVO_SENDER = /^(?:[A-Za-z0-9]{1,11}|\d{1,15})$/;

export interface BrevoSmsOptions {
  apiKey: string;
  sender: string;
  /** Default https://api.brevo.com; tests point it at `startBrevoTestServer`. */
  apiUrl?: string;
  /** Where Brevo posts this message's delivery events (its `webUrl`), with the secret in it. */
  webhookUrl?: string;
  /** A request that takes longer fails, retryable. Default 10 s. */
  timeoutMs?: number;
}

/** Body of Brevo's `POST /v3/transactionalSMS/send`. */
export interface BrevoSmsRequest {
  sender: string;
  recipient: string;
  content: string;
  type: 'transactional' | 'marketing';
  tag?: string;
  webUrl?: string;
  unicodeEnabled?: boolean;
  organisationPrefix?: string;
}

const RETRYABLE_STATUS = new Set([408, 425, 429]);

function errorBody(body: unknown): { code?: string; message?: string } {
  if (!body || typeof body !== 'object') return {};
  const { code, message } = body as Record<string, unknown>;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

export function createBrevoSmsSender(options: BrevoSmsOptions): SmsSender {
  if (!options.apiKey) throw new Error('Brevo needs an API key (BREVO_API_KEY)');
  if (!BREVO_SENDER.test(options.sender)) {
    throw new Error('BREVO_SMS_SENDER must be at most 11 letters and digits (or at most 15 digits)');
  }
  const url = new URL(BREVO_SMS_PATH, options.apiUrl ?? BREVO_DEFAULT_API_URL).toString();
  const timeoutMs = options.timeoutMs ?? 10_000;

  return {
    async send(message) {
      if (!E164.test(message.to)) {
        throw new SmsSendError('the recipient is not an E.164 number', {
          retryable: false,
          code: 'invalid_recipient',
        });
      }
      if (message.text === '') {
        throw new SmsSendError('an SMS needs a text', { retryable: false, code: 'empty_text' });
      }
      const body: BrevoSmsRequest = {
        sender: options.sender,
        // Brevo wants the number with its country code and without the +.
        recipient: message.to.slice(1),
        content: message.text,
        type: 'transactional',
        tag: message.reference,
        // GSM-7 text must not be sent as Unicode (70 characters per SMS instead of 160).
        unicodeEnabled: !isGsm7(message.text),
        ...(options.webhookUrl ? { webUrl: options.webhookUrl } : {}),
      };

      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'api-key': options.apiKey,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
        throw new SmsSendError(
          timedOut ? `Brevo did not answer within ${timeoutMs} ms` : 'Brevo could not be reached',
          {
            retryable: true,
            code: timedOut ? 'timeout' : 'network',
            cause,
          },
        );
      }

      let answer: unknown;
      try {
        const text = await response.text();
        answer = text === '' ? undefined : JSON.parse(text);
      } catch (cause) {
        // A body cut short or not JSON (a proxy's error page). Accepted all the same: sending again could send
        // the SMS twice, so not retryable.
        if (response.ok) {
          throw new SmsSendError('Brevo accepted the SMS with an unreadable answer', {
            retryable: false,
            status: response.status,
            cause,
          });
        }
        answer = undefined;
      }

      if (!response.ok) {
        const { code, message: detail } = errorBody(answer);
        const retryable = response.status >= 500 || RETRYABLE_STATUS.has(response.status);
        throw new SmsSendError(
          `Brevo refused the SMS (${response.status}${code ? ` ${code}` : ''})${detail ? `: ${detail}` : ''}`,
          {
            retryable,
            status: response.status,
            ...(code ? { code } : {}),
          },
        );
      }

      const messageId =
        answer && typeof answer === 'object' ? (answer as Record<string, unknown>).messageId : undefined;
      if (typeof messageId !== 'number' && typeof messageId !== 'string') {
        // Accepted without an id: sending again could send it twice, so not retryable; receipts cannot match.
        throw new SmsSendError('Brevo accepted the SMS without a messageId', {
          retryable: false,
          status: response.status,
        });
      }
      return { providerId: String(messageId) };
    },
  };
}
