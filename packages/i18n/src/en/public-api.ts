import type { publicApi as fr } from '../fr/public-api.ts';

export const publicApi: Record<keyof typeof fr, string> = {
  'public_api.problem.invalid_query':
    'Query parameters refused: {names}. The documentation lists those each address accepts: /api/v1.',
  'public_api.problem.not_found': 'Nothing public at this address. The documentation is at /api/v1.',
  'public_api.problem.method_not_allowed':
    'This API is read-only: only GET (and HEAD) requests are accepted.',
  'public_api.problem.too_many_requests':
    'Too many requests from your address. Try again in {seconds} seconds.',
  'public_api.problem.service_unavailable': 'The service is unavailable for a moment. Try again shortly.',
  'public_api.problem.unexpected': 'Something unexpected went wrong. Try again later.',
  'public_api.meta_title': 'Public API',
  'public_api.meta_description':
    'Places, their next sessions with seats left, tools, resources and anonymised activity figures, as JSON.',
  'public_api.title': 'Public API',
  'public_api.lead':
    'What the public pages show, as JSON, read-only and without an account: places, their next sessions with seats left, tools, resources and anonymised activity figures.',
  'public_api.document': 'The OpenAPI 3.1 document',
  'public_api.document_hint':
    'Describes every address, its parameters and its answers; generated from the code that serves them.',
  'public_api.rules.title': 'Terms of use',
  'public_api.rules.cache':
    'Answers may be kept for a minute (Cache-Control) and carry an ETag: send it back in If-None-Match to get an empty 304 while it holds.',
  'public_api.rules.rate':
    'Each address may make {max} requests a minute; past that, the answer is 429 with Retry-After.',
  'public_api.rules.errors':
    'Errors follow RFC 9457 (application/problem+json); an unknown or invalid parameter is refused (400), never ignored.',
  'public_api.rules.cors': 'Any web page may read the API (Access-Control-Allow-Origin: *).',
  'public_api.rules.licence': 'The data is published under the Licence Ouverte 2.0.',
  'public_api.operations': 'Addresses',
  'public_api.parameters': 'Parameters',
  'public_api.parameter.name': 'Name',
  'public_api.parameter.in': 'In',
  'public_api.parameter.type': 'Type',
  'public_api.parameter.description': 'Description',
  'public_api.parameter.required': 'required',
  'public_api.responses': 'Responses',
  'public_api.response.status': 'Status',
  'public_api.response.body': 'Body',
  'public_api.example': 'Example:',
  'public_api.schemas': 'Objects',
  'public_api.schema.field': 'Field',
  'public_api.schema.nullable': 'or null',
  'public_api.descriptions_language': 'The technical descriptions below are in English.',
};
