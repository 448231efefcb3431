import { errors } from './errors.ts';
import { mail } from './mail.ts';
import { roles } from './roles.ts';

// French is the reference catalogue: every other language must provide exactly its keys.
export const fr = { ...errors, ...mail, ...roles } as const;
