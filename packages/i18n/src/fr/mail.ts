// E-mails sent by the platform. {placeholders} are filled by `t(key, params)`.
export const mail = {
  'mail.signature': 'L’équipe du Réseau Fabriques',
  // In "Bonjour {firstName}," when the first name typed in a form has nothing left to repeat (only digits…).
  'mail.first_name_fallback': 'à vous',
  'mail.magic_link.subject': 'Votre lien de connexion au Réseau Fabriques',
  'mail.magic_link.body':
    'Bonjour,\n\nPour vous connecter, ouvrez ce lien (valable {minutes} minutes) :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message.',
  'mail.password_reset.subject': 'Choisir un nouveau mot de passe',
  'mail.password_reset.body':
    'Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable {minutes} minutes) :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
  'mail.invitation.subject': 'Invitation à rejoindre {place} sur le Réseau Fabriques',
  'mail.invitation.body':
    'Bonjour,\n\n{inviter} vous invite à rejoindre {place} en tant que {role}.\nPour accepter, ouvrez ce lien (valable {days} jours) :\n{link}',
} as const;
