import type { PlaceSessionDto } from '@rf/api/client';
import { Badge, DataTable } from '@rf/ui';
import { useFormat } from './format.ts';
import { useT } from './i18n.tsx';

/**
 * A place's sessions with their bookings, as members (site) and managers (console) see them; the console
 * also lists today's and recent sessions whose attendance is still to be taken, flagged.
 */
export function PlaceSessionsTable({
  caption,
  captionHidden = false,
  sessions,
  attendanceLinks = false,
}: {
  caption: string;
  captionHidden?: boolean;
  sessions: PlaceSessionDto[];
  /** Managers (console) get a link to each session's attendance sheet. */
  attendanceLinks?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <DataTable
      caption={caption}
      captionHidden={captionHidden}
      rows={sessions}
      rowKey={(session) => session.id}
      columns={[
        {
          key: 'title',
          header: t('session.column.title'),
          rowHeader: true,
          cell: (s) => (
            <>
              {s.title}
              {s.published ? null : (
                <>
                  {' '}
                  <Badge tone="neutral">{t('session.draft')}</Badge>
                </>
              )}
            </>
          ),
        },
        {
          key: 'date',
          header: t('session.column.date'),
          cell: (s) => <time dateTime={s.startsAt}>{format.dateTime(s.startsAt)}</time>,
        },
        {
          key: 'bookings',
          header: t('session.column.bookings'),
          align: 'end',
          cell: (s) =>
            t('session.bookings_of_capacity', {
              confirmed: format.number(s.confirmed),
              capacity: format.number(s.capacity),
            }),
        },
        {
          key: 'waitlist',
          header: t('session.column.waitlist'),
          align: 'end',
          cell: (s) => format.number(s.waitlisted),
        },
        ...(attendanceLinks
          ? [
              {
                key: 'attendance',
                header: t('session.column.attendance'),
                cell: (s: PlaceSessionDto) => (
                  <>
                    <a href={`/seances/${s.id}/presences`}>
                      {t('session.attendance_link')}
                      <span className="visually-hidden">
                        {' '}
                        {t('session.attendance_link_of', {
                          title: s.title,
                          date: format.dateTime(s.startsAt),
                        })}
                      </span>
                    </a>
                    {/* A session begun or past whose attendance is not taken yet: the words say it. */}
                    {s.attendancePending ? (
                      <>
                        {' '}
                        <Badge tone="warning">{t('session.attendance_pending')}</Badge>
                      </>
                    ) : null}
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
