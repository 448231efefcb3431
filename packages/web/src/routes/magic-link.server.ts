import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { formFailure } from '../forms.ts';
import { requestScope } from '../server/request.ts';

// Opening the link shows a button rather than signing in at once: mail scanners that follow links
// must not use up a one-time token before its owner does.
export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('jeton') ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.identity.verifyMagicLink({ token: String(formData.get('token') ?? '') });
    return redirect(redirectTo, { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400 });
  }
}
