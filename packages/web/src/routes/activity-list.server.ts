import { describeError } from '@rf/api';
import { data, type LoaderFunctionArgs } from 'react-router';
import { pageError, withPageErrors } from '../server/page-errors.ts';
import { forbiddenPage, signedInScope } from './activity-shared.server.ts';

export const loader = withPageErrors(async ({ request }: LoaderFunctionArgs) => {
  const scope = await signedInScope(request);
  const { api, headers, t, base } = scope;
  try {
    const list = await api.publishing.list();
    return data(
      {
        kind: 'list' as const,
        base,
        list,
        title: t('publishing.meta_title', { page: t('publishing.list.title') }),
      },
      { headers },
    );
  } catch (error) {
    if (describeError(error).code === 'forbidden') return forbiddenPage(scope);
    // Not found, signed out, an outage (503): the one mapping of the pages.
    return pageError(error, request);
  }
});
