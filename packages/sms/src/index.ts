import type { Db } from '@rf/db';
import { BREVO_DEFAULT_API_URL, BREVO_SENDER, createBrevoSmsSender } from './brevo.ts';
import { createDevSmsMailbox } from './dev-sms-mailbox.ts';
import type { SmsSender } from './sender.ts';

export { BREVO_DEFAULT_API_URL, type BrevoSmsOptions, createBrevoSmsSender } from './brevo.ts';
export { createDevSmsMailbox } from './dev-sms-mailbox.ts';
export {
  type BrevoSmsEvent,
  type ParsedSmsEvent,
  parseBrevoSmsEvent,
  type SmsDeliveryStatus,
} from './receipts.ts';
export { E164, type OutgoingSms, SmsSendError, type SmsSender } from './sender.ts';

/** `brevo`: Brevo's transactional SMS API; `mailbox`: the development SMS mailbox (a table admins read). */
export type SmsTransport = 'brevo' | 'mailbox';

export type SmsConfig =
  | { transport: 'mailbox' }
  | { transport: 'brevo'; apiKey: string; sender: string; apiUrl: string; webhookUrl?: string };

/** The variables this package reads (the server's environment). */
export interface SmsEnv {
  NODE_ENV?: string | undefined;
  SMS_TRANSPORT?: string | undefined;
  BREVO_API_KEY?: string | undefined;
  BREVO_SMS_SENDER?: string | undefined;
  BREVO_API_URL?: string | undefined;
  /** Optional: where Brevo posts delivery receipts (with the shared secret, see receipts.ts). */
  BREVO_SMS_WEBHOOK_URL?: string | undefined;
}

export class InvalidSmsEnvError extends Error {
  override readonly name = 'InvalidSmsEnvError';
  constructor(readonly issues: string[]) {
    super(`Invalid SMS configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Reads the SMS configuration the way MAIL_TRANSPORT is read (packages/api/src/env.ts): SMS_TRANSPORT unset
 * means `brevo` when BREVO_API_KEY is set, else the development mailbox outside production; production
 * without Brevo must say SMS_TRANSPORT=mailbox explicitly. Every problem is listed at once.
 */
export function parseSmsEnv(env: SmsEnv): SmsConfig {
  const issues: string[] = [];
  const production = (env.NODE_ENV ?? 'development') === 'production';
  const chosen = blank(env.SMS_TRANSPORT);
  const apiKey = blank(env.BREVO_API_KEY);
  const sender = blank(env.BREVO_SMS_SENDER);
  const apiUrl = blank(env.BREVO_API_URL) ?? BREVO_DEFAULT_API_URL;
  const webhookUrl = blank(env.BREVO_SMS_WEBHOOK_URL);

  if (chosen !== undefined && chosen !== 'brevo' && chosen !== 'mailbox') {
    throw new InvalidSmsEnvError(['SMS_TRANSPORT must be "brevo" or "mailbox"']);
  }
  const transport: SmsTransport = chosen ?? (apiKey ? 'brevo' : 'mailbox');
  if (transport === 'mailbox') {
    if (production && chosen !== 'mailbox') {
      throw new InvalidSmsEnvError([
        'BREVO_API_KEY: required in production to send SMS; to keep them in the development SMS mailbox instead, set SMS_TRANSPORT=mailbox',
      ]);
    }
    return { transport: 'mailbox' };
  }
  if (!apiKey) issues.push('BREVO_API_KEY: required when SMS_TRANSPORT=brevo');
  if (!sender) issues.push('BREVO_SMS_SENDER: required when SMS_TRANSPORT=brevo');
  else if (!BREVO_SENDER.test(sender)) {
    issues.push('BREVO_SMS_SENDER: at most 11 letters and digits, no spaces (or at most 15 digits)');
  }
  if (!isHttpUrl(apiUrl)) issues.push('BREVO_API_URL: must be an http(s) URL');
  if (webhookUrl !== undefined && !isHttpUrl(webhookUrl))
    issues.push('BREVO_SMS_WEBHOOK_URL: must be an http(s) URL');
  if (issues.length > 0 || !apiKey || !sender) throw new InvalidSmsEnvError(issues);
  return { transport: 'brevo', apiKey, sender, apiUrl, ...(webhookUrl ? { webhookUrl } : {}) };
}

/** The sender the environment chose (see `parseSmsEnv`); the mailbox files SMS in `db`. */
export function createSmsSender(env: SmsEnv, db: Db): SmsSender {
  const config = parseSmsEnv(env);
  if (config.transport === 'mailbox') return createDevSmsMailbox(db);
  return createBrevoSmsSender(config);
}
