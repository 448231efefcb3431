import { normaliseResourceSearch } from '@rf/domain/sharing/resource';
// The browser's part, without zod (decision 049).
import { RESOURCE_KINDS } from '@rf/domain/sharing/resource-kinds';
import { THEMATIQUES } from '@rf/domain/vocabulary/activity-records';
import { type I18nHandle, isMessageKey, type Translate } from '@rf/i18n/core';
import { Badge, Button, Card, EmptyState, PageHeader, SelectField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { FilterGrid } from '../filter-grid.tsx';
import type { Route } from './+types/resources';

// The resource library: guides, kits and templates the places share, as links or files, with their
// licence. A GET form filters (works without JavaScript); files download from the storage's address.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const search = normaliseResourceSearch(new URL(request.url).searchParams);
  const resources = await api.sharing.resources(search);
  return data(
    {
      search,
      resources,
      meta: metaOf(t, {
        title: 'sharing.resources.meta_title',
        description: 'sharing.resources.meta_description',
      }),
    },
    { headers },
  );
});

/**
 * The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). Its
 * messages (decision 049): the library's, the four words of the search form and results it shares with the
 * tool catalogue, and the themes' labels, not the rest of the workshops' catalogue.
 */
export const handle = {
  cache: 'public',
  i18n: [
    'sharingResources',
    'sharing.catalogue.form.any',
    'sharing.catalogue.form.submit',
    'sharing.catalogue.form.reset',
    'sharing.catalogue.results.title',
    'catalogueThemes',
  ],
} as const satisfies I18nHandle;

export const meta = pageMeta;

function themeLabel(t: Translate, code: string): string {
  const key = `catalogue.theme.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** "PDF, 12 Ko" for a stored file. */
function fileLabel(file: { mimeType: string; sizeBytes: number }, kb: (n: number) => string): string {
  const kind = file.mimeType.split('/')[1]?.toUpperCase() ?? '';
  return `${kind}, ${kb(Math.max(1, Math.round(file.sizeBytes / 1024)))}`;
}

export default function Resources({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { search: s, resources } = loaderData;
  const filtered = Object.values(s).some((v) => v !== undefined);
  return (
    <>
      <PageHeader title={t('sharing.resources.title')} lead={t('sharing.resources.lead')} />
      <search aria-labelledby="recherche-ressources">
        <h2 id="recherche-ressources">{t('sharing.resources.form.title')}</h2>
        <form method="get" action="/ressources">
          <FilterGrid>
            <TextField
              name="q"
              type="search"
              label={t('sharing.resources.form.q')}
              defaultValue={s.q ?? ''}
            />
            <SelectField
              name="type"
              label={t('sharing.resources.form.kind')}
              placeholder={t('sharing.catalogue.form.any')}
              defaultValue={s.type ?? ''}
              options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`sharing.resource_kind.${k}`) }))}
            />
            <SelectField
              name="theme"
              label={t('sharing.resources.form.theme')}
              placeholder={t('sharing.catalogue.form.any')}
              defaultValue={s.theme ?? ''}
              options={THEMATIQUES.map((code) => ({ value: code, label: themeLabel(t, code) }))}
            />
          </FilterGrid>
          <p>
            <Button>{t('sharing.catalogue.form.submit')}</Button>{' '}
            {filtered ? <a href="/ressources">{t('sharing.catalogue.form.reset')}</a> : null}
          </p>
        </form>
      </search>
      <section aria-labelledby="resultats-ressources">
        <h2 id="resultats-ressources">{t('sharing.catalogue.results.title')}</h2>
        {resources.length === 0 ? (
          <EmptyState title={t('sharing.resources.empty')} headingLevel={3} />
        ) : (
          <ul className="rf-grid">
            {resources.map((r) => (
              <Card
                key={r.id}
                as="li"
                headingLevel={3}
                title={r.title}
                meta={
                  <>
                    <Badge tone="info">{t(`sharing.resource_kind.${r.kind}`)}</Badge>{' '}
                    {r.licence ? <Badge tone="success">{r.licence}</Badge> : null}
                  </>
                }
                footer={
                  <a href={r.href} {...(r.file ? { download: '' } : { rel: 'noopener' })}>
                    {r.file
                      ? t('sharing.resources.download', {
                          title: r.title,
                          file: fileLabel(r.file, (n) =>
                            t('sharing.resources.kb', { count: format.number(n) }),
                          ),
                        })
                      : t('sharing.resources.open_link', { title: r.title })}
                  </a>
                }
              >
                {r.description ? <p>{r.description}</p> : null}
                <p>
                  {[
                    t('sharing.resources.shared_by', { place: r.placeName }),
                    r.audience,
                    ...r.themes.map((code) => themeLabel(t, code)),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </Card>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
