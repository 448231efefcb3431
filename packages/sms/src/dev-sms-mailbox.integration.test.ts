// The development SMS mailbox on a real Postgres: the server files SMS with the service role, only network
// admins read them (RLS), and the nightly purge empties it after `dev_mailbox_days` like the e-mail one.
import { withSession } from '@rf/db';
import { claimsFor, createTestDatabase, createTestUser, type TestDatabase } from '@rf/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevSmsMailbox } from './dev-sms-mailbox.ts';
import { createSmsSender } from './index.ts';
import { SmsSendError } from './sender.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const DAY = 86_400_000;

describe('the development SMS mailbox', () => {
  it('files SMS that network admins read, and nobody else', async () => {
    const mailbox = createDevSmsMailbox(t.db);
    const { providerId } = await mailbox.send({
      to: '+590690123456',
      text: 'Rappel : Atelier smartphone jeu. 12/03 14h. Annuler : https://rf.example/r/Ab3d',
      reference: 'job-1',
    });
    expect(providerId).toMatch(/^mailbox:[0-9a-f-]{36}$/);

    const admin = await createTestUser(t.db, 'admin-sms@example.org', 'Ada Admin');
    const member = await createTestUser(t.db, 'membre-sms@example.org', 'Morgane Membre');
    await t.db
      .updateTable('profiles')
      .set({ network_role: 'network_admin' })
      .where('id', '=', admin.id)
      .execute();

    const read = (claims: Parameters<typeof withSession>[1]) =>
      withSession(t.db, claims, (tx) =>
        tx.selectFrom('dev_sms_mailbox').select(['id', 'to_number', 'text_body', 'reference']).execute(),
      );
    expect(await read(claimsFor(admin))).toEqual([
      {
        id: providerId.slice('mailbox:'.length),
        to_number: '+590690123456',
        text_body: 'Rappel : Atelier smartphone jeu. 12/03 14h. Annuler : https://rf.example/r/Ab3d',
        reference: 'job-1',
      },
    ]);
    expect(await read(claimsFor(member))).toEqual([]);
    await expect(read(null)).rejects.toThrow(/permission denied/);
    // Nobody writes it through a session, not even an admin.
    await expect(
      withSession(t.db, claimsFor(admin), (tx) =>
        tx
          .insertInto('dev_sms_mailbox')
          .values({ to_number: '+33612345678', text_body: 'x', reference: 'x' })
          .execute(),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('is what createSmsSender chooses without Brevo', async () => {
    const sender = createSmsSender({ NODE_ENV: 'test' }, t.db);
    const { providerId } = await sender.send({ to: '+262639401234', text: 'Bonjour', reference: 'job-2' });
    const { rows } = await sql<{ to_number: string }>`
      select to_number from public.dev_sms_mailbox where id = ${providerId.slice('mailbox:'.length)}::uuid`.execute(
      t.db,
    );
    expect(rows).toEqual([{ to_number: '+262639401234' }]);
  });

  it('refuses what a provider would refuse', async () => {
    const mailbox = createDevSmsMailbox(t.db);
    await expect(mailbox.send({ to: '0690123456', text: 'x', reference: 'r' })).rejects.toBeInstanceOf(
      SmsSendError,
    );
    await expect(mailbox.send({ to: '+33612345678', text: '', reference: 'r' })).rejects.toMatchObject({
      retryable: false,
      code: 'empty_text',
    });
  });

  it('is purged after dev_mailbox_days, with the development e-mails', async () => {
    await sql`delete from public.dev_sms_mailbox`.execute(t.db);
    const old = new Date(Date.now() - 8 * DAY).toISOString();
    const recent = new Date(Date.now() - 6 * DAY).toISOString();
    await sql`insert into public.dev_sms_mailbox (created_at, to_number, text_body, reference) values
      (${old}::timestamptz, '+33612345678', 'ancien', 'old'),
      (${recent}::timestamptz, '+33612345679', 'récent', 'recent')`.execute(t.db);
    await sql`insert into public.dev_mailbox (created_at, from_address, to_address, subject, text_body) values
      (${old}::timestamptz, 'rf@example.org', 'old@example.org', 'ancien', 'x')`.execute(t.db);

    const { rows } = await sql<{ dev_mailbox: number }>`
      select dev_mailbox from private.purge_short_lived_data(now())`.execute(t.db);
    // One e-mail and one SMS, both 8 days old (the default delay is 7 days).
    expect(rows).toEqual([{ dev_mailbox: 2 }]);
    const left = await sql<{ reference: string }>`select reference from public.dev_sms_mailbox`.execute(t.db);
    expect(left.rows).toEqual([{ reference: 'recent' }]);
  });
});
