import type { Db } from '@rf/db';
import { createDevMailbox } from './dev-mailbox.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';

export {
  createSmtpMailer,
  type MailAttachment,
  type MailCalendar,
  type Mailer,
  type OutgoingMail,
} from './mailer.ts';

/** `smtp`: a real SMTP server; `mailbox`: the development mailbox (a table the admin console shows). */
export type MailTransport = 'smtp' | 'mailbox';

export interface MailConfig {
  transport: MailTransport;
  smtpUrl: string | undefined;
  from: string;
}

/** The transport the configuration chose (MAIL_TRANSPORT, validated with SMTP_URL by the server's env). */
export function createMailer(config: MailConfig, db: Db): Mailer {
  if (config.transport === 'mailbox') return createDevMailbox(db, config.from);
  if (!config.smtpUrl) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL');
  return createSmtpMailer(config.smtpUrl, config.from);
}
