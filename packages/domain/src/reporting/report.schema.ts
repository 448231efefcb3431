import { z } from 'zod';
import { allowsDecimals, isIndicatorKey } from './report-indicators.ts';
import { isPeriodStart, REPORT_PERIODS } from './report-period.ts';
import { REPORT_STATUSES } from './report-workflow.ts';

// Inputs of the report procedures; messages are catalogue keys. The forms post the same shapes (the
// report page's per-indicator fields are named into `corrections`).

export const NARRATIVE_MAX = 10_000;
export const JUSTIFICATION_MAX = 500;
export const REVIEW_COMMENT_MAX = 2_000;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const reportIdInput = z.object({ reportId: z.uuid('validation.invalid') });

export const openReportInput = z
  .object({
    placeId: z.uuid('validation.invalid'),
    period: z.enum(REPORT_PERIODS, { error: 'validation.reports.period_invalid' }),
    periodStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.reports.period_invalid'),
  })
  .refine((v) => isPeriodStart(v.period, v.periodStart), {
    path: ['periodStart'],
    message: 'validation.reports.period_invalid',
  });
export type OpenReportInput = z.infer<typeof openReportInput>;

/** A number typed in a form ("12", "12,5") or sent as a number. */
const correctionValue = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v),
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'validation.reports.correction_value_required'
          : 'validation.reports.correction_value_invalid',
    })
    .refine(Number.isFinite, 'validation.reports.correction_value_invalid')
    .refine((n) => n >= 0, 'validation.reports.correction_value_invalid'),
);

export const correctionInput = z.object({
  value: correctionValue,
  justification: z
    .string({ error: 'validation.reports.justification_required' })
    .trim()
    .min(1, 'validation.reports.justification_required')
    .max(JUSTIFICATION_MAX, 'validation.reports.too_long'),
});

const isRow = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The corrections as the report page posts them, one row per indicator named by its key
 * (`corrections.participants.value`, `corrections.genre.feminin.justification`): a breakdown's key holds a
 * dot, which the form's names read as one more level, put back here; a row left empty keeps the computed
 * figure (no correction). The schema's own output (flat keys, numbers) is read as it is.
 */
function correctionRows(value: unknown): unknown {
  if (!isRow(value)) return value;
  const rows: Record<string, unknown> = {};
  const add = (key: string, row: unknown) => {
    if (isRow(row) && !('value' in row) && !('justification' in row)) {
      for (const [code, inner] of Object.entries(row)) add(`${key}.${code}`, inner);
    } else if (!(isRow(row) && isBlank(row.value) && isBlank(row.justification))) {
      rows[key] = row;
    }
  };
  for (const [key, row] of Object.entries(value)) add(key, row);
  return rows;
}

export const saveReportInput = z.object({
  reportId: z.uuid('validation.invalid'),
  narrative: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(NARRATIVE_MAX, 'validation.reports.too_long').nullable().default(null),
  ),
  corrections: z.preprocess(
    correctionRows,
    z
      .record(z.string(), correctionInput)
      .default({})
      .superRefine((corrections, ctx) => {
        for (const [key, correction] of Object.entries(corrections)) {
          if (!isIndicatorKey(key)) {
            ctx.addIssue({ code: 'custom', path: [key], message: 'validation.reports.indicator_unknown' });
          } else {
            // Hours in tenths, everything else whole; compared after rounding away float noise.
            const scaled = allowsDecimals(key) ? correction.value * 10 : correction.value;
            if (Math.abs(scaled - Math.round(scaled)) > 1e-9) {
              ctx.addIssue({
                code: 'custom',
                path: [key, 'value'],
                message: allowsDecimals(key)
                  ? 'validation.reports.correction_hours_invalid'
                  : 'validation.reports.correction_whole_invalid',
              });
            }
          }
        }
      }),
  ),
});
export type SaveReportInput = z.infer<typeof saveReportInput>;

/**
 * A network admin's review: validating may carry a comment; sending back must say what to fix; reopening a
 * validated report (decision 036) must say why.
 */
export const reviewReportInput = z
  .object({
    reportId: z.uuid('validation.invalid'),
    decision: z.enum(['validate', 'send_back', 'reopen'], { error: 'validation.reports.decision_invalid' }),
    comment: z.preprocess(
      blankToUndefined,
      z.string().trim().max(REVIEW_COMMENT_MAX, 'validation.reports.too_long').optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'send_back' && !v.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'validation.reports.comment_required' });
    }
    if (v.decision === 'reopen' && !v.comment) {
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: 'validation.reports.reopen_reason_required',
      });
    }
  });
export type ReviewReportInput = z.infer<typeof reviewReportInput>;

export const listReportsInput = z
  .object({
    status: z.preprocess(blankToUndefined, z.enum(REPORT_STATUSES).optional()),
    period: z.preprocess(blankToUndefined, z.enum(REPORT_PERIODS).optional()),
  })
  .default({});
export type ListReportsInput = z.infer<typeof listReportsInput>;
