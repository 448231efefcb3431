import { describe, expect, it } from 'vitest';
import { elements, render, text } from '../testing/html.ts';
import { Alert, type AlertKind } from './Alert.tsx';

describe('Alert', () => {
  it.each<[AlertKind, string]>([
    ['error', 'alert'],
    ['warning', 'status'],
    ['success', 'status'],
    ['info', 'status'],
  ])('%s has role="%s"', (kind, role) => {
    const html = render(<Alert kind={kind}>Message</Alert>);
    expect(elements(html, 'div')[0]?.attrs.role).toBe(role);
    expect(elements(html, 'div')[0]?.attrs.class).toContain(`rf-alert--${kind}`);
  });

  it('says its kind in words for screen readers, in its title', () => {
    const html = render(
      <Alert kind="success" title="Réservation confirmée" kindLabel="Succès :" headingLevel={2}>
        <p>Un e-mail vous a été envoyé.</p>
      </Alert>,
    );
    const [heading] = elements(html, 'h2');
    expect(text(heading?.inner ?? '')).toBe('Succès : Réservation confirmée');
    expect(heading?.inner).toContain('class="visually-hidden"');
  });

  it('puts the kind label in the body when there is no title', () => {
    const html = render(
      <Alert kind="error" kindLabel="Erreur :">
        Le service est indisponible.
      </Alert>,
    );
    expect(text(html)).toBe('Erreur : Le service est indisponible.');
  });
});
