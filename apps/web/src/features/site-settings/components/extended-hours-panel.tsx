import { holidayRegionSchema, type HolidayRegion, type Site } from '@admz/shared';
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
import { useSiteLabels } from '../../../i18n/site-labels.messages';
import { useLanguage, useMessages } from '../../../i18n/language';
import { useAddKeyHolder, useKeyHolders, useRemoveKeyHolder } from '../hooks/use-site-people';
import { useAffectedBookingsConfirmation } from '../hooks/use-affected-bookings-confirmation';
import { useUpdateSite } from '../hooks/use-site-rules';
import { describeCancelledBookings } from '../hours-change-messages';
import { siteSettingsMessages } from '../site-settings.messages';
import { AffectedBookingsPanel } from './affected-bookings-panel';

/** The holiday calendar and the extended hours of a site: a change may cancel bookings. */
export function SiteOptionsForm({ site }: { site: Site }) {
  const [holidayRegion, setHolidayRegion] = useState<HolidayRegion>(site.holidayRegion);
  const [extendedClosesAt, setExtendedClosesAt] = useState(site.extendedClosesAt ?? '');
  // How many bookings the last confirmed change cancelled (null: none were at stake).
  const [cancelledCount, setCancelledCount] = useState<number | null>(null);
  const mutation = useUpdateSite(site.id);
  const t = useMessages(siteSettingsMessages).siteOptions;
  const labels = useSiteLabels();
  const language = useLanguage();
  const savedMessage =
    cancelledCount === null
      ? t.saved
      : `${t.saved} ${describeCancelledBookings(cancelledCount, language)}`;
  const confirmation = useAffectedBookingsConfirmation(mutation);

  /** Without a confirmed list, the API answers with the bookings the change would cancel. */
  function save(isConfirmed: boolean) {
    const send = isConfirmed ? confirmation.confirm : confirmation.send;
    send(
      { holidayRegion, extendedClosesAt: extendedClosesAt || null, confirm: isConfirmed },
      (cancelled) => setCancelledCount(cancelled ? cancelled.length : null),
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Select
        label={t.holidays}
        hint={t.holidaysHint}
        nativeSelectProps={{
          value: holidayRegion,
          onChange: (event) => setHolidayRegion(holidayRegionSchema.parse(event.target.value)),
        }}
      >
        {holidayRegionSchema.options.map((region) => (
          <option key={region} value={region}>
            {labels.holidayRegion[region]}
          </option>
        ))}
      </Select>
      <Input
        label={t.extendedClosesAt}
        hintText={t.extendedClosesAtHint}
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
          change={t.change}
          isConfirming={confirmation.isConfirming}
          onConfirm={() => save(true)}
          onCancel={confirmation.cancel}
        />
      ) : (
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t.saving : t.save}
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
  const t = useMessages(siteSettingsMessages).keyHolders;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    addMutation.mutate(email.trim(), { onSuccess: () => setEmail('') });
  }

  return (
    <>
      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>{t.title}</h3>
      {query.isPending && <LoadingState label={t.loading} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data &&
        (query.data.length === 0 ? (
          <EmptyState title={t.empty} />
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
                    'aria-label': t.removeLabel(`${person.givenName} ${person.usualName}`),
                  }}
                >
                  {t.remove}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <form onSubmit={onSubmit} noValidate>
        <Input
          label={t.email}
          hintText={t.emailHint}
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
          {t.give}
        </Button>
      </form>
      {removeMutation.isError && (
        <Alert severity="error" small description={describeError(removeMutation.error)} />
      )}
    </>
  );
}
