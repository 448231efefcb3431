// E-mails of the changes organisers make to a session (issue 14, decision 039): moved, place changed, and
// the minimum attendance — cancelled automatically, or the organisers warned only.
// {placeholders} are filled by `t(key, params)`.
export const sessionChanges = {
  'mail.session_change.moved.subject': 'Séance déplacée : {title}, {date}',
  'mail.session_change.moved.body':
    'Bonjour {firstName},\n\nL’équipe du lieu a déplacé la séance de l’atelier « {title} ».\n\nNouvelle date : {date}\nLieu : {place}',
  'mail.session_change.place_changed.subject': 'Changement de lieu : {title}, {date}',
  'mail.session_change.place_changed.body':
    'Bonjour {firstName},\n\nL’équipe du lieu a changé l’endroit de la séance de l’atelier « {title} ».\n\nDate : {date}\nNouveau lieu : {place}',
  'mail.session_change.confirmed':
    'Votre place est gardée. Si vous ne pouvez plus venir, annulez avec ce lien pour la laisser à quelqu’un d’autre, ou choisissez une autre date :\n{link}\n\nLe fichier joint met à jour l’atelier dans votre agenda.',
  'mail.session_change.waitlisted':
    'Vous restez sur la liste d’attente, à la même place. Pour voir votre inscription ou l’annuler :\n{link}',
  'mail.min_attendance.cancel_reason': 'trop peu de personnes inscrites, il en fallait au moins {minimum}.',
  'mail.min_attendance.cancelled_subject': 'Séance annulée, trop peu d’inscrits : {title}, {date}',
  'mail.min_attendance.cancelled_body':
    'Bonjour,\n\nLa séance « {title} » du {date} à {place} n’a pas atteint le minimum de {minimum} inscrit·e(s) confirmé·e(s) : comme prévu pour cet atelier, elle a été annulée automatiquement. Chaque personne inscrite a été prévenue par e-mail.\n\nVoir la séance :\n{link}',
} as const;
