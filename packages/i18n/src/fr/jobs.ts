// E-mails sent by the job worker (packages/jobs): cancellations, reminders, the minimum-attendance warning.
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
} as const;
