import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSms, gsm7Length, isGsm7, SMS_MAX_SEPTETS, toGsm7 } from './sms-text.ts';

describe('GSM-7', () => {
  it('knows the basic set and the extension table', () => {
    expect(isGsm7('Rappel : atelier à 14h, café & goûter')).toBe(false); // û
    expect(isGsm7('Rappel : atelier à 14h, Ça marche ! @£$¥èéùìò')).toBe(true);
    expect(isGsm7('ç')).toBe(false);
    expect(isGsm7('Ç')).toBe(true);
    expect(isGsm7('€[]{}~^|\\')).toBe(true);
    expect(isGsm7('🙂')).toBe(false);
    expect(isGsm7('’')).toBe(false);
  });

  it('counts extension characters as two septets', () => {
    expect(gsm7Length('abc')).toBe(3);
    expect(gsm7Length('5€')).toBe(3);
    expect(gsm7Length('[x]')).toBe(5);
    expect(gsm7Length('')).toBe(0);
    expect(() => gsm7Length('œ')).toThrow(RangeError);
  });
});

describe('toGsm7', () => {
  it('transliterates French characters outside GSM-7', () => {
    expect(toGsm7('Cœur de l’atelier « Numérique » à la fenêtre…')).toBe(
      'Coeur de l\'atelier " Numérique " à la fenetre...',
    );
    expect(toGsm7('garçon, château, maïs, où, Noël, île, drôle, dû, L’ŒUVRE')).toBe(
      "garcon, chateau, mais, où, Noel, ile, drole, du, L'OEUVRE",
    );
    expect(toGsm7('le\u00a012\u202fmars – 14\u00a0h')).toBe('le 12 mars - 14 h');
    expect(toGsm7('Ça, É, È, Ê, À')).toBe('Ça, É, E, E, A');
  });

  it('strips other accents and leaves out what GSM-7 cannot say', () => {
    expect(toGsm7('Škoda Łódź 🎉 日本')).toBe('Skoda Lodz  ');
  });

  it('always gives GSM-7, and leaves GSM-7 text untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(isGsm7(toGsm7(s))).toBe(true);
      }),
    );
    const gsm = fc.string({
      unit: fc.constantFrom(...'@£$¥èéùìòÇ\nØøÅåΔ_ÆæßÉ !"#%&\'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà€[]{}'),
    });
    fc.assert(
      fc.property(gsm, (s) => {
        expect(toGsm7(s)).toBe(s);
      }),
    );
  }, 30_000);
});

describe('fitSms', () => {
  const link = 'https://rf.example/r/Ab3dEf9hKm2';
  const fixed = (when: string) => [' le ', when, '. Annuler : ', link] as const;

  it('keeps a short message as it is', () => {
    const sms = fitSms(['Rappel : ', { shorten: 'Atelier smartphone' }, ...fixed('jeu. 12/03 14h')]);
    const text = `Rappel : Atelier smartphone le jeu. 12/03 14h. Annuler : ${link}`;
    expect(sms).toEqual({ text, septets: text.length, shortened: false });
  });

  it('shortens the title with "..." and never cuts the time or the link', () => {
    const title =
      'Atelier découverte des démarches administratives en ligne : impôts, CAF, Ameli, France Travail et ANTS, pour débutants';
    const sms = fitSms(['Rappel : ', { shorten: title }, ...fixed('jeu. 12/03 14h')]);
    expect(sms.shortened).toBe(true);
    expect(sms.septets).toBeLessThanOrEqual(160);
    expect(sms.septets).toBeGreaterThanOrEqual(157);
    expect(sms.text).toMatch(
      /^Rappel : Atelier découverte .*\.\.\. le jeu\. 12\/03 14h\. Annuler : https:\/\/rf\.example\/r\/Ab3dEf9hKm2$/,
    );
    expect(isGsm7(sms.text)).toBe(true);
  });

  it('shortens the longest of several shortenable parts first', () => {
    const sms = fitSms([{ shorten: 'x'.repeat(200) }, ' @ ', { shorten: 'Médiathèque' }], 40);
    expect(sms.text).toBe(`${'x'.repeat(23)}... @ Médiathèque`);
    expect(sms.septets).toBe(40);
  });

  it('refuses a template whose fixed parts alone are too long', () => {
    expect(() => fitSms(['x'.repeat(150), { shorten: 'titre' }, '[[[[[['])).toThrow(RangeError);
  });

  it('gives one GSM-7 SMS of at most 160 septets for any title, the fixed parts intact', () => {
    const titles = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(...'àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊÎÔÙÛŒ’«»…€[]{} \u00a0🎉😀'),
        maxLength: 300,
      }),
    );
    fc.assert(
      fc.property(
        titles,
        fc.constantFrom('jeu. 12/03 14h', 'lun. 1er déc. à 9h30', 'sam. 28/02 10h–12h'),
        (title, when) => {
          const sms = fitSms(['Rappel : ', { shorten: title }, ...fixed(when)]);
          expect(isGsm7(sms.text)).toBe(true);
          expect(gsm7Length(sms.text)).toBe(sms.septets);
          expect(sms.septets).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
          expect(sms.text.startsWith('Rappel : ')).toBe(true);
          expect(sms.text.endsWith(`${toGsm7(` le ${when}`)}. Annuler : ${link}`)).toBe(true);
        },
      ),
    );
  });
});
