import type { Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { formatDate } from '../../../i18n/format';
import { useLanguage, type Language } from '../../../i18n/language';
import { sitesMessages } from '../sites.messages';

/** « du lundi 12 avril 2027 au mardi 13 avril 2027 », or one day. */
export function describeSiteDates(
  site: Pick<Site, 'startsOn' | 'endsOn'>,
  language: Language = 'fr',
): string | null {
  if (site.startsOn === null || site.endsOn === null) return null;
  const { practicalInfo } = sitesMessages[language];
  return site.startsOn === site.endsOn
    ? practicalInfo.oneDay(formatDate(site.startsOn, language))
    : practicalInfo.fromTo(formatDate(site.startsOn, language), formatDate(site.endsOn, language));
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
  const language = useLanguage();
  const { practicalInfo: texts } = sitesMessages[language];
  const dates = site.kind === 'temporary' ? describeSiteDates(site, language) : null;
  const hasAnything =
    site.photo !== null ||
    site.description.trim() !== '' ||
    site.accessInfo.trim() !== '' ||
    site.wifiInfo.trim() !== '' ||
    dates !== null;
  if (!hasAnything) return null;
  return (
    <Accordion
      label={texts.title(site.name)}
      titleAs="h2"
      defaultExpanded={isOpenByDefault}
      className={fr.cx('fr-mb-3w')}
    >
      {dates && (
        <p>
          <strong>{texts.travelling}</strong>
          {texts.openFor(dates)}
          {site.capacity !== null && ` (${texts.capacity(site.capacity)})`}.
        </p>
      )}
      {site.photo && (
        <img
          className={`admz-site-photo ${fr.cx('fr-mb-2w')}`}
          src={site.photo.url}
          alt={texts.photo(site.name)}
          loading="lazy"
        />
      )}
      {site.description.trim() !== '' && <p className="admz-site-text">{site.description}</p>}
      <p className="admz-site-text">
        <strong>{texts.address}</strong>
        <br />
        {site.address}
      </p>
      {site.accessInfo.trim() !== '' && (
        <>
          <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{texts.access}</h3>
          <p className="admz-site-text">{site.accessInfo}</p>
        </>
      )}
      {site.wifiInfo.trim() !== '' && (
        <>
          <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{texts.wifi}</h3>
          <p className={`admz-site-text ${fr.cx('fr-mb-0')}`}>{site.wifiInfo}</p>
        </>
      )}
    </Accordion>
  );
}
