import { type MessageKey, negotiateLocale, translator } from '@rf/i18n';

/**
 * A refusal answered before any page renders (a cross-site post, an oversized body, an unexpected failure of
 * the server itself): a short page in the person's language, with a way home.
 */
export function plainErrorPage(cookieHeader: string | null | undefined, key: MessageKey) {
  const locale = negotiateLocale(cookieHeader?.match(/(?:^|;\s*)rf-locale=(fr|en)/)?.[1] ?? null);
  const t = translator(locale);
  const message = t(key);
  return {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title></head><body><main><h1>${message}</h1><p><a href="/">${t('nav.back_home')}</a></p></main></body></html>`,
  };
}
