import type { Tx } from '@rf/db';
import { resolveCommune } from '@rf/db/reporting/records.repository';
import { fieldError } from '../directory-admin/field-error.ts';

/** The INSEE code of the commune typed (postal or INSEE code), or a message next to the field. */
export async function communeOf(tx: Tx, typed: string | null): Promise<string | null> {
  if (!typed) return null;
  const code = await resolveCommune(tx, typed);
  if (code === 'ambiguous') throw fieldError('communeCode', 'validation.activity_record.commune_ambiguous');
  if (!code) throw fieldError('communeCode', 'validation.activity_record.commune_unknown');
  return code;
}
