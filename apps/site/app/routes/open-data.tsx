import { OPEN_DATA_COLUMNS } from '@rf/domain/reporting/open-data';
import { GENRES, STATUTS_SOCIAUX, THEMATIQUES, TRANCHES_AGE } from '@rf/domain/vocabulary/activity-records';
import { DATA_INCLUSION_SCHEMA_VERSION } from '@rf/domain/vocabulary/data-inclusion';
import type { I18nHandle } from '@rf/i18n/core';
import { DataTable, DescriptionList, PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import type { Route } from './+types/open-data';

// The open-data page: the files the network publishes, the columns of the activity file and the
// statistical secrecy that protects it, in plain words. Static text: no JavaScript needed.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { headers, t } = await requestScope(request);
  return data(
    {
      // The schema's version, from the vendored referentials: read on the server, kept out of the bundle.
      dataInclusionVersion: DATA_INCLUSION_SCHEMA_VERSION,
      meta: metaOf(t, {
        title: 'reporting_export.open_data.meta_title',
        description: 'reporting_export.open_data.meta_description',
      }),
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['reportingExport'] } as const satisfies I18nHandle;

export const meta = pageMeta;

/** The codes of each breakdown, `non_renseigne` last (activities that did not say). */
const CODES: [string, readonly string[]][] = [
  ['tranche_age', [...TRANCHES_AGE, 'non_renseigne']],
  ['genre', [...GENRES, 'non_renseigne']],
  ['statut_social', [...STATUTS_SOCIAUX, 'non_renseigne']],
  ['thematique', THEMATIQUES],
];

export default function OpenData({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('reporting_export.open_data.title')} lead={t('reporting_export.open_data.lead')} />
      <section aria-labelledby="fichiers">
        <h2 id="fichiers">{t('reporting_export.open_data.files.title')}</h2>
        <ul>
          <li>
            <a href="/donnees/lieux.csv">{t('reporting_export.open_data.files.places_csv')}</a>,{' '}
            <a href="/donnees/lieux.json">{t('reporting_export.open_data.files.places_json')}</a> —{' '}
            {t('reporting_export.open_data.files.places_hint')}{' '}
            {t('reporting_export.open_data.files.places_positions')}
          </li>
          <li>
            <a href="/donnees/data-inclusion/structures.json">
              {t('reporting_export.open_data.files.data_inclusion_structures_json')}
            </a>
            ,{' '}
            <a href="/donnees/data-inclusion/structures.csv">
              {t('reporting_export.open_data.files.data_inclusion_structures_csv')}
            </a>
            ,{' '}
            <a href="/donnees/data-inclusion/services.json">
              {t('reporting_export.open_data.files.data_inclusion_services_json')}
            </a>
            ,{' '}
            <a href="/donnees/data-inclusion/services.csv">
              {t('reporting_export.open_data.files.data_inclusion_services_csv')}
            </a>{' '}
            —{' '}
            {t('reporting_export.open_data.files.data_inclusion_hint', {
              version: loaderData.dataInclusionVersion,
            })}
          </li>
          <li>
            <a href="/donnees/activite.csv">{t('reporting_export.open_data.files.activity_csv')}</a> —{' '}
            {t('reporting_export.open_data.files.activity_hint')}
          </li>
          <li>
            <a href="/api/v1">{t('reporting_export.open_data.files.api')}</a> —{' '}
            {t('reporting_export.open_data.files.api_hint')}
          </li>
        </ul>
      </section>
      <section aria-labelledby="contenu">
        <h2 id="contenu">{t('reporting_export.open_data.scope.title')}</h2>
        <p>{t('reporting_export.open_data.scope.validated')}</p>
        <p>{t('reporting_export.open_data.scope.totals')}</p>
        <p>{t('reporting_export.open_data.scope.themes')}</p>
        <p>{t('reporting_export.open_data.scope.zero')}</p>
        <p>{t('reporting_export.open_data.format')}</p>
      </section>
      <section aria-labelledby="secret">
        <h2 id="secret">{t('reporting_export.open_data.secret.title')}</h2>
        <p>{t('reporting_export.open_data.secret.small')}</p>
        <p>{t('reporting_export.open_data.secret.secondary')}</p>
        <p>{t('reporting_export.open_data.secret.zero')}</p>
        <p>{t('reporting_export.open_data.secret.quarters')}</p>
      </section>
      <section aria-labelledby="colonnes">
        <h2 id="colonnes">{t('reporting_export.open_data.columns.title')}</h2>
        <DataTable
          caption={t('reporting_export.open_data.columns.caption')}
          captionHidden
          scrollable={false}
          rows={OPEN_DATA_COLUMNS}
          rowKey={(c) => c}
          columns={[
            {
              key: 'name',
              header: t('reporting_export.open_data.columns.name'),
              cell: (c) => <code>{c}</code>,
            },
            {
              key: 'meaning',
              header: t('reporting_export.open_data.columns.meaning'),
              cell: (c) => t(`reporting_export.open_data.column.${c}`),
            },
          ]}
        />
      </section>
      <section aria-labelledby="codes">
        <h2 id="codes">{t('reporting_export.open_data.codes.title')}</h2>
        <DescriptionList
          items={CODES.map(([dimension, codes]) => ({
            key: dimension,
            term: <code>{dimension}</code>,
            description: codes.join(', '),
          }))}
        />
      </section>
    </>
  );
}
