import { describe, expect, it } from 'vitest';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import { negotiateLocale, translateIssue, translator } from './index.ts';

describe('catalogues', () => {
  it('give English exactly the French keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(names(en[key]), key).toEqual(names(fr[key]));
    }
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    const t = translator('fr');
    expect(t('mail.invitation.subject', { place: 'Konk Ar Lab' })).toBe(
      'Invitation à rejoindre Konk Ar Lab sur le Réseau Fabriques',
    );
  });
  it('turns unknown validation messages into a generic French sentence', () => {
    expect(translateIssue(translator('fr'), 'Invalid input')).toBe('Cette valeur n’est pas valide.');
  });
});

describe('negotiateLocale', () => {
  it('is French by default and for French browsers', () => {
    expect(negotiateLocale(null, null)).toBe('fr');
    expect(negotiateLocale(null, 'fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale(null, 'de-DE')).toBe('fr');
  });
  it('follows the browser when it prefers English, and the cookie above all', () => {
    expect(negotiateLocale(null, 'en-GB,en;q=0.9,fr;q=0.5')).toBe('en');
    expect(negotiateLocale('fr', 'en-GB')).toBe('fr');
  });
});
