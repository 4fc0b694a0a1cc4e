import type { CalendarFeed } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect, useRef } from 'react';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { formatDateTimeInTimezone, getBrowserTimezone } from '../../../lib/date-time';
import { CopyLinkStatus } from './copy-link-status';
import { useCopyLink } from '../hooks/use-copy-link';
import { useMyCalendarFeedStatus } from '../hooks/use-my-calendar-feed-status';
import { useRegenerateCalendarFeed } from '../hooks/use-regenerate-calendar-feed';
import { useRevokeCalendarFeed } from '../hooks/use-revoke-calendar-feed';

const regenerateFeedModal = createModal({
  id: 'regenerate-calendar-feed-modal',
  isOpenedByDefault: false,
});
const revokeFeedModal = createModal({
  id: 'revoke-calendar-feed-modal',
  isOpenedByDefault: false,
});

/**
 * « Mes réservations »: the secret subscription address of my bookings. AdmZ keeps only its
 * hash, so the address is shown once, when created; afterwards it can only be replaced.
 */
export function CalendarFeedPanel() {
  const statusQuery = useMyCalendarFeedStatus();
  const regenerateMutation = useRegenerateCalendarFeed();
  const revokeMutation = useRevokeCalendarFeed();
  const createdFeed = regenerateMutation.data ?? null;

  function createFeed() {
    revokeMutation.reset();
    regenerateMutation.mutate(undefined, { onSuccess: () => regenerateFeedModal.close() });
  }

  function confirmRevoke() {
    revokeMutation.mutate(undefined, {
      onSuccess: () => {
        regenerateMutation.reset();
        revokeFeedModal.close();
      },
    });
  }

  return (
    <section aria-labelledby="calendar-feed-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="calendar-feed-title">Mes réservations dans mon agenda</h2>
      <p>
        Abonnez votre agenda (Outlook, Thunderbird, téléphone) à une adresse secrète : vos
        réservations y apparaissent et s'y mettent à jour toutes seules. Cette adresse est
        personnelle, ne la partagez pas.
      </p>

      {statusQuery.isPending && <LoadingState label="Chargement de votre lien d'agenda…" />}
      {statusQuery.isError && (
        <ErrorState error={statusQuery.error} onRetry={() => void statusQuery.refetch()} />
      )}
      {statusQuery.data && (
        <>
          {createdFeed ? (
            <CreatedFeedLink feed={createdFeed} />
          ) : statusQuery.data.isActive ? (
            <p>
              Un lien d'abonnement est actif
              {statusQuery.data.createdAt &&
                ` depuis le ${formatDateTimeInTimezone(statusQuery.data.createdAt, getBrowserTimezone())}`}
              . Pour votre sécurité, AdmZ n'en garde qu'une empreinte et ne peut plus l'afficher :
              s'il vous manque, régénérez-le (l'ancien cessera de fonctionner).
            </p>
          ) : (
            <p>Vous n'avez pas de lien d'abonnement.</p>
          )}
          {revokeMutation.isSuccess && !statusQuery.data.isActive && (
            <Alert
              severity="success"
              small
              className={fr.cx('fr-mb-2w')}
              description="Lien désactivé : les agendas abonnés ne reçoivent plus vos réservations."
            />
          )}
          {regenerateMutation.isError && !statusQuery.data.isActive && (
            <Alert
              severity="error"
              small
              className={fr.cx('fr-mb-2w')}
              description={describeError(regenerateMutation.error)}
            />
          )}
          <ul
            className={fr.cx(
              'fr-btns-group',
              'fr-btns-group--inline-sm',
              'fr-btns-group--icon-left',
            )}
          >
            {statusQuery.data.isActive ? (
              <>
                <li>
                  <Button
                    priority="secondary"
                    iconId="fr-icon-refresh-line"
                    onClick={() => {
                      regenerateMutation.reset();
                      regenerateFeedModal.open();
                    }}
                  >
                    Régénérer le lien
                  </Button>
                </li>
                <li>
                  <Button
                    priority="tertiary"
                    iconId="fr-icon-close-circle-line"
                    onClick={() => {
                      revokeMutation.reset();
                      revokeFeedModal.open();
                    }}
                  >
                    Désactiver le lien
                  </Button>
                </li>
              </>
            ) : (
              <li>
                <Button
                  iconId="fr-icon-calendar-line"
                  disabled={regenerateMutation.isPending}
                  onClick={createFeed}
                >
                  {regenerateMutation.isPending ? 'Création…' : "Créer mon lien d'abonnement"}
                </Button>
              </li>
            )}
          </ul>
          <Accordion label="Comment m'abonner ?" titleAs="h3">
            <ul>
              <li>
                <strong>Outlook</strong> : Calendrier → Ajouter un calendrier → « À partir
                d'Internet », puis collez le lien.
              </li>
              <li>
                <strong>Thunderbird</strong> : Agenda → Nouvel agenda → « Sur le réseau », puis
                collez le lien.
              </li>
              <li>
                <strong>Téléphone</strong> : ajoutez un agenda par abonnement (URL) dans les
                réglages de votre agenda.
              </li>
            </ul>
            <p className={fr.cx('fr-mb-0')}>
              Les logiciels d'agenda relisent l'adresse de temps en temps : une nouvelle réservation
              peut mettre quelques heures à y apparaître.
            </p>
          </Accordion>
        </>
      )}

      <regenerateFeedModal.Component
        title="Régénérer le lien d'abonnement ?"
        iconId="fr-icon-warning-line"
        buttons={[
          { children: 'Garder le lien actuel', priority: 'secondary' },
          {
            children: regenerateMutation.isPending ? 'Régénération…' : 'Oui, régénérer le lien',
            doClosesModal: false,
            disabled: regenerateMutation.isPending,
            onClick: createFeed,
          },
        ]}
      >
        <p>
          L'ancien lien cessera aussitôt de fonctionner : les agendas abonnés avec lui ne recevront
          plus vos réservations. Le nouveau lien ne sera affiché qu'une fois : abonnez vos agendas
          avec lui tout de suite.
        </p>
        {regenerateMutation.isError && (
          <Alert severity="error" small description={describeError(regenerateMutation.error)} />
        )}
      </regenerateFeedModal.Component>

      <revokeFeedModal.Component
        title="Désactiver le lien d'abonnement ?"
        iconId="fr-icon-warning-line"
        buttons={[
          { children: 'Garder le lien', priority: 'secondary' },
          {
            children: revokeMutation.isPending ? 'Désactivation…' : 'Oui, désactiver le lien',
            doClosesModal: false,
            disabled: revokeMutation.isPending,
            onClick: confirmRevoke,
          },
        ]}
      >
        <p>
          Les agendas abonnés ne recevront plus vos réservations. Vous pourrez créer un nouveau lien
          quand vous voudrez.
        </p>
        {revokeMutation.isError && (
          <Alert severity="error" small description={describeError(revokeMutation.error)} />
        )}
      </revokeFeedModal.Component>
    </section>
  );
}

