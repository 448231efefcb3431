import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { type LinkComponentProps, LinkProvider } from './Link.tsx';
import { NavLinks } from './NavLinks.tsx';

const items = [
  { href: '/', label: 'Accueil' },
  { href: '/ateliers', label: 'Ateliers', current: true },
  { href: '/lieux', label: 'Lieux' },
];

describe('NavLinks', () => {
  it('is a named navigation landmark holding a list of links', () => {
    const html = render(<NavLinks label="Menu principal" items={items} />);
    expect(elements(html, 'nav')[0]?.attrs['aria-label']).toBe('Menu principal');
    expect(elements(html, 'li')).toHaveLength(3);
    expect(elements(html, 'a').map((link) => link.attrs.href)).toEqual(['/', '/ateliers', '/lieux']);
  });

  it('marks only the current page with aria-current="page"', () => {
    const html = render(<NavLinks label="Menu principal" items={items} />);
    const current = elements(html, 'a').filter((link) => 'aria-current' in link.attrs);
    expect(current).toHaveLength(1);
    expect(current[0]?.attrs['aria-current']).toBe('page');
    expect(text(current[0]?.inner ?? '')).toBe('Ateliers');
  });

  it('marks the section of the current page with aria-current="true"', () => {
    const html = render(
      <NavLinks label="Administration" items={[{ href: '/lieux', label: 'Lieux', current: 'true' }]} />,
    );
    expect(elements(html, 'a')[0]?.attrs['aria-current']).toBe('true');
  });

  it('renders links through the LinkProvider component (e.g. a router link)', () => {
    function RouterLink({ href, children, ...rest }: LinkComponentProps) {
      return (
        <a href={href} data-router="" {...rest}>
          {children}
        </a>
      );
    }
    const html = render(
      <LinkProvider component={RouterLink}>
        <NavLinks label="Menu principal" items={items} />
      </LinkProvider>,
    );
    const links = elements(html, 'a');
    expect(links.every((link) => 'data-router' in link.attrs)).toBe(true);
    expect(links[1]?.attrs['aria-current']).toBe('page');
  });
});
