import { useT } from '@rf/web/i18n';
import type { Place } from './place-facts.tsx';

export function PlacePhotos({ place }: { place: Place }) {
  const t = useT();
  if (place.photos.length === 0) return null;
  return (
    <section aria-labelledby="photos">
      <h2 id="photos" className="visually-hidden">
        {t('place_photos.site_title')}
      </h2>
      <ul style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
        {place.photos.map((photo, index) => (
          <li key={photo.url}>
            {/* Each photo is stored in a few widths (decision 035): the browser picks the smallest that
                fills its box, and only the cover loads before the person scrolls (small data plans). */}
            <img
              src={photo.url}
              srcSet={photo.srcSet ?? undefined}
              sizes={index === 0 ? '(max-width: 40rem) 100vw, 40rem' : '(max-width: 18rem) 100vw, 18rem'}
              alt={photo.altText}
              loading={index === 0 ? 'eager' : 'lazy'}
              decoding="async"
              style={{
                display: 'block',
                width: index === 0 ? '40rem' : '18rem',
                maxWidth: '100%',
                height: 'auto',
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
