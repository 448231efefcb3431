import { z } from 'zod';

// Searching the audit log: who did it, to which table and how, between which dates, about which place.

export const AUDIT_PAGE_SIZE = 50;

/** The tables whose changes the database audits (migration 20261123000800_audit). */
export const AUDITED_TABLES = [
  'places',
  'labels',
  'place_labels',
  'waves',
  'place_memberships',
  'invitations',
  'profiles',
  'funding_agreements',
  'disbursements',
  'reports',
  'activities',
  'tools',
  'resources',
] as const;
export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.audit.date_invalid')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'validation.audit.date_invalid');
const text = z
  .preprocess(blankToNull, z.string().trim().max(200, 'validation.audit.too_long').nullable())
  .default(null);

export const auditLogInput = z
  .object({
    actor: text,
    place: text,
    table: z
      .preprocess(blankToNull, z.enum(AUDITED_TABLES, { error: 'validation.invalid' }).nullable())
      .default(null),
    action: z
      .preprocess(blankToNull, z.enum(AUDIT_ACTIONS, { error: 'validation.invalid' }).nullable())
      .default(null),
    from: z.preprocess(blankToNull, isoDate.nullable()).default(null),
    to: z.preprocess(blankToNull, isoDate.nullable()).default(null),
    page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  })
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, {
    path: ['to'],
    message: 'validation.audit.to_before_from',
  });
export type AuditLogFilter = z.infer<typeof auditLogInput>;
