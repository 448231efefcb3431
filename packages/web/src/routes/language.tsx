import { isLocale } from '@rf/i18n/core';
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from 'react-router';
import { safeReturnPath } from '../safe-redirect.ts';
import { withPageErrors } from '../server/page-errors.ts';
import { LOCALE_COOKIE } from '../server/request.ts';

/** Remembers the chosen language for a year and returns to the page (a same-site path only). */
export const action = withPageErrors(async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const locale = form.get('locale');
  const safeTarget = safeReturnPath(form.get('redirectTo'), request.url) ?? '/';
  const headers = new Headers();
  if (isLocale(locale)) {
    headers.append('Set-Cookie', `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`);
  }
  return redirect(safeTarget, { headers });
});

export const loader = withPageErrors(async (_args: LoaderFunctionArgs) => redirect('/'));
