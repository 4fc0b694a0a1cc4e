import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

type EmptyStateProps = { title: string; children?: ReactNode; action?: ReactNode };

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div
      className={fr.cx('fr-p-4w', 'fr-my-3w')}
      style={{ background: 'var(--background-alt-grey)' }}
    >
      <p className={fr.cx('fr-h6', 'fr-mb-1w')}>{title}</p>
      {children}
      {action && <div className={fr.cx('fr-mt-2w')}>{action}</div>}
    </div>
  );
}
