import type { I18nHandle } from '@rf/i18n/core';

export { default, meta } from '@rf/web/routes/activity-new';
export { action, loader } from '@rf/web/routes/activity-new.server';

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['publishing', 'catalogue', 'catalogueThemes'] } as const satisfies I18nHandle;
