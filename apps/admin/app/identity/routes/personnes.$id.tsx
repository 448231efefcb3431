import { personInput, placeAccessInput, placeRoleInput } from '@rf/domain/identity/people.schema';
import { Alert, Button, DataTable, EmptyState, PageHeader, SelectField } from '@rf/ui';
import { formIntent, formValues, parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/personnes.$id';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const person = await api.people.get({ userId: params.id });
  return data(
    {
      person,
      done: new URL(request.url).searchParams.get('fait'),
      meta: metaOf(t, { title: ['people.person_meta_title', { name: person.displayName }] }),
    },
    { headers },
  );
});

const INTENTS = ['role', 'remove', 'network'] as const;
type Intent = (typeof INTENTS)[number];
const doneMessage = {
  role: 'people.role_changed',
  remove: 'people.removed_from_place',
  network: 'people.network_role_removed',
} as const;

/** One small form per change, each a plain post with an `intent`; the outcome is shown at the top. */
export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const formData = await request.formData();
  const intent = formIntent(formData, INTENTS);
  formData.set('userId', params.id);
  const invalid = () =>
    data(
      { intent, formError: 'errors.invalid_input', fieldErrors: {}, values: formValues(formData) },
      { status: 400 },
    );
  if (!intent) return invalid();
  const { api, headers } = await requestScope(request);
  const done = () => redirect(`/personnes/${params.id}?fait=${intent}`, { headers });
  try {
    if (intent === 'role') {
      const parsed = parseForm(placeRoleInput, formData);
      if (!parsed.ok) return invalid();
      await api.people.setPlaceRole(parsed.data);
    } else if (intent === 'remove') {
      const parsed = parseForm(placeAccessInput, formData);
      if (!parsed.ok) return invalid();
      await api.people.removeFromPlace(parsed.data);
    } else {
      const parsed = parseForm(personInput, formData);
      if (!parsed.ok) return invalid();
      await api.people.removeNetworkRole(parsed.data);
    }
    return done();
  } catch (error) {
    return refusedForm(error, formData, headers, { intent });
  }
});

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
