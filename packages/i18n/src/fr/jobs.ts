// E-mails sent by the job worker (packages/jobs): cancellations, reminders, the minimum-attendance warning,
// the steps of loans between places and their overdue reminders.
// {placeholders} are filled by `t(key, params)`.
export const jobs = {
  'mail.booking.cancelled.subject': 'Inscription annulée : {title}',
  'mail.booking.cancelled.body':
    'Bonjour {firstName},\n\nVotre inscription est annulée.\n\nAtelier : {title}\nDate : {date}\nLieu : {place}\n\nPour vous inscrire à nouveau ou voir votre inscription, ouvrez ce lien :\n{link}\n\nLe fichier joint retire l’atelier de votre agenda.',
  'mail.booking.session_cancelled.subject': 'Séance annulée : {title}',
  'mail.booking.session_cancelled.body':
    'Bonjour {firstName},\n\nNous sommes désolés : la séance « {title} » du {date} ({place}) est annulée. Raison : {reason}\n\nVotre inscription est annulée, vous n’avez rien à faire. Le lieu propose peut-être d’autres dates :\n{link}\n\nLe fichier joint retire l’atelier de votre agenda.',
  'mail.booking.no_reason': 'non précisée',
  'mail.booking.moved_waitlisted.subject': 'Inscription déplacée, liste d’attente : {title}',
  'mail.booking.moved_waitlisted.body':
    'Bonjour {firstName},\n\nVotre inscription a été déplacée vers une autre séance. Cette séance est complète : vous êtes sur la liste d’attente. Si une place se libère, elle est pour vous dans l’ordre d’inscription, et nous vous prévenons par e-mail.\n\nAtelier : {title}\nNouvelle date : {date}\nLieu : {place}\n\nPour voir votre inscription, changer de date ou annuler, ouvrez ce lien :\n{link}\n\nSi l’atelier était dans votre agenda, le fichier joint l’en retire.',
  'mail.reminder.subject': 'Rappel : {title}, {date}',
  'mail.reminder.body':
    'Bonjour {firstName},\n\nPetit rappel : vous êtes inscrit·e à un atelier.\n\nAtelier : {title}\nDate : {date}\nLieu : {place}\n\nSi vous ne pouvez pas venir, annulez avec ce lien pour laisser la place à quelqu’un d’autre :\n{link}\n\nÀ bientôt !',
  'mail.min_attendance.subject': 'Trop peu d’inscrits : {title}, {date}',
  'mail.min_attendance.body':
    'Bonjour,\n\nLa séance « {title} » du {date} à {place} compte {confirmed} inscrit·e(s) confirmé·e(s), pour un minimum de {minimum}.\n\nC’est le moment de décider si elle a lieu. Si vous l’annulez, les personnes inscrites sont prévenues par e-mail.\n\nVoir la séance :\n{link}',
  'mail.min_attendance.body_member':
    'Bonjour,\n\nLa séance « {title} » du {date} à {place} compte {confirmed} inscrit·e(s) confirmé·e(s), pour un minimum de {minimum}.\n\nC’est le moment de décider avec l’équipe du lieu si elle a lieu. Si elle est annulée, les personnes inscrites sont prévenues par e-mail.\n\nVoir votre atelier :\n{link}',
  'mail.loan.note': '\nMessage : {note}\n',
  'mail.loan.requested.subject': 'Demande de prêt : {tool}',
  'mail.loan.requested.body':
    'Bonjour,\n\n{borrower} demande à emprunter « {tool} » du {from} au {to}.\n{note}\nAcceptez ou refusez la demande sur la page des prêts :\n{link}',
  'mail.loan.cancelled.subject': 'Demande de prêt annulée : {tool}',
  'mail.loan.cancelled.body':
    'Bonjour,\n\n{borrower} a annulé le prêt de « {tool} » prévu du {from} au {to}. Vous n’avez rien à faire.\n{note}\nVoir les prêts :\n{link}',
  'mail.loan.approved.subject': 'Prêt accepté : {tool}',
  'mail.loan.approved.body':
    'Bonjour,\n\n{lender} accepte de prêter « {tool} » du {from} au {to}. Convenez avec l’équipe du lieu de la remise de l’outil.\n{note}\nVoir les prêts :\n{link}',
  'mail.loan.declined.subject': 'Prêt refusé : {tool}',
  'mail.loan.declined.body':
    'Bonjour,\n\n{lender} ne peut pas prêter « {tool} » du {from} au {to}.\n{note}\nD’autres lieux du réseau prêtent peut-être un outil semblable. Voir les prêts :\n{link}',
  'mail.loan.handed_over.subject': 'Outil remis : {tool}',
  'mail.loan.handed_over.body':
    'Bonjour,\n\n« {tool} » a été remis par {lender}. Merci de le rendre au plus tard le {to}.\n{note}\nVoir les prêts :\n{link}',
  'mail.loan.returned.subject': 'Outil rendu : {tool}',
  'mail.loan.returned.body':
    'Bonjour,\n\n{lender} a bien reçu « {tool} » en retour. Le prêt est terminé, merci !\n{note}\nVoir les prêts :\n{link}',
  'mail.loan.overdue.subject': 'Prêt en retard : {tool}',
  'mail.loan.overdue.body_borrower':
    'Bonjour,\n\nLe prêt de « {tool} » par {lender} s’est terminé le {to}, et l’outil n’est pas encore rendu. Merci de le rapporter au plus vite, ou de convenir d’une nouvelle date avec l’équipe du lieu.\n\nVoir les prêts :\n{link}',
  'mail.loan.overdue.body_lender':
    'Bonjour,\n\n« {tool} », prêté à {borrower}, devait être rendu le {to} et n’est pas encore noté comme rendu. Nous leur avons envoyé un rappel. Une fois l’outil récupéré, notez son retour sur la page des prêts :\n{link}',
  // Fresh data (decision 063).
  'mail.freshness.subject': 'La fiche de {place} est-elle toujours à jour ?',
  'mail.freshness.body':
    'Bonjour,\n\nLa fiche de « {place} » dans l’annuaire du réseau n’a pas été mise à jour depuis le {date}. Les habitants et les partenaires s’y fient : horaires, adresse, contacts, services.\n\nVérifiez-la et corrigez ce qui a changé, ou, si tout est encore exact, cliquez sur « Toujours à jour » :\n{link}',
} as const;
