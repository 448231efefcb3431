import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';

// CSV in and out, through the csv-parse and csv-stringify libraries (decision 051), and the one place where
// text is made safe to open in a spreadsheet.
//
// Cells of every spreadsheet export (CSV and XLSX): a text that a spreadsheet would run as a formula (a
// place named `=HYPERLINK(…)`, a description starting `@SUM(…)`, `+33 2 98…` typed with spaces, `-1+1`) gets
// a leading apostrophe, OWASP's advice against CSV injection, so it stays the text it was. Numbers are
// written as numbers, never changed: a negative figure is a number, not text, and stays one. Every export
// writes its cells through `spreadsheetText`, directly (XLSX) or in `toCsv` (CSV): one rule, wherever the
// rows come from.

/**
 * What makes a spreadsheet read text as a formula: `=`, `+`, `-`, `@` (and their full-width forms, which
 * some spreadsheets read the same way) at the start, even after blanks; a tab, CR or LF at the start.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * A signed number and nothing else (`+33298000000`, `-4.1`): a spreadsheet reads it as that number, it cannot
 * call a function or another program. Kept as it is, so the places standard's `+33…` phone numbers stay
 * valid for the national tools that read the file.
 */
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)?$/;

/** Text a person may have typed, made inert for a spreadsheet: prefixed with `'` when it would be a formula. */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | null | undefined;
export type CsvSeparator = ',' | ';';

/**
 * CSV text (RFC 4180) of rows: numbers as they are, null and undefined empty, text neutralised
 * ({@link spreadsheetText}) then quoted by csv-stringify when it holds the separator, a quote or a line
 * break. Every row ends with CRLF; an empty row is an empty line. No BOM: the caller adds one if needed.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], separator: CsvSeparator): string {
  return stringify(
    rows.map((row) => row.map((value) => (typeof value === 'string' ? spreadsheetText(value) : value))),
    { delimiter: separator, record_delimiter: '\r\n', quote_record_delimiter: true },
  );
}

/** One record read from a CSV file, with the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvReadResult =
  | { ok: true; separator: CsvSeparator; records: CsvRecord[] }
  | { ok: false; error: CsvReadError; line: number };

/**
 * `unclosed_quote`: a quote opened on `line` is never closed (it would swallow the rest of the file);
 * `bad_quote`: a quote inside an unquoted field, or text right after a closing quote, on `line`.
 */
export type CsvReadError = 'unclosed_quote' | 'bad_quote';

/** `;` when the header line (the first line with text) has more semicolons than commas, else `,`. */
function separatorOf(text: string): CsvSeparator {
  const header = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * The line of a quote still open when line `until` starts (or at the end of the text), if any. Only asked
 * about the text before the parser's first error, where every quote opens or closes a field, or is one of
 * the two of a `""`.
 */
function openQuoteLine(text: string, until = Number.POSITIVE_INFINITY): number | null {
  let line = 1;
  let openedOn: number | null = null;
  for (const char of text) {
    if (line >= until) break;
    if (char === '\n') line += 1;
    else if (char === '"') openedOn = openedOn === null ? line : null;
  }
  return openedOn;
}

/**
 * Reads CSV text as spreadsheets and the national standard write it: `,` or `;` (found on the header line),
 * fields optionally quoted with `""` for a quote inside, CRLF, LF or CR line ends, an optional BOM. Blank
 * lines and lines of separators only are skipped; lines may have fewer or more fields than the header.
 * Quotes are strict: a quote never closed, or one inside an unquoted field, is an error naming its line.
 */
export function readCsv(text: string): CsvReadResult {
  // One line end for the whole file, so that every line break counts as one line, whatever made the file.
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const separator = separatorOf(input);
  const records: CsvRecord[] = [];
  try {
    const parsed = parse(input, {
      delimiter: separator,
      record_delimiter: '\n',
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `info.lines` is the line a record ends on; a quoted field may hold line breaks.
    for (const { record, info } of parsed) {
      const breaks = record.reduce((n, field) => n + field.split('\n').length - 1, 0);
      records.push({ line: info.lines - breaks, fields: record });
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // With these options, every error the parser has is about a quote: never closed, or misplaced. A
    // misplaced quote on a line that starts inside a quoted field is most likely the one closing a quote
    // left open higher up (`"Lieu` … `3,"Fin"`): that one is named.
    const line = Number(error.lines ?? 1);
    const open = openQuoteLine(input, error.code === 'CSV_QUOTE_NOT_CLOSED' ? undefined : line);
    return open !== null
      ? { ok: false, error: 'unclosed_quote', line: open }
      : { ok: false, error: 'bad_quote', line };
  }
  return { ok: true, separator, records };
}

/**
 * The text of an uploaded file's bytes: UTF-8 (with or without BOM) when they are valid UTF-8, otherwise
 * Windows-1252, what Excel writes when it saves "CSV (separator: semicolon)" on a French Windows. Either way
 * `Médiathèque` reads `Médiathèque`, never `M�diath�que`.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
