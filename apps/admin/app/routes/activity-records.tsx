import type { Caller } from '@rf/api';
import { describeError } from '@rf/api';
import { activityRecordListInput, activityRecordPrefillInput } from '@rf/domain/reporting/records';
import { ACTIVITY_RECORD_TYPES } from '@rf/domain/vocabulary/activity-records';
import {
  Alert,
  Badge,
  Button,
  ButtonGroup,
  ButtonLink,
  DataTable,
  EmptyState,
  PageHeader,
  SelectField,
  TextField,
} from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formFailure } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/activity-records';

// A place's activity: first what is still to record (past sessions with attendance, seen appointments),
// each with its record already filled in — one button saves it, a link opens the form to complete it —
// then the saved records over a period. Plain forms and links: works without JavaScript.

type ToComplete = Awaited<ReturnType<Caller['reporting']['recordsToComplete']>>[number];

const FLASHES = ['enregistre', 'deja', 'supprime'] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/activite')}`);
  const metaTitle = t('activity_records.meta_title', { page: t('activity_records.title') });
  const places = await api.reporting.recordsPlaces().catch(() => []);
  const url = new URL(request.url);
  const placeId = url.searchParams.get('lieu') || places[0]?.id;
  if (!placeId) return data({ kind: 'none' as const, metaTitle }, { headers });
  // A filter typed wrong is ignored rather than refused: the list still shows.
  const asked = activityRecordListInput.safeParse({
    placeId,
    from: url.searchParams.get('du') ?? '',
    to: url.searchParams.get('au') ?? '',
    type: url.searchParams.get('type') ?? '',
    page: url.searchParams.get('page') ?? '1',
  });
  const filter = asked.success ? asked.data : { placeId };
  try {
    const [list, toComplete] = await Promise.all([
      api.reporting.recordsList(filter),
      api.reporting.recordsToComplete({ placeId }),
    ]);
    const flash = FLASHES.find((key) => url.searchParams.has(key)) ?? null;
    return data(
      {
        kind: 'place' as const,
        metaTitle,
        places,
        list,
        toComplete,
        flash,
        filter: {
          from: asked.success ? (asked.data.from ?? '') : '',
          to: asked.success ? (asked.data.to ?? '') : '',
          type: asked.success ? (asked.data.type ?? '') : '',
        },
      },
      { headers },
    );
  } catch (error) {
    const code = describeError(error).code;
    if (code === 'forbidden' || code === 'not_found' || code === 'invalid_input')
      throw data(null, { status: code === 'forbidden' ? 403 : 404, headers });
    throw error;
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.metaTitle }] : []);

