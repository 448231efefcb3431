import type { I18nHandle } from '@rf/i18n/core';
import { Alert, ButtonLink, PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import type { Route } from './+types/privacy-erased';

// Where "Effacer mes données" lands: the private link no longer works, so the person is told here, in
// plain words, that it is done; so is a member who deleted their account (`?compte`).

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { headers, t } = await requestScope(request);
  // `?compte`: an account deleted from the member space, rather than one booking erased.
  const account = new URL(request.url).searchParams.has('compte');
  return data(
    {
      account,
      meta: metaOf(t, {
        title: account ? 'privacy.account.deleted_title' : 'privacy.manage.erased_title',
        noindex: true,
      }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export default function PrivacyErased({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { account } = loaderData;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t(account ? 'privacy.account.deleted_title' : 'privacy.manage.erased_title')} />
      <Alert
        kind="success"
        title={t(account ? 'privacy.account.deleted_body' : 'privacy.manage.erased_body')}
      />
      <p>
        <a href="/donnees-personnelles">{t('site.footer.privacy')}</a>
      </p>
      <ButtonLink href="/">{t('privacy.manage.back_home')}</ButtonLink>
    </div>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['privacy'] } as const satisfies I18nHandle;
