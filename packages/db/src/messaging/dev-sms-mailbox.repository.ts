import type { Tx } from '../rls.ts';

export interface SmsMailboxMessage {
  id: string;
  receivedAt: string;
  to: string;
  text: string;
}

/** The latest development SMS; RLS lets only network admins read them. */
export async function listDevSmsMailbox(tx: Tx, limit: number): Promise<SmsMailboxMessage[]> {
  const rows = await tx
    .selectFrom('dev_sms_mailbox')
    .select(['id', 'created_at', 'to_number', 'text_body'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    receivedAt: row.created_at,
    to: row.to_number,
    text: row.text_body,
  }));
}
