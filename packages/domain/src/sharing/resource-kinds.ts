// A resource's kinds, for the browser too (the resources page's filter): no zod here (decision 049).
export const RESOURCE_KINDS = ['guide', 'kit', 'template', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
