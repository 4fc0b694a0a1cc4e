import { fr } from '@codegouvfr/react-dsfr';
import type { CopyOutcome } from '../hooks/use-copy-link';

/** Says, politely, whether the link is in the clipboard or selected for a manual copy. */
export function CopyLinkStatus({ outcome }: { outcome: CopyOutcome }) {
  return (
    <p role="status" aria-live="polite" className={fr.cx('fr-text--sm', 'fr-mb-2w')}>
      {outcome === 'copied' && 'Lien copié dans le presse-papiers.'}
      {outcome === 'select-by-hand' &&
        'Copie automatique impossible : le lien est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).'}
    </p>
  );
}
