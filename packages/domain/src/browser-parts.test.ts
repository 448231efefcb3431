// The zod-free modules the public pages import in the browser (decision 049) repeat each search schema's
// fields; they must stay the schema's, in its order (the order of the links' query strings).
import { describe, expect, it } from 'vitest';
import { CATALOGUE_SEARCH_FIELDS } from './booking/catalogue-query.ts';
import { catalogueSearchSchema } from './booking/catalogue-search.ts';
import { directorySearchSchema } from './directory/search.ts';
import { DIRECTORY_SEARCH_FIELDS } from './directory/search-query.ts';
import { toolSearchSchema } from './sharing/sharing.schema.ts';
import { TOOL_SEARCH_FIELDS } from './sharing/tool-query.ts';

describe('search fields repeated without zod', () => {
  it('are the schemas’ fields, in their order', () => {
    expect([...DIRECTORY_SEARCH_FIELDS]).toEqual(Object.keys(directorySearchSchema.shape));
    expect([...CATALOGUE_SEARCH_FIELDS]).toEqual(Object.keys(catalogueSearchSchema.shape));
    expect([...TOOL_SEARCH_FIELDS]).toEqual(Object.keys(toolSearchSchema.shape));
  });
});
