import { passwordResetInput } from '@rf/domain/identity/auth.schema';
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { parseForm, refusedForm } from '../forms.ts';
import { withPageErrors } from '../server/page-errors.ts';
import { requestScope } from '../server/request.ts';

export const loader = withPageErrors(async ({ request }: LoaderFunctionArgs) => {
  return { token: new URL(request.url).searchParams.get('jeton') ?? '' };
});

export const action = withPageErrors(async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(passwordResetInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.identity.resetPassword(parsed.data);
    return redirect(redirectTo, { headers });
  } catch (error) {
    // Refused: 400; past a limit: 429; the database down: 503, the form again.
    return refusedForm(error, formData, headers);
  }
});
