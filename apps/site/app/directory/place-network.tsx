import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import type { Place } from './place-facts.tsx';

// Where a place stands in the network: its labels, the fabrique it belongs to, and, for a fabrique, the
// places of its hub.

export function PlaceLabels({ place }: { place: Place }) {
  const t = useT();
  const format = useFormat();
  if (place.labels.length === 0) return null;
  return (
    <section aria-labelledby="labels">
      <h2 id="labels">{t('directory.place.labels')}</h2>
      <ul>
        {place.labels.map((label) => (
          <li key={`${label.code}-${label.grantedOn}`}>
            {label.name},{' '}
            {label.endsOn
              ? t('directory.place.label_period', {
                  from: format.date(label.grantedOn),
                  to: format.date(label.endsOn),
                })
              : t('directory.place.label_since', { date: format.date(label.grantedOn) })}
            {label.wave ? ` (${t('directory.place.label_wave', { wave: label.wave })})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlaceFabrique({ place }: { place: Place }) {
  const t = useT();
  if (!place.fabrique) return null;
  return (
    <section aria-labelledby="fabrique">
      <h2 id="fabrique">{t('directory.place.fabrique')}</h2>
      <p>
        {t('directory.place.fabrique_lead')}{' '}
        <a href={`/lieux/${place.fabrique.slug}`}>{place.fabrique.name}</a>
        {place.fabrique.commune ? ` (${place.fabrique.commune})` : ''}
      </p>
    </section>
  );
}

export function PlaceHub({ place }: { place: Place }) {
  const t = useT();
  if (place.hubPlaces.length === 0) return null;
  return (
    <section aria-labelledby="reseau">
      <h2 id="reseau">{t('directory.place.hub')}</h2>
      <ul>
        {place.hubPlaces.map((p) => (
          <li key={p.slug}>
            <a href={`/lieux/${p.slug}`}>{p.name}</a>
            {p.commune ? ` (${p.commune})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
