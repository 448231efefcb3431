import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('boite-mail', 'routes/mailbox.tsx'),
  route('invitations', 'routes/invitations.tsx'),
  route('lieux', 'routes/places.tsx'),
  route('lieux/import', 'routes/places-import.tsx'),
  route('lieux/:id', 'routes/place-admin.tsx'),
  route('lieux/:id/fiche', 'routes/place-profile.tsx'),
  route('connexion', 'routes/sign-in.tsx'),
  route('connexion/lien', 'routes/magic-link.tsx'),
  route('connexion/lien-par-email', 'routes/magic-link-request.tsx'),
  route('mot-de-passe/oubli', 'routes/password-forgotten.tsx'),
  route('mot-de-passe/nouveau', 'routes/password-new.tsx'),
  route('deconnexion', 'routes/sign-out.tsx'),
  route('langue', 'routes/language.tsx'),
  route('health', 'routes/health.ts'),
  route('api/trpc/*', 'routes/api.trpc.ts'),
] satisfies RouteConfig;
