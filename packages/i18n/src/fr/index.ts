import { admin } from './admin.ts';
import { booking } from './booking.ts';
import { common } from './common.ts';
import { directory } from './directory.ts';
import { directoryAdmin } from './directory-admin.ts';
import { errors } from './errors.ts';
import { invitations } from './invitations.ts';
import { mail } from './mail.ts';
import { roles } from './roles.ts';
import { site } from './site.ts';

// French is the reference catalogue: every other language must provide exactly its keys.
export const fr = {
  ...common,
  ...site,
  ...admin,
  ...errors,
  ...invitations,
  ...mail,
  ...roles,
  ...directory,
  ...directoryAdmin,
  ...booking,
} as const;
