import { z } from 'zod';

// Moderation of published content: what a network admin hid (with a reason) and may restore.

export const MODERATED_KINDS = ['place', 'activity', 'tool', 'resource'] as const;
export type ModeratedKind = (typeof MODERATED_KINDS)[number];

const kind = z.enum(MODERATED_KINDS, { error: 'validation.invalid' });

export const restoreContentInput = z.object({
  kind,
  id: z.uuid('validation.invalid'),
});
export type RestoreContentInput = z.infer<typeof restoreContentInput>;

/** Hiding needs a reason: the owner reads it in their console, the journal keeps it. */
export const hideContentInput = z.object({
  kind,
  id: z.uuid('validation.invalid'),
  reason: z
    .string({ error: 'validation.moderation.reason_required' })
    .trim()
    .min(3, 'validation.moderation.reason_required')
    .max(500, 'validation.moderation.reason_too_long'),
});
export type HideContentInput = z.infer<typeof hideContentInput>;

/** The moderation page's search: one kind of content at a time, by title. */
export const moderationSearchInput = z.object({
  kind: kind.catch('activity'),
  query: z.string().trim().max(120, 'validation.invalid').catch(''),
});
export type ModerationSearchInput = z.infer<typeof moderationSearchInput>;
