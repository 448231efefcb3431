import { Alert, Button, PageHeader } from '@rf/ui';
import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
} from 'react-router';
import { formFailure } from '../forms.ts';
import { useMessage, useT } from '../i18n.tsx';
import { requestScope } from '../server/request.ts';

export const meta = () => [{ title: 'Connexion par lien — Réseau Fabriques' }];

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

export default function MagicLink() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  return (
    <div className="container container--narrow">
      <PageHeader title={t('magic_link.confirm_title')} />
      {actionData?.formError ? (
        <>
          <Alert kind="error" title={message('errors.link_invalid_or_expired')} />
          <p>
            <a href="/connexion/lien-par-email">{t('magic_link.ask_again')}</a>
          </p>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="token" value={loaderData.token} />
          <Button type="submit">{t('magic_link.confirm')}</Button>
        </Form>
      )}
    </div>
  );
}
