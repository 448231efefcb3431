/**
 * Why a place may not join a fabrique's hub (catalogue key of the message next to the field), or null.
 * A hub is led by a fabrique (a place holding a current Fabrique de territoire label); a fabrique leads its
 * own hub and belongs to no other.
 */
export function hubMembershipProblem(facts: {
  placeId: string;
  hubId: string;
  placeIsFabrique: boolean;
  hubIsFabrique: boolean;
  hubArchived: boolean;
}): string | null {
  if (facts.placeId === facts.hubId) return 'validation.place_admin.hub_self';
  if (facts.placeIsFabrique) return 'validation.place_admin.hub_place_is_fabrique';
  if (!facts.hubIsFabrique || facts.hubArchived) return 'validation.place_admin.hub_not_fabrique';
  return null;
}
