import { describe, expect, it } from 'vitest';
import { passwordResetInput, signInInput } from './auth.schema.ts';

describe('sign-in input', () => {
  it('normalises the e-mail address', () => {
    expect(signInInput.parse({ email: '  Camille@Example.ORG ', password: 'x' }).email).toBe(
      'camille@example.org',
    );
  });
  it('answers with catalogue keys', () => {
    const result = signInInput.safeParse({ email: 'pas-un-email', password: '' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual(['email:validation.email_invalid', 'password:validation.password_required']);
  });
});

describe('password reset input', () => {
  it('requires the confirmation to match', () => {
    const result = passwordResetInput.safeParse({
      token: 'x'.repeat(32),
      password: 'un-long-mot-de-passe',
      confirmation: 'autre-chose-encore',
    });
    expect(result.error?.issues[0]?.path).toEqual(['confirmation']);
    expect(result.error?.issues[0]?.message).toBe('validation.password_mismatch');
  });
});
