import { fr } from '@codegouvfr/react-dsfr';

type LoadingStateProps = { label?: string };

export function LoadingState({ label = 'Chargement…' }: LoadingStateProps) {
  return (
    <div className={fr.cx('fr-py-4w')} role="status" aria-live="polite">
      <p className={fr.cx('fr-text--lg', 'fr-mb-0')}>
        <span className="admz-spinner" aria-hidden="true" />
        {label}
      </p>
    </div>
  );
}
