import { publicApiReference, type ReferenceOperation } from '@rf/api/public-api';
import { rateLimits } from '@rf/domain/rate-limits/limits';
import type { I18nHandle } from '@rf/i18n/core';
import { DataTable, PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import type { Route } from './+types/public-api-docs';

// The public API's documentation (`/api/v1`, decision 062): the OpenAPI document read on the server and
// rendered with the site's layout, plain HTML that needs no script and loads nothing from elsewhere. The
// operations' texts are the document's own (English, as the field names); the page's chrome is translated.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { headers, t } = await requestScope(request);
  return data(
    {
      reference: publicApiReference(),
      rateLimit: rateLimits.publicApiPerAddress.max,
      meta: metaOf(t, { title: 'public_api.meta_title', description: 'public_api.meta_description' }),
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['publicApi'] } as const satisfies I18nHandle;

export const meta = pageMeta;

/** Code spans written `like this` in the document's texts, as <code>. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(`[^`]+`)/)
        .map((part, i) =>
          part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
            <code key={i}>{part.slice(1, -1)}</code>
          ) : (
            part
          ),
        )}
    </>
  );
}

function Operation({ operation }: { operation: ReferenceOperation }) {
  const t = useT();
  return (
    <section aria-labelledby={operation.id}>
      <h3 id={operation.id}>
        <code>
          {operation.method} {operation.path}
        </code>{' '}
        — {operation.summary}
      </h3>
      <p>
        <Prose text={operation.description} />
      </p>
      {operation.parameters.length > 0 ? (
        <DataTable
          caption={`${t('public_api.parameters')} — ${operation.path}`}
          scrollable
          rows={operation.parameters}
          rowKey={(p) => `${p.in}:${p.name}`}
          columns={[
            {
              key: 'name',
              header: t('public_api.parameter.name'),
              rowHeader: true,
              cell: (p) => (
                <>
                  <code>{p.name}</code>
                  {p.required ? ` (${t('public_api.parameter.required')})` : ''}
                </>
              ),
            },
            { key: 'in', header: t('public_api.parameter.in'), cell: (p) => p.in },
            { key: 'type', header: t('public_api.parameter.type'), cell: (p) => <code>{p.type}</code> },
            {
              key: 'description',
              header: t('public_api.parameter.description'),
              cell: (p) => <Prose text={p.description} />,
            },
          ]}
        />
      ) : null}
      <DataTable
        caption={`${t('public_api.responses')} — ${operation.path}`}
        scrollable
        rows={operation.responses}
        rowKey={(r) => r.status}
        columns={[
          { key: 'status', header: t('public_api.response.status'), rowHeader: true, cell: (r) => r.status },
          {
            key: 'description',
            header: t('public_api.parameter.description'),
            cell: (r) => <Prose text={r.description} />,
          },
          {
            key: 'body',
            header: t('public_api.response.body'),
            cell: (r) =>
              r.body && /^[A-Z]\w*$/.test(r.body) ? (
                <a href={`#schema-${r.body}`}>
                  <code>{r.body}</code>
                </a>
              ) : (
                r.body && <code>{r.body}</code>
              ),
          },
        ]}
      />
      <p>
        {t('public_api.example')} <a href={operation.example}>{operation.example}</a>
      </p>
    </section>
  );
}

export default function PublicApiDocs({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { reference, rateLimit } = loaderData;
  const tags = [...new Set(reference.operations.map((o) => o.tag))];
  return (
    <div className="rf-container">
      <PageHeader title={t('public_api.title')} lead={t('public_api.lead')} />
      <p>
        <a href={`${reference.base}/openapi.json`}>{t('public_api.document')}</a> (
        <code>{reference.base}/openapi.json</code>, {reference.version}) — {t('public_api.document_hint')}
      </p>
      <section aria-labelledby="regles">
        <h2 id="regles">{t('public_api.rules.title')}</h2>
        <ul>
          <li>{t('public_api.rules.cache')}</li>
          <li>{t('public_api.rules.rate', { max: String(rateLimit) })}</li>
          <li>{t('public_api.rules.errors')}</li>
          <li>{t('public_api.rules.cors')}</li>
          <li>{t('public_api.rules.licence')}</li>
        </ul>
        <p>{t('public_api.descriptions_language')}</p>
      </section>
      <section aria-labelledby="adresses">
        <h2 id="adresses">{t('public_api.operations')}</h2>
        <nav aria-labelledby="adresses">
          <ul>
            {reference.operations.map((o) => (
              <li key={o.id}>
                <a href={`#${o.id}`}>
                  <code>
                    {o.method} {reference.base}
                    {o.path}
                  </code>
                </a>{' '}
                — {o.summary}
              </li>
            ))}
          </ul>
        </nav>
        {tags.map((tag) => (
          <div key={tag}>
            {reference.operations
              .filter((o) => o.tag === tag)
              .map((o) => (
                <Operation key={o.id} operation={o} />
              ))}
          </div>
        ))}
      </section>
      <section aria-labelledby="objets">
        <h2 id="objets">{t('public_api.schemas')}</h2>
        {reference.schemas.map((schema) => (
          <section key={schema.name} aria-labelledby={`schema-${schema.name}`}>
            <h3 id={`schema-${schema.name}`}>
              <code>{schema.name}</code>
            </h3>
            <p>
              <Prose text={schema.description} />
            </p>
            {schema.type ? (
              <p>
                <code>{schema.type}</code>
              </p>
            ) : (
              <DataTable
                caption={schema.name}
                captionHidden
                scrollable
                rows={schema.fields}
                rowKey={(f) => f.name}
                columns={[
                  {
                    key: 'name',
                    header: t('public_api.schema.field'),
                    rowHeader: true,
                    cell: (f) => <code>{f.name}</code>,
                  },
                  { key: 'type', header: t('public_api.parameter.type'), cell: (f) => <code>{f.type}</code> },
                  {
                    key: 'description',
                    header: t('public_api.parameter.description'),
                    cell: (f) => <Prose text={f.description} />,
                  },
                ]}
              />
            )}
          </section>
        ))}
      </section>
    </div>
  );
}
