import type { Caller } from '@rf/api';
import { type DescriptionItem, DescriptionList } from '@rf/ui';
import { useT } from '@rf/web/i18n';

// A place's facts as lists of terms: where and how to reach it, what it offers, its accessibility. A list
// with nothing to say is left out, heading included, rather than shown empty.

export type Place = Awaited<ReturnType<Caller['directory']['place']>>;

const plain = (values: string[]) => values.join(', ');

export function PlaceWhere({ place }: { place: Place }) {
  const t = useT();
  const contact: DescriptionItem[] = [];
  if (place.address) {
    contact.push({
      term: t('directory.place.address'),
      description: (
        <address style={{ fontStyle: 'normal' }}>
          {place.address.street}
          {place.address.complement ? (
            <>
              <br />
              {place.address.complement}
            </>
          ) : null}
          <br />
          {[place.address.postalCode, place.commune].filter(Boolean).join(' ')}
          {place.departement ? ` (${place.departement.name})` : ''}
        </address>
      ),
    });
  }
  if (place.contact.phone)
    contact.push({
      term: t('directory.place.phone'),
      description: <a href={`tel:${place.contact.phone}`}>{place.contact.phone}</a>,
    });
  if (place.contact.email)
    contact.push({
      term: t('directory.place.email'),
      description: <a href={`mailto:${place.contact.email}`}>{place.contact.email}</a>,
    });
  if (place.contact.website)
    contact.push({
      term: t('directory.place.website'),
      description: <a href={place.contact.website}>{place.contact.website}</a>,
    });
  if (place.contact.bookingUrl)
    contact.push({
      term: t('directory.place.booking'),
      description: <a href={place.contact.bookingUrl}>{place.contact.bookingUrl}</a>,
    });
  if (place.carrier)
    contact.push({
      term: t('directory.place.carrier'),
      description: [place.carrier.name, place.carrier.legalForm].filter(Boolean).join(', '),
    });

  if (contact.length === 0) return null;
  return (
    <section aria-labelledby="adresse">
      <h2 id="adresse">{t('directory.place.where')}</h2>
      <DescriptionList items={contact} />
    </section>
  );
}

export function PlaceOffer({ place }: { place: Place }) {
  const t = useT();
  const offer: DescriptionItem[] = [
    [t('directory.place.services'), place.services],
    [t('directory.place.publics'), place.publics],
    [t('directory.place.fees'), place.fees],
    [t('directory.place.access'), place.accessModes],
    [t('directory.place.support_modes'), place.supportModes],
    [t('directory.place.programmes'), place.nationalProgrammes],
    [t('directory.place.itinerance'), place.itinerance],
  ]
    .filter(([, values]) => (values as string[]).length > 0)
    .map(([term, values]) => ({ term: term as string, description: plain(values as string[]) }));

  if (offer.length === 0) return null;
  return (
    <section aria-labelledby="offre">
      <h2 id="offre">{t('directory.place.offer')}</h2>
      <DescriptionList items={offer} />
    </section>
  );
}

export function PlaceAccessibility({ place }: { place: Place }) {
  const t = useT();
  const accessibility: DescriptionItem[] = [];
  if (place.specificSupport.length > 0)
    accessibility.push({
      term: t('directory.place.specific_support'),
      description: plain(place.specificSupport),
    });
  const hasAccessibility =
    accessibility.length > 0 || place.accessibility.notes || place.accessibility.accesLibreUrl;

  if (!hasAccessibility) return null;
  return (
    <section aria-labelledby="accessibilite">
      <h2 id="accessibilite">{t('directory.place.accessibility')}</h2>
      {accessibility.length > 0 ? <DescriptionList items={accessibility} /> : null}
      {place.accessibility.notes ? <p>{place.accessibility.notes}</p> : null}
      {place.accessibility.accesLibreUrl ? (
        <p>
          <a href={place.accessibility.accesLibreUrl}>{t('directory.place.acces_libre')}</a>
        </p>
      ) : null}
    </section>
  );
}
