import { describe, expect, it } from 'vitest';
import { enNamespaces } from './en/index.ts';
import { errorPageMessages } from './error-page.ts';
import { fr, frNamespaces } from './fr/index.ts';
import { catalogueOf, isMessageKey, isNamespace, messagesFor } from './index.ts';

describe('namespaces (decision 049)', () => {
  it('are the same in both languages, key for key, and together the whole catalogue', () => {
    expect(Object.keys(enNamespaces).sort()).toEqual(Object.keys(frNamespaces).sort());
    for (const name of Object.keys(frNamespaces) as (keyof typeof frNamespaces)[]) {
      expect(Object.keys(enNamespaces[name]).sort(), name).toEqual(Object.keys(frNamespaces[name]).sort());
    }
    const union = new Set(Object.values(frNamespaces).flatMap((messages) => Object.keys(messages)));
    expect([...union].sort()).toEqual(Object.keys(fr).sort());
  });

  it('hold each key once, so a page declares a key by one namespace only', () => {
    const owners = new Map<string, string[]>();
    for (const [name, messages] of Object.entries(frNamespaces)) {
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('keep the member space and the admin console out of the public sharing pages’ namespaces', () => {
    const members =
      /^sharing\.(?:space|inventory|loans|loan_status|loan_refused|action|qualifications|photo|history)\./;
    for (const name of ['sharingTools', 'sharingTool', 'sharingResources'] as const) {
      expect(
        Object.keys(frNamespaces[name]).filter((key) => members.test(key)),
        name,
      ).toEqual([]);
    }
    // The tool catalogue's page gets its own namespace and the layout's, none of the tool page's forms.
    const tools = messagesFor('fr', ['common', 'site', 'errors', 'sharingTools']);
    expect(tools['sharing.catalogue.form.title']).toBeDefined();
    expect(tools['sharing.tool.request_title']).toBeUndefined();
    expect(tools['sharing.inventory.title']).toBeUndefined();
  });

  it('give a page only the namespaces and keys it declares, in its language', () => {
    const messages = messagesFor('en', ['directoryMap', 'nav.home']);
    expect(Object.keys(messages).sort()).toEqual(
      [...Object.keys(frNamespaces.directoryMap), 'nav.home'].sort(),
    );
    expect(messages['nav.home']).toBe(catalogueOf('en')['nav.home']);
    expect(messages['site.brand']).toBeUndefined();
  });

  it('answer the same needs with the same object, whatever their order', () => {
    expect(messagesFor('fr', ['site', 'common'])).toBe(messagesFor('fr', ['common', 'site', 'common']));
    expect(messagesFor('fr', ['site'])).not.toBe(messagesFor('en', ['site']));
  });

  it('refuse a need that is neither a namespace nor a key', () => {
    // @ts-expect-error: not a namespace, not a key
    expect(() => messagesFor('fr', ['nope'])).toThrow(/neither a namespace nor a message key/);
    expect(isNamespace('booking')).toBe(true);
    expect(isNamespace('toString')).toBe(false);
  });

  it('know every key of the catalogue on the server, and nothing else', () => {
    expect(isMessageKey('nav.home')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('keep the error page’s own messages equal to the catalogue', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const [key, text] of Object.entries(errorPageMessages[locale])) {
        expect(text, key).toBe(catalogueOf(locale)[key as keyof typeof fr]);
      }
    }
  });
});
