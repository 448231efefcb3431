import { createWaveInput, setWaveStatusInput } from '@rf/domain/programme/waves.schema';
import { parisDay } from '@rf/domain/time/paris';
import { Alert, Button, DataTable, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { type FormFailure, formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/programme.vagues';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const { waves } = await api.programme.listWaves();
  // Today in Paris, to prefill the closing date.
  const today = parisDay();
  return data(
    {
      waves,
      today,
      saved: new URL(request.url).searchParams.has('enregistre'),
      meta: metaOf(t, { title: ['programme.meta_title', { page: t('programme.waves.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

/** Create a wave, or change one's status; each a plain form post, errors next to the fields. */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const intent = formIntent(formData, ['status']) ?? 'create';
  const invalid = (failure: FormFailure) => data({ intent, ...failure }, { status: 400 });
  const { api, headers } = await requestScope(request);
  const send = async (call: () => Promise<unknown>) => {
    try {
      await call();
      return redirect('/programme/vagues?enregistre', { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent });
    }
  };
  if (intent === 'status') {
    const form = parseForm(setWaveStatusInput, formData);
    return form.ok ? send(() => api.programme.setWaveStatus(form.data)) : invalid(form);
  }
  const form = parseForm(createWaveInput, formData);
  return form.ok ? send(() => api.programme.createWave(form.data)) : invalid(form);
});

export default function ProgrammeWaves({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { waves, today, saved } = loaderData;
  // Errors belong to the form that was sent: the new wave's, or this wave's status.
  const created = useFormFailure(actionData?.intent === 'create' ? actionData : null);
  const changed = useFormFailure(actionData?.intent === 'status' ? actionData : null);
  const createError = created.errorOf;
  const statusError = (waveId: string) =>
    changed.value('waveId') === waveId ? changed.errorOf('closesOn') : undefined;
  const typed = (field: string) => created.value(field);
  const hasFieldErrors = Object.keys(actionData?.fieldErrors ?? {}).length > 0;
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.waves.title')} lead={t('programme.waves.lead')} />
      {saved && !actionData ? <Alert kind="success" title={t('programme.waves.saved')} /> : null}
      {actionData?.formError ? (
        <Alert kind="error" title={message(hasFieldErrors ? 'errors.invalid_input' : actionData.formError)} />
      ) : null}
      <DataTable
        caption={t('programme.waves.caption')}
        captionHidden
        columns={[
          { key: 'name', header: t('programme.waves.column.name'), rowHeader: true, cell: (w) => w.name },
          {
            key: 'dates',
            header: t('programme.waves.column.dates'),
            cell: (w) =>
              w.closesOn
                ? t('programme.waves.dates_closed', {
                    opens: format.date(w.opensOn),
                    closes: format.date(w.closesOn),
                  })
                : t('programme.waves.dates_open', { opens: format.date(w.opensOn) }),
          },
          {
            key: 'status',
            header: t('programme.waves.column.status'),
            cell: (w) => t(`programme.waves.status.${w.status}`),
          },
          {
            key: 'places',
            header: t('programme.waves.column.places'),
            cell: (w) => format.number(w.labelledPlaces),
          },
          {
            key: 'actions',
            header: t('programme.waves.column.actions'),
            cell: (w) =>
              w.status === 'draft' ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="waveId" value={w.id} />
                  <input type="hidden" name="status" value="open" />
                  <Button type="submit" variant="secondary">
                    {t('programme.waves.open', { name: w.name })}
                  </Button>
                </Form>
              ) : w.status === 'open' ? (
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="waveId" value={w.id} />
                  <input type="hidden" name="status" value="closed" />
                  <TextField
                    id={`closesOn-${w.id}`}
                    name="closesOn"
                    type="date"
                    label={t('programme.waves.close_on', { name: w.name })}
                    defaultValue={
                      actionData?.intent === 'status' && actionData.values.waveId === w.id
                        ? (actionData.values.closesOn ?? '')
                        : (w.closesOn ?? today)
                    }
                    error={statusError(w.id)}
                  />
                  <Button type="submit" variant="secondary">
                    {t('programme.waves.close')}
                  </Button>
                </Form>
              ) : (
                ''
              ),
          },
        ]}
        rows={waves}
        rowKey={(w) => w.id}
        emptyMessage={t('programme.waves.none')}
      />

      <h2 id="creer-vague">{t('programme.waves.create_title')}</h2>
      <Form method="post" noValidate aria-labelledby="creer-vague" className="rf-stack">
        <input type="hidden" name="intent" value="create" />
        <TextField
          id="name"
          name="name"
          label={t('programme.waves.name')}
          required
          requiredLabel={t('form.required')}
          defaultValue={typed('name')}
          error={createError('name')}
        />
        <TextField
          id="opensOn"
          name="opensOn"
          type="date"
          label={t('programme.waves.opens_on')}
          required
          requiredLabel={t('form.required')}
          defaultValue={typed('opensOn')}
          error={createError('opensOn')}
        />
        <TextField
          id="closesOn"
          name="closesOn"
          type="date"
          label={t('programme.waves.closes_on')}
          defaultValue={typed('closesOn')}
          error={createError('closesOn')}
        />
        <TextField
          id="announcedOn"
          name="announcedOn"
          type="date"
          label={t('programme.waves.announced_on')}
          defaultValue={typed('announcedOn')}
          error={createError('announcedOn')}
        />
        <Button type="submit">{t('programme.waves.create')}</Button>
      </Form>
    </div>
  );
}
