import {
  deskAttributeLabels,
  formatFrenchDate,
  type AffectedBooking,
  type Desk,
  type DeskAttribute,
  type ZoneSummary,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useAffectedBookingsConfirmation } from '../../site-settings/hooks/use-affected-bookings-confirmation';
import { useDeactivateDesks, useReactivateDesks, useUpdateDesk } from '../hooks/use-site-console';
import { AttributesField } from './add-desks-panel';

const deactivateModal = createModal({ id: 'deactivate-desks-modal', isOpenedByDefault: false });

/** What a deactivation is about, as the host reads it. */
type Target = { deskIds: string[]; what: string };

/** The desks of each zone, in the zones' order: equipment, state, deactivation that asks first. */
export function ZoneDesksPanel({
  siteId,
  zones,
  desks,
}: {
  siteId: string;
  zones: ZoneSummary[];
  desks: Desk[];
}) {
  const deactivation = useDeactivateDesks(siteId);
  const confirmation = useAffectedBookingsConfirmation(deactivation);
  const reactivation = useReactivateDesks(siteId);
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { pending } = confirmation;

  // The API listed bookings it would cancel: ask in the modal.
  useEffect(() => {
    if (pending) deactivateModal.open();
  }, [pending]);
  useIsModalOpen(deactivateModal, {
    onConceal: () => {
      if (!deactivation.isPending) confirmation.cancel();
    },
  });

  function deactivate(next: Target) {
    setTarget(next);
    setNotice(null);
    reactivation.reset();
    confirmation.send({ deskIds: next.deskIds, confirm: false }, () =>
      setNotice(
        `${next.what} : désactivé${next.deskIds.length > 1 ? 's' : ''}. Aucune réservation à venir n’était concernée.`,
      ),
    );
  }

  function confirm() {
    if (!pending || !target) return;
    const count = pending.affected.length;
    confirmation.confirm({ ...pending.variables, confirm: true }, () => {
      deactivateModal.close();
      setNotice(
        `${target.what} : désactivé${target.deskIds.length > 1 ? 's' : ''}. ${count} réservation${count > 1 ? 's' : ''} annulée${count > 1 ? 's' : ''}, les personnes concernées sont prévenues par courriel.`,
      );
    });
  }

  function reactivate(deskIds: string[], what: string) {
    setNotice(null);
    reactivation.mutate(deskIds, {
      onSuccess: () =>
        setNotice(`${what} : de nouveau ouvert${deskIds.length > 1 ? 's' : ''} à la réservation.`),
    });
  }

  return (
    <>
      <div aria-live="polite">
        {notice && (
          <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
        )}
      </div>
      {confirmation.error && (
        <Alert
          severity="error"
          small
          description={describeError(confirmation.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      <MutationFeedback mutation={reactivation} />
      {zones.map((zone) => {
        const zoneDesks = desks.filter((desk) => desk.zone === zone.zone);
        const active = zoneDesks.filter((desk) => desk.isActive);
        const inactive = zoneDesks.filter((desk) => !desk.isActive);
        return (
          <section key={zone.id} aria-labelledby={`zone-${zone.id}`} className={fr.cx('fr-mb-4w')}>
            <h3 id={`zone-${zone.id}`} className={fr.cx('fr-h6', 'fr-mb-1w')}>
              {zone.zone}{' '}
              <span className={fr.cx('fr-text--sm')}>
                ({active.length} actif{active.length > 1 ? 's' : ''}
                {inactive.length > 0
                  ? `, ${inactive.length} désactivé${inactive.length > 1 ? 's' : ''}`
                  : ''}
                )
              </span>
            </h3>
            {zoneDesks.length === 0 ? (
              <p className={fr.cx('fr-text--sm')}>Aucun poste dans cette zone pour l’instant.</p>
            ) : (
              <>
                <div className="site-console__zone-bulk">
                  {active.length > 1 && (
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-close-circle-line"
                      onClick={() =>
                        deactivate({
                          deskIds: active.map((desk) => desk.id),
                          what: `Les ${active.length} postes actifs de la zone ${zone.zone}`,
                        })
                      }
                    >
                      {`Désactiver toute la zone ${zone.zone}`}
                    </Button>
                  )}
                  {inactive.length > 1 && (
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-checkbox-circle-line"
                      onClick={() =>
                        reactivate(
                          inactive.map((desk) => desk.id),
                          `Les ${inactive.length} postes désactivés de la zone ${zone.zone}`,
                        )
                      }
                    >
                      {`Réactiver les postes désactivés de ${zone.zone}`}
                    </Button>
                  )}
                </div>
                <ul className="site-console__desks">
                  {zoneDesks.map((desk) => (
                    <DeskItem
                      key={desk.id}
                      siteId={siteId}
                      desk={desk}
                      onDeactivate={() =>
                        deactivate({ deskIds: [desk.id], what: `Poste ${desk.label}` })
                      }
                      onReactivate={() => reactivate([desk.id], `Poste ${desk.label}`)}
                      isBusy={deactivation.isPending || reactivation.isPending}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <deactivateModal.Component
        title={target ? `${target.what} : désactiver ?` : 'Désactiver ?'}
        iconId="fr-icon-warning-line"
        size="large"
        buttons={[
          { children: 'Ne rien changer', priority: 'secondary' },
          {
            children: confirmation.isConfirming
              ? 'Annulation en cours…'
              : 'Désactiver, annuler ces réservations et prévenir',
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: confirmation.isConfirming || !pending,
            onClick: confirm,
          },
        ]}
      >
        {pending && <AffectedBookingsList bookings={pending.affected} />}
        {deactivation.isError && !pending && (
          <Alert severity="error" small description={describeError(deactivation.error)} />
        )}
      </deactivateModal.Component>
    </>
  );
}

function AffectedBookingsList({ bookings }: { bookings: AffectedBooking[] }) {
  const count = bookings.length;
  return (
    <>
      <p>
        {count} réservation{count > 1 ? 's' : ''} à venir{' '}
        {count > 1 ? 'seraient annulées' : 'serait annulée'}. Rien n’a encore changé : si vous
        confirmez, le poste n’est plus proposé, ces réservations sont annulées et chaque personne
        est prévenue par courriel.
      </p>
      <ul className="site-console__affected">
        {bookings.map((booking) => (
          <li key={booking.bookingId}>
            <strong>
              {booking.person.givenName} {booking.person.usualName}
            </strong>{' '}
            ({booking.person.email}) — poste {booking.desk.label}, {formatFrenchDate(booking.date)},{' '}
            {booking.localStart} – {booking.localEnd}
          </li>
        ))}
      </ul>
    </>
  );
}

function DeskItem({
  siteId,
  desk,
  onDeactivate,
  onReactivate,
  isBusy,
}: {
  siteId: string;
  desk: Desk;
  onDeactivate: () => void;
  onReactivate: () => void;
  isBusy: boolean;
}) {
  const [isEditing, setIsEditing] = useState(false);
  return (
    <li className="site-console__desk">
      <span className="site-console__desk-label">
        <strong>{desk.label}</strong>{' '}
        {desk.isActive ? (
          <Badge severity="success" small noIcon>
            Actif
          </Badge>
        ) : (
          <Badge severity="error" small noIcon>
            Désactivé
          </Badge>
        )}
        <span className={fr.cx('fr-text--sm')}>
          {' '}
          {desk.attributes.length > 0
            ? desk.attributes.map((attribute) => deskAttributeLabels[attribute]).join(' · ')
            : 'sans équipement'}
        </span>
      </span>
      <span className="site-console__zone-actions">
        <Button
          size="small"
          priority="tertiary no outline"
          iconId="fr-icon-settings-5-line"
          title={`Équipements du poste ${desk.label}`}
          aria-expanded={isEditing}
          onClick={() => setIsEditing((value) => !value)}
        />
        {desk.isActive ? (
          <Button size="small" priority="tertiary" disabled={isBusy} onClick={onDeactivate}>
            {`Désactiver ${desk.label}`}
          </Button>
        ) : (
          <Button size="small" priority="tertiary" disabled={isBusy} onClick={onReactivate}>
            {`Réactiver ${desk.label}`}
          </Button>
        )}
      </span>
      {isEditing && (
        <DeskAttributesForm siteId={siteId} desk={desk} onDone={() => setIsEditing(false)} />
      )}
    </li>
  );
}

function DeskAttributesForm({
  siteId,
  desk,
  onDone,
}: {
  siteId: string;
  desk: Desk;
  onDone: () => void;
}) {
  const mutation = useUpdateDesk(siteId);
  const [chosen, setChosen] = useState<DeskAttribute[]>(desk.attributes);
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ deskId: desk.id, attributes: chosen }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} className="site-console__desk-form">
      <AttributesField
        legend={`Équipements du poste ${desk.label}`}
        value={chosen}
        onChange={setChosen}
      />
      <MutationFeedback mutation={mutation} />
      <Button type="submit" size="small" disabled={mutation.isPending}>
        {mutation.isPending ? 'Enregistrement…' : 'Enregistrer les équipements'}
      </Button>
    </form>
  );
}
