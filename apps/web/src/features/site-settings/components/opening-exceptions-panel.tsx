import {
  formatFrenchDate,
  openingExceptionInputSchema,
  type OpeningExceptionInput,
  type OpeningHours,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError } from '../../../components/error-state';
import { useDeleteOpeningException, usePutOpeningException } from '../hooks/use-opening-hours';
import { describeCancelledBookings } from '../hours-change-messages';
import { useAffectedBookingsConfirmation } from '../hooks/use-affected-bookings-confirmation';
import { AffectedBookingsPanel } from './affected-bookings-panel';

type ExceptionsProps = { siteId: string; today: string; openingHours: OpeningHours };

/** Dated exceptions (closed, or special hours) and the public holidays that close the site. */
export function OpeningExceptionsPanel({ siteId, today, openingHours }: ExceptionsProps) {
  const removeMutation = useDeleteOpeningException(siteId);
  const removal = useAffectedBookingsConfirmation(removeMutation);
  const pendingRemoval = removal.pending;
  const [removedMessage, setRemovedMessage] = useState<string | null>(null);
  const removedMessageRef = useRef<HTMLDivElement>(null);

  // The row and its button are gone: focus goes to the sentence that says so.
  useEffect(() => {
    if (removedMessage) removedMessageRef.current?.focus();
  }, [removedMessage]);

  /** Without a confirmed list, the API answers with the bookings the removal would cancel. */
  function removeException(date: string, isConfirmed: boolean) {
    setRemovedMessage(null);
    const send = isConfirmed ? removal.confirm : removal.send;
    send({ date, isConfirmed }, (cancelled) => {
      const removed = `Exception du ${formatFrenchDate(date)} supprimée.`;
      setRemovedMessage(
        cancelled ? `${removed} ${describeCancelledBookings(cancelled.length)}` : removed,
      );
    });
  }
  const exceptionDates = new Set(openingHours.exceptions.map((exception) => exception.date));
  const upcoming = openingHours.exceptions.filter((exception) => exception.date >= today);
  return (
    <>
      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>Fermetures et horaires exceptionnels</h3>
      {upcoming.length === 0 ? (
        <EmptyState title="Aucune exception à venir.">
          <p className={fr.cx('fr-mb-0')}>
            Ajoutez une fermeture (travaux, pont) ou des horaires particuliers pour un jour donné.
          </p>
        </EmptyState>
      ) : (
        <div className="fr-table fr-table--bordered">
          <table>
            <caption className="fr-sr-only">Exceptions à venir</caption>
            <thead>
              <tr>
                <th scope="col">Jour</th>
                <th scope="col">Horaires</th>
                <th scope="col">Motif</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {upcoming.map((exception) => (
                <tr key={exception.date}>
                  <td>{formatFrenchDate(exception.date)}</td>
                  <td>
                    {exception.isClosed
                      ? 'Fermé'
                      : `De ${exception.opensAt} à ${exception.closesAt}`}
                  </td>
                  <td>{exception.reason || '—'}</td>
                  <td>
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-delete-line"
                      disabled={removeMutation.isPending}
                      onClick={() => removeException(exception.date, false)}
                      nativeButtonProps={{
                        'aria-label': `Supprimer l'exception du ${formatFrenchDate(exception.date)}`,
                      }}
                    >
                      Supprimer
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removal.error && <Alert severity="error" small description={describeError(removal.error)} />}
      {removedMessage && (
        <div ref={removedMessageRef} tabIndex={-1}>
          <Alert
            severity="success"
            small
            closable
            onClose={() => setRemovedMessage(null)}
            description={removedMessage}
          />
        </div>
      )}
      {pendingRemoval && (
        <AffectedBookingsPanel
          key={pendingRemoval.variables.date}
          bookings={pendingRemoval.affected}
          change={`Sans l'exception du ${formatFrenchDate(pendingRemoval.variables.date)}, ce jour reprend les horaires de la semaine (ou ferme si c'est un jour férié).`}
          isConfirming={removal.isConfirming}
          onConfirm={() => removeException(pendingRemoval.variables.date, true)}
          onCancel={removal.cancel}
        />
      )}
      <ExceptionForm siteId={siteId} today={today} />

      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>Jours fériés</h3>
      <p>
        Le site est fermé les jours fériés de sa région, sauf si vous y ajoutez des horaires
        exceptionnels.
      </p>
      {openingHours.upcomingHolidays.length === 0 ? (
        <EmptyState title="Aucun jour férié dans les douze prochains mois." />
      ) : (
        <ul>
          {openingHours.upcomingHolidays.map((holiday) => (
            <li key={holiday.date}>
              {formatFrenchDate(holiday.date)} — {holiday.name}
              {exceptionDates.has(holiday.date) && ' (horaires exceptionnels prévus)'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ExceptionForm({ siteId, today }: { siteId: string; today: string }) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'closed' | 'special'>('closed');
  const [opensAt, setOpensAt] = useState('09:00');
  const [closesAt, setClosesAt] = useState('17:00');
  const [reason, setReason] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const mutation = usePutOpeningException(siteId);
  const confirmation = useAffectedBookingsConfirmation(mutation);

  function save(confirm: boolean) {
    const body: OpeningExceptionInput = {
      isClosed: kind === 'closed',
      opensAt: kind === 'closed' ? null : opensAt,
      closesAt: kind === 'closed' ? null : closesAt,
      reason,
      confirm,
    };
    const parsed = openingExceptionInputSchema.safeParse(body);
    if (!date) {
      setValidationError('Choisissez le jour concerné.');
      return;
    }
    if (!parsed.success) {
      setValidationError(parsed.error.issues[0]?.message ?? 'Exception invalide.');
      return;
    }
    setValidationError(null);
    setSavedMessage(null);
    const send = confirm ? confirmation.confirm : confirmation.send;
    send({ date, body: parsed.data }, () => {
      setSavedMessage(`Exception du ${formatFrenchDate(date)} enregistrée.`);
      setReason('');
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className={fr.cx('fr-mt-3w')}>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-h6">Ajouter ou modifier une exception</legend>
        <div className="fr-fieldset__element">
          <Input
            label="Jour"
            nativeInputProps={{
              type: 'date',
              min: today,
              value: date,
              required: true,
              onChange: (event) => setDate(event.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <RadioButtons
            legend="Ce jour-là, le site est"
            orientation="horizontal"
            options={[
              {
                label: 'Fermé',
                nativeInputProps: { checked: kind === 'closed', onChange: () => setKind('closed') },
              },
              {
                label: 'Ouvert avec des horaires particuliers',
                nativeInputProps: {
                  checked: kind === 'special',
                  onChange: () => setKind('special'),
                },
              },
            ]}
          />
        </div>
        {kind === 'special' && (
          <div className="fr-fieldset__element admz-range-row">
            <Input
              label="Ouverture"
              nativeInputProps={{
                type: 'time',
                value: opensAt,
                onChange: (event) => setOpensAt(event.target.value),
              }}
            />
            <Input
              label="Fermeture"
              nativeInputProps={{
                type: 'time',
                value: closesAt,
                onChange: (event) => setClosesAt(event.target.value),
              }}
            />
          </div>
        )}
        <div className="fr-fieldset__element">
          <Input
            label="Motif (facultatif)"
            hintText="Affiché aux agents, par exemple « Travaux » ou « Séminaire »."
            nativeInputProps={{
              value: reason,
              maxLength: 200,
              onChange: (event) => setReason(event.target.value),
            }}
          />
        </div>
      </fieldset>
      {validationError && (
        <Alert severity="error" small description={validationError} className={fr.cx('fr-mb-2w')} />
      )}
      {confirmation.error && (
        <Alert
          severity="error"
          small
          description={describeError(confirmation.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {savedMessage && (
        <Alert severity="success" small description={savedMessage} className={fr.cx('fr-mb-2w')} />
      )}
      {confirmation.pending ? (
        <AffectedBookingsPanel
          bookings={confirmation.pending.affected}
          isConfirming={confirmation.isConfirming}
          onConfirm={() => save(true)}
          onCancel={confirmation.cancel}
        />
      ) : (
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? 'Enregistrement…' : "Enregistrer l'exception"}
        </Button>
      )}
    </form>
  );
}
