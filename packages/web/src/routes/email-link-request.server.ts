import { type ActionFunctionArgs, data } from 'react-router';
import type { z } from 'zod';
import { type FormFailure, failureInit, formFailure, parseForm } from '../forms.ts';
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
    const { api, headers } = await requestScope(request);
    try {
      // The same answer whether or not the address has an account, and past the address's limit.
      await send(api, parsed.data);
      return data<EmailLinkRequestResult>({ ok: true as const, email: parsed.data.email }, { headers });
    } catch (error) {
      // Past the client's limit: 429 with `Retry-After`, the form again with the wait.
      const failure = formFailure(error, formData);
      return data<EmailLinkRequestResult>(failure, failureInit(failure, headers));
    }
  };
}
