// SMS to residents (decision 040): one GSM-7 SMS of 160 characters each, title shortened when needed, time
// and link always whole. Plain words; `{title}` once in each (the part that may be shortened), `{date}` like
// "mar. 8 déc. à 14h00", `{link}` the short private link.
export const sms = {
  'sms.booking.confirmed': 'Inscription confirmée : {title}, {date}. Annuler ou voir : {link}',
  'sms.booking.waitlisted': 'Liste d’attente : {title}, {date}. Un SMS si une place se libère. {link}',
  'sms.booking.promoted': 'Une place pour vous : {title}, {date}. Annuler ou voir : {link}',
  'sms.booking.cancelled': 'Inscription annulée : {title}, {date}. {link}',
  'sms.booking.session_cancelled': 'Séance annulée par le lieu : {title}, {date}. Détails : {link}',
  'sms.booking.moved_waitlisted': 'Séance changée : liste d’attente pour {title}, {date}. {link}',
  'sms.booking.reminder': 'Rappel : {title}, {date}. Vous venez ? Répondez : {link}',
  'sms.booking.session_moved': 'Séance déplacée : {title}, désormais {date}. Voir ou annuler : {link}',
  'sms.booking.place_changed': 'Changement de lieu : {title}, {date}. Le nouveau lieu : {link}',
  'sms.appointment.confirmed': 'Rendez-vous confirmé : {title}, {date}. Annuler ou voir : {link}',
  'sms.appointment.cancelled': 'Rendez-vous annulé : {title}, {date}. {link}',
  'sms.appointment.reminder': 'Rappel de rendez-vous : {title}, {date}. Annuler ou voir : {link}',
} as const;
