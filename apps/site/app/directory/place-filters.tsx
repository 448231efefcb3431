import type { Caller } from '@rf/api';
// The browser's part, without zod (decision 049).
import { DIRECTORY_RADII_KM, hasDirectoryFilters } from '@rf/domain/directory/search-query';
import { FRAIS_A_CHARGE, PRISES_EN_CHARGE_SPECIFIQUES, SERVICES } from '@rf/domain/vocabulary/places';
import { Button, CheckboxField, SelectField, TextField } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { kindLabel } from '../directory-words';
import { FilterGrid } from '../filter-grid.tsx';

// The directory's search is a GET form on `/lieux`: its address is the search, so it can be shared,
// bookmarked, cached, and read by the map, and it needs no JavaScript.

export type DirectoryResults = Awaited<ReturnType<Caller['directory']['search']>>;
export type DirectoryFacets = Awaited<ReturnType<Caller['directory']['facets']>>;

// The vocabularies' values are shown as written: they are the national data standard's own words.
const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function PlaceFilters({
  search: s,
  facets,
}: {
  search: DirectoryResults['search'];
  facets: DirectoryFacets;
}) {
  const t = useT();
  return (
    <search aria-labelledby="recherche">
      <h2 id="recherche">{t('directory.form.title')}</h2>
      <form method="get" action="/lieux">
        <FilterGrid>
          <TextField
            name="q"
            type="search"
            label={t('directory.form.q')}
            hint={t('directory.form.q_hint')}
            defaultValue={s.q ?? ''}
          />
          <TextField
            name="pres"
            label={t('directory.form.near')}
            hint={t('directory.form.near_hint')}
            defaultValue={s.pres ?? ''}
            autoComplete="postal-code"
          />
          <SelectField
            name="rayon"
            label={t('directory.form.radius')}
            placeholder={t('directory.form.radius_any')}
            defaultValue={s.rayon ? String(s.rayon) : ''}
            options={DIRECTORY_RADII_KM.map((km) => ({
              value: String(km),
              label: t('directory.form.radius_km', { km }),
            }))}
          />
          <SelectField
            name="service"
            label={t('directory.form.service')}
            placeholder={t('directory.form.any')}
            defaultValue={s.service ?? ''}
            options={options(SERVICES)}
          />
          <SelectField
            name="typologie"
            label={t('directory.form.kind')}
            placeholder={t('directory.form.any')}
            defaultValue={s.typologie ?? ''}
            options={facets.kinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          />
          <SelectField
            name="label"
            label={t('directory.form.label')}
            placeholder={t('directory.form.any')}
            defaultValue={s.label ?? ''}
            options={facets.labels.map((l) => ({ value: l.code, label: l.name }))}
          />
          <SelectField
            name="region"
            label={t('directory.form.region')}
            placeholder={t('directory.form.any')}
            defaultValue={s.region ?? ''}
            options={facets.regions.map((r) => ({ value: r.code, label: r.name }))}
          />
          <SelectField
            name="departement"
            label={t('directory.form.departement')}
            placeholder={t('directory.form.any')}
            defaultValue={s.departement ?? ''}
            options={facets.departements.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
          />
          <SelectField
            name="territoire"
            label={t('directory.form.territory')}
            placeholder={t('directory.form.any')}
            defaultValue={s.territoire ?? ''}
            options={[
              { value: 'qpv', label: t('directory.form.territory_qpv') },
              { value: 'rural', label: t('directory.form.territory_rural') },
            ]}
          />
          <SelectField
            name="frais"
            label={t('directory.form.fees')}
            placeholder={t('directory.form.any')}
            defaultValue={s.frais ?? ''}
            options={options(FRAIS_A_CHARGE)}
          />
          <SelectField
            name="prise_en_charge"
            label={t('directory.form.support')}
            placeholder={t('directory.form.any')}
            defaultValue={s.prise_en_charge ?? ''}
            options={options(PRISES_EN_CHARGE_SPECIFIQUES)}
          />
        </FilterGrid>
        <CheckboxField
          name="ouvert"
          value="1"
          label={t('directory.form.open_now')}
          defaultChecked={s.ouvert === '1'}
        />
        <p>
          <Button>{t('directory.form.submit')}</Button>{' '}
          {hasDirectoryFilters(s) ? <a href="/lieux">{t('directory.form.reset')}</a> : null}
        </p>
      </form>
    </search>
  );
}
