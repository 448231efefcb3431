import { loadDemoData } from '@rf/db/seed/demo';
import { loadNetwork } from '@rf/db/seed/network';
import { loadNetworkCatalogue } from '@rf/db/seed/network-catalogue';
import { parisDay } from '@rf/domain/time/paris';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidDataInclusionRecords } from '../../data-inclusion-check.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// The data·inclusion v1 export of the generated network (the benchmark's 1,800 places, 300 fabriques and
// their workshops, issue 17's "the export of the demo and of the network dataset validates"): every record
// against the vendored JSON Schemas, whatever the generator's variety of names, addresses, hours and labels.

let h: ApiHarness;

beforeAll(async () => {
  h = await startApiHarness();
  await loadNetwork(h.db.db);
  await loadDemoData(h.db.db);
  await loadNetworkCatalogue(h.db.db, { firstDay: parisDay(new Date(Date.now() + 86_400_000)) });
}, 600_000);
afterAll(() => h.stop());

describe('data·inclusion export of the network dataset', () => {
  it('validates every structure and service against the JSON Schemas of data·inclusion v1', async () => {
    const exported = await (await h.as()).api.directory.dataInclusion();
    expect(exported.structures.length).toBeGreaterThan(1_800);
    expect(exported.services.length).toBeGreaterThan(1_000);
    const invalid = invalidDataInclusionRecords(exported);
    expect(invalid.slice(0, 5)).toEqual([]);
    const structures = new Set(exported.structures.map((s) => s.id));
    expect(exported.services.filter((s) => !structures.has(s.structure_id))).toEqual([]);
  }, 300_000);
});
