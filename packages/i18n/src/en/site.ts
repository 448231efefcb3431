import type { site as fr } from '../fr/site.ts';

export const site: Record<keyof typeof fr, string> = {
  'site.brand': 'Réseau Fabriques',
  'site.footer': 'Réseau Fabriques — tiers-lieux and Fabriques de territoire, together.',
  'site.footer.open_data': "Open data: the network's places and activity",
  'site.home.title': 'Tiers-lieux near you',
  'site.home.lead':
    'Digital workshops, help with online procedures, tools to share: find a place of the network and book, no account needed.',
  'space.title': 'My space',
  'site.home.meta_title': 'Réseau Fabriques — tiers-lieux and Fabriques de territoire',
  'site.home.meta_description':
    'Find a tiers-lieu, a digital workshop or help with online procedures near you, and book without creating an account.',
  'site.home.figures': 'The network in figures',
  'site.home.figure.places': 'Places open to the public',
  'site.home.figure.fabriques': 'Fabriques de territoire',
  'site.home.figure.tiers_lieux': 'Tiers-lieux',
  'site.home.figure.regions': 'Regions covered',
  'site.home.sessions.title': 'Upcoming workshops',
  'site.home.sessions.lead': 'Group workshops, most of them free, open to everyone.',
  'site.home.sessions.empty_title': 'No workshop announced yet',
  'site.home.sessions.empty_body':
    'The places of the network publish new workshops regularly. Come back soon, or contact the place nearest to you.',
  'site.home.sessions.place': 'Place: {place}',
  'site.home.sessions.seats_left.one': '{count} seat left',
  'site.home.sessions.seats_left.other': '{count} seats left',
  'site.home.sessions.full': 'Full: waiting list',
  'site.home.fabriques.title': 'Fabriques de territoire of the network',
  'site.home.fabriques.lead':
    'A Fabrique is a leading tiers-lieu: a resource for the projects around it, a place to learn by doing together, and a place of digital inclusion.',
  'site.home.fabriques.empty_title': 'No fabrique published yet',
  'site.home.fabriques.where': '{commune} ({departement})',
  'site.home.fabriques.labels': 'Labels',
  'site.home.team.title': 'Part of a place of the network?',
  'site.home.team.body':
    'Sign in to find your bookings and your place’s workshops. The teams of the places and of the network then reach their console.',
  'space.meta_title': 'My space — Réseau Fabriques',
  'space.greeting': 'Hello {name}. Here are your bookings for the network’s workshops.',
  'space.greeting_member': 'Hello {name}. Here are your bookings and the workshops of your places.',
  'space.bookings.title': 'My upcoming bookings',
  'space.bookings.caption': 'My upcoming bookings, soonest first',
  'space.bookings.empty_title': 'You have no upcoming booking',
  'space.bookings.empty_body':
    'Choose a workshop near you: booking takes a few minutes and most workshops are free.',
  'space.bookings.find': 'Find a workshop',
  'space.bookings.status.confirmed': 'Booking confirmed',
  'space.bookings.status.waitlisted': 'On the waiting list',
  'space.places.title': 'My places',
  'space.places.role': 'Your role: {role}',
  'space.places.sessions_caption': 'Upcoming sessions at {place}',
  'space.places.sessions_empty': 'No session planned yet.',
  'space.places.console': 'Open the management console',
};
