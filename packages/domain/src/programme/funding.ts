import { z } from 'zod';

// The AMI's funding rules for a Fabrique de territoire (SPEC §4.5): an agreement runs 2 or 3 years, pays at
// most 50,000 € a year and 75,000 to 150,000 € in all, plus a bonus of at most 100,000 € that only a Fabrique
// numérique de territoire receives. Amounts are integer euro cents, as in the database, whose checks
// (migration 20261123000700_programme) state the same rules: the database is the last word, these rules
// give the reason in French before it is reached.

export const FUNDING_DURATIONS = [2, 3] as const;
export const MAX_YEARLY_CENTS = 5_000_000;
export const MIN_TOTAL_CENTS = 7_500_000;
export const MAX_TOTAL_CENTS = 15_000_000;
export const MAX_NUMERIQUE_BONUS_CENTS = 10_000_000;
export const MAX_CO_FUNDERS = 5;

/** Each rule an agreement can break; its message is `validation.funding.<rule>`. */
export const FUNDING_RULES = [
  'duration',
  'years_match_duration',
  'yearly_positive',
  'yearly_cap',
  'total_range',
  'bonus_range',
  'bonus_requires_numerique',
  'co_funder_name',
  'co_funder_amount',
] as const;
export type FundingRule = (typeof FUNDING_RULES)[number];

export const fundingRuleMessage = (rule: FundingRule) => `validation.funding.${rule}` as const;

export interface FundingTerms {
  durationYears: number;
  yearlyAmountsCents: readonly number[];
  numeriqueBonusCents: number;
  coFunders: readonly { name: string; amountCents: number }[];
}

export interface FundingViolation {
  rule: FundingRule;
  /** Where the rule is broken, as a zod issue path into `FundingTerms`. */
  path: (string | number)[];
}

const isCents = (n: number) => Number.isSafeInteger(n);

/**
 * Every rule the terms break. `isFabriqueNumerique` is the place's label, known only to the database: when
 * it is undefined the bonus rule is left to the caller (the procedure checks it with the place's labels).
 */
export function fundingViolations(
  terms: FundingTerms,
  context: { isFabriqueNumerique?: boolean } = {},
): FundingViolation[] {
  const violations: FundingViolation[] = [];
  const { durationYears, yearlyAmountsCents, numeriqueBonusCents, coFunders } = terms;
  if (!(FUNDING_DURATIONS as readonly number[]).includes(durationYears)) {
    violations.push({ rule: 'duration', path: ['durationYears'] });
  } else if (yearlyAmountsCents.length !== durationYears) {
    violations.push({ rule: 'years_match_duration', path: ['yearlyAmountsCents'] });
  }
  yearlyAmountsCents.forEach((amount, year) => {
    if (!isCents(amount) || amount <= 0)
      violations.push({ rule: 'yearly_positive', path: ['yearlyAmountsCents', year] });
    else if (amount > MAX_YEARLY_CENTS)
      violations.push({ rule: 'yearly_cap', path: ['yearlyAmountsCents', year] });
  });
  const total = yearlyAmountsCents.reduce((sum, amount) => sum + amount, 0);
  if (!(total >= MIN_TOTAL_CENTS && total <= MAX_TOTAL_CENTS)) {
    violations.push({ rule: 'total_range', path: ['yearlyAmountsCents'] });
  }
  if (
    !isCents(numeriqueBonusCents) ||
    numeriqueBonusCents < 0 ||
    numeriqueBonusCents > MAX_NUMERIQUE_BONUS_CENTS
  ) {
    violations.push({ rule: 'bonus_range', path: ['numeriqueBonusCents'] });
  } else if (numeriqueBonusCents > 0 && context.isFabriqueNumerique === false) {
    violations.push({ rule: 'bonus_requires_numerique', path: ['numeriqueBonusCents'] });
  }
  coFunders.forEach((coFunder, index) => {
    const name = coFunder.name.trim();
    if (name.length === 0 || name.length > 200) {
      violations.push({ rule: 'co_funder_name', path: ['coFunders', index, 'name'] });
    }
    if (!isCents(coFunder.amountCents) || coFunder.amountCents <= 0) {
      violations.push({ rule: 'co_funder_amount', path: ['coFunders', index, 'amountCents'] });
    }
  });
  return violations;
}

