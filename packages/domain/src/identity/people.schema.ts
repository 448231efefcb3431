import { z } from 'zod';

/** The people list: a free-text search and a 1-based page. */
export const peopleListInput = z.object({
  query: z.string().trim().max(120, 'validation.invalid').default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const personInput = z.object({ userId: z.uuid('errors.not_found') });

export const placeAccessInput = z.object({
  userId: z.uuid('errors.not_found'),
  placeId: z.uuid('errors.not_found'),
});

export const placeRoleInput = placeAccessInput.extend({
  role: z.enum(['member', 'manager'], 'people.role_invalid'),
});
