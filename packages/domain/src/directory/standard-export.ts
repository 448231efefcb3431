import { toCsv } from '../reporting/csv.ts';
import { STANDARD_COLUMNS, type StandardRecord } from './standard-record.ts';

// Export of the directory in the national standard "lieux de médiation numérique" (schema v1.0.2): the
// record of a place is built by the ANCT's library (`standard-record.ts`, decision 053); here, the CSV of
// those records, the columns in the schema's order.

export {
  type ExportablePlace,
  STANDARD_COLUMNS,
  type StandardColumn,
  type StandardRecord,
  toStandardRecord,
  UNKNOWN_PIVOT,
} from './standard-record.ts';

/**
 * RFC 4180 CSV with the standard's header, lines ended by CRLF. Public and opened in spreadsheets: text
 * that would run as a formula is neutralised like in every export (`toCsv`), phone numbers included
 * (`'+33…`); the JSON export keeps every value as typed, for programs.
 */
export function toStandardCsv(records: readonly StandardRecord[]): string {
  return toCsv([STANDARD_COLUMNS, ...records.map((record) => STANDARD_COLUMNS.map((c) => record[c]))], ',');
}
