import type { Tx } from '@rf/db';
import { periodIsFrozen, resolveCommune } from '@rf/db/reporting/records.repository';
import { DomainError } from '@rf/domain/errors';
import { fieldError } from '../directory-admin/field-error.ts';

/** The INSEE code of the commune typed (postal or INSEE code), or a message next to the field. */
export async function communeOf(tx: Tx, typed: string | null): Promise<string | null> {
  if (!typed) return null;
  const code = await resolveCommune(tx, typed);
  if (code === 'ambiguous') throw fieldError('communeCode', 'validation.activity_record.commune_ambiguous');
  if (!code) throw fieldError('communeCode', 'validation.activity_record.commune_unknown');
  return code;
}

/**
 * Refuses, in words, a write into a period a validated report covers (decision 036); the database's
 * trigger refuses it anyway. Each day given is checked (an update checks the old and the new one).
 */
export async function assertPeriodsOpen(tx: Tx, placeId: string, ...days: string[]): Promise<void> {
  for (const day of new Set(days)) {
    if (await periodIsFrozen(tx, placeId, day)) throw new DomainError('period_frozen');
  }
}
