// SMS to residents (decision 040): one GSM-7 SMS of 160 characters each, title shortened when needed, time
// and link always whole. Plain words; `{title}` once in each (the part that may be shortened), `{date}` like
// "mar. 8 déc. à 14h00", `{link}` the short private link.
export const sms = {
  'sms.booking.confirmed': 'Inscription confirmée : {title}, {date}. Annuler ou voir : {link}',
  'sms.booking.waitlisted': 'Liste d’attente : {title}, {date}. Un SMS si une place se libère. {link}',
  'sms.booking.promoted': 'Une place pour vous : {title}, {date}. Annuler ou voir : {link}',
  'sms.booking.cancelled': 'Inscription annulée : {title}, {date}. {link}',
  'sms.booking.session_cancelled': 'Séance annulée par le lieu : {title}, {date}. Détails : {link}',
  'sms.booking.session_cancelled_min_attendance':
    'Séance annulée, trop peu d’inscrits : {title}, {date}. Détails : {link}',
  'sms.booking.moved_waitlisted': 'Séance changée : liste d’attente pour {title}, {date}. {link}',
  'sms.booking.reminder': 'Rappel : {title}, {date}. Vous venez ? Répondez : {link}',
  'sms.booking.session_moved': 'Séance déplacée : {title}, désormais {date}. Voir ou annuler : {link}',
  'sms.booking.place_changed': 'Changement de lieu : {title}, {date}. Le nouveau lieu : {link}',
  'sms.appointment.confirmed': 'Rendez-vous confirmé : {title}, {date}. Annuler ou voir : {link}',
  'sms.appointment.cancelled': 'Rendez-vous annulé : {title}, {date}. {link}',
  'sms.appointment.reminder': 'Rappel de rendez-vous : {title}, {date}. Vous venez ? Répondez : {link}',
  'sms.usage.nav': 'SMS envoyés',
  'sms.usage.title': 'SMS envoyés aux habitants',
  'sms.usage.lead':
    'Les SMS de confirmation, de rappel et d’annulation envoyés aux personnes qui ont donné un numéro de portable, lieu par lieu.',
  'sms.usage.cap_rule':
    'Un plafond par mois peut limiter la dépense d’un lieu : au-delà, les rappels ne partent plus par SMS (l’e-mail part toujours s’il y en a un). Les confirmations, les places libérées et les annulations partent toujours.',
  'sms.usage.caption': 'SMS envoyés par lieu, ce mois-ci et le mois dernier',
  'sms.usage.empty': 'Aucun SMS envoyé ces deux derniers mois.',
  'sms.usage.column.place': 'Lieu',
  'sms.usage.column.this_month': 'Ce mois-ci',
  'sms.usage.column.failed': 'Non remis ce mois-ci',
  'sms.usage.column.last_month': 'Le mois dernier',
  'sms.usage.column.cap': 'Plafond par mois',
  'sms.usage.cap_label': 'Plafond de SMS par mois pour {place}',
  'sms.usage.cap_hint': 'Laisser vide : pas de plafond.',
  'sms.usage.cap_save': 'Enregistrer le plafond',
  'sms.usage.reminder_save': 'Enregistrer le délai',
  'sms.usage.no_cap': 'Aucun',
  'sms.usage.saved': 'Plafond enregistré.',
  'validation.sms.cap_invalid': 'Indiquez un nombre entier de SMS, de 0 à 100 000, ou laissez vide.',
  'sms.usage.column.reminder': 'Rappel envoyé',
  'sms.usage.reminder_label': 'Heures avant la séance ou le rendez-vous, pour {place}',
  'sms.usage.reminder_hint': 'De 2 à 168 heures (une semaine). Par défaut 48 heures : deux jours avant.',
  'validation.sms.reminder_hours_invalid': 'Indiquez un nombre entier d’heures, de 2 à 168.',
} as const;
