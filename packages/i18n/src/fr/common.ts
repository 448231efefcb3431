// Words shared by both apps: navigation and forms, on every page (the layout's namespace).
export const common = {
  'nav.skip_to_content': 'Aller au contenu',
  'nav.main': 'Menu principal',
  'nav.home': 'Accueil',
  'nav.my_space': 'Mon espace',
  'nav.sign_in': 'Se connecter',
  'nav.sign_out': 'Se déconnecter',
  'nav.signed_in_as': 'Connecté : {name}',
  'nav.switch_language': 'English',
  'nav.back_home': 'Revenir à l’accueil',
  'form.required': '(obligatoire)',
  'form.sending': 'Envoi en cours…',
} as const;

// The account pages (sign-in, links by e-mail, passwords): only they receive these (decision 066).
export const account = {
  'sign_in.title': 'Se connecter',
  'sign_in.lead':
    'Pour les membres et les équipes des lieux du réseau. Pas besoin de compte pour s’inscrire à un atelier.',
  'sign_in.email': 'Adresse e-mail',
  'sign_in.password': 'Mot de passe',
  'sign_in.submit': 'Se connecter',
  'sign_in.magic_link': 'Recevoir un lien de connexion par e-mail',
  'sign_in.forgot_password': 'Mot de passe oublié ?',
  'magic_link.title': 'Recevoir un lien de connexion',
  'magic_link.lead':
    'Nous vous envoyons un lien par e-mail. Il suffit de l’ouvrir pour vous connecter, sans mot de passe.',
  'magic_link.submit': 'Recevoir le lien',
  'magic_link.sent_title': 'Regardez vos e-mails',
  'magic_link.sent':
    'Si un compte existe pour {email}, un lien de connexion vient d’y être envoyé. Il est valable une heure.',
  'magic_link.confirm_title': 'Connexion par lien',
  'magic_link.confirm': 'Me connecter',
  'magic_link.ask_again': 'Demander un nouveau lien',
  'password.forgotten_title': 'Mot de passe oublié',
  'password.forgotten_lead':
    'Indiquez votre adresse e-mail : nous vous envoyons un lien pour choisir un nouveau mot de passe.',
  'password.send_link': 'Recevoir le lien',
  'password.sent_title': 'Regardez vos e-mails',
  'password.sent':
    'Si un compte existe pour {email}, un lien vient d’y être envoyé. Il est valable une heure.',
  'password.new_title': 'Choisir un nouveau mot de passe',
  'password.new_lead': 'Vous serez connecté ensuite, et déconnecté de vos autres appareils.',
  'password.new': 'Nouveau mot de passe',
  'password.rules': 'Au moins 10 caractères. Une phrase facile à retenir convient bien.',
  'password.confirmation': 'Le même mot de passe, encore une fois',
  'password.save': 'Enregistrer le mot de passe',
  'password.ask_again': 'Demander un nouveau lien',
} as const;

// The table of a place's sessions (the member space, the console).
export const sessionTable = {
  'session.column.title': 'Atelier',
  'session.column.date': 'Date',
  'session.column.place': 'Lieu',
  'session.column.status': 'Statut',
  'session.column.bookings': 'Inscrits',
  'session.column.waitlist': 'Liste d’attente',
  'session.bookings_of_capacity': '{confirmed} sur {capacity}',
  'session.published': 'Publié',
  'session.draft': 'Brouillon, pas encore visible du public',
} as const;
