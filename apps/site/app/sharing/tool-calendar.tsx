import type { MonthGrid } from '@rf/domain/sharing/tool-calendar';
import { intlLocales } from '@rf/i18n/core';
import { Badge } from '@rf/ui';
import { perLocale } from '@rf/web/format';
import { useLocale, useT } from '@rf/web/i18n';

// A tool's month as a table (caption, one column header per weekday, one row per week): readable by a
// screen reader cell by cell, and rendered on the server — the month links are plain links, no script.

const MONDAY = Date.UTC(2024, 0, 1); // 1 January 2024 was a Monday.

const calendarFormats = perLocale((locale) => ({
  monthName: new Intl.DateTimeFormat(intlLocales[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  long: new Intl.DateTimeFormat(intlLocales[locale], { weekday: 'long', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat(intlLocales[locale], { weekday: 'short', timeZone: 'UTC' }),
  fullDate: new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'full', timeZone: 'UTC' }),
}));

export function ToolCalendar({
  month,
  calendar,
  previous,
  next,
}: {
  month: string;
  calendar: MonthGrid;
  previous: string;
  next: string;
}) {
  const t = useT();
  const { long, short, fullDate, ...formats } = calendarFormats(useLocale());
  const monthName = formats.monthName.format(new Date(`${month}-01T00:00:00Z`));
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(MONDAY + i * 86_400_000));
  return (
    <>
      <nav aria-label={t('sharing.calendar.nav')} className="rf-calendar__nav">
        <a href={`?mois=${previous}#disponibilite`}>{t('sharing.calendar.previous')}</a>{' '}
        <a href={`?mois=${next}#disponibilite`}>{t('sharing.calendar.next')}</a>
      </nav>
      <div className="rf-table-wrap rf-table-wrap--static">
        <table className="rf-table rf-calendar">
          <caption className="rf-table__caption">
            {t('sharing.calendar.caption', { month: monthName })}
          </caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th key={day.getTime()} scope="col">
                  <abbr title={long.format(day)}>{short.format(day)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {calendar.map((week) => (
              <tr key={week.find((d) => d)?.date}>
                {week.map((day, i) =>
                  day ? (
                    <td key={day.date}>
                      <time dateTime={day.date}>
                        <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                        <span className="visually-hidden">
                          {fullDate.format(new Date(`${day.date}T00:00:00Z`))}
                        </span>
                      </time>{' '}
                      {day.state === 'free' ? (
                        <span>{t('sharing.calendar.state.free')}</span>
                      ) : (
                        <Badge tone={day.state === 'lent' ? 'info' : 'warning'}>
                          {t(`sharing.calendar.state.${day.state}`)}
                        </Badge>
                      )}
                    </td>
                  ) : (
                    <td key={`empty-${i}`} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
