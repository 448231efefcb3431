import type { Db } from '@rf/db';
import { createDevMailbox } from './dev-mailbox.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';

export { createSmtpMailer, type MailAttachment, type Mailer, type OutgoingMail } from './mailer.ts';

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
}

/** SMTP when configured, the development mailbox otherwise. */
export function createMailer(config: MailConfig, db: Db): Mailer {
  return config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.from) : createDevMailbox(db, config.from);
}
