import type { OutboxMessage } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMemo, useState, type CSSProperties } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { isNonEmpty } from '../../../lib/non-empty';
import { useLocale, useMessages } from '../../../i18n/language';
import { useDevOutbox } from '../hooks/use-dev-outbox';
import { mailMessages } from '../mail.messages';

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

function useTimeFormat(): Intl.DateTimeFormat {
  const locale = useLocale();
  return useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
    [locale],
  );
}

/** Mails the server kept instead of sending them (no SMTP server configured). */
export function DevOutboxView() {
  const outboxQuery = useDevOutbox();
  const [openedId, setOpenedId] = useState<string | null>(null);
  const texts = useMessages(mailMessages).outbox;
  const timeFormat = useTimeFormat();

  if (outboxQuery.isPending) return <LoadingState label={texts.loading} />;
  if (outboxQuery.isError) {
    return <ErrorState error={outboxQuery.error} onRetry={() => void outboxQuery.refetch()} />;
  }
  if (outboxQuery.data === null) {
    return <Alert severity="info" title={texts.inactiveTitle} description={texts.inactive} />;
  }

  const { messages } = outboxQuery.data;
  if (!isNonEmpty(messages)) {
    return (
      <EmptyState title={texts.empty}>
        <p className={fr.cx('fr-mb-0')}>{texts.emptyHint}</p>
      </EmptyState>
    );
  }
  const opened = messages.find((message) => message.id === openedId) ?? messages[0];

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <nav aria-label={texts.listLabel} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <p className={fr.cx('fr-text--sm')}>{texts.count(messages.length)}</p>
        <ul className="admz-plain-list">
          {messages.map((message) => (
            <li key={message.id} className={fr.cx('fr-mb-1w')}>
              <button
                type="button"
                style={itemStyle(message.id === opened.id)}
                aria-current={message.id === opened.id ? 'true' : undefined}
                onClick={() => setOpenedId(message.id)}
              >
                {/* Mails are written in French, whatever the page's language. */}
                <span className={fr.cx('fr-text--bold')} style={{ display: 'block' }} lang="fr">
                  {message.subject}
                </span>
                <span className={fr.cx('fr-text--xs')} style={{ display: 'block' }}>
                  {texts.to(message.to)} — {timeFormat.format(new Date(message.createdAt))}
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
  const texts = useMessages(mailMessages).outbox;
  const timeFormat = useTimeFormat();
  return (
    <article aria-labelledby="opened-mail-subject">
      <h2 id="opened-mail-subject" className={fr.cx('fr-h4')} lang="fr">
        {message.subject}
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        {texts.to(message.to)}
        <br />
        {timeFormat.format(new Date(message.createdAt))}
        {message.attachments.length > 0 && (
          <>
            <br />
            {texts.attachments}{' '}
            {message.attachments.map((attachment) => attachment.filename).join(', ')}
          </>
        )}
      </p>
      {/* Sandboxed: the mail's HTML runs no script and cannot reach the page. */}
      <iframe
        key={message.id}
        title={texts.htmlVersion(message.subject)}
        sandbox=""
        lang="fr"
        srcDoc={message.html}
        style={frameStyle}
      />
      <Accordion label={texts.textVersion} titleAs="h3">
        <pre style={textStyle} lang="fr">
          {message.text}
        </pre>
      </Accordion>
    </article>
  );
}
