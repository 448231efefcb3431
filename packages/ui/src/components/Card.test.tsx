import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { Card } from './Card.tsx';

describe('Card', () => {
  it('titles the card with a heading at the given level', () => {
    const html = render(
      <Card title="Fabrique de Roubaix" headingLevel={3} footer={<a href="/lieux/1/reserver">Réserver</a>}>
        <p>Ouvert du lundi au vendredi</p>
      </Card>,
    );
    expect(elements(html, 'h3').map((h) => text(h.inner))).toEqual(['Fabrique de Roubaix']);
    expect(elements(html, 'h2')).toHaveLength(0);
    expect(html).toContain('rf-card__footer');
  });

  it('makes the title the one link of a clickable card', () => {
    const html = render(
      <Card title="Atelier smartphone" headingLevel={2} href="/ateliers/42" as="article" />,
    );
    const [article] = elements(html, 'article');
    expect(article?.attrs.class).toContain('rf-card--link');
    const heading = elements(html, 'h2')[0]?.inner ?? '';
    expect(elements(heading, 'a')[0]?.attrs.href).toBe('/ateliers/42');
    expect(elements(html, 'a')).toHaveLength(1);
  });
});
