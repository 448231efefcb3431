import { type DemoAccounts, loadDemoData } from '@rf/db/seed/demo';
import type { DataInclusionExport } from '@rf/domain/open-data/data-inclusion';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidDataInclusionRecords } from '../../data-inclusion-check.ts';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// The data·inclusion v1 export of the demo network (decision 060), on the real database: every record is
// valid against the vendored JSON Schemas, and only public rows are published, whoever asks.

let h: ApiHarness;
let accounts: DemoAccounts;
let exported: DataInclusionExport;

beforeAll(async () => {
  h = await startApiHarness();
  accounts = await loadDemoData(h.db.db);
  exported = await (await h.as()).api.directory.dataInclusion();
}, 180_000);
afterAll(() => h.stop());

describe('data·inclusion export of the demo data', () => {
  it('has a structure per public place and services of every kind', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from public.places where status = 'published' and hidden_at is null`.execute(
      h.db.db,
    );
    expect(exported.structures).toHaveLength(rows[0]?.n ?? -1);
    const types = new Set(exported.services.map((s) => s.type));
    expect(types).toContain('atelier');
    expect(types).toContain('aide-materielle');
    expect(exported.services.some((s) => s.id.includes('--rendez-vous-'))).toBe(true);
    expect(exported.structures.some((s) => s.reseaux_porteurs?.includes('fabrique-de-territoire'))).toBe(
      true,
    );
  });

  it('validates every structure and service against the JSON Schemas of data·inclusion v1', () => {
    expect(exported.structures.length + exported.services.length).toBeGreaterThan(40);
    const invalid = invalidDataInclusionRecords(exported);
    expect(invalid).toEqual([]);
  });

  it('points every service to an exported structure', () => {
    const ids = new Set(exported.structures.map((s) => s.id));
    for (const service of exported.services) expect(ids.has(service.structure_id), service.id).toBe(true);
  });

  it('publishes no facilitator, no mediator and no account', async () => {
    // Facilitators and people by name and e-mail; a facilitator that is a place (a collective) is public.
    const { rows } = await sql<{ name: string }>`
      select distinct a.facilitator_name as name from public.activities a
      where a.facilitator_name is not null
        and a.facilitator_name not in (select p.name from public.places p)
      union select distinct pr.display_name from public.profiles pr
      union select distinct u.email from auth.users u where u.email is not null`.execute(h.db.db);
    expect(rows.length).toBeGreaterThan(accounts.length);
    const text = JSON.stringify(exported);
    for (const { name } of rows) expect(text).not.toContain(name);
  });

  it('is the same file for a signed-in manager: drafts and hidden rows stay out', async () => {
    const manager = accounts.find((a) => a.role === 'manager');
    if (!manager) throw new Error('no demo manager');
    const scope = await h.as();
    await scope.api.identity.signIn({ email: manager.email, password: manager.password });
    const signedIn = await (await h.as(scope.cookies)).api.directory.dataInclusion();
    expect(signedIn).toEqual(exported);
  });

  it('leaves out a hidden place and its offer', async () => {
    const place = exported.structures[0];
    if (!place) throw new Error('no structure');
    const placeId = place.id.replace(/^reseau-fabriques--/, '');
    await sql`update public.places set hidden_at = now(), hidden_reason = 'test' where id = ${placeId}`.execute(
      h.db.db,
    );
    try {
      const after = await (await h.as()).api.directory.dataInclusion();
      expect(after.structures.map((s) => s.id)).not.toContain(place.id);
      expect(after.services.some((s) => s.structure_id === place.id)).toBe(false);
    } finally {
      await sql`update public.places set hidden_at = null, hidden_reason = null where id = ${placeId}`.execute(
        h.db.db,
      );
    }
  });
});
