import { passwordResetInput } from '@rf/domain/identity/auth.schema';
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { formFailure, parseForm } from '../forms.ts';
import { requestScope } from '../server/request.ts';

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('jeton') ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(passwordResetInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.identity.resetPassword(parsed.data);
    return redirect(redirectTo, { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400 });
  }
}
