import { describe, expect, it } from 'vitest';
import { byId, elements, idProblems, idrefs, render, text } from '../testing/html.ts';
import { SelectField } from './SelectField.tsx';

const options = [
  { value: 'nord', label: 'Nord' },
  { value: 'gironde', label: 'Gironde' },
];

describe('SelectField', () => {
  it('ties its label to the select', () => {
    const html = render(<SelectField name="department" label="Département" options={options} />);
    expect(elements(html, 'label')[0]?.attrs.for).toBe('department');
    expect(byId(html, 'department').name).toBe('select');
    expect(elements(html, 'option').map((option) => option.attrs.value)).toEqual(['nord', 'gironde']);
  });

  it('starts with an empty placeholder option selected', () => {
    const html = render(
      <SelectField name="department" label="Département" options={options} placeholder="Choisir" />,
    );
    const [first] = elements(html, 'option');
    expect(first?.attrs.value).toBe('');
    expect(first?.attrs).toHaveProperty('selected');
    expect(text(first?.inner ?? '')).toBe('Choisir');
  });

  it('selects the default value', () => {
    const html = render(
      <SelectField name="department" label="Département" options={options} defaultValue="gironde" />,
    );
    const selected = elements(html, 'option').filter((option) => 'selected' in option.attrs);
    expect(selected.map((option) => option.attrs.value)).toEqual(['gironde']);
  });

  it('describes hint and error and is invalid only on error', () => {
    const valid = render(
      <SelectField name="d" label="Département" options={options} hint="Où vous habitez" />,
    );
    expect(byId(valid, 'd').attrs).not.toHaveProperty('aria-invalid');
    const invalid = render(
      <SelectField
        name="d"
        label="Département"
        options={options}
        hint="Où vous habitez"
        error="Choisissez un département"
        required
        requiredLabel="(obligatoire)"
      />,
    );
    const select = byId(invalid, 'd');
    expect(idrefs(select.attrs['aria-describedby'])).toEqual(['d-hint', 'd-error']);
    expect(select.attrs['aria-invalid']).toBe('true');
    expect(select.attrs).toHaveProperty('required');
    expect(idProblems(invalid)).toEqual([]);
  });
});
