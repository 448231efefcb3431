// Residents' personal data: the public "Données personnelles" page, and erasing or downloading one's own
// data from a booking's or an appointment's private link (docs/decisions/034).
export const privacy = {
  'site.footer.privacy': 'Données personnelles : ce que nous gardons, combien de temps',
  'privacy.page.meta_title': 'Données personnelles — Réseau Fabriques',
  'privacy.page.meta_description':
    'Ce que le site garde quand vous vous inscrivez à un atelier ou prenez rendez-vous, pourquoi, combien de temps, et comment l’effacer.',
  'privacy.page.title': 'Vos données personnelles',
  'privacy.page.lead':
    'Pour vous inscrire à un atelier ou prendre rendez-vous, il suffit d’un prénom et d’un moyen de vous joindre. Voici ce que nous en faisons.',
  'privacy.what.title': 'Ce que nous gardons',
  'privacy.what.body':
    'Votre prénom, votre adresse e-mail ou votre numéro de téléphone, et, si quelqu’un vous a inscrit, son nom et sa structure. Pour un rendez-vous, le motif que vous avez écrit. Si vous avez un compte, le lien entre l’inscription et votre compte.',
  'privacy.why.title': 'Pourquoi',
  'privacy.why.body':
    'Pour vous confirmer votre place, vous rappeler la date, vous prévenir si la séance change ou si une place se libère, et pour que le lieu sache qui vient. Nous ne vendons rien, nous ne faisons pas de publicité, nous ne transmettons vos coordonnées à personne d’autre que le lieu.',
  'privacy.how_long.title': 'Combien de temps',
  'privacy.how_long.lead':
    'Passé ce délai, votre prénom et vos coordonnées sont effacés chaque nuit. Le lieu garde seulement ce qu’il faut pour ses chiffres : la séance, la date, si la place a été prise, annulée, et la présence, sans rien qui dise qui vous êtes.',
  'privacy.how_long.what': 'Quoi',
  'privacy.how_long.delay': 'Effacé',
  'privacy.item.bookings_attended': 'Inscriptions aux ateliers et rendez-vous (venus ou attendus)',
  'privacy.item.bookings_cancelled':
    'Inscriptions annulées ou restées en liste d’attente, rendez-vous annulés',
  'privacy.item.invitations': 'Invitations d’équipe jamais acceptées',
  'privacy.item.sign_in_links': 'Liens de connexion envoyés par e-mail',
  'privacy.item.rate_limits':
    'Nombre d’essais par adresse internet, e-mail ou téléphone, pour bloquer les robots',
  'privacy.item.dev_mailbox': 'E-mails gardés par le site de démonstration (sans serveur d’envoi)',
  'privacy.after.bookings_attended.one': '{count} jour après la séance',
  'privacy.after.bookings_attended.other': '{count} jours après la séance',
  'privacy.after.bookings_cancelled.one': '{count} jour après la séance',
  'privacy.after.bookings_cancelled.other': '{count} jours après la séance',
  'privacy.after.invitations.one': '{count} jour après leur expiration',
  'privacy.after.invitations.other': '{count} jours après leur expiration',
  'privacy.after.sign_in_links.one': '{count} heure après l’envoi',
  'privacy.after.sign_in_links.other': '{count} heures après l’envoi',
  'privacy.after.rate_limits.one': '{count} jour au plus après le dernier essai',
  'privacy.after.rate_limits.other': '{count} jours au plus après le dernier essai',
  'privacy.after.dev_mailbox.one': '{count} jour après l’envoi',
  'privacy.after.dev_mailbox.other': '{count} jours après l’envoi',
  'privacy.rights.title': 'Voir ou effacer vos données, quand vous voulez',
  'privacy.rights.body':
    'Le lien personnel reçu par e-mail après votre inscription (« Gérer ma réservation ») permet de télécharger ce que nous gardons et de tout effacer tout de suite. Si la séance n’a pas encore eu lieu, votre place est libérée pour la personne suivante. Avec un compte, vous pouvez le supprimer depuis « Mon espace ».',
  'privacy.contact.title': 'Une question',
  'privacy.contact.body':
    'Écrivez au lieu où vous vous êtes inscrit : ses coordonnées sont sur sa page et dans l’e-mail de confirmation. Il vous répondra, ou transmettra au réseau.',
  'privacy.contact.network': 'Pour le réseau : {contact}.',

  'privacy.manage.download_title': 'Vos données',
  'privacy.manage.download_lead':
    'Téléchargez tout ce que nous gardons sur cette inscription, dans un fichier que vous pouvez ouvrir ou conserver.',
  'privacy.manage.download_link': 'Télécharger mes données',
  'privacy.manage.erase_title': 'Effacer mes données',
  'privacy.manage.erase_lead':
    'Votre prénom et vos coordonnées sont effacés tout de suite. Si la séance n’a pas encore eu lieu, votre place est annulée et donnée à la personne suivante.',
  'privacy.manage.erase_button': 'Effacer mes données',
  'privacy.manage.confirm_title': 'Effacer vos données ?',
  'privacy.manage.confirm_body':
    'C’est définitif : ce lien ne fonctionnera plus et nous ne pourrons plus vous écrire au sujet de cette inscription.',
  'privacy.manage.confirm_button': 'Oui, tout effacer',
  'privacy.manage.keep_button': 'Non, garder mon inscription',
  'privacy.manage.erased_title': 'Vos données sont effacées',
  'privacy.manage.erased_body':
    'Nous ne gardons plus votre prénom ni vos coordonnées pour cette inscription. Si votre place était à venir, elle a été libérée. Ce lien ne fonctionne plus.',
  'privacy.manage.back_home': 'Retour à l’accueil',

  'privacy.account.title': 'Supprimer mon compte',
  'privacy.account.lead':
    'Votre compte, vos rôles dans les lieux et le lien avec vos inscriptions disparaissent. Vos inscriptions à venir sont annulées, et votre prénom et vos coordonnées y sont effacés.',
  'privacy.account.button': 'Supprimer mon compte',
  'privacy.account.confirm_title': 'Supprimer votre compte ?',
  'privacy.account.confirm_body':
    'C’est définitif : vous ne pourrez plus vous connecter avec ce compte, et vos inscriptions à venir seront annulées.',
  'privacy.account.confirm_button': 'Oui, supprimer mon compte',
  'privacy.account.keep': 'Non, garder mon compte',
  'privacy.account.refused.last_place_manager':
    'Votre compte ne peut pas être supprimé : vous êtes le dernier gestionnaire d’un lieu. Demandez à une autre personne de l’équipe d’être nommée gestionnaire, puis réessayez.',
  'privacy.account.refused.last_network_admin':
    'Votre compte ne peut pas être supprimé : vous êtes le dernier administrateur du réseau. Invitez d’abord un autre administrateur, puis réessayez.',
  'privacy.account.refused.other': 'Votre compte n’a pas pu être supprimé. Réessayez dans un moment.',
  'privacy.account.deleted_title': 'Votre compte est supprimé',
  'privacy.account.deleted_body':
    'Votre compte et vos rôles dans les lieux n’existent plus ; vos inscriptions ne portent plus votre nom ni vos coordonnées. Vous êtes déconnecté·e.',
  'privacy.settings.nav': 'Données personnelles',
  'privacy.settings.title': 'Durées de conservation des données personnelles',
  'privacy.settings.lead':
    'Combien de temps le réseau garde les données des habitants avant de les effacer : leur prénom, leurs coordonnées et celles de leur prescripteur. Ce qui sert aux statistiques (présences, dates, lieux) reste. L’effacement a lieu chaque nuit ; la page publique « Données personnelles » affiche ces durées.',
  'privacy.settings.form_title': 'Durées',
  'privacy.settings.attendedDays': 'Inscriptions et rendez-vous des personnes venues ou attendues (en jours)',
  'privacy.settings.attendedDays.hint':
    'Nombre de jours après la séance. Entre {min} et {max} jours ; 90 par défaut.',
  'privacy.settings.cancelledDays': 'Inscriptions annulées ou restées en liste d’attente (en jours)',
  'privacy.settings.cancelledDays.hint':
    'Nombre de jours après la séance. Entre {min} et {max} jours ; 30 par défaut.',
  'privacy.settings.invitationDays': 'Invitations d’équipe jamais acceptées (en jours)',
  'privacy.settings.invitationDays.hint':
    'Nombre de jours après leur expiration. Entre {min} et {max} jours ; 30 par défaut.',
  'privacy.settings.linkHours': 'Liens de connexion envoyés par e-mail (en heures)',
  'privacy.settings.linkHours.hint':
    'Nombre d’heures après l’envoi. Entre {min} et {max} heures ; 24 par défaut.',
  'privacy.settings.devMailboxDays': 'E-mails gardés par le site de démonstration (en jours)',
  'privacy.settings.devMailboxDays.hint':
    'Nombre de jours après l’envoi. Entre {min} et {max} jours ; 7 par défaut.',
  'privacy.settings.save': 'Enregistrer les durées',
  'privacy.settings.saved': 'Les durées de conservation sont enregistrées.',
  'privacy.settings.saved_body': 'Elles s’appliquent dès le prochain effacement, cette nuit.',
  'validation.retention.out_of_range': 'Indiquez un nombre entier compris entre les bornes indiquées.',
} as const;
