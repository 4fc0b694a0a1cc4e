import {
  eventCheckInOpensMinutesBefore,
  formatSiteTime,
  registrationModeLabels,
  type Event,
  type EventAttendance,
  type EventRegistrant,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useRef, useState } from 'react';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useNow } from '../../../hooks/use-now';
import { EventPassPanel } from './event-pass-panel';
import {
  useAttendance,
  useMessageRegistrants,
  useRegistrants,
  useRegistrationState,
  useRegisterToEvent,
  useUnregisterFromEvent,
} from '../hooks/use-events';

const unregisterModal = createModal({ id: 'unregister-event-modal', isOpenedByDefault: false });

/** « Participer »: register in person (or on the waiting list) or remotely, or cancel. */
export function EventRegistrationPanel({ event }: { event: Event }) {
  const stateQuery = useRegistrationState(event.id);
  const registering = useRegisterToEvent(event.id);
  const unregistering = useUnregisterFromEvent(event.id);
  const hasStarted = new Date(event.startsAt) <= new Date();
  // The button pressed disappears with the change: the focus goes to what replaced it (the
  // outcome once registered, the section's title once unregistered), not to the page's start.
  const statusRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRef = useRef<'registered' | 'unregistered' | null>(null);
  const isMine = Boolean(stateQuery.data?.mine);
  useEffect(() => {
    const pending = focusAfterRef.current;
    if (pending === 'registered' && isMine) statusRef.current?.focus();
    else return;
    focusAfterRef.current = null;
  }, [isMine]);
  // Unregistered: the dialog closes, then (once it has let go of the focus) « Participer » has it.
  useIsModalOpen(unregisterModal, {
    onConceal: () => {
      if (focusAfterRef.current !== 'unregistered') return;
      focusAfterRef.current = null;
      window.setTimeout(() => titleRef.current?.focus(), 0);
    },
  });
  // Set before the request: its answer refetches the state before `mutate`'s own callbacks run.
  const register = (mode: 'in_person' | 'remote') => {
    focusAfterRef.current = 'registered';
    registering.mutate(mode, { onError: () => (focusAfterRef.current = null) });
  };
  const unregister = () => {
    focusAfterRef.current = 'unregistered';
    unregistering.mutate(undefined, {
      onSuccess: () => unregisterModal.close(),
      onError: () => (focusAfterRef.current = null),
    });
  };
  return (
    <section aria-labelledby="registration-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="registration-title" className={fr.cx('fr-h5')} ref={titleRef} tabIndex={-1}>
        Participer
      </h2>
      {stateQuery.isPending && <LoadingState label="Chargement des inscriptions…" />}
      {stateQuery.isError && (
        <ErrorState error={stateQuery.error} onRetry={() => void stateQuery.refetch()} />
      )}
      {stateQuery.isSuccess && (
        <>
          <p>
            {stateQuery.data.registeredInPerson} / {stateQuery.data.capacity} places sur place
            prises
            {stateQuery.data.waiting > 0 ? `, ${stateQuery.data.waiting} en liste d’attente` : ''}
            {stateQuery.data.registeredRemote > 0
              ? `, ${stateQuery.data.registeredRemote} à distance`
              : ''}
            .
          </p>
          {stateQuery.data.mine ? (
            <>
              <div ref={statusRef} tabIndex={-1}>
                <Alert
                  severity={stateQuery.data.mine.status === 'registered' ? 'success' : 'info'}
                  small
                  className={fr.cx('fr-mb-2w')}
                  description={
                    stateQuery.data.mine.status === 'registered'
                      ? `Vous êtes inscrit (${registrationModeLabels[stateQuery.data.mine.mode].toLowerCase()}).`
                      : `Vous êtes en liste d’attente (${stateQuery.data.mine.waitingPosition ?? '?'}ᵉ) : vous recevrez un courriel si une place se libère.`
                  }
                />
              </div>
              {stateQuery.data.mine.mode === 'in_person' &&
                stateQuery.data.mine.status === 'registered' && <EventPassPanel event={event} />}
              {stateQuery.data.mine.visioUrl && (
                <p>
                  <a href={stateQuery.data.mine.visioUrl} target="_blank" rel="noreferrer noopener">
                    Rejoindre la visio (nouvelle fenêtre)
                  </a>
                </p>
              )}
              {!hasStarted && (
                <Button priority="secondary" onClick={() => unregisterModal.open()}>
                  Me désinscrire
                </Button>
              )}
            </>
          ) : hasStarted ? (
            <p>L’événement a commencé : les inscriptions sont closes.</p>
          ) : (
            <div className="admz-event-actions">
              <Button
                iconId="fr-icon-user-add-line"
                onClick={() => register('in_person')}
                disabled={registering.isPending}
              >
                {stateQuery.data.registeredInPerson >= stateQuery.data.capacity
                  ? 'M’inscrire en liste d’attente'
                  : 'M’inscrire sur place'}
              </Button>
              {event.hasVisio && (
                <Button
                  priority="secondary"
                  iconId="fr-icon-computer-line"
                  onClick={() => register('remote')}
                  disabled={registering.isPending}
                >
                  Suivre à distance
                </Button>
              )}
            </div>
          )}
          {(registering.isError || unregistering.isError) && (
            <Alert
              severity="error"
              small
              className={fr.cx('fr-mt-2w')}
              description={describeError(registering.error ?? unregistering.error)}
            />
          )}
        </>
      )}
      <unregisterModal.Component
        title="Vous désinscrire ?"
        buttons={[
          { children: 'Rester inscrit', priority: 'secondary' },
          {
            children: unregistering.isPending ? 'Désinscription…' : 'Me désinscrire',
            doClosesModal: false,
            disabled: unregistering.isPending,
            onClick: unregister,
          },
        ]}
      >
        <p>
          Vous quittez « {event.title} ». Une place sur place libérée revient à la première personne
          de la liste d’attente, prévenue par courriel.
        </p>
      </unregisterModal.Component>
    </section>
  );
}

