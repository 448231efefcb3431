// Demo data for sharing: a 3D printer Konk Ar Lab (a fabrique) lends to the places around it, so the
// catalogue (site `/outils`) has a lendable machine to find and the loan workflow something to run on.
// Idempotent: a stable id, upserted.
import type { Tx } from '../rls.ts';

export async function loadDemoSharing(
  tx: Tx,
  { placeId, demoId }: { placeId: string; demoId: (key: string) => string },
): Promise<void> {
  const values = {
    place_id: placeId,
    name: 'Imprimante 3D Prusa MK4 (prêtable)',
    description:
      'Imprimante 3D à filament, plateau 25 × 21 cm, livrée avec deux bobines de PLA et un guide de prise en main.',
    category: 'Impression 3D',
    usage: 'lendable' as const,
    deposit_cents: 30000,
    condition: 'Très bon état',
    status: 'published' as const,
  };
  await tx
    .insertInto('tools')
    .values({ id: demoId('tool:imprimante-3d-pretable'), ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
