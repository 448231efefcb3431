import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { DescriptionList } from './DescriptionList.tsx';

describe('DescriptionList', () => {
  it('pairs each term with its description, each pair in a div of the dl', () => {
    const html = render(
      <DescriptionList
        layout="columns"
        items={[
          { term: 'Adresse', description: '1 rue de la Paix, 59000 Lille' },
          { term: 'Horaires', description: 'Du lundi au vendredi, de 9 h à 17 h' },
        ]}
      />,
    );
    const [list] = elements(html, 'dl');
    expect(list?.attrs.class).toBe('rf-dl rf-dl--columns');
    expect(elements(html, 'div')).toHaveLength(2);
    expect(elements(html, 'dt').map((dt) => text(dt.inner))).toEqual(['Adresse', 'Horaires']);
    expect(elements(html, 'dd').map((dd) => text(dd.inner))).toEqual([
      '1 rue de la Paix, 59000 Lille',
      'Du lundi au vendredi, de 9 h à 17 h',
    ]);
  });
});
