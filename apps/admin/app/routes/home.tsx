import { describeError } from '@rf/api';
import { isMessageKey, type MessageKey, type Translate } from '@rf/i18n';
import {
  Badge,
  ButtonLink,
  DataTable,
  DescriptionList,
  EmptyState,
  PageHeader,
  Stat,
  StatGrid,
} from '@rf/ui';
import { type Formatters, useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { PlaceSessionsTable } from '@rf/web/place-sessions-table';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { type ModerationNotice, ModerationNotices } from '../programme/moderation-notices.tsx';
import type { Route } from './+types/home';

export async function loader({ request }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  try {
    const home = await api.home.console();
    // What moderation hid in the manager's places, and why (decision 028).
    const moderation = home.homeRole === 'manager' ? (await api.programme.moderationNotices()).items : [];
    const page =
      home.homeRole === 'manager'
        ? t('admin.home.manager.title')
        : home.homeRole === 'network_admin'
          ? t('admin.home.admin.title')
          : t('admin.home.observer.title');
    return data(
      { kind: 'home' as const, home, moderation, title: t('admin.meta_title', { page }) },
      { headers },
    );
  } catch (error) {
    const { code } = describeError(error);
    if (code === 'unauthenticated') throw redirect('/connexion', { headers });
    if (code !== 'forbidden') throw error;
    // Residents and members have no console: say so kindly and send them to their space on the site.
    const viewer = await api.identity.me();
    return data(
      {
        kind: 'forbidden' as const,
        spaceUrl: viewer?.homeUrl ?? '/',
        title: t('admin.meta_title', { page: t('admin.forbidden.title') }),
      },
      { status: 403, headers },
    );
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.title }] : []);

type Home = Extract<Route.ComponentProps['loaderData'], { kind: 'home' }>['home'];
type ManagerHome = Extract<Home, { homeRole: 'manager' }>;
type AdminHome = Extract<Home, { homeRole: 'network_admin' }>;
type ObserverHome = Extract<Home, { homeRole: 'observer' }>;
type ManagedPlace = ManagerHome['places'][number];

export default function ConsoleHome({ loaderData }: Route.ComponentProps) {
  if (loaderData.kind === 'forbidden') return <Forbidden spaceUrl={loaderData.spaceUrl} />;
  const { home, moderation } = loaderData;
  switch (home.homeRole) {
    case 'manager':
      return <ManagerConsole home={home} moderation={moderation} />;
    case 'network_admin':
      return <NetworkAdminConsole home={home} />;
    case 'observer':
      return <ObserverConsole home={home} />;
  }
}

function Forbidden({ spaceUrl }: { spaceUrl: string }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('admin.forbidden.title')} lead={t('admin.forbidden.body')} />
      <ButtonLink href={spaceUrl}>{t('admin.forbidden.link')}</ButtonLink>
    </>
  );
}

/** A code the catalogue may not know (data from the database): its message, else the code itself. */
function known(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

function reportPeriod(t: Translate, period: 'quarter' | 'year', periodStart: string): string {
  const year = periodStart.slice(0, 4);
  if (period === 'year') return t('report.period.year', { year });
  const quarter = Math.floor((Number(periodStart.slice(5, 7)) - 1) / 3) + 1;
  return t('report.period.quarter', { quarter, year });
}

// Manager ---------------------------------------------------------------------------------------------------

function ManagerConsole({
  home,
  moderation,
}: {
  home: ManagerHome;
  moderation: readonly ModerationNotice[];
}) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('admin.home.manager.title')} lead={t('admin.home.manager.lead')} />
      <ModerationNotices items={moderation} />
      {home.places.length === 0 ? (
        <EmptyState title={t('admin.home.manager.empty_title')}>
          <p>{t('admin.home.manager.empty_body')}</p>
        </EmptyState>
      ) : (
        home.places.map((place) => <ManagedPlaceSection key={place.id} place={place} />)
      )}
    </>
  );
}

