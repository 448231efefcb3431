import { Form, useLocation } from 'react-router';
import { useLocale, useT } from './i18n.tsx';

/** Switches French ↔ English with a plain form post (works without JavaScript), back to the same page. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const other = locale === 'en' ? 'fr' : 'en';
  return (
    <Form method="post" action="/langue" className="language-switch">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={pathname + search} />
      <button type="submit" className="link-button" lang={other}>
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
      <a className="button button--secondary" href="/connexion">
        {t('nav.sign_in')}
      </a>
    );
  }
  return (
    <Form method="post" action="/deconnexion" className="account">
      <span>{t('nav.signed_in_as', { name })}</span>
      <button type="submit" className="button button--secondary">
        {t('nav.sign_out')}
      </button>
    </Form>
  );
}
