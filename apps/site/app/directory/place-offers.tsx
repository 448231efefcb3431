import { Badge, Card } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import type { Place } from './place-facts.tsx';

// What a place shares with the network's other parts: its upcoming workshops, its tools and its
// resources. The page shows a few of each and links to the full, filtered list.

export function PlaceSessions({ place }: { place: Place }) {
  const t = useT();
  const format = useFormat();
  if (place.upcomingSessions.length === 0) return null;
  return (
    <section aria-labelledby="ateliers">
      <h2 id="ateliers">{t('directory.place.sessions')}</h2>
      <ul className="rf-grid">
        {place.upcomingSessions.map((session) => (
          <Card
            key={session.id}
            as="li"
            headingLevel={3}
            title={session.title}
            href={`/seances/${session.id}`}
            meta={
              session.seatsLeft > 0 ? (
                <Badge tone="success">
                  {t(
                    format.plural(session.seatsLeft, {
                      one: 'directory.place.seats_left.one',
                      other: 'directory.place.seats_left.other',
                    }),
                    { count: format.number(session.seatsLeft) },
                  )}
                </Badge>
              ) : (
                <Badge tone="warning">{t('directory.place.full')}</Badge>
              )
            }
          >
            <p>
              <time dateTime={session.startsAt}>{format.dateTime(session.startsAt)}</time>
            </p>
          </Card>
        ))}
      </ul>
      <p>
        <a href={`/lieux/${place.slug}/agenda.ics`}>{t('catalogue.place_page_feed')}</a>
      </p>
    </section>
  );
}

export function PlaceTools({ place }: { place: Place }) {
  const t = useT();
  const format = useFormat();
  if (place.tools.length === 0) return null;
  return (
    <section aria-labelledby="outils">
      <h2 id="outils">{t('directory.place.tools')}</h2>
      <ul>
        {place.tools.map((tool) => (
          <li key={tool.id}>
            <a href={`/outils/${tool.id}`}>{tool.name}</a>
            {tool.lendable ? ` — ${t('directory.place.tools_lendable')}` : ''}
            {tool.outOfService ? ` — ${t('directory.place.tools_out_of_service')}` : ''}
          </li>
        ))}
      </ul>
      {place.toolCount > place.tools.length ? (
        <p>
          <a href={`/outils?lieu=${place.id}`}>
            {t('directory.place.tools_all', { count: format.number(place.toolCount) })}
          </a>
        </p>
      ) : null}
    </section>
  );
}

export function PlaceResources({ place }: { place: Place }) {
  const t = useT();
  if (place.resources.length === 0) return null;
  return (
    <section aria-labelledby="ressources">
      <h2 id="ressources">{t('directory.place.resources')}</h2>
      <ul>
        {place.resources.map((resource) => (
          <li key={resource.id}>
            <a href={resource.href} {...(resource.file ? { download: '' } : { rel: 'noopener' })}>
              {resource.title}
            </a>
            {resource.file ? ` — ${t('directory.place.resources_file')}` : ''}
          </li>
        ))}
      </ul>
      {place.moreResources ? (
        <p>
          <a href={`/ressources?lieu=${place.id}`}>{t('directory.place.resources_all')}</a>
        </p>
      ) : null}
    </section>
  );
}