/** The address just created: the one time it can be copied. */
function CreatedFeedLink({ feed }: { feed: CalendarFeed }) {
  const { inputRef, copyOutcome, copyLink } = useCopyLink();
  const noticeRef = useRef<HTMLDivElement>(null);

  // The button that asked for it may be gone; the news is the link: focus says it.
  useEffect(() => {
    noticeRef.current?.focus();
  }, [feed.url]);

  return (
    <div className={fr.cx('fr-mb-2w')}>
      <div ref={noticeRef} tabIndex={-1} className={fr.cx('fr-mb-3w')}>
        <Alert
          severity="warning"
          small
          description="Copiez ce lien maintenant : il ne sera plus affiché. Tout lien précédent ne fonctionne plus."
        />
      </div>
      <Input
        label="Adresse d'abonnement (iCal)"
        hintText="À coller dans « Ajouter un agenda depuis Internet » de votre logiciel d'agenda."
        nativeInputProps={{
          ref: inputRef,
          value: feed.url,
          readOnly: true,
          onFocus: (event) => event.currentTarget.select(),
          spellCheck: false,
        }}
      />
      <Button iconId="fr-icon-clipboard-line" onClick={() => void copyLink(feed.url)}>
        Copier le lien
      </Button>
      <CopyLinkStatus outcome={copyOutcome} />
    </div>
  );
}
