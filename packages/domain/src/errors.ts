/**
 * The one way domain rules refuse something. `code` is stable: the API maps it to a transport error
 * and the apps map it to a sentence of the i18n catalogue (`errors.<code>`).
 */
export const domainErrorCodes = [
  'invalid_credentials',
  'too_many_attempts',
  'session_expired',
  'link_invalid_or_expired',
  'invitation_invalid',
  'email_already_registered',
  'not_found',
  'forbidden',
  'unauthenticated',
  'conflict',
  'invalid_input',
  'weak_password',
  'booking_closed',
  'cancellation_closed',
  'too_many_bookings',
  'too_many_emails',
  'slot_taken',
  'slot_unavailable',
  'already_booked',
  'course_booking_only',
  'course_not_movable',
  'attendance_not_open',
  'tool_already_reserved',
  'tool_already_lent',
  'tool_not_lendable',
  'qualification_required',
  'invalid_loan_transition',
  'report_locked',
  'invalid_report_transition',
  'period_frozen',
  'last_network_admin',
  'last_place_manager',
  'agreement_locked',
  'disbursement_paid',
  'service_unavailable',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** What a rate-limit refusal carries: the seconds until the window frees (HTTP `Retry-After`). */
export interface RetryAfter {
  retryAfterSeconds: number;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: DomainErrorCode, details?: Record<string, unknown>) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** A refusal by a rate limit (decision 033), which the pages answer with 429 and `Retry-After`. */
export function tooMany(
  code: 'too_many_attempts' | 'too_many_bookings' | 'too_many_emails',
  retryAfterSeconds: number,
): DomainError {
  return new DomainError(code, { retryAfterSeconds } satisfies RetryAfter);
}

/** The seconds to wait that a refusal carries, if it is a rate limit's. */
export function retryAfterOf(error: DomainError): number | null {
  const seconds = error.details?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
