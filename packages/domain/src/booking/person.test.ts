import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookingInput } from './booking.schema.ts';
import { MAIL_FIRST_NAME_MAX, mailFirstName, normalisePhone, personKey } from './person.ts';

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

describe('first name in e-mails', () => {
  it('keeps real first names as typed', () => {
    for (const name of [
      'Camille',
      'Jean-Pierre',
      'Zoë',
      'N’Golo',
      "D'Artagnan",
      'Anne Sophie',
      'Łukasz',
      'Nguyễn',
      'محمد',
      '李',
    ]) {
      expect(mailFirstName(name)).toBe(name);
    }
    expect(mailFirstName('  Camille  ')).toBe('Camille');
  });

  it('leaves no markup, link, address, phone number or line break', () => {
    expect(mailFirstName('<b>Bob</b><script>alert(1)</script>')).toBe('b Bob b script alert script');
    expect(mailFirstName('http://evil.example/gagnez')).toBe('http evil example gagnez');
    expect(mailFirstName('www.evil.example')).toBe('www evil example');
    expect(mailFirstName('bob@evil.example')).toBe('bob evil example');
    expect(mailFirstName('Appelez le 0899 12 34 56')).toBe('Appelez le');
    expect(mailFirstName('Camille\r\nBcc: victim@example.org')).toBe('Camille Bcc victim example org');
    expect(mailFirstName('Camille\n\nCliquez ici')).toBe('Camille Cliquez ici');
    expect(mailFirstName('Ｃａｍｉｌｌｅ：／／')).toBe('Camille');
    expect(mailFirstName('Cam\u202eille\u200b')).toBe('Cam ille');
  });

  it('is cut at 40 characters', () => {
    const long = 'A'.repeat(500);
    expect(mailFirstName(long)).toBe('A'.repeat(MAIL_FIRST_NAME_MAX));
    expect(MAIL_FIRST_NAME_MAX).toBe(40);
    expect(mailFirstName(`${'a '.repeat(19)}b c`)).toBe(`${'a '.repeat(19)}b`);
  });

  it('is empty when nothing of a name is left', () => {
    for (const raw of ['', '   ', '1234', '://', '<>', "'-'", '\u0000\u0007'])
      expect(mailFirstName(raw)).toBe('');
  });

  it('is shorter than what the form accepts, whatever the form accepted', () => {
    const tooLong = bookingInput.safeParse({
      sessionId: crypto.randomUUID(),
      firstName: 'a'.repeat(101),
      email: 'a@b.fr',
      consent: 'on',
    });
    expect(tooLong.success).toBe(false);
    const longest = bookingInput.safeParse({
      sessionId: crypto.randomUUID(),
      firstName: 'a'.repeat(100),
      email: 'a@b.fr',
      consent: 'on',
    });
    expect(longest.success).toBe(true);
    expect(mailFirstName('a'.repeat(100))).toHaveLength(MAIL_FIRST_NAME_MAX);
  });

  it('property: only letters, marks, single spaces, hyphens and apostrophes; at most 40 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
        ),
        (raw) => {
          const name = mailFirstName(raw);
          expect(Array.from(name).length).toBeLessThanOrEqual(MAIL_FIRST_NAME_MAX);
          expect(name).toMatch(/^[\p{L}\p{M} '’-]*$/u);
          expect(name).not.toMatch(/^ | $| {2}/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
