import type { MessageKey } from '@rf/i18n';
import { isRouteErrorResponse } from 'react-router';

/**
 * Plain words for each status a page can fail with. A refused post (400/415 from the form guard), a too-large
 * upload or a rate limit is not a technical problem on our side: saying "un problème technique" would send the
 * person to retry the same thing or to report a bug.
 */
const MESSAGE_BY_STATUS: Readonly<Record<number, MessageKey>> = {
  400: 'errors.bad_request',
  403: 'errors.forbidden',
  404: 'errors.not_found',
  413: 'errors.payload_too_large',
  415: 'errors.unsupported_content',
  429: 'errors.too_many_requests',
  503: 'errors.service_unavailable',
};

/** The status of what a route threw: a thrown response keeps its own, anything else is a 500. */
export function errorStatus(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

/** The catalogue key of the title `ErrorPage` shows for a status; unknown statuses stay generic. */
export function errorMessageKey(status: number): MessageKey {
  return MESSAGE_BY_STATUS[status] ?? 'errors.unexpected';
}
