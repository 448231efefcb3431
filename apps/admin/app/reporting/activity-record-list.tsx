import type { Caller } from '@rf/api';
import { Badge, DataTable } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useMessage, useT } from '@rf/web/i18n';

type RecordList = Awaited<ReturnType<Caller['reporting']['recordsList']>>;

/** A place's saved activity records over the period asked: how many, the table, and its pages' links. */
export function ActivityRecordList({
  list,
  pageHref,
}: {
  list: RecordList;
  pageHref: (page: number) => string;
}) {
  const t = useT();
  const format = useFormat();
  const message = useMessage();
  return (
    <>
      <p>
        {t(
          format.plural(list.total, {
            one: 'activity_records.list.count.one',
            other: 'activity_records.list.count.other',
          }),
          { count: format.number(list.total) },
        )}
      </p>
      <DataTable
        caption={t('activity_records.list.caption', { place: list.place.name })}
        captionHidden
        rows={list.records}
        rowKey={(row) => row.id}
        emptyMessage={t('activity_records.list.empty')}
        columns={[
          {
            key: 'date',
            header: t('activity_records.list.date'),
            rowHeader: true,
            cell: (row) => format.date(`${row.date}T12:00:00Z`),
          },
          {
            key: 'what',
            header: t('activity_records.list.what'),
            cell: (row) => (
              <>
                {row.titreAtelier ?? t(`activity_records.type.${row.type}`)}
                <br />
                <small>{row.themes.map((code) => message(`catalogue.theme.${code}`)).join(', ')}</small>
                {row.source ? (
                  <>
                    {' '}
                    <Badge tone="info">{t('activity_records.list.from_attendance')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: 'participants',
            header: t('activity_records.list.participants'),
            align: 'end',
            cell: (row) => format.number(row.participantsTotal),
          },
          {
            key: 'duration',
            header: t('activity_records.list.duration'),
            align: 'end',
            cell: (row) =>
              t('activity_records.list.minutes', { minutes: format.number(row.durationMinutes) }),
          },
          {
            key: 'author',
            header: t('activity_records.list.author'),
            cell: (row) => row.authorName ?? '—',
          },
          {
            key: 'edit',
            header: t('activity_records.list.edit'),
            cell: (row) => (
              // aria-label rather than visually hidden text: an absolutely positioned span would escape the
              // table's scrolling region and widen the page on a phone.
              <a
                href={`/activite/${row.id}`}
                aria-label={`${t('activity_records.list.edit')} ${t('activity_records.list.edit_of', {
                  date: format.date(`${row.date}T12:00:00Z`),
                })}`}
              >
                {t('activity_records.list.edit')}
              </a>
            ),
          },
        ]}
      />
      {list.pages > 1 ? (
        <nav aria-label={t('activity_records.list.pagination')}>
          <p>{t('activity_records.list.page', { page: String(list.page), pages: String(list.pages) })}</p>
          {list.page > 1 ? <a href={pageHref(list.page - 1)}>{t('activity_records.list.previous')}</a> : null}
          {list.page > 1 && list.page < list.pages ? ' · ' : null}
          {list.page < list.pages ? (
            <a href={pageHref(list.page + 1)}>{t('activity_records.list.next')}</a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
