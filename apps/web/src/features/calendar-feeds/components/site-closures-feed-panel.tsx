import type { Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { buildSiteClosuresFeedUrl } from '../calendar-feeds.api';
import { useCopyLink } from '../hooks/use-copy-link';
import { CopyLinkStatus } from './copy-link-status';

/** The public address of a site's closures and public holidays, to paste into a calendar. */
export function SiteClosuresFeedPanel({ site }: { site: Site }) {
  const { inputRef, copyOutcome, copyLink } = useCopyLink();
  const url = buildSiteClosuresFeedUrl(window.location.origin, site.id);
  return (
    <section aria-labelledby="site-closures-feed-title" className={fr.cx('fr-mt-4w')}>
      <h3 id="site-closures-feed-title" className={fr.cx('fr-h5')}>
        Les fermetures dans un agenda
      </h3>
      <p>
        Les fermetures et les jours fériés du site {site.name} apparaissent dans l'agenda abonné à
        cette adresse (Outlook, Thunderbird, téléphone) et s'y mettent à jour tout seuls. L'adresse
        ne contient aucune donnée personnelle : partagez-la avec les agents du site.
      </p>
      <Input
        label="S'abonner aux fermetures de ce site (iCal)"
        hintText="À coller dans « Ajouter un agenda depuis Internet » de votre logiciel d'agenda."
        nativeInputProps={{
          ref: inputRef,
          value: url,
          readOnly: true,
          onFocus: (event) => event.currentTarget.select(),
          spellCheck: false,
        }}
      />
      <Button
        priority="secondary"
        iconId="fr-icon-clipboard-line"
        onClick={() => void copyLink(url)}
      >
        Copier le lien des fermetures
      </Button>
      <CopyLinkStatus outcome={copyOutcome} />
    </section>
  );
}
