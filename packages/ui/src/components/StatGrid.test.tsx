import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { Stat } from './Stat.tsx';
import { StatGrid } from './StatGrid.tsx';

describe('StatGrid and Stat', () => {
  it('is a description list: the label (dt) comes before the figure (dd) in the source', () => {
    const html = render(
      <StatGrid>
        <Stat label="Ateliers ce mois-ci" value="42" detail="12 de plus que le mois dernier" />
        <Stat label="Personnes accompagnées" value="1 250" />
      </StatGrid>,
    );
    expect(elements(html, 'dl')).toHaveLength(1);
    expect(elements(html, 'dt').map((dt) => text(dt.inner))).toEqual([
      'Ateliers ce mois-ci',
      'Personnes accompagnées',
    ]);
    expect(elements(html, 'dd').map((dd) => text(dd.inner))).toEqual([
      '42',
      '12 de plus que le mois dernier',
      '1 250',
    ]);
    const first = elements(html, 'dt')[0]?.index ?? 0;
    expect(first).toBeLessThan(elements(html, 'dd')[0]?.index ?? 0);
  });
});
