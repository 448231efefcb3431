import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('espace', 'routes/member-space.tsx'),
  route('seances/:id', 'routes/session.tsx'),
  route('reservation/:token', 'routes/booking.tsx'),
  route('lieux', 'routes/places.tsx'),
  route('lieux/:slug', 'routes/place.tsx'),
  route('donnees/lieux.csv', 'routes/open-data-places-csv.ts'),
  route('donnees/lieux.json', 'routes/open-data-places-json.ts'),
  route('connexion', 'routes/sign-in.tsx'),
  route('connexion/lien', 'routes/magic-link.tsx'),
  route('connexion/lien-par-email', 'routes/magic-link-request.tsx'),
  route('mot-de-passe/oubli', 'routes/password-forgotten.tsx'),
  route('mot-de-passe/nouveau', 'routes/password-new.tsx'),
  route('deconnexion', 'routes/sign-out.tsx'),
  route('invitation', 'routes/invitation.tsx'),
  route('langue', 'routes/language.tsx'),
  route('health', 'routes/health.ts'),
  route('api/trpc/*', 'routes/api.trpc.ts'),
] satisfies RouteConfig;
