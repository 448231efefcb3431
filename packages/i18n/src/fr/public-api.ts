// The public API (`/api/v1`, decision 062): the French `detail` of its problem details, and the chrome of
// its documentation page (the operations' own descriptions come from the OpenAPI document).
export const publicApi = {
  'public_api.problem.invalid_query':
    'Paramètres de requête refusés : {names}. La documentation donne ceux que chaque adresse accepte : /api/v1.',
  'public_api.problem.not_found':
    'Il n’y a rien de public à cette adresse. La documentation est sur /api/v1.',
  'public_api.problem.method_not_allowed':
    'Cette API est en lecture seule : seules les requêtes GET (et HEAD) sont acceptées.',
  'public_api.problem.too_many_requests':
    'Trop de requêtes depuis votre adresse. Réessayez dans {seconds} secondes.',
  'public_api.problem.service_unavailable':
    'Le service est momentanément indisponible. Réessayez dans quelques instants.',
  'public_api.problem.unexpected': 'Une erreur inattendue est survenue. Réessayez plus tard.',
  'public_api.meta_title': 'API publique',
  'public_api.meta_description':
    'Les lieux, leurs prochaines séances avec les places restantes, les outils, les ressources et les chiffres d’activité anonymisés, en JSON.',
  'public_api.title': 'API publique',
  'public_api.lead':
    'Ce que montrent les pages publiques, en JSON, en lecture seule et sans compte : les lieux, leurs prochaines séances avec les places restantes, les outils, les ressources et les chiffres d’activité anonymisés.',
  'public_api.document': 'Le document OpenAPI 3.1',
  'public_api.document_hint':
    'Décrit chaque adresse, ses paramètres et ses réponses ; généré à partir du code qui les sert.',
  'public_api.rules.title': 'Règles d’usage',
  'public_api.rules.cache':
    'Les réponses peuvent être gardées une minute (Cache-Control) et portent un ETag : renvoyez-le dans If-None-Match pour recevoir un 304 vide tant qu’il vaut.',
  'public_api.rules.rate':
    'Chaque adresse peut faire {max} requêtes par minute ; au-delà, la réponse est 429 avec Retry-After.',
  'public_api.rules.errors':
    'Les erreurs suivent la RFC 9457 (application/problem+json) ; un paramètre inconnu ou invalide est refusé (400), jamais ignoré.',
  'public_api.rules.cors': 'Toute page web peut lire l’API (Access-Control-Allow-Origin: *).',
  'public_api.rules.licence': 'Les données sont publiées sous la Licence Ouverte 2.0.',
  'public_api.operations': 'Adresses',
  'public_api.parameters': 'Paramètres',
  'public_api.parameter.name': 'Nom',
  'public_api.parameter.in': 'Où',
  'public_api.parameter.type': 'Type',
  'public_api.parameter.description': 'Description',
  'public_api.parameter.required': 'obligatoire',
  'public_api.responses': 'Réponses',
  'public_api.response.status': 'Statut',
  'public_api.response.body': 'Contenu',
  'public_api.example': 'Exemple :',
  'public_api.schemas': 'Objets',
  'public_api.schema.field': 'Champ',
  'public_api.schema.nullable': 'ou null',
  'public_api.descriptions_language': 'Les descriptions techniques qui suivent sont en anglais.',
} as const;
