import { servicesToCsv, structuresToCsv } from '@rf/domain/open-data/data-inclusion';
import { etagMatches, notModified, requestScope, weakEtag } from '@rf/web/server';

// The data·inclusion v1 files of /donnees (decision 060): the structures and the services, in JSON (the
// schema's records, for the register's importer) and in CSV (list fields `|`-separated, for spreadsheets).
// Public and the same for everyone, cached like the other open-data files, with a weak ETag of the body so
// a harvester that comes back gets a 304 when nothing changed.

export type DataInclusionFile = 'structures' | 'services';
export type DataInclusionFormat = 'json' | 'csv';

const CONTENT_TYPES: Record<DataInclusionFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export async function dataInclusionFile(
  request: Request,
  file: DataInclusionFile,
  format: DataInclusionFormat,
): Promise<Response> {
  const { api } = await requestScope(request);
  const { structures, services } = await api.directory.dataInclusion();
  const body =
    format === 'json'
      ? JSON.stringify(file === 'structures' ? structures : services)
      : file === 'structures'
        ? structuresToCsv(structures)
        : servicesToCsv(services);
  const headers = new Headers({
    'content-type': CONTENT_TYPES[format],
    'content-disposition': `inline; filename="${file}.${format}"`,
    'cache-control': 'public, max-age=300',
    etag: weakEtag(body),
  });
  if (etagMatches(request.headers.get('if-none-match'), headers.get('etag') ?? ''))
    return notModified(headers);
  return new Response(body, { headers });
}
