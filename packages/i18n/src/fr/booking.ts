// Booking a workshop session without an account, in three namespaces (decision 049): the session page, the
// private link, the e-mails. A public page receives only its own. Plain French, short sentences.
// {placeholders} are filled by `t(key, params)`.

/** The session page (`/seances/:id`): the session, the booking form and the prescriber's, what they answer. */
export const booking = {
  'booking.session.meta_title': '{title} — Réseau Fabriques',
  'booking.session.when': 'Quand',
  'booking.session.where': 'Où',
  'booking.session.price': 'Prix',
  'booking.session.free': 'Gratuit',
  'booking.session.not_free': 'Payant ou sur adhésion : demandez au lieu',
  'booking.session.facilitator': 'Animé par',
  'booking.session.seats': 'Places',
  'booking.session.seats_left.one': 'Il reste {count} place sur {capacity}.',
  'booking.session.seats_left.other': 'Il reste {count} places sur {capacity}.',
  'booking.session.full':
    'C’est complet. Vous pouvez vous inscrire sur la liste d’attente : si une place se libère, elle est pour la première personne de la liste, et nous la prévenons.',
  'booking.session.not_yet_open': 'Les inscriptions ouvrent le {date}.',
  'booking.session.closed': 'Les inscriptions sont fermées pour cette séance.',
  'booking.session.not_found_title': 'Séance introuvable',
  'booking.session.not_found_body':
    'Cette séance n’existe pas, ou n’est plus proposée. Regardez les prochains ateliers sur la page d’accueil.',
  'booking.session.back_home': 'Voir les prochains ateliers',
  'booking.form.title': 'S’inscrire',
  'booking.form.waitlist_title': 'S’inscrire sur la liste d’attente',
  'booking.form.lead': 'Pas besoin de créer de compte. Les champs marqués « obligatoire » sont à remplir.',
  'booking.form.first_name': 'Prénom',
  'booking.form.contact_legend':
    'Pour vous prévenir : votre e-mail ou votre téléphone (l’un des deux suffit)',
  'booking.form.email': 'Adresse e-mail',
  'booking.form.email_hint': 'Vous recevrez la confirmation et un lien pour annuler.',
  'booking.form.phone': 'Numéro de téléphone',
  'booking.form.phone_hint':
    'Seuls les portables reçoivent la confirmation et un rappel par SMS (06, 07, et portables d’outre-mer). Exemple : 06 12 34 56 78',
  'booking.landline.title': 'Ce numéro ne peut pas recevoir de SMS',
  'booking.landline.body':
    'Le {phone} est un téléphone fixe : il ne reçoit pas de SMS. Sans portable ni e-mail, personne ne recevra la confirmation, le rappel, ni aucune nouvelle en cas de changement. Donnez un numéro de portable ou une adresse e-mail, ou réservez quand même.',
  'booking.landline.book_anyway': 'Réserver quand même avec ce numéro',
  'booking.form.prescriber_name': 'Votre nom',
  'booking.form.prescriber_organisation': 'Votre structure',
  'booking.form.consent':
    'J’accepte que le lieu garde mon prénom et mon contact pour cette inscription. Ils sont effacés après la séance.',
  'booking.form.honeypot': 'Ne remplissez pas ce champ',
  'booking.form.submit': 'Je m’inscris',
  'booking.form.submit_waitlist': 'Je m’inscris sur la liste d’attente',
  'booking.form.optional': '(facultatif)',
  'booking.confirmed.title': 'C’est fait : vous êtes inscrit·e',
  'booking.waitlisted.title': 'Vous êtes sur la liste d’attente',
  'booking.waitlisted.position':
    'Vous êtes n° {position} sur la liste d’attente. Si une place se libère, nous vous prévenons.',
  'booking.existing.title': 'Vous êtes déjà inscrit·e à cette séance',
  'booking.existing.body':
    'Une seule inscription par personne. Pour voir ou annuler votre inscription, ouvrez le lien reçu dans l’e-mail de confirmation.',
  'booking.confirmation.summary': '{title}, {date}, à {place}.',
  'booking.confirmation.mail_sent': 'Un e-mail de confirmation part à {email}.',
  'booking.confirmation.keep_link': 'Gardez ce lien : il sert à voir ou à annuler votre inscription.',
  'booking.confirmation.sms_sent': 'Vous allez recevoir un SMS avec ce lien, puis un rappel avant la séance.',
  'booking.confirmation.landline':
    'Ce numéro est un téléphone fixe : il ne reçoit pas de SMS. Gardez bien ce lien, ou donnez un numéro de portable la prochaine fois.',
  'booking.confirmation.link': 'Voir ou annuler mon inscription',
  'site.home.sessions.details': 'Voir la séance et s’inscrire',
  'errors.booking_closed': 'Les inscriptions sont fermées pour cette séance.',
  'errors.too_many_bookings':
    'Trop d’inscriptions envoyées en peu de temps depuis cette connexion. Pour inscrire un groupe, connectez-vous avec votre compte, ou appelez le lieu.',
  'validation.first_name_required': 'Indiquez votre prénom.',
  'validation.first_name_too_long': 'Le prénom doit faire au plus 100 caractères.',
  'validation.contact_required':
    'Indiquez une adresse e-mail ou un numéro de téléphone, pour que le lieu puisse vous prévenir.',
  'validation.phone_invalid': 'Ce numéro n’est pas valide. Exemple : 06 12 34 56 78',
  'validation.consent_required': 'Cochez la case pour accepter que le lieu garde votre contact.',
  'validation.prescriber_name_required': 'Indiquez votre nom, puisque vous indiquez votre structure.',
  'validation.text_too_long': 'Ce texte doit faire au plus 200 caractères.',
  'validation.honeypot': 'Ce champ doit rester vide.',
  'booking.prescriber.title': 'Inscrire une personne que vous accompagnez',
  'booking.prescriber.lead':
    'Pour les travailleurs sociaux, conseillers France Services et médiateurs : vous inscrivez la personne avec son accord. Elle reçoit la confirmation si vous donnez son e-mail ; gardez aussi le lien affiché après l’inscription. Les champs marqués « obligatoire » sont à remplir.',
  'booking.prescriber.you_legend': 'Vous',
  'booking.prescriber.organisation_hint': 'Exemple : France Services de Concarneau, CCAS, Mission locale',
  'booking.prescriber.first_name': 'Prénom de la personne',
  'booking.prescriber.contact_legend':
    'Pour la prévenir : son e-mail ou son téléphone (l’un des deux suffit)',
  'booking.prescriber.email': 'Son adresse e-mail',
  'booking.prescriber.email_hint': 'Elle recevra la confirmation et un lien pour annuler ou changer de date.',
  'booking.prescriber.phone': 'Son numéro de téléphone',
  'booking.prescriber.consent':
    'La personne est d’accord pour que le lieu garde son prénom et son contact pour cette inscription. Ils sont effacés après la séance.',
  'booking.prescriber.submit': 'J’inscris cette personne',
  'booking.prescriber.submit_waitlist': 'J’inscris cette personne sur la liste d’attente',
  'booking.prescriber.back_to_self': 'Je m’inscris moi-même',
  'booking.prescriber.switch':
    'Vous inscrivez quelqu’un d’autre (travailleur social, conseiller France Services…) ? Utilisez le formulaire pour un tiers',
  'booking.one_click.as': 'Vous êtes connecté·e : l’inscription sera au nom de {name} ({email}).',
  'errors.already_booked': 'Vous êtes déjà inscrit·e à cette date. Choisissez une autre date.',
  'validation.prescriber_name_missing': 'Indiquez votre nom.',
  'validation.prescriber_organisation_required': 'Indiquez votre structure.',
  'booking.prescriber.news_legend': 'Être tenu·e informé·e (facultatif)',
  'booking.prescriber.email_self': 'Votre adresse e-mail professionnelle',
  'booking.prescriber.email_self_hint':
    'Vous recevrez la confirmation, les changements et, après la séance, si la personne est venue.',
  'booking.prescriber.news_consent': 'La personne est d’accord pour que je reçoive ces nouvelles.',
  'booking.prescriber.no_contact_warning':
    'Sans e-mail ni téléphone de la personne, elle ne recevra ni confirmation ni rappel. Donnez au moins votre e-mail : vous serez prévenu·e à sa place et devrez lui transmettre.',
  'booking.confirmation.prescriber_told':
    'Un e-mail part à {email} : vous serez prévenu·e des changements et, après la séance, de sa venue.',
  'booking.confirmation.no_contact':
    'La personne n’a donné ni e-mail ni téléphone : elle ne recevra aucun message. Transmettez-lui la date, le lieu et ce lien.',
  'validation.contact_or_prescriber_email_required':
    'Indiquez l’e-mail ou le téléphone de la personne, ou votre propre e-mail pour être prévenu·e à sa place.',
  'validation.prescriber_news_consent_required':
    'Cochez la case si la personne est d’accord, ou effacez votre e-mail.',
  'validation.prescriber_email_required': 'Indiquez votre adresse e-mail pour recevoir ces nouvelles.',
} as const;

