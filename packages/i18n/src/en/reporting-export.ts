import type { reportingExport as fr } from '../fr/reporting-export.ts';

export const reportingExport: Record<keyof typeof fr, string> = {
  'reporting_export.sheet.totals': 'Totals',
  'reporting_export.sheet.months': 'Months',
  'reporting_export.sheet.themes': 'Themes',
  'reporting_export.sheet.publics': 'Publics',
  'reporting_export.sheet.territories': 'Territories',
  'reporting_export.sheet.places': 'Places',
  'reporting_export.column.indicator': 'Indicator',
  'reporting_export.column.value': 'Value',
  'reporting_export.column.month': 'Month',
  'reporting_export.column.participants': 'People supported',
  'reporting_export.column.records': 'Activities',
  'reporting_export.column.theme': 'Theme',
  'reporting_export.column.dimension': 'Dimension',
  'reporting_export.column.code': 'Code',
  'reporting_export.column.territory': 'Territory',
  'reporting_export.column.place': 'Place',
  'reporting_export.column.place_id': 'Place identifier',
  'reporting_export.column.latitude': 'Latitude',
  'reporting_export.column.longitude': 'Longitude',
  'reporting_export.column.section': 'Section',
  'reporting_export.column.name': 'Name',
  'reporting_export.meta.scope': 'Scope',
  'reporting_export.meta.from': 'From',
  'reporting_export.meta.to': 'To',
  'reporting_export.total.records': 'Activities',
  'reporting_export.total.individual': 'Individual support',
  'reporting_export.total.collective': 'Group workshops',
  'reporting_export.total.participants': 'People supported',
  'reporting_export.total.minutes': 'Total duration (minutes)',
  'reporting_export.total.deja_accompagne': 'People supported before',
  'reporting_export.territory.qpv': 'Priority neighbourhoods (QPV)',
  'reporting_export.territory.rural': 'Rural communes (outside QPV)',
  'reporting_export.territory.other': 'Other territories',

  'reporting_export.secret': 'secret',
  'reporting_export.sheet.quarters': 'Quarters',
  'reporting_export.column.quarter': 'Quarter',
  'reporting_export.meta.secrecy': 'Statistical confidentiality',
  'reporting_export.meta.secrecy_note':
    '“secret”: hidden figure (1 to 4 people, or would let one work such a figure out). Validated quarters only, the same figures as the open data.',
  'reporting_export.open_data.meta_title': 'Open data — Réseau des Fabriques',
  'reporting_export.open_data.meta_description':
    'The network’s places and its activity by quarter, as open files, without any personal data.',
  'reporting_export.open_data.title': 'Open data',
  'reporting_export.open_data.lead':
    'The network publishes its places and its activity as files free to reuse. No file holds any personal data.',
  'reporting_export.open_data.files.title': 'The files',
  'reporting_export.open_data.files.places_csv': 'Places (CSV)',
  'reporting_export.open_data.files.places_json': 'Places (JSON)',
  'reporting_export.open_data.files.places_hint': 'In the national standard of digital inclusion places.',
  'reporting_export.open_data.files.places_positions':
    'A place whose address was not located stands at the centre of its commune, computed from GeoNames (geonames.org, CC BY 4.0 licence).',
  'reporting_export.open_data.files.api': 'The public API',
  'reporting_export.open_data.files.api_hint':
    'the same data, up to date, for your tools (JSON, documented with OpenAPI).',
  'reporting_export.open_data.files.activity_csv': 'Activity by quarter (CSV)',
  'reporting_export.open_data.files.activity_hint':
    'People supported by quarter, for each place, each département and the whole network: in total, by age bracket, by gender, by social status and by theme.',
  'reporting_export.open_data.files.data_inclusion_structures_json': 'data·inclusion structures (JSON)',
  'reporting_export.open_data.files.data_inclusion_structures_csv': 'data·inclusion structures (CSV)',
  'reporting_export.open_data.files.data_inclusion_services_json': 'data·inclusion services (JSON)',
  'reporting_export.open_data.files.data_inclusion_services_csv': 'data·inclusion services (CSV)',
  'reporting_export.open_data.files.data_inclusion_hint':
    'In the data·inclusion schema v1 ({version}): each public place is a structure; each offer one can book (an upcoming workshop or training, appointments, a lent tool) is a service, with the link to book it.',
  'reporting_export.data_inclusion.appointment_name': 'Digital support appointment',
  'reporting_export.data_inclusion.appointment_description':
    'A one-to-one appointment with a digital mediator of {place}, for help at one’s own pace with digital tools (computer, smartphone, e-mail) and online procedures (taxes, health, employment, benefits). Booked online, by choosing a time slot.',
  'reporting_export.data_inclusion.tool_description': '{tool}, lent to the teams of the network’s places.',
  'reporting_export.data_inclusion.price': '{euros} € per person',
  'reporting_export.data_inclusion.deposit': 'Free loan, {euros} € deposit',
  'reporting_export.open_data.scope.title': 'What the activity file holds',
  'reporting_export.open_data.scope.validated':
    'Only quarters whose activity report the network team validated are published. The file names the places shown in the directory.',
  'reporting_export.open_data.scope.totals':
    'The figures of a département and of the network count every place whose quarter is validated, including places the directory does not show. They are the figures the network’s observers see.',
  'reporting_export.open_data.scope.themes':
    'An activity may cover several themes: its participants count in each, so the figures by theme do not add up to the total.',
  'reporting_export.open_data.scope.zero': 'A line missing from the file means zero.',
  'reporting_export.open_data.format':
    'Format: comma-separated CSV, UTF-8 encoded, one line per figure. Codes are those of the national activity-report vocabularies.',
  'reporting_export.open_data.columns.title': 'The columns',
  'reporting_export.open_data.columns.caption': 'Columns of the activite.csv file',
  'reporting_export.open_data.columns.name': 'Column',
  'reporting_export.open_data.columns.meaning': 'Content',
  'reporting_export.open_data.column.trimestre': 'The quarter, e.g. 2026-T1 (January to March 2026).',
  'reporting_export.open_data.column.niveau':
    'What the figure is about: reseau (the whole network), departement or lieu (a place).',
  'reporting_export.open_data.column.code_departement': 'The département code (empty for the network).',
  'reporting_export.open_data.column.departement': 'The département name (empty for the network).',
  'reporting_export.open_data.column.id_lieu':
    'The place identifier, the same as in the places file (empty except for a place).',
  'reporting_export.open_data.column.lieu': 'The place name (empty except for a place).',
  'reporting_export.open_data.column.dimension': 'total, tranche_age, genre, statut_social or thematique.',
  'reporting_export.open_data.column.modalite':
    'The code of the age bracket, gender, social status or theme (empty for the total); non_renseigne when the activity did not say.',
  'reporting_export.open_data.column.participants':
    'The number of people supported; empty when the figure is covered by statistical secrecy.',
  'reporting_export.open_data.column.secret_statistique':
    'oui when statistical secrecy hides the figure, non otherwise.',
  'reporting_export.open_data.codes.title': 'The codes',
  'reporting_export.open_data.secret.title': 'Statistical secrecy',
  'reporting_export.open_data.secret.small':
    'No published figure counts 1 to 4 people: so small a number could let someone be recognised. Such figures are hidden.',
  'reporting_export.open_data.secret.secondary':
    'Hiding is not enough: when a total and all its parts but one are published, a subtraction gives the hidden part back. Other figures, as small as possible, are hidden with it in every total it belongs to (the place, its département, the network), until no hidden figure can be computed again, even by combining several totals.',
  'reporting_export.open_data.secret.zero': 'A zero is published: it points at nobody.',
  'reporting_export.open_data.secret.quarters':
    'Each quarter is handled on its own and no yearly total is published, so that no computation across quarters undoes the secrecy.',
};
