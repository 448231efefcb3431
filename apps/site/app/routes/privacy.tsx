import type { I18nHandle } from '@rf/i18n/core';
import { DataTable, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import type { Route } from './+types/privacy';

// The public "Données personnelles" page: what is collected, why, for how long (the network's retention
// settings, the same the nightly purge applies), how to see or erase it, whom to ask. Static text: no
// JavaScript needed.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const retention = await api.privacy.retention();
  return data(
    {
      retention,
      meta: metaOf(t, { title: 'privacy.page.meta_title', description: 'privacy.page.meta_description' }),
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['privacy'] } as const satisfies I18nHandle;

export const meta = pageMeta;

export default function Privacy({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { table, contact } = loaderData.retention;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('privacy.page.title')} lead={t('privacy.page.lead')} />
      <section aria-labelledby="ce-que-nous-gardons">
        <h2 id="ce-que-nous-gardons">{t('privacy.what.title')}</h2>
        <p>{t('privacy.what.body')}</p>
      </section>
      <section aria-labelledby="pourquoi">
        <h2 id="pourquoi">{t('privacy.why.title')}</h2>
        <p>{t('privacy.why.body')}</p>
      </section>
      <section aria-labelledby="combien-de-temps">
        <h2 id="combien-de-temps">{t('privacy.how_long.title')}</h2>
        <p>{t('privacy.how_long.lead')}</p>
        <DataTable
          caption={t('privacy.how_long.title')}
          captionHidden
          scrollable={false}
          rows={table}
          rowKey={(row) => row.item}
          columns={[
            { key: 'what', header: t('privacy.how_long.what'), cell: (row) => t(`privacy.item.${row.item}`) },
            {
              key: 'delay',
              header: t('privacy.how_long.delay'),
              cell: (row) =>
                t(
                  format.plural(row.amount, {
                    one: `privacy.after.${row.item}.one`,
                    other: `privacy.after.${row.item}.other`,
                  }),
                  { count: format.number(row.amount) },
                ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="vos-droits">
        <h2 id="vos-droits">{t('privacy.rights.title')}</h2>
        <p>{t('privacy.rights.body')}</p>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">{t('privacy.contact.title')}</h2>
        <p>{t('privacy.contact.body')}</p>
        {contact ? <p>{t('privacy.contact.network', { contact })}</p> : null}
      </section>
    </div>
  );
}