/** A booking's private link and the member space's booking page: its status, cancelling, moving it. */
export const bookingManage = {
  'booking.manage.meta_title': 'Mon inscription — Réseau Fabriques',
  'booking.manage.title': 'Mon inscription',
  'booking.manage.status': 'État',
  'booking.manage.status.confirmed': 'Inscrit·e : une place vous attend',
  'booking.manage.status.waitlisted': 'Sur liste d’attente (n° {position})',
  'booking.manage.status.cancelled': 'Annulée',
  'booking.manage.name': 'Prénom',
  'booking.manage.contact': 'Contact',
  'booking.manage.prescriber': 'Inscription faite par',
  'booking.manage.session_cancelled': 'Cette séance a été annulée par le lieu.',
  'booking.manage.coming_title': 'Vous venez ?',
  'booking.manage.coming_button': 'Je viens',
  'booking.manage.coming_or_cancel':
    'Vous ne pouvez pas venir ? Annulez plus bas : votre place ira à la personne suivante.',
  'booking.manage.coming_done': 'Merci : le lieu sait que vous venez.',
  'booking.manage.cancel_title': 'Annuler mon inscription',
  'booking.manage.cancel_until':
    'Vous pouvez annuler jusqu’au {date}. Votre place ira à la personne suivante.',
  'booking.manage.cancel_button': 'Oui, j’annule mon inscription',
  'booking.manage.cancel_closed':
    'Il est trop tard pour annuler en ligne. Si vous ne pouvez pas venir, prévenez le lieu.',
  'booking.manage.cancelled_title': 'Votre inscription est annulée',
  'booking.manage.cancelled_body':
    'Merci d’avoir prévenu. Vous pouvez vous inscrire à un autre atelier quand vous voulez.',
  'booking.manage.not_found_title': 'Inscription introuvable',
  'booking.manage.not_found_body':
    'Ce lien ne correspond à aucune inscription. Vérifiez que vous avez copié le lien en entier depuis l’e-mail.',
  'booking.manage.session_page': 'Voir la page de la séance',
  'errors.cancellation_closed':
    'Il est trop tard pour annuler en ligne. Prévenez le lieu si vous ne pouvez pas venir.',
  'booking.move.title': 'Changer de date',
  'booking.move.lead':
    'Cet atelier a lieu à d’autres dates. Si vous changez, votre place actuelle ira à la personne suivante sur la liste d’attente.',
  'booking.move.legend': 'Nouvelle date',
  'booking.move.full': 'Complet : vous serez sur la liste d’attente',
  'booking.move.seats_left.one': 'Il reste {count} place',
  'booking.move.seats_left.other': 'Il reste {count} places',
  'booking.move.submit': 'Changer pour cette date',
  'booking.move.done_confirmed':
    'C’est fait : vous êtes inscrit·e le {date}. Un e-mail de confirmation part si vous avez donné votre adresse.',
  'booking.move.done_waitlisted':
    'C’est fait : vous êtes sur la liste d’attente du {date}. Nous vous prévenons si une place se libère.',
  'validation.move_session_required': 'Choisissez une nouvelle date.',
} as const;

