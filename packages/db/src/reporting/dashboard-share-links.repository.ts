import type { DashboardRange, DashboardScope } from '@rf/domain/reporting/dashboard';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Read-only public links to a dashboard (RLS: network admins, and managers for the dashboards of their
// place or hub). The link carries a token; the table keeps its hash. A link is revoked, never edited; it
// expires at the end chosen at its creation (decision 036).

export interface ShareLinkRow {
  id: string;
  range: DashboardRange;
  createdAt: string;
  expiresAt: string;
}

interface LinkColumns {
  scope_kind: DashboardScope['kind'];
  region_code: string | null;
  departement_code: string | null;
  place_id: string | null;
}

function scopeColumns(scope: DashboardScope): LinkColumns {
  return {
    scope_kind: scope.kind,
    region_code: scope.kind === 'region' ? scope.code : null,
    departement_code: scope.kind === 'departement' ? scope.code : null,
    place_id: scope.kind === 'hub' ? scope.fabriqueId : scope.kind === 'place' ? scope.placeId : null,
  };
}

function scopeOf(row: LinkColumns): DashboardScope {
  switch (row.scope_kind) {
    case 'region':
      return { kind: 'region', code: row.region_code ?? '' };
    case 'departement':
      return { kind: 'departement', code: row.departement_code ?? '' };
    case 'hub':
      return { kind: 'hub', fabriqueId: row.place_id ?? '' };
    case 'place':
      return { kind: 'place', placeId: row.place_id ?? '' };
    default:
      return { kind: 'network' };
  }
}

export async function insertShareLink(
  tx: Tx,
  link: { tokenHash: string; scope: DashboardScope; range: DashboardRange; days: number },
): Promise<string> {
  const row = await tx
    .insertInto('dashboard_share_links')
    .values({
      token_hash: link.tokenHash,
      ...scopeColumns(link.scope),
      range_from: link.range.from,
      range_to: link.range.to,
      expires_at: sql<string>`now() + make_interval(days => ${link.days})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The live links of a scope (neither revoked nor expired), newest first. */
export async function listShareLinks(tx: Tx, scope: DashboardScope): Promise<ShareLinkRow[]> {
  const columns = scopeColumns(scope);
  const rows = await tx
    .selectFrom('dashboard_share_links')
    .select([
      'id',
      sql<string>`to_char(range_from, 'YYYY-MM-DD')`.as('from'),
      sql<string>`to_char(range_to, 'YYYY-MM-DD')`.as('to'),
      'created_at as createdAt',
      'expires_at as expiresAt',
    ])
    .where('scope_kind', '=', columns.scope_kind)
    .where('region_code', 'is not distinct from', columns.region_code)
    .where('departement_code', 'is not distinct from', columns.departement_code)
    .where('place_id', 'is not distinct from', columns.place_id)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<string>`now()`)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    range: { from: r.from, to: r.to },
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  }));
}

/** Revokes a live link; false when there is none this person may revoke. */
export async function revokeShareLink(tx: Tx, id: string): Promise<boolean> {
  const result = await tx
    .updateTable('dashboard_share_links')
    .set({ revoked_at: sql<string>`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The scope and range a link not revoked shows, and whether it has expired (service role: the public page
 * has no session). Null for an unknown or revoked link.
 */
export async function findShareLinkByTokenHash(
  tx: Tx,
  tokenHash: string,
): Promise<{ scope: DashboardScope; range: DashboardRange; expired: boolean } | null> {
  const row = await tx
    .selectFrom('dashboard_share_links')
    .select([
      'scope_kind',
      'region_code',
      'departement_code',
      'place_id',
      sql<string>`to_char(range_from, 'YYYY-MM-DD')`.as('from'),
      sql<string>`to_char(range_to, 'YYYY-MM-DD')`.as('to'),
      sql<boolean>`expires_at <= now()`.as('expired'),
    ])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    scope: scopeOf(row as LinkColumns),
    range: { from: row.from, to: row.to },
    expired: row.expired,
  };
}
