import { spreadsheetText } from '@rf/domain/reporting/csv';
import type { ExportTable } from '@rf/domain/reporting/dashboard-export';
import writeXlsxFile, { type Row } from 'write-excel-file/node';

// Export tables as an XLSX workbook, one sheet per table, with write-excel-file (maintained, one small
// dependency; decision 026). Numbers stay numbers (a spreadsheet sums them), the header row is bold and
// stays in view when scrolling. Text goes through `spreadsheetText`, as in the CSV exports: a cell that
// would run as a formula once edited or saved as CSV (`=HYPERLINK(…)`, `@SUM(…)`) starts with `'`.

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const sheets = tables.map((table) => {
    const header: Row = table.header.map((title) => ({
      value: spreadsheetText(title),
      fontWeight: 'bold' as const,
    }));
    const rows: Row[] = table.rows.map((row) =>
      row.map((cell) =>
        cell === null
          ? null
          : typeof cell === 'number'
            ? { value: cell, type: Number }
            : spreadsheetText(cell),
      ),
    );
    const widths = table.header.map((title, i) =>
      Math.min(60, Math.max(10, title.length + 2, ...table.rows.map((r) => String(r[i] ?? '').length + 2))),
    );
    return {
      sheet: table.name.slice(0, 31),
      data: [header, ...rows],
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    };
  });
  return writeXlsxFile(sheets).toBuffer();
}
