// Inputs of the sharing procedures (tools, reservations, loans). Messages are keys of the i18n catalogue
// (`validation.sharing.*` in packages/i18n/src/*/sharing.ts). The catalogue's GET form goes through
// `normaliseToolSearch`, which never fails: a field that does not validate is dropped.
import { z } from 'zod';
import { fromLocal, minutesOfTime } from '../time/local-time.ts';
import { PARIS_TIME_ZONE } from '../time/paris.ts';
import { loanActions } from './loan-workflow.ts';
import { TOOL_CATALOGUE_MAX_PAGE, TOOL_RADII_KM } from './tool-query.ts';

export {
  TOOL_CATALOGUE_MAX_PAGE,
  TOOL_CATALOGUE_PAGE_SIZE,
  TOOL_RADII_KM,
  TOOL_SEARCH_FIELDS,
  toolSearchQuery,
} from './tool-query.ts';

const optionalText = (max: number, tooLong = 'validation.sharing.too_long') =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v));

const day = z.iso.date('validation.sharing.date_invalid');

export const toolSearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  categorie: z.string().trim().min(1).max(100).optional(),
  lieu: z.uuid().optional(),
  pret: z.literal('1').optional(),
  /** A commune's name, INSEE code or postcode: tools are ordered by distance from it. */
  pres: z.string().trim().min(2).max(80).optional(),
  rayon: z.coerce
    .number()
    .int()
    .refine((n) => (TOOL_RADII_KM as readonly number[]).includes(n))
    .optional(),
  /** Free on every day from `du` to `au` (both included). */
  du: day.optional(),
  au: day.optional(),
  /** 1-based; bounded: past it, people narrow the search (the total is always shown). */
  page: z.coerce.number().int().min(1).max(TOOL_CATALOGUE_MAX_PAGE).optional(),
});
export type ToolSearch = z.infer<typeof toolSearchSchema>;

/** A query string as the GET form sends it: empty or invalid fields are dropped, never an error. */
export function normaliseToolSearch(params: URLSearchParams): ToolSearch {
  const input: Record<string, unknown> = {};
  for (const field of Object.keys(toolSearchSchema.shape) as (keyof ToolSearch)[]) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === '') continue;
    const parsed = toolSearchSchema.shape[field].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) input[field] = parsed.data;
  }
  if (input.au && !input.du) input.du = input.au;
  if (input.du && !input.au) input.au = input.du;
  if (input.du && input.au && (input.au as string) < (input.du as string)) {
    delete input.du;
    delete input.au;
  }
  return input as ToolSearch;
}

export const toolIdInput = z.object({ id: z.uuid('validation.invalid') });

export const toolUsages = ['on_site', 'lendable'] as const;
export const toolStatuses = ['draft', 'published', 'archived'] as const;

export const toolInput = z.object({
  placeId: z.uuid('validation.place_required'),
  name: z
    .string('validation.sharing.tool_name_required')
    .trim()
    .min(1, 'validation.sharing.tool_name_required')
    .max(200, 'validation.sharing.too_long'),
  description: optionalText(5000),
  category: optionalText(100),
  usage: z.enum(toolUsages, { error: 'validation.sharing.usage_required' }),
  /**
   * In euros as typed ("50", "12,50"); stored in cents. A number is already cents: the schema's own output,
   * which the procedure parses again after the page's action parsed the form.
   */
  deposit: z
    .union([z.string(), z.number().int().min(0).max(99_999_999)], {
      error: 'validation.sharing.deposit_invalid',
    })
    .nullish()
    .transform((value, ctx) => {
      if (typeof value === 'number') return value;
      const euros = value?.trim().replace(',', '.');
      if (!euros) return null;
      if (!/^\d{1,6}(\.\d{1,2})?$/.test(euros)) {
        ctx.addIssue({ code: 'custom', message: 'validation.sharing.deposit_invalid' });
        return z.NEVER;
      }
      return Math.round(Number(euros) * 100);
    }),
  condition: optionalText(1000),
  /** A checkbox sends `on` when ticked and nothing otherwise. */
  outOfService: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((v) => v === true || v === 'on'),
  status: z.enum(toolStatuses, { error: 'validation.invalid' }).default('draft'),
  /** The training that unlocks the tool (an activity of the place); empty for none. */
  requiredTrainingActivityId: z
    .union([z.uuid('validation.invalid'), z.literal('')])
    .nullish()
    .transform((v) => v || null),
  /** How long attending it qualifies, in months; empty for no limit. A number from the API, text from a form. */
  qualificationValidityMonths: z
    .union([z.number(), z.string().trim()])
    .nullish()
    .transform((v) => (v === '' || v == null ? null : Number(v)))
    .pipe(
      z
        .number('validation.sharing.months_invalid')
        .int('validation.sharing.months_invalid')
        .min(1, 'validation.sharing.months_invalid')
        .max(120, 'validation.sharing.months_invalid')
        .nullable(),
    ),
});
export type ToolInput = z.infer<typeof toolInput>;

export const updateToolInput = toolInput.omit({ placeId: true }).extend({ id: z.uuid('validation.invalid') });
export type UpdateToolInput = z.infer<typeof updateToolInput>;

/** From `from` to `to`, both ISO instants with an offset; the end after the start. */
const range = z
  .object({
    from: z.iso.datetime({ offset: true, error: 'validation.sharing.date_invalid' }),
    to: z.iso.datetime({ offset: true, error: 'validation.sharing.date_invalid' }),
  })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), {
    path: ['to'],
    message: 'validation.sharing.end_before_start',
  });

export const reserveToolInput = z
  .object({
    toolId: z.uuid('validation.invalid'),
    purpose: optionalText(500),
  })
  .and(range);
export type ReserveToolInput = z.infer<typeof reserveToolInput>;

export const requestLoanInput = z
  .object({
    toolId: z.uuid('validation.invalid'),
    borrowerPlaceId: z.uuid('validation.place_required'),
    /** Days, both included (a loan is counted in days). */
    from: day,
    to: day,
    notes: optionalText(1000),
  })
  .refine((r) => r.to >= r.from, { path: ['to'], message: 'validation.sharing.end_before_start' });
export type RequestLoanInput = z.infer<typeof requestLoanInput>;

export const loanStepInput = z
  .object({
    loanId: z.uuid('validation.invalid'),
    action: z.enum(loanActions, { error: 'validation.invalid' }),
    condition: optionalText(1000),
    notes: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if ((value.action === 'hand_over' || value.action === 'record_return') && !value.condition)
      ctx.addIssue({ code: 'custom', path: ['condition'], message: 'validation.sharing.condition_required' });
  });
export type LoanStepInput = z.infer<typeof loanStepInput>;

export const loanIdInput = z.object({ id: z.uuid('validation.invalid') });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.sharing.time_invalid');

/** The reservation form of a tool's page: a day and two times in Paris, turned into the procedure's range. */
export const reservationFormInput = z
  .object({
    toolId: z.uuid('validation.invalid'),
    day,
    startTime: time,
    endTime: time,
    purpose: optionalText(500),
  })
  .refine((r) => r.endTime > r.startTime, {
    path: ['endTime'],
    message: 'validation.sharing.end_before_start',
  })
  .transform((r) => ({
    toolId: r.toolId,
    from: fromLocal(r.day, minutesOfTime(r.startTime), PARIS_TIME_ZONE).toISOString(),
    to: fromLocal(r.day, minutesOfTime(r.endTime), PARIS_TIME_ZONE).toISOString(),
    purpose: r.purpose,
  }));
