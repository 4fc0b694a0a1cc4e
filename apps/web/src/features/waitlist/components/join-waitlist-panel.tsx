import type { Availability, Site, SlotTimes } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { describeError } from '../../../components/error-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { waitlistMessages } from '../waitlist.messages';
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
  const { join: texts } = useMessages(waitlistMessages);
  const labels = useDomainLabels();
  const format = useFormat();
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
        {texts.title}
      </h3>
      <p>{texts.explanation(format.date(availability.date))}</p>
      {zones.length > 1 && (
        <Select
          label={texts.zone}
          nativeSelectProps={{
            value: zone,
            onChange: (event) => setZone(event.target.value),
            name: 'waitlist-zone',
          }}
        >
          <option value="">{texts.allZones}</option>
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
                {labels.slot[slot.slot]} ({slot.localStart} – {slot.localEnd})
              </strong>
              {texts.noFreeDesk}
              {entry ? (
                <span role="status">
                  {texts.waiting(String(entry.position ?? '—'), entry.zone)}
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
                  {isJoining ? texts.joining : texts.joinSlot(labels.slot[slot.slot])}
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
          description={texts.joined(String(joinMutation.data.position ?? '—'))}
        />
      )}
    </section>
  );
}
