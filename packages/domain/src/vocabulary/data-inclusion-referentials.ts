import frais from './data-inclusion-v1/extra/frais.json' with { type: 'json' };
import modesAccueil from './data-inclusion-v1/extra/modes-accueil.json' with { type: 'json' };
import modesMobilisation from './data-inclusion-v1/extra/modes-mobilisation.json' with { type: 'json' };
import personnesMobilisatrices from './data-inclusion-v1/extra/personnes-mobilisatrices.json' with {
  type: 'json',
};
import publics from './data-inclusion-v1/extra/publics.json' with { type: 'json' };
import reseauxPorteurs from './data-inclusion-v1/extra/reseaux-porteurs.json' with { type: 'json' };
import thematiques from './data-inclusion-v1/extra/thematiques.json' with { type: 'json' };
import typesDeServices from './data-inclusion-v1/extra/types-de-services.json' with { type: 'json' };

// The referentials of data·inclusion schema v1 (1.0.8), vendored unchanged in `data-inclusion-v1/extra/`
// (decision 060), and the long code lists derived from them. Server and tests only: not part of the
// vocabulary index, so no browser bundle carries them (the short lists, with literal types, are in
// `data-inclusion.ts`, which the tests hold to these referentials).

/** One entry of a data·inclusion referential (`extra/*.json`). */
export interface DataInclusionReferentialEntry {
  value: string;
  label: string;
  description: string | null;
}
type Referential = readonly DataInclusionReferentialEntry[];
type Codes = readonly [string, ...string[]];

/** Every code of a referential, in its order (a referential is never empty: `z.enum` needs one code). */
function valuesOf(referential: Referential): Codes {
  const [first, ...rest] = referential.map((entry) => entry.value);
  if (first === undefined) throw new Error('an empty data·inclusion referential');
  return [first, ...rest];
}

/** The referentials, by the name of their file. */
export const DATA_INCLUSION_REFERENTIALS = {
  frais,
  'modes-accueil': modesAccueil,
  'modes-mobilisation': modesMobilisation,
  'personnes-mobilisatrices': personnesMobilisatrices,
  publics,
  'reseaux-porteurs': reseauxPorteurs,
  thematiques,
  'types-de-services': typesDeServices,
} as const satisfies Record<string, Referential>;

/** Publics (`publics`): the whole referential. `tous-publics` stands alone in a list. */
export const DATA_INCLUSION_PUBLICS = valuesOf(publics);

/** Thématiques (`thematiques`): the whole referential, `famille--sous-thématique`. */
export const DATA_INCLUSION_THEMATIQUES = valuesOf(thematiques);

/** Réseaux porteurs (`reseaux_porteurs` of a structure): the whole referential. */
export const DATA_INCLUSION_RESEAUX_PORTEURS = valuesOf(reseauxPorteurs);
