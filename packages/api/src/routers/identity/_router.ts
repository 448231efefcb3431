import { router } from '../../trpc.ts';
import { me } from './me.ts';
import { requestMagicLink } from './request-magic-link.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { verifyMagicLink } from './verify-magic-link.ts';

export const identityRouter = router({
  me,
  signIn,
  signOut,
  requestMagicLink,
  verifyMagicLink,
  requestPasswordReset,
  resetPassword,
});
