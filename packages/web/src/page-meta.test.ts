import { translator } from '@rf/i18n';
import { describe, expect, it } from 'vitest';
import { catalogueMeta, metaOf, pageMeta } from './page-meta.ts';

describe('page titles, from the catalogue only', () => {
  const t = translator('en');

  it('builds a page meta from keys (with placeholders) and gives its tags', () => {
    const meta = metaOf(t, {
      title: ['booking.session.meta_title', { title: 'Tablet basics' }],
      description: 'catalogue.meta_description',
      noindex: true,
    });
    expect(meta.title).toContain('Tablet basics');
    expect(pageMeta({ loaderData: { meta } })).toEqual([
      { title: meta.title },
      { name: 'description', content: meta.description },
      { name: 'robots', content: 'noindex' },
    ]);
    expect(translator('fr')('invitation.meta_title')).toBe('Invitation — Réseau Fabriques');
  });

  it('adds the page’s structured data as JSON-LD', () => {
    const jsonLd = { '@context': 'https://schema.org', '@type': 'Event', name: 'Tablet basics' };
    const meta = metaOf(t, { title: 'catalogue.meta_title', jsonLd });
    expect(pageMeta({ loaderData: { meta } })).toEqual([{ title: meta.title }, { 'script:ld+json': jsonLd }]);
  });

  it('gives no tags when the loader threw (the error page has its own title)', () => {
    expect(pageMeta({ loaderData: undefined })).toEqual([]);
  });

  it('reads the title of a page without a loader from the messages the root sent', () => {
    const meta = catalogueMeta('site.accessibility.meta_title');
    const messages = { 'site.accessibility.meta_title': 'Accessibility statement — Réseau Fabriques' };
    expect(meta({ matches: [{ loaderData: { messages } }] })).toEqual([
      { title: 'Accessibility statement — Réseau Fabriques' },
    ]);
    expect(meta({ matches: [undefined] })).toEqual([]);
  });
});