/**
 * "50 000", "50000,50" or "50000.5" euros → cents; NaN when it is not an amount (the schema then names the
 * rule). Blank is 0, for optional amounts such as the bonus.
 */
export function eurosToCents(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (compact === '') return 0;
  if (!/^-?\d{1,9}(\.\d{1,2})?$/.test(compact)) return Number.NaN;
  const [whole = '0', fraction = ''] = compact.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return compact.startsWith('-') ? -cents : cents;
}

export const centsToEuros = (cents: number) => (cents / 100).toFixed(2).replace(/\.00$/, '');

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(v)), message);
const optionalText = (max: number) =>
  z.preprocess(
    blankToNull,
    z.string().trim().max(max, 'validation.funding.too_long').nullable().default(null),
  );
const cents = z.number({ error: 'validation.funding.amount_invalid' });
/**
 * An amount of an agreement: euros as typed in the console's form ("50 000", "37 500,50"; blank is 0), or
 * cents as a number (the schema's own output, which the procedure parses again after the page's action).
 */
const amount = z
  .union([z.string(), cents], { error: 'validation.funding.amount_invalid' })
  .transform((value, ctx) => {
    if (typeof value === 'number') return value;
    const inCents = eurosToCents(value);
    if (Number.isNaN(inCents)) {
      ctx.addIssue({ code: 'custom', message: 'validation.funding.amount_invalid' });
      return z.NEVER;
    }
    return inCents;
  });

export const AGREEMENT_STATUSES = ['draft', 'signed', 'closed'] as const;
/** What the agreement form may set; closing is its own step, with a date and a reason. */
export const EDITABLE_AGREEMENT_STATUSES = ['draft', 'signed'] as const;

const agreementFields = z.object({
  placeId: z.uuid('validation.funding.place_required'),
  waveId: z.preprocess(blankToNull, z.uuid('validation.invalid').nullable()).default(null),
  reference: optionalText(100),
  startsOn: isoDate('validation.funding.date_invalid'),
  durationYears: z.number({ error: 'validation.funding.duration' }),
  yearlyAmountsCents: z.array(amount).max(3, 'validation.funding.years_match_duration'),
  numeriqueBonusCents: amount.default(0),
  coFunders: z
    .array(z.object({ name: z.string(), amountCents: amount }))
    .max(MAX_CO_FUNDERS, 'validation.funding.too_many_co_funders')
    .default([]),
  status: z.enum(EDITABLE_AGREEMENT_STATUSES, { error: 'validation.invalid' }).default('draft'),
  signedOn: z.preprocess(blankToNull, isoDate('validation.funding.date_invalid').nullable()).default(null),
  notes: optionalText(2000),
});

export const CO_FUNDER_SLOTS = 3;

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/**
 * What the console's form leaves out (one field per year and per co-funder slot, named
 * `yearlyAmountsCents[0]`, `coFunders[0].name`…, no JavaScript needed): the years typed past the chosen
 * duration (2 or 3) and the co-funder slots left empty. Only typed text is dropped: amounts sent as numbers
 * (the schema's own output, or a procedure's caller) are checked as they are.
 */
function withoutUnusedFormFields(input: z.input<typeof agreementFields>): z.input<typeof agreementFields> {
  if (typeof input !== 'object' || input === null) return input;
  const { durationYears, yearlyAmountsCents, coFunders } = input as Record<string, unknown>;
  const out: Record<string, unknown> = { ...input };
  const years = Number(durationYears);
  if (Array.isArray(yearlyAmountsCents) && (FUNDING_DURATIONS as readonly number[]).includes(years))
    out.yearlyAmountsCents = yearlyAmountsCents.filter((v, i) => i < years || typeof v !== 'string');
  if (Array.isArray(coFunders))
    out.coFunders = coFunders.filter((c: unknown) => {
      const slot = typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : null;
      return !(slot && isBlank(slot.name ?? '') && isBlank(slot.amountCents ?? ''));
    });
  return out as z.input<typeof agreementFields>;
}

