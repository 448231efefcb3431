import sharp from 'sharp';

// Photos as a phone sends them, made in the tests: a JPEG carrying the device, a GPS position, an XMP
// packet with the author's name and a wide-gamut ICC profile — everything that must never be stored.

/** Strings that appear in the bytes of `phonePhoto` and must appear in nothing we store or serve. */
export const PHONE_PHOTO_SECRETS = ['FabriquePhone', 'WGS-84', 'Marie Secret'] as const;

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Marie Secret</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

/** A JPEG `width`×`height` as stored by the camera, with its metadata (and an EXIF orientation, if given). */
export async function phonePhoto(
  width: number,
  height: number,
  orientation = 1,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: 'FabriquePhone', Model: 'FP 12' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '47/1 52/1 1234/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '3/1 55/1 0/1',
        GPSMapDatum: 'WGS-84',
      },
    })
    .withXmp(XMP)
    .withIccProfile('p3')
    .toBuffer();
  return new Uint8Array(bytes);
}

const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(text);
/** The GPS IFD pointer (tag 0x8825), as written in a little-endian EXIF block. */
const GPS_POINTER = Buffer.from([0x25, 0x88]);

/** What metadata an image carries, read by sharp and by searching its bytes. */
export async function metadataOf(bytes: Uint8Array) {
  const meta = await sharp(bytes).metadata();
  return {
    format: meta.format,
    width: meta.width,
    height: meta.height,
    exif: meta.exif !== undefined,
    gps: meta.exif?.includes(GPS_POINTER) ?? false,
    xmp: meta.xmp !== undefined,
    icc: meta.icc !== undefined,
    iptc: meta.iptc !== undefined,
    comments: (meta.comments ?? []).length > 0,
    orientation: meta.orientation,
    secrets: PHONE_PHOTO_SECRETS.filter((secret) => contains(bytes, secret)),
  };
}
