// Which messages a page's browser receives (decision 049): those its matched routes declare in
// `handle.i18n`, in the request's language. The root loader calls this with the server build's routes, so
// the messages travel with the root's data, in the document and in every client navigation's `.data`.
import {
  catalogueOf,
  type I18nHandle,
  type I18nNeed,
  type Locale,
  type Messages,
  messagesFor,
} from '@rf/i18n';
import { matchRoutes, type RouteObject } from 'react-router';

/** The part of React Router's server build (`build.routes`) this needs. */
export interface BuildRoute {
  id: string;
  parentId?: string | undefined;
  path?: string | undefined;
  index?: boolean | undefined;
  caseSensitive?: boolean | undefined;
  module: { handle?: unknown };
}
export type BuildRoutes = Readonly<Record<string, BuildRoute | undefined>>;

const trees = new WeakMap<object, RouteObject[]>();

/** The flat manifest as the nested route objects `matchRoutes` reads. */
function treeOf(routes: BuildRoutes): RouteObject[] {
  const known = trees.get(routes);
  if (known) return known;
  const children = new Map<string | undefined, BuildRoute[]>();
  for (const route of Object.values(routes)) {
    if (!route) continue;
    const siblings = children.get(route.parentId) ?? [];
    siblings.push(route);
    children.set(route.parentId, siblings);
  }
  const build = (parentId: string | undefined): RouteObject[] =>
    (children.get(parentId) ?? []).map((route) =>
      route.index
        ? { id: route.id, index: true, path: route.path }
        : {
            id: route.id,
            path: route.path,
            caseSensitive: route.caseSensitive ?? false,
            children: build(route.id),
          },
    );
  const tree = build(undefined);
  trees.set(routes, tree);
  return tree;
}

function needsOf(route: BuildRoute | undefined): readonly I18nNeed[] | undefined {
  const handle = route?.module.handle as I18nHandle | undefined;
  return handle?.i18n;
}

/**
 * What the routes matching `pathname` declare, root first. A page whose deepest route declares nothing gets
 * `'all'`: the whole catalogue of its language, always right, only heavier (the pages outside the budget that
 * no one has annotated yet). A path that matches nothing is the root's 404 page: the root's needs.
 */
export function routeI18nNeeds(routes: BuildRoutes, pathname: string): readonly I18nNeed[] | 'all' {
  // `matchRoutes` flattens and ranks the whole route tree on every call (about a tenth of a trivial page's
  // CPU, issue 15): a page's needs depend on its path alone, so they are kept per path, the oldest
  // forgotten first (paths with an id or a slug are many).
  let known = needsByPath.get(routes);
  if (!known) {
    known = new Map();
    needsByPath.set(routes, known);
  }
  const hit = known.get(pathname);
  if (hit) return hit;
  const needs = matchedNeeds(routes, pathname);
  if (known.size >= MAX_PATHS) {
    const oldest = known.keys().next();
    if (!oldest.done) known.delete(oldest.value);
  }
  known.set(pathname, needs);
  return needs;
}

const MAX_PATHS = 5_000;
const needsByPath = new WeakMap<object, Map<string, readonly I18nNeed[] | 'all'>>();

function matchedNeeds(routes: BuildRoutes, pathname: string): readonly I18nNeed[] | 'all' {
  const matches = matchRoutes(treeOf(routes), pathname) ?? [];
  const root = Object.values(routes).find((route) => route && route.parentId === undefined);
  const ids = matches.length > 0 ? matches.map((match) => match.route.id as string) : root ? [root.id] : [];
  const leaf = routes[ids.at(-1) ?? ''];
  if (matches.length > 0 && needsOf(leaf) === undefined) return 'all';
  return ids.flatMap((id) => needsOf(routes[id]) ?? []);
}

/** The messages the page at `pathname` receives, in `locale`. */
export function routeMessages(routes: BuildRoutes, pathname: string, locale: Locale): Messages {
  const needs = routeI18nNeeds(routes, pathname);
  return needs === 'all' ? catalogueOf(locale) : messagesFor(locale, needs);
}
