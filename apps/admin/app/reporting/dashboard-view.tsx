// A dashboard, read-only: key figures, the months, themes, publics, territories and a map, each chart
// followed by its table. The console page and the public page of a share link both show it this way. A
// published dashboard (observers, share links: decision 036) shows participants by validated quarter; a
// figure hidden by the statistical secrecy reads "secret" in its table, is left out of its chart, and the
// page says why.
import type { Dashboard, DashboardScope } from '@rf/domain/reporting/dashboard';
import {
  type Figure,
  isPublished,
  type PublishedDashboard,
  quarterLabelOf,
} from '@rf/domain/reporting/publication';
import { isMessageKey, type Translate } from '@rf/i18n';
import { intlLocales } from '@rf/i18n/core';
import { DataTable, Stat, StatGrid } from '@rf/ui';
import { perLocale, useFormat } from '@rf/web/format';
import { useLocale, useT } from '@rf/web/i18n';
import type { ReactNode } from 'react';
import { BarChart, type ChartDatum, ColumnChart } from './charts.tsx';
import { inMetropole, MAP_HEIGHT, MAP_WIDTH, project } from './france-projection.ts';
import './dashboards.css';

type Dimension = 'theme' | 'genre' | 'tranche_age' | 'statut_social';
const PREFIX: Record<Dimension, string> = {
  theme: 'catalogue.theme',
  genre: 'activity_records.genre',
  tranche_age: 'activity_records.tranche_age',
  statut_social: 'activity_records.statut_social',
};

