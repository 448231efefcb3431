import { type ActionFunctionArgs, redirect } from 'react-router';
import { requestScope } from '../server/request.ts';

export async function action({ request }: ActionFunctionArgs) {
  const { api, headers } = await requestScope(request);
  await api.identity.signOut();
  return redirect('/', { headers });
}

export const loader = () => redirect('/');
