import { type ReactNode, useId } from 'react';
import { cx } from '../lib/cx.ts';

export interface DataTableColumn<Row> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** `end` for figures, so that digits line up. Defaults to `start`. */
  align?: 'start' | 'end';
  /**
   * Cells of this column name their row (`<th scope="row">`). When no column says so, the first one does.
   */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** What the table shows; required, it names the table for screen readers. */
  caption: ReactNode;
  /** Hides the caption visually (it stays read) when a heading just above already says the same. */
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Shown in one cell when `rows` is empty; prefer an `EmptyState` instead of the table when it helps. */
  emptyMessage?: ReactNode;
  /**
   * On narrow screens the table scrolls sideways inside a named, keyboard-focusable region (so keyboard users
   * can scroll it). Set to false for a small table that always fits.
   */
  scrollable?: boolean;
  className?: string;
}

function alignClass<Row>(column: DataTableColumn<Row>): string | undefined {
  return column.align === 'end' ? 'rf-table__cell--end' : undefined;
}

/** A data table: a `<caption>`, `<th scope="col">` headers and a `<th scope="row">` per row. */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  emptyMessage,
  scrollable = true,
  className,
}: DataTableProps<Row>) {
  const captionId = useId();
  const headerIndex = Math.max(
    0,
    columns.findIndex((column) => column.rowHeader),
  );
  const table = (
    <table className={cx('rf-table', className)}>
      <caption id={captionId} className={cx('rf-table__caption', captionHidden && 'visually-hidden')}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={alignClass(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyMessage ? (
          <tr>
            <td colSpan={columns.length} className="rf-table__empty">
              {emptyMessage}
            </td>
          </tr>
        ) : null}
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)}>
            {columns.map((column, columnIndex) => {
              const cellClass = alignClass(column);
              return columnIndex === headerIndex ? (
                <th key={column.key} scope="row" className={cellClass}>
                  {column.cell(row, rowIndex)}
                </th>
              ) : (
                <td key={column.key} className={cellClass}>
                  {column.cell(row, rowIndex)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollable) return <div className="rf-table-wrap rf-table-wrap--static">{table}</div>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1, axe "scrollable-region-focusable"); it is named by the caption.
    <section className="rf-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </section>
  );
}
