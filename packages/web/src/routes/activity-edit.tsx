import type { ActivitySessionDto, SessionPreviewDto } from '@rf/api/client';
import { Alert, Badge, Button, ButtonLink, DataTable, PageHeader, TextAreaField, TextField } from '@rf/ui';
import { Form, useActionData, useLoaderData } from 'react-router';
import { type Formatters, useFormat } from '../format.ts';
import { useMessage, useT } from '../i18n.tsx';
import type { ActivityActionData, loader } from './activity-edit.server.ts';
import { ActivityFields, PublishingErrors } from './activity-fields.tsx';
import { StatusBadge } from './activity-parts.tsx';
import { BookingRuleFields, RecurrenceFields, TimeFields } from './activity-session-fields.tsx';

export const meta = ({ loaderData }: { loaderData?: { title: string } }) =>
  loaderData ? [{ title: loaderData.title }] : [];

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
const NO_ERRORS: Record<string, string> = {};

/** One activity: its state, its sessions (with bookings and the minimum), new sessions, its description. */
export default function ActivityEdit() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<ActivityActionData>();
  const t = useT();
  const { activity, base, editedSession } = loaderData;
  const failed = (intent: string) =>
    actionData && !actionData.ok && actionData.intent === intent ? actionData : null;
  const preview = actionData?.ok ? actionData : null;
  return (
    <div className="rf-container">
      <p>
        <a href={base}>{t('publishing.edit.back')}</a>
      </p>
      <PageHeader title={activity.values.title} lead={activity.placeName} />
      <Notices notices={loaderData.notices} />
      <StatusSection activity={activity} failure={failed('publish') ?? failed('unpublish')} />
      <SessionsSection activity={activity} base={base} failure={failed('cancel-session')} />
      {editedSession ? (
        <SessionEditSection
          session={editedSession}
          base={base}
          activityId={activity.id}
          failure={failed('update-session')}
        />
      ) : null}
      <PlanSection preview={preview} failure={failed('preview') ?? failed('create-sessions')} />
      <section aria-labelledby="description">
        <h2 id="description">{t('publishing.edit.description_title')}</h2>
        <DescriptionForm activity={activity} failure={failed('update')} />
      </section>
    </div>
  );
}

type Failure = Extract<ActivityActionData, { ok: false }> | null;

