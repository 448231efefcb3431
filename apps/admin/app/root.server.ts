import { consoleNavigation } from '@rf/domain/console/navigation';
import { currentViewer, pageError, requestScope } from '@rf/web/server';
import { data } from 'react-router';

export { rootMiddleware } from '@rf/web/server';

/**
 * The layout's data: the viewer, looked up once for the request (`currentViewer`: the page's own loader
 * asking again gets the same answer), and the console's navigation by task with what waits for them
 * (`console.awaiting`, one statement; asked for managers and network admins only). The database down: 503
 * and the "try again" page, not a 500.
 */
export async function rootData(request: Request) {
  try {
    const { api, headers, locale } = await requestScope(request);
    const viewer = await currentViewer(request);
    // Observers act on nothing the navigation counts: no call for them, nor for those without a console.
    const counted = viewer?.homeRole === 'manager' || viewer?.homeRole === 'network_admin';
    const awaiting = counted ? await api.console.awaiting() : null;
    const nav = consoleNavigation({
      role: viewer?.homeRole ?? null,
      managedPlaces: (viewer?.memberships ?? [])
        .filter((m) => m.role === 'manager')
        .map((m) => ({ id: m.placeId, name: m.placeName })),
      awaiting,
    });
    return data(
      {
        locale,
        viewer: viewer
          ? { displayName: viewer.displayName, email: viewer.email, homeRole: viewer.homeRole }
          : null,
        nav,
      },
      { headers },
    );
  } catch (error) {
    return pageError(error, request);
  }
}
