import { describeError } from '@rf/api';
import { createActivityInput } from '@rf/domain/catalogue/publishing.schema';
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { pageError, withPageErrors } from '../server/page-errors.ts';
import {
  forbiddenPage,
  parsePublishingForm,
  publishingFailure,
  signedInScope,
} from './activity-shared.server.ts';

export const loader = withPageErrors(async ({ request }: LoaderFunctionArgs) => {
  const scope = await signedInScope(request);
  const { api, headers, t, base } = scope;
  try {
    const places = await api.publishing.places();
    return data(
      {
        kind: 'form' as const,
        base,
        places,
        title: t('publishing.meta_title', { page: t('publishing.new.title') }),
      },
      { headers },
    );
  } catch (error) {
    if (describeError(error).code === 'forbidden') return forbiddenPage(scope);
    // Not found, signed out, an outage (503): the one mapping of the pages.
    return pageError(error, request);
  }
});

/** Creates the draft, then opens it to add its sessions. */
export const action = withPageErrors(async ({ request }: ActionFunctionArgs) => {
  const { api, headers, base } = await signedInScope(request);
  const formData = await request.formData();
  const parsed = parsePublishingForm(createActivityInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    const { id } = await api.publishing.createActivity(parsed.data);
    return redirect(`${base}/${id}?cree=1#seances`, { headers });
  } catch (error) {
    return data(publishingFailure(error, formData), { status: 400, headers });
  }
});
