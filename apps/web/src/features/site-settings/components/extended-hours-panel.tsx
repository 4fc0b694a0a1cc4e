import {
  holidayRegionLabels,
  holidayRegionSchema,
  type HolidayRegion,
  type Site,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useAddKeyHolder, useKeyHolders, useRemoveKeyHolder } from '../hooks/use-site-people';
import { useAffectedBookingsConfirmation } from '../hooks/use-affected-bookings-confirmation';
import { useUpdateSite } from '../hooks/use-site-rules';
import { describeCancelledBookings } from '../hours-change-messages';
import { AffectedBookingsPanel } from './affected-bookings-panel';

/** The holiday calendar and the extended hours of a site: a change may cancel bookings. */
export function SiteOptionsForm({ site }: { site: Site }) {
  const [holidayRegion, setHolidayRegion] = useState<HolidayRegion>(site.holidayRegion);
  const [extendedClosesAt, setExtendedClosesAt] = useState(site.extendedClosesAt ?? '');
  const [savedMessage, setSavedMessage] = useState('Réglages du site enregistrés.');
  const mutation = useUpdateSite(site.id);
  const confirmation = useAffectedBookingsConfirmation(mutation);

  /** Without a confirmed list, the API answers with the bookings the change would cancel. */
  function save(isConfirmed: boolean) {
    const send = isConfirmed ? confirmation.confirm : confirmation.send;
    send(
      { holidayRegion, extendedClosesAt: extendedClosesAt || null, confirm: isConfirmed },
      (cancelled) =>
        setSavedMessage(
          cancelled
            ? `Réglages du site enregistrés. ${describeCancelledBookings(cancelled.length)}`
            : 'Réglages du site enregistrés.',
        ),
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Select
        label="Jours fériés appliqués"
        hint="Le site ferme les jours fériés de cette région (Alsace-Moselle et outre-mer ont les leurs)."
        nativeSelectProps={{
          value: holidayRegion,
          onChange: (event) => setHolidayRegion(holidayRegionSchema.parse(event.target.value)),
        }}
      >
        {holidayRegionSchema.options.map((region) => (
          <option key={region} value={region}>
            {holidayRegionLabels[region]}
          </option>
        ))}
      </Select>
      <Input
        label="Fermeture étendue pour les détenteurs d'une clé (facultatif)"
        hintText="Par exemple 22:00. Laissez vide s'il n'y a pas de système de clé : personne ne réserve après la fermeture."
        nativeInputProps={{
          type: 'time',
          value: extendedClosesAt,
          onChange: (event) => setExtendedClosesAt(event.target.value),
        }}
      />
      {/* A refusal that lists bookings is not an error: the panel below asks to confirm. */}
      <MutationFeedback
        mutation={{ ...mutation, isError: confirmation.error !== null }}
        successMessage={savedMessage}
      />
      {confirmation.pending ? (
        <AffectedBookingsPanel
          bookings={confirmation.pending.affected}
          change="Avec ces jours fériés ou cette fermeture étendue, des réservations tombent hors des horaires du site."
          isConfirming={confirmation.isConfirming}
          onConfirm={() => save(true)}
          onCancel={confirmation.cancel}
        />
      ) : (
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? 'Enregistrement…' : 'Enregistrer'}
        </Button>
      )}
    </form>
  );
}

/** The agents allowed to book in the extended hours. */
export function KeyHoldersPanel({ siteId }: { siteId: string }) {
  const query = useKeyHolders(siteId);
  const addMutation = useAddKeyHolder(siteId);
  const removeMutation = useRemoveKeyHolder(siteId);
  const [email, setEmail] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    addMutation.mutate(email.trim(), { onSuccess: () => setEmail('') });
  }

  return (
    <>
      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>Détenteurs d'une clé</h3>
      {query.isPending && <LoadingState label="Chargement des détenteurs de clé…" />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data &&
        (query.data.length === 0 ? (
          <EmptyState title="Personne ne détient de clé pour ce site." />
        ) : (
          <ul>
            {query.data.map((person) => (
              <li key={person.userId} className="admz-range-row">
                <span>
                  {person.givenName} {person.usualName} ({person.email})
                </span>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-delete-line"
                  disabled={removeMutation.isPending}
                  onClick={() => removeMutation.mutate(person.userId)}
                  nativeButtonProps={{
                    'aria-label': `Retirer la clé de ${person.givenName} ${person.usualName}`,
                  }}
                >
                  Retirer
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <form onSubmit={onSubmit} noValidate>
        <Input
          label="Adresse électronique de l'agent"
          hintText="La personne doit s'être connectée une première fois à AdmZ."
          state={addMutation.isError ? 'error' : 'default'}
          stateRelatedMessage={addMutation.isError ? describeError(addMutation.error) : undefined}
          nativeInputProps={{
            type: 'email',
            autoComplete: 'off',
            value: email,
            onChange: (event) => setEmail(event.target.value),
          }}
        />
        <Button
          type="submit"
          priority="secondary"
          iconId="fr-icon-lock-unlock-line"
          disabled={!email.trim() || addMutation.isPending}
        >
          Donner une clé
        </Button>
      </form>
      {removeMutation.isError && (
        <Alert severity="error" small description={describeError(removeMutation.error)} />
      )}
    </>
  );
}
