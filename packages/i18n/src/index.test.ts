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
  it('is French unless English was chosen', () => {
    expect(negotiateLocale(null)).toBe('fr');
    expect(negotiateLocale('de')).toBe('fr');
    expect(negotiateLocale('en')).toBe('en');
  });
});
