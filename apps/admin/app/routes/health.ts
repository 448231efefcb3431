import { healthResponse } from '@rf/web/server';

export const loader = () => healthResponse();
