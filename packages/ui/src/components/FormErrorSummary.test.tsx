import { describe, expect, it } from 'vitest';
import { byId, elements, idProblems, render, text } from '../testing/html.ts';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { TextField } from './TextField.tsx';

const errors = [
  { fieldId: 'email', message: 'Saisissez une adresse e-mail' },
  { fieldId: 'slot', message: 'Choisissez un moment' },
];

describe('FormErrorSummary', () => {
  it('is an alert named by its heading', () => {
    const html = render(<FormErrorSummary title="Il y a 2 erreurs" errors={errors} />);
    const [summary] = elements(html, 'div');
    expect(summary?.attrs.role).toBe('alert');
    const heading = elements(html, 'h2')[0];
    expect(text(heading?.inner ?? '')).toBe('Il y a 2 erreurs');
    expect(summary?.attrs['aria-labelledby']).toBe(heading?.attrs.id);
  });

  it('takes focus on load without JavaScript (autofocus on a tabindex=-1 container), unless told not to', () => {
    const html = render(<FormErrorSummary title="Erreurs" errors={errors} />);
    expect(elements(html, 'div')[0]?.attrs).toMatchObject({ tabindex: '-1', autofocus: '' });
    const quiet = render(<FormErrorSummary title="Erreurs" errors={errors} focusOnLoad={false} />);
    expect(elements(quiet, 'div')[0]?.attrs).not.toHaveProperty('autofocus');
  });

  it('links each error to its field, and every link lands on a rendered control', () => {
    const html = render(
      <form method="post">
        <FormErrorSummary title="Il y a 2 erreurs" errors={errors} headingLevel={2} />
        <TextField name="email" label="Adresse e-mail" error="Saisissez une adresse e-mail" />
        <RadioGroup
          name="slot"
          legend="Moment"
          error="Choisissez un moment"
          options={[
            { value: 'matin', label: 'Le matin' },
            { value: 'soir', label: 'Le soir' },
          ]}
        />
      </form>,
    );
    const links = elements(html, 'a');
    expect(links.map((link) => link.attrs.href)).toEqual(['#email', '#slot']);
    expect(links.map((link) => text(link.inner))).toEqual([
      'Saisissez une adresse e-mail',
      'Choisissez un moment',
    ]);
    expect(byId(html, 'email').name).toBe('input');
    expect(byId(html, 'slot').name).toBe('input');
    expect(idProblems(html)).toEqual([]);
  });

  it('renders nothing when there is no error', () => {
    expect(render(<FormErrorSummary title="Erreurs" errors={[]} />)).toBe('');
  });
});
