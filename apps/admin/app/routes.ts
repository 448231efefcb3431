import { index, prefix, type RouteConfig, route } from '@react-router/dev/routes';

// One group per context: its pages live in app/<context>/routes/, named after their URL (segments joined by
// '.', params as $param, a literal dot as [.]), its components and server helpers in app/<context>/. A
// group's own page is route('', …) rather than index(…): an index route would make its forms post to
// `?index` addresses, and every address stays as it was.

export default [
  // Home: the console's home, one per role (manager, network admin, observer).
  index('home/routes/index.tsx'),

  // Directory: places, their import, administration, profile, merge, and their stored photos.
  ...prefix('lieux', [
    route('', 'directory/routes/lieux.tsx'),
    route('import', 'directory/routes/lieux.import.tsx'),
    route('a-mettre-a-jour', 'directory/routes/lieux.a-mettre-a-jour.tsx'),
    route(':id', 'directory/routes/lieux.$id.tsx'),
    route(':id/fiche', 'directory/routes/lieux.$id.fiche.tsx'),
    route(':id/fusion', 'directory/routes/lieux.$id.fusion.tsx'),
  ]),
  route('medias/*', 'directory/routes/medias.$.ts'),

  // Catalogue: workshops and their sessions' attendance.
  ...prefix('ateliers', [
    route('', 'catalogue/routes/ateliers.tsx'),
    route('nouveau', 'catalogue/routes/ateliers.nouveau.tsx'),
    route(':id', 'catalogue/routes/ateliers.$id.tsx'),
  ]),
  route('seances/:id/presences', 'catalogue/routes/seances.$id.presences.tsx'),

  // Appointments: the médiateurs' availabilities and the day's appointments.
  ...prefix('disponibilites', [
    route('', 'appointments/routes/disponibilites.tsx'),
    route(':id', 'appointments/routes/disponibilites.$id.tsx'),
  ]),
  route('rendez-vous', 'appointments/routes/rendez-vous.tsx'),

  // Sharing: tools, their qualifications and loans; resources.
  ...prefix('outils', [
    route('', 'sharing/routes/outils.tsx'),
    route(':id', 'sharing/routes/outils.$id.tsx'),
    route(':id/qualifications', 'sharing/routes/outils.$id.qualifications.tsx'),
  ]),
  route('prets', 'sharing/routes/prets.tsx'),
  ...prefix('ressources', [
    route('', 'sharing/routes/ressources.tsx'),
    route(':id', 'sharing/routes/ressources.$id.tsx'),
  ]),

  // Reporting: activity records, periodic reports, dashboards and their exports and share links,
  // coordination, SMS usage.
  ...prefix('activite', [
    route('', 'reporting/routes/activite.tsx'),
    route('nouveau', 'reporting/routes/activite.nouveau.tsx'),
    route(':id', 'reporting/routes/activite.$id.tsx'),
  ]),
  ...prefix('rapports', [
    route('', 'reporting/routes/rapports.tsx'),
    route(':id', 'reporting/routes/rapports.$id.tsx'),
  ]),
  ...prefix('tableaux-de-bord', [
    route('', 'reporting/routes/tableaux-de-bord.tsx'),
    route('export.csv', 'reporting/routes/tableaux-de-bord.export[.]csv.ts'),
    route('export.xlsx', 'reporting/routes/tableaux-de-bord.export[.]xlsx.ts'),
  ]),
  route('tableau/:token', 'reporting/routes/tableau.$token.tsx'),
  route('carte/france.svg', 'reporting/routes/carte.france[.]svg.ts'),
  ...prefix('coordination', [
    route('', 'reporting/routes/coordination.tsx'),
    route(':id', 'reporting/routes/coordination.$id.tsx'),
  ]),
  route('sms', 'reporting/routes/sms.tsx'),

  // Programme: funding agreements, disbursements and their exports, waves, moderation, the journal.
  ...prefix('financements', [
    route('', 'programme/routes/financements.tsx'),
    route('nouvelle', 'programme/routes/financements.nouvelle.tsx'),
    route('export.csv', 'programme/routes/financements.export[.]csv.ts'),
    route('indicateurs.csv', 'programme/routes/financements.indicateurs[.]csv.ts'),
    route('conventions/:agreementId', 'programme/routes/financements.conventions.$agreementId.tsx'),
    route(':placeId', 'programme/routes/financements.$placeId.tsx'),
  ]),
  route('programme/vagues', 'programme/routes/programme.vagues.tsx'),
  route('moderation', 'programme/routes/moderation.tsx'),
  route('journal', 'programme/routes/journal.tsx'),

  // Identity: people, invitations, teams, signing in and out, language, the development mailbox and how
  // long personal data is kept.
  ...prefix('personnes', [
    route('', 'identity/routes/personnes.tsx'),
    route(':id', 'identity/routes/personnes.$id.tsx'),
  ]),
  route('invitations', 'identity/routes/invitations.tsx'),
  route('equipe', 'identity/routes/equipe.tsx'),
  ...prefix('connexion', [
    route('', 'identity/routes/connexion.tsx'),
    route('lien', 'identity/routes/connexion.lien.tsx'),
    route('lien-par-email', 'identity/routes/connexion.lien-par-email.tsx'),
  ]),
  ...prefix('mot-de-passe', [
    route('oubli', 'identity/routes/mot-de-passe.oubli.tsx'),
    route('nouveau', 'identity/routes/mot-de-passe.nouveau.tsx'),
  ]),
  route('deconnexion', 'identity/routes/deconnexion.tsx'),
  route('langue', 'identity/routes/langue.tsx'),
  route('boite-mail', 'identity/routes/boite-mail.tsx'),
  route('donnees-personnelles', 'identity/routes/donnees-personnelles.tsx'),

  // Integrations: signed webhooks for the network's other tools (decision 061).
  ...prefix('integrations/webhooks', [
    route('', 'integrations/routes/integrations.webhooks.tsx'),
    route(':id', 'integrations/routes/integrations.webhooks.$id.tsx'),
  ]),

  route('health', 'routes/health.ts'),
] satisfies RouteConfig;
