import { currentViewer, pageError, requestScope } from '@rf/web/server';
import { data } from 'react-router';

export { rootMiddleware } from '@rf/web/server';

/**
 * The layout's data. The viewer is looked up once for the request (`currentViewer`): the page's own loader
 * asking again gets the same answer. The database down: 503 and the "try again" page, not a 500.
 */
export async function rootData(request: Request) {
  try {
    const { headers, locale } = await requestScope(request);
    const viewer = await currentViewer(request);
    return data(
      {
        locale,
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
