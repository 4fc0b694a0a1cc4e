import { slotLabels } from '@admz/shared';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatTimeInTimezone } from '../../../lib/date-time';
import type { PresenceEntry } from '../presence-summary';

type PresenceTableProps = { entries: PresenceEntry[]; timezone: string; caption: string };

export function PresenceTable({ entries, timezone, caption }: PresenceTableProps) {
  return (
    <Table
      caption={caption}
      headers={['Nom', 'Organisation', 'Poste', 'Zone', 'Créneau', 'Statut']}
      data={entries.map((entry) => [
        `${entry.person.givenName} ${entry.person.usualName}`,
        entry.person.organizationLabel ?? '—',
        entry.desk.label,
        entry.desk.zone,
        slotLabels[entry.slot],
        entry.hasArrived && entry.checkedInAt ? (
          <Badge key="status" severity="success" small>
            {`Arrivé·e à ${formatTimeInTimezone(entry.checkedInAt, timezone)}`}
          </Badge>
        ) : (
          <Badge key="status" small noIcon>
            Pas encore arrivé·e
          </Badge>
        ),
      ])}
    />
  );
}
