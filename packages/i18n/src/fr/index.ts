import { admin } from './admin.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';
import { invitations } from './invitations.ts';
import { mail } from './mail.ts';
import { roles } from './roles.ts';
import { site } from './site.ts';

// French is the reference catalogue: every other language must provide exactly its keys.
export const fr = { ...common, ...site, ...admin, ...errors, ...invitations, ...mail, ...roles } as const;
