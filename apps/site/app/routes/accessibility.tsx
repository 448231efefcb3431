import type { I18nHandle } from '@rf/i18n/core';
import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { catalogueMeta } from '@rf/web/page-meta';

// The RGAA accessibility statement ("Déclaration d'accessibilité"), linked from every page's footer. Plain
// text from the catalogue and no loader: the layout and nothing else, which also makes it the trivial page
// `pnpm bench` measures every public page against (bench/all.ts).

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['siteAccessibility'] } as const satisfies I18nHandle;

/** Its title from the root loader's messages (this page's `site` namespace among them): it has no loader. */
export const meta = catalogueMeta('site.accessibility.meta_title');

const SECTIONS = [
  ['etat', 'site.accessibility.status.title', 'site.accessibility.status.body'],
  ['etablissement', 'site.accessibility.date.title', 'site.accessibility.date.body'],
  ['contact', 'site.accessibility.contact.title', 'site.accessibility.contact.body'],
  ['recours', 'site.accessibility.remedy.title', 'site.accessibility.remedy.body'],
] as const;

export default function Accessibility() {
  const t = useT();
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('site.accessibility.title')} lead={t('site.accessibility.lead')} />
      <p>{t('site.accessibility.scope')}</p>
      {SECTIONS.map(([id, title, body]) => (
        <section key={id} aria-labelledby={id}>
          <h2 id={id}>{t(title)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
    </div>
  );
}
