import { AUDIT_ACTIONS, AUDITED_TABLES, auditLogInput } from '@rf/domain/programme/audit-log.schema';
import { Button, DataTable, PageHeader, SelectField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form } from 'react-router';
import type { Route } from './+types/journal';

// The query string's French names ↔ the filter's fields.
const params = {
  actor: 'auteur',
  place: 'lieu',
  table: 'donnee',
  action: 'action',
  from: 'du',
  to: 'au',
  page: 'page',
} as const;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const url = new URL(request.url);
  const raw = Object.fromEntries(
    Object.entries(params).map(([field, name]) => [field, url.searchParams.get(name) ?? '']),
  );
  const query = new FormData();
  for (const [field, value] of Object.entries(raw)) query.set(field, value);
  const parsed = parseForm(auditLogInput, query);
  // A bad date shows its message next to the field; the log is then shown unfiltered by dates.
  const fieldErrors = parsed.ok ? {} : parsed.fieldErrors;
  const filter = parsed.ok ? parsed.data : auditLogInput.parse({ ...raw, from: '', to: '' });
  const log = await api.programme.auditLog(filter);
  return data(
    {
      raw,
      filter,
      fieldErrors,
      log,
      meta: metaOf(t, { title: ['programme.meta_title', { page: t('programme.journal.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export default function Journal({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { raw, filter, fieldErrors, log } = loaderData;
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    for (const [field, name] of Object.entries(params)) {
      const value = field === 'page' ? String(page) : (raw[field] ?? '');
      if (value) query.set(name, value);
    }
    return `/journal?${query}`;
  };
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.journal.title')} lead={t('programme.journal.lead')} />
      <Form method="get" className="rf-stack" role="search" aria-label={t('programme.journal.filters')}>
        <TextField id="auteur" name="auteur" label={t('programme.journal.actor')} defaultValue={raw.actor} />
        <TextField id="lieu" name="lieu" label={t('programme.journal.place')} defaultValue={raw.place} />
        <SelectField
          id="donnee"
          name="donnee"
          label={t('programme.journal.table')}
          placeholder={t('programme.journal.any_table')}
          options={AUDITED_TABLES.map((table) => ({
            value: table,
            label: t(`programme.journal.table.${table}`),
          }))}
          defaultValue={filter.table ?? ''}
        />
        <SelectField
          id="action"
          name="action"
          label={t('programme.journal.action')}
          placeholder={t('programme.journal.any_action')}
          options={AUDIT_ACTIONS.map((action) => ({
            value: action,
            label: t(`programme.journal.action.${action}`),
          }))}
          defaultValue={filter.action ?? ''}
        />
        <TextField
          id="du"
          name="du"
          type="date"
          label={t('programme.journal.from')}
          defaultValue={raw.from}
          error={errorOf('from')}
        />
        <TextField
          id="au"
          name="au"
          type="date"
          label={t('programme.journal.to')}
          defaultValue={raw.to}
          error={errorOf('to')}
        />
        <Button type="submit" variant="secondary">
          {t('programme.journal.submit')}
        </Button>
      </Form>
      <DataTable
        caption={t('programme.journal.caption', { total: String(log.total) })}
        columns={[
          {
            key: 'at',
            header: t('programme.journal.column.at'),
            rowHeader: true,
            cell: (e) => format.shortDateTime(e.at),
          },
          {
            key: 'actor',
            header: t('programme.journal.column.actor'),
            cell: (e) => e.actorName ?? t('programme.journal.platform'),
          },
          {
            key: 'action',
            header: t('programme.journal.column.action'),
            cell: (e) => t(`programme.journal.action.${e.action}`),
          },
          {
            key: 'table',
            header: t('programme.journal.column.table'),
            cell: (e) =>
              (AUDITED_TABLES as readonly string[]).includes(e.table)
                ? t(`programme.journal.table.${e.table as (typeof AUDITED_TABLES)[number]}`)
                : e.table,
          },
          { key: 'place', header: t('programme.journal.column.place'), cell: (e) => e.placeName ?? '' },
          {
            key: 'changes',
            header: t('programme.journal.column.changes'),
            cell: (e) => (
              <ul className="rf-plain-list">
                {e.changes.slice(0, 8).map((c) => (
                  <li key={c.column}>
                    {t('programme.journal.change', {
                      column: c.column,
                      before: show(c.before),
                      after: show(c.after),
                    })}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
        rows={log.items}
        rowKey={(e) => String(e.id)}
        emptyMessage={t('programme.journal.none')}
      />
      <nav aria-label={t('programme.journal.pagination')}>
        <p>
          {log.page > 1 ? <a href={pageHref(log.page - 1)}>{t('programme.journal.previous')}</a> : null}{' '}
          {t('programme.journal.page', { page: String(log.page), count: String(log.pageCount) })}{' '}
          {log.page < log.pageCount ? (
            <a href={pageHref(log.page + 1)}>{t('programme.journal.next')}</a>
          ) : null}
        </p>
      </nav>
    </div>
  );
}
