import type { OutboxMessage } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState, type CSSProperties } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { isNonEmpty } from '../../../lib/non-empty';
import { useDevOutbox } from '../hooks/use-dev-outbox';

// Inline styles: this development page keeps its looks to itself (DSFR variables for colours).
const itemStyle = (isOpened: boolean): CSSProperties => ({
  display: 'block',
  width: '100%',
  textAlign: 'left',
  padding: '0.75rem',
  border: '1px solid var(--border-default-grey)',
  borderLeft: isOpened
    ? '4px solid var(--border-action-high-blue-france)'
    : '1px solid var(--border-default-grey)',
  background: isOpened ? 'var(--background-alt-blue-france)' : 'var(--background-default-grey)',
});
const frameStyle: CSSProperties = {
  width: '100%',
  height: '40rem',
  border: '1px solid var(--border-default-grey)',
  background: '#ffffff',
};
const textStyle: CSSProperties = { whiteSpace: 'pre-wrap', fontSize: '0.875rem', margin: 0 };

const timeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'medium' });

/** Mails the server kept instead of sending them (no SMTP server configured). */
export function DevOutboxView() {
  const outboxQuery = useDevOutbox();
  const [openedId, setOpenedId] = useState<string | null>(null);

  if (outboxQuery.isPending) return <LoadingState label="Chargement de la boîte d'envoi…" />;
  if (outboxQuery.isError) {
    return <ErrorState error={outboxQuery.error} onRetry={() => void outboxQuery.refetch()} />;
  }
  if (outboxQuery.data === null) {
    return (
      <Alert
        severity="info"
        title="Boîte d'envoi inactive"
        description="Ce serveur envoie les mails par SMTP (SMTP_URL) : il n'en garde pas de copie ici."
      />
    );
  }

  const { messages } = outboxQuery.data;
  if (!isNonEmpty(messages)) {
    return (
      <EmptyState title="Aucun mail pour l'instant.">
        <p className={fr.cx('fr-mb-0')}>
          Réservez ou annulez un poste : le mail envoyé à l'agent apparaîtra ici.
        </p>
      </EmptyState>
    );
  }
  const opened = messages.find((message) => message.id === openedId) ?? messages[0];

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <nav aria-label="Mails envoyés" className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <p className={fr.cx('fr-text--sm')}>
          {messages.length} mail{messages.length > 1 ? 's' : ''}, du plus récent au plus ancien.
        </p>
        <ul className="admz-plain-list">
          {messages.map((message) => (
            <li key={message.id} className={fr.cx('fr-mb-1w')}>
              <button
                type="button"
                style={itemStyle(message.id === opened.id)}
                aria-current={message.id === opened.id ? 'true' : undefined}
                onClick={() => setOpenedId(message.id)}
              >
                <span className={fr.cx('fr-text--bold')} style={{ display: 'block' }}>
                  {message.subject}
                </span>
                <span className={fr.cx('fr-text--xs')} style={{ display: 'block' }}>
                  À {message.to} — {timeFormat.format(new Date(message.createdAt))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <OpenedMail message={opened} />
      </div>
    </div>
  );
}

function OpenedMail({ message }: { message: OutboxMessage }) {
  return (
    <article aria-labelledby="opened-mail-subject">
      <h2 id="opened-mail-subject" className={fr.cx('fr-h4')}>
        {message.subject}
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        À {message.to}
        <br />
        {timeFormat.format(new Date(message.createdAt))}
        {message.attachments.length > 0 && (
          <>
            <br />
            Pièces jointes :{' '}
            {message.attachments.map((attachment) => attachment.filename).join(', ')}
          </>
        )}
      </p>
      {/* Sandboxed: the mail's HTML runs no script and cannot reach the page. */}
      <iframe
        key={message.id}
        title={`Version HTML du mail « ${message.subject} »`}
        sandbox=""
        srcDoc={message.html}
        style={frameStyle}
      />
      <Accordion label="Version texte" titleAs="h3">
        <pre style={textStyle}>{message.text}</pre>
      </Accordion>
    </article>
  );
}
