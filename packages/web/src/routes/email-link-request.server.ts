import { type ActionFunctionArgs, data } from 'react-router';
import type { z } from 'zod';
import { type FormFailure, formFailure, parseForm } from '../forms.ts';
import { type RequestScope, requestScope } from '../server/request.ts';

export type EmailLinkRequestResult = { ok: true; email: string } | FormFailure;

/** The action of an e-mail-link request page: validate the address, ask the API to send the link. */
export function emailLinkRequestAction(
  schema: z.ZodType<{ email: string }>,
  send: (api: RequestScope['api'], input: { email: string }) => Promise<unknown>,
) {
  return async ({ request }: ActionFunctionArgs) => {
    const formData = await request.formData();
    const parsed = parseForm(schema, formData);
    if (!parsed.ok) return data<EmailLinkRequestResult>(parsed, { status: 400 });
    const { api } = await requestScope(request);
    try {
      await send(api, parsed.data);
      return { ok: true as const, email: parsed.data.email };
    } catch (error) {
      return data<EmailLinkRequestResult>(formFailure(error, formData), { status: 400 });
    }
  };
}
