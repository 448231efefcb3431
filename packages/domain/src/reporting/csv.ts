// One CSV cell of the reporting exports. Numbers are written as is; text is quoted when it holds the
// separator, a quote or a line break, and text that a spreadsheet would run as a formula (=, +, -, @) gets a
// leading apostrophe, so a place named "=HYPERLINK(…)" stays a name.

export function csvCell(value: string | number | null | undefined, separator: ',' | ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
