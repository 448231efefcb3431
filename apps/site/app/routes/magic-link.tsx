import type { I18nHandle } from '@rf/i18n/core';

export { default, meta } from '@rf/web/routes/magic-link';
export { action, loader } from '@rf/web/routes/magic-link.server';

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['account'] } as const satisfies I18nHandle;
