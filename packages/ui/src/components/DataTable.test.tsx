import { describe, expect, it } from 'vitest';
import { elements, idProblems, render, text } from '../testing/html.ts';
import { DataTable, type DataTableColumn } from './DataTable.tsx';

interface Place {
  id: string;
  name: string;
  city: string;
  workshops: number;
}

const rows: Place[] = [
  { id: 'a', name: 'La Fabrique du Nord', city: 'Lille', workshops: 12 },
  { id: 'b', name: 'Tiers-lieu des Landes', city: 'Mont-de-Marsan', workshops: 3 },
];

const columns: DataTableColumn<Place>[] = [
  { key: 'name', header: 'Lieu', cell: (row) => row.name },
  { key: 'city', header: 'Commune', cell: (row) => row.city },
  { key: 'workshops', header: 'Ateliers', cell: (row) => row.workshops, align: 'end' },
];

describe('DataTable', () => {
  it('has a caption and a column header with scope="col" for each column', () => {
    const html = render(
      <DataTable caption="Lieux du réseau" columns={columns} rows={rows} rowKey={(r) => r.id} />,
    );
    expect(text(elements(html, 'caption')[0]?.inner ?? '')).toBe('Lieux du réseau');
    const columnHeaders = elements(html, 'th').filter((th) => th.attrs.scope === 'col');
    expect(columnHeaders.map((th) => text(th.inner))).toEqual(['Lieu', 'Commune', 'Ateliers']);
  });

  it('names each row with a header cell with scope="row" (first column by default)', () => {
    const html = render(<DataTable caption="Lieux" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const rowHeaders = elements(html, 'th').filter((th) => th.attrs.scope === 'row');
    expect(rowHeaders.map((th) => text(th.inner))).toEqual(['La Fabrique du Nord', 'Tiers-lieu des Landes']);
    expect(elements(html, 'th').every((th) => th.attrs.scope === 'col' || th.attrs.scope === 'row')).toBe(
      true,
    );
    expect(elements(html, 'td')).toHaveLength(4);
  });

  it('lets another column name the rows', () => {
    const byCity = columns.map((column) => ({ ...column, rowHeader: column.key === 'city' }));
    const html = render(<DataTable caption="Lieux" columns={byCity} rows={rows} rowKey={(r) => r.id} />);
    const rowHeaders = elements(html, 'th').filter((th) => th.attrs.scope === 'row');
    expect(rowHeaders.map((th) => text(th.inner))).toEqual(['Lille', 'Mont-de-Marsan']);
  });

  it('scrolls inside a focusable region named by the caption', () => {
    const html = render(<DataTable caption="Lieux" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const [region] = elements(html, 'section');
    const caption = elements(html, 'caption')[0];
    expect(region?.attrs.tabindex).toBe('0');
    expect(region?.attrs['aria-labelledby']).toBe(caption?.attrs.id);
    expect(idProblems(html)).toEqual([]);
  });

  it('can stay static, and can hide its caption visually while keeping it', () => {
    const html = render(
      <DataTable
        caption="Lieux"
        captionHidden
        scrollable={false}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
      />,
    );
    expect(elements(html, 'section')).toHaveLength(0);
    expect(html).not.toContain('tabindex');
    expect(elements(html, 'caption')[0]?.attrs.class).toContain('visually-hidden');
  });

  it('aligns figures to the end', () => {
    const html = render(<DataTable caption="Lieux" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const figures = elements(html, 'td').filter((td) => td.attrs.class === 'rf-table__cell--end');
    expect(figures.map((td) => text(td.inner))).toEqual(['12', '3']);
  });

  it('says so in one cell spanning all columns when there are no rows', () => {
    const html = render(
      <DataTable
        caption="Lieux"
        columns={columns}
        rows={[]}
        rowKey={(r) => r.id}
        emptyMessage="Aucun lieu"
      />,
    );
    const cells = elements(html, 'td');
    expect(cells).toHaveLength(1);
    expect(cells[0]?.attrs.colspan).toBe('3');
    expect(text(cells[0]?.inner ?? '')).toBe('Aucun lieu');
  });
});
