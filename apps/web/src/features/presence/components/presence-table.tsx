import { slotLabels } from '@admz/shared';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  describePresencePerson,
  describePresenceStatus,
  type PresenceEntry,
} from '../presence-summary';

type PresenceTableProps = { entries: PresenceEntry[]; timezone: string; caption: string };

export function PresenceTable({ entries, timezone, caption }: PresenceTableProps) {
  return (
    <Table
      caption={caption}
      headers={['Nom', 'Organisation', 'Poste', 'Zone', 'Créneau', 'Statut']}
      data={entries.map((entry) => {
        const status = describePresenceStatus(entry, timezone);
        const person = describePresencePerson(entry);
        return [
          person.name,
          person.organization,
          entry.desk.label,
          entry.desk.zone,
          slotLabels[entry.slot],
          <Badge
            key="status"
            small
            severity={status.severity}
            noIcon={status.severity === undefined}
          >
            {status.label}
          </Badge>,
        ];
      })}
    />
  );
}
