import { randomUUID } from 'node:crypto';
import type { Db } from '@rf/db';
import { withServiceRole } from '@rf/db/service';
import { E164, SmsSendError, type SmsSender } from './sender.ts';

/**
 * SMS_TRANSPORT=mailbox (the default outside production when Brevo is not configured): SMS are kept in
 * `dev_sms_mailbox`, which network admins read like the development e-mails, so that a resident's links stay
 * usable on a laptop. Production uses it only when the operator chooses it explicitly. Kept
 * `dev_mailbox_days` days, like the e-mails (`private.purge_short_lived_data`).
 */
export function createDevSmsMailbox(db: Db): SmsSender {
  return {
    async send(message) {
      // The same checks as a provider: a message the mailbox takes, Brevo takes too.
      if (!E164.test(message.to)) {
        throw new SmsSendError('the recipient is not an E.164 number', {
          retryable: false,
          code: 'invalid_recipient',
        });
      }
      if (message.text === '') {
        throw new SmsSendError('an SMS needs a text', { retryable: false, code: 'empty_text' });
      }
      // The id is chosen here: the service role files SMS but may not read them back (no RETURNING).
      const id = randomUUID();
      await withServiceRole(db, 'dev sms mailbox', (tx) =>
        tx
          .insertInto('dev_sms_mailbox')
          .values({ id, to_number: message.to, text_body: message.text, reference: message.reference })
          .execute(),
      );
      return { providerId: `mailbox:${id}` };
    },
  };
}
