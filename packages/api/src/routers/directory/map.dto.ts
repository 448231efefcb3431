// What the directory map receives: a GeoJSON FeatureCollection (RFC 7946) of public places.
export interface PlacePointFeature {
  type: 'Feature';
  /** Longitude then latitude, as GeoJSON orders them. */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { slug: string; name: string; commune: string | null };
}

export interface PlaceMapDto {
  type: 'FeatureCollection';
  features: PlacePointFeature[];
  /** More places match than the map shows (`DIRECTORY_MAP_MAX_POINTS`): the list has them all. */
  truncated: boolean;
}
