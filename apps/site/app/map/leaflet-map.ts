// The directory map, loaded only in the browser after hydration (a dynamic import): Leaflet draws the
// configured raster tiles, France's outline shipped with the app (so the map still reads when no tile
// server answers) and the search's places, clustered by supercluster. Markers are links and buttons,
// reachable with the keyboard; the list under the map stays the complete, accessible view.
import 'leaflet/dist/leaflet.css';
import './directory-map.css';
import type { FeatureCollection, Point } from 'geojson';
import * as L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';

export interface DirectoryMapOptions {
  /** `{z}/{x}/{y}` raster tile template, or `null` for no tiles (outline only). */
  tilesUrl: string | null;
  attribution: string;
  /** The search's GeoJSON (`/lieux.geojson?…`) and France's outline. */
  pointsUrl: string;
  outlineUrl: string;
  /** Zoom on the places found (a narrowed search) rather than show the whole of France. */
  fitToPlaces: boolean;
  words: { cluster: (count: number) => string; zoomIn: string; zoomOut: string };
  onState: (state: 'ready' | 'truncated' | 'failed') => void;
}

interface PlaceProps {
  slug: string;
  name: string;
  commune: string | null;
}

/** Metropolitan France and Corsica. */
const FRANCE_BOUNDS = L.latLngBounds([41.3, -5.2], [51.1, 9.6]);

const outlineStyle = (filled: boolean): L.PathOptions => ({
  className: 'rf-map-outline',
  color: '#000091',
  weight: 1.5,
  fillColor: '#f6f6f0',
  // Over tiles, only the border; without them the land is filled so France reads against the sea.
  fillOpacity: filled ? 1 : 0,
});

function pinElement(props: PlaceProps): HTMLElement {
  const link = document.createElement('a');
  link.className = 'rf-map-pin';
  link.href = `/lieux/${encodeURIComponent(props.slug)}`;
  link.title = props.name;
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = props.commune ? `${props.name}, ${props.commune}` : props.name;
  link.append(label);
  return link;
}

function clusterElement(
  id: number,
  count: number,
  [lat, lng]: [number, number],
  words: DirectoryMapOptions['words'],
): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rf-map-cluster';
  button.dataset.clusterId = String(id);
  button.dataset.lat = String(lat);
  button.dataset.lng = String(lng);
  const visible = document.createElement('span');
  visible.setAttribute('aria-hidden', 'true');
  visible.textContent = String(count);
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = words.cluster(count);
  button.append(visible, label);
  return button;
}

/** Builds the map in `container`; returns what removes it. */
export function mountDirectoryMap(container: HTMLElement, options: DirectoryMapOptions): () => void {
  const map = L.map(container, { minZoom: 2, maxZoom: 18, zoomSnap: 0.5, zoomControl: false });
  L.control.zoom({ zoomInTitle: options.words.zoomIn, zoomOutTitle: options.words.zoomOut }).addTo(map);
  map.fitBounds(FRANCE_BOUNDS);
  // A function, so an outline that arrives after the first tile error is filled too.
  let landFilled = !options.tilesUrl;
  const outline = L.geoJSON(undefined, { style: () => outlineStyle(landFilled), interactive: false }).addTo(
    map,
  );
  if (options.tilesUrl) {
    const tiles = L.tileLayer(options.tilesUrl, { attribution: options.attribution, maxZoom: 19 });
    // Tiles unreachable (offline, blocked, provider down): fill the land so the outline carries the map.
    tiles.once('tileerror', () => {
      landFilled = true;
      outline.setStyle(outlineStyle(true));
    });
    tiles.addTo(map);
  } else {
    map.attributionControl.addAttribution('Natural Earth');
  }
  const markers = L.layerGroup().addTo(map);
  // The radius is in 1/512 of a tile, and Leaflet's tiles are 256 px: 120 keeps markers about 60 px apart on
  // screen, more than the largest cluster (56 px). At 60 (30 px) clusters overlapped and pins sat under
  // them: buttons partly hidden, below the 24 px target size (axe target-size, issue 15).
  const index = new Supercluster<PlaceProps>({ radius: 120, maxZoom: 16 });
  const controller = new AbortController();

  function render() {
    markers.clearLayers();
    const b = map.getBounds();
    const clusters = index.getClusters(
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      Math.floor(map.getZoom()),
    );
    for (const c of clusters) {
      const [lng, lat] = c.geometry.coordinates as [number, number];
      const p = c.properties as Partial<ClusterProperties> & Partial<PlaceProps>;
      const size = p.cluster ? Math.min(56, 28 + Math.log2(p.point_count ?? 2) * 4) : 18;
      const html =
        p.cluster && p.cluster_id !== undefined
          ? clusterElement(p.cluster_id, p.point_count ?? 0, [lat, lng], options.words)
          : pinElement(p as PlaceProps);
      // Not Leaflet-interactive: the link or button inside is the control (no nested button roles).
      L.marker([lat, lng], {
        icon: L.divIcon({ html, className: 'rf-map-marker', iconSize: [size, size] }),
        interactive: false,
        keyboard: false,
      }).addTo(markers);
    }
  }

  function onClick(event: MouseEvent) {
    const button = (event.target as Element).closest<HTMLElement>('[data-cluster-id]');
    if (!button) return;
    const id = Number(button.dataset.clusterId);
    const center = L.latLng(Number(button.dataset.lat), Number(button.dataset.lng));
    map.setView(center, Math.min(index.getClusterExpansionZoom(id), 18));
    // The cluster's button is gone after the zoom: keep the keyboard on the map.
    container.focus();
  }
  container.addEventListener('click', onClick);

  fetch(options.outlineUrl, { signal: controller.signal })
    .then((r) => (r.ok ? r.json() : null))
    .then((geo) => {
      if (!geo) return;
      outline.addData(geo);
      container.dataset.outline = 'drawn';
    })
    .catch(() => {});

  fetch(options.pointsUrl, { signal: controller.signal })
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<FeatureCollection<Point, PlaceProps> & { truncated: boolean }>;
    })
    .then((collection) => {
      index.load(collection.features);
      if (options.fitToPlaces && collection.features.length > 0) {
        const bounds = L.latLngBounds(
          collection.features.map(
            (f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]] as [number, number],
          ),
        );
        map.fitBounds(bounds, { maxZoom: 13, padding: [24, 24] });
      }
      render();
      map.on('moveend', render);
      container.dataset.places = String(collection.features.length);
      options.onState(collection.truncated ? 'truncated' : 'ready');
    })
    .catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') options.onState('failed');
    });

  return () => {
    controller.abort();
    container.removeEventListener('click', onClick);
    map.remove();
  };
}
