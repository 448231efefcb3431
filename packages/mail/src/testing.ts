import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpTestServer {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Resolves with the first message (already received or to come) that matches. */
  waitFor(match: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server in the test process: mail tests assert what actually went over the wire. `port`
 * starts it again where a stopped one was (a mail server back after an outage); `messages` carries over.
 */
export async function startSmtpTestServer(
  options: { port?: number; messages?: ParsedMail[] } = {},
): Promise<SmtpTestServer> {
  const messages: ParsedMail[] = options.messages ?? [];
  const waiters: { match: (mail: ParsedMail) => boolean; resolve: (mail: ParsedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const waiter of waiters.filter((w) => w.match(mail))) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(mail);
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(match, timeoutMs = 5000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching e-mail arrived')), timeoutMs);
        waiters.push({
          match,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        });
      });
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedInvitation {
  /** The iTIP method of the `text/calendar` part's content type (REQUEST, CANCEL). */
  method: string | undefined;
  /** The calendar itself (the same in the part and in the attached file). */
  content: string;
  /** The attached file's name. */
  filename: string | undefined;
}

/**
 * A received e-mail's calendar invitation (decision 052): the `text/calendar; method=…` part mail clients
 * read as an invitation, and the same calendar attached as a file. `null` without one; an error when the
 * two differ.
 */
export function receivedInvitation(mail: ParsedMail): ReceivedInvitation | null {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  const file = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  if (!part && !file) return null;
  const content = (part ?? file)?.content.toString() ?? '';
  if (part && file && file.content.toString() !== content) throw new Error('the attached .ics differs');
  const type = part?.headers.get('content-type');
  const params: object = type && typeof type === 'object' && 'params' in type ? type.params : {};
  const method = 'method' in params ? params.method : undefined;
  return {
    method: typeof method === 'string' ? method.toUpperCase() : undefined,
    content,
    filename: file?.filename,
  };
}

/** The names of the files an e-mail carries (a calendar invitation's part has none, its file has one). */
export function attachedFiles(mail: ParsedMail): string[] {
  return mail.attachments.flatMap((a) => (a.filename ? [a.filename] : []));
}
