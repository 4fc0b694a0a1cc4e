import {
  eventCheckInOpensMinutesBefore,
  formatSiteTime,
  type Event,
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
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';
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
  const { registration: texts } = useMessages(eventsMessages);
  const labels = useEventLabels();
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
        {texts.title}
      </h2>
      {stateQuery.isPending && <LoadingState label={texts.loading} />}
      {stateQuery.isError && (
        <ErrorState error={stateQuery.error} onRetry={() => void stateQuery.refetch()} />
      )}
      {stateQuery.isSuccess && (
        <>
          <p>
            {texts.places(
              stateQuery.data.registeredInPerson,
              stateQuery.data.capacity,
              stateQuery.data.waiting,
              stateQuery.data.registeredRemote,
            )}
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
                      ? texts.registered(
                          labels.registrationMode[stateQuery.data.mine.mode].toLowerCase(),
                        )
                      : texts.waiting(stateQuery.data.mine.waitingPosition)
                  }
                />
              </div>
              {stateQuery.data.mine.mode === 'in_person' &&
                stateQuery.data.mine.status === 'registered' && <EventPassPanel event={event} />}
              {stateQuery.data.mine.visioUrl && (
                <p>
                  <a href={stateQuery.data.mine.visioUrl} target="_blank" rel="noreferrer noopener">
                    {texts.joinVisio}
                  </a>
                </p>
              )}
              {!hasStarted && (
                <Button priority="secondary" onClick={() => unregisterModal.open()}>
                  {texts.unregister}
                </Button>
              )}
            </>
          ) : hasStarted ? (
            <p>{texts.closed}</p>
          ) : (
            <div className="admz-event-actions">
              <Button
                iconId="fr-icon-user-add-line"
                onClick={() => register('in_person')}
                disabled={registering.isPending}
              >
                {stateQuery.data.registeredInPerson >= stateQuery.data.capacity
                  ? texts.joinWaitingList
                  : texts.registerInPerson}
              </Button>
              {event.hasVisio && (
                <Button
                  priority="secondary"
                  iconId="fr-icon-computer-line"
                  onClick={() => register('remote')}
                  disabled={registering.isPending}
                >
                  {texts.followRemotely}
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
        title={texts.unregisterTitle}
        buttons={[
          { children: texts.stayRegistered, priority: 'secondary' },
          {
            children: unregistering.isPending ? texts.unregistering : texts.unregister,
            doClosesModal: false,
            disabled: unregistering.isPending,
            onClick: unregister,
          },
        ]}
      >
        <p>{texts.unregisterBody(event.title)}</p>
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
  const { registrants: texts } = useMessages(eventsMessages);
  const labels = useEventLabels();
  if (!isOrganiser) return null;
  return (
    <section aria-labelledby="registrants-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="registrants-title" className={fr.cx('fr-h5')}>
        {texts.title}
      </h2>
      {registrantsQuery.isPending && <LoadingState label={texts.loading} />}
      {registrantsQuery.isError && (
        <ErrorState
          error={registrantsQuery.error}
          onRetry={() => void registrantsQuery.refetch()}
        />
      )}
      {registrantsQuery.isSuccess && registrantsQuery.data.length === 0 && <p>{texts.none}</p>}
      {attendanceQuery.isSuccess && attendanceQuery.data.registeredInPerson > 0 && (
        <p className={fr.cx('fr-text--lead')}>
          {texts.attendance(
            attendanceQuery.data.attendees,
            attendanceQuery.data.registeredInPerson,
            attendanceQuery.data.noShows,
          )}
        </p>
      )}
      {registrantsQuery.isSuccess && registrantsQuery.data.length > 0 && (
        <MessageRegistrantsForm event={event} count={registrantsQuery.data.length} />
      )}
      {registrantsQuery.isSuccess && registrantsQuery.data.length > 0 && (
        <ul>
          {registrantsQuery.data.map((person) => (
            <li key={`${person.email}-${person.registeredAt}`}>
              {person.givenName} {person.usualName} ({person.email}) —{' '}
              {labels.registrationMode[person.mode].toLowerCase()}
              {person.status === 'waiting' ? texts.waiting : ''}
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
  const { registrants: texts } = useMessages(eventsMessages);
  if (person.checkedInAt) {
    return (
      <>
        {' '}
        <Badge small severity="success">
          {texts.present}
        </Badge>{' '}
        {texts.arrivedAt(formatSiteTime(person.checkedInAt, timezone))}
      </>
    );
  }
  if (isOver && person.mode === 'in_person' && person.status === 'registered') {
    return (
      <>
        {' '}
        <Badge small noIcon>
          {texts.absent}
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
  const { registrants: texts } = useMessages(eventsMessages);
  return (
    <form
      aria-label={texts.formLabel}
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
        label={texts.subject}
        nativeInputProps={{
          value: subject,
          onChange: (change) => setSubject(change.target.value),
          maxLength: 150,
        }}
      />
      <Input
        label={texts.body}
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
          description={texts.sent(sending.data.recipients)}
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
        {texts.write(count)}
      </Button>
    </form>
  );
}
