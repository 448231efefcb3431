import { describe, expect, it } from 'vitest';
import { byId, elements, idrefs, render, text } from '../testing/html.ts';
import { TextAreaField } from './TextAreaField.tsx';

describe('TextAreaField', () => {
  it('ties its label, hint and error to the textarea', () => {
    const html = render(
      <TextAreaField
        name="description"
        label="Description"
        hint="Ce que les personnes vont apprendre"
        error="Décrivez l’atelier"
        defaultValue="Texte"
      />,
    );
    const textarea = byId(html, 'description');
    expect(textarea.name).toBe('textarea');
    expect(elements(html, 'label')[0]?.attrs.for).toBe('description');
    expect(idrefs(textarea.attrs['aria-describedby'])).toEqual(['description-hint', 'description-error']);
    expect(textarea.attrs['aria-invalid']).toBe('true');
    expect(text(textarea.inner)).toBe('Texte');
  });
});
