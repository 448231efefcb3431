import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';

// The dates of a course booked as a whole (decision 044), on its session page, its confirmation and its
// private link: one list, in order, a date whose session was cancelled saying so.

export interface CourseDate {
  startsAt: string;
  endsAt: string;
  cancelled?: boolean;
}

export function CourseDates({ dates, lead }: { dates: CourseDate[]; lead: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="seances-du-cycle">
      <h2 id="seances-du-cycle">{t('booking.course.dates_title')}</h2>
      <p>{lead}</p>
      <ol data-testid="course-dates">
        {dates.map((date) => (
          <li key={date.startsAt}>
            <time dateTime={date.startsAt}>{format.dateTime(date.startsAt)}</time>
            {date.cancelled ? ` — ${t('booking.course.date_cancelled')}` : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
