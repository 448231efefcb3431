import { passwordResetRequestInput } from '@rf/domain/identity/auth.schema';
import { type ActionFunctionArgs, data } from 'react-router';
import { formFailure, parseForm } from '../forms.ts';
import { requestScope } from '../server/request.ts';

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(passwordResetRequestInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api } = await requestScope(request);
  try {
    await api.identity.requestPasswordReset(parsed.data);
    return { ok: true as const, email: parsed.data.email };
  } catch (error) {
    return data(formFailure(error, formData), { status: 400 });
  }
}
