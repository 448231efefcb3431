import { personInput, placeAccessInput, placeRoleInput } from '@rf/domain/identity/people.schema';
import { Alert, Button, DataTable, EmptyState, PageHeader, SelectField } from '@rf/ui';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { z } from 'zod';
import type { Route } from './+types/personnes.$id';

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: `${loaderData?.person.displayName ?? 'Personne'} — Réseau Fabriques` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent(`/personnes/${params.id}`)}`);
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403 });
  try {
    const person = await api.people.get({ userId: params.id });
    return { person, done: new URL(request.url).searchParams.get('fait') };
  } catch (error) {
    const code = formFailure(error, new FormData()).formError;
    throw data(null, { status: code === 'errors.forbidden' ? 403 : 404 });
  }
}

const schemas = { role: placeRoleInput, remove: placeAccessInput, network: personInput } as const;
type Intent = keyof typeof schemas;
const doneMessage = {
  role: 'people.role_changed',
  remove: 'people.removed_from_place',
  network: 'people.network_role_removed',
} as const;

/** One small form per change, each a plain post with an `intent`; the outcome is shown at the top. */
export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '') as Intent;
  const values = formValues(formData);
  const schema = schemas[intent];
  const parsed = schema
    ? (schema as z.ZodType).safeParse({ ...Object.fromEntries(formData), userId: params.id })
    : null;
  if (!parsed?.success)
    return data({ intent, formError: 'errors.invalid_input', fieldErrors: {}, values }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const input = parsed.data as never;
    if (intent === 'role') await api.people.setPlaceRole(input);
    else if (intent === 'remove') await api.people.removeFromPlace(input);
    else await api.people.removeNetworkRole(input);
    return redirect(`/personnes/${params.id}?fait=${intent}`, { headers });
  } catch (error) {
    return data({ intent, ...formFailure(error, formData) }, { status: 400, headers });
  }
}

export default function Person({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { person, done } = loaderData;
  const doneKey = done && done in doneMessage ? doneMessage[done as Intent] : null;
  return (
    <div className="rf-container">
      <PageHeader title={person.displayName} lead={person.email ?? undefined} />
      <p>
        <a href="/personnes">{t('people.back')}</a> · <a href="/invitations">{t('people.invite')}</a>
      </p>
      {doneKey && !actionData ? <Alert kind="success" title={t(doneKey)} /> : null}
      {actionData?.formError ? <Alert kind="error" title={message(actionData.formError)} /> : null}

      <section aria-labelledby="reseau">
        <h2 id="reseau">{t('people.network_role')}</h2>
        <p>{person.networkRole ? t(`role.${person.networkRole}`) : t('people.no_network_role')}</p>
        {person.networkRole ? (
          <Form method="post">
            <input type="hidden" name="intent" value="network" />
            <Button type="submit" variant="danger">
              {t('people.remove_network_role', { role: t(`role.${person.networkRole}`) })}
            </Button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="lieux">
        <h2 id="lieux">{t('people.places')}</h2>
        {person.places.length === 0 ? (
          <EmptyState title={t('people.no_places')} headingLevel={3} />
        ) : (
          <DataTable
            caption={t('people.places_caption')}
            captionHidden
            rows={person.places}
            rowKey={(row) => row.placeId}
            columns={[
              {
                key: 'place',
                header: t('people.column_place'),
                cell: (row) => row.placeName,
                rowHeader: true,
              },
              {
                key: 'role',
                header: t('people.column_role'),
                cell: (row) => (
                  <Form method="post" className="rf-stack">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="placeId" value={row.placeId} />
                    <SelectField
                      id={`role-${row.placeId}`}
                      name="role"
                      label={t('people.role_in_place', { place: row.placeName })}
                      defaultValue={row.role}
                      options={(['member', 'manager'] as const).map((role) => ({
                        value: role,
                        label: t(`role.${role}`),
                      }))}
                    />
                    <Button type="submit" variant="secondary">
                      {t('people.change_role')}
                    </Button>
                  </Form>
                ),
              },
              {
                key: 'actions',
                header: t('people.column_actions'),
                cell: (row) => (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="placeId" value={row.placeId} />
                    <Button type="submit" variant="danger">
                      {t('people.remove_from_place', { place: row.placeName })}
                    </Button>
                  </Form>
                ),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
