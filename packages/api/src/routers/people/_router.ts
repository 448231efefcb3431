import { router } from '../../trpc.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { removeFromPlace } from './remove-from-place.ts';
import { removeNetworkRole } from './remove-network-role.ts';
import { setPlaceRole } from './set-place-role.ts';
import { team } from './team.ts';

export const peopleRouter = router({ list, get, setPlaceRole, removeFromPlace, removeNetworkRole, team });
