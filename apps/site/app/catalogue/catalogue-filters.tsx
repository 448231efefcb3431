import type { Caller } from '@rf/api';
import {
  ACTIVITY_FORMATS,
  ACTIVITY_KINDS,
  ACTIVITY_LEVELS,
  CATALOGUE_RADII_KM,
  hasCatalogueFilters,
} from '@rf/domain/booking/catalogue-query';
import { Button, CheckboxField, SelectField, TextField } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { FilterGrid } from '../filter-grid.tsx';
import { themeLabel } from './catalogue-words.ts';

// The catalogue's search is a GET form on `/ateliers`: its address is the search, so it can be shared,
// bookmarked and cached, and it needs no JavaScript.

export type CatalogueResults = Awaited<ReturnType<Caller['catalogue']['search']>>;
export type CatalogueFacets = Awaited<ReturnType<Caller['catalogue']['facets']>>;

export function CatalogueFilters({
  search: s,
  facets,
}: {
  search: CatalogueResults['search'];
  facets: CatalogueFacets;
}) {
  const t = useT();
  return (
    <search aria-labelledby="recherche">
      <h2 id="recherche">{t('catalogue.form.title')}</h2>
      <form method="get" action="/ateliers">
        <FilterGrid>
          <TextField
            name="q"
            type="search"
            label={t('catalogue.form.q')}
            hint={t('catalogue.form.q_hint')}
            defaultValue={s.q ?? ''}
          />
          <SelectField
            name="theme"
            label={t('catalogue.form.theme')}
            placeholder={t('catalogue.form.any')}
            defaultValue={s.theme ?? ''}
            options={facets.themes.map((code) => ({ value: code, label: themeLabel(t, code) }))}
          />
          <TextField
            name="du"
            type="date"
            label={t('catalogue.form.from')}
            hint={t('catalogue.form.from_hint')}
            defaultValue={s.du ?? ''}
          />
          <TextField
            name="au"
            type="date"
            label={t('catalogue.form.to')}
            hint={t('catalogue.form.to_hint')}
            defaultValue={s.au ?? ''}
          />
          <TextField
            name="pres"
            label={t('catalogue.form.near')}
            hint={t('catalogue.form.near_hint')}
            defaultValue={s.pres ?? ''}
            autoComplete="postal-code"
          />
          <SelectField
            name="rayon"
            label={t('catalogue.form.radius')}
            placeholder={t('catalogue.form.radius_any')}
            defaultValue={s.rayon ? String(s.rayon) : ''}
            options={CATALOGUE_RADII_KM.map((km) => ({
              value: String(km),
              label: t('catalogue.form.radius_km', { km }),
            }))}
          />
          <SelectField
            name="niveau"
            label={t('catalogue.form.level')}
            placeholder={t('catalogue.form.any')}
            defaultValue={s.niveau ?? ''}
            options={ACTIVITY_LEVELS.map((v) => ({ value: v, label: t(`catalogue.level.${v}`) }))}
          />
          <SelectField
            name="format"
            label={t('catalogue.form.format')}
            placeholder={t('catalogue.form.any')}
            defaultValue={s.format ?? ''}
            options={ACTIVITY_FORMATS.map((v) => ({ value: v, label: t(`catalogue.format.${v}`) }))}
          />
          <SelectField
            name="type"
            label={t('catalogue.form.kind')}
            placeholder={t('catalogue.form.any')}
            defaultValue={s.type ?? ''}
            options={ACTIVITY_KINDS.map((v) => ({ value: v, label: t(`catalogue.kind.${v}`) }))}
          />
        </FilterGrid>
        <CheckboxField
          name="gratuit"
          value="1"
          label={t('catalogue.form.free')}
          defaultChecked={s.gratuit === '1'}
        />
        <CheckboxField
          name="accessible"
          value="1"
          label={t('catalogue.form.accessible')}
          defaultChecked={s.accessible === '1'}
        />
        <p>
          <Button>{t('catalogue.form.submit')}</Button>{' '}
          {hasCatalogueFilters(s) ? <a href="/ateliers">{t('catalogue.form.reset')}</a> : null}
        </p>
      </form>
    </search>
  );
}
