import { translator } from '@rf/i18n';
import { describe, expect, it } from 'vitest';
import { retryAfterSentence } from './retry-after.ts';

const fr = (seconds: number) => retryAfterSentence(translator('fr'), 'fr', seconds);

describe('retryAfterSentence', () => {
  it('says minutes under an hour, rounded up', () => {
    expect(fr(1)).toBe('Vous pourrez réessayer dans 1 minute.');
    expect(fr(60)).toBe('Vous pourrez réessayer dans 1 minute.');
    expect(fr(61)).toBe('Vous pourrez réessayer dans 2 minutes.');
    expect(fr(55 * 60)).toBe('Vous pourrez réessayer dans 55 minutes.');
  });

  it('says hours from an hour on, rounded up', () => {
    expect(fr(3600)).toBe('Vous pourrez réessayer dans 1 heure.');
    expect(fr(3601)).toBe('Vous pourrez réessayer dans 2 heures.');
    expect(fr(20 * 3600)).toBe('Vous pourrez réessayer dans 20 heures.');
  });

  it('speaks English when asked', () => {
    expect(retryAfterSentence(translator('en'), 'en', 90)).toBe('You can try again in 2 minutes.');
    expect(retryAfterSentence(translator('en'), 'en', 30)).toBe('You can try again in 1 minute.');
  });
});
