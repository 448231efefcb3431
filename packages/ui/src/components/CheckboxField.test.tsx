import { describe, expect, it } from 'vitest';
import { byId, elements, idProblems, idrefs, render, text } from '../testing/html.ts';
import { CheckboxField } from './CheckboxField.tsx';

describe('CheckboxField', () => {
  it('is a checkbox with its own label', () => {
    const html = render(<CheckboxField name="newsletter" label="Recevoir les nouvelles" value="yes" />);
    const input = byId(html, 'newsletter');
    expect(input.attrs).toMatchObject({ type: 'checkbox', name: 'newsletter', value: 'yes' });
    expect(elements(html, 'label')[0]?.attrs.for).toBe('newsletter');
    expect(input.attrs).not.toHaveProperty('aria-invalid');
    expect(input.attrs).not.toHaveProperty('aria-describedby');
  });

  it('describes hint and error, marks required in words, is invalid only on error', () => {
    const html = render(
      <CheckboxField
        name="consent"
        label="J’accepte que mes coordonnées soient transmises au lieu"
        hint="Elles sont effacées après l’atelier"
        error="Cochez la case pour réserver"
        required
        requiredLabel="(obligatoire)"
        defaultChecked
      />,
    );
    const input = byId(html, 'consent');
    expect(idrefs(input.attrs['aria-describedby'])).toEqual(['consent-hint', 'consent-error']);
    expect(input.attrs['aria-invalid']).toBe('true');
    expect(input.attrs).toHaveProperty('checked');
    expect(input.attrs).toHaveProperty('required');
    expect(text(elements(html, 'label')[0]?.inner ?? '')).toMatch(/\(obligatoire\)$/);
    expect(idProblems(html)).toEqual([]);
  });
});
