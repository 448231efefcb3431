import { Badge, Card } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import type { CatalogueResults } from './catalogue-filters.tsx';
import { themeLabel, useDayFormats } from './catalogue-words.ts';

// One session in the catalogue's results, under its day's heading: the time only (the day is the
// heading), and the place's calendar feed for who wants all of that place's sessions.

type CatalogueSession = CatalogueResults['days'][number]['sessions'][number];

export function CatalogueSessionCard({ session }: { session: CatalogueSession }) {
  const t = useT();
  const format = useFormat();
  const when = useDayFormats();
  return (
    <Card
      as="li"
      headingLevel={4}
      title={session.title}
      href={`/seances/${session.id}`}
      meta={
        <>
          {session.seatsLeft > 0 ? (
            <Badge tone="success">
              {t(
                format.plural(session.seatsLeft, {
                  one: 'catalogue.results.seats_left.one',
                  other: 'catalogue.results.seats_left.other',
                }),
                { count: format.number(session.seatsLeft) },
              )}
            </Badge>
          ) : (
            <Badge tone="warning">{t('catalogue.results.full')}</Badge>
          )}{' '}
          {session.free ? <Badge tone="info">{t('catalogue.results.free')}</Badge> : null}
        </>
      }
      footer={
        <a href={`/lieux/${session.placeSlug}/agenda.ics`}>
          {t('catalogue.place_feed', { place: session.placeName })}
        </a>
      }
    >
      <p>
        <time dateTime={session.startsAt}>
          {t('catalogue.results.time', {
            start: when.time(session.startsAt),
            end: when.time(session.endsAt),
          })}
        </time>
        {' — '}
        {session.commune
          ? t('catalogue.results.where', { place: session.placeName, commune: session.commune })
          : session.placeName}
        {session.distanceKm !== null
          ? ` (${t('catalogue.results.distance', { km: format.number(session.distanceKm) })})`
          : ''}
      </p>
      <p>
        {[
          t(`catalogue.kind.${session.kind}`),
          t(`catalogue.format.${session.format}`),
          session.level ? t(`catalogue.level.${session.level}`) : null,
          ...session.themes.map((code) => themeLabel(t, code)),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </Card>
  );
}
