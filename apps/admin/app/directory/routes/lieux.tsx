import { createPlaceInput, listPlacesInput, PLACE_STATUSES } from '@rf/domain/directory/place-admin.schema';
import { TYPOLOGIES } from '@rf/domain/vocabulary/places';
import {
  Alert,
  Badge,
  Button,
  CheckboxGroup,
  DataTable,
  FormErrorSummary,
  PageHeader,
  SelectField,
  TextField,
} from '@rf/ui';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/lieux';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const url = new URL(request.url);
  const filter = listPlacesInput.parse({
    q: url.searchParams.get('q') ?? '',
    status: url.searchParams.get('statut') ?? '',
    page: url.searchParams.get('page') ?? '1',
  });
  const list = await api.directoryAdmin.listPlaces(filter);
  return data({ filter, list, meta: metaOf(t, { title: 'directory_admin.places.meta_title' }) }, { headers });
});

/** Creates a draft place; works without JavaScript (a plain form post), errors come back next to fields. */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  // The ticked kinds, to tick them again when the form comes back.
  const kinds = formData.getAll('kinds').filter((v): v is string => typeof v === 'string');
  const parsed = parseForm(createPlaceInput, formData);
  if (!parsed.ok) return data({ ...parsed, kinds }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { id } = await api.directoryAdmin.createPlace(parsed.data);
    return redirect(`/lieux/${id}?cree`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { kinds });
  }
});

const createFields = [
  ['name', 'directory_admin.profile.name'],
  ['address', 'directory_admin.profile.address'],
  ['postalCode', 'directory_admin.profile.postal_code'],
  ['communeCode', 'directory_admin.profile.commune_code'],
] as const;

export default function Places({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { filter, list } = loaderData;
  // An error on one ticked kind (`kinds[2]`) is shown on the group, as the summary links to it.
  const { errorOf, errors, value, formError } = useFormFailure(actionData, {
    fieldId: (name) => name.replace(/\[\d+\]$/, ''),
  });
  const kindsError = errorOf('kinds') ?? errors.find((error) => error.fieldId === 'kinds')?.message;
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (filter.q) params.set('q', filter.q);
    if (filter.status) params.set('statut', filter.status);
    params.set('page', String(page));
    return `/lieux?${params}`;
  };
  return (
    <div className="rf-container">
      <PageHeader title={t('directory_admin.places.title')} lead={t('directory_admin.places.lead')} />
      <p>
        <a href="/lieux/a-mettre-a-jour">{t('directory_admin.stale.link')}</a>
      </p>
      <Form method="get" className="rf-stack" role="search">
        <TextField
          id="q"
          name="q"
          type="search"
          label={t('directory_admin.places.search')}
          defaultValue={filter.q}
        />
        <SelectField
          id="statut"
          name="statut"
          label={t('directory_admin.places.status')}
          placeholder={t('directory_admin.places.any_status')}
          options={PLACE_STATUSES.map((s) => ({ value: s, label: t(`directory_admin.status.${s}`) }))}
          defaultValue={filter.status ?? ''}
        />
        <Button type="submit" variant="secondary">
          {t('directory_admin.places.filter_submit')}
        </Button>
      </Form>
      <DataTable
        caption={t('directory_admin.places.caption', { total: String(list.total) })}
        columns={[
          {
            key: 'name',
            header: t('directory_admin.places.column.name'),
            rowHeader: true,
            cell: (p) => <a href={`/lieux/${p.id}`}>{p.name}</a>,
          },
          {
            key: 'commune',
            header: t('directory_admin.places.column.commune'),
            cell: (p) => [p.postalCode, p.communeName].filter(Boolean).join(' '),
          },
          {
            key: 'status',
            header: t('directory_admin.places.column.status'),
            cell: (p) => (
              <>
                {t(`directory_admin.status.${p.status}`)}
                {p.hidden ? (
                  <>
                    {' '}
                    <Badge tone="warning">{t('directory_admin.places.hidden')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
        ]}
        rows={list.items}
        rowKey={(p) => p.id}
        emptyMessage={t('directory_admin.places.none')}
      />
      <nav aria-label={t('directory_admin.places.pagination')}>
        <p>
          {list.page > 1 ? (
            <a href={pageHref(list.page - 1)}>{t('directory_admin.places.previous')}</a>
          ) : null}{' '}
          {t('directory_admin.places.page', { page: String(list.page), count: String(list.pageCount) })}{' '}
          {list.page < list.pageCount ? (
            <a href={pageHref(list.page + 1)}>{t('directory_admin.places.next')}</a>
          ) : null}
        </p>
      </nav>

      <h2 id="creer">{t('directory_admin.places.create_title')}</h2>
      <p>{t('directory_admin.places.create_lead')}</p>
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <Form method="post" noValidate aria-labelledby="creer">
        {createFields.map(([name, label]) => (
          <TextField
            key={name}
            id={name}
            name={name}
            label={t(label)}
            required
            requiredLabel={t('form.required')}
            defaultValue={value(name)}
            error={errorOf(name)}
          />
        ))}
        <CheckboxGroup
          id="kinds"
          name="kinds"
          legend={t('directory_admin.places.kinds')}
          options={TYPOLOGIES.map((value) => ({ value, label: value }))}
          defaultValue={actionData?.kinds ?? []}
          error={kindsError}
        />
        <Button type="submit">{t('directory_admin.places.create_submit')}</Button>
      </Form>
    </div>
  );
}
