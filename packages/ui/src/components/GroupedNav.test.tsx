import { describe, expect, it } from 'vitest';
import { elements, idProblems, render, text } from '../testing/html.ts';
import { GroupedNav, type GroupedNavGroup } from './GroupedNav.tsx';

const groups: GroupedNavGroup[] = [
  {
    id: 'semaine',
    heading: 'Ma semaine',
    items: [
      { href: '/', label: 'Accueil', badges: [{ count: 2, text: '2 séances aujourd’hui', tone: 'info' }] },
      { href: '/rendez-vous', label: 'Rendez-vous', current: true },
    ],
  },
  {
    id: 'partage',
    heading: 'Outils et prêts',
    items: [
      { href: '/prets', label: 'Prêts', badges: [{ count: 3, text: '3 demandes à traiter' }] },
      { href: '/outils', label: 'Outils', current: 'true', badges: [{ count: 0, text: '0 à voir' }] },
    ],
  },
];

const html = render(
  <GroupedNav
    label="Menu principal"
    menuLabel="Menu"
    menuBadge={{ count: 3, text: '3 actions en attente' }}
    groups={groups}
  />,
);

describe('GroupedNav', () => {
  it('is a named navigation landmark folding its groups into a "Menu" disclosure', () => {
    expect(elements(html, 'nav')[0]?.attrs['aria-label']).toBe('Menu principal');
    const summary = elements(html, 'summary')[0];
    expect(summary?.inner).toContain(
      'Menu <span class="rf-badge rf-badge--warning rf-grouped-nav__badge"><span aria-hidden="true">3</span><span class="visually-hidden">3 actions en attente</span></span>',
    );
    expect(elements(html, 'details')).toHaveLength(1);
    expect('open' in (elements(html, 'details')[0]?.attrs ?? {})).toBe(false);
  });

  it('gives each group a heading that names its list', () => {
    const headings = elements(html, 'h2');
    expect(headings.map((h) => text(h.inner))).toEqual(['Ma semaine', 'Outils et prêts']);
    const lists = elements(html, 'ul');
    expect(lists.map((l) => l.attrs['aria-labelledby'])).toEqual(headings.map((h) => h.attrs.id));
    expect(idProblems(html)).toEqual([]);
  });

  it('keeps a link’s name to its label and describes it by its counts', () => {
    const links = elements(html, 'a');
    expect(links.map((l) => [l.attrs.href, text(l.inner)])).toEqual([
      ['/', 'Accueil'],
      ['/rendez-vous', 'Rendez-vous'],
      ['/prets', 'Prêts'],
      ['/outils', 'Outils'],
    ]);
    const loans = links[2];
    const badge = elements(html).find((e) => e.attrs.id === loans?.attrs['aria-describedby']);
    expect(badge?.attrs.class).toContain('rf-badge--warning');
    expect(html).toContain(
      `<span id="${loans?.attrs['aria-describedby']}" class="rf-badge rf-badge--warning rf-grouped-nav__badge"><span aria-hidden="true">3</span><span class="visually-hidden">3 demandes à traiter</span></span>`,
    );
    // No badge for nothing.
    expect(links[3]?.attrs['aria-describedby']).toBeUndefined();
  });

  it('marks the current page, and the section of the current page', () => {
    const current = elements(html, 'a').filter((link) => 'aria-current' in link.attrs);
    expect(current.map((l) => [l.attrs.href, l.attrs['aria-current']])).toEqual([
      ['/rendez-vous', 'page'],
      ['/outils', 'true'],
    ]);
  });

  it('shows no menu badge when nothing waits', () => {
    const calm = render(<GroupedNav label="Menu principal" menuLabel="Menu" groups={groups} />);
    expect(text(elements(calm, 'summary')[0]?.inner ?? '')).toBe('Menu');
  });
});