/** "Enregistrer" on an item to complete: the pre-filled record, computed again by the API, saved as it is. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const placeId = String(formData.get('placeId') ?? '');
  const source = formData.get('source');
  const sourceId = String(formData.get('sourceId') ?? '');
  const parsed = activityRecordPrefillInput.safeParse(
    source === 'appointment' ? { appointmentId: sourceId } : { sessionId: sourceId },
  );
  if (!parsed.success) return data({ formError: 'errors.invalid_input', sourceId }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { outcome } = await api.reporting.recordsCreateFromSource(parsed.data);
    const flash = outcome === 'created' ? 'enregistre' : 'deja';
    return redirect(`/activite?lieu=${encodeURIComponent(placeId)}&${flash}`, { headers });
  } catch (error) {
    return data({ formError: formFailure(error, formData).formError, sourceId }, { status: 400, headers });
  }
}

function ToCompleteItem({
  item,
  placeId,
  error,
}: {
  item: ToComplete;
  placeId: string;
  error: string | null;
}) {
  const t = useT();
  const format = useFormat();
  const message = useMessage();
  const date = format.date(item.startsAt);
  const title = item.source === 'session' ? item.title : t('activity_records.to_complete.appointment_title');
  const headingId = `a-completer-${item.sourceId}`;
  const completeHref = `/activite/nouveau?lieu=${encodeURIComponent(placeId)}&${
    item.source === 'session' ? 'seance' : 'rdv'
  }=${item.sourceId}`;
  return (
    <li>
      <article className="rf-card" aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p>
          {item.source === 'session'
            ? t(
                format.plural(item.seen, {
                  one: 'activity_records.to_complete.session.one',
                  other: 'activity_records.to_complete.session.other',
                }),
                { date, count: format.number(item.seen) },
              )
            : t('activity_records.to_complete.appointment', { date })}
        </p>
        <p>
          {item.prefill.themes.length > 0
            ? t('activity_records.to_complete.themes', {
                themes: item.prefill.themes.map((code) => message(`catalogue.theme.${code}`)).join(', '),
              })
            : t('activity_records.to_complete.no_theme')}
        </p>
        {error ? (
          <p className="rf-error-message" role="alert">
            {message(error)}
          </p>
        ) : null}
        <ButtonGroup>
          {item.complete ? (
            <Form method="post">
              <input type="hidden" name="placeId" value={placeId} />
              <input type="hidden" name="source" value={item.source} />
              <input type="hidden" name="sourceId" value={item.sourceId} />
              <Button type="submit">
                {t('activity_records.to_complete.save')}
                <span className="visually-hidden">
                  {' '}
                  {t('activity_records.to_complete.save_of', { title, date })}
                </span>
              </Button>
            </Form>
          ) : null}
          <ButtonLink href={completeHref} variant="secondary">
            {t('activity_records.to_complete.complete')}
            <span className="visually-hidden">
              {' '}
              {t('activity_records.to_complete.complete_of', { title, date })}
            </span>
          </ButtonLink>
        </ButtonGroup>
      </article>
    </li>
  );
}

export default function ActivityRecords({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const message = useMessage();
  if (loaderData.kind === 'none') {
    return (
      <div className="rf-container">
        <PageHeader title={t('activity_records.title')} />
        <EmptyState title={t('activity_records.no_place')} headingLevel={2} />
      </div>
    );
  }
  const { places, list, toComplete, flash, filter } = loaderData;
  const placeId = list.place.id;
  const pageHref = (page: number) => {
    const params = new URLSearchParams({ lieu: placeId });
    if (filter.from) params.set('du', filter.from);
    if (filter.to) params.set('au', filter.to);
    if (filter.type) params.set('type', filter.type);
    params.set('page', String(page));
    return `/activite?${params}`;
  };
  return (
    <div className="rf-container">
      <PageHeader title={t('activity_records.title')} lead={t('activity_records.lead')} />
      {flash === 'enregistre' ? <Alert kind="success" title={t('activity_records.saved')} /> : null}
      {flash === 'deja' ? <Alert kind="info" title={t('activity_records.already_saved')} /> : null}
      {flash === 'supprime' ? <Alert kind="success" title={t('activity_records.deleted')} /> : null}
      {actionData?.formError && !actionData.sourceId ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      {places.length > 1 ? (
        <Form method="get">
          <SelectField
            id="lieu"
            name="lieu"
            label={t('activity_records.place')}
            options={places.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={placeId}
          />
          <Button type="submit" variant="secondary">
            {t('activity_records.place_submit')}
          </Button>
        </Form>
      ) : (
        <p>{list.place.name}</p>
      )}
      <p>
        <ButtonLink href={`/activite/nouveau?lieu=${encodeURIComponent(placeId)}`}>
          {t('activity_records.new')}
        </ButtonLink>
      </p>

      <section aria-labelledby="a-completer">
        <h2 id="a-completer">{t('activity_records.to_complete.title')}</h2>
        <p>{t('activity_records.to_complete.lead')}</p>
        {toComplete.length === 0 ? (
          <p>{t('activity_records.to_complete.empty')}</p>
        ) : (
          <ul className="rf-grid">
            {toComplete.map((item) => (
              <ToCompleteItem
                key={item.sourceId}
                item={item}
                placeId={placeId}
                error={actionData?.sourceId === item.sourceId ? actionData.formError : null}
              />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="fiches">
        <h2 id="fiches">{t('activity_records.list.title')}</h2>
        <Form method="get" aria-label={t('activity_records.list.filters')}>
          <input type="hidden" name="lieu" value={placeId} />
          <TextField
            id="du"
            name="du"
            type="date"
            label={t('activity_records.list.from')}
            defaultValue={filter.from}
            width="m"
          />
          <TextField
            id="au"
            name="au"
            type="date"
            label={t('activity_records.list.to')}
            defaultValue={filter.to}
            width="m"
          />
          <SelectField
            id="type-filtre"
            name="type"
            label={t('activity_records.list.type')}
            placeholder={t('activity_records.list.any_type')}
            options={ACTIVITY_RECORD_TYPES.map((type) => ({
              value: type,
              label: t(`activity_records.type.${type}`),
            }))}
            defaultValue={filter.type}
          />
          <Button type="submit" variant="secondary">
            {t('activity_records.list.submit')}
          </Button>
        </Form>
        <p>
          {t(
            format.plural(list.total, {
              one: 'activity_records.list.count.one',
              other: 'activity_records.list.count.other',
            }),
            { count: format.number(list.total) },
          )}
        </p>
        <DataTable
          caption={t('activity_records.list.caption', { place: list.place.name })}
          captionHidden
          rows={list.records}
          rowKey={(row) => row.id}
          emptyMessage={t('activity_records.list.empty')}
          columns={[
            {
              key: 'date',
              header: t('activity_records.list.date'),
              rowHeader: true,
              cell: (row) => format.date(`${row.date}T12:00:00Z`),
            },
            {
              key: 'what',
              header: t('activity_records.list.what'),
              cell: (row) => (
                <>
                  {row.titreAtelier ?? t(`activity_records.type.${row.type}`)}
                  <br />
                  <small>{row.themes.map((code) => message(`catalogue.theme.${code}`)).join(', ')}</small>
                  {row.source ? (
                    <>
                      {' '}
                      <Badge tone="info">{t('activity_records.list.from_attendance')}</Badge>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: 'participants',
              header: t('activity_records.list.participants'),
              align: 'end',
              cell: (row) => format.number(row.participantsTotal),
            },
            {
              key: 'duration',
              header: t('activity_records.list.duration'),
              align: 'end',
              cell: (row) =>
                t('activity_records.list.minutes', { minutes: format.number(row.durationMinutes) }),
            },
            {
              key: 'author',
              header: t('activity_records.list.author'),
              cell: (row) => row.authorName ?? '—',
            },
            {
              key: 'edit',
              header: t('activity_records.list.edit'),
              cell: (row) => (
                // aria-label rather than visually hidden text: an absolutely positioned span would escape the
                // table's scrolling region and widen the page on a phone.
                <a
                  href={`/activite/${row.id}`}
                  aria-label={`${t('activity_records.list.edit')} ${t('activity_records.list.edit_of', {
                    date: format.date(`${row.date}T12:00:00Z`),
                  })}`}
                >
                  {t('activity_records.list.edit')}
                </a>
              ),
            },
          ]}
        />
        {list.pages > 1 ? (
          <nav aria-label={t('activity_records.list.pagination')}>
            <p>{t('activity_records.list.page', { page: String(list.page), pages: String(list.pages) })}</p>
            {list.page > 1 ? (
              <a href={pageHref(list.page - 1)}>{t('activity_records.list.previous')}</a>
            ) : null}
            {list.page > 1 && list.page < list.pages ? ' · ' : null}
            {list.page < list.pages ? (
              <a href={pageHref(list.page + 1)}>{t('activity_records.list.next')}</a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