/** A funding agreement as the network admin records it; rules broken are reported on their field. */
export const fundingAgreementInput = z
  .preprocess(withoutUnusedFormFields, agreementFields)
  .superRefine((agreement, ctx) => {
    for (const violation of fundingViolations(agreement)) {
      ctx.addIssue({ code: 'custom', path: violation.path, message: fundingRuleMessage(violation.rule) });
    }
    if (agreement.status !== 'draft' && agreement.signedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'validation.funding.signed_on_required' });
    }
  })
  .transform((agreement) => ({
    ...agreement,
    coFunders: agreement.coFunders.map((c) => ({ name: c.name.trim(), amountCents: c.amountCents })),
  }));
export type FundingAgreementInput = z.infer<typeof fundingAgreementInput>;

export const DISBURSEMENT_STATUSES = ['planned', 'paid'] as const;

/** A planned or paid instalment of an agreement; a paid one has its payment date. */
export const disbursementInput = z
  .object({
    agreementId: z.uuid('validation.invalid'),
    plannedOn: isoDate('validation.funding.date_invalid'),
    /** Euros as typed in the console's form, or cents (the schema's own output). */
    amountCents: amount.refine((n) => Number.isSafeInteger(n) && n > 0, 'validation.funding.amount_invalid'),
    status: z.enum(DISBURSEMENT_STATUSES, { error: 'validation.invalid' }).default('planned'),
    paidOn: z.preprocess(blankToNull, isoDate('validation.funding.date_invalid').nullable()).default(null),
  })
  .superRefine((d, ctx) => {
    if (d.status === 'paid' && d.paidOn === null) {
      ctx.addIssue({ code: 'custom', path: ['paidOn'], message: 'validation.funding.paid_on_required' });
    }
  })
  .transform((d) => ({ ...d, paidOn: d.status === 'paid' ? d.paidOn : null }));
export type DisbursementInput = z.infer<typeof disbursementInput>;

export const markDisbursementPaidInput = z.object({
  disbursementId: z.uuid('validation.invalid'),
  paidOn: isoDate('validation.funding.date_invalid'),
});

/** The share of an agreement's ceiling (years plus bonus) still free for new disbursements. */
export function remainingToDisburse(
  terms: Pick<FundingTerms, 'yearlyAmountsCents' | 'numeriqueBonusCents'>,
  disbursedCents: number,
): number {
  const ceiling = terms.yearlyAmountsCents.reduce((a, b) => a + b, 0) + terms.numeriqueBonusCents;
  return ceiling - disbursedCents;
}

/** Changing an agreement's terms: the same rules as recording one, on an agreement of the same place. */
export const agreementUpdateInput = fundingAgreementInput.and(
  z.object({ agreementId: z.uuid('validation.invalid') }),
);
export type AgreementUpdateInput = z.infer<typeof agreementUpdateInput>;

/** What stays fixed once money was paid: the agreement is then only annotated, or closed. */
export function termsChanged(
  before: Pick<FundingTerms, 'durationYears' | 'yearlyAmountsCents' | 'numeriqueBonusCents'> & {
    startsOn: string;
  },
  after: Pick<FundingTerms, 'durationYears' | 'yearlyAmountsCents' | 'numeriqueBonusCents'> & {
    startsOn: string;
  },
): boolean {
  return (
    before.startsOn !== after.startsOn ||
    before.durationYears !== after.durationYears ||
    before.numeriqueBonusCents !== after.numeriqueBonusCents ||
    before.yearlyAmountsCents.length !== after.yearlyAmountsCents.length ||
    before.yearlyAmountsCents.some((amount, i) => amount !== after.yearlyAmountsCents[i])
  );
}

/** Closing (terminating) a signed agreement: the date and the reason, both kept in the journal. */
export const closeAgreementInput = z.object({
  agreementId: z.uuid('validation.invalid'),
  closedOn: isoDate('validation.funding.date_invalid'),
  reason: z
    .string({ error: 'validation.funding.closing_reason_required' })
    .trim()
    .min(3, 'validation.funding.closing_reason_required')
    .max(2000, 'validation.funding.too_long'),
});
export type CloseAgreementInput = z.infer<typeof closeAgreementInput>;

export const deleteDisbursementInput = z.object({ disbursementId: z.uuid('validation.invalid') });
