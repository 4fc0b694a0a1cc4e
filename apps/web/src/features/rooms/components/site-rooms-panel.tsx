import {
  createRoomSchema,
  roomEquipmentLabels,
  roomEquipments,
  roomKindLabels,
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
import { useCreateRoom, useSiteRooms, useUpdateRoom } from '../hooks/use-rooms';
import { RoomRulesPanel } from './room-rules-form';

/** « Salles et tables » of the site settings: the hosts create rooms, change them, close them. */
export function SiteRoomsPanel({ siteId }: { siteId: string }) {
  const query = useSiteRooms(siteId);
  return (
    <>
      <h2 className={fr.cx('fr-h4')}>Salles et tables</h2>
      <p>
        Les agents réservent ces salles et grandes tables à l'heure, pour un groupe, pendant les
        heures d'ouverture du site, selon les règles des salles ci-dessous.
      </p>
      {query.isPending && <LoadingState label="Chargement des salles…" />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && <p>Ce site n'a pas encore de salle.</p>}
      {query.data && query.data.length > 0 && (
        <ul className="admz-room-list">
          {query.data.map((room) => (
            <RoomItem key={room.id} siteId={siteId} room={room} />
          ))}
        </ul>
      )}
      <CreateRoomForm siteId={siteId} />
      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>Règles des salles</h3>
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
  return (
    <Checkbox
      legend={legend}
      orientation="horizontal"
      small
      options={roomEquipments.map((item) => ({
        label: roomEquipmentLabels[item],
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

  function save(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ roomId: room.id, change: { capacity: Number(capacity), equipment } });
  }

  return (
    <li className={fr.cx('fr-p-2w', 'fr-mb-2w')}>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {room.name} ({roomKindLabels[room.kind]}){!room.isActive && ' — fermée à la réservation'}
      </h3>
      <form onSubmit={save} aria-label={`Modifier ${room.name}`}>
        <Input
          label="Capacité (personnes)"
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
        <EquipmentField legend="Équipements" value={equipment} onChange={setEquipment} />
        <MutationFeedback mutation={mutation} successMessage={`${room.name} est enregistrée.`} />
        <Button
          type="submit"
          size="small"
          className={fr.cx('fr-mr-2w', 'fr-mb-1w')}
          disabled={mutation.isPending}
        >
          Enregistrer
        </Button>
        {room.isActive && !isConfirmingClose && (
          <Button
            type="button"
            size="small"
            priority="secondary"
            className={fr.cx('fr-mb-1w')}
            onClick={() => setIsConfirmingClose(true)}
          >
            Fermer à la réservation
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
            Rouvrir à la réservation
          </Button>
        )}
      </form>
      {isConfirmingClose && (
        <div role="group" aria-label={`Fermer ${room.name}`}>
          <p className={fr.cx('fr-mb-1w')}>
            Fermer {room.name} à la réservation ? Les réservations déjà faites sont maintenues ;
            plus personne ne pourra la réserver.
          </p>
          <Button
            size="small"
            className={fr.cx('fr-mr-2w', 'fr-mb-1w')}
            onClick={() => {
              mutation.mutate({ roomId: room.id, change: { isActive: false } });
              setIsConfirmingClose(false);
            }}
          >
            Oui, fermer la salle
          </Button>
          <Button size="small" priority="secondary" onClick={() => setIsConfirmingClose(false)}>
            Garder la salle ouverte
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

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createRoomSchema.safeParse({
      name,
      kind,
      capacity: Number(capacity),
      equipment,
    });
    if (!parsed.success) {
      setIssues([...new Set(parsed.error.issues.map((issue) => issue.message))]);
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
        Ajouter une salle ou une table
      </h3>
      <Input
        label="Nom"
        nativeInputProps={{
          name: 'name',
          value: name,
          maxLength: 80,
          onChange: (event) => setName(event.target.value),
        }}
      />
      <Select
        label="Type"
        nativeSelectProps={{
          name: 'kind',
          value: kind,
          onChange: (event) => setKind(event.target.value === 'table' ? 'table' : 'room'),
        }}
      >
        {roomKinds.map((item) => (
          <option key={item} value={item}>
            {roomKindLabels[item]}
          </option>
        ))}
      </Select>
      <Input
        label="Capacité (personnes)"
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
      <EquipmentField legend="Équipements" value={equipment} onChange={setEquipment} />
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
          description={`${mutation.data.name} est ajoutée : les agents peuvent la réserver.`}
        />
      )}
      <Button type="submit" disabled={mutation.isPending}>
        Ajouter
      </Button>
    </form>
  );
}
