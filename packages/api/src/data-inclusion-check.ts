// Checks a data·inclusion v1 export against the vendored JSON Schemas (decision 060): used by the
// integration test on the demo data, and runnable on any database, the benchmark network's included:
//
//   DATABASE_URL=postgresql://… pnpm --filter @rf/api exec tsx src/data-inclusion-check.ts
//
// reads the offer as `anon`, exactly as `/donnees/data-inclusion/*` does, and prints the counts and the
// first invalid records (exit code 1 when there is any). Development and CI only: Ajv is a dev dependency.
import { pathToFileURL } from 'node:url';
import { createDb, withSession } from '@rf/db';
import { loadDataInclusionOffer } from '@rf/db/open-data/data-inclusion.repository';
import { type DataInclusionExport, toDataInclusion } from '@rf/domain/open-data/data-inclusion';
import {
  DATA_INCLUSION_SERVICE_SCHEMA,
  DATA_INCLUSION_STRUCTURE_SCHEMA,
} from '@rf/domain/open-data/data-inclusion-schemas';
import { translator } from '@rf/i18n';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { dataInclusionTexts } from './routers/directory/data-inclusion.server.ts';

export interface InvalidRecord {
  kind: 'structure' | 'service';
  id: string;
  errors: ErrorObject[];
}

/** Every record of the export that its JSON Schema refuses, with Ajv's errors (draft 2020-12 + formats). */
export function invalidDataInclusionRecords(exported: DataInclusionExport): InvalidRecord[] {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const structure = ajv.compile(DATA_INCLUSION_STRUCTURE_SCHEMA);
  const service = ajv.compile(DATA_INCLUSION_SERVICE_SCHEMA);
  return [
    ...exported.structures.flatMap((s) =>
      structure(s) ? [] : [{ kind: 'structure' as const, id: s.id, errors: structure.errors ?? [] }],
    ),
    ...exported.services.flatMap((s) =>
      service(s) ? [] : [{ kind: 'service' as const, id: s.id, errors: service.errors ?? [] }],
    ),
  ];
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const db = createDb(url, { max: 2 });
  try {
    const offer = await withSession(db, null, loadDataInclusionOffer);
    const exported = toDataInclusion(offer, {
      siteUrl: process.env.SITE_URL ?? 'http://localhost:3000',
      texts: dataInclusionTexts(translator('fr')),
    });
    const invalid = invalidDataInclusionRecords(exported);
    console.log(
      `${exported.structures.length} structures, ${exported.services.length} services, ${invalid.length} invalid`,
    );
    for (const record of invalid.slice(0, 20)) console.log(JSON.stringify(record));
    process.exitCode = invalid.length > 0 ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
