import service from '../vocabulary/data-inclusion-v1/service.json' with { type: 'json' };
import structure from '../vocabulary/data-inclusion-v1/structure.json' with { type: 'json' };

// The JSON Schemas of data·inclusion v1 (1.0.8), vendored unchanged (`vocabulary/data-inclusion-v1/`), for
// whoever validates our records against them: the tests, with Ajv's draft 2020-12 class (the schemas are
// pydantic 2's, which writes draft 2020-12 and `$defs`, though they carry no `$schema`). Server and tests
// only: nothing in a page needs them.

export const DATA_INCLUSION_STRUCTURE_SCHEMA = structure;
export const DATA_INCLUSION_SERVICE_SCHEMA = service;
/** The draft the schemas are written in (they do not say it themselves). */
export const DATA_INCLUSION_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
