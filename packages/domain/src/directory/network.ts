/** The labels that make a place a fabrique (SPEC §1: a tiers-lieu labelled Fabrique de territoire). */
export const fabriqueLabelCodes = ['fabrique_territoire', 'fabrique_numerique_territoire'] as const;

/**
 * The data·inclusion typologie codes counted as tiers-lieux in the network's figures: a place may be a
 * France Services or a library without being a tiers-lieu.
 */
export const tiersLieuKinds = ['TIERS_LIEUX', 'FABLAB', 'FABRIQUE'] as const;
