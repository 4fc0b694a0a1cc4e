import {
  createRoomSchema,
  roomEquipments,
  roomKinds,
  type Room,
  type RoomEquipment,
  type RoomKind,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useRoomLabels } from '../../../i18n/room-labels.messages';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useCreateRoom, useSiteRooms, useUpdateRoom } from '../hooks/use-rooms';
import { roomsMessages } from '../rooms.messages';
import { RoomRulesPanel } from './room-rules-form';

/** « Salles et tables » of the site settings: the hosts create rooms, change them, close them. */
export function SiteRoomsPanel({ siteId }: { siteId: string }) {
  const { siteRooms: messages } = useMessages(roomsMessages);
  const query = useSiteRooms(siteId);
  return (
    <>
      <h2 className={fr.cx('fr-h4')}>{messages.title}</h2>
      <p>{messages.lead}</p>
      {query.isPending && <LoadingState label={messages.loading} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && <p>{messages.empty}</p>}
      {query.data && query.data.length > 0 && (
        <ul className="admz-room-list">
          {query.data.map((room) => (
            <RoomItem key={room.id} siteId={siteId} room={room} />
          ))}
        </ul>
      )}
      <CreateRoomForm siteId={siteId} />
      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>{messages.rulesTitle}</h3>
      <RoomRulesPanel siteId={siteId} />
    </>
  );
}

function EquipmentField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: RoomEquipment[];
  onChange: (value: RoomEquipment[]) => void;
}) {
  const labels = useRoomLabels();
  return (
    <Checkbox
      legend={legend}
      orientation="horizontal"
      small
      options={roomEquipments.map((item) => ({
        label: labels.roomEquipment[item],
        nativeInputProps: {
          name: 'equipment',
          value: item,
          checked: value.includes(item),
          onChange: (event) =>
            onChange(
              event.target.checked
                ? roomEquipments.filter((known) => known === item || value.includes(known))
                : value.filter((known) => known !== item),
            ),
        },
      }))}
    />
  );
}

function RoomItem({ siteId, room }: { siteId: string; room: Room }) {
  const [capacity, setCapacity] = useState(String(room.capacity));
  const [equipment, setEquipment] = useState<RoomEquipment[]>(room.equipment);
  const [isConfirmingClose, setIsConfirmingClose] = useState(false);
  const mutation = useUpdateRoom(siteId);
  const { siteRooms: messages } = useMessages(roomsMessages);
  const labels = useRoomLabels();

  function save(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ roomId: room.id, change: { capacity: Number(capacity), equipment } });
  }

  return (
    <li className={fr.cx('fr-p-2w', 'fr-mb-2w')}>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {room.name} ({labels.roomKind[room.kind]}){!room.isActive && messages.closedToBooking}
      </h3>
      <form onSubmit={save} aria-label={messages.editForm(room.name)}>
        <Input
          label={messages.capacity}
          nativeInputProps={{
            name: 'capacity',
            type: 'number',
            inputMode: 'numeric',
            min: 2,
            max: 200,
            value: capacity,
            onChange: (event) => setCapacity(event.target.value),
          }}
        />
        <EquipmentField legend={messages.equipment} value={equipment} onChange={setEquipment} />
        <MutationFeedback mutation={mutation} successMessage={messages.saved(room.name)} />
        <Button
          type="submit"
          size="small"
          className={fr.cx('fr-mr-2w', 'fr-mb-1w')}
          disabled={mutation.isPending}
        >
          {messages.save}
        </Button>
        {room.isActive && !isConfirmingClose && (
          <Button
            type="button"
            size="small"
            priority="secondary"
            className={fr.cx('fr-mb-1w')}
            onClick={() => setIsConfirmingClose(true)}
          >
            {messages.close}
          </Button>
        )}
        {!room.isActive && (
          <Button
            type="button"
            size="small"
            priority="secondary"
            className={fr.cx('fr-mb-1w')}
            onClick={() => mutation.mutate({ roomId: room.id, change: { isActive: true } })}
          >
            {messages.reopen}
          </Button>
        )}
      </form>
      {isConfirmingClose && (
        <div role="group" aria-label={messages.closeGroup(room.name)}>
          <p className={fr.cx('fr-mb-1w')}>{messages.closeConfirm(room.name)}</p>
          <Button
            size="small"
            className={fr.cx('fr-mr-2w', 'fr-mb-1w')}
            onClick={() => {
              mutation.mutate({ roomId: room.id, change: { isActive: false } });
              setIsConfirmingClose(false);
            }}
          >
            {messages.confirmClose}
          </Button>
          <Button size="small" priority="secondary" onClick={() => setIsConfirmingClose(false)}>
            {messages.keepOpen}
          </Button>
        </div>
      )}
    </li>
  );
}

function CreateRoomForm({ siteId }: { siteId: string }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RoomKind>('room');
  const [capacity, setCapacity] = useState('6');
  const [equipment, setEquipment] = useState<RoomEquipment[]>([]);
  const [issues, setIssues] = useState<string[]>([]);
  const mutation = useCreateRoom(siteId);
  const { siteRooms: messages } = useMessages(roomsMessages);
  const translate = useSentence();
  const labels = useRoomLabels();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createRoomSchema.safeParse({
      name,
      kind,
      capacity: Number(capacity),
      equipment,
    });
    if (!parsed.success) {
      setIssues([...new Set(parsed.error.issues.map((issue) => translate(issue.message)))]);
      return;
    }
    setIssues([]);
    mutation.mutate(parsed.data, {
      onSuccess: () => {
        setName('');
        setEquipment([]);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-room-title" className="fr-mt-4w">
      <h3 id="create-room-title" className={fr.cx('fr-h6')}>
        {messages.createTitle}
      </h3>
      <Input
        label={messages.name}
        nativeInputProps={{
          name: 'name',
          value: name,
          maxLength: 80,
          onChange: (event) => setName(event.target.value),
        }}
      />
      <Select
        label={messages.kind}
        nativeSelectProps={{
          name: 'kind',
          value: kind,
          onChange: (event) => setKind(event.target.value === 'table' ? 'table' : 'room'),
        }}
      >
        {roomKinds.map((item) => (
          <option key={item} value={item}>
            {labels.roomKind[item]}
          </option>
        ))}
      </Select>
      <Input
        label={messages.capacity}
        nativeInputProps={{
          name: 'capacity',
          type: 'number',
          inputMode: 'numeric',
          min: 2,
          max: 200,
          value: capacity,
          onChange: (event) => setCapacity(event.target.value),
        }}
      />
      <EquipmentField legend={messages.equipment} value={equipment} onChange={setEquipment} />
      {issues.length > 0 && (
        <Alert
          severity="error"
          small
          className={fr.cx('fr-mb-2w')}
          description={issues.join(' ')}
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
      {mutation.isSuccess && (
        <Alert
          severity="success"
          small
          className={fr.cx('fr-mb-2w')}
          description={messages.created(mutation.data.name)}
        />
      )}
      <Button type="submit" disabled={mutation.isPending}>
        {messages.create}
      </Button>
    </form>
  );
}
