import { Button } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// "Télécharger mes données" and "Effacer mes données" on a private link (booking, appointment): a link to
// the file, and a form posting `intent=erase` that shows a confirmation form (`intent=erase_confirmed`)
// in the page the action answers. Plain forms: works without JavaScript.

export const ERASE_INTENT = 'erase';
export const ERASE_CONFIRMED_INTENT = 'erase_confirmed';
/** Where a person lands once erased: the private link no longer works, so not back on it. */
export const ERASED_PAGE = '/donnees-personnelles/effacees';

export function OwnDataSection({ downloadHref, confirming }: { downloadHref: string; confirming: boolean }) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="mes-donnees">
        <h2 id="mes-donnees">{t('privacy.manage.download_title')}</h2>
        <p>{t('privacy.manage.download_lead')}</p>
        <p>
          <a href={downloadHref} download>
            {t('privacy.manage.download_link')}
          </a>
        </p>
      </section>
      <section aria-labelledby="effacer">
        <h2 id="effacer">
          {confirming ? t('privacy.manage.confirm_title') : t('privacy.manage.erase_title')}
        </h2>
        {confirming ? (
          <>
            <p>{t('privacy.manage.confirm_body')}</p>
            <Form method="post">
              <input type="hidden" name="intent" value={ERASE_CONFIRMED_INTENT} />
              <Button type="submit" variant="danger" block>
                {t('privacy.manage.confirm_button')}
              </Button>
            </Form>
            <p>
              <a href="?">{t('privacy.manage.keep_button')}</a>
            </p>
          </>
        ) : (
          <>
            <p>{t('privacy.manage.erase_lead')}</p>
            <Form method="post">
              <input type="hidden" name="intent" value={ERASE_INTENT} />
              <Button type="submit" variant="secondary" block>
                {t('privacy.manage.erase_button')}
              </Button>
            </Form>
          </>
        )}
      </section>
    </>
  );
}
