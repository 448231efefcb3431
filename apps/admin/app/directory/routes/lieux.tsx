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
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { signInPath } from '@rf/web/safe-redirect';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/lieux';

export const meta = () => [{ title: 'Lieux du réseau — Réseau Fabriques' }];

export async function loader({ request }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  const url = new URL(request.url);
  if (!viewer) throw redirect(signInPath(url.pathname + url.search));
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403 });
  const filter = listPlacesInput.parse({
    q: url.searchParams.get('q') ?? '',
    status: url.searchParams.get('statut') ?? '',
    page: url.searchParams.get('page') ?? '1',
  });
  const list = await api.directoryAdmin.listPlaces(filter);
  return { filter, list };
}

/** Creates a draft place; works without JavaScript (a plain form post), errors come back next to fields. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const values = formValues(formData);
  const kinds = formData.getAll('kinds').filter((v): v is string => typeof v === 'string');
  const parsed = createPlaceInput.safeParse({ ...Object.fromEntries(formData), kinds });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? '_form')] ??= issue.message;
    return data({ formError: 'errors.invalid_input', fieldErrors, values, kinds }, { status: 400 });
  }
  const { api, headers } = await requestScope(request);
  try {
    const { id } = await api.directoryAdmin.createPlace(parsed.data);
    return redirect(`/lieux/${id}?cree`, { headers });
  } catch (error) {
    return data({ ...formFailure(error, formData), kinds }, { status: 400, headers });
  }
}

const createFields = [
  ['name', 'directory_admin.profile.name'],
  ['address', 'directory_admin.profile.address'],
  ['postalCode', 'directory_admin.profile.postal_code'],
  ['communeCode', 'directory_admin.profile.commune_code'],
] as const;

export default function Places({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { filter, list } = loaderData;
  const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field,
    message: message(key),
  }));
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
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
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
            defaultValue={actionData?.values[name] ?? ''}
            error={fieldErrors[name] ? message(fieldErrors[name]) : undefined}
          />
        ))}
        <CheckboxGroup
          id="kinds"
          name="kinds"
          legend={t('directory_admin.places.kinds')}
          options={TYPOLOGIES.map((value) => ({ value, label: value }))}
          defaultValue={actionData?.kinds ?? []}
          error={fieldErrors.kinds ? message(fieldErrors.kinds) : undefined}
        />
        <Button type="submit">{t('directory_admin.places.create_submit')}</Button>
      </Form>
    </div>
  );
}
