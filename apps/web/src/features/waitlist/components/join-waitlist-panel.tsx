import {
  formatFrenchDate,
  slotLabels,
  type Availability,
  type Site,
  type SlotTimes,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { describeError } from '../../../components/error-state';
import { useJoinWaitlist } from '../hooks/use-join-waitlist';
import { useMyWaitlistEntries } from '../hooks/use-my-waitlist-entries';

type JoinWaitlistPanelProps = { site: Site; availability: Availability };

/** Slots of the day with no free desk at all, that have not started and where I hold nothing. */
export function findFullSlots(availability: Availability): SlotTimes[] {
  if (!availability.isOpen || availability.desks.length === 0) return [];
  return availability.slots.filter(
    (slot) =>
      !slot.isPast &&
      new Date(slot.startsAt).getTime() > Date.now() &&
      availability.desks.every((desk) => desk.states[slot.slot] === 'taken'),
  );
}

/** When a slot is full: « Rejoindre la liste d'attente », for any desk or one zone. */
export function JoinWaitlistPanel({ site, availability }: JoinWaitlistPanelProps) {
  const fullSlots = findFullSlots(availability);
  const myEntriesQuery = useMyWaitlistEntries();
  const joinMutation = useJoinWaitlist();
  const [zone, setZone] = useState('');
  if (fullSlots.length === 0) return null;

  const zones = [...new Set(availability.desks.map((desk) => desk.zone))].sort();
  const waitingFor = (slot: SlotTimes) =>
    myEntriesQuery.data?.find(
      (entry) =>
        entry.status === 'waiting' &&
        entry.site.id === site.id &&
        entry.date === availability.date &&
        entry.slot === slot.slot,
    );

  return (
    <section
      aria-labelledby="waitlist-title"
      className={fr.cx('fr-p-3w', 'fr-mb-3w')}
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h3 id="waitlist-title" className={fr.cx('fr-h5')}>
        Créneau complet : liste d’attente
      </h3>
      <p>
        Quand un poste se libère le {formatFrenchDate(availability.date)}, il est attribué
        automatiquement à la première personne en attente, qui est prévenue par courriel. La liste
        s’arrête au début du créneau.
      </p>
      {zones.length > 1 && (
        <Select
          label="Zone souhaitée (facultatif)"
          nativeSelectProps={{
            value: zone,
            onChange: (event) => setZone(event.target.value),
            name: 'waitlist-zone',
          }}
        >
          <option value="">Toutes les zones</option>
          {zones.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </Select>
      )}
      <ul className="admz-plain-list">
        {fullSlots.map((slot) => {
          const entry = waitingFor(slot);
          const isJoining = joinMutation.isPending && joinMutation.variables?.slot === slot.slot;
          return (
            <li key={slot.slot} className={fr.cx('fr-mb-2w')}>
              <strong>
                {slotLabels[slot.slot]} ({slot.localStart} – {slot.localEnd})
              </strong>{' '}
              : aucun poste libre.{' '}
              {entry ? (
                <span role="status">
                  Vous êtes sur la liste d’attente (position {entry.position ?? '—'}
                  {entry.zone ? `, zone ${entry.zone}` : ''}).
                </span>
              ) : (
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-time-line"
                  disabled={joinMutation.isPending}
                  onClick={() =>
                    joinMutation.mutate({
                      siteId: site.id,
                      date: availability.date,
                      slot: slot.slot,
                      ...(zone ? { zone } : {}),
                    })
                  }
                >
                  {isJoining
                    ? 'Inscription…'
                    : `Rejoindre la liste d'attente — ${slotLabels[slot.slot]}`}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {joinMutation.isError && (
        <Alert severity="error" small description={describeError(joinMutation.error)} />
      )}
      {joinMutation.isSuccess && (
        <Alert
          severity="success"
          small
          description={`Vous êtes inscrit·e sur la liste d'attente (position ${joinMutation.data.position ?? '—'}). Vous la retrouvez dans « Mes réservations ».`}
        />
      )}
    </section>
  );
}
