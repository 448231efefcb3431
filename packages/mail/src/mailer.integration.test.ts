import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from './mailer.ts';
import { type SmtpTestServer, startSmtpTestServer } from './testing.ts';

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
      attachments: [
        {
          filename: 'atelier.ics',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
          contentType: 'text/calendar',
        },
      ],
    });
    const mail = await smtp.waitFor((m) => m.subject === 'Votre inscription est confirmée');
    expect(mail.from?.text).toContain('ne-pas-repondre@reseau-fabriques.fr');
    expect(mail.text).toContain('À bientôt !');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['atelier.ics']);
  });
});
