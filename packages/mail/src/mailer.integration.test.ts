import type { Db } from '@rf/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './index.ts';
import { createSmtpMailer } from './mailer.ts';
import { attachedFiles, receivedInvitation, type SmtpTestServer, startSmtpTestServer } from './testing.ts';

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
});
afterAll(() => smtp.stop());

describe('SMTP mailer', () => {
  it('delivers text, sender and attachments over SMTP', async () => {
    const mailer = createSmtpMailer(smtp.url, 'Réseau Fabriques <ne-pas-repondre@reseau-fabriques.fr>');
    await mailer.send({
      to: 'camille@example.org',
      subject: 'Votre inscription est confirmée',
      text: 'Bonjour Camille,\nÀ bientôt !',
      attachments: [{ filename: 'notes.txt', content: 'Apporter son téléphone', contentType: 'text/plain' }],
    });
    const mail = await smtp.waitFor((m) => m.subject === 'Votre inscription est confirmée');
    expect(mail.from?.text).toContain('ne-pas-repondre@reseau-fabriques.fr');
    expect(mail.text).toContain('À bientôt !');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['notes.txt']);
  });

  it('sends a calendar invitation as mail clients expect it: text/calendar with its method, and a file', async () => {
    const mailer = createSmtpMailer(smtp.url, 'Réseau Fabriques <ne-pas-repondre@reseau-fabriques.fr>');
    expect(mailer.sender).toEqual({
      name: 'Réseau Fabriques',
      address: 'ne-pas-repondre@reseau-fabriques.fr',
    });
    const content = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n';
    await mailer.send({
      to: 'camille@example.org',
      subject: 'Votre inscription est annulée',
      text: 'Bonjour Camille',
      calendar: { method: 'CANCEL', filename: 'atelier.ics', content },
    });
    const mail = await smtp.waitFor((m) => m.subject === 'Votre inscription est annulée');
    expect(mail.text).toContain('Bonjour Camille');
    // The iTIP part (in the message's alternatives, `text/calendar; method=CANCEL`) and the same file.
    expect(receivedInvitation(mail)).toEqual({ method: 'CANCEL', content, filename: 'atelier.ics' });
    const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
    expect(part?.headers.get('content-type')).toMatchObject({ params: { method: 'CANCEL' } });
    expect(attachedFiles(mail)).toEqual(['atelier.ics']);
  });
});

describe('the configured transport', () => {
  // The SMTP transport never touches the database (the development mailbox would).
  const noDatabase = {} as Db;

  it('sends over SMTP when MAIL_TRANSPORT=smtp', async () => {
    const mailer = createMailer({ transport: 'smtp', smtpUrl: smtp.url, from: 'rf@example.org' }, noDatabase);
    await mailer.send({ to: 'lea@example.org', subject: 'Par SMTP', text: 'Bonjour' });
    expect((await smtp.waitFor((m) => m.subject === 'Par SMTP')).to).toBeDefined();
  });

  it('never falls back to the development mailbox when SMTP has no URL', () => {
    expect(() =>
      createMailer({ transport: 'smtp', smtpUrl: undefined, from: 'rf@example.org' }, noDatabase),
    ).toThrow(/MAIL_TRANSPORT=smtp needs SMTP_URL/);
  });
});
