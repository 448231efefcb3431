import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { Badge } from './Badge.tsx';

describe('Badge', () => {
  it('is a span whose words carry the meaning, neutral by default', () => {
    const html = render(<Badge>Brouillon</Badge>);
    const [badge] = elements(html, 'span');
    expect(badge?.attrs.class).toBe('rf-badge rf-badge--neutral');
    expect(text(badge?.inner ?? '')).toBe('Brouillon');
  });

  it('takes a tone', () => {
    expect(render(<Badge tone="success">Validé</Badge>)).toContain('rf-badge--success');
  });
});
