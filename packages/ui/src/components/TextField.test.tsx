import { describe, expect, it } from 'vitest';
import { byId, elements, idProblems, idrefs, render, text } from '../testing/html.ts';
import { TextField } from './TextField.tsx';

describe('TextField', () => {
  it('ties the visible label to the input through for/id, the id defaulting to the name', () => {
    const html = render(<TextField name="email" label="Adresse e-mail" />);
    const [label] = elements(html, 'label');
    const input = byId(html, 'email');
    expect(label?.attrs.for).toBe('email');
    expect(text(label?.inner ?? '')).toBe('Adresse e-mail');
    expect(input.name).toBe('input');
    expect(input.attrs.name).toBe('email');
    expect(input.attrs.type).toBe('text');
  });

  it('uses the given id rather than the name', () => {
    const html = render(<TextField id="contact-email" name="email" label="Adresse e-mail" />);
    expect(elements(html, 'label')[0]?.attrs.for).toBe('contact-email');
    expect(byId(html, 'contact-email').attrs.name).toBe('email');
  });

  it('has neither aria-describedby nor aria-invalid without hint or error', () => {
    const html = render(<TextField name="city" label="Commune" />);
    const input = byId(html, 'city');
    expect(input.attrs).not.toHaveProperty('aria-describedby');
    expect(input.attrs).not.toHaveProperty('aria-invalid');
  });

  it('points aria-describedby to the hint', () => {
    const html = render(<TextField name="phone" label="Téléphone" hint="Par exemple : 06 12 34 56 78" />);
    const input = byId(html, 'phone');
    expect(idrefs(input.attrs['aria-describedby'])).toEqual(['phone-hint']);
    expect(text(byId(html, 'phone-hint').inner)).toBe('Par exemple : 06 12 34 56 78');
    expect(input.attrs).not.toHaveProperty('aria-invalid');
    expect(idProblems(html)).toEqual([]);
  });

  it('on error, points to hint and error and sets aria-invalid', () => {
    const html = render(
      <TextField
        name="phone"
        label="Téléphone"
        hint="Par exemple : 06 12 34 56 78"
        error="Saisissez un numéro de téléphone"
        errorPrefix="Erreur :"
      />,
    );
    const input = byId(html, 'phone');
    expect(idrefs(input.attrs['aria-describedby'])).toEqual(['phone-hint', 'phone-error']);
    expect(input.attrs['aria-invalid']).toBe('true');
    const error = byId(html, 'phone-error');
    expect(text(error.inner)).toBe('Erreur : Saisissez un numéro de téléphone');
    expect(error.inner).toContain('<span class="visually-hidden">Erreur : </span>');
    expect(html).toContain('rf-field--error');
    expect(idProblems(html)).toEqual([]);
  });

  it('keeps extra describedBy ids after its own', () => {
    const html = render(
      <TextField name="code" label="Code" error="Code incorrect" describedBy="code-rules" />,
    );
    expect(idrefs(byId(html, 'code').attrs['aria-describedby'])).toEqual(['code-error', 'code-rules']);
  });

  it('says "required" in words in the label and sets the required attribute', () => {
    const html = render(<TextField name="lastName" label="Nom" required requiredLabel="(obligatoire)" />);
    expect(text(elements(html, 'label')[0]?.inner ?? '')).toBe('Nom (obligatoire)');
    expect(byId(html, 'lastName').attrs).toHaveProperty('required');
  });

  it('can mark optional fields instead', () => {
    const html = render(<TextField name="org" label="Structure" optionalLabel="(facultatif)" />);
    expect(text(elements(html, 'label')[0]?.inner ?? '')).toBe('Structure (facultatif)');
    expect(byId(html, 'org').attrs).not.toHaveProperty('required');
  });

  it('passes type, autocomplete, inputmode and default value to the input', () => {
    const html = render(
      <TextField
        name="postcode"
        label="Code postal"
        type="text"
        inputMode="numeric"
        autoComplete="postal-code"
        defaultValue="59000"
        maxLength={5}
        width="xs"
      />,
    );
    const input = byId(html, 'postcode');
    expect(input.attrs).toMatchObject({
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'postal-code',
      value: '59000',
      maxlength: '5',
    });
    expect(input.attrs.class).toContain('rf-input--xs');
  });

  it('renders label, hint and error before the input', () => {
    const html = render(<TextField name="a" label="A" hint="H" error="E" />);
    const order = ['label', 'a-hint', 'a-error', 'a'].map((key) =>
      key === 'label' ? (elements(html, 'label')[0]?.index ?? -1) : byId(html, key).index,
    );
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});
