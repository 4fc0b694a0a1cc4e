import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect, useRef, useState } from 'react';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { CopyLinkStatus } from './copy-link-status';
import { useCopyLink } from '../hooks/use-copy-link';
import { useMyCalendarFeed } from '../hooks/use-my-calendar-feed';
import { useRegenerateCalendarFeed } from '../hooks/use-regenerate-calendar-feed';

const regenerateFeedModal = createModal({
  id: 'regenerate-calendar-feed-modal',
  isOpenedByDefault: false,
});

/** « Mes réservations »: the secret subscription address of my bookings, for my calendar. */
export function CalendarFeedPanel() {
  const feedQuery = useMyCalendarFeed();
  const regenerateMutation = useRegenerateCalendarFeed();
  const { inputRef, copyOutcome, copyLink, resetCopyOutcome } = useCopyLink();
  const [isRegenerated, setIsRegenerated] = useState(false);
  const regeneratedAlertRef = useRef<HTMLDivElement>(null);

  // The button that opened the modal stays, but the news is the new link: focus says it.
  useEffect(() => {
    if (isRegenerated) regeneratedAlertRef.current?.focus();
  }, [isRegenerated]);

  function confirmRegenerate() {
    regenerateMutation.mutate(undefined, {
      onSuccess: () => {
        resetCopyOutcome();
        setIsRegenerated(true);
        regenerateFeedModal.close();
      },
    });
  }

  return (
    <section aria-labelledby="calendar-feed-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="calendar-feed-title">Mes réservations dans mon agenda</h2>
      <p>
        Abonnez votre agenda (Outlook, Thunderbird, téléphone) à cette adresse : vos réservations y
        apparaissent et s'y mettent à jour toutes seules. Cette adresse est personnelle, ne la
        partagez pas.
      </p>

      {feedQuery.isPending && <LoadingState label="Chargement de votre lien d'agenda…" />}
      {feedQuery.isError && (
        <ErrorState error={feedQuery.error} onRetry={() => void feedQuery.refetch()} />
      )}
      {feedQuery.data && (
        <>
          {isRegenerated && (
            <div ref={regeneratedAlertRef} tabIndex={-1} className={fr.cx('fr-mb-3w')}>
              <Alert
                severity="success"
                small
                description="Nouveau lien créé : l'ancien ne fonctionne plus. Abonnez vos agendas avec celui-ci."
                closable
                onClose={() => setIsRegenerated(false)}
              />
            </div>
          )}
          <Input
            label="Adresse d'abonnement (iCal)"
            hintText="À coller dans « Ajouter un agenda depuis Internet » de votre logiciel d'agenda."
            nativeInputProps={{
              ref: inputRef,
              value: feedQuery.data.url,
              readOnly: true,
              onFocus: (event) => event.currentTarget.select(),
              spellCheck: false,
            }}
          />
          <ul
            className={fr.cx(
              'fr-btns-group',
              'fr-btns-group--inline-sm',
              'fr-btns-group--icon-left',
            )}
          >
            <li>
              <Button
                iconId="fr-icon-clipboard-line"
                onClick={() => void copyLink(feedQuery.data.url)}
              >
                Copier le lien
              </Button>
            </li>
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
          </ul>
          <CopyLinkStatus outcome={copyOutcome} />
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
            onClick: confirmRegenerate,
          },
        ]}
      >
        <p>
          L'ancien lien cessera aussitôt de fonctionner : les agendas abonnés avec lui ne recevront
          plus vos réservations. Faites-le si le lien a pu être vu par quelqu'un d'autre, puis
          abonnez vos agendas avec le nouveau lien.
        </p>
        {regenerateMutation.isError && (
          <Alert severity="error" small description={describeError(regenerateMutation.error)} />
        )}
      </regenerateFeedModal.Component>
    </section>
  );
}
