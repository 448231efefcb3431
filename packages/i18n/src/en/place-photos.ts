import type { placePhotos as fr } from '../fr/place-photos.ts';

export const placePhotos: Record<keyof typeof fr, string> = {
  'place_photos.title': 'Photos',
  'place_photos.lead': 'The first photo is the cover: it is shown first on the place’s public page.',
  'place_photos.none': 'No photo yet.',
  'place_photos.list_label': 'Photos of the place, cover first',
  'place_photos.file': 'Photo',
  'place_photos.file_hint': 'JPEG, PNG or WebP, 5 MB at most.',
  'place_photos.alt': 'Description of the photo',
  'place_photos.alt_hint':
    'What the photo shows, for people who cannot see it (e.g. “The workshop and its 3D printers”).',
  'place_photos.add': 'Add the photo',
  'place_photos.added': 'Photo added.',
  'place_photos.saved': 'Photos saved.',
  'place_photos.cover': 'Cover photo',
  'place_photos.up': 'Move up',
  'place_photos.down': 'Move down',
  'place_photos.make_cover': 'Make it the cover',
  'place_photos.delete': 'Delete',
  'place_photos.which': 'the photo “{alt}”',
  'place_photos.site_title': 'Photos of the place',
  'validation.photo.file_required': 'Choose a photo to add.',
  'validation.photo.too_large': 'The photo is larger than 5 MB: make it smaller first.',
  'validation.photo.type': 'This file is not a JPEG, PNG or WebP photo.',
  'validation.photo.alt_required': 'Describe the photo in a few words.',
  'validation.photo.alt_too_long': 'The description must not exceed 300 characters.',
  'validation.photo.too_many': 'This place already has 12 photos: delete one before adding another.',
};
