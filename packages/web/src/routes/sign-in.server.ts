import { signInInput } from '@rf/domain/identity/auth.schema';
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { failureInit, formFailure, parseForm } from '../forms.ts';

export { retryAfterHeaders as headers } from '../forms.ts';

import { safeReturnPath } from '../safe-redirect.ts';
import { pageError, withPageErrors } from '../server/page-errors.ts';
import { requestScope } from '../server/request.ts';
import { currentViewer } from '../server/viewer.ts';

export const loader = withPageErrors(async ({ request }: LoaderFunctionArgs) => {
  // The layout's look-up, shared: who is signed in is asked once per request.
  const viewer = await currentViewer(request).catch((error: unknown) => pageError(error, request));
  const retour = safeReturnPath(new URL(request.url).searchParams.get('retour'), request.url);
  if (viewer) throw redirect(retour ?? viewer.homeUrl);
  return { retour };
});

export const action = withPageErrors(async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(signInInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.identity.signIn(parsed.data);
    return redirect(safeReturnPath(formData.get('retour'), request.url) ?? redirectTo, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return data(failure, failureInit(failure, headers));
  }
});
