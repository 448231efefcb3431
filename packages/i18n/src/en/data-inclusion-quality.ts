import type { dataInclusionQuality as fr } from '../fr/data-inclusion-quality.ts';

// English twin of fr/data-inclusion-quality.ts: same keys, same placeholders.
export const dataInclusionQuality: Record<keyof typeof fr, string> = {
  'data_inclusion_quality.title': 'Data quality (data·inclusion)',
  'data_inclusion_quality.lead':
    'The national register data·inclusion takes in the network’s public places and what one can book there, so that social workers and advisers find them and refer people to them. Here is what it receives of this place, and what would make it easier to find and to use.',
  'data_inclusion_quality.score': 'Completeness for data·inclusion: {percent}',
  'data_inclusion_quality.services.one':
    '{count} published service (workshops, trainings, appointments, loans).',
  'data_inclusion_quality.services.other':
    '{count} published services (workshops, trainings, appointments, loans).',
  'data_inclusion_quality.all_good': 'Nothing to report: everything data·inclusion recommends is filled in.',
  'data_inclusion_quality.level.blocking': 'Blocking',
  'data_inclusion_quality.level.blocking.lead': 'The record is of no use or is not sent: fix these first.',
  'data_inclusion_quality.level.warning': 'To improve',
  'data_inclusion_quality.level.warning.lead': 'The record is hard to find or to use.',
  'data_inclusion_quality.level.hint': 'Suggestions',
  'data_inclusion_quality.level.hint.lead': 'The record would be more useful with this information.',
  'data_inclusion_quality.about.place': 'The place',
  'data_inclusion_quality.about.service': 'Service “{name}”',
  'data_inclusion_quality.fix_label': 'What to do:',
  'data_inclusion_quality.signal.not_published':
    'The record is not public: nothing of this place is sent to data·inclusion.',
  'data_inclusion_quality.fix.not_published':
    'Once the record is published (and not hidden), the place and what one can book there are published in the file data·inclusion collects.',
  'data_inclusion_quality.signal.contact': 'No phone and no e-mail: nobody can reach the place.',
  'data_inclusion_quality.signal.contact.invalid':
    'No phone, and the e-mail is not a valid address: nobody can reach the place.',
  'data_inclusion_quality.fix.contact': 'Give the place’s public phone number or e-mail address.',
  'data_inclusion_quality.signal.code_insee':
    'No INSEE commune code: the place appears in no search by territory.',
  'data_inclusion_quality.fix.code_insee': 'Give the commune’s INSEE code (5 characters, e.g. 29039).',
  'data_inclusion_quality.signal.siret': 'No SIRET number.',
  'data_inclusion_quality.signal.siret.invalid':
    'The number given is not a SIRET (14 digits): it is not sent.',
  'data_inclusion_quality.fix.siret':
    'Give the establishment’s SIRET (or else its head office’s): data·inclusion uses it to recognise the structure and avoid duplicates. An RNA number is not sent.',
  'data_inclusion_quality.signal.opening_hours': 'No opening hours.',
  'data_inclusion_quality.signal.opening_hours.invalid':
    'The opening hours cannot be read (OpenStreetMap format): they are not sent.',
  'data_inclusion_quality.fix.opening_hours':
    'Type the hours in the OpenStreetMap format, e.g. “Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00”.',
  'data_inclusion_quality.signal.coordinates':
    'The place has no position on the map: it appears in no search nearby.',
  'data_inclusion_quality.fix.coordinates':
    'Check the address and postcode: the position is computed from the address.',
  'data_inclusion_quality.signal.description': 'No presentation of the place.',
  'data_inclusion_quality.signal.description.short':
    'The place’s presentation is very short (under 200 characters).',
  'data_inclusion_quality.fix.description':
    'Write a detailed presentation in a few plain sentences: what one finds there, for whom, how to get there.',
  'data_inclusion_quality.signal.stale': 'The record has not been updated for more than six months.',
  'data_inclusion_quality.fix.stale':
    'Read the record again; if everything is still right, confirm it with “Still correct”.',
  'data_inclusion_quality.signal.website': 'No website.',
  'data_inclusion_quality.signal.website.invalid':
    'The website given is not a full address (https://…): it is not sent.',
  'data_inclusion_quality.fix.website': 'Give the site’s full address, starting with https://.',
  'data_inclusion_quality.signal.accessibility': 'No Accès libre record.',
  'data_inclusion_quality.signal.accessibility.invalid': 'The link to the Accès libre record is not valid.',
  'data_inclusion_quality.fix.accessibility':
    'Describe the place’s accessibility on Accès libre, then send the link of its record to the network’s team.',
  'data_inclusion_quality.signal.no_service':
    'Nothing to book: data·inclusion says where the place is, not what one can do there.',
  'data_inclusion_quality.fix.no_service':
    'Publish a workshop or training with an upcoming session, appointment availabilities open to the public, or a tool to lend.',
  'data_inclusion_quality.signal.service_description': 'No description.',
  'data_inclusion_quality.signal.service_description.short':
    'Description too short (under 200 characters; ideally between 200 and 2,000).',
  'data_inclusion_quality.fix.service_description':
    'Describe the service in short, plain sentences: what one does there, for whom, how to sign up.',
  'data_inclusion_quality.signal.service_thematiques': 'No theme.',
  'data_inclusion_quality.fix.service_thematiques': 'Choose the service’s themes.',
  'data_inclusion_quality.signal.service_publics': 'No public.',
  'data_inclusion_quality.fix.service_publics': 'Say which publics the service is for.',
  'data_inclusion_quality.link.field': 'Fix: {field}',
  'data_inclusion_quality.link.freshness': 'Go to “Freshness of the record”',
  'data_inclusion_quality.link.acces_libre': 'Accès libre (new window)',
  'data_inclusion_quality.link.activity': 'Edit the workshop',
  'data_inclusion_quality.link.tool': 'Edit the tool',
  'data_inclusion_quality.link.appointments': 'Manage availabilities',
  'data_inclusion_quality.link.activities': 'Workshops and trainings',
} as const;
