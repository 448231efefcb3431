import type { Db } from '@rf/db';
import { withServiceRole } from '@rf/db/service';
import { type Mailer, parseSender } from './mailer.ts';

/**
 * MAIL_TRANSPORT=mailbox (the default outside production when no SMTP_URL is set): e-mails are kept in
 * `dev_mailbox`, which network admins read in the admin console: magic links and invitations stay usable
 * on a laptop. Production uses it only when the operator chooses it explicitly.
 */
export function createDevMailbox(db: Db, from: string): Mailer {
  return {
    sender: parseSender(from),
    async send(mail) {
      await withServiceRole(db, 'dev mailbox', (tx) =>
        tx
          .insertInto('dev_mailbox')
          .values({
            from_address: from,
            to_address: mail.to,
            subject: mail.subject,
            text_body: mail.text,
            html_body: mail.html ?? null,
            attachment_names: [
              ...(mail.attachments ?? []).map((a) => a.filename),
              ...(mail.calendar ? [mail.calendar.filename] : []),
            ],
          })
          .execute(),
      );
    },
  };
}
