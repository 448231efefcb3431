import type { Tx } from '../rls.ts';

export interface MailboxMessage {
  id: string;
  receivedAt: string;
  to: string;
  subject: string;
  text: string;
  attachments: string[];
}

/** The latest development e-mails; RLS lets only network admins read them. */
export async function listDevMailbox(tx: Tx, limit: number): Promise<MailboxMessage[]> {
  const rows = await tx
    .selectFrom('dev_mailbox')
    .select(['id', 'created_at', 'to_address', 'subject', 'text_body', 'attachment_names'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    receivedAt: row.created_at,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    attachments: row.attachment_names,
  }));
}
