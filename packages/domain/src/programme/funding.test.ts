import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eurosToCents,
  type FundingRule,
  type FundingTerms,
  fundingAgreementInput,
  fundingRuleMessage,
  fundingViolations,
} from './funding.ts';

// The rules restated independently of the implementation, straight from the AMI (SPEC §4.5), in euros.
function brokenRules(terms: FundingTerms, isFabriqueNumerique: boolean): Set<FundingRule> {
  const broken = new Set<FundingRule>();
  const euros = terms.yearlyAmountsCents.map((c) => c / 100);
  if (terms.durationYears !== 2 && terms.durationYears !== 3) broken.add('duration');
  else if (euros.length !== terms.durationYears) broken.add('years_match_duration');
  if (euros.some((e) => e <= 0)) broken.add('yearly_positive');
  if (euros.some((e) => e > 50_000)) broken.add('yearly_cap');
  // Summed in cents: euros as floats would misjudge 49,999.99 + 25,000 + 0.01.
  const totalCents = terms.yearlyAmountsCents.reduce((a, b) => a + b, 0);
  if (totalCents < 75_000 * 100 || totalCents > 150_000 * 100) broken.add('total_range');
  const bonus = terms.numeriqueBonusCents / 100;
  if (bonus < 0 || bonus > 100_000) broken.add('bonus_range');
  else if (bonus > 0 && !isFabriqueNumerique) broken.add('bonus_requires_numerique');
  if (terms.coFunders.some((c) => c.name.trim() === '' || c.name.trim().length > 200))
    broken.add('co_funder_name');
  if (terms.coFunders.some((c) => c.amountCents <= 0)) broken.add('co_funder_amount');
  return broken;
}

// Amounts cluster around the thresholds so that both sides of every rule are drawn often.
const yearlyCents = fc.oneof(
  fc.integer({ min: -100, max: 6_000_000 }),
  fc.constantFrom(0, 1, 2_500_000, 3_750_000, 4_999_999, 5_000_000, 5_000_001),
);
const bonusCents = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -100, max: 11_000_000 }),
  fc.constantFrom(9_999_999, 10_000_000, 10_000_001),
);
const terms: fc.Arbitrary<FundingTerms> = fc.record({
  durationYears: fc.integer({ min: 1, max: 4 }),
  yearlyAmountsCents: fc.array(yearlyCents, { minLength: 1, maxLength: 3 }),
  numeriqueBonusCents: bonusCents,
  coFunders: fc.array(
    fc.record({
      name: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })),
      amountCents: fc.integer({ min: -10, max: 1e7 }),
    }),
    { maxLength: 3 },
  ),
});
// Terms inside the rules, to show the rules accept what they should (not only refuse).
const validTerms: fc.Arbitrary<FundingTerms> = fc
  .constantFrom(2, 3)
  .chain((durationYears) =>
    fc.record({
      durationYears: fc.constant(durationYears),
      yearlyAmountsCents: fc.array(fc.integer({ min: 1, max: 5_000_000 }), {
        minLength: durationYears,
        maxLength: durationYears,
      }),
      numeriqueBonusCents: fc.integer({ min: 0, max: 10_000_000 }),
      coFunders: fc.array(
        fc.record({
          name: fc.constantFrom('Région Occitanie', 'Département du Gers'),
          amountCents: fc.integer({ min: 1, max: 1e7 }),
        }),
        { maxLength: 3 },
      ),
    }),
  )
  .filter((t) => {
    const total = t.yearlyAmountsCents.reduce((a, b) => a + b, 0);
    return total >= 7_500_000 && total <= 15_000_000;
  });

const placeId = '00000000-0000-4000-8000-000000000001';
const parse = (t: FundingTerms) => fundingAgreementInput.safeParse({ placeId, startsOn: '2026-01-01', ...t });

