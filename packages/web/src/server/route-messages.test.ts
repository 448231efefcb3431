import { catalogueOf, messagesFor } from '@rf/i18n';
import { describe, expect, it } from 'vitest';
import { MissingMessageError, pageTranslator } from '../i18n.tsx';
import { type BuildRoutes, routeI18nNeeds, routeMessages } from './route-messages.ts';

// The shape of React Router's server build: flat, each route with its parent and module.
const routes: BuildRoutes = {
  root: { id: 'root', path: '', module: { handle: { i18n: ['common', 'site', 'directory.nav'] } } },
  'routes/home': {
    id: 'routes/home',
    parentId: 'root',
    index: true,
    module: { handle: { cache: 'public' } },
  },
  'routes/places': {
    id: 'routes/places',
    parentId: 'root',
    path: 'lieux',
    module: { handle: { cache: 'public', i18n: ['directory', 'directoryMap'] } },
  },
  'routes/place': {
    id: 'routes/place',
    parentId: 'root',
    path: 'lieux/:slug',
    module: { handle: { i18n: ['directory'] } },
  },
  'routes/sign-in': { id: 'routes/sign-in', parentId: 'root', path: 'connexion', module: {} },
};

describe('routeI18nNeeds (decision 049)', () => {
  it('answers a path asked again as the first time, and another build by its own routes', () => {
    const first = routeI18nNeeds(routes, '/lieux/un-lieu');
    expect(routeI18nNeeds(routes, '/lieux/un-lieu')).toEqual(first);
    expect(routeI18nNeeds(routes, '/lieux')).not.toEqual(first);
    const rebuilt: BuildRoutes = {
      ...routes,
      'routes/place': { id: 'routes/place', parentId: 'root', path: 'lieux/:slug', module: {} },
    };
    expect(routeI18nNeeds(rebuilt, '/lieux/un-lieu')).toBe('all');
  });

  it('collects the root’s needs and the matched route’s', () => {
    expect(routeI18nNeeds(routes, '/lieux')).toEqual([
      'common',
      'site',
      'directory.nav',
      'directory',
      'directoryMap',
    ]);
    expect(routeI18nNeeds(routes, '/lieux/konk-ar-lab')).toEqual([
      'common',
      'site',
      'directory.nav',
      'directory',
    ]);
  });

  it('gives the whole catalogue to a page whose route declares nothing', () => {
    expect(routeI18nNeeds(routes, '/')).toBe('all');
    expect(routeI18nNeeds(routes, '/connexion')).toBe('all');
    expect(routeMessages(routes, '/connexion', 'en')).toBe(catalogueOf('en'));
  });

  it('gives a path that matches nothing (the 404 page) the root’s needs', () => {
    expect(routeI18nNeeds(routes, '/nulle-part/ici')).toEqual(['common', 'site', 'directory.nav']);
  });

  it('sends the messages of the request’s language only', () => {
    const messages = routeMessages(routes, '/lieux', 'en');
    expect(messages).toBe(
      messagesFor('en', ['common', 'site', 'directory.nav', 'directory', 'directoryMap']),
    );
    expect(messages['directory.nav']).toBe(catalogueOf('en')['directory.nav']);
    expect(messages['booking.title' as keyof typeof messages]).toBeUndefined();
  });
});

describe('pageTranslator', () => {
  it('translates what the page received, and fails loudly outside production on anything else', () => {
    const t = pageTranslator('fr', messagesFor('fr', ['common']));
    expect(t('nav.home')).toBe(catalogueOf('fr')['nav.home']);
    expect(() => t('site.brand')).toThrow(MissingMessageError);
    expect(() => t('site.brand')).toThrow(/add its namespace to the route's handle\.i18n/);
  });
});
