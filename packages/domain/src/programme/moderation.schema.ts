import { z } from 'zod';

// Moderation of published content: what a network admin hid (with a reason) and may restore.

export const MODERATED_KINDS = ['place', 'activity', 'tool', 'resource'] as const;
export type ModeratedKind = (typeof MODERATED_KINDS)[number];

export const restoreContentInput = z.object({
  kind: z.enum(MODERATED_KINDS, { error: 'validation.invalid' }),
  id: z.uuid('validation.invalid'),
});
export type RestoreContentInput = z.infer<typeof restoreContentInput>;
