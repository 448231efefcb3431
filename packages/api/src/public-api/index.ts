// The public API (decision 062): its HTTP answer, its OpenAPI document, and what its documentation page reads.
export { answerPublicApi, PUBLIC_API_CACHE_CONTROL, type PublicApiExchange } from './http.ts';
export { OPENAPI_PATH, openApiDocument, PUBLIC_API_BASE, PUBLIC_API_VERSION } from './openapi.ts';
export {
  type PublicApiReference,
  publicApiReference,
  type ReferenceOperation,
  type ReferenceSchema,
} from './reference.ts';