function codeLabel(t: Translate, dimension: Dimension, code: string): string {
  if (code === 'non_renseigne') return t('dashboards.code.non_renseigne');
  const key = `${PREFIX[dimension]}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function scopeKindLabel(t: Translate, kind: DashboardScope['kind']): string {
  return t(`dashboards.scope.${kind}`);
}

/** "janv. 2026" in the reader's language. */
export function useMonthLabel(): (month: string) => string {
  return monthLabels(useLocale());
}

// Built once per language: a formatter costs more than the page's every label (decision 057).
const monthLabels = perLocale((locale) => {
  const format = new Intl.DateTimeFormat(intlLocales[locale], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (month: string) => format.format(new Date(`${month}T00:00:00Z`));
});

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="rf-dashboard__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function CountsBlock({
  dimension,
  counts,
  chartTitle,
  caption,
  columnHeader,
  limitChart,
}: {
  dimension: Dimension;
  counts: readonly { code: string; participants: Figure }[];
  chartTitle: string;
  caption: string;
  columnHeader: string;
  limitChart?: number;
}) {
  const t = useT();
  const format = useFormat();
  const figure = useFigure();
  const data: FigureDatum[] = counts.map((c) => ({
    key: c.code,
    label: codeLabel(t, dimension, c.code),
    value: c.participants,
  }));
  return (
    <div className="rf-dashboard__block">
      <BarChart
        title={chartTitle}
        data={charted(data).slice(0, limitChart ?? data.length)}
        formatValue={format.number}
      />
      <DataTable
        caption={caption}
        columns={[
          { key: 'label', header: columnHeader, rowHeader: true, cell: (d: FigureDatum) => d.label },
          {
            key: 'value',
            header: t('dashboards.column.participants'),
            align: 'end',
            cell: (d: FigureDatum) => figure(d.value),
          },
        ]}
        rows={data}
        rowKey={(d) => d.key}
        emptyMessage={t('dashboards.empty')}
      />
    </div>
  );
}

/** Metropolitan France's outline, the map's background: an image the browser keeps (`carte.france[.]svg.ts`). */
const FRANCE_OUTLINE = '/carte/france.svg';

function PlacesMap({ dashboard }: { dashboard: Dashboard | PublishedDashboard }) {
  const t = useT();
  const figure = useFigure();
  const places = dashboard.places as {
    placeId: string;
    name: string;
    lat: number | null;
    lng: number | null;
    participants: Figure;
  }[];
  const max = Math.max(1, ...places.map((p) => p.participants ?? 0));
  // A hidden figure draws no disc: its size would give it away.
  const shown = places.flatMap((p) =>
    p.lat !== null &&
    p.lng !== null &&
    inMetropole(p.lng, p.lat) &&
    p.participants !== null &&
    p.participants > 0
      ? [{ ...p, participants: p.participants }]
      : [],
  );
  return (
    <div className="rf-dashboard__block">
      <svg
        className="rf-chart rf-chart--map"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label={t('dashboards.map.chart')}
      >
        <image href={FRANCE_OUTLINE} width={MAP_WIDTH} height={MAP_HEIGHT} />
        {shown.map((p) => {
          const [x, y] = project(p.lng ?? 0, p.lat ?? 0);
          return (
            <circle
              key={p.placeId}
              cx={x}
              cy={y}
              r={2 + 10 * Math.sqrt(p.participants / max)}
              fill="#000091"
              fillOpacity={0.6}
              stroke="#000091"
            />
          );
        })}
      </svg>
      <p className="rf-dashboard__note">{t('dashboards.map.outside')}</p>
      <DataTable
        caption={t('dashboards.map.caption')}
        columns={[
          { key: 'name', header: t('dashboards.column.place'), rowHeader: true, cell: (p) => p.name },
          {
            key: 'participants',
            header: t('dashboards.column.participants'),
            align: 'end',
            cell: (p) => figure(p.participants),
          },
        ]}
        rows={places}
        rowKey={(p) => p.placeId}
        emptyMessage={t('dashboards.empty')}
      />
    </div>
  );
}

/** A figure in a table: the number, or "secret" when the statistical secrecy hides it. */
function useFigure(): (value: Figure) => string {
  const t = useT();
  const format = useFormat();
  return (value) => (value === null ? t('dashboards.secret') : format.number(value));
}

type FigureDatum = Omit<ChartDatum, 'value'> & { value: Figure };

/** What a chart may draw: hidden figures are left out (their table row says "secret"). */
function charted(data: readonly FigureDatum[]): ChartDatum[] {
  return data.flatMap((d) => (d.value === null ? [] : [{ ...d, value: d.value }]));
}

export function DashboardView({ dashboard }: { dashboard: Dashboard | PublishedDashboard }) {
  return isPublished(dashboard) ? <PublishedView dashboard={dashboard} /> : <RawView dashboard={dashboard} />;
}

/** Quarters as the open-data file names them: 2026-T3. */
export const quarterLabel = quarterLabelOf;

function PublishedView({ dashboard }: { dashboard: PublishedDashboard }) {
  const t = useT();
  const format = useFormat();
  const figure = useFigure();
  const quarters: FigureDatum[] = dashboard.byQuarter.map((q) => ({
    key: q.quarter,
    label: quarterLabelOf(q.quarter),
    value: q.participants,
  }));
  const territories: FigureDatum[] = (['qpv', 'rural', 'other'] as const).map((kind) => ({
    key: kind,
    label: t(`dashboards.territory.${kind}`),
    value: dashboard.byTerritoryKind[kind],
  }));
  return (
    <div className="rf-dashboard">
      <Section id="dashboard-totals" title={t('dashboards.totals')}>
        <StatGrid>
          <Stat label={t('dashboards.total.participants')} value={figure(dashboard.participants)} />
        </StatGrid>
        <div className="rf-dashboard__note" data-testid="dashboard-secrecy">
          <p>{t('dashboards.secret.note')}</p>
          <p>{t('dashboards.secret.count', { count: format.number(dashboard.hiddenCount) })}</p>
          <p>{t('dashboards.secret.withheld')}</p>
        </div>
      </Section>

      <Section id="dashboard-trend" title={t('dashboards.quarters.title')}>
        <div className="rf-dashboard__block">
          <ColumnChart
            title={t('dashboards.quarters.chart')}
            data={charted(quarters)}
            formatValue={format.number}
          />
          <DataTable
            caption={t('dashboards.quarters.caption')}
            columns={[
              {
                key: 'quarter',
                header: t('dashboards.column.quarter'),
                rowHeader: true,
                cell: (d: FigureDatum) => d.label,
              },
              {
                key: 'participants',
                header: t('dashboards.column.participants'),
                align: 'end',
                cell: (d: FigureDatum) => figure(d.value),
              },
            ]}
            rows={quarters}
            rowKey={(d) => d.key}
            emptyMessage={t('dashboards.empty')}
          />
        </div>
      </Section>

      <Section id="dashboard-themes" title={t('dashboards.themes.title')}>
        <p className="rf-dashboard__note">{t('dashboards.themes.note')}</p>
        <CountsBlock
          dimension="theme"
          counts={dashboard.byTheme}
          chartTitle={t('dashboards.themes.chart')}
          caption={t('dashboards.themes.caption')}
          columnHeader={t('dashboards.column.theme')}
          limitChart={10}
        />
      </Section>

      <Section id="dashboard-publics" title={t('dashboards.publics.title')}>
        <CountsBlock
          dimension="genre"
          counts={dashboard.byGenre}
          chartTitle={t('dashboards.genre.chart')}
          caption={t('dashboards.genre.caption')}
          columnHeader={t('dashboards.column.category')}
        />
        <CountsBlock
          dimension="tranche_age"
          counts={dashboard.byTrancheAge}
          chartTitle={t('dashboards.tranche_age.chart')}
          caption={t('dashboards.tranche_age.caption')}
          columnHeader={t('dashboards.column.category')}
        />
        <CountsBlock
          dimension="statut_social"
          counts={dashboard.byStatutSocial}
          chartTitle={t('dashboards.statut_social.chart')}
          caption={t('dashboards.statut_social.caption')}
          columnHeader={t('dashboards.column.category')}
        />
      </Section>

      <Section id="dashboard-territories" title={t('dashboards.territories.title')}>
        <div className="rf-dashboard__block">
          <BarChart
            title={t('dashboards.territories.chart')}
            data={charted(territories)}
            formatValue={format.number}
          />
          <DataTable
            caption={t('dashboards.territories.caption')}
            columns={[
              {
                key: 'label',
                header: t('dashboards.column.territory'),
                rowHeader: true,
                cell: (d: FigureDatum) => d.label,
              },
              {
                key: 'value',
                header: t('dashboards.column.participants'),
                align: 'end',
                cell: (d: FigureDatum) => figure(d.value),
              },
            ]}
            rows={territories}
            rowKey={(d) => d.key}
          />
        </div>
      </Section>

      <Section id="dashboard-map" title={t('dashboards.map.title')}>
        <PlacesMap dashboard={dashboard} />
      </Section>
    </div>
  );
}

function RawView({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const format = useFormat();
  const monthLabel = useMonthLabel();
  const { totals } = dashboard;
  const months: ChartDatum[] = dashboard.byMonth.map((m) => ({
    key: m.month,
    label: monthLabel(m.month),
    value: m.participants,
  }));
  const territories: ChartDatum[] = (['qpv', 'rural', 'other'] as const).map((kind) => ({
    key: kind,
    label: t(`dashboards.territory.${kind}`),
    value: dashboard.byTerritoryKind[kind],
  }));
  return (
    <div className="rf-dashboard">
      <Section id="dashboard-totals" title={t('dashboards.totals')}>
        <StatGrid>
          <Stat label={t('dashboards.total.participants')} value={format.number(totals.participants)} />
          <Stat label={t('dashboards.total.records')} value={format.number(totals.records)} />
          <Stat label={t('dashboards.total.individual')} value={format.number(totals.individual)} />
          <Stat label={t('dashboards.total.collective')} value={format.number(totals.collective)} />
          <Stat label={t('dashboards.total.hours')} value={format.number(Math.round(totals.minutes / 60))} />
          <Stat label={t('dashboards.total.deja_accompagne')} value={format.number(totals.dejaAccompagne)} />
        </StatGrid>
      </Section>

      <Section id="dashboard-trend" title={t('dashboards.trend.title')}>
        <div className="rf-dashboard__block">
          <ColumnChart title={t('dashboards.trend.chart')} data={months} formatValue={format.number} />
          <DataTable
            caption={t('dashboards.trend.caption')}
            columns={[
              {
                key: 'month',
                header: t('dashboards.column.month'),
                rowHeader: true,
                cell: (m) => monthLabel(m.month),
              },
              {
                key: 'participants',
                header: t('dashboards.column.participants'),
                align: 'end',
                cell: (m) => format.number(m.participants),
              },
              {
                key: 'records',
                header: t('dashboards.column.records'),
                align: 'end',
                cell: (m) => format.number(m.records),
              },
            ]}
            rows={dashboard.byMonth}
            rowKey={(m) => m.month}
          />
        </div>
      </Section>

      <Section id="dashboard-themes" title={t('dashboards.themes.title')}>
        <p className="rf-dashboard__note">{t('dashboards.themes.note')}</p>
        <CountsBlock
          dimension="theme"
          counts={dashboard.byTheme}
          chartTitle={t('dashboards.themes.chart')}
          caption={t('dashboards.themes.caption')}
          columnHeader={t('dashboards.column.theme')}
          limitChart={10}
        />
      </Section>

      <Section id="dashboard-publics" title={t('dashboards.publics.title')}>
        <CountsBlock
          dimension="genre"
          counts={dashboard.byGenre}
          chartTitle={t('dashboards.genre.chart')}
          caption={t('dashboards.genre.caption')}
          columnHeader={t('dashboards.column.category')}
        />
        <CountsBlock
          dimension="tranche_age"
          counts={dashboard.byTrancheAge}
          chartTitle={t('dashboards.tranche_age.chart')}
          caption={t('dashboards.tranche_age.caption')}
          columnHeader={t('dashboards.column.category')}
        />
        <CountsBlock
          dimension="statut_social"
          counts={dashboard.byStatutSocial}
          chartTitle={t('dashboards.statut_social.chart')}
          caption={t('dashboards.statut_social.caption')}
          columnHeader={t('dashboards.column.category')}
        />
      </Section>

      <Section id="dashboard-territories" title={t('dashboards.territories.title')}>
        <div className="rf-dashboard__block">
          <BarChart
            title={t('dashboards.territories.chart')}
            data={territories}
            formatValue={format.number}
          />
          <DataTable
            caption={t('dashboards.territories.caption')}
            columns={[
              {
                key: 'label',
                header: t('dashboards.column.territory'),
                rowHeader: true,
                cell: (d) => d.label,
              },
              {
                key: 'value',
                header: t('dashboards.column.participants'),
                align: 'end',
                cell: (d) => format.number(d.value),
              },
            ]}
            rows={territories}
            rowKey={(d) => d.key}
          />
        </div>
      </Section>

      <Section id="dashboard-map" title={t('dashboards.map.title')}>
        <PlacesMap dashboard={dashboard} />
      </Section>
    </div>
  );
}
