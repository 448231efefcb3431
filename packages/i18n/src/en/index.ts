import type { MessageKey } from '../index.ts';
import { errors } from './errors.ts';
import { mail } from './mail.ts';
import { roles } from './roles.ts';

export const en: Record<MessageKey, string> = { ...errors, ...mail, ...roles };
