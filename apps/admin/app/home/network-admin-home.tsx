import { DataTable, PageHeader, Stat, StatGrid } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { known, type NetworkAdminHomeData } from './console-home.ts';

/** A network admin's home: the network's figures, pending invitations and the latest journal entries. */
export function NetworkAdminHome({ home }: { home: NetworkAdminHomeData }) {
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
