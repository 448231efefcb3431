import { handleTrpcRequest } from '@rf/api';
import { services } from '@rf/web/server';
import type { Route } from './+types/api.trpc';

export const loader = ({ request }: Route.LoaderArgs) => handleTrpcRequest(services(), request);
export const action = ({ request }: Route.ActionArgs) => handleTrpcRequest(services(), request);
