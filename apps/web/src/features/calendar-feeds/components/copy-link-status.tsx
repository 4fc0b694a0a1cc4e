import { fr } from '@codegouvfr/react-dsfr';
import { useMessages } from '../../../i18n/language';
import { calendarFeedsMessages } from '../calendar-feeds.messages';
import type { CopyOutcome } from '../hooks/use-copy-link';

/** Says, politely, whether the link is in the clipboard or selected for a manual copy. */
export function CopyLinkStatus({ outcome }: { outcome: CopyOutcome }) {
  const { copyStatus } = useMessages(calendarFeedsMessages);
  return (
    <p role="status" aria-live="polite" className={fr.cx('fr-text--sm', 'fr-mb-2w')}>
      {outcome === 'copied' && copyStatus.copied}
      {outcome === 'select-by-hand' && copyStatus.selectByHand}
    </p>
  );
}