function ManagedPlaceSection({ place }: { place: ManagedPlace }) {
  const t = useT();
  const format = useFormat();
  const headingId = `lieu-${place.id}`;
  const missing = place.completeness.missing.map((field) => t(`completeness.${field}` as MessageKey));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{place.name}</h2>
      <DescriptionList
        layout="columns"
        items={[
          {
            key: 'status',
            term: t('admin.home.place.status'),
            description: (
              <>
                <Badge tone={place.status === 'published' ? 'success' : 'neutral'}>
                  {t(`admin.home.place.status.${place.status}`)}
                </Badge>
                {place.hidden ? (
                  <>
                    {' '}
                    <Badge tone="warning">{t('admin.home.place.hidden')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          ...(place.commune
            ? [{ key: 'commune', term: t('admin.home.place.commune'), description: place.commune }]
            : []),
          {
            key: 'labels',
            term: t('admin.home.place.labels'),
            description:
              place.labels.length > 0
                ? place.labels.map((label) => label.name).join(', ')
                : t('admin.home.place.no_label'),
          },
          {
            key: 'completeness',
            term: t('admin.home.place.completeness'),
            description: (
              <>
                <strong>{format.percent(place.completeness.percent)}</strong>.{' '}
                {missing.length > 0
                  ? t('admin.home.place.missing', { fields: missing.join(', ') })
                  : t('admin.home.place.complete')}
              </>
            ),
          },
          {
            key: 'report',
            term: t('admin.home.place.report'),
            description: place.latestReport
              ? t('admin.home.place.report_line', {
                  period: reportPeriod(t, place.latestReport.period, place.latestReport.periodStart),
                  status: t(`report.status.${place.latestReport.status}`),
                })
              : t('admin.home.place.report_none'),
          },
        ]}
      />

      <p>
        <a href={`/lieux/${place.id}/fiche`}>
          {t('directory_admin.profile.edit_link', { place: place.name })}
        </a>
      </p>

      <h3>{t('admin.home.place.sessions')}</h3>
      {place.upcomingSessions.length === 0 ? (
        <p>{t('admin.home.place.sessions_empty')}</p>
      ) : (
        <PlaceSessionsTable
          caption={t('admin.home.place.sessions_caption', { place: place.name })}
          captionHidden
          sessions={place.upcomingSessions}
          attendanceLinks
        />
      )}

      <h3>{t('admin.home.place.loans')}</h3>
      {place.pendingLoanRequests.length === 0 ? (
        <p>{t('admin.home.place.loans_empty')}</p>
      ) : (
        <ul>
          {place.pendingLoanRequests.map((loan) => (
            <li key={loan.id}>
              {t('admin.home.place.loan', {
                tool: loan.toolName,
                place: loan.borrowerPlaceName ?? t('admin.home.place.loan_other_place'),
                from: format.date(loan.from),
                to: format.date(loan.to),
              })}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('admin.home.place.tools')}</h3>
      {place.tools.length === 0 ? (
        <p>{t('admin.home.place.tools_empty')}</p>
      ) : (
        <DataTable
          caption={t('admin.home.place.tools_caption', { place: place.name })}
          captionHidden
          rows={place.tools}
          rowKey={(tool) => tool.id}
          columns={[
            {
              key: 'name',
              header: t('admin.home.place.tool.name'),
              rowHeader: true,
              cell: (tool) => tool.name,
            },
            {
              key: 'usage',
              header: t('admin.home.place.tool.usage'),
              cell: (tool) => t(`admin.home.place.tool.usage.${tool.usage}`),
            },
            {
              key: 'state',
              header: t('admin.home.place.tool.state'),
              cell: (tool) =>
                [
                  t(
                    tool.outOfService
                      ? 'admin.home.place.tool.out_of_service'
                      : 'admin.home.place.tool.in_service',
                  ),
                  ...(tool.published ? [] : [t('admin.home.place.tool.unpublished')]),
                ].join(', '),
            },
          ]}
        />
      )}
    </section>
  );
}

// Network admin ---------------------------------------------------------------------------------------------

function NetworkAdminConsole({ home }: { home: AdminHome }) {
  const t = useT();
  const format = useFormat();
  const { totals } = home;
  return (
    <>
      <PageHeader title={t('admin.home.admin.title')} lead={t('admin.home.admin.lead')} />
      <section aria-labelledby="chiffres">
        <h2 id="chiffres">{t('admin.home.figures')}</h2>
        <StatGrid>
          <Stat label={t('admin.home.admin.figure.places')} value={format.number(totals.places)} />
          <Stat
            label={t('admin.home.admin.figure.published_places')}
            value={format.number(totals.publishedPlaces)}
          />
          <Stat label={t('admin.home.admin.figure.fabriques')} value={format.number(totals.fabriques)} />
          <Stat label={t('admin.home.admin.figure.members')} value={format.number(totals.members)} />
          <Stat
            label={t('admin.home.admin.figure.reports_to_validate')}
            value={format.number(totals.reportsToValidate)}
          />
          <Stat
            label={t('admin.home.admin.figure.labels_this_year', { year: home.year })}
            value={format.number(totals.labelsGrantedThisYear)}
          />
          <Stat
            label={t('admin.home.admin.figure.pending_invitations')}
            value={format.number(totals.pendingInvitations)}
          />
        </StatGrid>
      </section>

      <section aria-labelledby="invitations">
        <h2 id="invitations">{t('admin.home.admin.invitations')}</h2>
        {home.pendingInvitations.length === 0 ? (
          <p>{t('admin.home.admin.invitations_empty')}</p>
        ) : (
          <DataTable
            caption={t('admin.home.admin.invitations_caption')}
            captionHidden
            rows={home.pendingInvitations}
            rowKey={(invitation) => invitation.id}
            columns={[
              {
                key: 'email',
                header: t('admin.home.admin.invitation.email'),
                rowHeader: true,
                cell: (i) => i.email,
              },
              {
                key: 'place',
                header: t('admin.home.admin.invitation.place'),
                cell: (i) => i.placeName ?? t('admin.home.admin.invitation.network'),
              },
              {
                key: 'role',
                header: t('admin.home.admin.invitation.role'),
                cell: (i) => t(`role.${i.role}`),
              },
              {
                key: 'expires',
                header: t('admin.home.admin.invitation.expires'),
                cell: (i) => <time dateTime={i.expiresAt}>{format.date(i.expiresAt)}</time>,
              },
            ]}
          />
        )}
        <p>
          <a href="/invitations">{t('admin.home.admin.invitations_manage')}</a>
        </p>
      </section>

      <section aria-labelledby="journal">
        <h2 id="journal">{t('admin.home.admin.audit')}</h2>
        {home.recentAuditEvents.length === 0 ? (
          <p>{t('admin.home.admin.audit_empty')}</p>
        ) : (
          <DataTable
            caption={t('admin.home.admin.audit_caption')}
            captionHidden
            rows={home.recentAuditEvents}
            rowKey={(event) => String(event.id)}
            columns={[
              {
                key: 'action',
                header: t('admin.home.admin.audit.action'),
                rowHeader: true,
                cell: (e) =>
                  t('audit.entry', {
                    action: t(`audit.action.${e.action}`),
                    table: known(t, `audit.table.${e.table}`, e.table),
                  }),
              },
              {
                key: 'date',
                header: t('admin.home.admin.audit.date'),
                cell: (e) => <time dateTime={e.at}>{format.shortDateTime(e.at)}</time>,
              },
              {
                key: 'actor',
                header: t('admin.home.admin.audit.actor'),
                cell: (e) => e.actorName ?? t('admin.home.admin.audit.platform'),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

// Observer --------------------------------------------------------------------------------------------------

function ObserverConsole({ home }: { home: ObserverHome }) {
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
  indicators: ObserverHome['indicatorTotals'];
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
