// The map of `/lieux`: rendered only once the page has hydrated, and Leaflet itself is a dynamic import,
// so the page without JavaScript (list + GET form) and its first load carry none of it. Leaflet and the
// markers (a GeoJSON of every match, ~50 KB gzip for the network) load only once the map comes near the
// screen: on a phone it sits below the search form, and someone who reads the list never pays for it.
import { Alert } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { useEffect, useRef, useState } from 'react';

export interface MapConfig {
  tilesUrl: string | null;
  attribution: string;
}

interface Props {
  config: MapConfig;
  /** The search's query string (`?q=…`, without the page), shared by the list and the markers. */
  query: string;
  fitToPlaces: boolean;
  /** The id of the results heading the skip link goes to. */
  resultsId: string;
}

export function DirectoryMap({ config, query, fitToPlaces, resultsId }: Props) {
  const t = useT();
  const container = useRef<HTMLElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [near, setNear] = useState(false);
  const [state, setState] = useState<'loading' | 'ready' | 'truncated' | 'failed'>('loading');
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    const element = container.current;
    if (!hydrated || !element || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    // Half a screen ahead: the map is drawn by the time it scrolls into view.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hydrated, near]);
  // The translator may be a new function on each render: read it through a ref, not as a dependency.
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    const element = container.current;
    if (!near || !element) return;
    let dispose: (() => void) | undefined;
    let cancelled = false;
    import('./leaflet-map.ts')
      .then(({ mountDirectoryMap }) => {
        if (cancelled) return;
        dispose = mountDirectoryMap(element, {
          tilesUrl: config.tilesUrl,
          attribution: config.attribution,
          pointsUrl: `/lieux.geojson${query}`,
          outlineUrl: '/carte/france.geojson',
          fitToPlaces,
          words: {
            cluster: (count) => tRef.current('directory_map.cluster', { count }),
            zoomIn: tRef.current('directory_map.zoom_in'),
            zoomOut: tRef.current('directory_map.zoom_out'),
          },
          onState: setState,
        });
      })
      .catch(() => setState('failed'));
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [near, config.tilesUrl, config.attribution, query, fitToPlaces]);

  if (!hydrated) return null;
  return (
    <section aria-labelledby="carte" className="rf-directory-map">
      <h2 id="carte">{t('directory_map.title')}</h2>
      <p>
        <a href={`#${resultsId}`}>{t('directory_map.skip')}</a>
      </p>
      <p>{t('directory_map.hint')}</p>
      {state === 'failed' ? <Alert kind="warning">{t('directory_map.unavailable')}</Alert> : null}
      {state === 'truncated' ? <Alert kind="info">{t('directory_map.truncated')}</Alert> : null}
      {/* Leaflet makes the container focusable (arrow keys pan, +/- zoom): a named region. */}
      <section
        ref={container}
        className="rf-map"
        aria-label={t('directory_map.label')}
        data-testid="directory-map"
        data-state={state}
        // Its height before Leaflet's stylesheet arrives (with the map's code): nothing moves when it loads.
        style={{ height: 'min(28rem, 60vh)' }}
      />
    </section>
  );
}
