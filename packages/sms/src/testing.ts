import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gsm7Length, isGsm7 } from '@rf/domain/contact/sms-text';
import type { BrevoSmsRequest } from './brevo.ts';

/** An SMS the test server accepted, as Brevo would have sent it. */
export interface ReceivedSms extends BrevoSmsRequest {
  messageId: number;
  smsCount: number;
  path: string;
  receivedAt: Date;
}

/**
 * What the next requests get instead of a 201: an HTTP error as Brevo words it, no answer, a cut
 * connection, or `unreadable`: the SMS is accepted (and counted in `messages`) but the 201's body is cut
 * short, as a proxy in between might do.
 */
export type BrevoFailure = 400 | 401 | 402 | 429 | 500 | 502 | 503 | 'timeout' | 'reset' | 'unreadable';

export interface BrevoTestServer {
  /** Base URL (BREVO_API_URL). */
  url: string;
  apiKey: string;
  /** Accepted SMS, in order. */
  messages: ReceivedSms[];
  /** Every request with the status it got ('timeout' and 'reset' for those left unanswered). */
  requests: { path: string; status: number | 'timeout' | 'reset' }[];
  /** Credits left on the account: an SMS costs one per part; at 0, Brevo answers 402. */
  credits: number;
  /** The next `count` requests fail this way (then the server answers normally again). */
  failNext(failure: BrevoFailure, count?: number): void;
  /** Resolves with the first accepted SMS (already received or to come) that matches. */
  waitFor(match: (sms: ReceivedSms) => boolean, timeoutMs?: number): Promise<ReceivedSms>;
  stop(): Promise<void>;
}

const ERRORS: Record<
  Exclude<BrevoFailure, 'timeout' | 'reset' | 'unreadable'>,
  { code: string; message: string }
> = {
  400: { code: 'invalid_parameter', message: 'Invalid recipient number' },
  401: { code: 'unauthorized', message: 'Key not found' },
  402: { code: 'not_enough_credits', message: 'Not enough credits' },
  429: { code: 'too_many_requests', message: 'Too many requests' },
  500: { code: 'internal_error', message: 'Internal server error' },
  502: { code: 'bad_gateway', message: 'Bad gateway' },
  503: { code: 'service_unavailable', message: 'Service unavailable' },
};

