import { describe, expect, it } from 'vitest';
import { normalisePhone, personKey } from './person.ts';

describe('phone numbers', () => {
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '+33612345678',
    '+33 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '0033 6 12 34 56 78',
  ])('reads %s as +33612345678', (raw) => {
    expect(normalisePhone(raw)).toBe('+33612345678');
  });

  it('keeps overseas and foreign numbers in international form', () => {
    expect(normalisePhone('+590 690 12 34 56')).toBe('+590690123456');
    expect(normalisePhone('+32 470 12 34 56')).toBe('+32470123456');
  });

  it.each(['12 34', '06 12 34 56', '+33 6 12 34 56 78 9', 'appelez-moi', '00 00 00 00 00'])(
    'refuses %s',
    (raw) => {
      expect(normalisePhone(raw)).toBeNull();
    },
  );
});

describe('person key', () => {
  it('is the e-mail address whatever its case, when there is one', () => {
    expect(personKey({ email: ' Camille@Exemple.FR ', phone: '0612345678' })).toBe(
      'email:camille@exemple.fr',
    );
  });

  it('is the phone digits otherwise, the same for 06… and +33 6…', () => {
    expect(personKey({ phone: '+33612345678' })).toBe('tel:33612345678');
    expect(personKey({ email: '', phone: '0612345678' })).toBe('tel:33612345678');
  });

  it('is null without any contact', () => {
    expect(personKey({})).toBeNull();
  });
});
