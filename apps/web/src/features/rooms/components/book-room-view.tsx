import {
  createRoomBookingSchema,
  freeRoomPeriods,
  isoDateSchema,
  roomBookingStepMinutes,
  siteToday,
  type RoomBooking,
  type RoomDayAvailability,
  type Site,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useRoomLabels } from '../../../i18n/room-labels.messages';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { isNonEmpty, type NonEmptyArray } from '../../../lib/non-empty';
import { DayPicker } from '../../sites/components/day-picker';
import { SiteSelect } from '../../sites/components/site-select';
import { useSites } from '../../sites/hooks/use-sites';
import { useBookRoom, useRoomDay } from '../hooks/use-rooms';
import { roomsMessages } from '../rooms.messages';

/** The same key as the desk booking page: the site chosen there is chosen here too. */
const lastSiteStorageKey = 'admz.lastSiteId';

export function BookRoomView() {
  const { bookRoom: messages } = useMessages(roomsMessages);
  const sitesQuery = useSites();
  if (sitesQuery.isPending) return <LoadingState label={messages.loadingSites} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const sites = sitesQuery.data;
  if (!isNonEmpty(sites)) {
    return <EmptyState title={messages.noSites} />;
  }
  return <SiteRooms sites={sites} />;
}

function SiteRooms({ sites }: { sites: NonEmptyArray<Site> }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const remembered = window.localStorage.getItem(lastSiteStorageKey);
  const site =
    sites.find((candidate) => candidate.id === searchParams.get('site')) ??
    sites.find((candidate) => candidate.id === remembered) ??
    sites[0];
  const today = siteToday(site.timezone);
  const requestedDate = searchParams.get('date');
  const date =
    requestedDate !== null &&
    isoDateSchema.safeParse(requestedDate).success &&
    requestedDate >= today
      ? requestedDate
      : today;
  const dayQuery = useRoomDay(site.id, date);
  const { bookRoom: messages } = useMessages(roomsMessages);
  const [chosenRoomId, setChosenRoomId] = useState<string | null>(null);

  function updateSearch(next: { site?: string; date?: string }) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next.site !== undefined) {
          params.set('site', next.site);
          params.delete('date');
          window.localStorage.setItem(lastSiteStorageKey, next.site);
        }
        if (next.date !== undefined) params.set('date', next.date);
        return params;
      },
      { replace: true },
    );
  }

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={(siteId) => updateSearch({ site: siteId })}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
          <DayPicker
            date={date}
            today={today}
            onChangeDate={(value) => updateSearch({ date: value })}
          />
        </div>
      </div>
      {dayQuery.isPending && <LoadingState label={messages.loadingRooms} />}
      {dayQuery.isError && (
        <ErrorState error={dayQuery.error} onRetry={() => void dayQuery.refetch()} />
      )}
      {dayQuery.data && (
        <RoomDay
          key={`${site.id}-${date}`}
          day={dayQuery.data}
          chosenRoomId={chosenRoomId}
          onChooseRoom={setChosenRoomId}
        />
      )}
    </>
  );
}

function RoomDay({
  day,
  chosenRoomId,
  onChooseRoom,
}: {
  day: RoomDayAvailability;
  chosenRoomId: string | null;
  onChooseRoom: (roomId: string) => void;
}) {
  const { bookRoom: messages } = useMessages(roomsMessages);
  const labels = useRoomLabels();
  const format = useFormat();
  if (day.rooms.length === 0) {
    return (
      <EmptyState title={messages.noRooms}>
        <p className={fr.cx('fr-mb-0')}>{messages.tryAnotherSite}</p>
      </EmptyState>
    );
  }
  if (!day.hours) {
    return (
      <Alert
        severity="info"
        title={messages.closedTitle(format.date(day.date))}
        description={day.closedReason ?? messages.closed}
        className={fr.cx('fr-my-3w')}
      />
    );
  }
  const hours = day.hours;
  const roomId = day.rooms.some((room) => room.id === chosenRoomId)
    ? (chosenRoomId ?? '')
    : (day.rooms[0]?.id ?? '');
  return (
    <>
      <h2 className={fr.cx('fr-h4', 'fr-mt-3w')}>
        {messages.dayTitle(format.date(day.date), hours.opensAt, hours.closesAt)}
      </h2>
      <ul className="admz-room-list">
        {day.rooms.map((room) => {
          const free = freeRoomPeriods(hours, room.busy);
          return (
            <li key={room.id} className={fr.cx('fr-p-2w', 'fr-mb-2w')}>
              <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{room.name}</h3>
              <p className={fr.cx('fr-mb-1w')}>
                {labels.roomKind[room.kind]} · {messages.upTo(room.capacity)}
                {room.equipment.length > 0
                  ? ` · ${room.equipment.map((item) => labels.roomEquipment[item]).join(', ')}`
                  : ''}
              </p>
              <p className={fr.cx('fr-mb-1w')}>
                <strong>{messages.free}</strong>{' '}
                {free.length === 0
                  ? messages.noFreePeriod
                  : free
                      .map((period) => messages.period(period.startTime, period.endTime))
                      .join(', ')}
              </p>
              {room.busy.length > 0 && (
                <p className={fr.cx('fr-mb-1w')}>
                  <strong>{messages.busy}</strong>{' '}
                  {room.busy
                    .map(
                      (interval) =>
                        `${messages.period(interval.startTime, interval.endTime)}${interval.kind === 'event' ? messages.event : ''}`,
                    )
                    .join(', ')}
                </p>
              )}
              <Button
                size="small"
                priority={room.id === roomId ? 'primary' : 'secondary'}
                onClick={() => onChooseRoom(room.id)}
                aria-pressed={room.id === roomId}
              >
                {room.id === roomId ? messages.chosen : messages.choose(room.name)}
              </Button>
            </li>
          );
        })}
      </ul>
      <RoomBookingForm day={day} roomId={roomId} onChooseRoom={onChooseRoom} />
    </>
  );
}

