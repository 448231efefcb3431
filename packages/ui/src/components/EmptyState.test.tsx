import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { EmptyState } from './EmptyState.tsx';

describe('EmptyState', () => {
  it('titles the message with a heading and offers the next step', () => {
    const html = render(
      <EmptyState
        title="Aucun atelier pour le moment"
        headingLevel={3}
        action={<a href="/ateliers/nouveau">Créer</a>}
      >
        <p>Les ateliers que vous publiez apparaîtront ici.</p>
      </EmptyState>,
    );
    expect(elements(html, 'h3').map((h) => text(h.inner))).toEqual(['Aucun atelier pour le moment']);
    expect(elements(html, 'a')[0]?.attrs.href).toBe('/ateliers/nouveau');
  });

  it('defaults to a level 2 heading', () => {
    expect(elements(render(<EmptyState title="Rien" />), 'h2')).toHaveLength(1);
  });
});
