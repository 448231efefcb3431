// The messages of the error page a browser shows when even the root loader failed (the database down: no
// messages came with the page). Copied from the catalogue, small, in both languages; a test keeps them equal
// to it (decision 049).
import type { Locale, Messages } from './core.ts';

export const errorPageMessages: Record<Locale, Messages> = {
  fr: {
    'errors.bad_request':
      'Le formulaire envoyé n’a pas pu être lu. Revenez à la page précédente, rechargez-la et réessayez.',
    'errors.forbidden': 'Vous n’avez pas accès à cette page ou à cette action.',
    'errors.not_found': 'Nous n’avons pas trouvé ce que vous cherchez.',
    'errors.payload_too_large':
      'L’envoi est trop volumineux. Réduisez la taille des fichiers joints, puis réessayez.',
    'errors.unsupported_content':
      'Cette page attend un formulaire rempli depuis le site. Revenez à la page précédente et réessayez.',
    'errors.too_many_requests': 'Trop de demandes en peu de temps. Attendez une minute, puis réessayez.',
    'errors.service_unavailable':
      'Le service est momentanément indisponible. Rien n’a été enregistré si vous n’avez pas reçu de confirmation : réessayez dans quelques minutes.',
    'errors.unexpected': 'Un problème technique est survenu. Réessayez dans un instant.',
    'nav.back_home': 'Revenir à l’accueil',
    'nav.skip_to_content': 'Aller au contenu',
  },
  en: {
    'errors.bad_request':
      'The form sent could not be read. Go back to the previous page, reload it and try again.',
    'errors.forbidden': 'You do not have access to this page or action.',
    'errors.not_found': 'We could not find what you are looking for.',
    'errors.payload_too_large':
      'What you sent is too large. Reduce the size of the attached files, then try again.',
    'errors.unsupported_content':
      'This page expects a form filled in on the site. Go back to the previous page and try again.',
    'errors.too_many_requests': 'Too many requests in a short time. Wait a minute, then try again.',
    'errors.service_unavailable':
      'The service is temporarily unavailable. Nothing was saved unless you received a confirmation: try again in a few minutes.',
    'errors.unexpected': 'A technical problem occurred. Try again in a moment.',
    'nav.back_home': 'Back to the home page',
    'nav.skip_to_content': 'Skip to content',
  },
};
