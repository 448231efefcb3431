// Photos of a place: managed from its profile in the console, shown on its public page.
export const placePhotos = {
  'place_photos.title': 'Photos',
  'place_photos.lead':
    'La première photo est la photo de couverture : elle est montrée en premier sur la page publique du lieu.',
  'place_photos.none': 'Aucune photo pour l’instant.',
  'place_photos.list_label': 'Photos du lieu, la couverture en premier',
  'place_photos.file': 'Photo',
  'place_photos.file_hint': 'JPEG, PNG ou WebP, 5 Mo au plus.',
  'place_photos.alt': 'Description de la photo',
  'place_photos.alt_hint':
    'Ce que montre la photo, pour les personnes qui ne la voient pas (par exemple « L’atelier et ses imprimantes 3D »).',
  'place_photos.add': 'Ajouter la photo',
  'place_photos.added': 'Photo ajoutée.',
  'place_photos.saved': 'Photos enregistrées.',
  'place_photos.cover': 'Photo de couverture',
  'place_photos.up': 'Avancer',
  'place_photos.down': 'Reculer',
  'place_photos.make_cover': 'Mettre en couverture',
  'place_photos.delete': 'Supprimer',
  'place_photos.which': 'la photo « {alt} »',
  'place_photos.site_title': 'Photos du lieu',
  'validation.photo.file_required': 'Choisissez une photo à ajouter.',
  'validation.photo.too_large': 'La photo dépasse 5 Mo : réduisez-la avant de l’ajouter.',
  'validation.photo.type': 'Ce fichier n’est pas une photo JPEG, PNG ou WebP.',
  'validation.photo.unreadable':
    'Cette photo n’a pas pu être lue : le fichier est peut-être abîmé. Essayez-en une autre.',
  'validation.photo.alt_required': 'Décrivez la photo en quelques mots.',
  'validation.photo.alt_too_long': 'La description ne doit pas dépasser 300 caractères.',
  'validation.photo.too_many': 'Ce lieu a déjà 12 photos : supprimez-en une avant d’en ajouter une autre.',
} as const;
