import { countOf, formatFrenchDate, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';

/** « du lundi 12 avril 2027 au mardi 13 avril 2027 », or one day. */
export function describeSiteDates(site: Pick<Site, 'startsOn' | 'endsOn'>): string | null {
  if (site.startsOn === null || site.endsOn === null) return null;
  return site.startsOn === site.endsOn
    ? `le ${formatFrenchDate(site.startsOn)}`
    : `du ${formatFrenchDate(site.startsOn)} au ${formatFrenchDate(site.endsOn)}`;
}

/**
 * What an agent needs to get in and settle: photo, description, how to get in, wifi, and a
 * temporary site's dates. Folded in an accordion, so it stays compact on a phone.
 */
export function SitePracticalInfo({
  site,
  isOpenByDefault = false,
}: {
  site: Site;
  isOpenByDefault?: boolean;
}) {
  const dates = site.kind === 'temporary' ? describeSiteDates(site) : null;
  const hasAnything =
    site.photo !== null ||
    site.description.trim() !== '' ||
    site.accessInfo.trim() !== '' ||
    site.wifiInfo.trim() !== '' ||
    dates !== null;
  if (!hasAnything) return null;
  return (
    <Accordion
      label={`Infos pratiques : ${site.name}`}
      titleAs="h2"
      defaultExpanded={isOpenByDefault}
      className={fr.cx('fr-mb-3w')}
    >
      {dates && (
        <p>
          <strong>Site itinérant</strong> : ouvert aux réservations {dates}
          {site.capacity !== null && ` (${countOf(site.capacity, 'place')})`}.
        </p>
      )}
      {site.photo && (
        <img
          className={`admz-site-photo ${fr.cx('fr-mb-2w')}`}
          src={site.photo.url}
          alt={`Photo de ${site.name}`}
          loading="lazy"
        />
      )}
      {site.description.trim() !== '' && <p className="admz-site-text">{site.description}</p>}
      <p className="admz-site-text">
        <strong>Adresse</strong>
        <br />
        {site.address}
      </p>
      {site.accessInfo.trim() !== '' && (
        <>
          <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Accès</h3>
          <p className="admz-site-text">{site.accessInfo}</p>
        </>
      )}
      {site.wifiInfo.trim() !== '' && (
        <>
          <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Wifi</h3>
          <p className={`admz-site-text ${fr.cx('fr-mb-0')}`}>{site.wifiInfo}</p>
        </>
      )}
    </Accordion>
  );
}