/** SMS parts Brevo bills: 160 septets in one GSM-7 SMS (153 per part beyond), 70 UCS-2 characters (67). */
export function smsParts(content: string, unicode: boolean): number {
  if (!unicode && isGsm7(content)) {
    const septets = gsm7Length(content);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  const units = content.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

/** The request body checked as Brevo documents it; a 400 error body when it is not. */
function validate(
  body: unknown,
): { ok: true; request: BrevoSmsRequest } | { ok: false; code: string; message: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, code: 'bad_request', message: 'Input must be a valid JSON object' };
  }
  const b = body as Record<string, unknown>;
  for (const field of ['sender', 'recipient', 'content'] as const) {
    if (b[field] === undefined || b[field] === '') {
      return { ok: false, code: 'missing_parameter', message: `${field} is missing` };
    }
    if (typeof b[field] !== 'string')
      return { ok: false, code: 'invalid_parameter', message: `${field} must be a string` };
  }
  const { sender, recipient, content } = b as { sender: string; recipient: string; content: string };
  if (!/^(?:[A-Za-z0-9]{1,11}|\d{1,15})$/.test(sender)) {
    return {
      ok: false,
      code: 'invalid_parameter',
      message: 'sender must be at most 11 alphanumeric characters or 15 digits',
    };
  }
  // The number with its country code: digits only (a leading + or 00 is tolerated by Brevo; we send neither).
  if (!/^[1-9]\d{5,14}$/.test(recipient)) {
    return { ok: false, code: 'invalid_parameter', message: 'Invalid recipient number' };
  }
  if (b.type !== undefined && b.type !== 'transactional' && b.type !== 'marketing') {
    return { ok: false, code: 'invalid_parameter', message: 'type must be transactional or marketing' };
  }
  for (const field of ['tag', 'webUrl', 'organisationPrefix'] as const) {
    if (b[field] !== undefined && typeof b[field] !== 'string') {
      return { ok: false, code: 'invalid_parameter', message: `${field} must be a string` };
    }
  }
  if (b.webUrl !== undefined && !URL.canParse(b.webUrl as string)) {
    return { ok: false, code: 'invalid_parameter', message: 'webUrl must be a valid URL' };
  }
  if (b.unicodeEnabled !== undefined && typeof b.unicodeEnabled !== 'boolean') {
    return { ok: false, code: 'invalid_parameter', message: 'unicodeEnabled must be a boolean' };
  }
  return {
    ok: true,
    request: {
      sender,
      recipient,
      content,
      type: (b.type as BrevoSmsRequest['type'] | undefined) ?? 'transactional',
      ...(b.tag !== undefined ? { tag: b.tag as string } : {}),
      ...(b.webUrl !== undefined ? { webUrl: b.webUrl as string } : {}),
      ...(b.unicodeEnabled !== undefined ? { unicodeEnabled: b.unicodeEnabled as boolean } : {}),
      ...(b.organisationPrefix !== undefined ? { organisationPrefix: b.organisationPrefix as string } : {}),
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * A Brevo transactional SMS API in the test process (as packages/mail's SMTP server is for e-mails): it
 * checks the `api-key` header and the JSON body as Brevo documents them, answers 201 with a messageId (and
 * the deprecated endpoint's longer answer on /v3/transactionalSMS/sms), bills credits, and can be told to
 * fail the next requests with Brevo's errors, no answer at all, or a cut connection.
 */
export async function startBrevoTestServer(
  options: { apiKey?: string; credits?: number } = {},
): Promise<BrevoTestServer> {
  const apiKey = options.apiKey ?? 'xkeysib-test-key';
  const messages: ReceivedSms[] = [];
  const requests: BrevoTestServer['requests'] = [];
  const failures: BrevoFailure[] = [];
  const waiters: { match: (sms: ReceivedSms) => boolean; resolve: (sms: ReceivedSms) => void }[] = [];
  let nextMessageId = 1_511_882_900_176_220 + randomInt(1_000_000);

  const state = {
    credits: options.credits ?? 100,
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const raw = await readBody(req);
    const failure = failures.shift();
    if (failure === 'timeout') {
      requests.push({ path, status: 'timeout' });
      return; // never answered: the client's timeout ends it (or stop()).
    }
    if (failure === 'reset') {
      requests.push({ path, status: 'reset' });
      req.socket.destroy();
      return;
    }
    const answer = (status: number, body: unknown) => {
      requests.push({ path, status });
      json(res, status, body);
    };
    if (failure !== undefined && failure !== 'unreadable') return answer(failure, ERRORS[failure]);

    const deprecated = path === '/v3/transactionalSMS/sms';
    if (req.method !== 'POST' || (path !== '/v3/transactionalSMS/send' && !deprecated)) {
      return answer(404, { code: 'not_found', message: 'Not found' });
    }
    if (req.headers['api-key'] !== apiKey) return answer(401, ERRORS[401]);
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return answer(400, { code: 'bad_request', message: 'Content-Type must be application/json' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, { code: 'bad_request', message: 'Input must be a valid JSON object' });
    }
    const checked = validate(body);
    if (!checked.ok) return answer(400, { code: checked.code, message: checked.message });
    const smsCount = smsParts(checked.request.content, checked.request.unicodeEnabled === true);
    if (state.credits < smsCount) return answer(402, ERRORS[402]);
    state.credits -= smsCount;
    const messageId = nextMessageId++;
    const sms: ReceivedSms = { ...checked.request, messageId, smsCount, path, receivedAt: new Date() };
    messages.push(sms);
    for (const waiter of waiters.filter((w) => w.match(sms))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(sms);
    }
    if (failure === 'unreadable') {
      requests.push({ path, status: 201 });
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
      res.end(`{"messageId": ${messageId}`);
      return;
    }
    if (deprecated) {
      return answer(201, {
        reference: `ref-${messageId.toString(36)}`,
        messageId,
        smsCount,
        usedCredits: smsCount,
        remainingCredits: state.credits,
      });
    }
    return answer(201, { messageId });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, ERRORS[500]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    messages,
    requests,
    get credits() {
      return state.credits;
    },
    set credits(value: number) {
      state.credits = value;
    },
    failNext(failure, count = 1) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    waitFor(match, timeoutMs = 5000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching SMS arrived')), timeoutMs);
        waiters.push({
          match,
          resolve: (sms) => {
            clearTimeout(timer);
            resolve(sms);
          },
        });
      });
    },
    stop() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
