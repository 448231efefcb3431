// Qualifications that unlock a tool: granted by attendance at the tool's training (trigger, migration
// 20261123003000), recorded or revoked by hand by the tool's managers. Reads of the holders go through a
// security-definer helper because profiles are private to teammates.
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface QualificationHolder {
  id: string;
  userId: string;
  displayName: string;
  email: string | null;
  grantedAt: string;
  expiresAt: string | null;
}

/** Who holds a qualification for the tool (rows only for its managers and network admins). */
export async function listToolQualifications(tx: Tx, toolId: string): Promise<QualificationHolder[]> {
  const { rows } = await sql<QualificationHolder>`
    select id, user_id as "userId", display_name as "displayName", email,
           granted_at as "grantedAt", expires_at as "expiresAt"
    from private.tool_qualification_holders(${toolId})`.execute(tx);
  return rows.map((r) => ({
    ...r,
    grantedAt: new Date(r.grantedAt).toISOString(),
    expiresAt: r.expiresAt === null ? null : new Date(r.expiresAt).toISOString(),
  }));
}

/**
 * Records a qualification by hand. Only the server writes qualifications (the service role: clients hold
 * no insert grant, so nobody attaches an account they merely know the id of to their tool and reads its
 * name), after it checked that the viewer manages the tool; `grantedBy` names that manager. A hand-recorded
 * one is what the manager states: it replaces the person's dates for this tool.
 */
export async function upsertToolQualification(
  tx: Tx,
  q: {
    toolId: string;
    placeId: string;
    userId: string;
    grantedAt: string;
    expiresAt: string | null;
    grantedBy: string;
  },
): Promise<string> {
  const row = await tx
    .insertInto('tool_qualifications')
    .values({
      tool_id: q.toolId,
      place_id: q.placeId,
      user_id: q.userId,
      granted_at: q.grantedAt,
      expires_at: q.expiresAt,
      granted_by: q.grantedBy,
    })
    .onConflict((oc) =>
      oc.columns(['tool_id', 'user_id']).doUpdateSet({ granted_at: q.grantedAt, expires_at: q.expiresAt }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Revokes one qualification of the tool; false when RLS hides it or it does not exist. */
export async function deleteToolQualification(tx: Tx, toolId: string, id: string): Promise<boolean> {
  const result = await tx
    .deleteFrom('tool_qualifications')
    .where('id', '=', id)
    .where('tool_id', '=', toolId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
