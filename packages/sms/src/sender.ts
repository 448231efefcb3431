/**
 * The one thing the rest of the code knows about SMS: a sender (docs/decisions/037). Brevo's client, the
 * development mailbox and whatever provider a network switches to implement it; jobs call `send` and let
 * the queue retry when the error says so.
 */
export interface OutgoingSms {
  /** The recipient, E.164 (+33612345678): a mobile number checked by `parsePhone`. */
  to: string;
  /** The text, GSM-7 and at most 160 septets when built with `fitSms` (one SMS, billed once). */
  text: string;
  /** The sender's own key for this message (a job's key): tags it at the provider, files it in the mailbox. */
  reference: string;
}

export interface SmsSender {
  /** Hands the SMS to the provider; resolves with the provider's id for it (delivery receipts carry it). */
  send(message: OutgoingSms): Promise<{ providerId: string }>;
}

/**
 * A send that failed. `retryable`: trying again later may work (the provider is down, slow, or asks to slow
 * down: network errors, timeouts, 408, 429, 5xx); otherwise the request itself is wrong or refused (bad
 * number, bad key, no credits left: 4xx) and the same request will fail again.
 */
export class SmsSendError extends Error {
  override readonly name = 'SmsSendError';
  readonly retryable: boolean;
  /** The provider's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** The provider's error code (Brevo: `unauthorized`, `not_enough_credits`, `invalid_parameter`…). */
  readonly code: string | undefined;

  constructor(
    message: string,
    options: { retryable: boolean; status?: number; code?: string; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable;
    this.status = options.status;
    this.code = options.code;
  }
}

/** E.164: a +, a country code not starting with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{5,14}$/;
