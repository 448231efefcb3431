// The server build's own route table: the root loader reads the matched routes' `handle.i18n` from it to
// send the page only the messages it shows (decision 049). Read at request time, so the cycle (the build
// imports this module) is harmless.
import { routes } from 'virtual:react-router/server-build';
import { currentViewer, pageError, requestScope, routeMessages } from '@rf/web/server';
import { data } from 'react-router';

export { rootMiddleware } from '@rf/web/server';

/**
 * The layout's data. The viewer is looked up once for the request (`currentViewer`): the page's own loader
 * asking again gets the same answer. The database down: 503 and the "try again" page, not a 500.
 */
export async function rootData(request: Request, url: URL) {
  try {
    const { headers, locale } = await requestScope(request);
    const viewer = await currentViewer(request);
    return data(
      {
        locale,
        messages: routeMessages(routes, url.pathname, locale),
        viewer: viewer
          ? { displayName: viewer.displayName, email: viewer.email, homeRole: viewer.homeRole }
          : null,
      },
      { headers },
    );
  } catch (error) {
    return pageError(error, request);
  }
}