describe('funding rules', () => {
  it('accepts an agreement only when it satisfies every rule', () => {
    fc.assert(
      fc.property(terms, fc.boolean(), (t, numerique) => {
        const violations = fundingViolations(t, { isFabriqueNumerique: numerique });
        if (violations.length === 0) expect(brokenRules(t, numerique)).toEqual(new Set());
      }),
      { numRuns: 2000 },
    );
  });

  it('names every rule a rejected agreement breaks', () => {
    fc.assert(
      fc.property(terms, fc.boolean(), (t, numerique) => {
        const named = new Set(fundingViolations(t, { isFabriqueNumerique: numerique }).map((v) => v.rule));
        expect(named).toEqual(brokenRules(t, numerique));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every agreement within the rules', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        expect(fundingViolations(t, { isFabriqueNumerique: true })).toEqual([]);
        expect(parse(t).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the schema refuses with the message of each broken rule (the bonus label is checked by the procedure)', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const result = parse(t);
        const expected = [...brokenRules(t, true)].map(fundingRuleMessage).sort();
        if (expected.length === 0) expect(result.success).toBe(true);
        else {
          expect(result.success).toBe(false);
          const messages = new Set(result.error?.issues.map((i) => i.message));
          expect([...messages].sort()).toEqual(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a bonus for a place that is not a Fabrique numérique', () => {
    const t = {
      durationYears: 2,
      yearlyAmountsCents: [5_000_000, 5_000_000],
      numeriqueBonusCents: 100,
      coFunders: [],
    };
    expect(fundingViolations(t, { isFabriqueNumerique: false })).toEqual([
      { rule: 'bonus_requires_numerique', path: ['numeriqueBonusCents'] },
    ]);
    expect(fundingViolations(t, { isFabriqueNumerique: true })).toEqual([]);
  });
});

describe('the console form', () => {
  it('reads euros written the French way', () => {
    expect(eurosToCents('50 000')).toBe(5_000_000);
    expect(eurosToCents('37 500,50 €')).toBe(3_750_050);
    expect(eurosToCents('12.5')).toBe(1250);
    expect(eurosToCents('')).toBe(0);
    expect(eurosToCents('beaucoup')).toBeNaN();
  });

  it('reads the euros typed in the form, and puts a yearly cap breach next to that year, the total next to the years', () => {
    // What Conform hands over for `yearlyAmountsCents[0]`…: the typed text (the duration is a number).
    const result = fundingAgreementInput.safeParse({
      placeId,
      startsOn: '2026-01-01',
      durationYears: 2,
      yearlyAmountsCents: ['60 000', '10 000', '99 999'],
      numeriqueBonusCents: '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['yearlyAmountsCents', 0], 'validation.funding.yearly_cap'],
      [['yearlyAmountsCents'], 'validation.funding.total_range'],
    ]);
    const typo = fundingAgreementInput.safeParse({
      placeId,
      startsOn: '2026-01-01',
      durationYears: 2,
      yearlyAmountsCents: ['40 000', 'beaucoup'],
    });
    expect(typo.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['yearlyAmountsCents', 1], 'validation.funding.amount_invalid'],
    ]);
  });

  it('keeps only the years of the chosen duration and the filled co-funders, and accepts its own output', () => {
    const result = fundingAgreementInput.parse({
      placeId,
      startsOn: '2026-01-01',
      durationYears: 2,
      yearlyAmountsCents: ['40000', '40000', '40000'],
      numeriqueBonusCents: '',
      coFunders: [
        { name: 'Région Bretagne', amountCents: '20 000' },
        { name: '', amountCents: '' },
        { name: ' ', amountCents: '' },
      ],
      status: 'draft',
      signedOn: '',
      notes: '',
    });
    expect(result.yearlyAmountsCents).toEqual([4_000_000, 4_000_000]);
    expect(result.numeriqueBonusCents).toBe(0);
    expect(result.coFunders).toEqual([{ name: 'Région Bretagne', amountCents: 2_000_000 }]);
    expect(fundingAgreementInput.parse(result)).toEqual(result);
  });

  it('refuses more years than the duration when they are sent as numbers', () => {
    const result = fundingAgreementInput.safeParse({
      placeId,
      startsOn: '2026-01-01',
      durationYears: 2,
      yearlyAmountsCents: [4_000_000, 4_000_000, 4_000_000],
    });
    expect(result.error?.issues.map((i) => i.message)).toContain('validation.funding.years_match_duration');
  });
});
