import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from 'react-router';
import { refusedForm } from '../forms.ts';
import { withPageErrors } from '../server/page-errors.ts';
import { requestScope } from '../server/request.ts';

// Opening the link shows a button rather than signing in at once: mail scanners that follow links
// must not use up a one-time token before its owner does.
export const loader = withPageErrors(async ({ request }: LoaderFunctionArgs) => {
  return { token: new URL(request.url).searchParams.get('jeton') ?? '' };
});

export const action = withPageErrors(async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.identity.verifyMagicLink({ token: String(formData.get('token') ?? '') });
    return redirect(redirectTo, { headers });
  } catch (error) {
    // Refused: 400; past a limit: 429; the database down: 503, the form again.
    return refusedForm(error, formData, headers);
  }
});
