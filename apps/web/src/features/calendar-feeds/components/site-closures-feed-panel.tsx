import type { Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMessages } from '../../../i18n/language';
import { buildSiteClosuresFeedUrl } from '../calendar-feeds.api';
import { calendarFeedsMessages } from '../calendar-feeds.messages';
import { useCopyLink } from '../hooks/use-copy-link';
import { CopyLinkStatus } from './copy-link-status';

/** The public address of a site's closures and public holidays, to paste into a calendar. */
export function SiteClosuresFeedPanel({ site }: { site: Site }) {
  const { inputRef, copyOutcome, copyLink } = useCopyLink();
  const { siteClosures: texts } = useMessages(calendarFeedsMessages);
  const url = buildSiteClosuresFeedUrl(window.location.origin, site.id);
  return (
    <section aria-labelledby="site-closures-feed-title" className={fr.cx('fr-mt-4w')}>
      <h3 id="site-closures-feed-title" className={fr.cx('fr-h5')}>
        {texts.title}
      </h3>
      <p>{texts.lead(site.name)}</p>
      <Input
        label={texts.address}
        hintText={texts.pasteHint}
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
        {texts.copy}
      </Button>
      <CopyLinkStatus outcome={copyOutcome} />
    </section>
  );
}
