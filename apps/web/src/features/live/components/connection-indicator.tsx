import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useMessages } from '../../../i18n/language';
import type { LiveConnection } from '../live-events';
import { liveMessages } from '../live.messages';

const connectionSeverities = {
  connecting: 'info',
  live: 'success',
  reconnecting: 'warning',
} as const satisfies Record<LiveConnection, string>;

/** A status region: screen readers hear when the live stream drops and comes back. */
export function ConnectionIndicator({ connection }: { connection: LiveConnection }) {
  const connectionLabels: Record<LiveConnection, string> = useMessages(liveMessages).connection;
  return (
    <div role="status">
      <Badge small severity={connectionSeverities[connection]}>
        {connectionLabels[connection]}
      </Badge>
    </div>
  );
}
