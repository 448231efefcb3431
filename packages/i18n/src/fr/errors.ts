// Errors and validation messages, in plain French: say what happened and what to do.
export const errors = {
  'errors.invalid_credentials': 'Adresse e-mail ou mot de passe incorrect. Vérifiez-les et réessayez.',
  'errors.too_many_attempts':
    'Trop de tentatives de connexion. Pour votre sécurité, la connexion par mot de passe est suspendue un moment ; vous pouvez aussi recevoir un lien de connexion par e-mail.',
  'errors.session_expired': 'Votre session a expiré. Connectez-vous à nouveau.',
  'errors.link_invalid_or_expired': 'Ce lien n’est plus valable. Demandez-en un nouveau.',
  'errors.invitation_invalid':
    'Cette invitation n’est plus valable. Demandez à la personne qui vous a invité d’en envoyer une nouvelle.',
  'errors.email_already_registered': 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous.',
  'errors.not_found': 'Nous n’avons pas trouvé ce que vous cherchez.',
  'errors.forbidden': 'Vous n’avez pas accès à cette page ou à cette action.',
  'errors.unauthenticated': 'Connectez-vous pour continuer.',
  'errors.conflict': 'Cette action a déjà été faite, ou entre en conflit avec une autre. Rechargez la page.',
  'errors.invalid_input': 'Certaines informations sont à corriger.',
  'errors.weak_password': 'Choisissez un mot de passe plus long : au moins 10 caractères.',
  'errors.service_unavailable':
    'Le service est momentanément indisponible. Rien n’a été enregistré si vous n’avez pas reçu de confirmation : réessayez dans quelques minutes.',
  'errors.unexpected': 'Un problème technique est survenu. Réessayez dans un instant.',
  'errors.bad_address': 'Cette adresse est mal formée. Vérifiez le lien, ou revenez à l’accueil du site.',
  'errors.bad_request':
    'Le formulaire envoyé n’a pas pu être lu. Revenez à la page précédente, rechargez-la et réessayez.',
  'errors.payload_too_large':
    'L’envoi est trop volumineux. Réduisez la taille des fichiers joints, puis réessayez.',
  'errors.unsupported_content':
    'Cette page attend un formulaire rempli depuis le site. Revenez à la page précédente et réessayez.',
  'errors.too_many_requests': 'Trop de demandes en peu de temps. Attendez une minute, puis réessayez.',
  'errors.too_many_emails':
    'Trop d’e-mails demandés en peu de temps. Ceux déjà envoyés peuvent mettre quelques minutes à arriver : regardez aussi dans les courriers indésirables.',
  // After a rate-limit message: how long to wait (the `Retry-After` of the answer).
  'errors.retry_after.minutes.one': 'Vous pourrez réessayer dans {count} minute.',
  'errors.retry_after.minutes.other': 'Vous pourrez réessayer dans {count} minutes.',
  'errors.retry_after.hours.one': 'Vous pourrez réessayer dans {count} heure.',
  'errors.retry_after.hours.other': 'Vous pourrez réessayer dans {count} heures.',
  'errors.cross_site':
    'Ce formulaire a été envoyé depuis un autre site : par sécurité, rien n’a été fait. Revenez sur notre site, rechargez la page et réessayez.',
  'validation.email_required': 'Indiquez votre adresse e-mail.',
  'validation.email_invalid': 'Cette adresse e-mail n’est pas valide. Exemple : prenom.nom@exemple.fr',
  'validation.password_required': 'Indiquez votre mot de passe.',
  'validation.password_too_short': 'Le mot de passe doit faire au moins 10 caractères.',
  'validation.password_too_long':
    'Le mot de passe doit faire au plus 72 caractères (un peu moins avec des accents).',
  'validation.password_mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'validation.link_invalid': 'Ce lien n’est pas complet. Copiez-le en entier depuis l’e-mail.',
  'validation.place_required': 'Choisissez un lieu.',
  'validation.role_required': 'Choisissez un rôle.',
  'validation.name_required': 'Indiquez votre nom.',
  'validation.name_too_long': 'Le nom doit faire au plus 120 caractères.',
  'validation.invalid': 'Cette valeur n’est pas valide.',
} as const;
