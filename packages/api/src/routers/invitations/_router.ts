import { router } from '../../trpc.ts';
import { accept } from './accept.ts';
import { create } from './create.ts';
import { list } from './list.ts';
import { placeOptions } from './place-options.ts';
import { preview } from './preview.ts';

export const invitationsRouter = router({ create, list, placeOptions, preview, accept });
