import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { LiveConnection } from '../live-events';

const connectionLabels: Record<LiveConnection, string> = {
  connecting: 'Connexion…',
  live: 'En direct',
  reconnecting: 'Reconnexion…',
};

const connectionSeverities = {
  connecting: 'info',
  live: 'success',
  reconnecting: 'warning',
} as const satisfies Record<LiveConnection, string>;

/** A status region: screen readers hear when the live stream drops and comes back. */
export function ConnectionIndicator({ connection }: { connection: LiveConnection }) {
  return (
    <div role="status">
      <Badge small severity={connectionSeverities[connection]}>
        {connectionLabels[connection]}
      </Badge>
    </div>
  );
}
