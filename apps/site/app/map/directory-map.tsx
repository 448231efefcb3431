// The map of `/lieux`: rendered only once the page has hydrated, and Leaflet itself is a dynamic import,
// so the page without JavaScript (list + GET form) and its first load carry none of it.
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
  const [state, setState] = useState<'loading' | 'ready' | 'truncated' | 'failed'>('loading');
  useEffect(() => setHydrated(true), []);
  // The translator may be a new function on each render: read it through a ref, not as a dependency.
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    const element = container.current;
    if (!hydrated || !element) return;
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
  }, [hydrated, config.tilesUrl, config.attribution, query, fitToPlaces]);

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
      />
    </section>
  );
}