/** Quarter hours from the opening to the closing of the day (`HH:MM`). */
function quarterHours(opensAt: string, closesAt: string): string[] {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const times: string[] = [];
  const first = Math.ceil(toMinutes(opensAt) / roomBookingStepMinutes) * roomBookingStepMinutes;
  for (let minutes = first; minutes <= toMinutes(closesAt); minutes += roomBookingStepMinutes) {
    times.push(
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    );
  }
  return times;
}

/** « a@b.fr, c@d.fr » or one per line: the addresses named, trimmed, empty ones left out. */
export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter(Boolean);
}

function RoomBookingForm({
  day,
  roomId,
  onChooseRoom,
}: {
  day: RoomDayAvailability;
  roomId: string;
  onChooseRoom: (roomId: string) => void;
}) {
  const { bookRoom, bookingForm: messages } = useMessages(roomsMessages);
  const translate = useSentence();
  const format = useFormat();
  const hours = day.hours ?? { opensAt: '09:00', closesAt: '18:00' };
  const times = quarterHours(hours.opensAt, hours.closesAt);
  const [startTime, setStartTime] = useState(times[0] ?? '09:00');
  const [endTime, setEndTime] = useState(times[4] ?? times.at(-1) ?? '10:00');
  const [title, setTitle] = useState('');
  const [headcount, setHeadcount] = useState('2');
  const [emails, setEmails] = useState('');
  const [issues, setIssues] = useState<string[]>([]);
  const [booked, setBooked] = useState<RoomBooking | null>(null);
  const mutation = useBookRoom();
  const room = day.rooms.find((candidate) => candidate.id === roomId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setBooked(null);
    const parsed = createRoomBookingSchema.safeParse({
      roomId,
      date: day.date,
      startTime,
      endTime,
      title,
      headcount: Number(headcount),
      attendeeEmails: splitEmails(emails),
    });
    if (!parsed.success) {
      setIssues([...new Set(parsed.error.issues.map((issue) => translate(issue.message)))]);
      return;
    }
    setIssues([]);
    mutation.mutate(parsed.data, {
      onSuccess: (booking) => {
        setBooked(booking);
        setTitle('');
        setEmails('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="room-booking-title" className="fr-mt-4w">
      <h2 id="room-booking-title" className={fr.cx('fr-h4')}>
        {messages.title(room ? room.name : messages.aRoom)}
      </h2>
      <Select
        label={messages.room}
        nativeSelectProps={{
          name: 'roomId',
          value: roomId,
          onChange: (event) => onChooseRoom(event.target.value),
        }}
      >
        {day.rooms.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name} ({bookRoom.people(candidate.capacity)})
          </option>
        ))}
      </Select>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-6')}>
          <Select
            label={messages.start}
            nativeSelectProps={{
              name: 'startTime',
              value: startTime,
              onChange: (event) => setStartTime(event.target.value),
            }}
          >
            {times.slice(0, -1).map((time) => (
              <option key={time} value={time}>
                {time}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-6')}>
          <Select
            label={messages.end}
            nativeSelectProps={{
              name: 'endTime',
              value: endTime,
              onChange: (event) => setEndTime(event.target.value),
            }}
          >
            {times.slice(1).map((time) => (
              <option key={time} value={time}>
                {time}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Input
        label={messages.meetingTitle}
        nativeInputProps={{
          name: 'title',
          value: title,
          maxLength: 120,
          onChange: (event) => setTitle(event.target.value),
        }}
      />
      <Input
        label={messages.headcount}
        hintText={room ? messages.headcountHint(room.capacity) : messages.headcountHintWithoutRoom}
        nativeInputProps={{
          name: 'headcount',
          type: 'number',
          inputMode: 'numeric',
          min: 1,
          max: room?.capacity,
          value: headcount,
          onChange: (event) => setHeadcount(event.target.value),
        }}
      />
      <Input
        label={messages.attendees}
        hintText={messages.attendeesHint}
        textArea
        nativeTextAreaProps={{
          name: 'attendeeEmails',
          rows: 3,
          value: emails,
          onChange: (event) => setEmails(event.target.value),
        }}
      />
      {issues.length > 0 && (
        <Alert
          severity="error"
          small
          className={fr.cx('fr-mb-2w')}
          description={
            <ul className={fr.cx('fr-mb-0')}>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          }
        />
      )}
      {mutation.isError && (
        <Alert
          severity="error"
          small
          className={fr.cx('fr-mb-2w')}
          description={describeError(mutation.error)}
        />
      )}
      {booked && (
        <Alert
          severity="success"
          small
          className={fr.cx('fr-mb-2w')}
          description={messages.booked(
            booked.room.name,
            format.date(booked.date),
            booked.startTime,
            booked.endTime,
            booked.title,
          )}
        />
      )}
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? messages.booking : messages.submit}
      </Button>
    </form>
  );
}
