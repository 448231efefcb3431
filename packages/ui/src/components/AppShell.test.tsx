import { describe, expect, it } from 'vitest';
import { byId, elements, idProblems, render, text } from '../testing/html.ts';
import { AppShell } from './AppShell.tsx';
import { NavLinks } from './NavLinks.tsx';
import { SkipLink } from './SkipLink.tsx';

function page(extra: { footer?: boolean } = {}) {
  return render(
    <AppShell
      skipLinkLabel="Aller au contenu"
      brand={<a href="/">Réseau Fabriques</a>}
      nav={<NavLinks label="Menu principal" items={[{ href: '/lieux', label: 'Lieux', current: true }]} />}
      account={<a href="/connexion">Se connecter</a>}
      languageSwitch={
        <a href="/langue/en" lang="en" hrefLang="en">
          English
        </a>
      }
      footer={
        extra.footer === false ? undefined : (
          <a href="/accessibilite">Accessibilité : partiellement conforme</a>
        )
      }
    >
      <h1>Lieux</h1>
    </AppShell>,
  );
}

describe('AppShell', () => {
  it('starts with a skip link whose target, <main id="contenu">, exists and can take focus', () => {
    const html = page();
    const [first] = elements(html, 'a');
    expect(first?.attrs.href).toBe('#contenu');
    expect(text(first?.inner ?? '')).toBe('Aller au contenu');
    const main = byId(html, 'contenu');
    expect(main.name).toBe('main');
    expect(main.attrs.tabindex).toBe('-1');
    expect(idProblems(html)).toEqual([]);
  });

  it('has one banner, one main and one footer landmark, with the slots in place', () => {
    const html = page();
    expect(elements(html, 'header')).toHaveLength(1);
    expect(elements(html, 'main')).toHaveLength(1);
    expect(elements(html, 'footer')).toHaveLength(1);
    const header = elements(html, 'header')[0]?.inner ?? '';
    expect(header).toContain('Réseau Fabriques');
    expect(header).toContain('aria-label="Menu principal"');
    expect(header).toContain('Se connecter');
    expect(header).toContain('lang="en"');
    expect(elements(html, 'main')[0]?.inner).toContain('<h1>Lieux</h1>');
  });

  it('leaves the footer out when there is none', () => {
    expect(elements(page({ footer: false }), 'footer')).toHaveLength(0);
  });
});

describe('SkipLink', () => {
  it('points to #contenu by default', () => {
    const html = render(<SkipLink>Aller au contenu</SkipLink>);
    expect(elements(html, 'a')[0]?.attrs.href).toBe('#contenu');
  });
});
