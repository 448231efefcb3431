import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

/**
 * A calendar event sent as an invitation (iTIP, RFC 5546; decision 052): the part mail clients read as one
 * (`text/calendar; method=…` in the message's alternatives) and the same file attached for the others.
 */
export interface MailCalendar {
  /** The iTIP method, the same as the file's METHOD: REQUEST (add or update) or CANCEL (remove). */
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  calendar?: MailCalendar;
  /**
   * The Message-ID header (`<id@domain>`). Queued e-mails set it from their job: if a retry sends one again
   * after a crash, mail clients see the same message and show it once.
   */
  messageId?: string;
}

export interface Mailer {
  /** The From address (MAIL_FROM): a calendar invitation names it as its organizer. */
  readonly sender: { name: string; address: string };
  send(mail: OutgoingMail): Promise<void>;
}

/** `Réseau Fabriques <ne-pas-repondre@example.org>` → its name and address. */
export function parseSender(from: string): Mailer['sender'] {
  const [first] = addressparser(from, { flatten: true });
  const address = first?.address || from.trim();
  return { name: first?.name || address, address };
}

/**
 * Sends through a real SMTP server (`SMTP_URL`, e.g. smtps://user:pass@smtp.example.org:465). A server that
 * does not answer fails the send within seconds (not nodemailer's minutes): the job queue retries it later.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    sender: parseSender(from),
    async send({ calendar, ...mail }) {
      await transport.sendMail({
        from,
        ...mail,
        // nodemailer writes it twice: a `text/calendar; method=…` alternative and an `.ics` attachment.
        ...(calendar ? { icalEvent: calendar } : {}),
      });
    },
  };
}
