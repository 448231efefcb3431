import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { Button } from './Button.tsx';
import { ButtonGroup } from './ButtonGroup.tsx';
import { ButtonLink } from './ButtonLink.tsx';
import { type LinkComponentProps, LinkProvider } from './Link.tsx';

describe('Button', () => {
  it('is a real submit button by default, primary', () => {
    const html = render(<Button>Réserver</Button>);
    const [button] = elements(html, 'button');
    expect(button?.attrs.type).toBe('submit');
    expect(button?.attrs.class).toBe('rf-button rf-button--primary');
    expect(text(button?.inner ?? '')).toBe('Réserver');
  });

  it('takes a variant, a type and name/value so one form can tell its buttons apart', () => {
    const html = render(
      <ButtonGroup>
        <Button variant="secondary" type="button">
          Retour
        </Button>
        <Button variant="danger" name="intent" value="cancel">
          Annuler la réservation
        </Button>
      </ButtonGroup>,
    );
    const [back, cancel] = elements(html, 'button');
    expect(back?.attrs).toMatchObject({ type: 'button', class: 'rf-button rf-button--secondary' });
    expect(cancel?.attrs).toMatchObject({ type: 'submit', name: 'intent', value: 'cancel' });
    expect(cancel?.attrs.class).toContain('rf-button--danger');
  });
});

describe('ButtonLink', () => {
  it('is a link styled as a button', () => {
    const html = render(
      <ButtonLink href="/ateliers/nouveau" variant="secondary">
        Proposer un atelier
      </ButtonLink>,
    );
    const [link] = elements(html, 'a');
    expect(link?.attrs).toMatchObject({ href: '/ateliers/nouveau', class: 'rf-button rf-button--secondary' });
    expect(elements(html, 'button')).toHaveLength(0);
  });

  it('uses the LinkProvider component', () => {
    function RouterLink({ href, children, className }: LinkComponentProps) {
      return (
        <a href={href} className={className} data-discover="true">
          {children}
        </a>
      );
    }
    const html = render(
      <LinkProvider component={RouterLink}>
        <ButtonLink href="/">Accueil</ButtonLink>
      </LinkProvider>,
    );
    expect(elements(html, 'a')[0]?.attrs).toMatchObject({ href: '/', 'data-discover': 'true' });
  });
});
