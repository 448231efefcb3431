import { DomainError } from '@rf/domain/errors';

// The funding triggers (migration 20261123003100_programme_more) start their messages with a stable code;
// their SQLSTATE 23514 is shared with every check, so the message tells these cases apart.
const codes = ['agreement_locked', 'disbursement_paid'] as const;

/** Runs a funding write; a refusal by the funding triggers becomes its domain error. */
export async function withFundingRules<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const code = codes.find((c) => message.startsWith(`${c}:`));
    if (code) throw new DomainError(code);
    throw error;
  }
}
