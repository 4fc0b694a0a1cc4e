import type { Kiosk } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useNow } from '../../../hooks/use-now';
import { formatTimeAgo } from '../../../lib/countdown';
import { getKioskState, kioskStateLabels, sortKiosks, type KioskState } from '../kiosk-state';

const stateSeverities: Record<KioskState, BadgeProps['severity']> = {
  awaiting_pairing: 'info',
  active: 'success',
  unpaired: 'warning',
  revoked: undefined,
};

const settingsPinAction = (kiosk: Kiosk) =>
  kiosk.hasSettingsPin ? 'Changer le code des réglages' : 'Définir le code des réglages';

type KioskTableProps = {
  kiosks: Kiosk[];
  caption: string;
  isRenewing: boolean;
  onRenewPairingCode: (kiosk: Kiosk) => void;
  onAskRevoke: (kiosk: Kiosk) => void;
  onAskSettingsPin: (kiosk: Kiosk) => void;
};

export function KioskTable({
  kiosks,
  caption,
  isRenewing,
  onRenewPairingCode,
  onAskRevoke,
  onAskSettingsPin,
}: KioskTableProps) {
  const now = useNow(10_000);
  return (
    <Table
      caption={caption}
      noCaption
      headers={['Borne', 'État', 'Dernier contact', 'Version', 'Code des réglages', 'Actions']}
      data={sortKiosks(kiosks).map((kiosk) => {
        const state = getKioskState(kiosk, now);
        const severity = stateSeverities[state];
        return [
          kiosk.name,
          <Badge key="state" small severity={severity} noIcon={severity === undefined}>
            {kioskStateLabels[state]}
          </Badge>,
          kiosk.lastSeenAt ? (
            <time
              key="seen"
              dateTime={kiosk.lastSeenAt}
              title={new Date(kiosk.lastSeenAt).toLocaleString('fr-FR')}
            >
              {formatTimeAgo(kiosk.lastSeenAt, now)}
            </time>
          ) : (
            'Jamais'
          ),
          kiosk.appVersion ?? '—',
          kiosk.hasSettingsPin ? 'Défini' : 'Aucun : réglages fermés',
          state === 'revoked' ? (
            '—'
          ) : (
            <ul
              key="actions"
              className={fr.cx(
                'fr-btns-group',
                'fr-btns-group--inline',
                'fr-btns-group--sm',
                'fr-btns-group--icon-left',
              )}
            >
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-refresh-line"
                  disabled={isRenewing}
                  onClick={() => onRenewPairingCode(kiosk)}
                  nativeButtonProps={{
                    'aria-label': `Nouveau code d’appairage pour la borne ${kiosk.name}`,
                  }}
                >
                  Nouveau code d’appairage
                </Button>
              </li>
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-lock-line"
                  onClick={() => onAskSettingsPin(kiosk)}
                  nativeButtonProps={{
                    'aria-label': `${settingsPinAction(kiosk)} — ${kiosk.name}`,
                  }}
                >
                  {settingsPinAction(kiosk)}
                </Button>
              </li>
              <li>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-circle-line"
                  onClick={() => onAskRevoke(kiosk)}
                  nativeButtonProps={{ 'aria-label': `Désactiver la borne ${kiosk.name}` }}
                >
                  Désactiver
                </Button>
              </li>
            </ul>
          ),
        ];
      })}
    />
  );
}
