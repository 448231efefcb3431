import { useT } from '@rf/web/i18n';
import type { Place } from './place-facts.tsx';

// Opening hours as a table, one row per weekday, so a screen reader reads each day with its times. Hours
// the import could not read are shown as written rather than guessed.

export function OpeningHours({ place }: { place: Place }) {
  const t = useT();
  if (!place.openingHours) return null;
  return (
    <section aria-labelledby="horaires">
      <h2 id="horaires">{t('directory.place.hours')}</h2>
      {place.openingHours.week ? (
        <table className="rf-table">
          <caption>{t('directory.place.hours_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.place.hours_day')}</th>
              <th scope="col">{t('directory.place.hours_times')}</th>
            </tr>
          </thead>
          <tbody>
            {place.openingHours.week.map((day) => (
              <tr key={day.isoDay}>
                <th scope="row">{t(`directory.day.${day.isoDay}` as 'directory.day.1')}</th>
                <td>
                  {day.intervals.length === 0
                    ? t('directory.place.hours_closed')
                    : day.intervals.length === 1 &&
                        day.intervals[0]?.from === '00:00' &&
                        day.intervals[0]?.to === '24:00'
                      ? t('directory.place.hours_all_day')
                      : day.intervals
                          .map((i) => t('directory.place.hours_interval', { from: i.from, to: i.to }))
                          .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('directory.place.hours_unreadable', { raw: place.openingHours.raw })}</p>
      )}
    </section>
  );
}
