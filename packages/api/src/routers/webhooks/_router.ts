import { router } from '../../trpc.ts';
import { create } from './create.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { placeOptions } from './place-options.ts';
import { redeliver } from './redeliver.ts';
import { rotateSecret } from './rotate-secret.ts';
import { setActive } from './set-active.ts';

/**
 * Signed webhooks for the network's other tools (docs/decisions/061): subscriptions, their secret's
 * rotation and their delivery log.
 */
export const webhooksRouter = router({ list, placeOptions, create, get, setActive, redeliver, rotateSecret });
