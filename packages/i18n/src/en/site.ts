import type {
  site as fr,
  siteAccessibility as frSiteAccessibility,
  siteHome as frSiteHome,
  space as frSpace,
} from '../fr/site.ts';

export const site: Record<keyof typeof fr, string> = {
  'site.brand': 'Réseau Fabriques',
  'site.footer': 'Réseau Fabriques — tiers-lieux and Fabriques de territoire, together.',
  'site.footer.open_data': "Open data: the network's places and activity",
  'site.footer.accessibility': 'Accessibility: not compliant',
};

// The home page.
export const siteHome: Record<keyof typeof frSiteHome, string> = {
  'site.home.title': 'Tiers-lieux near you',
  'site.home.lead':
    'Digital workshops, help with online procedures, tools to share: find a place of the network and book, no account needed.',
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
};

// The accessibility statement.
export const siteAccessibility: Record<keyof typeof frSiteAccessibility, string> = {
  'site.accessibility.meta_title': 'Accessibility statement — Réseau Fabriques',
  'site.accessibility.title': 'Accessibility statement',
  'site.accessibility.lead':
    'Réseau Fabriques is committed to making its website accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.',
  'site.accessibility.scope':
    "This accessibility statement applies to Réseau Fabriques' public website: the directory of places, workshops and booking, shared tools and resources, and open data.",
  'site.accessibility.status.title': 'Compliance status',
  'site.accessibility.status.body':
    'The website is not compliant with the French accessibility framework (RGAA), version 4.1.2: no compliance audit has been carried out yet, which is what the law asks to state until then. Public pages are checked with automated tools and mostly work without JavaScript.',
  'site.accessibility.date.title': 'Preparation of this statement',
  'site.accessibility.date.body':
    'This statement was prepared on 6 December 2026. Technologies used: HTML, CSS, JavaScript (optional for most pages).',
  'site.accessibility.contact.title': 'Feedback and contact',
  'site.accessibility.contact.body':
    'If you cannot access some content or a service, contact the place concerned or the network (its address is on the "Personal data" page): we will direct you to an accessible alternative or send you the content in another form.',
  'site.accessibility.remedy.title': 'Enforcement procedure',
  'site.accessibility.remedy.body':
    'If you reported an accessibility issue that prevents you from accessing content or a service and did not get a satisfactory answer, you may refer the matter to the Défenseur des droits (the French rights ombudsman): through the online form on defenseurdesdroits.fr, through the Défenseur des droits delegate in your region, or by free post, without a stamp, to "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07".',
};

// The member space.
export const space: Record<keyof typeof frSpace, string> = {
  'space.title': 'My space',
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
  'space.bookings.column.actions': 'Manage',
  'space.bookings.cancel': 'Cancel',
  'space.bookings.move': 'Change date',
  'space.bookings.which': '{title}, on {date}',
  'space.bookings.too_late': 'Too late to cancel online: let the place know.',
  'space.bookings.course_follower': 'A session of a course: cancel it from its first session.',
  'space.bookings.cancel_confirm_title': 'Cancel this booking?',
  'space.bookings.cancel_confirm_body':
    '{title}, on {date}, at {place}. Your seat will go to the next person on the waiting list.',
  'space.bookings.cancel_confirm_button': 'Yes, cancel my booking',
  'space.bookings.cancel_keep': 'No, keep my booking',
  'space.bookings.cancelled': 'Your booking for “{title}” on {date} is cancelled. An e-mail confirms it.',
  'space.bookings.not_found': 'This booking is no longer in your space. It may have been cancelled already.',
  'space.booking.meta_title': 'Change date — My space',
  'space.booking.title': 'Change date',
  'space.booking.back': 'Back to my space',
  'space.booking.no_other_date':
    'This workshop has no other date open for booking at the moment. You can keep your booking or cancel it from your space.',
  'space.booking.too_late': 'It is too late to change date online. If you cannot come, let the place know.',
  'space.places.title': 'My places',
  'space.places.role': 'Your role: {role}',
  'space.places.sessions_caption': 'Upcoming sessions at {place}',
  'space.places.sessions_empty': 'No session planned yet.',
  'space.places.console': 'Open the management console',
};
