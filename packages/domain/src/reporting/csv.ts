// Cells of every spreadsheet export (CSV and XLSX): the one place where text is made safe to open in a
// spreadsheet. A text that a spreadsheet would run as a formula (a place named `=HYPERLINK(…)`, a
// description starting `@SUM(…)`, `+33 2 98…` typed with spaces, `-1+1`) gets a leading apostrophe, OWASP's advice
// against CSV injection, so it stays the text it was. Numbers are written as numbers, never changed: a
// negative figure is a number, not text, and stays one. Every export writes its cells through
// `spreadsheetText` (XLSX) or `csvCell` (CSV): one rule, wherever the rows come from.

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

/**
 * One CSV cell: numbers as they are; text neutralised ({@link spreadsheetText}), then quoted when it holds
 * the separator, a quote or a line break (RFC 4180).
 */
export function csvCell(value: string | number | null | undefined, separator: ',' | ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = spreadsheetText(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
