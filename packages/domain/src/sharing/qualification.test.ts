import { describe, expect, it } from 'vitest';
import { hasExpired, qualificationPeriod, recordQualificationInput } from './qualification.ts';
import { normaliseToolSearch, toolInput, toolSearchQuery } from './sharing.schema.ts';

const toolId = '0b8d6a1e-6a4f-4f7e-9a55-1f7d9a0c2b11';

describe('a qualification recorded by hand', () => {
  it('reads the form: e-mail trimmed and lower-cased, an empty expiry means none', () => {
    const parsed = recordQualificationInput.parse({
      toolId,
      email: ' Maker@Exemple.FR ',
      grantedOn: '2026-11-20',
      expiresOn: '',
    });
    expect(parsed).toEqual({ toolId, email: 'maker@exemple.fr', grantedOn: '2026-11-20', expiresOn: null });
  });

  it('refuses an expiry before the training, with the message next to the field', () => {
    const result = recordQualificationInput.safeParse({
      toolId,
      email: 'maker@exemple.fr',
      grantedOn: '2026-11-20',
      expiresOn: '2026-11-19',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['expiresOn', 'validation.sharing.end_before_start'],
    ]);
    const bad = recordQualificationInput.safeParse({ toolId, email: 'pas-une-adresse', grantedOn: 'hier' });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'grantedOn']);
  });

  it('stores Paris days: from the first day’s midnight to the day after the last', () => {
    expect(qualificationPeriod({ grantedOn: '2026-11-20', expiresOn: '2027-06-30' })).toEqual({
      grantedAt: '2026-11-19T23:00:00.000Z',
      expiresAt: '2027-06-30T22:00:00.000Z',
    });
    expect(qualificationPeriod({ grantedOn: '2026-11-20', expiresOn: null }).expiresAt).toBeNull();
  });

  it('has expired once its expiry is past, never without one', () => {
    expect(hasExpired('2027-01-01T00:00:00Z', new Date('2026-06-01T00:00:00Z'))).toBe(false);
    expect(hasExpired('2027-01-01T00:00:00Z', new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(hasExpired(null, new Date('2040-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('the catalogue’s page links', () => {
  it('keep the filters, drop page 1 and read an invalid page as none', () => {
    const search = normaliseToolSearch(new URLSearchParams('q=imprimante&pret=1&page=3'));
    expect(search.page).toBe(3);
    expect(toolSearchQuery(search, 4)).toBe('?q=imprimante&pret=1&page=4');
    expect(toolSearchQuery(search, 1)).toBe('?q=imprimante&pret=1');
    expect(normaliseToolSearch(new URLSearchParams('page=-2')).page).toBeUndefined();
    expect(normaliseToolSearch(new URLSearchParams('page=9999')).page).toBeUndefined();
  });
});

describe('the training a tool requires', () => {
  const base = { placeId: toolId, name: 'Découpeuse', usage: 'on_site' };
  it('reads the form’s text and the API’s numbers alike; empty means none', () => {
    const fromForm = toolInput.parse({
      ...base,
      requiredTrainingActivityId: toolId,
      qualificationValidityMonths: ' 12 ',
    });
    expect([fromForm.requiredTrainingActivityId, fromForm.qualificationValidityMonths]).toEqual([toolId, 12]);
    expect(toolInput.parse({ ...fromForm, placeId: toolId }).qualificationValidityMonths).toBe(12);
    const none = toolInput.parse({
      ...base,
      requiredTrainingActivityId: '',
      qualificationValidityMonths: '',
    });
    expect([none.requiredTrainingActivityId, none.qualificationValidityMonths]).toEqual([null, null]);
  });

  it('refuses months that are not a whole number from 1 to 120', () => {
    for (const months of ['douze', '0', '1.5', '121'])
      expect(
        toolInput.safeParse({ ...base, qualificationValidityMonths: months }).error?.issues[0]?.message,
        months,
      ).toBe('validation.sharing.months_invalid');
  });
});
