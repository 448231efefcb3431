import { describe, expect, it } from 'vitest';
import { byId, elements, idrefs, render } from '../testing/html.ts';
import { PasswordField } from './PasswordField.tsx';

describe('PasswordField', () => {
  it('is a labelled password input with the autocomplete hint for password managers', () => {
    const html = render(
      <PasswordField
        name="password"
        label="Mot de passe"
        autoComplete="new-password"
        hint="12 caractères au moins"
        required
        requiredLabel="(obligatoire)"
      />,
    );
    const input = byId(html, 'password');
    expect(input.attrs).toMatchObject({
      type: 'password',
      autocomplete: 'new-password',
      spellcheck: 'false',
    });
    expect(elements(html, 'label')[0]?.attrs.for).toBe('password');
    expect(idrefs(input.attrs['aria-describedby'])).toEqual(['password-hint']);
  });

  it('needs no JavaScript: no toggle button', () => {
    const html = render(
      <PasswordField name="password" label="Mot de passe" autoComplete="current-password" />,
    );
    expect(elements(html, 'button')).toHaveLength(0);
  });

  it('marks the error like any field', () => {
    const html = render(
      <PasswordField
        name="pw"
        label="Mot de passe"
        autoComplete="current-password"
        error="Mot de passe incorrect"
      />,
    );
    const input = byId(html, 'pw');
    expect(input.attrs['aria-invalid']).toBe('true');
    expect(idrefs(input.attrs['aria-describedby'])).toEqual(['pw-error']);
  });
});
