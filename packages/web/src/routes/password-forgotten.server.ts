import { passwordResetRequestInput } from '@rf/domain/identity/auth.schema';
import { withPageErrors } from '../server/page-errors.ts';
import { emailLinkRequestAction } from './email-link-request.server.ts';

export { retryAfterHeaders as headers } from '../forms.ts';

export const action = withPageErrors(
  emailLinkRequestAction(passwordResetRequestInput, (api, input) => api.identity.requestPasswordReset(input)),
);
