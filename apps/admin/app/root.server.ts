import { requestScope } from '@rf/web/server';

export { rootMiddleware } from '@rf/web/server';

import { data } from 'react-router';

export async function rootData(request: Request) {
  const { api, headers, locale } = await requestScope(request);
  const viewer = await api.identity.me();
  return data(
    {
      locale,
      viewer: viewer
        ? { displayName: viewer.displayName, email: viewer.email, homeRole: viewer.homeRole }
        : null,
    },
    { headers },
  );
}
