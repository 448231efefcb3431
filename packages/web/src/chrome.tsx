import { Button, ButtonLink } from '@rf/ui';
import { Form, useLocation } from 'react-router';
import { useLocale, useT } from './i18n.tsx';
import { safeReturnPath } from './safe-redirect.ts';

/** Switches French ↔ English with a plain form post (works without JavaScript), back to the same page. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const other = locale === 'en' ? 'fr' : 'en';
  return (
    <Form method="post" action="/langue" className="rf-language-switch">
      <input type="hidden" name="locale" value={other} />
      {/* Checked again by the action: this only keeps an odd address (e.g. "//x") out of the page. */}
      <input type="hidden" name="redirectTo" value={safeReturnPath(pathname + search) ?? '/'} />
      <button type="submit" className="rf-link-button" lang={other}>
        {t('nav.switch_language')}
      </button>
    </Form>
  );
}

/** Who is signed in and the way out; or the way in. */
export function AccountArea({ name }: { name: string | null }) {
  const t = useT();
  if (!name) {
    return (
      <ButtonLink href="/connexion" variant="secondary">
        {t('nav.sign_in')}
      </ButtonLink>
    );
  }
  return (
    <Form method="post" action="/deconnexion" className="rf-account">
      <span>{t('nav.signed_in_as', { name })}</span>
      <Button type="submit" variant="secondary">
        {t('nav.sign_out')}
      </Button>
    </Form>
  );
}