function Notices({ notices }: { notices: Loaded['notices'] }) {
  const t = useT();
  const format = useFormat();
  const lines: string[] = [];
  if (notices.created) lines.push(t('publishing.edit.created'));
  if (notices.saved) lines.push(t('publishing.edit.saved'));
  if (notices.published) lines.push(t('publishing.edit.published_notice'));
  if (notices.unpublished) lines.push(t('publishing.edit.unpublished_notice'));
  if (notices.sessionSaved) lines.push(t('publishing.session_edit.saved'));
  if (notices.added !== null)
    lines.push(
      t(
        format.plural(notices.added, {
          one: 'publishing.edit.added.one',
          other: 'publishing.edit.added.other',
        }),
        {
          count: format.number(notices.added),
        },
      ),
    );
  if (notices.skipped)
    lines.push(
      t(
        format.plural(notices.skipped, {
          one: 'publishing.edit.skipped.one',
          other: 'publishing.edit.skipped.other',
        }),
        {
          count: format.number(notices.skipped),
        },
      ),
    );
  if (notices.cancelledBookings !== null)
    lines.push(
      t(
        format.plural(notices.cancelledBookings, {
          one: 'publishing.sessions.cancelled_notice.one',
          other: 'publishing.sessions.cancelled_notice.other',
        }),
        { count: format.number(notices.cancelledBookings) },
      ),
    );
  if (notices.toCall) lines.push(t('publishing.sessions.to_call', { names: notices.toCall }));
  if (lines.length === 0) return null;
  return (
    <Alert kind="success" title={lines[0]}>
      {lines.slice(1).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </Alert>
  );
}

function StatusSection({ activity, failure }: { activity: Loaded['activity']; failure: Failure }) {
  const t = useT();
  return (
    <section aria-labelledby="etat">
      <h2 id="etat">
        {t('publishing.column.status')} : <StatusBadge status={activity.status} />
      </h2>
      <p>{t(`publishing.edit.status_${activity.status}`)}</p>
      {activity.hidden ? <Alert kind="warning" title={t('publishing.edit.hidden')} /> : null}
      <PublishingErrors
        fieldErrors={failure?.fieldErrors ?? NO_ERRORS}
        formError={failure?.formError ?? null}
      />
      {activity.status === 'cancelled' ? null : (
        <Form method="post">
          {activity.status === 'draft' ? (
            <Button type="submit" name="intent" value="publish">
              {t('publishing.edit.publish')}
            </Button>
          ) : (
            <Button type="submit" name="intent" value="unpublish" variant="secondary">
              {t('publishing.edit.unpublish')}
            </Button>
          )}
        </Form>
      )}
    </section>
  );
}

function MinimumBadge({ session, minimum }: { session: ActivitySessionDto; minimum: number | null }) {
  const t = useT();
  const format = useFormat();
  if (session.minimum === 'none' || minimum === null) return null;
  const params = { confirmed: format.number(session.confirmed), minimum: format.number(minimum) };
  switch (session.minimum) {
    case 'reached':
      return <Badge tone="success">{t('publishing.minimum.reached')}</Badge>;
    case 'short':
      return <Badge tone="neutral">{t('publishing.minimum.short', params)}</Badge>;
    case 'short_soon':
      return <Badge tone="warning">{t('publishing.minimum.short_soon', params)}</Badge>;
    case 'short_past_deadline':
      return <Badge tone="error">{t('publishing.minimum.short_past_deadline', params)}</Badge>;
  }
}

function sessionState(t: ReturnType<typeof useT>, s: ActivitySessionDto) {
  if (s.cancelled) return <Badge tone="error">{t('publishing.sessions.cancelled')}</Badge>;
  if (s.past) return <Badge tone="neutral">{t('publishing.sessions.past')}</Badge>;
  return <Badge tone="info">{t('publishing.sessions.scheduled')}</Badge>;
}

function SessionsSection({
  activity,
  base,
  failure,
}: {
  activity: Loaded['activity'];
  base: string;
  failure: Failure;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="seances">
      <h2 id="seances">{t('publishing.sessions.title')}</h2>
      <PublishingErrors
        fieldErrors={failure?.fieldErrors ?? NO_ERRORS}
        formError={failure?.formError ?? null}
      />
      {activity.sessions.length === 0 ? (
        <p>{t('publishing.sessions.empty')}</p>
      ) : (
        <DataTable
          caption={t('publishing.sessions.caption', { title: activity.values.title })}
          captionHidden
          rows={activity.sessions}
          rowKey={(s) => s.id}
          columns={[
            {
              key: 'date',
              header: t('publishing.sessions.column.date'),
              rowHeader: true,
              cell: (s) => <time dateTime={s.startsAt}>{format.dateTime(s.startsAt)}</time>,
            },
            {
              key: 'bookings',
              header: t('publishing.sessions.column.bookings'),
              align: 'end',
              cell: (s) =>
                t('publishing.sessions.bookings', {
                  confirmed: format.number(s.confirmed),
                  capacity: format.number(s.capacity),
                }),
            },
            {
              key: 'waitlist',
              header: t('publishing.sessions.column.waitlist'),
              align: 'end',
              cell: (s) => format.number(s.waitlisted),
            },
            {
              key: 'state',
              header: t('publishing.sessions.column.state'),
              cell: (s) => (
                <>
                  {sessionState(t, s)} <MinimumBadge session={s} minimum={activity.minAttendance} />
                </>
              ),
            },
            {
              key: 'actions',
              header: t('publishing.sessions.column.actions'),
              cell: (s) =>
                s.cancelled || s.past ? null : (
                  <SessionActions session={s} base={base} activityId={activity.id} format={format} />
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

function SessionActions({
  session,
  base,
  activityId,
  format,
}: {
  session: ActivitySessionDto;
  base: string;
  activityId: string;
  format: Formatters;
}) {
  const t = useT();
  const date = format.dateTime(session.startsAt);
  const booked = session.confirmed + session.waitlisted;
  return (
    <>
      <a href={`${base}/${activityId}?seance=${session.id}#modifier-seance`}>
        {t('publishing.sessions.edit', { date })}
      </a>
      <details>
        <summary>{t('publishing.sessions.cancel_summary', { date })}</summary>
        <Form method="post">
          <input type="hidden" name="intent" value="cancel-session" />
          <input type="hidden" name="sessionId" value={session.id} />
          <TextAreaField
            id={`raison-${session.id}`}
            name="reason"
            label={t('publishing.sessions.cancel_reason')}
            optionalLabel={t('publishing.form.optional')}
            rows={2}
            maxLength={500}
          />
          {booked > 0 ? (
            <p>
              {t(
                format.plural(booked, {
                  one: 'publishing.sessions.cancel_warning.one',
                  other: 'publishing.sessions.cancel_warning.other',
                }),
                { count: format.number(booked) },
              )}
            </p>
          ) : null}
          <Button type="submit" variant="danger">
            {t('publishing.sessions.cancel_submit')}
          </Button>
        </Form>
      </details>
    </>
  );
}

function SessionEditSection({
  session,
  base,
  activityId,
  failure,
}: {
  session: ActivitySessionDto;
  base: string;
  activityId: string;
  failure: Failure;
}) {
  const t = useT();
  const format = useFormat();
  const message = useMessage();
  const values = failure?.values ?? session.form;
  const fieldErrors = failure?.fieldErrors ?? NO_ERRORS;
  return (
    <section aria-labelledby="modifier-seance">
      <h2 id="modifier-seance">
        {t('publishing.session_edit.title', { date: format.dateTime(session.startsAt) })}
      </h2>
      <PublishingErrors fieldErrors={fieldErrors} formError={failure?.formError ?? null} idPrefix="seance-" />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="update-session" />
        <input type="hidden" name="sessionId" value={session.id} />
        <TextField
          id="seance-date"
          name="date"
          type="date"
          label={t('publishing.session_edit.date')}
          hint={t('publishing.plan.date_hint')}
          required
          requiredLabel={t('form.required')}
          width="s"
          defaultValue={values.date ?? ''}
          error={fieldErrors.date ? message(fieldErrors.date) : undefined}
        />
        <TimeFields values={values} fieldErrors={fieldErrors} idPrefix="seance-" />
        <BookingRuleFields values={values} fieldErrors={fieldErrors} idPrefix="seance-" />
        <Button type="submit">{t('publishing.session_edit.submit')}</Button>{' '}
        <ButtonLink href={`${base}/${activityId}#seances`} variant="secondary">
          {t('publishing.session_edit.close')}
        </ButtonLink>
      </Form>
    </section>
  );
}

function PlanSection({
  preview,
  failure,
}: {
  preview: Extract<ActivityActionData, { ok: true }> | null;
  failure: Failure;
}) {
  const t = useT();
  const values = preview?.values ?? failure?.values ?? {};
  const lists = preview?.lists ?? failure?.lists ?? {};
  const fieldErrors = failure?.fieldErrors ?? NO_ERRORS;
  return (
    <section aria-labelledby="ajouter">
      <h2 id="ajouter">{t('publishing.plan.title')}</h2>
      <p>{t('publishing.plan.lead')}</p>
      {preview ? <Preview preview={preview.preview} values={values} lists={lists} /> : null}
      <PublishingErrors fieldErrors={fieldErrors} formError={failure?.formError ?? null} idPrefix="plan-" />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="preview" />
        <fieldset className="rf-fieldset">
          <legend>{t('publishing.plan.when')}</legend>
          <RecurrenceFields values={values} lists={lists} fieldErrors={fieldErrors} idPrefix="plan-" />
        </fieldset>
        <fieldset className="rf-fieldset">
          <legend>{t('publishing.plan.rules')}</legend>
          <BookingRuleFields values={values} fieldErrors={fieldErrors} idPrefix="plan-" />
        </fieldset>
        <Button type="submit" variant={preview ? 'secondary' : 'primary'}>
          {t('publishing.plan.preview')}
        </Button>
      </Form>
    </section>
  );
}

/** "Aperçu : 8 séances du … au …", the list, and one button that creates exactly what was shown. */
function Preview({
  preview,
  values,
  lists,
}: {
  preview: SessionPreviewDto;
  values: Record<string, string>;
  lists: Record<string, string[]>;
}) {
  const t = useT();
  const format = useFormat();
  const count = preview.sessions.length;
  const title = t(
    format.plural(count, { one: 'publishing.preview.title.one', other: 'publishing.preview.title.other' }),
    {
      count: format.number(count),
      first: preview.first ? format.date(preview.first) : '',
      last: preview.last ? format.date(preview.last) : '',
    },
  );
  return (
    <section aria-labelledby="apercu" className="rf-preview">
      <h3 id="apercu">{title}</h3>
      <ol aria-label={t('publishing.preview.caption')}>
        {preview.sessions.map((s) => (
          <li key={s.startsAt}>
            <time dateTime={s.startsAt}>{format.dateTime(s.startsAt)}</time>
            {s.alreadyPlanned ? <> — {t('publishing.preview.already')}</> : null}
          </li>
        ))}
      </ol>
      <Form method="post">
        <input type="hidden" name="intent" value="create-sessions" />
        {Object.entries(values)
          .filter(([name]) => name !== 'intent' && !(name in lists))
          .map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        {Object.entries(lists).flatMap(([name, items]) =>
          items.map((item) => <input key={`${name}-${item}`} type="hidden" name={name} value={item} />),
        )}
        <Button type="submit">{t('publishing.preview.confirm')}</Button>
      </Form>
      <p>{t('publishing.preview.change')}</p>
    </section>
  );
}

function DescriptionForm({ activity, failure }: { activity: Loaded['activity']; failure: Failure }) {
  const t = useT();
  const { themes, ...saved } = activity.values;
  const values = failure?.values ?? saved;
  const lists = failure?.lists ?? { themes };
  const fieldErrors = failure?.fieldErrors ?? NO_ERRORS;
  return (
    <>
      <PublishingErrors fieldErrors={fieldErrors} formError={failure?.formError ?? null} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="update" />
        <ActivityFields values={values} lists={lists} fieldErrors={fieldErrors} />
        <Button type="submit">{t('publishing.form.save')}</Button>
      </Form>
    </>
  );
}
