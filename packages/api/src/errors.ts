import { DomainError, type DomainErrorCode, domainErrorCodes, retryAfterOf } from '@rf/domain/errors';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

const transportCode: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  invalid_credentials: 'UNAUTHORIZED',
  too_many_attempts: 'TOO_MANY_REQUESTS',
  session_expired: 'UNAUTHORIZED',
  link_invalid_or_expired: 'BAD_REQUEST',
  invitation_invalid: 'BAD_REQUEST',
  email_already_registered: 'CONFLICT',
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  unauthenticated: 'UNAUTHORIZED',
  conflict: 'CONFLICT',
  invalid_input: 'BAD_REQUEST',
  weak_password: 'BAD_REQUEST',
  booking_closed: 'CONFLICT',
  cancellation_closed: 'CONFLICT',
  too_many_bookings: 'TOO_MANY_REQUESTS',
  too_many_emails: 'TOO_MANY_REQUESTS',
  slot_taken: 'CONFLICT',
  slot_unavailable: 'CONFLICT',
  already_booked: 'CONFLICT',
  course_booking_only: 'CONFLICT',
  course_not_movable: 'CONFLICT',
  attendance_not_open: 'CONFLICT',
  tool_already_reserved: 'CONFLICT',
  tool_already_lent: 'CONFLICT',
  tool_not_lendable: 'CONFLICT',
  qualification_required: 'FORBIDDEN',
  invalid_loan_transition: 'CONFLICT',
  report_locked: 'CONFLICT',
  invalid_report_transition: 'CONFLICT',
  period_frozen: 'CONFLICT',
  last_network_admin: 'CONFLICT',
  last_place_manager: 'CONFLICT',
  agreement_locked: 'CONFLICT',
  disbursement_paid: 'CONFLICT',
  service_unavailable: 'SERVICE_UNAVAILABLE',
};

// SQLSTATE classes the database answers with when a rule in the schema refuses a write.
const postgresCode: Record<string, DomainErrorCode> = {
  '42501': 'forbidden', // insufficient_privilege, RLS
  '23505': 'conflict', // unique_violation
  '23P01': 'conflict', // exclusion_violation
  '23503': 'invalid_input', // foreign_key_violation
  '23514': 'invalid_input', // check_violation
  '23502': 'invalid_input', // not_null_violation
  '22P02': 'invalid_input', // invalid_text_representation
  '22001': 'invalid_input', // string_data_right_truncation
};

function postgresErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

// The database cannot be reached or is restarting: SQLSTATE class 08 (connection exception), 57P01–57P03
// (shutdown, crash, starting up), 53300 (too many connections); socket errors; node-postgres's own
// messages when a connection is cut mid-query or the pool waits too long. The request may be retried.
const unavailableSqlState = /^(08...|57P0[123]|53300)$/;
const unavailableSocketCode = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const unavailableMessage =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (unavailableSqlState.test(code) || unavailableSocketCode.has(code)))
    return true;
  if (unavailableMessage.test(error.message)) return true;
  // Node reports a refused connection to every address of a host as one AggregateError.
  return error instanceof AggregateError && error.errors.some(isDatabaseUnavailable);
}

/** The one mapping from what went wrong below the API to a tRPC error; the cause keeps the domain code. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof DomainError) {
    return new TRPCError({ code: transportCode[error.code], message: error.code, cause: error });
  }
  if (isDatabaseUnavailable(error)) {
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'service_unavailable',
      cause: new DomainError('service_unavailable', {
        reason: error instanceof Error ? error.message : error,
      }),
    });
  }
  const sqlState = postgresErrorCode(error);
  // The frozen-period trigger (decision 036) names its refusal: a validated report covers the activity.
  if (sqlState === '55000' && error instanceof Error && error.message.startsWith('period_frozen')) {
    return new TRPCError({
      code: transportCode.period_frozen,
      message: 'period_frozen',
      cause: new DomainError('period_frozen', { sqlState }),
    });
  }
  const mapped = sqlState ? postgresCode[sqlState] : undefined;
  if (mapped) {
    return new TRPCError({
      code: transportCode[mapped],
      message: mapped,
      cause: new DomainError(mapped, { sqlState }),
    });
  }
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'unexpected', cause: error });
}

export type AppErrorCode = DomainErrorCode | 'unexpected';

export interface AppErrorShape {
  code: AppErrorCode;
  /** Field name → catalogue key of the message to show next to it. */
  fieldErrors: Record<string, string>;
  /** Set when a rate limit refused (status 429): the seconds until it frees, for `Retry-After`. */
  retryAfterSeconds?: number;
}

/**
 * The name of the form field an issue's path points at, as the forms name them (Conform's names, the
 * pages' `parseForm`): `email`, `address.city`, `dates[1]`; `_form` for the whole form.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name ? `.${String(part)}` : String(part);
  }
  return name || '_form';
}

function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[fieldName(issue.path)] ??= issue.message;
  return fields;
}

/** What the apps need to speak about any error a procedure raised: a domain code and field messages. */
export function describeError(error: unknown): AppErrorShape {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof ZodError) return { code: 'invalid_input', fieldErrors: fieldErrorsOf(cause) };
  if (cause instanceof DomainError) {
    const retryAfterSeconds = retryAfterOf(cause);
    return retryAfterSeconds === null
      ? { code: cause.code, fieldErrors: {} }
      : { code: cause.code, fieldErrors: {}, retryAfterSeconds };
  }
  if (error instanceof TRPCError && (domainErrorCodes as readonly string[]).includes(error.message)) {
    return { code: error.message as DomainErrorCode, fieldErrors: {} };
  }
  // Failed before any procedure ran (reading the session): the same outage, the same answer.
  if (isDatabaseUnavailable(cause)) return { code: 'service_unavailable', fieldErrors: {} };
  if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
    return { code: 'invalid_input', fieldErrors: {} };
  return { code: 'unexpected', fieldErrors: {} };
}