/** The e-mails about a booking (the worker's, never sent to a page). */
export const bookingMail = {
  'mail.booking.confirmed.subject': 'Inscription confirmée : {title}',
  'mail.booking.confirmed.body':
    'Bonjour {firstName},\n\nVotre inscription est confirmée.\n\nAtelier : {title}\nDate : {date}\nLieu : {place}\n\nPour voir ou annuler votre inscription, ouvrez ce lien :\n{link}\n\nLe fichier joint ajoute l’atelier à votre agenda.',
  'mail.booking.waitlisted.subject': 'Liste d’attente : {title}',
  'mail.booking.waitlisted.body':
    'Bonjour {firstName},\n\nL’atelier est complet : vous êtes sur la liste d’attente. Si une place se libère, elle est pour vous dans l’ordre d’inscription, et nous vous prévenons par e-mail.\n\nAtelier : {title}\nDate : {date}\nLieu : {place}\n\nPour voir ou annuler votre inscription, ouvrez ce lien :\n{link}',
  'mail.booking.promoted.subject': 'Une place s’est libérée : {title}',
  'mail.booking.promoted.body':
    'Bonjour {firstName},\n\nBonne nouvelle : une place s’est libérée, elle est pour vous. Votre inscription est confirmée.\n\nAtelier : {title}\nDate : {date}\nLieu : {place}\n\nSi vous ne pouvez pas venir, annulez avec ce lien pour laisser la place à quelqu’un d’autre :\n{link}\n\nLe fichier joint ajoute l’atelier à votre agenda.',
  'mail.booking.ics_description': 'Voir ou annuler votre inscription : {link}',
  'mail.prescriber.subject.confirmed': 'Inscription confirmée pour {firstName} : {title}',
  'mail.prescriber.subject.waitlisted': '{firstName} est sur la liste d’attente : {title}',
  'mail.prescriber.subject.promoted': 'Une place s’est libérée pour {firstName} : {title}',
  'mail.prescriber.subject.cancelled': 'Inscription annulée pour {firstName} : {title}',
  'mail.prescriber.subject.moved_waitlisted': '{firstName} est sur la liste d’attente : {title}',
  'mail.prescriber.subject.attendance': '{firstName} à l’atelier « {title} »',
  'mail.prescriber.news.confirmed': 'L’inscription de {firstName} est confirmée.',
  'mail.prescriber.news.waitlisted':
    'L’atelier est complet : {firstName} est sur la liste d’attente. Vous serez prévenu·e si une place se libère.',
  'mail.prescriber.news.promoted':
    'Une place s’est libérée : l’inscription de {firstName} est maintenant confirmée.',
  'mail.prescriber.news.cancelled': 'L’inscription de {firstName} est annulée.',
  'mail.prescriber.news.session_cancelled': 'Le lieu a annulé la séance. Motif : {reason}',
  'mail.prescriber.news.moved_waitlisted':
    'L’inscription de {firstName} a changé de date ; cette séance est complète, {firstName} est sur sa liste d’attente.',
  'mail.prescriber.attendance.seen': '{firstName} est venu·e à la séance.',
  'mail.prescriber.attendance.excused': '{firstName} n’est pas venu·e et avait prévenu.',
  'mail.prescriber.attendance.noshow': '{firstName} n’est pas venu·e à la séance.',
  'mail.prescriber.attendance.revoked': 'La présence de {firstName} n’a pas été retenue.',
  'mail.prescriber.body':
    'Bonjour {prescriberName},\n\nVous avez inscrit {firstName} à un atelier.\n\n{news}\n\nAtelier : {title}\nDate : {date}\nLieu : {place}\n\n{contact}Pour voir, annuler ou changer l’inscription :\n{link}\n\nVous recevez ce message parce que la personne a accepté que vous soyez tenu·e informé·e. Votre adresse est effacée avec son inscription.',
  'mail.prescriber.attendance_body':
    'Bonjour {prescriberName},\n\nVous aviez inscrit {firstName} à l’atelier « {title} » du {date}, à {place}.\n\n{news}\n\nC’est le dernier message que vous recevez pour cette inscription.',
  'mail.prescriber.no_contact':
    'La personne n’a donné ni e-mail ni téléphone : pensez à la prévenir vous-même.\n\n',
  'mail.prescriber.subject.session_moved': 'Séance déplacée pour {firstName} : {title}',
  'mail.prescriber.subject.place_changed': 'Changement de lieu pour {firstName} : {title}',
  'mail.prescriber.news.session_moved': 'Le lieu a déplacé la séance. Nouvelle date : {date}.',
  'mail.prescriber.news.place_changed':
    'Le lieu a changé l’adresse de la séance : la nouvelle est ci-dessous.',
} as const;
