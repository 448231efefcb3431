import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { PageHeader } from './PageHeader.tsx';

describe('PageHeader', () => {
  it('renders one h1 and the lead paragraph', () => {
    const html = render(<PageHeader title="Ateliers" lead="Apprendre près de chez vous" titleId="titre" />);
    const headings = elements(html, 'h1');
    expect(headings).toHaveLength(1);
    expect(text(headings[0]?.inner ?? '')).toBe('Ateliers');
    expect(headings[0]?.attrs.id).toBe('titre');
    expect(text(elements(html, 'p')[0]?.inner ?? '')).toBe('Apprendre près de chez vous');
  });

  it('leaves the lead out when there is none', () => {
    expect(elements(render(<PageHeader title="Ateliers" />), 'p')).toHaveLength(0);
  });
});
