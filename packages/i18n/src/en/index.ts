import type { MessageKey } from '../index.ts';
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

export const en: Record<MessageKey, string> = {
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
};
