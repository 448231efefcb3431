import { describe, expect, it } from 'vitest';
import { byId, elements, idProblems, idrefs, render, text } from '../testing/html.ts';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { RadioGroup } from './RadioGroup.tsx';

const slots = [
  { value: 'matin', label: 'Le matin' },
  { value: 'apres-midi', label: 'L’après-midi', hint: 'De 14 h à 17 h' },
  { value: 'soir', label: 'Le soir' },
];

describe('RadioGroup', () => {
  it('asks its question in the legend of a fieldset', () => {
    const html = render(<RadioGroup name="slot" legend="Quel moment vous convient ?" options={slots} />);
    const [fieldset] = elements(html, 'fieldset');
    expect(fieldset).toBeDefined();
    expect(text(elements(html, 'legend')[0]?.inner ?? '')).toBe('Quel moment vous convient ?');
  });

  it('gives the first radio the group id (error summary target) and ties each label', () => {
    const html = render(<RadioGroup name="slot" legend="Moment" options={slots} defaultValue="soir" />);
    const radios = elements(html, 'input');
    expect(radios.map((radio) => radio.attrs.id)).toEqual(['slot', 'slot-2', 'slot-3']);
    expect(radios.every((radio) => radio.attrs.type === 'radio' && radio.attrs.name === 'slot')).toBe(true);
    expect(elements(html, 'label').map((label) => label.attrs.for)).toEqual(['slot', 'slot-2', 'slot-3']);
    expect(radios.filter((radio) => 'checked' in radio.attrs).map((radio) => radio.attrs.value)).toEqual([
      'soir',
    ]);
    expect(idrefs(byId(html, 'slot-2').attrs['aria-describedby'])).toEqual(['slot-2-hint']);
    expect(idProblems(html)).toEqual([]);
  });

  it('describes the group by its hint and error; radios are invalid only on error', () => {
    const valid = render(<RadioGroup name="slot" legend="Moment" hint="Un seul choix" options={slots} />);
    expect(idrefs(elements(valid, 'fieldset')[0]?.attrs['aria-describedby'])).toEqual(['slot-hint']);
    expect(elements(valid, 'input').some((radio) => 'aria-invalid' in radio.attrs)).toBe(false);

    const invalid = render(
      <RadioGroup
        name="slot"
        legend="Moment"
        hint="Un seul choix"
        error="Choisissez un moment"
        options={slots}
        required
        requiredLabel="(obligatoire)"
      />,
    );
    expect(idrefs(elements(invalid, 'fieldset')[0]?.attrs['aria-describedby'])).toEqual([
      'slot-hint',
      'slot-error',
    ]);
    const radios = elements(invalid, 'input');
    expect(radios.every((radio) => radio.attrs['aria-invalid'] === 'true')).toBe(true);
    expect(radios.every((radio) => 'required' in radio.attrs)).toBe(true);
    expect(text(elements(invalid, 'legend')[0]?.inner ?? '')).toBe('Moment (obligatoire)');
    expect(idProblems(invalid)).toEqual([]);
  });
});

describe('CheckboxGroup', () => {
  it('checks the default values and never puts required on each box', () => {
    const html = render(
      <CheckboxGroup
        name="slots"
        legend="Moments"
        options={slots}
        defaultValue={['matin', 'soir']}
        required
        requiredLabel="(obligatoire)"
      />,
    );
    const boxes = elements(html, 'input');
    expect(boxes.every((box) => box.attrs.type === 'checkbox' && box.attrs.name === 'slots')).toBe(true);
    expect(boxes.filter((box) => 'checked' in box.attrs).map((box) => box.attrs.value)).toEqual([
      'matin',
      'soir',
    ]);
    expect(boxes.some((box) => 'required' in box.attrs)).toBe(false);
    expect(text(elements(html, 'legend')[0]?.inner ?? '')).toBe('Moments (obligatoire)');
  });
});