/** The organisers' list: the site's hosts, and who proposed the event once approved. */
export function EventRegistrantsPanel({ event }: { event: Event }) {
  const isOrganiser = event.canOrganise && event.status === 'approved';
  const now = useNow(30_000);
  // From the door's opening to a little after the end, the list follows the arrivals.
  const isDoorOpen =
    now >= Date.parse(event.startsAt) - eventCheckInOpensMinutesBefore * 60_000 &&
    now < Date.parse(event.endsAt) + 60_000;
  const registrantsQuery = useRegistrants(event.siteId, event.id, isOrganiser, isDoorOpen);
  const attendanceQuery = useAttendance(event.siteId, event.id, isOrganiser, isDoorOpen);
  if (!isOrganiser) return null;
  return (
    <section aria-labelledby="registrants-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="registrants-title" className={fr.cx('fr-h5')}>
        Inscrits
      </h2>
      {registrantsQuery.isPending && <LoadingState label="Chargement des inscrits…" />}
      {registrantsQuery.isError && (
        <ErrorState
          error={registrantsQuery.error}
          onRetry={() => void registrantsQuery.refetch()}
        />
      )}
      {registrantsQuery.isSuccess && registrantsQuery.data.length === 0 && (
        <p>Personne n’est encore inscrit.</p>
      )}
      {attendanceQuery.isSuccess && attendanceQuery.data.registeredInPerson > 0 && (
        <p className={fr.cx('fr-text--lead')}>{describeAttendance(attendanceQuery.data)}</p>
      )}
      {registrantsQuery.isSuccess && registrantsQuery.data.length > 0 && (
        <MessageRegistrantsForm event={event} count={registrantsQuery.data.length} />
      )}
      {registrantsQuery.isSuccess && registrantsQuery.data.length > 0 && (
        <ul>
          {registrantsQuery.data.map((person) => (
            <li key={`${person.email}-${person.registeredAt}`}>
              {person.givenName} {person.usualName} ({person.email}) —{' '}
              {registrationModeLabels[person.mode].toLowerCase()}
              {person.status === 'waiting' ? ', en liste d’attente' : ''}
              <ArrivalBadge
                person={person}
                timezone={event.timezone}
                isOver={attendanceQuery.data?.isOver ?? false}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** « 4 venus sur 6 inscrits sur place, 2 absents » (absents once the event is over). */
function describeAttendance({ attendees, registeredInPerson, noShows }: EventAttendance): string {
  const plural = (count: number) => (count > 1 ? 's' : '');
  const came = `${attendees} venu${plural(attendees)} sur ${registeredInPerson} inscrit${plural(registeredInPerson)} sur place`;
  return noShows === null ? `${came}.` : `${came}, ${noShows} absent${plural(noShows)}.`;
}

/** « Présent·e, arrivée à 09:41 » for who came; « Absent·e » once an in-person event is over. */
function ArrivalBadge({
  person,
  timezone,
  isOver,
}: {
  person: EventRegistrant;
  timezone: string;
  isOver: boolean;
}) {
  if (person.checkedInAt) {
    return (
      <>
        {' '}
        <Badge small severity="success">
          Présent·e
        </Badge>{' '}
        arrivée à {formatSiteTime(person.checkedInAt, timezone)}
      </>
    );
  }
  if (isOver && person.mode === 'in_person' && person.status === 'registered') {
    return (
      <>
        {' '}
        <Badge small noIcon>
          Absent·e
        </Badge>
      </>
    );
  }
  return null;
}

/** « Écrire aux inscrits »: one mail to each person registered or waiting. */
function MessageRegistrantsForm({ event, count }: { event: Event; count: number }) {
  const sending = useMessageRegistrants(event.siteId, event.id);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  return (
    <form
      aria-label="Écrire aux inscrits"
      className={fr.cx('fr-mb-3w')}
      onSubmit={(submitted) => {
        submitted.preventDefault();
        sending.mutate(
          { subject, body },
          {
            onSuccess: () => {
              setSubject('');
              setBody('');
            },
          },
        );
      }}
    >
      <Input
        label="Objet du message aux inscrits"
        nativeInputProps={{
          value: subject,
          onChange: (change) => setSubject(change.target.value),
          maxLength: 150,
        }}
      />
      <Input
        label="Message"
        textArea
        nativeTextAreaProps={{
          value: body,
          onChange: (change) => setBody(change.target.value),
          rows: 4,
          maxLength: 5000,
        }}
      />
      {sending.isSuccess && (
        <Alert
          severity="success"
          small
          className={fr.cx('fr-mb-2w')}
          description={`Message envoyé par courriel à ${sending.data.recipients} personne${sending.data.recipients > 1 ? 's' : ''}.`}
        />
      )}
      {sending.isError && (
        <Alert
          severity="error"
          small
          className={fr.cx('fr-mb-2w')}
          description={describeError(sending.error)}
        />
      )}
      <Button
        type="submit"
        priority="secondary"
        iconId="fr-icon-mail-line"
        disabled={sending.isPending || subject.trim().length < 3 || body.trim().length < 3}
      >
        Écrire aux {count} inscrit{count > 1 ? 's' : ''}
      </Button>
    </form>
  );
}
