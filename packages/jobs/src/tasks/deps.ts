import type { Db } from '@rf/db';
import { type Translate, translator } from '@rf/i18n';
import type { Mailer } from '@rf/mail';
import type { SmsSender } from '@rf/sms';
import type { ClaimedJob } from '../queue.ts';
import type { WebhookDeliveryOptions } from './webhook-delivery.ts';

/** What the e-mail tasks need, taken from the server's environment by the worker. */
export interface MailTaskDeps {
  db: Db;
  mailer: Mailer;
  /** SMS for people who gave a mobile number (Brevo, or the development SMS mailbox). */
  sms: SmsSender;
  /** E-mails go out in French, the network's language. */
  t: Translate;
  siteUrl: string;
  adminUrl: string;
  /** The private-links key (derived from AUTH_JWT_SECRET by @rf/auth's `deriveServerKeys`, never the secret). */
  linkKey: Uint8Array;
  /** The address geocoder (GEOCODER_URL, the Base Adresse Nationale's API shape); unset: none (decision 063). */
  geocoderUrl?: string;
  /** Where webhook deliveries may go (decision 061); unset: production's rules, public https only. */
  webhooks?: WebhookDeliveryOptions;
}

/**
 * The same Message-ID for every attempt of a job (and recipient): should a retry send an e-mail again
 * after a crash between sending and recording it, mail clients show it once.
 */
export function jobMessageId(deps: MailTaskDeps, job: ClaimedJob, part = 0): string {
  return `<job-${job.id}.${job.revision}.${part}@${new URL(deps.siteUrl).hostname}>`;
}

/** The same dependencies, speaking the person's language (their booking's): e-mails and SMS follow it. */
export function inLocale(deps: MailTaskDeps, locale: 'fr' | 'en' | undefined): MailTaskDeps {
  return locale && locale !== 'fr' ? { ...deps, t: translator(locale) } : deps;
}
