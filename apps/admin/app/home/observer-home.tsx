import type { Translate } from '@rf/i18n';
import { DataTable, PageHeader, Stat, StatGrid } from '@rf/ui';
import { type Formatters, useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { known, type ObserverHomeData } from './console-home.ts';

/** An observer's home: validated aggregates only (figures, places by region, indicators), no personal data. */
export function ObserverHome({ home }: { home: ObserverHomeData }) {
  const t = useT();
  const format = useFormat();
  const { totals } = home;
  return (
    <>
      <PageHeader title={t('admin.home.observer.title')} lead={t('admin.home.observer.lead')} />
      <section aria-labelledby="chiffres">
        <h2 id="chiffres">{t('admin.home.figures')}</h2>
        <StatGrid>
          <Stat
            label={t('admin.home.observer.figure.published_places')}
            value={format.number(totals.publishedPlaces)}
          />
          <Stat label={t('admin.home.observer.figure.fabriques')} value={format.number(totals.fabriques)} />
          <Stat label={t('admin.home.observer.figure.regions')} value={format.number(totals.regions)} />
          <Stat
            label={t('admin.home.observer.figure.validated_reports')}
            value={format.number(totals.validatedReports)}
          />
        </StatGrid>
      </section>

      <section aria-labelledby="regions">
        <h2 id="regions">{t('admin.home.observer.regions')}</h2>
        {home.placesByRegion.length === 0 ? (
          <p>{t('admin.home.observer.regions_empty')}</p>
        ) : (
          <DataTable
            caption={t('admin.home.observer.regions_caption')}
            captionHidden
            rows={home.placesByRegion}
            rowKey={(region) => region.code}
            columns={[
              {
                key: 'region',
                header: t('admin.home.observer.region'),
                rowHeader: true,
                cell: (r) => r.name,
              },
              {
                key: 'places',
                header: t('admin.home.observer.places'),
                align: 'end',
                cell: (r) => format.number(r.places),
              },
              {
                key: 'fabriques',
                header: t('admin.home.observer.fabriques'),
                align: 'end',
                cell: (r) => format.number(r.fabriques),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="indicateurs">
        <h2 id="indicateurs">{t('admin.home.observer.indicators')}</h2>
        <IndicatorTable indicators={home.indicatorTotals} t={t} format={format} />
      </section>
    </>
  );
}

function IndicatorTable({
  indicators,
  t,
  format,
}: {
  indicators: ObserverHomeData['indicatorTotals'];
  t: Translate;
  format: Formatters;
}) {
  if (indicators.length === 0) return <p>{t('admin.home.observer.indicators_empty')}</p>;
  return (
    <DataTable
      caption={t('admin.home.observer.indicators_caption')}
      captionHidden
      rows={indicators}
      rowKey={(indicator) => indicator.code}
      columns={[
        {
          key: 'indicator',
          header: t('admin.home.observer.indicator'),
          rowHeader: true,
          cell: (i) => known(t, `indicator.${i.code}`, i.code.replaceAll('_', ' ')),
        },
        {
          key: 'total',
          header: t('admin.home.observer.total'),
          align: 'end',
          cell: (i) => format.number(i.total),
        },
      ]}
    />
  );
}
