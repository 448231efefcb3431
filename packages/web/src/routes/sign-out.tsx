import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from 'react-router';
import { withPageErrors } from '../server/page-errors.ts';
import { requestScope } from '../server/request.ts';

export const action = withPageErrors(async ({ request }: ActionFunctionArgs) => {
  const { api, headers } = await requestScope(request);
  await api.identity.signOut();
  return redirect('/', { headers });
});

export const loader = withPageErrors(async (_args: LoaderFunctionArgs) => redirect('/'));
